"""The GAN lecture's DCGAN for 64×64 colour images (a `tf.keras` pair; the course's slides,
restated in the project's reference notes), layer by layer in tinygan's layers.

Keras is N×H×W×C, tinygan N×C×H×W; shapes below are tinygan's.  Keras' `padding='same'`
with stride 2: a 4×4 transposed convolution doubles the size (here pad=1, the same
arithmetic); a 5×5 convolution halves it, Keras padding 1 pixel before and 2 after, here 2
on both sides (the same sizes, the window one pixel earlier: with learned kernels the same
model).  Keras' defaults where the slides name none: Glorot-uniform weights, zero biases,
a bias in every layer (also before BatchNorm), BatchNorm's momentum 0.99 and ε 0.001.
"""
from __future__ import annotations

from functools import partial

from tinygan.layers import (BatchNorm, Chain, Conv, ConvTranspose, Dense, Reshape, flatten,
                            leakyrelu, normal, tanh)

init = normal(0.02)                       # the slides' `init = RandomNormal(0, 0.02)`
lrelu = partial(leakyrelu, a=0.2)         # LeakyReLU(0.2), everywhere
IMAGE_SHAPE = (3, 64, 64)


def batchnorm(channels: int) -> BatchNorm:
    """Keras' BatchNormalization: ε 0.001, running statistics with momentum 0.99."""
    return BatchNorm(channels, lrelu, eps=1e-3, momentum=0.01)


class Generator(Chain):
    """Noise N×latent_dim → images N×3×64×64 in (-1, 1)."""

    def __init__(self, latent_dim: int = 100):
        super().__init__(
            Dense(latent_dim, 4 * 4 * 1024, lrelu),                         # N×16384
            Reshape(1024, 4, 4),                                            # N×1024×4×4
            ConvTranspose(4, 1024, 512, stride=2, pad=1, init=init),        # N×512×8×8
            batchnorm(512),
            ConvTranspose(4, 512, 256, stride=2, pad=1, init=init),         # N×256×16×16
            batchnorm(256),
            ConvTranspose(4, 256, 128, stride=2, pad=1, init=init),         # N×128×32×32
            batchnorm(128),
            ConvTranspose(4, 128, 3, tanh, stride=2, pad=1),                # N×3×64×64
        )
        self.latent_dim = latent_dim


class Discriminator(Chain):
    """Images N×3×64×64 → one logit per image, N×1."""

    def __init__(self):
        super().__init__(
            Conv(5, 3, 64, stride=2, pad=2, init=init),                     # N×64×32×32
            batchnorm(64),
            Conv(5, 64, 128, stride=2, pad=2, init=init),                   # N×128×16×16
            batchnorm(128),
            Conv(5, 128, 256, stride=2, pad=2, init=init),                  # N×256×8×8
            batchnorm(256),
            Conv(5, 256, 512, stride=2, pad=2, init=init),                  # N×512×4×4
            batchnorm(512),
            flatten,                                                        # N×8192
            Dense(4 * 4 * 512, 1, init=init),                               # N×1
        )


# What `--model lecture64` sets unless given: the slides' tricks list (Adam β1 0.5) and
# label smoothing.  The slides smooth both targets (Keras' label_smoothing=0.4: real 0.8,
# fake 0.2); tinygan smooths only the real one (Salimans et al. advise against moving the
# fake target), so real 0.8 and fake 0.
DEFAULTS = {"adam_beta1": 0.5, "label_smoothing": 0.2, "batch_size": 64}

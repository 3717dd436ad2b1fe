"""The face-generating article's DCGAN for 32×32 colour images (a PyTorch pair trained on
CelebA; restated in the project's reference notes), layer by layer in tinygan's layers.

`deconv` and `conv` are the article's helpers: a 4×4 (transposed) convolution, stride 2,
padding 1, no bias, then BatchNorm unless told otherwise.  conv_dim is 64 for both
networks.  Every weight is drawn from N(0, 0.02) and every bias is zero (the DCGAN paper's
rule, which the article applies to each Conv and Linear layer).  BatchNorm is PyTorch's:
ε 1e-5, momentum 0.1 (Flux's defaults too).
"""
from __future__ import annotations

from functools import partial

from tinygan.layers import (Activation, BatchNorm, Chain, Conv, ConvTranspose, Dense, Reshape,
                            flatten, leakyrelu, normal, relu, tanh)

init = normal(0.02)
CONV_DIM = 64
IMAGE_SHAPE = (3, 32, 32)


def deconv(in_channels: int, out_channels: int, activation: Activation = None,
           batch_norm: bool = True) -> list:
    """The article's `deconv`: ConvTranspose 4×4, stride 2, padding 1, no bias (doubles
    the size), then BatchNorm (which carries the activation here, as in Flux)."""
    layer = ConvTranspose(4, in_channels, out_channels, None if batch_norm else activation,
                          stride=2, pad=1, init=init, bias=False)
    return [layer, BatchNorm(out_channels, activation)] if batch_norm else [layer]


def conv(in_channels: int, out_channels: int, activation: Activation = None,
         batch_norm: bool = True) -> list:
    """The article's `conv`: Conv 4×4, stride 2, padding 1, no bias (halves the size), then
    BatchNorm unless told otherwise."""
    layer = Conv(4, in_channels, out_channels, None if batch_norm else activation,
                 stride=2, pad=1, init=init, bias=False)
    return [layer, BatchNorm(out_channels, activation)] if batch_norm else [layer]


class Generator(Chain):
    """Noise N×latent_dim (uniform in [-1, 1], the article's) → images N×3×32×32."""

    def __init__(self, latent_dim: int = 100, conv_dim: int = CONV_DIM):
        super().__init__(
            Dense(latent_dim, conv_dim * 8 * 2 * 2, init=init),              # N×2048
            Reshape(conv_dim * 8, 2, 2),                                     # N×512×2×2
            *deconv(conv_dim * 8, conv_dim * 4, relu),                       # N×256×4×4
            *deconv(conv_dim * 4, conv_dim * 2, relu),                       # N×128×8×8
            *deconv(conv_dim * 2, conv_dim, relu),                           # N×64×16×16
            *deconv(conv_dim, 3, tanh, batch_norm=False),                    # N×3×32×32
        )
        self.latent_dim = latent_dim


class Discriminator(Chain):
    """Images N×3×32×32 → one logit per image, N×1.

    The article builds `Discriminator(d_conv_dim)` without showing its layers; this is the
    usual counterpart of its generator, which its `conv` helper suggests (the reference
    notes' reading): three strided convolutions 3 → 64 → 128 → 256, BatchNorm after all but
    the first, LeakyReLU 0.2, then a Linear layer to one logit."""

    def __init__(self, conv_dim: int = CONV_DIM):
        lrelu = partial(leakyrelu, a=0.2)
        super().__init__(
            *conv(3, conv_dim, lrelu, batch_norm=False),                     # N×64×16×16
            *conv(conv_dim, conv_dim * 2, lrelu),                            # N×128×8×8
            *conv(conv_dim * 2, conv_dim * 4, lrelu),                        # N×256×4×4
            flatten,                                                         # N×4096
            Dense(conv_dim * 4 * 4 * 4, 1, init=init),                       # N×1
        )


# What `--model faces32` sets unless given: the article's uniform noise, Adam β1 0.5 (its
# betas, the DCGAN paper's), 40 epochs and 16 fixed noise vectors (a 4×4 grid).
DEFAULTS = {"noise": "uniform", "adam_beta1": 0.5, "epochs": 40, "output_dim": 4}

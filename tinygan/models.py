"""Sections 4 and 5 of the tutorial: `Generator(latent_dim)` and `Discriminator()`.

Each is a `Chain` of the layers in `tinygan.layers`, in the tutorial's order, with the
output shape after every layer (N×C×H×W; Flux's W×H×C×N in brackets).
"""
from __future__ import annotations

from functools import partial

from tinygrad import Tensor
from tinygrad.nn.state import get_parameters

from tinygan.layers import (BatchNorm, Chain, Conv, ConvTranspose, Dense, Dropout, Reshape,
                            dcgan_init, flatten, leakyrelu, relu, tanh)


class Generator(Chain):
    """Noise N×latent_dim → images N×1×28×28 in (-1, 1)."""

    def __init__(self, latent_dim: int = 100):
        super().__init__(
            Dense(latent_dim, 7 * 7 * 256, bias=False),              # N×12544     (12544×N)
            BatchNorm(7 * 7 * 256, relu),                            # N×12544     (per feature)
            Reshape(256, 7, 7),                                      # N×256×7×7   (7×7×256×N)
            ConvTranspose(5, 256, 128, stride=1, pad=2, init=dcgan_init, bias=False),
                                                                     # N×128×7×7   (7×7×128×N)
            BatchNorm(128, relu),                                    # N×128×7×7
            ConvTranspose(4, 128, 64, stride=2, pad=1, init=dcgan_init, bias=False),
                                                                     # N×64×14×14  (14×14×64×N)
            BatchNorm(64, relu),                                     # N×64×14×14
            ConvTranspose(4, 64, 1, tanh, stride=2, pad=1, init=dcgan_init, bias=False),
                                                                     # N×1×28×28   (28×28×1×N)
        )
        self.latent_dim = latent_dim


class Discriminator(Chain):
    """Images N×1×28×28 → one logit per image, N×1 (Flux: 1×N)."""

    def __init__(self):
        super().__init__(
            Conv(4, 1, 64, stride=2, pad=1, init=dcgan_init),        # N×64×14×14  (14×14×64×N)
            partial(leakyrelu, a=0.2),
            Dropout(0.3),
            Conv(4, 64, 128, stride=2, pad=1, init=dcgan_init),      # N×128×7×7   (7×7×128×N)
            partial(leakyrelu, a=0.2),
            Dropout(0.3),
            flatten,                                                 # N×6272      (6272×N)
            Dense(7 * 7 * 128, 1),                                   # N×1         (1×N)
        )


def parameters(model) -> list[Tensor]:
    """The trainable tensors of a model (BatchNorm's running statistics excluded)."""
    return [t for t in get_parameters(model) if t.is_param]


def buffers(model) -> list[Tensor]:
    """A model's non-trainable state: BatchNorm's running statistics."""
    return [t for t in get_parameters(model) if not t.is_param]

"""Section 3 of the tutorial: weight initialisation.

The tutorial passes `dcgan_init` as the `init` of every (transposed) convolution; Dense
layers keep Flux's default, Glorot-uniform weights with zero bias.

Every initialiser returns a *realised* tensor.  tinygrad is lazy: an unrealised
`Tensor.randn` would be fused into the first training step's kernels, which would then
regenerate random numbers in their inner loops (see shared/reference/perf-baseline.md:
178 s of step-0 kernel time against 16 s once the weights are realised).
"""
from __future__ import annotations

import math

from tinygrad import Tensor


def dcgan_init(*shape: int) -> Tensor:
    """N(0, 0.02): `randn(Float32, shape) * 0.02`, as in the DCGAN paper (Radford et al.,
    2015, section 4: "All weights were initialized from a zero-centered Normal distribution
    with standard deviation 0.02")."""
    return (Tensor.randn(*shape) * 0.02).realize()


def glorot_uniform(*shape: int) -> Tensor:
    """Flux's default for Dense: U(-a, a) with a = sqrt(6 / (fan_in + fan_out)) (Glorot and
    Bengio, 2010).  For an out×in weight, fan_in = in and fan_out = out; for a convolution
    kernel out×in×kh×kw, both fans are multiplied by the kernel's area, as in Flux."""
    fan_in, fan_out = _fans(shape)
    limit = math.sqrt(6.0 / (fan_in + fan_out))
    return Tensor.uniform(*shape, low=-limit, high=limit).realize()


def zeros(*shape: int) -> Tensor:
    """Zero biases (Flux's `create_bias` default)."""
    return Tensor.zeros(*shape).contiguous().realize()


def _fans(shape: tuple[int, ...]) -> tuple[int, int]:
    if len(shape) == 1:
        return shape[0], shape[0]
    receptive = math.prod(shape[2:])
    return shape[1] * receptive, shape[0] * receptive

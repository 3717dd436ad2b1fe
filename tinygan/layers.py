"""What Flux gives the tutorial, on tinygrad tensors: the layers with Flux's semantics, Flux's
Glorot initialiser, `logitbinarycrossentropy`, and a model's parameters.

tinygrad's `nn` has Linear/Conv2d/ConvTranspose2d/BatchNorm with PyTorch's conventions.
Flux differs in ways the tutorial relies on, so these small classes restate Flux:
an activation inside Dense/Conv/ConvTranspose/BatchNorm (`BatchNorm(128, relu)`), Glorot
init for Dense, an `init` argument for convolutions (the tutorial passes `dcgan_init`), and
automatic train/test mode (see `tinygan.backend.training_mode`).  The arithmetic is
tinygrad's: each layer is one call into it (`Tensor.linear`, `conv2d`, `conv_transpose2d`,
`batchnorm`, `dropout`).

This is the plain path.  Dense and the convolutions ask `tinygan.kernels.ops` who computes
them: tinygrad's `Tensor` itself, or, in a run with fast kernels, the backend's faster
formulation of the same operation with the same arguments (`tinygan.fast`; the same values
within float tolerance, other kernels; benchmarks/PERF.md says why).

Layouts: tinygrad is N×C×H×W where Flux is W×H×C×N.  Weights are stored as tinygrad /
PyTorch store them: Dense out×in (as Flux), Conv out×in×kh×kw, ConvTranspose in×out×kh×kw.
"""
from __future__ import annotations

import math
from typing import Callable, Sequence

from tinygrad import Tensor
from tinygrad.nn.state import get_parameters

from tinygan.backend import is_training
from tinygan.kernels import ops

Activation = Callable[[Tensor], Tensor] | None


# Every initialiser returns a *realised* tensor.  tinygrad is lazy: an unrealised
# `Tensor.randn` would be fused into the first training step's kernels, which would then
# regenerate random numbers in their inner loops (benchmarks/PERF.md, "Round one").

def glorot_uniform(*shape: int) -> Tensor:
    """Flux's default for Dense: U(-a, a) with a = sqrt(6 / (fan_in + fan_out)) (Glorot and
    Bengio, 2010).  For an out×in weight, fan_in = in and fan_out = out; for a convolution
    kernel out×in×kh×kw, both fans are multiplied by the kernel's area, as in Flux."""
    fan_in, fan_out = _fans(shape)
    limit = math.sqrt(6.0 / (fan_in + fan_out))
    return Tensor.uniform(*shape, low=-limit, high=limit).realize()


def normal(std: float) -> Callable[..., Tensor]:
    """An initialiser drawing from N(0, std) (Keras' `RandomNormal(0, std)`, PyTorch's
    `nn.init.normal_(w, 0, std)`), for `init=`."""
    def init(*shape: int) -> Tensor:
        return (Tensor.randn(*shape) * std).realize()
    return init


def zeros(*shape: int) -> Tensor:
    """Zero biases (Flux's `create_bias` default)."""
    return Tensor.zeros(*shape).contiguous().realize()


def _fans(shape: tuple[int, ...]) -> tuple[int, int]:
    if len(shape) == 1:
        return shape[0], shape[0]
    receptive = math.prod(shape[2:])
    return shape[1] * receptive, shape[0] * receptive


def relu(x: Tensor) -> Tensor:
    return x.relu()


def tanh(x: Tensor) -> Tensor:
    return x.tanh()


def leakyrelu(x: Tensor, a: float = 0.01) -> Tensor:
    """Flux's `leakyrelu(x, a)`: x for x > 0, a·x otherwise (the tutorial uses a = 0.2)."""
    return x.leaky_relu(a)


def flatten(x: Tensor) -> Tensor:
    """Flux's `flatten`: W×H×C×N → (W·H·C)×N.  Here N×C×H×W → N×(C·H·W).  Both orders put
    the width index fastest and the channel slowest, so the features line up one-to-one."""
    return x.reshape(x.shape[0], -1)


def _pair(value: int | Sequence[int]) -> tuple[int, int]:
    return (value, value) if isinstance(value, int) else tuple(value)


def _activate(y: Tensor, activation: Activation) -> Tensor:
    return y if activation is None else activation(y)


class Dense:
    """Flux's `Dense(in => out, σ; bias=true, init=glorot_uniform)`: y = σ(W x + b)."""

    def __init__(self, in_features: int, out_features: int, activation: Activation = None,
                 bias: bool = True, init: Callable[..., Tensor] = glorot_uniform):
        self.weight = init(out_features, in_features)             # out×in, as in Flux
        self.bias = zeros(out_features) if bias else None
        self.activation = activation

    def __call__(self, x: Tensor) -> Tensor:                       # N×in → N×out
        # tinygrad's linear takes the weight in×out: x·Wᵀ + b
        return _activate(ops(x).linear(x, self.weight.T, self.bias), self.activation)


class Conv:
    """Flux's `Conv((k, k), in => out, σ; stride, pad, init, bias=true)`.

    Flux's `Conv` flips the kernel (a true convolution); tinygrad, like PyTorch, computes a
    cross-correlation.  With randomly initialised, learned kernels the two are the same
    model up to a relabelling of each kernel's taps, so tinygan keeps tinygrad's form.
    """

    def __init__(self, kernel: int | Sequence[int], in_channels: int, out_channels: int,
                 activation: Activation = None, stride: int = 1, pad: int = 0,
                 init: Callable[..., Tensor] = glorot_uniform, bias: bool = True):
        self.weight = init(out_channels, in_channels, *_pair(kernel))
        self.bias = zeros(out_channels) if bias else None
        self.stride, self.pad, self.activation = stride, pad, activation

    def __call__(self, x: Tensor) -> Tensor:
        y = ops(x).conv2d(x, self.weight, self.bias, stride=self.stride, padding=self.pad)
        return _activate(y, self.activation)


class ConvTranspose:
    """Flux's `ConvTranspose((k, k), in => out, σ; stride, pad, init, bias=true)`.

    Output size (in - 1)·stride - 2·pad + k: 7 → 7 for (5, stride 1, pad 2), 7 → 14 → 28
    for (4, stride 2, pad 1), as in the tutorial's generator.
    """

    def __init__(self, kernel: int | Sequence[int], in_channels: int, out_channels: int,
                 activation: Activation = None, stride: int = 1, pad: int = 0,
                 init: Callable[..., Tensor] = glorot_uniform, bias: bool = True):
        self.weight = init(in_channels, out_channels, *_pair(kernel))
        self.bias = zeros(out_channels) if bias else None
        self.stride, self.pad, self.activation = stride, pad, activation

    def __call__(self, x: Tensor) -> Tensor:
        y = ops(x).conv_transpose2d(x, self.weight, self.bias, stride=self.stride,
                                    padding=self.pad)
        return _activate(y, self.activation)


class BatchNorm:
    """Flux's `BatchNorm(channels, σ)`: y = σ(γ·(x - μ)/√(σ² + ε) + β).

    Statistics are per feature over the batch for N×F input and per channel over N, H, W
    for N×C×H×W input.  In training mode μ and σ² are the batch's (biased variance), and
    the running statistics move by `momentum` towards them, the variance unbiased by
    m/(m - 1) (m values per channel), as Flux does.  In test mode the running statistics
    are used.  Momentum 0.1 and ε = 1e-5 are Flux's defaults.

    tinygrad's own `nn.BatchNorm` has no activation and also counts batches in a tensor that
    grows the graph each step, so tinygan restates the few lines it needs.
    """

    def __init__(self, channels: int, activation: Activation = None, eps: float = 1e-5,
                 momentum: float = 0.1):
        self.weight = Tensor.ones(channels).contiguous().realize()    # γ
        self.bias = zeros(channels)                                   # β
        # Running statistics are state, not parameters: no gradient, no optimiser update.
        self.running_mean = zeros(channels).is_param_(False)
        self.running_var = Tensor.ones(channels).contiguous().realize().is_param_(False)
        self.activation, self.eps, self.momentum = activation, eps, momentum

    def __call__(self, x: Tensor) -> Tensor:
        axes = tuple(i for i in range(x.ndim) if i != 1)
        if is_training():
            mean = x.mean(axis=axes)
            var = (x - mean.reshape(1, -1, *[1] * (x.ndim - 2))).square().mean(axis=axes)
            m = x.numel() // x.shape[1]
            self.running_mean.assign((1 - self.momentum) * self.running_mean
                                     + self.momentum * mean.detach())
            self.running_var.assign((1 - self.momentum) * self.running_var
                                    + self.momentum * var.detach() * (m / (m - 1)))
        else:
            mean, var = self.running_mean, self.running_var
        y = x.batchnorm(self.weight, self.bias, mean, (var + self.eps).rsqrt())
        return _activate(y, self.activation)

    def buffers(self) -> list[Tensor]:
        return [self.running_mean, self.running_var]


class Dropout:
    """Flux's `Dropout(p)`: in training mode each activation is zeroed with probability p
    and the kept ones are scaled by 1/(1 - p), so the mean is preserved; the identity in
    test mode."""

    def __init__(self, p: float):
        if not 0 <= p < 1:
            raise ValueError(f"Dropout probability must be in [0, 1), got {p!r}")
        self.p = p

    def __call__(self, x: Tensor) -> Tensor:
        return x.dropout(self.p)        # tinygrad applies it only in training mode


class Reshape:
    """Julia's `x -> reshape(x, 7, 7, 256, :)` ⇔ N×12544 → N×256×7×7 (same element order)."""

    def __init__(self, *shape: int):
        self.shape = shape

    def __call__(self, x: Tensor) -> Tensor:
        return x.reshape(x.shape[0], *self.shape)


class Chain:
    """Flux's `Chain(layers...)`: apply the layers in order.  A layer is anything callable
    (a layer object or a plain function such as `flatten`)."""

    def __init__(self, *layers: Callable[[Tensor], Tensor]):
        self.layers = list(layers)

    def __call__(self, x: Tensor) -> Tensor:
        for layer in self.layers:
            x = layer(x)
        return x

    def __getitem__(self, i: int):
        return self.layers[i]

    def __len__(self) -> int:
        return len(self.layers)


def parameters(model) -> list[Tensor]:
    """The trainable tensors of a model (Flux's `params`; BatchNorm's running statistics
    excluded)."""
    return [t for t in get_parameters(model) if t.is_param]


def buffers(model) -> list[Tensor]:
    """A model's non-trainable state: BatchNorm's running statistics."""
    return [t for t in get_parameters(model) if not t.is_param]


def logitbinarycrossentropy(logits: Tensor, y: Tensor | float) -> Tensor:
    """Flux's `logitbinarycrossentropy(ŷ, y)` = mean((1 - y)·ŷ - logσ(ŷ)): binary
    cross-entropy on σ(ŷ), computed from the logits, never as log(sigmoid(x)), which
    overflows to -inf for large negative logits.

    tinygrad's `binary_crossentropy_logits` computes -(y·logσ(ŷ) + (1 - y)·logσ(-ŷ)), which
    is the same quantity (logσ(-ŷ) = logσ(ŷ) - ŷ), with logσ through a stable softplus.
    """
    target = y if isinstance(y, Tensor) else logits.full_like(float(y))
    return logits.binary_crossentropy_logits(target)


__all__ = ["Dense", "Conv", "ConvTranspose", "BatchNorm", "Dropout", "Reshape", "Chain",
           "flatten", "leakyrelu", "relu", "tanh", "glorot_uniform", "zeros", "parameters",
           "buffers", "logitbinarycrossentropy"]

"""FLOPs counted by hand from the shapes, and the benchmark's rows: every layer of both
networks at the tutorial's shapes (G4 = the generator's 4th layer in the tutorial's table),
the tutorial's training step, and the other DCGANs' training steps (`tinygan.models`).
"""
from __future__ import annotations

import functools
import math
from dataclasses import dataclass

from tinygrad import Tensor

from tinygan.layers import BatchNorm, Conv, ConvTranspose, Dense, Dropout, leakyrelu, relu, tanh
from tinygan.models import MODELS

IMAGE = (1, 28, 28)                                     # one MNIST image, C×H×W
FORWARD, FORWARD_BACKWARD, STEP = "forward", "forward+backward", "training step"


# ---------------------------------------------------------------------------------------
# 1. FLOPs, counted by hand from the shapes.
#
# Convolutions and Dense layers: 2 FLOPs (a multiply and an add) per multiply-accumulate.
# Their backward pass computes two things, each as costly as the forward pass: the
# gradient with respect to the input and the gradient with respect to the weights.
# Elementwise layers (BatchNorm, activations, Dropout) are counted per element; they are
# limited by memory, not arithmetic, so their GFLOP/s says little.
# ---------------------------------------------------------------------------------------


def dense_flops(batch: int, in_features: int, out_features: int) -> int:
    """y = W x for a batch: batch·in·out multiply-accumulates (the bias add is not counted)."""
    return 2 * batch * in_features * out_features


def conv2d_flops(batch: int, in_channels: int, out_channels: int, kernel: int,
                 out_height: int, out_width: int) -> int:
    """One k×k·Cin dot product per output element: N·Cout·Hout·Wout·Cin·k² MACs."""
    return 2 * batch * out_channels * out_height * out_width * in_channels * kernel * kernel


def conv_transpose2d_flops(batch: int, in_channels: int, out_channels: int, kernel: int,
                           in_height: int, in_width: int) -> int:
    """Every input element scatters into a k×k·Cout patch: N·Cin·H·W·Cout·k² true MACs
    (H×W the input size).  The zeros a stride-2 implementation inserts are not counted."""
    return 2 * batch * in_channels * in_height * in_width * out_channels * kernel * kernel


# Per element: batch mean 1 (add); batch variance 3 (subtract, square, add); normalise 4
# (subtract the mean, scale by 1/σ, by γ, add β).
BATCHNORM_FLOPS_PER_ELEMENT = 8
# Per element: γ and β gradients, Σ dy·x̂ and Σ dy.
BATCHNORM_WEIGHT_GRAD_FLOPS_PER_ELEMENT = 3
# Per element: relu max(x, 0); tanh one op; leakyrelu max(x, a·x); Dropout compare, scale
# (generating the random numbers is not counted).
ELEMENTWISE_FLOPS_PER_ELEMENT = {"relu": 1, "tanh": 1, "leakyrelu": 2, "dropout": 2}


def batchnorm_flops(numel: int, activation: str | None = None) -> int:
    """A training-mode BatchNorm over `numel` elements, with its activation if any."""
    extra = ELEMENTWISE_FLOPS_PER_ELEMENT[activation] if activation else 0
    return numel * (BATCHNORM_FLOPS_PER_ELEMENT + extra)


def elementwise_flops(numel: int, op: str) -> int:
    return numel * ELEMENTWISE_FLOPS_PER_ELEMENT[op]


@dataclass(frozen=True)
class Flops:
    """A layer's FLOPs in its three passes."""
    forward: int
    input_grad: int = 0
    weight_grad: int = 0

    @property
    def forward_backward(self) -> int:
        """What a forward+backward row computes: the forward pass and both gradients."""
        return self.forward + self.input_grad + self.weight_grad


def activation_name(layer) -> str | None:
    activation = getattr(layer, "activation", None)
    if activation is None:
        return None
    return "leakyrelu" if is_leakyrelu(activation) else activation.__name__


def is_leakyrelu(layer) -> bool:
    return isinstance(layer, functools.partial) and layer.func is leakyrelu


def layer_flops(layer, in_shape: tuple[int, ...], out_shape: tuple[int, ...]) -> Flops:
    """A tinygan layer's FLOPs at the given input and output shapes (N first).  Views
    (Reshape, flatten) cost nothing.  The activation inside a Dense/Conv/ConvTranspose is
    negligible beside its multiply-accumulates and is not counted."""
    batch, numel = in_shape[0], math.prod(out_shape)
    if isinstance(layer, Dense):
        out_features, in_features = layer.weight.shape
        forward = dense_flops(batch, in_features, out_features)
        return Flops(forward, forward, forward)
    if isinstance(layer, Conv):
        out_channels, in_channels, kernel, _ = layer.weight.shape
        forward = conv2d_flops(batch, in_channels, out_channels, kernel, *out_shape[2:])
        return Flops(forward, forward, forward)
    if isinstance(layer, ConvTranspose):
        in_channels, out_channels, kernel, _ = layer.weight.shape
        forward = conv_transpose2d_flops(batch, in_channels, out_channels, kernel, *in_shape[2:])
        return Flops(forward, forward, forward)
    if isinstance(layer, BatchNorm):
        forward = batchnorm_flops(numel, activation_name(layer))
        return Flops(forward, forward, numel * BATCHNORM_WEIGHT_GRAD_FLOPS_PER_ELEMENT)
    if isinstance(layer, Dropout):
        forward = elementwise_flops(numel, "dropout")
        return Flops(forward, forward)
    if is_leakyrelu(layer):
        forward = elementwise_flops(numel, "leakyrelu")
        return Flops(forward, forward)
    if layer is relu or layer is tanh:               # as layers of their own (pix2pix's U-Net)
        forward = elementwise_flops(numel, layer.__name__)
        return Flops(forward, forward)
    return Flops(0)                                  # Reshape, flatten: views, no arithmetic


def training_step_flops(gen_flops: list[Flops], disc_flops: list[Flops]) -> int:
    """FLOPs of one training step, from each layer's FLOPs (in network order).

    `fake = gen(noise)` once; the discriminator's step runs it forward and backward on the
    real and on the fake batch (weight gradients, and input gradients for every layer but
    the first: the images need none); the generator's step runs the discriminator forward
    on the fake batch and backward to the images (input gradients only), then the
    generator backward (weight gradients, input gradients for every layer but the first:
    the noise needs none).  Adam's updates (about ten FLOPs per parameter) are not counted.
    """
    def total(flops, field, skip_first=False):
        return sum(getattr(f, field) for f in flops[1 if skip_first else 0:])

    gen_forward, disc_forward = total(gen_flops, "forward"), total(disc_flops, "forward")
    discriminator_step = 2 * (disc_forward + total(disc_flops, "weight_grad")
                              + total(disc_flops, "input_grad", skip_first=True))
    generator_step = (disc_forward + total(disc_flops, "input_grad")
                      + total(gen_flops, "weight_grad")
                      + total(gen_flops, "input_grad", skip_first=True))
    return gen_forward + discriminator_step + generator_step


# ---------------------------------------------------------------------------------------
# 2. The rows: every layer of both networks, at the tutorial's shapes.
# ---------------------------------------------------------------------------------------


@dataclass
class LayerSpec:
    """One layer to time.  `id` is the network's letter and the layer's row in the
    tutorial's table (G4 = the generator's 5×5 ConvTranspose), as in the `--layers` option."""
    id: str
    name: str
    network: str
    layer: object
    in_shape: tuple[int, ...]
    out_shape: tuple[int, ...]
    flops: Flops


def describe(layer) -> str | None:
    """A short name for a layer (ASCII, so that the chart's font can draw it); None for the
    views (Reshape, flatten), which launch no kernel and are not timed."""
    act = activation_name(layer)
    suffix = f" +{act}" if act else ""
    if isinstance(layer, Dense):
        out_features, in_features = layer.weight.shape
        return f"Dense {in_features}->{out_features}{suffix}"
    if isinstance(layer, Conv):
        out_channels, in_channels, k, _ = layer.weight.shape
        return f"Conv {k}x{k} {in_channels}->{out_channels} s{layer.stride}{suffix}"
    if isinstance(layer, ConvTranspose):
        in_channels, out_channels, k, _ = layer.weight.shape
        return f"ConvTranspose {k}x{k} {in_channels}->{out_channels} s{layer.stride}{suffix}"
    if isinstance(layer, BatchNorm):
        return f"BatchNorm {layer.weight.shape[0]}{suffix}"
    if isinstance(layer, Dropout):
        return f"Dropout {layer.p}"
    if is_leakyrelu(layer):
        return f"leakyrelu {layer.keywords.get('a', 0.01)}"
    return None


def with_shapes(model, in_shape: tuple[int, ...]):
    """Each layer of a Chain with its input and output shapes, found by applying it lazily
    to an empty tensor (tinygrad infers shapes without computing anything)."""
    for layer in model.layers:
        out_shape = tuple(layer(Tensor.empty(*in_shape)).shape)
        yield layer, in_shape, out_shape
        in_shape = out_shape


def layer_specs(gen, disc, batch: int, image: tuple[int, int, int] = IMAGE) -> list[LayerSpec]:
    """The timed layers of both networks, with their shapes and FLOPs."""
    specs = []
    for letter, network, model, in_shape in (("G", "generator", gen, (batch, gen.latent_dim)),
                                             ("D", "discriminator", disc, (batch, *image))):
        for index, (layer, x_shape, y_shape) in enumerate(with_shapes(model, in_shape), start=1):
            if (name := describe(layer)) is not None:
                specs.append(LayerSpec(f"{letter}{index}", name, network, layer, x_shape,
                                       y_shape, layer_flops(layer, x_shape, y_shape)))
    return specs


def step_flops(gen, disc, batch: int, image: tuple[int, int, int] = IMAGE) -> int:
    """FLOPs of one training step of these networks at this batch size."""
    return training_step_flops(
        [layer_flops(*shapes) for shapes in with_shapes(gen, (batch, gen.latent_dim))],
        [layer_flops(*shapes) for shapes in with_shapes(disc, (batch, *image))])


def unet_level_shapes(gen, batch: int, image: tuple[int, int, int]
                      ) -> list[tuple[object, tuple[int, ...]]]:
    """Each level of a U-Net (`tinygan.pix2pix.UNetGenerator`: `encoder`, `decoder`, lists of
    Chains) with its input's shape, in the order they run: the encoder's levels, then the
    decoder's, each after the first reading the level below's output joined with the
    encoder's output at its size."""
    levels, x, skips = [], (batch, *image), []
    for level in gen.encoder:
        levels.append((level, x))
        x = tuple(level(Tensor.empty(*x)).shape)
        skips.append(x)
    x = skips.pop()
    for index, level in enumerate(gen.decoder):
        if index:
            skip = skips.pop()
            x = (batch, skip[1] + x[1], *x[2:])
        levels.append((level, x))
        x = tuple(level(Tensor.empty(*x)).shape)
    return levels


def pix2pix_step_flops(gen, disc, batch: int, image: tuple[int, int, int]) -> int:
    """FLOPs of one pix2pix step (`tinygan.pix2pix.train_step`): the U-Net once, the
    PatchGAN on (input, target) and (input, output) pairs, as `training_step_flops` counts
    a DCGAN's step (the L1 term's few FLOPs per pixel are not counted)."""
    gen_flops = [layer_flops(*shapes) for level, x in unet_level_shapes(gen, batch, image)
                 for shapes in with_shapes(level, x)]
    pair = (batch, 2 * image[0], *image[1:])
    return training_step_flops(gen_flops, [layer_flops(*s) for s in with_shapes(disc, pair)])


LAYER_IDS = ("G1", "G2", "G4", "G5", "G6", "G7", "G8", "D1", "D2", "D3", "D4", "D5", "D6", "D8")
# The other DCGANs' training steps (`tinygan.models`), a row each named after its model;
# pix2pix's step (`tinygan.pix2pix`, edges2fashion's 1×32×32 pairs).
MODEL_STEP_IDS = tuple(name for name in MODELS if name != "tutorial")
PIX2PIX = "pix2pix"
STEP_IDS = ("step",) + MODEL_STEP_IDS + (PIX2PIX,)
ROW_IDS = ("step",) + LAYER_IDS + MODEL_STEP_IDS + (PIX2PIX,)

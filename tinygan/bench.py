"""Benchmarks: how fast is each kernel of the tutorial's DCGAN on each device, and against
PyTorch?  `tinygan bench` and `python benchmarks/kernels.py` both run the `bench` command
below; benchmarks/README.md explains the columns and the committed results.

In one run, for every chosen tinygrad backend (CPU, CL, CUDA, METAL, ...), this times

- each layer of both networks at the tutorial's shapes, forward and forward+backward, and
- the full training step the training loop really uses (`tinygan.training.StepRunner`),

and, when PyTorch is installed, the same layers and an equivalent eager step in PyTorch on
the matching device type.  Each row gets a cold first call (compilation included), the
median and minimum of warm calls, FLOPs counted by hand from the shapes, and for tinygrad
the kernel count and the slowest kernels by name.

Timing rules (see STYLE.md): tinygrad is lazy, so every timed call realises its results
and waits for the device before the clock stops; PyTorch calls `.item()` or synchronises.
PyTorch is optional (the `bench` extra) and only imported inside `import_torch()`.
"""
from __future__ import annotations

import contextlib
import datetime
import functools
import hashlib
import inspect
import io
import json
import math
import os
import platform
import re
import socket
import statistics
import sys
import time
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Callable

import click
from PIL import Image, ImageDraw, ImageFont
from tinygrad import Context, Device, Tensor
from tinygrad.engine import realize
from tinygrad.helpers import DEV, NUM_CPU_THREADS, GlobalCounters
from tinygrad.uop.ops import Ops

from tinygan.backend import (DeviceError, device_description, is_gpu, jit, parallel_cpu_kernels,
                             resolve_device, training_mode, usable_devices)
from tinygan.hparams import HyperParams
from tinygan.images import atomic_path
from tinygan.layers import BatchNorm, Conv, ConvTranspose, Dense, Dropout, Reshape, leakyrelu
from tinygan.models import Discriminator, Generator, buffers, parameters
from tinygan.training import build_gan, make_step_runner

SCHEMA = "tinygan-bench/1"
FORWARD, FORWARD_BACKWARD, STEP = "forward", "forward+backward", "training step"
IMAGE = (1, 28, 28)                                     # one MNIST image, C×H×W


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


def _activation_name(layer) -> str | None:
    activation = getattr(layer, "activation", None)
    return None if activation is None else activation.__name__


def _is_leakyrelu(layer) -> bool:
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
        forward = batchnorm_flops(numel, _activation_name(layer))
        return Flops(forward, forward, numel * BATCHNORM_WEIGHT_GRAD_FLOPS_PER_ELEMENT)
    if isinstance(layer, Dropout):
        forward = elementwise_flops(numel, "dropout")
        return Flops(forward, forward)
    if _is_leakyrelu(layer):
        forward = elementwise_flops(numel, "leakyrelu")
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
    act = _activation_name(layer)
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
    if _is_leakyrelu(layer):
        return f"leakyrelu {layer.keywords.get('a', 0.01)}"
    return None


def with_shapes(model, in_shape: tuple[int, ...]):
    """Each layer of a Chain with its input and output shapes, found by applying it lazily
    to an empty tensor (tinygrad infers shapes without computing anything)."""
    for layer in model.layers:
        out_shape = tuple(layer(Tensor.empty(*in_shape)).shape)
        yield layer, in_shape, out_shape
        in_shape = out_shape


def layer_specs(gen, disc, batch: int) -> list[LayerSpec]:
    """The timed layers of both networks, with their shapes and FLOPs."""
    specs = []
    for letter, network, model, in_shape in (("G", "generator", gen, (batch, gen.latent_dim)),
                                             ("D", "discriminator", disc, (batch, *IMAGE))):
        for index, (layer, x_shape, y_shape) in enumerate(with_shapes(model, in_shape), start=1):
            if (name := describe(layer)) is not None:
                specs.append(LayerSpec(f"{letter}{index}", name, network, layer, x_shape,
                                       y_shape, layer_flops(layer, x_shape, y_shape)))
    return specs


def step_flops(gen, disc, batch: int) -> int:
    """FLOPs of one training step of these networks at this batch size."""
    return training_step_flops(
        [layer_flops(*shapes) for shapes in with_shapes(gen, (batch, gen.latent_dim))],
        [layer_flops(*shapes) for shapes in with_shapes(disc, (batch, *IMAGE))])


LAYER_IDS = ("G1", "G2", "G4", "G5", "G6", "G7", "G8", "D1", "D2", "D3", "D4", "D5", "D6", "D8")
ROW_IDS = ("step",) + LAYER_IDS


# ---------------------------------------------------------------------------------------
# 3. Timing: a cold call, one warm-up call, then the timed repetitions.
# ---------------------------------------------------------------------------------------


@dataclass
class Timing:
    cold_ms: float            # the first call: tracing, scheduling, compiling and running
    warmup_ms: float          # the second call, not counted (tinygrad's JIT captures here)
    times_ms: list[float]     # the timed repetitions

    @property
    def median_ms(self) -> float:
        return statistics.median(self.times_ms)

    @property
    def min_ms(self) -> float:
        return min(self.times_ms)


def _elapsed_ms(call: Callable[[], None]) -> float:
    start = time.perf_counter()
    call()
    return (time.perf_counter() - start) * 1e3


def time_calls(call: Callable[[], None], reps: int, progress: Callable[[str], None],
               before_rep: Callable[[], None] = lambda: None) -> Timing:
    """Time `call`, which must return only once its results are computed."""
    progress("cold call")
    cold = _elapsed_ms(call)
    progress("warm-up")
    warmup = _elapsed_ms(call)
    times = []
    for rep in range(reps):
        progress(f"rep {rep + 1}/{reps}")
        before_rep()
        times.append(_elapsed_ms(call))
    return Timing(cold, warmup, times)


def _significant(value: float, digits: int = 4) -> float:
    """`value` rounded to a few significant digits, for the JSON."""
    return float(f"{value:.{digits}g}")


def _timing_fields(timing: Timing) -> dict:
    """A timing as a row's JSON fields, in milliseconds."""
    return {"cold_ms": round(timing.cold_ms, 3), "warmup_ms": round(timing.warmup_ms, 3),
            "median_ms": round(timing.median_ms, 3), "min_ms": round(timing.min_ms, 3),
            "times_ms": [round(t, 3) for t in timing.times_ms]}


# ---------------------------------------------------------------------------------------
# 4. tinygrad's kernels, by name and time.
#
# Version-sensitive (tinygrad 0.14.0): with DEBUG>=2, `tinygrad.engine.realize.run_linear`
# waits for every kernel and `track_stats(ctx, call, start, ets)` receives its run time in
# `ets` (then prints the "*** CPU  3 r_64_11_11 ... tm 211.51ms" lines).  We wrap
# `track_stats` for one extra call to collect (name, seconds) pairs instead of parsing the
# printout, and silence the printout (and skip the caller lookup of the scheduler's part of
# it: `_no_caller_lookup`).  That call runs with JIT=0, so that the jitted
# functions run kernel by kernel even where the JIT would batch them into a device graph
# (CUDA, METAL); it runs the same, already compiled kernels.
# ---------------------------------------------------------------------------------------

_ANSI_COLOUR = re.compile(r"\x1b\[[0-9;]*m")


def _kernel_name(call) -> str:
    ast = call.src[0]
    name = ast.arg.name if ast.op is Ops.PROGRAM else str(getattr(ast, "arg", None) or ast.op)
    return _ANSI_COLOUR.sub("", str(name))


@contextlib.contextmanager
def _recording_kernel_times(records: list[tuple[str, float]]):
    original = realize.track_stats

    def track_stats(ctx, call, start, ets):
        original(ctx, call, start, ets)
        if ctx.update_stats:
            records.extend((_kernel_name(call), et) for et in ets if et is not None)

    realize.track_stats = track_stats
    try:
        yield records
    finally:
        realize.track_stats = original


@contextlib.contextmanager
def _no_caller_lookup():
    """With DEBUG>=1, every schedule prints its caller, found with `inspect.stack()`: slow,
    and it raises (TypeError "... is a built-in module") when `sys.modules` holds a module
    without a file, as happened in CI.  The printout is discarded here, so the lookup finds
    nothing for the profile's duration.  (tinygrad's compiled pattern matchers keep their own
    copy of `tinygrad.schedule`'s globals, so it is `inspect.stack` itself that is replaced.)"""
    original = inspect.stack
    inspect.stack = lambda *args, **kwargs: []
    try:
        yield
    finally:
        inspect.stack = original


def kernel_profile(call: Callable[[], None]) -> list[tuple[str, float]]:
    """Run `call` once more, kernel by kernel, and return each kernel's (name, seconds)."""
    records: list[tuple[str, float]] = []
    silenced = io.StringIO()
    with _recording_kernel_times(records), _no_caller_lookup(), Context(JIT=0, DEBUG=2), \
            contextlib.redirect_stdout(silenced), contextlib.redirect_stderr(silenced):
        call()
    return records


def slowest_kernels(records: list[tuple[str, float]], top: int) -> list[dict]:
    """The `top` kernels with the most total time (a kernel may run several times)."""
    totals: dict[str, list] = {}
    for name, seconds in records:
        entry = totals.setdefault(name, [0.0, 0])
        entry[0] += seconds
        entry[1] += 1
    ranked = sorted(totals.items(), key=lambda item: -item[1][0])[:top]
    return [{"name": name, "ms": round(seconds * 1e3, 3), "calls": calls}
            for name, (seconds, calls) in ranked]


# ---------------------------------------------------------------------------------------
# 5. tinygan's calls: one layer row, and the training loop's step.
# ---------------------------------------------------------------------------------------


def _layer_function(spec: LayerSpec, pass_: str) -> Callable[[Tensor], list[Tensor]]:
    """What a row computes, as a function of the layer's input: the output (forward), or
    the gradients with respect to the input and to every parameter given a fixed random
    upstream gradient (forward+backward).  BatchNorm's running statistics are returned too,
    so that their training-mode update is realised with every call."""
    layer, state = spec.layer, buffers(spec.layer)
    if pass_ == FORWARD:
        return lambda x: [layer(x), *state]
    params, upstream = parameters(layer), Tensor.randn(*spec.out_shape).realize()
    return lambda x: [*layer(x).gradient(x, *params, gradient=upstream), *state]


def tinygrad_layer_call(spec: LayerSpec, pass_: str, backend: str) -> Callable[[], None]:
    """One jitted call of a layer row, in training mode, realised and waited for."""
    compiled, x = jit(_layer_function(spec, pass_)), Tensor.randn(*spec.in_shape).realize()
    device = Device[backend]

    def call():
        with training_mode():
            outputs = compiled(x)
        Tensor.realize(*outputs)
        device.synchronize()
    return call


def tinygrad_step_call(hparams: HyperParams) -> Callable[[], None]:
    """One call of the training loop's own step, built as `train` builds it (`build_gan`,
    `make_step_runner`: the noise is drawn, then the jitted D + G update) on a random real
    batch.  It returns its two losses with `.item()`, which waits for the device."""
    runner = make_step_runner(*build_gan(hparams), hparams)
    real = Tensor.uniform(hparams.batch_size, *IMAGE, low=-1, high=1).realize()
    return lambda: runner(real)


def measure_tinygrad(call: Callable[[], None], reps: int, top: int,
                     progress: Callable[[str], None]) -> dict:
    """A row's timings, kernel count and slowest kernels."""
    timing = time_calls(call, reps, progress, before_rep=GlobalCounters.reset)
    kernels, ops = GlobalCounters.kernel_count, GlobalCounters.global_ops   # last repetition
    progress("kernel profile")
    records = kernel_profile(call)
    return {**_timing_fields(timing), "kernels": kernels, "tinygrad_ops": int(ops),
            "kernel_ms": round(sum(s for _, s in records) * 1e3, 3),
            "slowest_kernels": slowest_kernels(records, top)}


# ---------------------------------------------------------------------------------------
# 6. PyTorch, the reference: the same layers, weights copied from tinygan's, and the
#    standard eager DCGAN step.  Optional, imported only here.
# ---------------------------------------------------------------------------------------


def import_torch():
    """PyTorch if it is installed (`pip install tinygan[bench]`), else None."""
    try:
        import torch
    except ImportError:
        return None
    return torch


def torch_device_for(backend: str) -> str:
    """The PyTorch device type that runs on the same hardware as a tinygrad backend."""
    base = backend.split(":")[0].upper()
    return {"CUDA": "cuda", "NV": "cuda", "METAL": "mps"}.get(base, "cpu")


def torch_device_available(torch, device: str) -> bool:
    if device == "cuda":
        return torch.cuda.is_available()
    if device == "mps":
        return torch.backends.mps.is_available()
    return True


def torch_synchronize(torch, device: str):
    if device == "cuda":
        torch.cuda.synchronize()
    elif device == "mps":
        torch.mps.synchronize()


def torch_layer(torch, layer, in_shape: tuple[int, ...]):
    """The PyTorch module computing what a tinygan layer computes on input of `in_shape`,
    with the same weights (tinygan stores them as PyTorch does: Dense out×in, Conv
    out×in×k×k, ConvTranspose in×out×k×k)."""
    nn = torch.nn
    if isinstance(layer, Dropout):
        return nn.Dropout(layer.p)
    if _is_leakyrelu(layer):
        return nn.LeakyReLU(layer.keywords.get("a", 0.01))
    if isinstance(layer, Reshape):
        return nn.Unflatten(1, layer.shape)
    if isinstance(layer, Dense):
        out_features, in_features = layer.weight.shape
        module = nn.Linear(in_features, out_features, bias=layer.bias is not None)
    elif isinstance(layer, Conv):
        out_channels, in_channels, k, _ = layer.weight.shape
        module = nn.Conv2d(in_channels, out_channels, k, stride=layer.stride,
                           padding=layer.pad, bias=layer.bias is not None)
    elif isinstance(layer, ConvTranspose):
        in_channels, out_channels, k, _ = layer.weight.shape
        module = nn.ConvTranspose2d(in_channels, out_channels, k, stride=layer.stride,
                                    padding=layer.pad, bias=layer.bias is not None)
    elif isinstance(layer, BatchNorm):
        batchnorm = nn.BatchNorm1d if len(in_shape) == 2 else nn.BatchNorm2d
        module = batchnorm(layer.weight.shape[0], eps=layer.eps, momentum=layer.momentum)
        module.running_mean.copy_(torch.from_numpy(layer.running_mean.numpy()))
        module.running_var.copy_(torch.from_numpy(layer.running_var.numpy()))
    else:
        return nn.Flatten()                      # tinygan.layers.flatten, the only other one
    module.weight = nn.Parameter(torch.from_numpy(layer.weight.numpy().copy()))
    if getattr(layer, "bias", None) is not None:
        module.bias = nn.Parameter(torch.from_numpy(layer.bias.numpy().copy()))
    activation = {"relu": nn.ReLU, "tanh": nn.Tanh}.get(_activation_name(layer))
    return module if activation is None else nn.Sequential(module, activation())


def torch_model(torch, model, in_shape: tuple[int, ...]):
    """A tinygan Chain as a torch.nn.Sequential with the same weights."""
    return torch.nn.Sequential(*(torch_layer(torch, layer, x_shape)
                                 for layer, x_shape, _ in with_shapes(model, in_shape)))


def torch_layer_call(torch, spec: LayerSpec, pass_: str, device: str) -> Callable[[], None]:
    module = torch_layer(torch, spec.layer, spec.in_shape).to(device).train()
    x = torch.randn(*spec.in_shape, device=device)
    if pass_ == FORWARD:
        def call():
            with torch.no_grad():
                module(x)
            torch_synchronize(torch, device)
        return call
    x.requires_grad_(True)
    params, upstream = list(module.parameters()), torch.randn(*spec.out_shape, device=device)

    def call():
        torch.autograd.grad(module(x), [x, *params], grad_outputs=upstream)
        torch_synchronize(torch, device)
    return call


def torch_step_call(torch, hparams: HyperParams, device: str) -> Callable[[], None]:
    """PyTorch's standard eager DCGAN step on the same networks: noise drawn, the fake batch
    generated once and detached for the discriminator's update, Adam(2e-4, β (0.9, 0.999),
    ε 1e-8).  As in PyTorch's own DCGAN example, the generator's backward pass also fills
    the discriminator's gradients, which the next step zeroes (tinygan computes only the
    gradients it needs)."""
    batch, latent = hparams.batch_size, hparams.latent_dim
    gen, disc, opt_d, opt_g = torch_gan(torch, hparams, device)
    real = torch.rand(batch, *IMAGE, device=device) * 2 - 1

    def call():
        torch_train_step(torch, gen, disc, opt_d, opt_g, real,
                         torch.randn(batch, latent, device=device))   # .item() waits
    return call


def torch_gan(torch, hparams: HyperParams, device: str = "cpu"):
    """The PyTorch twin of `tinygan.training.build_gan`: both networks built from freshly
    initialised tinygan ones (so the same init distributions, and the same weights under the
    same seed), in training mode on `device`, and Adam(lr, β (0.9, 0.999), ε 1e-8) for each:
    `gen, disc, opt_d, opt_g`."""
    batch, latent = hparams.batch_size, hparams.latent_dim
    gen = torch_model(torch, Generator(latent), (batch, latent)).to(device).train()
    disc = torch_model(torch, Discriminator(), (batch, *IMAGE)).to(device).train()
    adam = functools.partial(torch.optim.Adam, betas=(0.9, 0.999), eps=1e-8)
    return gen, disc, adam(disc.parameters(), lr=hparams.disc_lr), \
        adam(gen.parameters(), lr=hparams.gen_lr)


def torch_train_step(torch, gen, disc, opt_d, opt_g, real, noise) -> tuple[float, float]:
    """One eager PyTorch step of the tutorial's loop; returns both losses as floats."""
    lbce = torch.nn.functional.binary_cross_entropy_with_logits
    fake = gen(noise)
    real_out, fake_out = disc(real), disc(fake.detach())
    d_loss = lbce(real_out, torch.ones_like(real_out)) + lbce(fake_out, torch.zeros_like(fake_out))
    opt_d.zero_grad()
    d_loss.backward()
    opt_d.step()
    fake_out = disc(fake)
    g_loss = lbce(fake_out, torch.ones_like(fake_out))
    opt_g.zero_grad()
    g_loss.backward()
    opt_g.step()
    return d_loss.item(), g_loss.item()


def measure_torch(call: Callable[[], None], reps: int, progress: Callable[[str], None]) -> dict:
    """A PyTorch row's timings (kernel names and counts are tinygrad's only)."""
    return _timing_fields(time_calls(call, reps, progress))


# ---------------------------------------------------------------------------------------
# 7. One run: every selected row on every engine, then the ratios.
# ---------------------------------------------------------------------------------------

STEP_NAME = "training step (D + G update)"


def _row(spec_id: str, name: str, network: str, pass_: str, framework: str, engine: str,
         in_shape, out_shape, flops: int, fields: dict) -> dict:
    """One row of the results, as it goes into the JSON (README: "The JSON file")."""
    median_s = fields["median_ms"] / 1e3
    row = {"id": spec_id, "name": name, "network": network, "pass": pass_,
           "framework": framework, "engine": engine, "input_shape": list(in_shape),
           "output_shape": list(out_shape), "flops": int(flops),
           "gflops_per_s": _significant(flops / median_s / 1e9) if median_s > 0 else None,
           "kernels": None, "tinygrad_ops": None, "kernel_ms": None, "slowest_kernels": [],
           "pytorch_median_ms": None, "vs_pytorch": None}
    row.update(fields)
    return row


def run_rows(engine: str, framework: str, hparams: HyperParams, selected: list[str],
             step_call: Callable[[], Callable[[], None]],
             layer_call: Callable[[LayerSpec, str], Callable[[], None]],
             measure: Callable[[Callable[[], None], Callable[[str], None]], dict],
             progress: Callable[[str], None]) -> list[dict]:
    """The selected rows on one engine: the training step first (so that its cold call is
    what a fresh training run sees), then each layer, forward and forward+backward."""
    rows, batch = [], hparams.batch_size
    gen, disc = Generator(hparams.latent_dim), Discriminator()
    if "step" in selected:
        fields = measure(step_call(), lambda what: progress(f"{engine}: training step: {what}"))
        rows.append(_row("step", STEP_NAME, "both", STEP, framework, engine, (batch, *IMAGE),
                         (), step_flops(gen, disc, batch), fields))
    for spec in (s for s in layer_specs(gen, disc, batch) if s.id in selected):
        for pass_ in (FORWARD, FORWARD_BACKWARD):
            label = f"{engine}: {spec.id} {spec.name} {pass_}"
            fields = measure(layer_call(spec, pass_),
                             lambda what, label=label: progress(f"{label}: {what}"))
            flops = spec.flops.forward if pass_ == FORWARD else spec.flops.forward_backward
            rows.append(_row(spec.id, spec.name, spec.network, pass_, framework, engine,
                             spec.in_shape, spec.out_shape, flops, fields))
    return rows


def tinygrad_rows(backend: str, hparams: HyperParams, selected: list[str], reps: int,
                  top: int, progress: Callable[[str], None]) -> list[dict]:
    """Every selected row with tinygan on one tinygrad backend (the default device meanwhile)."""
    saved = DEV.value
    DEV.value = backend
    try:
        Tensor.manual_seed(hparams.seed)
        return run_rows(f"tinygan {backend}", "tinygan", hparams, selected,
                        step_call=lambda: tinygrad_step_call(hparams),
                        layer_call=lambda spec, pass_: tinygrad_layer_call(spec, pass_, backend),
                        measure=lambda call, report: measure_tinygrad(call, reps, top, report),
                        progress=progress)
    finally:
        DEV.value = saved


def torch_rows(torch, device: str, hparams: HyperParams, selected: list[str], reps: int,
               progress: Callable[[str], None]) -> list[dict]:
    """Every selected row with PyTorch on one device type."""
    torch.manual_seed(hparams.seed)
    Tensor.manual_seed(hparams.seed)
    return run_rows(f"PyTorch {device}", "pytorch", hparams, selected,
                    step_call=lambda: torch_step_call(torch, hparams, device),
                    layer_call=lambda spec, pass_: torch_layer_call(torch, spec, pass_, device),
                    measure=lambda call, report: measure_torch(call, reps, report),
                    progress=progress)


def attach_ratios(rows: list[dict], torch_engine_for: dict[str, str]):
    """Give every tinygan row its PyTorch counterpart's median and the ratio tinygan/PyTorch
    (above 1: tinygan is slower)."""
    reference = {(r["engine"], r["id"], r["pass"]): r["median_ms"]
                 for r in rows if r["framework"] == "pytorch"}
    for row in rows:
        backend = row["engine"].removeprefix("tinygan ")
        if row["framework"] != "tinygan" or backend not in torch_engine_for:
            continue
        torch_ms = reference.get((torch_engine_for[backend], row["id"], row["pass"]))
        if torch_ms:
            row["pytorch_median_ms"] = torch_ms
            row["vs_pytorch"] = _significant(row["median_ms"] / torch_ms)


# ---------------------------------------------------------------------------------------
# 8. The machine.
# ---------------------------------------------------------------------------------------


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.lower().startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _version(package: str) -> str | None:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return None


def load_average() -> list[float] | None:
    """The 1, 5 and 15 minute load averages: other work on the machine skews timings."""
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except (AttributeError, OSError):
        return None


def machine_info(backends: list[str], torch) -> dict:
    devices = {backend: device_description(backend) for backend in backends}
    gpus = [devices[b] for b in backends if b.split(":")[0] != "CPU" and is_gpu(b)]
    if torch is not None and torch.cuda.is_available():
        gpus.append(f"PyTorch cuda: {torch.cuda.get_device_name(0)}")
    return {"host": socket.gethostname(), "os": platform.platform(), "cpu": _cpu_model(),
            "cores": os.cpu_count(), "gpus": gpus, "devices": devices,
            "python": platform.python_version(), "tinygrad": _version("tinygrad"),
            "numpy": _version("numpy"), "torch": getattr(torch, "__version__", None),
            "tinygan_source": source_digest()}


def source_digest() -> str:
    """A short hash of tinygan's source files: which version of the code was measured."""
    digest = hashlib.sha256()
    for path in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()[:12]


# ---------------------------------------------------------------------------------------
# 9. The results: JSON, a Markdown table and a bar chart.
# ---------------------------------------------------------------------------------------


def default_output(now: datetime.datetime) -> Path:
    host = re.sub(r"[^A-Za-z0-9_.-]", "_", socket.gethostname()) or "host"
    return Path("benchmarks") / "results" / f"{host}-{now:%Y-%m-%d}.json"


def _ms(value: float | None) -> str:
    if value is None:
        return "-"
    return f"{value:,.0f}" if value >= 100 else f"{value:.3g}"


def _load(averages: list[float] | None) -> str:
    return "unknown" if averages is None else "/".join(f"{x:.1f}" for x in averages)


def _threads(threads: int | None) -> str:
    return "" if threads is None else f" ({threads} thread{'s' if threads > 1 else ''})"


def _ratio(value: float | None) -> str:
    if not value:
        return "-"
    return f"{value:.0f}x" if value >= 10 else f"{value:.2g}x"


def _row_key(row: dict) -> tuple[str, str]:
    return row["id"], row["pass"]


def _ordered_keys(rows: list[dict]) -> list[tuple[str, str]]:
    return list(dict.fromkeys(_row_key(row) for row in rows))


def _engines(rows: list[dict]) -> list[str]:
    return list(dict.fromkeys(row["engine"] for row in rows))


def markdown_report(result: dict) -> str:
    """A summary table (median ms per engine and the ratio to PyTorch), then every row's
    details."""
    rows, machine, settings = result["rows"], result["machine"], result["settings"]
    engines = _engines(rows)
    by_key = {(r["engine"], *_row_key(r)): r for r in rows}
    tinygan_engines = [e for e in engines if e.startswith("tinygan")]
    lines = [f"# tinygan kernel benchmark: {machine['host']}, {result['created'][:10]}", "",
             f"CPU: {machine['cpu']} ({machine['cores']} cores); GPUs: "
             f"{', '.join(machine['gpus']) or 'none'}.  tinygrad {machine['tinygrad']}, "
             f"PyTorch {machine['torch'] or 'not installed'}"
             f"{_threads(settings.get('torch_threads'))}, Python {machine['python']}.  "
             f"Load average (1, 5, 15 min) {_load(machine['load_average_start'])} at the "
             f"start, {_load(machine['load_average_end'])} at the end.", "",
             f"Batch {settings['batch']}, {settings['reps']} timed repetition"
             f"{'s' if settings['reps'] > 1 else ''} per row, "
             f"disk compile cache {'on' if settings['disk_compile_cache'] else 'off'}.  "
             f"Command: `{result['command']}`", ""]
    if result["pytorch"]["note"]:
        lines += [f"PyTorch: {result['pytorch']['note']}", ""]
    header = ["row", "layer", "pass", "GFLOP"]
    for engine in engines:
        header.append(f"{engine} ms")
        if engine in tinygan_engines and result["pytorch"]["compared"]:
            header.append(f"{engine.removeprefix('tinygan ')} / PyTorch")
    lines += ["## Median time per call", "", "| " + " | ".join(header) + " |",
              "|" + "|".join("---" for _ in header) + "|"]
    for key in _ordered_keys(rows):
        some = next(r for r in rows if _row_key(r) == key)
        cells = [key[0], some["name"], key[1], f"{some['flops'] / 1e9:.3g}"]
        for engine in engines:
            row = by_key.get((engine, *key))
            cells.append(_ms(row["median_ms"]) if row else "-")
            if engine in tinygan_engines and result["pytorch"]["compared"]:
                cells.append(_ratio(row and row["vs_pytorch"]))
        lines.append("| " + " | ".join(cells) + " |")
    lines += ["", "## Every row", "",
              "| row | pass | engine | cold ms | median ms | min ms | GFLOP/s | kernels "
              "| slowest kernels (total ms, calls) |",
              "|---|---|---|---|---|---|---|---|---|"]
    for row in rows:
        slow = "; ".join(f"`{k['name']}` {_ms(k['ms'])} ({k['calls']})"
                         for k in row["slowest_kernels"][:3])
        gflops = "-" if row["gflops_per_s"] is None else f"{row['gflops_per_s']:.3g}"
        lines.append(f"| {row['id']} | {row['pass']} | {row['engine']} | {_ms(row['cold_ms'])} "
                     f"| {_ms(row['median_ms'])} | {_ms(row['min_ms'])} | {gflops} "
                     f"| {row['kernels'] if row['kernels'] is not None else '-'} | {slow or '-'} |")
    return "\n".join(lines) + "\n"


CHART_WIDTH = 1000
_COLOURS = [(31, 119, 180), (255, 127, 14), (44, 160, 44), (214, 39, 40), (148, 103, 189),
            (140, 86, 75)]


def draw_chart(rows: list[dict], title: str) -> Image.Image:
    """Median time per row and engine as horizontal bars on a log scale."""
    engines, keys = _engines(rows), _ordered_keys(rows)
    by_key = {(r["engine"], *_row_key(r)): r["median_ms"] for r in rows}
    values = [v for v in by_key.values() if v and v > 0] or [1.0]
    # Whole decades, with some room below the shortest bar so that every bar shows.
    low = math.floor(math.log10(min(values)) - 0.1)
    high = max(math.ceil(math.log10(max(values))), low + 1)
    bar, gap, left, right, top = 9, 8, 290, 60, 60
    group = bar * len(engines) + gap
    height = top + group * len(keys) + 40
    image = Image.new("RGB", (CHART_WIDTH, height), "white")
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default()
    plot_width = CHART_WIDTH - left - right

    def x_of(ms: float) -> float:
        return left + (math.log10(ms) - low) / (high - low) * plot_width

    draw.text((10, 8), title, fill="black", font=font)
    for i, engine in enumerate(engines):
        x = 10 + 190 * i
        draw.rectangle([x, 32, x + 12, 44], fill=_COLOURS[i % len(_COLOURS)])
        draw.text((x + 18, 32), engine, fill="black", font=font)
    for decade in range(low, high + 1):
        x = x_of(10.0 ** decade)
        draw.line([x, top - 4, x, height - 35], fill=(210, 210, 210))
        label = f"{10.0 ** decade:g} ms" if decade < 3 else f"{10.0 ** (decade - 3):g} s"
        draw.text((x - 15, height - 30), label, fill="black", font=font)
    for g, key in enumerate(keys):
        y0 = top + g * group
        short = {"forward": "fwd", "forward+backward": "fwd+bwd", STEP: ""}[key[1]]
        name = next(r["name"] for r in rows if _row_key(r) == key)
        draw.text((10, y0 + group / 2 - 10), f"{key[0]} {short}  {name}"[:48], fill="black",
                  font=font)
        for i, engine in enumerate(engines):
            ms = by_key.get((engine, *key))
            if not ms or ms <= 0:
                continue
            y = y0 + i * bar
            draw.rectangle([left, y, max(x_of(ms), left + 1), y + bar - 2],
                           fill=_COLOURS[i % len(_COLOURS)])
            draw.text((x_of(ms) + 4, y - 2), _ms(ms), fill=(80, 80, 80), font=font)
    draw.line([left, top - 4, left, height - 35], fill="black")
    return image


def write_results(result: dict, out: Path) -> tuple[Path, Path, Path]:
    """The JSON at `out`, and the Markdown table and PNG chart next to it."""
    out.parent.mkdir(parents=True, exist_ok=True)
    markdown, chart = out.with_suffix(".md"), out.with_suffix(".png")
    with atomic_path(out) as tmp:
        tmp.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    with atomic_path(markdown) as tmp:
        tmp.write_text(markdown_report(result), encoding="utf-8")
    title = (f"tinygan vs PyTorch, median ms per call, batch {result['settings']['batch']}, "
             f"{result['machine']['host']}, {result['created'][:10]} (log scale)")
    with atomic_path(chart) as tmp:
        draw_chart(result["rows"], title).save(tmp, format="PNG")
    return out, markdown, chart


def summary(result: dict) -> str:
    """A few lines for the terminal: the training step on each engine, the slowest rows."""
    rows = result["rows"]
    lines = []
    for row in (r for r in rows if r["pass"] == STEP):
        ratio = f", {row['vs_pytorch']:.1f}x PyTorch" if row["vs_pytorch"] else ""
        lines.append(f"training step, {row['engine']}: {_ms(row['median_ms'])} ms median "
                     f"(cold {_ms(row['cold_ms'])} ms){ratio}")
    for engine in (e for e in _engines(rows) if e.startswith("tinygan")):
        layer_rows = [r for r in rows if r["engine"] == engine and r["pass"] == FORWARD_BACKWARD]
        slowest = sorted(layer_rows, key=lambda r: -r["median_ms"])[:3]
        if slowest:
            lines.append(f"slowest layers, {engine} (fwd+bwd): " + ", ".join(
                f"{r['id']} {_ms(r['median_ms'])} ms" for r in slowest))
    if result["pytorch"]["note"]:
        lines.append(f"PyTorch: {result['pytorch']['note']}")
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------
# 10. The command.
# ---------------------------------------------------------------------------------------


class Progress:
    """One line saying what is being timed: rewritten in place on a terminal, one line per
    row otherwise (logs, tests)."""

    def __init__(self):
        self.interactive = sys.stderr.isatty()
        self.last_row = None

    def __call__(self, message: str):
        if self.interactive:
            click.echo("\r\033[K" + message[:150], nl=False, err=True)
            return
        row = message.rsplit(": ", 1)[0]
        if row != self.last_row:
            click.echo(row, err=True)
            self.last_row = row

    def done(self):
        if self.interactive:
            click.echo("\r\033[K", nl=False, err=True)


def parse_backends(text: str | None) -> list[str]:
    if not text:
        return usable_devices()
    try:
        return list(dict.fromkeys(resolve_device(name) for name in text.split(",") if name.strip()))
    except DeviceError as error:
        raise click.BadParameter(str(error), param_hint="--backends") from error


def parse_layers(text: str) -> list[str]:
    if text.strip().lower() == "all":
        return list(ROW_IDS)
    chosen = [name.strip().upper() if name.strip().lower() != "step" else "step"
              for name in text.split(",") if name.strip()]
    unknown = [name for name in chosen if name not in ROW_IDS]
    if unknown or not chosen:
        raise click.BadParameter(f"unknown row {', '.join(unknown) or '(none)'}: use 'all' or "
                                 f"some of {', '.join(ROW_IDS)}", param_hint="--layers")
    return chosen


def pytorch_plan(use_torch: bool, backends: list[str]):
    """PyTorch (or None), the PyTorch device type for each backend it can be compared on,
    and a note saying why some or all comparisons are missing (None if none are)."""
    torch = import_torch() if use_torch else None
    if not use_torch:
        return None, {}, "not compared (--no-torch)"
    if torch is None:
        return None, {}, "not installed, no comparison (pip install 'tinygan[bench]')"
    devices, missing = {}, []
    for backend in backends:
        device = torch_device_for(backend)
        if torch_device_available(torch, device):
            devices[backend] = device
        else:
            missing.append(f"{backend} (this PyTorch has no {device} device)")
    return torch, devices, f"no comparison for {', '.join(missing)}" if missing else None


@contextlib.contextmanager
def pytorch_threads(torch, threads: int):
    """Run PyTorch with `threads` CPU threads (0: its default); yields the number used."""
    if torch is None:
        yield None
        return
    default = torch.get_num_threads()
    torch.set_num_threads(threads or default)
    try:
        yield threads or default
    finally:
        torch.set_num_threads(default)


def command_line(ctx: click.Context) -> str:
    """The command that reproduces this run, every option spelled out."""
    words = ["python benchmarks/kernels.py"]
    for param in ctx.command.params:
        value = ctx.params[param.name]
        if isinstance(param, click.Option) and param.is_flag:
            if param.secondary_opts:                      # --torch/--no-torch
                words.append(param.opts[0] if value else param.secondary_opts[0])
            elif value:
                words.append(param.opts[0])
        elif value is not None:
            words += [param.opts[0], str(value)]
    return " ".join(words)


@click.command("bench")
@click.option("--backends", default=None, metavar="LIST",
              help="tinygrad backends to time, comma-separated (CPU, CL, CUDA, METAL, AMD, "
                   "NV, or gpu). Default: every usable one.")
@click.option("--batch", default=128, show_default=True, type=click.IntRange(min=2),
              help="Batch size (the tutorial's is 128).")
@click.option("--reps", default=5, show_default=True, type=click.IntRange(min=1),
              help="Timed repetitions per row, after a cold call and one warm-up call.")
@click.option("--layers", "layers", default="all", show_default=True, metavar="LIST",
              help=f"Rows to time: 'all' or some of {','.join(ROW_IDS)} (G4 = the "
                   "generator's 4th layer in the tutorial's table).")
@click.option("--torch/--no-torch", "use_torch", default=True, show_default=True,
              help="Compare with PyTorch when it is installed.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="JSON file to write; the .md table and .png chart go next to it. "
                   "Default: benchmarks/results/<host>-<date>.json.")
@click.option("--top", default=5, show_default=True, type=click.IntRange(min=0),
              help="How many of the slowest tinygrad kernels to list per row.")
@click.option("--cold-cache", is_flag=True,
              help="Turn off tinygrad's on-disk compile cache, so that cold calls compile "
                   "every kernel.")
@click.option("--torch-threads", default=0, show_default=True, type=click.IntRange(min=0),
              help="PyTorch's CPU threads (torch.set_num_threads); 0 keeps PyTorch's default.")
@click.option("--seed", default=0, show_default=True, type=click.IntRange(min=0))
def bench(backends, batch, reps, layers, use_torch, out, top, cold_cache, torch_threads, seed):
    """Time each layer of the DCGAN and the full training step on each device, against
    PyTorch; write JSON, a Markdown table and a bar chart."""
    chosen_backends, selected = parse_backends(backends), parse_layers(layers)
    hparams = HyperParams(batch_size=batch, seed=seed)
    now, start = datetime.datetime.now().astimezone(), time.perf_counter()
    load_at_start = load_average()
    out = out or default_output(now)
    torch, torch_devices, torch_note = pytorch_plan(use_torch, chosen_backends)

    progress = Progress()
    rows = []
    cpu_parallel = parallel_cpu_kernels()   # every core for DEV=CPU (TINYGAN_PARALLEL_CPU)
    with Context(CACHELEVEL=0) if cold_cache else contextlib.nullcontext():
        for backend in chosen_backends:
            rows += tinygrad_rows(backend, hparams, selected, reps, top, progress)
    with pytorch_threads(torch, torch_threads) as threads_used:
        for device in dict.fromkeys(torch_devices.values()):
            rows += torch_rows(torch, device, hparams, selected, reps, progress)
    progress.done()
    attach_ratios(rows, {backend: f"PyTorch {device}" for backend, device in torch_devices.items()})

    result = {
        "schema": SCHEMA,
        "created": now.isoformat(timespec="seconds"),
        "command": command_line(click.get_current_context()),
        "duration_s": round(time.perf_counter() - start, 1),
        "settings": {"batch": batch, "reps": reps, "latent_dim": hparams.latent_dim,
                     "rows": selected, "backends": chosen_backends, "seed": seed,
                     "disk_compile_cache": not cold_cache, "top_kernels": top,
                     "torch_threads": threads_used, "cpu_parallel": cpu_parallel,
                     "num_cpu_threads": NUM_CPU_THREADS.value},
        "machine": {**machine_info(chosen_backends, torch),
                    "load_average_start": load_at_start, "load_average_end": load_average()},
        "pytorch": {"compared": bool(torch_devices), "version": getattr(torch, "__version__", None),
                    "devices": sorted(set(torch_devices.values())), "note": torch_note},
        "rows": rows,
    }
    written = write_results(result, out)
    click.echo(summary(result))
    click.echo("wrote " + ", ".join(str(path) for path in written))


__all__ = ["bench", "dense_flops", "conv2d_flops", "conv_transpose2d_flops", "batchnorm_flops",
           "elementwise_flops", "layer_flops", "training_step_flops", "layer_specs",
           "step_flops", "torch_device_for", "import_torch", "kernel_profile"]

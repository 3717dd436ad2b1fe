"""The programs tinygrad lowers for GPUs, executed: on tinygrad's PYTHON device, which runs
the UOp program a GPU renderer would get while emulating the target's warps, local memory
and tensor cores (`DEV=PYTHON::sm_80`, `PYTHON::gfx1100`, `PYTHON::METAL`), compared with
the CPU backend on the same weights, inputs and random draws.

Per target, at reduced widths and image sizes (the emulator is pure Python; TARGETS, SIDE):
the tutorial's networks with every layer kind (Dense; BatchNorm on features and on
channels; the 5×5 stride-1 ConvTranspose; the 4×4 stride-2 ConvTranspose and Conv; Dropout
with its mask; leakyrelu, relu, tanh; the logit BCE), each layer's forward values, the
gradients of both losses with respect to every weight and to both networks' inputs; then,
on one target (its programs are the same on all three at these widths), one whole training
step (`train_step`: both updates in one schedule), its losses, weights and BatchNorm
statistics.

What makes these GPU programs rather than CPU ones: the lowering uses the target's local
(workgroup) sizes, grouped reductions through local memory, and its tensor cores where the
target has float32 ones (Metal's simdgroup matrices; CUDA's TF32 with ALLOW_TF32=1, as
`tinygan kernels --targets cuda-tf32` does).  The emulator's renderer declares tinygrad's
generic limits; `real_limits` gives it the real renderer's (CUDA's 1024×1024×64 threads and
48 KiB of shared memory, AMD's 64 KiB), so that the program executed is the one the real
target would run.  What still differs: the last step, the real renderer turning UOps into
CUDA C, LLVM IR or Metal source, and its compiler; and the emulator runs a workgroup's
threads in lockstep, so a missing barrier cannot show here (a wrong local-memory index
does: `test_a_wrong_local_memory_index_is_caught`).
"""
from __future__ import annotations

import contextlib
import functools
from functools import partial

import numpy as np
import pytest
from tinygrad import Context, Device, Tensor
from tinygrad.codegen import to_program_cache
from tinygrad.dtype import AddrSpace
from tinygrad.renderer.cstyle import CUDARenderer, HIPRenderer
from tinygrad.uop.ops import Ops, PatternMatcher, UPat

from tinygan.fast import tuned_kernels
from tinygan.backend import training_mode
from tinygan.fast import formulations as F
from tinygan.fast import kind_of
from tinygan.kernels import kernels_on
from tinygan.bench.targets import recording_kernels
from tinygan.layers import (BatchNorm, Chain, Conv, ConvTranspose, Dense, Dropout, Reshape,
                            flatten, glorot_uniform, leakyrelu, parameters, buffers, relu,
                            tanh)
from tinygan.tutorial import (Discriminator, Generator, HyperParams, dcgan_init,
                              discriminator_loss, generator_loss, make_optimiser, train_step)

# slow: the emulator is pure Python, about a minute a target.  One pytest-xdist worker runs
# them all (xdist_group), so that the CPU reference of each width (`on_cpu`) is built once.
pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("emulated_gpus")]

# Channels of the generator's three layers (the tutorial's 256, 128, 64): 8 keeps the
# matmuls multiples of Metal's 8×8×8 simdgroup tile and of CUDA's TF32 tile, for the layers
# of those targets; AMD's tensor cores take no float32, so fewer channels keep the same
# kernel kinds there.  The training step runs at those on AMD only: at SMALL_WIDTHS (no
# tensor core tile fits) tinygrad lowers the step to the same programs for all three
# targets (measured on tinygrad 0.14: 433 kernels, alike UOp for UOp, in options, global
# and local sizes), so stepping on CUDA and Metal as well would execute them twice more.
TENSOR_CORE_WIDTHS, SMALL_WIDTHS, LATENT, BATCH = (8, 8, 8), (4, 4, 2), 8, 2
# The side of the generator's first image (the tutorial's 7, so 7 -> 14 -> 28): 4 gives
# 16×16 images through the same layers with the same strides and padding, about a third of
# the pixels; the emulator's time is mostly per pixel.  The 5×5 layer still splits into
# bands of rows on the CPU (`formulations._row_regions`: rows 0, 1, 2, 3 here, each meeting
# 3 or 4 of the 5 kernel rows; the tutorial's 7 rows give 0, 1, 2-4, 5, 6); the GPUs keep it
# whole (`formulations.GPU`).
SIDE = 4
# (tinygrad's DEV string, extra settings, the real renderer whose limits apply, widths)
TARGETS = {
    "cuda-tf32:sm_80": ("PYTHON::sm_80", {"ALLOW_TF32": 1}, CUDARenderer, TENSOR_CORE_WIDTHS),
    "amd:gfx1100": ("PYTHON::gfx1100", {}, HIPRenderer, SMALL_WIDTHS),
    # MetalRenderer keeps tinygrad's generic limits
    "metal:Apple7": ("PYTHON::METAL", {}, None, TENSOR_CORE_WIDTHS),
}
LIMITS = ("global_max", "local_max", "global_prod_max", "shared_max")
RTOL, ATOL = 2e-4, 1e-6          # float32 summed in other orders (TF32 only where named)
TF32_RTOL = 5e-3                 # TF32 keeps 10 bits of mantissa in the products


def small_networks(widths: tuple[int, int, int], side: int = SIDE, conv_init=dcgan_init,
                   dense_init=glorot_uniform):
    """The tutorial's Generator and Discriminator, layer for layer, with `widths` channels
    and `side`×`side` first images (images of 4·side × 4·side pixels)."""
    c1, c2, c3 = widths
    gen = Chain(Dense(LATENT, side * side * c1, bias=False, init=dense_init),
                BatchNorm(side * side * c1, relu), Reshape(c1, side, side),
                ConvTranspose(5, c1, c2, stride=1, pad=2, init=conv_init, bias=False),
                BatchNorm(c2, relu),
                ConvTranspose(4, c2, c3, stride=2, pad=1, init=conv_init, bias=False),
                BatchNorm(c3, relu),
                ConvTranspose(4, c3, 1, tanh, stride=2, pad=1, init=conv_init, bias=False))
    disc = Chain(Conv(4, 1, c3, stride=2, pad=1, init=conv_init), partial(leakyrelu, a=0.2),
                 Dropout(0.3), Conv(4, c3, c2, stride=2, pad=1, init=conv_init),
                 partial(leakyrelu, a=0.2), Dropout(0.3), flatten,
                 Dense(side * side * c2, 1, init=dense_init))
    return gen, disc


def undrawn(*shape: int) -> Tensor:
    """A weight's buffer with no values drawn (`run` assigns them): on the emulator, drawing
    them would be emulated too (about a twentieth of a target's time)."""
    return Tensor.empty(*shape)


def describe(layer):
    """A layer's kind and settings, its tensors by shape (a plain function: itself)."""
    if isinstance(layer, partial):
        return layer.func, layer.keywords
    if not vars(layer):                       # tanh, flatten
        return layer
    return type(layer), {key: tuple(value.shape) if isinstance(value, Tensor) else value
                         for key, value in vars(layer).items()}


def test_the_small_networks_are_the_tutorials_at_its_widths():
    """`small_networks` restates the tutorial's Generator and Discriminator with fewer
    channels and smaller images; at the tutorial's 256/128/64 and 7 it is them, layer for
    layer."""
    gen, disc = small_networks((256, 128, 64), side=7)
    for mine, tutorials in ((gen, Generator(LATENT)), (disc, Discriminator())):
        assert [describe(layer) for layer in mine.layers] == \
            [describe(layer) for layer in tutorials.layers]


def state(gen, disc) -> list[Tensor]:
    return parameters(gen) + buffers(gen) + parameters(disc) + buffers(disc)


@contextlib.contextmanager
def real_limits(renderer_class):
    """The PYTHON device's renderer with `renderer_class`'s limits, lowering in this process
    (tinygrad's compile workers rebuild a renderer from its target alone)."""
    renderer = Device["PYTHON"].renderer
    if renderer_class is None:                # the generic limits are the real ones
        yield renderer
        return
    saved = {name: getattr(renderer, name) for name in LIMITS}
    with Context(PARALLEL=0):
        for name in LIMITS:
            setattr(renderer, name, getattr(renderer_class, name))
        try:
            yield renderer
        finally:
            for name, value in saved.items():
                setattr(renderer, name, value)


def run(dev: str, settings: dict, renderer_class, widths, weights: list[np.ndarray],
        step: bool = True, layer_form=contextlib.nullcontext,
        step_form=contextlib.nullcontext) -> dict:
    """Every layer's forward values and both losses' gradients (their graph built within
    `layer_form()`), then with `step` one training step (within `step_form()`), on `dev`,
    from `weights`, with the fast path's kernels for it (a GPU's on the emulator); the
    numbers as NumPy arrays, and the kernels it launched."""
    with Context(DEV=dev, **settings), contextlib.ExitStack() as stack:
        stack.enter_context(kernels_on(None, dev.split(":")[0]))     # the run's kernels there
        if dev.startswith("PYTHON"):
            assert kind_of("PYTHON") == "gpu", "the emulated GPU gets no GPU strategy"
            stack.enter_context(real_limits(renderer_class))
        kernels = stack.enter_context(recording_kernels())
        gen, disc = small_networks(widths, conv_init=undrawn, dense_init=undrawn)
        for tensor, value in zip(state(gen, disc), weights):
            tensor.assign(Tensor(value)).realize()
        rng = np.random.default_rng(0)
        real = Tensor(rng.uniform(-1, 1, (BATCH, 1, 4 * SIDE, 4 * SIDE)).astype(np.float32))
        noise = Tensor(rng.standard_normal((BATCH, LATENT)).astype(np.float32))
        Tensor.manual_seed(5)                    # the Dropout masks: the same stream
        with layer_form(), training_mode():
            activations, h = [], noise
            for layer in gen.layers:
                h = layer(h)
                activations.append(h)
            fake = h
            d_real, h = disc(real), fake
            for layer in disc.layers:
                h = layer(h)
                activations.append(h)
            d_loss = discriminator_loss(d_real, h)
            g_loss = generator_loss(h)
            weights_d, weights_g = parameters(disc), parameters(gen)
            grads = (*d_loss.gradient(*weights_d, real),
                     *g_loss.gradient(*weights_g, noise))
        Tensor.realize(d_loss, g_loss, *activations, *grads)
        out = {"losses": [d_loss.numpy(), g_loss.numpy()],
               "activations": [a.numpy() for a in activations],
               "gradients": [g.numpy() for g in grads]}
        if step:                 # from `weights` again (the layers moved BatchNorm's statistics)
            for tensor, value in zip(state(gen, disc), weights):
                tensor.assign(Tensor(value)).realize()
            opt_d, opt_g = make_optimiser(disc, 2e-4), make_optimiser(gen, 2e-4)
            Tensor.manual_seed(6)
            hparams = HyperParams(batch_size=BATCH, latent_dim=LATENT)
            with step_form():
                losses = train_step(gen, disc, opt_d, opt_g, hparams, real)
            out["step losses"] = [t.numpy() for t in losses]
            out["step state"] = [t.numpy() for t in state(gen, disc)]
    out["kernels"] = kernels
    return out


def initial_weights(widths) -> list[np.ndarray]:
    with Context(DEV="CPU"):
        Tensor.manual_seed(3)
        gen, disc = small_networks(widths)
        # random BatchNorm statistics and affine weights, so that every term counts
        rng = np.random.default_rng(1)
        values = [t.numpy() for t in state(gen, disc)]
    return [v + rng.uniform(-0.1, 0.1, v.shape).astype(np.float32) if v.ndim == 1 else v
            for v in values]


@functools.cache
def on_cpu(widths) -> tuple[list[np.ndarray], dict]:
    """The starting weights at `widths`, and what the CPU computes from them (once; the
    step at SMALL_WIDTHS only), in tinygrad's plainest kernels (NOOPT: no upcasts, unrolls
    or local memory; the quickest to build, and lowered unlike any GPU's)."""
    weights = initial_weights(widths)
    return weights, run("CPU", {"NOOPT": 1}, None, widths, weights,
                        step=widths == SMALL_WIDTHS)


def differences(got: dict, want: dict, rtol: float) -> list[str]:
    """Each array of `got` that is not `want`'s within rtol (relative to the array's
    largest value) and ATOL, by name."""
    wrong = []
    for part in (p for p in ("losses", "activations", "gradients", "step losses", "step state")
                 if p in got):
        for index, (a, b) in enumerate(zip(got[part], want[part], strict=True)):
            error = np.abs(a - b).max() / max(np.abs(b).max(), 1e-30)
            if not (np.isfinite(a).all() and (error <= rtol or np.abs(a - b).max() <= ATOL)):
                wrong.append(f"{part} {index}: relative error {error:.1e}")
    return wrong


@contextlib.contextmanager
def made_up_plans(plans: list):
    """tinygan's other form of its matmuls: products with kernel options chosen ahead of
    time (tinygan.fast.tuned_kernels), here a made-up plan for every product, as
    tests/test_formulations.py makes them (the shipped plans are for CPU backends); each
    plan given out is appended to `plans`."""
    from test_formulations import made_up_plan

    def lookup(m, k, n, device):
        plans.append(made_up_plan(m, k, n, device))
        return plans[-1]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(tuned_kernels, "lookup", lookup)
        yield


@contextlib.contextmanager
def split_sums(splits: list):
    """The GPU strategy's split sums at the emulator's small sizes: every product whose
    output would start fewer than `formulations.GPU.min_workgroups` workgroups of one output
    each, however light, splits its sum (into parts as short as one term); each split's
    number of parts is appended to `splits`."""
    split = F._split_sum_product

    def counting(a, b, parts):
        splits.append(parts)
        return split(a, b, parts)
    with pytest.MonkeyPatch.context() as patch:
        for name, value in (("HEAVY_FLOPS", 0), ("OUTPUTS_PER_WORKGROUP", 1),
                            ("MIN_SUM_PART", 1), ("_split_sum_product", counting)):
            patch.setattr(F, name, value)
        yield


@pytest.mark.parametrize("name", list(TARGETS))
def test_the_gpu_programs_compute_the_cpus_numbers(name):
    """The layers on every target with the GPU strategy (no row bands, the stride-2
    transposed convolutions' phases batched); on AMD in the tuned
    form of the matmuls, and then the step with the GPU strategy's split sums (forced at
    these small sizes; the step's programs are the same on every target, see
    SMALL_WIDTHS); elsewhere heuristic, with tensor cores."""
    dev, settings, renderer_class, widths = TARGETS[name]
    rtol = TF32_RTOL if "tf32" in name else RTOL
    plans, splits = [], []
    tuned = partial(made_up_plans, plans) if name.startswith("amd") else contextlib.nullcontext
    weights, want = on_cpu(widths)
    got = run(dev, settings, renderer_class, widths, weights, layer_form=tuned,
              step=widths == SMALL_WIDTHS, step_form=partial(split_sums, splits))
    assert bool(splits) == (widths == SMALL_WIDTHS), "the step split no sum"
    opts = [opt for kernel in got["kernels"] for opt in kernel.opts]
    # GPU programs: workgroups, and reductions grouped through local memory
    assert any(kernel.local_size and np.prod(kernel.local_size) > 1 for kernel in got["kernels"])
    assert any(opt.startswith("GROUP") for opt in opts), name
    uses_tensor_cores = any(opt.startswith("TC(") for opt in opts)
    assert uses_tensor_cores == (not name.startswith("amd")), \
        f"{name}: tensor cores {'used' if uses_tensor_cores else 'not used'}"
    planned = {tuple(f"{o.op.name}({o.axis},{o.arg})" for o in plan.opts) for plan in plans}
    assert any(tuple(kernel.opts) in planned for kernel in got["kernels"]) == bool(plans), \
        "the plans' options did not reach the kernels"
    assert bool(plans) == name.startswith("amd")
    assert differences(got, want, rtol) == []


def reads_local_memory(program) -> bool:
    return any(u.op is Ops.LOAD and u.src[0].addrspace is AddrSpace.LOCAL
               for u in program.toposort())


FAULTS: list = []     # the loads wrong_local_index changed (tinygrad's patterns take no closures)


def wrong_local_index() -> PatternMatcher:
    """Every load from local memory reads its first element (index 0), each one changed
    appended to FAULTS."""
    def first_element(load):
        index = load.src[0]
        if index.op is not Ops.INDEX or index.addrspace is not AddrSpace.LOCAL or \
                index.src[1].op is Ops.CONST:
            return None
        wrong = index.replace(src=(index.src[0], index.src[1].const_like(0), *index.src[2:]))
        FAULTS.append(load)
        return load.replace(src=(wrong, *load.src[1:]))
    return PatternMatcher([(UPat(Ops.LOAD, name="load"), first_element)])


def test_a_wrong_local_memory_index_is_caught():
    """The check can fail: the same programs (the layers, without the step) with one fault
    injected from outside tinygan into the GPU lowering (each read from local memory reads
    its first element) differ from the CPU's."""
    dev, settings, renderer_class, widths = TARGETS["amd:gfx1100"]
    weights, want = on_cpu(widths)
    with Context(DEV=dev):
        renderer = Device["PYTHON"].renderer
    # the programs that read local memory are lowered again, with the fault (tinygrad's
    # cache of lowered programs does not know the renderer's patterns); they are put back
    mine = lambda key: key[1] is type(renderer) and key[2] == renderer.target
    before = set(to_program_cache)
    evicted = {key: program for key, program in to_program_cache.items()
               if mine(key) and reads_local_memory(program)}
    saved = renderer.extra_matcher
    FAULTS.clear()
    renderer.extra_matcher = wrong_local_index() + (saved or PatternMatcher([]))
    for key in evicted:
        del to_program_cache[key]
    try:
        got = run(dev, settings, renderer_class, widths, weights, step=False)
    finally:
        renderer.extra_matcher = saved
        for key in [key for key in to_program_cache if mine(key) and key not in before]:
            del to_program_cache[key]                    # nothing faulty stays cached
        to_program_cache.update(evicted)
    assert FAULTS, "no program read local memory: nothing was broken"
    assert differences(got, want, RTOL), "a wrong local-memory index went unnoticed"

"""The fast path: how each backend computes the tutorial's layers faster than tinygrad's own
operations, with the same numbers within float tolerance.  The plain path is `tinygan.layers`
calling tinygrad; `tinygan.kernels` is the switch between the two (`--kernels`,
`TINYGAN_KERNELS`), and nothing here is imported or put in place until a run switches it on.

    formulations   the convolutions as stride-1 correlations with hand-written gradients,
                   each one matmul over the input's windows (im2col), by bands of rows where
                   the padding would take a large share (the 5×5 layer); strided layers by
                   space-to-depth and sub-pixel phases; Dense with its input read once
    tuned_kernels  kernel options found offline for the heaviest matmuls (`tinygan tune`),
                   keyed by backend, code generator and processor
    tuning         the offline search that writes those tables
    vectors        CPU kernels with whole vector registers (tinygrad's LLVM renderer, wider)
    cpu            LLVM as the CPU's code generator, and every core for each CPU kernel
    program_cache  lowered kernels kept on disk for the next process
    processor      this CPU's model, vector instruction set and caches

`strategy(backend)` is the one place where a backend's way of computing the layers is
chosen: a CPU's (the CPU backend, OpenCL on a CPU driver) or a GPU's (CUDA, NV, AMD, Metal,
OpenCL on a GPU: `formulations.GPU`, no row bands, long sums split over workgroups); `installed(backend)` puts in place what that way needs in tinygrad (and takes it out
again).  Benchmarks/PERF.md has the measurements behind every choice.
"""
from __future__ import annotations

import contextlib
from typing import Iterator

from tinygrad import Context, Device, Tensor


class Formulations:
    """The layers' operations with tinygrad's signatures (`Tensor.linear`, `Tensor.conv2d`,
    `Tensor.conv_transpose2d`), computed by `tinygan.fast.formulations` with one kind of
    backend's `Choices`: what the plain path's `Tensor` is to `tinygan.layers`."""

    def __init__(self, kind: str):
        self.name = kind                                # "cpu" or "gpu"

    @property
    def choices(self):
        from tinygan.fast import formulations
        return formulations.CPU if self.name == "cpu" else formulations.GPU

    def linear(self, x: Tensor, weight: Tensor, bias: Tensor | None = None) -> Tensor:
        from tinygan.fast import formulations
        y = formulations.linear(x, weight.T)           # the Dense weight, out×in, again
        return y if bias is None else y + bias

    def conv2d(self, x: Tensor, weight: Tensor, bias: Tensor | None = None, stride: int = 1,
               padding: int = 0) -> Tensor:
        from tinygan.fast import formulations
        return _add_bias(formulations.conv2d(x, weight, stride=stride, padding=padding,
                                             choices=self.choices), bias)

    def conv_transpose2d(self, x: Tensor, weight: Tensor, bias: Tensor | None = None,
                         stride: int = 1, padding: int = 0) -> Tensor:
        from tinygan.fast import formulations
        return _add_bias(formulations.conv_transpose2d(x, weight, stride=stride,
                                                       padding=padding,
                                                       choices=self.choices), bias)


def _add_bias(y: Tensor, bias: Tensor | None) -> Tensor:
    """One bias per output channel of an N×C×H×W output (as `Tensor.conv2d` adds it)."""
    return y if bias is None else y + bias.reshape(1, -1, 1, 1)


# The two kinds of backend tinygan knows: a CPU's (its cores, its caches: row bands, tuned
# register tiles, wide vectors) and a GPU's (no row bands, long sums split so that a heavy
# product fills the GPU: `formulations.GPU`).
CPU_KERNELS = Formulations("cpu")
GPU_KERNELS = Formulations("gpu")


def kind_of(device: str) -> str:
    """"cpu" or "gpu": which kind of backend compiles `device`'s kernels now.  OpenCL by
    where its driver runs (PoCL: the CPU); tinygrad's NULL and PYTHON devices by the target
    they compile for (a renderer with workgroups, `has_local`: a GPU's)."""
    from tinygan.backend import is_gpu
    base = device.split(":")[0]
    if base == "CPU":
        return "cpu"
    if base == "CL":
        return "gpu" if is_gpu(device) else "cpu"
    with Context(ALLOW_DEVICE_USAGE=1):                 # reads the renderer, runs nothing
        return "gpu" if Device[device].renderer.has_local else "cpu"


class ByTarget:
    """The strategy for a backend whose kind is known only when a layer runs (tinygrad's
    NULL and PYTHON devices compile for whatever target DEV names meanwhile)."""
    name = "by target"

    def __getattr__(self, operation: str):
        def call(x: Tensor, *args, **kwargs):
            device = x.device if isinstance(x.device, str) else x.device[0]
            return getattr(STRATEGIES[kind_of(device)], operation)(x, *args, **kwargs)
        return call


STRATEGIES = {"cpu": CPU_KERNELS, "gpu": GPU_KERNELS}


def strategy(backend: str):
    """The fast path's way of computing the layers on `backend` (e.g. "CPU", "CUDA:1"):
    the one place where it is chosen."""
    if backend.split(":")[0] in ("NULL", "PYTHON"):
        return ByTarget()
    return STRATEGIES[kind_of(backend)]


@contextlib.contextmanager
def installed(backend: str) -> Iterator[None]:
    """Meanwhile tinygrad runs with what the fast path needs for `backend`: lowered kernels
    kept on disk (`program_cache`), on the CPU LLVM first with whole vector registers
    (`vectors`, `cpu.choose_cpu_renderer`) and every core (`cpu.parallel_cpu_kernels`).
    Everything is given back when it ends, also on an error."""
    from tinygan.fast import cpu, program_cache, vectors
    on_cpu = backend.split(":")[0] == "CPU"
    device = Device[backend] if on_cpu else None
    renderers = list(device.renderers) if on_cpu else None
    # Another backend's fast run may have put these in place already: it takes them out.
    # (The wide vectors are the CPU renderer's: no other backend's kernels use them.)
    parts = (program_cache, vectors) if on_cpu else (program_cache,)
    ours = [part for part in parts if not part.installed()]
    for part in ours:
        part.install()
    try:
        if on_cpu:
            cpu.choose_cpu_renderer(device)
            cpu.parallel_cpu_kernels()
        yield
    finally:
        if on_cpu:
            cpu.parallel_cpu_kernels(False)
            device.renderers = renderers
        for part in ours:
            part.uninstall()

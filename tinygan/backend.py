"""tinygrad's version-sensitive parts, in one place: training mode, the JIT and devices.

tinygrad's API moves fast (tinygan pins one exact version in setup.cfg). Everything that
depends on how that version spells training mode, compiles a step or names a device lives
here, so an upgrade touches one file (STYLE.md principle 10): one module, although long.
"""
from __future__ import annotations

import contextlib
import ctypes
import logging
import os
import shutil
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Callable

from tinygrad import Context, Device, Tensor, TinyJit, dtypes
from tinygrad.codegen.opt import Opt, OptOps
from tinygrad.function import function
from tinygrad.helpers import DEV, NUM_CPU_THREADS, TRAINING
from tinygrad.runtime import ops_cpu

from tinygan import program_cache, vectors
from tinygan.processor import cpu_isa, cpu_model

log = logging.getLogger("tinygan")

# Lowered kernels kept on disk for the next process (tinygan.program_cache).
program_cache.install()

# ---------------------------------------------------------------------------------------
# Training mode.  Flux switches BatchNorm and Dropout to training behaviour only while a
# gradient is being taken (`istraining()`); tinygrad reads the TRAINING context variable
# when the graph is built.  tinygan's training steps enter `training_mode()`; everything
# else (sampling, scoring) therefore sees test-mode layers, as in Flux.
# ---------------------------------------------------------------------------------------


def training_mode() -> contextlib.AbstractContextManager:
    """Context in which BatchNorm uses batch statistics and Dropout drops (Flux's trainmode)."""
    return Context(TRAINING=1)


def is_training() -> bool:
    return bool(TRAINING.value)


def custom_gradient(forward: Callable, backward: Callable) -> Callable:
    """`forward` as one traced tinygrad function whose gradient is `backward` (tinygrad
    0.14's `function(..., grad_fxn=...)`): used by tinygan.formulations to give each
    convolution a hand-written, cheaper backward pass."""
    return function(forward, grad_fxn=backward)


def jit(fn: Callable) -> Callable:
    """Compile `fn` once and replay its kernels on later calls (tinygrad's TinyJit).

    The jitted function must take and return Tensors of fixed shapes: see `jit_per_shape`
    for one whose input's shape varies.
    """
    return TinyJit(fn)


def jit_per_shape(fn: Callable[[Tensor], Any]) -> Callable[[Tensor], Any]:
    """`fn(x)` under the JIT, compiled once for each shape of `x` it is called with (the
    training step: one for full batches, one for an epoch's smaller last batch).  `x` is
    realised first, as TinyJit requires of its inputs."""
    compiled: dict[tuple, Callable] = {}

    def call(x: Tensor):
        if x.shape not in compiled:
            compiled[x.shape] = TinyJit(fn)
        return compiled[x.shape](x.realize())
    return call


# ---------------------------------------------------------------------------------------
# Devices.  No device layer of our own: these are tinygrad's backend names, plus the
# tutorial's "gpu", which means "the first usable accelerator, else the CPU with a warning".
# ---------------------------------------------------------------------------------------

GPU_FALLBACK_WARNING = "No gpu found, falling back to CPU"

# Accepted spellings -> tinygrad's backend name.
ALIASES = {"cpu": "CPU", "cuda": "CUDA", "nv": "NV", "metal": "METAL", "amd": "AMD",
           "cl": "CL", "opencl": "CL"}
# Accelerators the tutorial's "gpu" may pick, in order of preference.
GPU_BACKENDS = ("CUDA", "NV", "METAL", "AMD", "CL")


class DeviceError(ValueError):
    """An unknown or unusable device name (one line, listing the usable devices)."""


# Why a backend could not be opened, when tinygan knows the fix (one line each).
_unusable: dict[str, str] = {}


def _opens(backend: str) -> bool:
    """Whether tinygrad can open `backend` on this machine (driver and library present).
    The CPU backend is opened with tinygan's choice of code generator (`choose_cpu_renderer`)."""
    try:
        device = Device[backend]
    except Exception as error:  # noqa: BLE001 - any failure to open means "not usable here"
        reason = _missing_tool(backend, error)
        if reason:
            _unusable[backend] = reason
        return False
    if backend.split(":")[0] == "CPU":
        choose_cpu_renderer(device)
    return True


def _missing_tool(backend: str, error: Exception) -> str | None:
    """One line naming the missing package and its install command, when `error` (from
    opening `backend`) is a tool tinygrad runs that is not installed."""
    compiler = os.environ.get("CC", "clang")
    if backend.split(":")[0] == "CPU" and isinstance(error, FileNotFoundError) \
            and shutil.which(compiler) is None:
        return CLANG_MISSING if compiler == "clang" else \
            f"tinygrad's CPU backend runs CC={compiler}, which is not installed"
    return None


def _not_usable(name: str, backend: str) -> DeviceError:
    reason = _unusable.get(backend)
    if reason:
        return DeviceError(f"device {name!r} is not usable on this machine: {reason}")
    return DeviceError(f"device {name!r} is not usable on this machine: use gpu or one of "
                       f"{', '.join(usable_devices()) or 'none'}")


def is_gpu(backend: str) -> bool:
    """Whether an opened backend runs on a GPU.  OpenCL may be a CPU driver (e.g. PoCL)."""
    if backend.split(":")[0] != "CL":
        return True
    from tinygrad.runtime.autogen import opencl as cl
    device_type = ctypes.c_uint64()
    cl.clGetDeviceInfo(Device[backend].cl_dev, cl.CL_DEVICE_TYPE, ctypes.sizeof(device_type),
                       ctypes.byref(device_type), None)
    return bool(device_type.value & cl.CL_DEVICE_TYPE_GPU)


def usable_devices() -> list[str]:
    """tinygrad backends that open on this machine, accelerators first, CPU last."""
    return [b for b in (*GPU_BACKENDS, "CPU") if _opens(b)]


def device_description(backend: str) -> str:
    """A short human description of a backend (its driver's device name where known; on
    the CPU, the code generator that compiles its kernels)."""
    device = Device[backend]
    name = getattr(device, "device_name", None) or getattr(device, "arch", None) or ""
    kind = "gpu" if backend != "CPU" and is_gpu(backend) else "cpu"
    compiled = f", kernels by {renderer_name(device)}" if backend.split(":")[0] == "CPU" else ""
    return f"{backend} ({kind}{': ' + str(name) if name else ''}{compiled})"


def resolve_device(name: str) -> str:
    """Turn a user's device name ("gpu", "cpu", "cl", "OpenCL", "cuda:1", ...) into a
    tinygrad backend name.  "gpu" falls back to the CPU with the tutorial's warning."""
    base, _, index = name.strip().partition(":")
    base = base.lower()
    if base == "gpu":
        for backend in GPU_BACKENDS:
            if _opens(backend) and is_gpu(backend):
                return backend
        if not _opens("CPU"):
            raise DeviceError(f"no gpu found, and the CPU is not usable either: "
                              f"{_unusable.get('CPU', 'tinygrad cannot open it')}")
        log.warning(GPU_FALLBACK_WARNING)
        return "CPU"
    if base not in ALIASES:
        raise DeviceError(f"unknown device {name!r}: use gpu or one of the usable devices "
                          f"({', '.join(usable_devices()) or 'none'})")
    backend = ALIASES[base] + (f":{index}" if index else "")
    if not _opens(backend):
        raise _not_usable(name, backend)
    return backend


def use_device(name: str) -> str:
    """Make `name` tinygrad's default device for new tensors; returns the backend chosen."""
    backend = resolve_device(name)
    DEV.value = backend
    if backend.split(":")[0] == "CPU":
        parallel_cpu_kernels()
    return backend


def default_device() -> str:
    return Device.DEFAULT


# ---------------------------------------------------------------------------------------
# The CPU backend's code generator.  tinygrad 0.14 compiles CPU kernels either to C for
# clang (its default) or to LLVM IR for libLLVM, loaded with ctypes (`DEV=CPU:LLVM`).
# LLVM's kernels are the faster ones, both with tinygrad's heuristic options and with the
# tuned kernels of `tinygan.tuned_kernels`; LLVM compiles more slowly, which a training run
# repays within its first hundred steps (benchmarks/PERF.md, "Round two", section 1, has
# the figures).  So tinygan puts LLVM first when libLLVM loads (Debian:
# libllvm19) and clang otherwise, with one line in the log; TINYGAN_CPU_RENDERER=CLANG or
# LLVM picks one.  Either way clang must be installed: tinygrad 0.14 compiles its CPU
# runtime's helper programs with it (`ops_cpu.CPUDevice.__init__`), LLVM cannot render them.
# ---------------------------------------------------------------------------------------

CPU_RENDERER_ENV = "TINYGAN_CPU_RENDERER"
CPU_RENDERERS = ("LLVM", "CLANG")            # tinygrad's names, in tinygan's order of preference
CPU_RENDERER_PACKAGES = {"LLVM": "libllvm19", "CLANG": "clang"}
_renderer_noted: set = set()                # (device, renderer) fallbacks already logged
CLANG_MISSING = ("tinygrad's CPU backend needs clang, whichever code generator compiles the "
                 "kernels (tinygrad 0.14 builds its CPU runtime with it): apt-get install clang")


def choose_cpu_renderer(device=None) -> str:
    """Put tinygan's code generator first in the CPU device's list of renderers (tinygrad
    takes the first that initialises, unless DEV names one, e.g. DEV=CPU:CLANG) and return
    the name of the one now in use: LLVM where libLLVM loads, else clang."""
    device = device or Device["CPU"]
    setting = os.environ.get(CPU_RENDERER_ENV, "").strip().upper()
    if setting and setting not in CPU_RENDERERS:
        raise ValueError(f"{CPU_RENDERER_ENV}={setting!r}: use one of {', '.join(CPU_RENDERERS)}")
    wanted = (setting,) if setting else CPU_RENDERERS
    rank = {name: i for i, name in enumerate(wanted)}
    # LLVM's kernels with whole vector registers (tinygan.vectors), or tinygrad's own
    llvm = vectors.renderer_class()
    device.renderers = sorted([llvm if device._renderer_name(r) == "LLVM" else r
                               for r in device.renderers],
                              key=lambda r: rank.get(device._renderer_name(r), len(rank)))
    chosen = renderer_name(device)
    if chosen != wanted[0] and (device, chosen) not in _renderer_noted:
        _renderer_noted.add((device, chosen))
        log.log(logging.WARNING if setting else logging.INFO,
                f"CPU kernels compiled with {chosen.lower()}: {wanted[0]} is not available "
                f"(apt-get install {CPU_RENDERER_PACKAGES[wanted[0]]}); it compiles faster "
                f"kernels here (benchmarks/PERF.md)")
    return chosen


def renderer_name(device=None) -> str:
    """tinygrad's name for the code generator that compiles `device`'s kernels now
    (CLANG, LLVM, ... on the CPU; the backend's own name elsewhere)."""
    device = device if device is not None and not isinstance(device, str) else \
        Device[device or Device.DEFAULT]
    return device._renderer_name(type(device.renderer))


# ---------------------------------------------------------------------------------------
# Every core on the CPU backend.  tinygrad 0.14 compiles each CPU kernel with a `core_id`
# parameter and splits its outer loop into NUM_CPU_THREADS parts (one per core, by default),
# so that the parts can run on separate threads; but `CPUProgram.__call__` runs the parts
# one after the other in the calling thread, so a training step uses one core.
# `parallel_cpu_kernels()` runs the parts of each kernel on a thread pool instead (ctypes
# releases the GIL during a native call).  Same compiled kernels, each output element
# computed by the same code: results are bit-identical to tinygrad's sequential loop.
# ---------------------------------------------------------------------------------------

PARALLEL_CPU_ENV = "TINYGAN_PARALLEL_CPU"
_sequential_call = ops_cpu.CPUProgram.__call__
_pool: ThreadPoolExecutor | None = None
_pool_size = 0


def _parallel_call(self, *bufs, global_size=(1, 1, 1), local_size=(1, 1, 1), vals=(),
                   wait=False, timeout=None):
    """`CPUProgram.__call__` with the kernel's `core_id` parts run concurrently."""
    parts, slot = global_size[0], self.runtimevars.get("core_id")
    if self.lvp or parts <= 1 or slot is None:
        return _sequential_call(self, *bufs, global_size=global_size, local_size=local_size,
                                vals=vals, wait=wait, timeout=timeout)
    started = time.perf_counter()
    args = [b.va_addr for b in bufs] + list(vals)

    def run_part(core: int) -> None:
        part_args = list(args)
        part_args[slot] = core
        self.fxn(*[ctypes.c_uint64(a) for a in part_args])

    others = [_pool.submit(run_part, core) for core in range(1, parts)]
    run_part(0)
    for other in others:
        other.result()
    return time.perf_counter() - started if wait else None


def parallel_cpu_kernels(enable: bool | None = None) -> bool:
    """Run each CPU kernel's per-core parts on all cores (on by default; off with
    TINYGAN_PARALLEL_CPU=0, or `enable=False`).  Returns whether parallel execution is on.
    tinygrad's NUM_CPU_THREADS sets the number of parts, hence of cores used."""
    global _pool, _pool_size
    if enable is None:
        setting = os.environ.get(PARALLEL_CPU_ENV, "1").strip().lower()
        if setting not in ("0", "1", "true", "false", "on", "off", "yes", "no"):
            raise ValueError(f"{PARALLEL_CPU_ENV}={setting!r}: use 1 (all cores) or 0 "
                             f"(tinygrad's one-core loop)")
        enable = setting in ("1", "true", "on", "yes")
    threads = NUM_CPU_THREADS.value
    if not enable or threads <= 1:
        ops_cpu.CPUProgram.__call__ = _sequential_call
        return False
    if _pool is None or _pool_size < threads - 1:
        _pool, _pool_size = ThreadPoolExecutor(threads - 1, "tinygan-cpu"), threads - 1
    ops_cpu.CPUProgram.__call__ = _parallel_call
    return True


# ---------------------------------------------------------------------------------------
# Random state.  tinygrad draws random numbers (weights, noise, dropout masks) from a seed
# and a per-device counter tensor; a resumed run restores both to continue the same stream.
# ---------------------------------------------------------------------------------------


def seed_everything(seed: int) -> None:
    Tensor.manual_seed(seed)


def rng_counter(device: str | None = None) -> list[int]:
    """The position in tinygrad's random stream on `device` ([] before its first draw)."""
    counter = Tensor._device_rng_counters.get(Device.canonicalize(device))
    return [] if counter is None else [int(v) for v in counter.numpy()]


def set_rng_counter(counter: list[int], device: str | None = None) -> None:
    """Move tinygrad's random stream on `device` to a position saved by `rng_counter`."""
    if not counter:
        return
    device = Device.canonicalize(device)
    Tensor._next_counter(device, 0)          # creates the device's seed and counter if needed
    Tensor._device_rng_counters[device].assign(
        Tensor(counter, device=device, dtype=dtypes.uint32)).realize()


# ---------------------------------------------------------------------------------------
# Kernel options chosen ahead of time (tinygan.tuned_kernels).  tinygrad 0.14 applies a
# list of `Opt`s to the kernel that computes `Tensor.contiguous(arg=opts)` instead of its
# heuristic (`codegen/opt/postrange.py: apply_opts`, fed by `schedule/rangeify.py:
# get_contiguous`), but only inside a traced `function`: outside one, the CONTIGUOUS is
# turned into a buffer store before the kernel is split off and the options are dropped
# (`tensor.py: replace_contig_with_store_after`; measured: same kernel name, same time).
# ---------------------------------------------------------------------------------------


def kernel_target(device: str | None = None) -> tuple[str, str, int, str, str]:
    """What a tuned kernel was tuned for and must match: the backend (CPU, CL, ...; OpenCL
    as CL/cpu or CL/gpu, by where its driver runs), its code generator (LLVM/16 and LLVM/8:
    tinygan.vectors' 16- and 8-float vectors), the number of
    per-core parts a CPU kernel is split into (0 elsewhere), and where the kernel runs on
    this CPU, its vector instruction set and its model (`tinygan.processor.cpu_isa`,
    `cpu_model`; "" on a GPU): options tuned on an AMD EPYC with AVX-512 bought nothing on
    an Intel Xeon with AVX-512 (benchmarks/PERF.md, "Tuning keyed by processor")."""
    device = Device.canonicalize(device)
    base = device.split(":")[0]
    # Called while a `function` is traced, where tinygrad forbids device access (so that
    # nothing runs); reading the renderer and type of the (already open) device runs nothing.
    with Context(ALLOW_DEVICE_USAGE=1):
        renderer, chosen = renderer_name(Device[device]), Device[device].renderer
        if isinstance(chosen, vectors.CPULLVMRenderer):
            renderer += f"/{chosen.width}"                       # LLVM/16: 16-float vectors
        if base == "CL":
            base += "/gpu" if is_gpu(device) else "/cpu"
    on_cpu = base in ("CPU", "CL/cpu")
    return (base, renderer, NUM_CPU_THREADS.value if base == "CPU" else 0,
            cpu_isa() if on_cpu else "", cpu_model() if on_cpu else "")


def kernel_options(specs) -> tuple:
    """tinygrad `Opt`s from their plain form, e.g. [["UPCAST", 1, 16], ["THREAD", 0, 2]]."""
    return tuple(Opt(OptOps[op], axis, arg) for op, axis, arg in specs)


def option_specs(opts) -> list[list]:
    """The plain, JSON-ready form of tinygrad `Opt`s (the inverse of `kernel_options`)."""
    return [[opt.op.name, opt.axis, opt.arg] for opt in opts]


def with_kernel_options(compute: Callable[..., Tensor], opts: tuple) -> Callable[..., Tensor]:
    """`compute` (Tensors in, one Tensor out) as a traced function whose output kernel is
    built with `opts` instead of tinygrad's heuristic."""
    return function(lambda *inputs: compute(*inputs).contiguous(arg=opts))

"""tinygrad's version-sensitive parts, in one place: training mode, the JIT and devices.

tinygrad's API moves fast (tinygan pins one exact version in setup.cfg). Everything that
depends on how that version spells training mode, compiles a step or names a device lives
here, so an upgrade touches one file.
"""
from __future__ import annotations

import contextlib
import ctypes
import logging
import os
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Callable

from tinygrad import Context, Device, Tensor, TinyJit, dtypes
from tinygrad.function import function
from tinygrad.helpers import DEV, NUM_CPU_THREADS, TRAINING
from tinygrad.runtime import ops_cpu

log = logging.getLogger("tinygan")

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

    The jitted function must take and return Tensors of fixed shapes: callers keep one jitted
    function per input shape (see `tinygan.training.StepRunner`).
    """
    return TinyJit(fn)


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


def _opens(backend: str) -> bool:
    """Whether tinygrad can open `backend` on this machine (driver and library present)."""
    try:
        Device[backend]
        return True
    except Exception:  # noqa: BLE001 - any failure to open means "not usable here"
        return False


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
    """A short human description of a backend (its driver's device name where known)."""
    device = Device[backend]
    name = getattr(device, "device_name", None) or getattr(device, "arch", None) or ""
    kind = "gpu" if backend != "CPU" and is_gpu(backend) else "cpu"
    return f"{backend} ({kind}{': ' + str(name) if name else ''})"


def resolve_device(name: str) -> str:
    """Turn a user's device name ("gpu", "cpu", "cl", "OpenCL", "cuda:1", ...) into a
    tinygrad backend name.  "gpu" falls back to the CPU with the tutorial's warning."""
    base, _, index = name.strip().partition(":")
    base = base.lower()
    if base == "gpu":
        for backend in GPU_BACKENDS:
            if _opens(backend) and is_gpu(backend):
                return backend
        log.warning(GPU_FALLBACK_WARNING)
        return "CPU"
    if base not in ALIASES:
        raise DeviceError(f"unknown device {name!r}: use gpu or one of the usable devices "
                          f"({', '.join(usable_devices()) or 'none'})")
    backend = ALIASES[base] + (f":{index}" if index else "")
    if not _opens(backend):
        raise DeviceError(f"device {name!r} is not usable on this machine: use gpu or one of "
                          f"{', '.join(usable_devices()) or 'none'}")
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

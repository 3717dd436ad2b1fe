"""The backend, as the tutorial's plain path uses it: training mode, the JIT, devices and
the random stream, on tinygrad's public API (and `tinygan.internals` for the few settings
tinygrad does not export).  Nothing here changes tinygrad: the fast path's changes
(`tinygan.fast`) are put in place when a run starts with fast kernels (`tinygan.kernels`).
"""
from __future__ import annotations

import contextlib
import logging
import os
import shutil
import subprocess
from typing import Any, Callable

from tinygrad import Context, Device, Tensor, TinyJit, dtypes

from tinygan import internals
from tinygan.internals import DEV, TRAINING, opencl_is_gpu, rng_counters, start_rng_counter

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


def tf32_allowed(allowed: bool = True) -> contextlib.AbstractContextManager:
    """Context in which tinygrad may compute float32 matmuls with TF32 tensor cores (on
    NVIDIA; tinygrad's ALLOW_TF32; PyTorch's convolutions use them by default).  False
    changes nothing (tinygrad's own setting stays)."""
    return Context(ALLOW_TF32=1) if allowed else contextlib.nullcontext()


def jit(fn: Callable) -> Callable:
    """Compile `fn` once and replay its kernels on later calls (tinygrad's TinyJit).

    The jitted function must take and return Tensors of fixed shapes: see `jit_per_shape`
    for one whose input's shape varies.
    """
    return TinyJit(fn)


def jit_per_shape(fn: Callable[..., Any]) -> Callable[..., Any]:
    """`fn(x, ...)` under the JIT, compiled once for each shape of its tensor arguments (the
    training step: one for full batches, one for an epoch's smaller last batch).  The
    tensors are realised first, as TinyJit requires of its inputs."""
    compiled: dict[tuple, Callable] = {}

    def call(*xs: Tensor):
        shapes = tuple(x.shape for x in xs)
        if shapes not in compiled:
            compiled[shapes] = TinyJit(fn)
        return compiled[shapes](*(x.realize() for x in xs))
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
    """Whether tinygrad can open `backend` on this machine (driver and library present)."""
    try:
        Device[backend]
    except Exception as error:  # noqa: BLE001 - any failure to open means "not usable here"
        reason = _missing_tool(backend, error)
        if reason:
            _unusable[backend] = reason
        return False
    return True


def _missing_tool(backend: str, error: Exception) -> str | None:
    """One line naming the missing package and its install command, when `error` (from
    opening `backend`) is a tool tinygrad runs that is not installed, or a C compiler other
    than clang (CC) that fails on the clang options tinygrad passes."""
    if backend.split(":")[0] != "CPU":
        return None
    compiler = os.environ.get("CC", "clang")
    if isinstance(error, FileNotFoundError) and shutil.which(compiler) is None:
        return CLANG_MISSING if compiler == "clang" else \
            f"tinygrad's CPU backend runs CC={compiler}, which is not installed"
    if isinstance(error, subprocess.CalledProcessError) and "clang" not in compiler:
        return (f"tinygrad's CPU backend compiled with CC={compiler}, which failed on clang's "
                f"options; it needs clang: apt-get install clang, and unset CC")
    return None


def _not_usable(name: str, backend: str) -> DeviceError:
    reason = _unusable.get(backend)
    if reason:
        return DeviceError(f"device {name!r} is not usable on this machine: {reason}")
    return DeviceError(f"device {name!r} is not usable on this machine: use gpu or one of "
                       f"{', '.join(usable_devices()) or 'none'}")


def is_gpu(backend: str) -> bool:
    """Whether an opened backend runs on a GPU.  OpenCL may be a CPU driver (e.g. PoCL)."""
    return backend.split(":")[0] != "CL" or opencl_is_gpu(Device[backend])


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
    return backend


def default_device() -> str:
    return Device.DEFAULT


def renderer_name(device=None) -> str:
    """tinygrad's name for the code generator that compiles `device`'s kernels now (a
    backend name or an opened device; the default device by default): CLANG, LLVM, ... on
    the CPU, the backend's own name elsewhere."""
    device = device if device is not None and not isinstance(device, str) else \
        Device[device or Device.DEFAULT]
    return internals.renderer_name(device)


CLANG_MISSING = ("tinygrad's CPU backend needs clang, whichever code generator compiles the "
                 "kernels (tinygrad 0.14 builds its CPU runtime with it): apt-get install clang")


# ---------------------------------------------------------------------------------------
# Random state.  tinygrad draws random numbers (weights, noise, dropout masks) from a seed
# and a per-device counter tensor; a resumed run restores both to continue the same stream.
# ---------------------------------------------------------------------------------------


def seed_everything(seed: int) -> None:
    Tensor.manual_seed(seed)


def rng_counter(device: str | None = None) -> list[int]:
    """The position in tinygrad's random stream on `device` ([] before its first draw)."""
    counter = rng_counters().get(Device.canonicalize(device))
    return [] if counter is None else [int(v) for v in counter.numpy()]


def set_rng_counter(counter: list[int], device: str | None = None) -> None:
    """Move tinygrad's random stream on `device` to a position saved by `rng_counter`."""
    if not counter:
        return
    device = Device.canonicalize(device)
    start_rng_counter(device)                # creates the device's seed and counter if needed
    rng_counters()[device].assign(
        Tensor(counter, device=device, dtype=dtypes.uint32)).realize()

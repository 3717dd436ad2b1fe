"""tinygrad's internals: every tinygrad name that `tinygrad` and `tinygrad.nn` do not export,
reached from one place.  Written for tinygrad 0.14.0.

tinygrad's public API (`Tensor`, `TinyJit`, `function`, `Device`, `Context`, `dtypes`,
`GlobalCounters`, `getenv`, and `tinygrad.nn`'s layers, optimisers and state) is used
directly everywhere else; what lies beneath it (its settings, code generator, scheduler,
runtimes, renderers) moves between releases.  So the rest of tinygan imports those names
from here, and an upgrade of tinygrad touches this file.

Two kinds of names:

- What the plain path needs (the settings `DEV`, `TRAINING`, `NUM_CPU_THREADS` and
  `ALLOW_TF32`, the progress bar, the random stream's position, a backend's code
  generator's name): tinygrad has kept these for many releases; they are imported when
  tinygan is.
- What the fast path (`tinygan.fast`), the benchmarks and the web page's exporter
  (`tinygan.web`) need (the code generator's caches, passes and lowering, a scheduled
  call's buffers, the CPU runtime, renderers, compilers): imported here too, but where this
  tinygrad lacks one, or is not the version this file was written for, `fast_path_problem`
  says so and the plain path runs (`tinygan.kernels` logs it in one line).  Names that load
  a native library (OpenCL, LLVM, NVRTC) are imported when first asked for.
"""
from __future__ import annotations

import functools
from importlib import metadata

# The plain path's names.
from tinygrad import Tensor
from tinygrad.helpers import ALLOW_TF32, DEV, NUM_CPU_THREADS, TRAINING, ContextVar, tqdm

WRITTEN_FOR = "0.14.0"

# The fast path's, the benchmarks' and the web exporter's names (see `fast_path_problem`).
try:
    import tinygrad.codegen as codegen
    from tinygrad.codegen import to_program, to_program_cache, to_program_key
    from tinygrad.codegen.late import coalesce
    from tinygrad.codegen.opt import Opt, OptOps, tc
    from tinygrad.device import Compiler
    from tinygrad.engine import realize
    from tinygrad.engine.realize import get_call_arg_uops
    from tinygrad.helpers import diskcache_get, diskcache_put, to_char_p_p
    from tinygrad.renderer import llvmir
    from tinygrad.renderer.cstyle import CStyleLanguage, MetalRenderer
    from tinygrad.renderer.wgsl import WGSLRenderer
    from tinygrad.runtime import ops_cpu
    from tinygrad.uop.ops import Ops, ProgramInfo
    _MISSING: str | None = None
except ImportError as error:            # another tinygrad: the plain path only
    _MISSING = f"{type(error).__name__}: {error}"


@functools.cache
def tinygrad_version() -> str:
    """The installed tinygrad's version."""
    return metadata.version("tinygrad")


def fast_path_problem() -> str | None:
    """Why tinygan's fast path cannot run on this tinygrad (one line), or None where it can:
    it was written against tinygrad's internals as `WRITTEN_FOR` has them."""
    if tinygrad_version() != WRITTEN_FOR:
        return (f"tinygrad {tinygrad_version()} is installed; tinygan's fast kernels were "
                f"written for {WRITTEN_FOR}")
    if _MISSING is not None:
        return f"tinygrad {tinygrad_version()} lacks what tinygan's fast kernels use ({_MISSING})"
    return None


# ---------------------------------------------------------------------------------------
# Private parts of tinygrad's public classes.
# ---------------------------------------------------------------------------------------

def renderer_name(device) -> str:
    """tinygrad's name for the code generator that compiles an opened device's kernels now
    (CLANG, LLVM, ... on the CPU; the backend's own name elsewhere)."""
    return device._renderer_name(type(device.renderer))


def renderer_class_name(device, renderer: type) -> str:
    """tinygrad's name of a renderer class on a device (`DEV=CPU:LLVM` names it LLVM)."""
    return device._renderer_name(renderer)


def rng_counters() -> dict:
    """tinygrad's per-device position in its random stream (device -> counter tensor)."""
    return Tensor._device_rng_counters


def start_rng_counter(device: str) -> None:
    """Create `device`'s seed and counter tensors if it has none yet."""
    Tensor._next_counter(device, 0)


def sliding_windows(x: Tensor, kernel: tuple[int, int]) -> Tensor:
    """tinygrad's pooling view (the windows its `conv2d` reads): n×c×H×W → n×c×ho×wo×kh×kw."""
    return x._pool(kernel)


def opencl_is_gpu(device) -> bool:
    """Whether an opened OpenCL device's driver runs on a GPU (PoCL runs on the CPU)."""
    import ctypes

    from tinygrad.runtime.autogen import opencl as cl
    device_type = ctypes.c_uint64()
    cl.clGetDeviceInfo(device.cl_dev, cl.CL_DEVICE_TYPE, ctypes.sizeof(device_type),
                       ctypes.byref(device_type), None)
    return bool(device_type.value & cl.CL_DEVICE_TYPE_GPU)


# ---------------------------------------------------------------------------------------
# Loaded on first use: modules that open a native library when imported.
# ---------------------------------------------------------------------------------------

def llvm_library():
    """tinygrad's bindings of libLLVM (`tinygrad.runtime.autogen.llvm`)."""
    from tinygrad.runtime.autogen import llvm
    return llvm


def nvrtc_parts():
    """NVRTC's bindings and tinygrad's compiler around them: (nvrtc, NVRTCCompiler,
    nvrtc_check, get_bytes)."""
    from tinygrad.runtime.autogen import nvrtc
    from tinygrad.runtime.support.compiler_cuda import NVRTCCompiler, _get_bytes, nvrtc_check
    return nvrtc, NVRTCCompiler, nvrtc_check, _get_bytes


def terminate_worker_pool() -> None:
    """Stop tinygrad's pool of compile workers (they keep the settings they started with)."""
    from tinygrad.engine.worker import terminate_worker_pool as terminate
    terminate()

"""The kernel atlas's compile targets, and how tinygrad compiles for a machine it is not on.

tinygrad's NULL device takes a renderer and an architecture (`DEV=NULL:CUDA:sm_90`): it
schedules the computation, runs the real code generator and the real compiler for that
target, allocates no memory and executes nothing.  `NULL_ALLOW_COPYOUT=1` lets `.item()`
return (a zero).  So this machine, with no GPU, can build tinygan's training step for an
H100, an MI300X or an Apple GPU and keep every kernel tinygrad would run there.

Version-sensitive (tinygrad 0.14.0), all in this module: the NULL device and its
`DEV=NULL:<renderer>:<arch>` spelling, the renderer names (CLANG, CPULLVM, OPENCL, CUDA,
PTX, AMDLLVM, METAL, WGSL), the `TC` context variable, the compiled program as a `PROGRAM` UOp
(its `ProgramInfo`, the `KernelInfo` with applied opts and `Estimates`, its `SOURCE` and
`BINARY`), NVRTC through `tinygrad.runtime.autogen.nvrtc`, and the compile worker pool.
"""
from __future__ import annotations

import contextlib
import ctypes
import importlib
import importlib.util
import os
import platform
import sys
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Iterator

from tinygrad import Context, Device, getenv

from tinygan.internals import (DEV, CStyleLanguage, Compiler, MetalRenderer, Ops, llvm_library,
                               nvrtc_parts, tc, terminate_worker_pool, to_char_p_p)

from tinygan.bench.binaries import parse_ptxas_log
from tinygan.bench.timing import plain_kernel_name, watching_kernel_calls


class TargetError(ValueError):
    """An unknown target name, or a target whose compiler is missing here (one line)."""


@dataclass(frozen=True)
class CompileTarget:
    """One target of the atlas: what the user types, and how tinygrad compiles for it."""
    name: str                   # "cuda:sm_90", as in `tinygan kernels --targets`
    dev: str                    # tinygrad's device string: "NULL:CUDA:sm_90"
    language: str               # what the kernels' source is written in
    extension: str              # of the source files: "cu"
    binary: str                 # what the compiler makes here, "" for source only
    tensor_cores: bool = True   # whether tinygrad may use the target's tensor cores
    note: str = ""
    generator_forward_only: bool = False   # only the generator's forward rows (a browser's)

    @property
    def folder(self) -> str:
        """The target's folder of kernel sources (no ':' in file names)."""
        return self.name.replace(":", "-")

    @property
    def family(self) -> str:
        return self.name.split(":")[0]

    @property
    def arch(self) -> str:
        return self.dev.split(":")[2] if self.dev.count(":") >= 2 else ""


def _host_cpu() -> str:
    """The host's architecture as tinygrad's CPU device names it (runtime/ops_cpu.py), with
    "native": clang and LLVM optimise for this very CPU, as the CPU backend does."""
    machine = platform.machine().lower()
    return {"amd64": "x86_64", "aarch64": "arm64"}.get(machine, machine) + ",native"


# A float32 model on a real CUDA device gets no tensor cores: its only float32 candidate is
# TF32, which tinygrad 0.14 uses only with ALLOW_TF32=1.  That check reads the renderer's
# device name (codegen/opt/postrange.py: `target.device in ("CUDA", "NV")`), which is NULL
# here, so on NULL:CUDA tinygrad would use TF32 tensor cores.  The cuda targets therefore
# compile with tensor cores off (TC=0), as a real CUDA device does by default; cuda-tf32
# keeps them, as ALLOW_TF32=1 would.  AMD's (RDNA3, CDNA3) tensor cores take no float32
# inputs, so TC changes nothing there; Apple's simdgroup matrices do take float32.
_FAMILIES = {
    "cpu": lambda arch: CompileTarget(
        "cpu", f"NULL:CLANG:{arch or _host_cpu()}", "C", "c", "ELF object (clang)",
        note="tinygrad's CPU backend (clang), for this machine's CPU"),
    "cpu-llvm": lambda arch: CompileTarget(
        "cpu-llvm", f"NULL:CPULLVM:{arch or _host_cpu()}", "LLVM IR", "ll",
        "ELF object (LLVM)", note="tinygrad's CPU backend with LLVM instead of clang"),
    "opencl": lambda arch: CompileTarget(
        "opencl", "NULL:OPENCL", "OpenCL C", "cl", "",
        note="source only: an OpenCL driver compiles it when it loads it "
             "(`tinygan bench --backends CL` does, with PoCL)"),
    "cuda": lambda arch: CompileTarget(
        f"cuda:{arch or 'sm_90'}", f"NULL:CUDA:{arch or 'sm_90'}", "CUDA C++", "cu",
        "cubin (NVRTC)", tensor_cores=False, note="tensor cores off (TF32 not allowed), "
        "as on a real CUDA device by default"),
    "cuda-tf32": lambda arch: CompileTarget(
        f"cuda-tf32:{arch or 'sm_90'}", f"NULL:CUDA:{arch or 'sm_90'}", "CUDA C++", "cu",
        "cubin (NVRTC)", note="TF32 tensor cores, as with ALLOW_TF32=1"),
    "ptx": lambda arch: CompileTarget(
        f"ptx:{arch or 'sm_90'}", f"NULL:PTX:{arch or 'sm_90'}", "PTX", "ptx",
        "cubin (nvJitLink)", tensor_cores=False, note="tinygrad's own PTX, linked by "
        "nvJitLink (pip install nvidia-nvjitlink-cu12)"),
    "amd": lambda arch: CompileTarget(
        f"amd:{arch or 'gfx1100'}", f"NULL:AMDLLVM:{arch or 'gfx1100'}", "LLVM IR (AMDGPU)",
        "ll", "AMDGPU code object (LLVM)"),
    # Apple7 is the M1 family's GPU (tinygrad reads it from MTLGPUFamily).
    "metal": lambda arch: CompileTarget(
        f"metal:{arch or 'Apple7'}", f"NULL:METAL:{arch or 'Apple7'}",
        "Metal Shading Language", "metal", "",
        note="source only: Metal's compiler exists only on macOS"),
    # WebGPU's shading language, as `tinygan export-web`'s page runs it in a browser: the
    # generator's forward rows only (a browser draws digits; it does not train).
    "wgsl": lambda arch: CompileTarget(
        "wgsl" + (f":{arch}" if arch else ""), "NULL:WGSL" + (f":{arch}" if arch else ""),
        "WGSL", "wgsl", "", generator_forward_only=True,
        note="source only: the browser's WebGPU compiles it (tinygan export-web); the "
             "generator's forward rows only"),
}


def parse_target(name: str) -> CompileTarget:
    """"cuda:sm_80" -> the CompileTarget; a family alone takes its default architecture."""
    family, _, arch = name.strip().partition(":")
    if family.lower() not in _FAMILIES:
        raise TargetError(f"unknown target {name!r}: use one of {', '.join(_FAMILIES)}, "
                          f"with an architecture after ':' where it has one (cuda:sm_80, "
                          f"amd:gfx942, metal:Apple9)")
    return _FAMILIES[family.lower()](arch.strip())


# ---------------------------------------------------------------------------------------
# Compilers from PyPI wheels.  NVIDIA's NVRTC (`nvidia-cuda-nvrtc-cu12`, the `kernels`
# extra) and nvJitLink (`nvidia-nvjitlink-cu12`) install their shared libraries inside
# site-packages, where tinygrad does not look; tinygrad reads NVRTC_PATH / NVJITLINK_PATH
# (runtime/support/c.py, `DLL.findlib`) when it loads them.
# ---------------------------------------------------------------------------------------

_WHEEL_LIBRARIES = (("NVRTC_PATH", "nvidia.cuda_nvrtc", "libnvrtc.so.12",
                     "tinygrad.runtime.autogen.nvrtc"),
                    ("NVJITLINK_PATH", "nvidia.nvjitlink", "libnvJitLink.so.12",
                     "tinygrad.runtime.autogen.nvjitlink"))


def wheel_library(package: str, filename: str) -> Path | None:
    """A shared library shipped in an installed wheel (`nvidia.cuda_nvrtc` -> its lib/)."""
    try:
        spec = importlib.util.find_spec(package)
    except ModuleNotFoundError:
        return None
    for folder in (spec.submodule_search_locations or []) if spec else []:
        if (path := Path(folder) / "lib" / filename).is_file():
            return path
    return None


def use_wheel_compilers() -> dict[str, str]:
    """Point tinygrad at NVIDIA's compiler wheels where they are installed and no path is
    set; returns the variables set.  tinygrad caches environment lookups and loads a
    library when its binding module is imported, and its compile workers are separate
    processes that copied the environment when they started: all three are refreshed."""
    changed = {}
    for variable, package, filename, _ in _WHEEL_LIBRARIES:
        if not os.environ.get(variable) and (path := wheel_library(package, filename)):
            os.environ[variable] = changed[variable] = str(path)
    if changed:
        getenv.cache_clear()
        for *_, module in _WHEEL_LIBRARIES:
            if module in sys.modules:
                importlib.reload(sys.modules[module])
        terminate_worker_pool()
    return changed


# ---------------------------------------------------------------------------------------
# Metal without macOS.  tinygrad's MetalRenderer loads Metal's compiler when it is built,
# and that compiler exists only on macOS.  The renderer below is MetalRenderer without it:
# tinygrad's default `Compiler` returns the source text as the "binary", so the Metal
# source of every kernel is rendered and nothing is compiled.  It is put in the NULL
# device's renderer cache only where the real one cannot be built (on macOS the real
# compiler runs).
# ---------------------------------------------------------------------------------------


class MetalSourceRenderer(MetalRenderer):
    """tinygrad's MetalRenderer, rendering Metal source with no Metal compiler."""

    def __init__(self, target):
        CStyleLanguage.__init__(self, target)           # not MetalRenderer's: no compiler
        self.compiler = Compiler()
        # As MetalRenderer: simdgroup matrices from the Apple7 family (M1) on.
        arch = target.arch
        self.tensor_cores = tc.metal if arch.startswith("Apple") and int(arch[5:]) >= 7 else []


def _install_metal_source_renderer(device) -> None:
    target = DEV.target("NULL")
    try:
        MetalRenderer(target)
    except Exception:  # noqa: BLE001 - no Metal compiler here: render the source only
        device.cached_renderer[(MetalRenderer, target)] = MetalSourceRenderer(target)


# ---------------------------------------------------------------------------------------
# Compiling for a target, and the programs tinygrad compiled.
# ---------------------------------------------------------------------------------------


@contextlib.contextmanager
def compiling_for(target: CompileTarget) -> Iterator[None]:
    """Within this context new tensors live on the NULL device, and every kernel tinygrad
    builds is rendered and compiled for `target`.  Raises TargetError when the target's
    renderer or compiler cannot be loaded here (NVRTC, libLLVM, nvJitLink missing)."""
    use_wheel_compilers()
    settings = {"DEV": target.dev, "NULL_ALLOW_COPYOUT": 1}
    if not target.tensor_cores:
        settings["TC"] = 0
    with Context(**settings):
        device = Device["NULL"]
        if target.family == "metal":
            _install_metal_source_renderer(device)
        try:
            device.renderer.compiler
        except Exception as error:  # noqa: BLE001 - whatever fails, the target is unusable
            raise TargetError(f"cannot compile here ({_first_line(error)})") \
                from error
        yield


def _first_line(error: BaseException) -> str:
    """One line saying why (tinygrad raises an exception group when every renderer of a
    name failed to load)."""
    if getattr(error, "exceptions", None):
        return "; ".join(_first_line(e) for e in error.exceptions)
    return (str(error).strip() or type(error).__name__).splitlines()[0][:300]


def compiler_versions() -> dict[str, str | None]:
    """The versions of the compilers whose binaries the atlas reads (registers and spills
    depend on them): NVRTC's wheel and the libLLVM tinygrad loads; None where absent."""
    found: dict[str, str | None] = {}
    try:
        found["nvrtc"] = metadata.version("nvidia-cuda-nvrtc-cu12")
    except metadata.PackageNotFoundError:
        found["nvrtc"] = None
    try:
        llvm = llvm_library()
        parts = [ctypes.c_uint32() for _ in range(3)]
        llvm.LLVMGetVersion(*(ctypes.byref(part) for part in parts))
        found["llvm"] = ".".join(str(part.value) for part in parts)
    except Exception:  # noqa: BLE001 - no libLLVM here (or one without the call)
        found["llvm"] = None
    return found


@dataclass
class Kernel:
    """One compiled kernel, as the atlas records it."""
    name: str                          # tinygrad's kernel name, e.g. r_4_32_4_2_2_4_4_64
    function: str                      # the function name in the source and binary
    global_size: list
    local_size: list | None
    opts: list[str]                    # what the heuristic chose: "UPCAST(1,4)", "TC(...)"
    flops: int                         # tinygrad's estimate (Estimates.ops)
    bytes: int                         # memory moved, each byte once (Estimates.mem)
    loads_stores_bytes: int            # every load and store counted (Estimates.lds)
    source: str
    binary: bytes


def _integer(value) -> int:
    try:
        return int(value)
    except TypeError:                  # a symbolic size: none in tinygan's fixed shapes
        return -1


def _opt_text(opt) -> str:
    arg = opt.arg if not isinstance(opt.arg, tuple) else ",".join(map(str, opt.arg))
    return f"{opt.op.name}({opt.axis},{arg})"


def kernel_from_program(program) -> Kernel:
    """The atlas's record of one compiled PROGRAM UOp."""
    info, kernel_info = program.arg, program.src[0].arg
    source = next(u.arg for u in program.src if u.op is Ops.SOURCE)
    binary = next((u.arg for u in program.src if u.op is Ops.BINARY), b"")
    estimates = kernel_info.estimates
    return Kernel(plain_kernel_name(info.name), info.function_name,
                  [_integer(x) for x in info.global_size],
                  None if info.local_size is None else [_integer(x) for x in info.local_size],
                  [_opt_text(opt) for opt in kernel_info.applied_opts],
                  _integer(estimates.ops), _integer(estimates.mem), _integer(estimates.lds),
                  source, bytes(binary))


@contextlib.contextmanager
def recording_kernels() -> Iterator[list[Kernel]]:
    """Every kernel launched in this context, in launch order (a kernel launched twice is
    listed twice), as compiled for the current target."""
    kernels: list[Kernel] = []

    def on_call(call, ets):
        if call.src[0].op is Ops.PROGRAM:
            kernels.append(kernel_from_program(call.src[0]))

    with watching_kernel_calls(on_call):
        yield kernels


# ---------------------------------------------------------------------------------------
# ptxas's own account of a CUDA kernel: registers, spills, stack.  NVRTC runs ptxas when it
# compiles to a cubin; `--ptxas-options=-v` puts ptxas's report in the program log.  The
# source is compiled once more for this, with the options tinygrad uses (NVRTCCompiler).
# ---------------------------------------------------------------------------------------


def ptxas_report(source: str, arch: str) -> dict:
    """Registers, spill stores and loads, stack frame of the kernel in `source` on `arch`."""
    nvrtc, NVRTCCompiler, nvrtc_check, _get_bytes = nvrtc_parts()

    options = [o.encode() for o in NVRTCCompiler(arch, ptx=False).compile_options]
    options.append(b"--ptxas-options=-v")
    program = nvrtc.nvrtcProgram()
    nvrtc_check(nvrtc.nvrtcCreateProgram(ctypes.byref(program), source.encode(), b"<atlas>",
                                         0, None, None))
    try:
        nvrtc_check(nvrtc.nvrtcCompileProgram(program, len(options), to_char_p_p(options)),
                    program)
        log = _get_bytes(program, nvrtc.nvrtcGetProgramLog, nvrtc.nvrtcGetProgramLogSize,
                         nvrtc_check)
    finally:
        nvrtc.nvrtcDestroyProgram(ctypes.byref(program))
    return parse_ptxas_log(log.rstrip(b"\0").decode(errors="replace"))

"""CPU kernels that use the whole vector register: tinygrad's LLVM code generator, with
loads and stores of up to 16 floats and LLVM allowed to use 512-bit instructions.

Why (benchmarks/PERF.md, "Whole vector registers"): tinygrad 0.14 groups a kernel's
consecutive memory accesses into vectors of at most 4 floats (`codegen.late.coalesce.
memory_coalescing`) and renders every arithmetic operation as a scalar; LLVM's SLP
vectoriser then rebuilds vectors from those 4-float loads, 4 wide.  So a matmul's inner
loop is 128-bit `vfmadd231ps %xmm` on an AVX-512 processor, a quarter of what its FMA units
take, and the tuned matmuls ran at the 128-bit FMA limit (≈ 90 GFLOP/s on two cores).
Here the loads and stores group up to the register's width (16 floats with AVX-512, 8 with
AVX2), and each kernel tells LLVM that it may use registers that wide ("prefer-vector-width";
LLVM's default for Intel's AVX-512 processors is 256 bits): the same matmul becomes one
512-bit load of the weights and one broadcast-FMA per output row, `vfmadd231ps mem{1to16},
%zmm, %zmm`.

Two parts, both for tinygrad 0.14 (the pinned version):
- `CPULLVMRenderer`: tinygrad's CPU LLVM renderer with `vector_lengths` (what the coalescing
  may group) and the function attributes.  Its vector loads and stores wider than 4 floats
  are rendered with the element's alignment: tinygrad only promises buffers 32-byte
  aligned, and a view into a buffer may start anywhere, so a 64-byte-aligned 512-bit
  access cannot be assumed (`vmovups` costs the same as `vmovaps` on aligned data).
  Same class name as tinygrad's, so that tinygrad still calls it LLVM (`DEV=CPU:LLVM`).
- `memory_coalescing`: tinygrad's, with one line changed, the lengths it groups a float
  buffer's accesses into, taken from the renderer's `vector_lengths` where it has them.
  tinygrad offers no setting for them.  Put into `tinygrad.codegen` by `install()` while
  fast kernels are on (`tinygan.fast.installed`), and in each of tinygrad's compile workers
  when it receives this renderer; for every other renderer it is tinygrad's function.

`TINYGAN_VECTOR_WIDTH` (floats: 16, 8, or 4 for tinygrad's own renderer) overrides the
width taken from the processor (`tinygan.fast.processor.cpu_isa`).
"""
from __future__ import annotations

import functools
import hashlib
import inspect
import logging
import re
from pathlib import Path

from tinygan.fast.processor import cpu_isa
from tinygan.internals import ContextVar, codegen, coalesce, llvmir

log = logging.getLogger("tinygan")

VECTOR_WIDTH = ContextVar("TINYGAN_VECTOR_WIDTH", 0)      # 0: from the processor
TINYGRADS_WIDTH = 4                                       # what tinygrad groups floats into
ISA_WIDTHS = {"avx512": 16, "avx2": 8}                    # floats in one register


def vector_width() -> int:
    """How many floats the CPU kernels load, store and compute at once: the setting, else
    the processor's register (16 with AVX-512, 8 with AVX2), else tinygrad's 4."""
    if VECTOR_WIDTH.value:
        if VECTOR_WIDTH.value not in (4, 8, 16):
            raise ValueError(f"TINYGAN_VECTOR_WIDTH={VECTOR_WIDTH.value}: use 16, 8 or 4")
        return VECTOR_WIDTH.value
    return ISA_WIDTHS.get(cpu_isa(), TINYGRADS_WIDTH)


# tinygrad 0.14's choice of lengths for a float buffer's grouped accesses, and what replaces it.
_TINYGRADS_LENGTHS = 'lengths = [8,4,2] if buf.dtype == dtypes.half and getenv("ALLOW_HALF8") else [4,2]'
_RENDERERS_LENGTHS = ('lengths = getattr(ctx, "vector_lengths", lambda dtype: None)(buf.dtype)\n'
                      '      if lengths is None: ' + _TINYGRADS_LENGTHS)


@functools.cache
def _memory_coalescing():
    """tinygrad's `memory_coalescing` with the float lengths taken from the renderer, or
    None (with one line in the log) where this tinygrad's function is not the one expected."""
    original = coalesce.memory_coalescing
    source = inspect.getsource(original)
    if source.count(_TINYGRADS_LENGTHS) != 1:
        log.warning("tinygrad's memory_coalescing is not the one tinygan knows: CPU kernels "
                    "keep tinygrad's 4-float vectors")
        return None
    namespace = dict(vars(coalesce))
    exec(compile(source.replace(_TINYGRADS_LENGTHS, _RENDERERS_LENGTHS),
                 coalesce.__file__, "exec"), namespace)
    function = namespace[original.__name__]
    function.tinygan_vectors = True
    return function


def installed() -> bool:
    """Whether tinygrad's code generator groups accesses as the renderer asks now."""
    return getattr(codegen.memory_coalescing, "tinygan_vectors", False)


def install() -> bool:
    """Make tinygrad's code generator group accesses as the renderer asks (idempotent);
    returns whether it does."""
    if installed():
        return True
    function = _memory_coalescing()
    if function is None:
        return False
    codegen.memory_coalescing = function
    return True


def uninstall() -> None:
    """Give tinygrad's code generator its own `memory_coalescing` back."""
    codegen.memory_coalescing = coalesce.memory_coalescing


def _in_compile_worker(renderer: type, target):
    """How a tinygrad compile worker rebuilds this renderer: with the grouping installed
    there first (the worker is a process of its own)."""
    install()
    return renderer(target)


_WIDE_ACCESS = re.compile(r"^(\s*(?:%\w+ = load|store) <(\d+) x (float|i32)>.*\* %\w+)$", re.M)


class CPULLVMRenderer(llvmir.CPULLVMRenderer):
    """tinygrad's CPU LLVM renderer with vectors of `width` floats (16: AVX-512)."""
    width = 16
    # What renders the kernels, for tinygan.fast.program_cache's key: this file.
    code_version = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]

    def __reduce__(self):
        return _in_compile_worker, (type(self), self.target)

    def vector_lengths(self, dtype) -> list[int] | None:
        """The lengths `memory_coalescing` may group a 4-byte buffer's accesses into (None:
        tinygrad's choice, for other types)."""
        if dtype.itemsize != 4:
            return None
        return [n for n in (16, 8, 4, 2) if n <= self.width]

    def render(self, uops) -> str:
        # Wider than 4 floats: only the element's alignment is known (see the module's doc).
        return _WIDE_ACCESS.sub(
            lambda m: m.group(1) + (", align 4" if int(m.group(2)) > 4 else ""),
            super().render(uops))

    def _render_footer(self, uops) -> str:
        bits = 32 * self.width
        return super()._render_footer(uops).replace(
            "}", f'"prefer-vector-width"="{bits}" "min-legal-vector-width"="{bits}" }}')


class CPULLVMRenderer8(CPULLVMRenderer):
    """The same with 8 floats (AVX2)."""
    width = 8


# tinygrad names a renderer by its class's name (`DEV=CPU:LLVM`); pickle, which sends it to
# tinygrad's compile workers, finds it by its qualified name.
CPULLVMRenderer8.__name__ = CPULLVMRenderer.__name__
_BY_WIDTH = {16: CPULLVMRenderer, 8: CPULLVMRenderer8, TINYGRADS_WIDTH: llvmir.CPULLVMRenderer}


def renderer_class(width: int | None = None) -> type:
    """The CPU LLVM renderer for vectors of `width` floats (`vector_width()` by default):
    tinygrad's own for 4, and for any width where tinygan cannot change the coalescing
    (`install` is then not in place)."""
    width = width or vector_width()
    return _BY_WIDTH[width] if installed() else llvmir.CPULLVMRenderer


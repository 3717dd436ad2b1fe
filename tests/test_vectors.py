"""Whole vector registers on the CPU (tinygan.fast.vectors): the width follows the processor and
the setting; a matmul in tinygan's form loads and stores that many floats at once, with the
element's alignment only, lets LLVM use registers that wide, and computes NumPy's product,
also when tinygrad's compile workers lower it; tinygrad's own 4-float kernels come back
where asked or where tinygan cannot change the coalescing; tuned entries and the default
plan are keyed by the width."""
from __future__ import annotations

import logging
import pickle
import subprocess
import sys

import numpy as np
import pytest
from tinygrad import Context, Device, Tensor
from tinygrad.codegen import to_program_cache
from tinygrad.renderer import llvmir

from tinygan.fast import tuned_kernels, vectors
from tinygan.backend import resolve_device
from tinygan.fast.cpu import choose_cpu_renderer
from tinygan.fast.tuned_kernels import kernel_options, kernel_target


@pytest.fixture
def cpu():
    """The CPU backend; tinygan's choice of renderer again afterwards."""
    yield resolve_device("cpu")
    choose_cpu_renderer()


def test_the_width_follows_the_processor_and_the_setting(monkeypatch):
    for isa, width in (("avx512", 16), ("avx2", 8), ("avx", 4), ("neon", 4)):
        monkeypatch.setattr(vectors, "cpu_isa", lambda isa=isa: isa)
        assert vectors.vector_width() == width, isa
    with Context(TINYGAN_VECTOR_WIDTH=8):
        assert vectors.vector_width() == 8
    with Context(TINYGAN_VECTOR_WIDTH=5), pytest.raises(ValueError, match="use 16, 8 or 4"):
        vectors.vector_width()


def _kernel_sources(before: set) -> list[str]:
    """The sources of the reduction kernels lowered since `before` (to_program_cache keys)."""
    return [prg.src[2].arg for key, prg in to_program_cache.items()
            if key not in before and "define void @r_" in prg.src[2].arg]


@pytest.mark.parametrize("width", [16, 8, 4])
def test_a_matmul_uses_registers_of_the_width_and_computes_numpys_product(cpu, width):
    """The K×N form with `width` outputs per row: on tinygan's renderer its loads and stores
    are `width` floats wide, aligned to a float only, and the kernel asks LLVM for
    registers that wide; with 4, tinygrad's own renderer, as before."""
    m, k, n = 64, 40 + width, 32                     # a shape of its own per width
    a_np = np.random.default_rng(width).standard_normal((m, k), dtype=np.float32)
    b_np = np.random.default_rng(width + 1).standard_normal((n, k), dtype=np.float32)
    with Context(TINYGAN_VECTOR_WIDTH=width):
        choose_cpu_renderer()
        assert kernel_target(cpu)[1] == ("LLVM" if width == 4 else f"LLVM/{width}")
        plan = tuned_kernels.MatmulPlan("KN", kernel_options(
            [["UPCAST", 1, 8], ["UPCAST", 1, 2], ["UPCAST", 0, 4]]))
        before = set(to_program_cache)
        product = plan.matmul(Tensor(a_np, device=cpu), Tensor(b_np, device=cpu)).numpy()
    np.testing.assert_allclose(product, a_np @ b_np.T, rtol=1e-5, atol=1e-4)
    (source,) = _kernel_sources(before)
    if width == 4:
        assert "<8 x float>" not in source and "prefer-vector-width" not in source
        assert "load <4 x float>" in source
        return
    assert f"load <{width} x float>, <{width} x float>* %" in source
    assert f"store <{width} x float>" in source
    wide = [line for line in source.splitlines() if f"<{width} x float>*" in line]
    assert all(line.endswith(", align 4") for line in wide), wide
    assert f'"prefer-vector-width"="{32 * width}"' in source
    assert f'"min-legal-vector-width"="{32 * width}"' in source


def test_compile_workers_get_the_wide_renderer():
    """tinygrad lowers kernels in spawned processes, which rebuild the renderer from its
    pickled class: unpickling it there installs tinygan's coalescing too."""
    script = ("import pickle, sys\n"
              "renderer = pickle.loads(sys.stdin.buffer.read())\n"
              "import tinygrad.codegen as codegen\n"
              "print(type(renderer).__name__, renderer.width,"
              " getattr(codegen.memory_coalescing, 'tinygan_vectors', False))\n")
    for cls, width in ((vectors.CPULLVMRenderer, 16), (vectors.CPULLVMRenderer8, 8)):
        renderer = cls(Device[resolve_device("cpu")].renderer.target)
        result = subprocess.run([sys.executable, "-c", script], input=pickle.dumps(renderer),
                                capture_output=True, check=True)
        assert result.stdout.decode().split() == ["CPULLVMRenderer", str(width), "True"]


def test_another_tinygrad_keeps_its_own_vectors(monkeypatch, caplog):
    monkeypatch.setattr(vectors, "_TINYGRADS_LENGTHS", "lengths = [4, 2]  # another tinygrad")
    with caplog.at_level(logging.WARNING, logger="tinygan"):
        assert vectors._memory_coalescing.__wrapped__() is None
    assert "keep tinygrad's 4-float vectors" in caplog.text
    monkeypatch.setattr(vectors, "installed", lambda: False)
    assert vectors.renderer_class(16) is llvmir.CPULLVMRenderer


@pytest.mark.parametrize("target, shape, expected", [
    (("CPU", "LLVM/16", 2, "avx512", "any"), (6272, 6400, 128),      # in 8 blocks, below
     [["UPCAST", 1, 16], ["UPCAST", 1, 2], ["UPCAST", 0, 8], ["THREAD", 0, 2]]),
    (("CPU", "LLVM/16", 2, "avx512", "any"), (6272, 256, 48),        # N: not 32s
     [["UPCAST", 1, 16], ["UPCAST", 0, 16], ["THREAD", 0, 2]]),
    (("CPU", "LLVM/8", 2, "avx2", "any"), (6272, 512, 64),
     [["UPCAST", 1, 8], ["UPCAST", 0, 8], ["UNROLL", 0, 4], ["THREAD", 0, 2]]),
    (("CPU", "LLVM/16", 1, "avx512", "any"), (16, 6, 16), [["UPCAST", 1, 16], ["UPCAST", 0, 16]]),
    (("CPU", "LLVM/16", 2, "avx512", "any"), (6272, 6400, 120), None),     # N: not 16s
    (("CPU", "LLVM/16", 2, "avx512", "any"), (6264, 6400, 128), None),     # M: not 2·8s
    (("CPU", "LLVM/16", 2, "avx512", "any"), (6280, 256, 48), None),       # M: not 2·16s
    (("CPU", "LLVM", 2, "avx512", "any"), (6272, 6400, 128), None),        # 4-float vectors
    (("CPU", "CLANG", 2, "avx512", "any"), (6272, 6400, 128), None),
    (("CL/cpu", "OpenCL", 0, "avx512", "any"), (6272, 6400, 128), None),
])
def test_the_default_plan(target, shape, expected, monkeypatch):
    monkeypatch.setattr(tuned_kernels, "l2_cache_bytes", lambda: 2 << 20)    # the Xeon's
    plan = tuned_kernels.default_plan(*shape, target)
    blocks = 8 if shape == (6272, 6400, 128) else 1        # b: 3.2 MB; the others fit
    assert plan == (None if expected is None else
                    tuned_kernels.MatmulPlan("KN", kernel_options(expected), blocks))


def test_a_matmul_no_table_has_gets_the_default_plan_with_wide_vectors(cpu):
    with Context(TINYGAN_VECTOR_WIDTH=16):
        choose_cpu_renderer()
        default = tuned_kernels.default_plan(32, 8, 16, kernel_target(cpu))
        assert default is not None
        assert tuned_kernels.lookup(32, 8, 16, cpu) == default
        with Context(TINYGAN_TUNED_KERNELS=0):          # no table: still the default
            assert tuned_kernels.lookup(32, 8, 16, cpu) == default
    with Context(TINYGAN_VECTOR_WIDTH=4):
        choose_cpu_renderer()
        assert tuned_kernels.lookup(32, 8, 16, cpu) is None        # tinygrad's heuristic

"""The fast path on tinygrad's CPU backend: its code generator, and every core.

Both are put in place when fast kernels are switched on for a CPU run (`tinygan.fast.
installed`) and taken out when it ends; tinygrad's own CPU backend (clang, one core) is the
plain path.
"""
from __future__ import annotations

import ctypes
import logging
import os
import time
from concurrent.futures import ThreadPoolExecutor

from tinygrad import Device

from tinygan.fast import vectors
from tinygan.internals import NUM_CPU_THREADS, ops_cpu, renderer_class_name, renderer_name

log = logging.getLogger("tinygan")

# ---------------------------------------------------------------------------------------
# The CPU backend's code generator.  tinygrad 0.14 compiles CPU kernels either to C for
# clang (its default) or to LLVM IR for libLLVM, loaded with ctypes (`DEV=CPU:LLVM`).
# LLVM's kernels are the faster ones, both with tinygrad's heuristic options and with the
# tuned kernels of `tinygan.fast.tuned_kernels`; LLVM compiles more slowly, which a training
# run repays within its first hundred steps (benchmarks/PERF.md, "Round two", section 1, has
# the figures).  So the fast path puts LLVM first when libLLVM loads (Debian: libllvm19) and
# clang otherwise, with one line in the log; TINYGAN_CPU_RENDERER=CLANG or LLVM picks one.
# Either way clang must be installed: tinygrad 0.14 compiles its CPU runtime's helper
# programs with it (`ops_cpu.CPUDevice.__init__`), LLVM cannot render them.
# ---------------------------------------------------------------------------------------

CPU_RENDERER_ENV = "TINYGAN_CPU_RENDERER"
CPU_RENDERERS = ("LLVM", "CLANG")            # tinygrad's names, in tinygan's order of preference
CPU_RENDERER_PACKAGES = {"LLVM": "libllvm19", "CLANG": "clang"}
_renderer_noted: set = set()                # (device, renderer) fallbacks already logged


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
    # LLVM's kernels with whole vector registers (tinygan.fast.vectors), or tinygrad's own
    llvm = vectors.renderer_class()
    device.renderers = sorted(
        [llvm if renderer_class_name(device, r) == "LLVM" else r for r in device.renderers],
        key=lambda r: rank.get(renderer_class_name(device, r), len(rank)))
    chosen = renderer_name(device)
    if chosen != wanted[0] and (device, chosen) not in _renderer_noted:
        _renderer_noted.add((device, chosen))
        log.log(logging.WARNING if setting else logging.INFO,
                f"CPU kernels compiled with {chosen.lower()}: {wanted[0]} is not available "
                f"(apt-get install {CPU_RENDERER_PACKAGES[wanted[0]]}); it compiles faster "
                f"kernels here (benchmarks/PERF.md)")
    return chosen


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
    TINYGAN_PARALLEL_CPU=0, or `enable=False`, which gives tinygrad its own loop back).
    Returns whether parallel execution is on.  tinygrad's NUM_CPU_THREADS sets the number
    of parts, hence of cores used."""
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


def parallel_cpu_kernels_on() -> bool:
    """Whether each CPU kernel's parts run on every core now (`parallel_cpu_kernels`)."""
    return ops_cpu.CPUProgram.__call__ is _parallel_call

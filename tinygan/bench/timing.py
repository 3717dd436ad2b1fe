"""Timing a call (a cold call, one warm-up call, then the timed repetitions), and
tinygrad's kernels by name and time."""
from __future__ import annotations

import contextlib
import inspect
import io
import re
import statistics
import time
from dataclasses import dataclass
from typing import Callable

from tinygrad import Context

from tinygan.internals import Ops, realize


# ---------------------------------------------------------------------------------------
# 3. Timing: a cold call, one warm-up call, then the timed repetitions.
# ---------------------------------------------------------------------------------------


@dataclass
class Timing:
    cold_ms: float            # the first call: tracing, scheduling, compiling and running
    warmup_ms: float          # the second call, not counted (tinygrad's JIT captures here)
    times_ms: list[float]     # the timed repetitions

    @property
    def median_ms(self) -> float:
        return statistics.median(self.times_ms)

    @property
    def min_ms(self) -> float:
        return min(self.times_ms)


def _elapsed_ms(call: Callable[[], None]) -> float:
    start = time.perf_counter()
    call()
    return (time.perf_counter() - start) * 1e3


def time_calls(call: Callable[[], None], reps: int, progress: Callable[[str], None],
               before_rep: Callable[[], None] = lambda: None) -> Timing:
    """Time `call`, which must return only once its results are computed."""
    progress("cold call")
    cold = _elapsed_ms(call)
    progress("warm-up")
    warmup = _elapsed_ms(call)
    times = []
    for rep in range(reps):
        progress(f"rep {rep + 1}/{reps}")
        before_rep()
        times.append(_elapsed_ms(call))
    return Timing(cold, warmup, times)


def significant(value: float, digits: int = 4) -> float:
    """`value` rounded to a few significant digits, for the JSON."""
    return float(f"{value:.{digits}g}")


def timing_fields(timing: Timing) -> dict:
    """A timing as a row's JSON fields, in milliseconds."""
    return {"cold_ms": round(timing.cold_ms, 3), "warmup_ms": round(timing.warmup_ms, 3),
            "median_ms": round(timing.median_ms, 3), "min_ms": round(timing.min_ms, 3),
            "times_ms": [round(t, 3) for t in timing.times_ms]}


# ---------------------------------------------------------------------------------------
# 4. tinygrad's kernels, by name and time.
#
# Version-sensitive (tinygrad 0.14.0): with DEBUG>=2, `tinygrad.engine.realize.run_linear`
# waits for every kernel and `track_stats(ctx, call, start, ets)` receives its run time in
# `ets` (then prints the "*** CPU  3 r_64_11_11 ... tm 211.51ms" lines).  We wrap
# `track_stats` for one extra call to collect (name, seconds) pairs instead of parsing the
# printout, and silence the printout (and skip the caller lookup of the scheduler's part of
# it: `_no_caller_lookup`).  That call runs with JIT=0, so that the jitted
# functions run kernel by kernel even where the JIT would batch them into a device graph
# (CUDA, METAL); it runs the same, already compiled kernels.
# ---------------------------------------------------------------------------------------

_ANSI_COLOUR = re.compile(r"\x1b\[[0-9;]*m")


def plain_kernel_name(name) -> str:
    """A kernel's name without the colours tinygrad gives it for the terminal."""
    return _ANSI_COLOUR.sub("", str(name))


def _kernel_name(call) -> str:
    ast = call.src[0]
    return plain_kernel_name(ast.arg.name if ast.op is Ops.PROGRAM
                             else getattr(ast, "arg", None) or ast.op)


@contextlib.contextmanager
def watching_kernel_calls(on_call: Callable[[object, list], None]):
    """Call `on_call(call, ets)` for every call that tinygrad's `run_linear` executes (its
    statistics counted), after tinygrad's own bookkeeping; the kernel atlas
    (tinygan.bench.atlas) collects the compiled programs this way."""
    original = realize.track_stats

    def track_stats(ctx, call, start, ets):
        original(ctx, call, start, ets)
        if ctx.update_stats:
            on_call(call, ets)

    realize.track_stats = track_stats
    try:
        yield
    finally:
        realize.track_stats = original


def _recording_kernel_times(records: list[tuple[str, float]]):
    return watching_kernel_calls(lambda call, ets: records.extend(
        (_kernel_name(call), et) for et in ets if et is not None))


@contextlib.contextmanager
def _no_caller_lookup():
    """With DEBUG>=1, every schedule prints its caller, found with `inspect.stack()`: slow,
    and it raises (TypeError "... is a built-in module") when `sys.modules` holds a module
    without a file, as happened in CI.  The printout is discarded here, so the lookup finds
    nothing for the profile's duration.  (tinygrad's compiled pattern matchers keep their own
    copy of `tinygrad.schedule`'s globals, so it is `inspect.stack` itself that is replaced.)"""
    original = inspect.stack
    inspect.stack = lambda *args, **kwargs: []
    try:
        yield
    finally:
        inspect.stack = original


def kernel_profile(call: Callable[[], None]) -> list[tuple[str, float]]:
    """Run `call` once more, kernel by kernel, and return each kernel's (name, seconds)."""
    records: list[tuple[str, float]] = []
    silenced = io.StringIO()
    with _recording_kernel_times(records), _no_caller_lookup(), Context(JIT=0, DEBUG=2), \
            contextlib.redirect_stdout(silenced), contextlib.redirect_stderr(silenced):
        call()
    return records


def slowest_kernels(records: list[tuple[str, float]], top: int) -> list[dict]:
    """The `top` kernels with the most total time (a kernel may run several times)."""
    totals: dict[str, list] = {}
    for name, seconds in records:
        entry = totals.setdefault(name, [0.0, 0])
        entry[0] += seconds
        entry[1] += 1
    ranked = sorted(totals.items(), key=lambda item: -item[1][0])[:top]
    return [{"name": name, "ms": round(seconds * 1e3, 3), "calls": calls}
            for name, (seconds, calls) in ranked]

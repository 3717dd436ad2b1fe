"""Finding better kernel options for the training step's heaviest matmuls on this machine
(`tinygan tune`, and `python benchmarks/tune.py` for the shipped table), for
tinygan.fast.tuned_kernels to apply without any search at run time.

Why not tinygrad's BEAM: on a 2-core machine BEAM=2 on the 5×5 layer's forward matmul
times its first, unoptimised candidates at 2-4 s each (one core, the whole kernel), eight
of them in its first round, 200 s; a step's dozen large kernels would take hours
(benchmarks/PERF.md).  This searches a small space instead, chosen from what a CPU matmul
needs (benchmarks/PERF.md, "Round two"): the operand layout (b as stored, N×K, or a K×N
copy so that 16 consecutive outputs of a row load as one AVX-512 vector), how many outputs
along N and along M each loop iteration keeps in registers (UPCAST), how far the sum over K
is unrolled (UNROLL), the split over cores (THREAD), and whether the sum runs in blocks
whose part of b fits the level-2 cache (`MatmulPlan.blocks`), tinygrad's heuristic among
the candidates.

For each batch size: run one training step recording every matmul's shape (M×K×N), rank
the shapes by their share of the step's matmul FLOPs, and tune the largest until `share`
of them are covered (or the time budget is spent: the largest come first).  Per shape: time
every candidate once (screening), then the best few and the heuristic in interleaved rounds
(the machine is shared: interleaving makes slow spells hit every candidate alike), keep the
fastest by median if it beats the heuristic by `min_gain`, and check that its result
equals the heuristic's within float tolerance.  Each kept entry records its timings and the
processor it was measured on (`tinygan.fast.processor`).
"""
from __future__ import annotations

import collections
import contextlib
import datetime
import statistics
import time
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Callable, Iterator

import numpy as np
from tinygrad import Device, Tensor, TinyJit

from tinygan.fast import tuned_kernels
from tinygan.fast.processor import cpu_model
from tinygan.fast.tuned_kernels import kernel_options, kernel_target
from tinygan.files import atomic_path, json_text

Shape = tuple[int, int, int]                                # M, K, N
# What a table entry was measured on (tinygan.fast.tuned_kernels.kernel_target), by name.
TARGET_FIELDS = ("device", "renderer", "threads", "isa", "cpu")
FINALISTS, ROUNDS = 4, 5


@contextlib.contextmanager
def _graph_only() -> Iterator[None]:
    """Meanwhile `Tensor.realize` does nothing: a step's graph is built (every matmul looked
    up), and nothing is compiled or run."""
    realize = Tensor.realize
    Tensor.realize = lambda self, *rest, **options: self
    try:
        yield
    finally:
        Tensor.realize = realize


def step_matmuls(batch: int, build_step: Callable[[int], object]) -> collections.Counter:
    """How often each matmul shape occurs in one training step at `batch`, found by
    recording the look-ups `formulations._correlate` makes while `build_step(batch)` builds
    the step's graph (the same look-ups as a compiled step's, in a tenth of the time).
    `build_step` comes from above (`tinygan tune` passes the tutorial's `train_step`), and
    runs with the fast path on, so that the layers look their matmuls up."""
    shapes: collections.Counter = collections.Counter()
    lookup = tuned_kernels.lookup

    def recording_lookup(m, k, n, device):
        shapes[(m, k, n)] += 1
        return lookup(m, k, n, device)

    tuned_kernels.lookup = recording_lookup
    try:
        with _graph_only():
            build_step(batch)
    finally:
        tuned_kernels.lookup = lookup
    return shapes


def heaviest(shapes: collections.Counter, share: float) -> list[tuple[Shape, int, float]]:
    """The shapes that make up `share` of the matmul FLOPs, largest first, with their count
    and share."""
    flops = {s: 2 * s[0] * s[1] * s[2] * count for s, count in shapes.items()}
    total, covered, chosen = sum(flops.values()), 0, []
    for shape in sorted(flops, key=flops.get, reverse=True):
        if covered >= share * total:
            break
        chosen.append((shape, shapes[shape], flops[shape] / total))
        covered += flops[shape]
    return chosen


def candidates(shape: Shape, threads: int) -> list[tuple[str, list[list], int]]:
    """(layout, option specs, blocks of the sum) to try for an M×K×N matmul: every
    combination of the grid that divides the shape, the core split last on the first axis
    it divides; each also with the sum in blocks (`tuned_kernels.sum_blocks`: parts of b
    that fit this processor's level-2 cache) where b does not fit."""
    m, k, n = shape
    # NK: tinygrad's heuristic's form (4×4 outputs, the sum unrolled by 4), larger.  KN: 8,
    # 16 or 32 outputs along N (a half, one or two AVX-512 vectors) by 4, 8 or 16 along M.
    # (A first, wider grid here also tried NK 4×4, 4×8 and 8×4, and KN 8×16: never among
    # the fastest four.  KN 16×16, sixteen accumulating registers, wins with whole vector
    # registers, tinygan.fast.vectors, and lost with 4-float ones.)
    grid = [("NK", 8, 8, 4)]
    grid += [("KN", n_up, m_up, unroll)
             for n_up, m_up in ((16, 4), (16, 8), (16, 16), (32, 4), (32, 8), (8, 8))
             for unroll in (1, 4)]
    found = []
    for layout, n_up, m_up, unroll in grid:
        if n % n_up or m % m_up or k % unroll:
            continue
        specs = [["UPCAST", 1, min(n_up, 16)]] + ([["UPCAST", 1, n_up // 16]] if n_up > 16 else [])
        specs += [["UPCAST", 0, m_up]] + ([["UNROLL", 0, unroll]] if unroll > 1 else [])
        if threads > 1:
            if (m // m_up) % threads == 0:
                specs.append(["THREAD", 0, threads])
            elif (n // n_up) % threads == 0:
                specs.append(["THREAD", 1, threads])
        blocks = tuned_kernels.sum_blocks(k, n, unroll)
        found += [(layout, specs, 1)] + ([(layout, specs, blocks)] if blocks > 1 else [])
    return found


def _described(layout: str, specs: list | None, blocks: int) -> str:
    """A candidate as the tuning log shows it: "KN [[...]] in 8 blocks"."""
    return f"{layout} {specs or ''}{f' in {blocks} blocks' if blocks > 1 else ''}"


def timings_per_shape(shape: Shape, threads: int) -> int:
    """How many timed calls tuning one shape makes (for the progress bar)."""
    count = len(candidates(shape, threads))
    return 2 * count + ROUNDS * (min(FINALISTS, count) + 1)


def matmul_call(a: Tensor, b: Tensor, plan):
    """A jitted call computing a @ bᵀ as `formulations._correlate` does: with `plan` (a
    MatmulPlan), or with tinygrad's heuristic when `plan` is None.  Returns a function that
    runs it and returns the result's buffer owner."""
    if plan is None:
        step = TinyJit(lambda x, y: (x @ y.contiguous().transpose()).contiguous().realize())
    else:
        step = TinyJit(lambda x, y: plan.matmul(x, y).realize())

    def call():
        out = step(a, b)
        Device[a.device].synchronize()
        return out
    return call


def tune_shape(shape: Shape, threads: int, log: Callable[[str], None],
               tick: Callable[[], None] = lambda: None) -> dict | None:
    """The best plan for one shape, as a table entry, or None if none beats the heuristic
    or the best differs from it; `tick` after every timed call."""
    m, k, n = shape
    a, b = Tensor.randn(m, k).realize(), Tensor.randn(n, k).realize()
    heuristic = matmul_call(a, b, None)
    reference = heuristic().numpy()
    heuristic()                                            # the JIT captures on call 2
    compiled = []
    for layout, specs, blocks in candidates(shape, threads):
        plan = tuned_kernels.MatmulPlan(layout, kernel_options(specs), blocks)
        try:
            call = matmul_call(a, b, plan)
            call()
            call()
        except Exception as error:  # noqa: BLE001 - an option tinygrad rejects: skip it
            log(f"    {_described(layout, specs, blocks)}: rejected "
                f"({str(error).splitlines()[0][:80]})")
            continue
        compiled.append((layout, specs, blocks, call))

    def timed(call) -> float:
        start = time.perf_counter()
        call()
        tick()
        return time.perf_counter() - start

    # Screening: every candidate twice, in two interleaved passes, the faster time counts.
    screen = [[timed(call) for *_, call in compiled] for _ in range(2)]
    order = sorted(range(len(compiled)), key=lambda i: min(screen[0][i], screen[1][i]))
    finals = [("heuristic", None, 1, heuristic)] + [compiled[i] for i in order[:FINALISTS]]
    times = collections.defaultdict(list)
    for _ in range(ROUNDS):
        for i, (*_, call) in enumerate(finals):
            times[i].append(timed(call))
    medians = [statistics.median(times[i]) for i in range(len(finals))]
    for (layout, specs, blocks, _), median in zip(finals, medians):
        log(f"    {median * 1e3:8.1f} ms  {2 * m * k * n / median / 1e9:6.1f} GFLOP/s  "
            f"{_described(layout, specs, blocks)}")
    best = min(range(1, len(finals)), key=medians.__getitem__, default=None)
    if best is None:
        return None
    layout, specs, blocks, call = finals[best]
    result = call().numpy()
    error = float(np.abs(result - reference).max() / max(np.abs(reference).max(), 1e-30))
    if error > 1e-5:
        log(f"    best candidate differs from the heuristic by {error:.2g} (relative): dropped")
        return None
    return {"m": m, "k": k, "n": n, "layout": layout, "opts": specs, "blocks": blocks,
            "tuned_ms": round(medians[best] * 1e3, 2),
            "heuristic_ms": round(medians[0] * 1e3, 2), "relative_error": float(f"{error:.2g}")}


@dataclass
class Plan:
    """What `tune` would do: this machine's key, and per batch the shapes to tune."""
    target: dict                                  # TARGET_FIELDS
    shapes: list[tuple[int, Shape, int, float]]   # (batch, shape, per step, FLOP share)

    @property
    def timings(self) -> int:
        return sum(timings_per_shape(shape, self.target["threads"])
                   for _, shape, _, _ in self.shapes)


def plan(backend: str, batches: list[int], share: float,
         build_step: Callable[[int], object]) -> Plan:
    """Trace the step (`build_step`, see `step_matmuls`) at each batch size and choose the
    shapes to tune (nothing timed)."""
    target = dict(zip(TARGET_FIELDS, kernel_target(backend)))
    chosen, seen = [], set()
    with tuned_kernels.using([]):                  # the heuristic's step: every shape looked up
        for batch in batches:
            for shape, count, fraction in heaviest(step_matmuls(batch, build_step), share):
                if shape not in seen:
                    seen.add(shape)
                    chosen.append((batch, shape, count, fraction))
    return Plan(target, chosen)


def tune(chosen: Plan, min_gain: float, budget_s: float, log: Callable[[str], None],
         tick: Callable[[], None] = lambda: None) -> tuple[list[dict], list[Shape]]:
    """Tune the plan's shapes, largest first, until done or `budget_s` is spent; the kept
    entries (each beating the heuristic by `min_gain`, labelled with this processor) and
    the shapes left untuned."""
    started, entries, skipped = time.perf_counter(), [], []
    label = f"{cpu_model()}, {chosen.target['isa'] or 'GPU'}, " \
            f"{datetime.date.today().isoformat()}"
    with tuned_kernels.using([]):                 # timed against the heuristic only
        for batch, shape, count, fraction in chosen.shapes:
            if time.perf_counter() - started > budget_s:
                skipped.append(shape)
                continue
            log(f"batch {batch}: {shape[0]}x{shape[1]}x{shape[2]}, {count}x per step, "
                f"{fraction:.0%} of its matmul FLOPs")
            entry = tune_shape(shape, chosen.target["threads"], log, tick)
            if entry and entry["tuned_ms"] <= (1 - min_gain) * entry["heuristic_ms"]:
                entries.append({**chosen.target, **entry, "batch": batch, "per_step": count,
                                "processor": label})
                log(f"  kept: {entry['heuristic_ms']} -> {entry['tuned_ms']} ms")
            else:
                log("  no candidate beats the heuristic: not recorded")
    return entries, skipped


def write_table(path: Path, entries: list[dict], target: dict, batches: list[int],
                made_by: str) -> int:
    """Merge `entries` into the table at `path` (atomically): entries for other keys stay,
    this machine's entries for the tuned batch sizes are replaced.  A damaged or foreign
    table there is replaced.  Returns the number of entries written."""
    try:
        kept_entries = tuned_kernels.read_entries(path)
    except ValueError:                                 # none yet, damaged or foreign
        kept_entries = []
    new_keys = {tuned_kernels._key(e) for e in entries}
    mine = tuple(target[k] for k in TARGET_FIELDS)
    kept = [e for e in kept_entries if tuned_kernels._key(e) not in new_keys
            and not (tuned_kernels._key(e)[:len(mine)] == mine and e.get("batch") in batches)]
    table = {"tinygrad": metadata.version("tinygrad"), "made_by": made_by,
             "kernels": kept + sorted(entries, key=lambda e: (e["batch"],
                                                              -e["m"] * e["k"] * e["n"]))}
    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_path(path) as tmp:
        tmp.write_text(json_text(table) + "\n", encoding="utf-8")
    tuned_kernels.reload()
    return len(table["kernels"])

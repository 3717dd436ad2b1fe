"""Find better kernel options for the training step's heaviest matmuls, offline, and write
them into tinygan/tuned_kernels.json (applied at run time without any search).

    python benchmarks/tune.py                        # DEV=CPU, batch 128 and 96 (5-6 min)
    TINYGAN_CPU_RENDERER=CLANG python benchmarks/tune.py      # the same for clang's kernels
    python benchmarks/tune.py --device cl --share 0.9         # OpenCL (PoCL: CL/cpu entries)
    python benchmarks/tune.py --batch 128 --share 0.8 --dry-run

Why not tinygrad's BEAM: on this 2-core machine BEAM=2 on the 5×5 layer's forward matmul
times its first, unoptimised candidates at 2-4 s each (one core, the whole kernel), eight
of them in its first round, 200 s; a step's dozen large kernels would take hours
(benchmarks/PERF.md).  This script searches a small space instead, chosen from what a CPU
matmul needs (benchmarks/PERF.md, "Round two"): the operand layout (b as stored, N×K, or
a K×N copy so that 16 consecutive outputs of a row load as one AVX-512 vector), how many
outputs along N and along M each loop iteration keeps in registers (UPCAST), how far the
sum over K is unrolled (UNROLL), and the split over cores (THREAD), tinygrad's heuristic
among the candidates.

For each batch size: run one training step recording every matmul's shape (M×K×N), rank
the shapes by their share of the step's matmul FLOPs, and tune the largest until `--share`
of them are covered.  Per shape: time every candidate once (screening), then the best few
and the heuristic in interleaved rounds (the machine is shared: interleaving makes slow
spells hit every candidate alike), keep the fastest by median if it beats the heuristic by
`--min-gain`, and check that its result equals the heuristic's within float tolerance.
Each kept entry records its timings; entries for other (device, code generator, threads,
shape) keys in the file are kept.
"""
from __future__ import annotations

import collections
import json
import statistics
import time
from importlib import metadata
from pathlib import Path

import click
import numpy as np
from tinygrad import Device, Tensor, TinyJit

from tinygan import tuned_kernels
from tinygan.backend import kernel_options, kernel_target, parallel_cpu_kernels, use_device
from tinygan.tutorial import HyperParams, build_gan, make_train_step

Shape = tuple[int, int, int]                                # M, K, N


def step_matmuls(batch: int) -> collections.Counter:
    """How often each matmul shape occurs in one training step at `batch`, found by
    recording the look-ups `formulations._correlate` makes while the step is built."""
    shapes: collections.Counter = collections.Counter()
    lookup = tuned_kernels.lookup

    def recording_lookup(m, k, n, device):
        shapes[(m, k, n)] += 1
        return lookup(m, k, n, device)

    hparams = HyperParams(batch_size=batch)
    runner = make_train_step(*build_gan(hparams), hparams)
    real = Tensor.uniform(batch, 1, 28, 28, low=-1, high=1).realize()
    tuned_kernels.lookup = recording_lookup
    try:
        runner(real)                  # the first call traces the step once
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


def candidates(shape: Shape, threads: int) -> list[tuple[str, list[list]]]:
    """(layout, option specs) to try for an M×K×N matmul: every combination of the grid
    that divides the shape, the core split last on the first axis it divides."""
    m, k, n = shape
    # NK: tinygrad's heuristic's form (4×4 outputs, the sum unrolled by 4), larger.  KN: 8,
    # 16 or 32 outputs along N (a half, one or two AVX-512 vectors) by 4 or 8 along M.
    # (A first, wider grid here also tried NK 4×4, 4×8 and 8×4, and KN 16×16 and 8×16:
    # never among the fastest four.)
    grid = [("NK", 8, 8, 4)]
    grid += [("KN", n_up, m_up, unroll)
             for n_up, m_up in ((16, 4), (16, 8), (32, 4), (32, 8), (8, 8)) for unroll in (1, 4)]
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
        found.append((layout, specs))
    return found


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


def time_once(call) -> float:
    start = time.perf_counter()
    call()
    return time.perf_counter() - start


def tune_shape(shape: Shape, threads: int, finalists: int, rounds: int,
               log=click.echo) -> dict | None:
    """The best plan for one shape, as a table entry, or None if none beats the heuristic."""
    m, k, n = shape
    a, b = Tensor.randn(m, k).realize(), Tensor.randn(n, k).realize()
    heuristic = matmul_call(a, b, None)
    reference = heuristic().numpy()
    heuristic()                                            # the JIT captures on call 2
    compiled = []
    for layout, specs in candidates(shape, threads):
        plan = tuned_kernels.MatmulPlan(layout, kernel_options(specs))
        try:
            call = matmul_call(a, b, plan)
            call()
            call()
        except Exception as error:  # noqa: BLE001 - an option tinygrad rejects: skip it
            log(f"    {layout} {specs}: rejected ({str(error).splitlines()[0][:80]})")
            continue
        compiled.append((layout, specs, call))
    # Screening: every candidate twice, in two interleaved passes, the faster time counts.
    screen = [[time_once(call) for _, _, call in compiled] for _ in range(2)]
    order = sorted(range(len(compiled)), key=lambda i: min(screen[0][i], screen[1][i]))
    finals = [("heuristic", None, heuristic)] + [compiled[i] for i in order[:finalists]]
    times = collections.defaultdict(list)
    for _ in range(rounds):
        for i, (_, _, call) in enumerate(finals):
            times[i].append(time_once(call))
    medians = [statistics.median(times[i]) for i in range(len(finals))]
    for (layout, specs, _), median in zip(finals, medians):
        log(f"    {median * 1e3:8.1f} ms  {2 * m * k * n / median / 1e9:6.1f} GFLOP/s  "
            f"{layout} {specs or ''}")
    best = min(range(1, len(finals)), key=medians.__getitem__, default=None)
    if best is None:
        return None
    layout, specs, call = finals[best]
    result = call().numpy()
    error = float(np.abs(result - reference).max() / max(np.abs(reference).max(), 1e-30))
    if error > 1e-5:
        log(f"    best candidate differs from the heuristic by {error:.2g} (relative): dropped")
        return None
    return {"m": m, "k": k, "n": n, "layout": layout, "opts": specs,
            "tuned_ms": round(medians[best] * 1e3, 2),
            "heuristic_ms": round(medians[0] * 1e3, 2), "relative_error": float(f"{error:.2g}")}


@click.command()
@click.option("--device", default="cpu", show_default=True, help="tinygan device name.")
@click.option("--batch", "batches", default="128,96", show_default=True,
              help="Batch sizes, comma-separated (128: the tutorial's; 96: the last batch "
                   "of an MNIST epoch, 60,000 = 468·128 + 96).")
@click.option("--share", default=0.95, show_default=True, type=click.FloatRange(0, 1),
              help="Tune the largest matmuls until they cover this share of the step's "
                   "matmul FLOPs.")
@click.option("--min-gain", default=0.05, show_default=True, type=click.FloatRange(0),
              help="Keep a plan only if its median is this much below the heuristic's.")
@click.option("--finalists", default=4, show_default=True, type=click.IntRange(1))
@click.option("--rounds", default=5, show_default=True, type=click.IntRange(1))
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path),
              default=tuned_kernels.TABLE_PATH, show_default=True)
@click.option("--dry-run", is_flag=True, help="Print what would be written; write nothing.")
def tune(device, batches, share, min_gain, finalists, rounds, out, dry_run):
    """Tune the training step's heaviest matmuls and record the winners (module docstring)."""
    backend = use_device(device)
    parallel_cpu_kernels()
    target = dict(zip(("device", "renderer", "threads"), kernel_target(backend)))
    click.echo(f"tuning on {target}")
    started, entries = time.perf_counter(), {}
    with tuned_kernels.using([]):                         # time against the heuristic only
        for batch in (int(b) for b in batches.split(",")):
            shapes = step_matmuls(batch)
            for shape, count, fraction in heaviest(shapes, share):
                if shape in entries:
                    continue
                click.echo(f"batch {batch}: {shape[0]}x{shape[1]}x{shape[2]}, {count}x per "
                           f"step, {fraction:.0%} of its matmul FLOPs")
                entry = tune_shape(shape, target["threads"], finalists, rounds)
                if entry and entry["tuned_ms"] <= (1 - min_gain) * entry["heuristic_ms"]:
                    entries[shape] = {**target, **entry, "batch": batch, "per_step": count}
                    click.echo(f"  kept: {entry['heuristic_ms']} -> {entry['tuned_ms']} ms")
                else:
                    click.echo("  no candidate beats the heuristic: not recorded")
    click.echo(f"tuning took {(time.perf_counter() - started) / 60:.1f} min")

    table = json.loads(out.read_text()) if out.exists() else {"kernels": []}
    new_keys = {tuned_kernels._key(e) for e in entries.values()}
    tuned_batches = {int(b) for b in batches.split(",")}
    kept = [e for e in table["kernels"] if tuned_kernels._key(e) not in new_keys
            and not ((e["device"], e["renderer"], e["threads"]) == tuple(target.values())
                     and e["batch"] in tuned_batches)]
    table = {"tinygrad": metadata.version("tinygrad"),
             "made_by": "python benchmarks/tune.py (see its docstring and benchmarks/PERF.md)",
             "kernels": kept + sorted(entries.values(), key=lambda e: (e["batch"], -e["m"] * e["k"] * e["n"]))}
    text = json.dumps(table, indent=1) + "\n"
    if dry_run:
        click.echo(text)
    else:
        out.write_text(text)
        click.echo(f"wrote {len(entries)} entries for {target} to {out}")


if __name__ == "__main__":
    tune()

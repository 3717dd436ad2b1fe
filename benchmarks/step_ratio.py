"""tinygan's training step against PyTorch's, interleaved rep by rep in one process.

    python benchmarks/step_ratio.py                                  # CPU (tinygan's default)
    python benchmarks/step_ratio.py --configs CPU,CPU:CLANG/untuned,CL --reps 7
    python benchmarks/step_ratio.py --row lecture64 --reps 5   # a model's step (tinygan bench's rows)

Why a second harness beside `benchmarks/kernels.py`: that one times every repetition of one
engine, then every repetition of the next.  This project's machine is shared, and a job
starting beside it slows one block and not the other; PyTorch's two OpenMP threads suffer
most (its step took 1.9 s with one core busy elsewhere, 0.57 s on one thread in the same
minute: benchmarks/PERF.md, "Round two").  Here each round runs every configuration once,
so slow spells hit all of them alike, and the ratios come from medians of the same rounds.

A configuration is a tinygrad backend, optionally with the CPU code generator (CPU:CLANG,
CPU:LLVM) and switches: "/untuned" (TINYGAN_TUNED_KERNELS=0: no table, as on a processor
without entries: tinygan's default plan where it applies, else tinygrad's heuristic),
"/whole" (TINYGAN_CONV_REGIONS=0: no correlation split into bands of rows), "/narrow"
(TINYGAN_VECTOR_WIDTH=4: tinygrad's own 4-float vectors, not tinygan.fast.vectors' wide ones).
Each gets its own step runner, built as `train` builds it, on the same random batch, with
the kernels `--kernels` asks for (tinygan's fast path by default, or tinygrad's own: plain).
"""
from __future__ import annotations

import contextlib
import json
import os
import statistics
import time
from pathlib import Path

import click
from tinygrad import Context, Tensor

from tinygan.backend import renderer_name, resolve_device
from tinygan.bench.machine import machine_info
from tinygan.bench.flops import STEP_IDS
from tinygan.bench.run import step_hparams, step_runner
from tinygan.bench.torch_twin import import_torch, torch_step_call
from tinygan.fast.cpu import choose_cpu_renderer
from tinygan.fast.processor import cpu_isa, cpu_model
from tinygan.internals import DEV
from tinygan.kernels import CHOICES, active, kernels_on
from tinygan.tutorial import HyperParams

SWITCHES = {"untuned": ("TINYGAN_TUNED_KERNELS", 0), "whole": ("TINYGAN_CONV_REGIONS", 0),
            "narrow": ("TINYGAN_VECTOR_WIDTH", 4)}


def parse_config(text: str) -> tuple[str, str, dict[str, int]]:
    """"CPU:CLANG/untuned" -> ("CPU", "CLANG", {"TINYGAN_TUNED_KERNELS": 0})."""
    name, *flags = text.strip().split("/")
    backend, _, renderer = name.partition(":")
    unknown = [flag for flag in flags if flag not in SWITCHES]
    if unknown:
        raise click.BadParameter(f"{text!r}: unknown switch /{unknown[0]} "
                                 f"(known: {', '.join('/' + s for s in SWITCHES)})")
    return resolve_device(backend), renderer.upper(), dict(SWITCHES[flag] for flag in flags)


@click.command()
@click.option("--configs", default="CPU", show_default=True,
              help="tinygan configurations, comma-separated (see the module docstring).")
@click.option("--batch", default=128, show_default=True, type=click.IntRange(min=2))
@click.option("--reps", default=7, show_default=True, type=click.IntRange(min=1))
@click.option("--torch/--no-torch", "use_torch", default=True, show_default=True)
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Also write the timings as JSON here.")
@click.option("--row", type=click.Choice(STEP_IDS), default="step", show_default=True,
              help="Which training step: the tutorial's, or a model's or pix2pix's at its "
                   "source's batch scaled by --batch/128 (as `tinygan bench --layers`).")
@click.option("--kernels", type=click.Choice(CHOICES), default="fast",
              show_default=True, help="tinygan's fast path, or tinygrad's own kernels.")
def step_ratio(configs, batch, reps, use_torch, out, kernels, row):
    """Time tinygan's step (each configuration) and PyTorch's, interleaved."""
    parsed = {text: parse_config(text) for text in configs.split(",")}
    with contextlib.ExitStack() as stack:
        for backend in dict.fromkeys(backend for backend, _, _ in parsed.values()):
            stack.enter_context(kernels_on(kernels, backend))
        interleaved(parsed, batch, reps, use_torch, out, row)


def interleaved(parsed: dict, batch: int, reps: int, use_torch: bool, out: Path | None,
                row: str = "step"):
    """`step_ratio` with each backend's kernels switched on."""
    hparams = step_hparams(row, HyperParams(batch_size=batch))
    fast_cpu = active("CPU") == "fast"
    default_renderer = choose_cpu_renderer() if fast_cpu else renderer_name("CPU")
    calls, cold = {}, {}
    for text, (backend, renderer, switches) in parsed.items():
        DEV.value = f"{backend}:{renderer}" if renderer else backend
        with Context(**switches):
            if fast_cpu:
                choose_cpu_renderer()                # with this configuration's vectors
            Tensor.manual_seed(hparams.seed)
            call = step_runner(hparams)
            start = time.perf_counter()
            call()                                   # traces, schedules and compiles
            cold[text] = time.perf_counter() - start
            call()                                   # the JIT captures here
        if fast_cpu:
            choose_cpu_renderer()
        calls[text] = (DEV.value, call)
        click.echo(f"{text}: first call {cold[text]:.1f} s", err=True)
    torch = import_torch() if use_torch else None
    if torch is not None:
        call = torch_step_call(torch, hparams, "cpu")
        call()
        call()
        calls["PyTorch"] = (None, call)
    load_start = os.getloadavg()
    times = {name: [] for name in calls}
    for rep in range(reps):
        for name, (dev, call) in calls.items():
            if dev is not None:
                DEV.value = dev
            start = time.perf_counter()
            call()
            times[name].append((time.perf_counter() - start) * 1e3)
        click.echo(f"round {rep + 1}: " + ", ".join(f"{n} {t[-1]:.0f}" for n, t in times.items()),
                   err=True)
    medians = {name: statistics.median(t) for name, t in times.items()}
    reference = medians.get("PyTorch")
    for name, median in medians.items():
        ratio = f"  {median / reference:.2f}x PyTorch" if reference and name != "PyTorch" else ""
        click.echo(f"{name:24s} {median:8.1f} ms median of {reps}{ratio}")
    kernels = {backend: active(backend) for backend, _, _ in parsed.values()}
    click.echo(f"{cpu_model()} ({cpu_isa()}); kernels {kernels}; CPU code generator: "
               f"{default_renderer} by default; load average "
               f"{load_start[0]:.2f} at the start, {os.getloadavg()[0]:.2f} at the end")
    if out:
        out.write_text(json.dumps({"machine": machine_info([], torch),
                                   "row": row, "batch": hparams.batch_size, "reps": reps,
                                   "first_call_s": cold,
                                   "kernels": kernels,
                                   "times_ms": times, "median_ms": medians,
                                   "cpu_renderer": default_renderer,
                                   "load_average": [load_start, os.getloadavg()]}, indent=1))


if __name__ == "__main__":
    step_ratio()

"""`tinygan bench` (and `python benchmarks/kernels.py`): time each layer of the DCGAN and
the full training step on each device, against PyTorch (tinygan.bench)."""
from __future__ import annotations

import datetime
import sys
from pathlib import Path

import click

from tinygan.backend import DeviceError, resolve_device, tf32_allowed, usable_devices
from tinygan.bench.flops import ROW_IDS, STEP_IDS
from tinygan.bench.report import default_output, summary, write_results
from tinygan.bench.run import run_benchmark
from tinygan.cli.common import KERNELS_OPTION


class Progress:
    """One line saying what is being timed: rewritten in place on a terminal, one line per
    row otherwise (logs, tests)."""

    def __init__(self):
        self.interactive = sys.stderr.isatty()
        self.last_row = None

    def __call__(self, message: str):
        if self.interactive:
            click.echo("\r\033[K" + message[:150], nl=False, err=True)
            return
        row = message.rsplit(": ", 1)[0]
        if row != self.last_row:
            click.echo(row, err=True)
            self.last_row = row

    def done(self):
        if self.interactive:
            click.echo("\r\033[K", nl=False, err=True)


def parse_backends(text: str | None) -> list[str]:
    if not text:
        return usable_devices()
    try:
        return list(dict.fromkeys(resolve_device(name) for name in text.split(",") if name.strip()))
    except DeviceError as error:
        raise click.BadParameter(str(error), param_hint="--backends") from error


def parse_layers(text: str) -> list[str]:
    if text.strip().lower() == "all":
        return list(ROW_IDS)
    lower = STEP_IDS                                        # the rows named in lower case
    chosen = [name.strip().lower() if name.strip().lower() in lower else name.strip().upper()
              for name in text.split(",") if name.strip()]
    unknown = [name for name in chosen if name not in ROW_IDS]
    if unknown or not chosen:
        raise click.BadParameter(f"unknown row {', '.join(unknown) or '(none)'}: use 'all' or "
                                 f"some of {', '.join(ROW_IDS)}", param_hint="--layers")
    return chosen


def command_line(ctx: click.Context, script: str = "python benchmarks/kernels.py") -> str:
    """The command that reproduces this run, every option spelled out."""
    words = [script]
    for param in ctx.command.params:
        value = ctx.params[param.name]
        if isinstance(param, click.Option) and param.is_flag:
            if param.secondary_opts:                      # --torch/--no-torch
                words.append(param.opts[0] if value else param.secondary_opts[0])
            elif value:
                words.append(param.opts[0])
        elif value is not None:
            words += [param.opts[0], str(value)]
    return " ".join(words)


@click.command("bench")
@click.option("--backends", default=None, metavar="LIST",
              help="tinygrad backends to time, comma-separated (CPU, CL, CUDA, METAL, AMD, "
                   "NV, or gpu). Default: every usable one.")
@click.option("--batch", default=128, show_default=True, type=click.IntRange(min=2),
              help="Batch size (the tutorial's is 128).")
@click.option("--reps", default=5, show_default=True, type=click.IntRange(min=1),
              help="Timed repetitions per row, after a cold call and one warm-up call.")
@click.option("--layers", "layers", default="all", show_default=True, metavar="LIST",
              help=f"Rows to time: 'all' or some of {','.join(ROW_IDS)} (G4 = the "
                   "generator's 4th layer in the tutorial's table; faces32, lecture64, "
                   "pix2pix: those training steps at their batch, 128, 64, 16, scaled by "
                   "--batch/128).")
@click.option("--torch/--no-torch", "use_torch", default=True, show_default=True,
              help="Compare with PyTorch when it is installed.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="JSON file to write; the .md table and .png chart go next to it. "
                   "Default: benchmarks/results/<host>-<date>.json.")
@click.option("--top", default=5, show_default=True, type=click.IntRange(min=0),
              help="How many of the slowest tinygrad kernels to list per row.")
@click.option("--cold-cache", is_flag=True,
              help="Turn off tinygrad's on-disk compile cache, so that cold calls compile "
                   "every kernel.")
@click.option("--torch-threads", default=0, show_default=True, type=click.IntRange(min=0),
              help="PyTorch's CPU threads (torch.set_num_threads); 0 keeps PyTorch's default.")
@click.option("--seed", default=0, show_default=True, type=click.IntRange(min=0))
@KERNELS_OPTION
@click.option("--tf32", is_flag=True,
              help="NVIDIA: let tinygrad use TF32 tensor cores for float32, as PyTorch's "
                   "convolutions do by default (recorded: settings.allow_tf32).")
def bench(backends, batch, reps, layers, use_torch, out, top, cold_cache, torch_threads, seed,
          kernels, tf32):
    """Time each layer of the DCGAN and the full training step on each device, against
    PyTorch; write JSON, a Markdown table and a bar chart."""
    now = datetime.datetime.now().astimezone()
    progress = Progress()
    with tf32_allowed(tf32):
        result = run_benchmark(parse_backends(backends), parse_layers(layers), batch=batch,
                               reps=reps, use_torch=use_torch, top=top, cold_cache=cold_cache,
                               torch_threads=torch_threads, seed=seed, kernels=kernels,
                               command=command_line(click.get_current_context()), now=now,
                               progress=progress)
    progress.done()
    written = write_results(result, out or default_output(now))
    click.echo(summary(result))
    click.echo("wrote " + ", ".join(str(path) for path in written))

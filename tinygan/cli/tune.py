"""`tinygan tune` (and `python benchmarks/tune.py`, for the shipped table): time the
training step's heaviest matmuls on this machine and record the fastest kernel options
(tinygan.fast.tuning), in the user's table by default, which tinygan reads before the shipped
one (tinygan.fast.tuned_kernels)."""
from __future__ import annotations

from pathlib import Path

import click
from tinygrad import Tensor

from tinygan.backend import DeviceError, use_device
from tinygan.cli.common import KERNELS_OPTION
from tinygan.fast import tuned_kernels
from tinygan.fast.tuning import plan, tune, write_table
from tinygan.internals import tqdm
from tinygan.kernels import choice, kernels_on
from tinygan.tutorial import HyperParams, build_gan, train_step


def tutorial_step(batch: int) -> None:
    """The graph of one training step of the tutorial's GAN at `batch`, as `train` builds
    it, on random images (what `tinygan.fast.tuning.plan` traces)."""
    hparams = HyperParams(batch_size=batch)
    real = Tensor.uniform(batch, 1, 28, 28, low=-1, high=1)
    train_step(*build_gan(hparams), hparams, real)


def parse_batches(text: str) -> list[int]:
    try:
        batches = [int(b) for b in text.split(",") if b.strip()]
    except ValueError:
        batches = []
    if not batches or min(batches) < 2:
        raise click.BadParameter(f"{text!r}: batch sizes, comma-separated, each at least 2",
                                 param_hint="--batch")
    return batches


@click.command("tune")
@click.option("--device", default="cpu", show_default=True,
              help="Device whose kernels are tuned: cpu, or cl (OpenCL on a CPU driver).")
@click.option("--batch", "batches", default="128,96", show_default=True,
              help="Batch sizes, comma-separated (128: the tutorial's; 96: the last batch "
                   "of an MNIST epoch, 60,000 = 468·128 + 96).")
@click.option("--share", default=0.95, show_default=True, type=click.FloatRange(0, 1),
              help="Tune the largest matmuls until they cover this share of the step's "
                   "matmul FLOPs.")
@click.option("--min-gain", default=0.05, show_default=True, type=click.FloatRange(0),
              help="Keep options only if their median is this much below the heuristic's.")
@click.option("--minutes", default=10.0, show_default=True, type=click.FloatRange(min=0.1),
              help="Time budget: shapes not started by then are left untuned (the largest "
                   "come first).")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="The table to write [default: the user's, "
                   "~/.cache/tinygan/tuned_kernels.json].")
@click.option("--dry-run", is_flag=True, help="Say what would be tuned; time nothing.")
@click.option("--verbose", is_flag=True, help="Print every candidate's time.")
@KERNELS_OPTION
def tune_command(device, batches, share, min_gain, minutes, out, dry_run, verbose, kernels):
    """Time the training step's heaviest matmuls on this machine and record the fastest
    kernel options, for every later run on this machine to use (the fast path's: the plain
    path uses tinygrad's heuristic for every kernel)."""
    out = out or tuned_kernels.user_table_path()
    chosen_batches = parse_batches(batches)
    if choice(kernels) != "fast":
        raise click.BadParameter("the tables hold options for tinygan's fast kernels; the "
                                 "plain path has none to tune: use --kernels fast",
                                 param_hint="--kernels")
    try:
        backend = use_device(device)
    except DeviceError as error:
        raise click.BadParameter(str(error), param_hint="--device") from error
    with kernels_on("fast", backend) as used:
        if used != "fast":
            raise click.ClickException("the fast path cannot run on this tinygrad (see the "
                                       "log): nothing to tune")
        _tune(backend, chosen_batches, share, min_gain, minutes, out, dry_run, verbose)


def _tune(backend, chosen_batches, share, min_gain, minutes, out, dry_run, verbose):
    """`tune_command` with the fast path on."""
    click.echo(f"tracing the step at batch {', '.join(map(str, chosen_batches))} ...", err=True)
    chosen = plan(backend, chosen_batches, share, tutorial_step)
    target = chosen.target
    click.echo(f"this machine: {target['device']}, {target['renderer']}, {target['threads']} "
               f"CPU parts, {target['cpu'] or 'a GPU'} ({target['isa'] or 'no CPU ISA'}); "
               f"{len(chosen.shapes)} matmul "
               f"shapes to tune ({chosen.timings} timed calls), at most {minutes:g} min")
    for batch, (m, k, n), count, fraction in chosen.shapes:
        click.echo(f"  batch {batch}: {m}x{k}x{n}, {count}x per step, {fraction:.0%} of "
                   f"its matmul FLOPs")
    if dry_run:
        click.echo(f"dry run: nothing timed; the table would go to {out}")
        return
    log = click.echo if verbose else (lambda message: None)
    with tqdm(total=chosen.timings, desc="tuning") as bar:
        entries, skipped = tune(chosen, min_gain, minutes * 60, log, tick=lambda: bar.update(1))
    written = write_table(out, entries, target, chosen_batches,
                          "tinygan tune (tinygan.fast.tuning); each entry names the processor it "
                          "was measured on")
    for entry in entries:
        click.echo(f"  {entry['m']}x{entry['k']}x{entry['n']}: {entry['heuristic_ms']} -> "
                   f"{entry['tuned_ms']} ms ({entry['layout']} {entry['opts']})")
    if skipped:
        click.echo(f"  {len(skipped)} shapes left untuned: the {minutes:g} min budget was spent")
    click.echo(f"wrote {len(entries)} tuned kernels for this machine to {out} "
               f"({written} in the table); later runs on this machine use them")

"""What every command shares: errors a user can fix become one line without a traceback,
and the log format."""
from __future__ import annotations

import dataclasses
import logging
import sys
import typing

import click

from tinygan.kernels import CHOICES


# The exceptions that mean "the user can fix this": printed as one line.
def _user_errors() -> tuple[type[Exception], ...]:
    from tinygan.backend import DeviceError
    from tinygan.checkpoint import CheckpointError
    from tinygan.datasets import DatasetError
    from tinygan.loop import TrainingError
    from tinygan.quality import ClassifierError
    return (DatasetError, DeviceError, CheckpointError, ClassifierError, TrainingError,
            ValueError, OSError)


# `sample`, `interpolate`, `score`, `export`: which of a run's generators to use.
RAW_OPTION = click.option(
    "--raw", is_flag=True,
    help="the generator's weights as trained, not their moving average (for runs with "
         "--ema-decay)")


# Every command that computes: tinygrad's own kernels or tinygan's faster ones.
KERNELS_OPTION = click.option(
    "--kernels", type=click.Choice(CHOICES), default=None,
    help="plain: the layers as tinygrad's own operations; fast: tinygan's faster kernels "
         "for the device [default: $TINYGAN_KERNELS, else fast]")


def run_command(fn, *args, **kwargs):
    try:
        return fn(*args, **kwargs)
    except _user_errors() as e:
        raise click.ClickException(str(e)) from None


def run_with_kernels(kernels: str | None, device: str, fn, *args, **kwargs):
    """`run_command(fn, ...)` on `device` (a user's name: resolved here, then passed to `fn`
    as `device=`) with the kernels asked for switched on meanwhile (`tinygan.kernels`), in
    a log line with the device."""
    from tinygan.backend import device_description, resolve_device
    from tinygan.kernels import kernels_on

    def call():
        backend = resolve_device(device)
        with kernels_on(kernels, backend) as used:
            logging.getLogger("tinygan").info(
                f"Running on {device_description(backend)}, {used} kernels")
            return fn(*args, device=backend, **kwargs)
    return run_command(call)


def setup_logging() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s",
                        datefmt="%H:%M:%S")


# The help of the settings both training records have (HyperParams, Pix2PixParams), and
# their option names beside --field-name: --out for output_dir.
RUN_HELP = {"disc_lr": "discriminator learning rate", "gen_lr": "generator learning rate",
            "device": "gpu (first accelerator, else CPU), cpu, cuda, metal, amd, cl/opencl",
            "kernels": "plain (the layers as tinygrad's own operations) or fast (tinygan's "
            "faster kernels for the device); default: $TINYGAN_KERNELS, else fast",
            "checkpoint_every": "steps between checkpoints",
            "max_steps": "stop after this many steps"}
EXTRA_NAMES = {"output_dir": ["--out"]}


def record_options(record: type, helps: dict[str, str]):
    """A decorator adding one option per field of the dataclass `record` (HyperParams,
    Pix2PixParams): --batch-size for batch_size (and the names in EXTRA_NAMES), a
    --flag/--no-flag pair for a bool, each defaulting to None (left out: the record's
    default applies), its help from `helps` (else RUN_HELP) with the record's default."""
    def decorate(command):
        hints = typing.get_type_hints(record)
        for field in reversed(dataclasses.fields(record)):
            kind = hints[field.name]
            click_type = {int: int, float: float}.get(kind, None)
            if click_type is None and typing.Optional[int] == kind:
                click_type = int
            names = [f"--{field.name.replace('_', '-')}", *EXTRA_NAMES.get(field.name, [])]
            typed = {"type": click_type or str}
            if kind is bool:                                   # a flag: --tf32 / --no-tf32
                names, typed = [f"{names[0]}/--no-{names[0][2:]}"], {}
            text = helps.get(field.name, RUN_HELP.get(field.name, ""))
            command = click.option(*names, field.name, default=None, **typed,
                                   help=f"{text} [default: {field.default}]")(command)
        return command
    return decorate


def training_command(name: str, options, train_fn, fill_in=lambda given: given):
    """The command `name` (help: `train_fn`'s docstring) that runs `train_fn(resume,
    overwrite, **given)`, which returns a run's summary: the `options` decorator's options
    (`record_options`), those given filled in by `fill_in`, `--resume` and `--overwrite`; a
    bad value or a failed run is one line without a traceback; the last line says where
    the files are (exit status 130 when stopped by Ctrl-C)."""
    @click.command(name, help=train_fn.__doc__)
    @options
    @click.option("--resume", is_flag=True,
                  help="continue from the checkpoint in the output folder")
    @click.option("--overwrite", is_flag=True,
                  help="start afresh in an output folder that holds another run's files "
                       "(removes those files)")
    def command(resume: bool, overwrite: bool, **options):
        setup_logging()
        given = fill_in({k: v for k, v in options.items() if v is not None})
        summary = run_command(train_fn, resume, overwrite, **given)
        if summary["interrupted"]:
            click.echo(f"Stopped at step {summary['steps']}: continue with --resume "
                       f"--out {summary['output_dir']}")
            sys.exit(130)
        click.echo(f"Done: {summary['steps']} steps; grids, output.gif, losses.csv and a "
                   f"checkpoint are in {summary['output_dir']}/")
    return command

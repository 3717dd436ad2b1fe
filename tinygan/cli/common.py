"""What every command shares: errors a user can fix become one line without a traceback,
and the log format."""
from __future__ import annotations

import logging

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

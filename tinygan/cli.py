"""The `tinygan` command: train, sample, gif, plot, devices, bench.

The command line only fills in `HyperParams` (one option per field, generated from the
dataclass so the two never drift apart) and calls the library; errors a user can fix are
printed as one line, without a traceback.
"""
from __future__ import annotations

import dataclasses
import logging
import sys
import typing
from pathlib import Path

import click

from tinygan.hparams import HyperParams

# The exceptions that mean "the user can fix this": printed as one line.
def _user_errors() -> tuple[type[Exception], ...]:
    from tinygan.backend import DeviceError
    from tinygan.checkpoint import CheckpointError
    from tinygan.data import DatasetError
    from tinygan.quality import ClassifierError
    from tinygan.training import TrainingError
    return (DatasetError, DeviceError, CheckpointError, ClassifierError, TrainingError,
            ValueError, OSError)


def _run(fn, *args, **kwargs):
    try:
        return fn(*args, **kwargs)
    except _user_errors() as e:
        raise click.ClickException(str(e)) from None


def _setup_logging() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s",
                        datefmt="%H:%M:%S")


# Options for every HyperParams field: --batch-size, --latent-dim, ..., --output-dir (--out).
_EXTRA_NAMES = {"output_dir": ["--out"]}
_HELP = {"batch_size": "images per batch", "latent_dim": "length of the noise vector",
         "epochs": "passes over the training images", "verbose_freq": "log and save a sample "
         "grid every this many steps", "output_dim": "the sample grid is output_dim × output_dim",
         "disc_lr": "discriminator learning rate", "gen_lr": "generator learning rate",
         "device": "gpu (first accelerator, else CPU), cpu, cuda, metal, amd, cl/opencl",
         "seed": "seed for weights, noise and data order", "dataset": "mnist or fashion-mnist",
         "data_dir": "folder holding the IDX files (default: search, then download)",
         "output_dir": "folder for grids, GIF, losses and checkpoints",
         "checkpoint_every": "steps between checkpoints", "max_steps": "stop after this many steps",
         "score_every": "log the FID into losses.csv every this many steps (0: never)",
         "score_samples": "images per FID computed during training",
         "label_smoothing": "trick: real target 1 - this (one-sided label smoothing)",
         "label_flip": "trick: swap each real/fake target with this probability",
         "adam_beta1": "trick: Adam's beta1 (the DCGAN paper uses 0.5)",
         "noise": "trick: normal (tutorial) or uniform U(-1, 1) (DCGAN paper)"}


def hparams_options(command):
    hints = typing.get_type_hints(HyperParams)
    for field in reversed(dataclasses.fields(HyperParams)):
        kind = hints[field.name]
        click_type = {int: int, float: float}.get(kind, None)
        if click_type is None and typing.Optional[int] == kind:
            click_type = int
        click_type = click_type or str
        names = [f"--{field.name.replace('_', '-')}", *_EXTRA_NAMES.get(field.name, [])]
        command = click.option(*names, field.name, type=click_type, default=None,
                               help=f"{_HELP.get(field.name, '')} [default: {field.default}]")(command)
    return command


def hparams_from(options: dict) -> HyperParams:
    given = {k: v for k, v in options.items() if v is not None}
    return _run(HyperParams, **given)


@click.command("train")
@hparams_options
@click.option("--resume", is_flag=True, help="continue from the checkpoint in the output folder")
def train_command(resume: bool, **options):
    """Run the Flux DCGAN tutorial: train on MNIST, write sample grids and a GIF."""
    _setup_logging()
    from tinygan.training import train
    hparams = hparams_from(options)
    summary = _run(train, hparams, resume=resume)
    if summary["interrupted"]:
        click.echo(f"Stopped at step {summary['steps']}: continue with --resume "
                   f"--out {summary['output_dir']}")
        sys.exit(130)
    click.echo(f"Done: {summary['steps']} steps; grids, output.gif, losses.csv and a "
               f"checkpoint are in {summary['output_dir']}/")


@click.group()
def main():
    """tinygan: Flux.jl's DCGAN-on-MNIST tutorial on tinygrad."""


main.add_command(train_command)


@main.command("sample")
@click.option("--checkpoint", "folder", type=click.Path(file_okay=False), default="output",
              show_default=True, help="output folder of a run (holds checkpoint.json)")
@click.option("--out", "png", type=click.Path(dir_okay=False), default="sample.png",
              show_default=True)
@click.option("--seed", type=int, default=None,
              help="draw new noise with this seed instead of the run's fixed noise")
@click.option("--device", default="gpu", show_default=True)
def sample_command(folder: str, png: str, seed: int | None, device: str):
    """Draw a sample grid from a checkpoint's generator (in test mode)."""
    _setup_logging()
    from tinygan.sampling import sample_from_checkpoint
    path = _run(sample_from_checkpoint, folder, png, seed=seed, device=device)
    click.echo(f"Wrote {path}")


@main.command("gif")
@click.argument("folder", type=click.Path(exists=True, file_okay=False))
@click.option("--out", "gif", type=click.Path(dir_okay=False), default=None,
              help="default: FOLDER/output.gif")
@click.option("--frame-ms", type=int, default=200, show_default=True)
def gif_command(folder: str, gif: str | None, frame_ms: int):
    """Make a GIF from a folder's sample grids (dcgan_steps_*.png, in name order)."""
    from tinygan.images import make_gif, sample_grid_paths
    paths = sample_grid_paths(folder)
    if not paths:
        raise click.ClickException(f"no dcgan_steps_*.png files in {folder}")
    out = _run(make_gif, paths, gif or Path(folder) / "output.gif", frame_ms=frame_ms)
    click.echo(f"Wrote {out} ({len(paths)} frames)")


@main.command("plot")
@click.argument("csv_path", type=click.Path(exists=True, dir_okay=False))
@click.option("--out", "png", type=click.Path(dir_okay=False), default=None,
              help="default: next to the CSV, as losses.png")
def plot_command(csv_path: str, png: str | None):
    """Plot a run's losses.csv to a PNG."""
    from tinygan.images import plot_losses
    out = _run(plot_losses, csv_path, png or Path(csv_path).with_suffix(".png"))
    click.echo(f"Wrote {out}")


@main.command("devices")
def devices_command():
    """List the tinygrad backends usable here, and what device="gpu" picks."""
    _setup_logging()
    from tinygan.backend import device_description, resolve_device, usable_devices
    for backend in usable_devices():
        click.echo(device_description(backend))
    click.echo(f'device="gpu" uses: {resolve_device("gpu")}')


def _register_commands() -> None:
    """Commands that live beside the code they drive: scoring, the classifier, latent
    walks (tinygan.quality, tinygan.interpolate) and the benchmark (tinygan.bench)."""
    from tinygan.bench import bench
    from tinygan.interpolate import interpolate_command
    from tinygan.quality import score, train_classifier_command
    main.add_command(score, "score")
    main.add_command(train_classifier_command, "train-classifier")
    main.add_command(interpolate_command, "interpolate")
    main.add_command(bench, "bench")


_register_commands()

if __name__ == "__main__":
    main()

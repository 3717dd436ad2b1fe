"""`tinygan train` (and `python examples/dcgan_mnist.py`), `sample`, `export`, `gif`, `plot`,
`report`, `devices`.

`train` only fills in `HyperParams` (one option per field, generated from the dataclass so
the two never drift apart) and calls the long run, `tinygan.longrun.train`
(`tutorial_command`, which `examples/dcgan_mnist.py` uses too).
"""
from __future__ import annotations

from pathlib import Path

import click

from tinygan.cli.common import (KERNELS_OPTION, RAW_OPTION, record_options, run_command,
                                run_with_kernels, setup_logging, training_command)
from tinygan.models import model_defaults
from tinygan.tutorial import HyperParams

_HELP = {"batch_size": "images per batch", "latent_dim": "length of the noise vector",
         "epochs": "passes over the training images", "verbose_freq": "log and save a sample "
         "grid every this many steps", "output_dim": "the sample grid is output_dim × output_dim",
         "tf32": "NVIDIA: let tinygrad use TF32 tensor cores for float32 (as PyTorch's "
         "convolutions do by default); recorded in run.json",
         "seed": "seed for weights, noise and data order",
         "model": "tutorial (Flux's), lecture64 (the GAN lecture's, 64×64 colour) or faces32 "
         "(the face article's, 32×32 colour); fills in that source's settings unless given",
         "conditional": "a conditional GAN: both networks see each image's digit, and "
         "`tinygan sample --digit D` asks for one (the grid: a column per digit)",
         "dataset": "mnist, fashion-mnist, shapes (coloured shapes drawn from a seed), or "
         "folder:PATH (PNG and JPEG files, any size, colour or grayscale)",
         "data_dir": "folder holding the IDX files (default: search, then download)",
         "output_dir": "folder for grids, GIF, losses and checkpoints",
         "score_every": "log the FID into losses.csv every this many steps (0: never)",
         "score_samples": "images per FID computed during training",
         "label_smoothing": "trick: real target 1 - this (one-sided label smoothing)",
         "label_flip": "trick: swap each real/fake target with this probability",
         "adam_beta1": "trick: Adam's beta1 (the DCGAN paper uses 0.5)",
         "noise": "trick: normal (tutorial) or uniform U(-1, 1) (DCGAN paper)",
         "ema_decay": "sample (grids, scores, export) from a moving average of the "
         "generator's weights with this decay (0: off, the tutorial's way; 0.999 is usual)"}


# Options for every HyperParams field: --batch-size, --latent-dim, ..., --output-dir (--out).
hparams_options = record_options(HyperParams, _HELP)


def tutorial_command(train_fn):
    """Make `train_fn(resume, overwrite, **options)` (which returns `train`'s summary) the
    `train` command: one option per HyperParams field, `--resume` and `--overwrite`; options
    not given are left out, so HyperParams' defaults apply; a bad value or a failed run is
    one line without a traceback; the last line says where the files are (exit status 130
    when stopped by Ctrl-C).  `examples/dcgan_mnist.py` and `tinygan train` are both made
    by it."""
    def fill_in(given: dict) -> dict:
        # --model fills in its source's own settings (tinygan.models), unless given
        return {**run_command(model_defaults, given.get("model", "tutorial")), **given}
    return training_command("train", hparams_options, train_fn, fill_in)


@tutorial_command
def train_command(resume: bool, overwrite: bool, **options) -> dict:
    """Run the Flux DCGAN tutorial: train on MNIST, write sample grids and a GIF."""
    from tinygan.longrun import train
    return train(HyperParams(**options), resume=resume, overwrite=overwrite)


@click.command("sample")
@click.option("--checkpoint", "folder", type=click.Path(file_okay=False), default="output",
              show_default=True, help="output folder of a run (holds checkpoint.json)")
@click.option("--out", type=click.Path(dir_okay=False), default="sample.png",
              show_default=True,
              help="a PNG grid; a name ending in .npy gets the images themselves (float32 "
                   "N×1×28×28 in [-1, 1])")
@click.option("--digit", type=click.IntRange(0, 9), default=None,
              help="a conditional run's (--conditional): draw this digit only")
@click.option("--n", type=click.IntRange(min=1), default=None,
              help="draw this many images on fresh noise [default: the run's grid; with "
                   "--digit, output_dim²]")
@click.option("--seed", type=int, default=None,
              help="seed for fresh noise (instead of the grid's fixed noise) [default: 0 "
                   "with --n or --digit]")
@click.option("--device", default="gpu", show_default=True)
@RAW_OPTION
@KERNELS_OPTION
def sample_command(folder: str, out: str, digit: int | None, n: int | None, seed: int | None,
                   device: str, raw: bool, kernels: str | None):
    """Draw samples from a checkpoint's generator (in test mode): its grid (a conditional
    run's: a column per digit), or N images, of one digit with --digit; a PNG, or the raw
    images as .npy."""
    setup_logging()
    from tinygan.sampling import sample_from_checkpoint
    path = run_with_kernels(kernels, device, sample_from_checkpoint, folder, out, seed=seed,
                            raw=raw, n=n, digit=digit)
    click.echo(f"Wrote {path}")


@click.command("export")
@click.option("--checkpoint", "folder", type=click.Path(file_okay=False), default="output",
              show_default=True, help="output folder of a run (holds checkpoint.json)")
@click.option("--out", type=click.Path(file_okay=False), required=True,
              help="folder for the generator's checkpoint (not the run's own folder)")
@RAW_OPTION
def export_command(folder: str, out: str, raw: bool):
    """Write the final generator alone (weights, BatchNorm statistics, fixed noise,
    hyperparameters) for `tinygan sample` and `tinygan interpolate`; it cannot be resumed.
    A run with --ema-decay exports the moving average (or, with --raw, the weights as
    trained); a pix2pix run its U-Net, for `tinygan translate`."""
    from tinygan.checkpoint import export_generator
    path = run_command(export_generator, folder, out, raw=raw)
    size = sum(p.stat().st_size for p in Path(out).iterdir() if p.is_file())
    click.echo(f"Wrote {path} and the generator's weights ({size / 1e6:.1f} MB) into {out}/")


@click.command("gif")
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
    out = run_command(make_gif, paths, gif or Path(folder) / "output.gif", frame_ms=frame_ms)
    click.echo(f"Wrote {out} ({len(paths)} frames)")


@click.command("plot")
@click.argument("csv_path", type=click.Path(exists=True, dir_okay=False))
@click.option("--out", "png", type=click.Path(dir_okay=False), default=None,
              help="default: next to the CSV, as losses.png")
def plot_command(csv_path: str, png: str | None):
    """Plot a run's losses.csv to a PNG."""
    from tinygan.charts import plot_losses
    out = run_command(plot_losses, csv_path, png or Path(csv_path).with_suffix(".png"))
    click.echo(f"Wrote {out}")


@click.command("report")
@click.argument("folder", type=click.Path(exists=True, file_okay=False))
def report_command(folder: str):
    """Write FOLDER/index.html, a run folder as one page (samples, GIF, losses, scores,
    class histogram, hyperparameters, machine); a run writes its own as it trains."""
    from tinygan.page import write_report
    path = run_command(write_report, folder)
    click.echo(f"Wrote {path} (open it in a browser: file://{Path(path).resolve()})")


@click.command("devices")
def devices_command():
    """List the tinygrad backends usable here, and what device="gpu" picks."""
    setup_logging()
    from tinygan.backend import device_description, resolve_device, usable_devices
    for backend in usable_devices():
        click.echo(device_description(backend))
    click.echo(f'device="gpu" uses: {resolve_device("gpu")}')

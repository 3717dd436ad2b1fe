"""`tinygan score`, `tinygan train-classifier` and `tinygan interpolate`: sample quality
(tinygan.quality) and latent walks (tinygan.interpolate)."""
from __future__ import annotations

import json

import click

from tinygan.cli.common import KERNELS_OPTION, RAW_OPTION, run_with_kernels, setup_logging
from tinygan.files import atomic_path
from tinygan.interpolate import interpolate_checkpoint
from tinygan.latent import latent_checkpoint
from tinygan.quality import DEFAULT_RECIPE, format_scores, score_checkpoint, train_classifier


@click.command("score")
@click.option("--checkpoint", "folder", type=click.Path(file_okay=False), default="output",
              show_default=True, help="output folder of a run (holds checkpoint.json)")
@click.option("--n", type=click.IntRange(min=10), default=10_000, show_default=True,
              help="generated images, and real MNIST test images (at most 10,000)")
@click.option("--seed", type=int, default=0, show_default=True, help="seed for the noise")
@click.option("--device", default="gpu", show_default=True)
@click.option("--batch-size", type=click.IntRange(min=1), default=500, show_default=True)
@click.option("--classifier", "classifier_dir", type=click.Path(file_okay=False), default=None,
              help="folder of `tinygan train-classifier` weights [default: the shipped ones]")
@click.option("--data-dir", type=click.Path(file_okay=False), default=None,
              help="folder holding the MNIST IDX files [default: the run's, else search]")
@click.option("--json", "json_path", type=click.Path(dir_okay=False), default=None,
              help="also write the scores to this JSON file")
@RAW_OPTION
@KERNELS_OPTION
def score(folder, n, seed, device, batch_size, classifier_dir, data_dir, json_path, raw, kernels):
    """Score a checkpoint's generator on MNIST features (tinygan's classifier): FID,
    Inception Score, KID (the mean and spread over 100 subsets of at most 1,000, and at most
    half the smaller sample), precision and recall, the class histogram and the mean
    confidence."""
    setup_logging()
    scores = run_with_kernels(kernels, device, score_checkpoint, folder, n=n, seed=seed,
                              batch_size=batch_size, classifier_dir=classifier_dir,
                              data_dir=data_dir, raw=raw)
    click.echo(format_scores(scores))
    if json_path:
        with atomic_path(json_path) as tmp:
            tmp.write_text(json.dumps(scores, indent=2) + "\n")
        click.echo(f"Wrote {json_path}")


@click.command("train-classifier")
@click.option("--out", "out_dir", type=click.Path(file_okay=False), default="classifier",
              show_default=True, help="folder for the weights and the recipe JSON")
@click.option("--epochs", type=click.IntRange(min=1), default=DEFAULT_RECIPE["epochs"],
              show_default=True)
@click.option("--seed", type=click.IntRange(min=0), default=DEFAULT_RECIPE["seed"],
              show_default=True)
@click.option("--batch-size", type=click.IntRange(min=1), default=DEFAULT_RECIPE["batch_size"],
              show_default=True)
@click.option("--lr", type=click.FloatRange(min=0, min_open=True), default=DEFAULT_RECIPE["lr"],
              show_default=True)
@click.option("--lr-decay", type=click.FloatRange(min=0, max=1, min_open=True),
              default=DEFAULT_RECIPE["lr_decay"], show_default=True,
              help="the learning rate is multiplied by this after each epoch")
@click.option("--max-steps", type=click.IntRange(min=1), default=None,
              help="stop after this many steps in all (a quick check; the recipe says so)")
@click.option("--device", default="gpu", show_default=True)
@click.option("--dataset", default="mnist", show_default=True,
              help="mnist (the classifier `tinygan score` uses) or fashion-mnist (the same "
                   "recipe, for FIDs on clothes)")
@click.option("--data-dir", type=click.Path(file_okay=False), default=None,
              help="folder holding the dataset's IDX files [default: search, then download]")
@KERNELS_OPTION
def train_classifier_command(out_dir, epochs, seed, batch_size, lr, lr_decay, max_steps, device,
                             dataset, data_dir, kernels):
    """Train the MNIST classifier that `tinygan score` uses (the shipped weights' recipe),
    or with --dataset fashion-mnist its Fashion-MNIST twin."""
    setup_logging()
    recipe = run_with_kernels(kernels, device, train_classifier, out_dir, epochs=epochs,
                              batch_size=batch_size, lr=lr, lr_decay=lr_decay, seed=seed,
                              data_dir=data_dir, max_steps=max_steps, dataset=dataset)
    use = f"tinygan score --classifier {out_dir}" if dataset == "mnist" else \
        f'load_classifier("{out_dir}", dataset="{dataset}")'
    click.echo(f"Test accuracy {recipe['test_accuracy']:.2%} after {recipe['training_time_s']:.0f}"
               f" s of training; weights and recipe in {out_dir}/ (use: {use})")


@click.command("interpolate")
@click.option("--checkpoint", "folder", type=click.Path(file_okay=False), default="output",
              show_default=True, help="output folder of a run (holds checkpoint.json)")
@click.option("--out", "gif_path", type=click.Path(dir_okay=False), default="walk.gif",
              show_default=True, help="the GIF; the PNG strip goes beside it, as .png")
@click.option("--frames", type=click.IntRange(min=2), default=16, show_default=True,
              help="steps from z1 to z2, both included")
@click.option("--seed", type=int, default=0, show_default=True,
              help="seed for the noise vectors z1 and z2")
@click.option("--pairs", type=click.IntRange(min=1), default=1, show_default=True,
              help="walks, each between its own pair of noise vectors")
@click.option("--frame-ms", type=click.IntRange(min=1), default=100, show_default=True)
@click.option("--scale", type=click.IntRange(min=1), default=4, show_default=True,
              help="enlarge each 28×28 image this many times")
@click.option("--device", default="gpu", show_default=True)
@RAW_OPTION
@KERNELS_OPTION
def interpolate_command(folder, gif_path, frames, seed, pairs, frame_ms, scale, device, raw,
                        kernels):
    """Walk a checkpoint's latent space from z1 to z2: a GIF and a PNG strip."""
    setup_logging()
    gif, png = run_with_kernels(kernels, device, interpolate_checkpoint, folder, gif_path,
                                frames=frames, seed=seed, pairs=pairs, frame_ms=frame_ms,
                                scale=scale, raw=raw)
    click.echo(f"Wrote {gif} ({frames} frames) and {png}")


@click.command("latent")
@click.argument("kind", type=click.Choice(["arithmetic", "sweep", "digits"]))
@click.option("--checkpoint", "folder", type=click.Path(file_okay=False), default="output",
              show_default=True, help="output folder of a run (holds checkpoint.json)")
@click.option("--out", type=click.Path(dir_okay=False), default=None,
              help="the PNG [default: KIND.png]")
@click.option("--rows", type=click.IntRange(min=1), default=4, show_default=True,
              help="pairs (arithmetic), starting vectors (sweep) or noise vectors (digits)")
@click.option("--seed", type=int, default=0, show_default=True, help="seed for the noise")
@click.option("--dim", type=click.IntRange(min=0), default=0, show_default=True,
              help="sweep: the latent coordinate to move")
@click.option("--steps", type=click.IntRange(min=2), default=9, show_default=True,
              help="sweep: values from -3 to 3")
@click.option("--digit", type=click.IntRange(0, 9), default=None,
              help="a conditional run's: this digit in every row [default: row r asks "
                   "for r mod 10]")
@click.option("--scale", type=click.IntRange(min=1), default=3, show_default=True,
              help="enlarge each 28×28 image this many times")
@click.option("--device", default="gpu", show_default=True)
@RAW_OPTION
@KERNELS_OPTION
def latent_command(kind, folder, out, rows, seed, dim, steps, digit, scale, device, raw,
                   kernels):
    """Look into a checkpoint's latent space, as a labelled PNG.  arithmetic: per pair of
    noise vectors, the images of z1, z2, z1 + z2, |z1 - z2| and z1 * z2; sweep: one
    coordinate (--dim) from -3 to 3, the others held; digits (conditional runs): each noise
    vector as 0-9, style held and digit changed."""
    setup_logging()
    path = run_with_kernels(kernels, device, latent_checkpoint, kind, folder,
                            out or f"{kind}.png", rows=rows, seed=seed, dim=dim, steps=steps,
                            digit=digit, scale=scale, raw=raw)
    click.echo(f"Wrote {path}")

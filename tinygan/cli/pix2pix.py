"""`tinygan pix2pix` (train pix2pix on pairs of images: edges2fashion, or a folder) and
`tinygan translate` (apply a trained generator to new inputs).

`pix2pix` only fills in `Pix2PixParams` (one option per field, as `train` does for
`HyperParams`) and calls the long run, `tinygan.translation.train`.
"""
from __future__ import annotations

import click

from tinygan.cli.common import (KERNELS_OPTION, record_options, run_with_kernels,
                                setup_logging, training_command)
from tinygan.pix2pix import Pix2PixParams

_HELP = {"batch_size": "pairs per batch (pix2pix's own is 1)",
         "epochs": "passes over the training pairs",
         "verbose_freq": "log and save a grid of triples every this many steps",
         "output_dim": "the grid: output_dim rows of output_dim input | output | target triples",
         "adam_beta1": "Adam's beta1 (pix2pix's 0.5)",
         "l1_weight": "λ, the weight of the L1 term in the generator's loss",
         "objective": "cgan+l1 (pix2pix), l1 (no discriminator) or cgan (no L1 term): the "
         "paper's ablation",
         "ngf": "the U-Net's width (its first level's channels)",
         "ndf": "the PatchGAN's width",
         "disc_layers": "the PatchGAN's levels after the first (pix2pix's --n_layers_D): 1: "
         "16×16 patches, 2: 34×34, 3: 70×70 (the paper's, for 256×256 pictures)",
         "image_size": "side of the pictures, a power of two (edges2fashion: 32)",
         "dataset": "edges2fashion (edge maps → Fashion-MNIST, offline) or folder:PATH "
         "(pictures A|B side by side, or PATH/A and PATH/B matched by name; PATH/train and "
         "PATH/test or val where they exist)",
         "direction": "AtoB: A is the input, B the target; BtoA: the other way",
         "label_smoothing": "trick: the real target is 1 - this (one-sided)",
         "disc_every": "trick: update the discriminator every this many steps only",
         "tf32": "NVIDIA: let tinygrad use TF32 tensor cores for float32",
         "seed": "seed for weights, dropout and data order",
         "data_dir": "folder holding Fashion-MNIST's IDX files (default: search, then "
         "download)",
         "output_dir": "folder for grids, GIF, losses, page and checkpoints"}


def pix2pix_train(resume: bool, overwrite: bool, **options) -> dict:
    """Train pix2pix (a U-Net, a PatchGAN, the conditional GAN loss + λ·L1) on pairs of
    images: by default edge maps → Fashion-MNIST pictures.  Writes grids of input | output
    | target triples, a GIF, losses.csv, the run's page and checkpoints."""
    from tinygan.translation import train
    return train(Pix2PixParams(**options), resume=resume, overwrite=overwrite)


pix2pix_command = training_command(
    "pix2pix", record_options(Pix2PixParams, _HELP), pix2pix_train)


@click.command("translate")
@click.option("--checkpoint", "folder", type=click.Path(file_okay=False),
              default=Pix2PixParams.output_dir, show_default=True,
              help="output folder of a pix2pix run (holds checkpoint.json)")
@click.option("--input", "source", type=click.Path(), required=True,
              help="a picture, or a folder of them (PNG or JPEG, any depth)")
@click.option("--out", type=click.Path(file_okay=False), required=True,
              help="folder for the outputs: one PNG per input, of the same name")
@click.option("--edges", is_flag=True,
              help="the inputs are pictures, not edge maps: draw their edges first with "
                   "edges2fashion's rule")
@click.option("--device", default="gpu", show_default=True)
@KERNELS_OPTION
def translate_command(folder: str, source: str, out: str, edges: bool, device: str,
                      kernels: str | None):
    """Apply a pix2pix run's generator (in test mode) to new inputs: each picture is fitted
    to the model's size and channels, and its output written to --out under its name."""
    setup_logging()
    from tinygan.translation import translate
    written = run_with_kernels(kernels, device, translate, folder, source, out, edges=edges)
    click.echo(f"Wrote {len(written)} pictures into {out}/")

"""The `tinygan` command: the top layer, and the only part of tinygan that knows click.

Each command fills in its arguments and calls the library below; errors a user can fix are
printed as one line, without a traceback (`tinygan.cli.common`).

    train, sample, gif, plot, report,    tinygan.cli.train (the tutorial and its outputs)
    export, devices
    score, train-classifier, interpolate tinygan.cli.quality
    latent
    bench                                tinygan.cli.bench
    kernels                              tinygan.cli.kernels
    tune                                 tinygan.cli.tune
    export-web                           tinygan.cli.web
    pix2pix, translate                   tinygan.cli.pix2pix (image to image)
"""
import click

from tinygan.cli.bench import bench as bench_command
from tinygan.cli.kernels import kernels_command
from tinygan.cli.pix2pix import pix2pix_command, translate_command
from tinygan.cli.quality import (interpolate_command, latent_command, score,
                                 train_classifier_command)
from tinygan.cli.train import (devices_command, export_command, gif_command, plot_command,
                               report_command, sample_command, train_command,
                               tutorial_command)
from tinygan.cli.tune import tune_command
from tinygan.cli.web import export_web_command


@click.group()
def main():
    """tinygan: Flux.jl's DCGAN-on-MNIST tutorial on tinygrad."""


# `tinygan --help`: one whole line per command (click would cut each docstring short).
SHORT_HELP = {
    "train": "Train the tutorial's DCGAN, or a conditional one.",
    "sample": "Draw samples (a grid, a digit, .npy) from a generator.",
    "gif": "Make a GIF from a folder's sample grids.",
    "plot": "Plot a run's losses.csv.",
    "report": "Write a run folder's index.html page.",
    "devices": "List usable backends and what --device gpu picks.",
    "score": "Score a generator: FID, IS, KID, precision/recall.",
    "train-classifier": "Train the MNIST classifier that score uses.",
    "interpolate": "Walk a generator's latent space: GIF and strip.",
    "latent": "Latent arithmetic, a one-coordinate sweep, all digits.",
    "bench": "Time the step and layers per backend vs PyTorch.",
    "kernels": "Compile the step for GPUs offline: the atlas.",
    "export": "Write a run's final generator alone.",
    "tune": "Find faster kernel options for this CPU's matmuls.",
    "export-web": "The generator as a WebGPU page (tinygrad's WGSL).",
    "pix2pix": "Train pix2pix on image pairs (edges → Fashion-MNIST).",
    "translate": "Apply a pix2pix generator to new pictures.",
}

for name, command in (("train", train_command), ("sample", sample_command),
                      ("gif", gif_command), ("plot", plot_command), ("report", report_command),
                      ("devices", devices_command), ("score", score),
                      ("train-classifier", train_classifier_command),
                      ("interpolate", interpolate_command), ("latent", latent_command),
                      ("bench", bench_command),
                      ("kernels", kernels_command), ("export", export_command),
                      ("tune", tune_command), ("export-web", export_web_command),
                      ("pix2pix", pix2pix_command), ("translate", translate_command)):
    command.short_help = SHORT_HELP[name]
    main.add_command(command, name)

__all__ = ["main", "tutorial_command"]   # tutorial_command: examples/dcgan_mnist.py's command

if __name__ == "__main__":
    main()

"""Flux.jl's DCGAN-on-MNIST tutorial, in Python on tinygrad.  The tutorial itself, from
`HyperParams` to `train`, is one file: tinygan/tutorial.py, read top to bottom beside the
Flux page.

    python examples/dcgan_mnist.py                 # the tutorial: 25 epochs, grids, GIF
    python examples/dcgan_mnist.py --help          # every HyperParams field as an option
    python examples/dcgan_mnist.py --max-steps 20 --batch-size 16   # a quick look

The Julia tutorial ends with `train(HyperParams())`; so does this file.  The command-line
options fill in the HyperParams fields (`--batch-size 16`, ...; the rest keep the
tutorial's defaults), and `tinygan.longrun.train` is the tutorial's `train` with what a
long run needs added from above: losses.csv, checkpoints, `--resume`, a clean stop on
Ctrl-C, a progress bar; a folder holding another run is refused unless `--resume` or
`--overwrite`.  Output goes to `output/` unless `--out` says otherwise.
"""
from tinygan.cli import tutorial_command
from tinygan.longrun import train
from tinygan.tutorial import HyperParams


@tutorial_command      # an option for every HyperParams field, --resume and --overwrite
def main(resume, overwrite, **options):
    """Run the Flux DCGAN tutorial: train on MNIST, write sample grids and a GIF."""
    return train(HyperParams(**options), resume=resume, overwrite=overwrite)


if __name__ == "__main__":
    main()

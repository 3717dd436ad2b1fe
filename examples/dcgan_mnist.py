"""Flux.jl's DCGAN-on-MNIST tutorial, in Python on tinygrad.

    python examples/dcgan_mnist.py                 # the tutorial: 25 epochs, grids, GIF
    python examples/dcgan_mnist.py --help          # every HyperParams field as an option
    python examples/dcgan_mnist.py --max-steps 20 --batch-size 16   # a quick look

The Julia tutorial ends with `train(HyperParams())`; so does this file, through the same
command line as `tinygan train`: options override HyperParams fields, `--resume` continues
an interrupted run.  Output (sample grids, output.gif, losses.csv, a checkpoint) goes to
`output/` unless `--out` says otherwise.
"""
from tinygan.cli import train_command

if __name__ == "__main__":
    train_command()

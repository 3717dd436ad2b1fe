"""tinygan: Flux.jl's DCGAN-on-MNIST tutorial, one-to-one in Python on tinygrad.

Three layers; each imports only from the layers below it (an import contract in setup.cfg,
checked in CI by import-linter):

The tutorial's core, one module per section of the tutorial, in its order:

    hparams     1. HyperParams
    data        2. load_MNIST_images, DataLoader
    init        3. dcgan_init (and Flux's Glorot default for Dense)
    layers         Dense, Conv, ConvTranspose, BatchNorm, Dropout, Chain, flatten, leakyrelu
    models      4-5. Generator, Discriminator
    losses      6. logitbinarycrossentropy, discriminator_loss, generator_loss
    training    7-8. ADAM, train_discriminator(!), train_generator(!), train
    images      9. create_output_image, the GIF

and beneath them backend (tinygrad's version-sensitive parts: training mode, JIT,
devices) and formulations (the convolutions as kernels tinygrad compiles well).

The tools built on the core:

    checkpoint  saving and loading a run's state
    longrun     the long run: losses CSV, checkpoints and resume, Ctrl-C, progress, FID
    sampling    sample grids from a saved generator
    quality     the MNIST classifier, FID, class histogram (a subpackage)
    interpolate latent walks
    bench       kernel timings against PyTorch, and the kernel atlas across
                accelerators with its roofline bound (a subpackage)

The command line, `tinygan.cli` (the only place that knows click).
"""
from tinygan.data import DataLoader, load_MNIST_images, load_mnist_images
from tinygan.hparams import HyperParams
from tinygan.images import create_output_image
from tinygan.init import dcgan_init, glorot_uniform
from tinygan.layers import (BatchNorm, Chain, Conv, ConvTranspose, Dense, Dropout, flatten,
                            leakyrelu)
from tinygan.longrun import train
from tinygan.losses import discriminator_loss, generator_loss, logitbinarycrossentropy
from tinygan.models import Discriminator, Generator
from tinygan.training import train_discriminator, train_generator, train_step

__version__ = "0.1.0"
__all__ = ["HyperParams", "DataLoader", "load_MNIST_images", "load_mnist_images",
           "dcgan_init", "glorot_uniform", "BatchNorm", "Chain", "Conv", "ConvTranspose",
           "Dense", "Dropout", "flatten", "leakyrelu", "Generator", "Discriminator",
           "logitbinarycrossentropy", "discriminator_loss", "generator_loss",
           "train_discriminator", "train_generator", "train_step", "train",
           "create_output_image"]

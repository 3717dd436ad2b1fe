"""tinygan: Flux.jl's DCGAN-on-MNIST tutorial, one-to-one in Python on tinygrad.

One module per section of the tutorial, in its order:

    hparams     1. HyperParams
    data        2. load_MNIST_images, DataLoader
    init        3. dcgan_init (and Flux's Glorot default for Dense)
    layers         Dense, Conv, ConvTranspose, BatchNorm, Dropout, Chain, flatten, leakyrelu
    models      4-5. Generator, Discriminator
    losses      6. logitbinarycrossentropy, discriminator_loss, generator_loss
    training    7-8. ADAM, train_discriminator(!), train_generator(!), train
    images      9. create_output_image, the GIF

and beside them: backend (tinygrad's version-sensitive parts: training mode, JIT,
devices), checkpoint, sampling, quality (MNIST classifier, FID, class histogram),
interpolate (latent walks), bench (kernel timings), cli.
"""
from tinygan.hparams import HyperParams
from tinygan.init import dcgan_init, glorot_uniform
from tinygan.layers import (BatchNorm, Chain, Conv, ConvTranspose, Dense, Dropout, flatten,
                            leakyrelu)
from tinygan.losses import discriminator_loss, generator_loss, logitbinarycrossentropy
from tinygan.models import Discriminator, Generator
from tinygan.data import DataLoader, load_MNIST_images, load_mnist_images
from tinygan.images import create_output_image
from tinygan.training import train, train_discriminator, train_generator, train_step

__version__ = "0.1.0"

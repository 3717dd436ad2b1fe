"""tinygan: Flux.jl's DCGAN-on-MNIST tutorial, one-to-one in Python on tinygrad.

The tutorial is one module, `tinygan.tutorial`, read top to bottom beside the Flux page.
Three tiers; each imports only from the ones below it (in the finer layers of the import
contract in setup.cfg, checked in CI by import-linter):

The tutorial and what it stands on (what Flux, MLDatasets and Images.jl are to the Julia):

    tutorial    HyperParams, load_MNIST_images, dcgan_init, Generator, Discriminator, the
                losses, train_discriminator, train_generator, create_output_image, train
    loop        the hooks a long run uses to reach `train` from above
    layers      Flux: Dense, Conv, ConvTranspose, BatchNorm, Dropout, Chain, glorot_uniform,
                logitbinarycrossentropy
    images      the sample grid as a PNG, the progress GIF
    data        Flux's DataLoader
    datasets    finding, downloading and verifying the IDX files
    ema         the generator's moving average (`HyperParams.ema_decay`, off by default)
    checks      HyperParams' checks
    files       atomic writes
    kernels     the switch: the layers as tinygrad's own operations (plain), or each
                backend's faster way (fast, the default), chosen when a run starts
    backend     devices, train/test mode, the JIT, the random stream
    internals   tinygrad's internals (every name `tinygrad` and `tinygrad.nn` do not
                export), for the one tinygrad version they were written for
    fast/       the fast path: the convolutions as kernels tinygrad compiles well, tuned
                kernel options, wide CPU vectors, every CPU core, lowered kernels on disk
                (imported and put in place only by a run with fast kernels)

Beside the tutorial, at its level and on the same stack (imported only when used):

    conditional a conditional DCGAN: both networks told each image's digit
    pix2pix     image to image (Isola et al. 2017): a U-Net, a PatchGAN, the cGAN loss + λ·L1
    pairs       pix2pix's paired images: edges2fashion (edge maps of Fashion-MNIST), folders

The tools built on it (imported only when used; `import tinygan` never loads them):

    checkpoint  saving and loading a run's state
    longrun     the long run: losses CSV, checkpoints and resume, Ctrl-C, progress, FID
    charts      line charts (the losses, FID per epoch)
    sampling    sample grids from a saved generator
    quality     the MNIST classifier, FID, class histogram (a subpackage)
    interpolate latent walks
    translation pix2pix as a long run (CSV, checkpoints, --resume, page), and `translate`
    bench       kernel timings against PyTorch, and the kernel atlas across
                accelerators with its roofline bound (a subpackage)

The command line, `tinygan.cli` (the only place that knows click).

`tinygan.train` is the tutorial's `train` (grids and the GIF); `tinygan.longrun.train`, which
`tinygan train` and `examples/dcgan_mnist.py` run, adds the losses CSV, checkpoints,
`--resume`, Ctrl-C and progress.
"""
from tinygan.data import DataLoader
from tinygan.layers import (BatchNorm, Chain, Conv, ConvTranspose, Dense, Dropout, flatten,
                            glorot_uniform, leakyrelu, logitbinarycrossentropy)
from tinygan.tutorial import (Discriminator, Generator, HyperParams, create_output_image,
                              dcgan_init, discriminator_loss, generator_loss, load_MNIST_images,
                              train, train_discriminator, train_generator, train_step)

__version__ = "0.1.0"
__all__ = ["HyperParams", "DataLoader", "load_MNIST_images", "dcgan_init", "glorot_uniform",
           "BatchNorm", "Chain", "Conv", "ConvTranspose", "Dense", "Dropout", "flatten",
           "leakyrelu", "Generator", "Discriminator", "logitbinarycrossentropy",
           "discriminator_loss", "generator_loss", "train_discriminator", "train_generator",
           "train_step", "train", "create_output_image"]

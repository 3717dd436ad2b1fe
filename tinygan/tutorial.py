"""Flux.jl's DCGAN-on-MNIST tutorial, one-to-one, in the order of its page
(https://fluxml.ai/tutorials/2021/10/08/dcgan-mnist/) and with its names.

Read it top to bottom beside the Julia; it is one file, although long, because the tutorial
is one page.  What Flux, MLDatasets and Images.jl give the Julia file, the rest of tinygan
gives this one:

    tinygan.layers     Flux: Dense, Conv, ConvTranspose, BatchNorm, Dropout, Chain,
                       glorot_uniform, logitbinarycrossentropy
    tinygan.datasets   MLDatasets: finding, downloading and verifying the IDX files
    tinygan.data       Flux's DataLoader
    tinygan.images     Images.jl: the grid of images, PNG and GIF files
    tinygan.backend    devices, train/test mode, the JIT, the random stream
    tinygan.kernels    the switch between tinygrad's own kernels (plain) and tinygan's
                       faster ones (fast, the default: `tinygan.fast`), made when `train`
                       starts
    tinygan.loop       where a long run (checkpoints, --resume, the losses CSV, Ctrl-C,
                       progress; `tinygan.longrun`) hooks into `train` from above

Shapes are N×C×H×W (tinygrad); Julia's W×H×C×N in brackets where it helps.  Julia's `!`
("mutates its arguments") is dropped from `train_discriminator!` and `train_generator!`:
they update the networks' parameters and the optimisers' moments in place all the same.
"""
from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Sequence

import numpy as np
from tinygrad import Tensor
from tinygrad.nn.optim import Adam
from tinygrad.nn.state import get_parameters

from tinygan.backend import (device_description, jit_per_shape, rng_counter, seed_everything,
                             set_rng_counter, tf32_allowed, training_mode, use_device)
from tinygan.checks import DATASETS, check_hparams
from tinygan.data import DataLoader
from tinygan.datasets import load_images
from tinygan.folders import training_images
from tinygan.ema import ModelEMA
from tinygan.images import image_grid, make_gif, sample_grid_paths, save_png
from tinygan.kernels import kernels_on
from tinygan.layers import (BatchNorm, Chain, Conv, ConvTranspose, Dense, Dropout, Reshape, flatten,
                            leakyrelu, logitbinarycrossentropy, relu, tanh)
from tinygan.loop import TrainingCallback, TrainingRun, prepare_output
from tinygan.models import model_module

log = logging.getLogger("tinygan")


# 1. Hyperparameters ------------------------------------------------------------------------

@dataclass(frozen=True)
class HyperParams:
    """Julia's `@kwdef struct HyperParams`: the tutorial's eight fields and defaults, then
    what tinygan adds to run it as a program, each defaulting to the tutorial's behaviour.
    Checked when made (`tinygan.checks`): a bad value is one line naming the field."""
    batch_size: int = 128
    latent_dim: int = 100
    epochs: int = 25
    verbose_freq: int = 1000           # log and save a sample grid every this many steps
    output_dim: int = 5                # the grid is output_dim × output_dim images
    disc_lr: float = 0.0002
    gen_lr: float = 0.0002
    device: str = "gpu"                # the first usable accelerator, else the CPU (warned)
    kernels: str | None = None         # plain (tinygrad's own) or fast; None: TINYGAN_KERNELS,
                                       # else fast (tinygan.kernels)
    tf32: bool = False                 # NVIDIA: let tinygrad use TF32 tensor cores for float32
    # --- tinygan's additions: running it ---
    seed: int = 0                      # weights, noise and data order all follow from it
    dataset: str = "mnist"             # or "fashion-mnist" (same format), or "folder:PATH"
                                       # (PNG and JPEG files, tinygan.folders)
    model: str = "tutorial"            # or another DCGAN: lecture64, faces32 (tinygan.models)
    conditional: bool = False          # both networks told each image's class, to ask for
                                       # a digit (tinygan.conditional; Mirza & Osindero 2014)
    data_dir: str | None = None        # where the IDX files are; None: search, then download
    output_dir: str = "output"         # sample grids, GIF, losses CSV, checkpoints
    checkpoint_every: int = 1000       # steps between checkpoints (one is also saved at the end)
    max_steps: int | None = None       # stop early after this many steps (tests, quick looks)
    score_every: int = 0               # log the FID every this many steps (0: never)
    score_samples: int = 1000          # generated and real images per FID (10,000 is standard)
    # --- GAN tricks, all off so that the tutorial is reproduced exactly ---
    label_smoothing: float = 0.0       # real target 1 - this (Salimans et al. 2016, 3.4)
    label_flip: float = 0.0            # swap each D target with this probability (ganhacks 13)
    adam_beta1: float = 0.9            # Flux's default, the tutorial's; the DCGAN paper's is 0.5
    noise: str = "normal"              # N(0, 1) as the tutorial, or "uniform" U(-1, 1) (DCGAN)
    # --- steadier samples, off so that the tutorial is reproduced exactly ---
    ema_decay: float = 0.0             # sample from an average of G's weights (0: off; 0.999)

    def __post_init__(self):
        check_hparams(self)

    def replace(self, **changes) -> "HyperParams":
        """A copy with some fields changed (checked again)."""
        return dataclasses.replace(self, **changes)


# 2. Data -----------------------------------------------------------------------------------

def load_MNIST_images(hparams: HyperParams, split: str = "train",
                      download: bool = True) -> np.ndarray:
    """`MNIST.traintensor(Float32)` scaled by `2x - 1` to [-1, 1], the range of the
    generator's tanh: float32, N×1×28×28 (Julia: 28×28×1×N).  `hparams.dataset` from
    `hparams.data_dir` (None: searched, downloaded if missing; see `tinygan.datasets`)."""
    pixels = load_images(hparams.dataset, split, hparams.data_dir, download)   # N×28×28 uint8
    images = pixels[:, None].astype(np.float32)                          # N×1×28×28
    images /= 255      # x/255 in [0, 1]; in place: 60,000 float32 images are 188 MB
    images *= 2
    images -= 1        # 2x - 1: black is exactly -1, white exactly 1
    return images


# 3. Weight initialisation ------------------------------------------------------------------

def dcgan_init(*shape: int) -> Tensor:
    """`randn(Float32, shape) * 0.02`: N(0, 0.02), as in the DCGAN paper (Radford et al.
    2015, section 4).  Passed as the `init` of every (transposed) convolution; Dense layers
    keep Flux's Glorot default.  Realised now, so that step 0 need not generate it."""
    return (Tensor.randn(*shape) * 0.02).realize()


# 4. The generator --------------------------------------------------------------------------

class Generator(Chain):
    """Noise N×latent_dim → images N×1×28×28 in (-1, 1)."""

    def __init__(self, latent_dim: int = 100):
        super().__init__(
            Dense(latent_dim, 7 * 7 * 256, bias=False),              # N×12544     (12544×N)
            BatchNorm(7 * 7 * 256, relu),                            # N×12544     (per feature)
            Reshape(256, 7, 7),                                      # N×256×7×7   (7×7×256×N)
            ConvTranspose(5, 256, 128, stride=1, pad=2, init=dcgan_init, bias=False),
                                                                     # N×128×7×7   (7×7×128×N)
            BatchNorm(128, relu),                                    # N×128×7×7
            ConvTranspose(4, 128, 64, stride=2, pad=1, init=dcgan_init, bias=False),
                                                                     # N×64×14×14  (14×14×64×N)
            BatchNorm(64, relu),                                     # N×64×14×14
            ConvTranspose(4, 64, 1, tanh, stride=2, pad=1, init=dcgan_init, bias=False),
                                                                     # N×1×28×28   (28×28×1×N)
        )
        self.latent_dim = latent_dim


# 5. The discriminator ----------------------------------------------------------------------

class Discriminator(Chain):
    """Images N×1×28×28 → one logit per image, N×1 (Julia: 1×N).  No sigmoid: the losses
    take logits."""

    def __init__(self):
        super().__init__(
            Conv(4, 1, 64, stride=2, pad=1, init=dcgan_init),        # N×64×14×14  (14×14×64×N)
            partial(leakyrelu, a=0.2),
            Dropout(0.3),
            Conv(4, 64, 128, stride=2, pad=1, init=dcgan_init),      # N×128×7×7   (7×7×128×N)
            partial(leakyrelu, a=0.2),
            Dropout(0.3),
            flatten,                                                 # N×6272      (6272×N)
            Dense(7 * 7 * 128, 1),                                   # N×1         (1×N)
        )


# 6. The losses, on logits ------------------------------------------------------------------

def discriminator_loss(real_output: Tensor, fake_output: Tensor,
                       real_target: Tensor | float = 1.0,
                       fake_target: Tensor | float = 0.0) -> Tensor:
    """Real images should score 1, generated ones 0; each term is a mean over its own batch.
    (The targets differ from 1 and 0 only with a GAN trick: `discriminator_targets`.)"""
    return (logitbinarycrossentropy(real_output, real_target)
            + logitbinarycrossentropy(fake_output, fake_target))


def generator_loss(fake_output: Tensor) -> Tensor:
    """The generator wins when the discriminator scores its images as real (1)."""
    return logitbinarycrossentropy(fake_output, 1.0)


# 7. The optimisers -------------------------------------------------------------------------

def make_optimiser(model, lr: float, beta1: float = 0.9) -> Adam:
    """Flux's `ADAM(lr)`: β = (0.9, 0.999), ε = 1e-8, the same bias-corrected rule as
    tinygrad's Adam (the tutorial keeps β1 = 0.9, not the DCGAN paper's 0.5: `adam_beta1`).
    The model's BatchNorm running statistics ride along as non-trainable buffers, so they
    are realised with every update; the moments are realised now (benchmarks/PERF.md,
    "Round one")."""
    opt = Adam(get_parameters(model), lr=lr, b1=beta1, b2=0.999, eps=1e-8)
    Tensor.realize(*opt.m, *opt.v, opt.b1_t, opt.b2_t, opt.lr)
    return opt


def scheduled_update(loss: Tensor, opt: Adam) -> list[Tensor]:
    """Flux's `gradient` then `update!`, lazily: the gradients of `loss` with respect to
    `opt`'s parameters only, and one Adam step on them; returns what to realise."""
    for param, grad in zip(opt.params, loss.gradient(*opt.params)):
        param.grad = grad
    pending = opt.schedule_step()
    opt.zero_grad()
    return pending


# 8. Training -------------------------------------------------------------------------------

def train_discriminator(disc, real_img: Tensor, fake_img: Tensor, opt: Adam,
                        targets: tuple = (1.0, 0.0)) -> tuple[Tensor, list[Tensor]]:
    """Julia's `train_discriminator!`: minimise discriminator_loss(disc(real), disc(fake))
    over the discriminator's parameters, one Adam step.  Returns the loss and the update,
    both still lazy: `train_step` realises them together with the generator's.

    `fake_img` is detached: this step must not push gradients into the generator."""
    loss = discriminator_loss(disc(real_img), disc(fake_img.detach()), *targets)
    return loss, scheduled_update(loss, opt)


def train_generator(disc, fake_img: Tensor, opt: Adam) -> tuple[Tensor, list[Tensor]]:
    """Julia's `train_generator!`: minimise generator_loss(disc(fake)) over the generator's
    parameters (those `opt` holds), one Adam step; the loss and the update, lazy.

    The gradient reaches the generator through `fake_img`, which must still carry the
    generator's graph.  Here tinygan departs from the tutorial's literal code on purpose:
    there `fake_img` is computed outside the gradient closure, so under Flux's implicit
    parameters the generator's gradient is empty and it never learns; the model-zoo
    versions apply the generator inside the closure, and so does this (README,
    "Differences from Flux")."""
    loss = generator_loss(disc(fake_img))
    return loss, scheduled_update(loss, opt)


def draw_noise(n: int, latent_dim: int, kind: str = "normal") -> Tensor:
    """The generator's input, n×latent_dim (Julia: latent_dim×n): N(0, 1) as in the
    tutorial, or U(-1, 1) as in the DCGAN paper (`noise="uniform"`)."""
    if kind == "uniform":
        return Tensor.uniform(n, latent_dim, low=-1.0, high=1.0)
    return Tensor.randn(n, latent_dim)


def discriminator_targets(n_real: int, n_fake: int, label_smoothing: float = 0.0,
                          label_flip: float = 0.0) -> tuple[Tensor | float, Tensor | float]:
    """The discriminator's targets for real and fake images: the tutorial's 1 and 0, or with
    one-sided label smoothing (real → 1 - label_smoothing) and noisy labels (each target
    swapped with probability label_flip)."""
    real, fake = 1.0 - label_smoothing, 0.0
    if label_flip == 0:
        return real, fake
    flip_real = Tensor.rand(n_real, 1) < label_flip
    flip_fake = Tensor.rand(n_fake, 1) < label_flip
    return flip_real.where(fake, real), flip_fake.where(real, fake)


def train_step(gen, disc, opt_d: Adam, opt_g: Adam, hparams: HyperParams,
               real_img: Tensor, ema: ModelEMA | None = None) -> tuple[Tensor, Tensor]:
    """The body of the tutorial's inner loop: noise, `fake_img = gen(noise)`,
    `train_discriminator!`, then `train_generator!` (which sees the discriminator after its
    update, as in Julia).  Both updates are realised as one tinygrad schedule: the
    generator's forward pass is computed once, and tinygrad fuses across the two.  With
    `ema` (tinygan's addition, `HyperParams.ema_decay`) the generator's moving average
    follows its update in the same schedule."""
    # Always batch_size noise vectors, as `randn!(similar(x, (latent_dim, batch_size)))`.
    noise = draw_noise(hparams.batch_size, hparams.latent_dim, hparams.noise)
    targets = discriminator_targets(real_img.shape[0], hparams.batch_size,
                                    hparams.label_smoothing, hparams.label_flip)
    with training_mode():                        # BatchNorm on batch statistics, Dropout on
        fake_img = gen(noise)                    # N×1×28×28
        d_loss, d_update = train_discriminator(disc, real_img, fake_img, opt_d, targets)
        g_loss, g_update = train_generator(disc, fake_img, opt_g)
        ema_update = ema.schedule_update() if ema is not None else []
        Tensor.realize(d_loss, g_loss, *d_update, *g_update, *ema_update)
    return d_loss, g_loss


def make_train_step(gen, disc, opt_d: Adam, opt_g: Adam, hparams: HyperParams,
                    use_jit: bool = True, ema: ModelEMA | None = None):
    """`train_step` on these networks as the loop runs it: under tinygrad's JIT, compiled
    once per real-batch size (the last batch of an epoch is smaller: 96 of 128), returning
    the two losses as floats."""
    step = partial(train_step, gen, disc, opt_d, opt_g, hparams, ema=ema)
    if use_jit:
        step = jit_per_shape(step)

    def run_step(real_img: Tensor) -> tuple[float, float]:
        d_loss, g_loss = step(real_img)
        return d_loss.item(), g_loss.item()
    return run_step


def build_networks(hparams: HyperParams) -> tuple[Generator, Discriminator]:
    """Both networks, freshly initialised: the tutorial's, or with `hparams.model` another
    DCGAN's (`tinygan.models`)."""
    if hparams.model == "tutorial":
        return Generator(hparams.latent_dim), Discriminator()
    source = model_module(hparams.model)
    return source.Generator(hparams.latent_dim), source.Discriminator()


def build_gan(hparams: HyperParams) -> tuple[Generator, Discriminator, Adam, Adam]:
    """Both networks and their optimisers, `gen, disc, opt_d, opt_g`, as `train` makes them."""
    gen, disc = build_networks(hparams)
    opt_d = make_optimiser(disc, hparams.disc_lr, hparams.adam_beta1)
    opt_g = make_optimiser(gen, hparams.gen_lr, hparams.adam_beta1)
    return gen, disc, opt_d, opt_g


def make_generator_ema(gen: Generator, hparams: HyperParams) -> ModelEMA | None:
    """The moving average of `gen` that samples are drawn from when `hparams.ema_decay` is
    set (None when it is 0, the tutorial's way).  Its network is built without moving
    tinygrad's random stream, so that training draws the same noise and masks with the EMA
    as without it."""
    if not hparams.ema_decay:
        return None
    position = rng_counter()
    shadow = type(gen)(hparams.latent_dim)         # gen's kind; its random weights are
                                                   # overwritten
    set_rng_counter(position)
    return ModelEMA(gen, shadow, hparams.ema_decay)


# 9. The output image -----------------------------------------------------------------------

def create_output_image(gen, fixed_noise: Tensor, hparams: HyperParams) -> np.ndarray:
    """The generator, in test mode (BatchNorm on running statistics, no Dropout), on the
    fixed noise, tiled into the grid: a (28·output_dim)² grayscale array in [0, 1] (another
    model's: its size, and colour: `image_grid`)."""
    images = gen(fixed_noise).numpy()        # outside training_mode(): test mode, as in Flux
    return image_grid(images, hparams.output_dim)


# `train(hparams)` --------------------------------------------------------------------------

def train(hparams: HyperParams, *, images: np.ndarray | None = None, use_jit: bool = True,
          callbacks: Sequence[TrainingCallback] = ()) -> dict:
    """The tutorial's `train(hparams)`: every `verbose_freq` steps (step 0 included) the
    losses are logged and `dcgan_steps_%06d.png` saved; after the last step one more grid,
    then `output.gif` from all of them in name order.

    tinygan's additions: `images` (N×1×28×28 in [-1, 1]) replaces the dataset; `callbacks`
    add behaviour from above (`tinygan.longrun.train` adds the losses CSV, checkpoints,
    resume, Ctrl-C and progress this way: see `tinygan.loop`); a non-finite loss stops the
    run with `TrainingError`; `hparams.kernels` picks tinygrad's own kernels or tinygan's
    faster ones for the run (`tinygan.kernels`).  Returns a summary: steps done, the last
    losses, the output folder and GIF, whether it was interrupted, the device and kernels."""
    out = prepare_output(hparams.output_dir)
    device = use_device(hparams.device)          # "gpu": the first accelerator, else the CPU
    with kernels_on(hparams.kernels, device) as kernels, tf32_allowed(hparams.tf32):
        log.info(f"Training on {device_description(device)}, {kernels} kernels"
                 f"{', TF32 allowed' if hparams.tf32 else ''}")
        if images is None and hparams.model == "tutorial" and hparams.dataset in DATASETS:
            images = load_MNIST_images(hparams)
        elif images is None:                     # a folder, or another model's image size
            images = training_images(hparams, out)
        loader = DataLoader(images, hparams.batch_size, hparams.seed)   # shuffled each epoch
        run = TrainingRun(hparams, out, device, loader, callbacks, kernels)

        seed_everything(hparams.seed)            # weights, noise and dropout follow from it
        gen, disc, opt_d, opt_g = build_gan(hparams)
        fixed_noise = draw_noise(hparams.output_dim ** 2, hparams.latent_dim,
                                 hparams.noise).realize()
        ema = make_generator_ema(gen, hparams)                 # None: the tutorial's way
        run.start(gen, disc, opt_d, opt_g, fixed_noise, ema)   # a resumed run moves run.step
        step = make_train_step(gen, disc, opt_d, opt_g, hparams, use_jit, ema)

        sampler = gen if ema is None else ema.shadow   # with the EMA on, grids show its average

        def save_grid(at_step: int) -> Path:
            return save_png(create_output_image(sampler, fixed_noise, hparams),
                            out / f"dcgan_steps_{at_step:06d}.png")

        with run:
            for epoch in run.epochs():
                log.info(f"Epoch {epoch}")
                for x in run.batches(epoch):
                    real_img = Tensor(x)                        # to the device (x |> device)
                    d_loss, g_loss = step(real_img)
                    if run.step % hparams.verbose_freq == 0:
                        log.info(f"Train step {run.step}, Discriminator loss = {d_loss}, "
                                 f"Generator loss = {g_loss}")
                        save_grid(run.step)
                    run.step_done(d_loss, g_loss)
        gif = None
        if not run.stop:
            save_grid(run.step)
            gif = make_gif(sample_grid_paths(out), out / "output.gif")
        return run.summary(gif)

"""A conditional DCGAN beside the tutorial's: both networks are told which digit an image is,
so that one can ask the generator for a 7 (`HyperParams(conditional=True)`, `tinygan train
--conditional`, `tinygan sample --digit 7`).

Read it beside `tinygan.tutorial`: the networks, losses, optimisers, the two named steps
and the loop are the tutorial's, with the labels travelling beside the images.

The design: the class y is one more input of both networks (Mirza and Osindero, 2014,
"Conditional generative adversarial nets", section 3.2).

- The generator reads [z, one_hot(y)] (latent_dim + 10 numbers) through the tutorial's
  first Dense layer: its ten extra columns of weights are a learned embedding of the digit,
  added to what the noise gives before BatchNorm (Mirza and Osindero's joint input).
- The discriminator is the tutorial's, with a projection term (Miyato and Koyama, 2018,
  "cGANs with projection discriminator"): its logit is the tutorial's Dense layer on the
  last features h plus embed(y)·h, a learned vector per digit, so that "real?" and "this
  digit?" are asked of the same features.  (Feeding y as ten constant image channels, as
  the Keras conditional-GAN example does, was tried first: after three epochs of the
  tutorial's schedule the generator still ignored the digit, 13.5% of samples read as the
  digit asked for, where 10% is chance.)

Each step's generated images are asked for digits drawn uniformly (from tinygrad's random
stream, like the noise); the real images come with their own labels, in their order
(`tinygan.data.DataLoader`).  The sample grid has one column per digit, 0 to 9, and one
row per fixed noise vector: along a row the style is held and the digit changes.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Sequence

import numpy as np
from tinygrad import Tensor, dtypes

from tinygan.backend import (device_description, jit_per_shape, seed_everything, tf32_allowed,
                             training_mode, use_device)
from tinygan.data import DataLoader
from tinygan.datasets import load_labels
from tinygan.ema import ModelEMA
from tinygan.images import image_rows, make_gif, sample_grid_paths, save_png
from tinygan.kernels import kernels_on
from tinygan.loop import TrainingCallback, TrainingRun, prepare_output
from tinygan.models import model_module
from tinygan.tutorial import (Discriminator, Generator, HyperParams, dcgan_init,
                              discriminator_loss, discriminator_targets, draw_noise,
                              generator_loss, load_MNIST_images, make_generator_ema,
                              make_optimiser, scheduled_update)

log = logging.getLogger("tinygan")

DIGITS = 10                      # MNIST's classes (and Fashion-MNIST's ten kinds of clothes)


def check_digits(digits) -> np.ndarray:
    """Labels as int32 NumPy, checked to be whole numbers 0-9 (ValueError, one line)."""
    values = np.asarray(digits)
    if values.dtype.kind not in "iu" or values.size and not (
            values.min() >= 0 and values.max() < DIGITS):
        shown = values.ravel()[:5].tolist() if values.dtype.kind in "iuf" else digits
        raise ValueError(f"a digit must be a whole number from 0 to {DIGITS - 1}, "
                         f"got {shown!r}")
    return values.astype(np.int32)


def digits_in_turn(n: int) -> np.ndarray:
    """0, 1, ..., 9, 0, 1, ... for n images: the ten digits equally often."""
    return np.arange(n) % DIGITS


def one_hot(digits: Tensor) -> Tensor:
    """Labels N (integers 0-9) → N×10 float, a one in each row's digit's column."""
    return digits.one_hot(DIGITS).cast(dtypes.float32)


class ConditionalGenerator(Generator):
    """(noise N×latent_dim, digits N) → images N×1×28×28: the tutorial's generator, reading
    [z, one_hot(y)]."""

    def __init__(self, latent_dim: int = 100):
        super().__init__(latent_dim + DIGITS)          # Dense(latent_dim + 10 => 12544)
        self.latent_dim = latent_dim                   # the noise alone

    def __call__(self, noise: Tensor, digits: Tensor) -> Tensor:
        return super().__call__(noise.cat(one_hot(digits), dim=1))


class ConditionalDiscriminator(Discriminator):
    """(images N×1×28×28, digits N) → one logit per image: the tutorial's discriminator,
    plus the projection of its last features on the digit's embedding."""

    def __init__(self):
        super().__init__()
        # Miyato & Koyama (2018, "cGANs with projection discriminator", eq. 3): the logit
        # is ψ(h) + embed(y)·h, h the features the last Dense layer reads (N×6272), so the
        # discriminator asks "real?" and "this digit?" of the same features.
        self.embedding = dcgan_init(DIGITS, 7 * 7 * 128)

    def __call__(self, images: Tensor, digits: Tensor) -> Tensor:
        features = images
        for layer in self.layers[:-1]:                 # up to flatten: N×6272
            features = layer(features)
        projection = (one_hot(digits) @ self.embedding * features).sum(axis=1, keepdim=True)
        return self.layers[-1](features) + projection  # Dense(6272 => 1) + embed(y)·h


def make_generator(hparams: HyperParams) -> Generator:
    """The generator a run of these settings trains: the tutorial's, the conditional one, or
    another model's (`hparams.model`, `tinygan.models`)."""
    if hparams.model != "tutorial":
        return model_module(hparams.model).Generator(hparams.latent_dim)
    return (ConditionalGenerator if hparams.conditional else Generator)(hparams.latent_dim)


def is_conditional(gen) -> bool:
    return isinstance(gen, ConditionalGenerator)


def require_conditional(gen) -> None:
    """ValueError, one line, unless `gen` is a conditional generator."""
    if not is_conditional(gen):
        raise ValueError("this generator was trained without labels, so it cannot be asked "
                         "for a digit: train one with --conditional")


def generate(gen, noise: Tensor, digits=None) -> Tensor:
    """`gen`'s images for `noise` (in the mode it is in): for a conditional generator, of
    `digits` (one per noise vector; default 0-9 over and over, the ten equally often);
    for the tutorial's, `digits` must be None."""
    if digits is not None:
        require_conditional(gen)
    if not is_conditional(gen):
        return gen(noise)
    if digits is None:
        digits = digits_in_turn(noise.shape[0])
    return gen(noise, Tensor(check_digits(digits), device=noise.device))


def grid_noise(hparams: HyperParams) -> Tensor:
    """The fixed noise of a conditional run's grid: output_dim vectors, each repeated for
    the ten digits ((output_dim·10)×latent_dim; row r·10 + d is vector r asked for d)."""
    noise = draw_noise(hparams.output_dim, hparams.latent_dim, hparams.noise)
    return noise.reshape(hparams.output_dim, 1, -1).expand(
        hparams.output_dim, DIGITS, hparams.latent_dim).reshape(-1, hparams.latent_dim)


def grid_noise_shape(hparams: HyperParams) -> tuple[int, int]:
    """The shape of a run's fixed noise, conditional or not (what a checkpoint holds)."""
    rows = hparams.output_dim * DIGITS if hparams.conditional else hparams.output_dim ** 2
    return rows, hparams.latent_dim


def create_output_image(gen: ConditionalGenerator, fixed_noise: Tensor) -> np.ndarray:
    """The grid of a conditional run: a column per digit (0-9), a row per noise vector of
    `grid_noise`, in test mode; grayscale in [0, 1]."""
    images = generate(gen, fixed_noise).numpy()     # outside training_mode(): test mode
    return image_rows(images, DIGITS)


# The steps: the tutorial's, with the digits beside the images --------------------------

def train_discriminator(disc, real_img: Tensor, real_digits: Tensor, fake_img: Tensor,
                        fake_digits: Tensor, opt, targets: tuple = (1.0, 0.0)):
    """The tutorial's `train_discriminator`, each image judged with its digit."""
    loss = discriminator_loss(disc(real_img, real_digits),
                              disc(fake_img.detach(), fake_digits), *targets)
    return loss, scheduled_update(loss, opt)


def train_generator(disc, fake_img: Tensor, fake_digits: Tensor, opt):
    """The tutorial's `train_generator`: the generated images should pass as real images of
    the digits they were asked for."""
    loss = generator_loss(disc(fake_img, fake_digits))
    return loss, scheduled_update(loss, opt)


def draw_digits(n: int) -> Tensor:
    """The digits the generator is asked for in a step: uniform over 0-9."""
    return Tensor.randint(n, low=0, high=DIGITS, dtype=dtypes.int32)


def train_step(gen, disc, opt_d, opt_g, hparams: HyperParams, real_img: Tensor,
               real_digits: Tensor, ema: ModelEMA | None = None) -> tuple[Tensor, Tensor]:
    """The tutorial's `train_step` with labels: real images with their digits, generated
    ones with digits drawn for them."""
    noise = draw_noise(hparams.batch_size, hparams.latent_dim, hparams.noise)
    fake_digits = draw_digits(hparams.batch_size)
    targets = discriminator_targets(real_img.shape[0], hparams.batch_size,
                                    hparams.label_smoothing, hparams.label_flip)
    with training_mode():
        fake_img = gen(noise, fake_digits)
        d_loss, d_update = train_discriminator(disc, real_img, real_digits, fake_img,
                                               fake_digits, opt_d, targets)
        g_loss, g_update = train_generator(disc, fake_img, fake_digits, opt_g)
        ema_update = ema.schedule_update() if ema is not None else []
        Tensor.realize(d_loss, g_loss, *d_update, *g_update, *ema_update)
    return d_loss, g_loss


def make_train_step(gen, disc, opt_d, opt_g, hparams: HyperParams, use_jit: bool = True,
                    ema: ModelEMA | None = None):
    """`train_step` as the loop runs it (JIT per batch shape), returning the two losses."""
    def step(real_img: Tensor, real_digits: Tensor):
        return train_step(gen, disc, opt_d, opt_g, hparams, real_img, real_digits, ema)
    if use_jit:
        step = jit_per_shape(step)

    def run_step(real_img: Tensor, real_digits: Tensor) -> tuple[float, float]:
        d_loss, g_loss = step(real_img, real_digits)
        return d_loss.item(), g_loss.item()
    return run_step


def build_gan(hparams: HyperParams):
    """Both conditional networks and their optimisers, `gen, disc, opt_d, opt_g`."""
    gen, disc = ConditionalGenerator(hparams.latent_dim), ConditionalDiscriminator()
    opt_d = make_optimiser(disc, hparams.disc_lr, hparams.adam_beta1)
    opt_g = make_optimiser(gen, hparams.gen_lr, hparams.adam_beta1)
    return gen, disc, opt_d, opt_g


def train(hparams: HyperParams, *, images: np.ndarray | None = None,
          labels: np.ndarray | None = None, use_jit: bool = True,
          callbacks: Sequence[TrainingCallback] = ()) -> dict:
    """The tutorial's `train(hparams)` for the conditional GAN: the same loop, grids, GIF,
    callbacks and summary (`tinygan.tutorial.train`).  `images` and `labels` (one 0-9 per
    image) replace the dataset's."""
    if hparams.conditional is not True:
        raise ValueError("tinygan.conditional.train needs HyperParams(conditional=True)")
    out = prepare_output(hparams.output_dir)
    device = use_device(hparams.device)
    with kernels_on(hparams.kernels, device) as kernels, tf32_allowed(hparams.tf32):
        log.info(f"Training a conditional GAN on {device_description(device)}, {kernels} "
                 f"kernels{', TF32 allowed' if hparams.tf32 else ''}")
        if images is None:
            images = load_MNIST_images(hparams)
            labels = load_labels(hparams.dataset, "train", hparams.data_dir)
        if labels is None:
            raise ValueError("a conditional GAN needs a label for every image")
        loader = DataLoader(images, hparams.batch_size, hparams.seed, check_digits(labels))
        run = TrainingRun(hparams, out, device, loader, callbacks, kernels)

        seed_everything(hparams.seed)
        gen, disc, opt_d, opt_g = build_gan(hparams)
        fixed_noise = grid_noise(hparams).realize()
        ema = make_generator_ema(gen, hparams)
        run.start(gen, disc, opt_d, opt_g, fixed_noise, ema)
        step = make_train_step(gen, disc, opt_d, opt_g, hparams, use_jit, ema)
        sampler = gen if ema is None else ema.shadow

        def save_grid(at_step: int) -> Path:
            return save_png(create_output_image(sampler, fixed_noise),
                            out / f"dcgan_steps_{at_step:06d}.png")

        with run:
            for epoch in run.epochs():
                log.info(f"Epoch {epoch}")
                for x, y in run.batches(epoch):
                    d_loss, g_loss = step(Tensor(x), Tensor(y))
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

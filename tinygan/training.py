"""Sections 7 and 8 of the tutorial: the optimisers, the two training steps and `train`.

Julia's `train_discriminator!` and `train_generator!` end in `!`, Julia's convention for
"this function mutates its arguments": here the networks' parameters and the optimisers'
moments are updated in place.  Python has no such marker, so the names drop it.

`train(hparams)` is the tutorial's loop and nothing more.  What a long run adds (a losses
CSV, checkpoints and `--resume`, a clean stop on Ctrl-C, a progress bar, the FID during
training) plugs into it from above as `TrainingCallback`s: see `tinygan.longrun`.
"""
from __future__ import annotations

import logging
import math
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from tinygrad import Tensor
from tinygrad.nn.optim import Adam
from tinygrad.nn.state import get_parameters

from tinygan.backend import device_description, jit, seed_everything, training_mode, use_device
from tinygan.data import DataLoader, load_mnist_images
from tinygan.hparams import HyperParams
from tinygan.images import create_output_image, make_gif, sample_grid_paths, save_png
from tinygan.losses import discriminator_loss, generator_loss
from tinygan.models import Discriminator, Generator

log = logging.getLogger("tinygan")


def make_optimiser(model, lr: float, beta1: float = 0.9) -> Adam:
    """Flux's `ADAM(lr)` with its defaults β = (0.9, 0.999), ε = 1e-8 (the tutorial keeps
    β1 = 0.9, not the DCGAN paper's 0.5).  tinygrad's Adam is the same bias-corrected rule.

    The model's BatchNorm running statistics ride along as the optimiser's non-trainable
    buffers, so they are realised with every update.  `beta1` = 0.5 is the DCGAN paper's
    choice (`HyperParams.adam_beta1`, a trick that is off by default).  Its moments are realised now, so that
    step 0 does not also have to build them (see `tinygan.init`).
    """
    opt = Adam(get_parameters(model), lr=lr, b1=beta1, b2=0.999, eps=1e-8)
    Tensor.realize(*opt.m, *opt.v, opt.b1_t, opt.b2_t, opt.lr)
    return opt


def scheduled_update(loss: Tensor, opt: Adam) -> list[Tensor]:
    """Gradients of `loss` with respect to `opt`'s parameters only, and one Adam update of
    them, scheduled lazily; returns the tensors to realise to carry it out."""
    for param, grad in zip(opt.params, loss.gradient(*opt.params)):
        param.grad = grad
    pending = opt.schedule_step()
    opt.zero_grad()
    return pending


def draw_noise(n: int, latent_dim: int, kind: str = "normal") -> Tensor:
    """The generator's input: N(0, 1) as in the tutorial, or U(-1, 1) as in the DCGAN paper."""
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


def discriminator_update(disc, real_img: Tensor, fake_img: Tensor, opt: Adam,
                         targets: tuple = (1.0, 0.0)) -> tuple[Tensor, list[Tensor]]:
    """The discriminator's loss and its scheduled update, not yet realised.

    `fake_img` is detached: the discriminator's step must not push gradients into the
    generator (a tape-based autodiff would otherwise follow `fake_img` back into it)."""
    loss = discriminator_loss(disc(real_img), disc(fake_img.detach()), *targets)
    return loss, scheduled_update(loss, opt)


def generator_update(disc, fake_img: Tensor, opt: Adam) -> tuple[Tensor, list[Tensor]]:
    """The generator's loss and its scheduled update, not yet realised.  The gradient reaches
    the generator through `fake_img`, which must still carry the generator's graph."""
    loss = generator_loss(disc(fake_img))
    return loss, scheduled_update(loss, opt)


def train_discriminator(disc, real_img: Tensor, fake_img: Tensor, opt: Adam,
                        targets: tuple = (1.0, 0.0)) -> float:
    """Julia's `train_discriminator!`: minimise discriminator_loss(disc(real), disc(fake))
    over the discriminator's parameters, one Adam step; returns the loss (before the step)."""
    with training_mode():
        loss, pending = discriminator_update(disc, real_img, fake_img, opt, targets)
        Tensor.realize(loss, *pending)
    return loss.item()


def train_generator(disc, fake_img: Tensor, opt: Adam) -> float:
    """Julia's `train_generator!`: minimise generator_loss(disc(fake)) over the generator's
    parameters (those `opt` holds), one Adam step; returns the loss (before the step).

    `fake_img` must be `gen(noise)` computed in training mode and not yet realised.  This is
    where tinygan departs from the tutorial's literal code on purpose: there, `fake_img` is
    computed outside the gradient closure, so under Flux's implicit parameters the generator
    gets an empty gradient and never learns; the model-zoo versions apply the generator
    inside the closure, and so does this (see README, "Differences from Flux").
    """
    with training_mode():
        loss, pending = generator_update(disc, fake_img, opt)
        Tensor.realize(loss, *pending)
    return loss.item()


def generate(gen, noise: Tensor) -> Tensor:
    """`fake_img = gen(noise)` as the training loop needs it: in training mode (BatchNorm on
    batch statistics, running statistics updated), lazily, still differentiable."""
    with training_mode():
        return gen(noise)


def train_step(gen, disc, real_img: Tensor, noise: Tensor, opt_d: Adam, opt_g: Adam,
               targets: tuple = (1.0, 0.0)) -> tuple[Tensor, Tensor]:
    """One step of the tutorial's loop: `fake_img = gen(noise)`, then `train_discriminator!`,
    then `train_generator!` (which sees the discriminator after its update, as in Julia).

    The same as calling `train_discriminator` then `train_generator`, but built as a single
    tinygrad schedule and realised once: the generator's forward pass is computed once
    instead of twice, and tinygrad can fuse across the two updates.  Returns the two losses
    as realised one-element tensors.
    """
    with training_mode():
        fake_img = gen(noise)
        d_loss, d_pending = discriminator_update(disc, real_img, fake_img, opt_d, targets)
        g_loss, g_pending = generator_update(disc, fake_img, opt_g)
        Tensor.realize(d_loss, g_loss, *d_pending, *g_pending)
    return d_loss, g_loss


class StepRunner:
    """One training step as the loop runs it: draws the noise (always `batch_size` vectors,
    as the tutorial's `randn!(similar(x, (latent_dim, batch_size)))`) and the
    discriminator's targets, then `train_step`, under tinygrad's JIT.  One compiled step
    per real-batch size (the last batch of an epoch is smaller: 96 of 128 for MNIST).
    The keyword arguments are the GAN tricks of `HyperParams` (off by default)."""

    def __init__(self, gen, disc, opt_d: Adam, opt_g: Adam, batch_size: int, latent_dim: int,
                 use_jit: bool = True, noise: str = "normal", label_smoothing: float = 0.0,
                 label_flip: float = 0.0):
        self.gen, self.disc, self.opt_d, self.opt_g = gen, disc, opt_d, opt_g
        self.batch_size, self.latent_dim, self.use_jit = batch_size, latent_dim, use_jit
        self.noise, self.label_smoothing, self.label_flip = noise, label_smoothing, label_flip
        self._compiled: dict[tuple, object] = {}

    def _step(self, real_img: Tensor) -> tuple[Tensor, Tensor]:
        noise = draw_noise(self.batch_size, self.latent_dim, self.noise)
        targets = discriminator_targets(real_img.shape[0], self.batch_size,
                                        self.label_smoothing, self.label_flip)
        return train_step(self.gen, self.disc, real_img, noise, self.opt_d, self.opt_g, targets)

    def __call__(self, real_img: Tensor) -> tuple[float, float]:
        if self.use_jit:
            if real_img.shape not in self._compiled:
                self._compiled[real_img.shape] = jit(self._step)
            d_loss, g_loss = self._compiled[real_img.shape](real_img.realize())
        else:
            d_loss, g_loss = self._step(real_img)
        return d_loss.item(), g_loss.item()




# ---------------------------------------------------------------------------------------
# `train(hparams)`: the tutorial's loop.  Callbacks (from tinygan.longrun, or your own) see
# the run at fixed points and may move its start (resume) or end it early (Ctrl-C).
# ---------------------------------------------------------------------------------------

class TrainingError(Exception):
    """Training cannot start or cannot go on (one line, says what to do)."""


@dataclass
class TrainingRun:
    """What `train` is working on, as its callbacks see it.  The networks, optimisers and
    fixed noise are set once built (before `TrainingCallback.start`)."""
    hparams: HyperParams
    output_dir: Path
    device: str
    steps_per_epoch: int
    total_steps: int
    gen: Generator | None = None
    disc: Discriminator | None = None
    opt_d: Adam | None = None
    opt_g: Adam | None = None
    fixed_noise: Tensor | None = None
    step: int = 0              # the next step to run; `start` may move it (resume)
    stop: bool = False         # a callback sets it to end the run after the current step


class TrainingCallback:
    """Extra behaviour for `train`, called at fixed points of the loop.  Every hook does
    nothing here; a callback overrides the ones it needs."""

    def prepare(self, run: TrainingRun) -> None:
        """The device is chosen and the data loaded, the seed not yet set: load what you
        need here (anything that draws random numbers after seeding would shift the
        training's random stream)."""

    def start(self, run: TrainingRun) -> None:
        """The networks, optimisers and fixed noise are built; the loop starts at
        `run.step` next."""

    def step_done(self, run: TrainingRun, step: int, epoch: int, d_loss: float,
                  g_loss: float) -> None:
        """Step `step` (0-based) of epoch `epoch` (1-based) is done, its losses logged."""

    def end(self, run: TrainingRun) -> None:
        """The loop is over (`run.stop` says whether it was cut short); called before the
        final grid and the GIF."""

    def close(self, run: TrainingRun) -> None:
        """Always called last, also when training fails: release what `start` took."""


def _prepare_output(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".write-test-"):
            pass
    except OSError as e:
        raise TrainingError(f"cannot write to the output folder {folder} ({e.strerror or e}): "
                            f"choose another with --out") from e


def build_gan(hparams: HyperParams) -> tuple[Generator, Discriminator, Adam, Adam]:
    """Both networks and their optimisers: `gen, disc, opt_d, opt_g`."""
    gen, disc = Generator(hparams.latent_dim), Discriminator()
    opt_d = make_optimiser(disc, hparams.disc_lr, hparams.adam_beta1)
    opt_g = make_optimiser(gen, hparams.gen_lr, hparams.adam_beta1)
    return gen, disc, opt_d, opt_g


def make_step_runner(gen, disc, opt_d: Adam, opt_g: Adam, hparams: HyperParams,
                     use_jit: bool = True) -> "StepRunner":
    """The training loop's step for these hyperparameters (batch size, noise, tricks)."""
    return StepRunner(gen, disc, opt_d, opt_g, hparams.batch_size, hparams.latent_dim,
                      use_jit=use_jit, noise=hparams.noise,
                      label_smoothing=hparams.label_smoothing, label_flip=hparams.label_flip)




def train(hparams: HyperParams, *, images=None, use_jit: bool = True,
          callbacks: Sequence[TrainingCallback] = ()) -> dict:
    """The tutorial's `train(hparams)`.

    Picks the device (the tutorial's "gpu" falls back to the CPU with a warning), loads
    the data, builds both networks and both optimisers, draws output_dim² fixed noise
    vectors, then for each epoch and batch: noise, `fake_img = gen(noise)`, the
    discriminator's step, the generator's step; every `verbose_freq` steps (step 0
    included) it logs the losses and saves `dcgan_steps_%06d.png`.  After the last step it
    saves one more grid and writes `output.gif` from all grids in name order.

    tinygan's additions: `max_steps` ends a run early, a non-finite loss stops it with
    `TrainingError`, `images` (N×1×28×28 in [-1, 1]) replaces the dataset (for tests and
    experiments), and `callbacks` add behaviour from above (`tinygan.longrun.train` adds
    the losses CSV, checkpoints, resume, Ctrl-C and progress this way).

    Returns a summary: steps done, final losses, output paths, whether it was interrupted.
    """
    out = Path(hparams.output_dir)
    _prepare_output(out)
    backend = use_device(hparams.device)
    log.info(f"Training on {device_description(backend)}")
    if images is None:
        images = load_mnist_images(hparams)
    loader = DataLoader(images, hparams.batch_size, hparams.seed)
    total_steps = hparams.epochs * len(loader)
    if hparams.max_steps is not None:
        total_steps = min(total_steps, hparams.max_steps)
    run = TrainingRun(hparams, out, backend, len(loader), total_steps)
    for callback in callbacks:
        callback.prepare(run)

    # Everything random (weights, fixed noise, noise, dropout) follows from the seed.
    seed_everything(hparams.seed)
    run.gen, run.disc, run.opt_d, run.opt_g = build_gan(hparams)
    run.fixed_noise = draw_noise(hparams.output_dim ** 2, hparams.latent_dim,
                                 hparams.noise).realize()
    for callback in callbacks:
        callback.start(run)

    def sample_grid(at_step: int) -> Path:
        return save_png(create_output_image(run.gen, run.fixed_noise, hparams),
                        out / f"dcgan_steps_{at_step:06d}.png")

    run_step = make_step_runner(run.gen, run.disc, run.opt_d, run.opt_g, hparams, use_jit)
    step, d_loss, g_loss = run.step, float("nan"), float("nan")
    try:
        while step < total_steps and not run.stop:
            epoch, batch_index = divmod(step, run.steps_per_epoch)
            log.info(f"Epoch {epoch + 1}")
            for real in loader.epoch(epoch, start=batch_index):
                d_loss, g_loss = run_step(Tensor(real))
                if not (math.isfinite(d_loss) and math.isfinite(g_loss)):
                    raise TrainingError(
                        f"training diverged at step {step}: discriminator loss {d_loss}, "
                        f"generator loss {g_loss}; the last good checkpoint in {out} is "
                        f"kept (try a smaller learning rate)")
                if step % hparams.verbose_freq == 0:
                    log.info(f"Train step {step}, Discriminator loss = {d_loss}, "
                             f"Generator loss = {g_loss}")
                    sample_grid(step)
                for callback in callbacks:
                    callback.step_done(run, step, epoch + 1, d_loss, g_loss)
                step = run.step = step + 1
                if step >= total_steps or run.stop:
                    break
        for callback in callbacks:
            callback.end(run)
    finally:
        for callback in callbacks:
            callback.close(run)
    gif = None
    if not run.stop:
        sample_grid(step)
        gif = make_gif(sample_grid_paths(out), out / "output.gif")
    return {"steps": step, "discriminator_loss": d_loss, "generator_loss": g_loss,
            "output_dir": out, "gif": gif, "interrupted": run.stop, "device": backend}

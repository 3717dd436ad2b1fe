"""Sections 7 and 8 of the tutorial: the optimisers and the two training steps.

Julia's `train_discriminator!` and `train_generator!` end in `!`, Julia's convention for
"this function mutates its arguments": here the networks' parameters and the optimisers'
moments are updated in place.  Python has no such marker, so the names drop it.
"""
from __future__ import annotations

import csv
import logging
import math
import signal
import tempfile
import threading
import time
from pathlib import Path

import numpy as np
from tinygrad import Tensor
from tinygrad.helpers import tqdm
from tinygrad.nn.optim import Adam
from tinygrad.nn.state import get_parameters

from tinygan.backend import (device_description, jit, rng_counter, seed_everything,
                             set_rng_counter, training_mode, use_device)
from tinygan.checkpoint import hparams_dict, load_checkpoint, save_checkpoint, training_state
from tinygan.data import DataLoader, load_mnist_images
from tinygan.hparams import HyperParams
from tinygan.images import (atomic_path, create_output_image, make_gif, plot_losses,
                            sample_grid_paths, save_png)
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


def _scheduled_update(loss: Tensor, opt: Adam) -> list[Tensor]:
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
    return loss, _scheduled_update(loss, opt)


def generator_update(disc, fake_img: Tensor, opt: Adam) -> tuple[Tensor, list[Tensor]]:
    """The generator's loss and its scheduled update, not yet realised.  The gradient reaches
    the generator through `fake_img`, which must still carry the generator's graph."""
    loss = generator_loss(disc(fake_img))
    return loss, _scheduled_update(loss, opt)


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
# `train(hparams)`: the tutorial's loop, plus what a long run needs (a losses CSV,
# checkpoints, resume, a clean stop on Ctrl-C or a diverged loss, progress with an ETA).
# ---------------------------------------------------------------------------------------

class TrainingError(Exception):
    """Training cannot start or cannot go on (one line, says what to do)."""


def _prepare_output(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".write-test-"):
            pass
    except OSError as e:
        raise TrainingError(f"cannot write to the output folder {folder} ({e.strerror or e}): "
                            f"choose another with --out") from e


class _LossLog:
    """`losses.csv`: one row per training step, appended (and flushed) as training runs."""

    HEADER = ["step", "epoch", "discriminator_loss", "generator_loss", "fid"]

    def __init__(self, path: Path, resume_from_step: int):
        self.path = path
        rows = []
        if resume_from_step > 0 and path.exists():
            with open(path, newline="") as f:
                rows = [r for r in csv.reader(f)][1:]
            rows = [r for r in rows if int(r[0]) < resume_from_step]   # drop steps to be redone
        with atomic_path(path) as tmp, open(tmp, "w", newline="") as f:
            csv.writer(f).writerows([self.HEADER, *rows])
        self.file = open(path, "a", newline="")
        self.writer = csv.writer(self.file)

    def append(self, step: int, epoch: int, d_loss: float, g_loss: float,
               fid: float | None = None) -> None:
        self.writer.writerow([step, epoch, f"{d_loss:.6f}", f"{g_loss:.6f}",
                              "" if fid is None else f"{fid:.4f}"])
        self.file.flush()

    def close(self) -> None:
        self.file.close()


class _StopRequest:
    """Turns the first Ctrl-C into a request to stop after the current step (so that the
    checkpoint saved then is consistent); a second Ctrl-C interrupts at once."""

    def __init__(self):
        self.requested = False
        self._previous = None

    def __enter__(self):
        if threading.current_thread() is threading.main_thread():
            self._previous = signal.signal(signal.SIGINT, self._handle)
        return self

    def _handle(self, signum, frame):
        if self.requested:
            raise KeyboardInterrupt
        self.requested = True
        log.warning("Ctrl-C: stopping after this step and saving a checkpoint "
                    "(press again to abort without saving)")

    def __exit__(self, *exc):
        if self._previous is not None:
            signal.signal(signal.SIGINT, self._previous)


class _Progress:
    """A progress bar on a terminal; elsewhere (logs, CI) a line every `every_s` seconds,
    both with the rate and the time left."""

    def __init__(self, start: int, total: int, every_s: float = 30.0):
        self.start, self.total, self.every_s = start, total, every_s
        self.t0 = self.last = time.perf_counter()
        self.bar = tqdm(total=total - start, desc="training", unit="step", disable=None)

    def update(self, step: int) -> None:
        self.bar.update(1)
        now = time.perf_counter()
        if self.bar.disable and now - self.last >= self.every_s:
            self.last = now
            done = step + 1 - self.start
            rate = done / (now - self.t0)
            eta = (self.total - step - 1) / rate if rate else float("inf")
            log.info(f"progress: step {step + 1}/{self.total}, {rate:.2f} steps/s, "
                     f"ETA {_hms(eta)}")

    def close(self) -> None:
        self.bar.update(close=True)


def _hms(seconds: float) -> str:
    if seconds == float("inf"):
        return "?"
    seconds = int(seconds)
    return f"{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


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


def train(hparams: HyperParams, *, resume: bool = False, images=None,
          use_jit: bool = True) -> dict:
    """The tutorial's `train(hparams)`.

    Picks the device (the tutorial's "gpu" falls back to the CPU with a warning), loads
    the data, builds both networks and both optimisers, draws output_dim² fixed noise
    vectors, then for each epoch and batch: noise, `fake_img = gen(noise)`, the
    discriminator's step, the generator's step; every `verbose_freq` steps (step 0
    included) it logs the losses and saves `dcgan_steps_%06d.png`.  After the last step it
    saves one more grid and writes `output.gif` from all grids in name order.

    tinygan's additions: `losses.csv` (every step), checkpoints every `checkpoint_every`
    steps and at the end, `resume=True` to continue from the last checkpoint, Ctrl-C
    stops cleanly with a checkpoint, a non-finite loss stops with `TrainingError` keeping
    the last good checkpoint, and `max_steps` ends a run early.  `images` (N×1×28×28 in
    [-1, 1]) replaces the dataset, for tests and experiments.

    Returns a summary: steps done, final losses, output paths, whether it was interrupted.
    """
    out = Path(hparams.output_dir)
    _prepare_output(out)
    backend = use_device(hparams.device)
    log.info(f"Training on {device_description(backend)}")
    if images is None:
        images = load_mnist_images(hparams)
    loader = DataLoader(images, hparams.batch_size, hparams.seed)
    steps_per_epoch = len(loader)
    total_steps = hparams.epochs * steps_per_epoch
    if hparams.max_steps is not None:
        total_steps = min(total_steps, hparams.max_steps)

    # Set up before seeding: loading the classifier draws (and discards) random weights.
    score = _fid_scorer(hparams) if hparams.score_every else None
    # Everything random (weights, fixed noise, noise, dropout) follows from the seed.
    seed_everything(hparams.seed)
    gen, disc, opt_d, opt_g = build_gan(hparams)
    fixed_noise = draw_noise(hparams.output_dim ** 2, hparams.latent_dim, hparams.noise).realize()
    state = training_state(gen, disc, opt_d, opt_g, fixed_noise)

    step = 0
    if resume:
        info = load_checkpoint(out, state)
        _check_same_run(info["hparams"], hparams)
        step = info["step"]
        set_rng_counter(info["rng_counter"])
        log.info(f"Resuming from the checkpoint at step {step}")

    def checkpoint(at_step: int) -> None:
        save_checkpoint(out, state, {"step": at_step, "epoch": at_step // steps_per_epoch,
                                     "rng_counter": rng_counter(),
                                     "hparams": hparams_dict(hparams)})

    def sample_grid(at_step: int) -> Path:
        return save_png(create_output_image(gen, fixed_noise, hparams),
                        out / f"dcgan_steps_{at_step:06d}.png")

    losses = _LossLog(out / "losses.csv", step)
    run_step = make_step_runner(gen, disc, opt_d, opt_g, hparams, use_jit)
    progress = _Progress(step, total_steps)
    interrupted, d_loss, g_loss = False, float("nan"), float("nan")
    try:
        with _StopRequest() as stop:
            while step < total_steps and not interrupted:
                epoch, batch_index = divmod(step, steps_per_epoch)
                log.info(f"Epoch {epoch + 1}")
                for real in loader.epoch(epoch, start=batch_index):
                    d_loss, g_loss = run_step(Tensor(real))
                    if not (math.isfinite(d_loss) and math.isfinite(g_loss)):
                        raise TrainingError(
                            f"training diverged at step {step}: discriminator loss {d_loss}, "
                            f"generator loss {g_loss}; the last good checkpoint in {out} is "
                            f"kept (try a smaller learning rate)")
                    fid = score(gen) if score and step % hparams.score_every == 0 else None
                    losses.append(step, epoch + 1, d_loss, g_loss, fid)
                    if step % hparams.verbose_freq == 0:
                        log.info(f"Train step {step}, Discriminator loss = {d_loss}, "
                                 f"Generator loss = {g_loss}")
                        sample_grid(step)
                    if fid is not None:
                        log.info(f"Train step {step}, FID = {fid:.2f} "
                                 f"({hparams.score_samples} samples)")
                    progress.update(step)
                    step += 1
                    if step % hparams.checkpoint_every == 0:
                        checkpoint(step)
                    if stop.requested:
                        interrupted = True
                    if step >= total_steps or interrupted:
                        break
    finally:
        progress.close()
        losses.close()
    checkpoint(step)
    if interrupted:
        log.info(f"Stopped at step {step}; continue with --resume")
        gif = None
    else:
        sample_grid(step)
        gif = make_gif(sample_grid_paths(out), out / "output.gif")
        plot_losses(out / "losses.csv", out / "losses.png")
    return {"steps": step, "discriminator_loss": d_loss, "generator_loss": g_loss,
            "output_dir": out, "gif": gif, "interrupted": interrupted, "device": backend}


def _fid_scorer(hparams: HyperParams):
    """A function returning a generator's FID (`--score-every`).  The classifier, the
    real test images and the noise are loaded or drawn once, here."""
    from tinygan.quality import load_classifier, score_generator
    classifier = load_classifier()
    real = load_mnist_images(hparams.replace(dataset="mnist"), split="test")
    # Drawn on the host so that scoring leaves tinygrad's random stream, and so the
    # training run itself, exactly as it would be without scoring.
    rng = np.random.default_rng([hparams.seed, 1])
    shape = (hparams.score_samples, hparams.latent_dim)
    noise = Tensor((rng.uniform(-1, 1, shape) if hparams.noise == "uniform"
                    else rng.standard_normal(shape)).astype(np.float32)).realize()

    def score(gen) -> float:
        return score_generator(gen, n=hparams.score_samples, real_images=real,
                               classifier=classifier, noise=noise)["fid"]
    return score


def _check_same_run(saved: dict, hparams: HyperParams) -> None:
    """Resuming with other model or data settings would silently train something else."""
    keys = ("batch_size", "latent_dim", "seed", "dataset", "noise", "label_smoothing",
            "label_flip", "adam_beta1")
    changed = [k for k in keys if saved.get(k) != getattr(hparams, k)]
    if changed:
        raise TrainingError(f"the checkpoint was written with different {', '.join(changed)} "
                            f"({', '.join(f'{k}={saved.get(k)!r}' for k in changed)}): "
                            f"resume with the same settings or use another --out")

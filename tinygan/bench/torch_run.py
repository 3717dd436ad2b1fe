"""The tutorial's schedule on the PyTorch twin: what `tinygan.tutorial.train` does, epoch by
epoch, in eager PyTorch, for the comparisons in benchmarks/ (quality.py: a few steps or
epochs; tutorial_run.py: the full 25 epochs, scored every epoch, resumable).

Same model and start as tinygan's run: the networks are built from tinygan's, freshly
initialised under the run's seed exactly as `train` builds them (`torch_gan`), so both
runs start from the same weights; the batches are tinygan's `DataLoader`'s, in the same
order (it depends on the seed and the epoch only).  The noise and dropout masks come from
PyTorch's generator, seeded with the same seed: the same distributions, not the same
numbers (tests/test_parity.py compares the two engines on the same numbers).

PyTorch is passed in as a module (`tinygan.bench.torch_twin.import_torch()`), never
imported here.
"""
from __future__ import annotations

import logging
import time
from dataclasses import asdict

import numpy as np
from tinygrad import Tensor

from tinygan.backend import seed_everything
from tinygan.bench.torch_twin import torch_gan, torch_train_step
from tinygan.data import DataLoader
from tinygan.tutorial import HyperParams

log = logging.getLogger("tinygan")


class TorchGenerator:
    """A PyTorch generator behind tinygan's generator interface (Tensor in, Tensor out, in
    test mode), so that the same scoring code, on the same noise, scores both engines."""

    def __init__(self, torch, module, latent_dim: int):
        self.torch, self.module, self.latent_dim = torch, module, latent_dim

    def __call__(self, noise: Tensor) -> Tensor:
        was_training = self.module.training
        self.module.eval()                         # BatchNorm on its running statistics
        try:
            with self.torch.no_grad():
                images = self.module(self.torch.from_numpy(noise.numpy()))
        finally:
            self.module.train(was_training)
        return Tensor(images.numpy())


class TorchTutorialRun:
    """The tutorial's loop on the PyTorch twin, one epoch per `train_epoch` call; its whole
    state (networks, optimisers, step, PyTorch's random state) in `state_dict`, so that a
    long run can be checkpointed and resumed exactly."""

    def __init__(self, torch, hparams: HyperParams, images: np.ndarray):
        self.torch, self.hparams = torch, hparams
        seed_everything(hparams.seed)               # tinygan's init, hence the same weights
        self.gen, self.disc, self.opt_d, self.opt_g = torch_gan(torch, hparams)
        torch.manual_seed(hparams.seed)             # PyTorch's noise and dropout masks
        self.loader = DataLoader(images, hparams.batch_size, hparams.seed)
        self.step = 0                               # steps done

    @property
    def steps_per_epoch(self) -> int:
        return len(self.loader)

    @property
    def generator(self) -> TorchGenerator:
        return TorchGenerator(self.torch, self.gen, self.hparams.latent_dim)

    def train_epoch(self, epoch: int, max_steps: int | None = None) -> dict:
        """Epoch `epoch` (0-based) from where the run stands, ending early at `max_steps`
        steps in all; returns the steps done, the last losses and the seconds taken."""
        torch, batch, latent = self.torch, self.hparams.batch_size, self.hparams.latent_dim
        start = self.step - epoch * self.steps_per_epoch
        d_loss = g_loss = float("nan")
        started = time.perf_counter()
        for real in self.loader.epoch(epoch, start=start):
            if max_steps is not None and self.step >= max_steps:
                break
            # Always batch_size noise vectors, as the tutorial's loop (`train_step`) draws.
            d_loss, g_loss = torch_train_step(torch, self.gen, self.disc, self.opt_d,
                                              self.opt_g, torch.from_numpy(real),
                                              torch.randn(batch, latent))
            if self.step % 100 == 0:
                log.info(f"PyTorch step {self.step}, Discriminator loss = {d_loss:.4f}, "
                         f"Generator loss = {g_loss:.4f}")
            self.step += 1
        return {"steps": self.step, "discriminator_loss": d_loss, "generator_loss": g_loss,
                "seconds": time.perf_counter() - started}

    def state_dict(self) -> dict:
        return {"step": self.step, "gen": self.gen.state_dict(), "disc": self.disc.state_dict(),
                "opt_d": self.opt_d.state_dict(), "opt_g": self.opt_g.state_dict(),
                "torch_rng": self.torch.get_rng_state(), "hparams": asdict(self.hparams)}

    def load_state_dict(self, state: dict) -> None:
        self.step = state["step"]
        self.gen.load_state_dict(state["gen"])
        self.disc.load_state_dict(state["disc"])
        self.opt_d.load_state_dict(state["opt_d"])
        self.opt_g.load_state_dict(state["opt_g"])
        self.torch.set_rng_state(state["torch_rng"])

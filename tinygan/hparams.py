"""Section 1 of the tutorial: `HyperParams`, one record of settings passed down explicitly.

Julia's `@kwdef struct HyperParams` becomes a frozen dataclass with the same fields and
defaults; the fields after `gen_lr`/`device` are tinygan's additions for running the
tutorial as a program (seed, data, output, checkpoints), each with a default that keeps
the tutorial's behaviour.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass

# Names accepted for `device`: the tutorial's "gpu" (first usable accelerator, else the CPU
# with a warning) and tinygrad's own backends, case-insensitively (see tinygan.backend).
DEVICE_NAMES = ("gpu", "cpu", "cuda", "nv", "metal", "amd", "cl", "opencl")
DATASETS = ("mnist", "fashion-mnist")
NOISES = ("normal", "uniform")


def is_int(value, low: int, high: int | None = None) -> bool:
    """Whether `value` is an integer (not a bool) in [low, high]: the check behind every
    count and size setting's error message."""
    return (isinstance(value, int) and not isinstance(value, bool) and value >= low
            and (high is None or value <= high))


@dataclass(frozen=True)
class HyperParams:
    # --- the tutorial's fields, with its defaults ---
    batch_size: int = 128
    latent_dim: int = 100
    epochs: int = 25
    verbose_freq: int = 1000
    output_dim: int = 5
    disc_lr: float = 0.0002
    gen_lr: float = 0.0002
    device: str = "gpu"
    # --- tinygan's additions ---
    seed: int = 0                      # weights, noise and data order all follow from it
    dataset: str = "mnist"             # or "fashion-mnist" (same format)
    data_dir: str | None = None        # where the IDX files are; None searches (tinygan.data)
    output_dir: str = "output"         # sample grids, GIF, losses CSV, checkpoints
    checkpoint_every: int = 1000       # steps between checkpoints (one is also saved at the end)
    max_steps: int | None = None       # stop early after this many steps (tests, quick looks)
    score_every: int = 0               # log the FID every this many steps (0: never)
    score_samples: int = 1000          # generated and real images per FID (10,000 is standard)
    # --- GAN tricks, all off by default so that the tutorial is reproduced exactly ---
    # One-sided label smoothing (Salimans et al. 2016, "Improved Techniques for Training
    # GANs", section 3.4): the discriminator's target for real images is 1 - this.
    label_smoothing: float = 0.0
    # Noisy labels (Chintala et al., "How to Train a GAN?", ganhacks tip 13): each of the
    # discriminator's real/fake targets is swapped with this probability.
    label_flip: float = 0.0
    # Adam's β1 for both networks: Flux's default 0.9, as in the tutorial; the DCGAN paper
    # (Radford et al. 2016, section 4) uses 0.5.
    adam_beta1: float = 0.9
    # The generator's noise: "normal" N(0, 1) as in the tutorial, or "uniform" U(-1, 1) as in
    # the DCGAN paper (section 4).
    noise: str = "normal"

    def __post_init__(self):
        for name in ("batch_size", "latent_dim", "epochs", "verbose_freq", "output_dim",
                     "checkpoint_every"):
            value = getattr(self, name)
            if not is_int(value, 1):
                raise ValueError(f"HyperParams.{name} must be a positive integer, got {value!r}")
        for name in ("disc_lr", "gen_lr"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not value > 0:
                raise ValueError(f"HyperParams.{name} must be a number > 0, got {value!r}")
        if not is_int(self.score_every, 0):
            raise ValueError(f"HyperParams.score_every must be an integer >= 0, got {self.score_every!r}")
        if not is_int(self.score_samples, 2, 10_000):
            raise ValueError(f"HyperParams.score_samples must be an integer in [2, 10000] (the "
                             f"MNIST test set), got {self.score_samples!r}")
        if self.score_every and self.dataset != "mnist":
            raise ValueError("HyperParams.score_every needs dataset='mnist': the FID classifier "
                             "is trained on MNIST digits")
        if self.max_steps is not None and not is_int(self.max_steps, 0):
            raise ValueError(f"HyperParams.max_steps must be None or an integer >= 0, "
                             f"got {self.max_steps!r}")
        if not is_int(self.seed, 0):
            raise ValueError(f"HyperParams.seed must be an integer >= 0, got {self.seed!r}")
        device = self.device.lower().split(":")[0] if isinstance(self.device, str) else None
        if device not in DEVICE_NAMES:
            raise ValueError(f"HyperParams.device must be one of {', '.join(DEVICE_NAMES)} "
                             f"(optionally with ':N'), got {self.device!r}")
        for name in ("label_smoothing", "label_flip"):
            value = getattr(self, name)
            if not isinstance(value, (int, float)) or not 0 <= value < 1:
                raise ValueError(f"HyperParams.{name} must be in [0, 1), got {value!r}")
        if not isinstance(self.adam_beta1, (int, float)) or not 0 <= self.adam_beta1 < 1:
            raise ValueError(f"HyperParams.adam_beta1 must be in [0, 1), got {self.adam_beta1!r}")
        if self.noise not in NOISES:
            raise ValueError(f"HyperParams.noise must be one of {', '.join(NOISES)}, "
                             f"got {self.noise!r}")
        if self.dataset not in DATASETS:
            raise ValueError(f"HyperParams.dataset must be one of {', '.join(DATASETS)}, "
                             f"got {self.dataset!r}")

    def replace(self, **changes) -> "HyperParams":
        """A copy with some fields changed (validated again)."""
        return dataclasses.replace(self, **changes)

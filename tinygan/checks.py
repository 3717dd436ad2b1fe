"""The checks behind `HyperParams`: each setting a user can get wrong gets one line saying
which field, what it must be and what it was.  Kept out of `tinygan.tutorial` so that the
tutorial's record reads as the tutorial's (eight fields and their defaults)."""
from __future__ import annotations

from tinygan.kernels import CHOICES as KERNELS

# Names accepted for `device`: the tutorial's "gpu" (first usable accelerator, else the CPU
# with a warning) and tinygrad's own backends, case-insensitively (see tinygan.backend).
DEVICE_NAMES = ("gpu", "cpu", "cuda", "nv", "metal", "amd", "cl", "opencl")
DATASETS = ("mnist", "fashion-mnist")
FOLDER_PREFIX = "folder:"         # dataset="folder:PATH": the images in a folder
SHAPES = "shapes"                 # coloured shapes drawn from a seed (tinygan.shapes)
MODELS = ("tutorial", "lecture64", "faces32")     # tinygan.models
NOISES = ("normal", "uniform")



def is_int(value, low: int, high: int | None = None) -> bool:
    """Whether `value` is an integer (not a bool) in [low, high]: the check behind every
    count and size setting's error message."""
    return (isinstance(value, int) and not isinstance(value, bool) and value >= low
            and (high is None or value <= high))


def check_hparams(hp) -> None:
    """Raise ValueError, one line, for the first field of `hp` (a HyperParams) that is out
    of range."""
    for name in ("batch_size", "latent_dim", "epochs", "verbose_freq", "output_dim",
                 "checkpoint_every"):
        value = getattr(hp, name)
        if not is_int(value, 1):
            raise ValueError(f"HyperParams.{name} must be a positive integer, got {value!r}")
    for name in ("disc_lr", "gen_lr"):
        value = getattr(hp, name)
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not value > 0:
            raise ValueError(f"HyperParams.{name} must be a number > 0, got {value!r}")
    if not is_int(hp.score_every, 0):
        raise ValueError(f"HyperParams.score_every must be an integer >= 0, "
                         f"got {hp.score_every!r}")
    if not is_int(hp.score_samples, 10, 10_000):
        raise ValueError(f"HyperParams.score_samples must be an integer in [10, 10000] (the "
                         f"MNIST test set), got {hp.score_samples!r}")
    if hp.score_every and (hp.dataset != "mnist" or hp.model != "tutorial"):
        raise ValueError("HyperParams.score_every needs dataset='mnist' and the tutorial's "
                         "model: the FID classifier is trained on 28×28 MNIST digits")
    if hp.max_steps is not None and not is_int(hp.max_steps, 0):
        raise ValueError(f"HyperParams.max_steps must be None or an integer >= 0, "
                         f"got {hp.max_steps!r}")
    if not is_int(hp.seed, 0):
        raise ValueError(f"HyperParams.seed must be an integer >= 0, got {hp.seed!r}")
    device = hp.device.lower().split(":")[0] if isinstance(hp.device, str) else None
    if device not in DEVICE_NAMES:
        raise ValueError(f"HyperParams.device must be one of {', '.join(DEVICE_NAMES)} "
                         f"(optionally with ':N'), got {hp.device!r}")
    for name in ("tf32", "conditional"):
        if not isinstance(getattr(hp, name), bool):
            raise ValueError(f"HyperParams.{name} must be True or False, "
                             f"got {getattr(hp, name)!r}")
    if hp.kernels is not None and hp.kernels not in KERNELS:
        raise ValueError(f"HyperParams.kernels must be None or one of {', '.join(KERNELS)}, "
                         f"got {hp.kernels!r}")
    for name in ("label_smoothing", "label_flip", "adam_beta1"):
        value = getattr(hp, name)
        if not isinstance(value, (int, float)) or not 0 <= value < 1:
            raise ValueError(f"HyperParams.{name} must be in [0, 1), got {value!r}")
    if isinstance(hp.ema_decay, bool) or not isinstance(hp.ema_decay, (int, float)) \
            or not 0 <= hp.ema_decay < 1:
        raise ValueError(f"HyperParams.ema_decay must be in [0, 1) (0: no EMA; 0.999 is usual), "
                         f"got {hp.ema_decay!r}")
    if hp.noise not in NOISES:
        raise ValueError(f"HyperParams.noise must be one of {', '.join(NOISES)}, "
                         f"got {hp.noise!r}")
    folder = isinstance(hp.dataset, str) and hp.dataset.startswith(FOLDER_PREFIX)
    named = hp.dataset in (*DATASETS, SHAPES)
    if not named and not (folder and hp.dataset[len(FOLDER_PREFIX):]):
        raise ValueError(f"HyperParams.dataset must be one of {', '.join(DATASETS)}, {SHAPES} "
                         f"or {FOLDER_PREFIX}PATH (a folder of PNG and JPEG files), "
                         f"got {hp.dataset!r}")
    if hp.model not in MODELS:
        raise ValueError(f"HyperParams.model must be one of {', '.join(MODELS)}, "
                         f"got {hp.model!r}")
    if hp.conditional and (hp.model != "tutorial" or hp.dataset not in DATASETS):
        raise ValueError("HyperParams.conditional needs the tutorial's model and a labelled "
                         "dataset (mnist or fashion-mnist)")

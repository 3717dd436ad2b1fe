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


def _field(record, name: str) -> str:
    return f"{type(record).__name__}.{name}"           # "HyperParams.batch_size"


def check_positive_ints(record, names: tuple[str, ...]) -> None:
    for name in names:
        value = getattr(record, name)
        if not is_int(value, 1):
            raise ValueError(f"{_field(record, name)} must be a positive integer, got {value!r}")


def check_learning_rates(record, names: tuple[str, ...]) -> None:
    for name in names:
        value = getattr(record, name)
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not value > 0:
            raise ValueError(f"{_field(record, name)} must be a number > 0, got {value!r}")


def check_fractions(record, names: tuple[str, ...]) -> None:
    """Each field in [0, 1) (label smoothing, Adam's β1)."""
    for name in names:
        value = getattr(record, name)
        if not isinstance(value, (int, float)) or not 0 <= value < 1:
            raise ValueError(f"{_field(record, name)} must be in [0, 1), got {value!r}")


def check_flags(record, names: tuple[str, ...]) -> None:
    for name in names:
        if not isinstance(getattr(record, name), bool):
            raise ValueError(f"{_field(record, name)} must be True or False, "
                             f"got {getattr(record, name)!r}")


def check_choice(record, name: str, choices: tuple[str, ...]) -> None:
    value = getattr(record, name)
    if value not in choices:
        raise ValueError(f"{_field(record, name)} must be one of {', '.join(choices)}, "
                         f"got {value!r}")


def check_run_settings(record) -> None:
    """What every run's record has: max_steps, seed, device, kernels."""
    if record.max_steps is not None and not is_int(record.max_steps, 0):
        raise ValueError(f"{_field(record, 'max_steps')} must be None or an integer >= 0, "
                         f"got {record.max_steps!r}")
    if not is_int(record.seed, 0):
        raise ValueError(f"{_field(record, 'seed')} must be an integer >= 0, "
                         f"got {record.seed!r}")
    device = record.device.lower().split(":")[0] if isinstance(record.device, str) else None
    if device not in DEVICE_NAMES:
        raise ValueError(f"{_field(record, 'device')} must be one of {', '.join(DEVICE_NAMES)} "
                         f"(optionally with ':N'), got {record.device!r}")
    if record.kernels is not None and record.kernels not in KERNELS:
        raise ValueError(f"{_field(record, 'kernels')} must be None or one of "
                         f"{', '.join(KERNELS)}, got {record.kernels!r}")


def check_hparams(hp) -> None:
    """Raise ValueError, one line, for the first field of `hp` (a HyperParams) that is out
    of range."""
    check_positive_ints(hp, ("batch_size", "latent_dim", "epochs", "verbose_freq",
                             "output_dim", "checkpoint_every"))
    check_learning_rates(hp, ("disc_lr", "gen_lr"))
    if not is_int(hp.score_every, 0):
        raise ValueError(f"HyperParams.score_every must be an integer >= 0, "
                         f"got {hp.score_every!r}")
    if not is_int(hp.score_samples, 10, 10_000):
        raise ValueError(f"HyperParams.score_samples must be an integer in [10, 10000] (the "
                         f"MNIST test set), got {hp.score_samples!r}")
    if hp.score_every and (hp.dataset != "mnist" or hp.model != "tutorial"):
        raise ValueError("HyperParams.score_every needs dataset='mnist' and the tutorial's "
                         "model: the FID classifier is trained on 28×28 MNIST digits")
    check_run_settings(hp)
    check_flags(hp, ("tf32", "conditional"))
    check_fractions(hp, ("label_smoothing", "label_flip", "adam_beta1"))
    if isinstance(hp.ema_decay, bool) or not isinstance(hp.ema_decay, (int, float)) \
            or not 0 <= hp.ema_decay < 1:
        raise ValueError(f"HyperParams.ema_decay must be in [0, 1) (0: no EMA; 0.999 is usual), "
                         f"got {hp.ema_decay!r}")
    check_choice(hp, "noise", NOISES)
    folder = isinstance(hp.dataset, str) and hp.dataset.startswith(FOLDER_PREFIX)
    named = hp.dataset in (*DATASETS, SHAPES)
    if not named and not (folder and hp.dataset[len(FOLDER_PREFIX):]):
        raise ValueError(f"HyperParams.dataset must be one of {', '.join(DATASETS)}, {SHAPES} "
                         f"or {FOLDER_PREFIX}PATH (a folder of PNG and JPEG files), "
                         f"got {hp.dataset!r}")
    check_choice(hp, "model", MODELS)
    if hp.conditional and (hp.model != "tutorial" or hp.dataset not in DATASETS):
        raise ValueError("HyperParams.conditional needs the tutorial's model and a labelled "
                         "dataset (mnist or fashion-mnist)")


# pix2pix's record (`tinygan.pix2pix.Pix2PixParams`)
EDGES2FASHION = "edges2fashion"
PAIRS_DATASETS = (EDGES2FASHION,)      # built in (tinygan.pairs); or folder:PATH
OBJECTIVES = ("cgan+l1", "l1", "cgan")
DIRECTIONS = ("AtoB", "BtoA")


def check_pix2pix_params(p) -> None:
    """Raise ValueError, one line, for the first field of `p` (a Pix2PixParams) that is out
    of range."""
    check_positive_ints(p, ("batch_size", "epochs", "verbose_freq", "output_dim",
                            "checkpoint_every", "ngf", "ndf", "disc_layers", "disc_every"))
    check_learning_rates(p, ("disc_lr", "gen_lr"))
    check_run_settings(p)
    check_flags(p, ("tf32",))
    check_fractions(p, ("label_smoothing", "adam_beta1"))
    if isinstance(p.l1_weight, bool) or not isinstance(p.l1_weight, (int, float)) \
            or not p.l1_weight >= 0:
        raise ValueError(f"Pix2PixParams.l1_weight must be a number >= 0 (λ; pix2pix's is "
                         f"100), got {p.l1_weight!r}")
    check_choice(p, "objective", OBJECTIVES)
    check_choice(p, "direction", DIRECTIONS)
    if not is_int(p.image_size, 8, 1024) or p.image_size & (p.image_size - 1):
        raise ValueError(f"Pix2PixParams.image_size must be a power of two from 8 to 1024 (the "
                         f"U-Net halves it down to 1×1), got {p.image_size!r}")
    folder = isinstance(p.dataset, str) and p.dataset.startswith(FOLDER_PREFIX)
    if p.dataset not in PAIRS_DATASETS and not (folder and p.dataset[len(FOLDER_PREFIX):]):
        raise ValueError(f"Pix2PixParams.dataset must be {' or '.join(PAIRS_DATASETS)} or "
                         f"{FOLDER_PREFIX}PATH (pictures A|B side by side, or PATH/A and "
                         f"PATH/B), got {p.dataset!r}")
    if p.dataset in PAIRS_DATASETS and p.image_size != 32:
        raise ValueError(f"Pix2PixParams.image_size must be 32 for {p.dataset} (Fashion-MNIST's "
                         f"28×28 pictures padded), got {p.image_size!r}")
    strided = p.image_size.bit_length() - 3          # the PatchGAN ends at 2×2 or more
    if p.disc_layers > strided:
        raise ValueError(f"Pix2PixParams.disc_layers must be at most {strided} for "
                         f"{p.image_size}×{p.image_size} images, got {p.disc_layers!r}")

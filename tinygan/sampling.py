"""Samples from a saved run: the generator of a checkpoint, in test mode, as a PNG grid or
as the raw images (`.npy`); a conditional run's, asked for a digit."""
from __future__ import annotations

import math
from pathlib import Path

import numpy as np
from tinygrad import Tensor
from tinygrad.nn.state import get_state_dict

from tinygan.backend import seed_everything, use_device
from tinygan.checkpoint import (GENERATOR_ONLY, CheckpointError, checkpoint_hparams,
                                load_checkpoint, read_checkpoint_info, uses_ema)
from tinygan.checks import is_int
from tinygan.conditional import (DIGITS, check_digits, digits_in_turn, generate,
                                 grid_noise_shape, is_conditional, make_generator,
                                 require_conditional)
from tinygan.files import atomic_path
from tinygan.images import image_rows, save_png
from tinygan.tutorial import Generator, HyperParams

BATCH = 500                      # images generated at a time


def load_generator(folder: str | Path, raw: bool = False) -> tuple[Generator, Tensor, HyperParams]:
    """The generator, the fixed noise and the hyperparameters saved in `folder`.  For a run
    that kept the generator's moving average (`HyperParams.ema_decay`), the average, unless
    `raw` asks for the weights as trained (`generator_weights` says which)."""
    info = read_checkpoint_info(folder)
    hparams = checkpoint_hparams(folder, info)
    export = info.get(GENERATOR_ONLY)             # an export names its weights gen.*
    if raw and export and uses_ema(info, hparams):
        raise CheckpointError(f"{folder} holds the generator's moving average only: export "
                              f"the run again with --raw for the weights as trained")
    prefix = "ema" if not export and uses_ema(info, hparams, raw) else "gen"
    gen = make_generator(hparams)                  # the tutorial's, or the conditional one
    fixed_noise = Tensor.zeros(*grid_noise_shape(hparams)).contiguous().realize()
    tensors = {"fixed_noise": fixed_noise,
               **{f"{prefix}.{k}": t for k, t in get_state_dict(gen).items()}}
    load_checkpoint(folder, tensors, info)
    return gen, fixed_noise, hparams


def generator_weights(folder: str | Path, raw: bool = False) -> str:
    """Which weights `load_generator(folder, raw)` loads: "ema" (the moving average) or
    "raw" (the weights as trained)."""
    info = read_checkpoint_info(folder)
    return "ema" if uses_ema(info, checkpoint_hparams(folder, info), raw) else "raw"


def sample_images(folder: str | Path, n: int | None = None, digit: int | None = None,
                  seed: int | None = None, raw: bool = False) -> tuple[np.ndarray, int]:
    """Images of `folder`'s generator in test mode (its moving average when the run kept
    one, unless `raw`), N×1×28×28 float32 in [-1, 1], and how many columns to tile them in.

    Without `n` and `digit`: the run's grid, on its fixed noise (or on fresh noise drawn
    from `seed`).  With either: `n` images (default output_dim²) on noise drawn from `seed`
    (default 0), all of `digit` (a conditional run only), else for a conditional run the
    digits 0-9 over and over."""
    gen, noise, hparams = load_generator(folder, raw)
    conditional = is_conditional(gen)
    if digit is not None:
        require_conditional(gen)
        check_digits([digit])                      # before any noise is drawn
    if n is None and digit is None:
        if seed is not None:
            seed_everything(seed)
            noise = Tensor.randn(*noise.shape).realize()
            if conditional:       # the grid's layout: each noise vector across the ten digits
                noise = noise[::DIGITS].repeat_interleave(DIGITS, dim=0).realize()
        columns = DIGITS if conditional else hparams.output_dim
        images = generate(gen, noise).numpy()
        # the tutorial's grid fills column by column (tinygan.images.image_grid)
        return (images if conditional else _column_major(images, columns)), columns
    n = hparams.output_dim ** 2 if n is None else n
    if not is_int(n, 1):
        raise ValueError(f"the number of samples must be a positive integer, got {n!r}")
    seed_everything(0 if seed is None else seed)
    noise = Tensor.randn(n, hparams.latent_dim).realize()
    digits = None if not conditional else ([digit] * n if digit is not None
                                           else digits_in_turn(n))
    images = np.concatenate([generate(gen, noise[i:i + BATCH],
                                      None if digits is None else digits[i:i + BATCH]).numpy()
                             for i in range(0, n, BATCH)])
    columns = DIGITS if conditional and digit is None else math.ceil(math.sqrt(n))
    return images, columns


def _column_major(images: np.ndarray, d: int) -> np.ndarray:
    """The tutorial's grid order (image i in row i mod d, column i div d) as rows."""
    return images.reshape(d, d, *images.shape[1:]).transpose(1, 0, 2, 3, 4).reshape(images.shape)


def write_samples(images: np.ndarray, columns: int, out: str | Path) -> Path:
    """`images` to `out`: a `.npy` file holds them as they are (float32 N×1×28×28 in
    [-1, 1]); any other name gets a PNG grid, `columns` wide (a short last row padded with
    black)."""
    out = Path(out)
    if out.suffix.lower() == ".npy":
        with atomic_path(out) as tmp, open(tmp, "wb") as f:
            np.save(f, images.astype(np.float32))
        return out
    missing = -len(images) % columns
    padded = np.concatenate([images, np.full((missing, *images.shape[1:]), -1, images.dtype)])
    return save_png(image_rows(padded, columns), out)


def sample_from_checkpoint(folder: str | Path, out: str | Path, seed: int | None = None,
                           device: str = "gpu", raw: bool = False, n: int | None = None,
                           digit: int | None = None) -> Path:
    """`sample_images(folder, n, digit, seed, raw)` written to `out` (`write_samples`: a
    PNG grid, or the raw images for a `.npy` name)."""
    use_device(device)
    return write_samples(*sample_images(folder, n, digit, seed, raw), out)

"""Sample grids from a saved run: the generator of a checkpoint, in test mode."""
from __future__ import annotations

from pathlib import Path

from tinygrad import Tensor
from tinygrad.nn.state import get_state_dict

from tinygan.backend import seed_everything, use_device
from tinygan.checkpoint import (GENERATOR_ONLY, CheckpointError, checkpoint_hparams,
                                load_checkpoint, read_checkpoint_info, uses_ema)
from tinygan.images import save_png
from tinygan.conditional import create_output_image as digit_grid
from tinygan.conditional import grid_noise_shape, make_generator
from tinygan.tutorial import Generator, HyperParams, create_output_image


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


def sample_from_checkpoint(folder: str | Path, png: str | Path, seed: int | None = None,
                           device: str = "gpu", raw: bool = False) -> Path:
    """Write the grid of `folder`'s generator (its moving average when the run kept one,
    unless `raw`) on its fixed noise (or on fresh noise drawn from `seed`) to `png`."""
    use_device(device)
    gen, noise, hparams = load_generator(folder, raw)
    if seed is not None:
        seed_everything(seed)
        noise = Tensor.randn(*noise.shape).realize()
    return save_png(create_output_image(gen, noise, hparams), png)

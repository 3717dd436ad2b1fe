"""Sample grids from a saved run: the generator of a checkpoint, in test mode."""
from __future__ import annotations

from pathlib import Path

from tinygrad import Tensor
from tinygrad.nn.state import get_state_dict

from tinygan.backend import seed_everything, use_device
from tinygan.checkpoint import checkpoint_hparams, load_checkpoint, read_checkpoint_info
from tinygan.images import save_png
from tinygan.tutorial import Generator, HyperParams, create_output_image


def load_generator(folder: str | Path) -> tuple[Generator, Tensor, HyperParams]:
    """The generator, the fixed noise and the hyperparameters saved in `folder`."""
    info = read_checkpoint_info(folder)
    hparams = checkpoint_hparams(folder, info)
    gen = Generator(hparams.latent_dim)
    fixed_noise = Tensor.zeros(hparams.output_dim ** 2, hparams.latent_dim).contiguous().realize()
    tensors = {"fixed_noise": fixed_noise,
               **{f"gen.{k}": t for k, t in get_state_dict(gen).items()}}
    load_checkpoint(folder, tensors, info)
    return gen, fixed_noise, hparams


def sample_from_checkpoint(folder: str | Path, png: str | Path, seed: int | None = None,
                           device: str = "gpu") -> Path:
    """Write the grid of `folder`'s generator on its fixed noise (or on fresh noise drawn
    from `seed`) to `png`."""
    use_device(device)
    gen, noise, hparams = load_generator(folder)
    if seed is not None:
        seed_everything(seed)
        noise = Tensor.randn(*noise.shape).realize()
    return save_png(create_output_image(gen, noise, hparams), png)

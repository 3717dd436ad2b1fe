"""Walks through the latent space: the generator's images along a line from z1 to z2.

Radford, Metz and Chintala (2016, "Unsupervised representation learning with deep
convolutional generative adversarial networks", section 6.1) walk the DCGAN's latent space
this way to show that it has learned smooth transitions rather than memorised images:
every point on the line should still look like a digit, and one digit should morph into
the other.  The line is straight (z = t·z1 + (1 - t)·z2), as in that paper.  Halfway, its
noise is shorter than typical N(0, I) noise (by about 1/√2 for independent z1 and z2);
White (2016, "Sampling generative networks") walks along a great circle instead to avoid
that.  tinygan keeps the paper's straight line, the simpler one to read and to check.

`interpolate` computes the frames; `write_walk` saves one or more walks as a GIF (one frame
per step, the walks stacked top to bottom) and a PNG strip (one walk per row, the steps
left to right); `interpolate_checkpoint` does both for a checkpoint (the `tinygan
interpolate` command, in `tinygan.cli.quality`).
"""
from __future__ import annotations

import os
from pathlib import Path

import numpy as np
from PIL import Image
from tinygrad import Tensor

from tinygan.backend import seed_everything, use_device
from tinygan.checks import is_int
from tinygan.conditional import DIGITS, generate, is_conditional
from tinygan.images import image_rows, save_gif, save_png
from tinygan.sampling import load_generator


def interpolate(gen, z1, z2, frames: int = 16, digit: int | None = None) -> np.ndarray:
    """The generator's images at `frames` evenly spaced points from z1 to z2: frames×1×28×28
    in [-1, 1], frame 0 being gen(z1) and the last frame gen(z2).

    Frame k is gen(t·z1 + (1 - t)·z2) with t = 1 - k/(frames - 1), so t runs from 1 down to
    0.  At the two ends the noise is exactly z1 and z2 (1·z1 + 0·z2 = z1 in floating point
    too).  The generator runs in test mode (BatchNorm on its running statistics), as when
    sampling, so each frame depends on its own noise only, not on the other frames in the
    batch: the endpoints are the generator's outputs at z1 and z2 (up to float rounding,
    should tinygrad pick other kernels for another batch size).

    A conditional generator (`tinygan.conditional`) draws `digit` (default 0) all along.
    """
    if not is_int(frames, 2):
        raise ValueError(f"frames must be an integer >= 2 (the two endpoints), got {frames!r}")
    z1 = _as_vector(z1, "z1")
    z2 = _as_vector(z2, "z2")
    if z1.shape != z2.shape:
        raise ValueError(f"z1 and z2 must have the same length, got {len(z1)} and {len(z2)}")
    t = 1 - np.arange(frames, dtype=np.float64)[:, None] / (frames - 1)     # frames×1: 1 → 0
    z = (t * z1 + (1 - t) * z2).astype(np.float32)                          # frames×latent_dim
    digits = None if digit is None and not is_conditional(gen) else [digit or 0] * frames
    return generate(gen, Tensor(z), digits).numpy()      # outside training_mode(): test mode


def _as_vector(z, name: str) -> np.ndarray:
    """A latent vector as float64 NumPy (exact for float32 input), from a Tensor or array of
    shape (latent_dim,) or (1, latent_dim)."""
    z = z.numpy() if isinstance(z, Tensor) else np.asarray(z)
    if z.ndim == 2 and z.shape[0] == 1:
        z = z[0]
    if z.ndim != 1:
        raise ValueError(f"{name} must be one latent vector, got shape {z.shape}")
    return z.astype(np.float64)


def write_walk(walks: np.ndarray, gif_path: str | os.PathLike,
               png_path: str | os.PathLike | None = None, frame_ms: int = 100,
               scale: int = 1) -> tuple[Path, Path | None]:
    """Save walks (frames×pairs×C×H×W in [-1, 1], or frames×C×H×W for one walk) as a
    looping GIF with one frame per step, the walks stacked top to bottom, and optionally as
    a PNG strip with one walk per row.  Images are enlarged `scale` times (nearest
    neighbour).  Both files are written atomically.

    Pillow merges a GIF frame identical to the one before it into that frame, so the GIF has
    `frames` frames unless two neighbouring steps render to exactly the same pixels.
    """
    walks = np.asarray(walks)
    if walks.ndim == 4:
        walks = walks[:, None]
    frames, pairs = walks.shape[:2]
    enlarge = lambda pixels: pixels.repeat(scale, axis=0).repeat(scale, axis=1)
    gif_path = save_gif([Image.fromarray(np.round(enlarge(image_rows(walks[k], 1)) * 255)
                                         .astype(np.uint8))           # the walks stacked
                         for k in range(frames)], gif_path, frame_ms)
    if png_path is None:
        return gif_path, None
    strip = image_rows(walks.swapaxes(0, 1).reshape(pairs * frames, *walks.shape[2:]), frames)
    return gif_path, save_png(enlarge(strip), png_path)              # row p: walk p


def interpolate_checkpoint(folder: str | os.PathLike, gif_path: str | os.PathLike,
                           frames: int = 16, seed: int = 0, pairs: int = 1,
                           frame_ms: int = 100, scale: int = 4,
                           device: str = "gpu", raw: bool = False) -> tuple[Path, Path]:
    """`pairs` walks of a checkpoint's generator (its moving average when the run kept one,
    unless `raw`) between noise vectors drawn from `seed`, written to `gif_path` and, as a
    strip, to the same name with `.png`.  A conditional generator's walk p draws the digit
    p mod 10."""
    if not is_int(pairs, 1):
        raise ValueError(f"pairs must be a positive integer, got {pairs!r}")
    use_device(device)
    gen, _, _ = load_generator(folder, raw)
    seed_everything(seed)
    z = Tensor.randn(2 * pairs, gen.latent_dim).numpy()          # z1 of each walk, then z2
    digit = (lambda p: p % DIGITS) if is_conditional(gen) else (lambda p: None)
    walks = np.stack([interpolate(gen, z[p], z[pairs + p], frames, digit(p))
                      for p in range(pairs)], axis=1)            # frames×pairs×1×28×28
    gif_path = Path(gif_path)
    return write_walk(walks, gif_path, gif_path.with_suffix(".png"), frame_ms, scale)

"""Looking into the latent space beyond walks (`tinygan.interpolate`), as the face article of
the course does: arithmetic between latent vectors, one coordinate swept with the others
held, and, for a conditional run, one noise vector across all ten digits.

- `arithmetic`: for pairs of noise vectors z1, z2 the images of z1, z2, z1 + z2, |z1 - z2|
  and z1 ⊙ z2 (component-wise), one pair a row.  Radford et al. (2016, section 6.3) do
  arithmetic on averaged vectors of chosen faces; here the vectors are drawn at random,
  so the question is only what the generator makes of such combinations (a sum is longer
  than typical noise, by about √2; |z1 - z2| has no negative coordinates; a product is
  shorter and heavier-tailed).
- `sweep`: coordinate `dim` of a few starting vectors set to values from -3 to 3 (three
  standard deviations of the training noise), the rest held: what that one coordinate
  changes, if anything (in a 100-dimensional latent space, often little on its own).
- `digit_rows`: a conditional generator's images of the same noise for the digits 0-9, a
  noise vector a row: style held, class changed.

Each writes a PNG with the columns labelled (`write_labelled_grid`); `latent_checkpoint`
does it for a checkpoint's generator (the `tinygan latent` commands).  The generator runs
in test mode, as when sampling.
"""
from __future__ import annotations

import os
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFont
from tinygrad import Tensor

from tinygan.backend import seed_everything, use_device
from tinygan.checks import is_int
from tinygan.conditional import (DIGITS, check_digits, digits_in_turn, generate,
                                 is_conditional, require_conditional)
from tinygan.files import atomic_path
from tinygan.images import image_rows
from tinygan.sampling import load_generator

OPERATIONS = {                   # name in the PNG → the latent vector from z1 and z2
    "z1": lambda z1, z2: z1,
    "z2": lambda z1, z2: z2,
    "z1 + z2": lambda z1, z2: z1 + z2,
    "|z1 - z2|": lambda z1, z2: np.abs(z1 - z2),
    "z1 * z2": lambda z1, z2: z1 * z2,
}
SWEEP_RANGE = (-3.0, 3.0)
LABEL_HEIGHT = 14                # pixels above each column for its label


def _images(gen, z: np.ndarray, digits) -> np.ndarray:
    """`gen` on the rows of z (float32), with a digit per row for a conditional generator."""
    return generate(gen, Tensor(np.ascontiguousarray(z, np.float32)), digits).numpy()


def _row_digits(gen, rows: int, cols: int, digit: int | None):
    """The digit of each image of a rows×cols grid (row-major): None for the tutorial's
    generator; `digit` everywhere, or row r asking for r mod 10."""
    if digit is not None:
        require_conditional(gen)
    if not is_conditional(gen):
        return None
    per_row = np.full(rows, digit) if digit is not None else digits_in_turn(rows)
    return np.repeat(check_digits(per_row), cols)


def arithmetic(gen, z1: np.ndarray, z2: np.ndarray, digit: int | None = None) -> np.ndarray:
    """rows×5×1×28×28: per row (a pair z1, z2, each rows×latent_dim) the images of the
    `OPERATIONS` in order."""
    z = np.stack([op(z1, z2) for op in OPERATIONS.values()], axis=1)      # rows×5×latent
    rows, cols = z.shape[:2]
    images = _images(gen, z.reshape(rows * cols, -1), _row_digits(gen, rows, cols, digit))
    return images.reshape(rows, cols, *images.shape[1:])


def sweep_values(steps: int) -> np.ndarray:
    return np.linspace(*SWEEP_RANGE, steps)


def sweep(gen, starts: np.ndarray, dim: int, steps: int = 9,
          digit: int | None = None) -> np.ndarray:
    """rows×steps×1×28×28: per starting vector (a row of `starts`), coordinate `dim` set to
    each of `sweep_values(steps)`, the other coordinates held."""
    if not is_int(dim, 0, starts.shape[1] - 1):
        raise ValueError(f"the latent dimension to sweep must be from 0 to "
                         f"{starts.shape[1] - 1}, got {dim!r}")
    if not is_int(steps, 2):
        raise ValueError(f"a sweep needs at least 2 steps, got {steps!r}")
    z = np.repeat(starts[:, None], steps, axis=1)                         # rows×steps×latent
    z[:, :, dim] = sweep_values(steps)
    rows = len(starts)
    images = _images(gen, z.reshape(rows * steps, -1), _row_digits(gen, rows, steps, digit))
    return images.reshape(rows, steps, *images.shape[1:])


def digit_rows(gen, z: np.ndarray) -> np.ndarray:
    """rows×10×1×28×28: a conditional generator's images of each noise vector (a row of
    z) asked for 0, 1, ..., 9."""
    require_conditional(gen)
    rows = len(z)
    images = _images(gen, np.repeat(z, DIGITS, axis=0), np.tile(np.arange(DIGITS), rows))
    return images.reshape(rows, DIGITS, *images.shape[1:])


def write_labelled_grid(images: np.ndarray, labels: list[str], path: str | os.PathLike,
                        scale: int = 3) -> Path:
    """A rows×cols grid of images (rows×cols×C×H×W in [-1, 1]), enlarged `scale` times,
    with each column's label above it, as a PNG, grayscale or colour (written atomically)."""
    rows, cols, _, h, w = images.shape
    if len(labels) != cols:
        raise ValueError(f"need one label per column ({cols}), got {len(labels)}")
    grid = image_rows(images.reshape(rows * cols, *images.shape[2:]), cols)
    grid = np.round(grid.repeat(scale, axis=0).repeat(scale, axis=1) * 255).astype(np.uint8)
    picture = Image.fromarray(grid)
    canvas = Image.new(picture.mode, (picture.width, LABEL_HEIGHT + picture.height), 0)
    canvas.paste(picture, (0, LABEL_HEIGHT))
    w = w * scale
    draw, font = ImageDraw.Draw(canvas), ImageFont.load_default()
    for col, label in enumerate(labels):
        width = draw.textlength(label, font=font)
        draw.text((col * w + (w - width) / 2, 1), label, fill="white", font=font)
    with atomic_path(path) as tmp:
        canvas.save(tmp, format="PNG")
    return Path(path)


def latent_checkpoint(kind: str, folder: str | os.PathLike, out: str | os.PathLike,
                      rows: int = 4, seed: int = 0, dim: int = 0, steps: int = 9,
                      digit: int | None = None, scale: int = 3, device: str = "gpu",
                      raw: bool = False) -> Path:
    """One of the pictures (`kind`: "arithmetic", "sweep" or "digits") of a checkpoint's
    generator (its moving average when the run kept one, unless `raw`), `rows` rows drawn
    from `seed`, written to `out`."""
    if not is_int(rows, 1):
        raise ValueError(f"rows must be a positive integer, got {rows!r}")
    use_device(device)
    gen, _, _ = load_generator(folder, raw)
    seed_everything(seed)
    z = Tensor.randn(2 * rows, gen.latent_dim).numpy().astype(np.float64)
    if kind == "arithmetic":
        images, labels = arithmetic(gen, z[:rows], z[rows:], digit), list(OPERATIONS)
    elif kind == "sweep":
        images = sweep(gen, z[:rows], dim, steps, digit)
        labels = [f"{value:+.2g}" for value in sweep_values(steps)]
    elif kind == "digits":
        images, labels = digit_rows(gen, z[:rows]), [str(d) for d in range(DIGITS)]
    else:
        raise ValueError(f"the latent picture must be arithmetic, sweep or digits, got {kind!r}")
    return write_labelled_grid(images, labels, out, scale)

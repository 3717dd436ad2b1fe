"""Section 9 of the tutorial: the sample grid (`create_output_image`) and the progress GIF,
plus a plot of the losses.  Every file is written atomically: to a temporary file in the
same folder, then renamed, so an interrupted run never leaves a half-written image.
"""
from __future__ import annotations

import csv
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import numpy as np
from PIL import Image, ImageDraw
from tinygrad import Tensor

from tinygan.hparams import HyperParams


@contextmanager
def atomic_path(path: str | os.PathLike) -> Iterator[Path]:
    """Yield a temporary path next to `path`; on success rename it onto `path`, on failure
    remove it.  The folder must exist (callers create it with a clear error if it cannot)."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    try:
        yield Path(tmp)
        os.chmod(tmp, 0o666 & ~_umask())          # mkstemp makes it private (0600)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def image_grid(images: np.ndarray, output_dim: int) -> np.ndarray:
    """Tile output_dim² images (N×1×28×28 in [-1, 1]) into one (28·d)×(28·d) array in [0, 1].

    The tutorial's `partition` / `hcat` / `vcat` / `permutedims` fill the grid column by
    column: image i (0-based) lands in row i mod d, column i div d.
    """
    d, (n, _, h, w) = output_dim, images.shape
    if n != d * d:
        raise ValueError(f"need output_dim² = {d * d} images for the grid, got {n}")
    pixels = (images[:, 0] + 1) / 2                              # (x + 1)/2: [-1, 1] → [0, 1]
    grid = np.zeros((d * h, d * w), np.float32)
    for i in range(n):
        row, col = i % d, i // d
        grid[row * h:(row + 1) * h, col * w:(col + 1) * w] = pixels[i]
    return np.clip(grid, 0.0, 1.0)


def create_output_image(gen, fixed_noise: Tensor, hparams: HyperParams) -> np.ndarray:
    """The generator, in test mode (BatchNorm on running statistics), on the fixed noise,
    tiled into the grid: a (28·output_dim)² grayscale array in [0, 1]."""
    images = gen(fixed_noise).numpy()        # outside training_mode(): test mode, as in Flux
    return image_grid(images, hparams.output_dim)


def save_png(gray: np.ndarray, path: str | os.PathLike) -> Path:
    """Save a [0, 1] grayscale array as an 8-bit PNG, atomically."""
    with atomic_path(path) as tmp:
        Image.fromarray(np.round(gray * 255).astype(np.uint8), mode="L").save(tmp, format="PNG")
    return Path(path)


def make_gif(png_paths: list[Path], gif_path: str | os.PathLike, frame_ms: int = 200) -> Path:
    """Every PNG, in file-name order, as one frame of an endlessly looping GIF."""
    paths = sorted(Path(p) for p in png_paths)
    if not paths:
        raise ValueError("no PNG files to make a GIF from")
    return save_gif([Image.open(p).convert("L") for p in paths], gif_path, frame_ms)


def save_gif(frames: list[Image.Image], gif_path: str | os.PathLike, frame_ms: int) -> Path:
    """`frames` as an endlessly looping GIF, `frame_ms` per frame, written atomically."""
    with atomic_path(gif_path) as tmp:
        frames[0].save(tmp, format="GIF", save_all=True, append_images=frames[1:],
                       duration=frame_ms, loop=0)
    return Path(gif_path)


def sample_grid_paths(folder: str | os.PathLike) -> list[Path]:
    """The sample grids a run has written (`dcgan_steps_%06d.png`), in name order."""
    return sorted(Path(folder).glob("dcgan_steps_*.png"))


def plot_losses(csv_path: str | os.PathLike, png_path: str | os.PathLike,
                size: tuple[int, int] = (800, 400)) -> Path:
    """Draw the losses CSV (step, epoch, discriminator_loss, generator_loss) as two lines."""
    with open(csv_path, newline="") as f:
        rows = list(csv.DictReader(f))
    if not rows:
        raise ValueError(f"{csv_path} holds no losses yet")
    steps = [float(r["step"]) for r in rows]
    return plot_lines({"discriminator loss": (steps, [float(r["discriminator_loss"]) for r in rows],
                                              (200, 40, 40)),
                       "generator loss": (steps, [float(r["generator_loss"]) for r in rows],
                                          (40, 80, 200))},
                      png_path, x_label="step", size=size)


def plot_lines(series: dict, png_path: str | os.PathLike, x_label: str,
               size: tuple[int, int] = (800, 400), log_y: bool = False) -> Path:
    """A line chart: `series` maps a name to (xs, ys, RGB colour); all share both axes, the
    y axis logarithmic with `log_y` (for values spanning decades, such as FID over training).
    Written atomically as a PNG (pillow only: no plotting library is a dependency)."""
    series = {name: (np.asarray(xs, float), np.asarray(ys, float), colour)
              for name, (xs, ys, colour) in series.items()}
    if not series or not all(len(xs) for xs, _, _ in series.values()):
        raise ValueError("nothing to plot")
    all_x = np.concatenate([xs for xs, _, _ in series.values()])
    all_y = np.concatenate([ys for _, ys, _ in series.values()])
    if log_y and not (all_y > 0).all():
        raise ValueError("a logarithmic y axis needs positive values")
    scale = np.log10 if log_y else (lambda value: value)
    width, height = size
    left, right, top, bottom = 60, 20, 30, 40
    low, high = float(scale(all_y.min())), float(scale(all_y.max()))
    high = high if high > low else low + 1.0
    x_low = float(all_x.min())
    x_span = max(float(all_x.max()) - x_low, 1.0)

    def to_xy(x, value):
        px = left + (x - x_low) / x_span * (width - left - right)
        py = top + (high - scale(value)) / (high - low) * (height - top - bottom)
        return float(px), float(py)

    image = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle([left, top, width - right, height - bottom], outline=(0, 0, 0))
    for tick in np.linspace(low, high, 5):
        value = 10 ** tick if log_y else tick
        _, y = to_xy(x_low, value)
        draw.text((5, y - 6), f"{value:.2f}", fill=(0, 0, 0))
    draw.text((left, height - bottom + 8), f"{x_label} {int(x_low)}", fill=(0, 0, 0))
    draw.text((width - right - 90, height - bottom + 8), f"{x_label} {int(all_x.max())}",
              fill=(0, 0, 0))
    for i, (name, (xs, ys, colour)) in enumerate(series.items()):
        points = [to_xy(x, y) for x, y in zip(xs, ys)]
        if len(points) > 1:
            draw.line(points, fill=colour, width=2)
        for x, y in points if len(points) < 50 else []:       # mark sparse points (epochs)
            draw.ellipse([x - 2, y - 2, x + 2, y + 2], fill=colour)
        draw.text((left + 10 + 160 * i, 8), name, fill=colour)
    with atomic_path(png_path) as tmp:
        image.save(tmp, format="PNG")
    return Path(png_path)

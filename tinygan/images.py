"""What Images.jl does for the tutorial: tile generated images into the sample grid, save it
as a PNG, and turn a run's grids into the progress GIF.  Every file is written atomically
(`tinygan.files.atomic_path`), so an interrupted run never leaves a half-written image.
"""
from __future__ import annotations

import os
from pathlib import Path

import numpy as np
from PIL import Image

from tinygan.files import atomic_path


def image_grid(images: np.ndarray, output_dim: int) -> np.ndarray:
    """Tile output_dim² images (N×C×H×W in [-1, 1]) into one (H·d)×(W·d) array in [0, 1]:
    grayscale for one channel, (H·d)×(W·d)×3 for colour.

    The tutorial's `partition` / `hcat` / `vcat` / `permutedims` fill the grid column by
    column: image i (0-based) lands in row i mod d, column i div d.
    """
    d, (n, c, h, w) = output_dim, images.shape
    if n != d * d:
        raise ValueError(f"need output_dim² = {d * d} images for the grid, got {n}")
    pixels = (images + 1) / 2                                    # (x + 1)/2: [-1, 1] → [0, 1]
    grid = np.zeros((c, d * h, d * w), np.float32)
    for i in range(n):
        row, col = i % d, i // d
        grid[:, row * h:(row + 1) * h, col * w:(col + 1) * w] = pixels[i]
    return _channels_last(np.clip(grid, 0.0, 1.0))


def image_rows(images: np.ndarray, columns: int) -> np.ndarray:
    """Tile images (N×C×H×W in [-1, 1], N a multiple of `columns`) row by row: image i
    lands in row i div columns, column i mod columns; one array in [0, 1], grayscale or
    colour as `image_grid`."""
    n, c, h, w = images.shape
    if n % columns:
        raise ValueError(f"need a multiple of {columns} images for the rows, got {n}")
    pixels = np.clip((images + 1) / 2, 0.0, 1.0).astype(np.float32)
    return _channels_last(pixels.reshape(n // columns, columns, c, h, w).transpose(
        2, 0, 3, 1, 4).reshape(c, n // columns * h, columns * w))


def _channels_last(grid: np.ndarray) -> np.ndarray:
    """C×H×W → H×W for one channel, H×W×C for colour (what `save_png` takes)."""
    return grid[0] if grid.shape[0] == 1 else grid.transpose(1, 2, 0)


def save_png(pixels: np.ndarray, path: str | os.PathLike) -> Path:
    """Save a [0, 1] array as an 8-bit PNG, atomically: H×W grayscale, or H×W×3 colour."""
    mode = "L" if pixels.ndim == 2 else "RGB"
    with atomic_path(path) as tmp:
        Image.fromarray(np.round(pixels * 255).astype(np.uint8), mode=mode).save(tmp, format="PNG")
    return Path(path)


def make_gif(png_paths: list[Path], gif_path: str | os.PathLike, frame_ms: int = 200) -> Path:
    """Every PNG, in file-name order, as one frame of an endlessly looping GIF (grayscale, or
    colour when the first PNG is)."""
    paths = sorted(Path(p) for p in png_paths)
    if not paths:
        raise ValueError("no PNG files to make a GIF from")
    with Image.open(paths[0]) as first:
        mode = "L" if first.mode in ("L", "LA", "I", "1") else "RGB"
    return save_gif([Image.open(p).convert(mode) for p in paths], gif_path, frame_ms)


def save_gif(frames: list[Image.Image], gif_path: str | os.PathLike, frame_ms: int) -> Path:
    """`frames` as an endlessly looping GIF, `frame_ms` per frame, written atomically."""
    with atomic_path(gif_path) as tmp:
        frames[0].save(tmp, format="GIF", save_all=True, append_images=frames[1:],
                       duration=frame_ms, loop=0)
    return Path(gif_path)


def sample_grid_paths(folder: str | os.PathLike) -> list[Path]:
    """The sample grids a run has written (`dcgan_steps_%06d.png`), in name order."""
    return sorted(Path(folder).glob("dcgan_steps_*.png"))

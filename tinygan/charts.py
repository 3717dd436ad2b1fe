"""Line charts as PNG files, drawn with pillow (no plotting library is a dependency): the
losses of a run (`plot_losses`, `losses.png`) and any set of series on shared axes
(`plot_lines`; the tutorial report's FID per epoch).  Written atomically."""
from __future__ import annotations

import csv
import os
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw

from tinygan.files import atomic_path


LOSS_COLOURS = ((200, 40, 40), (40, 80, 200), (40, 150, 60))


def plot_losses(csv_path: str | os.PathLike, png_path: str | os.PathLike,
                size: tuple[int, int] = (800, 400)) -> Path:
    """Draw the losses CSV (step, epoch, then its losses: the tutorial's discriminator_loss
    and generator_loss; pix2pix's GAN and L1 terms too) as one line per `*_loss` column; a
    column's empty cells (a loss not computed that step) are left out."""
    with open(csv_path, newline="") as f:
        rows = list(csv.DictReader(f))
    if not rows:
        raise ValueError(f"{csv_path} holds no losses yet")
    series = {}
    for column in (name for name in rows[0] if name.endswith("_loss")):
        drawn = [(float(r["step"]), float(r[column])) for r in rows if r[column]]
        if drawn:
            series[column.replace("_", " ")] = (*zip(*drawn),
                                                LOSS_COLOURS[len(series) % len(LOSS_COLOURS)])
    return plot_lines(series, png_path, x_label="step", size=size)


def plot_lines(series: dict, png_path: str | os.PathLike, x_label: str,
               size: tuple[int, int] = (800, 400), log_y: bool = False) -> Path:
    """A line chart: `series` maps a name to (xs, ys, RGB colour); all share both axes, the
    y axis logarithmic with `log_y` (for values spanning decades, such as FID over training).
    Written atomically as a PNG."""
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

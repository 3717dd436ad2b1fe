"""A colour dataset anyone can make: coloured shapes on black (`--dataset shapes`), drawn by
this file from a seed, for the colour DCGANs (`tinygan.models`) where CelebA or cat faces
cannot be downloaded.  Like dSprites (Matthey et al., 2017), each image is set by a few
independent factors:

    shape     square, circle or triangle (equilateral)
    colour    red, green, blue, yellow, magenta or cyan (full saturation)
    size      the radius of the shape's circumscribed circle, 18-32% of the image
    position  its centre, anywhere that keeps the shape inside the image
    rotation  0-360 degrees (a circle's is invisible)

Image i depends on (seed, i) alone.  `judge` reads a picture back into (shape, colour) by a
rule that needs no training, so that a report can say which share of a generator's images
are recognisable shapes of the set's colours.
"""
from __future__ import annotations

import math

import numpy as np
from PIL import Image, ImageDraw

SHAPES = ("square", "circle", "triangle")
COLOURS = {"red": (255, 0, 0), "green": (0, 255, 0), "blue": (0, 0, 255),
           "yellow": (255, 255, 0), "magenta": (255, 0, 255), "cyan": (0, 255, 255)}
SIZE_RANGE = (0.18, 0.32)            # circumradius / image side
COUNT = 20_000                       # images in the set
SUPERSAMPLE = 4                      # drawn 4× larger, then reduced: smooth edges


def factors(index: int, seed: int = 0) -> dict:
    """The factors of image `index` of the set drawn with `seed`."""
    rng = np.random.default_rng([seed, index])
    radius = rng.uniform(*SIZE_RANGE)
    return {"shape": SHAPES[rng.integers(len(SHAPES))],
            "colour": list(COLOURS)[rng.integers(len(COLOURS))],
            "radius": radius, "x": rng.uniform(radius, 1 - radius),
            "y": rng.uniform(radius, 1 - radius), "angle": rng.uniform(0, 2 * math.pi)}


def draw(f: dict, size: int) -> Image.Image:
    """The picture of factors `f`, size×size RGB."""
    big = size * SUPERSAMPLE
    image = Image.new("RGB", (big, big))
    pen = ImageDraw.Draw(image)
    cx, cy, r = f["x"] * big, f["y"] * big, f["radius"] * big
    colour = COLOURS[f["colour"]]
    if f["shape"] == "circle":
        pen.ellipse((cx - r, cy - r, cx + r, cy + r), fill=colour)
    else:
        corners = 4 if f["shape"] == "square" else 3
        pen.polygon([(cx + r * math.cos(f["angle"] + 2 * math.pi * k / corners),
                      cy + r * math.sin(f["angle"] + 2 * math.pi * k / corners))
                     for k in range(corners)], fill=colour)
    return image.resize((size, size), Image.Resampling.BOX)


def picture(index: int, size: int, seed: int = 0) -> Image.Image:
    return draw(factors(index, seed), size)


# Area over the area of the circle around the centroid through the farthest pixel: 1 for a
# circle, 2/π ≈ 0.64 for a square, 3√3/(4π) ≈ 0.41 for an equilateral triangle.
_FILL_BOUNDS = ((0.52, "triangle"), (0.82, "square"), (math.inf, "circle"))


def judge(image: np.ndarray) -> tuple[str, str] | None:
    """(shape, colour) of a picture (3×H×W in [-1, 1]) by rule: its lit pixels (any channel
    above the middle) are one shape, told by how much of its circumscribed circle it fills,
    of the palette colour nearest their mean, if within a quarter of the range; else None
    (no shape, a blur, a mixed colour)."""
    rgb = (np.asarray(image, np.float64) + 1) / 2                          # [0, 1]
    lit = rgb.max(axis=0) > 0.5
    area = lit.sum()
    if area < 12:
        return None
    ys, xs = np.nonzero(lit)
    radius = math.sqrt(((ys - ys.mean()) ** 2 + (xs - xs.mean()) ** 2).max()) + 0.5
    fill = area / (math.pi * radius ** 2)
    shape = next(name for bound, name in _FILL_BOUNDS if fill < bound)
    mean = rgb[:, lit].mean(axis=1) * 255
    name, distance = min(((n, np.abs(mean - c).max()) for n, c in COLOURS.items()),
                         key=lambda pair: pair[1])
    return (shape, name) if distance <= 64 else None

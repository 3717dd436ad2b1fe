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
rule that needs no training (the drawn shape it overlaps best, the nearest colour), so that
a report can say which share of a generator's images are recognisable shapes of the set's
colours.
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


# The share of its circumscribed circle's radius² each shape covers: its area is
# AREA × radius² (π for a circle, 2 for a square, 3√3/4 for an equilateral triangle).
AREA = {"circle": math.pi, "square": 2.0, "triangle": 3 * math.sqrt(3) / 4}
SYMMETRY = {"circle": 2 * math.pi, "square": math.pi / 2, "triangle": 2 * math.pi / 3}
ANGLE_STEP = math.radians(3)
MATCH = 0.9         # the least overlap (IoU) with a drawn shape that counts as that shape


def shape_match(lit: np.ndarray) -> dict[str, float]:
    """For each of the set's shapes, the best overlap (intersection over union) of the mask
    `lit` (H×H booleans) with that shape drawn by `draw` at the mask's centroid, with the
    mask's area, over rotations 3° apart."""
    size = lit.shape[0]
    ys, xs = np.nonzero(lit)
    x, y = (xs.mean() + 0.5) / size, (ys.mean() + 0.5) / size
    match = {}
    for shape in SHAPES:
        radius = math.sqrt(lit.sum() / AREA[shape]) / size
        ideals = (np.asarray(draw({"shape": shape, "colour": "red", "radius": radius, "x": x,
                                   "y": y, "angle": angle}, size))[..., 0] > 127
                  for angle in np.arange(0, SYMMETRY[shape] if shape != "circle" else 1e-9,
                                         ANGLE_STEP))
        match[shape] = max((ideal & lit).sum() / (ideal | lit).sum() for ideal in ideals)
    return match


def judge(image: np.ndarray) -> tuple[str, str] | None:
    """(shape, colour) of a picture (3×H×W in [-1, 1]) by rule: its lit pixels (any channel
    above the middle) are the shape of the set that they overlap best when that shape is
    drawn with their centre and area (`shape_match`), if the overlap is at least `MATCH`
    (every picture of the set itself reaches 0.93; a blob, a blur or two shapes do not),
    and of the palette colour nearest their mean, if within a quarter of the range; else
    None."""
    rgb = (np.asarray(image, np.float64) + 1) / 2                          # [0, 1]
    lit = rgb.max(axis=0) > 0.5
    if lit.sum() < 12:
        return None
    match = shape_match(lit)
    shape = max(match, key=match.get)
    mean = rgb[:, lit].mean(axis=1) * 255
    name, distance = min(((n, np.abs(mean - c).max()) for n, c in COLOURS.items()),
                         key=lambda pair: pair[1])
    return (shape, name) if match[shape] >= MATCH and distance <= 64 else None

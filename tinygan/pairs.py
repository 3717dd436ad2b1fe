"""Paired images for image-to-image translation (`tinygan.pix2pix`): each input with its
target, as two arrays N×C×H×W float32 in [-1, 1] whose rows are partners.

Two sources (`Pix2PixParams.dataset`):

- `edges2fashion`, built in and offline: the target is a Fashion-MNIST picture (Debian's
  dataset-fashion-mnist, found and verified by `tinygan.datasets`) padded with black from
  28×28 to 32×32, the input its edge map by `edge_map`: the small cousin of pix2pix's
  edges2shoes, whose edge maps were drawn from the photographs themselves too (Isola et
  al. 2017, section 4).
- `folder:PATH`, pairs stored as pix2pix's datasets store them: each picture A|B side by
  side, twice as wide as high (A the left half), or two folders PATH/A and PATH/B whose
  files are partners by name (A/x.png with B/x.jpg).  Where PATH holds a `train` folder,
  training reads it and the held-out pairs come from PATH/test (else PATH/val); otherwise
  both are PATH itself.  Each side is resized to the model's size (`fit_image`: the centre
  square, Lanczos) in its own channels (grayscale or RGB, from its first file) and decoded
  once into the image cache beside the run (`tinygan.folders.cached_images`).

A missing partner, a pair of two sizes, a side-by-side file of the wrong shape: one
`DatasetError` line naming the file and what to do.
"""
from __future__ import annotations

import logging
import os
from contextlib import contextmanager
from pathlib import Path

import numpy as np
from PIL import Image

from tinygan.checks import EDGES2FASHION, FOLDER_PREFIX
from tinygan.datasets import DatasetError, load_images
from tinygan.folders import UNREADABLE, cache_key, cached_images, image_files

log = logging.getLogger("tinygan")

FASHION_SIZE = 32        # 28×28 padded by 2 black pixels a side: the U-Net halves 32 to 1
EDGE_SIGMA = 1.0         # the edge rule's defaults (`edge_map`), chosen by eye on the test
EDGE_THRESHOLD = 0.1     # split: closed outlines and the main seams (a zip, a collar), little
                         # texture; 0.2 keeps the outlines alone
FLAT = 1e-3              # a gradient magnitude below one gray level's step (about 0.01)
GRAYSCALE_MODES = ("1", "L", "LA", "I", "I;16", "F")


# --- the edge rule --------------------------------------------------------------------------

def edge_map(images: np.ndarray, sigma: float = EDGE_SIGMA,
             threshold: float = EDGE_THRESHOLD) -> np.ndarray:
    """The edges of grayscale images (…×H×W in [-1, 1]) as images of the same shape,
    float32: 1 (white) on an edge, -1 elsewhere.  Canny's rule (1986) without its
    hysteresis:

    1. smooth each image with a Gaussian of `sigma` pixels (0: not at all);
    2. take the gradient with Sobel's filters: its magnitude and direction;
    3. thin the edges to one pixel: keep a pixel only where its magnitude is at least that
       of both neighbours across the edge (the direction rounded to 0°, 45°, 90° or 135°);
    4. keep those of at least `threshold` times the image's largest magnitude: relative,
       so that a dark garment's outline counts as a bright one's.  A flat image (its
       largest magnitude below FLAT, rounding noise) has none.
    """
    from scipy import ndimage           # only here: `import tinygan` never loads scipy
    x = np.asarray(images, np.float32)
    spatial = (0,) * (x.ndim - 2)
    if sigma:
        x = ndimage.gaussian_filter(x, sigma=(*spatial, sigma, sigma))
    # Sobel: a central difference along one axis, [1, 2, 1] across it; within each image
    # only (`ndimage.sobel` would smooth across the images of a stack too)
    gy = ndimage.correlate1d(ndimage.correlate1d(x, [-1, 0, 1], axis=-2), [1, 2, 1], axis=-1)
    gx = ndimage.correlate1d(ndimage.correlate1d(x, [-1, 0, 1], axis=-1), [1, 2, 1], axis=-2)
    magnitude = np.hypot(gx, gy)
    direction = (np.round(np.arctan2(gy, gx) / (np.pi / 4)) % 4).astype(np.int8)
    h, w = x.shape[-2:]
    padded = np.pad(magnitude, [(0, 0)] * (x.ndim - 2) + [(1, 1), (1, 1)])

    def neighbour(dy: int, dx: int) -> np.ndarray:
        return padded[..., 1 + dy:1 + dy + h, 1 + dx:1 + dx + w]

    thin = np.zeros(x.shape, bool)
    for d, (dy, dx) in enumerate(((0, 1), (1, 1), (1, 0), (1, -1))):   # 0°, 45°, 90°, 135°
        ridge = (magnitude >= neighbour(dy, dx)) & (magnitude >= neighbour(-dy, -dx))
        thin |= (direction == d) & ridge
    peak = magnitude.max(axis=(-2, -1), keepdims=True)
    edges = thin & (magnitude >= threshold * peak) & (peak > FLAT)
    return np.where(edges, 1.0, -1.0).astype(np.float32)


# --- edges2fashion ------------------------------------------------------------------------

def fashion_pairs(split: str = "train", data_dir: str | os.PathLike | None = None,
                  download: bool = True) -> tuple[np.ndarray, np.ndarray]:
    """edges2fashion: (edge maps, pictures), each N×1×32×32 float32 in [-1, 1]; the
    pictures are Fashion-MNIST's `split`, padded with black (-1) to 32×32."""
    pixels = load_images("fashion-mnist", split, data_dir, download)      # N×28×28 uint8
    pad = (FASHION_SIZE - pixels.shape[-1]) // 2
    pictures = np.full((len(pixels), 1, FASHION_SIZE, FASHION_SIZE), -1, np.float32)
    pictures[:, 0, pad:pad + pixels.shape[1], pad:pad + pixels.shape[2]] = pixels / 127.5 - 1
    log.info(f"Drawing the edge maps of {len(pictures):,} Fashion-MNIST pictures ({split})")
    edges = np.empty_like(pictures)
    for first in range(0, len(pictures), 10_000):    # in parts: the rule's temporaries are
        edges[first:first + 10_000] = edge_map(pictures[first:first + 10_000])   # 10× larger
    return edges, pictures


# --- pairs from a folder --------------------------------------------------------------------

def channels_of(files: list[Path]) -> int:
    """A side's channels, from its first readable picture's header: 1 for grayscale, 3 for
    colour."""
    for path in files:
        try:
            with Image.open(path) as image:
                return 1 if image.mode in GRAYSCALE_MODES else 3
        except UNREADABLE:
            continue
    return 1                # none readable: decoding says so, in one line


def _size(path: Path) -> tuple[int, int] | None:
    """A picture's width and height from its header; None where it is not a readable
    image."""
    try:
        with Image.open(path) as image:
            return image.size
    except UNREADABLE:
        return None


@contextmanager
def _half(path: Path, side: int):
    """The left (side 0) or right (side 1) half of a side-by-side pair, as a picture."""
    with Image.open(path) as image:
        width, height = image.size
        yield image.crop((side * width // 2, 0, (side + 1) * width // 2, height))


def side_by_side(root: Path) -> tuple[list, list]:
    """The pairs of a folder of A|B pictures: for A and for B, (sources, how to read one);
    a picture that is not twice as wide as high is one line."""
    files = image_files(root)
    for path in files:
        size = _size(path)             # unreadable ones: skipped on both sides when decoded
        if size is not None and size[0] != 2 * size[1]:
            raise DatasetError(
                f"{path} is {size[0]}×{size[1]}: a side-by-side pair is twice as wide as high "
                f"(A on the left, B on the right); for partners in two files, put them in "
                f"{root / 'A'} and {root / 'B'} under the same names")
    return (files, lambda p: _half(p, 0)), (files, lambda p: _half(p, 1))


def _by_name(folder: Path) -> dict[Path, Path]:
    """A folder's pictures by their path without the suffix (x.png and x.jpg are both x)."""
    files = {}
    for path in image_files(folder):
        name = path.relative_to(folder).with_suffix("")
        if name in files:
            raise DatasetError(f"{files[name]} and {path} have the same name: keep one, so "
                               f"that each picture has one partner")
        files[name] = path
    return files


def two_folders(root: Path) -> tuple[list, list]:
    """The pairs of root/A and root/B, partners by name: for A and for B, (sources, how to
    read one); a picture without a partner, or a pair of two sizes, is one line."""
    a_files, b_files = _by_name(root / "A"), _by_name(root / "B")
    alone = [(a_files.get(n) or b_files.get(n)) for n in sorted(a_files.keys() ^ b_files.keys())]
    if alone:
        names = ", ".join(str(p.relative_to(root)) for p in alone[:3])
        raise DatasetError(f"{len(alone)} pictures in {root} have no partner of the same name "
                           f"in the other of A and B ({names}{', ...' if len(alone) > 3 else ''})"
                           f": add their partners or remove them")
    names = sorted(a_files)
    for name in names:
        a, b = a_files[name], b_files[name]
        a_size, b_size = _size(a), _size(b)
        if a_size is None or b_size is None:
            raise DatasetError(f"{a if a_size is None else b} is not a readable image: remove "
                               f"it and its partner, or replace it")
        if a_size != b_size:
            raise DatasetError(f"{a} is {a_size[0]}×{a_size[1]} but its partner {b} is "
                               f"{b_size[0]}×{b_size[1]}: a pair's two pictures must be the "
                               f"same size")
    return ([a_files[n] for n in names], Image.open), ([b_files[n] for n in names], Image.open)


def split_folder(root: Path, split: str) -> Path:
    """Where a pairs folder keeps `split`: root/train for training and root/test (else
    root/val) for the held-out pairs where root has a train folder; else root itself."""
    if not (root / "train").is_dir():
        return root
    if split == "train":
        return root / "train"
    return next((root / name for name in ("test", "val") if (root / name).is_dir()),
                root / "train")


def folder_pairs(folder: str | os.PathLike, size: int, cache_dir: str | os.PathLike,
                 split: str = "train") -> tuple[np.ndarray, np.ndarray]:
    """The pairs of a folder (side by side, or root/A and root/B) as (A, B), each
    N×C×size×size in [-1, 1] in its own channels, read through the image cache in
    `cache_dir` (memory maps)."""
    root = split_folder(Path(folder), split)
    if not root.is_dir():
        image_files(root)                            # the folder loader's line for it
    form = two_folders if (root / "A").is_dir() and (root / "B").is_dir() else side_by_side
    sides = form(root)
    shapes = [(channels_of(files), size, size) for files, _ in sides]
    every_file = [path for files, _ in sides for path in files]
    key = cache_key(sorted(set(every_file)), root, (*shapes[0], *shapes[1]))
    a, b = (cached_images(cache_dir, f"pairs-{key}-{name}", shape, f"{root} ({name})",
                          lambda side=side: side)
            for name, side, shape in zip("AB", sides, shapes))
    if len(a) != len(b):
        raise DatasetError(f"some pictures of {root} could not be decoded (named in the "
                           f"warning above): remove them and their partners")
    return a, b


# --- either -------------------------------------------------------------------------------

def load_pairs(dataset: str, split: str = "train", size: int = FASHION_SIZE,
               data_dir: str | os.PathLike | None = None,
               cache_dir: str | os.PathLike = ".", direction: str = "AtoB",
               download: bool = True) -> tuple[np.ndarray, np.ndarray]:
    """(inputs, targets) of a pairs dataset's `split` ("train", or "test" for the held-out
    pairs): edges2fashion's (edge maps, pictures), or a folder's (A, B); "BtoA" swaps
    them, as pix2pix's --direction does."""
    if dataset == EDGES2FASHION:
        a, b = fashion_pairs(split, data_dir, download)
    elif dataset.startswith(FOLDER_PREFIX):
        a, b = folder_pairs(dataset[len(FOLDER_PREFIX):], size, cache_dir, split)
    else:
        raise DatasetError(f"unknown pairs dataset {dataset!r}: use {EDGES2FASHION} or "
                           f"{FOLDER_PREFIX}PATH (pictures A|B side by side, or PATH/A and "
                           f"PATH/B)")
    return (a, b) if direction == "AtoB" else (b, a)

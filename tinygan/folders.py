"""Training images for any model from any source (`--dataset folder:PATH`, the coloured
shapes of `tinygan.shapes`, or MNIST at another model's size), as PyTorch's `examples/dcgan --dataset folder` reads them: every PNG
and JPEG file under a folder, colour or grayscale, centre-cropped to a square, resized to
the model's size (Lanczos), converted to its channels (RGB, or L for one channel) and
scaled to [-1, 1].

Decoding a folder is slow and its images may not fit in memory, so they are decoded once,
with a progress bar, into one array file beside the run (`images-3x64x64-<key>.npy`),
written row by row through a memory map and read back as one: the data loader copies only
each batch into memory.  The key is a hash of the files' names, sizes and modification
times and of the size, so a changed folder is decoded again and an unchanged one never.
Files that cannot be read as images are skipped and named in one warning line; a folder
with none that can is one `DatasetError` line.
"""
from __future__ import annotations

import hashlib
import logging
import os
from pathlib import Path

import numpy as np
from PIL import Image, UnidentifiedImageError

from tinygan import shapes
from tinygan.checks import FOLDER_PREFIX, SHAPES
from tinygan.datasets import DatasetError, load_images
from tinygan.files import atomic_path
from tinygan.internals import tqdm
from tinygan.models import image_shape

log = logging.getLogger("tinygan")

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg")


def image_files(folder: str | os.PathLike) -> list[Path]:
    """The PNG and JPEG files under `folder` (any depth), by name."""
    folder = Path(folder)
    if not folder.is_dir():
        raise DatasetError(f"{folder} is not a folder: give --dataset folder:PATH the folder "
                           f"that holds your PNG or JPEG images")
    files = sorted(p for p in folder.rglob("*") if p.suffix.lower() in IMAGE_SUFFIXES
                   and p.is_file())
    if not files:
        raise DatasetError(f"{folder} holds no PNG or JPEG files (*.png, *.jpg, *.jpeg): "
                           f"point --dataset folder:PATH at a folder of images")
    return files


def fit_image(image: Image.Image, shape: tuple[int, int, int]) -> np.ndarray:
    """One picture as a model's input: the centre square, resized to H×W, in the model's
    channels, C×H×W float32 in [-1, 1]."""
    channels, height, width = shape
    image = image.convert("RGB" if channels == 3 else "L")
    side = min(image.size)
    left, top = (image.width - side) // 2, (image.height - side) // 2
    image = image.crop((left, top, left + side, top + side))
    if image.size != (width, height):
        image = image.resize((width, height), Image.Resampling.LANCZOS)
    pixels = np.asarray(image, np.float32).reshape(height, width, channels).transpose(2, 0, 1)
    return pixels / 127.5 - 1


def cache_key(files: list[Path], root: Path, shape: tuple[int, int, int]) -> str:
    digest = hashlib.sha256(repr(shape).encode())
    for path in files:
        stat = path.stat()
        digest.update(f"{path.relative_to(root)}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()[:16]


# What PIL raises for a file that is not a readable picture (truncated, another format,
# a bad header): such a file is skipped or named, never a traceback.
UNREADABLE = (OSError, UnidentifiedImageError, ValueError, SyntaxError)


def warn_skipped(skipped: list, total: int, what: str = "") -> None:
    """One warning line naming (the first five of) the unreadable files skipped of `total`
    (`what`: whose files they are)."""
    names = ", ".join(Path(str(s)).name for s in skipped[:5])
    log.warning(f"skipped {len(skipped)} of {total} files{f' of {what}' if what else ''} "
                f"that are not readable images: {names}{', ...' if len(skipped) > 5 else ''}")


def _decode_into_cache(sources: list, read, shape: tuple[int, int, int], cache: Path,
                       what: str) -> None:
    """Decode every source with `read(source)` (a PIL image) into the array file `cache`,
    through a memory map; unreadable sources are skipped and named in one warning."""
    bad = []
    with atomic_path(cache) as tmp:
        rows = np.lib.format.open_memmap(tmp, mode="w+", dtype=np.float32,
                                         shape=(len(sources), *shape))
        kept = 0
        for source in tqdm(sources, desc=f"decoding {what}", unit="image", disable=None):
            try:
                with read(source) as image:
                    rows[kept] = fit_image(image, shape)
                kept += 1
            except UNREADABLE:
                bad.append(source)
        rows.flush()
        del rows
        if kept == 0:
            raise DatasetError(f"none of the {len(sources)} files of {what} could be read as "
                               f"an image: check that they are PNG or JPEG pictures")
        if bad:
            _drop_tail(tmp, kept, shape)
            warn_skipped(bad, len(sources), what)


def _drop_tail(path: Path, kept: int, shape: tuple[int, int, int]) -> None:
    """Keep the first `kept` rows of an array file: a new header, the file cut short."""
    with open(path, "r+b") as f:
        np.lib.format.read_magic(f)
        np.lib.format.read_array_header_1_0(f)
        old_header = f.tell()
        f.seek(0)
        header = {"descr": np.lib.format.dtype_to_descr(np.dtype(np.float32)),
                  "fortran_order": False, "shape": (kept, *shape)}
        np.lib.format.write_array_header_1_0(f, header)
        if f.tell() != old_header:                 # the header's padding keeps its length
            raise OSError(f"cannot shorten the image cache {path}")
        f.truncate(old_header + kept * int(np.prod(shape)) * 4)


def cached_images(cache_dir: str | os.PathLike, name: str, shape: tuple[int, int, int],
                  what: str, sources) -> np.ndarray:
    """The array file `images-CxHxW-<name>.npy` in `cache_dir`, as a memory map; on a miss,
    decoded first from `sources()` (called then only: the sources and how to read one)."""
    Path(cache_dir).mkdir(parents=True, exist_ok=True)
    cache = Path(cache_dir) / f"images-{'x'.join(map(str, shape))}-{name}.npy"
    if cache.exists():
        log.info(f"Images of {what} from {cache.name} (decoded before)")
    else:
        _decode_into_cache(*sources(), shape, cache, what)
    return np.load(cache, mmap_mode="r")


def folder_images(folder: str | os.PathLike, shape: tuple[int, int, int],
                  cache_dir: str | os.PathLike) -> np.ndarray:
    """Every image under `folder` as N×C×H×W float32 in [-1, 1], read through the cache
    in `cache_dir` (a memory map: only what is indexed is read into memory)."""
    root = Path(folder)
    files = image_files(root)
    return cached_images(cache_dir, cache_key(files, root, shape), shape, str(root),
                         lambda: (files, Image.open))


def resized_dataset_images(dataset: str, shape: tuple[int, int, int], data_dir,
                           cache_dir: str | os.PathLike, download: bool = True) -> np.ndarray:
    """An MNIST-format dataset's training images at another model's size and channels
    (grayscale repeated to RGB), cached as `folder_images` caches a folder (the IDX file is
    read only to fill the cache)."""
    def sources():
        pixels = load_images(dataset, "train", data_dir, download)        # N×28×28 uint8
        return list(range(len(pixels))), lambda i: Image.fromarray(pixels[i])
    return cached_images(cache_dir, dataset, shape, dataset, sources)


def shapes_images(shape: tuple[int, int, int], cache_dir: str | os.PathLike,
                  count: int = shapes.COUNT, seed: int = 0) -> np.ndarray:
    """The coloured-shapes set (`tinygan.shapes`) drawn at a model's size, cached as a
    folder's images are."""
    return cached_images(cache_dir, f"shapes-{count}-{seed}", shape, "the shapes",
                         lambda: (list(range(count)),
                                  lambda i: shapes.picture(i, shape[1], seed)))


def training_images(hparams, cache_dir: str | os.PathLike) -> np.ndarray:
    """The training images of a run whose dataset or model is not the tutorial's MNIST at
    28×28 (those come from `tinygan.tutorial.load_MNIST_images`)."""
    shape = image_shape(hparams.model)
    if hparams.dataset == SHAPES:
        return shapes_images(shape, cache_dir)
    if hparams.dataset.startswith(FOLDER_PREFIX):
        return folder_images(hparams.dataset[len(FOLDER_PREFIX):], shape, cache_dir)
    return resized_dataset_images(hparams.dataset, shape, hparams.data_dir, cache_dir)

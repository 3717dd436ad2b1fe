"""What MLDatasets.jl does for the tutorial's first line, `MNIST.traintensor(Float32)`:
find, download and verify the IDX files of MNIST (and Fashion-MNIST), and read them.

In the order a reader meets it:

1. `DatasetError`, the one exception a user sees, always one line saying what to do;
2. the table of datasets: file names, sizes, SHA-256 sums and download mirrors;
3. reading an IDX file (gzip or raw), checked against the table so that a damaged file is
   never half-loaded;
4. where the files are looked for (`--data-dir`, `$TINYGAN_DATA`, the user cache, Debian's
   folder), and downloading them when they are nowhere;
5. `load_images` and `load_labels`, the raw uint8 arrays.  The tutorial's
   `load_MNIST_images` (scaling to [-1, 1]) is in `tinygan.tutorial`.

One module, although it is long: it is one idea, a verified copy of a dataset on disk, and
it reads top to bottom; split up, the checks would stand apart from the table they check
against.

Layout: images are N×28×28, row 0 at the top of the digit, as the IDX files store them.
"""
from __future__ import annotations

import gzip
import hashlib
import http.client
import os
import tempfile
import urllib.error
import urllib.request
import zlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from tinygan.internals import tqdm

from tinygan.files import user_cache


class DatasetError(Exception):
    """A dataset file is missing, damaged or could not be downloaded.

    The message is one line naming the file and saying what to do about it; the command
    line prints it as it is, without a traceback.
    """


# ---------------------------------------------------------------------------------------
# The datasets.  Each has four IDX files; what a file must contain is pinned by the SHA-256
# of its *uncompressed* content, which stays the same whichever mirror served it and
# whether it was stored gzip-compressed or raw (the gzip bytes themselves differ between
# mirrors and repackagings, see the Fashion-MNIST note below).
# ---------------------------------------------------------------------------------------

IMAGES_MAGIC = 2051  # 0x00000803: unsigned bytes, 3 dimensions (count, rows, columns)
LABELS_MAGIC = 2049  # 0x00000801: unsigned bytes, 1 dimension (count)
IMAGE_SIZE = 28
SPLITS = ("train", "test")
KINDS = ("images", "labels")

# Debian packages datasets under this folder (`apt install dataset-fashion-mnist`); a module
# constant rather than a literal so that tests can point it elsewhere.
SYSTEM_DATA_DIR = Path("/usr/share/datasets")

DOWNLOAD_TIMEOUT_S = 30


@dataclass(frozen=True)
class IdxFile:
    """One IDX file of a dataset and what its content must be."""
    dataset: str      # "mnist" or "fashion-mnist"
    name: str         # file name without ".gz", the same on every mirror
    magic: int        # IMAGES_MAGIC or LABELS_MAGIC
    count: int        # number of images or labels
    sha256: str       # of the uncompressed content

    @property
    def shape(self) -> tuple[int, ...]:
        """The array the file holds: (count, 28, 28) for images, (count,) for labels."""
        if self.magic == IMAGES_MAGIC:
            return (self.count, IMAGE_SIZE, IMAGE_SIZE)
        return (self.count,)

    @property
    def header_size(self) -> int:
        """The 4-byte magic number, then one 4-byte big-endian size per dimension."""
        return 4 + 4 * len(self.shape)

    @property
    def size(self) -> int:
        """Bytes of uncompressed content: the header, then one byte per pixel or label."""
        return self.header_size + int(np.prod(self.shape))


@dataclass(frozen=True)
class DatasetSource:
    """A dataset's four IDX files and the mirrors that serve them as `<name>.gz`."""
    name: str
    files: dict[tuple[str, str], IdxFile]  # keyed by (split, kind)
    mirrors: tuple[str, ...]


def _four_files(dataset: str, train_images: str, train_labels: str, test_images: str,
                test_labels: str) -> dict[tuple[str, str], IdxFile]:
    """The four files every MNIST-format dataset has, given their SHA-256 sums."""
    return {
        ("train", "images"): IdxFile(dataset, "train-images-idx3-ubyte", IMAGES_MAGIC, 60_000,
                                     train_images),
        ("train", "labels"): IdxFile(dataset, "train-labels-idx1-ubyte", LABELS_MAGIC, 60_000,
                                     train_labels),
        ("test", "images"): IdxFile(dataset, "t10k-images-idx3-ubyte", IMAGES_MAGIC, 10_000,
                                    test_images),
        ("test", "labels"): IdxFile(dataset, "t10k-labels-idx1-ubyte", LABELS_MAGIC, 10_000,
                                    test_labels),
    }


SOURCES = {
    # LeCun, Cortes and Burges' handwritten digits.  The sums were computed from files whose
    # gzip MD5s match the published ones.  LeCun's own
    # site, the original home, now often refuses downloads, so it is tried last.
    "mnist": DatasetSource(
        name="mnist",
        files=_four_files(
            "mnist",
            train_images="ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db",
            train_labels="65a50cbbf4e906d70832878ad85ccda5333a97f0f4c3dd2ef09a8a9eef7101c5",
            test_images="0fa7898d509279e482958e8ce81c8e77db3f2f8254e26661ceb7762c4d494ce7",
            test_labels="ff7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2",
        ),
        mirrors=(
            "https://ossci-datasets.s3.amazonaws.com/mnist/",
            "https://storage.googleapis.com/cvdf-datasets/mnist/",
            "http://yann.lecun.com/exdb/mnist/",
        ),
    ),
    # Zalando's clothes, a drop-in replacement with the same file names and sizes.  The sums
    # were computed from the files of Debian's `dataset-fashion-mnist`
    # 0.0~git20200523.55506a9-1, which installs them gzip-compressed as
    # /usr/share/datasets/fashion-mnist/<name>.gz.  Debian recompressed them, so their gzip
    # MD5s differ from the ones Zalando publishes; the uncompressed sums below agree with
    # those other projects derived from Zalando's original archives.
    "fashion-mnist": DatasetSource(
        name="fashion-mnist",
        files=_four_files(
            "fashion-mnist",
            train_images="c59f468a2f672dc815687fe0f83887768d799fd8a3f3276145d20f83aa44d888",
            train_labels="bad3541b69d912435c50bb6ba87bec294ff4f6a2e1246121d8633921760443d9",
            test_images="5b4141f0afbad91edebe8549f8fcffe087ea10ca49f1dbef5c9a5cd8815ce37b",
            test_labels="0402a96d92fd2663957122ceb108a494c5af83dab82d92729df917d7dec38c34",
        ),
        mirrors=(
            "http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/",
            "https://raw.githubusercontent.com/zalandoresearch/fashion-mnist/master/data/fashion/",
        ),
    ),
}


def idx_file(dataset: str, split: str, kind: str) -> IdxFile:
    """The table entry for one file, e.g. `idx_file("mnist", "train", "images")`."""
    if dataset not in SOURCES:
        raise ValueError(f"unknown dataset {dataset!r}: expected one of {', '.join(SOURCES)}")
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}: expected one of {', '.join(SPLITS)}")
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}: expected one of {', '.join(KINDS)}")
    return SOURCES[dataset].files[(split, kind)]


# ---------------------------------------------------------------------------------------
# Reading IDX files.  Every check runs on the whole file before an array is made, so a
# caller gets either the complete, verified array or a DatasetError, never part of a file.
# ---------------------------------------------------------------------------------------

class _BadContent(Exception):
    """Why some bytes are not the expected IDX file: a short reason, and advice when the
    usual "delete it and download it again" would be wrong."""

    def __init__(self, reason: str, advice: str | None = None):
        super().__init__(reason)
        self.advice = advice


def _uncompress(raw: bytes) -> bytes:
    """The IDX content of a file's bytes, gzip-compressed or not.

    Recognising gzip by its first two bytes (1f 8b) rather than by the file's name also
    accepts a `.gz` file that a browser already unpacked; an IDX file starts with 00 00.
    """
    if raw[:2] != b"\x1f\x8b":
        return raw
    try:
        return gzip.decompress(raw)
    except (EOFError, OSError, zlib.error) as error:
        raise _BadContent(f"truncated or damaged gzip data ({error})") from None


def _check_idx(content: bytes, spec: IdxFile) -> np.ndarray:
    """The array in `content`, after checking it byte for byte against `spec`.

    The header is checked before the hash so that a wrong file is reported as what it is
    (say, a label file where images were expected) rather than as an anonymous hash mismatch.
    """
    if len(content) < spec.header_size:
        raise _BadContent(f"only {len(content)} bytes, too short for an IDX header")
    magic = int.from_bytes(content[:4], "big")
    if magic != spec.magic:
        expected = "images" if spec.magic == IMAGES_MAGIC else "labels"
        raise _BadContent(f"magic number {magic}, expected {spec.magic} (IDX {expected})")
    dims = tuple(int.from_bytes(content[i:i + 4], "big") for i in range(4, spec.header_size, 4))
    if dims != spec.shape:
        raise _BadContent(f"header says shape {dims}, expected {spec.shape}")
    if len(content) != spec.size:
        raise _BadContent(f"{len(content):,} bytes of content, expected {spec.size:,}")
    digest = hashlib.sha256(content).hexdigest()
    if digest != spec.sha256:
        # Both datasets use the same file names, so a file of the other one is a likely mix-up.
        for other in SOURCES.values():
            for other_spec in other.files.values():
                if other_spec.sha256 == digest:
                    raise _BadContent(f"it is {other.name}'s {other_spec.name}",
                                      advice=f"Keep each dataset in its own folder, e.g. "
                                             f"<folder>/{spec.dataset}/ under TINYGAN_DATA")
        raise _BadContent(f"SHA-256 of its content is {digest[:16]}..., "
                          f"expected {spec.sha256[:16]}...")
    return np.frombuffer(content, np.uint8, offset=spec.header_size).reshape(spec.shape).copy()


def read_idx(path: str | os.PathLike, spec: IdxFile) -> np.ndarray:
    """The uint8 array stored in the IDX file `path` (gzip or raw), verified against `spec`.

    Checks the magic number, the dimensions and byte length against the table, then the
    SHA-256 of the uncompressed content.  Raises DatasetError naming the file otherwise.
    """
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise DatasetError(f"Cannot read {path}: {error.strerror or error}. Check the "
                           f"file's permissions, or delete it and download it again.") from None
    try:
        return _check_idx(_uncompress(raw), spec)
    except _BadContent as problem:
        advice = problem.advice or "Delete it and download it again (or put a good copy there)"
        raise DatasetError(f"{path} is not a valid {spec.dataset} {spec.name} file: {problem}. "
                           f"{advice}.") from None


# ---------------------------------------------------------------------------------------
# Finding the files.  The folders below are searched in order; the first folder holding a
# file (as `<name>` or `<name>.gz`) wins, and that file must then be valid.
# ---------------------------------------------------------------------------------------

def user_cache_dir(dataset: str) -> Path:
    """Where downloads go by default: `$XDG_CACHE_HOME/tinygan/<dataset>`, else
    `~/.cache/tinygan/<dataset>` (the XDG base-directory convention)."""
    return user_cache(dataset)


def search_folders(dataset: str, data_dir: str | os.PathLike | None = None) -> list[Path]:
    """The folders searched for `dataset`'s files, in order.

    An explicit `data_dir` (`HyperParams.data_dir`, `--data-dir`) means "the files are here":
    it is the only folder searched, and downloads go into it.  Without one:

    1. `$TINYGAN_DATA/<dataset>`, then `$TINYGAN_DATA` itself, when that variable is set
       (one folder can hold a subfolder per dataset, or one dataset's files directly);
    2. the user cache, `user_cache_dir(dataset)`, where downloads go;
    3. Debian's `/usr/share/datasets/<dataset>` (`apt install dataset-fashion-mnist`).
    """
    if data_dir is not None:
        return [Path(data_dir).expanduser()]
    folders = []
    data_root = os.environ.get("TINYGAN_DATA")
    if data_root:
        folders += [Path(data_root).expanduser() / dataset, Path(data_root).expanduser()]
    folders += [user_cache_dir(dataset), SYSTEM_DATA_DIR / dataset]
    return folders


def download_folder(dataset: str, data_dir: str | os.PathLike | None = None) -> Path:
    """Where a missing file is downloaded to: `data_dir` when given, else the user cache."""
    return Path(data_dir).expanduser() if data_dir is not None else user_cache_dir(dataset)


def _find_existing(spec: IdxFile, folders: list[Path]) -> Path | None:
    """The first `<name>` or `<name>.gz` in `folders`; raw first, as it loads faster."""
    for folder in folders:
        for file_name in (spec.name, spec.name + ".gz"):
            if (folder / file_name).is_file():
                return folder / file_name
    return None


def mirrors_for(dataset: str, mirrors: list[str] | tuple[str, ...] | None = None) -> list[str]:
    """The mirrors to try: `mirrors` if given, else `$TINYGAN_MIRRORS` (comma-separated base
    URLs, used for every dataset), else the table's."""
    if mirrors is None:
        from_env = os.environ.get("TINYGAN_MIRRORS", "")
        mirrors = [url.strip() for url in from_env.split(",") if url.strip()]
    return list(mirrors) or list(SOURCES[dataset].mirrors)


def _describe(error: BaseException) -> str:
    """A short reason for a failed download, e.g. "HTTP 404" or "connection refused"."""
    if isinstance(error, urllib.error.HTTPError):
        return f"HTTP {error.code}"
    if isinstance(error, urllib.error.URLError):
        reason = error.reason
        return getattr(reason, "strerror", None) or str(reason)
    return str(error) or type(error).__name__


def _download_one(url: str, spec: IdxFile, dest_dir: Path, progress: bool) -> Path:
    """Fetch `url` into a temporary file in `dest_dir`, verify it, then move it into place.

    Writing to a temporary file and renaming it (`os.replace`, atomic on one filesystem)
    means an interrupted or bad download never leaves a file that a later run would find.
    """
    handle, temp_name = tempfile.mkstemp(dir=dest_dir, prefix=f".{spec.name}.", suffix=".part")
    temp_path = Path(temp_name)
    try:
        request = urllib.request.Request(url, headers={"User-Agent": "tinygan"})
        with os.fdopen(handle, "wb") as out, \
                urllib.request.urlopen(request, timeout=DOWNLOAD_TIMEOUT_S) as response:
            total = int(response.headers.get("Content-Length") or 0)
            bar = tqdm(desc=f"{spec.dataset} {spec.name}", total=total, unit="B",
                       unit_scale=True, disable=not progress)
            while chunk := response.read(1 << 16):
                out.write(chunk)
                bar.update(len(chunk))
            bar.update(close=True)
        raw = temp_path.read_bytes()
        _check_idx(_uncompress(raw), spec)
        suffix = ".gz" if raw[:2] == b"\x1f\x8b" else ""
        final_path = dest_dir / (spec.name + suffix)
        os.replace(temp_path, final_path)
        return final_path
    except BaseException:
        temp_path.unlink(missing_ok=True)
        raise


def download(dataset: str, dest_dir: str | os.PathLike, mirrors: list[str] | None = None,
             progress: bool = True, names: list[str] | None = None) -> list[Path]:
    """Download `dataset`'s files into `dest_dir` and return their paths.

    `names` picks files (e.g. ["t10k-labels-idx1-ubyte"]); by default all four.  A file
    already in `dest_dir` (raw or .gz) is kept as it is.  Each missing file is tried from
    every mirror in turn (`mirrors_for`) and kept only if its content passes the same checks
    as `read_idx`; if some file fails on every mirror, one DatasetError lists them all.
    """
    if dataset not in SOURCES:
        raise ValueError(f"unknown dataset {dataset!r}: expected one of {', '.join(SOURCES)}")
    all_specs = list(SOURCES[dataset].files.values())
    unknown = set(names or []) - {spec.name for spec in all_specs}
    if unknown:
        raise ValueError(f"{dataset} has no file(s) {', '.join(sorted(unknown))}")
    specs = [spec for spec in all_specs if names is None or spec.name in names]
    urls = mirrors_for(dataset, mirrors)
    dest_dir = Path(dest_dir).expanduser()
    try:
        dest_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DatasetError(f"Cannot create {dest_dir} to download {dataset} into: "
                           f"{error.strerror or error}. Pass --data-dir a writable "
                           f"folder.") from None
    paths, missing, reasons = [], [], {}
    for spec in specs:
        existing = _find_existing(spec, [dest_dir])
        if existing is not None:
            paths.append(existing)
            continue
        for mirror in urls:
            url = mirror.rstrip("/") + "/" + spec.name + ".gz"
            try:
                paths.append(_download_one(url, spec, dest_dir, progress))
                break
            except (OSError, ValueError, http.client.HTTPException, _BadContent) as error:
                reasons.setdefault(mirror, _describe(error))
        else:
            missing.append(spec.name + ".gz")
    if missing:
        # Where the user may put the files by hand: every default folder when downloading to
        # the default place, else just the folder they chose.
        defaults = search_folders(dataset)
        places = defaults if dest_dir in defaults else [dest_dir]
        tried = ", ".join(f"{mirror} ({reason})" for mirror, reason in reasons.items())
        raise DatasetError(
            f"Could not download {dataset} file(s) {', '.join(missing)} from any mirror; "
            f"tried {tried}. If this machine is offline, fetch the files elsewhere and put "
            f"them (gzip or raw) in one of: {', '.join(map(str, places))}; or point "
            f"TINYGAN_DATA or --data-dir at a folder holding them.")
    return paths


def find_file(dataset: str, split: str, kind: str, data_dir: str | os.PathLike | None = None,
              allow_download: bool = True) -> Path:
    """The path of one of `dataset`'s files, downloading it when it is nowhere to be found.

    Looks in `search_folders(dataset, data_dir)`; a missing file is downloaded into
    `download_folder(dataset, data_dir)` if `allow_download` (mirrors: `mirrors_for`).
    """
    spec = idx_file(dataset, split, kind)
    folders = search_folders(dataset, data_dir)
    existing = _find_existing(spec, folders)
    if existing is not None:
        return existing
    if not allow_download:
        raise DatasetError(
            f"{dataset} file {spec.name}(.gz) not found in: {', '.join(map(str, folders))}. "
            f"Download it from {SOURCES[dataset].mirrors[0]} and put the four files (gzip or "
            f"raw) in one of these folders, or pass --data-dir, or allow downloading.")
    [path] = download(dataset, download_folder(dataset, data_dir), names=[spec.name])
    return path


# ---------------------------------------------------------------------------------------
# The loaders: the raw arrays, verified.
# ---------------------------------------------------------------------------------------

def load_images(dataset: str = "mnist", split: str = "train",
                data_dir: str | os.PathLike | None = None, download: bool = True) -> np.ndarray:
    """The raw images of a split as uint8, shape N×28×28, row 0 at the top of each image.

    `split` is "train" (60,000 images) or "test" (10,000, the `t10k` files).  The file is
    found (or downloaded, if `download`) as `find_file` describes, then verified completely.
    """
    return read_idx(find_file(dataset, split, "images", data_dir, allow_download=download),
                    idx_file(dataset, split, "images"))


def load_labels(dataset: str = "mnist", split: str = "train",
                data_dir: str | os.PathLike | None = None, download: bool = True) -> np.ndarray:
    """The labels of a split as uint8, shape N, values 0-9, in the order of `load_images`."""
    return read_idx(find_file(dataset, split, "labels", data_dir, allow_download=download),
                    idx_file(dataset, split, "labels"))

"""Tests for tinygan.data (tutorial section 2): finding, verifying, downloading and batching.

The real MNIST files are read from `shared/data/mnist` beside the clone (or
`$TINYGAN_TEST_MNIST`).  Nothing here touches the internet: every download goes to an
`http.server` on 127.0.0.1, and every test runs with its own HOME, XDG cache and system
data folder, so a user's real cache is never read or written.
"""
from __future__ import annotations

import functools
import gzip
import os
import shutil
import socket
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import numpy as np
import pytest
from conftest import MNIST_NAMES
from conftest import mnist_dir as find_mnist_dir

from tinygan import datasets
from tinygan.data import DataLoader
from tinygan.datasets import DatasetError
from tinygan.tutorial import HyperParams, load_MNIST_images

TRAIN_LABEL_COUNTS = [5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949]
TEST_LABEL_COUNTS = [980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009]

# One pytest-xdist worker runs them all (xdist_group): the fixtures are built once.
pytestmark = pytest.mark.xdist_group("data")


# ---------------------------------------------------------------------------------------
# Fixtures and helpers
# ---------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def mnist_dir() -> Path:
    return find_mnist_dir()


@pytest.fixture(scope="module")
def train_images(mnist_dir):
    """The 60,000 training images, loaded (and verified) once for the whole module."""
    return load_MNIST_images(HyperParams(data_dir=str(mnist_dir)), download=False)


@pytest.fixture(scope="module")
def train_labels(mnist_dir):
    return datasets.load_labels("mnist", "train", mnist_dir, download=False)


@pytest.fixture(scope="module")
def test_images(mnist_dir):
    return load_MNIST_images(HyperParams(data_dir=str(mnist_dir)), split="test",
                                  download=False)


def _closed_port_url() -> str:
    """A local URL where nothing listens (the port was free a moment ago)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/"


@pytest.fixture(autouse=True)
def isolated(tmp_path, monkeypatch):
    """Every test gets its own HOME, cache and system folder, and no real mirror.

    TINYGAN_MIRRORS points at a closed local port, so a download a test did not arrange
    fails at once instead of reaching the internet.
    """
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("TINYGAN_DATA", raising=False)
    monkeypatch.setenv("TINYGAN_MIRRORS", _closed_port_url())
    monkeypatch.setattr(datasets, "SYSTEM_DATA_DIR", tmp_path / "system")
    return tmp_path


@pytest.fixture
def cache_dir(tmp_path) -> Path:
    """Where downloads of MNIST land in these tests (the user cache, under tmp_path)."""
    return tmp_path / "cache" / "tinygan" / "mnist"


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture
def serve():
    """`serve(folder)` starts a local HTTP server for `folder` and returns its base URL."""
    running = []

    def start(folder: Path) -> str:
        handler = functools.partial(_QuietHandler, directory=str(folder))
        server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                                  daemon=True)
        thread.start()
        running.append((server, thread))
        return f"http://127.0.0.1:{server.server_address[1]}/"

    yield start
    for server, thread in running:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def _content(mnist_dir: Path, name: str) -> bytes:
    """The uncompressed IDX content of one shared MNIST file."""
    return gzip.decompress((mnist_dir / f"{name}.gz").read_bytes())


def _flip_byte(content: bytes, index: int = -1) -> bytes:
    damaged = bytearray(content)
    damaged[index] ^= 0xFF
    return bytes(damaged)


@pytest.fixture(scope="module")
def bad_mirror(tmp_path_factory, mnist_dir) -> Path:
    """A mirror folder whose files are all wrong: valid gzip of content with one byte
    flipped for the image files, an HTML page for the label files."""
    folder = tmp_path_factory.mktemp("bad-mirror")
    for name in MNIST_NAMES:
        if "images" in name:
            bad = gzip.compress(_flip_byte(_content(mnist_dir, name)), compresslevel=1)
        else:
            bad = b"<html><body>Rate limit exceeded</body></html>"
        (folder / f"{name}.gz").write_bytes(bad)
    return folder


def _files_in(folder: Path) -> list[str]:
    """Everything in `folder`, hidden temporary files included."""
    return sorted(os.listdir(folder)) if folder.exists() else []


# ---------------------------------------------------------------------------------------
# Loading the real MNIST files
# ---------------------------------------------------------------------------------------

def test_train_images_shape_dtype_and_range(train_images):
    assert train_images.shape == (60_000, 1, 28, 28)
    assert train_images.dtype == np.float32
    # 2x - 1 of x/255: black is exactly -1 and white exactly +1, both present in MNIST.
    assert train_images.min() == -1.0
    assert train_images.max() == 1.0


def test_test_split_images(test_images):
    assert test_images.shape == (10_000, 1, 28, 28)
    assert test_images.dtype == np.float32
    assert test_images.min() == -1.0 and test_images.max() == 1.0


def test_scaling_is_two_x_minus_one_of_x_over_255(mnist_dir, test_images):
    pixels = datasets.load_images("mnist", "test", mnist_dir, download=False)
    assert pixels.shape == (10_000, 28, 28) and pixels.dtype == np.uint8
    expected = 2 * (pixels.astype(np.float64) / 255) - 1
    np.testing.assert_allclose(test_images[:, 0], expected, atol=1e-6)


def test_label_counts(train_labels, mnist_dir):
    assert train_labels.shape == (60_000,) and train_labels.dtype == np.uint8
    assert np.bincount(train_labels).tolist() == TRAIN_LABEL_COUNTS
    test_labels = datasets.load_labels("mnist", "test", mnist_dir, download=False)
    assert np.bincount(test_labels).tolist() == TEST_LABEL_COUNTS


def test_ink_sits_in_the_centre_rows(train_images):
    ink = (train_images[:, 0] + 1) / 2                     # back to [0, 1], 1 = ink
    row_ink = ink.mean(axis=(0, 2))                        # mean ink per row, 28 values
    centre = row_ink[8:20].mean()
    assert row_ink[:2].max() < 0.05 * centre               # top rows nearly empty
    assert row_ink[-2:].max() < 0.05 * centre              # bottom rows nearly empty


def _ink_statistics(images: np.ndarray) -> dict[str, float]:
    """Mean over images of: ink above / below the middle, ink left / right of it, and the
    spread (standard deviation) of ink over rows and over columns."""
    ink = (images[:, 0].astype(np.float64) + 1) / 2
    coords = np.arange(28)

    def spread(profile):                                   # profile: images × 28
        weights = profile / profile.sum(axis=1, keepdims=True)
        mean = (weights * coords).sum(axis=1, keepdims=True)
        return np.sqrt((weights * (coords - mean) ** 2).sum(axis=1)).mean()

    return {
        "top_over_bottom": ink[:, :14].sum() / ink[:, 14:].sum(),
        "left_over_right": ink[:, :, :14].sum() / ink[:, :, 14:].sum(),
        "row_spread": spread(ink.sum(axis=2)),
        "column_spread": spread(ink.sum(axis=1)),
    }


def test_digits_are_upright_not_flipped_or_transposed(train_images, train_labels):
    stats = {digit: _ink_statistics(train_images[train_labels == digit])
             for digit in (0, 1, 3, 6, 7)}
    # Row 0 is the top: a 7's bar is at the top, a 6's loop at the bottom.
    assert stats[7]["top_over_bottom"] > 1.1
    assert stats[6]["top_over_bottom"] < 0.8
    # Not transposed: a 1 is tall and narrow, and narrower than a 0.
    assert stats[1]["row_spread"] > 2 * stats[1]["column_spread"]
    assert stats[0]["column_spread"] > 2 * stats[1]["column_spread"]
    # Not mirrored: a 3's strokes and a 7's stem lean to the right half.
    assert stats[3]["left_over_right"] < 0.85
    assert stats[7]["left_over_right"] < 0.85


# ---------------------------------------------------------------------------------------
# Damaged and missing files: one clear DatasetError, never a partial array
# ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("compressed", [False, True], ids=["raw", "gzip"])
def test_flipped_byte_fails_the_hash(tmp_path, mnist_dir, compressed):
    damaged = _flip_byte(_content(mnist_dir, "t10k-labels-idx1-ubyte"), index=5000)
    name = "t10k-labels-idx1-ubyte" + (".gz" if compressed else "")
    (tmp_path / name).write_bytes(gzip.compress(damaged) if compressed else damaged)
    with pytest.raises(DatasetError) as caught:
        datasets.load_labels("mnist", "test", tmp_path, download=False)
    message = str(caught.value)
    assert str(tmp_path / name) in message
    assert "SHA-256" in message and "Delete it and download it again" in message
    assert "\n" not in message


def test_truncated_gzip(tmp_path, mnist_dir):
    whole = (mnist_dir / "t10k-images-idx3-ubyte.gz").read_bytes()
    (tmp_path / "t10k-images-idx3-ubyte.gz").write_bytes(whole[: len(whole) // 2])
    with pytest.raises(DatasetError, match=r"t10k-images-idx3-ubyte\.gz .*truncated or "
                                           r"damaged gzip.*Delete it"):
        load_MNIST_images(HyperParams(data_dir=str(tmp_path)), split="test",
                               download=False)


def test_wrong_magic_number_is_reported_before_the_hash(tmp_path, mnist_dir):
    # A label file whose magic says "images": the size and hash would fail too, but the
    # magic number is checked first and says best what is wrong.
    content = bytearray(_content(mnist_dir, "t10k-labels-idx1-ubyte"))
    content[:4] = (2051).to_bytes(4, "big")
    (tmp_path / "t10k-labels-idx1-ubyte").write_bytes(bytes(content))
    with pytest.raises(DatasetError, match=r"magic number 2051, expected 2049"):
        datasets.load_labels("mnist", "test", tmp_path, download=False)


def test_image_file_in_place_of_a_label_file(tmp_path, mnist_dir):
    shutil.copy(mnist_dir / "t10k-images-idx3-ubyte.gz", tmp_path / "t10k-labels-idx1-ubyte.gz")
    with pytest.raises(DatasetError, match=r"magic number 2051, expected 2049 \(IDX labels\)"):
        datasets.load_labels("mnist", "test", tmp_path, download=False)


def test_wrong_count_in_header(tmp_path, mnist_dir):
    content = bytearray(_content(mnist_dir, "t10k-labels-idx1-ubyte"))
    content[4:8] = (9_999).to_bytes(4, "big")
    (tmp_path / "t10k-labels-idx1-ubyte").write_bytes(bytes(content))
    with pytest.raises(DatasetError, match=r"header says shape \(9999,\), expected \(10000,\)"):
        datasets.load_labels("mnist", "test", tmp_path, download=False)


def test_extra_bytes_at_the_end(tmp_path, mnist_dir):
    content = _content(mnist_dir, "t10k-labels-idx1-ubyte") + b"\x00" * 7
    (tmp_path / "t10k-labels-idx1-ubyte").write_bytes(content)
    with pytest.raises(DatasetError, match=r"10,015 bytes of content, expected 10,008"):
        datasets.load_labels("mnist", "test", tmp_path, download=False)


def test_missing_file_without_download(tmp_path):
    with pytest.raises(DatasetError) as caught:
        load_MNIST_images(HyperParams(data_dir=str(tmp_path)), split="test",
                               download=False)
    message = str(caught.value)
    assert "t10k-images-idx3-ubyte(.gz) not found in: " + str(tmp_path) in message
    assert "--data-dir" in message and "\n" not in message
    assert _files_in(tmp_path) == []


def test_other_datasets_file_is_named_as_such(tmp_path, mnist_dir):
    shutil.copy(mnist_dir / "t10k-labels-idx1-ubyte.gz", tmp_path)
    with pytest.raises(DatasetError, match=r"it is mnist's t10k-labels-idx1-ubyte\. Keep each "
                                           r"dataset in its own folder"):
        datasets.load_labels("fashion-mnist", "test", tmp_path, download=False)


def test_unknown_split_or_dataset():
    with pytest.raises(ValueError, match="unknown split"):
        datasets.load_labels("mnist", "validation")
    with pytest.raises(ValueError, match="unknown dataset"):
        datasets.load_labels("cifar10", "train")


# ---------------------------------------------------------------------------------------
# Downloading, against local servers only
# ---------------------------------------------------------------------------------------

def test_download_full_train_split_skipping_a_bad_mirror(serve, bad_mirror, mnist_dir,
                                                         cache_dir, monkeypatch, train_images):
    monkeypatch.setenv("TINYGAN_MIRRORS", f"{serve(bad_mirror)},{serve(mnist_dir)}")
    images = load_MNIST_images(HyperParams())         # no data_dir: search, then download
    assert np.array_equal(images, train_images)
    assert _files_in(cache_dir) == ["train-images-idx3-ubyte.gz"]  # no temporary files left
    assert ((cache_dir / "train-images-idx3-ubyte.gz").read_bytes()
            == (mnist_dir / "train-images-idx3-ubyte.gz").read_bytes())
    # The next call finds the file in the cache, with every mirror down.
    monkeypatch.setenv("TINYGAN_MIRRORS", _closed_port_url())
    assert np.array_equal(load_MNIST_images(HyperParams()), images)


def test_download_all_four_files_with_progress(serve, bad_mirror, mnist_dir, tmp_path, capsys):
    dest = tmp_path / "downloads"
    paths = datasets.download("mnist", dest, mirrors=[serve(bad_mirror), serve(mnist_dir)],
                          progress=True)
    assert sorted(path.name for path in paths) == sorted(f"{name}.gz" for name in MNIST_NAMES)
    assert _files_in(dest) == sorted(f"{name}.gz" for name in MNIST_NAMES)
    assert "mnist t10k-labels-idx1-ubyte" in capsys.readouterr().err   # the progress bar
    labels = datasets.load_labels("mnist", "test", dest, download=False)
    assert np.bincount(labels).tolist() == TEST_LABEL_COUNTS


def test_download_keeps_files_already_there(serve, tmp_path, mnist_dir):
    shutil.copy(mnist_dir / "t10k-labels-idx1-ubyte.gz", tmp_path)
    empty = tmp_path / "empty-mirror"
    empty.mkdir()
    paths = datasets.download("mnist", tmp_path, mirrors=[serve(empty)], progress=False,
                          names=["t10k-labels-idx1-ubyte"])
    assert paths == [tmp_path / "t10k-labels-idx1-ubyte.gz"]


def test_download_goes_into_an_explicit_data_dir(serve, mnist_dir, tmp_path, cache_dir,
                                                 monkeypatch):
    monkeypatch.setenv("TINYGAN_MIRRORS", serve(mnist_dir))
    mine = tmp_path / "my-data"
    labels = datasets.load_labels("mnist", "test", data_dir=mine)
    assert np.bincount(labels).tolist() == TEST_LABEL_COUNTS
    assert _files_in(mine) == ["t10k-labels-idx1-ubyte.gz"]
    assert _files_in(cache_dir) == []


def test_all_mirrors_down_gives_the_offline_error(serve, tmp_path, cache_dir, monkeypatch):
    empty = tmp_path / "empty-mirror"
    empty.mkdir()
    closed, not_found = _closed_port_url(), serve(empty)
    monkeypatch.setenv("TINYGAN_MIRRORS", f"{closed},{not_found}")
    with pytest.raises(DatasetError) as caught:
        datasets.load_labels("mnist", "test")
    message = str(caught.value)
    assert "\n" not in message
    assert "t10k-labels-idx1-ubyte.gz" in message
    assert closed in message and not_found in message and "HTTP 404" in message
    assert "offline" in message and str(cache_dir) in message
    assert "TINYGAN_DATA" in message
    assert _files_in(cache_dir) == []                      # not even a temporary file


def test_mirrors_serving_only_bad_content(serve, bad_mirror, tmp_path):
    dest = tmp_path / "downloads"
    with pytest.raises(DatasetError, match=r"t10k-images-idx3-ubyte\.gz.*SHA-256"):
        datasets.download("mnist", dest, mirrors=[serve(bad_mirror)], progress=False,
                      names=["t10k-images-idx3-ubyte"])
    assert _files_in(dest) == []


def test_mirror_precedence(monkeypatch):
    monkeypatch.delenv("TINYGAN_MIRRORS")
    assert datasets.mirrors_for("mnist") == list(datasets.SOURCES["mnist"].mirrors)
    monkeypatch.setenv("TINYGAN_MIRRORS", "http://a/, http://b/")
    assert datasets.mirrors_for("mnist") == ["http://a/", "http://b/"]
    assert datasets.mirrors_for("mnist", ["http://c/"]) == ["http://c/"]


# ---------------------------------------------------------------------------------------
# Where files are looked for
# ---------------------------------------------------------------------------------------

def test_search_order_without_settings(isolated, monkeypatch):
    cache = isolated / "cache" / "tinygan" / "mnist"
    assert datasets.search_folders("mnist") == [cache, isolated / "system" / "mnist"]
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert datasets.search_folders("mnist")[0] == isolated / "home" / ".cache" / "tinygan" / "mnist"


def test_search_order_with_tinygan_data(isolated, monkeypatch):
    monkeypatch.setenv("TINYGAN_DATA", str(isolated / "datasets"))
    assert datasets.search_folders("fashion-mnist") == [
        isolated / "datasets" / "fashion-mnist",
        isolated / "datasets",
        isolated / "cache" / "tinygan" / "fashion-mnist",
        isolated / "system" / "fashion-mnist",
    ]


def test_explicit_data_dir_is_the_only_folder(isolated, monkeypatch):
    monkeypatch.setenv("TINYGAN_DATA", str(isolated / "datasets"))
    assert datasets.search_folders("mnist", isolated / "mine") == [isolated / "mine"]
    assert datasets.download_folder("mnist", isolated / "mine") == isolated / "mine"
    assert datasets.download_folder("mnist") == isolated / "cache" / "tinygan" / "mnist"


@pytest.mark.parametrize("layout", ["direct", "subfolder"])
def test_tinygan_data_holding_files_or_a_dataset_subfolder(isolated, monkeypatch, mnist_dir,
                                                           layout):
    root = isolated / "datasets"
    folder = root if layout == "direct" else root / "mnist"
    folder.mkdir(parents=True)
    shutil.copy(mnist_dir / "t10k-labels-idx1-ubyte.gz", folder)
    monkeypatch.setenv("TINYGAN_DATA", str(root))
    assert datasets.find_file("mnist", "test", "labels", allow_download=False) == \
        folder / "t10k-labels-idx1-ubyte.gz"
    labels = datasets.load_labels("mnist", "test", download=False)
    assert np.bincount(labels).tolist() == TEST_LABEL_COUNTS


def test_earlier_folders_win(isolated, monkeypatch, mnist_dir, cache_dir):
    good = _content(mnist_dir, "t10k-labels-idx1-ubyte")
    system = isolated / "system" / "mnist"
    root = isolated / "datasets"
    for folder in (root, cache_dir, system):
        folder.mkdir(parents=True)
    # Only in the system folder: found there.
    (system / "t10k-labels-idx1-ubyte").write_bytes(good)
    assert datasets.find_file("mnist", "test", "labels", allow_download=False).parent == system
    # The cache comes before it, and TINYGAN_DATA before the cache.
    (cache_dir / "t10k-labels-idx1-ubyte").write_bytes(good)
    assert datasets.find_file("mnist", "test", "labels", allow_download=False).parent == cache_dir
    monkeypatch.setenv("TINYGAN_DATA", str(root))
    (root / "t10k-labels-idx1-ubyte.gz").write_bytes(gzip.compress(good))
    assert datasets.find_file("mnist", "test", "labels", allow_download=False).parent == root


def test_the_file_found_first_must_be_valid(isolated, monkeypatch, mnist_dir, cache_dir):
    # A damaged file is reported, not silently passed over for a good one further down.
    root = isolated / "datasets"
    root.mkdir()
    cache_dir.mkdir(parents=True)
    good = _content(mnist_dir, "t10k-labels-idx1-ubyte")
    (root / "t10k-labels-idx1-ubyte").write_bytes(_flip_byte(good))
    (cache_dir / "t10k-labels-idx1-ubyte").write_bytes(good)
    monkeypatch.setenv("TINYGAN_DATA", str(root))
    with pytest.raises(DatasetError, match=str(root / "t10k-labels-idx1-ubyte")):
        datasets.load_labels("mnist", "test", download=False)


# ---------------------------------------------------------------------------------------
# DataLoader
# ---------------------------------------------------------------------------------------

def _numbered_images(count: int) -> np.ndarray:
    """`count` one-pixel images whose value is their index, to follow them through batches."""
    return np.arange(count, dtype=np.float32).reshape(count, 1, 1, 1)


def _order_seen(loader: DataLoader, epoch: int, start: int = 0) -> np.ndarray:
    return np.concatenate([batch.ravel() for batch in loader.epoch(epoch, start)]).astype(int)


def test_batch_count_keeps_the_last_partial_batch(train_images):
    loader = DataLoader(train_images, batch_size=128, seed=0)
    assert len(loader) == 469
    first = next(loader.epoch(0))
    assert first.shape == (128, 1, 28, 28) and first.dtype == np.float32
    sizes = [len(batch) for batch in DataLoader(_numbered_images(60_000), 128, seed=0).epoch(0)]
    assert len(sizes) == 469 and set(sizes[:-1]) == {128} and sizes[-1] == 96


def test_every_image_once_per_epoch():
    loader = DataLoader(_numbered_images(1_000), batch_size=64, seed=3)
    for epoch in range(3):
        assert sorted(_order_seen(loader, epoch)) == list(range(1_000))


def test_order_changes_each_epoch_and_follows_the_seed():
    images = _numbered_images(1_000)
    loader = DataLoader(images, batch_size=64, seed=7)
    epoch0, epoch1 = _order_seen(loader, 0), _order_seen(loader, 1)
    assert not np.array_equal(epoch0, epoch1)
    assert not np.array_equal(epoch0, np.arange(1_000))           # shuffled
    assert np.array_equal(_order_seen(DataLoader(images, 64, seed=7), 1), epoch1)
    assert np.array_equal(_order_seen(loader, 0), epoch0)         # repeatable
    assert not np.array_equal(_order_seen(DataLoader(images, 64, seed=8), 0), epoch0)
    assert np.array_equal(loader.order(1), epoch1)


def test_start_skips_exactly_that_many_batches():
    loader = DataLoader(_numbered_images(1_000), batch_size=64, seed=1)
    every = list(loader.epoch(4))
    for start in (0, 1, 5, len(loader) - 1, len(loader)):
        resumed = list(loader.epoch(4, start=start))
        assert len(resumed) == len(loader) - start
        assert all(np.array_equal(a, b) for a, b in zip(resumed, every[start:]))
    with pytest.raises(ValueError, match="start"):
        list(loader.epoch(0, start=len(loader) + 1))


def test_bad_loader_settings():
    with pytest.raises(ValueError, match="batch_size"):
        DataLoader(_numbered_images(10), batch_size=0, seed=0)
    with pytest.raises(ValueError, match="seed"):
        DataLoader(_numbered_images(10), batch_size=2, seed=-1)


# ---------------------------------------------------------------------------------------
# The tests' own search (tests/conftest.py): where the loader looks, then ../shared
# ---------------------------------------------------------------------------------------

@pytest.fixture
def no_mnist_anywhere(tmp_path, monkeypatch):
    """Every folder the tests search is empty: $TINYGAN_DATA, the user cache, the system
    folder and ../shared (all pointed into tmp_path); no --data-dir."""
    import conftest
    for name in ("data", "cache", "system", "shared"):
        (tmp_path / name).mkdir()
    monkeypatch.setenv("TINYGAN_DATA", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(datasets, "SYSTEM_DATA_DIR", tmp_path / "system")
    monkeypatch.setattr(conftest, "SHARED_MNIST", tmp_path / "shared")
    monkeypatch.setattr(conftest, "_explicit_mnist_dir", None)
    monkeypatch.setattr(conftest, "_gzipped_copy", None)
    return conftest


def test_tests_find_mnist_in_the_user_cache_uncompressed(no_mnist_anywhere, mnist_dir, tmp_path):
    conftest = no_mnist_anywhere
    cache = datasets.user_cache_dir("mnist")
    cache.mkdir(parents=True)
    for name in MNIST_NAMES:                       # as a user may keep them: raw IDX files
        (cache / name).write_bytes(_content(mnist_dir, name))
    assert conftest.mnist_search_folders()[:3] == [tmp_path / "data" / "mnist",
                                                   tmp_path / "data", cache]
    found = conftest.mnist_dir()                   # a gzipped copy of the cache's files
    assert found != cache
    for name in MNIST_NAMES:
        assert gzip.decompress((found / f"{name}.gz").read_bytes()) == (cache / name).read_bytes()


def test_tests_find_mnist_in_tinygan_data_before_shared(no_mnist_anywhere, mnist_dir, tmp_path):
    conftest = no_mnist_anywhere
    for name in MNIST_NAMES:
        shutil.copy(mnist_dir / f"{name}.gz", tmp_path / "data")
        shutil.copy(mnist_dir / f"{name}.gz", tmp_path / "shared")
    assert conftest.mnist_dir() == tmp_path / "data"


def test_tests_without_mnist_say_where_to_put_it_in_one_line(no_mnist_anywhere):
    with pytest.raises(pytest.fail.Exception) as failure:
        no_mnist_anywhere.mnist_dir()
    message = str(failure.value)
    assert "\n" not in message and "MNIST test data not found" in message
    assert str(datasets.user_cache_dir("mnist")) in message and "--data-dir" in message

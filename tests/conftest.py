"""Shared test fixtures.

`backend` runs a test once per tinygrad backend: by default the CPU (clang) and OpenCL
(PoCL on CI machines), both of which must be present; `TINYGAN_TEST_BACKENDS=CPU` narrows
the list on a machine without OpenCL.  A listed backend that cannot be opened fails the
test rather than skipping it.

`mnist_dir()` finds the real MNIST files where tinygan's loader looks for them
(`tinygan.datasets.search_folders`: `$TINYGAN_DATA`, the user cache where the main job downloads
them, `/usr/share/datasets`), then in `../shared/data/mnist` beside the clone (CI);
`python3 -m pytest --data-dir DIR` (or `$TINYGAN_TEST_MNIST`) names the folder instead.
"""
from __future__ import annotations

import atexit
import functools
import gc
import gzip
import os
import shutil
import subprocess
import tempfile
import zlib
from pathlib import Path

import numpy as np
import pytest

# tinygrad lowers a schedule's kernels in a pool of PARALLEL processes, by default the cores
# divided among pytest-xdist's workers: one process per worker here, started afresh (spawn,
# tinygrad re-imported, its pattern matchers rebuilt) every 16 kernels.  The workers keep the
# cores busy already, so the pool only adds that work (the training step's first three calls
# on 2 cores, batch 8, empty caches: 49 s with it, 34 s lowering in the process itself).
# Read when tinygrad is imported (below), and inherited by the command-line runs the tests
# start.
os.environ.setdefault("PARALLEL", "0")

# PoCL (OpenCL on the CPU) builds each program twice: once for any work-group size (the
# binary tinygrad asks for and caches), then again at its first launch, specialised to that
# launch's sizes.  The tests run each kernel a few times on small data, so the second
# build is only work: here PoCL runs the first (its own "generic work-group functions";
# the same kernel source, sizes read at run time).  Empty caches, one process, alternating
# pairs, user CPU: tests/test_core.py's OpenCL tests 36.5 and 35.0 s against 43.5 and
# 40.4 s; the OpenCL tests of test_models, test_formulations and test_parity 187 and 196 s
# against 218 and 199 s.  (The whole suite, 20 min apart, showed no difference beyond the
# machine's drift.)  A user's OpenCL run keeps PoCL's default.  Inherited by the
# command-line runs the tests start.
os.environ.setdefault("POCL_WORK_GROUP_SPECIALIZATION", "0")

# tinygrad keeps a great many objects for the whole session (its UOps, and the schedules and
# lowered programs it caches), and each of Python's full garbage collections walks them all:
# 0.4 s each, nine of them in the 130 s of tests/test_training.py and the CPU tests of
# tests/test_models.py (one process).  Collecting the youngest objects a fourteenth as often
# and all of them a tenth as often: those tests in 113-120 s rather than 132-134 s (two
# runs each, alternating), the collector's time 2.2 s rather than 5.1, peak memory 1.17 GB
# rather than 1.12; no change where PoCL's compiling dominates (tests/test_core.py,
# test_formulations.py and test_models.py on two workers: 305 s against 302 s).
gc.set_threshold(10_000, 10, 100)

from tinygrad import Tensor  # noqa: E402 (after PARALLEL is set)

from tinygan import datasets
from tinygan.backend import DeviceError, resolve_device
from tinygan.internals import DEV
from tinygan.kernels import kernels_on

BACKENDS = [b.strip() for b in os.environ.get("TINYGAN_TEST_BACKENDS", "CPU,CL").split(",")
            if b.strip()]
SHARED_MNIST = Path(__file__).resolve().parents[2] / "shared" / "data" / "mnist"
MNIST_NAMES = ("train-images-idx3-ubyte", "train-labels-idx1-ubyte",
               "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte")
_explicit_mnist_dir: str | None = None
# The batch size of the suite's small training runs (models, the benchmark's tiny mode, the
# command-line runs) and of its latent walks (their frames): at the tutorial's latent size,
# one shape, whose step tinygrad builds once per test session rather than once per test
# (building it is most of a first step's time).
SMALL_BATCH = 4
# CI sets this: a test that needs PyTorch then fails where it is missing instead of skipping,
# so that a green run never hides a skipped parity test (as TINYGAN_REQUIRE_COMPILERS does
# for the GPU compilers).
REQUIRE_TORCH = os.environ.get("TINYGAN_REQUIRE_TORCH") == "1"


def torch_or_skip(reason: str = "PyTorch is not installed (pip install 'tinygan[bench]'; CI "
                                "installs the CPU wheel)"):
    """The `torch` module; where it is not installed, a skip, or with TINYGAN_REQUIRE_TORCH=1
    a failure."""
    if REQUIRE_TORCH:
        try:
            import torch
        except ImportError as error:
            pytest.fail(f"TINYGAN_REQUIRE_TORCH=1 but PyTorch does not import ({error})",
                        pytrace=False)
        return torch
    return pytest.importorskip("torch", reason=reason)


def machine_gpu() -> str | None:
    """The GPU backend `--device gpu` picks on this machine, None where it has none (CI):
    what a test expects of "gpu" follows from it rather than from "no GPU here"."""
    from tinygan.backend import is_gpu, usable_devices
    return next((name for name in usable_devices() if name != "CPU" and is_gpu(name)), None)


def pytest_addoption(parser):
    parser.addoption("--data-dir", default=None, metavar="DIR",
                     help="folder holding the four MNIST IDX files (.gz or raw); default: "
                          "where tinygan's loader looks, then ../shared/data/mnist")


def pytest_configure(config):
    global _explicit_mnist_dir
    _explicit_mnist_dir = config.getoption("--data-dir") or os.environ.get("TINYGAN_TEST_MNIST")


@functools.cache
def cpu_problem() -> str | None:
    """Why tinygrad's CPU device does not open on this machine (tinygan's one line), or None
    where it does (a GPU machine without clang is the case seen: an H200's)."""
    try:
        resolve_device("cpu")
    except DeviceError as error:
        return str(error)
    return None


def _about_the_cpu(error: BaseException) -> bool:
    """Whether a test's failure is the CPU device failing to open: tinygan's DeviceError for
    it (raised, or shown in a command's output), or the C compiler tinygrad runs."""
    text = str(error)
    return ("is not usable on this machine" in text and "cpu" in text.lower()) or \
        isinstance(error, (subprocess.CalledProcessError, FileNotFoundError))


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """On a machine where the CPU device does not open, a test that failed for that reason
    reports it in one line, not a traceback (its failure stays a failure)."""
    outcome = yield
    report = outcome.get_result()
    if report.failed and call.excinfo is not None and _about_the_cpu(call.excinfo.value) \
            and (problem := cpu_problem()) is not None:
        report.longrepr = f"needs tinygrad's CPU device, which does not open here: {problem}"


@pytest.fixture(autouse=True)
def no_internet_downloads(monkeypatch):
    """No test may download anything: unless a test names its own (local) mirrors, the
    download path points at a local port where nothing listens."""
    monkeypatch.setenv("TINYGAN_MIRRORS", "http://127.0.0.1:9/")


def pytest_sessionstart(session):
    """A test that names no backend runs on the first test backend (the CPU), whatever
    tinygrad would pick: with PoCL installed tinygrad's own default is OpenCL, which
    tinygan's `--device gpu` passes over (PoCL is no GPU) and which compiles each kernel
    about 0.3 s slower; OpenCL is tested where a test asks for it (the `backend` fixture).
    A DEV the user sets is kept; where the first backend cannot be opened (no clang), the
    tests that use it fail saying why (the `backend` fixture), not the whole session."""
    if not DEV.value or not DEV.value[0].device:      # DEV unset
        try:
            DEV.value = resolve_device(BACKENDS[0])
        except DeviceError:
            pass


@pytest.fixture(autouse=True)
def default_device_kept():
    """A command a test runs in this process (click's CliRunner) makes its `--device`
    tinygrad's default for the process; put the default back after each test, so that the
    next test's tensors are not created on another device than its fixtures'."""
    saved = DEV.value
    yield
    DEV.value = saved


@pytest.fixture
def kernels(request):
    """The kernels a test runs with: a user's default (fast, or what TINYGAN_KERNELS says),
    or, where a test is parametrized with `kernels` (indirect), "plain" or "fast"."""
    return getattr(request, "param", None)


# A test that runs with each of tinygan's two paths (`kernels`, above).
both_paths = pytest.mark.parametrize("kernels", ["fast", "plain"], indirect=True)


@pytest.fixture(autouse=True)
def session_kernels(kernels):
    """Every test runs with its `kernels` on the session's default backend, switched on for
    the test and off after it, as a command does (`import tinygan` alone is tested in a
    fresh process)."""
    device = DEV.value[0].device if DEV.value else ""
    if not device:
        yield
        return
    with kernels_on(kernels, device):
        yield


@pytest.fixture(params=BACKENDS)
def backend(request, kernels):
    """Make `request.param` tinygrad's default device for the test, with the test's
    `kernels`, then restore it."""
    saved = DEV.value
    DEV.value = resolve_device(request.param)
    Tensor.manual_seed(1234)
    with kernels_on(kernels, DEV.value[0].device):
        yield request.param
    DEV.value = saved


# Where a test runs on the first backend only.  The other backends (OpenCL) run the tests of
# the tutorial's layers (tests/test_core.py; its convolutions, at the tutorial's shapes, in
# tests/test_formulations.py), the whole training step (test_models.py, test_parity.py
# against PyTorch) and the shipped kernel plans; what they would add at odd sizes, strides
# and paddings, or in graph logic (which kernels are built, what a realise keeps), is
# tinygan's own arithmetic, built alike for every backend and rendered by the same code as
# the tutorial's shapes: checked on the first backend, it costs each further backend a
# compile of every kernel again (PoCL: about 0.2 s a kernel), no new code path (issue #21).
first_backend_only = pytest.mark.parametrize("backend", BACKENDS[:1], indirect=True)


def name_seeded_rng(request) -> np.random.Generator:
    """A random generator seeded from the test's own name (its node id): a test draws the
    same data whatever ran before it on its worker, so a failure reproduces with `-k`."""
    return np.random.default_rng(zlib.crc32(request.node.nodeid.encode()))


def mnist_search_folders() -> list[Path]:
    """Where the tests look for MNIST, in order."""
    if _explicit_mnist_dir:
        return [Path(_explicit_mnist_dir).expanduser()]
    return [*datasets.search_folders("mnist"), SHARED_MNIST]


def _holds_mnist(folder: Path) -> bool:
    return all((folder / name).is_file() or (folder / f"{name}.gz").is_file()
               for name in MNIST_NAMES)


_gzipped_copy: Path | None = None


def mnist_dir() -> Path:
    """A folder with the four MNIST files as `.gz` (some tests serve or damage the
    compressed bytes): the first folder of `mnist_search_folders()` holding all four, or,
    where it holds them uncompressed, a gzipped copy made once per test session."""
    global _gzipped_copy
    folders = mnist_search_folders()
    found = next((folder for folder in folders if _holds_mnist(folder)), None)
    if found is None:
        pytest.fail(f"MNIST test data not found in {', '.join(map(str, folders))}: put the "
                    f"four IDX files in {datasets.user_cache_dir('mnist')} (where "
                    f"`python examples/dcgan_mnist.py` downloads them) or pass --data-dir DIR",
                    pytrace=False)
    if all((found / f"{name}.gz").is_file() for name in MNIST_NAMES):
        return found
    if _gzipped_copy is None:
        _gzipped_copy = Path(tempfile.mkdtemp(prefix="tinygan-test-mnist-"))
        atexit.register(shutil.rmtree, _gzipped_copy, ignore_errors=True)
        for name in MNIST_NAMES:
            source = found / f"{name}.gz"
            if source.is_file():
                shutil.copy(source, _gzipped_copy)
            else:
                (_gzipped_copy / f"{name}.gz").write_bytes(
                    gzip.compress((found / name).read_bytes(), compresslevel=1))
    return _gzipped_copy

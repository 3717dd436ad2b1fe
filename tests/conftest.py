"""Shared test fixtures.

`backend` runs a test once per tinygrad backend: by default the CPU (clang) and OpenCL
(PoCL on CI machines), both of which must be present; `TINYGAN_TEST_BACKENDS=CPU` narrows
the list on a machine without OpenCL.  A listed backend that cannot be opened fails the
test rather than skipping it.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from tinygrad import Tensor
from tinygrad.helpers import DEV

from tinygan.backend import resolve_device

BACKENDS = [b.strip() for b in os.environ.get("TINYGAN_TEST_BACKENDS", "CPU,CL").split(",") if b.strip()]
SHARED_MNIST = Path(__file__).resolve().parents[2] / "shared" / "data" / "mnist"


@pytest.fixture(autouse=True)
def no_internet_downloads(monkeypatch):
    """No test may download anything: unless a test names its own (local) mirrors, the
    download path points at a local port where nothing listens."""
    monkeypatch.setenv("TINYGAN_MIRRORS", "http://127.0.0.1:9/")


@pytest.fixture(params=BACKENDS)
def backend(request):
    """Make `request.param` tinygrad's default device for the test, then restore it."""
    saved = DEV.value
    DEV.value = resolve_device(request.param)
    Tensor.manual_seed(1234)
    yield request.param
    DEV.value = saved


def mnist_dir() -> Path:
    """The verified MNIST files that tests read (../shared/data/mnist beside the clone)."""
    path = Path(os.environ.get("TINYGAN_TEST_MNIST", SHARED_MNIST))
    if not (path / "train-images-idx3-ubyte.gz").exists():
        raise RuntimeError(f"MNIST test data not found in {path}: set TINYGAN_TEST_MNIST")
    return path

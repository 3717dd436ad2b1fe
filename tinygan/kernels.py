"""The switch between tinygan's two paths, in one place.

- **plain**: the layers compute with tinygrad's own operations (`Tensor.linear`,
  `Tensor.conv2d`, `Tensor.conv_transpose2d`), and tinygrad runs as it comes: what a
  learner reads in `tinygan.layers` is what runs.
- **fast** (the default): each backend computes them its faster way (`tinygan.fast`: im2col,
  tuned kernel options, wide vectors, every CPU core), with the same numbers within float
  tolerance.

A run chooses when it starts (`--kernels plain|fast` on every command that computes, or
`TINYGAN_KERNELS`); `kernels_on(choice, backend)` switches the fast path on for that run
and off again when it ends.  Outside it, and after `import tinygan`, everything is plain
and tinygrad is untouched.  On a tinygrad other than the one `tinygan.internals` was
written for, fast falls back to plain with one line in the log.
"""
from __future__ import annotations

import contextlib
import logging
import os
from typing import Iterator

from tinygrad import Tensor

from tinygan import internals

log = logging.getLogger("tinygan")

KERNELS_ENV = "TINYGAN_KERNELS"
CHOICES = ("plain", "fast")
DEFAULT = "fast"

# The backends whose layers the fast path computes now (backend name -> its strategy:
# `tinygan.fast.strategy`).
_active: dict[str, object] = {}


def choice(requested: str | None = None) -> str:
    """The kernels a run asks for: `requested` (an option), else TINYGAN_KERNELS, else
    fast.  ValueError (one line) for anything else."""
    setting = requested if requested is not None else os.environ.get(KERNELS_ENV, "")
    setting = setting.strip().lower() or DEFAULT
    if setting not in CHOICES:
        source = "--kernels" if requested is not None else KERNELS_ENV
        raise ValueError(f"{source}={setting!r}: use plain (tinygrad's own operations) or "
                         f"fast (tinygan's faster kernels)")
    return setting


def ops(x: Tensor):
    """What computes a layer's operation on `x`: tinygrad's `Tensor` itself on the plain
    path, or the fast path's strategy for `x`'s backend (the same methods and arguments:
    `linear`, `conv2d`, `conv_transpose2d`)."""
    if not _active:
        return Tensor
    device = x.device if isinstance(x.device, str) else x.device[0]
    return _active.get(device.split(":")[0], Tensor)


def active(backend: str) -> str:
    """Which kernels compute the layers on `backend` now: "fast" or "plain"."""
    return "fast" if backend.split(":")[0] in _active else "plain"


@contextlib.contextmanager
def kernels_on(requested: str | None, backend: str) -> Iterator[str]:
    """Meanwhile the layers on `backend` (a tinygrad backend name) use the kernels asked for
    (`choice`); yields the kernels that run: "fast", or "plain" where asked, or where the
    fast path cannot run on this tinygrad (logged).  Re-entrant: inside a run already fast
    on this backend, it changes nothing."""
    kernels, base = choice(requested), backend.split(":")[0]
    if kernels == "plain" or base in _active:
        with _plain_meanwhile(base) if kernels == "plain" else contextlib.nullcontext():
            yield kernels
        return
    problem = internals.fast_path_problem()
    if problem is not None:
        log.warning(f"{problem}: running the plain path (tinygrad's own kernels)")
        yield "plain"
        return
    from tinygan import fast
    with fast.installed(backend):
        _active[base] = fast.strategy(backend)
        try:
            yield "fast"
        finally:
            del _active[base]


@contextlib.contextmanager
def _plain_meanwhile(base: str) -> Iterator[None]:
    """The layers on `base` plain meanwhile, even inside a fast run (tinygrad's patches
    stay: they change how kernels are built and run, not what they compute)."""
    saved = _active.pop(base, None)
    try:
        yield
    finally:
        if saved is not None:
            _active[base] = saved

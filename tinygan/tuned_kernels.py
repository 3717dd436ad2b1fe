"""Kernel options found offline for the training step's heaviest matmuls, applied without
any search at run time.

Why: tinygrad chooses each kernel's optimisation options (which output axes to compute in
registers, how far to unroll the sum, how to split the work over cores) with a quick
heuristic.  For the matmuls that `tinygan.formulations` reduces every convolution to, that
heuristic leaves most of this CPU unused, and tinygrad's BEAM search, which finds better
options, takes minutes per kernel at the tutorial's shapes (benchmarks/PERF.md).  So
`benchmarks/tune.py` searches once, offline, and writes what it found into
`tuned_kernels.json`, shipped with the package.  `formulations._correlate` looks every
matmul up here by what the options were measured on: the backend, its code generator, the
number of per-core parts of a CPU kernel and the shape M×K×N; on a match it builds the kernel
with those options, otherwise (other batch sizes, other devices) with tinygrad's heuristic.  A
correlation split into bands of rows (`formulations._row_regions`) builds every band's
matmul with its whole shape's options, where they divide the band's shape (`fits`).  The
table is data: the same options on every run, no timing, no disk cache.
"""
from __future__ import annotations

import contextlib
import functools
import json
import logging
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Iterator

from tinygrad import Tensor
from tinygrad.helpers import ContextVar

from tinygan.backend import kernel_options, kernel_target, with_kernel_options

log = logging.getLogger("tinygan")

TABLE_PATH = Path(__file__).with_name("tuned_kernels.json")
LAYOUTS = ("NK", "KN")
# The kernel options that split an axis by their argument: an output axis, or a summed one.
SPLITS = {"UPCAST": "out", "LOCAL": "out", "THREAD": "out",
          "UNROLL": "sum", "GROUP": "sum", "GROUPTOP": "sum"}
# TINYGAN_TUNED_KERNELS=0 ignores the table: every kernel gets tinygrad's heuristic (for
# before/after measurements and debugging).
TUNED = ContextVar("TINYGAN_TUNED_KERNELS", 1)


@dataclass(frozen=True)
class MatmulPlan:
    """How to compute a @ bᵀ for a (M×K, contiguous) and b (N×K): `layout` "NK" reads b as
    it is stored, "KN" multiplies by a K×N copy of it (contiguous along N, so that a kernel
    computing 16 outputs of a row at once loads them as one vector); `opts` are tinygrad's
    kernel options for the product (`tinygan.backend.kernel_options`)."""
    layout: str
    opts: tuple

    def fits(self, m: int, k: int, n: int) -> bool:
        """Whether these options also apply to an M×K by K×N product (a smaller one, such as
        one band of a split correlation): every axis divisible by the options that split it.
        The product's kernel has output axes 0 (M) and 1 (N) and one summed axis (K)."""
        split = {("out", 0): 1, ("out", 1): 1, ("sum", 0): 1}
        for opt in self.opts:
            kind = SPLITS.get(opt.op.name)
            if (kind, opt.axis) not in split or not isinstance(opt.arg, int) or opt.arg < 1:
                return False                  # another option, or an axis a matmul lacks
            split[kind, opt.axis] *= opt.arg
        return (m % split["out", 0] == 0 and n % split["out", 1] == 0
                and k % split["sum", 0] == 0)

    def matmul(self, a: Tensor, b: Tensor) -> Tensor:
        return self.product(a, self.operand(b))

    def operand(self, b: Tensor) -> Tensor:
        """b (N×K) laid out as this plan reads it: K×N ("KN") or N×K ("NK"), contiguous."""
        return b.transpose().contiguous() if self.layout == "KN" else b.contiguous()

    def sum_range(self, laid: Tensor, start: int, stop: int) -> Tensor:
        """The operand of b[:, start:stop] (part of the summed axis), cut from b's `operand`."""
        return laid[start:stop] if self.layout == "KN" else laid[:, start:stop]

    def product(self, a: Tensor, laid: Tensor) -> Tensor:
        """a @ bᵀ from b's `operand` (or a `sum_range` of it), in a kernel built with `opts`."""
        if self.layout == "KN":
            return with_kernel_options(lambda x, y: x @ y, self.opts)(a, laid)
        return with_kernel_options(lambda x, y: x @ y.transpose(), self.opts)(a, laid)


Key = tuple[str, str, int, int, int, int]      # backend, code generator, CPU parts, M, K, N


def _key(entry: dict) -> Key:
    return (entry["device"], entry["renderer"], int(entry["threads"]),
            int(entry["m"]), int(entry["k"]), int(entry["n"]))


def _plans(entries: list[dict]) -> dict[Key, MatmulPlan]:
    plans = {}
    for entry in entries:
        if entry["layout"] not in LAYOUTS:
            raise ValueError(f"tuned kernel {_key(entry)}: unknown layout {entry['layout']!r}")
        plans[_key(entry)] = MatmulPlan(entry["layout"], kernel_options(entry["opts"]))
    return plans


@functools.cache
def _shipped() -> dict[Key, MatmulPlan]:
    """The shipped table, or nothing when it was tuned on another tinygrad version (kernel
    options are that version's: its axes and its limits)."""
    table = json.loads(TABLE_PATH.read_text())
    installed = metadata.version("tinygrad")
    if table["tinygrad"] != installed:
        log.info(f"{TABLE_PATH.name} was tuned on tinygrad {table['tinygrad']}, this is "
                 f"{installed}: every kernel keeps tinygrad's heuristic")
        return {}
    return _plans(table["kernels"])


_override: dict[Key, MatmulPlan] | None = None


@contextlib.contextmanager
def using(entries: list[dict]) -> Iterator[None]:
    """Use `entries` (the JSON's "kernels" list) instead of the shipped table meanwhile: for
    the tests and the tuning script.  Graphs built meanwhile keep their kernels."""
    global _override
    saved, _override = _override, _plans(entries)
    try:
        yield
    finally:
        _override = saved


def lookup(m: int, k: int, n: int, device: str) -> MatmulPlan | None:
    """The tuned plan for an M×K by K×N product on `device` as it is set up now, if any."""
    if not TUNED.value:
        return None
    plans = _override if _override is not None else _shipped()
    return plans.get((*kernel_target(device), m, k, n)) if plans else None

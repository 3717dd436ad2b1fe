"""Kernel options found offline for the training step's heaviest matmuls, applied without
any search at run time.

Why: tinygrad chooses each kernel's optimisation options (which output axes to compute in
registers, how far to unroll the sum, how to split the work over cores) with a quick
heuristic.  For the matmuls that `tinygan.fast.formulations` reduces every convolution to, that
heuristic leaves most of a CPU unused, and tinygrad's BEAM search, which finds better
options, takes minutes per kernel at the tutorial's shapes (benchmarks/PERF.md).  So
`tinygan tune` (tinygan.fast.tuning) searches once, offline, and writes what it found into a
table.  Two tables are read: the user's (`~/.cache/tinygan/tuned_kernels.json`, written by
`tinygan tune` on their machine) before the one shipped with the package
(`tuned_kernels.json`, each entry labelled with the processor it was measured on).
`tinygan.fast.formulations._correlate` looks every matmul up by what the options were
measured on: the backend, its code generator, the number of per-core parts of a CPU kernel, the CPU's
vector instruction set (AVX-512, AVX2, ...) and model ("AMD EPYC", "Intel(R) Xeon(R)
Processor": an entry measured on one kind of processor never applies to another) and the
shape M×K×N; on a match it builds the kernel with those
options, otherwise with tinygrad's heuristic.  A correlation split into bands of rows
(`formulations._row_regions`) builds every band's matmul with its whole shape's options,
where they divide the band's shape (`fits`).  The tables are data: the same options on
every run, no timing at run time.
"""
from __future__ import annotations

import contextlib
import functools
import json
import logging
import math
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Callable, Iterator

from tinygrad import Context, Device, Tensor, function

from tinygan.backend import is_gpu
from tinygan.fast import vectors
from tinygan.fast.processor import cpu_isa, cpu_model, l2_cache_bytes
from tinygan.files import user_cache
from tinygan.internals import NUM_CPU_THREADS, ContextVar, Opt, OptOps, renderer_name

log = logging.getLogger("tinygan")

TABLE_PATH = Path(__file__).with_name("tuned_kernels.json")
LAYOUTS = ("NK", "KN")
# The kernel options that split an axis by their argument: an output axis, or a summed one.
SPLITS = {"UPCAST": "out", "LOCAL": "out", "THREAD": "out",
          "UNROLL": "sum", "GROUP": "sum", "GROUPTOP": "sum"}
# TINYGAN_TUNED_KERNELS=0 ignores the tables: a matmul gets `default_plan`'s options where
# they apply, else tinygrad's heuristic, as on a processor no table knows (for before/after
# measurements and debugging; TINYGAN_VECTOR_WIDTH=4 as well: tinygrad's heuristic for all).
TUNED = ContextVar("TINYGAN_TUNED_KERNELS", 1)


# ---------------------------------------------------------------------------------------
# Kernel options chosen ahead of time.  tinygrad 0.14 applies a list of `Opt`s to the kernel
# that computes `Tensor.contiguous(arg=opts)` instead of its heuristic (`codegen/opt/
# postrange.py: apply_opts`, fed by `schedule/rangeify.py: get_contiguous`), but only inside a
# traced `function`: outside one, the CONTIGUOUS is turned into a buffer store before the
# kernel is split off and the options are dropped (`tensor.py:
# replace_contig_with_store_after`; measured: same kernel name, same time).
# ---------------------------------------------------------------------------------------


def kernel_target(device: str | None = None) -> tuple[str, str, int, str, str]:
    """What a tuned kernel was tuned for and must match: the backend (CPU, CL, ...; OpenCL
    as CL/cpu or CL/gpu, by where its driver runs), its code generator (LLVM/16 and LLVM/8:
    tinygan.fast.vectors' 16- and 8-float vectors), the number of per-core parts a CPU
    kernel is split into (0 elsewhere), and where the kernel runs on this CPU, its vector
    instruction set and its model (`tinygan.fast.processor.cpu_isa`, `cpu_model`; "" on a
    GPU): options tuned on an AMD EPYC with AVX-512 bought nothing on an Intel Xeon with
    AVX-512 (benchmarks/PERF.md, "Tuning keyed by processor")."""
    device = Device.canonicalize(device)
    base = device.split(":")[0]
    # Called while a `function` is traced, where tinygrad forbids device access (so that
    # nothing runs); reading the renderer and type of the (already open) device runs nothing.
    with Context(ALLOW_DEVICE_USAGE=1):
        renderer, chosen = renderer_name(Device[device]), Device[device].renderer
        if isinstance(chosen, vectors.CPULLVMRenderer):
            renderer += f"/{chosen.width}"                       # LLVM/16: 16-float vectors
        if base == "CL":
            base += "/gpu" if is_gpu(device) else "/cpu"
    on_cpu = base in ("CPU", "CL/cpu")
    return (base, renderer, NUM_CPU_THREADS.value if base == "CPU" else 0,
            cpu_isa() if on_cpu else "", cpu_model() if on_cpu else "")


def kernel_options(specs) -> tuple:
    """tinygrad `Opt`s from their plain form, e.g. [["UPCAST", 1, 16], ["THREAD", 0, 2]]."""
    return tuple(Opt(OptOps[op], axis, arg) for op, axis, arg in specs)


def option_specs(opts) -> list[list]:
    """The plain, JSON-ready form of tinygrad `Opt`s (the inverse of `kernel_options`)."""
    return [[opt.op.name, opt.axis, opt.arg] for opt in opts]


def with_kernel_options(compute: Callable[..., Tensor], opts: tuple) -> Callable[..., Tensor]:
    """`compute` (Tensors in, one Tensor out) as a traced function whose output kernel is
    built with `opts` instead of tinygrad's heuristic."""
    return function(lambda *inputs: compute(*inputs).contiguous(arg=opts))


@dataclass(frozen=True)
class MatmulPlan:
    """How to compute a @ bᵀ for a (M×K, contiguous) and b (N×K): `layout` "NK" reads b as
    it is stored, "KN" multiplies by a K×N copy of it (contiguous along N, so that a kernel
    computing 16 outputs of a row at once loads them as one vector); `opts` are tinygrad's
    kernel options for the product (`kernel_options`); `blocks` > 1 splits
    the sum over K into that many equal parts, each a matmul of its own (one kernel computes
    them all, part after part), whose results are then added up.

    Why blocks: a CPU kernel computing 16 rows of outputs at a time reads all of b for
    every 16 rows.  Where b is larger than a core's level-2 cache (the 5×5 layer's weights,
    6400×128 floats, 3.2 MB) it comes from the level-3 cache each time, and the kernel waits
    on it: 150 GFLOP/s where the same kernel over a b that fits reaches 250-300 on the Intel
    Xeon here (benchmarks/PERF.md, "Blocks of the sum").  A part of b that fits stays in the
    level-2 cache while every row passes over it."""
    layout: str
    opts: tuple
    blocks: int = 1

    def fits(self, m: int, k: int, n: int) -> bool:
        """Whether these options also apply to an M×K by K×N product (a smaller one, such as
        one band of a split correlation): every axis divisible by the options that split it,
        each block of the sum by the options that split the sum.
        The product's kernel has output axes 0 (M) and 1 (N) and one summed axis (K)."""
        split = {("out", 0): 1, ("out", 1): 1, ("sum", 0): 1}
        for opt in self.opts:
            kind = SPLITS.get(opt.op.name)
            if (kind, opt.axis) not in split or not isinstance(opt.arg, int) or opt.arg < 1:
                return False                  # another option, or an axis a matmul lacks
            split[kind, opt.axis] *= opt.arg
        return (m % split["out", 0] == 0 and n % split["out", 1] == 0
                and k % (self.blocks * split["sum", 0]) == 0)

    def matmul(self, a: Tensor, b: Tensor) -> Tensor:
        return self.product(a, self.operand(b))

    def operand(self, b: Tensor) -> Tensor:
        """b (N×K) laid out as this plan reads it: K×N ("KN") or N×K ("NK"), contiguous."""
        return b.transpose().contiguous() if self.layout == "KN" else b.contiguous()

    def sum_range(self, laid: Tensor, start: int, stop: int) -> Tensor:
        """The operand of b[:, start:stop] (part of the summed axis), cut from b's `operand`."""
        return laid[start:stop] if self.layout == "KN" else laid[:, start:stop]

    def product(self, a: Tensor, laid: Tensor) -> Tensor:
        """a @ bᵀ from b's `operand` (or a `sum_range` of it), in a kernel built with `opts`
        (and with `blocks`, that kernel's parts added up)."""
        if self.blocks == 1:
            if self.layout == "KN":
                return with_kernel_options(lambda x, y: x @ y, self.opts)(a, laid)
            return with_kernel_options(lambda x, y: x @ y.transpose(), self.opts)(a, laid)
        # The parts as a batch of matmuls, the batch axis first (outermost, so that each
        # part of b is read by every row before the next part): the options' output axes
        # move one place up.
        (m, k), c = a.shape, self.blocks
        n = laid.shape[1] if self.layout == "KN" else laid.shape[0]
        opts = tuple(Opt(o.op, o.axis + 1, o.arg) if SPLITS.get(o.op.name) == "out" else o
                     for o in self.opts)

        def parts(x: Tensor, y: Tensor) -> Tensor:
            y = y.reshape(c, k // c, n) if self.layout == "KN" else \
                y.reshape(n, c, k // c).permute(1, 2, 0)
            return x.reshape(m, c, k // c).permute(1, 0, 2) @ y
        return with_kernel_options(parts, opts)(a, laid).sum(0)


# backend, code generator, CPU parts, vector instruction set and processor model ("" on a
# GPU), M, K, N
Key = tuple[str, str, int, str, str, int, int, int]


def _key(entry: dict) -> Key:
    return (entry["device"], entry["renderer"], int(entry["threads"]), str(entry["isa"]),
            str(entry["cpu"]), int(entry["m"]), int(entry["k"]), int(entry["n"]))


def _plans(entries: list[dict]) -> dict[Key, MatmulPlan]:
    plans = {}
    for entry in entries:
        if entry["layout"] not in LAYOUTS:
            raise ValueError(f"tuned kernel {_key(entry)}: unknown layout {entry['layout']!r}")
        blocks = int(entry.get("blocks", 1))
        if blocks < 1:
            raise ValueError(f"tuned kernel {_key(entry)}: blocks must be 1 or more, not {blocks}")
        plans[_key(entry)] = MatmulPlan(entry["layout"], kernel_options(entry["opts"]), blocks)
    return plans


def user_table_path() -> Path:
    """Where `tinygan tune` writes this user's table (`$XDG_CACHE_HOME` respected)."""
    return user_cache("tuned_kernels.json")


class ForeignTable(ValueError):
    """A table made by another tinygrad (kernel options are that version's: its axes, its
    limits)."""


def read_entries(path: Path) -> list[dict]:
    """A table's entries, checked: ForeignTable when another tinygrad made it, ValueError
    (one line, naming the file) when it is damaged."""
    try:
        table = json.loads(path.read_text(encoding="utf-8"))
        version, entries = table["tinygrad"], table["kernels"]
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise ValueError(f"{path}: not a readable table of tuned kernels "
                         f"({type(error).__name__}: {error})") from error
    installed = metadata.version("tinygrad")
    if version != installed:
        raise ForeignTable(f"{path} was tuned on tinygrad {version}, this is {installed}")
    try:
        _plans(entries)
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise ValueError(f"{path}: not a readable table of tuned kernels "
                         f"({type(error).__name__}: {error})") from error
    return entries


def read_table(path: Path) -> dict[Key, MatmulPlan]:
    """A table's plans (`read_entries`' errors)."""
    return _plans(read_entries(path))


@functools.cache
def _shipped() -> dict[Key, MatmulPlan]:
    """The shipped table, or nothing when it was tuned on another tinygrad version (a
    damaged shipped table is a bug: it raises)."""
    try:
        return read_table(TABLE_PATH)
    except ForeignTable as error:
        log.info(f"{error}: every kernel keeps tinygrad's heuristic")
        return {}


@functools.cache
def _users() -> dict[Key, MatmulPlan]:
    """The user's table (`tinygan tune`), or nothing, with one line, when it is damaged or
    was made by another tinygrad."""
    path = user_table_path()
    if not path.exists():
        return {}
    try:
        return read_table(path)
    except ValueError as error:
        log.warning(f"ignored {error}; run `tinygan tune` again to replace it")
        return {}


def reload() -> None:
    """Read the tables again (after `tinygan tune` wrote the user's)."""
    _shipped.cache_clear()
    _users.cache_clear()


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
    """The plan for an M×K by K×N product on `device` as it is set up now: the tables'
    (unless TINYGAN_TUNED_KERNELS=0), else `default_plan`'s, else None (tinygrad's
    heuristic).  Meanwhile `using`, only the entries given."""
    target = kernel_target(device)
    key = (*target, m, k, n)
    if _override is not None:
        return _override.get(key) if TUNED.value else None
    tuned = (_users().get(key) or _shipped().get(key)) if TUNED.value else None
    return tuned or default_plan(m, k, n, target)


def default_plan(m: int, k: int, n: int, target: tuple) -> MatmulPlan | None:
    """tinygan's options for a matmul no table has, on a CPU whose kernels use whole vector
    registers (the code generator LLVM/16 or LLVM/8, tinygan.fast.vectors): the K×N layout, the
    rows split over the cores, the sum in `sum_blocks` where b is larger than a quarter of
    a core's level-2 cache, and as registers of outputs: with 16-float registers (AVX-512
    has 32 of them) two along N by 8 rows along M (one by 16 rows where N is not a multiple
    of 32), with 8-float ones (AVX2: 16) one by 8 rows and the sum unrolled by 4.  The
    16-float plan is what `tinygan tune` found best for nearly every matmul of the step on
    an Intel Xeon with AVX-512 (benchmarks/PERF.md, "Blocks of the sum"); the 8-float one
    is untimed, scaled down from it.  tinygrad's heuristic computes a dot product per output
    instead, which these registers do not help.  None where the shape does not divide
    (tinygrad's heuristic then)."""
    device, renderer, threads = target[0], target[1], max(1, target[2])
    width = int(renderer.partition("/")[2] or 0)
    if device != "CPU" or not renderer.startswith("LLVM/") or n % width:
        return None
    if width == 16 and n % 32 == 0:
        tile, rows, unroll = [["UPCAST", 1, 16], ["UPCAST", 1, 2]], 8, 1
    elif width == 16:
        tile, rows, unroll = [["UPCAST", 1, 16]], 16, 1
    else:
        tile, rows, unroll = [["UPCAST", 1, width]], 8, (4 if k % 4 == 0 else 1)
    if m % (rows * threads):
        return None
    specs = tile + [["UPCAST", 0, rows]]
    specs += [["UNROLL", 0, unroll]] if unroll > 1 else []
    specs += [["THREAD", 0, threads]] if threads > 1 else []
    return MatmulPlan("KN", kernel_options(specs), sum_blocks(k, n, unroll))


# A part of b as large as this share of a core's level-2 cache leaves room there for the
# rows of a and the outputs; 1 MiB where the processor does not say its cache's size.
L2_SHARE, L2_UNKNOWN = 0.25, 1 << 20


def sum_blocks(k: int, n: int, unroll: int = 1) -> int:
    """Into how many parts `default_plan` (and `tinygan tune`'s blocked candidates) split a
    sum over K for a K×N float operand b:
    the fewest that bring each part of b within `L2_SHARE` of this processor's level-2
    cache, among those whose parts the unrolling divides (1 where b fits, or where none
    divides within four times the fewest)."""
    budget = L2_SHARE * (l2_cache_bytes() or L2_UNKNOWN)
    fewest = math.ceil(k * n * 4 / budget)
    if fewest <= 1:
        return 1
    return next((c for c in range(fewest, 4 * fewest + 1) if k % (c * unroll) == 0), 1)

"""Kernel options chosen ahead of time (tinygan.fast.tuned_kernels): the table's plans apply to
exactly the (device, code generator, CPU parts, vector instruction set, processor model,
shape) they were
measured on, the user's table comes before the shipped one and a damaged one is ignored
with one line, the shipped table is well formed, every shipped plan computes the same
product as tinygrad's heuristic kernel, and `tinygan tune` writes a table that applies.  (tests/test_formulations.py runs every convolution case through a tuned
plan too, against NumPy, on every test backend.)"""
from __future__ import annotations

import contextlib
import functools
import json
import logging
from importlib import metadata

import numpy as np
import pytest
from tinygrad import Context, Tensor

from conftest import BACKENDS, SMALL_BATCH, name_seeded_rng
from tinygan.fast import tuned_kernels
from tinygan.backend import resolve_device
from tinygan.fast.cpu import choose_cpu_renderer
from tinygan.kernels import kernels_on
from tinygan.fast.tuned_kernels import kernel_options, kernel_target, option_specs

RTOL = 1e-4                     # as tests/test_formulations.py
rng = np.random.default_rng(5)


@pytest.fixture(autouse=True)
def _rng_of_this_test(request):
    """Each test draws from its own generator, seeded from its name (conftest)."""
    global rng
    rng = name_seeded_rng(request)
SHIPPED = json.loads(tuned_kernels.TABLE_PATH.read_text())


def entry(device="CPU", renderer="LLVM", threads=2, isa="avx512", cpu="AMD EPYC", m=8, k=6,
          n=4, layout="KN", opts=None):
    return {"device": device, "renderer": renderer, "threads": threads, "isa": isa,
            "cpu": cpu, "m": m, "k": k, "n": n, "layout": layout,
            "opts": opts or [["UPCAST", 1, 4], ["UPCAST", 0, 2]]}


def this_machine(**changes) -> dict:
    """An entry keyed for this machine's CPU backend as it is set up now."""
    return entry(*kernel_target(resolve_device("cpu")), **changes)


def test_a_plan_applies_only_to_its_exact_key():
    device, renderer, threads, isa, cpu = kernel_target(resolve_device("cpu"))
    assert isa in ("avx512", "avx2", "avx", "sse4.2", "neon") and cpu
    other_renderer = "CLANG" if renderer == "LLVM" else "LLVM"
    other_isa = "avx2" if isa == "avx512" else "avx512"
    other_cpu = "Intel(R) Xeon(R) Processor" if cpu == "AMD EPYC" else "AMD EPYC"
    table = [entry(device, renderer, threads, isa, cpu, m=8, k=6, n=4),
             entry(device, other_renderer, threads, isa, cpu, m=16, k=6, n=4),
             entry(device, renderer, threads + 1, isa, cpu, m=24, k=6, n=4),
             entry(device, renderer, threads, other_isa, cpu, m=32, k=6, n=4),
             entry(device, renderer, threads, isa, other_cpu, m=40, k=6, n=4)]
    with tuned_kernels.using(table):
        plan = tuned_kernels.lookup(8, 6, 4, "CPU")
        assert plan == tuned_kernels.MatmulPlan("KN", kernel_options(table[0]["opts"]))
        assert tuned_kernels.lookup(8, 6, 5, "CPU") is None          # another shape
        assert tuned_kernels.lookup(16, 6, 4, "CPU") is None         # another code generator
        assert tuned_kernels.lookup(24, 6, 4, "CPU") is None         # another core count
        assert tuned_kernels.lookup(32, 6, 4, "CPU") is None         # another vector ISA
        assert tuned_kernels.lookup(40, 6, 4, "CPU") is None         # another processor
        with Context(NUM_CPU_THREADS=threads + 1):
            assert tuned_kernels.lookup(24, 6, 4, "CPU") is not None
        with Context(TINYGAN_TUNED_KERNELS=0):
            assert tuned_kernels.lookup(8, 6, 4, "CPU") is None        # switched off
    assert tuned_kernels.lookup(8, 6, 4, "CPU") is None      # the shipped table again


def test_a_plan_fits_the_shapes_its_options_divide():
    """A band of a split correlation reuses the whole correlation's plan where every option
    still divides its axis (output axes 0 = M and 1 = N, summed axis 0 = K)."""
    plan = tuned_kernels.MatmulPlan("KN", kernel_options(
        [["UPCAST", 1, 16], ["UPCAST", 0, 4], ["UNROLL", 0, 4], ["THREAD", 0, 2]]))
    assert plan.fits(896, 3840, 128)              # a band of the 5×5 layer's forward
    assert not plan.fits(900, 3840, 128)          # M: 4·2 does not divide 900
    assert not plan.fits(896, 3842, 128)          # K: the unroll by 4
    assert not plan.fits(896, 3840, 120)          # N: the upcast by 16
    odd = tuned_kernels.MatmulPlan("NK", kernel_options([["UPCAST", 2, 4]]))
    assert not odd.fits(64, 64, 64)               # an axis a matmul does not have
    padded = tuned_kernels.MatmulPlan("NK", kernel_options([["PADTO", 0, 32]]))
    assert not padded.fits(64, 64, 64)            # an option that splits nothing
    blocked = tuned_kernels.MatmulPlan("KN", plan.opts, blocks=8)
    assert blocked.fits(896, 3840, 128)           # 8 blocks of 480, each unrolled by 4
    assert not blocked.fits(896, 3856, 128)       # 3856 = 8 · 482: 482 not by 4


@pytest.mark.parametrize("layout", tuned_kernels.LAYOUTS)
def test_a_sum_in_blocks_is_the_product(layout):
    """The sum over K in 1, 2 or 6 parts (each a matmul of its own, added up) computes the
    product, with the options' output axes where the parts put them (registers along N, the
    rows split over the cores)."""
    m, k, n = 64, 96, 32
    a_np = rng.standard_normal((m, k), dtype=np.float32)
    b_np = rng.standard_normal((n, k), dtype=np.float32)
    want = a_np.astype(np.float64) @ b_np.astype(np.float64).T
    opts = kernel_options([["UPCAST", 1, 16], ["UPCAST", 0, 4], ["UNROLL", 0, 4],
                           ["THREAD", 0, 2]])
    cpu = resolve_device("cpu")
    a, b = Tensor(a_np, device=cpu).realize(), Tensor(b_np, device=cpu).realize()
    for blocks in (1, 2, 6):
        plan = tuned_kernels.MatmulPlan(layout, opts, blocks)
        assert plan.fits(m, k, n)
        got = plan.matmul(a, b).numpy()
        assert np.abs(got - want).max() / np.abs(want).max() <= RTOL, blocks


def test_the_sum_is_split_where_b_does_not_fit_the_level_2_cache(monkeypatch):
    """Parts of b within a quarter of the level-2 cache, as few as the unrolling allows."""
    monkeypatch.setattr(tuned_kernels, "l2_cache_bytes", lambda: 2 << 20)      # 2 MiB
    assert tuned_kernels.sum_blocks(6400, 128, 4) == 8     # 3.2 MB in parts of 800·128
    assert tuned_kernels.sum_blocks(3200, 256, 4) == 8
    assert tuned_kernels.sum_blocks(4704, 128, 4) == 6     # 5 parts of 940.8: 6 of 784
    assert tuned_kernels.sum_blocks(512, 256, 4) == 1      # 512 KB: fits
    assert tuned_kernels.sum_blocks(4099, 128, 1) == 1     # a prime: no parts divide it
    monkeypatch.setattr(tuned_kernels, "l2_cache_bytes", lambda: None)        # unknown: 1 MiB
    assert tuned_kernels.sum_blocks(6400, 128, 4) == 16


def test_the_level_2_cache_is_read_from_sysfs(tmp_path):
    from tinygan.fast.processor import l2_cache_bytes
    for index, (level, kind, size) in enumerate([("1", "Data", "48K"), ("1", "Instruction",
                                                  "32K"), ("2", "Unified", "2048K")]):
        folder = tmp_path / "a" / f"index{index}"
        folder.mkdir(parents=True)
        for name, value in (("level", level), ("type", kind), ("size", size)):
            (folder / name).write_text(value + "\n")
    assert l2_cache_bytes(tmp_path / "a") == 2 << 20
    (tmp_path / "c" / "index0").mkdir(parents=True)
    for name, value in (("level", "2"), ("type", "Unified"), ("size", "1M")):
        (tmp_path / "c" / "index0" / name).write_text(value + "\n")
    assert l2_cache_bytes(tmp_path / "c") == 1 << 20
    assert l2_cache_bytes(tmp_path / "b") is None                    # no such folder


def test_option_specs_round_trip():
    specs = [["UPCAST", 1, 16], ["UNROLL", 0, 4], ["THREAD", 0, 2]]
    assert option_specs(kernel_options(specs)) == specs


def test_an_unknown_layout_fails_clearly():
    with pytest.raises(ValueError, match="unknown layout 'MN'"):
        with tuned_kernels.using([entry(layout="MN")]):
            pass
    with pytest.raises(ValueError, match="blocks must be 1 or more, not 0"):
        with tuned_kernels.using([{**entry(), "blocks": 0}]):
            pass


def test_a_table_from_another_tinygrad_is_ignored(tmp_path, monkeypatch, caplog):
    table = tmp_path / "tuned_kernels.json"
    table.write_text(json.dumps({"tinygrad": "0.0.1", "kernels": [entry()]}))
    monkeypatch.setattr(tuned_kernels, "TABLE_PATH", table)
    tuned_kernels._shipped.cache_clear()
    try:
        with caplog.at_level(logging.INFO, logger="tinygan"):
            assert tuned_kernels._shipped() == {}
        assert "tuned on tinygrad 0.0.1" in caplog.text
    finally:
        tuned_kernels._shipped.cache_clear()


@pytest.fixture
def user_cache(tmp_path, monkeypatch):
    """An empty user cache (XDG_CACHE_HOME), the tables read again before and after."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    tuned_kernels.reload()
    yield tmp_path / "tinygan" / "tuned_kernels.json"
    tuned_kernels.reload()


def test_the_users_table_comes_before_the_shipped_one(user_cache, caplog, monkeypatch):
    # a shipped table with an entry that applies on this machine (the real one may have none
    # for this processor), checked to apply before the user's table exists
    shipped = this_machine(m=64, opts=[["UPCAST", 1, 4]])
    monkeypatch.setattr(tuned_kernels, "_shipped",
                        functools.cache(lambda: tuned_kernels._plans([shipped])))
    tuned_kernels.reload()
    assert tuned_kernels.lookup(64, 6, 4, "CPU").opts == kernel_options([["UPCAST", 1, 4]])
    mine = this_machine(m=shipped["m"], k=shipped["k"], n=shipped["n"],
                        opts=[["UPCAST", 1, 2]])
    user_cache.parent.mkdir(parents=True)
    user_cache.write_text(json.dumps({"tinygrad": metadata.version("tinygrad"),
                                      "kernels": [mine, this_machine(m=40)]}))
    tuned_kernels.reload()
    assert tuned_kernels.lookup(40, 6, 4, "CPU").opts == kernel_options(this_machine()["opts"])
    # the user's entry for a shape the shipped table has wins
    assert tuned_kernels.lookup(shipped["m"], shipped["k"], shipped["n"], "CPU").opts == \
        kernel_options([["UPCAST", 1, 2]])
    for damaged in ("{not json", json.dumps({"tinygrad": "0.0.1", "kernels": [mine]}),
                    json.dumps({"tinygrad": metadata.version("tinygrad"),
                                "kernels": [{"device": "CPU"}]})):
        user_cache.write_text(damaged)
        tuned_kernels.reload()
        caplog.clear()
        with caplog.at_level(logging.WARNING, logger="tinygan"):
            assert tuned_kernels.lookup(40, 6, 4, "CPU") is None      # ignored ...
            tuned_kernels.lookup(40, 6, 4, "CPU")
        (line,) = [r.getMessage() for r in caplog.records]            # ... with one line
        assert str(user_cache) in line and "run `tinygan tune` again" in line
        assert "\n" not in line


def test_the_shipped_table_is_well_formed():
    assert SHIPPED["tinygrad"] == metadata.version("tinygrad")
    keys = [tuned_kernels._key(e) for e in SHIPPED["kernels"]]
    assert len(keys) == len(set(keys)), "one plan per key"
    for e in SHIPPED["kernels"]:
        assert e["isa"] and e["cpu"] and e["processor"].startswith(e["cpu"]), \
            "every entry names the processor it was tuned on"
        assert e["layout"] in tuned_kernels.LAYOUTS
        assert option_specs(kernel_options(e["opts"])) == e["opts"]
        assert e["tuned_ms"] < e["heuristic_ms"], "only plans that beat the heuristic are kept"


def _shipped_for_the_test_backends() -> list[dict]:
    """The shipped plans for the test backends' code generators (the CPU's; OpenCL on a
    CPU driver), whichever processor they were measured on: their options are checked
    here on this one."""
    targets = set()
    for backend in map(resolve_device, BACKENDS):
        with kernels_on(None, backend):                  # the code generator a run gets
            device, renderer, *_ = kernel_target(backend)
        targets.add((device, renderer.split("/")[0]))
    return [e for e in SHIPPED["kernels"] if (e["device"], e["renderer"].split("/")[0]) in targets]


@contextlib.contextmanager
def _vectors_of(entry: dict):
    """The CPU's LLVM kernels with the vector width `entry` was tuned with (LLVM/16: 16
    floats, tinygan.fast.vectors; LLVM: tinygrad's 4), tinygan's choice again afterwards."""
    renderer = entry["renderer"]
    if entry["device"] != "CPU" or not renderer.startswith("LLVM"):
        yield
        return
    try:
        with Context(TINYGAN_VECTOR_WIDTH=int(renderer.partition("/")[2] or 4)):
            choose_cpu_renderer()
            yield
    finally:
        choose_cpu_renderer()


def _same_product_first(e: dict) -> tuple:
    return e["m"], e["k"], e["n"], e["device"], e["renderer"], e["threads"] or 0


@functools.lru_cache(maxsize=1)
def _operands(m: int, k: int, n: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Random operands of one shape and their product in float64, for every plan of that
    shape (the plans run in that order): at the step's shapes, drawing and multiplying them
    takes 1-2 s, as long as the rest of a plan's check."""
    draw = np.random.default_rng([m, k, n])
    a = draw.standard_normal((m, k), dtype=np.float32)
    b = draw.standard_normal((n, k), dtype=np.float32)
    return a, b, a.astype(np.float64) @ b.astype(np.float64).T


@pytest.mark.skipif(not _shipped_for_the_test_backends(),
                    reason="no shipped plan for this machine's test backends' code generators")
@pytest.mark.xdist_group("shipped_plans")       # in this order on one worker: shared operands
@pytest.mark.parametrize("e", sorted(_shipped_for_the_test_backends(), key=_same_product_first),
                         ids=lambda e: f"{e['device']}-{e['renderer']}-{e['isa']}-"
                                       f"{e['m']}x{e['k']}x{e['n']}")
def test_every_shipped_plan_computes_the_product(e):
    """At the training step's real shapes: tinygrad accepts the options, and the product
    equals NumPy's (float64) within float tolerance (the plan keyed for this machine's
    processor, where it was measured on another; with the vector width it was tuned
    with).  Not compared with tinygrad's heuristic kernel as well: that kernel is tinygrad's
    to get right, and at these shapes building it cost the suite about 45 kernels."""
    device = e["device"].split("/")[0]
    a_np, b_np, want = _operands(e["m"], e["k"], e["n"])
    with (Context(NUM_CPU_THREADS=e["threads"]) if e["threads"] else contextlib.nullcontext(),
          _vectors_of(e), tuned_kernels.using([{**e, "isa": kernel_target(device)[3],
                                "cpu": kernel_target(device)[4]}])):
        a, b = Tensor(a_np, device=device).realize(), Tensor(b_np, device=device).realize()
        plan = tuned_kernels.lookup(e["m"], e["k"], e["n"], device)
        assert plan is not None
        tuned = plan.matmul(a, b).numpy()
    scale = np.abs(want).max()
    # Relative to the largest value, as tests/test_formulations.py; the sums run in another
    # order, so the float32 rounding differs (measured: 1-5e-6 either way at K = 6400).
    assert np.abs(tuned - want).max() / scale <= RTOL


@pytest.mark.slow          # a real search, at the suite's small batch (about 12 s)
def test_tinygan_tune_writes_a_table_the_next_run_uses(user_cache):
    """The command end to end at a small batch: the dry run times nothing and writes
    nothing; the real run writes the user's table, labelled with this processor, and what
    it kept is what `lookup` gives."""
    from click.testing import CliRunner
    from tinygan.cli.tune import tune_command
    args = ["--batch", str(SMALL_BATCH), "--share", "0.3", "--min-gain", "0"]
    dry = CliRunner().invoke(tune_command, [*args, "--dry-run"])
    assert dry.exit_code == 0, dry.output
    assert "dry run: nothing timed" in dry.output and str(user_cache) in dry.output
    assert not user_cache.exists()
    shapes = [line.split(":")[1].split(",")[0].strip() for line in dry.output.splitlines()
              if line.startswith(f"  batch {SMALL_BATCH}:")]
    assert shapes, dry.output
    result = CliRunner().invoke(tune_command, args)
    assert result.exit_code == 0, result.output
    table = json.loads(user_cache.read_text())
    assert table["tinygrad"] == metadata.version("tinygrad")
    device, renderer, threads, isa, cpu = kernel_target(resolve_device("cpu"))
    assert table["kernels"], result.output          # --min-gain 0: anything as fast is kept
    for e in table["kernels"]:
        assert (e["device"], e["renderer"], e["threads"], e["isa"], e["cpu"]) == \
            (device, renderer, threads, isa, cpu)
        assert f"{e['m']}x{e['k']}x{e['n']}" in shapes and e["batch"] == SMALL_BATCH
        assert e["processor"].startswith(f"{cpu}, {isa}") and e["tuned_ms"] <= e["heuristic_ms"]
        plan = tuned_kernels.lookup(e["m"], e["k"], e["n"], "CPU")
        assert plan == tuned_kernels.MatmulPlan(e["layout"], kernel_options(e["opts"]),
                                                e["blocks"])
    assert f"wrote {len(table['kernels'])} tuned kernels" in result.output
    assert CliRunner().invoke(tune_command, ["--batch", "1"]).exit_code == 2

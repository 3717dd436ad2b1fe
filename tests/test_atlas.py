"""The kernel atlas (tinygan.bench.atlas): tinygan's training step compiled for GPUs this
machine does not have, registers read from the binaries, and the roofline bound.

The compile tests need NVIDIA's NVRTC (`pip install 'tinygan[kernels]'`) and libLLVM
(`apt-get install libllvm19`).  .ci/run installs both and sets TINYGAN_REQUIRE_COMPILERS=1:
there a missing compiler fails the test; elsewhere the test is skipped, saying why (a
skipped test has not passed).
"""
from __future__ import annotations

import configparser
import contextlib
import json
import os
import shutil
import struct
import subprocess
import sys
import warnings
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from tinygrad import Context, Device
from tinygrad.codegen import to_program_cache
from tinygrad.device import Compiler

from tinygan.bench.atlas import (BINARY_READ_FAMILIES, compile_layers, compile_step,
                                 kernel_file_name, kernel_resources, packed, row_record,
                                 target_atlas, unpacked)
from tinygan.bench.atlas_diff import atlas_changes, kernel_changes
from tinygan.bench.binaries import (EM_AMDGPU, EM_CUDA, amdgpu_resources, cubin_resources,
                                    elf_machine, nv_info_attributes, parse_ptxas_log)
from tinygan.bench.flops import (FORWARD, FORWARD_BACKWARD, STEP, conv_transpose2d_flops,
                                 step_flops)
from tinygan.bench.roofline import kernel_bound_s, load_accelerators, roofline, tutorial_bound_s
from tinygan.bench.run import STEP_NAME
from tinygan.bench.targets import (TargetError, compiler_versions, compiling_for,
                                   parse_target, ptxas_report)
from tinygan.cli.kernels import kernels_command
from tinygan.tutorial import Discriminator, Generator, HyperParams

# slow: the training step compiled for CUDA and AMD, lowered for the CPU (the tutorial's batch).
# One pytest-xdist worker runs them all (xdist_group): the fixtures are built once.
pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("atlas")]

ROOT = Path(__file__).resolve().parents[1]
REQUIRE_COMPILERS = os.environ.get("TINYGAN_REQUIRE_COMPILERS", "0") == "1"
ATLAS = ROOT / "benchmarks" / "results" / "atlas" / "atlas.json"
COMMITTED = unpacked(json.loads(ATLAS.read_text()))
# The committed atlas's batch (the tutorial's) and the CPU thread count it was made with.
STEP_BATCH = COMMITTED["settings"]["batch"]
CPU_THREADS = COMMITTED["settings"]["cpu_threads"]
# The targets whose training step CI re-derives and compares with the committed atlas: a
# CUDA and an AMD GPU (binaries and registers) and the CPU (tinygan's own kernel choices:
# shipped plans, vector widths).  Not Metal: its kernels come from the same ASTs, lowered by
# the pinned tinygrad with no Metal-specific choice of tinygan's, so any change of tinygan's
# that alters them alters the CUDA and AMD ones too, and the atlas is regenerated for every
# target at once (benchmarks/atlas.py); re-deriving it too would cost CI about 40 s.
CHECKED_TARGETS = ("cuda:sm_90", "amd:gfx1100", "cpu")
# The compiler whose output gives a target's registers (compiler_versions' names).
TARGET_COMPILERS = {"cuda": "nvrtc", "amd": "llvm"}


def require_compiler(target) -> None:
    """Skip (or, with TINYGAN_REQUIRE_COMPILERS=1, fail) when `target`'s compiler is missing."""
    try:
        with compiling_for(target):
            pass
    except TargetError as error:
        message = (f"{target.name}: {error}; CUDA needs pip install 'tinygan[kernels]' "
                   f"(NVRTC), AMD needs apt-get install libllvm19")
        if REQUIRE_COMPILERS:
            pytest.fail(message + " (TINYGAN_REQUIRE_COMPILERS=1)")
        pytest.skip(message)


_compiled_steps: dict[str, list] = {}


@contextlib.contextmanager
def compiler_left_out(target):
    """Within: `target`'s kernels are lowered and rendered as for compiling, and tinygrad's
    plain `Compiler` (the source as the "binary") stands in for the target's compiler.  The
    programs so made leave tinygrad's process cache afterwards (only NULL-device programs:
    tinygan never keeps those on disk)."""
    with compiling_for(target):
        renderer = Device["NULL"].renderer
    before, saved = set(to_program_cache), renderer.compiler
    renderer.compiler = Compiler()
    try:
        yield
    finally:
        renderer.compiler = saved
        for key in [key for key in to_program_cache if key not in before]:
            del to_program_cache[key]


def compiled_step(name: str) -> list:
    """The training step's kernels for one target, as the committed atlas was compiled
    (its batch, its CPU thread count), once per test session; for a target whose binaries
    the atlas does not read, lowered and rendered only (`compiler_left_out`): of the CPU's
    the atlas keeps what the lowering decides (names, sizes, options, FLOPs, bytes), and
    clang would spend about 40 s of CPU on the step at the tutorial's batch for nothing
    the comparison reads."""
    target = parse_target(name)
    require_compiler(target)
    if name not in _compiled_steps:
        with Context(NUM_CPU_THREADS=CPU_THREADS), \
                (contextlib.nullcontext() if target.family in BINARY_READ_FAMILIES
                 else compiler_left_out(target)):
            _compiled_steps[name] = compile_step(target, HyperParams(batch_size=STEP_BATCH))
    return _compiled_steps[name]


# ---------------------------------------------------------------------------------------
# CI compiles the whole training step for CUDA (sm_90) and AMD (gfx1100); sm_80's
# programs are executed under emulation (tests/test_emulated_gpus.py).
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("name, machine", [("cuda:sm_90", EM_CUDA), ("amd:gfx1100", EM_AMDGPU)])
def test_training_step_compiles_for_gpus(name, machine):
    kernels = compiled_step(name)
    assert kernels, f"no kernel compiled for {name}"
    hand_counted = step_flops(Generator(100), Discriminator(), STEP_BATCH)
    # tinygrad's estimate counts every multiply and add that runs, the hand count only the
    # layers' multiply-accumulates, less those that the 5×5 layer's bands of rows skip
    # (tinygan.fast.formulations._row_regions: 6 of every 35 row-taps meet padding rows, in its
    # forward pass and both gradients): the estimate cannot be smaller.
    skipped = 3 * conv_transpose2d_flops(STEP_BATCH, 256, 128, 5, 7, 7) * 6 // 35
    assert sum(k.flops for k in kernels) >= hand_counted - skipped
    for kernel in kernels:
        assert kernel.binary, f"{name}: {kernel.name} has an empty binary"
        assert elf_machine(kernel.binary) == machine, f"{name}: {kernel.name} is no GPU binary"
        found = cubin_resources(kernel.binary, kernel.function) if machine == EM_CUDA \
            else amdgpu_resources(kernel.binary, kernel.function)
        assert found.get("registers", found.get("vgprs", 0)) > 0, (name, kernel.name, found)
    if name.startswith("cuda"):     # TF32 is off on a real CUDA device, and so it is here
        assert not any(opt.startswith("TC(") for k in kernels for opt in k.opts)


def test_cubin_registers_agree_with_ptxas():
    """The .nv.info reader and ptxas's own report give the same register counts."""
    kernels = compiled_step("cuda:sm_90")
    distinct = list({k.source: k for k in kernels}.values())[:6]
    for kernel in distinct:
        assert cubin_resources(kernel.binary, kernel.function)["registers"] == \
            ptxas_report(kernel.source, "sm_90")["registers"], kernel.name


def step_summary(name: str) -> dict:
    """One target's training-step row, as `tinygan kernels` records it in the atlas (the
    binaries read, ptxas not asked: spills of CUDA kernels are not compared)."""
    target = parse_target(name)
    kernels = compiled_step(name)
    found = [kernel_resources(target, kernel, False, {}) for kernel in kernels]
    hand_counted = step_flops(Generator(100), Discriminator(), STEP_BATCH)
    return {"target": target.name,
            "rows": [row_record("step", STEP_NAME, STEP, hand_counted, kernels, found)]}


@pytest.mark.parametrize("name", CHECKED_TARGETS)
def test_the_committed_atlas_describes_todays_code(name):
    """The committed atlas is re-derived: a change that alters the step's kernels on any of
    these targets fails here, with the diff, until the atlas is regenerated with it."""
    (committed,) = [t for t in COMMITTED["targets"] if t["target"] == name]
    committed = {**committed, "rows": [r for r in committed["rows"] if r["id"] == "step"]}
    derived = step_summary(name)
    compiler = TARGET_COMPILERS.get(name.split(":")[0])  # registers are that compiler's
    here, committed_version = compiler_versions().get(compiler), \
        COMMITTED["compilers"].get(compiler)
    if compiler is not None and here != committed_version:
        warnings.warn(f"{name}: {compiler} {here} here, {committed_version} in the committed "
                      f"atlas: its registers and spills are not compared")
        for row in (*committed["rows"], *derived["rows"]):
            row["max_registers"] = row["spilling_kernels"] = None
            for kernel in row["kernel_list"]:
                kernel.pop("registers", None), kernel.pop("spills", None)
    changes = atlas_changes({"settings": COMMITTED["settings"], "targets": [committed]},
                            {"settings": COMMITTED["settings"], "targets": [derived]})
    assert not changes, (
        f"{ATLAS.relative_to(ROOT)} no longer describes the code's kernels; regenerate it "
        f"(python benchmarks/atlas.py, about 25 min on 2 cores) and commit it with the change:\n"
        + "\n".join(changes))


# A launch this heavy must fill its GPU (issue #48; tinygan.fast.formulations.GPU splits long
# sums to get there).  The tutorial's step: at least twice as many workgroups as the GPU has
# compute units.  The other models' steps (issues #52, #53): at least one per unit, since
# some sums cannot be split into more parts of MIN_SUM_PART (pix2pix's innermost levels,
# lecture64's Dense with K = 100: 512 workgroups, 1.7 per MI300X unit); and BatchNorm's
# per-channel gradient sums over N×H×W, tinygrad's own reductions (one workgroup of 16
# threads per channel: 128), which the fast path does not form: named here (benchmarks/
# README.md, the atlas), so that any other thin launch fails.
HEAVY_FLOPS = 1e8
OCCUPANCY_TARGETS = ("cuda:sm_90", "amd:gfx942")
BATCHNORM_SUMS = {"lecture64": {"r_128_16_4_256_64_256"}, "faces32": {"r_128_16_8_8_8_128_8_8"}}


def compute_units(target: str) -> int:
    """The most compute units among the accelerators the target's kernels stand for."""
    return max(a["compute_units"] for a in load_accelerators() if target in a["targets"])


def thin_launches(target: dict, units: int) -> list[str]:
    """The launches over HEAVY_FLOPS of every training step that start fewer workgroups
    than their step asks: 2·units for the tutorial's, units for the other models' (but
    BatchNorm's sums, above)."""
    return [f"{step['id']}: {k['name']} {k['size']} ({k['flops'] / 1e9:.2f} GFLOP)"
            for step in target["rows"] if step["pass"] == STEP for k in step["kernel_list"]
            if k["flops"] > HEAVY_FLOPS and k["name"] not in BATCHNORM_SUMS.get(step["id"], ())
            and np.prod([int(d) for d in k["size"].split(" / ")[0].split("x")])
            < (2 if step["id"] == "step" else 1) * units]


@pytest.mark.parametrize("name", OCCUPANCY_TARGETS)
def test_every_heavy_launch_of_the_step_fills_the_gpu(name):
    """In the committed atlas (which `test_the_committed_atlas_describes_todays_code` keeps
    true to the code): no launch of a step over 0.1 GFLOP starts fewer workgroups than
    twice the GPU's compute units for the tutorial's step (an H100's or H200's 132 SMs, an
    MI300X's 304 CUs), once for the other models' (above).  On the CPU's formulations
    (before issue #48) 24 and 32 of the tutorial's launches did; pix2pix's innermost levels
    started 8 and 32 before their sums were split as far as they go."""
    (target,) = [t for t in COMMITTED["targets"] if t["target"] == name]
    units = compute_units(name)
    assert units in (132, 304)
    assert thin_launches(target, units) == []


def test_kernel_changes_read_as_kernels():
    kernel = {"name": "r_4", "size": "4", "opts": "UPCAST(0,4)", "flops": 8, "bytes": 16,
              "registers": 10}
    old = [kernel, {**kernel, "name": "E_2"}, {**kernel, "name": "E_3"}]
    new = [{**kernel, "registers": 12}, {**kernel, "name": "E_9"}, {**kernel, "name": "E_3"},
           {**kernel, "name": "E_3", "opts": ""}]
    assert kernel_changes(old, new) == [
        "kernel 1 r_4: registers 10 -> 12 (+20.0%)",
        "kernel 2 E_9: E_2 [UPCAST(0,4)] -> E_9 [UPCAST(0,4)]",
        "kernel 4 added: E_3 [no opts]"]
    assert kernel_changes(new, new) == []


def test_metal_source_is_rendered_without_metal():
    target = parse_target("metal")
    rows = compile_layers(target, HyperParams(batch_size=4), ["G1"])
    assert set(rows) == {("G1", FORWARD), ("G1", FORWARD_BACKWARD)}
    for _, kernels in rows.values():
        assert kernels
        for kernel in kernels:
            assert "kernel void" in kernel.source and "#include <metal_stdlib>" in kernel.source
            # nothing was compiled: the "binary" is the source text itself (tinygrad's
            # default Compiler), not a Metal library (which starts b"MTLB")
            assert kernel.binary == kernel.source.encode()


def test_wgsl_is_rendered_for_the_generators_forward_rows_only():
    """WebGPU's target (the browser page of `tinygan export-web`): WGSL source, nothing
    compiled, and of the rows asked for only the generator's forward ones, in the committed
    atlas too."""
    target = parse_target("wgsl")
    assert target.dev == "NULL:WGSL" and target.generator_forward_only
    atlas = target_atlas(target, HyperParams(batch_size=4), ["step", "G1", "D2"], None, False,
                         lambda message: None)
    assert [(row["id"], row["pass"]) for row in atlas["rows"]] == [("G1", FORWARD)]
    ((_, kernels),) = compile_layers(target, HyperParams(batch_size=4), ["G1"],
                                     passes=(FORWARD,)).values()
    for kernel in kernels:
        assert "@compute @workgroup_size(" in kernel.source and "var<storage" in kernel.source
        assert kernel.binary == kernel.source.encode()           # the browser compiles it
    (committed,) = [t for t in COMMITTED["targets"] if t["target"] == "wgsl"]
    assert [(row["id"], row["pass"]) for row in committed["rows"]] == [
        (row, FORWARD) for row in ("G1", "G2", "G4", "G5", "G6", "G7", "G8")]


# ---------------------------------------------------------------------------------------
# Targets, binaries, the bound.
# ---------------------------------------------------------------------------------------


def test_targets_are_parsed():
    assert parse_target("cuda:sm_80").dev == "NULL:CUDA:sm_80"
    assert not parse_target("cuda:sm_80").tensor_cores
    assert parse_target("cuda-tf32:sm_90").tensor_cores
    assert parse_target("amd").dev == "NULL:AMDLLVM:gfx1100"
    assert parse_target("metal").name == "metal:Apple7"
    assert parse_target("metal:Apple9").folder == "metal-Apple9"
    assert parse_target("cpu").dev.startswith("NULL:CLANG:")
    assert parse_target("wgsl").name == "wgsl" and parse_target("wgsl").folder == "wgsl"
    with pytest.raises(TargetError, match="unknown target"):
        parse_target("tpu:v5")


def test_nv_info_attributes():
    # EIATTR_REGCOUNT (format 4, attribute 0x2f) for symbol 6: 40 registers; then an
    # EIATTR_MAXREG_COUNT (format 3: the value sits in the size field).
    content = struct.pack("<BBHII", 4, 0x2F, 8, 6, 40) + struct.pack("<BBH", 3, 0x1B, 255)
    assert nv_info_attributes(content) == [(4, 0x2F, struct.pack("<II", 6, 40)),
                                           (3, 0x1B, struct.pack("<H", 255))]


def test_ptxas_log_is_parsed():
    log = ("ptxas info    : Compiling entry function 'E_8' for 'sm_90'\n"
           "ptxas         .     8 bytes stack frame, 4 bytes spill stores, 12 bytes spill loads\n"
           "ptxas info    : Used 14 registers, used 1 barriers, 64 bytes smem\n")
    assert parse_ptxas_log(log) == {"registers": 14, "stack_frame_bytes": 8,
                                    "spill_store_bytes": 4, "spill_load_bytes": 12,
                                    "shared_bytes": 64, "barriers": 1}
    with pytest.raises(ValueError):
        parse_ptxas_log("nvrtc: nothing to report")


def test_roofline_bound():
    device = {"peak_fp32_tflops": 1, "memory_bandwidth_gb_s": 1}
    assert kernel_bound_s(2e12, 1e9, device) == 2.0            # compute-bound
    assert kernel_bound_s(1e12, 3e9, device) == 3.0            # memory-bound
    # 25 epochs of 468 full steps and one of 96 images (at least 96/128 of a full step).
    assert tutorial_bound_s(1.0) == pytest.approx(25 * (468 + 0.75))
    kernels = [{"flops": 2e12, "bytes": 1e9}, {"flops": 1e12, "bytes": 3e9}]
    atlas = {"settings": {"batch": 128}, "targets": [
        {"target": "cuda:sm_80", "rows": [{"id": "step", "name": "step",
                                           "pass": "training step", "kernel_list": kernels}]}]}
    accelerator = {**device, "name": "X", "vendor": "V", "source": "S", "url": "https://x",
                   "targets": ["cuda:sm_89", "cuda:sm_80"]}
    (entry,) = roofline(atlas, [accelerator])["accelerators"]
    assert entry["target"] == "cuda:sm_80"                      # the first one compiled
    assert entry["step_bound_ms"] == pytest.approx(5000)        # 2 s + 3 s
    assert (entry["step_compute_ms"], entry["step_memory_ms"]) == (3000, 4000)
    assert entry["memory_bound_kernels"] == 1
    assert entry["tutorial_bound_s"] == pytest.approx(5 * 25 * 468.75)
    atlas["settings"]["batch"] = 8                              # not the tutorial's step
    assert roofline(atlas, [accelerator])["accelerators"][0]["tutorial_bound_s"] is None


def test_accelerators_are_shipped_with_their_sources():
    accelerators = load_accelerators()
    assert {a["vendor"] for a in accelerators} >= {"NVIDIA", "AMD", "Apple"}
    for accelerator in accelerators:
        assert accelerator["peak_fp32_tflops"] > 0 and accelerator["memory_bandwidth_gb_s"] > 0
        assert accelerator["source"] and accelerator["url"].startswith("https://")
        for name in accelerator["targets"]:
            parse_target(name)
    config = configparser.ConfigParser()
    config.read(ROOT / "setup.cfg")
    assert "bench/accelerators.json" in config["options.package_data"]["tinygan"]
    assert "nvidia-cuda-nvrtc-cu12" in config["options.extras_require"]["kernels"]


def test_kernel_file_names():
    class Kernel:
        name = "r_4_32:4"
    assert kernel_file_name("G4", FORWARD, 1, 3, Kernel, "cu") == "G4-forward-01-r_4_32_4.cu"
    assert kernel_file_name("step", "training step", 7, 302, Kernel, "cl") == \
        "step-007-r_4_32_4.cl"


def test_kernels_command_writes_an_aligned_atlas_and_compares_two(tmp_path):
    """The command end to end on two targets that need no extra compiler: the C of the CPU
    backend (clang) and Metal's source; the same kernel has the same file prefix in both;
    then --diff of that atlas against a changed copy of it."""
    out, sources = tmp_path / "atlas", tmp_path / "kernels"
    # a measured time of G1 (as `tinygan bench` writes it) to set beside the bound
    bench = {"created": "2026-12-04T00:00:00", "command": "tinygan bench", "machine": {
        "host": "mac"}, "settings": {"batch": 4}, "rows": [
        {"framework": "tinygan", "engine": "tinygan METAL", "id": "G1", "pass": FORWARD,
         "median_ms": 2.5, "pytorch_median_ms": 1.25}]}
    (tmp_path / "bench.json").write_text(json.dumps(bench))
    result = CliRunner().invoke(kernels_command, ["--targets", "cpu,metal", "--layers", "G1",
                                                  "--batch", "4", "--out", str(out),
                                                  "--sources", str(sources),
                                                  "--measured", str(tmp_path / "bench.json")])
    assert result.exit_code == 0, result.output
    atlas = json.loads((out / "atlas.json").read_text())
    assert [t["target"] for t in atlas["targets"]] == ["cpu", "metal:Apple7"]
    assert sorted(p.name for p in out.iterdir()) == ["atlas.json", "atlas.md", "atlas.png",
                                                     "measured.md"]
    (m1,) = atlas["roofline"]["accelerators"]
    metal = atlas["targets"][1]
    assert unpacked(atlas)["targets"][1]["rows"][0]["kernel_list"][0]["name"] == \
        metal["kernels"][metal["rows"][0]["launches"][0]][0]
    least = next(r["bound_ms"] for r in m1["rows"] if r["pass"] == FORWARD)
    assert (f"| G1 | {FORWARD} | tinygan METAL | 2.5 | 1.25 | {least:.3g} "
            f"({2.5 / least:,.1f}x) |") in (out / "measured.md").read_text()
    assert "not a measurement" in (out / "atlas.md").read_text()
    cpu, metal = (sorted(p.name.rsplit("-", 1)[0] for p in (sources / folder).iterdir())
                  for folder in ("cpu", "metal-Apple7"))
    assert cpu == metal and cpu[0].startswith("G1-forward-01")

    changed = unpacked(json.loads((out / "atlas.json").read_text()))
    row = changed["targets"][1]["rows"][0]
    row["kernel_list"][0]["opts"] += " UNROLL(0,4)"
    row["kernel_list"].append({**row["kernel_list"][0], "name": "E_42"})
    row["kernels"] += 1
    (tmp_path / "new.json").write_text(json.dumps(packed(changed)))
    result = CliRunner().invoke(kernels_command, ["--diff", str(out / "atlas.json"),
                                                  str(tmp_path / "new.json")])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert "cpu" not in lines and "metal:Apple7" in lines                  # what changed
    assert any(line.strip().startswith("G1 forward: launches 1 -> 2") for line in lines)
    assert any("-> " + row["kernel_list"][0]["opts"] in line for line in lines)
    assert any(line.strip() == "kernel 2 added: E_42 [" + row["kernel_list"][0]["opts"] + "]"
               for line in lines)
    assert "least step time" not in result.output        # no step row: no step bound
    (tmp_path / "bad.json").write_text("{}")
    result = CliRunner().invoke(kernels_command, ["--diff", str(tmp_path / "bad.json"),
                                                  str(tmp_path / "new.json")])
    assert result.exit_code == 2 and "not a tinygan kernel atlas" in result.output
    assert CliRunner().invoke(kernels_command, ["--targets", "tpu"]).exit_code == 2


# ---------------------------------------------------------------------------------------
# benchmarks/gpu.sh: no GPU here, so its argument handling, its dry run and its failure
# path (a Python that fails at once) are what can be tested.
# ---------------------------------------------------------------------------------------


def gpu_script(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["bash", str(ROOT / "benchmarks" / "gpu.sh"), *args],
                          capture_output=True, text=True, timeout=60)


def test_gpu_script_dry_run_prints_a_plan_within_eight_minutes():
    done = gpu_script("--dry-run", "--backend", "cuda", "--steps", "50", "--out", "R",
                      "--wheels", "W")
    assert done.returncode == 0, done.stderr
    plan = [line for line in done.stdout.splitlines() if line.startswith("+ [")]
    assert [line.split("] ", 1)[1].split()[0:3] for line in plan] == [
        ["python3", "-m", "pip"], ["env", "TINYGAN_TEST_BACKENDS=CUDA", "python3"],
        ["python3", "benchmarks/kernels.py", "--backends"],
        ["python3", "benchmarks/kernels.py", "--kernels"], ["env", "ALLOW_TF32=1", "python3"],
        ["python3", "examples/dcgan_mnist.py", "--device"],
        ["python3", "benchmarks/kernels.py", "--backends"],
        ["python3", "benchmarks/atlas.py", "--targets"]]
    assert "--find-links W -e .[test,bench]" in plan[0] and '-m not slow' in plan[1]
    assert "--layers step --out R/step.json" in plan[2] and "--kernels plain" in plan[3] and "R/step-plain.json" in plan[3]
    assert "--layers step --out R/step-tf32.json" in plan[4]
    assert ("--device cuda --max-steps 50 --verbose-freq 5 --score-every 49 "
            "--score-samples 1000 --out R/train") in plan[5]
    assert "--targets cuda --out R/atlas --measured R/kernels.json" in plan[7]
    assert all("--batch 128" in line or "--batch-size 128" in line for line in plan[2:])
    limits = [int(line[3:6]) for line in plan]
    assert sum(limits) <= 480 and f"at most {sum(limits) // 60} min" in done.stdout
    assert not (ROOT / "R").exists()


def test_gpu_script_refuses_what_it_cannot_do():
    if not (Path("/dev/kfd").exists() or shutil.which("nvidia-smi") or sys.platform == "darwin"):
        assert gpu_script("--dry-run").returncode == 2        # no GPU found: say so
    assert gpu_script("--backend", "tpu").returncode == 2
    assert gpu_script("--backend", "CUDA", "--steps", "0").returncode == 2
    assert gpu_script("--backend", "CUDA", "--batch", "1").returncode == 2
    assert gpu_script("--frobnicate").returncode == 2


def test_gpu_script_reports_failed_steps(tmp_path):
    done = gpu_script("--backend", "CL", "--skip-tests", "--python", "false", "--out",
                      str(tmp_path))
    assert done.returncode == 1
    assert ("failed: step.log step-plain.log training.log kernels.log" in done.stderr)
    assert (tmp_path / "machine.txt").is_file() and (tmp_path / "step.log").is_file()
    times = (tmp_path / "times.tsv").read_text().splitlines()
    assert times[0] == "part\tlimit_s\tseconds\tstatus" and len(times) == 1 + 4
    assert all(line.endswith("\tfailed") for line in times[1:])

"""The kernel atlas: every kernel of tinygan's training step and of each benchmark row, as
tinygrad compiles it for each target (the CPU, OpenCL, CUDA, AMD, Metal), on this machine,
with no GPU (`tinygan.bench.targets`: tinygrad's NULL device).

For each target it builds the training step exactly as `train` builds it (`build_gan`,
`make_train_step`; without the JIT, which would replay the same kernels), the other
DCGANs' steps likewise (rows faces32 and lecture64, at their sources' batches: 128, 64) and
pix2pix's (row pix2pix, batch 16),
and each layer row of the benchmark (G1..D8, forward and forward+backward,
`run.layer_function`), and
records per kernel: tinygrad's estimates of FLOPs and bytes moved, the optimisations its
heuristic applied (UPCAST, UNROLL, LOCAL, GROUP = group-for-reduce, TC = tensor cores,
THREAD = CPU cores), launch sizes, and where a binary can be read here its registers and
spills (`tinygan.bench.binaries`).  That summary is small (a line per kernel) and committed
(benchmarks/results/atlas/atlas.json); tests/test_atlas.py re-derives it and
`tinygan kernels --diff` compares two of them (`tinygan.bench.atlas_diff`).  The kernels'
sources are generated on demand (`--sources DIR`): one file per launch,
`<DIR>/<target>/<row>-<pass>-<NN>-<kernel>.<ext>`, so that the same kernel of the same row
lines up across targets:

    diff kernels/cuda-sm_90/G4-forward-01-* kernels/metal-Apple7/G4-forward-01-*

Nothing here is timed: FLOPs and bytes are tinygrad's estimates from the generated code,
and the roofline (`tinygan.bench.roofline`) turns them into lower bounds, not timings.
"""
from __future__ import annotations

import datetime
import re
import time
from collections import Counter
from pathlib import Path
from typing import Callable

from tinygrad import Tensor

from tinygan.backend import seed_everything, training_mode
from tinygan.bench.binaries import amdgpu_resources, cubin_resources
from tinygan.bench.flops import FORWARD, FORWARD_BACKWARD, STEP, layer_specs
from tinygan.bench.machine import machine_info
from tinygan.bench.run import (layer_function, step_hparams, step_name, step_row_flops,
                               step_rows, step_runner)
from tinygan.bench.targets import (CompileTarget, Kernel, TargetError, compiler_versions,
                                   compiling_for, parse_target, ptxas_report, recording_kernels)
from tinygan.internals import NUM_CPU_THREADS
from tinygan.kernels import kernels_on
from tinygan.layers import buffers, parameters
from tinygan.tutorial import HyperParams, build_networks

SCHEMA = "tinygan-atlas/2"
DEFAULT_TARGETS = ("cpu", "cpu-llvm", "opencl", "cuda:sm_80", "cuda:sm_90", "amd:gfx1100",
                   "amd:gfx942", "metal", "wgsl")
DEFAULT_OUT = Path("benchmarks") / "results" / "atlas"
TARGETS_DEVICE = "NULL"              # tinygrad's device that compiles for a target, runs nothing
# Where `tinygan kernels --sources` writes every kernel's source (ignored by git).
DEFAULT_SOURCES = Path("kernels")


# ---------------------------------------------------------------------------------------
# 1. Compiling: the training step, and one layer row, for the current target.
# ---------------------------------------------------------------------------------------


def compile_step(target: CompileTarget, hparams: HyperParams,
                 kernels: str | None = None) -> list[Kernel]:
    """Every kernel of one training step, as `train` builds it, compiled for `target` with
    tinygan's `kernels` (`tinygan.kernels`: its plain or fast path)."""
    with compiling_for(target), kernels_on(kernels, TARGETS_DEVICE):
        seed_everything(hparams.seed)
        runner = step_runner(hparams, use_jit=False)
        with recording_kernels() as launched:
            runner()
    return launched


def compile_layers(target: CompileTarget, hparams: HyperParams, selected: list[str],
                   kernels: str | None = None,
                   passes: tuple[str, ...] = (FORWARD, FORWARD_BACKWARD)
                   ) -> dict[tuple[str, str], tuple[object, list[Kernel]]]:
    """The kernels of each selected layer row in each of `passes` (forward,
    forward+backward), in training mode as the benchmark times them, with tinygan's
    `kernels`: {(row id, pass): (its LayerSpec, kernels)}."""
    rows = {}
    with compiling_for(target), kernels_on(kernels, TARGETS_DEVICE):
        seed_everything(hparams.seed)
        specs = layer_specs(*build_networks(hparams), hparams.batch_size)
        for spec in (s for s in specs if s.id in selected):
            if state := [*parameters(spec.layer), *buffers(spec.layer)]:
                Tensor.realize(*state)
            for pass_ in passes:
                function = layer_function(spec, pass_)
                x = Tensor.randn(*spec.in_shape).realize()
                with recording_kernels() as launched, training_mode():
                    Tensor.realize(*function(x))
                rows[(spec.id, pass_)] = (spec, launched)
    return rows


# ---------------------------------------------------------------------------------------
# 2. What the atlas records per kernel and per row.
# ---------------------------------------------------------------------------------------

_PASS_SLUGS = {FORWARD: "forward", FORWARD_BACKWARD: "forward_backward", STEP: "step"}


def kernel_file_name(row_id: str, pass_: str, index: int, count: int, kernel: Kernel,
                     extension: str) -> str:
    """`G4-forward-01-r_4_32_4.cu`, `step-017-E_8192_2.cl` (`faces32-017-...` for a model's
    step): numbered in launch order, so that the same kernel of a row has the same prefix on
    every target."""
    prefix = row_id if pass_ == STEP else f"{row_id}-{_PASS_SLUGS[pass_]}"
    name = re.sub(r"[^A-Za-z0-9_]", "_", kernel.name)[:80]
    return f"{prefix}-{index:0{max(2, len(str(count)))}d}-{name}.{extension}"


# The targets whose binaries `kernel_resources` reads (registers, spills): cubins, AMDGPU
# code objects.  Of the rest (the CPU's ELF objects, source-only targets) the atlas keeps
# only what the lowering decided.
CUBIN_FAMILIES = ("cuda", "cuda-tf32", "ptx")
BINARY_READ_FAMILIES = (*CUBIN_FAMILIES, "amd")


def kernel_resources(target: CompileTarget, kernel: Kernel, ptxas: bool,
                     ptxas_cache: dict[str, dict]) -> dict | None:
    """Registers and spills read from the kernel's binary (and ptxas's report, for CUDA
    when `ptxas`); None where no binary can be read here."""
    if not kernel.binary or not target.binary:
        return None
    if target.family in CUBIN_FAMILIES:
        found = cubin_resources(kernel.binary, kernel.function)
        if ptxas and target.family != "ptx":
            if kernel.source not in ptxas_cache:
                ptxas_cache[kernel.source] = ptxas_report(kernel.source, target.arch)
            found = {**found, **{f"ptxas_{k}": v for k, v in ptxas_cache[kernel.source].items()}}
        return found
    if target.family == "amd":
        return amdgpu_resources(kernel.binary, kernel.function)
    return None


def registers(resources: dict | None) -> int | None:
    """Registers per thread (CUDA) or vector registers per lane (AMD: VGPRs + AGPRs)."""
    if not resources:
        return None
    if "registers" in resources:
        return resources["registers"]
    return resources.get("vgprs", 0) + resources.get("agprs", 0) if "vgprs" in resources \
        else None


def spills(resources: dict | None) -> int | None:
    """Bytes (CUDA, ptxas) or registers (AMD) spilled; None where unknown."""
    if not resources:
        return None
    keys = [k for k in ("ptxas_spill_store_bytes", "ptxas_spill_load_bytes", "vgpr_spills",
                        "sgpr_spills") if k in resources]
    return sum(resources[k] for k in keys) if keys else None


def opt_counts(kernels: list[Kernel]) -> dict[str, int]:
    """How many kernels of a row use each kind of optimisation (UPCAST, LOCAL, TC, ...)."""
    counts = Counter(kind for k in kernels for kind in {o.split("(")[0] for o in k.opts})
    return dict(sorted(counts.items()))


def kernel_record(kernel: Kernel, found: dict | None) -> dict:
    """One kernel as the summary keeps it: its name, launch sizes, the options tinygrad
    applied, its FLOPs and bytes, and where the binary could be read, registers and spills
    (fields that do not apply are left out)."""
    entry = {"name": kernel.name, "size": launch_size(kernel), "opts": " ".join(kernel.opts),
             "flops": kernel.flops, "bytes": kernel.bytes}
    if (count := registers(found)) is not None:
        entry["registers"] = count
    if (spilled := spills(found)) is not None:
        entry["spills"] = spilled
    return entry


# atlas.json keeps each target's distinct kernels once, as lists of these fields (one short
# line per kernel, null where a figure does not apply), and each row's launches as indices
# into them; `packed` and `unpacked` convert.
KERNEL_FIELDS = ("name", "size", "opts", "flops", "bytes", "registers", "spills")


def packed(atlas: dict) -> dict:
    """The atlas as atlas.json stores it: per target `kernels`, its distinct kernels (as
    lists of KERNEL_FIELDS), and per row `launches`, the row's kernels as their indices."""
    targets = []
    for target in atlas["targets"]:
        table: dict[tuple, int] = {}
        rows = []
        for row in target["rows"]:
            launches = [table.setdefault(tuple(k.get(f) for f in KERNEL_FIELDS), len(table))
                        for k in row["kernel_list"]]
            rows.append({**{k: v for k, v in row.items() if k != "kernel_list"},
                         "launches": launches})
        targets.append({**target, "rows": rows, "kernels": [list(k) for k in table]})
    return {**atlas, "kernel_fields": list(KERNEL_FIELDS), "targets": targets}


def unpacked(atlas: dict) -> dict:
    """The atlas as read from atlas.json, every row's `kernel_list` of dicts again (absent
    figures left out, as `kernel_record` leaves them)."""
    targets = []
    for target in atlas["targets"]:
        kernels = [{field: value for field, value in zip(KERNEL_FIELDS, k, strict=True)
                    if value is not None or field not in ("registers", "spills")}
                   for k in target.get("kernels", [])]
        rows = [{**{k: v for k, v in row.items() if k != "launches"},
                 "kernel_list": [kernels[i] for i in row["launches"]]} for row in target["rows"]]
        targets.append({**{k: v for k, v in target.items() if k != "kernels"}, "rows": rows})
    return {**{k: v for k, v in atlas.items() if k != "kernel_fields"}, "targets": targets}


def launch_size(kernel: Kernel) -> str:
    """"196x2x1 / 8x16x1": the global size, then the local size where there is one."""
    size = "x".join(map(str, kernel.global_size))
    return size + (" / " + "x".join(map(str, kernel.local_size)) if kernel.local_size else "")


def row_record(row_id: str, name: str, pass_: str, hand_counted_flops: int,
               kernels: list[Kernel], resources: list[dict | None]) -> dict:
    """One row of one target: totals, then every kernel in launch order."""
    entries = [kernel_record(k, found) for k, found in zip(kernels, resources)]
    known_registers = [e["registers"] for e in entries if "registers" in e]
    known_spills = [e["spills"] for e in entries if "spills" in e]
    return {
        "id": row_id, "name": name, "pass": pass_, "hand_counted_flops": hand_counted_flops,
        "kernels": len(kernels),
        "unique_kernels": len({k.source for k in kernels}),
        "flops": sum(k.flops for k in kernels), "bytes": sum(k.bytes for k in kernels),
        "max_registers": max(known_registers) if known_registers else None,
        "spilling_kernels": sum(1 for s in known_spills if s) if known_spills else None,
        "tensor_core_kernels": sum(1 for k in kernels if any(o.startswith("TC(") for o in k.opts)),
        "opt_counts": opt_counts(kernels), "kernel_list": entries}


def write_sources(folder: Path, kernels: list[Kernel], files: list[str]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for kernel, file in zip(kernels, files):
        (folder / file).write_text(kernel.source, encoding="utf-8")


def clear_sources(folder: Path, extension: str) -> None:
    """Remove a previous run's kernel sources of this target (only files it wrote)."""
    if folder.is_dir():
        for path in folder.glob(f"*-[0-9][0-9]*-*.{extension}"):
            path.unlink()


# ---------------------------------------------------------------------------------------
# 3. One target, then the whole atlas.
# ---------------------------------------------------------------------------------------


def target_atlas(target: CompileTarget, hparams: HyperParams, selected: list[str],
                 sources: Path | None, ptxas: bool, progress: Callable[[str], None],
                 kernels: str | None = None) -> dict:
    """Every selected row compiled for one target; its kernels' sources under
    `sources`/<target folder> (None: no sources written).  A target that only draws
    (`generator_forward_only`: WGSL, for a browser) compiles the generator's forward rows."""
    start, ptxas_cache = time.perf_counter(), {}
    passes = (FORWARD, FORWARD_BACKWARD)
    if target.generator_forward_only:
        selected, passes = [row for row in selected if row.startswith("G")], (FORWARD,)
        if not selected:
            raise TargetError(f"{target.name} compiles the generator's forward rows only "
                              f"(G1..G8): none was asked for")
    compiled: list[tuple[str, str, str, int, list[Kernel]]] = []
    steps = step_rows(selected)
    for row_id in steps:
        progress(f"{target.name}: {step_name(row_id)}")
        step_hp = step_hparams(row_id, hparams)
        with compiling_for(target):         # shapes only: nothing is computed
            hand_counted = step_row_flops(step_hp)
        compiled.append((row_id, step_name(row_id), STEP, hand_counted,
                         compile_step(target, step_hp, kernels)))
    layer_ids = [row for row in selected if row not in steps]
    if layer_ids:
        progress(f"{target.name}: layers {','.join(layer_ids)}")
        for (row_id, pass_), (spec, kernels) in compile_layers(target, hparams, layer_ids,
                                                               kernels, passes).items():
            hand_counted = spec.flops.forward if pass_ == FORWARD \
                else spec.flops.forward_backward
            compiled.append((row_id, spec.name, pass_, hand_counted, kernels))
    compile_s = time.perf_counter() - start

    folder = sources / target.folder if sources is not None else None
    if folder is not None:
        clear_sources(folder, target.extension)
    rows = []
    for row_id, name, pass_, hand_counted, kernels in compiled:
        progress(f"{target.name}: {row_id} {pass_}: reading {len(kernels)} binaries")
        found = [kernel_resources(target, k, ptxas, ptxas_cache) for k in kernels]
        if folder is not None:
            write_sources(folder, kernels, [
                kernel_file_name(row_id, pass_, i, len(kernels), k, target.extension)
                for i, k in enumerate(kernels, start=1)])
        rows.append(row_record(row_id, name, pass_, hand_counted, kernels, found))
    return {"target": target.name, "available": True, "error": None, "dev": target.dev,
            "language": target.language, "extension": target.extension,
            "binary": target.binary or "none (source only)", "note": target.note,
            "folder": target.folder, "compile_s": round(compile_s, 1),
            "total_s": round(time.perf_counter() - start, 1), "rows": rows}


def _not_compiled(target: CompileTarget, available: bool, reason: str) -> dict:
    return {"target": target.name, "available": available, "error": reason, "dev": target.dev,
            "language": target.language, "extension": target.extension,
            "binary": target.binary or "none (source only)", "note": target.note,
            "folder": target.folder, "compile_s": None, "total_s": None, "rows": []}


def build_atlas(targets: list[str], selected: list[str], *, batch: int = 128,
                sources: Path | None = None, ptxas: bool = True, seed: int = 0,
                command: str = "", now: datetime.datetime | None = None,
                progress: Callable[[str], None] = lambda message: None,
                kernels: str | None = None) -> dict:
    """Compile the selected rows ("step", "G1", ...) for every target and return the atlas
    (the summary JSON that `tinygan.bench.atlas_report` writes), with tinygan's plain or
    fast kernels (`kernels`: `tinygan.kernels`); with `sources`, write each kernel's source
    under it.  A target whose compiler is missing here is listed as
    unavailable; one that fails to compile is listed with its error.  CPU kernels are
    split into NUM_CPU_THREADS parts, recorded in the settings as `cpu_threads`."""
    hparams = HyperParams(batch_size=batch, seed=seed)
    now = now or datetime.datetime.now().astimezone()
    start, results = time.perf_counter(), []
    parsed = [parse_target(name) for name in targets]            # every name checked first
    with kernels_on(kernels, TARGETS_DEVICE) as used:     # compile_step's, re-entered
        for target in parsed:
            results.append(_one_target(target, hparams, selected, sources, ptxas, progress,
                                       kernels))
    return {"schema": SCHEMA, "created": now.isoformat(timespec="seconds"),
            "command": command, "duration_s": round(time.perf_counter() - start, 1),
            "settings": {"batch": batch, "rows": selected, "targets": targets, "seed": seed,
                         "latent_dim": hparams.latent_dim, "ptxas_report": ptxas,
                         "cpu_threads": NUM_CPU_THREADS.value, "kernels": used},
            "compilers": compiler_versions(), "machine": machine_info([], None),
            "targets": results}


def _one_target(target: CompileTarget, hparams: HyperParams, selected: list[str],
                sources: Path | None, ptxas: bool, progress: Callable[[str], None],
                kernels: str | None) -> dict:
    """`target_atlas`, or the target listed as not compiled, with why."""
    try:
        return target_atlas(target, hparams, selected, sources, ptxas, progress, kernels)
    except TargetError as error:
        return _not_compiled(target, False, str(error))
    except Exception as error:  # noqa: BLE001 - a compile error is a result, recorded
        return _not_compiled(target, True, f"{type(error).__name__}: "
                                           f"{str(error).strip()[:2000]}")

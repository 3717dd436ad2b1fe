"""The kernel atlas's results: the JSON, a Markdown report (targets, rows, each row's
kernels, the roofline bound) and a chart of the bound, in the benchmark's style
(`tinygan.bench.report`)."""
from __future__ import annotations

from pathlib import Path

from tinygan.bench.atlas import packed
from tinygan.bench.flops import STEP
from tinygan.bench.report import _ms, draw_chart, markdown_table, write_report_files
from tinygan.bench.roofline import roofline


def _number(value, scale: float = 1.0, digits: int = 3) -> str:
    if value is None:
        return "-"
    value /= scale
    return f"{value:,.0f}" if abs(value) >= 10 ** digits else f"{value:.{digits}g}"


def _compiled(atlas: dict) -> list[dict]:
    return [t for t in atlas["targets"] if t["rows"]]


def _step(target: dict) -> dict | None:
    return next((r for r in target["rows"] if r["id"] == "step"), None)


def _target_lines(atlas: dict) -> list[str]:
    header = ["target", "language", "compiled to", "kernels", "distinct", "GFLOP", "MB moved",
              "max registers", "kernels spilling",
              "tensor-core kernels", "compile s"]
    rows = []
    for target in _compiled(atlas):
        step = _step(target) or {}
        rows.append([f"`{target['target']}`", target["language"], target["binary"],
                     step.get("kernels", "-"), step.get("unique_kernels", "-"),
                     _number(step.get("flops"), 1e9), _number(step.get("bytes"), 1e6),
                     _number(step.get("max_registers")), _number(step.get("spilling_kernels")),
                     step.get("tensor_core_kernels", "-"), _number(target["compile_s"])])
    lines = markdown_table(header, rows)
    for target in atlas["targets"]:
        if not target["rows"]:
            state = "not available here" if not target["available"] else "failed to compile"
            lines.append(f"\n`{target['target']}`: {state}: {target['error']}")
    return lines


def _row_keys(atlas: dict) -> list[tuple[str, str, str]]:
    keys = {}
    for target in _compiled(atlas):
        for row in target["rows"]:
            keys.setdefault((row["id"], row["pass"]), row["name"])
    return [(row_id, pass_, name) for (row_id, pass_), name in keys.items()]


def _row_lines(atlas: dict) -> list[str]:
    """Kernels per row and target, with the most registers one of them needs."""
    targets = _compiled(atlas)
    header = ["row", "layer", "pass", "GFLOP by hand", "GFLOP tinygrad"] + \
        [f"`{t['target']}`" for t in targets]
    rows = []
    for row_id, pass_, name in _row_keys(atlas):
        found = [next((r for r in t["rows"] if (r["id"], r["pass"]) == (row_id, pass_)), None)
                 for t in targets]
        estimates = sorted({_number(r["flops"], 1e9) for r in found if r}, key=float)
        hand = next((r["hand_counted_flops"] for r in found if r), None)
        cells = [row_id, name, pass_, _number(hand, 1e9), " – ".join(estimates[::max(
            1, len(estimates) - 1)])]
        for row in found:
            if row is None:
                cells.append("-")
                continue
            registers = f", {row['max_registers']} regs" if row["max_registers"] else ""
            tc = f", TC {row['tensor_core_kernels']}" if row["tensor_core_kernels"] else ""
            cells.append(f"{row['kernels']}{registers}{tc}")
        rows.append(cells)
    return markdown_table(header, rows)


def _size(values) -> str:
    return "x".join(str(v) for v in values) if values else "-"


def _kernel_lines(atlas: dict) -> list[str]:
    """Every kernel of every layer row, target by target (the step's are in the JSON)."""
    lines = []
    for row_id, pass_, name in _row_keys(atlas):
        if pass_ == STEP:
            continue
        lines += ["", f"### {row_id} {pass_}: {name}", ""]
        table = []
        for target in _compiled(atlas):
            row = next((r for r in target["rows"] if (r["id"], r["pass"]) == (row_id, pass_)),
                       None)
            for index, kernel in enumerate(row["kernel_list"] if row else [], start=1):
                table.append([f"`{target['target']}`", index, f"`{kernel['name']}`",
                              kernel["size"], kernel["opts"] or "-",
                              _number(kernel["flops"], 1e6), _number(kernel["bytes"], 1e6),
                              _number(kernel.get("registers")), _number(kernel.get("spills"))])
        lines += markdown_table(["target", "#", "kernel", "global / local", "opts applied",
                                 "MFLOP", "MB", "registers", "spills"], table)
    return lines


def _roofline_lines(bound: dict) -> list[str]:
    lines = [f"**{bound['note']}**", ""]
    header = ["accelerator", "peak FP32 TFLOP/s", "memory GB/s", "kernels of",
              "step kernels (memory-bound)", "least step time ms", "compute alone ms",
              "memory alone ms", f"least time, 25 epochs ({bound['tutorial_steps']:,} steps)"]
    rows = []
    for entry in bound["accelerators"]:
        tutorial = entry["tutorial_bound_s"]
        rows.append([entry["name"], f"{entry['peak_fp32_tflops']:g}",
                     f"{entry['memory_bandwidth_gb_s']:,}", f"`{entry['target']}`",
                     f"{entry['step_kernels']} ({entry['memory_bound_kernels']})"
                     if entry["step_kernels"] else "-",
                     _number(entry["step_bound_ms"]), _number(entry["step_compute_ms"]),
                     _number(entry["step_memory_ms"]),
                     "-" if tutorial is None else f"{tutorial:.3g} s"])
    lines += markdown_table(header, rows)
    lines += ["", "Per row, least time in microseconds:", ""]
    accelerators = bound["accelerators"]
    keys = list(dict.fromkeys((r["id"], r["pass"]) for a in accelerators for r in a["rows"]))
    table = []
    for key in keys:
        cells = [key[0], key[1]]
        for entry in accelerators:
            row = next((r for r in entry["rows"] if (r["id"], r["pass"]) == key), None)
            cells.append(_number(row and row["bound_ms"] * 1e3))
        table.append(cells)
    lines += markdown_table(["row", "pass"] + [a["name"] for a in accelerators], table)
    lines += ["", "Sources:", ""]
    lines += [f"- {a['name']}: {a['source']}, <{a['url']}>"
              + (f". Note: {a['note']}." if a["note"] else "") for a in accelerators]
    return lines


def markdown_report(atlas: dict, bound: dict) -> str:
    settings, machine, compilers = atlas["settings"], atlas["machine"], atlas["compilers"]
    compiled = _compiled(atlas)
    lines = [f"# tinygan kernel atlas: {machine['host']}, {atlas['created'][:10]}", "",
             "Every kernel of tinygan's training step (built as `train` builds it) and of each "
             "benchmark row, compiled on this machine for each target by tinygrad "
             f"{machine['tinygrad']}'s NULL device: the real code generator and the real "
             "compiler, nothing executed.  FLOPs and bytes are tinygrad's estimates from the "
             "generated code; registers and spills are read from the compiled binaries "
             "(CUDA: the cubin's .nv.info and ptxas's report; AMD: the code object's "
             "metadata).", "",
             f"Batch {settings['batch']}; CPU kernels split over {settings['cpu_threads']} "
             f"threads; NVRTC {compilers['nvrtc'] or '-'}, LLVM {compilers['llvm'] or '-'}."
             f"  Command: `{atlas['command']}`  ({atlas['duration_s']} s "
             f"on {machine['cpu']}, {machine['cores']} cores)", "",
             "## The training step on each target", ""]
    lines += _target_lines(atlas)
    lines += ["", "## Kernels per row (kernels, the most registers one of them uses, "
              "tensor-core kernels)", "",
              "GFLOP by hand: the layers' multiply-accumulates (tinygan.bench.flops); "
              "tinygrad: its estimate from the generated code, every operation counted "
              "(lowest-highest over the targets).", ""]
    lines += _row_lines(atlas)
    lines += ["", "## Roofline: the least time on each accelerator", ""]
    lines += _roofline_lines(bound)
    lines += ["", "## Each layer row's kernels", "",
              "opts applied: the heuristic's choices, OPT(axis,amount): UPCAST and UNROLL "
              "(work per thread), LOCAL (threads per workgroup), GROUP/GROUPTOP "
              "(group-for-reduce), TC (tensor cores), THREAD (CPU cores).  Registers: CUDA "
              "per thread, AMD VGPRs per lane; spills: CUDA bytes, AMD registers."]
    lines += _kernel_lines(atlas)
    if len(compiled) >= 2:
        first, second = compiled[0]["folder"], compiled[-1]["folder"]
        lines += ["", "## The kernels' sources, and two atlases compared", "",
                  "`tinygan kernels --sources DIR` writes each kernel's source, one file per "
                  "launch, `DIR/<target>/<row>-<pass>-<NN>-<kernel>.<ext>`, numbered in launch "
                  "order, so the same kernel has the same prefix on every target; "
                  "`tinygan kernels --diff OLD NEW` compares two atlases (files, or "
                  "`REV:path` at a commit):", "", "```",
                  f"diff kernels/{first}/G4-forward-01-* kernels/{second}/G4-forward-01-*",
                  "tinygan kernels --diff HEAD~1:benchmarks/results/atlas/atlas.json "
                  "benchmarks/results/atlas/atlas.json", "```"]
    return "\n".join(lines) + "\n"


def bound_chart(atlas: dict, bound: dict):
    """The least time of every row on every accelerator, as the benchmark's bar chart."""
    rows = [{"engine": entry["name"], "id": row["id"], "pass": row["pass"], "name": row["name"],
             "median_ms": row["bound_ms"]}
            for entry in bound["accelerators"] for row in entry["rows"]]
    title = (f"tinygan roofline bound (least time, not a measurement), ms per call, batch "
             f"{atlas['settings']['batch']} (log scale)")
    return draw_chart(rows, title)


def write_atlas(atlas: dict, bound: dict, out: Path) -> tuple[Path, Path, Path]:
    """atlas.json (the atlas with its roofline, `packed`) at `out`, the .md and .png next
    to it."""
    return write_report_files({**packed(atlas), "roofline": bound}, out,
                              markdown_report(atlas, bound),
                              bound_chart(atlas, bound))


def summary(atlas: dict, bound: dict) -> str:
    """A few lines for the terminal."""
    lines = []
    for target in atlas["targets"]:
        step = _step(target)
        if step:
            lines.append(f"{target['target']}: {step['kernels']} kernels in the step, "
                         f"compiled in {target['compile_s']} s")
        elif target["rows"]:
            lines.append(f"{target['target']}: {len(target['rows'])} rows compiled")
        else:
            lines.append(f"{target['target']}: {target['error']}")
    for entry in bound["accelerators"]:
        if entry["step_bound_ms"] is not None:
            tutorial = entry["tutorial_bound_s"]
            lines.append(f"{entry['name']}: least step time {_ms(entry['step_bound_ms'])} ms"
                         + (f", 25 epochs >= {tutorial:.3g} s" if tutorial else "")
                         + " (a bound, not a measurement)")
    return "\n".join(lines)


def measured_beside_bound(bench: dict, atlas: dict) -> str:
    """A Markdown table: each row's measured time (a `tinygan bench` result: tinygan's
    median, PyTorch's where it ran) beside its roofline bound on each accelerator of the
    atlas's targets, and how far above the bound the measurement is."""
    bound = roofline(atlas)
    accelerators = bound["accelerators"]
    bounds = {(a["name"], r["id"], r["pass"]): r["bound_ms"] for a in accelerators
              for r in a["rows"]}
    header = ["row", "pass", "engine", "measured ms (median)", "PyTorch ms"] + \
        [f"least on {a['name']} ms (x measured)" for a in accelerators]
    table = []
    for row in (r for r in bench["rows"] if r["framework"] == "tinygan"):
        cells = [row["id"], row["pass"], row["engine"], _number(row["median_ms"]),
                 _number(row.get("pytorch_median_ms"))]
        for accelerator in accelerators:
            least = bounds.get((accelerator["name"], row["id"], row["pass"]))
            cells.append("-" if least is None else
                          f"{_number(least)} ({row['median_ms'] / least:,.1f}x)")
        table.append(cells)
    lines = [f"# Measured beside the roofline bound: {bench['machine']['host']}, "
             f"{bench['created'][:10]}", "",
             f"Measured: `{bench['command']}` (batch {bench['settings']['batch']}).  Bound: "
             f"the atlas's kernels (`{atlas['command']}`, batch {atlas['settings']['batch']}).  "
             f"{bound['note']}", ""]
    if bench["settings"]["batch"] != atlas["settings"]["batch"]:
        lines += ["**The two batch sizes differ: the ratios compare different work.**", ""]
    return "\n".join(lines + markdown_table(header, table)) + "\n"

"""Two kernel atlases compared (`tinygan kernels --diff OLD NEW`, and the test that
re-derives the committed atlas): per target and row, what changed in the launches, the
distinct kernels, FLOPs, bytes moved and registers, then kernel by kernel (options, launch
sizes, registers, spills), and the roofline bound of each side.

Kernels are matched in launch order by name and options (`difflib`), so that one kernel
added to a step reads as one added kernel, not as every later kernel changed.
"""
from __future__ import annotations

import difflib

from tinygan.bench.roofline import roofline

# What is compared, row by row and kernel by kernel.  A figure present on one side only
# (registers of a target compiled without its binary read, spills without ptxas) is not.
ROW_FIGURES = ("kernels", "unique_kernels", "flops", "bytes", "max_registers",
               "spilling_kernels", "tensor_core_kernels")
KERNEL_FIGURES = ("size", "flops", "bytes", "registers", "spills")
_LABELS = {"kernels": "launches", "unique_kernels": "distinct", "flops": "FLOPs",
           "bytes": "bytes moved", "max_registers": "max registers",
           "spilling_kernels": "kernels spilling", "tensor_core_kernels": "tensor-core kernels",
           "size": "launch size"}
MAX_KERNEL_LINES = 12     # per row; the rest are counted


def _change(label: str, old, new) -> str:
    if isinstance(old, (int, float)) and isinstance(new, (int, float)) and old:
        return f"{label} {old:,} -> {new:,} ({(new - old) / old:+.1%})"
    return f"{label} {old if old is not None else '-'} -> {new if new is not None else '-'}"


def _figure_changes(old: dict, new: dict, figures: tuple[str, ...]) -> list[str]:
    return [_change(_LABELS.get(f, f), old[f], new[f]) for f in figures
            if f in old and f in new and old[f] is not None and new[f] is not None
            and old[f] != new[f]]


def _kernel_key(kernel: dict) -> tuple[str, str]:
    return kernel["name"], kernel["opts"]


def _describe(kernel: dict) -> str:
    return f"{kernel['name']} [{kernel['opts'] or 'no opts'}]"


def kernel_changes(old: list[dict], new: list[dict]) -> list[str]:
    """Kernel by kernel, in launch order (numbered from 1 as in NEW, or OLD for removals)."""
    lines = []
    matcher = difflib.SequenceMatcher(a=[_kernel_key(k) for k in old],
                                      b=[_kernel_key(k) for k in new], autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            for i, j in zip(range(i1, i2), range(j1, j2)):
                if changes := _figure_changes(old[i], new[j], KERNEL_FIGURES):
                    lines.append(f"kernel {j + 1} {old[i]['name']}: " + ", ".join(changes))
            continue
        paired = min(i2 - i1, j2 - j1) if tag == "replace" else 0
        for i, j in zip(range(i1, i1 + paired), range(j1, j1 + paired)):
            what = (f"opts {old[i]['opts'] or '-'} -> {new[j]['opts'] or '-'}"
                    if old[i]["name"] == new[j]["name"] else
                    f"{_describe(old[i])} -> {_describe(new[j])}")
            lines.append(f"kernel {j + 1} {new[j]['name']}: " + ", ".join(
                [what] + _figure_changes(old[i], new[j], KERNEL_FIGURES[1:])))
        lines += [f"kernel {i + 1} removed: {_describe(old[i])}"
                  for i in range(i1 + paired, i2)]
        lines += [f"kernel {j + 1} added: {_describe(new[j])}" for j in range(j1 + paired, j2)]
    return lines


def _rows(target: dict) -> dict[tuple[str, str], dict]:
    return {(row["id"], row["pass"]): row for row in target["rows"]}


def target_changes(old: dict, new: dict) -> list[str]:
    """What changed in one target's rows (empty when nothing did)."""
    lines = []
    old_rows, new_rows = _rows(old), _rows(new)
    for key in [*old_rows, *(k for k in new_rows if k not in old_rows)]:
        label = key[0] if key[0] == "step" else f"{key[0]} {key[1]}"
        if key not in new_rows or key not in old_rows:
            lines.append(f"  {label}: only in {'OLD' if key in old_rows else 'NEW'}")
            continue
        row_lines = _figure_changes(old_rows[key], new_rows[key], ROW_FIGURES)
        kernels = kernel_changes(old_rows[key]["kernel_list"], new_rows[key]["kernel_list"])
        if row_lines or kernels:
            lines.append(f"  {label}: " + (", ".join(row_lines) or "same totals"))
            lines += [f"    {line}" for line in kernels[:MAX_KERNEL_LINES]]
            if len(kernels) > MAX_KERNEL_LINES:
                lines.append(f"    ... and {len(kernels) - MAX_KERNEL_LINES} more kernels")
    return lines


def _targets(atlas: dict) -> dict[str, dict]:
    return {t["target"]: t for t in atlas["targets"] if t["rows"]}


def atlas_changes(old: dict, new: dict) -> list[str]:
    """Every difference between two atlases, target by target; an empty list when they
    agree.  Settings that make two atlases incomparable (batch,
    CPU threads) are said first."""
    lines = [_change(name, old["settings"].get(name), new["settings"].get(name))
             for name in ("batch", "cpu_threads")
             if old["settings"].get(name) != new["settings"].get(name)]
    old_targets, new_targets = _targets(old), _targets(new)
    for name in [*old_targets, *(t for t in new_targets if t not in old_targets)]:
        if name not in old_targets or name not in new_targets:
            lines.append(f"{name}: only in {'OLD' if name in old_targets else 'NEW'}")
            continue
        if changes := target_changes(old_targets[name], new_targets[name]):
            lines += [name, *changes]
    return lines


def bound_changes(old: dict, new: dict) -> list[str]:
    """The least step time on each accelerator (roofline), both sides."""
    before = {a["name"]: a for a in roofline(old)["accelerators"]}
    lines = []
    for entry in roofline(new)["accelerators"]:
        was = before.get(entry["name"], {}).get("step_bound_ms")
        now = entry["step_bound_ms"]
        if was is not None or now is not None:
            lines.append(f"{entry['name']} (`{entry['target']}`): least step time "
                         f"{'-' if was is None else f'{was:.3g}'} -> "
                         f"{'-' if now is None else f'{now:.3g}'} ms")
    return lines


def diff_report(old: dict, new: dict, old_name: str = "OLD", new_name: str = "NEW") -> str:
    """`tinygan kernels --diff`: the changes, then the roofline bound of both sides."""
    changes = atlas_changes(old, new)
    lines = [f"OLD: {old_name} ({old['created'][:10]}, tinygrad {old['machine']['tinygrad']})",
             f"NEW: {new_name} ({new['created'][:10]}, tinygrad {new['machine']['tinygrad']})",
             ""]
    lines += changes or ["no kernel changed on any target"]
    if bounds := bound_changes(old, new):
        lines += ["", "Roofline bound (a least time, not a measurement):", *bounds]
    return "\n".join(lines)

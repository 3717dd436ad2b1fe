"""The roofline bound: the least time tinygan's kernels can take on an accelerator.

A kernel that performs F floating-point operations and moves B bytes to or from memory
cannot finish before F / (peak FLOP/s) nor before B / (memory bandwidth): it takes at least
max(F / peak, B / bandwidth) (Williams, Waterman and Patterson, "Roofline: an insightful
visual performance model for multicore architectures", CACM 52(4), 2009).  Kernels of one
step run one after another, so the step takes at least the sum over its kernels.

F and B are tinygrad's own estimates from the generated code of the atlas
(`tinygan.bench.atlas`: `Estimates.ops`, and `Estimates.mem`, which counts each byte of a
buffer once, i.e. perfect caching); the peaks are the vendors' figures
(accelerators.json).  Launch overheads, caches, occupancy and clocks below the peak all
make real kernels slower: this is a bound, **not a measurement**, and a real GPU will take
longer.
"""
from __future__ import annotations

import json
import math
from importlib import resources


BOUND_NOTE = ("A lower bound, not a measurement: max(FLOPs / peak FP32, bytes / memory "
              "bandwidth) per kernel, summed over the kernels, from tinygrad's estimates and "
              "the vendors' peak figures.  Nothing ran on these accelerators.")

# The tutorial: 25 epochs of MNIST's 60,000 training images in batches of 128, the last
# batch of each epoch 96 images (DataLoader keeps the partial batch): 469 steps an epoch.
TUTORIAL_EPOCHS, MNIST_TRAIN_IMAGES, TUTORIAL_BATCH = 25, 60_000, 128


def load_accelerators() -> list[dict]:
    """The accelerators shipped with tinygan (tinygan/bench/accelerators.json)."""
    text = resources.files("tinygan.bench").joinpath("accelerators.json").read_text("utf-8")
    return json.loads(text)["accelerators"]


def kernel_bound_s(flops: int, bytes_moved: int, accelerator: dict) -> float:
    """The least time one kernel can take: max(FLOPs / peak, bytes / bandwidth)."""
    return max(flops / (accelerator["peak_fp32_tflops"] * 1e12),
               bytes_moved / (accelerator["memory_bandwidth_gb_s"] * 1e9))


def row_bound_s(row: dict, accelerator: dict) -> float:
    return sum(kernel_bound_s(k["flops"], k["bytes"], accelerator) for k in row["kernel_list"])


def tutorial_bound_s(step_s: float, epochs: int = TUTORIAL_EPOCHS,
                     images: int = MNIST_TRAIN_IMAGES, batch: int = TUTORIAL_BATCH) -> float:
    """The least time of the tutorial's run, from the least time of a full-batch step.

    An epoch has images // batch full steps and one step on the rest (96 images).  Each
    kernel's FLOPs and bytes grow with the batch, affinely and with no negative part, so
    the partial step costs at least (96 / 128) of a full one: that fraction is used, and
    the result stays a lower bound."""
    full, rest = divmod(images, batch)
    return epochs * (full + rest / batch) * step_s


def _target_for(accelerator: dict, atlas: dict) -> dict | None:
    compiled = {t["target"]: t for t in atlas["targets"] if t["rows"]}
    return next((compiled[name] for name in accelerator["targets"] if name in compiled), None)


def roofline(atlas: dict, accelerators: list[dict] | None = None) -> dict:
    """The bound of every compiled row on every accelerator whose target is in the atlas;
    the tutorial's least time where the atlas holds the step at batch 128."""
    results = []
    for accelerator in accelerators if accelerators is not None else load_accelerators():
        target = _target_for(accelerator, atlas)
        if target is None:
            continue
        rows = [{"id": r["id"], "name": r["name"], "pass": r["pass"],
                 "bound_ms": round(row_bound_s(r, accelerator) * 1e3, 6)}
                for r in target["rows"]]
        entry = {**{k: accelerator[k] for k in ("name", "vendor", "peak_fp32_tflops",
                                                 "memory_bandwidth_gb_s", "source", "url")},
                 "note": accelerator.get("note"), "target": target["target"], "rows": rows,
                 "step_bound_ms": None, "step_compute_ms": None, "step_memory_ms": None,
                 "memory_bound_kernels": None, "step_kernels": None, "tutorial_bound_s": None}
        step = next((r for r in target["rows"] if r["id"] == "step"), None)
        if step is not None:
            kernels = step["kernel_list"]
            peak = accelerator["peak_fp32_tflops"] * 1e12
            bandwidth = accelerator["memory_bandwidth_gb_s"] * 1e9
            step_s = row_bound_s(step, accelerator)
            entry.update(
                step_bound_ms=round(step_s * 1e3, 6),
                step_compute_ms=round(sum(k["flops"] for k in kernels) / peak * 1e3, 6),
                step_memory_ms=round(sum(k["bytes"] for k in kernels) / bandwidth * 1e3, 6),
                memory_bound_kernels=sum(1 for k in kernels
                                         if k["bytes"] / bandwidth > k["flops"] / peak),
                step_kernels=len(kernels))
            if atlas["settings"]["batch"] == TUTORIAL_BATCH:
                entry["tutorial_bound_s"] = round(tutorial_bound_s(step_s), 3)
        results.append(entry)
    return {"note": BOUND_NOTE, "tutorial_steps": TUTORIAL_EPOCHS * math.ceil(
        MNIST_TRAIN_IMAGES / TUTORIAL_BATCH), "accelerators": results}

"""Does it learn?  tinygan against a PyTorch implementation of exactly the same model.

    python benchmarks/quality.py --epochs 1                       # train both, score both
    python benchmarks/quality.py --tinygan-run output/            # score a finished run
                                                                  # and train PyTorch alike

Both sides use the tutorial's model and schedule: the same initial weights (the PyTorch
networks are built from tinygan's freshly initialised ones, so the init distributions are
identical), Adam(2e-4, β (0.9, 0.999), ε 1e-8), batch 128, the same shuffled MNIST
batches, a fake batch generated once per step and detached for the discriminator.  Both
generators are scored by the same extractor (tinygan's shipped MNIST classifier) on the
same noise: FID against the MNIST test set, the class histogram, mean confidence.

Writes, into --out: quality.json, quality.md (the table) and grids.png (tinygan's sample
grid beside PyTorch's, on the same fixed noise).
"""
from __future__ import annotations

import datetime
import json
import logging
import platform
import time
from pathlib import Path

import click
import numpy as np

from tinygan.bench.torch_run import TorchTutorialRun
from tinygan.bench.torch_twin import import_torch
from tinygan.data import DataLoader
from tinygan.files import atomic_path
from tinygan.images import image_grid, save_png
from tinygan.kernels import kernels_on
from tinygan.longrun import train
from tinygan.backend import use_device
from tinygan.fast.processor import cpu_isa, cpu_model
from tinygan.quality import format_scores, score_generator
from tinygan.sampling import load_generator
from tinygan.tutorial import HyperParams, load_MNIST_images

log = logging.getLogger("tinygan")


def train_torch(torch, hparams: HyperParams, images: np.ndarray, max_steps: int | None):
    """The tutorial's loop in eager PyTorch; returns the generator, seconds spent, steps."""
    run = TorchTutorialRun(torch, hparams, images)
    total = hparams.epochs * run.steps_per_epoch if max_steps is None else max_steps
    start = time.perf_counter()
    for epoch in range(hparams.epochs):
        if run.step >= total:
            break
        run.train_epoch(epoch, max_steps=total)
    return run.generator, time.perf_counter() - start, run.step


@click.command()
@click.option("--epochs", type=click.IntRange(min=1), default=1, show_default=True)
@click.option("--batch", type=click.IntRange(min=2), default=128, show_default=True)
@click.option("--max-steps", type=click.IntRange(min=1), default=None,
              help="stop both trainings after this many steps (a quick check)")
@click.option("--tinygan-run", type=click.Path(file_okay=False), default=None,
              help="score this finished tinygan run (its output folder) instead of training one")
@click.option("--n", type=click.IntRange(min=10, max=10_000), default=10_000, show_default=True,
              help="generated (and real test) images per FID")
@click.option("--device", default="cpu", show_default=True, help="tinygan's device")
@click.option("--data-dir", type=click.Path(file_okay=False), default=None)
@click.option("--torch/--no-torch", "use_torch", default=True, show_default=True)
@click.option("--torch-threads", type=click.IntRange(min=0), default=0, show_default=True,
              help="PyTorch's CPU threads; 0 keeps its default")
@click.option("--out", type=click.Path(file_okay=False), default="benchmarks/results/quality",
              show_default=True)
def main(epochs, batch, max_steps, tinygan_run, n, device, data_dir, use_torch, torch_threads, out):
    """Train (or load) tinygan and a PyTorch twin, score both with the same extractor."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s",
                        datefmt="%H:%M:%S")
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    hparams = HyperParams(batch_size=batch, epochs=epochs, device=device, data_dir=data_dir,
                          output_dir=str(tinygan_run or out / "tinygan"), max_steps=max_steps)
    images = load_MNIST_images(hparams)
    results = {"created": datetime.datetime.now().isoformat(timespec="seconds"),
               "machine": {"python": platform.python_version(), "processor": cpu_model(),
                           "isa": cpu_isa()},
               "settings": {"epochs": epochs, "batch": batch, "max_steps": max_steps, "n": n},
               "engines": {}}

    if tinygan_run is None:
        started = time.perf_counter()
        summary = train(hparams, images=images)
        results["engines"]["tinygan"] = {"seconds": time.perf_counter() - started,
                                         "steps": summary["steps"], "device": summary["device"]}
    with kernels_on(None, use_device(device)):        # TINYGAN_KERNELS, else fast
        score_both(hparams, images, results, tinygan_run, n, device, data_dir, use_torch,
                   torch_threads, max_steps, out)


def score_both(hparams, images, results, tinygan_run, n, device, data_dir, use_torch,
               torch_threads, max_steps, out):
    """`main`'s scoring, on the device and kernels it chose."""
    gen, fixed_noise, run_hparams = load_generator(hparams.output_dir)
    info = json.loads((Path(hparams.output_dir) / "checkpoint.json").read_text())
    results["engines"].setdefault("tinygan", {"seconds": None, "steps": info["step"],
                                              "device": device, "run": str(tinygan_run)})
    log.info("Scoring tinygan's generator")
    results["engines"]["tinygan"]["scores"] = score_generator(gen, n=n, data_dir=data_dir)
    grids = [("tinygan", image_grid(gen(fixed_noise).numpy(), run_hparams.output_dim))]

    torch = import_torch() if use_torch else None
    if torch is None:
        results["engines"]["pytorch"] = {"note": "PyTorch is not installed (pip install "
                                                 "tinygan[bench]) or --no-torch was given"}
    else:
        if torch_threads:
            torch.set_num_threads(torch_threads)
        wrapped, seconds, steps = train_torch(torch, hparams, images, max_steps or info["step"])
        log.info("Scoring PyTorch's generator")
        results["engines"]["pytorch"] = {"seconds": seconds, "steps": steps,
                                         "version": torch.__version__,
                                         "threads": torch.get_num_threads(),
                                         "scores": score_generator(wrapped, n=n, data_dir=data_dir)}
        grids.append(("pytorch", image_grid(wrapped(fixed_noise).numpy(), run_hparams.output_dim)))

    steps_per_epoch = len(DataLoader(images, hparams.batch_size, 0))
    for engine in results["engines"].values():
        if engine.get("seconds"):
            engine["seconds_per_epoch"] = engine["seconds"] / engine["steps"] * steps_per_epoch
    write_results(results, grids, out)
    for name, engine in results["engines"].items():
        click.echo(f"{name}: " + (format_scores(engine["scores"]) if "scores" in engine
                                  else engine["note"]))


def write_results(results: dict, grids: list, out: Path) -> None:
    with atomic_path(out / "quality.json") as tmp:
        tmp.write_text(json.dumps(results, indent=2))
    lines = [f"# tinygan vs PyTorch: sample quality ({results['created'][:10]})", "",
             "| engine | steps | FID (lower is better) | mean confidence | flagged classes | "
             "class histogram (0-9, %) | s per epoch |", "|---|---|---|---|---|---|---|"]
    for name, engine in results["engines"].items():
        if "scores" not in engine:
            lines.append(f"| {name} | | | | | {engine['note']} | |")
            continue
        scores = engine["scores"]
        histogram = " ".join(f"{100 * share:.1f}" for share in scores["class_histogram"])
        per_epoch = engine.get("seconds_per_epoch")
        lines.append(f"| {name} | {engine['steps']} | {scores['fid']:.1f} | "
                     f"{scores['mean_confidence']:.3f} | {scores['flagged_classes'] or 'none'} | "
                     f"{histogram} | {f'{per_epoch:,.0f}' if per_epoch else 'not timed here'} |")
    lines += ["", "`grids.png`: " + ", ".join(f"{name} {place}" for (name, _), place in
                                         zip(grids, ("left", "right"))) + ", on the same fixed noise."]
    with atomic_path(out / "quality.md") as tmp:
        tmp.write_text("\n".join(lines) + "\n")
    gap = np.ones((grids[0][1].shape[0], 8), np.float32)
    side_by_side = np.concatenate([part for _, grid in grids for part in (grid, gap)][:-1], axis=1)
    save_png(side_by_side, out / "grids.png")


if __name__ == "__main__":
    main()

"""tinygan's 25-epoch run beside the PyTorch twin's, epoch by epoch (issue #14).

    python examples/dcgan_mnist.py --device cpu --score-every 469 --out output/
    python benchmarks/tutorial_run.py --out benchmarks/results/tutorial-25-epochs/pytorch
    python benchmarks/tutorial_report.py --tinygan-run output/ \\
        --pytorch benchmarks/results/tutorial-25-epochs/pytorch/pytorch.json \\
        --out benchmarks/results/tutorial-25-epochs

Reads tinygan's run folder (the `fid` column of losses.csv, the class histograms of
scores.jsonl where the run wrote one, the final checkpoint) and PyTorch's pytorch.json, and
writes into --out: report.json, report.md (FID and class histogram per epoch for both
engines, and the final 10,000-sample scores) and fid.png (FID against epoch, both engines,
on a logarithmic axis).

Both engines are scored with the same metric: `fid_scorer` (the run's `score_samples`
images, the same noise, the same classifier) per epoch, `score_generator` (10,000, seed 0)
at the end.  tinygan's `--score-every 469` scores after steps 0, 469, 938, ... (0-based),
that is one step into each epoch; PyTorch is scored at each epoch's end.  tinygan's last
epoch, which `--score-every` does not reach, is scored here from its final checkpoint.
"""
from __future__ import annotations

import csv
import json
import logging
from pathlib import Path

import click

from tinygan.backend import use_device
from tinygan.charts import plot_lines
from tinygan.checkpoint import read_checkpoint_info
from tinygan.files import atomic_path
from tinygan.quality import fid_scorer, score_generator
from tinygan.sampling import load_generator

log = logging.getLogger("tinygan")
COLOURS = {"tinygan": (200, 40, 40), "pytorch": (40, 80, 200)}


def tinygan_scores(run: Path, final_samples: int) -> dict:
    """tinygan's per-epoch scores (keyed by epochs completed) and final scores."""
    with open(run / "losses.csv", newline="") as f:
        scored = [row for row in csv.DictReader(f) if row.get("fid")]
    details = {}
    if (run / "scores.jsonl").exists():
        for line in (run / "scores.jsonl").read_text().splitlines():
            if line.strip():
                entry = json.loads(line)
                details[entry["step"]] = entry
    epochs = {}
    for row in scored:
        step = int(row["step"])
        # The row's epoch (1-based) is the one this step belongs to: the epochs completed
        # before it are one fewer.
        epochs[int(row["epoch"]) - 1] = {"step": step + 1, "fid": float(row["fid"]),
                                         **{k: v for k, v in details.get(step, {}).items()
                                            if k not in ("step", "epoch", "fid")}}
    info = read_checkpoint_info(run)
    gen, _, hparams = load_generator(run)
    done = info["epoch"]                      # epochs completed at the checkpoint's step
    if done not in epochs:
        log.info(f"Scoring tinygan's final checkpoint ({hparams.score_samples} samples)")
        epochs[done] = {"step": info["step"], **fid_scorer(hparams)(gen)}
    log.info(f"Scoring tinygan's final checkpoint ({final_samples:,} samples)")
    final = {"step": info["step"], **score_generator(gen, n=final_samples,
                                                     data_dir=hparams.data_dir)}
    return {"epochs": epochs, "final": final}


def pytorch_scores(path: Path) -> dict:
    results = json.loads(path.read_text())
    return {"epochs": {e["epoch"]: e for e in results["epochs"]}, "final": results["final"],
            "version": results.get("version")}


def write_report(engines: dict, out: Path) -> dict:
    """report.json, report.md and fid.png from both engines' scores."""
    out.mkdir(parents=True, exist_ok=True)
    epochs = sorted({e for engine in engines.values() for e in engine["epochs"]})
    rows = [{"epoch": e, **{name: engine["epochs"].get(e) for name, engine in engines.items()}}
            for e in epochs]
    report = {"rows": rows, "final": {name: engine["final"] for name, engine in engines.items()}}
    with atomic_path(out / "report.json") as tmp:
        tmp.write_text(json.dumps(report, indent=2) + "\n")

    def histogram(scores):
        return " ".join(f"{100 * share:.0f}" for share in scores["class_histogram"]) \
            if scores and "class_histogram" in scores else ""

    names = list(engines)
    lines = ["# The tutorial's run: tinygan and its PyTorch twin, epoch by epoch", "",
             "FID with tinygan's MNIST classifier (lower is better); class histogram: the share "
             "of samples (%) per digit 0-9.", "",
             "| epochs done | " + " | ".join(f"{n} FID | {n} class histogram" for n in names)
             + " |", "|---|" + "---|---|" * len(names)]
    for row in rows:
        cells = []
        for name in names:
            scores = row[name]
            cells += [f"{scores['fid']:.1f}" if scores else "", histogram(scores)]
        lines.append(f"| {row['epoch']} | " + " | ".join(cells) + " |")
    lines += ["", "Final generator, 10,000 samples (`score_generator`, seed 0):", "",
              "| engine | steps | FID | mean confidence | flagged classes | class histogram |",
              "|---|---|---|---|---|---|"]
    for name, final in report["final"].items():
        if final:
            lines.append(f"| {name} | {final['step']} | {final['fid']:.1f} | "
                         f"{final['mean_confidence']:.3f} | "
                         f"{final['flagged_classes'] or 'none'} | {histogram(final)} |")
    with atomic_path(out / "report.md") as tmp:
        tmp.write_text("\n".join(lines) + "\n")
    series = {}
    for name in names:
        scored = [e for e in epochs if engines[name]["epochs"].get(e)]
        series[f"{name} FID"] = (scored, [engines[name]["epochs"][e]["fid"] for e in scored],
                                 COLOURS.get(name, (0, 0, 0)))
    plot_lines(series, out / "fid.png", x_label="epoch", log_y=True)
    return report


@click.command()
@click.option("--tinygan-run", type=click.Path(exists=True, file_okay=False), required=True,
              help="tinygan's output folder (losses.csv with the fid column, checkpoint)")
@click.option("--pytorch", "pytorch_json", type=click.Path(exists=True, dir_okay=False),
              required=True, help="pytorch.json from benchmarks/tutorial_run.py")
@click.option("--final-samples", type=click.IntRange(min=10, max=10_000), default=10_000,
              show_default=True, help="images for tinygan's final score (as PyTorch's)")
@click.option("--device", default="cpu", show_default=True, help="tinygan's device for scoring")
@click.option("--out", type=click.Path(file_okay=False),
              default="benchmarks/results/tutorial-25-epochs", show_default=True)
def main(tinygan_run, pytorch_json, final_samples, device, out):
    """Tabulate and plot tinygan's and PyTorch's scores per epoch."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s",
                        datefmt="%H:%M:%S")
    use_device(device)
    engines = {"tinygan": tinygan_scores(Path(tinygan_run), final_samples),
               "pytorch": pytorch_scores(Path(pytorch_json))}
    write_report(engines, Path(out))
    click.echo(f"Wrote report.json, report.md and fid.png into {out}/")


if __name__ == "__main__":
    main()

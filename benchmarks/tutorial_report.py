"""tinygan's 25-epoch run beside the PyTorch twin's (issue #14), or a run with the generator's
moving average (`--ema-decay`) beside its own raw weights (issue #25), epoch by epoch.

    python examples/dcgan_mnist.py --device cpu --score-every 469 --out output/
    python benchmarks/tutorial_run.py --out benchmarks/results/tutorial-25-epochs/pytorch
    python benchmarks/tutorial_report.py --tinygan-run output/ \\
        --pytorch benchmarks/results/tutorial-25-epochs/pytorch/pytorch.json \\
        --out benchmarks/results/tutorial-25-epochs
    python benchmarks/tutorial_report.py --tinygan-run output-ema/ --out ...   # EMA run

With a run that kept a moving average, the two "engines" are its generator as trained
("tinygan") and the average ("tinygan EMA"), scored on the same noise at the same steps;
`--pytorch` is optional then.  KID, IS, precision and recall go into the tables where the
run's scores.jsonl has them.  The report also says how much each engine's FID swings from
one epoch to the next over the last 10 epochs, and its mean over the last 5.

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
import math
from pathlib import Path

import click

from tinygan.backend import use_device
from tinygan.kernels import kernels_on
from tinygan.charts import plot_lines
from tinygan.checkpoint import checkpoint_hparams, read_checkpoint_info
from tinygan.files import atomic_path
from tinygan.quality import fid_scorer, score_generator
from tinygan.sampling import load_generator

log = logging.getLogger("tinygan")
COLOURS = {"tinygan": (200, 40, 40), "pytorch": (40, 80, 200), "tinygan EMA": (40, 150, 60)}


def tinygan_scores(run: Path, final_samples: int, raw: bool = True) -> dict:
    """tinygan's per-epoch scores (keyed by epochs completed) and final scores: of the
    generator as trained (`raw`), or else of its moving average."""
    with open(run / "losses.csv", newline="") as f:
        scored = [row for row in csv.DictReader(f) if row.get("fid")]
    details = {}
    if (run / "scores.jsonl").exists():
        for line in (run / "scores.jsonl").read_text().splitlines():
            if line.strip():
                entry = json.loads(line)
                details[entry["step"]] = entry if raw else entry["ema"]
    epochs = {}
    for row in scored:
        step = int(row["step"])
        # The row's epoch (1-based) is the one this step belongs to: the epochs completed
        # before it are one fewer.
        scores = details.get(step, {})
        epochs[int(row["epoch"]) - 1] = {
            "step": step + 1, "fid": float(row["fid"]) if raw else scores["fid"],
            **{k: v for k, v in scores.items() if k not in ("step", "epoch", "fid", "ema")}}
    info = read_checkpoint_info(run)
    gen, _, hparams = load_generator(run, raw=raw)
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


def swings(epochs: dict) -> dict:
    """How much an engine's per-epoch FID moves: over the last 10 epochs, the largest ratio
    between consecutive epochs' FIDs (either way) and the mean of |log2| of those ratios;
    the mean FID over the last 5 epochs."""
    fids = [epochs[e]["fid"] for e in sorted(epochs) if epochs[e]]
    last = fids[-11:]
    ratios = [max(a / b, b / a) for a, b in zip(last, last[1:])]
    return {"largest_ratio_last_10": round(max(ratios), 3) if ratios else None,
            "mean_abs_log2_ratio_last_10": round(sum(math.log2(r) for r in ratios) / len(ratios), 3)
            if ratios else None,
            "mean_fid_last_5": round(sum(fids[-5:]) / len(fids[-5:]), 2) if fids else None}


def write_report(engines: dict, out: Path) -> dict:
    """report.json, report.md and fid.png (and kid.png where there are KIDs) from the
    engines' scores."""
    out.mkdir(parents=True, exist_ok=True)
    epochs = sorted({e for engine in engines.values() for e in engine["epochs"]})
    rows = [{"epoch": e, **{name: engine["epochs"].get(e) for name, engine in engines.items()}}
            for e in epochs]
    report = {"rows": rows, "final": {name: engine["final"] for name, engine in engines.items()},
              "swings": {name: swings(engine["epochs"]) for name, engine in engines.items()}}
    kid = any(scores and "kid" in scores for row in rows for scores in row.values()
              if isinstance(scores, dict))
    with atomic_path(out / "report.json") as tmp:
        tmp.write_text(json.dumps(report, indent=2) + "\n")

    def histogram(scores):
        return " ".join(f"{100 * share:.0f}" for share in scores["class_histogram"]) \
            if scores and "class_histogram" in scores else ""

    names = list(engines)
    title = " and ".join(names)
    lines = [f"# The tutorial's run: {title}, epoch by epoch", "",
             "FID (and KID) with tinygan's MNIST classifier (lower is better); class histogram: "
             "the share of samples (%) per digit 0-9.", "",
             "| epochs done | " + " | ".join(f"{n} FID | " + (f"{n} KID | " if kid else "")
                                            + f"{n} class histogram" for n in names)
             + " |", "|---|" + ("---|---|---|" if kid else "---|---|") * len(names)]
    for row in rows:
        cells = []
        for name in names:
            scores = row[name]
            cells += [f"{scores['fid']:.1f}" if scores else ""]
            if kid:
                cells += [f"{scores['kid']:.1f}" if scores and "kid" in scores else ""]
            cells += [histogram(scores)]
        lines.append(f"| {row['epoch']} | " + " | ".join(cells) + " |")
    lines += ["", "How much the FID swings (`swings`): over the last 10 epochs, the largest "
              "ratio between consecutive epochs and the mean |log2| of those ratios; the mean "
              "FID of the last 5 epochs.", "",
              "| engine | largest ratio | mean abs log2 ratio | mean FID, last 5 epochs |",
              "|---|---|---|---|"]
    for name, swing in report["swings"].items():
        lines.append(f"| {name} | {swing['largest_ratio_last_10']} | "
                     f"{swing['mean_abs_log2_ratio_last_10']} | {swing['mean_fid_last_5']} |")
    lines += ["", "Final generator, 10,000 samples (`score_generator`, seed 0):", "",
              "| engine | steps | FID | IS | KID | precision | recall | mean confidence | "
              "flagged classes | class histogram |", "|---|---|---|---|---|---|---|---|---|---|"]
    number = lambda final, key, f: format(final[key], f) if key in final else ""
    for name, final in report["final"].items():
        if final:
            lines.append(f"| {name} | {final['step']} | {final['fid']:.1f} | "
                         f"{number(final, 'inception_score', '.2f')} | "
                         f"{number(final, 'kid', '.1f')} | {number(final, 'precision', '.3f')} | "
                         f"{number(final, 'recall', '.3f')} | "
                         f"{final['mean_confidence']:.3f} | "
                         f"{final['flagged_classes'] or 'none'} | {histogram(final)} |")
    with atomic_path(out / "report.md") as tmp:
        tmp.write_text("\n".join(lines) + "\n")
    def plot(key: str, name: str, **options) -> None:
        """Each engine's `key` against epoch, where it was scored, into `name`."""
        series = {}
        for engine in names:
            scored = [e for e in epochs if key in (engines[engine]["epochs"].get(e) or {})]
            if scored:
                series[f"{engine} {key.upper()}"] = (
                    scored, [engines[engine]["epochs"][e][key] for e in scored],
                    COLOURS.get(engine, (0, 0, 0)))
        plot_lines(series, out / name, x_label="epoch", **options)

    plot("fid", "fid.png", log_y=True)
    if kid:
        plot("kid", "kid.png")
    return report


@click.command()
@click.option("--tinygan-run", type=click.Path(exists=True, file_okay=False), required=True,
              help="tinygan's output folder (losses.csv with the fid column, checkpoint)")
@click.option("--pytorch", "pytorch_json", type=click.Path(exists=True, dir_okay=False),
              default=None, help="pytorch.json from benchmarks/tutorial_run.py (needed "
              "unless the run kept a moving average)")
@click.option("--final-samples", type=click.IntRange(min=10, max=10_000), default=10_000,
              show_default=True, help="images for tinygan's final score (as PyTorch's)")
@click.option("--device", default="cpu", show_default=True, help="tinygan's device for scoring")
@click.option("--out", type=click.Path(file_okay=False),
              default="benchmarks/results/tutorial-25-epochs", show_default=True)
def main(tinygan_run, pytorch_json, final_samples, device, out):
    """Tabulate and plot tinygan's and PyTorch's scores per epoch."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s",
                        datefmt="%H:%M:%S")
    with kernels_on(None, use_device(device)):        # TINYGAN_KERNELS, else fast
        report(Path(tinygan_run), pytorch_json, final_samples, Path(out))
    click.echo(f"Wrote report.json, report.md and fid.png into {out}/")


def report(run: Path, pytorch_json: str | None, final_samples: int, out: Path) -> None:
    """`main`'s work, on the device and kernels it chose."""
    engines = {"tinygan": tinygan_scores(run, final_samples)}
    if checkpoint_hparams(run).ema_decay:
        engines["tinygan EMA"] = tinygan_scores(run, final_samples, raw=False)
    elif pytorch_json is None:
        raise click.UsageError("--pytorch is needed for a run without a moving average")
    if pytorch_json:
        engines["pytorch"] = pytorch_scores(Path(pytorch_json))
    write_report(engines, out)


if __name__ == "__main__":
    main()

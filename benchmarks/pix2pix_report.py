"""pix2pix's ablation on edges2fashion (issue #53, item 4), as the paper's Table 1 reads
its generators: on held-out pairs, how far each one's outputs are from the targets (L1:
the mean absolute difference, pixels in [-1, 1]; lower is closer) and how real they look
(the FID on the features of tinygan's Fashion-MNIST classifier, the outputs' 28×28 centre
against the real pictures': lower is more realistic).  Three rows, as the issue asks:

    edges        the input edge maps themselves, as outputs: the floor
    L1 only      `tinygan pix2pix --objective l1` (no discriminator)
    cGAN + L1    `tinygan pix2pix` (the paper's objective, λ = 100)

both runs trained on the same budget (`benchmarks/pix2pix_comparison.sh`).  The paper's
finding to check: L1 alone is blurrier (a lower L1 error, a worse FID), cGAN + L1 sharper
(a better FID).  Also a picture of the same held-out inputs through both: edges | L1 only
| cGAN + L1 | target, a row each.

    python benchmarks/pix2pix_report.py --run "L1 only=output/pix2pix-l1" \\
        --run "cGAN + L1=output/pix2pix-cgan-l1" --out benchmarks/results/pix2pix-edges2fashion

Writes report.json, report.md and side_by_side.png into --out.
"""
from __future__ import annotations

import json
import logging
from pathlib import Path

import click
import numpy as np
from tinygrad import Tensor

from tinygan.backend import use_device
from tinygan.checkpoint import read_checkpoint_info
from tinygan.files import atomic_path
from tinygan.images import image_rows, save_png
from tinygan.kernels import kernels_on
from tinygan.pairs import load_pairs
from tinygan.quality import classify, fid_from_features, load_classifier
from tinygan.translation import load_translator

log = logging.getLogger("tinygan")
CHUNK = 500                         # images through the U-Net at a time
SHOWN = 8                           # held-out inputs in side_by_side.png


def translated(run: Path, inputs: np.ndarray) -> np.ndarray:
    """The run's generator on `inputs`, in test mode (as its grids and `translate`)."""
    gen, _ = load_translator(run)
    return np.concatenate([gen(Tensor(inputs[i:i + CHUNK])).numpy()
                           for i in range(0, len(inputs), CHUNK)])


def centre(images: np.ndarray) -> np.ndarray:
    """The 28×28 centre of 32×32 images: what edges2fashion padded, as the classifier reads."""
    pad = (images.shape[-1] - 28) // 2
    return images[..., pad:pad + 28, pad:pad + 28]


def measure(outputs: np.ndarray, targets: np.ndarray, classifier, reference) -> dict:
    features, _ = classify(classifier, centre(outputs))
    return {"l1": round(float(np.abs(outputs - targets).mean()), 4),
            "fid": round(fid_from_features(features, reference), 2)}


def build_report(runs: dict[str, Path], n: int, data_dir) -> tuple[dict, dict, np.ndarray]:
    inputs, targets = load_pairs("edges2fashion", "test", data_dir=data_dir)
    inputs, targets = inputs[:n], targets[:n]
    classifier = load_classifier(dataset="fashion-mnist")
    reference, _ = classify(classifier, centre(targets))
    outputs = {"edges": inputs, **{name: translated(run, inputs) for name, run in runs.items()}}
    rows = []
    for name, images in outputs.items():
        row = {"generator": name, **measure(images, targets, classifier, reference)}
        if name in runs:
            info = read_checkpoint_info(runs[name])
            row.update(step=info["step"], objective=info["hparams"]["objective"],
                       batch_size=info["hparams"]["batch_size"])
        rows.append(row)
        log.info(f"{name}: L1 {row['l1']}, FID {row['fid']}")
    return {"held_out_pairs": n, "rows": rows}, outputs, targets


def write_report(report: dict, outputs: dict, targets: np.ndarray, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with atomic_path(out / "report.json") as tmp:
        tmp.write_text(json.dumps(report, indent=1) + "\n")
    shown = [images[:SHOWN] for images in (*outputs.values(), targets)]
    save_png(image_rows(np.stack(shown, axis=1).reshape(-1, *targets.shape[1:]), len(shown)),
             out / "side_by_side.png")
    lines = ["# pix2pix on edges2fashion: what the cGAN term adds to L1", "",
             f"On the first {report['held_out_pairs']:,} held-out pairs (Fashion-MNIST's test "
             f"set, its edge maps as inputs): *L1*, the mean absolute difference from the "
             f"targets (pixels in [-1, 1]); *FID*, on tinygan's Fashion-MNIST classifier's "
             f"features, the outputs' 28×28 centre against the targets'.", "",
             "| generator | objective | steps (batch) | L1 to the targets | FID |",
             "|---|---|---|---|---|"]
    for row in report["rows"]:
        trained = f"{row['step']:,} ({row['batch_size']})" if "step" in row else "-"
        lines.append(f"| {row['generator']} | {row.get('objective', 'none: the input')} | "
                     f"{trained} | {row['l1']:.4f} | {row['fid']:.1f} |")
    lines += ["", "`side_by_side.png`: " + " | ".join(list(outputs) + ["target"])
              + f", one held-out input a row ({SHOWN} rows)."]
    with atomic_path(out / "report.md") as tmp:
        tmp.write_text("\n".join(lines) + "\n")


def parse_run(text: str) -> tuple[str, Path]:
    name, sep, folder = text.partition("=")
    if not sep or not name or not Path(folder, "checkpoint.json").is_file():
        raise click.BadParameter(f"{text!r}: give NAME=RUN_FOLDER, the folder holding a "
                                 f"pix2pix checkpoint.json", param_hint="--run")
    return name, Path(folder)


@click.command()
@click.option("--run", "runs", multiple=True, required=True, metavar="NAME=FOLDER",
              help="a trained pix2pix run and its name in the table (repeat)")
@click.option("--out", type=click.Path(file_okay=False), required=True)
@click.option("--n", type=click.IntRange(min=2, max=10_000), default=10_000,
              show_default=True, help="held-out pairs")
@click.option("--data-dir", type=click.Path(file_okay=False), default=None)
@click.option("--device", default="gpu", show_default=True)
def main(runs, out, n, data_dir, device):
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    named = dict(parse_run(text) for text in runs)
    backend = use_device(device)
    with kernels_on(None, backend):
        report, outputs, targets = build_report(named, n, data_dir)
    write_report(report, outputs, targets, Path(out))
    click.echo(f"Wrote {out}/report.md")


if __name__ == "__main__":
    main()

"""What the metrics beside the FID read on real digits and on known failures: the ceiling a
generator's scores are quoted against (benchmarks/README.md, "Sample quality").

    python benchmarks/metrics_ceiling.py --data-dir DIR       # DIR: the four MNIST files

Scores, on tinygan's shipped MNIST classifier, with `tinygan.quality.metrics`: the MNIST
test set's own Inception Score (10,000 digits, 10 splits); the test set against 10,000
training digits (FID, KID, precision, recall: what a perfect generator would get); then
1,000 "generated" images of each kind against 1,000 test digits, as `--score-samples
1000` compares during training: training digits, the training 1s only (a collapsed
generator), Gaussian noise, and uniform noise in [-1, 1].

Writes --out (default benchmarks/results/metrics-ceiling.json) and prints a table.
"""
from __future__ import annotations

import datetime
import json
import platform

import click
import numpy as np

from tinygan.files import atomic_path
from tinygan.fast.processor import cpu_isa, cpu_model
from tinygan.quality import classify, fid_from_features, gan_metrics, load_classifier
from tinygan.quality.classifier import mnist_split


def scores(real: tuple, generated: tuple) -> dict:
    """FID and `gan_metrics` of generated (features, probabilities) against real ones."""
    return {"fid": round(fid_from_features(generated[0], real[0]), 2),
            **gan_metrics(real[0], *generated)}


@click.command()
@click.option("--data-dir", type=click.Path(file_okay=False), default=None)
@click.option("--out", type=click.Path(dir_okay=False),
              default="benchmarks/results/metrics-ceiling.json", show_default=True)
def main(data_dir, out):
    """The metrics on real MNIST and on known failures."""
    classifier = load_classifier()
    test, _ = mnist_split("test", data_dir, download=False)
    train, train_labels = mnist_split("train", data_dir, download=False)
    rng = np.random.default_rng(0)
    test_all, train_10k = classify(classifier, test), classify(classifier, train[:10_000])
    test_1k = tuple(a[:1000] for a in test_all)
    cases = {
        "training digits": train[10_000:11_000],
        "training 1s only": train[train_labels == 1][:1000],
        "Gaussian noise N(0, 1), clipped": np.clip(rng.standard_normal((1000, 1, 28, 28)), -1, 1),
        "uniform noise U(-1, 1)": rng.uniform(-1, 1, (1000, 1, 28, 28)),
    }
    results = {
        "created": datetime.datetime.now().isoformat(timespec="seconds"),
        "machine": {"processor": cpu_model(), "isa": cpu_isa(),
                    "python": platform.python_version()},
        "test set (10,000) vs 10,000 training digits": scores(train_10k, test_all),
        **{f"{name} (1,000) vs 1,000 test digits":
           scores(test_1k, classify(classifier, images.astype(np.float32)))
           for name, images in cases.items()}}
    with atomic_path(out) as tmp:
        tmp.write_text(json.dumps(results, indent=1) + "\n")
    click.echo(f"{'':58} {'FID':>8} {'IS':>6} {'KID':>8} {'±':>6} {'prec':>6} {'recall':>6}")
    for name, s in results.items():
        if isinstance(s, dict) and "fid" in s:
            click.echo(f"{name:58} {s['fid']:8.1f} {s['inception_score']:6.2f} {s['kid']:8.2f} "
                       f"{s['kid_std']:6.2f} {s['precision']:6.3f} {s['recall']:6.3f}")
    click.echo(f"Wrote {out}")


if __name__ == "__main__":
    main()

"""Scoring a generator: FID against MNIST, IS, KID, precision and recall (`metrics`), the
class histogram, the flagged classes and the classifier's mean confidence; `fid_scorer`
for scoring during training."""
from __future__ import annotations

from pathlib import Path

import numpy as np
from tinygrad import Tensor

from tinygan.backend import seed_everything, use_device
from tinygan.checkpoint import read_checkpoint_info
from tinygan.checks import is_int
from tinygan.conditional import DIGITS, digits_in_turn, generate, is_conditional
from tinygan.models import not_scored
from tinygan.quality.classifier import (CLASSIFIER_DATASETS, MnistClassifier, classify,
                                        classify_batches, load_classifier, mnist_split)
from tinygan.quality.fid import fid_from_features
from tinygan.quality.metrics import gan_metrics
from tinygan.sampling import generator_weights, load_generator
from tinygan.tutorial import HyperParams, load_MNIST_images

# Mode collapse: MNIST's ten classes each hold 9-11% of the images, so a fair generator
# draws each digit about 10% of the time; outside these bounds a class is flagged.
CLASS_SHARE_BOUNDS = (0.05, 0.15)


# ---------------------------------------------------------------------------------------
# 3-4. The class histogram, the classes it flags, and the mean confidence.
# ---------------------------------------------------------------------------------------

def class_histogram(probs: np.ndarray) -> np.ndarray:
    """The share of images (rows of class probabilities, N×10) assigned to each class."""
    return np.bincount(np.asarray(probs).argmax(axis=1), minlength=10) / len(probs)


def flagged_classes(histogram: np.ndarray,
                    bounds: tuple[float, float] = CLASS_SHARE_BOUNDS) -> list[int]:
    """The classes whose share lies outside `bounds` (5-15%): signs of mode collapse."""
    low, high = bounds
    return [digit for digit, share in enumerate(histogram) if not low <= share <= high]


def mean_confidence(probs: np.ndarray) -> float:
    """The mean of the classifier's largest class probability."""
    return float(np.asarray(probs).max(axis=1).mean())


def digit_accuracy(probs: np.ndarray, digits: np.ndarray) -> dict:
    """For images asked for `digits` (a conditional generator's): the share the classifier
    reads as the digit asked for, overall and per digit (None for a digit never asked)."""
    read = np.asarray(probs).argmax(axis=1) == np.asarray(digits)
    per_digit = [round(float(read[digits == d].mean()), 4) if (digits == d).any() else None
                 for d in range(DIGITS)]
    return {"digit_accuracy": round(float(read.mean()), 4),
            "digit_accuracy_per_digit": per_digit}


def class_report(probs: np.ndarray) -> dict:
    """Histogram, flagged classes and mean confidence of a set of class probabilities."""
    histogram = class_histogram(probs)
    return {"class_histogram": [round(float(share), 4) for share in histogram],
            "flagged_classes": flagged_classes(histogram),
            "mean_confidence": round(mean_confidence(probs), 4)}


# ---------------------------------------------------------------------------------------
# 5. Scoring a generator.
# ---------------------------------------------------------------------------------------

def score_generator(gen, n: int = 10_000, seed: int = 0, batch_size: int = 500,
                    real_images: np.ndarray | None = None,
                    classifier: MnistClassifier | None = None,
                    data_dir: str | Path | None = None, download: bool = True,
                    noise: Tensor | None = None, dataset: str = "mnist") -> dict:
    """FID, Inception Score, KID, precision and recall (`tinygan.quality.metrics`), class
    histogram, flagged classes and mean confidence of `n` of `gen`'s images, on the features
    of `dataset`'s classifier ("mnist", or "fashion-mnist": its classes for the histogram).

    `noise` (n×latent_dim), when given, replaces the seeded draw: the training loop passes
    noise it drew once, so that scoring does not reset tinygrad's random stream mid-run.

    The generator runs in test mode (BatchNorm on its running statistics), as when
    sampling, on N(0, 1) noise drawn from tinygrad's random stream seeded with `seed`, in
    batches of `batch_size`.  The real images are the first `n` of `real_images` (default:
    `dataset`'s test set, 10,000 images, so at most n = 10,000 of them; FID is biased
    upwards for small samples, so compare scores computed with the same n).  `classifier`
    defaults to `dataset`'s shipped one; the scores name a dataset other than MNIST.
    """
    if not is_int(n, 10):
        raise ValueError(f"n must be an integer >= 10 (the Inception Score's 10 splits), "
                         f"got {n!r}")
    if real_images is None:
        real_images, _ = mnist_split("test", data_dir, download, dataset)
    classifier = classifier or load_classifier(dataset=dataset)
    real_features, _ = classify(classifier, real_images[:n])

    if noise is None:
        seed_everything(seed)
        noise = Tensor.randn(n, gen.latent_dim).realize()
    # A conditional generator is asked for each digit in turn, 0-9 over and over, so that
    # its FID is of ten equal classes (as MNIST's nearly are).
    digits = digits_in_turn(n) if is_conditional(gen) else None
    features, probs = classify_batches(
        classifier, (generate(gen, noise[first:first + batch_size],  # test mode
                              None if digits is None else digits[first:first + batch_size])
                     for first in range(0, n, batch_size)))
    return {"fid": round(fid_from_features(features, real_features), 4),
            **gan_metrics(real_features, features, probs),
            "n_generated": n, "n_real": len(real_features), "seed": seed,
            **class_report(probs),
            **(digit_accuracy(probs, digits) if digits is not None else {}),
            **({"dataset": dataset} if dataset != "mnist" else {})}


def score_checkpoint(folder: str | Path, n: int = 10_000, seed: int = 0, device: str = "gpu",
                     batch_size: int = 500, classifier_dir: str | Path | None = None,
                     data_dir: str | Path | None = None, download: bool = True,
                     raw: bool = False) -> dict:
    """`score_generator` for the generator saved in a run's output folder (its moving
    average when the run kept one, unless `raw`; `weights` says which)."""
    backend = use_device(device)
    gen, _, hparams = load_generator(folder, raw)
    if hparams.model != "tutorial":
        raise ValueError(not_scored(hparams.model))
    scores = score_generator(gen, n, seed, batch_size, classifier=load_classifier(classifier_dir),
                             data_dir=data_dir if data_dir is not None else hparams.data_dir,
                             download=download)
    return {"checkpoint": str(folder), "step": read_checkpoint_info(folder).get("step"),
            "weights": generator_weights(folder, raw), "device": backend, **scores}


def format_scores(scores: dict) -> str:
    """The scores as a few lines for a terminal."""
    low, high = CLASS_SHARE_BOUNDS
    histogram = "  ".join(f"{digit}: {share:.1%}"
                          for digit, share in enumerate(scores["class_histogram"]))
    flagged = ", ".join(f"{digit} ({scores['class_histogram'][digit]:.1%})"
                        for digit in scores["flagged_classes"]) or "none"
    weights = {"ema": " (the generator's moving average)",
               "raw": ""}.get(scores.get("weights"), "")
    dataset = scores.get("dataset", "mnist")
    name = CLASSIFIER_DATASETS[dataset]
    ceiling = "  (MNIST's test set: 9.61)" if dataset == "mnist" else ""
    return "\n".join([
        f"FID (tinygan {name} classifier): {scores['fid']:.2f}  "
        f"({scores['n_generated']:,} generated vs {scores['n_real']:,} {name} test images)"
        f"{weights}",
        f"Inception Score (same classifier): {scores['inception_score']:.2f} "
        f"± {scores['inception_score_std']:.2f}{ceiling}",
        f"KID: {scores['kid']:.3f} ± {scores['kid_std']:.3f}",
        f"precision: {scores['precision']:.3f}  recall: {scores['recall']:.3f}  "
        f"(k = 3 nearest neighbours)",
        f"class histogram: {histogram}",
        f"flagged classes (outside {low:.0%}-{high:.0%}): {flagged}",
        f"mean classifier confidence: {scores['mean_confidence']:.3f}",
        *([f"read as the digit asked for: {scores['digit_accuracy']:.1%}  (" + "  ".join(
            f"{d}: {share:.1%}" for d, share in enumerate(scores['digit_accuracy_per_digit']))
           + ")"] if "digit_accuracy" in scores else [])])


def fid_scorer(hparams: HyperParams):
    """A function returning a generator's scores (`score_generator`'s dict: FID, class
    histogram, ...), for scoring during training (`--score-every`, `tinygan.longrun`) and
    for the PyTorch twin's run (benchmarks/tutorial_run.py), which must be scored alike.
    The classifier, the real test images and the noise are loaded or drawn once, here."""
    classifier = load_classifier()
    real = load_MNIST_images(hparams.replace(dataset="mnist"), split="test")
    # Drawn on the host so that scoring leaves tinygrad's random stream, and so the
    # training run itself, exactly as it would be without scoring.
    rng = np.random.default_rng([hparams.seed, 1])
    shape = (hparams.score_samples, hparams.latent_dim)
    noise = Tensor((rng.uniform(-1, 1, shape) if hparams.noise == "uniform"
                    else rng.standard_normal(shape)).astype(np.float32)).realize()

    def score(gen) -> dict:
        return score_generator(gen, n=hparams.score_samples, real_images=real,
                               classifier=classifier, noise=noise)
    return score

"""How good is a trained generator?  FID on MNIST, the class histogram and a confidence.

The Flux tutorial judges its GAN by eye, from the sample grids.  This module adds the
usual numbers, computed with a small MNIST classifier that tinygan trains itself:

1. the classifier: a LeNet-style CNN (LeCun et al., 1998, "Gradient-based learning
   applied to document recognition") whose weights ship in `tinygan/weights/`, so scoring
   works offline; `train_classifier` rebuilds them from the recipe recorded beside them;
2. the Fréchet Inception Distance (Heusel et al., 2017, "GANs trained by a two time-scale
   update rule converge to a local Nash equilibrium", arXiv:1706.08500): fit a Gaussian to
   the features of real and of generated images and measure the distance between the two,

       FID = ||μ_r - μ_g||² + Tr(Σ_r + Σ_g - 2 (Σ_r Σ_g)^½),

   here with the classifier's penultimate layer (128 features) in place of Inception-v3's
   pool layer (2048 features), as is usual for MNIST: Inception was trained on photographs,
   and its weights cannot be downloaded here anyway.  FIDs from different feature extractors are
   not comparable: quote this one as "FID (tinygan MNIST classifier)";
3. the class histogram of the generated digits, as the classifier labels them.  A GAN that
   collapses onto a few modes draws some digits far more often than others (Metz et al.,
   2017, "Unrolled generative adversarial networks", count modes the same way); MNIST's
   classes each make up about 10% of the data, so any class outside 5-15% is flagged;
4. the classifier's mean confidence (its largest softmax probability): low when the
   samples look like no digit in particular;
5. `score_generator` and `score_checkpoint`, which put these together, and the `tinygan
   score` and `tinygan train-classifier` commands.

Images are N×1×28×28 in [-1, 1] throughout, the range of the generator's tanh and of
`tinygan.data.load_mnist_images`.
"""
from __future__ import annotations

import hashlib
import importlib.metadata
import json
import logging
import time
import warnings
from pathlib import Path

import click
import numpy as np
import scipy.linalg
from tinygrad import Device, Tensor, dtypes, nn
from tinygrad.nn.state import get_parameters, get_state_dict, load_state_dict, safe_load, safe_save

from tinygan.backend import jit, seed_everything, training_mode, use_device
from tinygan.checkpoint import read_checkpoint_info
from tinygan.data import DataLoader, load_labels, load_mnist_images
from tinygan.hparams import HyperParams, is_int
from tinygan.images import atomic_path
from tinygan.sampling import load_generator
from tinygan.training import _scheduled_update, make_optimiser

log = logging.getLogger("tinygan")

# The weights that ship with tinygan, and the names `train_classifier` writes.
SHIPPED_WEIGHTS_DIR = Path(__file__).resolve().parent / "weights"
WEIGHTS_FILE = "mnist_classifier.safetensors"
RECIPE_FILE = "mnist_classifier.json"

# Mode collapse: MNIST's ten classes each hold 9-11% of the images, so a fair generator
# draws each digit about 10% of the time; outside these bounds a class is flagged.
CLASS_SHARE_BOUNDS = (0.05, 0.15)


class ClassifierError(Exception):
    """The classifier's weights are missing or do not fit (one line, says what to do)."""


# ---------------------------------------------------------------------------------------
# 1. The classifier.  Small on purpose: tinygrad's CPU convolutions run at a few GFLOP/s,
# and this net reaches 99% in four epochs, about four minutes on two CPU cores.
# Plain tinygrad layers (nn.Conv2d, nn.Linear, with their default Kaiming-uniform init), as
# in tinygrad's `examples/beautiful_mnist.py`: nothing here follows Flux's semantics.
# ---------------------------------------------------------------------------------------

ARCHITECTURE = ("conv(1→16, 5×5) relu maxpool(2) · conv(16→32, 5×5) relu maxpool(2) · "
                "flatten · dense(512→128) [features] relu · dense(128→10) [logits]")


class MnistClassifier:
    """LeNet-style digit classifier: images N×1×28×28 in [-1, 1] → logits N×10.

    `features` stops at the penultimate layer, before its ReLU: the 128 numbers that define
    tinygan's FID.  Before the ReLU because some of its units never fire on digits (24 of
    128 in the shipped weights); after it they would be features with no variance at all,
    and the covariances of the FID singular.
    """

    def __init__(self):
        self.conv1 = nn.Conv2d(1, 16, 5)              # N×16×24×24, then pooled to N×16×12×12
        self.conv2 = nn.Conv2d(16, 32, 5)             # N×32×8×8,   then pooled to N×32×4×4
        self.fc1 = nn.Linear(32 * 4 * 4, 128)         # N×128 (the features)
        self.fc2 = nn.Linear(128, 10)                 # N×10  (the logits)

    def features(self, x: Tensor) -> Tensor:
        x = self.conv1(x).relu().max_pool2d(2)        # N×16×12×12
        x = self.conv2(x).relu().max_pool2d(2)        # N×32×4×4
        return self.fc1(x.flatten(1))                 # N×128

    def head(self, features: Tensor) -> Tensor:
        return self.fc2(features.relu())              # N×10

    def __call__(self, x: Tensor) -> Tensor:
        return self.head(self.features(x))


def save_classifier(classifier: MnistClassifier, folder: str | Path, recipe: dict) -> Path:
    """Write the weights (as float16: half the size, and the same accuracy) and the recipe
    JSON into `folder`, each atomically; returns the weights' path."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    weights = folder / WEIGHTS_FILE
    with atomic_path(weights) as tmp:
        safe_save({name: t.cast(dtypes.float16).contiguous()
                   for name, t in get_state_dict(classifier).items()}, str(tmp))
    recipe = {**recipe, "weights_sha256": hashlib.sha256(weights.read_bytes()).hexdigest()}
    with atomic_path(folder / RECIPE_FILE) as tmp:
        tmp.write_text(json.dumps(recipe, indent=2, ensure_ascii=False) + "\n")
    return weights


def load_classifier(folder: str | Path | None = None) -> MnistClassifier:
    """The classifier whose weights are in `folder` (None: the weights shipped with tinygan),
    as float32 on tinygrad's default device."""
    path = Path(folder or SHIPPED_WEIGHTS_DIR) / WEIGHTS_FILE
    if not path.exists():
        raise ClassifierError(f"no classifier weights at {path}: run `tinygan train-classifier "
                              f"--out {path.parent}` to make them")
    classifier = MnistClassifier()
    saved = {name: t.to(Device.DEFAULT).cast(dtypes.float32)     # off the disk, then cast
             for name, t in safe_load(str(path)).items()}
    try:
        load_state_dict(classifier, saved, verbose=False)
    except (KeyError, ValueError) as e:
        raise ClassifierError(f"{path} does not hold this classifier ({e}): rebuild it with "
                              f"`tinygan train-classifier`") from None
    return classifier


def load_recipe(folder: str | Path | None = None) -> dict:
    """The recipe recorded beside the weights in `folder` (None: the shipped weights)."""
    return json.loads((Path(folder or SHIPPED_WEIGHTS_DIR) / RECIPE_FILE).read_text())


def _mnist(split: str, data_dir: str | Path | None,
           download: bool) -> tuple[np.ndarray, np.ndarray]:
    """A split's images (N×1×28×28 in [-1, 1], scaled exactly as the GAN's) and labels."""
    data_dir = None if data_dir is None else str(data_dir)
    images = load_mnist_images(HyperParams(data_dir=data_dir), split, download)
    labels = load_labels("mnist", split, data_dir, download)
    return images, labels


def classify(classifier: MnistClassifier, images: np.ndarray,
             batch_size: int = 1000) -> tuple[np.ndarray, np.ndarray]:
    """The features (N×128) and class probabilities (N×10) of host images, in batches."""
    return _classify_batches(classifier, (Tensor(images[first:first + batch_size])
                                          for first in range(0, len(images), batch_size)))


def _classify_batches(classifier: MnistClassifier, batches) -> tuple[np.ndarray, np.ndarray]:
    """Features and class probabilities of image batches (Tensors), concatenated: one
    forward pass per batch (test mode: outside `training_mode`), both outputs at once."""
    features, probs = [], []
    for x in batches:
        f = classifier.features(x)
        p = classifier.head(f).softmax(axis=1)
        Tensor.realize(f, p)
        features.append(f.numpy())
        probs.append(p.numpy())
    return np.concatenate(features), np.concatenate(probs)


def classifier_accuracy(classifier: MnistClassifier, images: np.ndarray,
                        labels: np.ndarray) -> float:
    """The fraction of `images` whose most probable class is their label."""
    _, probs = classify(classifier, images)
    return float((probs.argmax(axis=1) == labels).mean())


# ---------------------------------------------------------------------------------------
# Training the classifier: Adam on cross-entropy, the step compiled once by tinygrad's JIT
# (as tinygan's GAN step, see `tinygan.training`).  Everything follows from the seed: the
# initial weights (tinygrad's random stream) and each epoch's order (`DataLoader.order`).
# ---------------------------------------------------------------------------------------

DEFAULT_RECIPE = {"epochs": 4, "batch_size": 128, "lr": 1e-3, "lr_decay": 0.5, "seed": 0}


def train_classifier(out_dir: str | Path = "classifier", epochs: int = DEFAULT_RECIPE["epochs"],
                     batch_size: int = DEFAULT_RECIPE["batch_size"],
                     lr: float = DEFAULT_RECIPE["lr"],
                     lr_decay: float = DEFAULT_RECIPE["lr_decay"],
                     seed: int = DEFAULT_RECIPE["seed"], device: str = "gpu",
                     data_dir: str | Path | None = None, download: bool = True) -> dict:
    """Train the MNIST classifier on the 60,000 training digits, measure it on the 10,000
    test digits, and save weights and recipe into `out_dir`; returns the recipe.

    The learning rate is `lr` in the first epoch and is multiplied by `lr_decay` after each
    (1e-3, 5e-4, 2.5e-4, 1.25e-4 by default): with a constant rate the test accuracy still
    wanders by a few tenths of a percent from epoch to epoch; smaller steps settle it.

    With the defaults this rebuilds the weights in `tinygan/weights/` (the recorded test
    accuracy may differ in the last digit on another device or tinygrad version: kernels
    may sum in another order).
    """
    for name, value in (("epochs", epochs), ("batch_size", batch_size)):
        if not is_int(value, 1):
            raise ValueError(f"{name} must be a positive integer, got {value!r}")
    if not lr > 0:
        raise ValueError(f"lr must be a number > 0, got {lr!r}")
    if not 0 < lr_decay <= 1:
        raise ValueError(f"lr_decay must be in (0, 1], got {lr_decay!r}")
    backend = use_device(device)
    train_images, train_labels = _mnist("train", data_dir, download)
    test_images, test_labels = _mnist("test", data_dir, download)

    seed_everything(seed)
    classifier = MnistClassifier()
    opt = make_optimiser(classifier, lr)   # Adam, β = (0.9, 0.999), ε = 1e-8

    def step(images: Tensor, labels: Tensor) -> Tensor:
        with training_mode():             # tinygrad's optimisers refuse to step outside it
            loss = classifier(images).sparse_categorical_crossentropy(labels)
            Tensor.realize(loss, *_scheduled_update(loss, opt))
        return loss

    step = jit(step)
    loader = DataLoader(train_images, batch_size, seed)
    training_time, accuracy_by_epoch = 0.0, []
    for epoch in range(epochs):
        start = time.perf_counter()
        # Written into the optimiser's lr tensor in place, so the compiled step sees it.
        opt.lr.assign(Tensor([lr * lr_decay ** epoch], dtype=opt.lr.dtype,
                             device=opt.lr.device)).realize()
        order = loader.order(epoch)
        # A compiled step has one batch shape, so the last, smaller batch is left out; a new
        # order each epoch means different images are left out each time.
        for first in range(0, len(order) - batch_size + 1, batch_size):
            batch = order[first:first + batch_size]
            loss = step(Tensor(train_images[batch]).realize(),
                        Tensor(train_labels[batch].astype(np.int32)).realize())
        loss = loss.item()
        training_time += time.perf_counter() - start      # the test below is not training
        accuracy = classifier_accuracy(classifier, test_images, test_labels)
        accuracy_by_epoch.append(round(accuracy, 4))
        log.info(f"classifier epoch {epoch + 1}/{epochs}: last batch loss {loss:.4f}, test "
                 f"accuracy {accuracy_by_epoch[-1]:.2%}, {training_time:.0f} s of training")

    recipe = {
        "architecture": ARCHITECTURE,
        "parameters": sum(t.numel() for t in get_parameters(classifier)),
        "features": "penultimate layer before its ReLU: dense(512→128), 128 numbers per image",
        "inputs": "N×1×28×28 in [-1, 1] (pixels / 255 · 2 - 1, as the GAN's training data)",
        "data": "MNIST training set, 60,000 images; the last incomplete batch of each "
                "shuffled epoch is left out",
        "optimiser": "Adam, β = (0.9, 0.999), ε = 1e-8; learning rate lr · lr_decay^epoch",
        "loss": "cross-entropy on the logits",
        "epochs": epochs, "batch_size": batch_size, "lr": lr, "lr_decay": lr_decay,
        "seed": seed,
        "device": backend, "tinygrad": importlib.metadata.version("tinygrad"),
        "training_time_s": round(training_time, 1),
        "test_accuracy_by_epoch": accuracy_by_epoch,
        "storage": "float16 safetensors, loaded as float32",
    }
    # Measure what ships: the accuracy after the weights' rounding to float16.
    weights = save_classifier(classifier, out_dir, recipe)
    accuracy = classifier_accuracy(load_classifier(out_dir), test_images, test_labels)
    recipe["test_accuracy"] = round(accuracy, 4)
    save_classifier(classifier, out_dir, recipe)
    log.info(f"classifier: test accuracy {accuracy:.2%}, trained in {training_time:.0f} s, "
             f"saved to {weights}")
    return load_recipe(out_dir)


# ---------------------------------------------------------------------------------------
# 2. The Fréchet distance between two Gaussians, N(μ1, Σ1) and N(μ2, Σ2):
#
#     d² = ||μ1 - μ2||² + Tr(Σ1 + Σ2 - 2 (Σ1 Σ2)^½)
#
# (Dowson and Landau, 1982, "The Fréchet distance between multivariate normal
# distributions").  The matrix square root is scipy's; Σ1 Σ2 is not symmetric, and with
# covariances estimated from samples (singular when there are fewer samples than features)
# the result may carry small imaginary parts from rounding.  As pytorch-fid
# does (github.com/mseitzer/pytorch-fid, `calculate_frechet_distance`), they are dropped
# when negligible; otherwise ε·I is added to both covariances and the root taken again.
# ---------------------------------------------------------------------------------------

def _is_usable_root(root: np.ndarray, atol: float = 1e-3) -> bool:
    """Finite, and real up to rounding on the diagonal (the only part the trace needs)."""
    return bool(np.isfinite(root).all()) and np.allclose(np.diagonal(root).imag, 0, atol=atol)


def _sqrtm(matrix: np.ndarray) -> np.ndarray:
    """scipy's matrix square root, without its warning for singular matrices: covariances
    from fewer samples than features are singular, and the result is checked by
    `_is_usable_root` instead (pytorch-fid passes `disp=False` for the same reason)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", scipy.linalg.LinAlgWarning)
        return scipy.linalg.sqrtm(matrix)


def frechet_distance(mu1, sigma1, mu2, sigma2, eps: float = 1e-6) -> float:
    """The Fréchet distance (squared, as FID reports it) between N(mu1, sigma1) and
    N(mu2, sigma2): means of length d, covariances d×d.  0 for identical statistics, up to
    rounding (which may leave it slightly below 0)."""
    mu1, mu2 = (np.atleast_1d(np.asarray(mu, np.float64)) for mu in (mu1, mu2))
    sigma1, sigma2 = (np.atleast_2d(np.asarray(sigma, np.float64)) for sigma in (sigma1, sigma2))
    if mu1.shape != mu2.shape or mu1.ndim != 1:
        raise ValueError(f"means must be vectors of the same length, got {mu1.shape} and "
                         f"{mu2.shape}")
    if sigma1.shape != sigma2.shape or sigma1.shape != (len(mu1), len(mu1)):
        raise ValueError(f"covariances must both be {len(mu1)}×{len(mu1)}, got "
                         f"{sigma1.shape} and {sigma2.shape}")
    root = _sqrtm(sigma1 @ sigma2)
    if not _is_usable_root(root):
        offset = eps * np.eye(len(mu1))
        root = _sqrtm((sigma1 + offset) @ (sigma2 + offset))
        if not _is_usable_root(root):
            raise ValueError(f"the covariances' product has no usable square root even with "
                             f"{eps}·I added (largest imaginary part "
                             f"{np.abs(np.imag(root)).max():.3g})")
    diff = mu1 - mu2
    return float(diff @ diff + np.trace(sigma1) + np.trace(sigma2) - 2 * np.trace(root.real))


def feature_statistics(features: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Mean and covariance (unbiased, N - 1) of N feature vectors, in float64."""
    features = np.asarray(features, np.float64)
    return features.mean(axis=0), np.cov(features, rowvar=False)


def fid_from_features(features1: np.ndarray, features2: np.ndarray) -> float:
    """FID between two sets of feature vectors (N1×d and N2×d)."""
    return frechet_distance(*feature_statistics(features1), *feature_statistics(features2))


def fid_of_images(images1: np.ndarray, images2: np.ndarray,
                  classifier: MnistClassifier | None = None) -> float:
    """FID between two sets of host images (N×1×28×28 in [-1, 1])."""
    classifier = classifier or load_classifier()
    return fid_from_features(classify(classifier, images1)[0], classify(classifier, images2)[0])


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
                    noise: Tensor | None = None) -> dict:
    """FID, class histogram, flagged classes and mean confidence of `n` of `gen`'s images.

    `noise` (n×latent_dim), when given, replaces the seeded draw: the training loop passes
    noise it drew once, so that scoring does not reset tinygrad's random stream mid-run.

    The generator runs in test mode (BatchNorm on its running statistics), as when
    sampling, on N(0, 1) noise drawn from tinygrad's random stream seeded with `seed`, in
    batches of `batch_size`.  The real images are the first `n` of `real_images` (default:
    the MNIST test set, 10,000 images, so at most n = 10,000 of them; FID is biased upwards
    for small samples, so compare scores computed with the same n).
    """
    if not is_int(n, 2):
        raise ValueError(f"n must be an integer >= 2 (a covariance needs two samples), got {n!r}")
    if real_images is None:
        real_images, _ = _mnist("test", data_dir, download)
    classifier = classifier or load_classifier()
    real_features, _ = classify(classifier, real_images[:n])

    if noise is None:
        seed_everything(seed)
        noise = Tensor.randn(n, gen.latent_dim).realize()
    features, probs = _classify_batches(
        classifier, (gen(noise[first:first + batch_size])   # outside training_mode: test mode
                     for first in range(0, n, batch_size)))
    return {"fid": round(fid_from_features(features, real_features), 4),
            "n_generated": n, "n_real": len(real_features), "seed": seed,
            **class_report(probs)}


def score_checkpoint(folder: str | Path, n: int = 10_000, seed: int = 0, device: str = "gpu",
                     batch_size: int = 500, classifier_dir: str | Path | None = None,
                     data_dir: str | Path | None = None, download: bool = True) -> dict:
    """`score_generator` for the generator saved in a run's output folder."""
    backend = use_device(device)
    gen, _, hparams = load_generator(folder)
    scores = score_generator(gen, n, seed, batch_size, classifier=load_classifier(classifier_dir),
                             data_dir=data_dir if data_dir is not None else hparams.data_dir,
                             download=download)
    return {"checkpoint": str(folder), "step": read_checkpoint_info(folder).get("step"),
            "device": backend, **scores}


def format_scores(scores: dict) -> str:
    """The scores as a few lines for a terminal."""
    low, high = CLASS_SHARE_BOUNDS
    histogram = "  ".join(f"{digit}: {share:.1%}"
                          for digit, share in enumerate(scores["class_histogram"]))
    flagged = ", ".join(f"{digit} ({scores['class_histogram'][digit]:.1%})"
                        for digit in scores["flagged_classes"]) or "none"
    return "\n".join([
        f"FID (tinygan MNIST classifier): {scores['fid']:.2f}  "
        f"({scores['n_generated']:,} generated vs {scores['n_real']:,} MNIST test images)",
        f"class histogram: {histogram}",
        f"flagged classes (outside {low:.0%}-{high:.0%}): {flagged}",
        f"mean classifier confidence: {scores['mean_confidence']:.3f}"])


# ---------------------------------------------------------------------------------------
# The commands, registered in the `tinygan` group by tinygan.cli.
# ---------------------------------------------------------------------------------------

@click.command("score")
@click.option("--checkpoint", "folder", type=click.Path(file_okay=False), default="output",
              show_default=True, help="output folder of a run (holds checkpoint.json)")
@click.option("--n", type=click.IntRange(min=2), default=10_000, show_default=True,
              help="generated images, and real MNIST test images (at most 10,000)")
@click.option("--seed", type=int, default=0, show_default=True, help="seed for the noise")
@click.option("--device", default="gpu", show_default=True)
@click.option("--batch-size", type=click.IntRange(min=1), default=500, show_default=True)
@click.option("--classifier", "classifier_dir", type=click.Path(file_okay=False), default=None,
              help="folder of `tinygan train-classifier` weights [default: the shipped ones]")
@click.option("--data-dir", type=click.Path(file_okay=False), default=None,
              help="folder holding the MNIST IDX files [default: the run's, else search]")
@click.option("--json", "json_path", type=click.Path(dir_okay=False), default=None,
              help="also write the scores to this JSON file")
def score(folder, n, seed, device, batch_size, classifier_dir, data_dir, json_path):
    """Score a checkpoint's generator: FID on MNIST, class histogram, mean confidence."""
    from tinygan.cli import _run, _setup_logging
    _setup_logging()
    scores = _run(score_checkpoint, folder, n=n, seed=seed, device=device,
                  batch_size=batch_size, classifier_dir=classifier_dir, data_dir=data_dir)
    click.echo(format_scores(scores))
    if json_path:
        with atomic_path(json_path) as tmp:
            tmp.write_text(json.dumps(scores, indent=2) + "\n")
        click.echo(f"Wrote {json_path}")


@click.command("train-classifier")
@click.option("--out", "out_dir", type=click.Path(file_okay=False), default="classifier",
              show_default=True, help="folder for the weights and the recipe JSON")
@click.option("--epochs", type=click.IntRange(min=1), default=DEFAULT_RECIPE["epochs"],
              show_default=True)
@click.option("--seed", type=click.IntRange(min=0), default=DEFAULT_RECIPE["seed"],
              show_default=True)
@click.option("--batch-size", type=click.IntRange(min=1), default=DEFAULT_RECIPE["batch_size"],
              show_default=True)
@click.option("--lr", type=click.FloatRange(min=0, min_open=True), default=DEFAULT_RECIPE["lr"],
              show_default=True)
@click.option("--lr-decay", type=click.FloatRange(min=0, max=1, min_open=True),
              default=DEFAULT_RECIPE["lr_decay"], show_default=True,
              help="the learning rate is multiplied by this after each epoch")
@click.option("--device", default="gpu", show_default=True)
@click.option("--data-dir", type=click.Path(file_okay=False), default=None,
              help="folder holding the MNIST IDX files [default: search, then download]")
def train_classifier_command(out_dir, epochs, seed, batch_size, lr, lr_decay, device, data_dir):
    """Train the MNIST classifier that `tinygan score` uses (the shipped weights' recipe)."""
    from tinygan.cli import _run, _setup_logging
    _setup_logging()
    recipe = _run(train_classifier, out_dir, epochs=epochs, batch_size=batch_size, lr=lr,
                  lr_decay=lr_decay, seed=seed, device=device, data_dir=data_dir)
    click.echo(f"Test accuracy {recipe['test_accuracy']:.2%} after {recipe['training_time_s']:.0f}"
               f" s of training; weights and recipe in {out_dir}/ (use: tinygan score "
               f"--classifier {out_dir})")

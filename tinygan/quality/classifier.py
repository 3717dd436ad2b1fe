"""The MNIST classifier behind tinygan's FID and class histogram: its model, its shipped
weights and recipe, and `train_classifier`, which rebuilds them.  The same net, trained by
the same recipe on Fashion-MNIST, ships beside it for FIDs on clothes
(`load_classifier(dataset="fashion-mnist")`).

Small on purpose: tinygrad's CPU convolutions run at a few tens of GFLOP/s, and this net
reaches 99% in four epochs, a few minutes on two CPU cores.  Plain tinygrad layers
(nn.Conv2d, nn.Linear, with their default Kaiming-uniform init), as in tinygrad's
`examples/beautiful_mnist.py`: nothing here follows Flux's semantics.
"""
from __future__ import annotations

import hashlib
import importlib.metadata
import json
import logging
import time
from pathlib import Path

import numpy as np
from tinygrad import Device, Tensor, dtypes, nn
from tinygrad.nn.state import get_parameters, get_state_dict, load_state_dict, safe_load

from tinygan.backend import jit, seed_everything, training_mode, use_device
from tinygan.checks import is_int
from tinygan.data import DataLoader
from tinygan.datasets import load_labels
from tinygan.files import atomic_path, write_safetensors
from tinygan.tutorial import HyperParams, load_MNIST_images, make_optimiser, scheduled_update

log = logging.getLogger("tinygan")

# The datasets a classifier is trained on (both MNIST's format: 28×28 grayscale, ten
# classes, 60,000 training and 10,000 test images), as a recipe names them.
CLASSIFIER_DATASETS = {"mnist": "MNIST", "fashion-mnist": "Fashion-MNIST"}


def check_classifier_dataset(dataset: str) -> None:
    if dataset not in CLASSIFIER_DATASETS:
        raise ValueError(f"the classifier's dataset must be {' or '.join(CLASSIFIER_DATASETS)}, "
                         f"got {dataset!r}")


def classifier_files(dataset: str = "mnist") -> tuple[str, str]:
    """The names of a classifier's weights and recipe files: mnist_classifier.safetensors
    and .json for MNIST's, fashion_mnist_classifier.* for Fashion-MNIST's."""
    check_classifier_dataset(dataset)
    stem = f"{dataset.replace('-', '_')}_classifier"
    return f"{stem}.safetensors", f"{stem}.json"


# The weights that ship with tinygan, and the names `train_classifier` writes (MNIST's).
SHIPPED_WEIGHTS_DIR = Path(__file__).resolve().parents[1] / "weights"
WEIGHTS_FILE, RECIPE_FILE = classifier_files("mnist")


class ClassifierError(Exception):
    """The classifier's weights are missing or do not fit (one line, says what to do)."""


ARCHITECTURE = ("conv(1→16, 5×5) relu maxpool(2) · conv(16→32, 5×5) relu maxpool(2) · "
                "flatten · dense(512→128) [features] relu · dense(128→10) [logits]")


class MnistClassifier:
    """LeNet-style classifier of MNIST's format (digits, or Fashion-MNIST's clothes): images
    N×1×28×28 in [-1, 1] → logits N×10.

    `features` stops at the penultimate layer, before its ReLU: the 128 numbers that define
    tinygan's FID.  Before the ReLU because some of its units never fire on digits (24 of
    128 in the shipped MNIST weights); after it they would be features with no variance at all,
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


def save_classifier(classifier: MnistClassifier, folder: str | Path, recipe: dict,
                    dataset: str = "mnist") -> Path:
    """Write the weights (as float16: half the size, and the same accuracy) and the recipe
    JSON into `folder`, each atomically, named after `dataset` (`classifier_files`);
    returns the weights' path."""
    weights_file, recipe_file = classifier_files(dataset)
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    weights = folder / weights_file
    with atomic_path(weights) as tmp:
        write_safetensors(tmp, {name: t.cast(dtypes.float16)
                                for name, t in get_state_dict(classifier).items()})
    recipe = {**recipe, "weights_sha256": hashlib.sha256(weights.read_bytes()).hexdigest()}
    with atomic_path(folder / recipe_file) as tmp:
        tmp.write_text(json.dumps(recipe, indent=2, ensure_ascii=False) + "\n")
    return weights


def load_classifier(folder: str | Path | None = None,
                    dataset: str = "mnist") -> MnistClassifier:
    """The classifier of `dataset` ("mnist" or "fashion-mnist") whose weights are in `folder`
    (None: the weights shipped with tinygan), as float32 on tinygrad's default device."""
    path = Path(folder or SHIPPED_WEIGHTS_DIR) / classifier_files(dataset)[0]
    if not path.exists():
        option = "" if dataset == "mnist" else f" --dataset {dataset}"
        raise ClassifierError(f"no classifier weights at {path}: run `tinygan train-classifier"
                              f"{option} --out {path.parent}` to make them")
    classifier = MnistClassifier()
    saved = {name: t.to(Device.DEFAULT).cast(dtypes.float32)     # off the disk, then cast
             for name, t in safe_load(str(path)).items()}
    try:
        load_state_dict(classifier, saved, verbose=False)
    except (KeyError, ValueError) as e:
        raise ClassifierError(f"{path} does not hold this classifier ({e}): rebuild it with "
                              f"`tinygan train-classifier --dataset {dataset}`") from None
    return classifier


def load_recipe(folder: str | Path | None = None, dataset: str = "mnist") -> dict:
    """The recipe recorded beside `dataset`'s weights in `folder` (None: the shipped ones)."""
    return json.loads((Path(folder or SHIPPED_WEIGHTS_DIR) /
                       classifier_files(dataset)[1]).read_text())


def mnist_split(split: str, data_dir: str | Path | None, download: bool,
                dataset: str = "mnist") -> tuple[np.ndarray, np.ndarray]:
    """A split's images (N×1×28×28 in [-1, 1], scaled exactly as the GAN's) and labels, of
    MNIST or of Fashion-MNIST (`dataset`)."""
    check_classifier_dataset(dataset)
    data_dir = None if data_dir is None else str(data_dir)
    images = load_MNIST_images(HyperParams(dataset=dataset, data_dir=data_dir), split, download)
    labels = load_labels(dataset, split, data_dir, download)
    return images, labels


# The classifier runs on chunks of this many images, the last one padded: one input shape,
# so its kernels are built once per device and process (and kept on disk,
# tinygan.fast.program_cache) whatever the number of images scored, rather than once per batch
# size.  The 10,000 test digits take as long as in chunks of 1,000 (about 2 s on two CPU
# cores); a sample of 64 pays for one chunk, about 1 GFLOP.
CHUNK = 500


def classify(classifier: MnistClassifier, images: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The features (N×128) and class probabilities (N×10) of host images, in chunks."""
    return classify_batches(classifier, [images])


def classify_batches(classifier: MnistClassifier, batches) -> tuple[np.ndarray, np.ndarray]:
    """Features and class probabilities of image batches (Tensors, or NumPy arrays on the
    host), concatenated: one forward pass per CHUNK images (test mode: outside
    `training_mode`), both outputs at once."""
    features, probs = [], []
    for batch in batches:
        images = batch.numpy() if isinstance(batch, Tensor) else np.asarray(batch, np.float32)
        for first in range(0, len(images), CHUNK):
            part = images[first:first + CHUNK]
            chunk = np.zeros((CHUNK, *part.shape[1:]), np.float32)
            chunk[:len(part)] = part
            f = classifier.features(Tensor(chunk))
            p = classifier.head(f).softmax(axis=1)
            Tensor.realize(f, p)
            features.append(f.numpy()[:len(part)])
            probs.append(p.numpy()[:len(part)])
    return np.concatenate(features), np.concatenate(probs)


def classifier_accuracy(classifier: MnistClassifier, images: np.ndarray,
                        labels: np.ndarray) -> float:
    """The fraction of `images` whose most probable class is their label."""
    _, probs = classify(classifier, images)
    return float((probs.argmax(axis=1) == labels).mean())


# ---------------------------------------------------------------------------------------
# Training the classifier: Adam on cross-entropy, the step compiled once by tinygrad's JIT
# (as tinygan's GAN step, see `tinygan.tutorial`).  Everything follows from the seed: the
# initial weights (tinygrad's random stream) and each epoch's order (`DataLoader.order`).
# ---------------------------------------------------------------------------------------

DEFAULT_RECIPE = {"epochs": 4, "batch_size": 128, "lr": 1e-3, "lr_decay": 0.5, "seed": 0}


def train_classifier(out_dir: str | Path = "classifier", epochs: int = DEFAULT_RECIPE["epochs"],
                     batch_size: int = DEFAULT_RECIPE["batch_size"],
                     lr: float = DEFAULT_RECIPE["lr"],
                     lr_decay: float = DEFAULT_RECIPE["lr_decay"],
                     seed: int = DEFAULT_RECIPE["seed"], device: str = "gpu",
                     data_dir: str | Path | None = None, download: bool = True,
                     max_steps: int | None = None, dataset: str = "mnist") -> dict:
    """Train the classifier of `dataset` ("mnist", or "fashion-mnist" with the same recipe)
    on its 60,000 training images, measure it on its 10,000 test images, and save weights
    and recipe into `out_dir` (named by `classifier_files`); returns the recipe.

    The learning rate is `lr` in the first epoch and is multiplied by `lr_decay` after each
    (1e-3, 5e-4, 2.5e-4, 1.25e-4 by default): with a constant rate the test accuracy still
    wanders by a few tenths of a percent from epoch to epoch; smaller steps settle it.

    With the defaults this rebuilds the weights in `tinygan/weights/` (the recorded test
    accuracy may differ in the last digit on another device or tinygrad version: kernels
    may sum in another order).  `max_steps` stops training after that many steps in all (a
    quick check; the recipe records it), measuring the test accuracy where it stopped.
    """
    for name, value in (("epochs", epochs), ("batch_size", batch_size), ("max_steps", max_steps)):
        if name == "max_steps" and value is None:                 # no limit
            continue
        if not is_int(value, 1):
            raise ValueError(f"{name} must be a positive integer, got {value!r}")
    if not lr > 0:
        raise ValueError(f"lr must be a number > 0, got {lr!r}")
    if not 0 < lr_decay <= 1:
        raise ValueError(f"lr_decay must be in (0, 1], got {lr_decay!r}")
    check_classifier_dataset(dataset)
    backend = use_device(device)
    train_images, train_labels = mnist_split("train", data_dir, download, dataset)
    test_images, test_labels = mnist_split("test", data_dir, download, dataset)

    seed_everything(seed)
    classifier = MnistClassifier()
    opt = make_optimiser(classifier, lr)   # Adam, β = (0.9, 0.999), ε = 1e-8

    def step(images: Tensor, labels: Tensor) -> Tensor:
        with training_mode():             # tinygrad's optimisers refuse to step outside it
            loss = classifier(images).sparse_categorical_crossentropy(labels)
            Tensor.realize(loss, *scheduled_update(loss, opt))
        return loss

    step = jit(step)
    loader = DataLoader(train_images, batch_size, seed)
    training_time, accuracy_by_epoch, steps = 0.0, [], 0
    for epoch in range(epochs):
        start = time.perf_counter()
        # Written into the optimiser's lr tensor in place, so the compiled step sees it.
        opt.lr.assign(Tensor([lr * lr_decay ** epoch], dtype=opt.lr.dtype,
                             device=opt.lr.device)).realize()
        order = loader.order(epoch)
        # A compiled step has one batch shape, so the last, smaller batch is left out; a new
        # order each epoch means different images are left out each time.
        for first in range(0, len(order) - batch_size + 1, batch_size):
            if steps == max_steps:
                break
            batch = order[first:first + batch_size]
            loss = step(Tensor(train_images[batch]).realize(),
                        Tensor(train_labels[batch].astype(np.int32)).realize())
            steps += 1
        loss = loss.item()
        training_time += time.perf_counter() - start      # the test below is not training
        accuracy = classifier_accuracy(classifier, test_images, test_labels)
        accuracy_by_epoch.append(round(accuracy, 4))
        log.info(f"classifier epoch {epoch + 1}/{epochs}: last batch loss {loss:.4f}, test "
                 f"accuracy {accuracy_by_epoch[-1]:.2%}, {training_time:.0f} s of training")
        if steps == max_steps:
            log.info(f"classifier: stopped after {steps} steps (max_steps)")
            break

    recipe = {
        "architecture": ARCHITECTURE,
        "parameters": sum(t.numel() for t in get_parameters(classifier)),
        "features": "penultimate layer before its ReLU: dense(512→128), 128 numbers per image",
        "inputs": "N×1×28×28 in [-1, 1] (pixels / 255 · 2 - 1, as the GAN's training data)",
        "dataset": dataset,
        "data": f"{CLASSIFIER_DATASETS[dataset]} training set, 60,000 images; the last "
                "incomplete batch of each shuffled epoch is left out",
        "optimiser": "Adam, β = (0.9, 0.999), ε = 1e-8; learning rate lr · lr_decay^epoch",
        "loss": "cross-entropy on the logits",
        "epochs": epochs, "batch_size": batch_size, "lr": lr, "lr_decay": lr_decay,
        "seed": seed, **({"max_steps": max_steps} if max_steps is not None else {}),
        "steps": steps, "device": backend, "tinygrad": importlib.metadata.version("tinygrad"),
        "training_time_s": round(training_time, 1),
        "test_accuracy_by_epoch": accuracy_by_epoch,
        "storage": "float16 safetensors, loaded as float32",
    }
    # Measure what ships: the accuracy after the weights' rounding to float16.
    weights = save_classifier(classifier, out_dir, recipe, dataset)
    accuracy = classifier_accuracy(load_classifier(out_dir, dataset), test_images, test_labels)
    recipe["test_accuracy"] = round(accuracy, 4)
    save_classifier(classifier, out_dir, recipe, dataset)
    log.info(f"classifier: test accuracy {accuracy:.2%}, trained in {training_time:.0f} s, "
             f"saved to {weights}")
    return load_recipe(out_dir, dataset)

"""Scoring (tinygan.quality) and latent walks (tinygan.interpolate).

The Fréchet distance is checked against closed forms; it, the IS, KID, precision and recall
against the reference code (pytorch-fid, torch-fidelity, prdc) on the same features; the
shipped classifier against the MNIST test set (the real check that the weights are good);
FID and the class histogram on real digits, noise and a "collapsed" set of one digit; the
walk's endpoints against the generator itself.  Nothing is downloaded: MNIST comes from
`conftest.mnist_dir()`.
"""
from __future__ import annotations

import csv
import hashlib
import importlib
import json
import sys
import types
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner
from conftest import REQUIRE_TORCH, SMALL_BATCH, mnist_dir, name_seeded_rng, torch_or_skip
from PIL import Image
from tinygrad import Tensor
from tinygrad.nn.state import get_state_dict

from tinygan.charts import plot_lines
from tinygan.checkpoint import hparams_dict, save_checkpoint
from tinygan.cli import main as tinygan_cli
from tinygan.cli.quality import interpolate_command, score
from tinygan.datasets import SYSTEM_DATA_DIR, load_labels
from tinygan.interpolate import interpolate, write_walk
from tinygan.quality import (DEFAULT_RECIPE, RECIPE_FILE, SHIPPED_WEIGHTS_DIR, WEIGHTS_FILE,
                             ClassifierError, class_histogram, classifier_accuracy,
                             classifier_files, classify, digit_accuracy, fid_from_features,
                             fid_of_images, flagged_classes, format_scores, frechet_distance,
                             inception_score, kernel_inception_distance, load_classifier,
                             load_recipe, mean_confidence, precision_recall,
                             reference_features, score_generator)
from tinygan.quality import metrics
from tinygan.quality.classifier import CHUNK
from tinygan.conditional import ConditionalGenerator
from tinygan.tutorial import Generator, HyperParams, load_MNIST_images

rng = np.random.default_rng(0)


@pytest.fixture(autouse=True)
def _rng_of_this_test(request):
    """Each test draws from its own generator, seeded from its name (conftest)."""
    global rng
    rng = name_seeded_rng(request)

# One pytest-xdist worker runs them all (xdist_group): the fixtures are built once.
pytestmark = pytest.mark.xdist_group("quality")


def random_covariance(d: int, rank: int | None = None) -> np.ndarray:
    a = rng.standard_normal((d, rank or d))
    return a @ a.T / d


def random_rotation(d: int) -> np.ndarray:
    q, _ = np.linalg.qr(rng.standard_normal((d, d)))
    return q


# --- the Fréchet distance ---------------------------------------------------------------

def test_frechet_distance_is_zero_for_identical_statistics():
    mu = rng.standard_normal(8)
    for sigma in (random_covariance(8), random_covariance(8, rank=3)):   # full rank, singular
        assert abs(frechet_distance(mu, sigma, mu, sigma)) < 1e-6


def test_frechet_distance_in_one_dimension_is_mean_and_std_differences_squared():
    # N(μ1, s1²) vs N(μ2, s2²): (μ1 - μ2)² + (s1 - s2)²
    assert frechet_distance([1.0], [[4.0]], [-2.0], [[9.0]]) == pytest.approx(9 + 1)


def test_frechet_distance_matches_the_closed_form_for_diagonal_covariances():
    mu1, mu2 = rng.standard_normal(6), rng.standard_normal(6)
    var1, var2 = rng.uniform(0.1, 3, 6), rng.uniform(0.1, 3, 6)
    expected = np.sum((mu1 - mu2) ** 2) + np.sum(var1 + var2 - 2 * np.sqrt(var1 * var2))
    assert frechet_distance(mu1, np.diag(var1), mu2, np.diag(var2)) == pytest.approx(expected)


def test_frechet_distance_matches_the_closed_form_for_commuting_covariances():
    # Σ1 = Q diag(a) Qᵀ and Σ2 = Q diag(b) Qᵀ commute; (Σ1 Σ2)^½ = Q diag(√(ab)) Qᵀ.
    q = random_rotation(6)
    a, b = rng.uniform(0.1, 3, 6), rng.uniform(0.1, 3, 6)
    mu1, mu2 = rng.standard_normal(6), rng.standard_normal(6)
    expected = np.sum((mu1 - mu2) ** 2) + np.sum(a + b - 2 * np.sqrt(a * b))
    actual = frechet_distance(mu1, q @ np.diag(a) @ q.T, mu2, q @ np.diag(b) @ q.T)
    assert actual == pytest.approx(expected)


def test_frechet_distance_is_symmetric_and_positive():
    mu1, mu2 = rng.standard_normal(10), rng.standard_normal(10)
    sigma1, sigma2 = random_covariance(10), random_covariance(10)      # do not commute
    forward = frechet_distance(mu1, sigma1, mu2, sigma2)
    assert forward > 0
    assert frechet_distance(mu2, sigma2, mu1, sigma1) == pytest.approx(forward)


def test_frechet_distance_rejects_mismatched_shapes():
    with pytest.raises(ValueError, match="same length"):
        frechet_distance(np.zeros(3), np.eye(3), np.zeros(4), np.eye(4))
    with pytest.raises(ValueError, match="covariances"):
        frechet_distance(np.zeros(3), np.eye(3), np.zeros(3), np.eye(2))


# --- IS, KID, precision and recall on features with a known answer ------------------------

def test_the_inception_score_is_the_number_of_classes_drawn_evenly_and_confidently():
    one_hot = np.eye(10)[np.arange(1000) % 10]
    assert inception_score(one_hot) == pytest.approx((10, 0), abs=1e-6)
    assert inception_score(np.eye(10)[np.arange(1000) % 4]) == pytest.approx((4, 0), abs=1e-6)
    assert inception_score(np.eye(10)[np.zeros(1000, int)])[0] == pytest.approx(1, abs=1e-6)
    assert inception_score(np.full((1000, 10), 0.1))[0] == pytest.approx(1, abs=1e-6)
    with pytest.raises(ValueError, match="at least 10"):
        inception_score(one_hot[:9])


def test_kid_is_unbiased_near_zero_for_one_distribution_and_grows_with_the_shift():
    x, y = rng.standard_normal((2, 2000, 8))
    same, spread = kernel_inception_distance(x, y, subsets=50)
    shifted = [kernel_inception_distance(x, y + shift, subsets=50)[0] for shift in (0.5, 1.0)]
    assert abs(same) < 3 * spread + 1e-3 and abs(same) < 0.02 * shifted[0]
    assert 0 < shifted[0] < shifted[1]
    # the unbiased estimate: for two samples of one distribution it is negative about half
    # the time (a biased one, as the FID, never is)
    signs = [kernel_inception_distance(*rng.standard_normal((2, 200, 4)), subsets=1)[0] < 0
             for _ in range(40)]
    assert 8 <= sum(signs) <= 32


@pytest.mark.parametrize("shift, scale", [(0.0, 1.0), (0.4, 1.3), (2.0, 0.5)])
def test_precision_and_recall_are_naeem_et_als_own(shift, scale):
    """On the same features, tinygan's k-NN precision and recall equal `prdc`'s, the code of
    the paper that defines them (Naeem et al. 2020; a test extra)."""
    import prdc                    # the `test` extra (pip install -e '.[test]')
    real = rng.standard_normal((300, 16))
    generated = rng.standard_normal((250, 16)) * scale + shift
    theirs = prdc.compute_prdc(real_features=real, fake_features=generated, nearest_k=3)
    assert precision_recall(real, generated, k=3) == (theirs["precision"], theirs["recall"])


# --- against the reference implementations: pytorch-fid and torch-fidelity -----------------

def _torchvision_stand_in(torch) -> dict[str, types.ModuleType]:
    """Empty modules named as torchvision's, holding only the names pytorch-fid and
    torch-fidelity take from it at import time.  Both import torchvision for their image
    pipelines and Inception networks, which these tests never use: the functions compared
    below use NumPy, SciPy and PyTorch alone.  And PyPI's torchvision does not load against
    the CPU torch wheel CI installs ("operator torchvision::nms does not exist"), so CI
    installs the two packages without it (.ci/run)."""
    names = ("torchvision", "torchvision.transforms", "torchvision.transforms.functional",
             "torchvision.datasets", "torchvision.models", "torchvision.models.inception")
    modules = {name: types.ModuleType(name) for name in names}
    for name, module in modules.items():
        if "." in name:
            parent, _, child = name.rpartition(".")
            setattr(modules[parent], child, module)
    for name in ("CIFAR10", "STL10", "CIFAR100"):          # torch_fidelity/datasets.py
        setattr(modules["torchvision.datasets"], name, type(name, (), {}))
    for name in ("InceptionA", "InceptionC", "InceptionE"):  # pytorch_fid/inception.py's bases
        setattr(modules["torchvision.models.inception"], name, torch.nn.Module)
    return modules


@pytest.fixture
def reference(monkeypatch):
    """pytorch-fid's `fid_score` and torch-fidelity's `metric_isc` and `metric_kid`,
    imported over the torchvision stand-in; afterwards the stand-in and every module
    imported under it are gone from `sys.modules`.  Installed beside PyTorch (.ci/run):
    where missing, the test skips, or with TINYGAN_REQUIRE_TORCH=1 fails."""
    torch = torch_or_skip()
    for name, module in _torchvision_stand_in(torch).items():
        monkeypatch.setitem(sys.modules, name, module)
    before = set(sys.modules)
    try:
        try:
            modules = [importlib.import_module(name) for name in (
                "pytorch_fid.fid_score", "torch_fidelity.metric_isc", "torch_fidelity.metric_kid")]
        except ImportError as error:
            message = (f"pytorch-fid or torch-fidelity is not installed ({error}; pip install "
                       f"--no-deps pytorch-fid torch-fidelity tqdm, as .ci/run does)")
            if REQUIRE_TORCH:
                pytest.fail(f"TINYGAN_REQUIRE_TORCH=1 but {message}", pytrace=False)
            pytest.skip(message)
        yield types.SimpleNamespace(torch=torch, fid_score=modules[0], metric_isc=modules[1],
                                    metric_kid=modules[2])
    finally:
        for name in set(sys.modules) - before:       # they hold the stand-in
            if name.partition(".")[0] in ("pytorch_fid", "torch_fidelity"):
                del sys.modules[name]


@pytest.mark.parametrize("n, shift, scale", [(200, 0.0, 1.0), (200, 0.4, 1.3), (12, 1.0, 0.5)])
@pytest.mark.filterwarnings("ignore:The `disp` argument is deprecated:DeprecationWarning")
def test_the_frechet_distance_is_pytorch_fids_own(reference, n, shift, scale):
    """On the same statistics, `frechet_distance` equals pytorch-fid's
    `calculate_frechet_distance` (the FID's reference code), also where fewer samples than
    features make both covariances singular (n = 12 in 16 dimensions)."""
    real = rng.standard_normal((n, 16))
    generated = rng.standard_normal((n, 16)) * scale + shift
    statistics = [(x.mean(0), np.cov(x, rowvar=False)) for x in (real, generated)]
    theirs = reference.fid_score.calculate_frechet_distance(*statistics[0], *statistics[1])
    assert frechet_distance(*statistics[0], *statistics[1]) == pytest.approx(theirs, rel=1e-12)


@pytest.mark.parametrize("n, splits", [(200, 10), (203, 10), (200, 7)])
def test_the_inception_score_is_torch_fidelitys_own(reference, n, splits):
    """On the same class probabilities, `inception_score` equals torch-fidelity's
    `isc_features_to_metric`, mean and spread, with sizes that do not divide evenly into
    the splits too.  torch-fidelity takes logits and applies the softmax itself, and
    shuffles the rows first: it is given the logits and `shuffle=False`, tinygan their
    softmax (in float64, as torch-fidelity computes it), so both split the same rows."""
    torch = reference.torch
    logits = torch.from_numpy(rng.standard_normal((n, 10)) * 3)
    probs = torch.softmax(logits, dim=1).numpy()
    theirs = reference.metric_isc.isc_features_to_metric(logits, splits=splits, shuffle=False)
    assert inception_score(probs, splits) == pytest.approx(
        (theirs["inception_score_mean"], theirs["inception_score_std"]), rel=1e-12)


@pytest.mark.parametrize("shift, scale", [(0.0, 1.0), (0.4, 1.3), (2.0, 0.5)])
def test_kid_on_one_subset_is_torch_fidelitys_own(reference, shift, scale):
    """tinygan's cubic kernel and unbiased MMD² equal torch-fidelity's (`kernel_poly`,
    `mmd2`, as Bińkowski et al.'s code), and so does its KID where the subset is the whole
    set: torch-fidelity's `kid_features_to_metric` with one subset of every row."""
    x = rng.standard_normal((200, 16))
    y = rng.standard_normal((200, 16)) * scale + shift
    kid = reference.metric_kid
    np.testing.assert_allclose(metrics._polynomial_kernel(x, y), kid.kernel_poly(x, y),
                               rtol=1e-13)
    theirs = kid.kid_features_to_metric(reference.torch.from_numpy(x),
                                        reference.torch.from_numpy(y), kid_subsets=1,
                                        kid_subset_size=200, verbose=False)
    assert metrics._mmd2_unbiased(x, y) == pytest.approx(
        theirs["kernel_inception_distance_mean"], rel=1e-12, abs=1e-12)
    assert theirs["kernel_inception_distance_std"] == 0


def test_kid_over_subsets_is_torch_fidelitys_on_the_same_subsets(reference, monkeypatch):
    """`kernel_inception_distance` draws its own subsets (NumPy's default generator;
    torch-fidelity's is the legacy RandomState, so the draws differ): each subset pair it
    draws, handed to torch-fidelity as a whole set, gives the same MMD², and the mean and
    spread over them are torch-fidelity's.  Each subset holds half the smaller set (100 of
    200), distinct rows of it: the cap where torch-fidelity would take all 200."""
    real, generated = rng.standard_normal((240, 16)), rng.standard_normal((200, 16)) + 0.3
    drawn = []

    def recording(x, y):
        drawn.append((x, y))
        return _mmd2_unbiased(x, y)
    _mmd2_unbiased = metrics._mmd2_unbiased
    monkeypatch.setattr(metrics, "_mmd2_unbiased", recording)
    mean, spread = kernel_inception_distance(real, generated, subsets=5, subset_size=1000)
    torch, kid = reference.torch, reference.metric_kid
    theirs = [kid.kid_features_to_metric(torch.from_numpy(x), torch.from_numpy(y),
                                         kid_subsets=1, kid_subset_size=len(x),
                                         verbose=False)["kernel_inception_distance_mean"]
              for x, y in drawn]
    assert len(theirs) == 5 and spread > 0
    assert (mean, spread) == pytest.approx((np.mean(theirs), np.std(theirs)), rel=1e-12)
    for x, y in drawn:
        for subset, whole in ((x, real), (y, generated)):
            assert len(subset) == 100 and len(np.unique(subset, axis=0)) == 100
            assert (subset[:, None] == whole[None]).all(2).any(1).all()      # rows of it


def test_precision_and_recall_tell_quality_from_coverage():
    rng = np.random.default_rng(2)
    real = rng.standard_normal((1000, 2))
    assert min(precision_recall(real, rng.standard_normal((1000, 2)))) > 0.8
    one_mode = real[(real[:, 0] > 0) & (real[:, 1] > 0)]          # a quarter of the modes
    precision, recall = precision_recall(real, one_mode)
    assert precision > 0.95 and recall < 0.4                       # good images, poor cover
    blurred = rng.standard_normal((1000, 2)) * 4                   # covers all, mostly off
    precision, recall = precision_recall(real, blurred)
    assert precision < 0.5 and recall > 0.9
    assert precision_recall(real, real + 100) == (0.0, 0.0)


# --- the shipped classifier and FID on real digits ----------------------------------------

@pytest.fixture(scope="module")
def mnist():
    """MNIST test images and labels, and the first 2,000 training images, all in [-1, 1]."""
    hparams = HyperParams(data_dir=str(mnist_dir()))
    return {"test": load_MNIST_images(hparams, "test", download=False),
            "labels": load_labels("mnist", "test", str(mnist_dir()), download=False),
            "train": load_MNIST_images(hparams, "train", download=False)[:2000]}


@pytest.fixture(scope="module")
def classifier():
    return load_classifier()


@pytest.fixture(scope="module")
def test_classified(classifier, mnist):
    """Features and class probabilities of the 10,000 test digits."""
    return classify(classifier, mnist["test"])


def test_the_shipped_classifier_is_at_least_98_5_percent_accurate(backend, mnist):
    accuracy = classifier_accuracy(load_classifier(), mnist["test"], mnist["labels"])
    assert accuracy >= 0.985, f"test accuracy {accuracy:.2%}"


def test_real_digits_are_read_as_their_own_digit_the_conditional_ceiling(test_classified,
                                                                          mnist):
    """The measure of a conditional run (the share of samples asked for d read as d) on
    MNIST's own test digits, labelled as they are: its ceiling, the classifier's accuracy,
    over 98% for every digit; with each label moved on by one, near 0."""
    _, probs = test_classified
    labels = mnist["labels"].astype(int)
    real = digit_accuracy(probs, labels)
    assert real["digit_accuracy"] >= 0.985 and min(real["digit_accuracy_per_digit"]) >= 0.97
    assert real["digit_accuracy_per_digit"][7] == pytest.approx(
        (probs[labels == 7].argmax(1) == 7).mean(), abs=1e-4)
    assert digit_accuracy(probs, (labels + 1) % 10)["digit_accuracy"] < 0.02


def test_scoring_a_conditional_generator_asks_for_each_digit_in_turn(classifier, mnist):
    """`score_generator` asks a conditional generator for 0-9 over and over and checks each
    image against the digit asked: a generator that draws real test digits of what it is
    asked scores near the classifier's accuracy; one that draws the next digit, near 0."""
    by_digit = [mnist["test"][mnist["labels"] == d] for d in range(10)]

    class RealDigits(ConditionalGenerator):
        def __init__(self, shift: int = 0):       # no layers: real digits, not a network
            self.latent_dim, self.shift = 4, shift

        def __call__(self, noise, digits):
            asked = (digits.numpy() + self.shift) % 10
            picks = (np.abs(noise.numpy()[:, 0]) * 1000).astype(int)
            return Tensor(np.stack([by_digit[d][i % len(by_digit[d])]
                                    for d, i in zip(asked, picks)]))
    honest = score_generator(RealDigits(), n=200, batch_size=100, classifier=classifier,
                             real_images=mnist["test"])
    assert honest["digit_accuracy"] >= 0.97 and len(honest["digit_accuracy_per_digit"]) == 10
    assert max(honest["class_histogram"]) == pytest.approx(0.1, abs=0.01)
    liar = score_generator(RealDigits(shift=1), n=200, batch_size=100, classifier=classifier,
                           real_images=mnist["test"])
    assert liar["digit_accuracy"] < 0.05
    assert "read as the digit asked for" in format_scores(honest)
    plain = lambda noise: Tensor(mnist["test"][:noise.shape[0]])   # the tutorial's kind
    plain.latent_dim = 4
    assert "digit_accuracy" not in score_generator(plain, n=10, classifier=classifier,
                                                   real_images=mnist["test"])


def test_the_shipped_weights_are_small_and_described_by_their_recipe():
    assert (WEIGHTS_FILE, RECIPE_FILE) == classifier_files() == (
        "mnist_classifier.safetensors", "mnist_classifier.json")     # the default: MNIST's
    weights = SHIPPED_WEIGHTS_DIR / WEIGHTS_FILE
    assert weights.stat().st_size < 1_000_000
    recipe = load_recipe()
    assert recipe["weights_sha256"] == hashlib.sha256(weights.read_bytes()).hexdigest()
    assert recipe["test_accuracy"] >= 0.985
    for key in ("architecture", "epochs", "batch_size", "lr", "seed", "training_time_s"):
        assert key in recipe
    assert {key: recipe[key] for key in DEFAULT_RECIPE} == DEFAULT_RECIPE    # made by them


# What `train_classifier` writes the same whatever it trains on or how long: the recipe's
# description of the net, its inputs and its training.
DESCRIPTION = ("architecture", "parameters", "features", "inputs", "optimiser", "loss", "storage")


@pytest.mark.slow
def test_train_classifier_learns_and_writes_weights_and_recipe(mnist, tmp_path):
    """`tinygan train-classifier`, cut short (40 steps of 64 on the real training digits):
    weights and recipe written, a test accuracy far above chance (an untrained one is
    ~10%), recorded as measured, and the weights load as `--classifier DIR` loads them."""
    out = tmp_path / "classifier"
    result = CliRunner().invoke(tinygan_cli, [
        "train-classifier", "--out", str(out), "--epochs", "2", "--max-steps", "40",
        "--batch-size", "64", "--device", "cpu", "--data-dir", str(mnist_dir())])
    assert result.exit_code == 0, result.output
    recipe = load_recipe(out)
    assert recipe["steps"] == 40 and recipe["max_steps"] == 40 and recipe["epochs"] == 2
    assert len(recipe["test_accuracy_by_epoch"]) == 1         # stopped within epoch 1
    accuracy = classifier_accuracy(load_classifier(out), mnist["test"], mnist["labels"])
    assert accuracy > 0.6 and recipe["test_accuracy"] == round(accuracy, 4)
    assert f"Test accuracy {accuracy:.2%}" in result.output
    assert recipe["weights_sha256"] == hashlib.sha256(
        (out / WEIGHTS_FILE).read_bytes()).hexdigest()
    # MNIST by default, described as the shipped weights are
    shipped = load_recipe()
    assert recipe["dataset"] == "mnist" and recipe["data"] == shipped["data"]
    assert {key: recipe[key] for key in DESCRIPTION} == {key: shipped[key] for key in DESCRIPTION}
    assert sorted(path.name for path in out.iterdir()) == sorted([WEIGHTS_FILE, RECIPE_FILE])


# --- the Fashion-MNIST classifier: the same net and recipe, trained on clothes --------------

# The first test images of Fashion-MNIST the tests read, and the least share of them the
# shipped classifier must read right (it reads 89.0% of these, 88.1% of all 10,000: shirts,
# pullovers and coats are often taken for one another).
FASHION_SAMPLE, FASHION_ACCURACY = 2000, 0.86


def fashion_dir() -> Path:
    """Debian's Fashion-MNIST folder, where tinygan's loader looks for it last."""
    folder = SYSTEM_DATA_DIR / "fashion-mnist"
    assert (folder / "t10k-images-idx3-ubyte.gz").is_file(), \
        "apt-get install dataset-fashion-mnist (.ci/run does)"
    return folder


@pytest.fixture(scope="module")
def fashion():
    """The first FASHION_SAMPLE Fashion-MNIST test images (in [-1, 1]) and their labels."""
    hparams = HyperParams(dataset="fashion-mnist", data_dir=str(fashion_dir()))
    return {"test": load_MNIST_images(hparams, "test", download=False)[:FASHION_SAMPLE],
            "labels": load_labels("fashion-mnist", "test", str(fashion_dir()),
                                  download=False)[:FASHION_SAMPLE]}


def test_the_shipped_fashion_classifier_reads_real_clothes(fashion, mnist):
    """The Fashion-MNIST classifier on real test clothes: accurate, and its features tell
    clothes from digits (the reference features of an FID on clothes, read from the real
    test set by `reference_features`, are far from the digits' and near themselves)."""
    classifier = load_classifier(dataset="fashion-mnist")
    accuracy = classifier_accuracy(classifier, fashion["test"], fashion["labels"])
    assert accuracy >= FASHION_ACCURACY, f"test accuracy {accuracy:.2%}"
    reference = reference_features("fashion-mnist", n=FASHION_SAMPLE, classifier=classifier,
                                   data_dir=fashion_dir(), download=False)
    assert reference.shape == (FASHION_SAMPLE, 128)
    np.testing.assert_allclose(reference, classify(classifier, fashion["test"])[0], atol=1e-5)
    halves = fid_from_features(reference[:1000], reference[1000:])
    digits = fid_from_features(reference, classify(classifier, mnist["test"][:1000])[0])
    assert halves * 20 < digits, (halves, digits)


def test_the_shipped_fashion_weights_follow_the_mnist_recipe():
    weights_file, recipe_file = classifier_files("fashion-mnist")
    weights = SHIPPED_WEIGHTS_DIR / weights_file
    assert weights.stat().st_size < 1_000_000 and recipe_file == "fashion_mnist_classifier.json"
    recipe, mnist_recipe = load_recipe(dataset="fashion-mnist"), load_recipe()
    assert recipe["weights_sha256"] == hashlib.sha256(weights.read_bytes()).hexdigest()
    assert recipe["dataset"] == "fashion-mnist" and recipe["data"].startswith("Fashion-MNIST")
    assert recipe["test_accuracy"] >= FASHION_ACCURACY and "max_steps" not in recipe
    assert {key: recipe[key] for key in DEFAULT_RECIPE} == DEFAULT_RECIPE
    assert {key: recipe[key] for key in DESCRIPTION} == \
        {key: mnist_recipe[key] for key in DESCRIPTION}


def test_scoring_against_fashion_mnist_reads_its_test_set_with_its_classifier(fashion):
    """`score_generator(dataset="fashion-mnist")` takes its real images and classifier from
    Fashion-MNIST: a "generator" of the real test clothes scores an FID near 0 and their
    own class shares, and the scores say which classifier made them."""
    clothes = iter([Tensor(fashion["test"][:CHUNK])])

    class RealClothes:
        latent_dim = 4

        def __call__(self, noise):
            return next(clothes)
    scores = score_generator(RealClothes(), n=CHUNK, batch_size=CHUNK, data_dir=fashion_dir(),
                             download=False, dataset="fashion-mnist")
    assert scores["fid"] < 1e-3 and scores["dataset"] == "fashion-mnist"
    shares = np.bincount(fashion["labels"][:CHUNK], minlength=10) / CHUNK
    assert np.abs(np.array(scores["class_histogram"]) - shares).max() < 0.03
    assert "FID (tinygan Fashion-MNIST classifier)" in format_scores(scores)


@pytest.mark.slow
def test_train_classifier_on_fashion_mnist_writes_weights_and_recipe_naming_it(tmp_path):
    """`tinygan train-classifier --dataset fashion-mnist`, two steps: its own files, a
    recipe naming Fashion-MNIST, weights that load as that dataset's classifier (and not
    as MNIST's)."""
    out = tmp_path / "classifier"
    result = CliRunner().invoke(tinygan_cli, [
        "train-classifier", "--dataset", "fashion-mnist", "--out", str(out), "--max-steps", "2",
        "--batch-size", "64", "--device", "cpu", "--data-dir", str(fashion_dir())])
    assert result.exit_code == 0, result.output
    weights_file, recipe_file = classifier_files("fashion-mnist")
    assert sorted(path.name for path in out.iterdir()) == sorted([weights_file, recipe_file])
    recipe = load_recipe(out, dataset="fashion-mnist")
    assert recipe["dataset"] == "fashion-mnist" and recipe["data"].startswith("Fashion-MNIST")
    assert recipe["steps"] == recipe["max_steps"] == 2
    assert recipe["weights_sha256"] == hashlib.sha256(
        (out / weights_file).read_bytes()).hexdigest()
    load_classifier(out, dataset="fashion-mnist")
    with pytest.raises(ClassifierError, match="train-classifier"):
        load_classifier(out)                                   # MNIST's: not there


def test_train_classifier_on_an_unknown_dataset_is_one_line(tmp_path):
    result = CliRunner().invoke(tinygan_cli, [
        "train-classifier", "--dataset", "cifar10", "--out", str(tmp_path), "--device", "cpu"])
    errors = [line for line in result.output.splitlines()
              if line.strip() and "INFO" not in line]
    assert result.exit_code == 1 and len(errors) == 1, result.output
    assert errors[0].startswith("Error: ") and "mnist or fashion-mnist" in errors[0]
    assert "'cifar10'" in errors[0] and not any(tmp_path.iterdir())
    with pytest.raises(ValueError, match="mnist or fashion-mnist"):
        load_classifier(dataset="fashion")


def test_real_digits_are_far_closer_to_real_digits_than_noise_is(classifier, mnist):
    test_digits = mnist["test"][:2000]
    noise = np.random.default_rng(1).uniform(-1, 1, (2000, 1, 28, 28)).astype(np.float32)
    real_vs_real = fid_of_images(test_digits, mnist["train"], classifier)
    real_vs_noise = fid_of_images(test_digits, noise, classifier)
    assert real_vs_real * 20 < real_vs_noise, (real_vs_real, real_vs_noise)   # ~19 vs ~1200


def test_the_class_histogram_passes_real_digits_and_flags_a_collapsed_generator(
        mnist, test_classified):
    _, probs = test_classified
    real = class_histogram(probs)
    # a 99%-accurate classifier's histogram of real digits is the labels' own, within 1%
    labels_share = np.bincount(mnist["labels"], minlength=10) / len(mnist["labels"])
    assert np.abs(real - labels_share).max() < 0.01
    assert flagged_classes(real) == []                        # MNIST: 8.9% to 11.4% per class
    assert mean_confidence(probs) > 0.95

    collapsed = class_histogram(probs[mnist["labels"] == 3])   # "generates" only threes
    assert collapsed[3] > 0.95
    assert flagged_classes(collapsed) == list(range(10))      # 3 too often, the rest too rarely
    assert flagged_classes(np.array([0.12] * 5 + [0.08] * 4 + [0.04])) == [9]


def test_a_sample_of_any_size_is_classified_as_within_the_whole_set(classifier, mnist,
                                                                   test_classified):
    """The classifier reads CHUNK images at a time, the last chunk padded: a sample across
    a chunk boundary, ending in a padded chunk, gets the numbers the same digits got within
    the 10,000 (nothing shifted, nothing of the padding kept)."""
    sample = slice(CHUNK - 3, CHUNK + 40)
    features, probs = classify(classifier, mnist["test"][sample])
    assert features.shape == (43, 128) and probs.shape == (43, 10)
    np.testing.assert_allclose(features, test_classified[0][sample], rtol=1e-5, atol=1e-5)
    np.testing.assert_allclose(probs, test_classified[1][sample], rtol=1e-5, atol=1e-6)


@pytest.fixture(scope="module")
def untrained_features(classifier):
    """An untrained generator's CHUNK images (one read of the classifier), features."""
    Tensor.manual_seed(0)
    return classify(classifier, Generator(100)(Tensor.randn(CHUNK, 100)).numpy())[0]


def test_the_metrics_on_real_digits_an_untrained_generator_and_one_digit(
        mnist, test_classified, untrained_features):
    """Known answers on the classifier's features: the MNIST test set's IS is near 10 (the
    ceiling), one digit's near 1; real against real digits has high precision and recall
    and a KID far below an untrained generator's, whose images are neither in the real
    manifold nor cover it; one digit only: recall collapses, precision does not."""
    features, probs = test_classified
    real, other_real = features[:1000], features[1000:2000]
    ones = mnist["labels"] == 1
    assert inception_score(probs)[0] > 9 and inception_score(probs[ones])[0] < 1.2
    precision, recall = precision_recall(real, other_real)
    assert precision > 0.8 and recall > 0.8
    assert precision_recall(real, untrained_features) == (0.0, 0.0)
    kid_real, _ = kernel_inception_distance(real, other_real)
    kid_untrained, _ = kernel_inception_distance(real, untrained_features)
    assert abs(kid_real) < 0.05 * kid_untrained
    precision, recall = precision_recall(real, features[ones][:1000])
    assert precision > 0.85 and recall < 0.25


def test_score_generator_reports_fid_histogram_and_confidence(classifier, mnist):
    """A "generator" that returns real test digits scores as real digits do: an FID near 0
    against the same digits, their labels' histogram, high confidence, nothing flagged; an
    untrained generator scores far worse and is flagged."""
    # two batches of 1000; the classifier reads them, as the real digits, in chunks of CHUNK
    digits = iter(Tensor(mnist["test"][first:first + 1000]) for first in range(0, 2000, 1000))

    class RealDigits:
        latent_dim = 100

        def __call__(self, noise):
            return next(digits)
    scores = score_generator(RealDigits(), n=2000, batch_size=1000, real_images=mnist["test"],
                             classifier=classifier)
    assert scores["n_generated"] == scores["n_real"] == 2000
    assert scores["fid"] < 1e-3
    labels_share = np.bincount(mnist["labels"][:2000], minlength=10) / 2000
    assert np.abs(np.array(scores["class_histogram"]) - labels_share).max() < 0.01
    assert scores["mean_confidence"] > 0.95 and scores["flagged_classes"] == []
    assert scores["inception_score"] > 9 and min(scores["precision"], scores["recall"]) > 0.8

    Tensor.manual_seed(0)
    untrained = score_generator(Generator(100), n=64, batch_size=32, real_images=mnist["test"],
                                classifier=classifier)
    assert untrained["fid"] > 100 and untrained["flagged_classes"] != []
    assert untrained["precision"] == 0 and untrained["kid"] > 100 * abs(scores["kid"])


# --- latent walks -------------------------------------------------------------------------

@pytest.fixture(scope="module")
def generator():
    Tensor.manual_seed(0)
    return Generator(100)          # fresh weights; called outside training_mode: test mode


@pytest.mark.slow
def test_a_walk_starts_at_gen_z1_and_ends_at_gen_z2(backend):
    generator = Generator(100)     # fresh weights; called outside training_mode: test mode
    z1, z2 = rng.standard_normal((2, 100)).astype(np.float32)
    # 4 frames: the suite's small batch, whose generator kernels other tests build too
    frames = interpolate(generator, z1, z2, frames=4)
    assert frames.shape == (4, 1, 28, 28)
    # The generator at z1, a third of the way and z2, beside other noise (in test mode a
    # frame depends on its own noise only), in a batch of the walk's size (the same kernels).
    third = (2 / 3 * z1.astype(np.float64) + 1 / 3 * z2).astype(np.float32)
    other = rng.standard_normal(100).astype(np.float32)
    want = generator(Tensor(np.stack([z1, third, other, z2]))).numpy()
    for index in (0, 1, 3):
        np.testing.assert_allclose(frames[index], want[index], atol=1e-5)
    assert not np.allclose(frames[0], frames[-1])


def test_a_walk_needs_two_frames(generator):
    with pytest.raises(ValueError, match="frames"):
        interpolate(generator, np.zeros(100), np.ones(100), frames=1)


def test_the_walk_gif_has_one_frame_per_step_and_the_strip_one_row_per_walk(
        generator, tmp_path):
    z = rng.standard_normal((4, 100)).astype(np.float32)
    frames = SMALL_BATCH                        # the small batch: kernels other tests build
    walks = np.stack([interpolate(generator, z[0], z[1], frames),
                      interpolate(generator, z[2], z[3], frames)], axis=1)
    gif, png = write_walk(walks, tmp_path / "walk.gif", tmp_path / "walk.png", scale=2)
    with Image.open(gif) as image:
        assert image.n_frames == frames
        assert image.size == (28 * 2, 2 * 28 * 2)              # width, height: walks stacked
    with Image.open(png) as image:
        assert image.size == (frames * 28 * 2, 2 * 28 * 2)     # steps across, walks down


# --- the commands, on a checkpoint holding a fresh generator --------------------------------

@pytest.fixture(scope="module")
def checkpoint(tmp_path_factory, generator):
    folder = tmp_path_factory.mktemp("run")
    hparams = HyperParams(output_dir=str(folder), data_dir=str(mnist_dir()))
    tensors = {"fixed_noise": Tensor.zeros(hparams.output_dim ** 2, hparams.latent_dim),
               **{f"gen.{k}": t for k, t in get_state_dict(generator).items()}}
    save_checkpoint(folder, tensors, {"step": 0, "epoch": 0, "hparams": hparams_dict(hparams)})
    return folder


def test_tinygan_score_prints_the_scores_and_writes_json(checkpoint, tmp_path):
    out = tmp_path / "scores.json"
    # n and batch as the untrained generator's scores above: the same kernels
    result = CliRunner().invoke(score, ["--checkpoint", str(checkpoint), "--n", "64",
                                        "--batch-size", "32", "--device", "cpu",
                                        "--json", str(out)])
    assert result.exit_code == 0, result.output
    assert "FID" in result.output and "class histogram" in result.output
    assert all(name in result.output for name in ("Inception Score", "KID", "precision"))
    scores = json.loads(out.read_text())
    assert scores["n_generated"] == 64 and scores["step"] == 0 and scores["fid"] > 0


def test_tinygan_interpolate_writes_the_gif_and_the_strip(checkpoint, tmp_path):
    gif = tmp_path / "walk.gif"
    result = CliRunner().invoke(interpolate_command, [        # frames: the small batch's
        "--checkpoint", str(checkpoint), "--out", str(gif), "--frames", str(SMALL_BATCH),
        "--pairs", "2", "--device", "cpu"])
    assert result.exit_code == 0, result.output
    with Image.open(gif) as image:
        assert image.n_frames == SMALL_BATCH
    assert gif.with_suffix(".png").exists()


def test_tinygan_score_without_a_checkpoint_is_one_line(tmp_path):
    result = CliRunner().invoke(score, ["--checkpoint", str(tmp_path), "--device", "cpu"])
    errors = [line for line in result.output.splitlines() if line.strip()]
    assert result.exit_code == 1 and len(errors) == 1, result.output
    assert errors[0].startswith("Error: ") and "no checkpoint" in errors[0]
    assert str(tmp_path) in errors[0] and "Traceback" not in result.output


# --- benchmarks/quality.py, in a tiny mode ---------------------------------------------

def load_script(name: str):
    """A script of benchmarks/, loaded as a module (its command: `.main`)."""
    import importlib.util
    from pathlib import Path
    script = Path(__file__).resolve().parents[1] / "benchmarks" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"{name}_benchmark", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
def test_the_quality_benchmark_trains_scores_and_writes_its_table(tmp_path):
    """Two steps of each engine and a 64-image FID: the files, their fields, the grids."""
    module = load_script("quality")
    torch_installed = module.import_torch() is not None
    result = CliRunner().invoke(module.main, [
        "--max-steps", "2", "--batch", str(SMALL_BATCH), "--n", "64",
        "--data-dir", str(mnist_dir()), "--out", str(tmp_path), "--torch-threads", "1"])
    assert result.exit_code == 0, result.output
    results = json.loads((tmp_path / "quality.json").read_text())
    tinygan = results["engines"]["tinygan"]
    assert tinygan["steps"] == 2 and tinygan["seconds"] > 0
    assert 0 < tinygan["scores"]["fid"] < 5000
    assert abs(sum(tinygan["scores"]["class_histogram"]) - 1) < 1e-6
    table = (tmp_path / "quality.md").read_text()
    grids = Image.open(tmp_path / "grids.png")
    side = 28 * HyperParams().output_dim
    assert grids.height == side
    if torch_installed:
        pytorch = results["engines"]["pytorch"]
        assert pytorch["steps"] == 2 and 0 < pytorch["scores"]["fid"] < 5000
        assert grids.width == 2 * side + 8 and "| pytorch | 2 |" in table
    else:
        assert "not installed" in results["engines"]["pytorch"]["note"]
        assert grids.width == side
    assert "| tinygan | 2 |" in table


# --- benchmarks/tutorial_run.py and tutorial_report.py, in a tiny mode ---------------------

def test_the_pytorch_schedule_scores_every_epoch_and_resumes_exactly(tmp_path):
    """2 epochs of 4 steps on 256 images, scored on 64: one straight run, and one stopped
    after epoch 1 and resumed, must write the same per-epoch results."""
    module = load_script("tutorial_run")
    if module.import_torch() is None:
        pytest.skip("PyTorch is not installed (pip install 'tinygan[bench]')")
    common = ["--batch", "64", "--subset", "256", "--score-samples", "64", "--final-samples",
              "64", "--data-dir", str(mnist_dir()), "--torch-threads", "1"]
    straight, stopped = tmp_path / "straight", tmp_path / "stopped"
    for out, epochs, resume in ((straight, 2, []), (stopped, 1, []), (stopped, 2, ["--resume"])):
        result = CliRunner().invoke(module.main, [*common, "--epochs", str(epochs),
                                                  "--out", str(out), *resume])
        assert result.exit_code == 0, result.output
    results = [json.loads((out / "pytorch.json").read_text()) for out in (straight, stopped)]
    for run in results:
        assert [e["epoch"] for e in run["epochs"]] == [1, 2]
        assert [e["steps"] for e in run["epochs"]] == [4, 8]
        for entry in (*run["epochs"], run["final"]):
            assert 0 < entry["fid"] < 5000 and entry["n_generated"] == 64
            assert abs(sum(entry["class_histogram"]) - 1) < 1e-6
        assert run["final"]["step"] == 8 and run["settings"]["epochs"] == 2
    drop_time = lambda run: [{k: v for k, v in e.items() if k != "seconds"}
                             for e in run["epochs"]]
    assert drop_time(results[0]) == drop_time(results[1])         # resumed bit for bit
    assert results[0]["final"] == results[1]["final"]
    again = CliRunner().invoke(module.main, [*common, "--out", str(straight)])
    assert again.exit_code == 1 and "--resume" in again.output    # never overwrites a run


def test_the_tutorial_report_tabulates_and_plots_both_engines(generator, tmp_path):
    """A synthetic tinygan run (a fresh generator's checkpoint after 2 epochs of 4 steps,
    FIDs logged at steps 0 and 4) beside a synthetic pytorch.json."""
    run = tmp_path / "run"
    run.mkdir()
    hparams = HyperParams(output_dir=str(run), data_dir=str(mnist_dir()), score_samples=32)
    tensors = {"fixed_noise": Tensor.zeros(hparams.output_dim ** 2, hparams.latent_dim),
               **{f"gen.{k}": t for k, t in get_state_dict(generator).items()}}
    save_checkpoint(run, tensors, {"step": 8, "epoch": 2, "hparams": hparams_dict(hparams)})
    rows = [[s, s // 4 + 1, "1.0", "0.7", {0: "900.5", 4: "800.25"}.get(s, "")] for s in range(8)]
    with open(run / "losses.csv", "w", newline="") as f:
        csv.writer(f).writerows([["step", "epoch", "discriminator_loss", "generator_loss",
                                  "fid"], *rows])
    histogram = [0.1] * 10
    (run / "scores.jsonl").write_text(json.dumps({"step": 0, "epoch": 1, "fid": 900.5,
                                                  "class_histogram": histogram}) + "\n")
    pytorch = {"epochs": [{"epoch": e, "steps": 4 * e, "fid": fid, "class_histogram": histogram}
                          for e, fid in ((1, 700.0), (2, 600.0))],
               "final": {"step": 8, "fid": 650.0, "mean_confidence": 0.5, "flagged_classes": [],
                         "class_histogram": histogram}}
    (tmp_path / "pytorch.json").write_text(json.dumps(pytorch))
    out = tmp_path / "report"
    result = CliRunner().invoke(load_script("tutorial_report").main, [
        "--tinygan-run", str(run), "--pytorch", str(tmp_path / "pytorch.json"),
        "--final-samples", "32", "--out", str(out)])
    assert result.exit_code == 0, result.output
    report = json.loads((out / "report.json").read_text())
    assert [row["epoch"] for row in report["rows"]] == [0, 1, 2]
    tinygan = [row["tinygan"] for row in report["rows"]]
    assert [t["fid"] for t in tinygan[:2]] == [900.5, 800.25]
    assert [t["step"] for t in tinygan] == [1, 5, 8]          # scored one step into epochs
    assert tinygan[0]["class_histogram"] == histogram and "class_histogram" not in tinygan[1]
    assert tinygan[2]["fid"] > 0 and tinygan[2]["n_generated"] == 32   # from the checkpoint
    assert report["rows"][0]["pytorch"] is None
    assert [row["pytorch"]["fid"] for row in report["rows"][1:]] == [700.0, 600.0]
    final = report["final"]["tinygan"]
    assert final["step"] == 8 and final["n_generated"] == 32 and final["fid"] > 0
    # PyTorch's FID moves 700 -> 600: a ratio of 7/6 (log2 0.222), a mean of 650
    assert report["swings"]["pytorch"] == {"largest_ratio_last_10": 1.167,
                                           "mean_abs_log2_ratio_last_10": 0.222,
                                           "mean_fid_last_5": 650.0}
    table = (out / "report.md").read_text()
    assert "| 1 | 800.2 |" in table and "| 700.0 |" in table and "| pytorch | 8 | 650.0 |" in table
    with Image.open(out / "fid.png") as image:
        pixels = {tuple(p) for p in np.asarray(image.convert("RGB")).reshape(-1, 3)}
        assert image.size == (800, 400)
    assert (200, 40, 40) in pixels and (40, 80, 200) in pixels          # both engines drawn


def test_plot_lines_on_a_logarithmic_axis(tmp_path):
    """With log_y, 10 lies halfway between 1 and 100 (on a linear axis it would lie near 1);
    values that a logarithm cannot take are refused."""
    colour = (200, 40, 40)
    size, (left, right, top, bottom) = (800, 400), (60, 20, 30, 40)
    plot_lines({"fid": ([0, 1, 2], [1.0, 10.0, 100.0], colour)}, tmp_path / "log.png",
               x_label="epoch", log_y=True)
    plot_lines({"fid": ([0, 1, 2], [1.0, 10.0, 100.0], colour)}, tmp_path / "linear.png",
               x_label="epoch")
    middle = (left + (size[0] - left - right) // 2, top + (size[1] - top - bottom) // 2)
    with Image.open(tmp_path / "log.png") as log_image, \
            Image.open(tmp_path / "linear.png") as linear_image:
        assert log_image.convert("RGB").getpixel(middle) == colour
        assert linear_image.convert("RGB").getpixel(middle) != colour
    with pytest.raises(ValueError, match="positive"):
        plot_lines({"fid": ([0, 1], [0.0, 5.0], colour)}, tmp_path / "zero.png",
                   x_label="epoch", log_y=True)

"""The metrics GAN libraries report beside the FID, on tinygan's classifier: the Inception
Score, the Kernel Inception Distance, and precision and recall.

All three take what `classify` returns (features N×128, class probabilities N×10) and
are computed with NumPy in float64.  As with the FID, the classifier stands in for
Inception-v3, so the figures are comparable between tinygan runs, not with papers' figures.

- Inception Score (Salimans et al., 2016, "Improved techniques for training GANs"):
  exp(E_x KL(p(y|x) || p(y))), high when each image is confidently one class and the
  classes are evenly drawn; at most 10 on MNIST's ten classes.  The mean and standard
  deviation over 10 splits of the images, as torch-fidelity and the paper compute it.
- KID (Bińkowski et al., 2018, "Demystifying MMD GANs"): the unbiased estimate of the
  squared maximum mean discrepancy between the two feature sets, with the cubic polynomial
  kernel k(x, y) = (x·y/d + 1)³; unlike the FID it has no bias at small sample counts (its
  expectation is 0 for two samples of one distribution, so small negative values occur).
  The mean and standard deviation over 100 random subsets of 1,000 (torch-fidelity's and
  clean-fid's defaults); with fewer images, subsets of half of them, so that they differ.
- Precision and recall (Kynkäänniemi et al., 2019, "Improved precision and recall metric
  for assessing generative models"): each set's manifold is the union of balls around its
  points, each reaching its k-th nearest neighbour in the set (k = 3, the paper's);
  precision is the share of generated images inside the real manifold (quality), recall
  the share of real images inside the generated one (coverage).  A generator that draws
  one digit well has high precision and low recall; one that blurs, the other way round.
  Its known weakness (Naeem et al., 2020, "Reliable fidelity and diversity metrics for
  generative models"): one real outlier's ball is large, and images that all look alike
  can fall inside it.  Here, with 1,000 real digits, noise images (whose features
  huddle together) read a precision of 0.8-0.9, most of them inside one ambiguous test
  digit's ball (uniform noise: 0.14 against 10,000 real digits); their recall is 0, and
  the FID, KID and IS flag them (`benchmarks/metrics_ceiling.py`).  Read precision beside
  recall.
"""
from __future__ import annotations

import numpy as np

IS_SPLITS = 10
KID_SUBSETS, KID_SUBSET_SIZE = 100, 1000
PR_NEIGHBOURS = 3


def inception_score(probs: np.ndarray, splits: int = IS_SPLITS) -> tuple[float, float]:
    """Mean and standard deviation over `splits` equal parts of the images (rows of class
    probabilities, N×C) of exp(mean KL(p(y|x) || p(y))), p(y) the part's mean.  Part i is
    rows i·N//splits to (i+1)·N//splits, as in Salimans et al.'s code and torch-fidelity."""
    probs = np.asarray(probs, np.float64)
    if probs.ndim != 2 or len(probs) < splits:
        raise ValueError(f"the Inception Score needs at least {splits} rows of class "
                         f"probabilities, got shape {probs.shape}")
    scores = []
    bounds = [i * len(probs) // splits for i in range(splits + 1)]    # the paper's parts
    for part in (probs[start:end] for start, end in zip(bounds, bounds[1:])):
        marginal = part.mean(axis=0, keepdims=True)
        kl = np.sum(part * (np.log(part + 1e-12) - np.log(marginal + 1e-12)), axis=1)
        scores.append(np.exp(kl.mean()))
    return float(np.mean(scores)), float(np.std(scores))


def _polynomial_kernel(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    return (x @ y.T / x.shape[1] + 1) ** 3


def _mmd2_unbiased(x: np.ndarray, y: np.ndarray) -> float:
    m = len(x)
    k_xx, k_yy, k_xy = _polynomial_kernel(x, x), _polynomial_kernel(y, y), _polynomial_kernel(x, y)
    within = (k_xx.sum() - np.trace(k_xx) + k_yy.sum() - np.trace(k_yy)) / (m * (m - 1))
    return float(within - 2 * k_xy.mean())


def kernel_inception_distance(real: np.ndarray, generated: np.ndarray,
                              subsets: int = KID_SUBSETS, subset_size: int = KID_SUBSET_SIZE,
                              seed: int = 0) -> tuple[float, float]:
    """Mean and standard deviation of the unbiased MMD² (cubic polynomial kernel) over
    `subsets` random subsets of `subset_size` of each feature set (drawn without
    replacement; at most half the smaller set, so that the subsets differ)."""
    real, generated = np.asarray(real, np.float64), np.asarray(generated, np.float64)
    if real.ndim != 2 or generated.ndim != 2 or real.shape[1] != generated.shape[1]:
        raise ValueError(f"KID needs two feature sets of the same width, got shapes "
                         f"{real.shape} and {generated.shape}")
    size = min(subset_size, min(len(real), len(generated)) // 2)
    if size < 2:
        raise ValueError(f"KID needs at least 4 images in each set, got {len(real)} real and "
                         f"{len(generated)} generated")
    rng = np.random.default_rng(seed)
    values = [_mmd2_unbiased(real[rng.choice(len(real), size, replace=False)],
                             generated[rng.choice(len(generated), size, replace=False)])
              for _ in range(subsets)]
    return float(np.mean(values)), float(np.std(values))


def _distances(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Euclidean distances between the rows of a and of b (|a|×|b|)."""
    squared = (a * a).sum(1)[:, None] + (b * b).sum(1)[None, :] - 2 * a @ b.T
    return np.sqrt(np.maximum(squared, 0))


def _radii(points: np.ndarray, k: int, chunk: int) -> np.ndarray:
    """Each point's distance to its k-th nearest neighbour among the others."""
    return np.concatenate([np.partition(_distances(points[i:i + chunk], points), k, axis=1)[:, k]
                           for i in range(0, len(points), chunk)])   # column 0: itself


def _inside(points: np.ndarray, centres: np.ndarray, radii: np.ndarray, chunk: int) -> np.ndarray:
    """Whether each point lies within some centre's ball."""
    return np.concatenate([(_distances(points[i:i + chunk], centres) <= radii[None, :]).any(1)
                           for i in range(0, len(points), chunk)])


def precision_recall(real: np.ndarray, generated: np.ndarray, k: int = PR_NEIGHBOURS,
                     chunk: int = 1000) -> tuple[float, float]:
    """Kynkäänniemi et al.'s precision (generated images inside the real manifold) and
    recall (real images inside the generated manifold), k-NN balls with k = 3."""
    real, generated = np.asarray(real, np.float64), np.asarray(generated, np.float64)
    if min(len(real), len(generated)) <= k:
        raise ValueError(f"precision and recall need more than k = {k} images in each set, "
                         f"got {len(real)} real and {len(generated)} generated")
    precision = _inside(generated, real, _radii(real, k, chunk), chunk).mean()
    recall = _inside(real, generated, _radii(generated, k, chunk), chunk).mean()
    return float(precision), float(recall)


def gan_metrics(real_features: np.ndarray, features: np.ndarray, probs: np.ndarray) -> dict:
    """IS (of the generated images), KID and precision/recall (against the real ones), as
    `score_generator` reports them."""
    is_mean, is_std = inception_score(probs)
    kid_mean, kid_std = kernel_inception_distance(real_features, features)
    precision, recall = precision_recall(real_features, features)
    return {"inception_score": round(is_mean, 4), "inception_score_std": round(is_std, 4),
            "kid": round(kid_mean, 6), "kid_std": round(kid_std, 6),
            "precision": round(precision, 4), "recall": round(recall, 4)}

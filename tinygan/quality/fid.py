"""The Fréchet distance between two Gaussians fitted to classifier features: the FID."""
from __future__ import annotations

import warnings
from pathlib import Path

import numpy as np
import scipy.linalg

from tinygan.quality.classifier import MnistClassifier, classify, load_classifier, mnist_split

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
                  classifier: MnistClassifier | None = None, dataset: str = "mnist") -> float:
    """FID between two sets of host images (N×1×28×28 in [-1, 1]), on the features of
    `classifier` (default: the shipped classifier of `dataset`, "mnist" or "fashion-mnist")."""
    classifier = classifier or load_classifier(dataset=dataset)
    return fid_from_features(classify(classifier, images1)[0], classify(classifier, images2)[0])


def reference_features(dataset: str = "mnist", n: int = 10_000,
                       classifier: MnistClassifier | None = None,
                       data_dir: str | Path | None = None, download: bool = True) -> np.ndarray:
    """The reference set of an FID on `dataset` ("mnist" or "fashion-mnist"): the features
    (n×128) of its first `n` real test images (at most 10,000), read by `classifier`
    (default: the shipped classifier of `dataset`)."""
    images, _ = mnist_split("test", data_dir, download, dataset)
    return classify(classifier or load_classifier(dataset=dataset), images[:n])[0]

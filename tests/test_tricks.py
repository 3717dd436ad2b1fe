"""The GAN tricks: each changes exactly what it says, and nothing when off (the default)."""
from __future__ import annotations

import numpy as np
import numpy_reference as ref
import pytest
from tinygrad import Tensor

from conftest import SMALL_BATCH
from tinygan.backend import rng_counter, set_rng_counter
from tinygan.tutorial import (HyperParams, build_gan, discriminator_loss, discriminator_targets,
                              draw_noise, make_train_step)


def test_defaults_are_the_tutorial():
    hp = HyperParams()
    assert (hp.label_smoothing, hp.label_flip, hp.adam_beta1, hp.noise) == (0.0, 0.0, 0.9, "normal")
    assert discriminator_targets(4, 4) == (1.0, 0.0)          # plain floats: the tutorial's graph


@pytest.mark.parametrize("field,value", [("label_smoothing", 1.0), ("label_flip", -0.1),
                                         ("adam_beta1", 1.0), ("noise", "cauchy")])
def test_bad_trick_values_are_refused(field, value):
    with pytest.raises(ValueError, match=field):
        HyperParams(**{field: value})


def test_one_sided_label_smoothing_changes_only_the_real_target(backend):
    real_target, fake_target = discriminator_targets(5, 5, label_smoothing=0.1)
    assert (real_target, fake_target) == (0.9, 0.0)
    real, fake = np.array([[0.3], [-2.0]], np.float32), np.array([[1.5], [0.1]], np.float32)
    got = discriminator_loss(Tensor(real), Tensor(fake), real_target, fake_target).item()
    want = ref.logitbinarycrossentropy(real, 0.9)[0] + ref.logitbinarycrossentropy(fake, 0.0)[0]
    assert abs(got - want) < 1e-5


def test_noisy_labels_swap_about_p_of_the_targets(backend):
    real_target, fake_target = discriminator_targets(20000, 20000, label_flip=0.2)
    real, fake = real_target.numpy().ravel(), fake_target.numpy().ravel()
    assert set(np.unique(real)) <= {0.0, 1.0} and set(np.unique(fake)) <= {0.0, 1.0}
    assert abs((real == 0).mean() - 0.2) < 0.015 and abs((fake == 1).mean() - 0.2) < 0.015


def test_adam_beta1_reaches_both_optimisers():
    for beta1 in (0.9, 0.5):
        _, _, opt_d, opt_g = build_gan(HyperParams(latent_dim=8, adam_beta1=beta1))
        assert opt_d.b1 == opt_g.b1 == beta1 and opt_d.b2 == opt_g.b2 == 0.999


def test_noise_distribution(backend):
    normal = draw_noise(200, 100, "normal").numpy()
    uniform = draw_noise(200, 100, "uniform").numpy()
    assert abs(normal.std() - 1) < 0.02 and normal.min() < -3
    assert uniform.min() >= -1 and uniform.max() <= 1 and abs(uniform.var() - 1 / 3) < 0.01


def softplus(x: np.ndarray) -> np.ndarray:
    return np.logaddexp(0, x)


@pytest.mark.parametrize("tricks", [
    {},                                                          # the tutorial's step
    {"label_smoothing": 0.2, "label_flip": 0.3, "noise": "uniform"},
])
def test_a_real_jitted_step_computes_what_the_tricks_say(tricks):
    """The loop's own jitted step, from weights whose discriminator answers a constant logit
    b (its last layer zeroed but its bias): its loss is then a function of the targets
    alone, mean(softplus(b) - b·t), checked against NumPy with the targets the step drew
    (replayed from tinygrad's random stream: smoothed, then flipped with probability p);
    the first BatchNorm's running mean is a tenth of the batch mean of the Dense layer's
    output on the noise the step drew (replayed too: uniform or normal)."""
    hp = HyperParams(batch_size=SMALL_BATCH, **tricks)
    n_real, b = 3, 0.7                                           # a short real batch
    Tensor.manual_seed(11)
    gen, disc, opt_d, opt_g = build_gan(hp)
    disc[-1].weight.assign(Tensor.zeros(*disc[-1].weight.shape)).realize()
    disc[-1].bias.assign(Tensor([b])).realize()
    dense = gen[0].weight.numpy()                                # latent → features, as drawn
    step = make_train_step(gen, disc, opt_d, opt_g, hp)          # jitted, as `train` runs it
    start = rng_counter()
    d_loss, _ = step(Tensor(np.zeros((n_real, 1, 28, 28), np.float32)))
    set_rng_counter(start)                                       # the step's draws, again
    noise = draw_noise(hp.batch_size, hp.latent_dim, hp.noise).numpy()
    real_t, fake_t = (np.broadcast_to(np.asarray(t.numpy() if isinstance(t, Tensor) else t,
                                                 np.float64), (n, 1))
                      for t, n in zip(discriminator_targets(n_real, hp.batch_size,
                                                            hp.label_smoothing,
                                                            hp.label_flip),
                                      (n_real, hp.batch_size)))
    want = sum(np.mean(softplus(b) - b * t) for t in (real_t, fake_t))
    assert abs(d_loss - want) < 1e-5, (d_loss, want)
    smoothed = np.float32(1.0 - hp.label_smoothing)
    for targets in (real_t, fake_t):
        assert np.all(np.isclose(targets, smoothed) | (targets == 0))
    if hp.label_flip == 0:
        assert np.allclose(real_t, smoothed) and (fake_t == 0).all()
    if hp.noise == "uniform":
        assert noise.min() >= -1 and noise.max() <= 1
    else:
        assert noise.min() < -1 or noise.max() > 1
    features = noise.astype(np.float64) @ dense.T.astype(np.float64)
    np.testing.assert_allclose(gen[1].running_mean.numpy(), 0.1 * features.mean(0),
                               rtol=1e-4, atol=1e-6)

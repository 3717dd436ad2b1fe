"""The GAN tricks: each changes exactly what it says, and nothing when off (the default)."""
from __future__ import annotations

import numpy as np
import numpy_reference as ref
import pytest
from tinygrad import Tensor

import tinygan.tutorial as tutorial
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


def test_the_training_step_uses_the_chosen_tricks(monkeypatch):
    seen = {}

    def record_noise(n, latent_dim, kind="normal"):
        seen["noise"] = (n, latent_dim, kind)
        return Tensor.zeros(n, latent_dim)

    def record_targets(n_real, n_fake, label_smoothing=0.0, label_flip=0.0):
        seen["targets"] = (n_real, n_fake, label_smoothing, label_flip)
        return 1.0 - label_smoothing, 0.0

    def no_discriminator_step(disc, real_img, fake_img, opt, targets):
        seen["step_targets"] = targets
        return Tensor([0.0]), []

    def no_generator_step(disc, fake_img, opt):
        return Tensor([0.0]), []

    monkeypatch.setattr(tutorial, "draw_noise", record_noise)
    monkeypatch.setattr(tutorial, "discriminator_targets", record_targets)
    monkeypatch.setattr(tutorial, "train_discriminator", no_discriminator_step)
    monkeypatch.setattr(tutorial, "train_generator", no_generator_step)
    hp = HyperParams(batch_size=6, latent_dim=8, noise="uniform", label_smoothing=0.2,
                     label_flip=0.1)
    runner = make_train_step(*build_gan(hp), hp, use_jit=False)
    runner(Tensor.zeros(4, 1, 28, 28))
    assert seen["noise"] == (6, 8, "uniform")
    assert seen["targets"] == (4, 6, 0.2, 0.1)
    assert seen["step_targets"] == (0.8, 0.0)

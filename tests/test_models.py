"""The tutorial's models and training steps: shape checks, step isolation, initial losses."""
from __future__ import annotations

import math

import numpy as np
from tinygrad import Tensor

from tinygan.models import Discriminator, Generator, buffers, parameters
from tinygan.training import (StepRunner, generate, make_optimiser, train_discriminator,
                              train_generator, train_step)


def snapshot(model) -> list[np.ndarray]:
    return [t.numpy().copy() for t in parameters(model) + buffers(model)]


def identical(a: list[np.ndarray], b: list[np.ndarray]) -> bool:
    return all(np.array_equal(x, y) for x, y in zip(a, b))


def make_gan(latent_dim=100):
    gen, disc = Generator(latent_dim), Discriminator()
    return gen, disc, make_optimiser(disc, 2e-4), make_optimiser(gen, 2e-4)


def test_the_tutorials_shape_checks(backend):
    gen, disc = Generator(100), Discriminator()
    images = gen(Tensor.randn(3, 100))
    assert images.shape == (3, 1, 28, 28)            # Julia: 28×28×1×3
    values = images.numpy()
    assert np.all(values > -1) and np.all(values < 1)
    assert disc(images).shape == (3, 1)              # Julia: 1×3


def test_parameter_counts():
    gen, disc = Generator(100), Discriminator()
    count = lambda m: sum(math.prod(t.shape) for t in parameters(m))
    # Dense 100·12544, BN 2·12544, ConvT 256·128·25, BN 2·128, ConvT 128·64·16, BN 2·64, ConvT 64·16
    assert count(gen) == 100 * 12544 + 2 * 12544 + 256 * 128 * 25 + 256 + 128 * 64 * 16 + 128 + 64 * 16
    # Conv 64·16 + 64, Conv 128·64·16 + 128, Dense 6272 + 1
    assert count(disc) == 64 * 16 + 64 + 128 * 64 * 16 + 128 + 6272 + 1


def test_steps_touch_only_their_own_network_and_start_near_ln2(backend):
    gen, disc, opt_d, opt_g = make_gan()
    real = Tensor.uniform(4, 1, 28, 28, low=-1, high=1).realize()
    gen_before, disc_before = snapshot(gen), snapshot(disc)

    fake = generate(gen, Tensor.randn(4, 100))
    d_loss = train_discriminator(disc, real, fake, opt_d)
    assert identical(snapshot(gen)[:len(parameters(gen))], gen_before[:len(parameters(gen))])
    assert not identical(snapshot(disc), disc_before)
    assert abs(d_loss - 2 * math.log(2)) < 0.1

    disc_after_d = snapshot(disc)
    g_loss = train_generator(disc, fake, opt_g)
    assert identical(snapshot(disc), disc_after_d)
    changed = [not np.array_equal(a, b) for a, b in zip(snapshot(gen), gen_before)]
    assert all(changed[:len(parameters(gen))]), "every generator parameter must move"
    assert abs(g_loss - math.log(2)) < 0.1


def test_generator_keeps_learning_over_several_steps(backend):
    gen, disc, opt_d, opt_g = make_gan(latent_dim=16)
    real = Tensor.uniform(4, 1, 28, 28, low=-1, high=1).realize()
    start = snapshot(gen)
    step = StepRunner(gen, disc, opt_d, opt_g, batch_size=4, latent_dim=16)   # jitted
    previous = start
    for _ in range(3):
        d_loss, g_loss = step(real)
        assert np.isfinite(d_loss) and np.isfinite(g_loss)
        now = snapshot(gen)
        assert not identical(now, previous), "the generator stopped updating (the pitfall)"
        previous = now


def test_fused_step_equals_the_two_separate_steps(backend):
    """`train_step` (one schedule) computes what train_discriminator followed by
    train_generator compute, given the same weights, batch, noise and dropout draws."""
    results = []
    for fused in (False, True):
        Tensor.manual_seed(7)
        gen, disc, opt_d, opt_g = make_gan(latent_dim=16)
        Tensor.manual_seed(8)
        real, noise = Tensor.uniform(3, 1, 28, 28, low=-1, high=1).realize(), Tensor.randn(3, 16).realize()
        if fused:
            losses = [t.item() for t in train_step(gen, disc, real, noise, opt_d, opt_g)]
        else:
            fake = generate(gen, noise)
            losses = (train_discriminator(disc, real, fake, opt_d), train_generator(disc, fake, opt_g))
        results.append((losses, snapshot(gen), snapshot(disc)))
    (l0, g0, d0), (l1, g1, d1) = results
    assert np.allclose(l0, l1, rtol=1e-5)
    # Adam's first step is ±lr wherever a gradient is non-zero, so float noise in a gradient
    # that is ~0 can change a few updates (lr = 2e-4): no element may differ by more than
    # one step, and fewer than 0.1% by more than a twentieth of one.
    for a, b in zip(g0 + d0, g1 + d1):
        difference = np.abs(a - b)
        assert difference.max() <= 2e-4 and (difference > 1e-5).mean() < 1e-3

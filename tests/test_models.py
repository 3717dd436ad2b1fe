"""The tutorial's models and training steps: shape checks, step isolation, initial losses,
and that training runs the tutorial's two named steps."""
from __future__ import annotations

import math

import numpy as np
import numpy_reference as ref
import pytest
from conftest import BACKENDS, SMALL_BATCH
from tinygrad import Tensor

import tinygan.tutorial as tutorial
from tinygan.backend import training_mode
from tinygan.layers import buffers, parameters
from tinygan.tutorial import (Discriminator, Generator, HyperParams, make_optimiser,
                              make_train_step, train_discriminator, train_generator, train_step)


def snapshot(model) -> list[np.ndarray]:
    return [t.numpy().copy() for t in parameters(model) + buffers(model)]


def identical(a: list[np.ndarray], b: list[np.ndarray]) -> bool:
    return all(np.array_equal(x, y) for x, y in zip(a, b))


def realise(loss_and_update) -> float:
    """Carry out one named step's lazy loss and update; its loss."""
    loss, update = loss_and_update
    Tensor.realize(loss, *update)
    return loss.item()


# Every test below runs the tutorial's networks (latent size 100) at batch 4, as the other
# small runs of the suite do (conftest.SMALL_BATCH): the same shapes give the same kernels,
# which tinygrad builds once per process (building them is most of a first step's time).
BATCH, LATENT = SMALL_BATCH, 100


def make_gan(latent_dim=LATENT):
    gen, disc = Generator(latent_dim), Discriminator()
    return gen, disc, make_optimiser(disc, 2e-4), make_optimiser(gen, 2e-4)


def test_the_tutorials_shape_checks(backend):
    gen, disc = Generator(100), Discriminator()
    # the noise realised first: the generator's kernels then read a buffer, as a latent walk's
    # of 4 frames do (tests/test_quality.py), and are built once for both
    images = gen(Tensor.randn(BATCH, 100).realize())
    assert images.shape == (BATCH, 1, 28, 28)        # Julia: 28×28×1×4
    values = images.numpy()
    assert np.all(values > -1) and np.all(values < 1)
    assert disc(images).shape == (BATCH, 1)          # Julia: 1×4


def test_parameter_counts():
    gen, disc = Generator(100), Discriminator()
    count = lambda m: sum(math.prod(t.shape) for t in parameters(m))
    # Dense 100·12544, BN 2·12544, ConvT 256·128·25, BN 2·128, ConvT 128·64·16, BN 2·64, ConvT 64·16
    assert count(gen) == (100 * 12544 + 2 * 12544 + 256 * 128 * 25 + 256 + 128 * 64 * 16 + 128
                          + 64 * 16)
    # Conv 64·16 + 64, Conv 128·64·16 + 128, Dense 6272 + 1
    assert count(disc) == 64 * 16 + 64 + 128 * 64 * 16 + 128 + 6272 + 1


def test_steps_touch_only_their_own_network_and_start_near_ln2(backend):
    gen, disc, opt_d, opt_g = make_gan()
    real = Tensor.uniform(BATCH, 1, 28, 28, low=-1, high=1).realize()
    gen_before, disc_before = snapshot(gen), snapshot(disc)

    with training_mode():
        fake = gen(Tensor.randn(BATCH, LATENT))
        d_loss = realise(train_discriminator(disc, real, fake, opt_d))
    assert identical(snapshot(gen)[:len(parameters(gen))], gen_before[:len(parameters(gen))])
    assert not identical(snapshot(disc), disc_before)
    assert abs(d_loss - 2 * math.log(2)) < 0.1

    disc_after_d = snapshot(disc)
    with training_mode():
        g_loss = realise(train_generator(disc, fake, opt_g))
    assert identical(snapshot(disc), disc_after_d)
    changed = [not np.array_equal(a, b) for a, b in zip(snapshot(gen), gen_before)]
    assert all(changed[:len(parameters(gen))]), "every generator parameter must move"
    assert abs(g_loss - math.log(2)) < 0.1


def test_generator_keeps_learning_over_several_steps(backend):
    gen, disc, opt_d, opt_g = make_gan()
    real = Tensor.uniform(BATCH, 1, 28, 28, low=-1, high=1).realize()
    # The parameters only: BatchNorm's running statistics move on every training forward
    # pass, so they would change even if the generator's weights never did (the pitfall).
    weights = lambda: [t.numpy().copy() for t in parameters(gen)]
    hparams = HyperParams(batch_size=BATCH, latent_dim=LATENT)
    step = make_train_step(gen, disc, opt_d, opt_g, hparams)
    previous = weights()
    for _ in range(3):                          # jitted: the third call replays the kernels
        d_loss, g_loss = step(real)
        assert np.isfinite(d_loss) and np.isfinite(g_loss)
        now = weights()
        assert all(not np.array_equal(a, b) for a, b in zip(now, previous)), \
            "a generator parameter stopped updating (the pitfall)"
        previous = now


def test_one_schedule_equals_the_two_steps_realised_one_after_the_other(backend):
    """`train_step` realises both named steps as one schedule; that computes what realising
    train_discriminator and then train_generator computes, given the same weights, batch,
    noise and dropout draws."""
    results = []
    for fused in (False, True):
        Tensor.manual_seed(7)
        gen, disc, opt_d, opt_g = make_gan()
        Tensor.manual_seed(8)
        real = Tensor.uniform(BATCH, 1, 28, 28, low=-1, high=1).realize()
        if fused:             # draws its noise, Tensor.randn(4, 100), from the same stream
            hp = HyperParams(batch_size=BATCH, latent_dim=LATENT)
            losses = [t.item() for t in train_step(gen, disc, opt_d, opt_g, hp, real)]
        else:
            with training_mode():
                fake = gen(Tensor.randn(BATCH, LATENT))
                losses = (realise(train_discriminator(disc, real, fake, opt_d)),
                          realise(train_generator(disc, fake, opt_g)))
        results.append((losses, snapshot(gen), snapshot(disc)))
    (l0, g0, d0), (l1, g1, d1) = results
    assert np.allclose(l0, l1, rtol=1e-5)
    # Adam's first step is ±lr wherever a gradient is non-zero, so float noise in a gradient
    # that is ~0 can change a few updates (lr = 2e-4): no element may differ by more than
    # one step, and fewer than 0.1% by more than a twentieth of one.
    for a, b in zip(g0 + d0, g1 + d1):
        difference = np.abs(a - b)
        assert difference.max() <= 2e-4 and (difference > 1e-5).mean() < 1e-3


@pytest.mark.slow
@pytest.mark.parametrize("backend", BACKENDS[:1], indirect=True)  # the loop, on one backend
def test_training_runs_the_two_named_steps_and_computes_the_fused_step(backend, monkeypatch,
                                                                       tmp_path):
    """`train` calls `train_discriminator` and `train_generator` (the tutorial's names) for
    its step, and its losses and weights over several jitted steps, a smaller last batch
    and an epoch boundary included, are bit for bit those of the step written out from the
    losses and Adam alone (as tinygan's loop computed it before the named steps were the
    step)."""
    calls = []
    for name in ("train_discriminator", "train_generator"):
        def counted(*args, _step=getattr(tutorial, name), _name=name):
            calls.append(_name)
            return _step(*args)
        monkeypatch.setattr(tutorial, name, counted)

    class Record(tutorial.TrainingCallback):
        losses = []

        def step_done(self, run, step, epoch, d_loss, g_loss):
            self.losses.append((d_loss, g_loss))

        def end(self, run):
            self.weights = snapshot(run.gen) + snapshot(run.disc)

    # 11 images: batches of 4, 4 and 3 (the partial batch tests/test_parity.py and
    # tests/test_training.py compile too)
    images = np.random.default_rng(0).uniform(-1, 1, (11, 1, 28, 28)).astype(np.float32)
    hp = HyperParams(batch_size=BATCH, latent_dim=LATENT, epochs=2, verbose_freq=100, seed=5,
                     device=backend, output_dir=str(tmp_path))
    record = Record()
    assert tutorial.train(hp, images=images, callbacks=[record])["steps"] == 6
    # 4 full batches and 2 of 3 images: the JIT runs the step's Python twice per shape
    # (once plainly, once to capture its kernels), then replays the kernels.
    assert calls == ["train_discriminator", "train_generator"] * 4

    tutorial.seed_everything(hp.seed)
    gen, disc, opt_d, opt_g = tutorial.build_gan(hp)
    tutorial.draw_noise(hp.output_dim ** 2, hp.latent_dim).realize()     # the fixed noise
    losses, loader = [], tutorial.DataLoader(images, hp.batch_size, hp.seed)
    for epoch in range(hp.epochs):
        for x in loader.epoch(epoch):
            noise = Tensor.randn(hp.batch_size, hp.latent_dim)
            with training_mode():
                fake = gen(noise)
                d_loss = tutorial.discriminator_loss(disc(Tensor(x)), disc(fake.detach()))
                d_update = tutorial.scheduled_update(d_loss, opt_d)
                g_loss = tutorial.generator_loss(disc(fake))
                g_update = tutorial.scheduled_update(g_loss, opt_g)
                Tensor.realize(d_loss, g_loss, *d_update, *g_update)
            losses.append((d_loss.item(), g_loss.item()))
    assert record.losses == losses
    assert identical(record.weights, snapshot(gen) + snapshot(disc))


def test_the_discriminator_is_the_tutorials_layers_against_numpy(backend):
    """Conv(4, 1=>64; stride 2, pad 1), leakyrelu 0.2, Dropout 0.3, Conv(4, 64=>128), leakyrelu
    0.2, Dropout 0.3, flatten, Dense(6272, 1): in test mode against NumPy on its own weights,
    and in training mode each Dropout zeroes 30% of what it is given."""
    disc = Discriminator()
    x = np.random.default_rng(3).uniform(-1, 1, (BATCH, 1, 28, 28)).astype(np.float32)
    conv1, conv2, dense = disc[0], disc[3], disc[7]
    h = ref.leakyrelu(ref.conv2d(x, conv1.weight.numpy(), conv1.bias.numpy(), 2, 1), 0.2)
    h = ref.leakyrelu(ref.conv2d(h, conv2.weight.numpy(), conv2.bias.numpy(), 2, 1), 0.2)
    want = ref.dense(h.reshape(BATCH, -1), dense.weight.numpy(), dense.bias.numpy())
    got = disc(Tensor(x)).numpy()
    assert got.shape == (BATCH, 1) and np.allclose(got, want, rtol=1e-4, atol=1e-5)
    with training_mode():
        before = disc[1](disc[0](Tensor(x)))
        after = disc[2](before)
        kept = (after.numpy() != 0)[before.numpy() != 0]
    assert abs(1 - kept.mean() - 0.3) < 0.01


def test_the_generator_is_the_tutorials_layers_against_numpy(backend):
    """Dense(latent, 12544; bias=false), BatchNorm + relu, reshape to 256×7×7, then
    ConvTranspose 5×5 (stride 1, pad 2), 4×4 and 4×4 (stride 2, pad 1), none with a bias,
    BatchNorm + relu between them, tanh last: in test mode against NumPy on its own weights
    (with random BatchNorm statistics, so that every term counts)."""
    rng = np.random.default_rng(4)
    gen = Generator(LATENT)
    for bn in (gen[1], gen[4], gen[6]):
        n = bn.running_mean.shape[0]
        bn.running_mean.assign(Tensor(rng.normal(0, 0.1, n).astype(np.float32))).realize()
        bn.running_var.assign(Tensor(rng.uniform(0.5, 2, n).astype(np.float32))).realize()
    assert all(layer.bias is None for layer in (gen[0], gen[3], gen[5], gen[7]))
    bn = lambda h, layer: np.maximum(ref.batchnorm_test(
        h, *(t.numpy() for t in (layer.weight, layer.bias, layer.running_mean,
                                 layer.running_var))), 0)
    z = rng.normal(size=(BATCH, LATENT)).astype(np.float32)
    h = bn(ref.dense(z, gen[0].weight.numpy(), None), gen[1]).reshape(BATCH, 256, 7, 7)
    h = bn(ref.conv_transpose2d(h, gen[3].weight.numpy(), None, 1, 2), gen[4])
    h = bn(ref.conv_transpose2d(h, gen[5].weight.numpy(), None, 2, 1), gen[6])
    want = np.tanh(ref.conv_transpose2d(h, gen[7].weight.numpy(), None, 2, 1))
    got = gen(Tensor(z)).numpy()
    assert got.shape == (BATCH, 1, 28, 28) and np.allclose(got, want, rtol=1e-3, atol=1e-5)

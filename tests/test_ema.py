"""The generator's moving average (`tinygan.ema`, `HyperParams.ema_decay`) against NumPy,
inside tinygrad's JIT as the training step runs it; checkpoints written before it existed
still load.  Its end-to-end behaviour (training unchanged, resume, export, sample) is in
test_training.py."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from tinygrad import Tensor, TinyJit

from tinygan.ema import ModelEMA
from tinygan.sampling import load_generator, sample_from_checkpoint
from tinygan.tutorial import HyperParams

REPO = Path(__file__).resolve().parents[1]
COMMITTED_GENERATOR = REPO / "benchmarks" / "results" / "tutorial-25-epochs" / "generator"


class Tiny:
    """A network's state as `get_state_dict` sees it: a weight and a running statistic."""

    def __init__(self, weight: np.ndarray, running_mean: np.ndarray):
        self.weight = Tensor(weight).contiguous().realize()
        self.running_mean = Tensor(running_mean).contiguous().realize()


def test_the_average_follows_the_weights_with_the_warm_up_inside_the_jit(backend):
    """θ_ema ← d·θ_ema + (1 - d)·θ after each update, d = min(decay, (1+n)/(10+n)):
    0.1 at the first update, 2/11 at the second, then capped at the decay (0.15 here);
    running statistics averaged alike; the count kept on the device."""
    rng = np.random.default_rng(1)
    w0 = rng.standard_normal((3, 4)).astype(np.float32)
    m0 = rng.standard_normal(4).astype(np.float32)
    model, shadow = Tiny(w0, m0), Tiny(np.zeros_like(w0), np.zeros_like(m0))
    ema = ModelEMA(model, shadow, decay=0.15)
    assert np.array_equal(shadow.weight.numpy(), w0)         # starts as a copy

    @TinyJit
    def step(delta: Tensor):
        model.weight.assign(model.weight + delta)
        model.running_mean.assign(model.running_mean * 0.5)
        Tensor.realize(model.weight, model.running_mean, *ema.schedule_update())

    weight, mean = w0.astype(np.float64), m0.astype(np.float64)
    average, average_mean = weight.copy(), mean.copy()
    for n in range(5):                         # the JIT captures at the second call
        delta = rng.standard_normal((3, 4)).astype(np.float32)
        step(Tensor(delta))
        weight, mean = weight + delta, mean * 0.5
        d = min(0.15, (1 + n) / (10 + n))
        average, average_mean = d * average + (1 - d) * weight, d * average_mean + (1 - d) * mean
    np.testing.assert_allclose(shadow.weight.numpy(), average, rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(shadow.running_mean.numpy(), average_mean, rtol=1e-5, atol=1e-6)
    assert ema.updates.item() == 5
    assert set(ema.state()) == {"weight", "running_mean", "updates"}


@pytest.mark.parametrize("decay", [0, 1, 1.5])
def test_the_decay_must_lie_strictly_between_0_and_1(decay):
    with pytest.raises(ValueError, match="EMA decay"):
        ModelEMA(Tiny(np.ones(2, np.float32), np.ones(2, np.float32)),
                 Tiny(np.ones(2, np.float32), np.ones(2, np.float32)), decay)


@pytest.mark.parametrize("value", [1.0, -0.1, True, "0.9"])
def test_hyperparams_reject_a_bad_ema_decay(value):
    with pytest.raises(ValueError, match="ema_decay must be in"):
        HyperParams(ema_decay=value)


def test_a_generator_exported_before_the_ema_existed_still_samples(tmp_path):
    """The committed 25-epoch generator's checkpoint.json has no ema_decay: it is read as
    0 (the weights as trained), and samples the run's last grid (to within one grey level:
    another machine's kernels may round differently)."""
    _, _, hparams = load_generator(COMMITTED_GENERATOR)
    assert hparams.ema_decay == 0.0
    sample_from_checkpoint(COMMITTED_GENERATOR, tmp_path / "grid.png", device="cpu")
    got = np.asarray(Image.open(tmp_path / "grid.png"), np.int16)
    want = np.asarray(Image.open(COMMITTED_GENERATOR.parent / "tinygan" /
                                 "dcgan_steps_011725.png"), np.int16)
    assert got.shape == want.shape and np.abs(got - want).max() <= 1

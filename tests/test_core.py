"""tinygan's building blocks against independent NumPy references, on every test backend;
Dense and the convolutions on both paths (tinygrad's own operations, and tinygan's fast ones)."""
from __future__ import annotations

import dataclasses
import math

import numpy as np
import numpy_reference as ref
import pytest
from conftest import both_paths, first_backend_only, name_seeded_rng
from tinygrad import Tensor

from tinygan.backend import training_mode
from tinygan.layers import (BatchNorm, Conv, ConvTranspose, Dense, Dropout, flatten, glorot_uniform,
                            leakyrelu, logitbinarycrossentropy)
from tinygan.tutorial import HyperParams, dcgan_init, discriminator_loss, generator_loss

RTOL = 1e-4
rng = np.random.default_rng(0)


@pytest.fixture(autouse=True)
def _rng_of_this_test(request):
    """Each test draws from its own generator, seeded from its name (conftest)."""
    global rng
    rng = name_seeded_rng(request)


def rel_err(actual, expected) -> float:
    actual, expected = np.asarray(actual, np.float64), np.asarray(expected, np.float64)
    return float(np.abs(actual - expected).max() / max(np.abs(expected).max(), 1e-12))


def assert_close(actual, expected, what=""):
    assert np.asarray(actual).shape == np.asarray(expected).shape, what
    error = rel_err(actual, expected)
    assert error <= RTOL, f"{what}: relative error {error:.2e}"


def randn(*shape):
    return rng.standard_normal(shape).astype(np.float32)


def set_weights(layer, **arrays):
    for name, value in arrays.items():
        getattr(layer, name).assign(Tensor(value)).realize()


def forward_and_grads(layer, x_np, g_np, *weights):
    """The layer's output and the gradients of sum(output · g) w.r.t. input and weights."""
    x = Tensor(x_np)
    out = layer(x)
    targets = [x, *[getattr(layer, w) for w in weights]]
    grads = (out * Tensor(g_np)).sum().gradient(*targets)
    return out.numpy(), [g.numpy() for g in grads]


# --- HyperParams -----------------------------------------------------------------------

def test_hyperparams_defaults_match_the_tutorial():
    hp = HyperParams()
    assert (hp.batch_size, hp.latent_dim, hp.epochs, hp.verbose_freq, hp.output_dim) == \
        (128, 100, 25, 1000, 5)
    assert hp.disc_lr == hp.gen_lr == 0.0002 and hp.device == "gpu"
    with pytest.raises(dataclasses.FrozenInstanceError):
        hp.batch_size = 3          # frozen


@pytest.mark.parametrize("field,value", [
    ("batch_size", 0), ("latent_dim", -1), ("epochs", 0), ("verbose_freq", 0),
    ("output_dim", 0), ("disc_lr", 0.0), ("gen_lr", -1e-3), ("device", "tpu"),
    ("dataset", "cifar"), ("seed", -1), ("batch_size", 2.5), ("max_steps", -1),
    ("max_steps", True)])
def test_hyperparams_reject_bad_values_naming_the_field(field, value):
    with pytest.raises(ValueError, match=field):
        HyperParams(**{field: value})


# --- initialisers ----------------------------------------------------------------------

def test_dcgan_init_is_normal_with_std_002(backend):
    w = dcgan_init(64, 64, 5, 5).numpy()
    assert abs(w.mean()) < 1e-3 and abs(w.std() - 0.02) < 5e-4


def test_glorot_uniform_bounds_and_spread(backend):
    w = glorot_uniform(300, 100).numpy()
    limit = math.sqrt(6 / 400)
    assert np.abs(w).max() <= limit and np.abs(w).max() > 0.98 * limit
    assert abs(w.std() - limit / math.sqrt(3)) < 0.02 * limit
    dense = Dense(100, 300)
    assert np.all(dense.bias.numpy() == 0)


# --- layers against NumPy --------------------------------------------------------------

@both_paths                 # the layers as tinygrad's operations, and tinygan's fast ones
@pytest.mark.parametrize("bias", [True, False])
def test_dense(backend, bias):
    layer = Dense(7, 5, bias=bias)
    w, b, x, g = randn(5, 7), randn(5), randn(4, 7), randn(4, 5)
    set_weights(layer, weight=w, **({"bias": b} if bias else {}))
    out, grads = forward_and_grads(layer, x, g, "weight", *(["bias"] if bias else []))
    assert_close(out, ref.dense(x, w, b if bias else None), "Dense forward")
    for got, want, name in zip(grads, ref.dense_backward(x, w, g), ("dx", "dW", "db")):
        assert_close(got, want, f"Dense {name}")


@both_paths                 # the layers as tinygrad's operations, and tinygan's fast ones
def test_dense_activation(backend):
    layer = Dense(3, 4, leakyrelu)
    x = randn(5, 3)
    want = ref.leakyrelu(ref.dense(x, layer.weight.numpy(), layer.bias.numpy()), 0.01)
    assert_close(layer(Tensor(x)).numpy(), want, "Dense with activation")


@both_paths                 # the layers as tinygrad's operations, and tinygan's fast ones
@first_backend_only
@pytest.mark.parametrize("shape,channels,kernel,stride,pad", [
    ((2, 1, 28, 28), (1, 4), 4, 2, 1),        # the tutorial's first discriminator conv
    ((2, 6, 14, 14), (6, 8), 4, 2, 1),        # the second, fewer channels
    ((1, 3, 9, 7), (3, 2), 3, 1, 0),          # odd sizes, batch 1
])
def test_conv(backend, shape, channels, kernel, stride, pad):
    """On the first backend; on the others, the same convolutions at the tutorial's shapes
    (its kernels but the bias's) are checked against NumPy by tests/test_formulations.py."""
    layer = Conv(kernel, *channels, stride=stride, pad=pad, init=dcgan_init)
    w, b, x = randn(channels[1], channels[0], kernel, kernel), randn(channels[1]), randn(*shape)
    set_weights(layer, weight=w, bias=b)
    want = ref.conv2d(x, w, b, stride, pad)
    g = randn(*want.shape)
    out, grads = forward_and_grads(layer, x, g, "weight", "bias")
    assert_close(out, want, "Conv forward")
    expected = ref.conv2d_backward(x, w, stride, pad, g)
    for got, expect, name in zip(grads, expected, ("dx", "dW", "db")):
        assert_close(got, expect, f"Conv {name}")


@both_paths                 # the layers as tinygrad's operations, and tinygan's fast ones
@first_backend_only
@pytest.mark.parametrize("shape,channels,kernel,stride,pad", [
    ((2, 8, 7, 7), (8, 4), 5, 1, 2),          # the tutorial's 5×5 stride-1 layer, fewer channels
    ((2, 4, 7, 7), (4, 3), 4, 2, 1),          # 7 → 14, stride 2
    ((2, 3, 14, 14), (3, 1), 4, 2, 1),        # 14 → 28, one output channel
    ((1, 2, 5, 3), (2, 3), 3, 2, 0),          # odd sizes, batch 1
])
def test_conv_transpose(backend, shape, channels, kernel, stride, pad):
    """On the first backend; on the others as test_conv."""
    layer = ConvTranspose(kernel, *channels, stride=stride, pad=pad, init=dcgan_init)
    w, b, x = randn(channels[0], channels[1], kernel, kernel), randn(channels[1]), randn(*shape)
    set_weights(layer, weight=w, bias=b)
    want = ref.conv_transpose2d(x, w, b, stride, pad)
    g = randn(*want.shape)
    out, grads = forward_and_grads(layer, x, g, "weight", "bias")
    assert_close(out, want, "ConvTranspose forward")
    for got, expect, name in zip(grads, ref.conv_transpose2d_backward(x, w, stride, pad, g),
                                 ("dx", "dW", "db")):
        assert_close(got, expect, f"ConvTranspose {name}")


@both_paths                 # the layers as tinygrad's operations, and tinygan's fast ones
def test_conv_transpose_output_sizes_of_the_tutorial(backend):
    x = Tensor(randn(1, 4, 7, 7))
    assert ConvTranspose(5, 4, 2, stride=1, pad=2)(x).shape == (1, 2, 7, 7)
    assert ConvTranspose(4, 4, 2, stride=2, pad=1)(x).shape == (1, 2, 14, 14)


@pytest.mark.parametrize("shape", [(6, 5), (4, 3, 5, 5)])
def test_batchnorm_training_values_and_gradients(backend, shape):
    channels = shape[1]
    layer = BatchNorm(channels)
    gamma, beta, x = randn(channels), randn(channels), randn(*shape) * 3 + 1
    set_weights(layer, weight=gamma, bias=beta)
    g = randn(*shape)
    with training_mode():
        out, grads = forward_and_grads(layer, x, g, "weight", "bias")
    want, _, _ = ref.batchnorm_train(x, gamma, beta)
    assert_close(out, want, "BatchNorm forward")
    expected = ref.batchnorm_train_backward(x, gamma, g)
    for got, expect, name in zip(grads, expected, ("dx", "dγ", "dβ")):
        assert_close(got, expect, f"BatchNorm {name}")


def test_batchnorm_activation_is_applied_after_normalising(backend):
    layer = BatchNorm(3, leakyrelu)
    x = randn(8, 3) * 2
    with training_mode():
        out = layer(Tensor(x)).numpy()
    assert_close(out, ref.leakyrelu(ref.batchnorm_train(x, np.ones(3), np.zeros(3))[0], 0.01))


@pytest.mark.parametrize("shape", [(6, 5), (4, 3, 5, 5)])
def test_batchnorm_running_statistics_and_test_mode(backend, shape):
    layer = BatchNorm(shape[1])
    running_mean, running_var = np.zeros(shape[1]), np.ones(shape[1])
    m = math.prod(shape) // shape[1]
    for _ in range(3):
        x = randn(*shape) * 2 + 0.5
        with training_mode():
            out = layer(Tensor(x))
            Tensor.realize(out, *layer.buffers())
        _, mean, var = ref.batchnorm_train(x, np.ones(shape[1]), np.zeros(shape[1]))
        running_mean = 0.9 * running_mean + 0.1 * mean
        running_var = 0.9 * running_var + 0.1 * var * m / (m - 1)      # unbiased, as Flux
    assert_close(layer.running_mean.numpy(), running_mean, "running mean")
    assert_close(layer.running_var.numpy(), running_var, "running variance")
    x = randn(*shape)
    want = ref.batchnorm_test(x, np.ones(shape[1]), np.zeros(shape[1]), running_mean, running_var)
    assert_close(layer(Tensor(x)).numpy(), want, "BatchNorm test mode")     # outside training


def test_dropout_drops_p_and_keeps_the_mean_in_training_only(backend):
    x = np.ones((64, 1000), np.float32)
    layer = Dropout(0.3)
    with training_mode():
        out = layer(Tensor(x)).numpy()
    zero_fraction = (out == 0).mean()
    assert abs(zero_fraction - 0.3) < 0.01
    assert np.allclose(out[out != 0], 1 / 0.7)
    assert abs(out.mean() - 1.0) < 0.02
    assert np.array_equal(layer(Tensor(x)).numpy(), x)           # test mode: identity
    with pytest.raises(ValueError):
        Dropout(1.0)


def test_leakyrelu_and_flatten(backend):
    x = randn(2, 3, 4, 5)
    assert_close(leakyrelu(Tensor(x), 0.2).numpy(), ref.leakyrelu(x, 0.2))
    # Flux flattens W×H×C×N column-major; the same features in N×C×H×W row-major order.
    julia = np.transpose(x, (3, 2, 1, 0))                    # W×H×C×N
    julia_flat = julia.reshape(-1, 2, order="F").T           # (W·H·C)×N, as rows per image
    assert np.array_equal(flatten(Tensor(x)).numpy(), julia_flat)


# --- losses ------------------------------------------------------------------------------

@pytest.mark.parametrize("target", [0.0, 1.0])
def test_logitbinarycrossentropy_values_gradients_and_stability(backend, target):
    logits_np = np.concatenate([randn(20) * 3, np.array([-100.0, 100.0, -30, 30], np.float32)])
    logits = Tensor(logits_np)
    loss = logitbinarycrossentropy(logits, target)
    (grad,) = loss.gradient(logits)
    want_loss, want_grad = ref.logitbinarycrossentropy(logits_np.astype(np.float64), target)
    assert np.isfinite(loss.item())
    assert_close(loss.numpy(), want_loss, "lbce value")
    assert_close(grad.numpy(), want_grad, "lbce gradient")


def test_discriminator_and_generator_losses(backend):
    real, fake = randn(7, 1), randn(5, 1)
    d = discriminator_loss(Tensor(real), Tensor(fake)).item()
    g = generator_loss(Tensor(fake)).item()
    want_d = ref.logitbinarycrossentropy(real, 1.0)[0] + ref.logitbinarycrossentropy(fake, 0.0)[0]
    assert rel_err(d, want_d) <= RTOL
    assert rel_err(g, ref.logitbinarycrossentropy(fake, 1.0)[0]) <= RTOL

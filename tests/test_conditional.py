"""The conditional GAN (tinygan.conditional): its networks against NumPy, labels that follow
their images, exact resume, `sample --digit` and `.npy`, the latent pictures, bad digits."""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import numpy_reference as ref
import pytest
from click.testing import CliRunner
from conftest import SMALL_BATCH, first_backend_only, mnist_dir, name_seeded_rng
from PIL import Image
from tinygrad import Tensor

from tinygan.cli import main as tinygan_cli
from tinygan.conditional import (ConditionalDiscriminator, ConditionalGenerator, check_digits,
                                 generate)
from tinygan.data import DataLoader
from tinygan.datasets import load_labels
from tinygan.latent import OPERATIONS, arithmetic, digit_rows, sweep, sweep_values
from tinygan.longrun import train
from tinygan.sampling import load_generator
from tinygan.tutorial import HyperParams, load_MNIST_images

LATENT = 8
REPO = Path(__file__).resolve().parents[1]


@first_backend_only          # the tutorial's layers (checked on every backend) and a concat
def test_the_conditional_generator_reads_the_noise_and_the_digit_against_numpy(backend, request):
    """[z, one_hot(y)] through the tutorial's generator (Dense(latent + 10 => 12544), ...):
    in test mode against NumPy on its own weights; another digit, another image, and only
    in its own row."""
    rng, gen = name_seeded_rng(request), ConditionalGenerator(LATENT)
    z = rng.normal(size=(3, LATENT)).astype(np.float32)
    digits = np.array([0, 7, 9])
    assert gen[0].weight.shape == (7 * 7 * 256, LATENT + 10) and gen.latent_dim == LATENT
    bn = lambda h, layer: np.maximum(ref.batchnorm_test(
        h, *(t.numpy() for t in (layer.weight, layer.bias, layer.running_mean,
                                 layer.running_var))), 0)
    x = np.concatenate([z, np.eye(10)[digits]], axis=1)
    h = bn(ref.dense(x, gen[0].weight.numpy(), None), gen[1]).reshape(3, 256, 7, 7)
    h = bn(ref.conv_transpose2d(h, gen[3].weight.numpy(), None, 1, 2), gen[4])
    h = bn(ref.conv_transpose2d(h, gen[5].weight.numpy(), None, 2, 1), gen[6])
    want = np.tanh(ref.conv_transpose2d(h, gen[7].weight.numpy(), None, 2, 1))
    got = gen(Tensor(z), Tensor(digits.astype(np.int32))).numpy()
    assert got.shape == (3, 1, 28, 28) and np.allclose(got, want, rtol=1e-3, atol=1e-5)
    other = generate(gen, Tensor(z), [0, 7, 3]).numpy()
    assert np.allclose(other[:2], got[:2], atol=1e-6)
    assert np.abs(other[2] - got[2]).max() > 1e-3


@first_backend_only
def test_the_conditional_discriminator_adds_the_digits_projection_against_numpy(backend,
                                                                               request):
    """The tutorial's discriminator on the image, plus embed(y)·h, h its last features
    (N×6272): in test mode against NumPy; another digit, another logit."""
    disc = ConditionalDiscriminator()
    x = name_seeded_rng(request).uniform(-1, 1, (2, 1, 28, 28)).astype(np.float32)
    digits = np.array([4, 1])
    conv1, conv2, dense = disc[0], disc[3], disc[7]
    h = ref.leakyrelu(ref.conv2d(x, conv1.weight.numpy(), conv1.bias.numpy(), 2, 1), 0.2)
    h = ref.leakyrelu(ref.conv2d(h, conv2.weight.numpy(), conv2.bias.numpy(), 2, 1), 0.2)
    h = h.reshape(2, -1)
    embedding = disc.embedding.numpy()
    want = ref.dense(h, dense.weight.numpy(), dense.bias.numpy()) + \
        (embedding[digits] * h).sum(1, keepdims=True)
    got = disc(Tensor(x), Tensor(digits.astype(np.int32))).numpy()
    assert embedding.shape == (10, 6272) and conv1.weight.shape == (64, 1, 4, 4)
    assert got.shape == (2, 1) and np.allclose(got, want, rtol=1e-4, atol=1e-5)
    swapped = disc(Tensor(x), Tensor(digits[::-1].astype(np.int32))).numpy()
    assert np.abs(swapped - got).min() > 1e-4


@pytest.mark.parametrize("bad", [10, -1, "a", 2.5, [3, 11]])
def test_a_bad_digit_is_one_line(bad):
    with pytest.raises(ValueError, match="a digit must be a whole number from 0 to 9") as e:
        check_digits([bad] if not isinstance(bad, list) else bad)
    assert "\n" not in str(e.value)
    assert check_digits([0, 9]).tolist() == [0, 9]


def test_labels_follow_their_images_through_the_shuffle():
    """Each image carries its label in its pixels: every batch's labels are its images'; the
    order is the unlabelled loader's (so a conditional run sees the tutorial's batches)."""
    labels = np.arange(23) % 10
    images = np.repeat(np.arange(23, dtype=np.float32), 4).reshape(23, 1, 2, 2)
    labelled, plain = DataLoader(images, 5, 7, labels), DataLoader(images, 5, 7)
    for epoch in (0, 3):
        batches = list(labelled.epoch(epoch, start=1))
        assert [b[0].tolist() for b in batches] == [b.tolist()
                                                    for b in plain.epoch(epoch, start=1)]
        for x, y in batches:
            assert np.array_equal(x[:, 0, 0, 0].astype(int) % 10, y)
    with pytest.raises(ValueError, match="one label per image"):
        DataLoader(images, 5, 7, labels[:-1])


# --- a small conditional run, end to end -------------------------------------------------

SUBSET, BATCH = 27, SMALL_BATCH          # 7 batches an epoch, the last of 3


@pytest.fixture(scope="module")
def data():
    folder = str(mnist_dir())
    return (load_MNIST_images(HyperParams(data_dir=folder))[:SUBSET],
            load_labels("mnist", "train", folder, download=False)[:SUBSET])


def hparams_for(out, **changes) -> HyperParams:
    return HyperParams(conditional=True, latent_dim=LATENT, batch_size=BATCH, epochs=2,
                       verbose_freq=4, output_dim=2, device="cpu", output_dir=str(out),
                       checkpoint_every=3, seed=5, **changes)


@pytest.fixture(scope="module")
def conditional_run(data, tmp_path_factory):
    out = tmp_path_factory.mktemp("conditional")
    return out, train(hparams_for(out), images=data[0], labels=data[1])


def _tensors(out):
    from tinygrad.nn.state import safe_load
    info = json.loads((out / "checkpoint.json").read_text())
    return {k: t.numpy() for k, t in safe_load(str(out / info["tensors"])).items()}


@pytest.mark.slow
def test_a_conditional_run_writes_a_column_per_digit_and_resumes_exactly(conditional_run, data,
                                                                        tmp_path):
    """The grid: output_dim rows of the ten digits (280 wide); the GIF; a run stopped at
    step 9 and resumed ends with the uninterrupted run's losses and tensors, bit for bit."""
    out, summary = conditional_run
    assert summary["steps"] == 14 and summary["gif"].exists()
    grid = np.asarray(Image.open(out / "dcgan_steps_000014.png"))
    assert grid.shape == (2 * 28, 10 * 28)
    gen, noise, hparams = load_generator(out)
    assert hparams.conditional and noise.shape == (20, LATENT)
    assert np.array_equal(noise.numpy()[0], noise.numpy()[9])           # a row, one vector
    assert not np.array_equal(noise.numpy()[0], noise.numpy()[10])
    train(hparams_for(tmp_path, max_steps=9), images=data[0], labels=data[1])
    resumed = train(hparams_for(tmp_path), images=data[0], labels=data[1], resume=True)
    assert (resumed["discriminator_loss"], resumed["generator_loss"]) == \
        (summary["discriminator_loss"], summary["generator_loss"])
    want, got = _tensors(out), _tensors(tmp_path)
    assert got.keys() == want.keys() and all(np.array_equal(got[k], want[k]) for k in want)
    assert (tmp_path / "losses.csv").read_text() == (out / "losses.csv").read_text()
    with pytest.raises(Exception, match="conditional"):      # another model: refused
        train(hparams_for(tmp_path, conditional=False), images=data[0], resume=True)


@pytest.mark.slow
def test_sample_asks_for_a_digit_and_writes_npy(conditional_run, tmp_path):
    """`tinygan sample --digit 7 --n 12 --out x.npy`: twelve float32 images in [-1, 1], the
    generator's own images of a 7 on the seed's noise; a PNG of them; the grid; one line
    for a bad digit or a digit asked of the tutorial's generator."""
    out, _ = conditional_run
    runner = CliRunner()
    npy = tmp_path / "sevens.npy"
    result = runner.invoke(tinygan_cli, ["sample", "--checkpoint", str(out), "--digit", "7",
                                         "--n", "12", "--out", str(npy), "--device", "cpu"])
    assert result.exit_code == 0, result.output
    images = np.load(npy)
    assert images.shape == (12, 1, 28, 28) and images.dtype == np.float32
    assert -1 <= images.min() and images.max() <= 1
    gen, _, _ = load_generator(out)
    from tinygan.backend import seed_everything
    seed_everything(0)
    noise = Tensor.randn(12, LATENT).realize()
    assert np.allclose(images, generate(gen, noise, [7] * 12).numpy(), atol=1e-6)
    assert not np.allclose(images, generate(gen, noise, [3] * 12).numpy(), atol=1e-3)
    png = tmp_path / "sevens.png"
    assert runner.invoke(tinygan_cli, ["sample", "--checkpoint", str(out), "--digit", "7",
                                       "--n", "12", "--out", str(png), "--device",
                                       "cpu"]).exit_code == 0
    assert Image.open(png).size == (4 * 28, 3 * 28)                      # 4 columns, 3 rows
    grid = tmp_path / "grid.png"
    assert runner.invoke(tinygan_cli, ["sample", "--checkpoint", str(out), "--out",
                                       str(grid), "--device", "cpu"]).exit_code == 0
    assert np.array_equal(np.asarray(Image.open(grid)),
                          np.asarray(Image.open(out / "dcgan_steps_000014.png")))
    for bad in ("10", "-1", "a"):
        result = runner.invoke(tinygan_cli, ["sample", "--checkpoint", str(out), "--digit", bad])
        assert result.exit_code == 2 and "--digit" in result.output
        assert result.output.strip().splitlines()[-1].startswith("Error: Invalid value")


@pytest.mark.slow
def test_the_latent_pictures_are_the_generators_images_of_their_vectors(conditional_run,
                                                                        tmp_path):
    """arithmetic: z1, z2, z1 + z2, |z1 - z2|, z1 * z2 per row; sweep: one coordinate from -3
    to 3; digits: one noise vector as 0-9; each the generator's images of those vectors, and
    written as a labelled PNG by `tinygan latent` from the checkpoint."""
    out, _ = conditional_run
    gen, _, _ = load_generator(out)
    rng = np.random.default_rng(0)
    z1, z2 = rng.normal(size=(2, 3, LATENT))
    got = arithmetic(gen, z1, z2, digit=4)
    assert got.shape == (3, 5, 1, 28, 28)
    one = lambda z, d: generate(gen, Tensor(z[None].astype(np.float32)), [d]).numpy()[0]
    for column, z in enumerate((z1[1], z2[1], z1[1] + z2[1], np.abs(z1[1] - z2[1]),
                                z1[1] * z2[1])):
        assert np.allclose(got[1, column], one(z, 4), atol=1e-5)
    swept = sweep(gen, z1, dim=2, steps=5)                 # row r asks for digit r
    moved = z1[2].copy()
    moved[2] = sweep_values(5)[4]
    assert swept.shape == (3, 5, 1, 28, 28) and np.allclose(swept[2, 4], one(moved, 2), atol=1e-5)
    digits = digit_rows(gen, z1)
    assert np.allclose(digits[0, 6], one(z1[0], 6), atol=1e-5)
    runner = CliRunner()
    for kind, width in (("arithmetic", len(OPERATIONS)), ("sweep", 9), ("digits", 10)):
        png = tmp_path / f"{kind}.png"
        result = runner.invoke(tinygan_cli, ["latent", kind, "--checkpoint", str(out), "--out",
                                             str(png), "--rows", "2", "--scale", "2",
                                             "--device", "cpu"])
        assert result.exit_code == 0, result.output
        assert Image.open(png).size == (width * 56, 14 + 2 * 56)


@pytest.mark.slow
def test_the_tutorials_generator_has_no_digits_to_ask_for(tmp_path):
    """A checkpoint of the tutorial's generator (the committed run's export): `sample --digit`
    and `latent digits` are one line each; `latent arithmetic` and `sample --n` work."""
    folder = str(REPO / "benchmarks/results/tutorial-25-epochs/generator")
    runner = CliRunner()
    for args in (["sample", "--digit", "3"], ["latent", "digits"],
                 ["latent", "sweep", "--digit", "3"]):
        result = runner.invoke(tinygan_cli, [*args, "--checkpoint", folder, "--out",
                                             str(tmp_path / "x.png"), "--device", "cpu"])
        assert result.exit_code == 1 and "trained without labels" in result.output
        assert len(result.output.strip().splitlines()) == 1, result.output
    for args in (["latent", "arithmetic", "--rows", "1"], ["sample", "--n", "5"]):
        png = tmp_path / "ok.png"
        assert runner.invoke(tinygan_cli, [*args, "--checkpoint", folder, "--out", str(png),
                                           "--device", "cpu"]).exit_code == 0
        assert png.exists()
        png.unlink()

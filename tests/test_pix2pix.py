"""pix2pix (tinygan.pix2pix, tinygan.pairs, tinygan.translation): the U-Net against the
paper's widths and a NumPy forward pass with its skip connections, the PatchGAN's grid and
the window each logit sees, the losses and the L1 term's gradient against NumPy, the pair
loader (side by side, two folders, splits, bad folders in one line), the edge rule on
known pictures, a training step, a run resumed bit for bit, its page and CSV, and
`tinygan translate` end to end."""
from __future__ import annotations

import csv
import json
import logging

import numpy as np
import numpy_reference as ref
import pytest
from click.testing import CliRunner
from conftest import name_seeded_rng
from PIL import Image
from tinygrad import Tensor
from tinygrad.nn.state import get_state_dict, safe_load

from tinygan.checkpoint import CheckpointError, checkpoint_hparams
from tinygan.cli import main as tinygan_cli
from tinygan.datasets import DatasetError
from tinygan.layers import BatchNorm, Conv, ConvTranspose, Dropout, parameters
from tinygan.loop import TrainingError
from tinygan.pairs import edge_map, fashion_pairs, load_pairs
from tinygan.pix2pix import (PatchDiscriminator, Pix2PixParams, UNetGenerator,
                             build_pix2pix, discriminator_loss, generator_objective, l1_loss,
                             make_train_step, patch_size)
from tinygan.translation import load_translator, train

pytestmark = pytest.mark.xdist_group("pix2pix")

# The small settings every training test shares: one shape, so tinygrad builds each kernel
# once per session (and finds it on disk in the next).
TINY = dict(batch_size=2, ngf=4, ndf=4, device="cpu", output_dim=2)


# --- the U-Net ------------------------------------------------------------------------------

def test_the_unet_has_the_papers_widths_and_its_decoder_reads_the_skips():
    """At 256×256 the paper's encoder C64-C128-C256-C512-C512-C512-C512-C512 and decoder
    CD512-CD1024-CD1024-C1024-C1024-C512-C256-C128 (the channels each decoder level reads:
    the level below's output joined with the encoder's), here at ngf 8, an eighth; dropout
    in the first three decoder levels; no BatchNorm on the first and innermost encoder
    levels.  At 32×32: five levels, the output the input's size."""
    gen = UNetGenerator(1, 3, image_size=256, ngf=8)
    paper_encoder = [64, 128, 256, 512, 512, 512, 512, 512]
    paper_decoder = [512, 1024, 1024, 1024, 1024, 512, 256, 128]
    def convolutions(levels, kind):
        return [next(layer for layer in level.layers if isinstance(layer, kind))
                for level in levels]

    assert [conv.weight.shape[0] for conv in convolutions(gen.encoder, Conv)] == \
        [w // 8 for w in paper_encoder]                              # out × in × 4 × 4
    assert [conv.weight.shape[0] for conv in convolutions(gen.decoder, ConvTranspose)] == \
        [w // 8 for w in paper_decoder]                              # in × out × 4 × 4
    assert [any(isinstance(layer, Dropout) for layer in level.layers)
            for level in gen.decoder] == [True] * 3 + [False] * 5
    with_norm = [any(isinstance(layer, BatchNorm) for layer in level.layers)
                 for level in gen.encoder]
    assert with_norm == [False] + [True] * 6 + [False]
    assert gen.decoder[-1].layers[1].weight.shape[1] == 3        # to the output's channels
    small = UNetGenerator(1, 1, image_size=32, ngf=8)
    assert len(small.encoder) == len(small.decoder) == 5
    assert small(Tensor.empty(2, 1, 32, 32)).shape == (2, 1, 32, 32)     # lazy: shapes only


def _unet_in_numpy(gen: UNetGenerator, x: np.ndarray, skips: bool = True) -> np.ndarray:
    """The U-Net in test mode, written from the recipe: e1 = Conv(x), e_i = BN(Conv(
    LeakyReLU(e_{i-1}))); d = ConvT(ReLU(e_last)), then each level ConvT(ReLU([e_i, d]));
    `skips=False` joins zeros instead of e_i (a U-Net with its skips cut)."""
    def bn(layer, h):
        return ref.batchnorm_test(h, *(t.numpy() for t in (
            layer.weight, layer.bias, layer.running_mean, layer.running_var)))

    features = [ref.conv2d(x, gen.encoder[0].layers[0].weight.numpy(), None, 2, 1)]
    for level in gen.encoder[1:]:
        h = ref.conv2d(ref.leakyrelu(features[-1], 0.2), level.layers[1].weight.numpy(),
                       None, 2, 1)
        features.append(bn(level.layers[2], h) if len(level.layers) > 2 else h)
    d = features.pop()
    for i, level in enumerate(gen.decoder):
        if i:
            skip = features.pop()
            d = np.concatenate([skip if skips else np.zeros_like(skip), d], axis=1)
        convt = level.layers[1]
        h = ref.conv_transpose2d(np.maximum(d, 0), convt.weight.numpy(),
                                 None if convt.bias is None else convt.bias.numpy(), 2, 1)
        d = np.tanh(h) if i == len(gen.decoder) - 1 else bn(level.layers[2], h)
    return d


def test_the_unet_computes_the_recipe_with_its_skip_connections_against_numpy(request):
    """In test mode (BatchNorm on running statistics set at random, no dropout), 1 → 3
    channels at 16×16, against NumPy; the same U-Net with its skips cut gives another
    image, so a generator that dropped them would fail here."""
    rng = name_seeded_rng(request)
    gen = UNetGenerator(1, 3, image_size=16, ngf=4)
    for level in gen.encoder + gen.decoder:
        for layer in level.layers:
            if isinstance(layer, BatchNorm):
                c = layer.weight.shape[0]
                layer.running_mean.assign(Tensor(rng.normal(0, 0.1, c).astype(np.float32)))
                layer.running_var.assign(Tensor(rng.uniform(0.5, 2, c).astype(np.float32)))
                layer.bias.assign(Tensor(rng.normal(0, 0.1, c).astype(np.float32)))
                Tensor.realize(layer.running_mean, layer.running_var, layer.bias)
    x = rng.uniform(-1, 1, (2, 1, 16, 16)).astype(np.float32)
    got = gen(Tensor(x)).numpy()
    want = _unet_in_numpy(gen, x)
    assert got.shape == (2, 3, 16, 16)
    assert np.allclose(got, want, rtol=1e-3, atol=1e-5), np.abs(got - want).max()
    cut = _unet_in_numpy(gen, x, skips=False)
    assert np.abs(cut - got).max() > 1e-3


# --- the PatchGAN ---------------------------------------------------------------------------

def test_the_patchgan_gives_a_grid_of_logits_of_the_papers_patch_sizes():
    """Logits per patch: 14×14, 6×6, 2×2 at 32×32 for 1, 2, 3 levels; 30×30 for the
    paper's 70×70 PatchGAN on 256×256 pictures; it reads input and output as channels."""
    sides = [PatchDiscriminator(2, 4, layers)(Tensor.empty(2, 1, 32, 32),
                                              Tensor.empty(2, 1, 32, 32)).shape
             for layers in (1, 2, 3)]
    assert sides == [(2, 1, 14, 14), (2, 1, 6, 6), (2, 1, 2, 2)]
    paper = PatchDiscriminator(6, 4, 3)
    assert paper[0].weight.shape[1] == 6                        # RGB input + RGB output
    assert paper(Tensor.empty(1, 3, 256, 256), Tensor.empty(1, 3, 256, 256)).shape == \
        (1, 1, 30, 30)
    assert [patch_size(n) for n in (1, 2, 3)] == [16, 34, 70]


def test_each_logit_sees_a_window_of_patch_size_of_the_input_and_the_output(request):
    """The gradient of one logit (test mode) reaches a patch_size × patch_size window of
    both the input and the output image, and nothing outside it."""
    rng = name_seeded_rng(request)
    disc = PatchDiscriminator(2, 2, 2)
    inputs, images = (Tensor(rng.uniform(-1, 1, (1, 1, 64, 64)).astype(np.float32))
                      for _ in range(2))
    logits = disc(inputs, images)
    assert logits.shape == (1, 1, 14, 14)
    for grad in (g.numpy()[0, 0] for g in logits[0, 0, 7, 7].gradient(inputs, images)):
        rows, cols = np.nonzero(np.abs(grad) > 0)
        assert rows.max() - rows.min() + 1 == patch_size(2) == cols.max() - cols.min() + 1


# --- the losses -----------------------------------------------------------------------------

def test_the_discriminator_loss_is_halved_bce_over_every_patch(request):
    rng = name_seeded_rng(request)
    real, fake = (rng.normal(0, 2, (3, 1, 6, 6)).astype(np.float32) for _ in range(2))
    got = discriminator_loss(Tensor(real), Tensor(fake), 0.9).item()
    want = 0.5 * (ref.logitbinarycrossentropy(real, 0.9)[0]
                  + ref.logitbinarycrossentropy(fake, 0.0)[0])
    assert abs(got - want) < 1e-5


@pytest.mark.parametrize("objective", ["cgan+l1", "l1", "cgan"])
def test_the_l1_term_and_its_gradient_against_numpy(objective, request):
    """L1 = mean |y - G(x)|, its gradient -sign(y - G(x))/n; the objective adds λ·L1 to the
    GAN term (the GAN term or λ·L1 alone in the ablations), and its gradient with it."""
    rng = name_seeded_rng(request)
    fake_np = rng.uniform(-1, 1, (2, 3, 4, 4)).astype(np.float32)
    target_np = rng.uniform(-1, 1, (2, 3, 4, 4)).astype(np.float32)
    weights = rng.normal(size=fake_np.shape).astype(np.float32)
    params = Pix2PixParams(objective=objective, l1_weight=7.0)
    fake = Tensor(fake_np)
    l1 = l1_loss(fake, Tensor(target_np))
    gan = (fake * Tensor(weights)).sum()                    # any term through D(x, G(x))
    (grad,) = generator_objective(gan, l1, params).gradient(fake)
    l1_grad = -np.sign(target_np - fake_np) / fake_np.size
    want = {"cgan+l1": weights + 7.0 * l1_grad, "l1": 7.0 * l1_grad, "cgan": weights}
    assert abs(l1.item() - np.abs(target_np - fake_np).mean()) < 1e-6
    assert np.allclose(grad.numpy(), want[objective], atol=1e-6)


# --- the pairs ------------------------------------------------------------------------------

def _square(side: int, low: int, high: int, value: int) -> np.ndarray:
    picture = np.zeros((side, side), np.uint8)
    picture[low:high, low:high] = value
    return picture


def test_the_edge_rule_draws_a_squares_outline_one_pixel_wide():
    """A square's edges: its outermost pixels, a closed ring one pixel wide (nothing inside
    or outside); a dim square's the same as a bright one's (the threshold is relative); a
    flat picture has none; the values are -1 and 1.  Without the thinning the ring would
    be two or more pixels wide; with a threshold of 1 only the strongest pixels remain."""
    bright = _square(16, 4, 12, 255) / 127.5 - 1
    dim = _square(16, 4, 12, 60) / 127.5 - 1
    edges = edge_map(np.stack([bright, dim, np.zeros((16, 16))]))
    assert set(np.unique(edges)) == {-1.0, 1.0}
    outline = _square(16, 4, 12, 1) - _square(16, 5, 11, 1)
    assert np.array_equal(edges[0] > 0, outline == 1)
    assert np.array_equal(edges[1], edges[0]) and not (edges[2] > 0).any()
    strongest = edge_map(bright[None], threshold=1.0)[0] > 0
    assert 0 < strongest.sum() < outline.sum() and (outline[strongest] == 1).all()


def test_edges2fashion_pads_fashion_mnist_and_draws_its_edges():
    edges, pictures = fashion_pairs("test", download=False)
    assert edges.shape == pictures.shape == (10_000, 1, 32, 32)
    assert (pictures[:, :, :2] == -1).all() and (pictures[:, :, :, -2:] == -1).all()
    assert np.array_equal(edges[:5], edge_map(pictures[:5]))
    assert set(np.unique(edges)) == {-1.0, 1.0}
    share = (edges > 0).mean()
    assert 0.05 < share < 0.3                          # outlines, not everything, not nothing
    again = load_pairs("edges2fashion", "test", download=False, direction="BtoA")
    assert np.array_equal(again[0][:3], pictures[:3]) and np.array_equal(again[1][:3], edges[:3])


def _picture(values, mode="L") -> Image.Image:
    return Image.fromarray(np.asarray(values, np.uint8), mode=mode)


@pytest.fixture
def side_by_side_folder(tmp_path):
    """Three A|B pairs, 8×16: A a flat gray of 10·i, B of 200 + 10·i."""
    folder = tmp_path / "pairs"
    folder.mkdir()
    for i in range(3):
        pair = np.concatenate([np.full((8, 8), 10 * i), np.full((8, 8), 200 + 10 * i)], axis=1)
        _picture(pair).save(folder / f"p{i}.png")
    return folder


def test_side_by_side_pairs_split_into_their_halves(side_by_side_folder, tmp_path):
    a, b = load_pairs(f"folder:{side_by_side_folder}", size=4, cache_dir=tmp_path / "run")
    assert a.shape == b.shape == (3, 1, 4, 4)
    assert np.allclose(a[:, 0, 0, 0] * 127.5 + 127.5, [0, 10, 20], atol=0.01)
    assert np.allclose(b[:, 0, 0, 0] * 127.5 + 127.5, [200, 210, 220], atol=0.01)
    swapped = load_pairs(f"folder:{side_by_side_folder}", size=4,
                         cache_dir=tmp_path / "run", direction="BtoA")
    assert np.array_equal(swapped[0], b) and np.array_equal(swapped[1], a)
    _picture(np.zeros((8, 12))).save(side_by_side_folder / "p9.png")
    with pytest.raises(DatasetError, match=r"p9.png is 12×8: a side-by-side pair is twice") \
            as e:
        load_pairs(f"folder:{side_by_side_folder}", size=4, cache_dir=tmp_path / "run")
    assert "\n" not in str(e.value)


@pytest.fixture
def two_folders(tmp_path):
    """A (grayscale, PNG) and B (colour, PNG and JPEG) matched by name, and a train/test
    split: A/x_i gray 20·i, B/x_i red 20·i."""
    root = tmp_path / "two"
    for split, count in (("train", 3), ("test", 2)):
        for side in "AB":
            (root / split / side).mkdir(parents=True)
        for i in range(count):
            _picture(np.full((6, 6), 20 * i)).save(root / split / "A" / f"x_{i}.png")
            colour = np.zeros((6, 6, 3))
            colour[..., 0] = 20 * i + (100 if split == "test" else 0)
            _picture(colour, "RGB").save(root / split / "B" / f"x_{i}.png")
    return root


def test_two_folders_pair_by_name_each_side_in_its_own_channels(two_folders, tmp_path):
    inputs, targets = load_pairs(f"folder:{two_folders}", "train", size=4,
                                 cache_dir=tmp_path / "run")
    assert inputs.shape == (3, 1, 4, 4) and targets.shape == (3, 3, 4, 4)
    grays = inputs[:, 0, 0, 0] * 127.5 + 127.5
    reds = targets[:, 0, 0, 0] * 127.5 + 127.5
    assert np.allclose(grays, [0, 20, 40], atol=0.01) and np.allclose(reds, grays, atol=0.01)
    assert np.allclose(targets[:, 1:], -1)
    held_out = load_pairs(f"folder:{two_folders}", "test", size=4, cache_dir=tmp_path / "run")
    assert len(held_out[0]) == 2 and np.allclose(held_out[1][:, 0, 0, 0] * 127.5 + 127.5,
                                                 [100, 120], atol=0.01)


def test_a_missing_partner_or_two_sizes_is_one_line(two_folders, tmp_path):
    train = two_folders / "train"
    (train / "B" / "x_2.png").unlink()
    with pytest.raises(DatasetError, match=r"1 pictures in .* have no partner .*A/x_2.png"):
        load_pairs(f"folder:{two_folders}", size=4, cache_dir=tmp_path / "run")
    _picture(np.zeros((6, 7, 3)), "RGB").save(train / "B" / "x_2.png")
    with pytest.raises(DatasetError, match=r"x_2.png is 6×6 but its partner .*x_2.png is "
                                           r"7×6: a pair's two pictures must be the same size"):
        load_pairs(f"folder:{two_folders}", size=4, cache_dir=tmp_path / "run")
    with pytest.raises(DatasetError, match="is not a folder"):
        load_pairs(f"folder:{tmp_path / 'nowhere'}", size=4, cache_dir=tmp_path / "run")


# --- training -------------------------------------------------------------------------------

def _weights(model) -> list[np.ndarray]:
    return [t.numpy().copy() for t in parameters(model)]


@pytest.mark.slow
def test_a_step_trains_both_networks_and_skips_the_discriminator_when_asked(request, backend):
    """On the CPU and OpenCL (8×8 pairs: a U-Net of three levels, PoCL compiles its step in
    about a minute): step 0 moves both networks; with disc_every=2, step 1 moves the
    generator only and reports no discriminator loss.  All losses finite, the GAN terms near
    ln 2 at the start (N(0, 0.02) weights: logits near 0)."""
    rng = name_seeded_rng(request)
    params = Pix2PixParams(**TINY, disc_every=2, image_size=8, disc_layers=1,
                           dataset="folder:pairs")   # edges2fashion's pairs are 32×32 only
    gen, disc, opt_d, opt_g = build_pix2pix(params, 1, 1)
    step = make_train_step(gen, disc, opt_d, opt_g, params, use_jit=False)
    x, y = (rng.uniform(-1, 1, (2, 1, 8, 8)).astype(np.float32) for _ in range(2))
    g0, d0 = _weights(gen), _weights(disc)
    d_loss, gan_loss, l1 = step(Tensor(x), Tensor(y), 0)
    g1, d1 = _weights(gen), _weights(disc)
    assert all(not np.array_equal(a, b) for a, b in zip(g0, g1))
    assert all(not np.array_equal(a, b) for a, b in zip(d0, d1))
    assert abs(d_loss - np.log(2)) < 0.1 and abs(gan_loss - np.log(2)) < 0.1
    assert 0.3 < l1 < 1.5
    skipped = step(Tensor(x), Tensor(y), 1)
    assert skipped[0] is None and np.isfinite(skipped[1:]).all()
    assert all(np.array_equal(a, b) for a, b in zip(d1, _weights(disc)))
    assert all(not np.array_equal(a, b) for a, b in zip(g1, _weights(gen)))


@pytest.fixture(scope="module")
def fashion_test_pairs():
    return fashion_pairs("test", download=False)


def _params(out, **changes) -> Pix2PixParams:
    return Pix2PixParams(**TINY, epochs=2, verbose_freq=4, checkpoint_every=3, seed=3,
                         output_dir=str(out), **changes)


def _subsets(pairs):
    """12 training pairs (6 steps an epoch) and the grid's 4 held-out ones."""
    edges, pictures = pairs
    return (edges[:12], pictures[:12]), (edges[100:104], pictures[100:104])


@pytest.fixture(scope="module")
def pix2pix_run(fashion_test_pairs, tmp_path_factory):
    out = tmp_path_factory.mktemp("pix2pix")
    training, held_out = _subsets(fashion_test_pairs)
    return out, train(_params(out), pairs=training, test_pairs=held_out)


def _tensors(out) -> dict[str, np.ndarray]:
    info = json.loads((out / "checkpoint.json").read_text())
    return {k: t.numpy() for k, t in safe_load(str(out / info["tensors"])).items()}


@pytest.mark.slow
def test_a_run_writes_triples_losses_and_page_and_resumes_bit_for_bit(
        pix2pix_run, fashion_test_pairs, tmp_path):
    """12 steps: grids of input | output | target (2 rows of 2 triples: 192×64) at 0, 4, 8
    and 12, the GIF, losses.csv with the three losses, the page naming them, a checkpoint
    marked pix2pix; a run stopped at step 7 and resumed ends with the same losses,
    tensors and CSV, bit for bit."""
    out, summary = pix2pix_run
    assert summary["steps"] == 12 and summary["gif"].exists()
    assert sorted(p.name for p in out.glob("dcgan_steps_*.png")) == \
        [f"dcgan_steps_{s:06d}.png" for s in (0, 4, 8, 12)]
    grid = np.asarray(Image.open(out / "dcgan_steps_000012.png"))
    assert grid.shape == (2 * 32, 6 * 32)
    _, held_out = _subsets(fashion_test_pairs)
    assert np.array_equal(grid[:32, :32], np.round((held_out[0][0, 0] + 1) / 2 * 255))
    assert np.array_equal(grid[:32, 64:96], np.round((held_out[1][0, 0] + 1) / 2 * 255))
    with open(out / "losses.csv", newline="") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0]) == ["step", "epoch", "discriminator_loss", "generator_gan_loss",
                             "generator_l1_loss", "fid"] and len(rows) == 12
    assert float(rows[-1]["generator_l1_loss"]) == pytest.approx(summary["generator_l1_loss"],
                                                                 abs=1e-6)
    page = (out / "index.html").read_text()
    assert "input | output | target" in page and 'id="last-g-l1-loss"' in page
    assert (out / "losses.png").exists()
    info = json.loads((out / "checkpoint.json").read_text())
    assert info["kind"] == "pix2pix" and info["channels"] == [1, 1]

    training, held_out = _subsets(fashion_test_pairs)
    train(_params(tmp_path, max_steps=7), pairs=training, test_pairs=held_out)
    resumed = train(_params(tmp_path), pairs=training, test_pairs=held_out, resume=True)
    assert (resumed["discriminator_loss"], resumed["generator_loss"],
            resumed["generator_l1_loss"]) == (summary["discriminator_loss"],
                                              summary["generator_loss"],
                                              summary["generator_l1_loss"])
    want, got = _tensors(out), _tensors(tmp_path)
    assert got.keys() == want.keys() and all(np.array_equal(got[k], want[k]) for k in want)
    assert (tmp_path / "losses.csv").read_text() == (out / "losses.csv").read_text()
    with pytest.raises(Exception, match="different disc_layers"):     # another model: refused
        train(_params(tmp_path, disc_layers=1), pairs=training, test_pairs=held_out,
              resume=True)


@pytest.mark.slow
def test_the_l1_only_generator_trains_alone(fashion_test_pairs, tmp_path, caplog):
    """objective="l1": no discriminator in the run, its checkpoint or its log line, empty cells
    for its loss and the GAN term."""
    caplog.set_level(logging.INFO)
    training, held_out = _subsets(fashion_test_pairs)
    summary = train(_params(tmp_path, objective="l1", max_steps=1), pairs=training,
                    test_pairs=held_out)
    assert summary["discriminator_loss"] is None and summary["generator_loss"] is None
    with open(tmp_path / "losses.csv", newline="") as f:
        [row] = list(csv.DictReader(f))
    assert (row["discriminator_loss"], row["generator_gan_loss"]) == ("", "")
    assert float(row["generator_l1_loss"]) == pytest.approx(summary["generator_l1_loss"],
                                                            abs=1e-6)
    assert not any(k.startswith(("disc.", "opt_d.")) for k in _tensors(tmp_path))
    [line] = [r.getMessage() for r in caplog.records if r.getMessage().startswith("Train step")]
    assert line == f"Train step 0, Generator loss = 100 × {summary['generator_l1_loss']:.4f} (L1)"


# --- translate and the command line -----------------------------------------------------------

def _png(image: np.ndarray, path) -> None:
    _picture(np.round((image[0] + 1) / 2 * 255)).save(path)


@pytest.mark.slow
def test_translate_applies_the_runs_generator_to_new_edge_maps(pix2pix_run, fashion_test_pairs,
                                                               tmp_path):
    """Edge maps written as PNG files: `tinygan translate` writes one PNG each, the
    generator's test-mode output on them; --edges draws a picture's edge map first."""
    out, _ = pix2pix_run
    edges, pictures = fashion_test_pairs
    (tmp_path / "edges" / "more").mkdir(parents=True)
    names = ["a.png", "b.png", "more/c.png"]
    for name, image in zip(names, edges[200:203]):
        _png(image, tmp_path / "edges" / name)
    runner = CliRunner()
    done = runner.invoke(tinygan_cli, ["translate", "--checkpoint", str(out), "--input",
                                       str(tmp_path / "edges"), "--out", str(tmp_path / "out"),
                                       "--device", "cpu"])
    assert done.exit_code == 0, done.output
    assert sorted(str(p.relative_to(tmp_path / "out")) for p in
                  (tmp_path / "out").rglob("*.png")) == names
    gen, params = load_translator(out)
    want = gen(Tensor(edges[200:203])).numpy()
    for name, image in zip(names, want):
        got = np.asarray(Image.open(tmp_path / "out" / name), np.float32)
        assert got.shape == (32, 32)
        assert np.abs(got - np.round((image[0] + 1) / 2 * 255)).max() <= 1
    _png(pictures[200], tmp_path / "picture.png")
    done = runner.invoke(tinygan_cli, ["translate", "--checkpoint", str(out), "--input",
                                       str(tmp_path / "picture.png"), "--edges", "--out",
                                       str(tmp_path / "out2"), "--device", "cpu"])
    assert done.exit_code == 0, done.output
    from_picture = np.asarray(Image.open(tmp_path / "out2" / "picture.png"), np.float32)
    assert np.abs(from_picture - np.asarray(Image.open(tmp_path / "out" / "a.png"))).max() <= 1
    # The U-Net alone (`tinygan export`) translates the same; it cannot be resumed.
    done = runner.invoke(tinygan_cli, ["export", "--checkpoint", str(out), "--out",
                                       str(tmp_path / "unet")])
    assert done.exit_code == 0, done.output
    assert not any("disc" in p.name for p in (tmp_path / "unet").iterdir())
    exported, _ = load_translator(tmp_path / "unet")
    assert np.array_equal(exported(Tensor(edges[200:203])).numpy(), want)
    assert sum(p.stat().st_size for p in (tmp_path / "unet").iterdir()) < \
        sum(p.stat().st_size for p in out.glob("checkpoint*")) / 2
    training, held_out = _subsets(fashion_test_pairs)
    with pytest.raises(TrainingError, match="holds only a generator"):
        train(_params(tmp_path / "unet"), pairs=training, test_pairs=held_out, resume=True)


@pytest.mark.slow
def test_commands_say_what_is_wrong_in_one_line(pix2pix_run, tmp_path):
    """A bad setting, another run's folder, a DCGAN checkpoint or the inputs' own folder as
    --out: each one line, nothing trained."""
    out, _ = pix2pix_run
    runner = CliRunner()

    def line(*args: str) -> str:
        result = runner.invoke(tinygan_cli, list(args))
        assert result.exit_code == 1 and result.output.count("\n") == 1, result.output
        return result.output

    assert "Pix2PixParams.objective must be one of cgan+l1, l1, cgan, got 'gan'" in \
        line("pix2pix", "--objective", "gan")
    assert "holds another run's files" in line("pix2pix", "--out", str(out))
    dcgan = tmp_path / "dcgan"
    dcgan.mkdir()
    (dcgan / "checkpoint.json").write_text(json.dumps({"tensors": "c.safetensors", "step": 1,
                                                       "hparams": {}}))
    (dcgan / "c.safetensors").write_bytes(b"")
    assert "is not a pix2pix run's checkpoint" in line(
        "translate", "--checkpoint", str(dcgan), "--input", str(tmp_path), "--out", "x")
    with pytest.raises(CheckpointError, match="tinygan pix2pix --resume"):
        checkpoint_hparams(out)                     # `tinygan train --resume` on pix2pix's
    (tmp_path / "in").mkdir()
    _picture(np.zeros((32, 32))).save(tmp_path / "in" / "a.png")
    assert "into another folder than" in line(
        "translate", "--checkpoint", str(out), "--input", str(tmp_path / "in"), "--out",
        str(tmp_path / "in"), "--device", "cpu")
    assert "does not exist" in line("translate", "--checkpoint", str(out), "--input",
                                    str(tmp_path / "none"), "--out", str(tmp_path / "o"),
                                    "--device", "cpu")
    assert get_state_dict(load_translator(out)[0])            # the run's own still loads

"""The lecture's and the face article's DCGANs (tinygan.models) and training images from a
folder (tinygan.folders): their layers' shapes against their sources, a training step,
the folder loader, an RGB run resumed exactly, and sample / interpolate / latent / score on
an RGB checkpoint."""
from __future__ import annotations

import numpy as np
import pytest
from click.testing import CliRunner
from PIL import Image, ImageDraw
from tinygrad import Tensor

from tinygan import folders
from tinygan.backend import training_mode
from tinygan.checks import MODELS as CHECKED_MODELS
from tinygan.cli import main as tinygan_cli
from tinygan.cli import tutorial_command
from tinygan.datasets import DatasetError
from tinygan.folders import fit_image, folder_images
from tinygan.layers import parameters
from tinygan.longrun import train
from tinygan.models import MODELS, faces32, image_shape, lecture64, model_defaults
from tinygan.tutorial import HyperParams, build_gan, make_train_step

pytestmark = pytest.mark.xdist_group("colour")

# Each layer's output (C, H, W, or features) for one image, as the sources give them
# (the reference notes restate them: lecture 4×4×1024 → 64×64×3; article 2×2×512 → 32×32×3).
SHAPES = {
    (lecture64, "Generator"): [(16384,), (1024, 4, 4), (512, 8, 8), (512, 8, 8), (256, 16, 16),
                               (256, 16, 16), (128, 32, 32), (128, 32, 32), (3, 64, 64)],
    (lecture64, "Discriminator"): [(64, 32, 32), (64, 32, 32), (128, 16, 16), (128, 16, 16),
                                   (256, 8, 8), (256, 8, 8), (512, 4, 4), (512, 4, 4), (8192,),
                                   (1,)],
    (faces32, "Generator"): [(2048,), (512, 2, 2), (256, 4, 4), (256, 4, 4), (128, 8, 8),
                             (128, 8, 8), (64, 16, 16), (64, 16, 16), (3, 32, 32)],
    (faces32, "Discriminator"): [(64, 16, 16), (128, 8, 8), (128, 8, 8), (256, 4, 4),
                                 (256, 4, 4), (4096,), (1,)],
}


@pytest.mark.parametrize("source, network", list(SHAPES), ids=lambda v: getattr(v, "__name__",
                                                                                   v))
def test_each_models_layers_have_their_sources_shapes(source, network):
    """Layer by layer (shapes only: tinygrad is lazy, nothing is computed)."""
    net = getattr(source, network)(100) if network == "Generator" else source.Discriminator()
    x = Tensor.empty(2, 100) if network == "Generator" else Tensor.empty(2, *source.IMAGE_SHAPE)
    shapes = []
    for layer in net.layers:
        x = layer(x)
        shapes.append(tuple(x.shape[1:]))
    assert shapes == SHAPES[(source, network)]


def test_the_models_are_named_alike_everywhere_and_fill_their_sources_settings():
    assert tuple(MODELS) == CHECKED_MODELS
    assert model_defaults("tutorial") == {}
    assert model_defaults("faces32") == {"noise": "uniform", "adam_beta1": 0.5, "epochs": 40,
                                         "output_dim": 4}
    assert image_shape("lecture64") == (3, 64, 64) and image_shape("tutorial") == (1, 28, 28)
    seen = {}

    @tutorial_command
    def record(resume, overwrite, **options):
        seen.update(options)
        return {"interrupted": False, "steps": 0, "output_dir": "x"}
    runner = CliRunner()
    assert runner.invoke(record, ["--model", "faces32", "--noise", "normal"]).exit_code == 0
    assert seen["noise"] == "normal" and seen["adam_beta1"] == 0.5 and seen["epochs"] == 40
    seen.clear()
    assert runner.invoke(record, ["--epochs", "3"]).exit_code == 0
    assert seen == {"epochs": 3}                                      # the tutorial's own
    result = runner.invoke(record, ["--model", "stylegan"])
    assert result.exit_code == 1 and result.output.count("\n") == 1
    assert "model must be one of" in result.output
    with pytest.raises(ValueError, match="conditional needs the tutorial's model"):
        HyperParams(model="faces32", conditional=True)


def test_the_article_initialises_every_weight_from_n_0_0_02_and_biases_at_zero():
    gen = faces32.Generator(100)
    dense, first = gen[0], gen[2]
    assert abs(float(dense.weight.std().item()) - 0.02) < 0.001
    assert dense.bias.abs().max().item() == 0 and first.bias is None
    assert abs(float(first.weight.std().item()) - 0.02) < 0.001


# --- the folder loader ---------------------------------------------------------------------

@pytest.fixture
def picture_folder(tmp_path):
    """PNG and JPEG, RGB and L, in a subfolder too; one corrupt PNG; one text file."""
    folder = tmp_path / "pictures"
    (folder / "more").mkdir(parents=True)
    wide = np.zeros((20, 40, 3), np.uint8)
    wide[:, 10:30] = (255, 0, 0)                       # the centre square is pure red
    Image.fromarray(wide).save(folder / "a_wide.png")
    Image.fromarray(np.full((16, 16), 255, np.uint8)).save(folder / "b_white.png")   # L
    Image.fromarray(np.full((24, 24, 3), (0, 0, 255), np.uint8)).save(folder / "more/c.jpg",
                                                                        quality=100)
    (folder / "d_broken.png").write_bytes(b"\x89PNG but not really")
    (folder / "notes.txt").write_text("not a picture")
    return folder


def test_a_folder_of_pictures_becomes_centre_cropped_images_in_minus_one_to_one(
        picture_folder, tmp_path, caplog):
    images = folder_images(picture_folder, (3, 8, 8), tmp_path / "run")
    assert images.shape == (3, 3, 8, 8) and images.dtype == np.float32
    assert isinstance(images, np.memmap)                             # read through the cache
    red, white, blue = images
    assert np.allclose(red[0], 1) and np.allclose(red[1:], -1)       # only the centre kept
    assert np.allclose(white, 1)                                     # grayscale → RGB
    assert np.abs(blue[2] - 1).max() < 0.02 and np.abs(blue[:2] + 1).max() < 0.02   # JPEG
    assert "skipped 1 of 4 files" in caplog.text and "d_broken.png" in caplog.text
    gray = folder_images(picture_folder, (1, 4, 4), tmp_path / "run")
    assert gray.shape == (3, 1, 4, 4) and np.allclose(gray[1], 1)


def test_a_decoded_folder_is_read_from_its_cache_until_it_changes(picture_folder, tmp_path,
                                                                  monkeypatch):
    first = np.array(folder_images(picture_folder, (3, 8, 8), tmp_path / "run"))
    monkeypatch.setattr(folders, "fit_image", lambda *a: pytest.fail("decoded again"))
    assert np.array_equal(folder_images(picture_folder, (3, 8, 8), tmp_path / "run"), first)
    Image.fromarray(np.zeros((8, 8), np.uint8)).save(picture_folder / "e_black.png")
    monkeypatch.undo()
    assert folder_images(picture_folder, (3, 8, 8), tmp_path / "run").shape[0] == 4
    assert len(list((tmp_path / "run").glob("images-3x8x8-*.npy"))) == 2


def test_a_folder_without_pictures_is_one_line(tmp_path):
    (tmp_path / "empty").mkdir()
    with pytest.raises(DatasetError, match="holds no PNG or JPEG files") as e:
        folder_images(tmp_path / "empty", (3, 8, 8), tmp_path / "run")
    (tmp_path / "junk").mkdir()
    (tmp_path / "junk" / "x.jpg").write_bytes(b"nope")
    with pytest.raises(DatasetError, match="none of the 1 files") as f:
        folder_images(tmp_path / "junk", (3, 8, 8), tmp_path / "run")
    with pytest.raises(DatasetError, match="is not a folder"):
        folder_images(tmp_path / "missing", (3, 8, 8), tmp_path / "run")
    assert "\n" not in str(e.value) + str(f.value)
    assert not list((tmp_path / "run").glob("*.npy"))                # nothing half-written


def test_fit_image_keeps_the_centre_square_and_scales_to_minus_one_one():
    tall = np.zeros((30, 10), np.uint8)
    tall[10:20] = 255
    out = fit_image(Image.fromarray(tall), (1, 10, 10))
    assert out.shape == (1, 10, 10) and out.min() == 1 and out.max() == 1


# --- training: a step of each model, an RGB run resumed, its checkpoint used ---------------

@pytest.mark.slow
@pytest.mark.parametrize("model", ["faces32", "lecture64"])
def test_each_model_draws_and_takes_a_training_step_on_each_backend(model, backend):
    """On the CPU and OpenCL, batch 2: the generator draws images of the model's shape in
    (-1, 1) and the discriminator a logit each; then one training step: finite losses,
    both networks' parameters move."""
    hp = HyperParams(**{**model_defaults(model), "model": model, "batch_size": 2})
    gen, disc, opt_d, opt_g = build_gan(hp)
    with training_mode():
        images = gen(Tensor.randn(2, hp.latent_dim))
        logits = disc(images).numpy()
        images = images.numpy()
    assert images.shape == (2, *image_shape(model)) and np.abs(images).max() < 1
    assert logits.shape == (2, 1) and np.isfinite(logits).all()
    before = [p.numpy().copy() for p in parameters(gen)[:1] + parameters(disc)[:1]]
    step = make_train_step(gen, disc, opt_d, opt_g, hp)
    x = np.random.default_rng(0).uniform(-1, 1, (2, *image_shape(model))).astype(np.float32)
    d_loss, g_loss = step(Tensor(x))
    assert np.isfinite(d_loss) and np.isfinite(g_loss)
    after = [p.numpy() for p in parameters(gen)[:1] + parameters(disc)[:1]]
    assert all(np.abs(a - b).max() > 0 for a, b in zip(after, before))


def _colour_folder(folder, n=10):
    rng = np.random.default_rng(1)
    folder.mkdir()
    for i in range(n):
        Image.fromarray((rng.random((36, 36, 3)) * 255).astype(np.uint8)).save(folder / f"{i}.png")
    return folder


def _hparams(out, pictures, **changes):
    return HyperParams(**{**model_defaults("faces32"), "model": "faces32",
                          "dataset": f"folder:{pictures}", "batch_size": 2, "epochs": 2,
                          "verbose_freq": 3, "output_dim": 2, "checkpoint_every": 2,
                          "device": "cpu", "output_dir": str(out), **changes})


@pytest.mark.slow
def test_an_rgb_run_resumes_exactly_and_its_checkpoint_samples_in_colour(tmp_path):
    pictures = _colour_folder(tmp_path / "pictures")
    whole = train(_hparams(tmp_path / "whole", pictures))              # 10 steps
    assert whole["steps"] == 10
    grid = Image.open(tmp_path / "whole" / "dcgan_steps_000010.png")
    assert grid.mode == "RGB" and grid.size == (64, 64)
    assert len(list((tmp_path / "whole").glob("dcgan_steps_*.png"))) == 5   # 0, 3, 6, 9, 10
    with Image.open(tmp_path / "whole" / "output.gif") as gif:   # (Pillow may merge frames)
        assert gif.n_frames >= 4
        frame = np.asarray(gif.convert("RGB"), np.int16)
        assert (frame.max(axis=2) != frame.min(axis=2)).any()                      # colour
    train(_hparams(tmp_path / "part", pictures, max_steps=5))
    resumed = train(_hparams(tmp_path / "part", pictures), resume=True)
    assert (resumed["discriminator_loss"], resumed["generator_loss"]) == \
        (whole["discriminator_loss"], whole["generator_loss"])
    assert (tmp_path / "part/losses.csv").read_text() == (tmp_path / "whole/losses.csv").read_text()
    runner, out = CliRunner(), str(tmp_path / "whole")
    for args, name, size in ((["sample", "--n", "3"], "s.png", (64, 64)),
                             (["interpolate", "--frames", "3"], "w.gif", (128, 128)),
                             (["latent", "sweep", "--rows", "1", "--steps", "3",
                               "--scale", "1"], "l.png", (96, 46))):
        result = runner.invoke(tinygan_cli, [*args, "--checkpoint", out, "--device", "cpu",
                                             "--out", str(tmp_path / name)])
        assert result.exit_code == 0, result.output
        with Image.open(tmp_path / name) as image:
            assert image.size == size and image.convert("RGB").getextrema()[0] != (0, 0)
    result = runner.invoke(tinygan_cli, ["score", "--checkpoint", out, "--device", "cpu"])
    assert result.exit_code == 1 and "do not apply to faces32's 3×32×32 images" in result.output
    page = (tmp_path / "whole" / "index.html").read_text()
    assert 'id="no-scores"' in page


# --- the coloured shapes --------------------------------------------------------------------

def test_the_shapes_are_drawn_from_the_seed_and_read_back_by_the_rule(tmp_path):
    """Image i depends on (seed, i) only; `judge` reads the set's own pictures as their
    shape and colour (its ceiling) and noise as nothing; the cached set is that drawing."""
    from tinygan import shapes
    from tinygan.folders import shapes_images
    assert shapes.factors(7) == shapes.factors(7) != shapes.factors(7, seed=1)
    as_input = lambda image: np.asarray(image, np.float32).transpose(2, 0, 1) / 127.5 - 1
    for size in (32, 64):
        read = [shapes.judge(as_input(shapes.picture(i, size))) ==
                (shapes.factors(i)["shape"], shapes.factors(i)["colour"]) for i in range(150)]
        assert all(read)
    noise = np.random.default_rng(0).uniform(-1, 1, (3, 32, 32))
    assert shapes.judge(noise) is None and shapes.judge(-np.ones((3, 32, 32))) is None
    # Not shapes of the set: an ellipse (a stretched circle, a blob) and two squares apart.
    ellipse = Image.new("RGB", (32, 32))
    ImageDraw.Draw(ellipse).ellipse((6, 10, 26, 22), fill=(0, 255, 0))
    squares = Image.new("RGB", (32, 32))
    ImageDraw.Draw(squares).rectangle((2, 2, 10, 10), fill=(0, 0, 255))
    ImageDraw.Draw(squares).rectangle((20, 20, 28, 28), fill=(0, 0, 255))
    assert shapes.judge(as_input(ellipse)) is None and shapes.judge(as_input(squares)) is None
    square = Image.new("RGB", (32, 32))
    ImageDraw.Draw(square).rectangle((8, 8, 20, 20), fill=(0, 0, 255))
    assert shapes.judge(as_input(square)) == ("square", "blue")
    cached = shapes_images((3, 16, 16), tmp_path, count=20)
    assert cached.shape == (20, 3, 16, 16)
    assert np.allclose(cached[5], as_input(shapes.picture(5, 16)), atol=1e-6)
    assert HyperParams(model="faces32", dataset="shapes").dataset == "shapes"

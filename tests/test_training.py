"""The tutorial end to end on a small subset of real MNIST, on tinygrad's CPU backend:
files written, grid layout, GIF, losses CSV, checkpoints, exact resume, clean stops."""
from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner
from conftest import SMALL_BATCH, mnist_dir
from PIL import Image
from tinygrad import Tensor
from tinygrad.nn.state import safe_load

from tinygan.cli import main as tinygan_cli
from tinygan.files import atomic_path
from tinygan.longrun import train
from tinygan.loop import TrainingError
from tinygan.sampling import load_generator
import tinygan.tutorial as tutorial
from tinygan.tutorial import HyperParams, create_output_image, load_MNIST_images

# slow: end-to-end training runs and the example script.
# One pytest-xdist worker runs them all (xdist_group): the fixtures are built once.
pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("training")]

REPO = Path(__file__).resolve().parents[1]
# 27 images at the suite's small batch (4, whose step the other tests build too): 7 batches
# per epoch, the last of 3 (a second compiled step, shared with tests/test_parity.py).
SUBSET, BATCH, EPOCHS, VERBOSE = 27, SMALL_BATCH, 2, 4
STEPS = EPOCHS * 7


@pytest.fixture(scope="module")
def images():
    return load_MNIST_images(HyperParams(data_dir=str(mnist_dir())))[:SUBSET]


def hparams_for(out: Path, **changes) -> HyperParams:
    return HyperParams(batch_size=BATCH, epochs=EPOCHS, verbose_freq=VERBOSE, device="cpu",
                       output_dir=str(out), checkpoint_every=3, seed=3, **changes)


def _wrapped(around):
    """A `make_train_step` whose step is `around(step, real_img)`, `step` the real one."""
    real_make = tutorial.make_train_step

    def make(*args, **kwargs):
        step = real_make(*args, **kwargs)
        return lambda real_img: around(step, real_img)
    return make


def wrap_step(monkeypatch, around) -> None:
    """Make the loop's step `around(step, real_img)`, `step` being the real one."""
    monkeypatch.setattr(tutorial, "make_train_step", _wrapped(around))


def read_losses(out: Path) -> list[dict]:
    with open(out / "losses.csv", newline="") as f:
        return list(csv.DictReader(f))


@pytest.fixture(scope="module")
def full_run(images, tmp_path_factory):
    out = tmp_path_factory.mktemp("full")
    summary = train(hparams_for(out), images=images)
    return out, summary


def test_a_run_writes_the_tutorials_files(full_run):
    out, summary = full_run
    assert summary["steps"] == STEPS and not summary["interrupted"]
    grids = sorted(p.name for p in out.glob("dcgan_steps_*.png"))
    # steps 0, 4, 8, 12 (every verbose_freq, step 0 included), then the final step count
    assert grids == [f"dcgan_steps_{s:06d}.png" for s in (0, 4, 8, 12, STEPS)]
    for name in grids:
        with Image.open(out / name) as image:
            assert image.mode == "L" and image.size == (28 * 5, 28 * 5)
    with Image.open(out / "output.gif") as gif:
        assert gif.format == "GIF" and gif.n_frames == len(grids)
    rows = read_losses(out)
    assert [int(r["step"]) for r in rows] == list(range(STEPS))
    assert [int(r["epoch"]) for r in rows] == [1] * 7 + [2] * 7
    assert all(np.isfinite(float(r["discriminator_loss"])) for r in rows)
    info = json.loads((out / "checkpoint.json").read_text())
    assert info["step"] == STEPS and (out / info["tensors"]).exists()
    assert (out / "losses.png").exists()


def test_the_grid_is_filled_column_by_column(backend):
    d = 3

    def stub_generator(noise):             # image i is the constant value of index i
        n = noise.shape[0]
        values = Tensor(np.linspace(-1, 1, n, dtype=np.float32))
        return values.reshape(n, 1, 1, 1).expand(n, 1, 28, 28)

    grid = create_output_image(stub_generator, Tensor.zeros(d * d, 4), HyperParams(output_dim=d))
    assert grid.shape == (28 * d, 28 * d)
    expected = (np.linspace(-1, 1, d * d) + 1) / 2
    for i in range(d * d):
        row, col = i % d, i // d
        block = grid[row * 28:(row + 1) * 28, col * 28:(col + 1) * 28]
        assert np.allclose(block, expected[i], atol=1e-6), f"image {i} is not at ({row}, {col})"


def run_record(out: Path) -> dict:
    """Everything a run leaves that resuming must reproduce: the CSV, the grids (names and
    pixels), the GIF's frames, the final checkpoint's tensors."""
    info = json.loads((out / "checkpoint.json").read_text())
    with Image.open(out / "output.gif") as gif:
        frames = []
        for i in range(gif.n_frames):
            gif.seek(i)
            frames.append(np.asarray(gif.convert("L")).copy())
    return {"losses": read_losses(out), "step": info["step"],
            "grids": {p.name: np.asarray(Image.open(p)) for p in sorted(out.glob("dcgan_*.png"))},
            "frames": frames,
            "tensors": {k: t.numpy() for k, t in safe_load(str(out / info["tensors"])).items()}}


def assert_same_run(got: dict, want: dict) -> None:
    assert got["losses"] == want["losses"] and got["step"] == want["step"]
    assert list(got["grids"]) == list(want["grids"])
    assert all(np.array_equal(got["grids"][k], want["grids"][k]) for k in want["grids"])
    assert len(got["frames"]) == len(want["frames"])
    assert all(np.array_equal(a, b) for a, b in zip(got["frames"], want["frames"]))
    assert got["tensors"].keys() == want["tensors"].keys()
    assert all(np.array_equal(got["tensors"][k], v) for k, v in want["tensors"].items())


def test_resume_reproduces_the_uninterrupted_run_exactly(full_run, images, tmp_path, monkeypatch):
    """One epoch (its final grid and GIF written), resumed with more epochs at the epoch
    boundary, then a crash between checkpoints (rows and a grid past the checkpoint), resumed
    again: the CSV, every grid, the GIF's frames and the final tensors are the uninterrupted
    run's, bit for bit."""
    out_full, summary = full_run
    train(hparams_for(tmp_path).replace(epochs=1), images=images)      # 7 steps, final grid 7
    assert (tmp_path / "dcgan_steps_000007.png").exists()

    def crash_at_step_13(step, real_img):          # after step 12's grid, row and checkpoint
        if len(calls) == 6:
            raise RuntimeError("the machine went down")
        calls.append(1)
        return step(real_img)
    calls = []
    monkeypatch.setattr(tutorial, "make_train_step", _wrapped(crash_at_step_13))
    with pytest.raises(RuntimeError, match="went down"):
        train(hparams_for(tmp_path), images=images, resume=True)
    assert json.loads((tmp_path / "checkpoint.json").read_text())["step"] == 12
    assert len(read_losses(tmp_path)) == 13 and (tmp_path / "dcgan_steps_000012.png").exists()
    monkeypatch.undo()

    resumed = train(hparams_for(tmp_path), images=images, resume=True)
    assert_same_run(run_record(tmp_path), run_record(out_full))
    assert resumed["discriminator_loss"] == summary["discriminator_loss"]
    assert resumed["generator_loss"] == summary["generator_loss"]


def test_score_every_logs_the_fid_without_changing_training(full_run, images, tmp_path):
    out_full, _ = full_run
    # 64 samples, as the quality benchmark's test scores: the same kernels
    train(hparams_for(tmp_path, max_steps=5, score_every=2, score_samples=64,
                      data_dir=str(mnist_dir())), images=images)
    rows = read_losses(tmp_path)
    fids = [r["fid"] for r in rows]
    assert all(float(fids[s]) > 0 for s in (0, 2, 4)) and fids[1] == fids[3] == ""
    # the full scores of the same steps, class histogram included, in scores.jsonl
    scores = [json.loads(line) for line in (tmp_path / "scores.jsonl").read_text().splitlines()]
    assert [s["step"] for s in scores] == [0, 2, 4]
    assert [f"{s['fid']:.4f}" for s in scores] == [fids[s] for s in (0, 2, 4)]
    assert all(len(s["class_histogram"]) == 10 and s["n_generated"] == 64 for s in scores)
    # scoring draws its own noise once: the training losses are those of the plain run
    strip = lambda r: {k: v for k, v in r.items() if k != "fid"}
    assert [strip(r) for r in rows] == [strip(r) for r in read_losses(out_full)[:5]]


def test_resume_refuses_other_settings(full_run, images):
    out, _ = full_run
    with pytest.raises(TrainingError, match="batch_size"):
        train(hparams_for(out).replace(batch_size=2 * BATCH), images=images, resume=True)


def test_ctrl_c_saves_a_checkpoint_and_stops_cleanly(images, tmp_path, monkeypatch):
    calls = []

    def call_then_interrupt(step, real_img):
        calls.append(1)
        if len(calls) == 2:
            os.kill(os.getpid(), signal.SIGINT)          # as if the user pressed Ctrl-C
        return step(real_img)

    wrap_step(monkeypatch, call_then_interrupt)
    summary = train(hparams_for(tmp_path), images=images)
    assert summary["interrupted"] and summary["steps"] == 2
    assert json.loads((tmp_path / "checkpoint.json").read_text())["step"] == 2
    assert len(read_losses(tmp_path)) == 2


def test_a_non_finite_loss_stops_and_keeps_the_last_good_checkpoint(images, tmp_path, monkeypatch):
    calls = []

    def diverge_at_step_4(step, real_img):
        calls.append(1)
        d_loss, g_loss = step(real_img)
        return (float("nan"), g_loss) if len(calls) == 5 else (d_loss, g_loss)

    wrap_step(monkeypatch, diverge_at_step_4)
    with pytest.raises(TrainingError, match="diverged at step 4"):
        train(hparams_for(tmp_path), images=images)
    info = json.loads((tmp_path / "checkpoint.json").read_text())
    assert info["step"] == 3                       # checkpoint_every=3: the last good one
    assert (tmp_path / info["tensors"]).exists()
    assert not list(tmp_path.glob("*.tmp"))


def test_an_unwritable_output_folder_is_a_clear_error(images, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(TrainingError, match="cannot write to the output folder"):
        train(hparams_for(blocker / "out"), images=images)


def test_cli_sample_gif_and_plot(full_run, tmp_path):
    out, _ = full_run
    runner = CliRunner()
    result = runner.invoke(tinygan_cli, ["sample", "--checkpoint", str(out),
                                         "--out", str(tmp_path / "s.png"), "--device", "cpu"])
    assert result.exit_code == 0, result.output
    last = np.asarray(Image.open(out / f"dcgan_steps_{STEPS:06d}.png"))
    assert np.array_equal(np.asarray(Image.open(tmp_path / "s.png")), last)   # same fixed noise
    result = runner.invoke(tinygan_cli, ["gif", str(out), "--out", str(tmp_path / "a.gif")])
    assert result.exit_code == 0 and Image.open(tmp_path / "a.gif").n_frames == 5
    result = runner.invoke(tinygan_cli, ["plot", str(out / "losses.csv"),
                                         "--out", str(tmp_path / "l.png")])
    assert result.exit_code == 0 and Image.open(tmp_path / "l.png").size == (800, 400)
    result = runner.invoke(tinygan_cli, ["sample", "--checkpoint", str(tmp_path)])
    assert result.exit_code == 1 and "no checkpoint" in result.output


def test_export_writes_the_generator_alone_for_sample_and_interpolate(full_run, tmp_path):
    """`tinygan export`: a small checkpoint with the generator (BatchNorm statistics
    included), the fixed noise and the hyperparameters; it samples as the run does, feeds
    `sample` and `interpolate`, and `--resume` refuses it in one line."""
    out, _ = full_run
    gen_dir = tmp_path / "gen"
    runner = CliRunner()
    result = runner.invoke(tinygan_cli, ["export", "--checkpoint", str(out), "--out", str(gen_dir)])
    assert result.exit_code == 0, result.output
    info = json.loads((gen_dir / "checkpoint.json").read_text())
    assert info["generator_only"] and info["step"] == STEPS
    assert info["hparams"]["batch_size"] == BATCH
    assert sorted(p.name for p in gen_dir.iterdir()) == ["checkpoint.json", info["tensors"]]
    names = set(safe_load(str(gen_dir / info["tensors"])))
    assert "fixed_noise" in names and all(n == "fixed_noise" or n.startswith("gen.") for n in names)
    assert {"gen.layers.1.running_mean", "gen.layers.1.running_var"} <= names
    run_size = (out / json.loads((out / "checkpoint.json").read_text())["tensors"]).stat().st_size
    assert (gen_dir / info["tensors"]).stat().st_size < run_size / 2
    # the same generator: the same grid, in test mode (so on the same running statistics)
    grids = [create_output_image(*load_generator(folder)) for folder in (out, gen_dir)]
    assert np.array_equal(grids[0], grids[1])
    result = runner.invoke(tinygan_cli, ["sample", "--checkpoint", str(gen_dir), "--device", "cpu",
                                         "--out", str(tmp_path / "grid.png")])
    assert result.exit_code == 0 and (tmp_path / "grid.png").exists(), result.output
    result = runner.invoke(tinygan_cli, ["interpolate", "--checkpoint", str(gen_dir), "--frames",
                                         "3", "--device", "cpu", "--out", str(tmp_path / "w.gif")])
    assert result.exit_code == 0 and (tmp_path / "w.gif").exists(), result.output
    result = runner.invoke(tinygan_cli, ["train", "--resume", "--out", str(gen_dir),
                                         "--device", "cpu", "--data-dir", str(mnist_dir())])
    assert result.exit_code == 1 and "holds only a generator" in result.output
    assert len(result.output.strip().splitlines()) == 1 and "Traceback" not in result.output
    # never into the run's own folder, nor over another run's checkpoint
    result = runner.invoke(tinygan_cli, ["export", "--checkpoint", str(gen_dir), "--out", str(out)])
    assert result.exit_code == 1 and "holds a run's checkpoint" in result.output
    result = runner.invoke(tinygan_cli, ["export", "--checkpoint", str(out), "--out", str(out)])
    assert result.exit_code == 1 and "another folder" in result.output


EMA = 0.9          # a short decay, so that 14 steps move the average well off the start


@pytest.fixture(scope="module")
def ema_run(images, tmp_path_factory):
    out = tmp_path_factory.mktemp("ema")
    return out, train(hparams_for(out, ema_decay=EMA), images=images)


def test_the_moving_average_leaves_training_as_it_is_and_is_what_samples(full_run, ema_run,
                                                                         tmp_path):
    """`--ema-decay`: the losses are the plain run's row for row (the average reads the
    weights, never writes them, and draws no random numbers); the grids show the average;
    the checkpoint holds it and its count; `sample` draws from it and `--raw` from the
    weights as trained (the plain run's last grid); `export` writes the average and says
    so, `export --raw` the weights as trained; `sample --raw` on an export of the average
    is one line."""
    (plain, _), (out, summary) = full_run, ema_run
    assert read_losses(out) == read_losses(plain)
    last = f"dcgan_steps_{STEPS:06d}.png"
    grid = lambda folder, name=last: np.asarray(Image.open(folder / name))
    assert not np.array_equal(grid(out), grid(plain))
    # step 0's grid is drawn after the first update, 0.1·initial + 0.9·updated: it differs too
    assert not np.array_equal(grid(out, "dcgan_steps_000000.png"),
                              grid(plain, "dcgan_steps_000000.png"))
    info = json.loads((out / "checkpoint.json").read_text())
    tensors = safe_load(str(out / info["tensors"]))
    assert tensors["ema.updates"].item() == STEPS
    gen_names = {n[4:] for n in tensors if n.startswith("gen.")}
    assert {n[4:] for n in tensors if n.startswith("ema.")} == gen_names | {"updates"}
    assert info["hparams"]["ema_decay"] == EMA

    runner = CliRunner()
    def cli(*args):
        result = runner.invoke(tinygan_cli, [*args])
        assert result.exit_code == 0, result.output
        return result
    cli("sample", "--checkpoint", str(out), "--device", "cpu", "--out", str(tmp_path / "e.png"))
    assert np.array_equal(grid(tmp_path, "e.png"), grid(out))
    cli("sample", "--checkpoint", str(out), "--device", "cpu", "--raw",
        "--out", str(tmp_path / "r.png"))
    assert np.array_equal(grid(tmp_path, "r.png"), grid(plain))
    cli("export", "--checkpoint", str(out), "--out", str(tmp_path / "gen_ema"))
    cli("export", "--checkpoint", str(out), "--out", str(tmp_path / "gen_raw"), "--raw")
    for kind, want in (("ema", out), ("raw", plain)):
        folder = tmp_path / f"gen_{kind}"
        assert json.loads((folder / "checkpoint.json").read_text())["generator_weights"] == kind
        cli("sample", "--checkpoint", str(folder), "--device", "cpu",
            "--out", str(tmp_path / f"{kind}.png"))
        assert np.array_equal(grid(tmp_path, f"{kind}.png"), grid(want))
    result = runner.invoke(tinygan_cli, ["sample", "--checkpoint", str(tmp_path / "gen_ema"),
                                         "--raw", "--device", "cpu"])
    assert result.exit_code == 1 and "moving average only" in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_resume_with_the_moving_average_reproduces_the_run_exactly(ema_run, images, tmp_path):
    """Stopped at step 9 (checkpoint 9, with the average and its count) and resumed: every
    file the uninterrupted run with the average writes, bit for bit."""
    out, _ = ema_run
    train(hparams_for(tmp_path, ema_decay=EMA, max_steps=9), images=images)
    train(hparams_for(tmp_path, ema_decay=EMA), images=images, resume=True)
    assert_same_run(run_record(tmp_path), run_record(out))
    with pytest.raises(TrainingError, match="ema_decay"):
        train(hparams_for(tmp_path), images=images, resume=True)


def test_the_commands_options_fill_in_hyperparams_flags_included():
    """Every HyperParams field is an option of `train` and the example; a bool field is a
    flag pair (`--tf32` / `--no-tf32`); options not given keep the defaults."""
    from tinygan.cli.train import tutorial_command
    seen = []

    @tutorial_command
    def command(resume, overwrite, **options):
        seen.append(HyperParams(**options))
        return {"interrupted": False, "steps": 0, "output_dir": "out"}
    for args, tf32 in (([], False), (["--tf32"], True), (["--tf32", "--no-tf32"], False)):
        result = CliRunner().invoke(command, [*args, "--kernels", "plain", "--gen-lr", "0.001"])
        assert result.exit_code == 0, result.output
        assert seen[-1] == HyperParams(tf32=tf32, kernels="plain", gen_lr=0.001)


def test_the_example_script_reports_bad_input_in_one_line(tmp_path):
    command = [sys.executable, str(REPO / "examples" / "dcgan_mnist.py"), "--batch-size", "0"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert done.returncode != 0
    assert done.stderr.strip().splitlines() == [
        "Error: HyperParams.batch_size must be a positive integer, got 0"]
    command = [sys.executable, str(REPO / "examples" / "dcgan_mnist.py"), "--data-dir",
               str(tmp_path), "--out", str(tmp_path / "out"), "--device", "cpu"]
    env = {**os.environ, "TINYGAN_MIRRORS": "http://127.0.0.1:9/"}      # nothing listens there
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, env=env)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    errors = [line for line in done.stderr.splitlines() if line.startswith("Error: ")]
    assert len(errors) == 1 and errors == done.stderr.strip().splitlines()[-1:]
    # which file, which mirror was tried, and where to put the files instead
    for part in ("train-images-idx3-ubyte.gz", "http://127.0.0.1:9/", str(tmp_path),
                 "--data-dir"):
        assert part in errors[0], (part, errors[0])


def test_atomic_writes_get_the_usual_permissions_not_mkstemps_private_ones(tmp_path):
    """A file written through a temporary name is readable as any new file would be
    (0666 less the umask), not 0600: shipped weights and results must be readable."""
    mask = os.umask(0o022)
    try:
        with atomic_path(tmp_path / "out.txt") as tmp:
            tmp.write_text("x")
    finally:
        os.umask(mask)
    assert (tmp_path / "out.txt").stat().st_mode & 0o777 == 0o644
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


@pytest.mark.slow              # a subprocess, the plain path's step compiled (about a minute)
def test_the_example_trains_on_the_plain_path(tmp_path):
    """`TINYGAN_KERNELS=plain python examples/dcgan_mnist.py --max-steps N` trains with
    tinygrad's own kernels, says so in the log and in run.json; `--kernels fast` would
    override the variable."""
    out = tmp_path / "plain"
    command = [sys.executable, str(REPO / "examples" / "dcgan_mnist.py"), "--data-dir",
               str(mnist_dir()), "--out", str(out), "--device", "cpu", "--batch-size",
               str(SMALL_BATCH), "--max-steps", "2", "--verbose-freq", "1"]
    env = {**os.environ, "TINYGAN_KERNELS": "plain"}
    done = subprocess.run(command, capture_output=True, text=True, timeout=600, env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Training on CPU (cpu" in done.stderr and ", plain kernels" in done.stderr
    info = json.loads((out / "run.json").read_text())
    assert info["machine"]["kernels"] == "plain" and info["step"] == 2
    with open(out / "losses.csv", newline="") as rows:
        losses = list(csv.DictReader(rows))
    assert len(losses) == 2 and all(np.isfinite(float(r["discriminator_loss"])) for r in losses)
    assert (out / "output.gif").exists()

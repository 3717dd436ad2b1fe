"""A run never destroys another run's files, and a damaged or mismatched checkpoint is one
line that names the file, from every command that reads one: through the real command
line (`python examples/dcgan_mnist.py` in a subprocess, as a user types it, and `tinygan
...`, whose `train` is the same command, in this process), on real MNIST and real
checkpoints on disk, every earlier file byte-identical where nothing should change."""
from __future__ import annotations

import json
import logging
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner
from conftest import BACKENDS, SMALL_BATCH, machine_gpu, mnist_dir
from PIL import Image

from tinygan.cli import main as tinygan_cli

# slow: the command line in subprocesses, on real MNIST.
# One pytest-xdist worker runs them all (xdist_group): the fixtures are built once.
pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("run_folders")]

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = str(REPO / "examples" / "dcgan_mnist.py")
SMALL = ["--batch-size", str(SMALL_BATCH), "--verbose-freq", "2", "--checkpoint-every", "2",
         "--device", "cpu"]


def small_run(out: Path, *options: str) -> list[str]:
    """The options of the small runs below: SMALL, real MNIST, the output folder."""
    return [*SMALL, "--data-dir", str(mnist_dir()), "--out", str(out), *options]


def example(out: Path, *options: str, timeout: float = 600) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, EXAMPLE, *small_run(out, *options)],
                          capture_output=True, text=True, timeout=timeout)


def tinygan(*args: str):
    """`tinygan ARGS`, the installed command's own click group, run in this process (the
    subprocess runs above are the example's; `test_the_installed_tinygan_command_runs`
    runs the entry point itself)."""
    result = CliRunner().invoke(tinygan_cli, list(args))
    return subprocess.CompletedProcess(args, result.exit_code, result.stdout, result.stderr)


def train_here(out: Path, *options: str) -> subprocess.CompletedProcess:
    """`tinygan train`, the example's own command (`tinygan.cli.tutorial_command` makes
    both), with the example's options, in this process: the runs below share the shapes
    of one small model, whose kernels tinygrad then builds once (most of a first step's
    time), where each subprocess would build them again."""
    return tinygan("train", *small_run(out, *options))


def files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def error_line(done: subprocess.CompletedProcess) -> str:
    """The one line a failed command printed (after any log lines), checked to be that."""
    assert done.returncode == 1, done.stdout + done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    lines = [line for line in done.stderr.splitlines() if line.startswith("Error: ")]
    assert len(lines) == 1, done.stderr
    return lines[0]


@pytest.fixture(scope="module")
def first_run(tmp_path_factory) -> Path:
    """A finished run of 4 steps: grids 0, 2, 4, checkpoint at 4, losses, GIF."""
    out = tmp_path_factory.mktemp("runs") / "run"
    done = train_here(out, "--max-steps", "4")
    assert done.returncode == 0, done.stdout + done.stderr
    return out


def copy_of(run: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "run"
    shutil.copytree(run, copy)
    return copy


def test_a_second_run_into_the_same_folder_is_refused_and_changes_nothing(first_run, tmp_path):
    run = copy_of(first_run, tmp_path)
    before = files(run)
    # the first run's own files: a grid every --verbose-freq steps (step 0 and the last
    # included), the losses and their plot, the GIF, one checkpoint
    assert sorted(name for name in before if name.endswith(".png")) == [
        "dcgan_steps_000000.png", "dcgan_steps_000002.png", "dcgan_steps_000004.png",
        "losses.png"]
    assert {"losses.csv", "output.gif", "checkpoint.json"} <= set(before)
    line = error_line(example(run, "--max-steps", "3"))
    assert str(run) in line and "--resume" in line and "--overwrite" in line and "--out" in line
    assert files(run) == before


def test_overwrite_starts_afresh_and_removes_only_tinygans_files(first_run, tmp_path):
    run = copy_of(first_run, tmp_path)
    (run / "notes.txt").write_text("mine")
    done = train_here(run, "--max-steps", "3", "--overwrite")
    assert done.returncode == 0, done.stdout + done.stderr
    assert sorted(p.name for p in run.glob("dcgan_steps_*.png")) == [
        "dcgan_steps_000000.png", "dcgan_steps_000002.png", "dcgan_steps_000003.png"]
    grids = {np.asarray(Image.open(p)).tobytes() for p in run.glob("dcgan_steps_*.png")}
    with Image.open(run / "output.gif") as gif:            # no grid of the first run in it
        frames = set()
        for i in range(gif.n_frames):                      # (equal neighbours are one frame)
            gif.seek(i)
            frames.add(np.asarray(gif.convert("L")).tobytes())
    assert frames == grids
    assert json.loads((run / "checkpoint.json").read_text())["step"] == 3
    assert len((run / "losses.csv").read_text().splitlines()) == 1 + 3
    assert (run / "notes.txt").read_text() == "mine"
    assert "choose one" in error_line(example(run, "--resume", "--overwrite"))


def test_resume_continues_and_ctrl_c_says_how_to_go_on(first_run, tmp_path):
    """The example script itself: `--resume` (here with `--score-every`, and on `--device
    gpu`, the tutorial's default, which falls back to the CPU with its warning where there
    is no GPU) continues the first run's CSV where it stopped, logging as it goes; Ctrl-C
    (a real SIGINT to the process) stops after the current step with a checkpoint, and the
    last line says how to go on (exit status 130)."""
    run = copy_of(first_run, tmp_path)
    process = subprocess.Popen([sys.executable, EXAMPLE, *small_run(
                                    run, "--max-steps", "100000", "--resume", "--score-every",
                                    "3", "--score-samples", "20", "--device", "gpu")],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and process.poll() is None:   # a few steps past 4
        if len((run / "losses.csv").read_text().splitlines()) > 1 + 6:
            break
        time.sleep(0.2)
    process.send_signal(signal.SIGINT)
    stdout, stderr = process.communicate(timeout=300)
    assert process.returncode == 130, stderr
    assert "Resuming from the checkpoint at step 4" in stderr
    assert ("No gpu found, falling back to CPU" in stderr) == (machine_gpu() is None), stderr
    assert "Train step 6, Discriminator loss = " in stderr          # every --verbose-freq 2
    step = json.loads((run / "checkpoint.json").read_text())["step"]
    assert f"Stopped at step {step}: continue with --resume --out {run}" in stdout
    # its page (a run without the moving average): stopped, saying how to go on, no reload,
    # no EMA columns
    info, page = json.loads((run / "run.json").read_text()), (run / "index.html").read_text()
    assert info["status"] == "stopped" and info["step"] == step
    assert 'data-status="stopped"' in page and "continue it with --resume" in page
    assert 'http-equiv="refresh"' not in page and "EMA" not in page
    rows = (run / "losses.csv").read_text().splitlines()[1:]
    assert [int(r.split(",")[0]) for r in rows] == list(range(step)) and step > 6
    assert rows[:4] == (first_run / "losses.csv").read_text().splitlines()[1:]
    # --score-every on the resumed run: the FID every 3 steps from the checkpoint on, in
    # losses.csv and scores.jsonl, none past the step it stopped at
    scored = [s for s in range(4, step) if s % 3 == 0]
    assert [int(r.split(",")[0]) for r in rows if r.split(",")[4]] == scored
    lines = (run / "scores.jsonl").read_text().splitlines()
    assert [json.loads(line)["step"] for line in lines] == scored


def damage(run: Path, how: str) -> None:
    info_path = run / "checkpoint.json"
    info = json.loads(info_path.read_text())
    tensors = run / info["tensors"]
    if how == "not JSON":
        info_path.write_text("{not json")
        return
    if how == "truncated tensors":
        tensors.write_bytes(tensors.read_bytes()[: tensors.stat().st_size // 2])
    elif how == "tensors header cut":
        tensors.write_bytes(tensors.read_bytes()[:900])
    elif how == "no tensors entry":
        del info["tensors"]
    elif how == "unknown hparam":
        info["hparams"]["generator_width"] = 64
    elif how == "missing hparam":
        del info["hparams"]["latent_dim"]
    elif how == "other latent_dim":
        info["hparams"]["latent_dim"] = 50
    if how not in ("truncated tensors", "tensors header cut"):
        info_path.write_text(json.dumps(info))


CASES = {  # how the checkpoint is damaged: what the one line must say
    "truncated tensors": "is truncated or damaged",
    "tensors header cut": "is truncated or damaged",
    "no tensors entry": "lacks a valid tensors entry",
    "unknown hparam": "unknown generator_width",
    "missing hparam": "missing latent_dim",
    "other latent_dim": "has shape",
    "not JSON": "checkpoint.json is damaged",
}


@pytest.mark.parametrize("how", list(CASES))
def test_a_damaged_checkpoint_is_one_line_from_every_command(first_run, tmp_path, how):
    run = copy_of(first_run, tmp_path)
    damage(run, how)
    before = files(run)
    names = "checkpoint.json" if how in ("no tensors entry", "not JSON") or "hparam" in how \
        else ""
    commands = {
        "sample": ["sample", "--checkpoint", str(run), "--device", "cpu",
                   "--out", str(tmp_path / "s.png")],
        "interpolate": ["interpolate", "--checkpoint", str(run), "--device", "cpu",
                        "--frames", "3", "--out", str(tmp_path / "w.gif")],
        "score": ["score", "--checkpoint", str(run), "--device", "cpu", "--n", "20",
                  "--data-dir", str(mnist_dir())],
        "export": ["export", "--checkpoint", str(run), "--out", str(tmp_path / "gen")],
    }
    if how == "other latent_dim":        # the shapes are checked where tensors are loaded
        del commands["export"]
    for name, args in commands.items():
        line = error_line(tinygan(*args))
        assert CASES[how] in line and str(run) in line and names in line, (name, line)
    if how != "other latent_dim":        # --resume with other settings: its own line below
        line = error_line(example(run, "--max-steps", "6", "--resume"))
        assert CASES[how] in line and str(run) in line, line
    else:
        line = error_line(example(run, "--max-steps", "6", "--resume", "--latent-dim", "100"))
        assert "different latent_dim" in line, line
    assert files(run) == before, "a failed command changed the run's files"
    assert not (tmp_path / "s.png").exists() and not (tmp_path / "gen").exists()


def test_sample_with_a_seed_draws_new_noise_reproducibly(first_run, tmp_path):
    grids = {}
    for name, extra in (("fixed", []), ("seed1", ["--seed", "1"]), ("again", ["--seed", "1"]),
                        ("seed2", ["--seed", "2"])):
        done = tinygan("sample", "--checkpoint", str(first_run), "--device", "cpu",
                       "--out", str(tmp_path / f"{name}.png"), *extra)
        assert done.returncode == 0, done.stdout + done.stderr
        grids[name] = (tmp_path / f"{name}.png").read_bytes()
    assert grids["fixed"] == (first_run / "dcgan_steps_000004.png").read_bytes()
    assert grids["seed1"] == grids["again"]
    assert len({grids["fixed"], grids["seed1"], grids["seed2"]}) == 3


@pytest.mark.parametrize("kernels", ["plain"], indirect=True)  # the test session's, meanwhile
def test_sample_on_the_plain_path_draws_the_same_grid(first_run, tmp_path, caplog, kernels):
    """`--kernels plain`: the generator as tinygrad's own layers and kernels (clang's), said
    in the log line with the device; the grid the run saved with fast kernels, within a
    grey level (float32 rounding of other kernels)."""
    with caplog.at_level(logging.INFO, logger="tinygan"):
        done = tinygan("sample", "--checkpoint", str(first_run), "--device", "cpu",
                       "--kernels", "plain", "--out", str(tmp_path / "plain.png"))
    assert done.returncode == 0, done.stdout + done.stderr
    lines = [r.getMessage() for r in caplog.records if "kernels" in r.getMessage()]
    assert len(lines) == 1 and lines[0].startswith("Running on CPU (cpu") \
        and lines[0].endswith("kernels by CLANG), plain kernels"), lines
    plain = np.asarray(Image.open(tmp_path / "plain.png"), dtype=np.int16)
    fast = np.asarray(Image.open(first_run / "dcgan_steps_000004.png"), dtype=np.int16)
    assert plain.shape == fast.shape and np.abs(plain - fast).max() <= 1


def test_gif_of_a_folder_without_grids_is_one_line(tmp_path):
    done = tinygan("gif", str(tmp_path))
    assert error_line(done) == f"Error: no dcgan_steps_*.png files in {tmp_path}"
    assert not (tmp_path / "output.gif").exists()


def test_train_takes_every_float_option_from_the_command_line_on_any_backend(tmp_path):
    """`tinygan train` as a user types it, with every float option and the noise changed,
    on the last test backend (OpenCL where it is one: the loop on a backend other than the
    CPU): the run trains, and run.json and checkpoint.json record the values given."""
    backend = BACKENDS[-1]
    given = {"disc_lr": 0.0003, "gen_lr": 0.0001, "label_smoothing": 0.1, "label_flip": 0.05,
             "adam_beta1": 0.5, "ema_decay": 0.9}
    options = [part for name, value in given.items()
               for part in (f"--{name.replace('_', '-')}", str(value))]
    done = tinygan("train", "--batch-size", str(SMALL_BATCH), "--max-steps", "2",
                   "--verbose-freq", "1", "--device", backend.lower(), "--noise", "uniform",
                   "--data-dir", str(mnist_dir()), "--out", str(tmp_path / "run"), *options)
    assert done.returncode == 0, done.stdout + done.stderr
    info = json.loads((tmp_path / "run" / "run.json").read_text())
    saved = json.loads((tmp_path / "run" / "checkpoint.json").read_text())["hparams"]
    for record in (info["hparams"], saved):
        assert {name: record[name] for name in given} == given and record["noise"] == "uniform"
    assert info["machine"]["device"].startswith(backend) and info["step"] == 2
    rows = (tmp_path / "run" / "losses.csv").read_text().splitlines()[1:]
    assert len(rows) == 2 and all(np.isfinite(float(r.split(",")[2])) for r in rows)


def test_devices_lists_the_backends_and_what_gpu_picks():
    done = tinygan("devices")
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.strip().splitlines()
    # CI: 'device="gpu" uses: CPU' (PoCL's OpenCL is no GPU); a GPU machine: its GPU
    assert lines[-1] == f'device="gpu" uses: {machine_gpu() or "CPU"}'
    listed = [line.split()[0] for line in lines[:-1]]
    assert listed[-1] == "CPU" and ("CL" in listed) == ("CL" in BACKENDS)


def test_the_installed_tinygan_command_runs():
    """The console script that `pip install` makes (setup.cfg's entry point)."""
    command = shutil.which("tinygan")
    assert command, "no `tinygan` on PATH: pip install -e ."
    done = subprocess.run([command, "--help"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    for name in ("train", "sample", "export", "score", "interpolate", "kernels", "devices"):
        assert f"  {name}" in done.stdout


@pytest.fixture
def read_only_folder(tmp_path):
    """A folder nothing can be written to, for root too (root ignores permission bits, so a
    read-only tmpfs is mounted there)."""
    folder = tmp_path / "read-only"
    folder.mkdir()
    if os.geteuid() == 0:
        subprocess.run(["mount", "-t", "tmpfs", "-o", "ro,size=1m", "tmpfs", str(folder)],
                       check=True)
        yield folder
        subprocess.run(["umount", str(folder)], check=True)
    else:
        folder.chmod(0o555)
        yield folder
        folder.chmod(0o755)


def test_a_read_only_output_folder_is_one_line(read_only_folder):
    line = error_line(example(read_only_folder, "--max-steps", "2"))
    assert "cannot write to the output folder" in line and str(read_only_folder) in line
    assert "--out" in line


def test_fashion_mnist_loads_verified_and_trains(tmp_path):
    """Debian's dataset-fashion-mnist (which .ci/run installs) is found in its system folder,
    checked against the table's sums, and trained on for a few steps."""
    from tinygan.datasets import SYSTEM_DATA_DIR, load_labels
    folder = SYSTEM_DATA_DIR / "fashion-mnist"
    assert (folder / "train-images-idx3-ubyte.gz").is_file(), \
        "apt-get install dataset-fashion-mnist (.ci/run does)"
    labels = load_labels("fashion-mnist", "test", download=False)
    assert labels.shape == (10_000,) and (np.bincount(labels) == 1000).all()  # 1,000 a class
    done = tinygan("train", *SMALL, "--dataset", "fashion-mnist", "--max-steps", "2",
                   "--out", str(tmp_path / "run"))
    assert done.returncode == 0, done.stdout + done.stderr
    assert (tmp_path / "run" / "dcgan_steps_000002.png").is_file()
    assert len((tmp_path / "run" / "losses.csv").read_text().splitlines()) == 1 + 2

"""The long run: what `tinygan train` and `python examples/dcgan_mnist.py` add to the
tutorial's loop (`tinygan.tutorial.train`), each as a `TrainingCallback` (`tinygan.loop`):

- `LossLog`: `losses.csv`, one row per step (and its plot at the end), with the FID every
  `score_every` steps when asked (`FidScore`; the full scores, class histogram included,
  go to `scores.jsonl`, one line per scored step);
- `Checkpoints`: a checkpoint every `checkpoint_every` steps and at the end, and `Resume`
  (`--resume`) from the last one (bit-exact: the same batches, noise and dropout masks
  follow);
- `StopOnCtrlC`: the first Ctrl-C ends the run after the current step, with a checkpoint;
- `ProgressReport`: a progress bar on a terminal, a line every 30 s elsewhere, with the
  rate and the time left;
- `RunPage` (`tinygan.page`): `index.html`, the run as one page, refreshed as it goes.

`train(hparams, resume=...)` runs the tutorial with all of them.
"""
from __future__ import annotations

import csv
import json
import logging
import signal
import threading
import time
from dataclasses import fields
from pathlib import Path
from typing import Sequence

from tinygan.internals import tqdm

from tinygan.backend import rng_counter, set_rng_counter
from tinygan.charts import plot_losses
from tinygan.checkpoint import (CHECKPOINT_JSON, GENERATOR_ONLY, CheckpointError,
                                checkpoint_hparams, hparams_dict, load_checkpoint,
                                read_checkpoint_info, save_checkpoint, training_state)
from tinygan.files import atomic_path
from tinygan.images import sample_grid_paths
from tinygan.loop import TrainingCallback, TrainingError, TrainingRun, hms
from tinygan.page import PAGE, RUN_JSON, RunPage, write_page
from tinygan.quality import fid_scorer
from tinygan.conditional import train as train_conditional
from tinygan.tutorial import HyperParams
from tinygan.tutorial import train as train_tutorial

log = logging.getLogger("tinygan")


class FidScore:
    """The FID of the generator every `score_every` steps (`--score-every`), on the same
    noise each time; with the generator's moving average on (`ema_decay`), of the average
    too (under "ema").  The classifier and the real images are loaded in `prepare`, before
    the run is seeded (loading the classifier draws random weights)."""

    def __init__(self, every: int):
        self.every, self.score = every, None

    def prepare(self, run: TrainingRun) -> None:
        self.score = fid_scorer(run.hparams)

    def __call__(self, run: TrainingRun, step: int) -> dict | None:
        """`score_generator`'s scores after step `step` (0-based), or None if not scored."""
        if step % self.every:
            return None
        scores = self.score(run.gen)
        if run.ema is not None:
            scores["ema"] = self.score(run.ema.shadow)
        return scores


class LossLog(TrainingCallback):
    """`losses.csv`: one row per training step, appended (and flushed) as training runs;
    its plot, `losses.png`, when the run completes.  With `fid`, `scores.jsonl` too: the
    full scores (FID, class histogram, ...) of each scored step, one JSON object a line."""

    HEADER = ["step", "epoch", "discriminator_loss", "generator_loss", "fid"]

    def __init__(self, fid: FidScore | None = None):
        self.fid, self.file, self.writer, self.scores_file = fid, None, None, None

    def prepare(self, run: TrainingRun) -> None:
        if self.fid:
            self.fid.prepare(run)

    def start(self, run: TrainingRun) -> None:
        self.path = run.output_dir / "losses.csv"
        rows = []
        if run.step > 0 and self.path.exists():
            with open(self.path, newline="") as f:
                rows = [r for r in csv.reader(f)][1:]
            rows = [r for r in rows if int(r[0]) < run.step]   # drop steps to be redone
        with atomic_path(self.path) as tmp, open(tmp, "w", newline="") as f:
            csv.writer(f).writerows([self.HEADER, *rows])
        self.file = open(self.path, "a", newline="")
        self.writer = csv.writer(self.file)
        if self.fid:
            self.scores_file = self._start_scores(run)

    @staticmethod
    def _start_scores(run: TrainingRun):
        """`scores.jsonl`, keeping (on resume) only the lines of steps already done."""
        path = run.output_dir / "scores.jsonl"
        lines = []
        if run.step > 0 and path.exists():
            lines = [line for line in path.read_text().splitlines()
                     if line.strip() and json.loads(line)["step"] < run.step]
        with atomic_path(path) as tmp:
            tmp.write_text("".join(f"{line}\n" for line in lines))
        return open(path, "a")

    def step_done(self, run: TrainingRun, step: int, epoch: int, d_loss: float,
                  g_loss: float) -> None:
        scores = self.fid(run, step) if self.fid else None
        fid = None if scores is None else scores["fid"]
        self.writer.writerow([step, epoch, *self.loss_cells(run, d_loss, g_loss),
                              "" if fid is None else f"{fid:.4f}"])
        self.file.flush()
        if scores is not None:
            self.scores_file.write(json.dumps({"step": step, "epoch": epoch, **scores}) + "\n")
            self.scores_file.flush()
            ema = f", EMA {scores['ema']['fid']:.2f}" if "ema" in scores else ""
            log.info(f"Train step {step}, FID = {fid:.2f}{ema} "
                     f"({run.hparams.score_samples} samples)")

    def loss_cells(self, run: TrainingRun, d_loss: float | None,
                   g_loss: float | None) -> list[str]:
        """The row's losses, in HEADER's order (a subclass adds its model's `run.terms`)."""
        return [loss_cell(d_loss), loss_cell(g_loss)]

    def end(self, run: TrainingRun) -> None:
        if not run.stop:                    # every row is already flushed as it is written
            plot_losses(self.path, run.output_dir / "losses.png")

    def close(self, run: TrainingRun) -> None:
        for file in (self.file, self.scores_file):
            if file is not None:
                file.close()


def loss_cell(loss: float | None) -> str:
    """A loss as the CSV holds it; empty where it was not computed."""
    return "" if loss is None else f"{loss:.6f}"


def _state(run: TrainingRun) -> dict:
    """Every tensor of the run that a checkpoint holds, by name."""
    return training_state(run.gen, run.disc, run.opt_d, run.opt_g, run.fixed_noise, run.ema)


class Resume(TrainingCallback):
    """`--resume`: continue from the checkpoint in the run's output folder, exactly where it
    stopped (networks, optimisers, fixed noise, step, random stream; the data order follows
    from the seed and the epoch).  First among the callbacks, so the others see the step."""

    def start(self, run: TrainingRun) -> None:
        info = read_checkpoint_info(run.output_dir)
        if info.get(GENERATOR_ONLY):
            raise TrainingError(f"{run.output_dir} holds only a generator (`tinygan export`): "
                                f"it lacks the discriminator and both optimisers, so it cannot "
                                f"be resumed; resume from the run's own output folder")
        counter = info.get("rng_counter")
        if not (isinstance(counter, list) and all(isinstance(c, int) for c in counter)):
            raise CheckpointError(f"{run.output_dir / CHECKPOINT_JSON} is damaged: it lacks a "
                                  f"valid rng_counter entry; delete it to start afresh")
        # The settings are checked before any tensor is loaded.
        check_same_run(checkpoint_hparams(run.output_dir, info, type(run.hparams)),
                       run.hparams)
        load_checkpoint(run.output_dir, _state(run), info)
        run.step = info["step"]
        set_rng_counter(counter)
        # Grids from past the checkpoint (a crash between checkpoints, or the final grid of
        # a run now given more epochs) would mix into the GIF: the resumed run redraws those
        # an uninterrupted run has.
        for grid in sample_grid_paths(run.output_dir):
            if int(grid.stem.rsplit("_", 1)[1]) >= run.step:
                grid.unlink()
        log.info(f"Resuming from the checkpoint at step {run.step}")


class Checkpoints(TrainingCallback):
    """A checkpoint every `checkpoint_every` steps and when the run ends (completed or
    stopped).  After the losses CSV among the callbacks, so a checkpoint never gets ahead
    of the CSV's rows."""

    def start(self, run: TrainingRun) -> None:
        self.state = _state(run)

    def info(self, run: TrainingRun, at_step: int) -> dict:
        """checkpoint.json's entries beside the tensors' file name."""
        return {"step": at_step, "epoch": at_step // run.steps_per_epoch,
                "rng_counter": rng_counter(), "hparams": hparams_dict(run.hparams)}

    def save(self, run: TrainingRun, at_step: int) -> None:
        save_checkpoint(run.output_dir, self.state, self.info(run, at_step))

    def step_done(self, run: TrainingRun, step: int, epoch: int, d_loss: float,
                  g_loss: float) -> None:
        if (step + 1) % run.hparams.checkpoint_every == 0:
            self.save(run, step + 1)

    def end(self, run: TrainingRun) -> None:
        self.save(run, run.step)
        if run.stop:
            log.info(f"Stopped at step {run.step}; continue with --resume")


class StopOnCtrlC(TrainingCallback):
    """Turns the first Ctrl-C into a request to stop after the current step (so that the
    checkpoint saved then is consistent); a second Ctrl-C interrupts at once."""

    def __init__(self):
        self._previous, self._run = None, None

    def start(self, run: TrainingRun) -> None:
        self._run = run
        if threading.current_thread() is threading.main_thread():
            self._previous = signal.signal(signal.SIGINT, self._handle)

    def _handle(self, signum, frame):
        if self._run.stop:
            raise KeyboardInterrupt
        self._run.stop = True
        log.warning("Ctrl-C: stopping after this step and saving a checkpoint "
                    "(press again to abort without saving)")

    def close(self, run: TrainingRun) -> None:
        if self._previous is not None:
            signal.signal(signal.SIGINT, self._previous)
            self._previous = None


class ProgressReport(TrainingCallback):
    """A progress bar on a terminal; elsewhere (logs, CI) a line every `every_s` seconds,
    both with the rate and the time left."""

    def __init__(self, every_s: float = 30.0):
        self.every_s, self.bar = every_s, None

    def start(self, run: TrainingRun) -> None:
        self.first, self.total = run.step, run.total_steps
        self.t0 = self.last = time.perf_counter()
        self.bar = tqdm(total=self.total - self.first, desc="training", unit="step",
                        disable=None)

    def step_done(self, run: TrainingRun, step: int, epoch: int, d_loss: float,
                  g_loss: float) -> None:
        self.bar.update(1)
        now = time.perf_counter()
        if self.bar.disable and now - self.last >= self.every_s:
            self.last = now
            done = step + 1 - self.first
            rate = done / (now - self.t0)
            eta = (self.total - step - 1) / rate if rate else float("inf")
            log.info(f"progress: step {step + 1}/{self.total}, {rate:.2f} steps/s, "
                     f"ETA {hms(eta)}")

    def close(self, run: TrainingRun) -> None:
        if self.bar is not None:
            self.bar.update(close=True)


# What a resumed run may change in a record other than HyperParams (how long, how often,
# where, on what): every other field must be the checkpoint's.
RESUMABLE = ("epochs", "verbose_freq", "output_dim", "checkpoint_every", "max_steps",
             "device", "kernels", "tf32", "data_dir", "output_dir")


def check_same_run(saved, hparams) -> None:
    """Resuming with other model or data settings would silently train something else."""
    keys = ("batch_size", "latent_dim", "seed", "dataset", "model", "conditional", "noise",
            "label_smoothing", "label_flip", "adam_beta1", "ema_decay") \
        if isinstance(hparams, HyperParams) else \
        tuple(field.name for field in fields(hparams) if field.name not in RESUMABLE)
    changed = [k for k in keys if getattr(saved, k) != getattr(hparams, k)]
    if changed:
        raise TrainingError(f"the checkpoint was written with different {', '.join(changed)} "
                            f"({', '.join(f'{k}={getattr(saved, k)!r}' for k in changed)}): "
                            f"resume with the same settings or use another --out")


# tinygan's own files of a run, as globs: what a new run into the same folder would mix
# with or replace, and all that `overwrite` removes.
RUN_FILES = (CHECKPOINT_JSON, "checkpoint_*.safetensors", "losses.csv", "losses.png",
             "scores.jsonl", "dcgan_steps_*.png", "output.gif", RUN_JSON, PAGE)


def run_files(folder: str | Path) -> list[Path]:
    """The files of an earlier run in `folder` (none if it does not exist)."""
    folder = Path(folder)
    return sorted(path for pattern in RUN_FILES for path in folder.glob(pattern)
                  if path.is_file())


def claim_run_folder(folder: str | Path, resume: bool, overwrite: bool) -> None:
    """A new run never destroys another run's files: without `resume` or `overwrite`, a
    folder holding them stops the run before anything is written (one line, the ways on);
    with `overwrite`, tinygan's own files of the old run go, and nothing else."""
    if resume and overwrite:
        raise TrainingError("--resume continues the run in the folder and --overwrite "
                            "deletes it: choose one")
    found = [] if resume else run_files(folder)
    if found and not overwrite:
        names = ", ".join(path.name for path in found[:3]) + (", ..." if len(found) > 3 else "")
        raise TrainingError(f"{folder} holds another run's files ({len(found)}: {names}): "
                            f"continue it with --resume, start afresh there with --overwrite "
                            f"(removes those files only), or choose another --out")
    for path in found:
        path.unlink()


def train(hparams: HyperParams, *, resume: bool = False, overwrite: bool = False, images=None,
          labels=None, use_jit: bool = True,
          callbacks: Sequence[TrainingCallback] = ()) -> dict:
    """The tutorial's `train(hparams)` (`tinygan.tutorial.train`) as a long run: a losses
    CSV (with the FID every `score_every` steps), checkpoints every `checkpoint_every`
    steps and at the end, `resume=True` to continue from the last checkpoint, Ctrl-C stops
    cleanly with a checkpoint, a non-finite loss stops with `TrainingError` keeping the last
    good checkpoint, a progress report and the run's page (`index.html`).  A folder holding
    another run's files is refused unless `resume` or `overwrite` (`claim_run_folder`).
    Same arguments and summary as the tutorial's `train`; `images` (N×1×28×28 in [-1, 1])
    replaces the dataset (and `labels` its labels, for a conditional run); `callbacks` are
    called after tinygan's own.  With `hparams.conditional`, the conditional GAN's loop
    (`tinygan.conditional.train`) runs instead of the tutorial's."""
    claim_run_folder(hparams.output_dir, resume, overwrite)
    fid = FidScore(hparams.score_every) if hparams.score_every else None
    everything = [*([Resume()] if resume else []), LossLog(fid), ProgressReport(),
                  Checkpoints(), RunPage(), StopOnCtrlC(), *callbacks]
    if hparams.conditional:
        summary = train_conditional(hparams, images=images, labels=labels, use_jit=use_jit,
                                    callbacks=everything)
    else:
        summary = train_tutorial(hparams, images=images, use_jit=use_jit, callbacks=everything)
    if not summary["interrupted"]:
        write_page(hparams.output_dir)     # once more, with the final grid and the GIF
    return summary

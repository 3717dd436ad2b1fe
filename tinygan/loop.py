"""What `tinygan.tutorial.train` hands its loop to, so that the tutorial's two `for` loops stay
the tutorial's: the run's position (where a resumed run starts, when it ends) and the
callbacks that a long run adds from above (`tinygan.longrun`: the losses CSV, checkpoints,
`--resume`, Ctrl-C, progress, scoring).

    for epoch in run.epochs():              # from the epoch a resumed run is in
        for x in run.batches(epoch):        # from its batch; ends early at max_steps or Ctrl-C
            ...                             # the tutorial's step
            run.step_done(d_loss, g_loss)   # callbacks, then the next step

A `TrainingCallback` sees the run at fixed points; `start` may move `run.step` (resume),
any hook may set `run.stop` (the loop ends after the current step).
"""
from __future__ import annotations

import math
import tempfile
from pathlib import Path
from typing import Iterator, Sequence

import numpy as np


class TrainingError(Exception):
    """Training cannot start or cannot go on (one line, says what to do)."""


class TrainingCallback:
    """Extra behaviour for `train`, called at fixed points of the loop.  Every hook does
    nothing here; a callback overrides the ones it needs."""

    def prepare(self, run: "TrainingRun") -> None:
        """The device is chosen and the data loaded, the seed not yet set: load what you
        need here (anything that draws random numbers after seeding would shift the
        training's random stream)."""

    def start(self, run: "TrainingRun") -> None:
        """The networks, optimisers and fixed noise are built; the loop starts at
        `run.step` next."""

    def step_done(self, run: "TrainingRun", step: int, epoch: int, d_loss: float,
                  g_loss: float) -> None:
        """Step `step` (0-based) of epoch `epoch` (1-based) is done, its losses logged."""

    def end(self, run: "TrainingRun") -> None:
        """The loop is over (`run.stop` says whether it was cut short); called before the
        final grid and the GIF."""

    def close(self, run: "TrainingRun") -> None:
        """Always called last, also when training fails: release what `start` took."""


def hms(seconds: float | None) -> str:
    """A duration as H:MM:SS (a progress line's time left); "?" when unknown or infinite."""
    if seconds is None or not math.isfinite(seconds):
        return "?"
    seconds = int(seconds)
    return f"{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


def prepare_output(folder: str | Path) -> Path:
    """The output folder, created and checked to be writable, before any work is done."""
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".write-test-"):
            pass
    except OSError as e:
        raise TrainingError(f"cannot write to the output folder {folder} ({e.strerror or e}): "
                            f"choose another with --out") from e
    return folder


class TrainingRun:
    """What `train` is working on, as its callbacks see it: the settings, the output folder,
    the device and kernels, the data loader, the schedule (`steps_per_epoch`, `total_steps`), the
    networks, optimisers, fixed noise and generator EMA (`ema`, None when off) once built,
    the next step to run (`step`) and whether to stop after the current one (`stop`)."""

    def __init__(self, hparams, output_dir: Path, device: str, loader,
                 callbacks: Sequence[TrainingCallback] = (), kernels: str = "plain"):
        self.hparams, self.output_dir, self.device = hparams, output_dir, device
        self.kernels = kernels                  # "plain" or "fast" (tinygan.kernels)
        self.loader, self.callbacks = loader, list(callbacks)
        self.steps_per_epoch = len(loader)
        self.total_steps = hparams.epochs * self.steps_per_epoch
        if hparams.max_steps is not None:
            self.total_steps = min(self.total_steps, hparams.max_steps)
        self.gen = self.disc = self.opt_d = self.opt_g = self.fixed_noise = self.ema = None
        self.step, self.stop = 0, False
        self.d_loss = self.g_loss = float("nan")
        self.terms: dict[str, float] = {}
        self._each("prepare")

    def _each(self, hook: str, *args) -> None:
        for callback in self.callbacks:
            getattr(callback, hook)(self, *args)

    def start(self, gen, disc, opt_d, opt_g, fixed_noise, ema=None) -> None:
        """The networks, optimisers, fixed noise and (when on) the generator's moving average
        are built: the callbacks start (a resumed run loads its checkpoint into them and
        moves `step`)."""
        self.gen, self.disc, self.opt_d, self.opt_g = gen, disc, opt_d, opt_g
        self.fixed_noise, self.ema = fixed_noise, ema
        self._each("start")

    @property
    def finished(self) -> bool:
        return self.step >= self.total_steps or self.stop

    def epochs(self) -> Iterator[int]:
        """The epochs still to run, 1-based: from the one `step` is in to the last, ending
        early when the run is finished (max_steps, or a callback's `stop`)."""
        while not self.finished:
            yield self.step // self.steps_per_epoch + 1

    def batches(self, epoch: int) -> Iterator[np.ndarray]:
        """The real batches of `epoch` (host memory) from the one `step` is at; ends after
        the step that finishes the run."""
        first = self.step - (epoch - 1) * self.steps_per_epoch
        for batch in self.loader.epoch(epoch - 1, start=first):
            yield batch
            if self.finished:
                return

    def step_done(self, d_loss: float | None, g_loss: float | None, **terms: float) -> None:
        """Step `step` is done with these losses: stop if they are not finite (keeping the
        last good checkpoint), else tell the callbacks and move to the next step.  `terms`
        are a model's further losses by name, kept as `run.terms` for the callbacks
        (pix2pix's L1 term); a loss of None was not computed this step (pix2pix without
        its discriminator, or on a step that does not update it)."""
        losses = (d_loss, g_loss, *terms.values())
        if not all(loss is None or math.isfinite(loss) for loss in losses):
            raise TrainingError(
                f"training diverged at step {self.step}: discriminator loss {d_loss}, "
                f"generator loss {g_loss}"
                f"{''.join(f', {name} {loss}' for name, loss in terms.items())}; the last "
                f"good checkpoint in {self.output_dir} is kept (try a smaller learning rate)")
        self.d_loss, self.g_loss, self.terms = d_loss, g_loss, terms
        self._each("step_done", self.step, self.step // self.steps_per_epoch + 1,
                   d_loss, g_loss)
        self.step += 1

    def __enter__(self) -> "TrainingRun":
        return self

    def __exit__(self, kind, error, traceback) -> None:
        """The loop is over: `end` if it ended normally; `close`, always."""
        try:
            if kind is None:
                self._each("end")
        finally:
            self._each("close")

    def summary(self, gif: Path | None) -> dict:
        """What `train` returns: steps done, the last losses, where the files are, whether
        the run was interrupted, the device."""
        return {"steps": self.step, "discriminator_loss": self.d_loss,
                "generator_loss": self.g_loss, "output_dir": self.output_dir, "gif": gif,
                "interrupted": self.stop, "device": self.device,
                "kernels": self.kernels}

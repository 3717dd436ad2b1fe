"""Checkpoints: everything a run needs to continue exactly where it stopped.

Both networks (BatchNorm's running statistics included), both optimisers' moments, the
fixed noise of the sample grid, the step and epoch counters and the random-stream position
(data order follows from the seed and the epoch, see `tinygan.data.DataLoader`).

Two files per checkpoint, each written atomically: the tensors as safetensors
(tinygrad's `nn.state.safe_save`), then `checkpoint.json`, which names that file.  The
JSON is renamed into place last, so it always points at a complete tensor file; older
tensor files are removed only after that.

`export_generator` writes a much smaller checkpoint of the generator alone (`tinygan
export`), for sampling and latent walks; it cannot be resumed.
"""
from __future__ import annotations

import json
import os
from dataclasses import asdict
from pathlib import Path

from tinygrad import Device, Tensor
from tinygrad.nn.state import get_state_dict, safe_load, safe_save

from tinygan.files import atomic_path

CHECKPOINT_JSON = "checkpoint.json"
GENERATOR_ONLY = "generator_only"       # checkpoint.json's mark of an exported generator


class CheckpointError(Exception):
    """A checkpoint is missing or does not fit the model (one line, says what to do)."""


def _optimiser_state(opt) -> dict[str, Tensor]:
    state = {"b1_t": opt.b1_t, "b2_t": opt.b2_t}
    state.update({f"m.{i}": t for i, t in enumerate(opt.m)})
    state.update({f"v.{i}": t for i, t in enumerate(opt.v)})
    return state


def training_state(gen, disc, opt_d, opt_g, fixed_noise: Tensor) -> dict[str, Tensor]:
    """Every tensor a checkpoint holds, by name."""
    state = {"fixed_noise": fixed_noise}
    for prefix, part in (("gen", get_state_dict(gen)), ("disc", get_state_dict(disc)),
                         ("opt_d", _optimiser_state(opt_d)), ("opt_g", _optimiser_state(opt_g))):
        state.update({f"{prefix}.{name}": t for name, t in part.items()})
    return state


def save_checkpoint(folder: str | os.PathLike, tensors: dict[str, Tensor], info: dict) -> Path:
    """Write the tensors and `info` (step, epoch, rng, hparams...) atomically into `folder`."""
    folder = Path(folder)
    name = f"checkpoint_{info['step']:06d}.safetensors"
    with atomic_path(folder / name) as tmp:
        safe_save({k: t.contiguous() for k, t in tensors.items()}, str(tmp))
    with atomic_path(folder / CHECKPOINT_JSON) as tmp:
        tmp.write_text(json.dumps({**info, "tensors": name}, indent=2))
    for old in folder.glob("checkpoint_*.safetensors"):
        if old.name != name:
            old.unlink(missing_ok=True)
    return folder / CHECKPOINT_JSON


def read_checkpoint_info(folder: str | os.PathLike) -> dict:
    path = Path(folder) / CHECKPOINT_JSON
    if not path.exists():
        raise CheckpointError(f"no checkpoint in {folder}: run without --resume first, or "
                              f"point --out at the folder of an earlier run")
    try:
        info = json.loads(path.read_text())
    except json.JSONDecodeError as e:
        raise CheckpointError(f"{path} is damaged ({e}): delete it to start afresh") from e
    if not (Path(folder) / info["tensors"]).exists():
        raise CheckpointError(f"{path} names {info['tensors']}, which is missing: delete "
                              f"{path} to start afresh")
    return info


def load_checkpoint(folder: str | os.PathLike, tensors: dict[str, Tensor]) -> dict:
    """Assign a saved checkpoint into `tensors` (from `training_state`); returns its info."""
    info = read_checkpoint_info(folder)
    saved = safe_load(str(Path(folder) / info["tensors"]))
    missing = sorted(set(tensors) - set(saved))
    if missing:
        raise CheckpointError(f"checkpoint in {folder} lacks {', '.join(missing[:3])}: it was "
                              f"written for a different model")
    for name, target in tensors.items():
        if saved[name].shape != target.shape:
            raise CheckpointError(f"checkpoint tensor {name} has shape {saved[name].shape}, the "
                                  f"model needs {target.shape}: were the hyperparameters changed?")
        target.assign(saved[name].to(target.device).cast(target.dtype))
    Tensor.realize(*tensors.values())
    return info


def export_generator(folder: str | os.PathLike, out: str | os.PathLike) -> Path:
    """Write into `out` a checkpoint holding only the generator of the checkpoint in
    `folder` (its weights and BatchNorm running statistics), the fixed noise and the
    hyperparameters: all that `tinygan.sampling.load_generator` reads, a third of the run's
    checkpoint.  Written as every checkpoint is (atomically); marked `generator_only`, so
    that `--resume` can refuse it (it lacks the discriminator and both optimisers)."""
    folder, out = Path(folder), Path(out)
    info = read_checkpoint_info(folder)
    if out.resolve() == folder.resolve():
        raise CheckpointError(f"export into another folder than {folder}: the run's own "
                              f"checkpoint would be replaced")
    if (out / CHECKPOINT_JSON).exists() and not read_checkpoint_info(out).get(GENERATOR_ONLY):
        raise CheckpointError(f"{out} holds a run's checkpoint: export into another folder")
    saved = safe_load(str(folder / info["tensors"]))
    kept = {name: t.to(Device.DEFAULT) for name, t in saved.items()
            if name == "fixed_noise" or name.startswith("gen.")}
    if "fixed_noise" not in kept or len(kept) == 1:
        raise CheckpointError(f"the checkpoint in {folder} holds no generator")
    out.mkdir(parents=True, exist_ok=True)
    return save_checkpoint(out, kept, {"step": info["step"], "epoch": info.get("epoch"),
                                       "hparams": info["hparams"], GENERATOR_ONLY: True})


def hparams_dict(hparams) -> dict:
    return asdict(hparams)

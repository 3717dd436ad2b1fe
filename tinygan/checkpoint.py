"""Checkpoints: everything a run needs to continue exactly where it stopped.

Both networks (BatchNorm's running statistics included), both optimisers' moments, the
fixed noise of the sample grid, the step and epoch counters and the random-stream position
(data order follows from the seed and the epoch, see `tinygan.data.DataLoader`).

Two files per checkpoint, each written atomically: the tensors as safetensors
(`tinygan.files.write_safetensors`), then `checkpoint.json`, which names that file.  The
JSON is renamed into place last, so it always points at a complete tensor file; older
tensor files are removed only after that.

`export_generator` writes a much smaller checkpoint of the generator alone (`tinygan
export`), for sampling and latent walks; it cannot be resumed.
"""
from __future__ import annotations

import json
import os
from dataclasses import asdict, fields
from pathlib import Path

from tinygrad import Device, Tensor
from tinygrad.nn.state import get_state_dict, safe_load

from tinygan.files import atomic_path, write_safetensors
from tinygan.pix2pix import Pix2PixParams
from tinygan.tutorial import HyperParams

CHECKPOINT_JSON = "checkpoint.json"
KIND = "kind"                           # checkpoint.json's kind of run (none: a DCGAN's)
PIX2PIX = "pix2pix"
RUN_KINDS = {HyperParams: None, Pix2PixParams: PIX2PIX}     # each record's kind of run
GENERATOR_ONLY = "generator_only"       # checkpoint.json's mark of an exported generator
GENERATOR_WEIGHTS = "generator_weights"  # an export's record of which weights it holds
# HyperParams fields added after checkpoints were first written (some are committed under
# benchmarks/results/): a checkpoint without one was written with what is now its default.
ADDED_FIELDS = ("ema_decay", "kernels", "tf32", "conditional", "model")


class CheckpointError(Exception):
    """A checkpoint is missing or does not fit the model (one line, says what to do)."""


def _optimiser_state(opt) -> dict[str, Tensor]:
    state = {"b1_t": opt.b1_t, "b2_t": opt.b2_t}
    state.update({f"m.{i}": t for i, t in enumerate(opt.m)})
    state.update({f"v.{i}": t for i, t in enumerate(opt.v)})
    return state


def training_state(gen, disc, opt_d, opt_g, fixed_noise: Tensor | None,
                   ema=None) -> dict[str, Tensor]:
    """Every tensor a checkpoint holds, by name; the generator's moving average (a
    `tinygan.ema.ModelEMA`), when on, as `ema.*` (`ema.updates` its update count).  A run
    without fixed noise or without a discriminator (pix2pix's grid reads held-out inputs;
    its L1-only generator trains alone) has none of them saved."""
    state = {} if fixed_noise is None else {"fixed_noise": fixed_noise}
    parts = [("gen", get_state_dict(gen))]
    if disc is not None:
        parts += [("disc", get_state_dict(disc)), ("opt_d", _optimiser_state(opt_d))]
    parts.append(("opt_g", _optimiser_state(opt_g)))
    if ema is not None:
        parts.append(("ema", ema.state()))
    for prefix, part in parts:
        state.update({f"{prefix}.{name}": t for name, t in part.items()})
    return state


def save_checkpoint(folder: str | os.PathLike, tensors: dict[str, Tensor], info: dict) -> Path:
    """Write the tensors and `info` (step, epoch, rng, hparams...) atomically into `folder`."""
    folder = Path(folder)
    name = f"checkpoint_{info['step']:06d}.safetensors"
    with atomic_path(folder / name) as tmp:
        write_safetensors(tmp, tensors)
    with atomic_path(folder / CHECKPOINT_JSON) as tmp:
        tmp.write_text(json.dumps({**info, "tensors": name}, indent=2))
    for old in folder.glob("checkpoint_*.safetensors"):
        if old.name != name:
            old.unlink(missing_ok=True)
    return folder / CHECKPOINT_JSON


def read_checkpoint_info(folder: str | os.PathLike) -> dict:
    """`checkpoint.json` of `folder`, checked: it parses, holds the entries every checkpoint
    has, and the tensor file it names is there.  Anything else is one CheckpointError line
    that names the file and says what to do."""
    path = Path(folder) / CHECKPOINT_JSON
    if not path.exists():
        raise CheckpointError(f"no checkpoint in {folder}: run without --resume first, or "
                              f"point --out at the folder of an earlier run")
    try:
        info = json.loads(path.read_text())
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise CheckpointError(f"{path} is damaged ({e}): delete it to start afresh") from e
    except OSError as e:
        raise CheckpointError(f"cannot read {path} ({e.strerror or e}): check its "
                              f"permissions") from e
    kinds = {"tensors": str, "step": int, "hparams": dict}
    missing = [key for key, kind in kinds.items()
               if not isinstance(info, dict) or not isinstance(info.get(key), kind)]
    if missing:
        raise CheckpointError(f"{path} is damaged: it lacks a valid {', '.join(missing)} "
                              f"entry; delete it to start afresh")
    if not (Path(folder) / info["tensors"]).exists():
        raise CheckpointError(f"{path} names {info['tensors']}, which is missing: delete "
                              f"{path} to start afresh")
    return info


def checkpoint_hparams(folder: str | os.PathLike, info: dict | None = None,
                       record: type = HyperParams):
    """The settings a checkpoint was written with, as `record` (HyperParams, or pix2pix's
    Pix2PixParams); one CheckpointError line when it is another kind of run's, or its
    record holds keys this tinygan does not know, lacks some, or holds a bad value."""
    info = read_checkpoint_info(folder) if info is None else info
    path, saved = Path(folder) / CHECKPOINT_JSON, info["hparams"]
    check_kind(path, info, record)
    known = {field.name for field in fields(record)}
    unknown = sorted(set(saved) - known)
    missing = sorted(known - set(saved) - set(ADDED_FIELDS if record is HyperParams else ()))
    if unknown or missing:
        what = "; ".join(part for part in (
            f"unknown {', '.join(unknown)}" if unknown else "",
            f"missing {', '.join(missing)}" if missing else "") if part)
        raise CheckpointError(f"{path} holds other hyperparameters than this tinygan's "
                              f"({what}): it was written by another version or edited; "
                              f"train afresh into another --out")
    try:
        return record(**saved)
    except ValueError as e:
        raise CheckpointError(f"{path} holds a bad hyperparameter ({e}): it was edited or "
                              f"damaged; train afresh into another --out") from e


def check_kind(path: Path, info: dict, record: type) -> None:
    """One CheckpointError line unless `info` (checkpoint.json, at `path`) is a checkpoint of
    a run of `record`: a pix2pix run's says so (its `kind`), a DCGAN run's says nothing."""
    found, wanted = info.get(KIND), RUN_KINDS.get(record)
    if found == wanted:
        return
    if found == PIX2PIX:
        raise CheckpointError(f"{path} is a pix2pix run's checkpoint: continue it with "
                              f"`tinygan pix2pix --resume`, apply its generator with "
                              f"`tinygan translate`")
    if wanted == PIX2PIX:
        raise CheckpointError(f"{path} is not a pix2pix run's checkpoint: give the folder of "
                              f"a `tinygan pix2pix` run, or use another --out")
    raise CheckpointError(f"{path} is a checkpoint of an unknown kind of run ({found!r}): it "
                          f"was written by another version or edited")


def _read_tensors(folder: Path, info: dict) -> dict[str, Tensor]:
    """The tensors of a checkpoint's safetensors file, read whole now, so that a truncated or
    corrupt file is one line here rather than a failure in the middle of training."""
    path = folder / info["tensors"]
    try:
        # Copied off the disk now: a truncated file may still have its full header.
        saved = {name: t.to(Device.DEFAULT).realize()
                 for name, t in safe_load(str(path)).items()}
    except Exception as e:                  # safetensors' header is JSON; the data raw bytes
        raise CheckpointError(f"{path} is truncated or damaged ({type(e).__name__}: {e}): "
                              f"delete it and {folder / CHECKPOINT_JSON} to start afresh, or "
                              f"use a copy of the run") from None
    return saved


def load_checkpoint(folder: str | os.PathLike, tensors: dict[str, Tensor],
                    info: dict | None = None) -> dict:
    """Assign a saved checkpoint into `tensors` (from `training_state`); returns its info.
    Nothing is assigned unless every tensor is there, readable and of the right shape."""
    folder = Path(folder)
    info = read_checkpoint_info(folder) if info is None else info
    saved = _read_tensors(folder, info)
    path = folder / info["tensors"]
    missing = sorted(set(tensors) - set(saved))
    if missing:
        raise CheckpointError(f"{path} lacks {', '.join(missing[:3])}: it was written for "
                              f"a different model (or is an exported generator)")
    for name, target in tensors.items():
        if saved[name].shape != target.shape:
            raise CheckpointError(f"{path}: tensor {name} has shape {saved[name].shape}, the "
                                  f"model needs {target.shape}: it was written with other "
                                  f"hyperparameters (e.g. --latent-dim); use the run's own")
    for name, target in tensors.items():
        target.assign(saved[name].to(target.device).cast(target.dtype))
    Tensor.realize(*tensors.values())
    return info


def uses_ema(info: dict, hparams: HyperParams, raw: bool = False) -> bool:
    """Whether the generator to sample from a checkpoint is its moving average: in a run's
    checkpoint when the run kept one (`ema_decay` > 0) and `raw` is not asked for; in an
    export, when it was exported so (it holds one set of weights only)."""
    if info.get(GENERATOR_ONLY):
        return info.get(GENERATOR_WEIGHTS) == "ema"
    return bool(hparams.ema_decay) and not raw


def export_generator(folder: str | os.PathLike, out: str | os.PathLike,
                     raw: bool = False) -> Path:
    """Write into `out` a checkpoint holding only the generator of the checkpoint in
    `folder` (its weights and BatchNorm running statistics), the fixed noise and the
    hyperparameters: all that `tinygan.sampling.load_generator` reads, a third of the run's
    checkpoint.  A run that kept the generator's moving average (`ema_decay`) exports the
    average, unless `raw`: the export holds one set of weights, named in its
    `generator_weights` entry ("ema" or "raw").  Written as every checkpoint is
    (atomically); marked `generator_only`, so that `--resume` can refuse it (it lacks the
    discriminator and both optimisers).  A pix2pix run exports its U-Net, its settings and
    channels: what `tinygan translate` reads."""
    folder, out = Path(folder), Path(out)
    info = read_checkpoint_info(folder)
    if out.resolve() == folder.resolve():
        raise CheckpointError(f"export into another folder than {folder}: the run's own "
                              f"checkpoint would be replaced")
    if (out / CHECKPOINT_JSON).exists() and not read_checkpoint_info(out).get(GENERATOR_ONLY):
        raise CheckpointError(f"{out} holds a run's checkpoint: export into another folder")
    if info.get(GENERATOR_ONLY):
        raise CheckpointError(f"{folder} is already an exported generator: export from the "
                              f"run's own output folder")
    if info.get(KIND) == PIX2PIX:
        checkpoint_hparams(folder, info, Pix2PixParams)                    # checked
        kept = {name: t.to(Device.DEFAULT) for name, t in _read_tensors(folder, info).items()
                if name.startswith("gen.")}
        out.mkdir(parents=True, exist_ok=True)
        return save_checkpoint(out, kept, {
            "step": info["step"], "epoch": info.get("epoch"), "hparams": info["hparams"],
            KIND: PIX2PIX, "channels": info.get("channels"), GENERATOR_ONLY: True,
            GENERATOR_WEIGHTS: "raw"})
    hparams = checkpoint_hparams(folder, info)
    ema = uses_ema(info, hparams, raw)
    source = "ema." if ema else "gen."
    saved = _read_tensors(folder, info)
    kept = {name if not name.startswith(source) else "gen." + name[len(source):]:
            t.to(Device.DEFAULT) for name, t in saved.items()
            if (name == "fixed_noise" or name.startswith(source)) and name != "ema.updates"}
    if "fixed_noise" not in kept or len(kept) == 1:
        raise CheckpointError(f"the checkpoint in {folder} holds no "
                              f"{'moving average of the ' if ema else ''}generator")
    out.mkdir(parents=True, exist_ok=True)
    return save_checkpoint(out, kept, {"step": info["step"], "epoch": info.get("epoch"),
                                       "hparams": info["hparams"], GENERATOR_ONLY: True,
                                       GENERATOR_WEIGHTS: "ema" if ema else "raw"})


def hparams_dict(hparams) -> dict:
    return asdict(hparams)

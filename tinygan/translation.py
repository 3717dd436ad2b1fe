"""pix2pix as a long run, and its generator applied to new images: what `tinygan pix2pix`
and `tinygan translate` do with `tinygan.pix2pix`.

- `train(params, resume=...)`: pix2pix's loop (`tinygan.pix2pix.train`) with the long
  run's callbacks (`tinygan.longrun`): `losses.csv` with the discriminator's loss and the
  generator's GAN and L1 terms (and their plot), checkpoints and a bit-exact `--resume`,
  Ctrl-C, progress, the run's page; a folder holding another run's files is refused unless
  `resume` or `overwrite`, as `tinygan train` does.
- `translate(checkpoint, source, out)`: the run's generator, in test mode, on a picture or
  on every picture under a folder, each output a PNG of the same name in `out`.
"""
from __future__ import annotations

from pathlib import Path
from typing import Sequence

import numpy as np
from PIL import Image
from tinygrad import Tensor
from tinygrad.nn.state import get_state_dict

from tinygan.backend import use_device
from tinygan.checkpoint import (KIND, PIX2PIX, CheckpointError, checkpoint_hparams,
                                load_checkpoint, read_checkpoint_info)
from tinygan.datasets import DatasetError
from tinygan.folders import UNREADABLE, fit_image, image_files, warn_skipped
from tinygan.images import image_rows, save_png
from tinygan.internals import tqdm
from tinygan.longrun import (Checkpoints, LossLog, ProgressReport, Resume, StopOnCtrlC,
                             claim_run_folder, loss_cell)
from tinygan.loop import TrainingCallback, TrainingRun
from tinygan.page import RunPage, write_page
from tinygan.pairs import edge_map
from tinygan import pix2pix
from tinygan.pix2pix import Pix2PixParams, UNetGenerator

GRID = "input | output | target, on fixed held-out inputs,"     # what the page says of a grid
BATCH = 64                                                    # pictures translated at a time


class PairLossLog(LossLog):
    """`losses.csv` of a pix2pix run: the discriminator's loss, the generator's GAN term and
    its L1 term (mean |y - G(x)|, before λ), each empty where not computed (no
    discriminator, or a step that skips its update)."""

    HEADER = ["step", "epoch", "discriminator_loss", "generator_gan_loss", "generator_l1_loss",
              "fid"]

    def loss_cells(self, run: TrainingRun, d_loss, g_loss) -> list[str]:
        return [loss_cell(d_loss), loss_cell(g_loss),
                loss_cell(run.terms["generator_l1_loss"])]


class PairCheckpoints(Checkpoints):
    """The long run's checkpoints, marked as pix2pix's (`kind`), with the generator's input
    and output channels, which `translate` builds it with."""

    def info(self, run: TrainingRun, at_step: int) -> dict:
        return {**super().info(run, at_step), KIND: PIX2PIX,
                "channels": [run.gen.in_channels, run.gen.out_channels]}


def train(params: Pix2PixParams, *, resume: bool = False, overwrite: bool = False,
          pairs=None, test_pairs=None, use_jit: bool = True,
          callbacks: Sequence[TrainingCallback] = ()) -> dict:
    """pix2pix's `train` (`tinygan.pix2pix.train`, the same arguments and summary) as a long
    run: the losses CSV, checkpoints every `checkpoint_every` steps and at the end,
    `resume=True` to continue from the last one (bit for bit), Ctrl-C, progress and the
    run's page (`tinygan.longrun.train` does the same for the tutorial)."""
    claim_run_folder(params.output_dir, resume, overwrite)
    everything = [*([Resume()] if resume else []), PairLossLog(), ProgressReport(),
                  PairCheckpoints(), RunPage(grid=GRID), StopOnCtrlC(), *callbacks]
    summary = pix2pix.train(params, pairs=pairs, test_pairs=test_pairs, use_jit=use_jit,
                            callbacks=everything)
    if not summary["interrupted"]:
        write_page(params.output_dir)      # once more, with the final grid and the GIF
    return summary


# --- translate -------------------------------------------------------------------------------

def load_translator(folder: str | Path) -> tuple[UNetGenerator, Pix2PixParams]:
    """The generator of the pix2pix run whose checkpoint is in `folder`, and its settings."""
    info = read_checkpoint_info(folder)
    params = checkpoint_hparams(folder, info, Pix2PixParams)
    channels = info.get("channels")
    if not (isinstance(channels, list) and len(channels) == 2
            and all(isinstance(c, int) and c in (1, 3) for c in channels)):
        raise CheckpointError(f"{Path(folder) / 'checkpoint.json'} is damaged: it lacks a "
                              f"valid channels entry; train afresh into another --out")
    gen = UNetGenerator(*channels, params.image_size, params.ngf)
    load_checkpoint(folder, {f"gen.{k}": t for k, t in get_state_dict(gen).items()}, info)
    return gen, params


def _pictures(source: Path) -> tuple[list[Path], Path]:
    """The pictures to translate and the folder their names are relative to."""
    if source.is_file():
        return [source], source.parent
    if not source.exists():
        raise DatasetError(f"{source} does not exist: give --input a picture or a folder of "
                           f"them (PNG or JPEG)")
    return image_files(source), source


def translate(folder: str | Path, source: str | Path, out: str | Path, device: str = "gpu",
              edges: bool = False) -> list[Path]:
    """The generator of the pix2pix run in `folder`, in test mode, applied to the picture
    `source` or to every picture under the folder `source`: each is fitted to the model's
    input (`fit_image`: the centre square at its size, in its channels; with `edges`, a
    picture is first turned into its edge map by the run's rule, `tinygan.pairs.edge_map`),
    and its output written to `out` as a PNG of the same name.  Returns the files written;
    a picture that cannot be read is skipped in a folder (one warning) and one line alone."""
    source, out = Path(source), Path(out)
    use_device(device)
    gen, params = load_translator(folder)
    if edges and gen.in_channels != 1:
        raise ValueError("--edges draws one-channel edge maps, but this generator reads "
                         f"{gen.in_channels} channels: give it its own kind of input")
    files, root = _pictures(source)
    if out.resolve() == root.resolve():
        raise ValueError(f"write the outputs into another folder than {root}, which holds the "
                         f"inputs: choose another --out")
    out.mkdir(parents=True, exist_ok=True)
    shape = (gen.in_channels, params.image_size, params.image_size)
    written, skipped = [], []
    with tqdm(total=len(files), desc="translating", unit="picture", disable=None) as bar:
        for first in range(0, len(files), BATCH):
            batch, inputs = [], []
            for path in files[first:first + BATCH]:
                try:
                    with Image.open(path) as picture:
                        inputs.append(fit_image(picture, shape))
                    batch.append(path)
                except UNREADABLE:
                    skipped.append(path)
            bar.update(len(files[first:first + BATCH]))
            if not batch:
                continue
            x = np.stack(inputs)
            outputs = gen(Tensor(edge_map(x) if edges else x)).numpy()   # test mode
            for path, image in zip(batch, outputs):
                target = out / path.relative_to(root).with_suffix(".png")
                target.parent.mkdir(parents=True, exist_ok=True)
                written.append(save_png(image_rows(image[None], 1), target))
    if skipped and len(files) == 1:
        raise DatasetError(f"{files[0]} is not a readable image: give --input a PNG or JPEG")
    if skipped:
        warn_skipped(skipped, len(files))
    return written

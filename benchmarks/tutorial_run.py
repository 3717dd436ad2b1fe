"""The tutorial's full schedule on the PyTorch twin, scored every epoch (issue #14).

    python benchmarks/tutorial_run.py                      # 25 epochs x 469 steps, batch 128
    python benchmarks/tutorial_run.py --resume             # continue after an interruption

The PyTorch half of "the tutorial's result, for real": the same model, start, batches and
schedule as `python examples/dcgan_mnist.py --score-every 469` (`tinygan.bench.torch_run`
says what is shared and what is not), and the same metric: at the end of every epoch the
FID of `HyperParams.score_samples` (1,000) images against as many MNIST test images, on
the same noise and with the same classifier as tinygan's `--score-every` (`fid_scorer`),
with the class histogram; after the last epoch `score_generator`'s standard 10,000.

Writes into --out: `pytorch.json` (settings, one entry per epoch, the final scores),
rewritten after every epoch, and `torch_checkpoint.pt` (everything needed to resume,
written after every epoch; an interrupted epoch is redone).  Both are written atomically.
`benchmarks/tutorial_report.py` puts it beside tinygan's run.
"""
from __future__ import annotations

import datetime
import json
import logging
from pathlib import Path

import click

from tinygan.bench.torch_run import TorchTutorialRun
from tinygan.bench.torch_twin import import_torch
from tinygan.files import atomic_path
from tinygan.fast.processor import cpu_isa, cpu_model
from tinygan.quality import fid_scorer, score_generator
from tinygan.tutorial import HyperParams, load_MNIST_images

log = logging.getLogger("tinygan")
CHECKPOINT, RESULTS = "torch_checkpoint.pt", "pytorch.json"


def run_schedule(torch, hparams: HyperParams, out: Path, *, resume: bool = False,
                 subset: int | None = None, final_samples: int = 10_000) -> dict:
    """Train the twin for `hparams.epochs` epochs from the start or (`resume`) from the last
    epoch checkpointed in `out`, scoring after every epoch; returns what pytorch.json holds."""
    out.mkdir(parents=True, exist_ok=True)
    images = load_MNIST_images(hparams)[:subset]
    score = fid_scorer(hparams)               # before the twin: it seeds nothing, but be safe
    run = TorchTutorialRun(torch, hparams, images)
    results = {"created": datetime.datetime.now().isoformat(timespec="seconds"),
               "engine": "pytorch", "version": torch.__version__,
               "threads": torch.get_num_threads(), "processor": cpu_model(), "isa": cpu_isa(),
               "settings": {"epochs": hparams.epochs, "batch_size": hparams.batch_size,
                            "seed": hparams.seed, "images": len(images),
                            "steps_per_epoch": run.steps_per_epoch,
                            "score_samples": hparams.score_samples,
                            "final_samples": final_samples},
               "epochs": [], "final": None}
    if resume and (out / CHECKPOINT).exists():
        state = torch.load(out / CHECKPOINT, weights_only=False)
        # Any setting but the number of epochs (a finished run may be extended).
        ignore = lambda settings: {k: v for k, v in settings.items() if k != "epochs"}
        if ignore(state["hparams"]) != ignore(run.state_dict()["hparams"]):
            raise click.ClickException(f"{out / CHECKPOINT} was written with other settings: "
                                       f"resume with the same ones or use another --out")
        run.load_state_dict(state)
        results = {**json.loads((out / RESULTS).read_text()),
                   "settings": results["settings"]}
        log.info(f"Resuming the PyTorch run after step {run.step}")
    elif (out / CHECKPOINT).exists():
        raise click.ClickException(f"{out} already holds a PyTorch run: --resume it, or "
                                   f"choose another --out")

    for epoch in range(run.step // run.steps_per_epoch, hparams.epochs):
        summary = run.train_epoch(epoch)
        scores = score(run.generator)
        log.info(f"PyTorch epoch {epoch + 1}: FID = {scores['fid']:.2f} "
                 f"({hparams.score_samples} samples), {summary['seconds']:.0f} s")
        results["epochs"].append({"epoch": epoch + 1, **summary, **scores})
        results["final"] = None                   # scored again after the last epoch
        with atomic_path(out / CHECKPOINT) as tmp:
            torch.save(run.state_dict(), tmp)
        write_json(results, out / RESULTS)
    if results["final"] is None:
        log.info(f"Scoring the final generator on {final_samples:,} images")
        results["final"] = {"step": run.step, **score_generator(
            run.generator, n=final_samples, data_dir=hparams.data_dir)}
        write_json(results, out / RESULTS)
    return results


def write_json(results: dict, path: Path) -> None:
    with atomic_path(path) as tmp:
        tmp.write_text(json.dumps(results, indent=2) + "\n")


@click.command()
@click.option("--epochs", type=click.IntRange(min=1), default=HyperParams.epochs,
              show_default=True)
@click.option("--batch", type=click.IntRange(min=2), default=HyperParams.batch_size,
              show_default=True)
@click.option("--seed", type=click.IntRange(min=0), default=0, show_default=True,
              help="the same seed as tinygan's run: the same initial weights and batches")
@click.option("--score-samples", type=click.IntRange(min=2, max=10_000),
              default=HyperParams.score_samples, show_default=True,
              help="images per FID after each epoch (as tinygan's --score-samples)")
@click.option("--final-samples", type=click.IntRange(min=2, max=10_000), default=10_000,
              show_default=True, help="images for the final score")
@click.option("--subset", type=click.IntRange(min=1), default=None,
              help="train on the first N training images only (a quick check)")
@click.option("--data-dir", type=click.Path(file_okay=False), default=None)
@click.option("--torch-threads", type=click.IntRange(min=0), default=0, show_default=True,
              help="PyTorch's CPU threads; 0 keeps its default")
@click.option("--resume", is_flag=True, help="continue from the checkpoint in --out")
@click.option("--out", type=click.Path(file_okay=False),
              default="benchmarks/results/tutorial-25-epochs/pytorch", show_default=True)
def main(epochs, batch, seed, score_samples, final_samples, subset, data_dir, torch_threads,
         resume, out):
    """Train the PyTorch twin on the tutorial's schedule, scoring it after every epoch."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s",
                        datefmt="%H:%M:%S")
    torch = import_torch()
    if torch is None:
        raise click.ClickException("PyTorch is not installed: pip install 'tinygan[bench]'")
    if torch_threads:
        torch.set_num_threads(torch_threads)
    hparams = HyperParams(batch_size=batch, epochs=epochs, seed=seed, data_dir=data_dir,
                          score_samples=score_samples)
    results = run_schedule(torch, hparams, Path(out), resume=resume, subset=subset,
                           final_samples=final_samples)
    final = results["final"]
    click.echo(f"PyTorch, {final['step']} steps: FID {final['fid']:.2f} "
               f"({final['n_generated']:,} samples); {Path(out) / RESULTS}")


if __name__ == "__main__":
    main()

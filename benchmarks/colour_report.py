"""What a colour DCGAN trained on the coloured shapes (`--dataset shapes`, issue #52) draws:
of 1,000 samples (seed 0), the share that `tinygan.shapes.judge` reads as one of the set's
shapes in one of its colours, and how those spread over the shapes and colours (the set
draws each shape a third of the time and each colour a sixth).  The rule: the drawn square,
circle or triangle with the lit pixels' centre and area that overlaps them best, if by an
IoU of 0.9 or more, in the palette colour nearest their mean; it reads every one of the
set's own pictures at 32×32 and 64×64 and no blob (tests/test_colour_models.py).

    python benchmarks/colour_report.py --run output/faces32-shapes --out benchmarks/results/faces32-shapes

Writes report.json and report.md into --out.
"""
from __future__ import annotations

import collections
import json
from pathlib import Path

import click

from tinygan.backend import use_device
from tinygan.checkpoint import read_checkpoint_info
from tinygan.files import atomic_path
from tinygan.kernels import kernels_on
from tinygan.sampling import sample_images
from tinygan.shapes import COLOURS, MATCH, SHAPES, judge


def judge_run(run: Path, n: int) -> dict:
    images, _ = sample_images(run, n=n, seed=0)
    read = [judge(image) for image in images]
    found = [r for r in read if r is not None]
    shapes = collections.Counter(shape for shape, _ in found)
    colours = collections.Counter(colour for _, colour in found)
    info = read_checkpoint_info(run)
    return {"step": info["step"], "epoch": info.get("epoch"), "samples": n,
            "recognised": round(len(found) / n, 4),
            "shapes": {s: round(shapes[s] / max(len(found), 1), 4) for s in SHAPES},
            "colours": {c: round(colours[c] / max(len(found), 1), 4) for c in COLOURS}}


@click.command()
@click.option("--run", "run_dir", type=click.Path(exists=True, file_okay=False), required=True)
@click.option("--out", type=click.Path(file_okay=False), required=True)
@click.option("--n", type=int, default=1000, show_default=True)
@click.option("--device", default="gpu", show_default=True)
def main(run_dir, out, n, device):
    backend = use_device(device)
    with kernels_on(None, backend):
        report = judge_run(Path(run_dir), n)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    with atomic_path(out / "report.json") as tmp:
        tmp.write_text(json.dumps(report, indent=1) + "\n")
    lines = [f"# {Path(run_dir).name}: what the generator draws after {report['epoch']} "
             f"epochs ({report['step']:,} steps)", "",
             f"Of {n:,} samples (seed 0), {report['recognised']:.1%} read as one of the set's "
             f"shapes in one of its colours (`tinygan.shapes.judge`: the drawn square, circle "
             f"or triangle of the same centre and area overlapping the lit pixels best, by an "
             f"IoU of at least {MATCH}, and the nearest of the six colours; the set's own "
             f"pictures: all).", "",
             "| of those | " + " | ".join(SHAPES) + " | " + " | ".join(COLOURS) + " |",
             "|---" * (1 + len(SHAPES) + len(COLOURS)) + "|",
             "| share | " + " | ".join(f"{report['shapes'][s]:.0%}" for s in SHAPES) + " | "
             + " | ".join(f"{report['colours'][c]:.0%}" for c in COLOURS) + " |",
             "| the set | " + " | ".join("33%" for _ in SHAPES) + " | "
             + " | ".join("17%" for _ in COLOURS) + " |"]
    with atomic_path(out / "report.md") as tmp:
        tmp.write_text("\n".join(lines) + "\n")
    click.echo(f"Wrote {out}/report.md: {report['recognised']:.1%} recognised")


if __name__ == "__main__":
    main()

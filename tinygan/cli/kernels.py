"""`tinygan kernels` (and `python benchmarks/atlas.py`): the kernel atlas, every kernel of
the training step and of each benchmark row compiled for each target (tinygan.bench.atlas),
and the roofline bound on each accelerator (tinygan.bench.roofline)."""
from __future__ import annotations

import datetime
from pathlib import Path

import click

from tinygan.bench.atlas import DEFAULT_OUT, DEFAULT_TARGETS, build_atlas
from tinygan.bench.atlas_report import summary, write_atlas
from tinygan.bench.flops import ROW_IDS
from tinygan.bench.roofline import roofline
from tinygan.bench.targets import TargetError, parse_target
from tinygan.cli.bench import Progress, command_line, parse_layers


def parse_targets(text: str) -> list[str]:
    names = [name.strip() for name in text.split(",") if name.strip()]
    try:
        return list(dict.fromkeys(parse_target(name).name for name in names))
    except TargetError as error:
        raise click.BadParameter(str(error), param_hint="--targets") from error


@click.command("kernels")
@click.option("--targets", default=",".join(DEFAULT_TARGETS), show_default=True,
              metavar="LIST", help="Targets to compile for, comma-separated: cpu, cpu-llvm, "
              "opencl, cuda:<sm>, cuda-tf32:<sm>, ptx:<sm>, amd:<gfx>, metal:<AppleN>.")
@click.option("--batch", default=128, show_default=True, type=click.IntRange(min=2),
              help="Batch size (the tutorial's is 128).")
@click.option("--layers", "layers", default="all", show_default=True, metavar="LIST",
              help=f"Rows to compile: 'all' or some of {','.join(ROW_IDS)}.")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=DEFAULT_OUT,
              show_default=True, help="Folder for atlas.json, atlas.md, atlas.png and one "
              "folder of kernel sources per target.")
@click.option("--sources/--no-sources", default=True, show_default=True,
              help="Write every kernel's source, one file per kernel.")
@click.option("--ptxas/--no-ptxas", default=True, show_default=True,
              help="For CUDA, compile each kernel once more for ptxas's report (spills).")
@click.option("--seed", default=0, show_default=True, type=click.IntRange(min=0))
def kernels_command(targets, batch, layers, out, sources, ptxas, seed):
    """Compile the training step and each layer for each target (no GPU needed: tinygrad's
    NULL device); write the kernels, their costs and the roofline bound."""
    chosen = parse_targets(targets)
    progress = Progress()
    atlas = build_atlas(chosen, parse_layers(layers), batch=batch,
                        out=out if sources else None, ptxas=ptxas, seed=seed,
                        command=command_line(click.get_current_context(),
                                             "python benchmarks/atlas.py"),
                        now=datetime.datetime.now().astimezone(), progress=progress)
    progress.done()
    bound = roofline(atlas)
    written = write_atlas(atlas, bound, out / "atlas.json")
    click.echo(summary(atlas, bound))
    click.echo("wrote " + ", ".join(str(path) for path in written)
               + (f" and the sources in {out}/<target>/" if sources else ""))
    failed = [t["target"] for t in atlas["targets"] if t["available"] and not t["rows"]]
    if failed:
        raise click.ClickException(f"failed to compile for {', '.join(failed)} "
                                   f"(the error is in {written[0]})")

"""`tinygan kernels` (and `python benchmarks/atlas.py`): the kernel atlas, every kernel of
the training step and of each benchmark row compiled for each target (tinygan.bench.atlas),
and the roofline bound on each accelerator (tinygan.bench.roofline)."""
from __future__ import annotations

import datetime
import json
import subprocess
from pathlib import Path

import click

from tinygan.bench.atlas import (DEFAULT_OUT, DEFAULT_SOURCES, DEFAULT_TARGETS, SCHEMA,
                                 build_atlas, unpacked)
from tinygan.bench.atlas_diff import diff_report
from tinygan.bench.atlas_report import measured_beside_bound, summary, write_atlas
from tinygan.bench.flops import ROW_IDS
from tinygan.bench.roofline import roofline
from tinygan.bench.targets import TargetError, parse_target
from tinygan.cli.bench import Progress, command_line, parse_layers
from tinygan.cli.common import KERNELS_OPTION
from tinygan.files import atomic_path


def parse_targets(text: str) -> list[str]:
    names = [name.strip() for name in text.split(",") if name.strip()]
    try:
        return list(dict.fromkeys(parse_target(name).name for name in names))
    except TargetError as error:
        raise click.BadParameter(str(error), param_hint="--targets") from error


def load_atlas(spec: str) -> dict:
    """An atlas's JSON from a file, or from `REV:path` at a git commit (`git show`)."""
    path = Path(spec)
    try:
        if path.is_file():
            text = path.read_text(encoding="utf-8")
        elif ":" in spec:
            text = subprocess.run(["git", "show", spec], capture_output=True, text=True,
                                  check=True).stdout
        else:
            raise click.BadParameter(f"{spec}: no such file (or give REV:path for a file "
                                     f"at a git commit)", param_hint="--diff")
    except (OSError, subprocess.CalledProcessError) as error:
        reason = getattr(error, "stderr", "") or str(error)
        raise click.BadParameter(f"{spec}: cannot read it ({reason.strip()})",
                                 param_hint="--diff") from error
    try:
        atlas = json.loads(text)
        if not str(atlas["schema"]).startswith("tinygan-atlas/") or "targets" not in atlas:
            raise ValueError
    except (ValueError, KeyError, TypeError) as error:
        raise click.BadParameter(f"{spec}: not a tinygan kernel atlas (the atlas.json that "
                                 f"`tinygan kernels` writes)", param_hint="--diff") from error
    if atlas["schema"] != SCHEMA:
        raise click.BadParameter(f"{spec}: an atlas of format {atlas['schema']}, this tinygan "
                                 f"reads {SCHEMA}: regenerate it with `tinygan kernels`",
                                 param_hint="--diff")
    return unpacked(atlas)


def read_bench(path: Path) -> dict:
    """A `tinygan bench` result (its JSON), checked before anything is compiled."""
    try:
        bench = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(bench.get("rows"), list) or "settings" not in bench:
            raise ValueError
        return bench
    except (OSError, ValueError, AttributeError) as error:
        raise click.BadParameter(f"{path}: not a `tinygan bench` result (its .json)",
                                 param_hint="--measured") from error


@click.command("kernels")
@click.option("--targets", default=",".join(DEFAULT_TARGETS), show_default=True,
              metavar="LIST", help="Targets to compile for, comma-separated: cpu, cpu-llvm, "
              "opencl, cuda:<sm>, cuda-tf32:<sm>, ptx:<sm>, amd:<gfx>, metal:<AppleN>, wgsl "
              "(WebGPU: the generator's forward rows).")
@click.option("--batch", default=128, show_default=True, type=click.IntRange(min=2),
              help="Batch size (the tutorial's is 128).")
@click.option("--layers", "layers", default="all", show_default=True, metavar="LIST",
              help=f"Rows to compile: 'all' or some of {','.join(ROW_IDS)} (faces32, "
                   "lecture64, pix2pix: those training steps at their batch scaled by "
                   "--batch/128).")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=DEFAULT_OUT,
              show_default=True, help="Folder for atlas.json (the summary: every kernel's "
              "options, FLOPs, bytes, registers), atlas.md and atlas.png.")
@click.option("--sources", type=click.Path(file_okay=False, path_type=Path), default=None,
              metavar="DIR", help=f"Also write every kernel's source, one file per launch, "
              f"into DIR/<target>/ (e.g. {DEFAULT_SOURCES}/, which git ignores).")
@click.option("--ptxas/--no-ptxas", default=True, show_default=True,
              help="For CUDA, compile each kernel once more for ptxas's report (spills).")
@click.option("--seed", default=0, show_default=True, type=click.IntRange(min=0))
@click.option("--measured", type=click.Path(dir_okay=False, path_type=Path), default=None,
              metavar="BENCH_JSON", help="A `tinygan bench` result of this machine's GPU: "
              "also write measured.md, its times beside this atlas's roofline bound.")
@click.option("--diff", "diff", nargs=2, default=None, metavar="OLD NEW",
              help="Compile nothing: compare two atlases (files, or REV:path at a git commit, "
              "e.g. HEAD~1:benchmarks/results/atlas/atlas.json) target by target.")
@KERNELS_OPTION
def kernels_command(targets, batch, layers, out, sources, ptxas, seed, measured, diff, kernels):
    """Compile the training step and each layer for each target (no GPU needed: tinygrad's
    NULL device); write the kernels' summary and the roofline bound, or compare two."""
    if diff:
        old, new = (load_atlas(spec) for spec in diff)
        click.echo(diff_report(old, new, *diff))
        return
    chosen = parse_targets(targets)
    bench = read_bench(measured) if measured else None
    progress = Progress()
    atlas = build_atlas(chosen, parse_layers(layers), batch=batch, sources=sources,
                        ptxas=ptxas, seed=seed,
                        command=command_line(click.get_current_context(),
                                             "python benchmarks/atlas.py"),
                        now=datetime.datetime.now().astimezone(), progress=progress,
                        kernels=kernels)
    progress.done()
    bound = roofline(atlas)
    written = write_atlas(atlas, bound, out / "atlas.json")
    click.echo(summary(atlas, bound))
    click.echo("wrote " + ", ".join(str(path) for path in written)
               + (f" and the sources in {sources}/<target>/" if sources else ""))
    if bench is not None:
        with atomic_path(out / "measured.md") as tmp:
            tmp.write_text(measured_beside_bound(bench, atlas), encoding="utf-8")
        click.echo(f"wrote {out / 'measured.md'}: {measured}'s times beside the bound")
    failed = [t["target"] for t in atlas["targets"] if t["available"] and not t["rows"]]
    if failed:
        raise click.ClickException(f"failed to compile for {', '.join(failed)} "
                                   f"(the error is in {written[0]})")

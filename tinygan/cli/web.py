"""`tinygan export-web`: the generator as a web page that runs tinygrad's WGSL kernels in the
browser's WebGPU (tinygan.web)."""
from __future__ import annotations

from pathlib import Path

import click

from tinygan.cli.common import KERNELS_OPTION, RAW_OPTION, run_command, setup_logging


@click.command("export-web")
@click.option("--checkpoint", "folder", type=click.Path(file_okay=False), default="output",
              show_default=True, help="a run's output folder, or an exported generator "
              "(holds checkpoint.json)")
@click.option("--out", type=click.Path(file_okay=False), required=True,
              help="folder for the page: index.html, its script, model.json and the weights "
              "(a new or empty folder, or a page written before)")
@click.option("--single-file", is_flag=True,
              help="one index.html holding the script, the kernels and the weights (base64), "
              "which opens from disk (file://)")
@RAW_OPTION
@KERNELS_OPTION
def export_web_command(folder: str, out: str, single_file: bool, raw: bool, kernels):
    """Write a web page that draws the generator's digits in the browser, with tinygrad's
    own kernels for it rendered as WGSL and run by WebGPU (lowered here on tinygrad's NULL
    device: no GPU needed).  The page needs a browser with WebGPU (Chrome/Edge, Safari 18+,
    Firefox 141+) and loads nothing from the internet."""
    setup_logging()
    from tinygan.web import export_site
    site = run_command(export_site, folder, out, single_file=single_file, raw=raw,
                       kernels=kernels)
    launches = ", ".join(f"{n} launches at batch {batch}" for batch, n in site.launches.items())
    click.echo(f"Wrote {site.page} ({site.bytes / 1e6:.1f} MB in {len(site.files)} "
               f"file{'s' if len(site.files) > 1 else ''}, in {site.seconds} s): "
               f"{site.kernels} distinct WGSL kernels ({site.kernel_names} names), {launches}")
    if single_file:
        click.echo(f"Open it: {Path(site.page).resolve().as_uri()}")
    else:
        click.echo(f"Serve the folder and open it (a page opened from disk cannot read its "
                   f"weights): python -m http.server --directory {out}, then "
                   f"http://localhost:8000/")

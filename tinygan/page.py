"""A run as one page: `index.html` in its folder, beside the files it shows.

    RUN_DIR/index.html   the latest sample grid, the GIF so far, the losses plot, the FID
                         and KID curves (inline SVG) with every scored step in a table, the
                         class histogram, the hyperparameters, the machine and code
                         generator, progress and time left
    RUN_DIR/run.json     what the page knows of the run beyond its files: status, progress,
                         rate, machine (written by the run)

`RunPage`, a `TrainingCallback`, writes both when the run starts, at every sample grid and
scored step (and at least once a minute), and when it ends.  While the run goes, the page
reloads itself every `RELOAD_S` seconds (a `<meta http-equiv="refresh">`, no script); the
final page does not.  `write_page(folder)` (`tinygan report`) writes the page of any run
folder, an old one without `run.json` too.  The page is static HTML with relative links:
it opens from `file://`, loads nothing from the internet, and is written atomically.
"""
from __future__ import annotations

import csv
import datetime
import html
import json
import math
import platform
import time
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from urllib.parse import quote

from tinygan.backend import device_description
from tinygan.charts import plot_losses
from tinygan.checkpoint import CHECKPOINT_JSON, hparams_dict
from tinygan.files import atomic_path
from tinygan.images import make_gif, sample_grid_paths
from tinygan.loop import TrainingCallback, TrainingRun, hms
from tinygan.models import not_scored
from tinygan.fast.processor import cpu_isa, cpu_model
from tinygan.internals import ALLOW_TF32

PAGE, RUN_JSON = "index.html", "run.json"
RELOAD_S = 30


# --- what a run folder holds -------------------------------------------------------------

def _read_json(path: Path) -> dict:
    try:
        value = json.loads(path.read_text())
    except (OSError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


def _read_losses(path: Path) -> list[dict]:
    if not path.exists():
        return []
    with open(path, newline="") as f:
        return [row for row in csv.DictReader(f) if row.get("step")]


def _read_scores(path: Path) -> list[dict]:
    if not path.exists():
        return []
    lines = (line for line in path.read_text().splitlines() if line.strip())
    return [json.loads(line) for line in lines]


def read_run(folder: str | Path) -> dict:
    """What the page shows of the run in `folder`: `run.json` (or, for a run that did not
    write one, what its checkpoint and files tell), the losses' rows, the scored steps,
    the sample grids and which plots exist."""
    folder = Path(folder)
    info = _read_json(folder / RUN_JSON)
    losses = _read_losses(folder / "losses.csv")
    grids = sample_grid_paths(folder)
    if not (info or losses or grids):
        raise ValueError(f"{folder} holds no run (no {RUN_JSON}, losses.csv or sample grids): "
                         f"pass the output folder of a training run")
    if "hparams" not in info:
        info["hparams"] = _read_json(folder / CHECKPOINT_JSON).get("hparams", {})
    if "status" not in info:           # a run from before run.json: finished if it has a GIF
        info["status"] = "finished" if (folder / "output.gif").exists() else "unknown"
        info["step"] = int(losses[-1]["step"]) + 1 if losses else None
    return {"folder": folder, "info": info, "losses": losses,
            "scores": _read_scores(folder / "scores.jsonl"), "grids": grids,
            "gif": (folder / "output.gif").exists(), "losses_png": (folder / "losses.png").exists()}


# --- the page ------------------------------------------------------------------------------

_STYLE = """
body { font: 15px/1.45 system-ui, sans-serif; margin: 1.5em auto; max-width: 1100px;
       padding: 0 1em; color: #222; }
h1 { font-size: 1.5em; margin-bottom: .2em; } h2 { font-size: 1.15em; margin-top: 1.6em; }
.status { font-size: 1.05em; } progress { width: 100%; height: 1em; }
.row { display: flex; flex-wrap: wrap; gap: 1.5em; align-items: flex-start; }
figure { margin: 0; } figcaption { color: #555; font-size: .9em; }
img.grid { width: 280px; image-rendering: pixelated; border: 1px solid #ccc; }
img.plot { max-width: 100%; }
table { border-collapse: collapse; font-variant-numeric: tabular-nums; }
td, th { border-bottom: 1px solid #ddd; padding: 2px 10px; text-align: right; }
th { background: #f4f4f4; } td.key, th.key { text-align: left; }
.scroll { max-height: 360px; overflow-y: auto; display: inline-block; }
.bar { background: #4a78c8; height: 14px; display: inline-block; vertical-align: middle; }
.flag { color: #b22; } svg text { font-size: 12px; fill: #333; }
"""

_COLOURS = ("#c83232", "#3250c8", "#e08a1e", "#2a9a4a")


def _src(folder: Path, name: str) -> str:
    """A relative link to a file of the run, with its modification time as a query so that
    a reloaded page shows the new image rather than the browser's cached one."""
    stamp = int((folder / name).stat().st_mtime)
    return f"{quote(name)}?v={stamp}"


def _number(value, digits: int) -> str:
    return "—" if value is None else f"{value:,.{digits}f}"


def svg_chart(series: dict[str, tuple[list, list]], y_label: str, log_y: bool = False,
              size: tuple[int, int] = (520, 260)) -> str:
    """A line chart as inline SVG: `series` maps a name to (xs, ys); the y axis logarithmic
    with `log_y`.  Points that cannot be drawn (missing, or <= 0 on a log axis) are left out."""
    width, height = size
    left, right, top, bottom = 70, 12, 24, 34
    drawn = {name: [(x, y) for x, y in zip(xs, ys)
                    if y is not None and math.isfinite(y) and (y > 0 or not log_y)]
             for name, (xs, ys) in series.items()}
    drawn = {name: points for name, points in drawn.items() if points}
    if not drawn:
        return ""
    scale = math.log10 if log_y else (lambda v: v)
    xs = [x for points in drawn.values() for x, _ in points]
    ys = [scale(y) for points in drawn.values() for _, y in points]
    x_low, x_span = min(xs), max(max(xs) - min(xs), 1)
    y_low, y_high = min(ys), max(ys)
    y_high = y_high if y_high > y_low else y_low + 1

    def at(x, y):
        return (left + (x - x_low) / x_span * (width - left - right),
                top + (y_high - scale(y)) / (y_high - y_low) * (height - top - bottom))

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
             f'role="img" aria-label="{html.escape(y_label)}">',
             f'<rect x="{left}" y="{top}" width="{width - left - right}" '
             f'height="{height - top - bottom}" fill="none" stroke="#999"/>']
    ticks = [10 ** t if log_y else t for t in (y_low, (y_low + y_high) / 2, y_high)]
    spread = max(ticks[2] - ticks[0], 1e-9)                  # enough digits to tell them apart
    digits = max(0, min(4, 2 - math.floor(math.log10(spread))))
    for value in ticks:
        y = at(x_low, value)[1]
        label = f"{value:,.{digits}f}"
        parts.append(f'<text x="{left - 4}" y="{y + 4:.1f}" text-anchor="end">{label}</text>')
    for x, anchor in ((x_low, "start"), (x_low + x_span, "end")):
        parts.append(f'<text x="{at(x, 10 ** y_low if log_y else y_low)[0]:.1f}" '
                     f'y="{height - bottom + 16}" text-anchor="{anchor}">{x:,.0f}</text>')
    parts.append(f'<text x="{left}" y="{top - 8}">{html.escape(y_label)}'
                 f'{" (log scale)" if log_y else ""}, by step</text>')
    for i, (name, points) in enumerate(drawn.items()):
        colour = _COLOURS[i % len(_COLOURS)]
        path = " ".join(f"{px:.1f},{py:.1f}" for px, py in (at(x, y) for x, y in points))
        parts.append(f'<polyline fill="none" stroke="{colour}" stroke-width="2" '
                     f'points="{path}"><title>{html.escape(name)}</title></polyline>')
        parts.append(f'<text x="{width - right - 4}" y="{top + 16 + 15 * i}" '
                     f'text-anchor="end" fill="{colour}" style="fill:{colour}">'
                     f'{html.escape(name)}</text>')
    return "".join(parts) + "</svg>"


def _status(info: dict) -> str:
    status, step, total = info.get("status", "unknown"), info.get("step"), info.get("total_steps")
    done = f"step {step:,}" + (f" of {total:,}" if total else "") if step is not None else ""
    text = {"running": f"Running: {done}", "finished": f"Finished: {step or 0:,} steps",
            "stopped": f"Stopped at {done}: continue it with --resume",
            "interrupted": f"Interrupted at {done} (an error or a second Ctrl-C); the last "
                           f"checkpoint continues it with --resume",
            "unknown": f"Not running (this run wrote no {RUN_JSON}){': ' + done if done else ''}"
            }.get(status, html.escape(str(status)))
    if status == "running" and info.get("rate_steps_per_s"):
        text += (f", {info['rate_steps_per_s']:.2f} steps/s, about "
                 f"{hms(info.get('eta_s'))} left")
    bar = (f'<progress id="progress" value="{step}" max="{total}"></progress>'
           if step is not None and total else "")
    updated = f' <span class="updated">(updated {html.escape(info["updated"])})</span>' \
        if info.get("updated") else ""
    return (f'<p class="status" id="status" data-status="{html.escape(status)}">{text}'
            f'{updated}</p>{bar}')


def _samples(run: dict) -> str:
    folder, grids = run["folder"], run["grids"]
    conditional = run["info"].get("hparams", {}).get("conditional")
    layout = "; a column per digit, 0 to 9" if conditional else ""
    shows = run["info"].get("grid", "the fixed noise")      # what a run's grid shows
    figures = []
    if grids:
        latest = grids[-1]
        step = int(latest.stem.rsplit("_", 1)[1])
        figures.append(f'<figure><img class="grid" id="latest-grid" '
                       f'src="{_src(folder, latest.name)}" '
                       f'alt="sample grid at step {step}"><figcaption>{html.escape(shows)} at '
                       f'step {step:,} ({len(grids)} grids so far){layout}</figcaption></figure>')
    if run["gif"]:
        figures.append(f'<figure><img class="grid" id="gif" src="{_src(folder, "output.gif")}" '
                       f'alt="every grid, as a GIF"><figcaption>output.gif: every grid so far'
                       f'</figcaption></figure>')
    return f'<h2>Samples</h2><div class="row">{"".join(figures) or "<p>no grid yet</p>"}</div>'


# The losses CSV's columns as the page names them, with their element ids (the tutorial's
# two, then pix2pix's terms; another `*_loss` column is named after itself).
_LOSS_NAMES = {"discriminator_loss": ("discriminator", "last-d-loss"),
               "generator_loss": ("generator", "last-g-loss"),
               "generator_gan_loss": ("generator's GAN term", "last-g-gan-loss"),
               "generator_l1_loss": ("generator's L1 term", "last-g-l1-loss")}


def _losses(run: dict) -> str:
    rows = run["losses"]
    if not rows:
        return ""
    last = rows[-1]
    image = (f'<img class="plot" id="losses-plot" src="{_src(run["folder"], "losses.png")}" '
             f'alt="losses by step">' if run["losses_png"] else "")
    values = []
    for column in (column for column in last if column.endswith("_loss")):
        name, element = _LOSS_NAMES.get(column, (column[:-5].replace("_", " "),
                                                 f"last-{column.replace('_', '-')}"))
        value = f"{float(last[column]):.4f}" if last[column] else "—"    # "": not computed
        values.append(f'{name} <span id="{element}">{value}</span>')
    return (f'<h2>Losses</h2>{image}<p id="last-losses">step <span id="last-step">'
            f'{int(last["step"]):,}</span>: {", ".join(values)} ({len(rows):,} steps in '
            f'losses.csv)</p>')


_SCORE_COLUMNS = (("fid", "FID", 2), ("kid", "KID", 3), ("inception_score", "IS", 2),
                  ("precision", "precision", 3), ("recall", "recall", 3),
                  ("digit_accuracy", "read as asked", 3))       # conditional runs only


def _scores(run: dict) -> str:
    scores, model = run["scores"], run["info"].get("hparams", {}).get("model", "tutorial")
    if model != "tutorial":
        return f'<h2>Scores</h2><p id="no-scores">{html.escape(not_scored(model))}.</p>'
    if not scores:
        return ""
    ema = any("ema" in s for s in scores)
    steps = [s["step"] for s in scores]
    charts = []
    for key, name, log_y in (("fid", "FID", True), ("kid", "KID", False)):
        if not any(key in s for s in scores):
            continue
        series = {"generator": (steps, [s.get(key) for s in scores])}
        if ema:
            series["moving average"] = (steps, [s.get("ema", {}).get(key) for s in scores])
        charts.append(svg_chart(series, name, log_y=log_y))
    columns = [c for c in _SCORE_COLUMNS if any(c[0] in s for s in scores)]  # older runs: FID
    header = "".join(f"<th>{name}</th>" for _, name, _ in columns)
    header += "".join(f"<th>EMA {name}</th>" for _, name, _ in columns) if ema else ""

    def cells(s: dict, prefix: str) -> str:
        return "".join(f'<td data-key="{prefix}{key}">{_number(s.get(key), digits)}</td>'
                       for key, _, digits in columns)

    rows = "".join(f'<tr data-step="{s["step"]}"><td class="key">{s["step"]:,}</td>'
                   f'<td>{s.get("epoch", "")}</td>{cells(s, "")}'
                   f'{cells(s.get("ema", {}), "ema.") if ema else ""}</tr>' for s in scores)
    n = scores[-1].get("n_generated")
    note = "; EMA: the generator's moving average" if ema else ""
    return (f'<h2>Scores</h2><p>On tinygan\'s MNIST classifier, {n:,} samples per scored step '
            f'(FID and KID: lower is better; IS: up to 9.61 for MNIST\'s own test digits)'
            f'{note}.</p>'
            f'<div class="row">{"".join(charts)}</div>'
            f'<div class="scroll"><table id="scores"><tr><th class="key">step</th><th>epoch</th>'
            f'{header}</tr>{rows}</table></div>')


def _histogram(run: dict) -> str:
    if not run["scores"]:
        return ""
    latest = run["scores"][-1]
    which = latest.get("ema", latest)             # the generator the grids show
    shares, flagged = which.get("class_histogram"), set(which.get("flagged_classes", ()))
    if not shares:
        return ""
    asked = which.get("digit_accuracy_per_digit")   # a conditional run's
    rows = "".join(f'<tr><td class="key{" flag" if d in flagged else ""}">{d}</td>'
                   f'<td class="key"><span class="bar" style="width:{share * 600:.0f}px"></span> '
                   f'<span data-digit="{d}">{share:.1%}</span></td>'
                   + (f'<td data-asked="{d}">{_number(asked[d], 3)}</td>' if asked else "")
                   + '</tr>' for d, share in enumerate(shares))
    source = "the moving average's" if "ema" in latest else "the generator's"
    note = (" Right: the share of the samples asked for each digit that the classifier reads "
            "as that digit." if asked else "")
    return (f'<h2>Class histogram</h2><p>What the classifier calls {source} samples at step '
            f'{latest["step"]:,} (red: outside the band a healthy generator stays in).{note}</p>'
            f'<table id="histogram">{rows}</table>')


def _table(title: str, table_id: str, values: dict) -> str:
    if not values:
        return f'<h2>{title}</h2><p id="{table_id}">not recorded in this folder</p>'
    rows = "".join(f'<tr><td class="key">{html.escape(str(k))}</td>'
                   f'<td class="key">{html.escape(json.dumps(v) if not isinstance(v, str) else v)}'
                   f'</td></tr>' for k, v in values.items())
    return f'<h2>{title}</h2><table id="{table_id}">{rows}</table>'


def render_page(run: dict) -> str:
    """The page of `read_run`'s result, as HTML text."""
    info, hparams = run["info"], run["info"].get("hparams", {})
    reload = (f'<meta http-equiv="refresh" content="{RELOAD_S}">'
              if info.get("status") == "running" else "")
    title = "tinygan run: " + "/".join(run["folder"].resolve().parts[-2:])
    machine = info.get("machine", {})
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">{reload}'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<title>{html.escape(title)}</title><style>{_STYLE}</style></head><body>'
            f'<h1>{html.escape(title)}</h1>{_status(info)}{_samples(run)}'
            f'{_losses(run)}{_scores(run)}{_histogram(run)}'
            f'{_table("Hyperparameters", "hparams", hparams)}'
            f'{_table("Machine", "machine", machine)}'
            f'<p><small>Written by tinygan {html.escape(_version("tinygan"))} at {_now()}.'
            f'</small></p></body></html>\n')


def _now() -> str:
    return datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M:%S UTC")


def write_page(folder: str | Path) -> Path:
    """`folder/index.html` from what the run there holds (atomically); returns its path."""
    folder = Path(folder)
    text = render_page(read_run(folder))
    with atomic_path(folder / PAGE) as tmp:
        tmp.write_text(text)
    return folder / PAGE


def write_report(folder: str | Path) -> Path:
    """`tinygan report`: the page of a run folder, its losses plot drawn first if missing."""
    folder = Path(folder)
    if not folder.is_dir():
        raise ValueError(f"{folder} is not a folder: pass the output folder of a training run")
    if (folder / "losses.csv").exists() and not (folder / "losses.png").exists():
        plot_losses(folder / "losses.csv", folder / "losses.png")
    return write_page(folder)


# --- the live page ---------------------------------------------------------------------------

def machine_info(device: str, kernels: str) -> dict:
    """The machine, kernels and code generator a run trains on, as the page shows them
    (with whether tinygrad may use TF32 tensor cores for float32: ALLOW_TF32, on NVIDIA)."""
    return {"device": device_description(device), "kernels": kernels, "processor": cpu_model(),
            "vector instructions": cpu_isa(), "python": platform.python_version(),
            "tinygrad": _version("tinygrad"), "tf32": bool(ALLOW_TF32.value)}


def _version(package: str) -> str:
    try:
        return version(package)
    except PackageNotFoundError:
        return "unknown"


class RunPage(TrainingCallback):
    """`run.json` and `index.html` in the run's folder, kept up to date while it trains (at
    every sample grid, every scored step and at least every `every_s` seconds; the GIF so
    far and the losses plot are redrawn at each grid), and final when it ends."""

    def __init__(self, every_s: float = 60.0, grid: str | None = None):
        self.every_s, self.info, self.grid = every_s, None, grid

    def start(self, run: TrainingRun) -> None:
        self.first, self.t0 = run.step, time.perf_counter()
        self.last, self.ended = self.t0, False
        self.info = {"status": "running", "step": run.step, "total_steps": run.total_steps,
                     "steps_per_epoch": run.steps_per_epoch, "started": _now(),
                     "tinygan": _version("tinygan"),
                     "machine": machine_info(run.device, run.kernels),
                     "hparams": hparams_dict(run.hparams)}
        if self.grid:          # what the grids show, where not the fixed noise (pix2pix)
            self.info["grid"] = self.grid
        self.refresh(run, run.step, plots=True)

    def refresh(self, run: TrainingRun, done: int, plots: bool = False) -> None:
        """Write run.json and the page, `done` steps done (after the GIF so far and the
        losses plot with `plots`)."""
        now = time.perf_counter()
        rate = (done - self.first) / (now - self.t0) if now > self.t0 else 0.0
        self.info.update(step=done, updated=_now(), rate_steps_per_s=round(rate, 4),
                         eta_s=round((run.total_steps - done) / rate) if rate else None)
        if plots:
            grids = sample_grid_paths(run.output_dir)
            if grids:
                make_gif(grids, run.output_dir / "output.gif")
            if _read_losses(run.output_dir / "losses.csv"):
                plot_losses(run.output_dir / "losses.csv", run.output_dir / "losses.png")
        with atomic_path(run.output_dir / RUN_JSON) as tmp:
            tmp.write_text(json.dumps(self.info, indent=1) + "\n")
        write_page(run.output_dir)
        self.last = now

    def step_done(self, run: TrainingRun, step: int, epoch: int, d_loss: float,
                  g_loss: float) -> None:
        grid = step % run.hparams.verbose_freq == 0
        every = getattr(run.hparams, "score_every", 0)         # pix2pix's record has none
        scored = bool(every) and step % every == 0
        if grid or scored or time.perf_counter() - self.last >= self.every_s:
            self.refresh(run, step + 1, plots=grid)

    def end(self, run: TrainingRun) -> None:
        self.ended = True

    def close(self, run: TrainingRun) -> None:
        """The final page: finished (`tinygan.longrun.train` writes it once more after the
        last grid and the GIF), stopped by Ctrl-C, or interrupted by an error."""
        if self.info is None:
            return                               # the run failed before it started
        self.info["status"] = ("interrupted" if not self.ended else
                               "stopped" if run.stop else "finished")
        self.refresh(run, run.step)

"""A benchmark's results: the JSON, a Markdown table and a bar chart, and a few lines for
the terminal."""
from __future__ import annotations

import datetime
import math
import re
import socket
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from tinygan.bench.flops import FORWARD_BACKWARD, STEP
from tinygan.files import atomic_path, json_text


def default_output(now: datetime.datetime) -> Path:
    host = re.sub(r"[^A-Za-z0-9_.-]", "_", socket.gethostname()) or "host"
    return Path("benchmarks") / "results" / f"{host}-{now:%Y-%m-%d}.json"


def _ms(value: float | None) -> str:
    if value is None:
        return "-"
    return f"{value:,.0f}" if value >= 100 else f"{value:.3g}"


def _load(averages: list[float] | None) -> str:
    return "unknown" if averages is None else "/".join(f"{x:.1f}" for x in averages)


def _threads(threads: int | None) -> str:
    return "" if threads is None else f" ({threads} thread{'s' if threads > 1 else ''})"


def _ratio(value: float | None) -> str:
    if not value:
        return "-"
    return f"{value:.0f}x" if value >= 10 else f"{value:.2g}x"


def _row_key(row: dict) -> tuple[str, str]:
    return row["id"], row["pass"]


def _ordered_keys(rows: list[dict]) -> list[tuple[str, str]]:
    return list(dict.fromkeys(_row_key(row) for row in rows))


def _engines(rows: list[dict]) -> list[str]:
    return list(dict.fromkeys(row["engine"] for row in rows))


def _onoff(flag: bool) -> str:
    return "on" if flag else "off"


def _kernels(used: dict | None) -> str:
    """Which of tinygan's paths each backend ran (`tinygan.kernels`; older results lack it)."""
    if not used:
        return ""
    return "; kernels: " + ", ".join(f"{backend} {kernels}" for backend, kernels in used.items())


def _tf32_line(result: dict) -> list[str]:
    """On NVIDIA, what float32 means for each engine: TF32 tensor cores or not (results
    from before this was recorded say nothing)."""
    settings, tf32 = result["settings"], result["pytorch"].get("tf32")
    nvidia = any(b.split(":")[0] in ("CUDA", "NV") for b in settings["backends"])
    if not nvidia or "allow_tf32" not in settings:
        return []
    line = f"Float32 on NVIDIA: tinygrad's TF32 tensor cores {_onoff(settings['allow_tf32'])} "
    line += "(ALLOW_TF32)"
    if tf32 and "cuda" in result["pytorch"]["devices"]:
        line += (f"; PyTorch's TF32 {_onoff(tf32['convolutions'])} in convolutions "
                 f"(torch.backends.cudnn.allow_tf32), {_onoff(tf32['matmul'])} in matrix "
                 f"products (torch.backends.cuda.matmul.allow_tf32)")
    return [line + ".", ""]


def markdown_report(result: dict) -> str:
    """A summary table (median ms per engine and the ratio to PyTorch), then every row's
    details."""
    rows, machine, settings = result["rows"], result["machine"], result["settings"]
    engines = _engines(rows)
    by_key = {(r["engine"], *_row_key(r)): r for r in rows}
    tinygan_engines = [e for e in engines if e.startswith("tinygan")]
    lines = [f"# tinygan kernel benchmark: {machine['host']}, {result['created'][:10]}", "",
             f"CPU: {machine['cpu']} ({machine['cores']} cores); GPUs: "
             f"{', '.join(machine['gpus']) or 'none'}.  tinygrad {machine['tinygrad']}, "
             f"PyTorch {machine['torch'] or 'not installed'}"
             f"{_threads(settings.get('torch_threads'))}, Python {machine['python']}.  "
             f"Load average (1, 5, 15 min) {_load(machine['load_average_start'])} at the "
             f"start, {_load(machine['load_average_end'])} at the end.", "",
             f"Batch {settings['batch']}, {settings['reps']} timed repetition"
             f"{'s' if settings['reps'] > 1 else ''} per row, "
             f"disk compile cache {'on' if settings['disk_compile_cache'] else 'off'}"
             f"{_kernels(settings.get('kernels'))}.  Command: `{result['command']}`", ""]
    if result["pytorch"]["note"]:
        lines += [f"PyTorch: {result['pytorch']['note']}", ""]
    lines += _tf32_line(result)
    header = ["row", "layer", "pass", "GFLOP"]
    for engine in engines:
        header.append(f"{engine} ms")
        if engine in tinygan_engines and result["pytorch"]["compared"]:
            header.append(f"{engine.removeprefix('tinygan ')} / PyTorch")
    lines += ["## Median time per call", "", "| " + " | ".join(header) + " |",
              "|" + "|".join("---" for _ in header) + "|"]
    for key in _ordered_keys(rows):
        some = next(r for r in rows if _row_key(r) == key)
        cells = [key[0], some["name"], key[1], f"{some['flops'] / 1e9:.3g}"]
        for engine in engines:
            row = by_key.get((engine, *key))
            cells.append(_ms(row["median_ms"]) if row else "-")
            if engine in tinygan_engines and result["pytorch"]["compared"]:
                cells.append(_ratio(row and row["vs_pytorch"]))
        lines.append("| " + " | ".join(cells) + " |")
    lines += ["", "## Every row", "",
              "| row | pass | engine | cold ms | median ms | min ms | GFLOP/s | kernels "
              "| slowest kernels (total ms, calls) |",
              "|---|---|---|---|---|---|---|---|---|"]
    for row in rows:
        slow = "; ".join(f"`{k['name']}` {_ms(k['ms'])} ({k['calls']})"
                         for k in row["slowest_kernels"][:3])
        gflops = "-" if row["gflops_per_s"] is None else f"{row['gflops_per_s']:.3g}"
        lines.append(f"| {row['id']} | {row['pass']} | {row['engine']} | {_ms(row['cold_ms'])} "
                     f"| {_ms(row['median_ms'])} | {_ms(row['min_ms'])} | {gflops} "
                     f"| {row['kernels'] if row['kernels'] is not None else '-'} | {slow or '-'} |")
    return "\n".join(lines) + "\n"


CHART_WIDTH = 1000
_COLOURS = [(31, 119, 180), (255, 127, 14), (44, 160, 44), (214, 39, 40), (148, 103, 189),
            (140, 86, 75)]


def draw_chart(rows: list[dict], title: str) -> Image.Image:
    """Median time per row and engine as horizontal bars on a log scale."""
    engines, keys = _engines(rows), _ordered_keys(rows)
    by_key = {(r["engine"], *_row_key(r)): r["median_ms"] for r in rows}
    values = [v for v in by_key.values() if v and v > 0] or [1.0]
    # Whole decades, with some room below the shortest bar so that every bar shows.
    low = math.floor(math.log10(min(values)) - 0.1)
    high = max(math.ceil(math.log10(max(values))), low + 1)
    bar, gap, left, right, top = 9, 8, 290, 60, 60
    group = bar * len(engines) + gap
    height = top + group * len(keys) + 40
    image = Image.new("RGB", (CHART_WIDTH, height), "white")
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default()
    plot_width = CHART_WIDTH - left - right

    def x_of(ms: float) -> float:
        return left + (math.log10(ms) - low) / (high - low) * plot_width

    draw.text((10, 8), title, fill="black", font=font)
    for i, engine in enumerate(engines):
        x = 10 + 190 * i
        draw.rectangle([x, 32, x + 12, 44], fill=_COLOURS[i % len(_COLOURS)])
        draw.text((x + 18, 32), engine, fill="black", font=font)
    for decade in range(low, high + 1):
        x = x_of(10.0 ** decade)
        draw.line([x, top - 4, x, height - 35], fill=(210, 210, 210))
        label = f"{10.0 ** decade:g} ms" if decade < 3 else f"{10.0 ** (decade - 3):g} s"
        draw.text((x - 15, height - 30), label, fill="black", font=font)
    for g, key in enumerate(keys):
        y0 = top + g * group
        short = {"forward": "fwd", "forward+backward": "fwd+bwd", STEP: ""}[key[1]]
        name = next(r["name"] for r in rows if _row_key(r) == key)
        draw.text((10, y0 + group / 2 - 10), f"{key[0]} {short}  {name}"[:48], fill="black",
                  font=font)
        for i, engine in enumerate(engines):
            ms = by_key.get((engine, *key))
            if not ms or ms <= 0:
                continue
            y = y0 + i * bar
            draw.rectangle([left, y, max(x_of(ms), left + 1), y + bar - 2],
                           fill=_COLOURS[i % len(_COLOURS)])
            draw.text((x_of(ms) + 4, y - 2), _ms(ms), fill=(80, 80, 80), font=font)
    draw.line([left, top - 4, left, height - 35], fill="black")
    return image


def markdown_table(header: list[str], rows: list[list]) -> list[str]:
    """A Markdown table's lines."""
    return ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|",
            *("| " + " | ".join(str(cell) for cell in row) + " |" for row in rows)]


def write_report_files(result: dict, out: Path, markdown: str,
                       chart: Image.Image) -> tuple[Path, Path, Path]:
    """The JSON at `out`, and the Markdown text and PNG chart next to it, each written to a
    temporary name and then renamed."""
    out.parent.mkdir(parents=True, exist_ok=True)
    markdown_path, chart_path = out.with_suffix(".md"), out.with_suffix(".png")
    with atomic_path(out) as tmp:
        tmp.write_text(json_text(result) + "\n", encoding="utf-8")
    with atomic_path(markdown_path) as tmp:
        tmp.write_text(markdown, encoding="utf-8")
    with atomic_path(chart_path) as tmp:
        chart.save(tmp, format="PNG")
    return out, markdown_path, chart_path


def write_results(result: dict, out: Path) -> tuple[Path, Path, Path]:
    """The JSON at `out`, and the Markdown table and PNG chart next to it."""
    title = (f"tinygan vs PyTorch, median ms per call, batch {result['settings']['batch']}, "
             f"{result['machine']['host']}, {result['created'][:10]} (log scale)")
    return write_report_files(result, out, markdown_report(result),
                              draw_chart(result["rows"], title))


def summary(result: dict) -> str:
    """A few lines for the terminal: the training step on each engine, the slowest rows."""
    rows = result["rows"]
    lines = []
    for row in (r for r in rows if r["pass"] == STEP):
        ratio = f", {row['vs_pytorch']:.1f}x PyTorch" if row["vs_pytorch"] else ""
        what = "training step" if row["id"] == "step" else f"{row['id']}'s training step"
        lines.append(f"{what}, {row['engine']}: {_ms(row['median_ms'])} ms median "
                     f"(cold {_ms(row['cold_ms'])} ms){ratio}")
    for engine in (e for e in _engines(rows) if e.startswith("tinygan")):
        layer_rows = [r for r in rows if r["engine"] == engine and r["pass"] == FORWARD_BACKWARD]
        slowest = sorted(layer_rows, key=lambda r: -r["median_ms"])[:3]
        if slowest:
            lines.append(f"slowest layers, {engine} (fwd+bwd): " + ", ".join(
                f"{r['id']} {_ms(r['median_ms'])} ms" for r in slowest))
    if result["pytorch"]["note"]:
        lines.append(f"PyTorch: {result['pytorch']['note']}")
    return "\n".join(lines)

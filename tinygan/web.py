"""The generator as a web page: tinygrad's own kernels, rendered as WGSL, run by the
browser's WebGPU (`tinygan export-web`).

    SITE/index.html            the page: a digit drawn on a 2D canvas, a "new digit" button
                               (seeded: `?seed=N` in the URL draws that digit again), a
                               slider walking to a second latent vector, the run's grid on
                               its fixed noise (a conditional generator: a digit picker, and
                               the grid a column per digit)
    SITE/tinygan-web.js        the page's script: WebGPU's plumbing only (buffers, pipelines,
                               dispatches, drawing); every number is computed by the kernels
    SITE/model.json            those kernels (WGSL source, one entry per distinct source) and,
                               per batch size, the launches in order with their buffers
    SITE/weights.safetensors   the weights the kernels read, and the fixed noise

`--single-file` writes index.html alone, with the script, model.json and the weights
(base64) inside it, so that it opens from `file://`: a page opened from disk cannot fetch
the files beside it (the browser's rule for the origin `null`), so the page of a folder
says to serve it (`python -m http.server`).

How the kernels are found.  On tinygrad's NULL device with the WGSL renderer
(`DEV=NULL:WGSL`; nothing runs, no GPU is needed) the generator's forward pass in test mode
is scheduled at batch 1 (a digit, the slider) and at the grid's batch, with the memory
planner off (each buffer its own, as tinygrad's WebGPU backend has it: WebGPU cannot bind
views at any offset), and each scheduled call is lowered to its program exactly as tinygrad
lowers it to run it (`to_program` with the device's renderer).  A launch binds the
uniform INFINITY at binding 0 and the program's buffers from binding 1 (tinygrad's WebGPU
backend, runtime/ops_webgpu.py, does the same), and dispatches its global size in workgroups
of the local size written in its source.

Kernels are keyed by their source, never by their name: tinygrad names a kernel after its
loop shape, so distinct kernels share names (the tutorial's generator with tinygan's fast
kernels: 41 distinct sources under 29 names at batch 1 and 25), and a table keyed by name
(tinygrad's `extra/export_model.py` keeps a dict by function name) keeps one of each and
draws wrong digits.  The page asks its adapter for the limits the kernels need (WebGPU's
defaults bind 8 storage buffers a kernel; a fused BatchNorm kernel of an earlier lowering
bound 10).

Version-sensitive (tinygrad 0.14.0), all reached through `tinygan.internals` and here: the
NULL device's `DEV=NULL:WGSL` spelling, `Tensor.schedule_linear`'s calls (a SINK and its
buffers), `to_program` and its ProgramInfo (globals, outs, launch_dims), the WGSL renderer's
binding layout and `NO_MEMORY_PLANNER`.
"""
from __future__ import annotations

import base64
import contextlib
import html
import json
import logging
import os
import tempfile
import time
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Callable, Iterator

import numpy as np
from tinygrad import Context, Device, Tensor, dtypes
from tinygrad.nn.state import get_state_dict

from tinygan import internals
from tinygan.checkpoint import read_checkpoint_info
from tinygan.conditional import DIGITS, is_conditional
from tinygan.files import atomic_path, write_safetensors
from tinygan.kernels import kernels_on
from tinygan.sampling import generator_weights, load_generator

log = logging.getLogger("tinygan")

FORMAT = "tinygan-web/1"                  # model.json's format, and the page's mark
PAGE, SCRIPT, MODEL, WEIGHTS = "index.html", "tinygan-web.js", "model.json", "weights.safetensors"
WEB_DEVICE = "NULL:WGSL"                  # tinygrad's NULL device, rendering WGSL
# A single file above this many bytes is refused: serve the folder instead.
SINGLE_FILE_LIMIT = 48_000_000
# WebGPU's storage buffers bind at offsets that are multiples of this (its default
# minStorageBufferOffsetAlignment).
OFFSET_ALIGNMENT = 256


class WebExportError(ValueError):
    """The page cannot be written (one line that says why and what to do)."""


@dataclass(frozen=True)
class Launch:
    """One kernel launch: the program tinygrad lowered, and the buffers it binds (from
    binding 1), each as (index in its program's buffer list, byte offset, bytes)."""
    name: str                          # the WGSL entry point (tinygrad's function name)
    source: str                        # the whole WGSL module
    global_size: tuple[int, ...]       # workgroups dispatched
    local_size: tuple[int, ...]        # threads per workgroup (in the source too)
    bind: tuple[tuple[int, int, int], ...]


@dataclass
class Lowered:
    """The generator's forward pass at one batch size, as the page runs it."""
    batch: int
    launches: list[Launch]
    buffers: list[dict]                # {"bytes", "weight": name or None}
    noise: int                         # indices into `buffers`
    digits: int | None
    output: int
    image: tuple[int, ...]             # one image's shape, C×H×W
    seconds: float = 0.0
    _keep: list = field(default_factory=list, repr=False)   # tinygrad's Buffers, kept alive


def by_source(launch: Launch) -> str:
    """The key of tinygan's kernel table: a kernel is its source."""
    return launch.source


def by_name(launch: Launch) -> str:
    """The key `extra/export_model.py` uses (kept to show, in a test, what it breaks)."""
    return launch.name


def kernel_table(launches: list[Launch], key: Callable[[Launch], str] = by_source
                 ) -> tuple[list[Launch], list[int]]:
    """The distinct kernels of `launches` under `key`, and each launch's index into them.
    Under one key the last launch seen stands for all (a dict, as export_model.py builds
    it): harmless where the key is the source, wrong where distinct sources share it."""
    table: dict[str, Launch] = {}
    for launch in launches:
        table[key(launch)] = launch
    order = {k: i for i, k in enumerate(table)}
    return list(table.values()), [order[key(launch)] for launch in launches]


@contextlib.contextmanager
def _on_web_device(kernels: str | None) -> Iterator[str]:
    """Meanwhile new tensors live on the NULL device rendering WGSL, in test mode, with
    each buffer its own; yields the kernels used ("fast" or "plain")."""
    if (problem := internals.fast_path_problem()) is not None:
        raise WebExportError(f"export-web lowers kernels through tinygrad's internals: "
                             f"{problem}")
    with Context(DEV=WEB_DEVICE, NO_MEMORY_PLANNER=1, TRAINING=0), \
            kernels_on(kernels, "NULL") as used:
        if not isinstance(Device["NULL"].renderer, internals.WGSLRenderer):
            raise WebExportError(f"tinygrad's {WEB_DEVICE} did not pick the WGSL renderer "
                                 f"(it has {type(Device['NULL'].renderer).__name__})")
        yield used


def lower_forward(gen, batch: int, latent_dim: int, weights: dict[int, str]) -> Lowered:
    """`gen`'s forward pass at `batch`, scheduled and lowered (inside `_on_web_device`,
    its weights NULL buffers named by `weights`: id(Buffer) -> name)."""
    start = time.perf_counter()
    noise = Tensor.empty(batch, latent_dim, device="NULL").realize()
    digits = Tensor.empty(batch, dtype=dtypes.int32, device="NULL").realize() \
        if is_conditional(gen) else None
    out = (gen(noise, digits) if digits is not None else gen(noise)).cast(dtypes.float32)
    linear = out.schedule_linear()
    renderer = Device["NULL"].renderer
    buffers, index, keep = [], {}, []

    def buffer_index(buffer) -> int:
        base = buffer.base
        if id(base) not in index:
            index[id(base)] = len(buffers)
            keep.append(base)
            buffers.append({"bytes": _round_up(base.nbytes, 4), "weight": weights.get(id(base))})
        return index[id(base)]

    launches = []
    for call in linear.src:
        ast = call.src[0]
        if ast.op is not internals.Ops.SINK:
            raise WebExportError(f"the generator's forward pass holds a {ast.op.name} step, "
                                 f"which the page cannot run")
        program = internals.to_program(ast, renderer)
        info = program.arg
        global_size, local_size = info.launch_dims({})
        if info.vars or local_size is None:
            raise WebExportError(f"kernel {info.function_name} has symbolic sizes or no "
                                 f"workgroup size: the page cannot launch it")
        source = next(u.arg for u in program.src if u.op is internals.Ops.SOURCE)
        args = internals.get_call_arg_uops(call)
        bound = [args[i].buffer for i in info.globals]
        bind = []
        for position, buffer in enumerate(bound):
            if buffer.offset % OFFSET_ALIGNMENT:
                raise WebExportError(f"kernel {info.function_name} reads a view at byte "
                                     f"{buffer.offset}, which WebGPU cannot bind")
            slot = buffer_index(buffer)
            if position in info.outs and buffers[slot]["weight"] is not None:
                raise WebExportError(f"kernel {info.function_name} writes the weight "
                                     f"{buffers[slot]['weight']}: not a test-mode forward pass")
            bind.append((slot, buffer.offset, _round_up(buffer.nbytes, 4)))
        launches.append(Launch(info.function_name, source, tuple(map(int, global_size)),
                               tuple(map(int, local_size)), tuple(bind)))
    ids = {id(b): i for i, b in enumerate(keep)}
    outputs = {name: ids.get(id(t.uop.base.buffer)) for name, t in
               (("noise", noise), ("digits", digits), ("output", out)) if t is not None}
    if outputs["noise"] is None or outputs["output"] is None:
        raise WebExportError("the generator's forward pass does not read its noise or write "
                             "its images in one of its kernels")
    return Lowered(batch, launches, buffers, outputs["noise"], outputs.get("digits"),
                   outputs["output"], tuple(out.shape[1:]),
                   round(time.perf_counter() - start, 2), keep)


def _round_up(n: int, multiple: int) -> int:
    return max(multiple, -(-n // multiple) * multiple)


# WebGPU's defaults for the limits a compute page can exceed (the WebGPU specification's
# "Limits" table); the page asks for what its kernels need.
_LIMIT_DEFAULTS = {"maxStorageBuffersPerShaderStage": 8, "maxComputeInvocationsPerWorkgroup": 256,
                   "maxComputeWorkgroupSizeX": 256, "maxComputeWorkgroupSizeY": 256,
                   "maxComputeWorkgroupSizeZ": 64, "maxComputeWorkgroupsPerDimension": 65535,
                   "maxStorageBufferBindingSize": 134217728, "maxBufferSize": 268435456}


def required_limits(programs: list[Lowered]) -> dict[str, int]:
    """The WebGPU limits the launches need (never below WebGPU's defaults)."""
    launches = [launch for p in programs for launch in p.launches]
    sizes = [launch.local_size + (1,) * (3 - len(launch.local_size)) for launch in launches]
    needed = {"maxStorageBuffersPerShaderStage": max(len(x.bind) for x in launches),
              "maxComputeInvocationsPerWorkgroup": max(int(np.prod(s)) for s in sizes),
              "maxComputeWorkgroupSizeX": max(s[0] for s in sizes),
              "maxComputeWorkgroupSizeY": max(s[1] for s in sizes),
              "maxComputeWorkgroupSizeZ": max(s[2] for s in sizes),
              "maxComputeWorkgroupsPerDimension": max(max(x.global_size) for x in launches),
              "maxStorageBufferBindingSize": max(b[2] for x in launches for b in x.bind),
              "maxBufferSize": max(b["bytes"] for p in programs for b in p.buffers)}
    return {k: max(v, _LIMIT_DEFAULTS[k]) for k, v in needed.items()}


def describe(programs: list[Lowered], key: Callable[[Launch], str] = by_source) -> dict:
    """model.json's kernels, programs and limits: one kernel table for every program."""
    table, indices = kernel_table([x for p in programs for x in p.launches], key)
    described, start = {}, 0
    for program in programs:
        own = indices[start:start + len(program.launches)]
        start += len(program.launches)
        described[str(program.batch)] = {
            "batch": program.batch, "noise": program.noise, "digits": program.digits,
            "output": program.output, "buffers": program.buffers,
            "launches": [{"kernel": k, "global": list(x.global_size),
                          "bind": list(map(list, x.bind))}
                         for k, x in zip(own, program.launches)]}
    return {"kernels": [{"name": k.name, "source": k.source, "buffers": len(k.bind)}
                        for k in table],
            "programs": described, "limits": required_limits(programs)}


# ---------------------------------------------------------------------------------------
# The site.
# ---------------------------------------------------------------------------------------


@dataclass
class ExportedSite:
    """What `export_site` wrote, and its figures."""
    page: Path
    files: list[Path]
    kernels: int                       # distinct kernels (WGSL sources)
    launches: dict[int, int]           # batch -> launches per forward pass
    kernel_names: int                  # distinct names among them
    seconds: float                     # loading, lowering and writing
    kernels_path: str                  # "fast" or "plain"

    @property
    def bytes(self) -> int:
        return sum(path.stat().st_size for path in self.files)


def _check_out_folder(out: Path, checkpoint: Path) -> None:
    """`out` must be new, empty, or a page this exporter wrote (whose files it replaces)."""
    if out.exists() and not out.is_dir():
        raise WebExportError(f"{out} is a file: give a folder for the page")
    if out.resolve() == checkpoint.resolve():
        raise WebExportError(f"write the page into another folder than the checkpoint's "
                             f"({checkpoint})")
    if out.is_dir() and any(out.iterdir()) and not _is_our_page(out / PAGE):
        raise WebExportError(f"{out} holds files that are not a page of tinygan export-web: "
                             f"write into a new or empty folder")


def _is_our_page(path: Path) -> bool:
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            return f'content="{FORMAT}"' in f.read(4096)
    except OSError:
        return False


def _asset(name: str) -> str:
    return resources.files("tinygan").joinpath("webgpu", name).read_text(encoding="utf-8")


def _inline_json(value) -> str:
    """JSON to put inside a <script> element ("</" cannot close it)."""
    return json.dumps(value, separators=(",", ":")).replace("</", "<\\/")


def _page(model: dict, inline: dict | None) -> str:
    """index.html from the template: the model's titles filled in, and for a single file
    the model, weights and script inside it instead of beside it."""
    text = _asset(PAGE)
    weights = "the moving average of its weights" if model["weights_kind"] == "ema" \
        else "its weights as trained"
    about = f"{model['title']} at step {model['step']}, {weights}"
    text = text.replace("{{FORMAT}}", FORMAT).replace("{{ABOUT}}", html.escape(about)) \
        .replace("{{NOUN}}", model["noun"])
    if inline is None:
        return text.replace("{{SCRIPTS}}", f'<script src="{SCRIPT}"></script>')
    scripts = (f'<script id="tinygan-model" type="application/json">'
               f'{_inline_json(model)}</script>\n'
               f'<script id="tinygan-weights" type="application/octet-stream">'
               f'{inline["weights"]}</script>\n<script>\n{_asset(SCRIPT)}</script>')
    return text.replace("{{SCRIPTS}}", scripts)


def export_site(folder: str | os.PathLike, out: str | os.PathLike, *, single_file: bool = False,
                raw: bool = False, kernels: str | None = None,
                key: Callable[[Launch], str] = by_source) -> ExportedSite:
    """The page of the generator in checkpoint `folder` (its moving average where the run
    kept one, unless `raw`), written into `out` (new, empty, or a page written before);
    each file atomically.  `kernels`: tinygan's plain or fast kernels (`tinygan.kernels`).
    `key` keys the kernel table (tests only: `by_name` shows what keying by name breaks)."""
    start = time.perf_counter()
    folder, out = Path(folder), Path(out)
    info = read_checkpoint_info(folder)               # one line where there is none
    _check_out_folder(out, folder)
    gen, fixed_noise, hparams = load_generator(folder, raw)
    conditional = is_conditional(gen)
    state = get_state_dict(gen)
    arrays = {name: t.numpy() for name, t in state.items()}
    grid_noise = fixed_noise.numpy().astype(np.float32)

    with _on_web_device(kernels) as used:
        for t in state.values():                      # the same layers, on the NULL device
            t.replace(Tensor.empty(*t.shape, dtype=t.dtype, device="NULL"))
        Tensor.realize(*state.values())
        weights = {id(t.uop.base.buffer): name for name, t in state.items()}
        programs = []
        for batch in dict.fromkeys((1, len(grid_noise))):
            programs.append(lower_forward(gen, batch, hparams.latent_dim, weights))
            log.info(f"Lowered the generator at batch {batch} to WGSL: "
                     f"{len(programs[-1].launches)} launches in {programs[-1].seconds} s")
    described = describe(programs, key)
    used_weights = sorted({b["weight"] for p in programs for b in p.buffers if b["weight"]})
    image = programs[0].image
    model = {"format": FORMAT, "title": f"The generator in {'/'.join(folder.resolve().parts[-2:])}",
             "checkpoint": str(folder), "step": info.get("step"), "epoch": info.get("epoch"),
             "weights_kind": generator_weights(folder, raw), "latent_dim": hparams.latent_dim,
             "noun": "digit" if hparams.dataset == "mnist" else "image",
             "conditional": conditional, "digits": DIGITS if conditional else None,
             "image": list(image),
             "grid": {"batch": len(grid_noise),
                      "columns": DIGITS if conditional else hparams.output_dim,
                      # the tutorial's grid fills column by column (tinygan.images), a
                      # conditional run's row by row (a column per digit)
                      "order": "rows" if conditional else "columns"},
             "kernels_path": used, "tinygrad": internals.tinygrad_version(),
             "weights": WEIGHTS, **described}
    tensors = {name: Tensor(arrays[name]) for name in used_weights}
    tensors["fixed_noise"] = Tensor(grid_noise)

    out.mkdir(parents=True, exist_ok=True)
    written = []
    if single_file:
        with tempfile.TemporaryDirectory() as scratch:
            write_safetensors(Path(scratch) / WEIGHTS, tensors)
            encoded = base64.b64encode((Path(scratch) / WEIGHTS).read_bytes()).decode("ascii")
        text = _page(model, {"weights": encoded})
        if len(text) > SINGLE_FILE_LIMIT:
            raise WebExportError(f"a single file would be {len(text) / 1e6:.0f} MB: export "
                                 f"without --single-file and serve the folder "
                                 f"(python -m http.server)")
        written.append(_write_text(out / PAGE, text))
        for stale in (SCRIPT, MODEL, WEIGHTS):        # a folder's page written before
            (out / stale).unlink(missing_ok=True)
    else:
        with atomic_path(out / WEIGHTS) as tmp:
            write_safetensors(tmp, tensors)
        written.append(out / WEIGHTS)
        written.append(_write_text(out / MODEL, json.dumps(model, separators=(",", ":"))))
        written.append(_write_text(out / SCRIPT, _asset(SCRIPT)))
        written.append(_write_text(out / PAGE, _page(model, None)))
    seconds = round(time.perf_counter() - start, 1)
    launches = {p.batch: len(p.launches) for p in programs}
    return ExportedSite(out / PAGE, written, len(described["kernels"]), launches,
                        len({k["name"] for k in described["kernels"]}), seconds, used)


def _write_text(path: Path, text: str) -> Path:
    with atomic_path(path) as tmp:
        tmp.write_text(text, encoding="utf-8")
    return path


def read_model(site: str | os.PathLike) -> dict:
    """A written page's model.json, or for a single file the model inside its index.html."""
    site = Path(site)
    if (site / MODEL).is_file():
        return json.loads((site / MODEL).read_text(encoding="utf-8"))
    text = (site / PAGE).read_text(encoding="utf-8")
    start = text.index('<script id="tinygan-model" type="application/json">')
    body = text[text.index(">", start) + 1:text.index("</script>", start)]
    return json.loads(body)


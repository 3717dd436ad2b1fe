"""One benchmark run: tinygan's calls (one layer row, the training loop's own step) and
PyTorch's, every selected row on every engine, then the ratios; `run_benchmark` returns
the whole result, ready for `tinygan.bench.report`."""
from __future__ import annotations

import contextlib
import datetime
import time
from typing import Callable

from tinygrad import Context, Device, GlobalCounters, Tensor

from tinygan.backend import jit, renderer_name, training_mode
from tinygan.bench.flops import (FORWARD, FORWARD_BACKWARD, PIX2PIX, STEP, STEP_IDS, LayerSpec,
                                 layer_specs, pix2pix_step_flops, step_flops)
from tinygan.bench.machine import load_average, machine_info
from tinygan.bench.timing import (kernel_profile, significant, slowest_kernels, time_calls,
                                  timing_fields)
from tinygan.bench.torch_twin import (pytorch_plan, pytorch_tf32, pytorch_threads,
                                      torch_layer_call, torch_step_call)
from tinygan.fast import tuned_kernels
from tinygan.fast.cpu import parallel_cpu_kernels_on
from tinygan.internals import ALLOW_TF32, DEV, NUM_CPU_THREADS
from tinygan.kernels import kernels_on
from tinygan.layers import buffers, parameters
from tinygan.models import image_shape, model_defaults
from tinygan.pix2pix import Pix2PixParams, build_pix2pix
from tinygan.pix2pix import make_train_step as make_pix2pix_step
from tinygan.tutorial import HyperParams, build_gan, build_networks, make_train_step

SCHEMA = "tinygan-bench/1"


def layer_function(spec: LayerSpec, pass_: str) -> Callable[[Tensor], list[Tensor]]:
    """What a row computes, as a function of the layer's input: the output (forward), or
    the gradients with respect to the input and to every parameter given a fixed random
    upstream gradient (forward+backward).  BatchNorm's running statistics are returned too,
    so that their training-mode update is realised with every call."""
    layer, state = spec.layer, buffers(spec.layer)
    if pass_ == FORWARD:
        return lambda x: [layer(x), *state]
    params, upstream = parameters(layer), Tensor.randn(*spec.out_shape).realize()
    return lambda x: [*layer(x).gradient(x, *params, gradient=upstream), *state]


def tinygrad_layer_call(spec: LayerSpec, pass_: str, backend: str) -> Callable[[], None]:
    """One jitted call of a layer row, in training mode, realised and waited for."""
    compiled, x = jit(layer_function(spec, pass_)), Tensor.randn(*spec.in_shape).realize()
    device = Device[backend]

    def call():
        with training_mode():
            outputs = compiled(x)
        Tensor.realize(*outputs)
        device.synchronize()
    return call


def step_hparams(row_id: str, hparams: HyperParams) -> HyperParams | Pix2PixParams:
    """What a training-step row trains with: "step", the tutorial's `hparams`; a model's row
    (MODEL_STEP_IDS), that model with its source's settings (`--model` fills the same) at
    its source's batch, and "pix2pix", pix2pix's defaults, each batch scaled as the
    tutorial's 128 is to `hparams.batch_size` (lecture64: 64 beside the tutorial's 128, 2
    beside 4; pix2pix: 16, 2)."""
    if row_id == "step":
        return hparams
    scaled = lambda batch: max(2, round(batch * hparams.batch_size / 128))
    if row_id == PIX2PIX:
        return Pix2PixParams(batch_size=scaled(Pix2PixParams().batch_size), seed=hparams.seed)
    defaults = model_defaults(row_id)
    return HyperParams(**{**defaults, "model": row_id,
                          "batch_size": scaled(defaults.get("batch_size", 128)),
                          "seed": hparams.seed})


def step_rows(selected: list[str]) -> list[str]:
    """The training-step rows among `selected`, the tutorial's first."""
    return [row for row in STEP_IDS if row in selected]


def step_input_shape(record) -> tuple[int, ...]:
    """The real batch a step row's step reads (pix2pix: inputs, and targets alike)."""
    if isinstance(record, Pix2PixParams):
        return (record.batch_size, 1, record.image_size, record.image_size)
    return (record.batch_size, *image_shape(record.model))


def step_row_flops(record) -> int:
    """A step row's FLOPs, counted by hand from its networks' shapes."""
    shape = step_input_shape(record)
    if isinstance(record, Pix2PixParams):
        gen, disc, _, _ = build_pix2pix(record, 1, 1)
        return pix2pix_step_flops(gen, disc, shape[0], shape[1:])
    return step_flops(*build_networks(record), shape[0], shape[1:])


def step_runner(record, use_jit: bool = True) -> Callable[[], object]:
    """One training step of a step row, built as its loop builds it (`build_gan` and
    `make_train_step`: the noise is drawn, then the jitted D + G update; pix2pix's
    `build_pix2pix` and its `make_train_step`, on edge-map-like 1-channel pairs), on a
    random real batch made here: call it to run the step.  It returns the losses with
    `.item()`, which waits for the device."""
    shape = step_input_shape(record)
    if isinstance(record, Pix2PixParams):
        runner = make_pix2pix_step(*build_pix2pix(record, 1, 1), record, use_jit=use_jit)
        inputs, targets = (Tensor.uniform(*shape, low=-1, high=1).realize() for _ in range(2))
        return lambda: runner(inputs, targets, 0)
    runner = make_train_step(*build_gan(record), record, use_jit=use_jit)
    real = Tensor.uniform(*shape, low=-1, high=1).realize()
    return lambda: runner(real)


def step_name(row_id: str) -> str:
    return STEP_NAME if row_id == "step" else f"{row_id}'s {STEP_NAME}"


def measure_tinygrad(call: Callable[[], None], reps: int, top: int,
                     progress: Callable[[str], None]) -> dict:
    """A row's timings, kernel count and slowest kernels."""
    timing = time_calls(call, reps, progress, before_rep=GlobalCounters.reset)
    kernels, ops = GlobalCounters.kernel_count, GlobalCounters.global_ops   # last repetition
    progress("kernel profile")
    records = kernel_profile(call)
    return {**timing_fields(timing), "kernels": kernels, "tinygrad_ops": int(ops),
            "kernel_ms": round(sum(s for _, s in records) * 1e3, 3),
            "slowest_kernels": slowest_kernels(records, top)}


def measure_torch(call: Callable[[], None], reps: int, progress: Callable[[str], None]) -> dict:
    """A PyTorch row's timings (kernel names and counts are tinygrad's only)."""
    return timing_fields(time_calls(call, reps, progress))


# ---------------------------------------------------------------------------------------
# 7. One run: every selected row on every engine, then the ratios.
# ---------------------------------------------------------------------------------------

STEP_NAME = "training step (D + G update)"


def _row(spec_id: str, name: str, network: str, pass_: str, framework: str, engine: str,
         in_shape, out_shape, flops: int, fields: dict) -> dict:
    """One row of the results, as it goes into the JSON (README: "The JSON file")."""
    median_s = fields["median_ms"] / 1e3
    row = {"id": spec_id, "name": name, "network": network, "pass": pass_,
           "framework": framework, "engine": engine, "input_shape": list(in_shape),
           "output_shape": list(out_shape), "flops": int(flops),
           "gflops_per_s": significant(flops / median_s / 1e9) if median_s > 0 else None,
           "kernels": None, "tinygrad_ops": None, "kernel_ms": None, "slowest_kernels": [],
           "pytorch_median_ms": None, "vs_pytorch": None}
    row.update(fields)
    return row


def run_rows(engine: str, framework: str, hparams: HyperParams, selected: list[str],
             step_call: Callable[[HyperParams], Callable[[], None]],
             layer_call: Callable[[LayerSpec, str], Callable[[], None]],
             measure: Callable[[Callable[[], None], Callable[[str], None]], dict],
             progress: Callable[[str], None]) -> list[dict]:
    """The selected rows on one engine: the training steps first (so that the tutorial's
    cold call is what a fresh training run sees), then each layer, forward and
    forward+backward."""
    rows = []
    for row_id in step_rows(selected):
        step_hp = step_hparams(row_id, hparams)
        label = f"{engine}: {step_name(row_id)}"
        fields = measure(step_call(step_hp), lambda what, label=label: progress(f"{label}: {what}"))
        rows.append(_row(row_id, step_name(row_id), "both", STEP, framework, engine,
                         step_input_shape(step_hp), (), step_row_flops(step_hp), fields))
    gen, disc = build_networks(hparams)
    for spec in (s for s in layer_specs(gen, disc, hparams.batch_size) if s.id in selected):
        for pass_ in (FORWARD, FORWARD_BACKWARD):
            label = f"{engine}: {spec.id} {spec.name} {pass_}"
            fields = measure(layer_call(spec, pass_),
                             lambda what, label=label: progress(f"{label}: {what}"))
            flops = spec.flops.forward if pass_ == FORWARD else spec.flops.forward_backward
            rows.append(_row(spec.id, spec.name, spec.network, pass_, framework, engine,
                             spec.in_shape, spec.out_shape, flops, fields))
    return rows


def tinygrad_rows(backend: str, hparams: HyperParams, selected: list[str], reps: int,
                  top: int, progress: Callable[[str], None],
                  kernels: str | None = None) -> tuple[list[dict], dict]:
    """Every selected row with tinygan on one tinygrad backend (the default device meanwhile)
    with the kernels asked for (`tinygan.kernels`); the rows, and how the backend ran them:
    the kernels, its code generator, whether CPU kernels ran on every core."""
    saved = DEV.value
    DEV.value = backend
    try:
        with kernels_on(kernels, backend) as used:
            Tensor.manual_seed(hparams.seed)
            rows = run_rows(f"tinygan {backend}", "tinygan", hparams, selected,
                            step_call=step_runner,
                            layer_call=lambda spec, pass_: tinygrad_layer_call(spec, pass_,
                                                                               backend),
                            measure=lambda call, report: measure_tinygrad(call, reps, top,
                                                                          report),
                            progress=progress)
            return rows, {"kernels": used, "code_generator": renderer_name(backend),
                          "cpu_parallel": parallel_cpu_kernels_on()}
    finally:
        DEV.value = saved


def torch_rows(torch, device: str, hparams: HyperParams, selected: list[str], reps: int,
               progress: Callable[[str], None]) -> list[dict]:
    """Every selected row with PyTorch on one device type."""
    torch.manual_seed(hparams.seed)
    Tensor.manual_seed(hparams.seed)
    return run_rows(f"PyTorch {device}", "pytorch", hparams, selected,
                    step_call=lambda step_hp: torch_step_call(torch, step_hp, device),
                    layer_call=lambda spec, pass_: torch_layer_call(torch, spec, pass_, device),
                    measure=lambda call, report: measure_torch(call, reps, report),
                    progress=progress)


def attach_ratios(rows: list[dict], torch_engine_for: dict[str, str]):
    """Give every tinygan row its PyTorch counterpart's median and the ratio tinygan/PyTorch
    (above 1: tinygan is slower)."""
    reference = {(r["engine"], r["id"], r["pass"]): r["median_ms"]
                 for r in rows if r["framework"] == "pytorch"}
    for row in rows:
        backend = row["engine"].removeprefix("tinygan ")
        if row["framework"] != "tinygan" or backend not in torch_engine_for:
            continue
        torch_ms = reference.get((torch_engine_for[backend], row["id"], row["pass"]))
        if torch_ms:
            row["pytorch_median_ms"] = torch_ms
            row["vs_pytorch"] = significant(row["median_ms"] / torch_ms)


def run_benchmark(backends: list[str], selected: list[str], *, batch: int = 128, reps: int = 5,
                  use_torch: bool = True, top: int = 5, cold_cache: bool = False,
                  torch_threads: int = 0, seed: int = 0, command: str = "",
                  kernels: str | None = None,
                  now: datetime.datetime | None = None,
                  progress: Callable[[str], None] = lambda message: None) -> dict:
    """Time the `selected` rows (ROW_IDS) on every tinygrad backend, then on PyTorch where it
    can run on the same hardware; returns the result (the JSON that `tinygan.bench.report`
    writes).  `kernels`: tinygan's plain or fast path (`tinygan.kernels`; recorded per
    backend).  `command` is recorded as the command line that reproduces the run."""
    hparams = HyperParams(batch_size=batch, seed=seed)
    now = now or datetime.datetime.now().astimezone()
    start, load_at_start = time.perf_counter(), load_average()
    torch, torch_devices, torch_note = pytorch_plan(use_torch, backends)

    rows, ran = [], {}
    with Context(CACHELEVEL=0) if cold_cache else contextlib.nullcontext():
        for backend in backends:
            backend_rows, ran[backend] = tinygrad_rows(backend, hparams, selected, reps, top,
                                                       progress, kernels)
            rows += backend_rows
    # every core for the CPU's kernels: the fast path's, unless TINYGAN_PARALLEL_CPU=0
    cpu_parallel = ran.get("CPU", {}).get("cpu_parallel", False)
    with pytorch_threads(torch, torch_threads) as threads_used:
        for device in dict.fromkeys(torch_devices.values()):
            rows += torch_rows(torch, device, hparams, selected, reps, progress)
    attach_ratios(rows, {backend: f"PyTorch {device}" for backend, device in torch_devices.items()})

    return {
        "schema": SCHEMA,
        "created": now.isoformat(timespec="seconds"),
        "command": command,
        "duration_s": round(time.perf_counter() - start, 1),
        "settings": {"batch": batch, "reps": reps, "latent_dim": hparams.latent_dim,
                     "rows": selected, "backends": backends, "seed": seed,
                     "disk_compile_cache": not cold_cache, "top_kernels": top,
                     "torch_threads": threads_used, "cpu_parallel": cpu_parallel,
                     "num_cpu_threads": NUM_CPU_THREADS.value,
                     "allow_tf32": bool(ALLOW_TF32.value),     # tinygrad's, on NVIDIA
                     "kernels": {b: r["kernels"] for b, r in ran.items()},
                     "code_generators": {b: r["code_generator"] for b, r in ran.items()},
                     "tuned_kernels": bool(tuned_kernels.TUNED.value)},
        "machine": {**machine_info(backends, torch),
                    "load_average_start": load_at_start, "load_average_end": load_average()},
        "pytorch": {"compared": bool(torch_devices), "version": getattr(torch, "__version__", None),
                    "devices": sorted(set(torch_devices.values())), "note": torch_note,
                    "tf32": pytorch_tf32(torch)},
        "rows": rows,
    }

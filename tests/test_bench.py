"""The kernel benchmark (tinygan.bench, `python benchmarks/kernels.py`): FLOPs counted by hand,
and the real command in a tiny mode (batch 4, one repetition, a few rows) on the CPU and
OpenCL, with and without PyTorch.  The whole file takes one to two minutes, most of it
compiling the training step's kernels for two backends.
"""
from __future__ import annotations

import json
import math

import numpy as np
import pytest
from click.testing import CliRunner
from conftest import BACKENDS, SMALL_BATCH, torch_or_skip
from PIL import Image
from tinygrad import Tensor
from tinygrad.helpers import DEV

from tinygan.backend import resolve_device, training_mode
from tinygan.bench import flops, report, run, timing, torch_twin
from tinygan.cli import bench as bench_cli
from tinygan.models import faces32, lecture64
from tinygan.pix2pix import Pix2PixParams, build_pix2pix
from tinygan.tutorial import Discriminator, Generator

# slow: benchmark runs against PyTorch.
# One pytest-xdist worker runs them all (xdist_group): the fixtures are built once.
pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("bench")]

N = 128                                                       # the tutorial's batch
TEST_BACKENDS = [resolve_device(name) for name in BACKENDS]   # "CPU", "CL" by default

# Forward FLOPs of each timed layer at batch n, written out from the tutorial's table:
# 2·MACs for Dense/Conv/ConvTranspose (ConvTranspose: N·Cin·H·W·Cout·k², H×W its input),
# per element for the rest (BatchNorm 8, +1 for relu; leakyrelu 2; Dropout 2).
FORWARD = {
    "G1": lambda n: 2 * n * 100 * 12544,                     # Dense 100→12544
    "G2": lambda n: n * 12544 * (8 + 1),                     # BatchNorm(12544, relu)
    "G4": lambda n: 2 * n * 256 * 7 * 7 * 128 * 5 * 5,       # ConvT 5×5 256→128 on 7×7
    "G5": lambda n: n * 128 * 7 * 7 * (8 + 1),               # BatchNorm(128, relu)
    "G6": lambda n: 2 * n * 128 * 7 * 7 * 64 * 4 * 4,        # ConvT 4×4 128→64 on 7×7
    "G7": lambda n: n * 64 * 14 * 14 * (8 + 1),              # BatchNorm(64, relu)
    "G8": lambda n: 2 * n * 64 * 14 * 14 * 1 * 4 * 4,        # ConvT 4×4 64→1 on 14×14
    "D1": lambda n: 2 * n * 64 * 14 * 14 * 1 * 4 * 4,        # Conv 4×4 1→64 to 14×14
    "D2": lambda n: n * 64 * 14 * 14 * 2,                    # leakyrelu
    "D3": lambda n: n * 64 * 14 * 14 * 2,                    # Dropout
    "D4": lambda n: 2 * n * 128 * 7 * 7 * 64 * 4 * 4,        # Conv 4×4 64→128 to 7×7
    "D5": lambda n: n * 128 * 7 * 7 * 2,                     # leakyrelu
    "D6": lambda n: n * 128 * 7 * 7 * 2,                     # Dropout
    "D8": lambda n: 2 * n * 6272 * 1,                        # Dense 6272→1
}
MATMUL_LIKE = {"G1", "G4", "G6", "G8", "D1", "D4", "D8"}
BATCHNORM_ELEMENTS = {"G2": 12544, "G5": 128 * 49, "G7": 64 * 196}


def hand_forward_backward(row_id: str, n: int) -> int:
    """Conv/Dense: forward + input gradient + weight gradient, each the forward's cost.
    BatchNorm: twice the forward, plus 3 per element for γ and β.  Others: twice."""
    forward = FORWARD[row_id](n)
    if row_id in MATMUL_LIKE:
        return 3 * forward
    return 2 * forward + 3 * n * BATCHNORM_ELEMENTS.get(row_id, 0)


# --- FLOPs, by hand -------------------------------------------------------------------------


def test_flop_functions_against_hand_computations():
    assert flops.dense_flops(128, 100, 12544) == 321_126_400
    assert flops.dense_flops(1, 3, 2) == 12
    # Conv 4×4 64→128 stride 2, 14×14 → 7×7: 128·128·49·64·16 MACs.
    assert flops.conv2d_flops(128, 64, 128, 4, 7, 7) == 2 * 822_083_584
    # ConvTranspose 5×5 256→128 on 7×7: true MACs 128·256·49·128·25, no inserted zeros.
    assert flops.conv_transpose2d_flops(128, 256, 128, 5, 7, 7) == 2 * 5_138_022_400
    # The stride-2 ConvTranspose 64→1, 14×14 → 28×28, counts its 14×14 input, not 28×28.
    assert flops.conv_transpose2d_flops(2, 64, 1, 4, 14, 14) == 2 * 2 * 64 * 196 * 16
    assert flops.batchnorm_flops(10) == 80 and flops.batchnorm_flops(10, "relu") == 90
    assert flops.elementwise_flops(10, "leakyrelu") == 20


def test_every_layer_of_both_networks_at_the_tutorials_shapes():
    specs = flops.layer_specs(Generator(100), Discriminator(), N)
    assert [s.id for s in specs] == list(flops.LAYER_IDS) == list(FORWARD)
    shapes = {s.id: (s.in_shape, s.out_shape) for s in specs}
    assert shapes["G1"] == ((N, 100), (N, 12544))
    assert shapes["G4"] == ((N, 256, 7, 7), (N, 128, 7, 7))
    assert shapes["G6"] == ((N, 128, 7, 7), (N, 64, 14, 14))
    assert shapes["G8"] == ((N, 64, 14, 14), (N, 1, 28, 28))
    assert shapes["D1"] == ((N, 1, 28, 28), (N, 64, 14, 14))
    assert shapes["D4"] == ((N, 64, 14, 14), (N, 128, 7, 7))
    assert shapes["D8"] == ((N, 6272), (N, 1))
    for spec in specs:
        assert spec.flops.forward == FORWARD[spec.id](N), spec.id
        assert spec.flops.forward_backward == hand_forward_backward(spec.id, N), spec.id
    names = {s.id: s.name for s in specs}
    assert names["G4"] == "ConvTranspose 5x5 256->128 s1" and names["D4"] == "Conv 4x4 64->128 s2"
    assert names["G2"] == "BatchNorm 12544 +relu" and names["G8"].endswith("+tanh")


def test_training_step_flops_by_hand():
    n = N
    fwd = {k: f(n) for k, f in FORWARD.items()}
    gen_forward = sum(fwd[k] for k in ("G1", "G2", "G4", "G5", "G6", "G7", "G8"))
    disc_forward = sum(fwd[k] for k in ("D1", "D2", "D3", "D4", "D5", "D6", "D8"))
    disc_weights = fwd["D1"] + fwd["D4"] + fwd["D8"]
    disc_inputs_but_first = disc_forward - fwd["D1"]          # the images need no gradient
    gen_weights = (fwd["G1"] + fwd["G4"] + fwd["G6"] + fwd["G8"]
                   + 3 * n * (12544 + 128 * 49 + 64 * 196))   # BatchNorm γ and β
    gen_inputs_but_first = gen_forward - fwd["G1"]            # the noise needs no gradient
    discriminator_step = 2 * (disc_forward + disc_weights + disc_inputs_but_first)
    generator_step = disc_forward + disc_forward + gen_weights + gen_inputs_but_first
    expected = gen_forward + discriminator_step + generator_step
    assert flops.step_flops(Generator(100), Discriminator(), n) == expected
    assert 45e9 < expected < 55e9          # about 50 GFLOP per step at batch 128


def test_the_other_models_steps_are_rows_at_their_sources_batch():
    """faces32 and lecture64 are step rows at their batches (128, 64) scaled by batch/128,
    with their images and hand-counted FLOPs; nothing is compiled here."""
    seen = []

    def step_call(hp):
        seen.append((getattr(hp, "model", "pix2pix"), hp.batch_size, hp.adam_beta1))
        return lambda: None
    rows = run.run_rows("tinygan CPU", "tinygan", run.HyperParams(batch_size=4),
                        ["pix2pix", "lecture64", "faces32", "step"], step_call=step_call,
                        layer_call=None, measure=lambda call, report: {"median_ms": 1.0},
                        progress=lambda message: None)
    assert [r["id"] for r in rows] == ["step", "lecture64", "faces32", "pix2pix"]
    assert seen == [("tutorial", 4, 0.9), ("lecture64", 2, 0.5), ("faces32", 4, 0.5),
                    ("pix2pix", 2, 0.5)]
    assert rows[1]["input_shape"] == [2, 3, 64, 64] and rows[2]["input_shape"] == [4, 3, 32, 32]
    assert rows[3]["input_shape"] == [2, 1, 32, 32]
    assert run.step_hparams("pix2pix", run.HyperParams()).batch_size == 16
    assert run.step_hparams("lecture64", run.HyperParams()).batch_size == 64
    # lecture64's first transposed convolution, 4×4 1024→512 on 4×4, by hand:
    gen, disc = lecture64.Generator(100), lecture64.Discriminator()
    assert flops.layer_specs(gen, disc, 2, lecture64.IMAGE_SHAPE)[1].flops.forward == \
        2 * 2 * 1024 * 4 * 4 * 512 * 4 * 4
    assert rows[1]["flops"] == flops.step_flops(gen, disc, 2, (3, 64, 64)) > 0
    names = [s.name for s in flops.layer_specs(gen, disc, 2, lecture64.IMAGE_SHAPE)]
    assert names[0] == "Dense 100->16384 +leakyrelu" and names[2] == "BatchNorm 512 +leakyrelu"


@pytest.mark.parametrize("model", [faces32, lecture64], ids=lambda m: m.__name__)
def test_the_pytorch_twin_of_each_model_computes_what_tinygan_computes(model):
    """The twin's layers, activations inside BatchNorm and Dense included (LeakyReLU 0.2),
    give tinygan's outputs on the same input, in training mode (batch statistics)."""
    torch = torch_or_skip()
    gen, disc = model.Generator(100), model.Discriminator()
    noise = np.random.default_rng(0).standard_normal((2, 100)).astype(np.float32)
    with training_mode():
        images = gen(Tensor(noise))
        logits = disc(images).numpy()
        images = images.numpy()
    twin_gen = torch_twin.torch_model(torch, gen, (2, 100)).train()
    twin_disc = torch_twin.torch_model(torch, disc, (2, *model.IMAGE_SHAPE)).train()
    with torch.no_grad():
        twin_images = twin_gen(torch.from_numpy(noise))
        twin_logits = twin_disc(twin_images)
    assert np.abs(twin_images.numpy() - images).max() < 1e-4
    assert np.abs(twin_logits.numpy() - logits).max() < 1e-3 * max(1, np.abs(logits).max())


def test_pix2pix_step_flops_by_hand():
    """The U-Net's levels with their inputs (the decoder's joined with the encoder's
    outputs), and one level's FLOPs by hand: the innermost decoder level, ConvTranspose 4×4
    512→512 on 1×1, its BatchNorm and Dropout on 512×2×2."""
    gen, disc, _, _ = build_pix2pix(Pix2PixParams(), 1, 1)
    shapes = [x for _, x in flops.unet_level_shapes(gen, 2, (1, 32, 32))]
    assert shapes == [(2, 1, 32, 32), (2, 64, 16, 16), (2, 128, 8, 8), (2, 256, 4, 4),
                      (2, 512, 2, 2), (2, 512, 1, 1), (2, 1024, 2, 2), (2, 512, 4, 4),
                      (2, 256, 8, 8), (2, 128, 16, 16)]
    level = [flops.layer_flops(*s) for s in flops.with_shapes(gen.decoder[0], (2, 512, 1, 1))]
    numel = 2 * 512 * 2 * 2
    assert [f.forward for f in level] == [2 * 512, 2 * 2 * 512 * 1 * 512 * 16, numel * 8,
                                          numel * 2]
    total = flops.pix2pix_step_flops(gen, disc, 2, (1, 32, 32))
    assert total == run.step_row_flops(Pix2PixParams(batch_size=2))
    assert 1e9 < total / 2 < 2e9          # about 1.4 GFLOP per pair


def test_the_pytorch_twin_of_pix2pix_computes_what_tinygan_computes():
    """The U-Net twin with its skips (and the PatchGAN on joined pairs) gives tinygan's
    outputs in test mode (running statistics, no dropout); a twin without the skips would
    not even accept the decoder's inputs."""
    torch = torch_or_skip()
    gen, disc, _, _ = build_pix2pix(Pix2PixParams(ngf=8, ndf=8), 1, 1)
    x = np.random.default_rng(0).uniform(-1, 1, (2, 1, 32, 32)).astype(np.float32)
    images = gen(Tensor(x))
    logits = disc(Tensor(x), images).numpy()
    images = images.numpy()
    twin_gen = torch_twin.torch_unet(torch, gen, (2, 1, 32, 32)).eval()
    twin_disc = torch_twin.torch_model(torch, disc, (2, 2, 32, 32)).eval()
    with torch.no_grad():
        twin_images = twin_gen(torch.from_numpy(x))
        twin_logits = twin_disc(torch.cat([torch.from_numpy(x), twin_images], dim=1))
    assert np.abs(twin_images.numpy() - images).max() < 1e-4
    assert twin_logits.shape == logits.shape == (2, 1, 6, 6)
    assert np.abs(twin_logits.numpy() - logits).max() < 1e-3 * max(1, np.abs(logits).max())


def test_torch_device_types_match_the_hardware():
    assert torch_twin.torch_device_for("CUDA") == torch_twin.torch_device_for("NV") == "cuda"
    assert torch_twin.torch_device_for("CUDA:1") == "cuda"
    assert torch_twin.torch_device_for("METAL") == "mps"
    for backend in ("CPU", "CL", "CL:0", "AMD"):
        assert torch_twin.torch_device_for(backend) == "cpu"


# --- the command, in a tiny mode --------------------------------------------------------------

ROW_FIELDS = {
    "id": str, "name": str, "network": str, "pass": str, "framework": str, "engine": str,
    "input_shape": list, "output_shape": list, "flops": int, "cold_ms": float,
    "warmup_ms": float, "median_ms": float, "min_ms": float, "times_ms": list,
    "gflops_per_s": (float, type(None)), "kernels": (int, type(None)),
    "tinygrad_ops": (int, type(None)), "kernel_ms": (float, type(None)),
    "slowest_kernels": list, "pytorch_median_ms": (float, type(None)),
    "vs_pytorch": (float, type(None)),
}
TOP_FIELDS = {"schema": str, "created": str, "command": str, "duration_s": float,
              "settings": dict, "machine": dict, "pytorch": dict, "rows": list}
MACHINE_FIELDS = {"host": str, "cpu": str, "cores": int, "gpus": list, "devices": dict,
                  "python": str, "tinygrad": str}


def expected_torch_devices() -> dict[str, str]:
    """The PyTorch device each test backend is compared on, written out: a CUDA backend
    against PyTorch's cuda, Metal against mps, the rest against its cpu; where this
    PyTorch lacks the device (the CPU wheel on a GPU machine), none."""
    torch = torch_or_skip()
    wanted = {name: {"CUDA": "cuda", "NV": "cuda", "METAL": "mps"}.get(name.split(":")[0], "cpu")
              for name in TEST_BACKENDS}
    available = {"cpu": True, "cuda": torch.cuda.is_available(),
                 "mps": torch.backends.mps.is_available()}
    return {name: device for name, device in wanted.items() if available[device]}


def run_bench(tmp_path, *args: str) -> tuple[object, dict, str]:
    out = tmp_path / "results" / "bench.json"
    saved = DEV.value
    result = CliRunner().invoke(bench_cli.bench, [*args, "--batch", str(SMALL_BATCH), "--reps", "1",
                                              "--out", str(out)])
    assert DEV.value == saved, "the benchmark must restore tinygrad's default device"
    assert result.exit_code == 0, result.output + repr(result.exception)
    return result, json.loads(out.read_text(encoding="utf-8")), str(out)


def check_schema(data: dict):
    for key, kind in TOP_FIELDS.items():
        assert isinstance(data[key], kind), key
    assert data["schema"] == run.SCHEMA
    for key, kind in MACHINE_FIELDS.items():
        assert isinstance(data["machine"][key], kind), key
    assert isinstance(data["pytorch"]["compared"], bool)
    settings = data["settings"]
    assert set(settings["code_generators"]) == set(settings["backends"])
    assert isinstance(settings["tuned_kernels"], bool)
    for row in data["rows"]:
        for key, kind in ROW_FIELDS.items():
            assert isinstance(row[key], kind), (key, row)
        assert row["pass"] in ("forward", "forward+backward", "training step")
        assert row["min_ms"] <= row["median_ms"] and len(row["times_ms"]) == 1
        assert row["cold_ms"] > 0 and row["median_ms"] > 0


def check_flops(rows: list[dict], n: int):
    for row in rows:
        if row["pass"] == "forward":
            assert row["flops"] == FORWARD[row["id"]](n), row["id"]
        elif row["pass"] == "forward+backward":
            assert row["flops"] == hand_forward_backward(row["id"], n), row["id"]


@pytest.fixture(scope="module")
def full_run(tmp_path_factory):
    """One run with PyTorch on every test backend: the step and one layer of each
    cheap-to-compile kind (ConvTranspose, Dropout, Dense)."""
    torch_or_skip()
    return run_bench(tmp_path_factory.mktemp("bench"), "--backends", ",".join(TEST_BACKENDS),
                     "--layers", "step,G8,D3,D8")


def test_the_json_has_every_row_on_every_engine(full_run):
    result, data, _ = full_run
    check_schema(data)
    assert data["settings"]["batch"] == SMALL_BATCH
    assert data["settings"]["backends"] == TEST_BACKENDS
    engines = [f"tinygan {b}" for b in TEST_BACKENDS] + [      # ["PyTorch cpu"] on CI
        f"PyTorch {d}" for d in dict.fromkeys(expected_torch_devices().values())]
    keys = [("step", "training step")] + [(i, p) for i in ("G8", "D3", "D8")
                                          for p in ("forward", "forward+backward")]
    assert [(r["engine"], r["id"], r["pass"]) for r in data["rows"]] == [
        (engine, *key) for engine in engines for key in keys]
    check_flops(data["rows"], SMALL_BATCH)
    step = {r["engine"]: r for r in data["rows"] if r["id"] == "step"}
    assert len({r["flops"] for r in step.values()}) == 1
    first = f"tinygan {TEST_BACKENDS[0]}"
    assert all(r["cold_ms"] > 0 for r in step.values())     # the first call is timed apart
    assert f"{first}: training step" in result.stderr                    # the progress line


def test_tinygrad_rows_name_their_slowest_kernels(full_run):
    _, data, _ = full_run
    for row in (r for r in data["rows"] if r["framework"] == "tinygan"):
        assert row["kernels"] >= 1 and row["tinygrad_ops"] >= 0 and row["kernel_ms"] > 0
        assert 1 <= len(row["slowest_kernels"]) <= 5
        for kernel in row["slowest_kernels"]:
            assert set(kernel) == {"name", "ms", "calls"}
            assert kernel["name"] and "\x1b" not in kernel["name"] and kernel["calls"] >= 1
        times = [k["ms"] for k in row["slowest_kernels"]]
        assert times == sorted(times, reverse=True)
    step = next(r for r in data["rows"] if r["id"] == "step" and r["framework"] == "tinygan")
    assert step["kernels"] > 50            # the whole D + G update, as the training loop runs it


def test_pytorch_rows_and_ratios(full_run):
    result, data, _ = full_run
    devices = expected_torch_devices()                       # {"CPU": "cpu", "CL": "cpu"}
    assert data["pytorch"]["compared"] and data["pytorch"]["devices"] == sorted(set(
        devices.values()))
    assert (data["pytorch"]["note"] is None) == (len(devices) == len(TEST_BACKENDS))
    assert data["machine"]["torch"]
    reference = {(r["id"], r["pass"]): r["median_ms"] for r in data["rows"]
                 if r["framework"] == "pytorch"}
    for row in (r for r in data["rows"] if r["framework"] == "pytorch"):
        assert row["kernels"] is None and row["slowest_kernels"] == []
    for row in (r for r in data["rows"] if r["framework"] == "tinygan"):
        torch_ms = reference[(row["id"], row["pass"])]
        assert row["pytorch_median_ms"] == torch_ms
        assert math.isclose(row["vs_pytorch"], row["median_ms"] / torch_ms, rel_tol=1e-2)
    assert f"training step, PyTorch {next(iter(devices.values()))}" in result.stdout


def test_markdown_table_and_chart_next_to_the_json(full_run):
    _, data, out = full_run
    markdown = open(out[:-len(".json")] + ".md", encoding="utf-8").read()
    assert markdown.startswith("# tinygan kernel benchmark")
    first = TEST_BACKENDS[0]
    assert f"| row | layer | pass | GFLOP | tinygan {first} ms | {first} / PyTorch |" in markdown
    assert data["command"] in markdown
    step_lines = [line for line in markdown.splitlines() if line.startswith("| step |")]
    assert len(step_lines) == 1 + len(TEST_BACKENDS) + 1   # the summary, then each engine
    with Image.open(out[:-len(".json")] + ".png") as chart:
        assert chart.format == "PNG"
        width, height = chart.size
    engines = len(TEST_BACKENDS) + 1
    assert width == report.CHART_WIDTH and height >= 7 * engines * 9


def test_on_nvidia_the_report_says_which_engine_uses_tf32(full_run):
    """No NVIDIA GPU here: the run's own record, as if its backend had been CUDA's."""
    _, data, _ = full_run
    assert data["settings"]["allow_tf32"] is False            # tinygrad's default
    assert data["pytorch"]["tf32"] == {"convolutions": True, "matmul": False}
    assert "TF32" not in report.markdown_report(data)          # CPU and OpenCL: nothing said
    cuda = {**data, "settings": {**data["settings"], "backends": ["CUDA"], "allow_tf32": True},
            "pytorch": {**data["pytorch"], "devices": ["cuda"]}}
    lines = [line for line in report.markdown_report(cuda).splitlines() if "TF32" in line]
    assert lines == ["Float32 on NVIDIA: tinygrad's TF32 tensor cores on (ALLOW_TF32); "
                     "PyTorch's TF32 on in convolutions (torch.backends.cudnn.allow_tf32), "
                     "off in matrix products (torch.backends.cuda.matmul.allow_tf32)."]


@pytest.mark.parametrize("absence", ["--no-torch", "not installed"])
def test_without_pytorch_the_rows_are_skipped_with_a_note(absence, tmp_path, monkeypatch):
    args = ["--backends", "CPU", "--layers", "D8"]
    if absence == "--no-torch":
        args += ["--no-torch", "--tf32"]         # and TF32 allowed: recorded, no other effect
    else:
        monkeypatch.setattr(torch_twin, "import_torch", lambda: None)
    result, data, out = run_bench(tmp_path, *args)
    check_schema(data)
    assert data["settings"]["allow_tf32"] == (absence == "--no-torch")
    assert ("--tf32" in data["command"]) == (absence == "--no-torch")
    assert data["settings"]["kernels"] == {"CPU": "fast"}
    check_flops(data["rows"], SMALL_BATCH)
    assert [r["framework"] for r in data["rows"]] == ["tinygan", "tinygan"]
    assert all(r["vs_pytorch"] is None for r in data["rows"])
    note = data["pytorch"]["note"]
    assert not data["pytorch"]["compared"] and note
    assert ("--no-torch" in note) == (absence == "--no-torch")
    assert note in result.stdout
    markdown = open(out[:-len(".json")] + ".md", encoding="utf-8").read()
    assert note in markdown and "/ PyTorch" not in markdown


def test_a_backend_pytorch_cannot_run_on_gets_a_note(tmp_path, monkeypatch):
    """The CUDA path, exercised here: CL mapped to PyTorch's "cuda", which this PyTorch
    (a CPU build, or no GPU) lacks, so CL gets no comparison and says why."""
    torch = torch_or_skip()
    if torch.cuda.is_available():
        pytest.skip("this PyTorch has CUDA")
    monkeypatch.setattr(torch_twin, "torch_device_for", lambda backend: "cuda")
    backend = TEST_BACKENDS[-1]
    _, data, _ = run_bench(tmp_path, "--backends", backend, "--layers", "D8")
    assert not data["pytorch"]["compared"]
    assert data["pytorch"]["note"] == (f"no comparison for {backend} "
                                       f"(this PyTorch has no cuda device)")
    assert {r["framework"] for r in data["rows"]} == {"tinygan"}


@pytest.mark.parametrize("args, message", [
    (["--layers", "G3"], "unknown row G3"),
    (["--backends", "tpu"], "unknown device 'tpu'"),
    (["--batch", "1"], "x>=2"),
])
def test_bad_options_are_refused_in_one_line(args, message, tmp_path):
    result = CliRunner().invoke(bench_cli.bench, [*args, "--out", str(tmp_path / "x.json")])
    assert result.exit_code == 2 and message in result.output
    assert not (tmp_path / "x.json").exists()


def test_the_command_is_recorded_in_full():
    ctx = bench_cli.bench.make_context("bench", ["--backends", "cpu", "--reps", "3", "--no-torch"])
    assert bench_cli.command_line(ctx) == ("python benchmarks/kernels.py --backends cpu --batch 128 "
                                       "--reps 3 --layers all --no-torch --top 5 "
                                       "--torch-threads 0 --seed 0")


def test_the_kernel_profile_survives_a_module_without_a_file(monkeypatch):
    """CI once failed here: with DEBUG>=1 tinygrad's scheduler looks up its caller with
    `inspect.stack()`, which raises TypeError when `sys.modules` holds a module whose file
    is unknown.  The profile discards that printout and must not depend on it."""
    import sys
    import types

    from tinygrad import Tensor

    fileless = types.ModuleType("__main__")
    fileless.__file__ = ""
    monkeypatch.setitem(sys.modules, "tinygan_test_fileless_module", fileless)
    # The lookup trips only with a caller whose source file does not exist on the stack
    # (code compiled from a string, as tinygrad's own pattern matchers are).
    namespace = {"timing": timing}
    exec(compile("def profile(call):\n    return timing.kernel_profile(call)\n", "<string>",
                 "exec"), namespace)
    x = Tensor.randn(4, 8).realize()

    def several_kernels():      # the printout (and the lookup) comes with 2+ kernels
        product = (x @ x.T).contiguous()
        (product.relu().sum(axis=0).contiguous() + product.max()).realize()

    records = namespace["profile"](several_kernels)
    assert records and all(seconds >= 0 for _, seconds in records), records

"""Device selection (tinygan.backend): the tutorial's "gpu" with its CPU fallback, tinygrad's
backend names in any spelling, and a clear error for the rest; and DEV=CPU on every core.

These tests describe this kind of machine: no usable GPU, and OpenCL present through a CPU
driver (PoCL), which must not count as a GPU.  TINYGAN_TEST_BACKENDS=CPU (see conftest.py)
drops the OpenCL checks on a machine without OpenCL.
"""
from __future__ import annotations

import ctypes.util
import logging
import os
import shutil
import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import pytest
from tinygrad import Context, Device, Tensor

from conftest import BACKENDS
from tinygan.backend import (GPU_FALLBACK_WARNING, DeviceError, device_description, is_gpu,
                             is_training, renderer_name, resolve_device, training_mode,
                             usable_devices, use_device)
from tinygan.fast import cpu as cpu_module
from tinygan.fast.cpu import (CPU_RENDERER_ENV, PARALLEL_CPU_ENV, choose_cpu_renderer,
                              parallel_cpu_kernels)

needs_opencl = pytest.mark.skipif("CL" not in BACKENDS, reason="OpenCL not among the test backends")


def a_gpu_is_usable() -> bool:
    return any(device_description(b).split("(", 1)[1].startswith("gpu") for b in usable_devices())


@pytest.mark.skipif(a_gpu_is_usable(), reason="a GPU is usable here: 'gpu' picks it")
@pytest.mark.parametrize("name", ["gpu", "GPU", " gpu "])
def test_gpu_falls_back_to_the_cpu_with_the_tutorials_warning(name, caplog):
    with caplog.at_level(logging.WARNING, logger="tinygan"):
        assert resolve_device(name) == "CPU"
    warnings = [r for r in caplog.records if r.name == "tinygan" and r.levelno == logging.WARNING]
    assert [r.getMessage() for r in warnings] == [GPU_FALLBACK_WARNING]
    assert GPU_FALLBACK_WARNING == "No gpu found, falling back to CPU"


@needs_opencl
def test_an_opencl_cpu_driver_is_usable_but_is_not_a_gpu():
    """PoCL (CI's OpenCL) runs on the CPU, and "gpu" must not pick it; where OpenCL is a
    GPU driver (a GPU machine), it is a GPU."""
    from tinygrad.runtime.autogen import opencl as cl
    assert "CL" in usable_devices()
    kind = ctypes.c_uint64()                 # asked of the driver, not of tinygan.backend
    cl.clGetDeviceInfo(Device["CL"].cl_dev, cl.CL_DEVICE_TYPE, ctypes.sizeof(kind),
                       ctypes.byref(kind), None)
    on_cpu = bool(kind.value & cl.CL_DEVICE_TYPE_CPU)
    assert device_description("CL").startswith("CL (cpu") == on_cpu
    assert is_gpu("CL") == (not on_cpu)


@needs_opencl
@pytest.mark.parametrize("name", ["cl", "CL", "OpenCL", "opencl", "OPENCL"])
def test_opencl_spellings_pick_opencl(name, caplog):
    with caplog.at_level(logging.WARNING, logger="tinygan"):
        assert resolve_device(name) == "CL"
    assert not caplog.records, "naming a device explicitly must not warn"


@needs_opencl
def test_a_device_index_is_kept():
    assert resolve_device("cl:0") == "CL:0"


@pytest.mark.parametrize("name", ["cpu", "CPU", "Cpu"])
def test_cpu_picks_the_cpu(name, caplog):
    with caplog.at_level(logging.WARNING, logger="tinygan"):
        assert resolve_device(name) == "CPU"
    assert not caplog.records


@pytest.mark.parametrize("name", ["tpu", "vulkan", "", "gpu0"])
def test_unknown_names_fail_listing_the_usable_devices(name):
    with pytest.raises(DeviceError) as error:
        resolve_device(name)
    message = str(error.value)
    assert repr(name) in message and "\n" not in message
    for backend in usable_devices():
        assert backend in message
    assert isinstance(error.value, ValueError)      # callers may catch ValueError


def test_known_but_absent_accelerators_fail_clearly():
    absent = [b for b in ("CUDA", "METAL") if b not in usable_devices()]
    if not absent:
        pytest.skip("CUDA and METAL are both usable here")
    with pytest.raises(DeviceError, match="not usable on this machine"):
        resolve_device(absent[0].lower())


def test_usable_devices_lists_cpu_last_and_opencl_here():
    devices = usable_devices()
    assert devices[-1] == "CPU"
    for backend in BACKENDS:
        assert resolve_device(backend) in devices


@pytest.mark.parametrize("name", BACKENDS)
def test_use_device_makes_new_tensors_land_there(name):
    backend = use_device(name)
    assert Device.DEFAULT == backend
    assert Tensor.ones(2).device == backend


# ---------------------------------------------------------------------------------------
# The CPU backend's code generator: LLVM where libLLVM loads, clang otherwise; clang itself
# is needed either way, and its absence is one line naming the package.
# ---------------------------------------------------------------------------------------


def llvm_loads() -> bool:
    from tinygrad.renderer.llvmir import CPULLVMRenderer
    try:
        CPULLVMRenderer(Device["CPU"].renderer.target)
        return True
    except Exception:  # noqa: BLE001 - libLLVM missing or unusable
        return False


@pytest.fixture
def cpu_renderer_setting(monkeypatch):
    """Restore tinygan's choice of CPU code generator after a test changes it."""
    yield monkeypatch
    monkeypatch.undo()
    choose_cpu_renderer()


def test_the_cpu_compiles_with_llvm_where_libllvm_loads(cpu_renderer_setting):
    cpu_renderer_setting.delenv(CPU_RENDERER_ENV, raising=False)
    assert resolve_device("cpu") == "CPU"
    if ctypes.util.find_library("LLVM-19"):      # Debian's libllvm19, as .ci/run installs it:
        assert renderer_name("CPU") == "LLVM"    # known without asking tinygan's probe
    else:                                        # another LLVM may or may not load
        assert renderer_name("CPU") == ("LLVM" if llvm_loads() else "CLANG")


@pytest.mark.parametrize("setting, expected", [("clang", "CLANG"), ("LLVM", "LLVM")])
def test_tinygan_cpu_renderer_picks_one(setting, expected, cpu_renderer_setting):
    if expected == "LLVM" and not llvm_loads():
        pytest.skip("libLLVM does not load here")
    cpu_renderer_setting.setenv(CPU_RENDERER_ENV, setting)
    assert choose_cpu_renderer() == expected == renderer_name("CPU")
    assert (Tensor([1.0, 2.0], device="CPU") * 3).tolist() == [3.0, 6.0]


def test_a_bad_tinygan_cpu_renderer_fails_clearly(cpu_renderer_setting):
    cpu_renderer_setting.setenv(CPU_RENDERER_ENV, "gcc")
    with pytest.raises(ValueError, match="TINYGAN_CPU_RENDERER='GCC': use one of LLVM, CLANG"):
        choose_cpu_renderer()


def test_without_libllvm_the_cpu_falls_back_to_clang_saying_so(cpu_renderer_setting, caplog):
    from tinygrad.renderer.llvmir import CPULLVMRenderer

    def no_libllvm(self, target):
        raise AttributeError("libLLVM not found")
    cpu_renderer_setting.delenv(CPU_RENDERER_ENV, raising=False)
    cpu_renderer_setting.setattr(CPULLVMRenderer, "__init__", no_libllvm)
    cpu_renderer_setting.setattr(Device["CPU"], "cached_renderer", {})
    cpu_renderer_setting.setattr(cpu_module, "_renderer_noted", set())
    with caplog.at_level(logging.INFO, logger="tinygan"):
        assert choose_cpu_renderer() == "CLANG"
        assert choose_cpu_renderer() == "CLANG"
    notes = [r.getMessage() for r in caplog.records if r.name == "tinygan"]
    assert len(notes) == 1 and "apt-get install libllvm19" in notes[0], notes


def test_without_clang_the_cpu_is_one_line_naming_the_package(tmp_path):
    """A fresh process whose PATH has no clang and whose compile cache is empty (tinygrad
    compiles the CPU runtime's helpers with clang when the CPU device opens)."""
    env = {**{k: v for k, v in os.environ.items() if k != "CC"},
           "PATH": os.path.dirname(sys.executable), "CACHEDB": str(tmp_path / "cache.db")}
    code = ("from tinygan.backend import resolve_device\n"
            "for name in ('cpu', 'gpu'):\n"
            "    try: resolve_device(name)\n"
            "    except Exception as e: print(type(e).__name__, e)\n")
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                            text=True, timeout=300)
    lines = result.stdout.splitlines()
    assert len(lines) == 2, result.stdout + result.stderr
    for line in lines:
        assert line.startswith("DeviceError") and line.endswith("apt-get install clang"), line


def test_another_c_compiler_is_one_line_too(tmp_path):
    """CC naming a compiler that rejects clang's options (a GPU machine had CC=gcc): one line
    saying to install clang and unset CC."""
    env = {**os.environ, "CC": shutil.which("false"), "CACHEDB": str(tmp_path / "cache.db")}
    code = ("from tinygan.backend import resolve_device\n"
            "try: resolve_device('cpu')\n"
            "except Exception as e: print(type(e).__name__, e)\n")
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                            text=True, timeout=300)
    assert result.stdout.strip().startswith("DeviceError"), result.stdout + result.stderr
    assert result.stdout.strip().endswith("apt-get install clang, and unset CC")


def test_a_test_that_needs_the_cpu_says_why_in_one_line_where_it_cannot_open(tmp_path):
    """The suite on a machine whose CPU device does not open (no clang, as on the H200
    machine): a test that needs the CPU fails with tinygan's one line, not a traceback."""
    env = {**{k: v for k, v in os.environ.items() if k != "CC"},
           "PATH": os.path.dirname(sys.executable), "CACHEDB": str(tmp_path / "cache.db"),
           "TINYGAN_TEST_BACKENDS": "CL"}
    test = f"{Path(__file__).resolve()}::test_cpu_picks_the_cpu"
    result = subprocess.run([sys.executable, "-m", "pytest", test, "-p", "no:xdist", "-q",
                             "-p", "no:cacheprovider", "-o", "addopts="], env=env,
                            capture_output=True, text=True, timeout=300, cwd=tmp_path)
    assert result.returncode == 1 and "3 failed" in result.stdout, result.stdout[-3000:]
    lines = [line for line in result.stdout.splitlines()
             if line.startswith("needs tinygrad's CPU device")]
    assert len(lines) == 3 and all(line.endswith("apt-get install clang") for line in lines)
    assert "Traceback" not in result.stdout and "def test_cpu_picks_the_cpu" not in result.stdout


@needs_opencl
def test_a_gpu_backend_without_clang_saves_and_reads_checkpoints(tmp_path):
    """On a GPU machine without clang (the CPU device cannot open, as above), training runs on
    the GPU, and its checkpoints are written and read without the CPU device: tinygrad's
    `safe_save` goes through it (seen on an H200 machine without clang).  OpenCL stands in
    for the GPU here; a fresh compile cache, so that no cached CPU kernel hides the need."""
    # CC (tinygrad's C compiler) fails, as it did there; PATH stays (PoCL needs `ld`)
    env = {**os.environ, "CC": "false", "CACHEDB": str(tmp_path / "cache.db")}
    code = ("import numpy as np\n"
            "from tinygrad import Tensor, dtypes\n"
            "from tinygan.backend import use_device\n"
            "from tinygan.checkpoint import load_checkpoint, save_checkpoint\n"
            "print(use_device('cl'))\n"
            "rng = np.random.default_rng(0)\n"
            "saved = {'w': Tensor(rng.standard_normal((3, 4), dtype=np.float32)),\n"
            "         'h': Tensor(rng.standard_normal(5).astype(np.float16)),\n"
            "         'n': Tensor(np.arange(6, dtype=np.int32)).reshape(2, 3)}\n"
            f"folder = {str(tmp_path)!r}\n"
            "save_checkpoint(folder, saved, {'step': 7, 'epoch': 1, 'hparams': {}})\n"
            "into = {k: Tensor.zeros(*t.shape, dtype=t.dtype).contiguous().realize()\n"
            "        for k, t in saved.items()}\n"
            "load_checkpoint(folder, into)\n"
            "print(all((into[k].numpy() == saved[k].numpy()).all() for k in saved))\n")
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.split() == ["CL", "True"], result.stdout + result.stderr
    assert (tmp_path / "checkpoint_000007.safetensors").is_file()


def test_write_safetensors_writes_the_bytes_of_tinygrads_safe_save(tmp_path):
    """The checkpoints' own writer (above) and tinygrad's: the same file, byte for byte."""
    from tinygrad import dtypes
    from tinygrad.nn.state import safe_save
    from tinygan.files import write_safetensors
    tensors = {"w": Tensor.randn(3, 5), "h": Tensor.randn(7).cast(dtypes.float16),
               "n": Tensor.arange(6, dtype=dtypes.int32).reshape(2, 3),
               "u": Tensor([1, 2, 3], dtype=dtypes.uint32), "s": Tensor([0.5])}
    safe_save({k: t.contiguous() for k, t in tensors.items()}, str(tmp_path / "tinygrad"))
    write_safetensors(tmp_path / "tinygan", tensors)
    assert (tmp_path / "tinygan").read_bytes() == (tmp_path / "tinygrad").read_bytes()


PROGRAM_CACHE_RUN = """
import sys
import numpy as np
from tinygrad import Tensor
from tinygan.fast import program_cache
if sys.argv[1] == "other-cpu":
    program_cache.cpu_signature = lambda: "another processor"
hits, puts = [], []
get, put = program_cache.diskcache_get, program_cache.diskcache_put
program_cache.diskcache_get = lambda table, key: hits.append(get(table, key)) or hits[-1]
program_cache.diskcache_put = lambda table, key, value: puts.append(key) or put(table, key, value)
program_cache.install()          # as a run with fast kernels does (tinygan.fast.installed)
x = Tensor(np.arange(12, dtype=np.float32).reshape(3, 4), device="CPU")
print(((x @ x.T).relu().contiguous() + 1).sum(0).numpy().tolist(),       # two kernels
      sum(h is not None for h in hits), len(hits), len(puts))
"""


def test_lowered_kernels_are_kept_on_disk_for_the_next_process(tmp_path):
    """A fresh process lowers the kernels and writes them to tinygrad's disk cache; the next
    one finds every one there (and writes none), with the same numbers; another processor
    finds none of them; TINYGAN_PROGRAM_CACHE=0 neither reads nor writes."""
    def run(case, cache="cache.db", **env):
        done = subprocess.run([sys.executable, "-c", PROGRAM_CACHE_RUN, case],
                              env={**os.environ, "CACHEDB": str(tmp_path / cache), **env},
                              capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr
        values, hits, looked, written = done.stdout.rsplit(maxsplit=3)
        return values, int(hits), int(looked), int(written)
    values, hits, looked, written = run("first")
    assert hits == 0 and looked >= 2 and written == looked
    assert run("again") == (values, looked, looked, 0)
    assert run("other-cpu") == (values, 0, looked, looked)
    assert run("off", "off.db", TINYGAN_PROGRAM_CACHE="0") == (values, 0, 0, 0)


def test_a_built_program_is_handed_to_its_call_as_tinygrad_would_put_it(backend):
    """tinygan.fast.program_cache gives each call whose program tinygrad has built that program
    itself, without tinygrad's walk over it: the schedule so made is the very UOp tinygrad's
    own `lower_and_compile` makes of it, or of the schedule as it was."""
    from tinygrad.engine import realize
    from tinygan.fast import program_cache
    tinygrads = realize.lower_and_compile.__wrapped__
    x = Tensor(np.arange(12, dtype=np.float32).reshape(3, 4)).realize()
    schedule = lambda: ((x @ x.T).relu().contiguous() + 1).sum(0).schedule_linear()
    realize.lower_and_compile(schedule())                       # the programs built
    linear = schedule()
    handed, every_one = program_cache._with_built_programs(
        linear, program_cache._calls_to_compile(linear))
    assert handed is not linear and every_one, "not every program was handed over"
    assert handed is tinygrads(handed) is tinygrads(linear)


def test_training_mode_is_on_only_inside_its_context():
    assert not is_training()
    with training_mode():
        assert is_training()
    assert not is_training()


# ---------------------------------------------------------------------------------------
# Every core on DEV=CPU: the per-core parts of each kernel run on a thread pool, with
# results bit-identical to tinygrad's own one-part-after-the-other loop.
# ---------------------------------------------------------------------------------------


class CountingPool(ThreadPoolExecutor):
    """A thread pool that records the threads its parts ran on."""

    def __init__(self, workers: int):
        super().__init__(workers)
        self.threads: set[int] = set()

    def submit(self, fn, *args):
        def recorded():
            self.threads.add(threading.get_ident())
            return fn(*args)
        return super().submit(recorded)


@pytest.fixture
def parallel_setting(monkeypatch):
    """Restore the process-wide setting after a test changes it."""
    saved_pool, saved_size = cpu_module._pool, cpu_module._pool_size
    yield monkeypatch
    monkeypatch.undo()
    cpu_module._pool, cpu_module._pool_size = saved_pool, saved_size
    parallel_cpu_kernels()
    choose_cpu_renderer()


def conv_and_matmul(seed: int) -> list[np.ndarray]:
    """A conv forward+backward and a matmul on DEV=CPU: kernels large enough for tinygrad
    to split them into per-core parts (about 128K operations per part)."""
    rng = np.random.default_rng(seed)
    x, w = (Tensor(rng.standard_normal(shape, dtype=np.float32), device="CPU")
            for shape in ((8, 6, 24, 24), (12, 6, 3, 3)))
    y = x.conv2d(w, stride=2, padding=1).relu()
    dx, dw = y.square().mean().gradient(x, w)
    a, b = (Tensor(rng.standard_normal(shape, dtype=np.float32), device="CPU")
            for shape in ((96, 95), (95, 96)))
    m = a @ b
    return [t.numpy() for t in (y, dx, dw, m)]


@pytest.mark.parametrize("renderer", ["CLANG", "LLVM"])
def test_parallel_cpu_kernels_are_bit_identical_and_use_other_threads(renderer, parallel_setting):
    if renderer == "LLVM" and not llvm_loads():
        pytest.skip("libLLVM does not load here")
    parallel_setting.setenv(CPU_RENDERER_ENV, renderer)
    assert choose_cpu_renderer() == renderer
    with Context(NUM_CPU_THREADS=3):        # three parts per kernel, whatever the machine
        assert not parallel_cpu_kernels(False)
        sequential = conv_and_matmul(seed=7)
        assert parallel_cpu_kernels(True)
        cpu_module._pool = pool = CountingPool(2)
        parallel = conv_and_matmul(seed=7)
    for a, b in zip(sequential, parallel):
        assert a.shape == b.shape and np.array_equal(a, b)
    assert pool.threads and threading.get_ident() not in pool.threads


@pytest.mark.parametrize("setting, expected", [("0", False), ("off", False), ("1", True)])
def test_tinygan_parallel_cpu_switches_it(setting, expected, parallel_setting):
    parallel_setting.setenv(PARALLEL_CPU_ENV, setting)
    with Context(NUM_CPU_THREADS=2):
        assert parallel_cpu_kernels() is expected


def test_a_bad_tinygan_parallel_cpu_value_fails_clearly(parallel_setting):
    parallel_setting.setenv(PARALLEL_CPU_ENV, "lots")
    with pytest.raises(ValueError, match="TINYGAN_PARALLEL_CPU='lots': use 1"):
        parallel_cpu_kernels()


def test_one_core_keeps_tinygrads_loop(parallel_setting):
    with Context(NUM_CPU_THREADS=1):
        assert not parallel_cpu_kernels(True)


def test_the_cpu_description_names_its_code_generator():
    resolve_device("cpu")                       # picks LLVM where libLLVM loads, else clang
    description = device_description("CPU")
    assert description.startswith("CPU (cpu") and description.endswith(
        f", kernels by {renderer_name('CPU')})")
    assert renderer_name("CPU") in ("LLVM", "CLANG")

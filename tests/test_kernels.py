"""The two paths and the one switch (tinygan.kernels): a plain layer is tinygrad's own
operation; `import tinygan` leaves tinygrad as it was and a fast run puts its changes in
place only while it runs; tinygrad's internals are reached from tinygan.internals alone;
on another tinygrad the plain path runs; and the two paths train alike."""
from __future__ import annotations

import ast
import logging
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from conftest import SMALL_BATCH, first_backend_only
from tinygrad import Tensor

from tinygan import internals
from tinygan.kernels import active, choice, kernels_on, ops
from tinygan.layers import Conv, ConvTranspose, Dense
from tinygan.tutorial import HyperParams, build_gan, make_train_step

REPO = Path(__file__).resolve().parents[1]


# ---------------------------------------------------------------------------------------
# The plain path: from a layer's __call__ to tinygrad is one call.
# ---------------------------------------------------------------------------------------

@first_backend_only
@pytest.mark.parametrize("kernels", ["plain"], indirect=True)
def test_a_plain_layer_is_tinygrads_own_operation(backend, kernels):
    """On the plain path the layers build the very graph tinygrad's `conv2d`,
    `conv_transpose2d` and `linear` build on the same weights (tinygrad's UOps are unique,
    so the same computation is the same object), and the same values."""
    assert ops(Tensor.ones(1)) is Tensor and active(backend) == "plain"
    x = Tensor.randn(2, 3, 9, 9).realize()
    conv = Conv(4, 3, 5, stride=2, pad=1)
    assert conv(x).uop is x.conv2d(conv.weight, conv.bias, stride=2, padding=1).uop
    transpose = ConvTranspose(4, 3, 2, stride=2, pad=1)
    expected = x.conv_transpose2d(transpose.weight, transpose.bias, stride=2, padding=1)
    assert transpose(x).uop is expected.uop
    np.testing.assert_array_equal(transpose(x).numpy(), expected.numpy())
    dense = Dense(7, 4)
    v = Tensor.randn(5, 7).realize()
    assert dense(v).uop is v.linear(dense.weight.T, dense.bias).uop


@first_backend_only
def test_the_fast_path_computes_the_same_layers_otherwise(backend):
    """The default: the same layer, tinygan's formulation of it (another graph), the same
    values within float tolerance."""
    assert choice() == "fast" and active(backend) == "fast"
    x = Tensor.randn(2, 3, 9, 9).realize()
    conv = Conv(4, 3, 5, stride=2, pad=1)
    fast = conv(x)
    plain = x.conv2d(conv.weight, conv.bias, stride=2, padding=1)
    assert fast.uop is not plain.uop
    np.testing.assert_allclose(fast.numpy(), plain.numpy(), rtol=1e-5, atol=1e-6)


def test_the_choice_is_plain_or_fast(monkeypatch):
    monkeypatch.delenv("TINYGAN_KERNELS", raising=False)
    assert choice() == "fast" and choice("plain") == "plain"
    monkeypatch.setenv("TINYGAN_KERNELS", "Plain")
    assert choice() == "plain" and choice("fast") == "fast"
    monkeypatch.setenv("TINYGAN_KERNELS", "quick")
    with pytest.raises(ValueError, match="TINYGAN_KERNELS='quick': use plain"):
        choice()
    with pytest.raises(ValueError, match="HyperParams.kernels must be None or one of plain"):
        HyperParams(kernels="quick")


@pytest.mark.parametrize("kernels", ["plain"], indirect=True)       # the session's, meanwhile
def test_on_another_tinygrad_fast_runs_the_plain_path_saying_so(kernels, monkeypatch, caplog):
    """Faking the installed version: the fast path steps aside with one line, tinygrad is
    left unpatched, and the layers are tinygrad's."""
    monkeypatch.setattr(internals, "tinygrad_version", lambda: "0.15.0")
    x = Tensor.randn(1, 2, 5, 5).realize()
    lower = internals.realize.lower_and_compile
    with caplog.at_level(logging.WARNING, logger="tinygan"):
        with kernels_on("fast", "CPU") as used:
            assert used == "plain" and ops(x) is Tensor
            assert internals.realize.lower_and_compile is lower
            conv = Conv(3, 2, 4, pad=1)
            assert conv(x).uop is x.conv2d(conv.weight, conv.bias, padding=1).uop
    lines = [r.getMessage() for r in caplog.records if r.name == "tinygan"]
    assert len(lines) == 1 and "tinygrad 0.15.0 is installed" in lines[0] \
        and "plain path" in lines[0], lines


# ---------------------------------------------------------------------------------------
# Nothing at import; the fast path's changes only while a run has it on.
# ---------------------------------------------------------------------------------------

IDENTITIES = """
import importlib, inspect, json, sys
import tinygrad
for name in ("tinygrad.codegen", "tinygrad.codegen.late.coalesce", "tinygrad.engine.realize",
             "tinygrad.runtime.ops_cpu", "tinygrad.renderer.llvmir", "tinygrad.helpers",
             "tinygrad.tensor", "tinygrad.device"):
    importlib.import_module(name)

def identities():
    found = {}
    for name, module in list(sys.modules.items()):
        if not name.startswith("tinygrad") or module is None:
            continue
        for attr, value in list(vars(module).items()):
            if inspect.isclass(value):
                if value.__module__ == name:
                    for method, member in list(vars(value).items()):
                        if callable(member) or isinstance(member, (staticmethod, classmethod)):
                            found[f"{name}.{attr}.{method}"] = id(member)
            elif callable(value):
                found[f"{name}.{attr}"] = id(value)
    return found

before = identities()
import tinygan, tinygan.tutorial, tinygan.layers
after_import = identities()
from tinygrad import Device
renderers = list(Device["CPU"].renderers)
from tinygan.kernels import kernels_on
with kernels_on("fast", "CPU"):
    during = identities()
    renderers_during = list(Device["CPU"].renderers)
after_run = identities()
changed = lambda now: sorted(k for k in before if k in now and now[k] != before[k])
print(json.dumps({"import": changed(after_import), "during": changed(during),
                  "after": changed(after_run),
                  "renderers": [renderers_during != renderers,
                                list(Device["CPU"].renderers) == renderers]}))
"""


def test_import_tinygan_leaves_tinygrad_as_it_was():
    """In a fresh process: every function and class method of the loaded tinygrad modules
    keeps its identity through `import tinygan` (and the tutorial); a fast run on the CPU
    replaces some while it runs (the check can see a change) and gives them all back."""
    import json
    done = subprocess.run([sys.executable, "-c", IDENTITIES], capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["import"] == [], f"import tinygan changed {report['import']}"
    assert {"tinygrad.engine.realize.lower_and_compile", "tinygrad.codegen.memory_coalescing",
            "tinygrad.runtime.ops_cpu.CPUProgram.__call__"} <= set(report["during"])
    assert report["after"] == [], f"the fast run left {report['after']} changed"
    assert report["renderers"] == [True, True]


# ---------------------------------------------------------------------------------------
# tinygrad's internals in tinygan.internals only.
# ---------------------------------------------------------------------------------------

PUBLIC_MODULES = {"tinygrad", "tinygrad.nn", "tinygrad.nn.optim", "tinygrad.nn.state",
                  "tinygrad.nn.datasets"}


def tinygrad_exports() -> set[str]:
    """The names `tinygrad/__init__.py` binds (its public API)."""
    import tinygrad
    tree = ast.parse(Path(tinygrad.__file__).read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            names.update(alias.asname or alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
    return names - {"os"}


def internal_uses(path: Path, exports: set[str]) -> list[str]:
    """Where a file imports a tinygrad name that tinygrad's public API does not export, or
    reaches one as `tinygrad.<module>`."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        where = f"{path.relative_to(REPO)}:{getattr(node, 'lineno', 0)}"
        if isinstance(node, ast.Import):
            found += [f"{where} import {a.name}" for a in node.names
                      if a.name.startswith("tinygrad.") and a.name not in PUBLIC_MODULES]
        elif isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "tinygrad":
            if node.module not in PUBLIC_MODULES:
                found.append(f"{where} from {node.module} import ...")
            elif node.module == "tinygrad":
                found += [f"{where} from tinygrad import {a.name}" for a in node.names
                          if a.name not in exports and a.name not in ("nn",)]
        elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) \
                and node.value.id == "tinygrad" and node.attr not in exports | {"nn"}:
            found.append(f"{where} tinygrad.{node.attr}")
    return found


def test_tinygrads_internals_are_reached_through_one_module():
    """The package, its benchmarks and examples import from tinygrad only what `tinygrad`
    and `tinygrad.nn` export; everything else goes through tinygan/internals.py (a
    `from tinygrad.codegen import ...` anywhere else fails this)."""
    exports = tinygrad_exports()
    assert {"Tensor", "TinyJit", "Device", "Context", "function"} <= exports
    files = [p for folder in ("tinygan", "benchmarks", "examples")
             for p in sorted((REPO / folder).rglob("*.py"))]
    assert REPO / "tinygan" / "internals.py" in files and len(files) > 50
    found = [use for p in files if p.name != "internals.py" or p.parent.name != "tinygan"
             for use in internal_uses(p, exports)]
    assert found == [], "tinygrad internals outside tinygan/internals.py:\n" + "\n".join(found)
    # and the check sees one when there is one
    probe = REPO / "tinygan" / "internals.py"
    assert any("tinygrad.codegen" in use for use in internal_uses(probe, exports))


# ---------------------------------------------------------------------------------------
# The two paths train alike.
# ---------------------------------------------------------------------------------------

def one_step(kernels: str, seed: int = 3) -> tuple[tuple[float, float], list[np.ndarray]]:
    """The losses of one training step at the suite's small batch, and every parameter
    after it, with `kernels`."""
    hparams = HyperParams(batch_size=SMALL_BATCH, seed=seed)
    with kernels_on(kernels, "CPU"):
        Tensor.manual_seed(seed)
        gen, disc, opt_d, opt_g = build_gan(hparams)
        step = make_train_step(gen, disc, opt_d, opt_g, hparams, use_jit=False)
        real = Tensor(np.random.default_rng(seed).uniform(
            -1, 1, (SMALL_BATCH, 1, 28, 28)).astype(np.float32))
        losses = step(real)
        return losses, [p.numpy() for p in opt_d.params + opt_g.params]


@pytest.mark.slow           # the step built on both paths (the plain one is compiled anew)
@pytest.mark.parametrize("kernels", ["plain"], indirect=True)
def test_one_step_on_the_plain_path_matches_the_fast_one(kernels):
    """From the same weights, noise and masks, tinygrad's own layers and tinygan's give the
    same losses and updated weights within float32 rounding (they sum in other orders)."""
    plain_losses, plain = one_step("plain")
    fast_losses, fast = one_step("fast")
    np.testing.assert_allclose(plain_losses, fast_losses, rtol=1e-5)
    assert len(plain) == len(fast) > 10
    lr = HyperParams().gen_lr
    for a, b in zip(plain, fast):
        # Adam's first step moves each weight by about ±lr = 2e-4, far above rounding; only
        # where a gradient is near Adam's ε can rounding move the step itself (at most 2·lr).
        difference = np.abs(a - b)
        assert difference.max() <= 2 * lr
        assert (difference > lr / 100).mean() <= 1e-3, "more than rounding apart"

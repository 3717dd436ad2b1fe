"""The package's shape (CONTRIBUTING.md, style principle 11): the import contract in setup.cfg holds, and
it really fails when a module imports upwards."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
LINT_IMPORTS = shutil.which("lint-imports")
needs_import_linter = pytest.mark.skipif(LINT_IMPORTS is None,
                                         reason="import-linter is not installed "
                                                "(pip install -e '.[test]')")


def lint_imports(root: Path) -> subprocess.CompletedProcess:
    """`lint-imports` on the package and setup.cfg in `root` (the package found there first)."""
    env = {**os.environ, "PYTHONPATH": str(root)}
    return subprocess.run([LINT_IMPORTS, "--config", str(root / "setup.cfg"), "--no-cache"],
                          cwd=root, env=env, capture_output=True, text=True, timeout=120)


@needs_import_linter
def test_the_import_contract_holds():
    result = lint_imports(REPO)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "3 kept, 0 broken" in result.stdout


@needs_import_linter
@pytest.mark.parametrize("module, line, broken", [
    ("tutorial.py", "from tinygan.quality import fid_scorer",
     "tinygan.tutorial is not allowed to import tinygan.quality"),
    ("layers.py", "from tinygan.tutorial import Generator",
     "tinygan.layers is not allowed to import tinygan.tutorial"),
    ("sampling.py", "from tinygan.cli import main",
     "tinygan.sampling is not allowed to import tinygan.cli"),
    ("images.py", "import click", "is not allowed to import click"),
    ("tutorial.py", "import torch", "is not allowed to import torch"),
])
def test_an_upward_import_breaks_the_contract(tmp_path, module, line, broken):
    shutil.copytree(REPO / "tinygan", tmp_path / "tinygan",
                    ignore=shutil.ignore_patterns("__pycache__", "weights"))
    shutil.copy(REPO / "setup.cfg", tmp_path / "setup.cfg")
    with open(tmp_path / "tinygan" / module, "a") as f:
        f.write(f"\n{line}  # deliberately against the contract\n")
    result = lint_imports(tmp_path)
    assert result.returncode != 0 and broken in result.stdout, result.stdout + result.stderr


def test_only_the_command_line_imports_click():
    """The same rule as the contract's, read off the source without import-linter."""
    offenders = [str(path.relative_to(REPO)) for path in (REPO / "tinygan").rglob("*.py")
                 if "cli" not in path.relative_to(REPO / "tinygan").parts
                 and any(line.strip().startswith(("import click", "from click"))
                         for line in path.read_text().splitlines())]
    assert offenders == []


def test_import_tinygan_loads_the_tutorial_and_its_core_only():
    """`import tinygan`, in a fresh process, loads the tutorial and what it stands on: no
    tool (checkpoints, the long run, charts, sampling, quality, benchmarks), no command
    line, and neither scipy nor click nor torch."""
    code = ("import sys, tinygan; tinygan.train, tinygan.HyperParams;"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('click', 'torch', 'scipy')"
            " or m.startswith(('tinygan.cli', 'tinygan.quality', 'tinygan.longrun',"
            " 'tinygan.bench', 'tinygan.checkpoint', 'tinygan.charts', 'tinygan.sampling',"
            " 'tinygan.interpolate'))))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True,
                            text=True, timeout=120, cwd=REPO)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
    assert "tinygan.tutorial" in subprocess.run(
        [sys.executable, "-c", "import sys, tinygan; print(list(sys.modules))"],
        capture_output=True, text=True, timeout=120, cwd=REPO).stdout

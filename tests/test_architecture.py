"""The package's shape (STYLE.md principle 11): the import contract in setup.cfg holds, and
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
    ("training.py", "from tinygan.quality import fid_scorer",
     "tinygan.training is not allowed to import tinygan.quality"),
    ("layers.py", "from tinygan.models import Generator",
     "tinygan.layers is not allowed to import tinygan.models"),
    ("sampling.py", "from tinygan.cli import main",
     "tinygan.sampling is not allowed to import tinygan.cli"),
    ("images.py", "import click", "is not allowed to import click"),
    ("training.py", "import torch", "is not allowed to import torch"),
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


def test_importing_the_core_loads_no_tool_and_no_click():
    """The tutorial's core, imported on its own, pulls in neither a tool nor the CLI."""
    code = ("import sys, tinygan.training, tinygan.images;"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('click', 'torch')"
            " or m.startswith(('tinygan.cli', 'tinygan.quality', 'tinygan.longrun',"
            " 'tinygan.bench', 'tinygan.checkpoint'))))")
    # `import tinygan.training` runs tinygan/__init__.py first, which re-exports the long run
    # for `tinygan.train`; so import the core modules with a package stub instead.
    stub = ("import sys, types, pathlib; p = types.ModuleType('tinygan');"
            f"p.__path__ = [{str(REPO / 'tinygan')!r}]; sys.modules['tinygan'] = p;")
    result = subprocess.run([sys.executable, "-c", stub + code], capture_output=True,
                            text=True, timeout=120, cwd=REPO)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"

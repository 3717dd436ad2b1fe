"""The documents tell the truth where a check can: the README stays a user's page (short,
every file it links there), nothing cites a file outside the repository, the licence is
the one declared, and `--help` lists every command on one line and names what it reports."""
from __future__ import annotations

import configparser
import re
from pathlib import Path

from click.testing import CliRunner

from tinygan.cli import SHORT_HELP, main

REPO = Path(__file__).resolve().parents[1]
README = (REPO / "README.md").read_text(encoding="utf-8")
# Markdown links and image sources to files of the repository (not URLs, not anchors alone).
LOCAL_LINK = re.compile(r'(?:\]\(|src=")(?!https?://|#)([^)"#\s]+)')


def test_the_readme_is_a_users_page_whose_links_all_exist():
    lines = README.splitlines()
    assert len(lines) <= 250, f"README.md has {len(lines)} lines: lab notes belong elsewhere"
    blocks = re.findall(r"```\n(.*?)```", README, re.S)
    assert "apt-get install clang" in blocks[0] and "pip install -e ." in blocks[0]
    assert "python3 -m pytest -v" in blocks[1]                 # .ci/run's test command
    targets = LOCAL_LINK.findall(README)
    assert len(targets) >= 8
    missing = [t for t in targets if not (REPO / t).exists()]
    assert missing == [], f"README.md links files that do not exist: {missing}"


def test_nothing_cites_a_file_outside_the_repository():
    """The style principles live in CONTRIBUTING.md now (no `STYLE.md`); `../shared` is
    named only where CI's test data is found: the tests' search for MNIST (tests/conftest.py
    and the test of it) and CONTRIBUTING.md's set-up."""
    allowed = {REPO / "tests" / "conftest.py", REPO / "tests" / "test_data.py",
               REPO / "CONTRIBUTING.md", Path(__file__).resolve()}
    files = [p for pattern in ("*.md", "*.py", "*.cfg", "*.sh")
             for p in REPO.rglob(pattern)
             if ".git" not in p.parts and "results" not in p.parts and "egg-info" not in str(p)
             and p not in allowed]
    citing = [str(p.relative_to(REPO)) for p in files
              if any(name in p.read_text(encoding="utf-8", errors="replace")
                     for name in ("STYLE.md", "../shared"))]
    assert len(files) > 80 and citing == []


def test_the_licence_is_the_one_setup_cfg_declares():
    setup = configparser.ConfigParser()
    setup.read(REPO / "setup.cfg")
    assert setup["metadata"]["license"] == "MIT"
    assert (REPO / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")


def test_help_lists_every_command_on_one_line_and_score_names_its_metrics():
    listing = CliRunner().invoke(main, ["--help"]).output
    commands = listing.split("Commands:\n", 1)[1].splitlines()
    assert sorted(line.split()[0] for line in commands) == sorted(SHORT_HELP)
    assert all(SHORT_HELP[line.split()[0]] in line for line in commands), listing
    score = " ".join(CliRunner().invoke(main, ["score", "--help"]).output.split())
    for metric in ("FID", "Inception Score", "KID", "precision and recall",
                   "class histogram", "confidence"):
        assert metric in score, metric

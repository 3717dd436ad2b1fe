"""The run's page, `index.html`: written as the run goes (reloading itself) and final when it
ends, opened from `file://` in a real headless Chromium whose own DOM is checked against
`scores.jsonl` and `losses.csv`; `tinygan report` for a folder that wrote no `run.json`."""
from __future__ import annotations

import csv
import json
import os
import shutil

import pytest
from click.testing import CliRunner
from conftest import SMALL_BATCH, mnist_dir

from tinygan.cli import main as tinygan_cli
from tinygan.longrun import train
from tinygan.loop import TrainingCallback
from tinygan import page as page_module
from tinygan.page import PAGE, RUN_JSON
from tinygan.tutorial import HyperParams, load_MNIST_images

# slow: a short training run with scoring, and a browser.
pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("page")]

STEPS, EMA = 5, 0.9
# CI sets this: without Chromium and its driver the browser test fails instead of skipping.
REQUIRE_BROWSER = os.environ.get("TINYGAN_REQUIRE_BROWSER") == "1"


class PageProbe(TrainingCallback):
    """After each step (after tinygan's callbacks), what the page and run.json say."""

    def __init__(self):
        self.seen = []

    def step_done(self, run, step, epoch, d_loss, g_loss):
        self.seen.append(((run.output_dir / PAGE).read_text(),
                          json.loads((run.output_dir / RUN_JSON).read_text())))


@pytest.fixture(scope="module")
def page_run(tmp_path_factory):
    """Five steps at the suite's small batch with the moving average on, a grid every 2
    steps and the scores of 10 samples every 2 steps."""
    out = tmp_path_factory.mktemp("page")
    hparams = HyperParams(batch_size=SMALL_BATCH, verbose_freq=2, device="cpu",
                          output_dir=str(out), max_steps=STEPS, score_every=2,
                          score_samples=10, ema_decay=EMA, data_dir=str(mnist_dir()))
    probe = PageProbe()
    # the page's own timer (a refresh at least every 60 s) off: what is checked below is the
    # refresh at every grid and scored step, however slow this machine's first steps are
    with pytest.MonkeyPatch.context() as patch:
        defaults = page_module.RunPage.__init__.__defaults__
        patch.setattr(page_module.RunPage.__init__, "__defaults__",
                      (float("inf"), *defaults[1:]))
        train(hparams, images=load_MNIST_images(hparams)[:200], callbacks=[probe])
    return out, probe


def test_the_page_reloads_while_the_run_goes_and_not_once_it_ends(page_run):
    out, probe = page_run
    assert len(probe.seen) == STEPS
    for step, (page, info) in enumerate(probe.seen):
        assert info["status"] == "running" and info["total_steps"] == STEPS
        assert '<meta http-equiv="refresh"' in page and 'data-status="running"' in page
    # refreshed at each grid and scored step (0, 2, 4), not in between
    assert [info["step"] for _, info in probe.seen] == [1, 1, 3, 3, 5]
    final, info = (out / PAGE).read_text(), json.loads((out / RUN_JSON).read_text())
    assert info["status"] == "finished" and info["step"] == STEPS
    assert 'http-equiv="refresh"' not in final and f"dcgan_steps_{STEPS:06d}.png" in final
    assert info["machine"]["device"].startswith("CPU") and info["hparams"]["ema_decay"] == EMA


@pytest.fixture(scope="module")
def browser():
    from selenium.webdriver import Chrome, ChromeOptions
    from selenium.webdriver.chrome.service import Service
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    if not (chromium and driver):
        message = "headless Chromium needs Debian's chromium and chromium-driver"
        if REQUIRE_BROWSER:
            pytest.fail(f"TINYGAN_REQUIRE_BROWSER=1 but {message}", pytrace=False)
        pytest.skip(message)
    options = ChromeOptions()
    options.binary_location = chromium
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1200,2600",
                 "--disable-dev-shm-usage"):
        options.add_argument(flag)
    browser = Chrome(service=Service(driver), options=options)   # the given driver: no download
    yield browser
    browser.quit()


def _close(shown: str, value: float, digits: int) -> bool:
    return abs(float(shown.replace(",", "")) - value) <= 0.5 * 10 ** -digits + 1e-9


def test_chromium_shows_every_image_and_the_runs_own_figures(page_run, browser, tmp_path):
    out, _ = page_run
    browser.get((out / PAGE).resolve().as_uri())
    images = browser.execute_script(
        "return [...document.images].map(i => [i.id, i.complete, i.naturalWidth])")
    assert {"latest-grid", "gif", "losses-plot"} <= {i[0] for i in images}
    assert all(complete and width > 0 for _, complete, width in images), images
    assert browser.execute_script(
        "return document.querySelector('meta[http-equiv=refresh]')") is None
    assert browser.find_element("id", "status").get_attribute("data-status") == "finished"

    scores = [json.loads(line) for line in (out / "scores.jsonl").read_text().splitlines()]
    rows = browser.execute_script(
        "return [...document.querySelectorAll('#scores tr[data-step]')].map(r => "
        "[r.dataset.step, Object.fromEntries([...r.querySelectorAll('td[data-key]')]"
        ".map(c => [c.dataset.key, c.textContent]))])")
    assert [int(step) for step, _ in rows] == [s["step"] for s in scores] == [0, 2, 4]
    for (_, shown), want in zip(rows, scores):
        for key, digits in (("fid", 2), ("kid", 3), ("inception_score", 2),
                            ("precision", 3), ("recall", 3)):
            assert _close(shown[key], want[key], digits), (key, shown[key], want[key])
            assert _close(shown[f"ema.{key}"], want["ema"][key], digits)
    # two curves (generator, moving average) in each of the FID and KID charts
    assert browser.execute_script("return document.querySelectorAll('svg polyline').length") == 4
    histogram = browser.execute_script(
        "return [...document.querySelectorAll('#histogram [data-digit]')].map(c => c.textContent)")
    assert [float(h.rstrip("%")) for h in histogram] == pytest.approx(
        [100 * share for share in scores[-1]["ema"]["class_histogram"]], abs=0.05)

    with open(out / "losses.csv", newline="") as f:
        last = list(csv.DictReader(f))[-1]
    text = lambda element_id: browser.find_element("id", element_id).text
    assert int(text("last-step")) == int(last["step"]) == STEPS - 1
    assert _close(text("last-d-loss"), float(last["discriminator_loss"]), 4)
    assert _close(text("last-g-loss"), float(last["generator_loss"]), 4)
    machine = json.loads((out / RUN_JSON).read_text())["machine"]
    assert "ema_decay" in text("hparams") and machine["device"] in text("machine")
    screenshot = tmp_path / "page.png"
    assert browser.save_screenshot(str(screenshot)) and screenshot.stat().st_size > 10_000


def test_report_writes_the_page_of_a_folder_without_run_json(page_run, tmp_path):
    out, _ = page_run
    old = tmp_path / "old-run"
    shutil.copytree(out, old, ignore=shutil.ignore_patterns(PAGE, RUN_JSON, "losses.png"))
    result = CliRunner().invoke(tinygan_cli, ["report", str(old)])
    assert result.exit_code == 0, result.output
    page = (old / PAGE).read_text()
    assert 'data-status="finished"' in page and 'http-equiv="refresh"' not in page
    assert (old / "losses.png").exists()              # drawn, as the page shows it
    assert '"ema_decay"' not in page and "ema_decay" in page   # from checkpoint.json
    empty = tmp_path / "empty"
    empty.mkdir()
    result = CliRunner().invoke(tinygan_cli, ["report", str(empty)])
    assert result.exit_code == 1 and "holds no run" in result.output
    assert len(result.output.strip().splitlines()) == 1

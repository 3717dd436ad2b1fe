"""The generator as a web page (tinygan.web, `tinygan export-web`): the committed EMA
generator exported, served on 127.0.0.1 and opened in headless Chromium with WebGPU (on
its software adapter, SwiftShader, where the machine has no GPU); the digits the page's
kernels compute are compared with tinygan's CPU generator on the same latent vector, the
button and the slider change the image, a seed in the URL draws the same digit again, the
single file opens from disk, a conditional generator's digit picker asks for its digit, a
browser without WebGPU gets one message, and a page whose kernels were keyed by name (as
tinygrad's extra/export_model.py keys them) draws wrong digits."""
from __future__ import annotations

import functools
import http.server
import json
import os
import re
import shutil
import threading
import time
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner
from tinygrad import Tensor
from tinygrad.nn.state import get_state_dict, safe_load

from tinygan.backend import seed_everything
from tinygan.checkpoint import GENERATOR_ONLY, GENERATOR_WEIGHTS, hparams_dict, save_checkpoint
from tinygan.cli import main as tinygan_cli
from tinygan.conditional import generate, grid_noise, make_generator
from tinygan.sampling import load_generator
from tinygan.tutorial import HyperParams
from tinygan.web import (MODEL, PAGE, SCRIPT, WEIGHTS, Launch, by_name, export_site,
                         kernel_table, read_model, required_limits)

pytestmark = pytest.mark.xdist_group("web")

ROOT = Path(__file__).resolve().parents[1]
EMA = ROOT / "benchmarks" / "results" / "tutorial-25-epochs-ema" / "generator"
SEED = 12345
TOLERANCE = 1e-4                    # max |page - CPU| over a digit's pixels in [-1, 1]
# CI sets this: without Chromium and its driver the browser tests fail instead of skipping.
REQUIRE_BROWSER = os.environ.get("TINYGAN_REQUIRE_BROWSER") == "1"
# Headless Chromium with WebGPU: --enable-unsafe-webgpu exposes it in headless mode; with
# no GPU (CI) Chromium's bundled Vulkan, SwiftShader, gives a fallback adapter.
WEBGPU_FLAGS = ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
                "--enable-unsafe-webgpu", "--window-size=1200,900")


# ---------------------------------------------------------------------------------------
# The kernel table and the limits (no browser, no tinygrad).
# ---------------------------------------------------------------------------------------


def launch(name: str, source: str, buffers: int = 2, local=(16, 1, 1)) -> Launch:
    return Launch(name, source, (4, 1, 1), local, tuple((i, 0, 64) for i in range(buffers)))


def test_the_kernel_table_keys_kernels_by_source_not_by_name():
    # two distinct kernels under one name (tinygrad names a kernel after its loop shape)
    first, other, third = launch("E_4_16", "a"), launch("E_4_16", "b"), launch("r_2", "c")
    table, indices = kernel_table([first, other, third, first])
    assert [k.source for k in table] == ["a", "b", "c"]
    assert [table[i].source for i in indices] == ["a", "b", "c", "a"]  # each runs its own
    # keyed by name, one kernel of a name stands for all: one of the two runs the other's
    table, indices = kernel_table([first, other, third], by_name)
    assert len(table) == 2 and [table[i].source for i in indices] != ["a", "b", "c"]


def test_the_page_asks_for_the_limits_its_kernels_need():
    class Program:
        launches = [launch("E_1", "a", buffers=10, local=(8, 16, 2)), launch("E_2", "b")]
        buffers = [{"bytes": 300_000_000, "weight": None}]
    limits = required_limits([Program])
    assert limits["maxStorageBuffersPerShaderStage"] == 10          # WebGPU's default: 8
    assert limits["maxBufferSize"] == 300_000_000                   # default: 256 MiB
    # never below WebGPU's defaults (a device always has at least those)
    assert limits["maxComputeInvocationsPerWorkgroup"] == 256
    assert limits["maxComputeWorkgroupSizeZ"] == 64


# ---------------------------------------------------------------------------------------
# Bad input: one line, nothing written.
# ---------------------------------------------------------------------------------------


def test_bad_input_is_one_line(tmp_path):
    def export_web(*args):
        return CliRunner().invoke(tinygan_cli, ["export-web", *args])

    result = export_web("--checkpoint", str(tmp_path / "nothing"), "--out", str(tmp_path / "a"))
    assert result.exit_code == 1 and "no checkpoint in" in result.output
    assert len(result.output.strip().splitlines()) == 1 and not (tmp_path / "a").exists()

    other = tmp_path / "other-site"                   # a folder holding another site
    other.mkdir()
    (other / PAGE).write_text("<!doctype html><title>my site</title>")
    (other / "app.js").write_text("//")
    result = export_web("--checkpoint", str(EMA), "--out", str(other))
    assert result.exit_code == 1 and "not a page of tinygan export-web" in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert sorted(p.name for p in other.iterdir()) == ["app.js", PAGE]
    assert (other / PAGE).read_text().endswith("my site</title>")

    result = export_web("--checkpoint", str(EMA), "--out", str(EMA))   # the checkpoint's own
    assert result.exit_code == 1 and len(result.output.strip().splitlines()) == 1


# ---------------------------------------------------------------------------------------
# The exported sites (slow: the generator lowered to WGSL on tinygrad's NULL device).
# ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sites(tmp_path_factory):
    """The EMA generator's page as a folder (the command line, tinygan's fast kernels), as
    one file (tinygrad's own layers: `--kernels plain`), and keyed by name; a conditional
    generator's (random weights, a 2-row grid)."""
    root = tmp_path_factory.mktemp("web")
    seconds = {}
    for name, extra in (("site", []), ("single", ["--single-file", "--kernels", "plain"])):
        start = time.perf_counter()
        result = CliRunner().invoke(tinygan_cli, ["export-web", "--checkpoint", str(EMA),
                                                  "--out", str(root / name), *extra])
        assert result.exit_code == 0, result.output
        seconds[name] = time.perf_counter() - start
    export_site(EMA, root / "by-name", key=by_name)
    export_site(conditional_checkpoint(root / "conditional-checkpoint"), root / "conditional")
    print(f"export-web: {seconds['site']:.1f} s (a folder), {seconds['single']:.1f} s "
          f"(one file, plain kernels)")
    return root


def conditional_checkpoint(folder: Path) -> Path:
    """An exported conditional generator (random weights, seeded) with a 2-row grid."""
    hparams = HyperParams(conditional=True, output_dim=2)
    seed_everything(1)
    gen = make_generator(hparams)
    tensors = {"fixed_noise": grid_noise(hparams).contiguous().realize(),
               **{f"gen.{k}": t for k, t in get_state_dict(gen).items()}}
    folder.mkdir()
    save_checkpoint(folder, tensors, {"step": 0, "epoch": 0, "hparams": hparams_dict(hparams),
                                      GENERATOR_ONLY: True, GENERATOR_WEIGHTS: "raw"})
    return folder


@pytest.mark.slow
def test_the_site_holds_every_distinct_kernel_and_only_relative_links(sites):
    model = read_model(sites / "site")
    kernels = model["kernels"]
    sources = [k["source"] for k in kernels]
    assert len(set(sources)) == len(sources)           # one entry per distinct source
    assert len({k["name"] for k in kernels}) < len(kernels)   # the trap: names are shared
    for program in model["programs"].values():
        launched = {launch["kernel"] for launch in program["launches"]}
        assert launched <= set(range(len(kernels)))
        for launch in program["launches"]:
            assert len(launch["bind"]) == kernels[launch["kernel"]]["buffers"]
            assert f"fn {kernels[launch['kernel']]['name']}(" in sources[launch["kernel"]]
    assert set(model["programs"]) == {"1", "25"}       # a digit, and the 5×5 grid
    # the page asks for as many storage buffers as its widest kernel binds (at least
    # WebGPU's default, 8; a fused BatchNorm kernel bound 10 in an earlier lowering)
    for site in ("site", "single"):
        described = read_model(sites / site)
        most = max(len(launch["bind"]) for p in described["programs"].values()
                   for launch in p["launches"])
        assert described["limits"]["maxStorageBuffersPerShaderStage"] == max(8, most)
    # the weights: every weight a kernel reads, and the grid's noise, as tinygan's own
    weights = safe_load(str(sites / "site" / WEIGHTS))
    read = {b["weight"] for p in model["programs"].values() for b in p["buffers"] if b["weight"]}
    assert set(weights) == read | {"fixed_noise"}
    gen, noise, _ = load_generator(EMA)
    state = get_state_dict(gen)
    for name in read:
        np.testing.assert_array_equal(weights[name].numpy(), state[name].numpy())
    np.testing.assert_array_equal(weights["fixed_noise"].numpy(), noise.numpy())
    # nothing from the internet: no absolute URL in the page, its script or the model
    for path in (sites / "site" / PAGE, sites / "site" / SCRIPT, sites / "single" / PAGE):
        text = path.read_text()
        assert not re.search(r"https?://|(?:src|href)=\"//", text.replace(
            "http://localhost:8000/", "")), path
    assert sorted(p.name for p in (sites / "single").iterdir()) == [PAGE]
    assert read_model(sites / "single")["kernels_path"] == "plain"


@pytest.mark.slow
def test_a_page_written_before_is_replaced(sites, tmp_path):
    folder = tmp_path / "site"
    shutil.copytree(sites / "site", folder)
    site = export_site(EMA, folder, single_file=True)
    assert sorted(p.name for p in folder.iterdir()) == [PAGE]       # the folder's files gone
    assert site.files == [folder / PAGE] and 9e6 < site.bytes < 16e6


# ---------------------------------------------------------------------------------------
# In Chromium.
# ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def server(sites):
    """The sites' folder on 127.0.0.1 (a thread of Python's http.server)."""
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0),
                                            functools.partial(Quiet, directory=str(sites)))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
    thread.join()


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
    for flag in WEBGPU_FLAGS:
        options.add_argument(flag)
    browser = Chrome(service=Service(driver), options=options)   # the given driver: no download
    yield browser
    browser.quit()


STATE = ("const T = window.tinygan || {}; return {ready: T.ready, error: T.error, runs: T.runs, "
         "busy: T.busy, seed: T.seed, to: T.to, walk: T.walk, lastLatent: T.lastLatent, "
         "lastDigit: T.lastDigit, lastOutput: T.lastOutput, lastMs: T.lastMs, "
         "gridOutput: T.gridOutput, gridMs: T.gridMs, adapter: T.adapter, "
         "kernels: T.kernels, search: location.search, "
         "digit: document.getElementById('digit').toDataURL(), "
         "message: document.getElementById('message').hidden ? null : "
         "document.getElementById('message').textContent, "
         "app: !document.getElementById('app').hidden}")


def page_state(browser) -> dict:
    return browser.execute_script(STATE)


def open_page(browser, url: str, timeout: float = 120) -> dict:
    """Load `url` and wait until the page drew its first digit, or failed."""
    browser.get(url)
    return wait(browser, lambda s: s["ready"] or s["error"], timeout)


def wait(browser, done, timeout: float = 60) -> dict:
    deadline = time.monotonic() + timeout
    while not done(state := page_state(browser)):
        assert time.monotonic() < deadline, f"the page did not finish: {state['error']}"
        time.sleep(0.05)
    return state


def after_a_run(browser, action) -> dict:
    """Do `action` (a click, a key), then wait for the page's next digit."""
    runs = page_state(browser)["runs"]
    action()
    state = wait(browser, lambda s: (s["runs"] > runs and not s["busy"]) or s["error"])
    assert state["error"] is None, state["error"]
    return state


@functools.cache
def cpu_generator(folder: Path):
    return load_generator(folder)


def cpu_digits(folder: Path, latent, digits=None) -> np.ndarray:
    """tinygan's generator on this machine's CPU, in test mode, for the page's latents."""
    gen, _, hparams = cpu_generator(folder)
    z = np.asarray(latent, dtype=np.float32).reshape(-1, hparams.latent_dim)
    return generate(gen, Tensor(z), digits).numpy().reshape(len(z), -1)


def max_difference(page_values, cpu: np.ndarray) -> float:
    return float(np.abs(np.asarray(page_values, dtype=np.float32).reshape(cpu.shape) - cpu).max())


@pytest.fixture(scope="module")
def first_load(browser, server):
    """The served page, opened with ?seed=SEED: its state once the first digit is drawn."""
    start = time.perf_counter()
    state = open_page(browser, f"{server}/site/{PAGE}?seed={SEED}")
    print(f"page ready in {time.perf_counter() - start:.1f} s: grid {state['gridMs']:.0f} ms, "
          f"a digit {state['lastMs']:.0f} ms, adapter {state['adapter']}")
    return state


@pytest.mark.slow
def test_chromium_draws_the_cpu_generators_digits_and_the_controls_change_them(
        browser, first_load, tmp_path):
    state = first_load
    assert state["error"] is None and state["app"] and state["message"] is None
    assert state["adapter"]["vendor"] or state["adapter"]["architecture"]
    assert state["seed"] == SEED and len(state["lastLatent"]) == 100
    digit = max_difference(state["lastOutput"], cpu_digits(EMA, state["lastLatent"]))
    _, noise, _ = cpu_generator(EMA)
    grid = max_difference(state["gridOutput"], cpu_digits(EMA, noise.numpy()))
    print(f"max |page - CPU|: {digit:.3g} (a digit), {grid:.3g} (the grid)")
    assert digit <= TOLERANCE and grid <= TOLERANCE
    assert np.std(state["lastOutput"]) > 0.1                  # a digit, not a blank

    from selenium.webdriver.common.keys import Keys
    new = after_a_run(browser, lambda: browser.find_element("id", "new-digit").click())
    assert new["seed"] != SEED and new["lastLatent"] != state["lastLatent"]
    assert new["digit"] != state["digit"]                               # the canvas changed
    assert max_difference(new["lastOutput"], cpu_digits(EMA, new["lastLatent"])) <= TOLERANCE
    assert max_difference(new["lastOutput"], cpu_digits(EMA, state["lastLatent"])) > 0.1

    walked = after_a_run(browser, lambda: browser.find_element("id", "walk").send_keys(Keys.END))
    assert walked["walk"] == 1 and walked["seed"] == new["seed"]
    assert walked["lastLatent"] != new["lastLatent"] and walked["digit"] != new["digit"]
    assert max_difference(walked["lastOutput"], cpu_digits(EMA, walked["lastLatent"])) <= TOLERANCE
    assert f"seed={new['seed']}" in walked["search"] and f"to={new['to']}" in walked["search"]
    print(f"a digit after the first: {new['lastMs']:.0f} ms (new digit), "
          f"{walked['lastMs']:.0f} ms (the slider)")
    screenshot = tmp_path / "page.png"
    assert browser.save_screenshot(str(screenshot)) and screenshot.stat().st_size > 20_000


@pytest.mark.slow
def test_the_single_file_opens_from_disk_and_a_seed_draws_the_same_digit(browser, sites,
                                                                         first_load):
    state = open_page(browser, (sites / "single" / PAGE).as_uri() + f"?seed={SEED}")
    assert state["error"] is None and state["seed"] == SEED
    assert state["lastLatent"] == first_load["lastLatent"]             # the URL's seed
    assert max_difference(state["lastOutput"], np.asarray(first_load["lastOutput"],
                                                          np.float32)) <= TOLERANCE
    # the folder's page opened from disk cannot read its weights: it says what to do
    state = open_page(browser, (sites / "site" / PAGE).as_uri())
    assert "python -m http.server" in state["error"] and state["message"] == state["error"]


@pytest.mark.slow
def test_a_page_whose_kernels_are_keyed_by_name_draws_wrong_digits(browser, server, sites,
                                                                  first_load):
    by_source, by_name_ = read_model(sites / "site"), read_model(sites / "by-name")
    assert len(by_name_["kernels"]) < len(by_source["kernels"])
    state = open_page(browser, f"{server}/by-name/{PAGE}?seed={SEED}")
    assert state["lastLatent"] == first_load["lastLatent"]
    wrong = state["error"] is not None or \
        max_difference(state["lastOutput"], cpu_digits(EMA, state["lastLatent"])) > TOLERANCE
    assert wrong, "kernels keyed by name drew the right digit"


@pytest.mark.slow
def test_a_conditional_generator_draws_the_digit_picked(browser, server, sites):
    from selenium.webdriver.support.ui import Select
    checkpoint = sites / "conditional-checkpoint"
    state = open_page(browser, f"{server}/conditional/{PAGE}?seed=7&digit=3")
    assert state["error"] is None and state["lastDigit"] == 3
    asked = cpu_digits(checkpoint, state["lastLatent"], [3])
    assert max_difference(state["lastOutput"], asked) <= TOLERANCE
    assert max_difference(state["lastOutput"], cpu_digits(checkpoint, state["lastLatent"],
                                                          [4])) > TOLERANCE
    _, noise, _ = cpu_generator(checkpoint)      # the grid: digits 0-9 along each row
    assert len(state["gridOutput"]) == 20 * 784
    assert max_difference(state["gridOutput"], cpu_digits(checkpoint, noise.numpy())) <= TOLERANCE
    picker = Select(browser.find_element("id", "digit-picker"))
    assert [o.text for o in picker.options] == [str(d) for d in range(10)]
    picked = after_a_run(browser, lambda: picker.select_by_value("5"))
    assert picked["lastDigit"] == 5 and picked["lastLatent"] == state["lastLatent"]
    assert max_difference(picked["lastOutput"],
                          cpu_digits(checkpoint, picked["lastLatent"], [5])) <= TOLERANCE
    assert "digit=5" in picked["search"]


@pytest.mark.slow
def test_the_page_asks_its_adapter_for_the_limits_and_names_one_it_lacks(browser, server,
                                                                        sites, first_load):
    """A model needing 10 storage buffers a kernel (WebGPU's default is 8; SwiftShader's
    adapter offers 10) gets a device with 10; one needing 1000 gets one message."""
    greedy = sites / "greedy"
    shutil.copytree(sites / "site", greedy)
    model = read_model(greedy)
    for wanted in (10, 1000):
        model["limits"]["maxStorageBuffersPerShaderStage"] = wanted
        (greedy / MODEL).write_text(json.dumps(model))
        state = open_page(browser, f"{server}/greedy/{PAGE}?seed={SEED}")
        if wanted == 10:
            assert state["error"] is None and state["lastOutput"] == first_load["lastOutput"]
            limits = browser.execute_script("return window.tinygan.deviceLimits")
            assert limits["maxStorageBuffersPerShaderStage"] == 10
    assert "maxStorageBuffersPerShaderStage 1000 (it has" in state["error"]
    assert state["message"] == state["error"] and not state["app"]


@pytest.mark.slow
@pytest.mark.parametrize("without", [
    "delete Navigator.prototype.gpu;",                                    # no WebGPU at all
    "navigator.gpu.requestAdapter = async () => null;"])                  # no adapter
def test_without_webgpu_the_page_says_so_in_one_message(browser, server, sites, without):
    script = browser.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument",
                                     {"source": without})
    try:
        state = open_page(browser, f"{server}/site/{PAGE}")
    finally:
        browser.execute_cdp_cmd("Page.removeScriptToEvaluateOnNewDocument", script)
    assert state["message"] == state["error"] and not state["app"]
    assert "WebGPU" in state["message"] and "Firefox 141" in state["message"]
    assert state["lastOutput"] is None
    assert browser.execute_script("return document.querySelectorAll('#message:not([hidden])')"
                                  ".length") == 1

"""In a real browser: a notebook run in JupyterLab, and the HTML report as a reader opens it.

Headless Chromium (Debian's ``chromium`` package) driven by Playwright, which
never downloads a browser of its own. Skipped, with the reason, where no
chromium executable is found; ``.ci/run`` installs one.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = "01_corpus.ipynb"
CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
#: Flags for a headless browser on a machine with no network and no display, run as root.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--disable-quic"]


def find_chromium() -> str | None:
    """``$CHROMIUM`` if set, else the first chromium-like executable on the PATH."""
    given = os.environ.get("CHROMIUM")
    if given:
        return given if Path(given).is_file() else shutil.which(given)
    return next((p for p in map(shutil.which, CHROMIUM_NAMES) if p), None)


CHROMIUM = find_chromium()
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(CHROMIUM is None, reason=(
        "no chromium executable found (apt-get install chromium, or set CHROMIUM "
        "to a Chromium or Chrome binary)")),
]


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _settings(folder: Path) -> None:
    """JupyterLab user settings: every cell in the page, no news, no update check."""
    for plugin, values in {
        "notebook-extension/tracker": {"windowingMode": "none"},
        "apputils-extension/notification": {"fetchNews": "false", "checkForUpdates": False},
    }.items():
        path = folder / "@jupyterlab" / f"{plugin}.jupyterlab-settings"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(values), encoding="utf-8")


@pytest.fixture(scope="module")
def jupyterlab(tmp_path_factory):
    """JupyterLab on a free localhost port with a token, serving a copy of notebooks/ and seeds/.

    The notebook to run is copied without its outputs, so whatever it shows
    comes from this run. Settings, workspaces and runtime files go to the
    temporary folder too; nothing in the repository or the home folder changes.
    """
    base = tmp_path_factory.mktemp("lab")
    shutil.copytree(ROOT / "notebooks", base / "notebooks",
                    ignore=shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__"))
    shutil.copytree(ROOT / "seeds", base / "seeds")
    nb = nbformat.read(base / "notebooks" / NOTEBOOK, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = [], None
    nbformat.write(nb, base / "notebooks" / NOTEBOOK)
    _settings(base / "settings")
    port, token = _free_port(), secrets.token_hex(16)
    env = dict(os.environ, JUPYTERLAB_SETTINGS_DIR=str(base / "settings"),
               JUPYTERLAB_WORKSPACES_DIR=str(base / "workspaces"),
               JUPYTER_RUNTIME_DIR=str(base / "runtime"), JUPYTER_CONFIG_DIR=str(base / "config"),
               IPYTHONDIR=str(base / "ipython"), MPLBACKEND="agg")
    log = (base / "server.log").open("wb")
    server = subprocess.Popen(
        [sys.executable, "-m", "jupyterlab", "--no-browser", "--allow-root",
         "--ip=127.0.0.1", f"--port={port}", "--ServerApp.port_retries=0",
         f"--ServerApp.token={token}", "--ServerApp.open_browser=False",
         f"--ServerApp.root_dir={base}", "--LabApp.news_url=None"],
        cwd=base, env=env, stdout=log, stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            if server.poll() is not None:
                pytest.fail("JupyterLab exited:\n" + (base / "server.log").read_text()[-3000:])
            try:
                with urllib.request.urlopen(f"{url}/api/status?token={token}", timeout=2):
                    break
            except OSError:
                if time.monotonic() > deadline:
                    pytest.fail("JupyterLab did not answer within 90 s:\n"
                                + (base / "server.log").read_text()[-3000:])
                time.sleep(0.3)
        yield url, token, base
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()


def _wait_for_an_idle_kernel(page) -> None:
    """Wait until the status bar says the notebook's kernel is connected and idle.

    The toolbar's execution indicator reads "idle" before any kernel is
    attached ("No Kernel | Initializing"), so it cannot be the signal.
    """
    page.wait_for_function("""() => [...document.querySelectorAll('.jp-StatusBar-TextItem')]
        .some(e => /\\| Idle$/.test(e.textContent.trim())
                   && !e.textContent.startsWith('No Kernel'))""", timeout=90_000)


def test_a_notebook_runs_in_jupyterlab_without_errors(browser, jupyterlab, tmp_path):
    url, token, base = jupyterlab
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.set_default_timeout(60_000)
    page.goto(f"{url}/lab/tree/notebooks/{NOTEBOOK}?token={token}")
    cells = nbformat.read(base / "notebooks" / NOTEBOOK, as_version=4).cells
    n_code = sum(c.cell_type == "code" for c in cells)
    page.wait_for_function(
        "n => document.querySelectorAll('.jp-NotebookPanel .jp-Cell').length === n", arg=len(cells))
    _wait_for_an_idle_kernel(page)
    assert page.locator(".jp-NotebookPanel .jp-CodeCell").count() == n_code
    page.locator(".lm-MenuBar-itemLabel", has_text="Run").first.click()
    page.locator(".lm-Menu-itemLabel", has_text="Run All Cells").first.click()
    # every code cell has an execution count and the kernel is idle again
    try:
        page.wait_for_function("""() => [...document.querySelectorAll(
                '.jp-NotebookPanel .jp-CodeCell .jp-InputPrompt')]
            .every(p => /\\[\\d+\\]/.test(p.textContent))""", timeout=120_000)
    finally:
        page.screenshot(path=tmp_path / "jupyterlab-run.png")
    _wait_for_an_idle_kernel(page)
    assert page.locator(".jp-NotebookPanel .jp-CodeCell .jp-InputPrompt",
                        has_text="[").count() == n_code
    page.screenshot(path=tmp_path / "jupyterlab.png", full_page=False)
    errors = page.locator(".jp-RenderedText[data-mime-type*='error']")
    stderr = [t for t in page.locator(
        ".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']").all_inner_texts()
        if "Traceback" in t or "Error" in t]
    assert errors.count() == 0, errors.all_inner_texts()[:1]
    assert stderr == []
    images = page.locator(".jp-RenderedImage img")
    assert images.count() >= 1
    images.first.scroll_into_view_if_needed()
    assert page.evaluate("img => img.naturalWidth", images.first.element_handle()) > 0
    # the annotated article displays as HTML inside the notebook
    assert page.locator(".jp-RenderedHTMLCommon .ca-annotate .ca-text .ca-m").count() > 0
    page.close()


def test_the_report_and_an_annotated_article_render(browser, second_report, tmp_path):
    done, out = second_report
    assert done.returncode == 0, done.stderr
    page = browser.new_page(viewport={"width": 1280, "height": 1000})
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto((out / "index.html").as_uri())
    page.wait_for_load_state("load")
    page.screenshot(path=tmp_path / "report.png")
    page.screenshot(path=tmp_path / "report-full.png", full_page=True)
    assert page.locator("h1").first.inner_text().startswith("Press coverage of Which Way Is Land?")
    assert page.locator(".ca-findings li").count() >= 5
    widths = page.evaluate("[...document.images].map(i => i.complete ? i.naturalWidth : 0)")
    assert len(widths) >= 8 and all(w > 0 for w in widths), widths
    link = page.locator(".ca-articles a").first
    link.click()
    page.wait_for_load_state("load")
    assert page.url.endswith("/articles/101.html")
    page.screenshot(path=tmp_path / "article.png", full_page=True)
    speech = page.locator("div.ca-text span.ca-q.ca-speech").first
    style = page.evaluate("e => getComputedStyle(e).backgroundColor", speech.element_handle())
    assert style not in ("rgba(0, 0, 0, 0)", "transparent")
    border = page.evaluate("e => getComputedStyle(e).borderTopStyle", speech.element_handle())
    assert border == "solid"
    mention = page.locator("div.ca-text span.ca-m").first
    assert page.evaluate("e => getComputedStyle(e).borderBottomWidth",
                         mention.element_handle()) == "2px"
    label = page.evaluate(
        "e => getComputedStyle(e, '::before').content",
        page.locator("div.ca-text p.ca-not-text").first.element_handle())
    assert label.strip('"') in {"byline", "credit", "bio", "note", "dateline", "caption"}
    assert [u for u in requests if not u.startswith("file://")] == []
    page.close()

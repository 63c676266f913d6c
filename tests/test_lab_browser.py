"""JupyterLab for real: open ``02-defence-spending`` in headless Chromium, run every cell
through the UI (Run > Run All Cells) and check that the figures appear and no cell fails.

The server (``tests/e2e/lab_server.py``) serves a copy of ``notebooks/`` in a temporary
folder, so the notebook's ``figures_dir = "../figures"`` lands beside that copy and the
repository's ``figures/`` is never touched. A screenshot is saved to
``build/e2e/lab-02-defence-spending.png`` (also when the test fails).

Needs Debian's ``chromium`` (``.ci/run`` installs it with apt-get) and Playwright for
Python (the ``test`` extra); nothing downloads a browser. Skips where either is missing.
Only 127.0.0.1 is contacted.
"""

from __future__ import annotations

import importlib
import os
import re
import shutil
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import nbformat
import pytest
from e2e.lab_server import LabServer, running_lab

REPO = Path(__file__).resolve().parents[1]
NOTEBOOK = "02-defence-spending.ipynb"
SCREENSHOT_DIR = REPO / "build" / "e2e"
CHROMIUM = Path(os.environ.get("DISCOURSE_E2E_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-proxy-server",  # the only host is 127.0.0.1
]
TOTAL_SECONDS = 300  # bound on the waits of one test (page load, kernel start, run, save)

pytestmark = pytest.mark.slow
# .ci/run sets this once Chromium is installed: there a missing piece fails instead of skipping.
REQUIRED = os.environ.get("DISCOURSE_E2E_REQUIRED") == "1"


def _unavailable(reason: str) -> None:
    if REQUIRED:
        pytest.fail(f"{reason} (DISCOURSE_E2E_REQUIRED=1 is set)", pytrace=False)
    pytest.skip(reason, allow_module_level=True)


if not CHROMIUM.is_file():
    _unavailable(
        f"headless browser test needs Chromium at {CHROMIUM} "
        "(Debian: apt-get install chromium; elsewhere set DISCOURSE_E2E_CHROMIUM)"
    )
try:
    sync_api = importlib.import_module("playwright.sync_api")
except ImportError:
    _unavailable(
        "headless browser test needs Playwright for Python (pip install -e '.[test]'); "
        "never run `playwright install`, the test drives the system Chromium"
    )

# The notebook panel's state as the browser shows it. JupyterLab renders an error output
# like any stderr output (data-mime-type="application/vnd.jupyter.stderr"), so an error is
# recognised by the traceback IPython prints; the saved file is checked as well.
_STATE_JS = """() => {
  const panels = document.querySelectorAll('.jp-NotebookPanel');
  const cells = [...document.querySelectorAll('.jp-NotebookPanel .jp-CodeCell')];
  const outputs = [...document.querySelectorAll('.jp-NotebookPanel .jp-OutputArea-output')];
  const stderr = outputs.filter(
    o => o.getAttribute('data-mime-type') === 'application/vnd.jupyter.stderr');
  return {
    n_panels: panels.length,
    status: document.querySelector('.jp-Notebook-ExecutionIndicator')
      ?.getAttribute('data-status') ?? null,
    prompts: cells.map(c => (c.querySelector('.jp-InputPrompt')?.textContent ?? '').trim()),
    errors: stderr.map(o => o.textContent)
      .filter(t => t.includes('Traceback (most recent call last)')),
    error_nodes: outputs.filter(o => (o.getAttribute('data-mime-type') ?? '').includes('error'))
      .length,
    images: [...document.querySelectorAll('.jp-NotebookPanel .jp-RenderedImage img')]
      .map(i => [i.naturalWidth, i.naturalHeight]),
    dialog: document.querySelector('.jp-Dialog')?.textContent ?? null,
  };
}"""
_NUMBERED = re.compile(r"^\[\d+\]:$")


class _Budget:
    """Milliseconds left of one test's total time budget, for Playwright timeouts."""

    def __init__(self, seconds: float) -> None:
        self.end = time.monotonic() + seconds

    def seconds(self, at_most: float) -> float:
        left = self.end - time.monotonic()
        if left <= 0:
            pytest.fail(f"the end-to-end test ran out of its {TOTAL_SECONDS} s budget")
        return min(left, at_most)

    def ms(self, at_most: float) -> float:
        return self.seconds(at_most) * 1000


def _failing_notebook() -> nbformat.NotebookNode:
    """A notebook whose second cell raises: the checks below must catch it."""
    cells = [
        nbformat.v4.new_code_cell("print('before')"),
        nbformat.v4.new_code_cell("raise ValueError('e2e: expected failure')"),
        nbformat.v4.new_code_cell("print('after')"),
    ]
    nb = nbformat.v4.new_notebook(cells=cells)
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3 (ipykernel)",
        "language": "python",
    }
    return nb


@pytest.fixture(scope="module")
def lab(tmp_path_factory) -> Iterator[LabServer]:
    """JupyterLab on 127.0.0.1 serving a copy of ``notebooks/`` (plus a failing notebook)."""
    root = tmp_path_factory.mktemp("lab")
    notebooks = root / "notebooks"
    shutil.copytree(
        REPO / "notebooks",
        notebooks,
        ignore=shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__"),
    )
    nbformat.write(_failing_notebook(), notebooks / "zz-e2e-raises.ipynb")
    with running_lab(notebooks, work_dir=root / "server", timeout=120) as server:
        yield server


@pytest.fixture(scope="module")
def browser(tmp_path_factory) -> Iterator[object]:
    """Headless system Chromium with a fresh profile, driven by Playwright."""
    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_api.sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(profile),
            executable_path=str(CHROMIUM),
            headless=True,
            args=CHROMIUM_ARGS,
            viewport={"width": 1400, "height": 1000},
        )
        try:
            yield context
        finally:
            context.close()


def _kernel_state(lab: LabServer, relpath: str) -> str | None:
    """The execution state of the kernel of ``relpath``'s session once the browser is
    connected to it (None before)."""
    for session in lab.api("api/sessions"):
        if session["path"] == relpath and session["kernel"].get("connections", 0) > 0:
            return session["kernel"]["execution_state"]
    return None


def _wait(page, lab: LabServer, relpath: str, done, what: str, seconds: float) -> dict:
    """Poll the page (and the server) until ``done(state, kernel_state)``; fail fast on a
    dialog, which nothing in a clean run should open."""
    end = time.monotonic() + seconds
    while True:
        state = page.evaluate(_STATE_JS)
        if state["dialog"]:
            pytest.fail(f"unexpected dialog while {what}: {state['dialog']!r}")
        if done(state, _kernel_state(lab, relpath)):
            return state
        if time.monotonic() > end:
            pytest.fail(f"timed out after {seconds:.0f} s {what}; last state {state}")
        time.sleep(0.5)


def _is_idle(state: dict, kernel: str | None) -> bool:
    # the toolbar indicator also reads "idle" before any kernel exists: ask the server too
    return state["status"] == "idle" and kernel == "idle"


def _has_run(state: dict, kernel: str | None) -> bool:
    prompts = state["prompts"]
    queued = "[*]:" in prompts
    return _is_idle(state, kernel) and not queued and any(map(_NUMBERED.match, prompts))


def _run_all_cells(page, lab: LabServer, relpath: str, budget: _Budget) -> dict:
    """Open ``relpath`` in its own workspace, Run > Run All Cells, wait, return the state."""
    workspace = "e2e-" + re.sub(r"\W", "-", relpath)
    page.goto(lab.lab_url(relpath, workspace=workspace), timeout=budget.ms(90))
    page.wait_for_selector(".jp-NotebookPanel .jp-CodeCell", timeout=budget.ms(120))
    # run only once the kernel is up (else Lab asks which kernel to start)
    _wait(page, lab, relpath, _is_idle, "waiting for the kernel", budget.seconds(120))
    page.get_by_role("menuitem", name="Run", exact=True).click(timeout=budget.ms(30))
    page.get_by_role("menuitem", name="Run All Cells", exact=True).click(timeout=budget.ms(30))
    _wait(page, lab, relpath, _has_run, "running all cells", budget.seconds(240))
    time.sleep(1.0)  # idle must not be a gap between two queued cells
    return _wait(page, lab, relpath, _has_run, "running all cells", budget.seconds(30))


def _save_and_read(page, path: Path, budget: _Budget) -> nbformat.NotebookNode:
    """Save through the UI (Ctrl+S) and read the file back once the outputs are on disk."""
    page.keyboard.press("Escape")  # command mode, whatever has the focus
    page.keyboard.press("Control+s")
    end = time.monotonic() + budget.ms(30) / 1000
    while True:
        nb = nbformat.read(path, as_version=4)
        if any(c.get("execution_count") for c in nb.cells if c.cell_type == "code"):
            return nb
        if time.monotonic() > end:
            pytest.fail(f"{path.name} was not saved with outputs after Ctrl+S")
        time.sleep(0.5)


def _screenshot(page, name: str) -> Path:
    SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
    images = page.locator(".jp-NotebookPanel .jp-RenderedImage img")
    if images.count():
        images.first.scroll_into_view_if_needed(timeout=10_000)
    path = SCREENSHOT_DIR / name
    page.screenshot(path=str(path))
    return path


def _saved_errors(nb: nbformat.NotebookNode) -> list[str]:
    return [
        f"{out.get('ename')}: {out.get('evalue')}"
        for cell in nb.cells
        if cell.cell_type == "code"
        for out in cell.get("outputs", [])
        if out.get("output_type") == "error"
    ]


def test_lab_runs_02_defence_spending_and_shows_its_figures(lab, browser):
    budget = _Budget(TOTAL_SECONDS)
    expected = nbformat.read(lab.root_dir / NOTEBOOK, as_version=4)
    n_code = sum(c.cell_type == "code" for c in expected.cells)
    page = browser.new_page()
    try:
        state = _run_all_cells(page, lab, NOTEBOOK, budget)
        saved = _save_and_read(page, lab.root_dir / NOTEBOOK, budget)
    finally:
        shot = _screenshot(page, "lab-02-defence-spending.png")
        page.close()
    where = f"(screenshot: {shot}; server log: {lab.log_path})"

    assert state["n_panels"] == 1, f"expected one notebook panel, got {state['n_panels']}"
    assert len(state["prompts"]) == n_code, f"cells in the DOM: {state['prompts']} {where}"
    assert state["errors"] == [], f"cells show errors:\n{state['errors']} {where}"
    assert state["error_nodes"] == 0  # a renderer that does mark errors by MIME type
    assert all(_NUMBERED.match(p) for p in state["prompts"]), f"{state['prompts']} {where}"
    assert state["images"], f"no figure output appeared in the notebook {where}"
    assert all(w > 0 and h > 0 for w, h in state["images"]), f"empty images {state['images']}"

    # the saved notebook agrees: every code cell ran, no error output, PNG figures inline
    assert _saved_errors(saved) == []
    code = [c for c in saved.cells if c.cell_type == "code"]
    assert all(c.execution_count for c in code), [c.execution_count for c in code]
    assert any("image/png" in out.get("data", {}) for c in code for out in c.outputs)

    # it ran in the project's kernel, and wrote its figures beside the copy, not into figures/
    sessions = lab.api("api/sessions")
    kernels = {s["kernel"]["name"] for s in sessions if s["path"] == NOTEBOOK}
    assert kernels == {"python3"}, sessions
    spec = lab.api("api/kernelspecs")["kernelspecs"]["python3"]["spec"]
    kernel_bin = Path(spec["argv"][0]).parent.resolve()
    assert kernel_bin == Path(sys.executable).parent.resolve(), spec["argv"]
    written = sorted(p.name for p in (lab.root_dir.parent / "figures").glob("02-*.png"))
    assert written, f"no 02-*.png in {lab.root_dir.parent / 'figures'}"


def test_lab_check_catches_a_failing_cell(lab, browser):
    """The same checks on a notebook that raises: the error must be seen, in the DOM and
    in the saved file, and the cell after it must not run."""
    budget = _Budget(TOTAL_SECONDS)
    page = browser.new_page()
    try:
        state = _run_all_cells(page, lab, "zz-e2e-raises.ipynb", budget)
        saved = _save_and_read(page, lab.root_dir / "zz-e2e-raises.ipynb", budget)
    finally:
        page.close()
    assert len(state["errors"]) == 1, state
    assert "ValueError" in state["errors"][0] and "e2e: expected failure" in state["errors"][0]
    assert [bool(_NUMBERED.match(p)) for p in state["prompts"]] == [True, True, False]
    assert _saved_errors(saved) == ["ValueError: e2e: expected failure"]
    assert state["images"] == []

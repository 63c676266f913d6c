"""discourse.figures: running notebooks with papermill, on tiny notebooks written here."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest

from discourse.figures import NotebookError, find_notebooks, run_notebooks

PARAMETERS = 'corpus = None\nfigures_dir = "."'
PLOT = """import pandas as pd
from discourse.plots import plot_counts, save_figure
table = pd.DataFrame({"party": ["SPD", "AfD"], "n": [2, 3]})
ax = plot_counts(table, x="party")
save_figure(ax.figure, "01-tiny", out_dir=figures_dir, formats=("svg",), data={"t": table})"""


def _notebook(path: Path, *cells: str) -> Path:
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    nb.cells.append(nbformat.v4.new_markdown_cell("# A tiny notebook"))
    code = [nbformat.v4.new_code_cell(source) for source in cells]
    code[0].metadata["tags"] = ["parameters"]
    nb.cells.extend(code)
    nbformat.write(nb, path)
    return path


@pytest.fixture
def notebooks(tmp_path) -> Path:
    folder = tmp_path / "notebooks"
    folder.mkdir()
    _notebook(folder / "01-ok.ipynb", PARAMETERS, PLOT)
    _notebook(folder / "02-fails.ipynb", PARAMETERS, "x = 1\ny = x / 0", "print('never')")
    _notebook(
        folder / "04-skips.ipynb",
        PARAMETERS,
        "print('Skipped 04-chart: the corpus has no dates.')\nprint('Skipped or not')",
    )
    # the statement that fails calls a function of an earlier cell and spans three lines
    _notebook(
        folder / "03-nested.ipynb",
        PARAMETERS,
        "def half(a):\n    return a / 0",
        "import math\n\nx = math.pi\ny = half(\n    x,\n)",
    )
    (folder / "scratch.ipynb").write_text("{}", encoding="utf-8")  # not numbered: ignored
    return folder


def test_find_notebooks_selects_numbered_in_order(notebooks):
    assert [p.name for p in find_notebooks(notebooks)] == [
        "01-ok.ipynb",
        "02-fails.ipynb",
        "03-nested.ipynb",
        "04-skips.ipynb",
    ]
    assert [p.name for p in find_notebooks(notebooks, "02")] == ["02-fails.ipynb"]
    assert [p.name for p in find_notebooks(notebooks, ["01-ok"])] == ["01-ok.ipynb"]
    with pytest.raises(ValueError, match="matches no notebook; available: 01-ok, 02-fails, 03"):
        find_notebooks(notebooks, "05")


def test_missing_notebooks_folder_says_what_to_do(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(FileNotFoundError, match="run from the repository root or pass --notebooks"):
        find_notebooks()
    with pytest.raises(FileNotFoundError, match="no NN-"):
        find_notebooks(tmp_path)


@pytest.mark.slow
def test_successful_notebook_writes_its_figure(notebooks, tmp_path):
    out = tmp_path / "figs"
    written = run_notebooks(
        notebooks_dir=notebooks,
        out_dir=out,
        only="01",
        build_dir=tmp_path / "build",
        progress=False,
    )
    assert [p.name for p in written] == ["01-tiny.json", "01-tiny.svg"]
    assert (out / "01-tiny.svg").read_bytes().startswith(b"<?xml")
    executed = nbformat.read(tmp_path / "build" / "01-ok.ipynb", as_version=4)
    injected = [c for c in executed.cells if "injected-parameters" in c.metadata.get("tags", [])]
    assert str(out.resolve()) in injected[0].source  # figures_dir is injected as absolute path


@pytest.mark.slow
def test_failing_notebook_names_notebook_cell_and_exception(notebooks, tmp_path):
    with pytest.raises(NotebookError) as info:
        run_notebooks(
            notebooks_dir=notebooks,
            out_dir=tmp_path / "figs",
            only="02",
            build_dir=tmp_path / "build",
            progress=False,
        )
    message = str(info.value)
    # cell 3 of the file: markdown, parameters, then the failing code cell, whose line 2 fails
    assert message.startswith("notebook 02-fails.ipynb failed in cell 3, line 2 ('y = x / 0'): ")
    assert "ZeroDivisionError: division by zero" in message
    assert len(message.splitlines()) == 2  # no traceback, just where to find it
    assert (info.value.cell, info.value.line) == (3, 2)
    assert info.value.executed == (tmp_path / "build" / "02-fails.ipynb").resolve()
    assert info.value.__cause__ is None and info.value.__suppress_context__


@pytest.mark.slow
def test_failing_line_is_the_statement_of_the_failing_cell(notebooks, tmp_path):
    """Not the cell's first line, nor the line inside the function it called (another cell)."""
    with pytest.raises(NotebookError) as info:
        run_notebooks(
            notebooks_dir=notebooks,
            out_dir=tmp_path / "figs",
            only="03",
            build_dir=tmp_path / "build",
            progress=False,
        )
    message = str(info.value)
    assert message.startswith("notebook 03-nested.ipynb failed in cell 4, line 4 ('y = half('): ")
    assert (info.value.cell, info.value.line) == (4, 4)


@pytest.mark.slow
def test_skipped_figures_are_logged_as_warnings(notebooks, tmp_path, caplog):
    caplog.set_level("WARNING", logger="discourse.figures")
    written = run_notebooks(
        notebooks_dir=notebooks,
        out_dir=tmp_path / "figs",
        only="04",
        build_dir=tmp_path / "build",
        progress=False,
    )
    assert written == []
    assert [r.getMessage() for r in caplog.records if r.name == "discourse.figures"] == [
        "04-skips: Skipped 04-chart: the corpus has no dates."
    ]

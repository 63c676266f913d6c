"""The notebooks: thin, parameterised, stored without outputs, paired with py:percent,
and every one executes on the demo corpus and rewrites identical bytes."""

from __future__ import annotations

import ast
from pathlib import Path

import jupytext
import nbformat
import pytest

from discourse.cli import main
from discourse.figures import find_notebooks, run_notebooks

REPO = Path(__file__).resolve().parents[1]
NOTEBOOKS = find_notebooks(REPO / "notebooks")


def _code(nb) -> list[str]:
    return [c.source for c in nb.cells if c.cell_type == "code"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_is_stored_without_outputs(path):
    nb = nbformat.read(path, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, cell.source[:40]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_is_paired_with_its_script(path):
    script = path.with_suffix(".py")
    assert script.is_file(), f"{script.name} missing: run `jupytext --sync {path.name}`"
    assert _code(jupytext.read(script)) == _code(nbformat.read(path, as_version=4))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_has_parameters_and_no_logic(path):
    nb = nbformat.read(path, as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert "parameters" in code[0].metadata.get("tags", [])
    values = {}
    for node in ast.parse(code[0].source).body:
        values[node.targets[0].id] = ast.literal_eval(node.value)
    assert values == {"corpus": None, "figures_dir": "../figures", "random_state": 0}
    source = "\n".join(_code(nb))
    assert "os.chdir" not in source
    assert "/work/" not in source and "/home/" not in source  # no absolute paths
    for node in ast.walk(ast.parse(source)):
        assert not isinstance(node, ast.ClassDef)
        if isinstance(node, ast.FunctionDef):
            assert node.end_lineno - node.lineno < 2, f"function {node.name} is too long"


@pytest.mark.slow
def test_every_notebook_runs_and_rerunning_gives_identical_bytes(tmp_path, monkeypatch, capsys):
    """The CLI runs 01, the library runs 02 twice and 03-07 once: every notebook writes its
    figures (PNG, SVG, JSON) and the rerun rewrites identical bytes."""
    first, build = tmp_path / "first", tmp_path / "build"
    monkeypatch.chdir(REPO)
    status = main(["figures", "--only", "01", "--out", str(first), "--build", str(build)])
    assert status == 0, capsys.readouterr().err
    assert "wrote " in capsys.readouterr().out
    assert (build / "01-corpus-overview.ipynb").is_file()
    written = run_notebooks(out_dir=first, only="02", build_dir=build, progress=False)
    later = sorted({nb.name[:2] for nb in NOTEBOOKS} - {"01", "02"})  # the figure families
    if later:
        run_notebooks(out_dir=first, only=later, build_dir=build, progress=False)
    names = {p.name for p in first.iterdir()}
    for notebook in NOTEBOOKS:
        prefix = notebook.name[:3]
        stems = {n.rsplit(".", 1)[0] for n in names if n.startswith(prefix)}
        assert stems, f"{notebook.name} wrote no figure"
        for stem in stems:
            assert {f"{stem}.png", f"{stem}.svg", f"{stem}.json"} <= names
    assert {"01-docs-per-year.png", "01-corpus-summary.svg"} <= names
    assert {"02-ukraine-mentions-ungd.png", "02-defence-spending-ungd-sotu.png"} <= names
    again = run_notebooks(
        out_dir=tmp_path / "second", only="02", build_dir=tmp_path / "b2", progress=False
    )
    assert sorted(p.name for p in again) == sorted(p.name for p in written)
    for path in again:
        assert path.read_bytes() == (first / path.name).read_bytes(), path.name

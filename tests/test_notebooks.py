"""The notebooks: thin, parameterised, stored without outputs, paired with py:percent,
and every one executes on the demo corpus and rewrites identical bytes."""

from __future__ import annotations

import ast
import json
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


# --- a corpus of the user's own: no `collection`, no speakers, parties or countries ------------

DEMO_FIGURES = sorted(p.stem for p in (REPO / "figures").glob("0[2-7]-*.json"))
NEEDS_DEMO_METADATA = {  # speakers, parties, sessions, countries of the demo corpus
    "04-who-quotes-whom-nato-debate",
    "04-dispersion-nato-debate",
    "05-stance-negotiations-ungd",
    "06-keyness-linke-vs-union",
    "06-keyness-deu-vs-usa",
}
OWN_ARTICLES = [
    (
        "tagesschau",
        "2025-02-12",
        "US-Verteidigungsminister Pete Hegseth hat in Brüssel gesprochen. Die Nato-Staaten sollen "
        "fünf Prozent des BIP für Verteidigung ausgeben, sagte Hegseth. Pistorius sagte, "
        "Deutschland müsse mehr für die Verteidigung ausgeben. Eine Rückkehr der Ukraine zu den "
        "Grenzen von 2014 sei unrealistisch, sagte Hegseth.",
    ),
    (
        "spiegel",
        "2024-06-01",
        "Im Bundestag ging es um das Zwei-Prozent-Ziel der Nato. Der Kanzler sagte, zwei Prozent "
        "für Verteidigung auszugeben sei richtig. Mehr Geld für die Verteidigung ausgeben, "
        "forderte die Opposition.",
    ),
    (
        "reuters",
        "2025-02-13",
        "U.S. Defense Secretary Pete Hegseth said allies should spend five percent of GDP on "
        "defence. NATO Secretary General Mark Rutte said defence spending must rise to support "
        "Ukraine.",
    ),
    (
        "reuters",
        "2023-09-20",
        "President Zelensky said Ukraine needs more military aid. He told the UN that Russia "
        "must withdraw.",
    ),
]


def _own_corpus(path: Path, *, dated: bool = True) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for i, (source, date, text) in enumerate(OWN_ARTICLES):
            record = {"id": f"own-{i}", "text": text, "source": source}
            record |= {"date": date} if dated else {}
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


@pytest.mark.slow
def test_notebooks_run_on_a_corpus_of_ones_own(tmp_path, monkeypatch, caplog, capsys):
    """`discourse figures --corpus MINE`: no KeyError 'collection'; every figure of 02-07 is
    either drawn for the corpus or skipped with a note, never claimed for the demo's data."""
    corpus = _own_corpus(tmp_path / "mine.jsonl")
    out, build = tmp_path / "figs", tmp_path / "build"
    monkeypatch.chdir(REPO)
    caplog.set_level("WARNING", logger="discourse.figures")
    argv = ["figures", "--corpus", str(corpus), "--out", str(out), "--build", str(build)]
    for prefix in ("02", "03", "04", "05", "06", "07"):
        argv += ["--only", prefix]
    assert main([*argv, "--no-progress"]) == 0, capsys.readouterr().err
    skipped = {
        r.getMessage().split("Skipped ", 1)[1].split(":", 1)[0]
        for r in caplog.records
        if r.name == "discourse.figures"
    }
    drawn = {p.stem for p in out.glob("*.json")}
    assert skipped >= NEEDS_DEMO_METADATA
    assert not drawn & skipped
    assert drawn | skipped == set(DEMO_FIGURES)
    assert {"02-ukraine-mentions-ungd", "04-statements-reference-article"} <= drawn
    for stem in drawn:
        sidecar = json.loads((out / f"{stem}.json").read_text(encoding="utf-8"))
        assert sidecar["parameters"]["corpus"] == str(corpus)
        assert {f"{stem}.png", f"{stem}.svg"} <= set(sidecar["files"])
        words = f"{sidecar['caption']} {sidecar['alt_text']}"
        for demo_only in ("UN General Debate", "tagesschau article", "Bundestag speeches"):
            assert demo_only not in words, (stem, words)


@pytest.mark.slow
def test_a_corpus_without_dates_skips_the_charts_per_year(tmp_path, monkeypatch, caplog):
    corpus = _own_corpus(tmp_path / "undated.jsonl", dated=False)
    monkeypatch.chdir(REPO)
    caplog.set_level("WARNING", logger="discourse.figures")
    written = run_notebooks(
        out_dir=tmp_path / "figs",
        corpus=corpus,
        only="02",
        build_dir=tmp_path / "build",
        progress=False,
    )
    assert written == []
    assert sorted(r.getMessage() for r in caplog.records if r.name == "discourse.figures") == [
        "02-defence-spending: Skipped 02-defence-spending-ungd-sotu: no document of the corpus "
        "has a date.",
        "02-defence-spending: Skipped 02-ukraine-mentions-ungd: no document of the corpus has "
        "a date.",
    ]

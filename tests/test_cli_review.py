"""discourse count / statements / kwic: output formats, options checked before reading, and
the load report on the command line (findings of the session 11 user review)."""

from __future__ import annotations

import json
import subprocess
import sys
import warnings

import pandas as pd
import pytest

import discourse.io
import discourse.stream
from discourse.cli import main
from discourse.io import write_corpus
from discourse.stream import stream_kwic

NATO = r"\b(?:NATO|Nato)\b"


@pytest.fixture
def corpus(tmp_path, tiny_docs):
    docs = pd.concat([tiny_docs] * 3, ignore_index=True)
    docs["doc_id"] = [f"d{i}" for i in range(len(docs))]
    path = tmp_path / "corpus.jsonl"
    write_corpus(docs, path)
    return path, docs


@pytest.fixture
def flawed(tmp_path):
    """A JSONL file with 3 good records and 3 problems: broken JSON, empty text, duplicate id."""
    de = "Die Verteidigungsminister der Nato haben sich am Mittwoch in Brüssel getroffen."
    en = "The defence ministers of NATO met in Brussels on Wednesday to discuss the budget."
    good = [
        {"id": "a", "text": de, "date": "2025-02-12", "source": "x"},
        {"id": "b", "text": en, "date": "2025-02-13", "source": "y"},
    ]
    lines = [json.dumps(good[0]), '{"id": "broken", "text": "abc', json.dumps(good[1])]
    lines += [json.dumps({"id": "c", "text": "", "date": "2025-02-13"})]
    lines += [
        json.dumps({"id": "a", "text": de.replace("Mittwoch", "Montag"), "date": "2025-02-14"})
    ]
    path = tmp_path / "flawed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _kwic(path, out, *more):
    args = ["kwic", str(path), "--pattern", "NATO|Nato", "-o", str(out), "--no-progress"]
    return main([*args, *more])


# --- kwic -o x.parquet writes Parquet (finding 6) ----------------------------------------


def test_kwic_parquet_is_parquet_with_the_lines_of_the_tsv(corpus, tmp_path):
    path, docs = corpus
    assert _kwic(path, tmp_path / "lines.tsv", "--chunksize", "2") == 0
    assert _kwic(path, tmp_path / "lines.parquet", "--chunksize", "2") == 0
    assert (tmp_path / "lines.parquet").read_bytes()[:4] == b"PAR1"
    got = pd.read_parquet(tmp_path / "lines.parquet")
    tsv = pd.read_csv(tmp_path / "lines.tsv", sep="\t")
    assert len(got) == len(tsv) == int(docs["text"].str.count(NATO).sum()) > 0
    assert got["start"].dtype == "int64" and str(got["published"].dtype).endswith("UTC]")
    assert got["match"].tolist() == tsv["match"].tolist()
    assert (got["start"].tolist(), got["doc_id"].tolist()) == (
        tsv["start"].tolist(),
        tsv["doc_id"].astype(str).tolist(),
    )
    text = docs.set_index("doc_id")["text"]
    assert all(text[d][s:e] == m for d, s, e, m in got[["doc_id", "start", "end", "match"]].values)
    assert not list(tmp_path.glob("*.part"))


def test_kwic_parquet_without_any_line_is_an_empty_table(corpus, tmp_path):
    path, _ = corpus
    out = tmp_path / "none.parquet"
    code = main(["kwic", str(path), "--pattern", "Zzyzx", "-o", str(out), "--no-progress"])
    assert code == 0
    got = pd.read_parquet(out)
    assert len(got) == 0 and {"doc_id", "start", "match"} <= set(got.columns)


def test_stream_kwic_rejects_an_unknown_suffix_before_reading(corpus, tmp_path, monkeypatch):
    path, _ = corpus
    monkeypatch.setattr(discourse.io, "read_corpus", _must_not_read)
    with pytest.raises(ValueError, match=r"must end in .tsv \(or .txt\), .csv or .parquet"):
        stream_kwic(path, tmp_path / "lines.xlsx", "Nato")
    assert not (tmp_path / "lines.xlsx").exists()


# --- options are checked before the corpus is read (finding 13) ---------------------------


def _must_not_read(*args, **kwargs):
    raise AssertionError("the corpus was read before the options were checked")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["count", "C", "-o", "u.xlsx"], "-o/--out must end in .parquet, .csv or .tsv"),
        (["count", "C", "-o", "u.csv", "--freq", "X"], "--freq must be one of D, W, M, Q, Y"),
        (["kwic", "C", "--pattern", "Nato", "-o", "k.xlsx"], "-o/--out must end in"),
        (["kwic", "C", "--pattern", "Nato", "-o", "lines"], "-o/--out must end in"),
        (["count", "C", "-o", "u.csv", "--report", "r.json"], "--report must end in"),
        (["count", "C", "-o", "u.csv", "--report", "u.csv"], "name the same file"),
        (["statements", "C", "-o", "s", "--report", "r.xlsx"], "--report must end in"),
        (["count", "C", "-o", "u.csv", "--jobs", "0"], "--jobs must be a positive number"),
    ],
)
def test_bad_options_fail_before_reading(argv, message, corpus, tmp_path, monkeypatch, capsys):
    path, _ = corpus
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(discourse.io, "read_corpus", _must_not_read)
    argv = [str(path) if a == "C" else a for a in argv]
    assert main([*argv, "--no-progress"]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"discourse {argv[0]}: error: ") and message in err
    assert not any(tmp_path.glob("u.*")) and not any(tmp_path.glob("k.*"))


def test_freq_is_case_insensitive_and_none_is_accepted(corpus, tmp_path):
    path, _ = corpus
    assert main(["count", str(path), "--freq", "y", "-o", str(tmp_path / "y.csv")]) == 0
    assert main(["count", str(path), "--freq", "None", "-o", str(tmp_path / "n.csv")]) == 0
    assert "period" in pd.read_csv(tmp_path / "y.csv").columns
    assert "period" not in pd.read_csv(tmp_path / "n.csv").columns


# --- the load report on the command line (finding 17) -------------------------------------


def test_input_problems_are_one_plain_line_not_a_python_warning(flawed, tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "discourse.cli", "count", str(flawed), "--no-progress"]
        + ["-o", str(tmp_path / "c.csv")],
        capture_output=True,
        text=True,
        check=True,
    )
    lines = [line for line in done.stderr.splitlines() if "input problem" in line]
    assert len(lines) == 1, done.stderr
    line = lines[0]
    assert line.startswith("discourse count: warning: 3 input problem(s) (")
    assert "1 json" in line and "1 empty_text" in line and "1 duplicate_id" in line
    assert "2 skipped, 1 renamed" in line
    assert f"first: {flawed} line 2: malformed JSON" in line
    assert line.endswith("list them all with --report FILE.csv")
    for python_talk in ("CorpusWarning", "load_report", "for chunk in chunks", "Warning:"):
        assert python_talk not in done.stderr
    assert all(line.startswith("discourse count: ") for line in done.stderr.splitlines())
    assert done.stdout.startswith("wrote ")


@pytest.mark.parametrize("command", ["count", "kwic", "statements"])
def test_report_option_writes_the_rows_of_the_load_report(command, flawed, tmp_path, capsys):
    out = {"count": "c.parquet", "kwic": "k.tsv", "statements": "stmts"}[command]
    argv = [command, str(flawed), "-o", str(tmp_path / out), "--no-progress"]
    argv += ["--pattern", "Nato"] if command == "kwic" else []
    report = tmp_path / "problems.csv"
    assert main([*argv, "--report", str(report)]) == 0
    err = capsys.readouterr().err
    assert f"all written to {report}" in err
    rows = pd.read_csv(report)
    assert list(rows.columns) == ["file", "line", "doc_id", "problem", "message", "action"]
    assert rows["problem"].tolist() == ["json", "empty_text", "duplicate_id"]
    assert rows["line"].tolist() == [2, 4, 5]
    assert rows["action"].tolist() == ["skipped", "skipped", "renamed"]
    assert (rows["file"] == str(flawed)).all()


def test_other_warnings_are_plain_lines_too(corpus, tmp_path, monkeypatch, capsys):
    """A library warning met in every chunk is one line, shown once, without source code."""
    path, _ = corpus
    chunk = discourse.stream._kwic_chunk

    def odd(*args):
        warnings.warn("something odd in a chunk", UserWarning, stacklevel=1)
        return chunk(*args)

    monkeypatch.setattr(discourse.stream, "_kwic_chunk", odd)
    assert _kwic(path, tmp_path / "k.tsv", "--chunksize", "1") == 0
    err = capsys.readouterr().err
    assert err.splitlines().count("discourse kwic: warning: something odd in a chunk") == 1
    assert "UserWarning" not in err and "warnings.warn" not in err


def test_report_without_problems_is_an_empty_table(corpus, tmp_path, capsys):
    path, _ = corpus
    report = tmp_path / "problems.parquet"
    argv = ["count", str(path), "-o", str(tmp_path / "c.csv"), "--report", str(report)]
    assert main([*argv, "--no-progress"]) == 0
    assert "input problem" not in capsys.readouterr().err
    rows = pd.read_parquet(report)
    assert len(rows) == 0
    assert list(rows.columns) == ["file", "line", "doc_id", "problem", "message", "action"]


# --- count --tz and --langs (review of the session's changes) -----------------------------


def test_count_in_a_time_zone_with_restricted_language_detection(tmp_path, capsys):
    path = tmp_path / "tz.jsonl"
    rows = [
        {"text": "Die Nato tagt.", "date": "2025-01-01T00:30:00+01:00", "source": "x"},
        {"text": "Die Nato tagt wieder.", "date": "2025-02-01T00:30:00+01:00", "source": "x"},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "c.csv"
    base = ["count", str(path), "--lexicon", "security", "--no-progress", "-o", str(out)]
    assert main([*base, "--tz", "Europe/Berlin", "--langs", "de,en"]) == 0
    got = pd.read_csv(out)
    assert got["period"].tolist() == ["2025-01-01 00:00:00+01:00", "2025-02-01 00:00:00+01:00"]
    assert main(base) == 0  # in UTC both fall in the month before
    assert pd.read_csv(out)["period"].str[:7].tolist() == ["2024-12", "2025-01"]
    for bad in (["--tz", "Berlin/Mitte"], ["--langs", "xx"]):
        assert main([*base, *bad]) != 0
        assert "error" in capsys.readouterr().err

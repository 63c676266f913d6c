"""discourse count / statements / kwic: the streaming subcommands of the CLI."""

from __future__ import annotations

import subprocess
import sys

import pandas as pd
import pytest

from discourse.cli import build_parser, main
from discourse.io import write_corpus
from discourse.lexicon import find_terms
from discourse.metrics import timeline
from discourse.segment import split_sentences, tokenize


@pytest.fixture
def corpus(tmp_path, tiny_docs):
    docs = pd.concat([tiny_docs] * 3, ignore_index=True)
    docs["doc_id"] = [f"d{i}" for i in range(len(docs))]
    path = tmp_path / "corpus.jsonl"
    write_corpus(docs, path)
    return path, docs


def test_count_options_are_parsed():
    args = build_parser().parse_args(
        ["count", "c.jsonl", "--lexicon", "defence", "--by", "source", "--freq", "Y", "-o", "x"]
    )
    assert (args.lexicon, args.by, args.freq, args.jobs, args.chunksize) == (
        ["defence"],
        ["source"],
        "Y",
        1,
        1000,
    )


def test_count_writes_the_pandas_timeline(corpus, tmp_path, capsys):
    path, docs = corpus
    out = tmp_path / "counts.parquet"
    code = main(
        [
            "count",
            str(path),
            "--lexicon",
            "defence",
            "--by",
            "source",
            "--freq",
            "M",
            "-o",
            str(out),
            "--chunksize",
            "2",
            "--no-progress",
        ]
    )
    assert code == 0
    assert "wrote" in capsys.readouterr().out
    got = pd.read_parquet(out)
    sents = split_sentences(docs)
    expected = timeline(
        find_terms(sents, "defence"), docs, by="source", freq="M", tokens=tokenize(sents)
    )
    pd.testing.assert_frame_equal(got, expected)
    assert got["n"].sum() > 0


def test_count_csv_and_no_period(corpus, tmp_path):
    path, _ = corpus
    out = tmp_path / "counts.csv"
    assert main(["count", str(path), "--freq", "none", "-o", str(out), "--no-progress"]) == 0
    table = pd.read_csv(out)
    assert "period" not in table.columns
    assert {"source", "concept", "n", "n_docs", "docs_total", "n_tokens", "rate"} <= set(
        table.columns
    )


def test_count_errors_are_reported(tmp_path, corpus, capsys):
    path, _ = corpus
    assert (
        main(
            [
                "count",
                str(tmp_path / "missing.jsonl"),
                "-o",
                str(tmp_path / "c.parquet"),
                "--no-progress",
            ]
        )
        == 1
    )
    assert "discourse count: error" in capsys.readouterr().err
    assert main(["count", str(path), "-o", str(tmp_path / "c.xlsx"), "--no-progress"]) == 1
    assert ".parquet, .csv or .tsv" in capsys.readouterr().err


def test_kwic_and_statements_subcommands(corpus, tmp_path):
    path, docs = corpus
    out = tmp_path / "lines.tsv"
    assert (
        main(
            [
                "kwic",
                str(path),
                "--pattern",
                "NATO|Nato",
                "-o",
                str(out),
                "--no-progress",
                "--chunksize",
                "4",
            ]
        )
        == 0
    )
    lines = pd.read_csv(out, sep="\t")
    expected = int(docs["text"].str.count(r"\b(?:NATO|Nato)\b").sum())
    assert len(lines) == expected > 0
    folder = tmp_path / "stmts"
    assert main(["statements", str(path), "-o", str(folder), "--no-progress"]) == 0
    assert folder.is_dir()


def test_progress_bar_goes_to_stderr(corpus, tmp_path):
    path, _ = corpus
    out = tmp_path / "c.parquet"
    done = subprocess.run(
        [sys.executable, "-m", "discourse.cli", "count", str(path), "-o", str(out)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "docs" in done.stderr
    assert done.stdout.startswith("wrote")

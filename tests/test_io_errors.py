"""Bad input never costs good data and never passes silently: errors=, duplicates, dates."""

from __future__ import annotations

import json
import warnings

import pandas as pd
import pytest

import discourse
from discourse.io import CorpusError, CorpusWarning, load_report, read_corpus
from discourse.schema import validate

TEXT_A = "Die Nato-Staaten wollen mehr für Verteidigung ausgeben, hieß es in Brüssel."
TEXT_B = "Allies agreed in Brussels to raise defence spending well above two percent."


def write_jsonl(path, records):
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", "utf-8")
    return path


@pytest.fixture
def messy(tmp_path):
    return write_jsonl(
        tmp_path / "messy.jsonl",
        [
            {"id": "a", "text": TEXT_A, "date": "12. Februar 2025"},
            {"id": "b", "text": "   ", "date": "2025-02-12"},
            {"id": "c", "text": TEXT_B, "date": "am Mittwochabend"},
            {"id": "a", "text": TEXT_A, "date": "12. Februar 2025"},
            {"id": "a", "text": TEXT_B, "date": "13. Februar 2025"},
            {"id": "a", "text": TEXT_B + " Update.", "date": "14. Februar 2025"},
        ],
    )


def test_problems_reported_good_records_load(messy):
    with pytest.warns(CorpusWarning) as caught:
        docs = read_corpus(messy)
    assert len(caught) == 1  # exactly one warning per call
    warning = caught[0].message
    assert "5 problem(s)" in str(warning)
    validate(docs, "docs")
    assert docs["doc_id"].tolist() == ["a", "c", "a~2", "a~3"]
    assert docs["text"].tolist() == [TEXT_A, TEXT_B, TEXT_B, TEXT_B + " Update."]
    assert pd.isna(docs["published"].iloc[1])  # unparseable date -> NaT, record kept
    report = load_report(docs)
    assert report[["line", "doc_id", "problem", "action"]].values.tolist() == [
        [2, "b", "empty_text", "skipped"],
        [3, "c", "date", "loaded_with_nat"],
        [4, "a", "duplicate_record", "skipped"],
        [5, "a~2", "duplicate_id", "renamed"],
        [6, "a~3", "duplicate_id", "renamed"],
    ]
    assert "am Mittwochabend" in report["message"].iloc[1]
    pd.testing.assert_frame_equal(warning.report, report)
    assert str(report["line"].dtype) == "Int64"


def test_errors_raise(messy):
    with pytest.raises(CorpusError, match="duplicate_id") as info:
        read_corpus(messy, errors="raise")
    assert isinstance(info.value, ValueError)
    assert len(info.value.report) == 5


def test_errors_ignore(messy):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        docs = read_corpus(messy, errors="ignore")
    assert len(load_report(docs)) == 5


def test_clean_input_has_empty_report(tmp_path):
    path = write_jsonl(tmp_path / "ok.jsonl", [{"text": TEXT_A}])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        docs = read_corpus(path, errors="raise")
    report = load_report(docs)
    assert len(report) == 0
    assert list(report.columns) == ["file", "line", "doc_id", "problem", "message", "action"]


def test_duplicate_ids_across_files_and_chunks(tmp_path):
    write_jsonl(tmp_path / "1.jsonl", [{"id": "x", "text": TEXT_A}, {"id": "y", "text": TEXT_B}])
    write_jsonl(tmp_path / "2.jsonl", [{"id": "x", "text": TEXT_A}, {"id": "y", "text": TEXT_A}])
    whole = read_corpus(tmp_path, errors="ignore")
    assert whole["doc_id"].tolist() == ["x", "y", "y~2"]
    chunks = list(read_corpus(tmp_path, errors="ignore", chunksize=1))
    assert [c["doc_id"].tolist() for c in chunks] == [["x"], ["y"], [], ["y~2"]]
    assert [load_report(c)["problem"].tolist() for c in chunks] == [
        [], [], ["duplicate_record"], ["duplicate_id"],
    ]  # fmt: skip
    for chunk in chunks:
        validate(chunk, "docs")


def test_chunked_warn_once_and_raise(messy):
    with pytest.warns(CorpusWarning) as caught:
        chunks = list(read_corpus(messy, chunksize=2))
    assert len(caught) == 1
    assert sum(len(c) for c in chunks) == 4
    it = read_corpus(messy, chunksize=2, errors="raise")
    with pytest.raises(CorpusError):
        list(it)


def test_source_precedence(tmp_path):
    write_jsonl(
        tmp_path / "feedsdump.jsonl",
        [
            {"text": TEXT_A, "source": "Süddeutsche Zeitung", "url": "https://www.sz.de/a"},
            {"text": TEXT_B, "url": "https://www.reuters.com/world/x"},
            {"text": TEXT_A + " Nachtrag."},
        ],
    )
    docs = read_corpus(tmp_path / "feedsdump.jsonl", errors="raise")
    assert docs["source"].tolist() == ["Süddeutsche Zeitung", "reuters.com", tmp_path.name]
    assert docs["url"].iloc[0] == "https://www.sz.de/a"


def test_argument_errors(tmp_path):
    path = write_jsonl(tmp_path / "a.jsonl", [{"text": TEXT_A}])
    with pytest.raises(ValueError, match="format must be None or one of txt, md, csv"):
        read_corpus(path, format="docx")
    with pytest.raises(ValueError, match="errors must be one of raise, warn, ignore"):
        read_corpus(path, errors="loud")
    with pytest.raises(ValueError, match="chunksize"):
        read_corpus(path, chunksize=0)
    with pytest.raises(TypeError, match="path must be"):
        read_corpus(42)
    with pytest.raises(ValueError, match="tz must be an IANA time zone"):
        read_corpus(path, tz="Mitteleuropa")
    with pytest.raises(ValueError, match="encoding 'latin-9x' is not a known codec"):
        read_corpus(path, encoding="latin-9x")
    with pytest.raises(ValueError, match="lang must be a language code"):
        read_corpus(path, lang="Klingonisch")
    with pytest.raises(ValueError, match="quotechar"):
        read_corpus(path, quotechar="''")


def test_report_survives_filtering_and_concat_works(tmp_path):
    one = read_corpus(
        write_jsonl(tmp_path / "1.jsonl", [{"text": TEXT_A}, {"text": ""}]), errors="ignore"
    )
    two = read_corpus(write_jsonl(tmp_path / "2.jsonl", [{"text": TEXT_B}]), errors="ignore")
    assert len(load_report(one[one["lang"] == "de"])) == 1
    both = pd.concat([one, two], ignore_index=True)  # pandas compares attrs: must not fail
    assert len(both) == 2
    assert discourse.load_report is load_report

"""Fuzzing: random bytes, JSON values and CSV rows load or are reported, never crash."""

from __future__ import annotations

import csv
import io
import json
import uuid
import warnings

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from discourse.io import CorpusError, load_report, read_corpus
from discourse.schema import validate

FUZZ = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
EXTENSIONS = [
    "jsonl",
    "csv",
    "txt",
    "html",
    "xml",
    "json",
    "tsv",
    "md",
    "rss",
    "parquet",
    "gz",
    "zip",
]


def load_or_report(path, **kwargs):
    """The contract: a valid docs table, or CorpusError with errors='raise'; nothing else."""
    try:
        docs = read_corpus(path, errors="raise", detect_lang=False, **kwargs)
    except CorpusError as exc:
        assert len(exc.report) > 0
        assert list(exc.report.columns) == [
            "file",
            "line",
            "doc_id",
            "problem",
            "message",
            "action",
        ]
    else:
        validate(docs, "docs")
        assert len(load_report(docs)) == 0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        docs = read_corpus(path, errors="warn", detect_lang=False, **kwargs)
    validate(docs, "docs")


def fresh(tmp_path, ext):
    return tmp_path / f"{uuid.uuid4().hex}.{ext}"


@FUZZ
@given(data=st.binary(max_size=600), ext=st.sampled_from(EXTENSIONS))
def test_random_bytes(tmp_path, data, ext):
    path = fresh(tmp_path, ext)
    path.write_bytes(data)
    load_or_report(path)


@FUZZ
@given(
    data=st.binary(max_size=300),
    prefix=st.sampled_from(
        [b"", b'{"text": "', b"<rss><channel><item><description>", b"<html><body><p>", b"---\n",
         b"PK\x03\x04", b"\x1f\x8b\x08\x00", b"\xff\xfe", b"\xef\xbb\xbf", b"PAR1"]
    ),
    ext=st.sampled_from(EXTENSIONS),
)  # fmt: skip
def test_random_bytes_with_plausible_starts(tmp_path, data, prefix, ext):
    path = fresh(tmp_path, ext)
    path.write_bytes(prefix + data)
    load_or_report(path)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.sampled_from(["text", "id", "date", "title", "source", "meta", "x"]), children, max_size=5),
    max_leaves=12,
)  # fmt: skip


@FUZZ
@given(values=st.lists(json_values, max_size=6))
def test_random_json_lines(tmp_path, values):
    path = fresh(tmp_path, "jsonl")
    path.write_text("\n".join(json.dumps(v) for v in values), encoding="utf-8")
    load_or_report(path)
    doc = fresh(tmp_path, "json")
    doc.write_text(json.dumps(values), encoding="utf-8")
    load_or_report(doc)


cells = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=15)


@FUZZ
@given(
    header=st.lists(
        st.sampled_from(["text", "id", "date", "title", "a", ""]), min_size=1, max_size=4
    ),
    rows=st.lists(st.lists(cells, max_size=5), max_size=6),
    sep=st.sampled_from([",", ";", "\t", "|"]),
)
def test_random_csv_rows(tmp_path, header, rows, sep):
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=sep)
    writer.writerow(header)
    writer.writerows(rows)
    path = fresh(tmp_path, "csv")
    path.write_text(buf.getvalue(), encoding="utf-8")
    load_or_report(path)


@pytest.mark.parametrize(
    "ext", ["jsonl", "csv", "txt", "html", "xml", "json", "parquet", "zip", "gz"]
)
def test_empty_files(tmp_path, ext):
    path = tmp_path / f"empty.{ext}"
    path.write_bytes(b"")
    load_or_report(path)

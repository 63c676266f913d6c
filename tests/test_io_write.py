"""write_corpus: lossless round trips, deterministic bytes; chunked reading equals whole."""

from __future__ import annotations

import json
import warnings

import numpy as np
import pandas as pd
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from discourse.io import read_corpus, write_corpus
from discourse.io._records import INVISIBLE
from discourse.schema import validate


@pytest.fixture
def rich_docs(tiny_docs):
    docs = tiny_docs.copy()
    docs["published"] = pd.Series(
        [pd.Timestamp("2025-02-12 10:00:00.123456789", tz="UTC"), pd.NaT,
         pd.Timestamp("2025-02-12 15:00", tz="UTC")],
        dtype="datetime64[ns, UTC]",
    )  # fmt: skip
    docs["title"] = pd.Series(["Hegseth fordert fünf Prozent", None, "Allies"], dtype="str")
    docs["url"] = pd.Series(["https://www.tagesschau.de/x", None, None], dtype="str")
    docs["author"] = pd.Series([None, "Anna „AS“ Schmidt", None], dtype="str")
    docs["n_words"] = pd.Series([12, 20, 31], dtype="int64")
    docs["score"] = pd.Series([0.5, np.nan, 1.0], dtype="float64")
    docs["paywall"] = pd.Series([True, False, True], dtype="bool")
    docs["rank"] = pd.Series([1, None, 3], dtype="Int64")
    docs["flag"] = pd.Series([True, None, False], dtype="boolean")
    docs["party"] = pd.Series([None, "SPD", None], dtype="str")
    return validate(docs, "docs")


def read_back(path):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        return read_corpus(path, errors="raise")


@pytest.mark.parametrize("name", ["c.parquet", "c.jsonl", "c.jsonl.gz"])
def test_round_trip(tmp_path, rich_docs, name):
    before = rich_docs.copy()
    out = write_corpus(rich_docs, tmp_path / name)
    assert out == tmp_path / name
    pd.testing.assert_frame_equal(rich_docs, before)  # input not mutated
    back = read_back(out)
    pd.testing.assert_frame_equal(back, rich_docs)


def test_deterministic_bytes(tmp_path, rich_docs):
    for name in ["a.parquet", "a.jsonl", "a.jsonl.gz"]:
        first = write_corpus(rich_docs, tmp_path / name).read_bytes()
        second = write_corpus(rich_docs, tmp_path / ("b_" + name)).read_bytes()
        assert first == second


def test_jsonl_format(tmp_path, rich_docs):
    path = write_corpus(rich_docs, tmp_path / "a.jsonl")
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines()]
    assert list(rows[0])[:6] == ["doc_id", "source", "published", "title", "text", "lang"]
    assert rows[0]["published"] == "2025-02-12T10:00:00.123456789Z"
    assert rows[2]["published"] == "2025-02-12T15:00:00Z"
    assert rows[1]["published"] is None and rows[1]["rank"] is None and rows[1]["score"] is None


def test_write_errors(tmp_path, tiny_docs):
    with pytest.raises(ValueError, match=r"\.parquet, \.jsonl"):
        write_corpus(tiny_docs, tmp_path / "a.xlsx")
    with pytest.raises(ValueError, match="format must be"):
        write_corpus(tiny_docs, tmp_path / "a.bin", format="xml")
    with pytest.raises(FileNotFoundError):
        write_corpus(tiny_docs, tmp_path / "missing" / "a.parquet")
    with pytest.raises(ValueError, match="missing column"):
        write_corpus(tiny_docs.drop(columns="lang"), tmp_path / "a.parquet")
    assert write_corpus(tiny_docs, tmp_path / "a.bin", format="jsonl").exists()


def test_chunksize_equals_whole(tmp_path, rich_docs):
    path = write_corpus(rich_docs, tmp_path / "c.jsonl")
    whole = read_corpus(path)
    chunks = list(read_corpus(path, chunksize=2))
    assert [len(c) for c in chunks] == [2, 1]
    for chunk in chunks:
        validate(chunk, "docs")
    pd.testing.assert_frame_equal(pd.concat(chunks, ignore_index=True), whole)


# texts as read_corpus gives them: no controls, no invisible characters (both are removed)
texts = (
    st.text(
        alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters=INVISIBLE),
        min_size=1,
        max_size=60,
    )
    .map(str.strip)
    .filter(bool)
)


@settings(max_examples=30, deadline=None)
@given(
    st.lists(
        st.tuples(texts, st.one_of(st.none(), texts), st.one_of(st.none(), st.integers(-(10**9), 4 * 10**9)),
                  st.one_of(st.none(), st.floats(allow_nan=False, allow_infinity=False))),
        min_size=1, max_size=8,
    ),
    st.sampled_from(["p.parquet", "p.jsonl"]),
)  # fmt: skip
def test_round_trip_property(tmp_path_factory, rows, name):
    # JSON null carries no type: an all-missing extra column comes back as str from JSONL
    assume(name.endswith(".parquet") or any(r[3] is not None for r in rows))
    n = len(rows)
    docs = pd.DataFrame(
        {
            "doc_id": pd.Series([f"d{i}" for i in range(n)], dtype="str"),
            "source": pd.Series(["src"] * n, dtype="str"),
            "published": pd.Series(
                [
                    pd.NaT if r[2] is None else pd.Timestamp(r[2] * 1000, unit="ms", tz="UTC")
                    for r in rows
                ],
                dtype="datetime64[ns, UTC]",
            ),
            "title": pd.Series([r[1] for r in rows], dtype="str"),
            "text": pd.Series([r[0] for r in rows], dtype="str"),
            "lang": pd.Series(["de"] * n, dtype="str"),
            "weight": pd.Series([np.nan if r[3] is None else r[3] for r in rows], dtype="float64"),
        }
    )
    path = write_corpus(docs, tmp_path_factory.mktemp("rt") / name)
    pd.testing.assert_frame_equal(read_back(path), docs)


@settings(max_examples=25, deadline=None)
@given(
    rows=st.lists(
        st.fixed_dictionaries(
            {"text": texts},
            optional={"n": st.one_of(st.none(), st.integers(-100, 100)), "kind": st.sampled_from(["a", "b"])},
        ),
        min_size=1, max_size=12,
    ),
    chunksize=st.integers(1, 5),
)  # fmt: skip
def test_chunks_concatenate_to_whole(tmp_path_factory, rows, chunksize):
    path = tmp_path_factory.mktemp("ch") / "c.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    whole = read_corpus(path, errors="ignore", lang="de")
    chunks = list(read_corpus(path, errors="ignore", lang="de", chunksize=chunksize))
    got = pd.concat(chunks, ignore_index=True)
    assert got["doc_id"].tolist() == whole["doc_id"].tolist()
    assert got["text"].tolist() == whole["text"].tolist()
    assert list(got.columns) == list(whole.columns) or set(got.columns) == set(whole.columns)
    for chunk in chunks:
        validate(chunk, "docs")

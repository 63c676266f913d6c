"""The column-wise Parquet path gives exactly the table and report of the record path."""

from __future__ import annotations

import json
import sys
import warnings

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from discourse.io import load_report, read_corpus
from discourse.io._arrowtext import WHITESPACE, clean_strings
from discourse.io._read import read_all, read_chunks
from discourse.io._records import Options, clean_text
from discourse.schema import validate

TRICKY_TEXTS = [
    "Die Nato berät.\r\nZweiter Absatz.\r\rDritter.",
    "\x00Steuerzeichen\x07 mitten\x1b drin\x0c.\t Tab bleibt.",
    "  \u3000\xa0Geschützte Leerzeichen außen\u2028\x85 ",
    "",
    "   \n\t  ",
    None,
    "Allies meet in Brussels.",
    "Allies meet in Brussels.",
    "Zweimal dieselbe Id, anderer Text.",
    "\ufeffBOM am Anfang und Emoji 🎉 am Ende\u200b",
    "Ünïcödé\rmit\u0085 Zeilenende",
]


def _read(paths, vectorised, **kwargs):
    opts = Options(vectorised=vectorised, **kwargs)
    return read_all(list(paths), opts, "ignore")


def assert_same(paths, sizes=(1, 3), **kwargs):
    """Both paths, non-chunked and chunked: equal frames, equal reports."""
    slow, fast = _read(paths, False, **kwargs), _read(paths, True, **kwargs)
    pd.testing.assert_frame_equal(fast, slow)
    pd.testing.assert_frame_equal(load_report(fast), load_report(slow))
    validate(fast, "docs")
    for size in sizes:
        slow_chunks = list(
            read_chunks(list(paths), Options(vectorised=False, **kwargs), "ignore", size)
        )
        fast_chunks = list(
            read_chunks(list(paths), Options(vectorised=True, **kwargs), "ignore", size)
        )
        assert len(fast_chunks) == len(slow_chunks)
        for a, b in zip(fast_chunks, slow_chunks, strict=True):
            pd.testing.assert_frame_equal(a, b)
            pd.testing.assert_frame_equal(load_report(a), load_report(b))
    return fast


def tricky_table() -> pa.Table:
    n = len(TRICKY_TEXTS)
    return pa.table(
        {
            "id": ["a", "b", "c", "d", "e", "f", "g", "g", "g", None, " \x01 "],
            "body": TRICKY_TEXTS,
            "headline": ["Titel\r\n", None, "", " x ", "y", "z", "\x00", "t", "u", "v", "w"],
            "datum": ["12.02.2025", "kein Datum", None, "2025-02-12T10:00:00Z", "",
                      "Feb 12, 2025 3:00 PM", "13. Februar 2025", "99.99.2025", "1739354400",
                      "12.02.2025", "  "],
            "url": ["https://www.tagesschau.de/a", None, "nourl", None, None, None,
                    "http://reuters.com/x", None, None, None, None],
            "lang": ["German", "de-DE", None, "xx-unknown", None, "EN", None, None, "en", None, "de"],
            "rank": pa.array([1, None, 3, None, 5, 6, 7, 8, 9, 10, 11], pa.int32()),
            "score": [0.5, None, float("nan"), 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0],
            "ok": [True, None, False, True, True, True, True, True, True, True, False],
            "tags": [["a", "b"], None, [], ["c"], None, None, None, None, None, None, None],
            "kind": pa.array(["x", "y", None, "x", "x", "y", "y", "x", "x", "y", "x"]).dictionary_encode(),
            "meta": [{"by": "A. Autor", "n": i} if i % 3 else None for i in range(n)],
        }
    )  # fmt: skip


def test_whitespace_list_is_what_str_strip_removes():
    expected = "".join(chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace())
    assert expected == WHITESPACE


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(st.none(), st.text(max_size=40)), max_size=12))
def test_clean_strings_equals_clean_text(values):
    values = [v.encode("utf-8", "replace").decode("utf-8") if v else v for v in values]
    got = clean_strings(pa.array(values, pa.large_string())).to_pylist()
    assert got == [clean_text(v) for v in values]


@settings(max_examples=80, deadline=None)
@given(st.lists(st.one_of(st.none(), st.text(alphabet="a \r\n\t\x00\x0c\x1f\u3000ä", max_size=8))))
def test_clean_strings_newlines_and_controls(values):
    arr = pa.array(values, pa.large_string())
    assert clean_strings(arr).to_pylist() == [clean_text(v) for v in values]
    if len(values) > 1:  # a slice starts inside the buffers
        assert clean_strings(arr.slice(1)).to_pylist() == [clean_text(v) for v in values[1:]]


def test_tricky_parquet_same_as_record_path(tmp_path):
    pq.write_table(tricky_table(), tmp_path / "t.parquet", row_group_size=4)
    docs = assert_same([tmp_path / "t.parquet"])
    report = load_report(docs)
    assert {"empty_text", "duplicate_record", "duplicate_id", "date"} <= set(report["problem"])
    assert docs["text"].iloc[0] == "Die Nato berät.\nZweiter Absatz.\n\nDritter."
    assert docs["text"].iloc[1] == "Steuerzeichen mitten drin.\t Tab bleibt."
    assert docs["text"].iloc[2] == "Geschützte Leerzeichen außen"
    assert str(docs["rank"].dtype) == "Int64" and str(docs["meta.n"].dtype) == "Int64"
    assert json.loads(docs["tags"].iloc[0]) == ["a", "b"]


@pytest.mark.parametrize(
    "kwargs",
    [
        {},
        {"lang": "de"},
        {"detect_lang": False},
        {"source": "Konstante", "date": "meta.n"},
        {"date": "nope", "id": "missing"},  # explicit names absent: missing_column
        {"text": "headline", "title": "body"},
        {"tz": "Europe/Berlin", "dayfirst": False},
    ],
)
def test_options_same_as_record_path(tmp_path, kwargs):
    pq.write_table(tricky_table(), tmp_path / "t.parquet", row_group_size=3)
    assert_same([tmp_path / "t.parquet"], **kwargs)


def test_no_text_column_and_empty_file(tmp_path):
    pq.write_table(pa.table({"id": ["1", "2"], "note": ["a", "b"]}), tmp_path / "a.parquet")
    pq.write_table(pa.table({"text": pa.array([], pa.string())}), tmp_path / "b.parquet")
    docs = assert_same([tmp_path / "a.parquet", tmp_path / "b.parquet"])
    assert load_report(docs)["problem"].tolist() == ["missing_text_column"]


def test_typed_columns_same_as_record_path(tmp_path):
    table = pa.table(
        {
            "text": ["Erster Text.", "Zweiter Text.", "Dritter Text."],
            "id": pa.array([7, 8, 7], pa.int64()),  # int ids
            "published": pa.array([1739354400, None, 1739354400], pa.timestamp("s", tz="UTC")),
            "when": pa.array([1, None, 3], pa.timestamp("ms")),
            "day": pa.array([20000, None, 20001], pa.date32()),
            "big": pa.array([2**63 + 5, 1, None], pa.uint64()),
            "small": pa.array([1.5, None, 2.5], pa.float32()),
            "raw": pa.array([b"\x00\xff", None, b"x"], pa.binary()),
            "lang": pa.array([1, 2, 3], pa.int8()),
        }
    )
    pq.write_table(table, tmp_path / "t.parquet")
    docs = assert_same([tmp_path / "t.parquet"])
    assert docs["doc_id"].tolist() == ["7", "8", "7~2"]


def test_mixed_files_and_formats_share_duplicate_ids(tmp_path):
    pq.write_table(tricky_table(), tmp_path / "1.parquet", row_group_size=5)
    other = pa.table({"content": ["Allies meet in Brussels.", "Neu."], "id": ["g", "a"],
                      "extra": pa.array([1, 2], pa.int16())})  # fmt: skip
    pq.write_table(other, tmp_path / "2.parquet")
    rows = [{"id": "g", "text": "Allies meet in Brussels.", "extra": "x"}, {"id": "c", "text": "C"}]
    (tmp_path / "3.jsonl").write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    paths = [
        tmp_path / "3.jsonl",
        tmp_path / "1.parquet",
        tmp_path / "2.parquet",
        tmp_path / "3.jsonl",
    ]
    docs = assert_same(paths)
    assert docs["extra"].dtype == "str"  # "x", 1, 2 mixed -> text, as in the record path


def test_batch_limits_cut_blocks_like_records(tmp_path, monkeypatch):
    import discourse.io._read as read_mod

    pq.write_table(tricky_table(), tmp_path / "t.parquet", row_group_size=4)
    monkeypatch.setattr(read_mod, "BATCH", 3)
    monkeypatch.setattr(read_mod, "BATCH_CHARS", 40)
    assert_same([tmp_path / "t.parquet", tmp_path / "t.parquet"])


def test_invalid_utf8_and_repeated_names_fall_back_to_rows(tmp_path):
    # a top-level "meta.by" beside a struct "meta" with child "by": repeated after flattening
    table = pa.table({"text": ["Eins.", "Zwei."], "meta.by": ["x", "y"],
                      "meta": [{"by": "A"}, {"by": "B"}]})  # fmt: skip
    pq.write_table(table, tmp_path / "r.parquet")
    docs = assert_same([tmp_path / "r.parquet"])
    assert docs["meta.by"].tolist() == ["A", "B"]


text_values = st.one_of(
    st.none(),
    st.text(alphabet=st.sampled_from(list("ab \r\n\t\x00\x0b\x1f\u3000\xa0äß🎉")), max_size=12),
)


@settings(max_examples=25, deadline=None)
@given(
    st.lists(
        st.tuples(text_values, st.sampled_from([None, "x", "y", "x~2"]),
                  st.sampled_from([None, "2025-02-12", "kaputt", "12. Mai 2024", ""]),
                  st.one_of(st.none(), st.integers(-5, 5))),
        min_size=1, max_size=10,
    ),
    st.integers(1, 4),
)  # fmt: skip
def test_random_parquet_same_as_record_path(tmp_path_factory, rows, group):
    table = pa.table(
        {
            "text": [r[0] for r in rows],
            "id": [r[1] for r in rows],
            "date": [r[2] for r in rows],
            "n": pa.array([r[3] for r in rows], pa.int64()),
        }
    )
    path = tmp_path_factory.mktemp("vec") / "r.parquet"
    pq.write_table(table, path, row_group_size=group)
    assert_same([path], sizes=(2,), lang="de")


def test_chunked_parquet_extra_columns_keep_their_type(tmp_path):
    table = pa.table(
        {
            "text": [f"Text Nummer {i}." for i in range(6)],
            "n": pa.array([None, None, None, 4, 5, None], pa.int64()),
            "flag": pa.array([None, None, True, None, False, None], pa.bool_()),
            "cat": pa.array([None, None, None, 1, 2, 1], pa.int64()).dictionary_encode(),
            "note": pa.array([None, None, None, "a", None, "b"], pa.string()),
        }
    )
    pq.write_table(table, tmp_path / "c.parquet", row_group_size=2)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        chunks = list(read_corpus(tmp_path / "c.parquet", lang="de", chunksize=3))
        whole = read_corpus(tmp_path / "c.parquet", lang="de")
    for chunk in chunks:  # int64 where a chunk has no missing value, else Int64
        assert all(pd.api.types.is_integer_dtype(chunk[c]) for c in ("n", "cat"))
        assert pd.api.types.is_bool_dtype(chunk["flag"]) and chunk["note"].dtype == "str"
    assert str(chunks[0]["cat"].dtype) == "Int64"  # all missing: typed by the schema
    pd.testing.assert_frame_equal(pd.concat(chunks, ignore_index=True), whole)


def test_chunked_jsonl_columns_keep_the_type_of_their_first_chunk(tmp_path):
    rows = [{"text": f"Text Nummer {i}.", "n": None if i < 2 else i} for i in range(6)]
    rows[1]["f"] = True
    rows[3]["url"] = "https://example.org/a"
    rows[4]["x"] = 1
    rows[5]["x"] = 2.5
    path = tmp_path / "c.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    chunks = list(read_corpus(path, lang="de", chunksize=2))
    # "n" is all missing in the first chunk: text from then on
    assert [c["n"].dtype for c in chunks] == ["str", "str", "str"]
    assert pd.concat(chunks, ignore_index=True)["n"].tolist()[2:] == ["2", "3", "4", "5"]
    # "f" is carried (all missing) by the chunks without it; "url" likewise
    assert [str(c["f"].dtype) for c in chunks] == ["boolean", "boolean", "boolean"]
    assert [c["url"].dtype for c in chunks[1:]] == ["str", "str"]
    assert str(chunks[2]["x"].dtype) == "float64"  # 1 and 2.5 in one chunk
    whole = pd.concat(chunks, ignore_index=True)
    assert str(whole["f"].dtype) == "boolean" and whole["f"].sum() == 1
    assert whole["url"].notna().tolist() == [False, False, False, True, False, False]
    for chunk in chunks:
        validate(chunk, "docs")


def test_quick_language_detection_on_real_documents(shared_data):
    from discourse.io import detect_lang

    ungd = sorted((shared_data / "ungd" / "session78_2023").glob("*.txt"))[:60]
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in ungd]
    assert [detect_lang(t) for t in texts] == ["en"] * len(texts)
    docs = read_corpus(shared_data / "gnad" / "test.csv", sep=";", quotechar="'", header=False,
                       names=["label", "text"], errors="raise", chunksize=200)  # fmt: skip
    first = next(iter(docs))
    assert (first["lang"] == "de").all()
    short = "Die Nato berät in Brüssel über die Verteidigungsausgaben der Mitgliedstaaten. " * 8
    assert detect_lang(short) == detect_lang(short, quick=2000) == "de"


def test_clean_strings_many_line_ends():
    values = ["Zeile\r\n" * 6_000, "\x00a\rb\r\n" * 3_000, None]  # > 10,000 bytes to drop
    got = clean_strings(pa.array(values, pa.large_string())).to_pylist()
    assert got == [clean_text(v) for v in values]
    assert got[0] == ("Zeile\n" * 6_000).strip()


ODD_RECORDS = [
    {"id": 7, "text": "Zahl als Id.\r\n", "author": ["A. Autor", None, "B. Bauer"], "n": 1},
    {"id": "7", "text": 12345, "published": 1739354400, "n": "zwei", "lang": "Deutsch"},
    {"id": None, "text": ["eine", "Liste"], "title": {"de": "Titel"}, "published": True},
    {"text": "  \x00\x1b  ", "source": "  ", "url": "https://www.zeit.de/x", "flag": True},
    {"text": "Gleicher Text.", "source": 3.5, "published": "12. Februar 2025", "flag": None},
    {"text": "Gleicher Text.", "source": 3.5, "published": "Feb 30, 2025"},
    {"text": "Anderer Text.", "id": "7~2", "meta": {"a": {"b": 1}}, "lang": "fr-CA"},
    {"text": None, "id": "leer"},
]


@pytest.mark.parametrize(
    "kwargs", [{}, {"lang": "de"}, {"source": "Konst"}, {"detect_lang": False}]
)
def test_records_same_as_record_path(tmp_path, kwargs):
    lines = [json.dumps(r, ensure_ascii=False) for r in ODD_RECORDS]
    (tmp_path / "a.jsonl").write_text("\n".join(lines), encoding="utf-8")
    frame = tricky_table().drop_columns(["tags", "meta", "kind"]).to_pandas()
    frame.to_csv(tmp_path / "b.csv", index=False)
    (tmp_path / "c.txt").write_text("---\ntitle: Front\n---\nText\r\nmit Zeilen.\x07", "utf-8")
    paths = [tmp_path / "a.jsonl", tmp_path / "b.csv", tmp_path / "c.txt", tmp_path / "a.jsonl"]
    docs = assert_same(paths, **kwargs)
    assert {"empty_text", "duplicate_record", "duplicate_id", "date"} <= set(
        load_report(docs)["problem"]
    )


json_values = st.one_of(
    st.none(), st.booleans(), st.integers(-3, 3), st.sampled_from(["", " ", "x", "2025-02-12"]),
    st.text(alphabet=st.sampled_from(list("ab \r\n\x00äß")), max_size=6),
    st.lists(st.sampled_from(["a", None, 1]), max_size=2),
)  # fmt: skip


@settings(max_examples=25, deadline=None)
@given(
    st.lists(
        st.dictionaries(st.sampled_from(["text", "id", "date", "title", "url", "n", "lang"]),
                        json_values, max_size=6),
        min_size=1, max_size=8,
    )
)  # fmt: skip
def test_random_jsonl_same_as_record_path(tmp_path_factory, records):
    path = tmp_path_factory.mktemp("vj") / "r.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    assert_same([path], sizes=(2,), detect_lang=False)

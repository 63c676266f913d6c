"""discourse.metrics: kwic lines and their HTML / plain-text views."""

from __future__ import annotations

import re

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from discourse.metrics import KwicView, count_pattern, kwic, kwic_html, kwic_text, show_kwic


@pytest.fixture
def docs() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "doc_id": ["b", "a"],
            "source": ["faz", "taz"],
            "text": [
                "Die Nato-Staaten\nund die NATO tagen heute in Brüssel.",
                "Natogipfel ohne Ergebnis. Die Nato wartet.",
            ],
        }
    )


def test_regex_lines_by_hand(docs):
    before = docs.copy()
    out = kwic(docs, "nato", window=2)
    assert list(out.columns) == ["doc_id", "start", "end", "left", "match", "right", "pattern"]
    assert out[["doc_id", "start", "end"]].values.tolist() == [
        ["a", 30, 34],
        ["b", 4, 8],
        ["b", 25, 29],
    ]
    assert out["left"].tolist() == ["Ergebnis. Die ", "Die ", "und die "]
    assert out["match"].tolist() == ["Nato", "Nato", "NATO"]
    # the rest of the word the hit ends inside ("-Staaten") is shown, then 2 words
    assert out["right"].tolist() == [" wartet.", "-Staaten\nund die", " tagen heute"]
    assert out["pattern"].tolist() == ["nato"] * 3
    assert isinstance(out.index, pd.RangeIndex)
    pd.testing.assert_frame_equal(docs, before)


def test_offsets_point_into_docs_text(docs):
    out = kwic(docs, r"\w+", window=3)
    text = docs.set_index("doc_id")["text"]
    for row in out.itertuples():
        full = text[row.doc_id]
        assert full[row.start : row.end] == row.match
        assert full[row.start - len(row.left) : row.start] == row.left
        assert full[row.end : row.end + len(row.right)] == row.right


def test_window_zero_and_large(docs):
    zero = kwic(docs, "nato", window=0)
    assert (zero["left"] == "").all() and (zero["right"] == "").all()
    large = kwic(docs, "nato", window=100)
    assert large.loc[0, "left"] == "Natogipfel ohne Ergebnis. Die "
    assert large.loc[1, "right"] == "-Staaten\nund die NATO tagen heute in Brüssel."


def test_every_kwic_line_is_a_match_and_totals_agree(docs):
    out = kwic(docs, {"nato": "nato", "eu": "Brüssel"}, window=1)
    counts = count_pattern(docs, {"nato": "nato", "eu": "Brüssel"})
    assert out.groupby("pattern").size().to_dict() == dict(
        zip(counts["pattern"], counts["n"], strict=True)
    )
    for row in out.itertuples():
        assert re.fullmatch(r"nato|Brüssel", row.match, flags=re.IGNORECASE)


def test_matches_mode_selects_concepts_and_carries_columns(docs):
    matches = pd.DataFrame(
        {
            "doc_id": ["b", "b", "a"],
            "sent_id": [0, 0, 1],
            "start": [25, 45, 30],
            "end": [29, 52, 34],
            "concept": ["nato", "brussels", "nato"],
            "term": ["NATO", "Brüssel", "Nato"],
            "match": ["NATO", "Brüssel", "Nato"],
        }
    )
    out = kwic(docs, "nato", matches=matches, window=1, columns="source")
    assert list(out.columns) == [
        "doc_id",
        "sent_id",
        "start",
        "end",
        "left",
        "match",
        "right",
        "concept",
        "term",
        "source",
    ]
    assert out[["doc_id", "match", "source"]].values.tolist() == [
        ["a", "Nato", "taz"],
        ["b", "NATO", "faz"],
    ]
    both = kwic(docs, ["nato", "brussels"], matches=matches, window=1)
    assert len(both) == 3
    assert len(kwic(docs, None, matches=matches)) == 3


def test_matches_that_do_not_fit_the_text_warn(docs):
    matches = pd.DataFrame(
        {
            "doc_id": ["b", "zzz"],
            "sent_id": [0, 0],
            "start": [0, 0],
            "end": [3, 3],
            "concept": ["x", "x"],
            "match": ["Das", "Die"],
        }
    )
    with pytest.warns(UserWarning) as record:
        out = kwic(docs, "x", matches=matches)
    text = " ".join(str(w.message) for w in record)
    assert "not in docs" in text and "do not fit" in text
    assert out["match"].tolist() == ["Die"]


def test_lexicon_mode_uses_find_terms(tiny_docs):
    pytest.importorskip("discourse.lexicon")
    lexicon = {"name": "t", "concepts": {"nato": {"any": ["Nato", "NATO"]}}}
    out = kwic(tiny_docs, "nato", lexicon=lexicon, window=2)
    text = tiny_docs.set_index("doc_id")["text"]
    assert out["match"].str.lower().tolist() == ["nato", "nato"]
    assert all(text[d][s:e] == m for d, s, e, m in out[["doc_id", "start", "end", "match"]].values)


def test_errors(docs):
    with pytest.raises(ValueError, match="window must be"):
        kwic(docs, "nato", window=-1)
    with pytest.raises(KeyError, match="party"):
        kwic(docs, "nato", columns=["party"])
    with pytest.raises(ValueError, match="not a valid regular expression"):
        kwic(docs, "(")
    with pytest.raises(ValueError, match="doc_id must be unique"):
        kwic(pd.concat([docs, docs]), "nato")
    with pytest.raises(ValueError, match="pattern_or_concept is None"):
        kwic(docs, None)
    with pytest.raises(TypeError, match="concept name"):
        kwic(docs, re.compile("nato"), matches=docs.iloc[:0])


def test_compiled_regex_keeps_its_flags(docs):
    out = kwic(docs, re.compile("NATO"), flags=0)
    assert out["match"].tolist() == ["NATO"]
    assert out["pattern"].tolist() == ["NATO"]


def test_views_plain_text_and_html(docs):
    table = kwic(docs, "nato", window=2)
    text = kwic_text(table, width=12)
    lines = text.splitlines()
    assert len(lines) == 3
    # the keyword column is aligned: every "[" at the same position
    assert len({line.index("[") for line in lines}) == 1
    assert "[NATO]" in lines[2] and "\n" not in lines[1].split("[")[1]
    assert lines[1].endswith("-Staaten un…")  # cut at width=12
    html = kwic_html(table.assign(left="<script> " + table["left"]))
    assert html.count("<mark>") == 3 and "<script>" not in html and "&lt;script&gt;" in html
    view = show_kwic(table, max_rows=2)
    assert isinstance(view, KwicView) and view.table is table
    assert "<mark>Nato</mark>" in view._repr_html_()
    assert repr(view).endswith("... 1 more lines")
    assert kwic_text(table.iloc[:0]) == "(no kwic lines)"


@settings(max_examples=30, deadline=None)
@given(
    st.lists(st.text(alphabet="ab \n.-", max_size=30), min_size=1, max_size=4),
    st.integers(0, 4),
)
def test_contexts_are_exact_slices_and_order_does_not_matter(texts, window):
    docs = pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(texts))], "text": texts})
    out = kwic(docs, "ab?", window=window, words=False)
    for row in out.itertuples():
        full = texts[int(row.doc_id[1:])]
        assert full[row.start : row.end] == row.match
        assert full[row.start - len(row.left) : row.start] == row.left
        assert full[row.end : row.end + len(row.right)] == row.right
        assert len(row.left.split()) <= window + 1 and len(row.right.split()) <= window + 1
    reversed_docs = docs.iloc[::-1].reset_index(drop=True)
    pd.testing.assert_frame_equal(out, kwic(reversed_docs, "ab?", window=window, words=False))

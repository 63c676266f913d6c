"""discourse.metrics: count_terms and timeline on hand-built matches/docs/tokens tables."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from discourse.metrics import count_terms, timeline


def _docs() -> pd.DataFrame:
    table = pd.DataFrame(
        {
            "doc_id": ["a", "b", "c", "d"],
            "source": ["taz", "faz", "taz", "faz"],
            "published": ["2020-01-15", "2020-01-20", "2020-03-02", "2020-03-31"],
            "title": ["t"] * 4,
            "text": ["x"] * 4,
            "lang": ["de"] * 4,
            "n_tok": [100, 200, 50, 250],
        }
    )
    table["published"] = pd.to_datetime(table["published"], utc=True).astype("datetime64[ns, UTC]")
    return table


def _matches() -> pd.DataFrame:
    # a: nato x2 (sent 0, 1), russia x1 (sent 1); b: nato x1; d: russia x2 (same sentence)
    return pd.DataFrame(
        {
            "doc_id": ["a", "a", "a", "b", "d", "d"],
            "sent_id": [0, 1, 1, 0, 3, 3],
            "start": [0, 10, 20, 5, 7, 30],
            "end": [4, 14, 26, 9, 13, 36],
            "concept": ["nato", "nato", "russia", "nato", "russia", "russia"],
            "term": ["Nato", "NATO", "Russland", "Nato", "Russland", "Russen"],
            "match": ["Nato", "NATO", "Russland", "Nato", "Russland", "Russen"],
            "lang": ["de"] * 6,
        }
    )


def _tokens(counts: dict[str, int], n_punct: int = 1) -> pd.DataFrame:
    """A tokens table with ``counts[doc]`` words plus ``n_punct`` punctuation per doc."""
    rows = []
    for doc_id, n in counts.items():
        for i in range(n + n_punct):
            punct = i >= n
            rows.append((doc_id, 0, i, "." if punct else "w", "." if punct else "w", punct))
    tokens = pd.DataFrame(
        rows, columns=["doc_id", "sent_id", "tok_id", "token", "lemma", "is_punct"]
    )
    tokens["start"] = tokens["tok_id"]
    tokens["end"] = tokens["tok_id"] + 1
    tokens["is_stop"] = False
    return tokens


# ---------------------------------------------------------------- count_terms


def test_count_terms_per_doc_by_hand():
    matches = _matches()
    before = matches.copy()
    out = count_terms(matches)
    assert list(out.columns) == ["doc_id", "concept", "n", "n_sents"]
    assert out.to_dict("records") == [
        {"doc_id": "a", "concept": "nato", "n": 2, "n_sents": 2},
        {"doc_id": "a", "concept": "russia", "n": 1, "n_sents": 1},
        {"doc_id": "b", "concept": "nato", "n": 1, "n_sents": 1},
        {"doc_id": "d", "concept": "russia", "n": 2, "n_sents": 1},
    ]
    assert isinstance(out.index, pd.RangeIndex)
    pd.testing.assert_frame_equal(matches, before)


def test_count_terms_per_sentence_and_corpus_and_term():
    matches = _matches()
    sent = count_terms(matches, level="sent")
    assert list(sent.columns) == ["doc_id", "sent_id", "concept", "n"]
    assert sent["n"].tolist() == [1, 1, 1, 1, 2]
    corpus = count_terms(matches, level="corpus")
    assert corpus.to_dict("records") == [
        {"concept": "nato", "n": 3, "n_sents": 3, "n_docs": 2},
        {"concept": "russia", "n": 3, "n_sents": 2, "n_docs": 2},
    ]
    terms = count_terms(matches, level="corpus", by="term")
    assert dict(zip(terms["term"], terms["n"], strict=True)) == {
        "NATO": 1,
        "Nato": 2,
        "Russen": 1,
        "Russland": 2,
    }
    # a caller's column is a group like any other
    by_lang = count_terms(matches, level="corpus", by=["lang", "concept"])
    assert by_lang["lang"].tolist() == ["de", "de"]


def test_count_terms_errors():
    with pytest.raises(ValueError, match="level must be one of"):
        count_terms(_matches(), level="paragraph")
    with pytest.raises(KeyError, match="party"):
        count_terms(_matches(), by="party")
    with pytest.raises(ValueError, match="by must not contain"):
        count_terms(_matches(), by=["n"])


# ---------------------------------------------------------------- timeline


def test_timeline_monthly_grid_by_hand():
    docs, matches = _docs(), _matches()
    docs_before, matches_before = docs.copy(), matches.copy()
    out = timeline(matches, docs, freq="M", tokens="n_tok")
    assert list(out.columns) == [
        "period",
        "concept",
        "n",
        "n_docs",
        "docs_total",
        "n_tokens",
        "rate",
    ]
    assert str(out["period"].dtype) == "datetime64[ns, UTC]"
    assert (
        out["period"].dt.strftime("%Y-%m").tolist()
        == ["2020-01"] * 2 + ["2020-02"] * 2 + ["2020-03"] * 2
    )
    assert out["concept"].tolist() == ["nato", "russia"] * 3
    assert out["n"].tolist() == [3, 1, 0, 0, 0, 2]
    assert out["n_docs"].tolist() == [2, 1, 0, 0, 0, 1]
    assert out["docs_total"].tolist() == [2, 2, 0, 0, 2, 2]
    assert out["n_tokens"].tolist() == [300, 300, 0, 0, 300, 300]
    expected_rate = [10.0, 1000 / 300, np.nan, np.nan, 0.0, 2000 / 300]
    np.testing.assert_allclose(out["rate"], expected_rate)
    assert isinstance(out.index, pd.RangeIndex)
    pd.testing.assert_frame_equal(docs, docs_before)
    pd.testing.assert_frame_equal(matches, matches_before)


def test_timeline_groups_tokens_table_and_concept_list():
    docs, matches = _docs(), _matches()
    tokens = _tokens({"a": 100, "b": 200, "c": 50, "d": 250})
    out = timeline(
        matches, docs, freq="Y", by="source", tokens=tokens, concepts=["nato", "ukraine"]
    )
    assert list(out.columns[:3]) == ["source", "period", "concept"]
    assert out[["source", "concept"]].values.tolist() == [
        ["faz", "nato"],
        ["faz", "ukraine"],
        ["taz", "nato"],
        ["taz", "ukraine"],
    ]
    assert out["n"].tolist() == [1, 0, 2, 0]
    # punctuation is left out of n_tokens unless asked for
    assert out["n_tokens"].tolist() == [450, 450, 150, 150]
    with_punct = timeline(matches, docs, freq="Y", by="source", tokens=tokens, punct=True)
    assert with_punct["n_tokens"].tolist() == [452, 452, 152, 152]
    whole = timeline(matches, docs, freq=None, tokens="n_tok")
    assert "period" not in whole
    assert whole["n"].tolist() == [3, 3]
    assert whole["docs_total"].tolist() == [4, 4]


def test_timeline_warns_about_undated_and_unknown_documents():
    docs, matches = _docs(), _matches()
    docs.loc[3, "published"] = pd.NaT
    extra = pd.concat([matches, matches.head(1).assign(doc_id="zzz")], ignore_index=True)
    with pytest.warns(UserWarning) as record:
        out = timeline(extra, docs, freq="M", tokens="n_tok")
    messages = " ".join(str(w.message) for w in record)
    assert "not in docs" in messages and "no 'published' date" in messages
    assert out["n"].sum() == 4  # d (undated) and zzz (unknown) are left out
    assert out["period"].dt.month.tolist() == [1, 1, 2, 2, 3, 3]


def test_timeline_errors():
    docs, matches = _docs(), _matches()
    with pytest.raises(ValueError, match="freq must be one of"):
        timeline(matches, docs, freq="H", tokens="n_tok")
    with pytest.raises(KeyError, match="party"):
        timeline(matches, docs, by="party", tokens="n_tok")
    with pytest.raises(ValueError, match="doc_id must be unique"):
        timeline(matches, pd.concat([docs, docs], ignore_index=True), tokens="n_tok")


def test_timeline_tokenises_docs_when_no_tokens_given(tiny_docs):
    pytest.importorskip("discourse.segment")
    matches = pd.DataFrame(
        {"doc_id": ["de-1"], "sent_id": [1], "start": [69], "end": [73], "concept": ["nato"]}
    )
    out = timeline(matches, tiny_docs, freq="D")
    assert out["n"].sum() == 1
    assert (out["n_tokens"] > 0).sum() == 2  # two dates: 12 and 13 February


# ---------------------------------------------------------------- properties

_CONCEPTS = ["nato", "russia", "ukraine"]


@st.composite
def _tables(draw):
    n_docs = draw(st.integers(1, 6))
    days = draw(st.lists(st.integers(0, 400), min_size=n_docs, max_size=n_docs))
    docs = pd.DataFrame(
        {
            "doc_id": [f"d{i}" for i in range(n_docs)],
            "source": draw(st.lists(st.sampled_from(["x", "y"]), min_size=n_docs, max_size=n_docs)),
            "published": pd.Timestamp("2020-01-01", tz="UTC") + pd.to_timedelta(days, unit="D"),
            "n_tok": draw(st.lists(st.integers(0, 50), min_size=n_docs, max_size=n_docs)),
        }
    )
    rows = draw(
        st.lists(
            st.tuples(st.integers(0, n_docs - 1), st.integers(0, 3), st.sampled_from(_CONCEPTS)),
            max_size=25,
        )
    )
    matches = pd.DataFrame(
        {
            "doc_id": [f"d{d}" for d, _, _ in rows],
            "sent_id": pd.array([s for _, s, _ in rows], dtype="int64"),
            "start": pd.array(range(len(rows)), dtype="int64"),
            "concept": pd.array([c for _, _, c in rows], dtype="str"),
        }
    )
    return docs, matches


@settings(max_examples=20, deadline=None)
@given(_tables(), st.sampled_from(["D", "W", "M", "Q", "Y"]), st.randoms(use_true_random=False))
def test_timeline_totals_equal_count_totals_and_order_does_not_matter(tables, freq, rnd):
    docs, matches = tables
    out = timeline(matches, docs, freq=freq, by="source", tokens="n_tok")
    per_concept = out.groupby("concept")["n"].sum()
    corpus = count_terms(matches, level="corpus").set_index("concept")["n"]
    assert per_concept.to_dict() == corpus.to_dict()
    assert out["n_docs"].groupby(out["concept"]).sum().to_dict() == (
        count_terms(matches, level="corpus").set_index("concept")["n_docs"].to_dict()
    )
    # every group x period x concept once; documents and tokens add up
    assert not out.duplicated(["source", "period", "concept"]).any()
    for name in _CONCEPTS:
        if name in set(matches["concept"]):
            rows = out.loc[out["concept"] == name]
            assert rows["docs_total"].sum() == len(docs)
            assert rows["n_tokens"].sum() == docs["n_tok"].sum()
    # row order of the inputs does not matter
    shuffled_docs = docs.sample(frac=1, random_state=rnd.randint(0, 999)).reset_index(drop=True)
    shuffled = matches.sample(frac=1, random_state=rnd.randint(0, 999)).reset_index(drop=True)
    again = timeline(shuffled, shuffled_docs, freq=freq, by="source", tokens="n_tok")
    pd.testing.assert_frame_equal(out, again)
    pd.testing.assert_frame_equal(
        count_terms(matches, level="sent"), count_terms(shuffled, level="sent")
    )


@settings(max_examples=20, deadline=None)
@given(_tables(), st.sets(st.sampled_from(_CONCEPTS)))
def test_filtering_twice_equals_once(tables, keep):
    docs, matches = tables
    once = matches.loc[matches["concept"].isin(keep)]
    twice = once.loc[once["concept"].isin(keep)]
    a = count_terms(once, level="doc")
    pd.testing.assert_frame_equal(a, count_terms(twice, level="doc"))
    # the filtered counts are the matching rows of the unfiltered counts
    full = count_terms(matches, level="doc")
    pd.testing.assert_frame_equal(
        a, full.loc[full["concept"].isin(keep)].reset_index(drop=True), check_dtype=False
    )


def test_timeline_without_matches_reports_listed_concepts_as_zero():
    docs = _docs()
    empty = _matches().iloc[:0]
    out = timeline(empty, docs, freq="Q", tokens="n_tok", concepts=["nato"])
    assert out[["concept", "n", "docs_total", "n_tokens"]].values.tolist() == [["nato", 0, 4, 600]]
    assert out["rate"].tolist() == [0.0]
    assert len(timeline(empty, docs, freq="Q", tokens="n_tok")) == 0

"""discourse.metrics: count_pattern, count_words, corpus_summary on hand-counted tables."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from discourse.metrics import corpus_summary, count_pattern, count_words

COLUMNS = ["pattern", "n", "n_docs", "docs_total", "share_docs"]


@pytest.fixture
def docs() -> pd.DataFrame:
    """Four dated documents from two outlets; counts below are by hand."""
    table = pd.DataFrame(
        {
            "doc_id": ["a", "b", "c", "d"],
            "source": ["taz", "faz", "taz", "faz"],
            "published": ["2020-01-15", "2020-01-20", "2020-03-02", "2020-03-31"],
            "text": [
                "Die Nato und die NATO. Natogipfel!",  # Nato x2 (word), Natogipfel no
                "Ukraine, Ukrainer und ukrainisch.",  # Ukrain\w* x3
                "nichts davon",
                "Die Nato-Staaten und die Ukraine",  # Nato x1, Ukrain x1
            ],
            "extra": [1, 2, 3, 4],
        }
    )
    table["published"] = pd.to_datetime(table["published"], utc=True).astype("datetime64[ns, UTC]")
    return table


def test_total_counts_by_hand(docs):
    out = count_pattern(docs, "nato")
    assert list(out.columns) == COLUMNS
    assert out.to_dict("records") == [
        {"pattern": "nato", "n": 3, "n_docs": 2, "docs_total": 4, "share_docs": 0.5}
    ]
    assert isinstance(out.index, pd.RangeIndex)
    assert [str(out[c].dtype) for c in ["n", "n_docs", "docs_total"]] == ["int64"] * 3


def test_words_adds_word_boundaries_only(docs):
    # words=True: "Natogipfel" is not counted, "Nato-Staaten" is (hyphen = boundary).
    assert count_pattern(docs, "nato")["n"].item() == 3
    # words=False: the compound counts too.
    assert count_pattern(docs, "nato", words=False)["n"].item() == 4
    # Case-sensitive when the caller drops IGNORECASE.
    assert count_pattern(docs, "NATO", flags=0)["n"].item() == 1


def test_regex_endings_and_mapping_labels(docs):
    out = count_pattern(docs, {"ukraine": r"ukrain\w*", "nato": "nato"})
    assert out["pattern"].tolist() == ["ukraine", "nato"]
    assert out["n"].tolist() == [4, 3]
    assert out["n_docs"].tolist() == [2, 2]


def test_by_group_sorted(docs):
    out = count_pattern(docs, "nato", by="source")
    assert list(out.columns) == ["source", *COLUMNS]
    assert out["source"].tolist() == ["faz", "taz"]  # sorted
    assert out["n"].tolist() == [1, 2]
    assert out["n_docs"].tolist() == [1, 1]
    assert out["docs_total"].tolist() == [2, 2]
    assert out["share_docs"].tolist() == [0.5, 0.5]


def test_monthly_grid_fills_empty_months(docs):
    out = count_pattern(docs, "nato", freq="M")
    assert list(out.columns) == ["period", *COLUMNS]
    assert str(out["period"].dtype) == "datetime64[ns, UTC]"
    assert out["period"].dt.strftime("%Y-%m-%d").tolist() == [
        "2020-01-01",
        "2020-02-01",
        "2020-03-01",
    ]
    assert out["n"].tolist() == [2, 0, 1]
    assert out["docs_total"].tolist() == [2, 0, 2]
    assert out["share_docs"].iloc[0] == 0.5
    assert np.isnan(out["share_docs"].iloc[1])  # no documents: no share


def test_grid_is_complete_for_every_group(docs):
    out = count_pattern(docs, r"ukrain\w*", by="source", freq="M")
    assert len(out) == 2 * 3
    got = {(r.source, r.period.month): (r.n, r.docs_total) for r in out.itertuples(index=False)}
    assert got == {
        ("faz", 1): (3, 1),
        ("faz", 2): (0, 0),
        ("faz", 3): (1, 1),
        ("taz", 1): (0, 1),
        ("taz", 2): (0, 0),
        ("taz", 3): (0, 1),
    }
    assert out["source"].tolist() == ["faz"] * 3 + ["taz"] * 3


def test_weekly_and_yearly_period_starts(docs):
    weekly = count_pattern(docs, "nato", freq="W")
    assert weekly["period"].iloc[0] == pd.Timestamp("2020-01-13", tz="UTC")  # a Monday
    assert (weekly["period"].dt.day_of_week == 0).all()
    yearly = count_pattern(docs, "nato", freq="Y")
    assert yearly["period"].tolist() == [pd.Timestamp("2020-01-01", tz="UTC")]
    assert yearly["n"].tolist() == [3]


def test_undated_documents_warn_and_are_left_out(docs):
    undated = docs.assign(published=docs["published"].where(docs["doc_id"] != "a"))
    with pytest.warns(UserWarning, match="1 of 4 documents have no 'published'"):
        out = count_pattern(undated, "nato", freq="Y")
    assert out["n"].tolist() == [1]
    assert out["docs_total"].tolist() == [3]
    # Without freq nothing is dropped.
    assert count_pattern(undated, "nato")["docs_total"].item() == 4


def test_missing_group_values_form_their_own_group(docs):
    out = count_pattern(
        docs.assign(source=docs["source"].where(docs["doc_id"] != "b")), "nato", by="source"
    )
    assert out["docs_total"].tolist() == [1, 2, 1]  # faz, taz, then the missing group
    assert out["source"].isna().tolist() == [False, False, True]


def test_missing_text_counts_as_no_match(docs):
    out = count_pattern(docs.assign(text=docs["text"].where(docs["doc_id"] != "a")), "nato")
    assert (out["n"].item(), out["n_docs"].item(), out["docs_total"].item()) == (1, 1, 4)


def test_tiny_docs(tiny_docs):
    out = count_pattern(tiny_docs, "Hegseth", by="lang")
    assert out[["lang", "n", "n_docs", "docs_total"]].values.tolist() == [
        ["de", 1, 1, 2],
        ["en", 1, 1, 1],
    ]


def test_does_not_mutate_input(docs):
    before = docs.copy()
    count_pattern(docs, "nato", by="source", freq="M")
    count_words(docs)
    corpus_summary(docs, by="source", freq="M")
    pd.testing.assert_frame_equal(docs, before)


def test_empty_table_gives_empty_result(docs):
    out = count_pattern(docs.iloc[:0], "nato", by="source", freq="M")
    assert len(out) == 0
    assert list(out.columns) == ["source", "period", *COLUMNS]


@pytest.mark.parametrize(
    ("kwargs", "error", "match"),
    [
        ({"freq": "H"}, ValueError, "freq must be one of"),
        ({"by": "outlet"}, KeyError, "by: column"),
        ({"text": "body"}, KeyError, "text: column"),
        ({"by": "period"}, ValueError, "must not contain"),
    ],
)
def test_bad_arguments_are_named(docs, kwargs, error, match):
    with pytest.raises(error, match=match):
        count_pattern(docs, "nato", **kwargs)


def test_bad_pattern_is_named(docs):
    with pytest.raises(ValueError, match="not a valid regular expression"):
        count_pattern(docs, "nato(")
    with pytest.raises(ValueError, match="non-empty"):
        count_pattern(docs, "")


def test_date_must_be_datetime(docs):
    with pytest.raises(TypeError, match="date column 'published' must hold datetimes"):
        count_pattern(docs.assign(published="2020"), "nato", freq="Y")


def test_compiled_pattern_keeps_its_flags(docs):
    out = count_pattern(docs, re.compile("NATO"), flags=0)
    assert out["pattern"].item() == "NATO"
    assert out["n"].item() == 1


texts = st.lists(
    st.text(alphabet=st.sampled_from(list("ab .-")), max_size=20), min_size=1, max_size=12
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts=texts, groups=st.lists(st.sampled_from(["x", "y", "z"]), min_size=12, max_size=12))
def test_group_counts_add_up_to_the_total(texts, groups):
    table = pd.DataFrame({"text": texts, "g": groups[: len(texts)]})
    total = count_pattern(table, "ab", words=False)
    grouped = count_pattern(table, "ab", by="g", words=False)
    assert grouped["n"].sum() == total["n"].item()
    assert grouped["n_docs"].sum() == total["n_docs"].item()
    assert grouped["docs_total"].sum() == len(table)
    assert (grouped["n_docs"] <= grouped["docs_total"]).all()
    assert ((grouped["share_docs"] >= 0) & (grouped["share_docs"] <= 1)).all()
    expected = sum(t.lower().count("ab") for t in texts)  # "ab" cannot overlap itself
    assert total["n"].item() == expected


def test_count_words_by_hand(docs):
    out = count_words(docs)
    assert out["n_words"].tolist() == [6, 4, 2, 5]
    assert list(out.columns) == [*docs.columns, "n_words"]
    assert isinstance(out.index, pd.RangeIndex)


def test_count_words_keeps_order_with_a_shuffled_index(docs):
    shuffled = docs.iloc[[3, 0, 2, 1]]
    out = count_words(shuffled)
    assert out["doc_id"].tolist() == ["d", "a", "c", "b"]
    assert out["n_words"].tolist() == [5, 6, 2, 4]
    assert isinstance(out.index, pd.RangeIndex)


def test_corpus_summary_by_hand(docs):
    out = corpus_summary(docs, by="source")
    assert list(out.columns) == [
        "source",
        "n_docs",
        "n_words",
        "median_words",
        "first",
        "last",
    ]
    assert out["source"].tolist() == ["faz", "taz"]
    assert out["n_docs"].tolist() == [2, 2]
    assert out["n_words"].tolist() == [9, 8]
    assert out["median_words"].tolist() == [4.5, 4.0]
    assert out["first"].tolist() == [
        pd.Timestamp("2020-01-20", tz="UTC"),
        pd.Timestamp("2020-01-15", tz="UTC"),
    ]
    assert str(out["last"].dtype) == "datetime64[ns, UTC]"


def test_corpus_summary_per_period_and_whole(docs):
    monthly = corpus_summary(docs, by=None, freq="M")
    assert monthly["n_docs"].tolist() == [2, 2]  # no zero rows: only months with documents
    whole = corpus_summary(docs, by=None)
    assert whole[["n_docs", "n_words"]].values.tolist() == [[4, 17]]

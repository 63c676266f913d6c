"""Common slips of a new user (from a usability review) get a working result or a clear
message instead of an internal error."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import pandas as pd  # noqa: E402
import pytest  # noqa: E402

import discourse  # noqa: E402
from discourse.metrics import corpus_summary, keyness  # noqa: E402
from discourse.schema import SchemaError, validate  # noqa: E402


def test_plot_distribution_of_an_empty_table_draws_empty_axes():
    table = pd.DataFrame({"party": pd.Series([], dtype=str), "n_words": pd.Series([], dtype=int)})
    ax = discourse.plot_distribution(table, x="n_words", y="party")
    assert [t.get_text() for t in ax.get_yticklabels()] == []
    assert ax.get_xlabel() == "n_words"


def test_analyze_takes_one_step_as_a_string():
    docs = discourse.load_demo_corpus("seed")
    result = discourse.analyze(docs, steps="numbers")
    assert result.numbers is not None and len(result.numbers) > 0
    assert result.statements is None


def test_keyness_of_a_series_of_words_says_what_a_series_must_hold():
    words = pd.Series(["Nato", "und", "Nato"])
    with pytest.raises(ValueError, match=r"counts >= 0 indexed by term .*value_counts"):
        keyness(words, words)


def test_corpus_summary_of_a_corpus_without_collections():
    docs = pd.DataFrame(
        {"text": ["eins zwei", "drei"], "published": pd.to_datetime(["2020-01-01"] * 2, utc=True)}
    )
    out = corpus_summary(docs)
    assert out[["n_docs", "n_words"]].values.tolist() == [[2, 3]]


def test_a_naive_date_column_is_named_with_the_fix():
    docs = pd.DataFrame(
        {"doc_id": ["a"], "source": ["SZ"], "title": ["t"], "lang": ["de"], "text": ["x"],
         "published": pd.to_datetime(["2025-02-12"])}
    )  # fmt: skip
    with pytest.raises(
        SchemaError, match=r"time-zone-aware datetime \(pd.to_datetime\(values, utc=True\)"
    ):
        validate(docs, "docs")


def test_corpus_summary_of_undated_documents_keeps_the_period_type():
    docs = pd.DataFrame(
        {"source": ["a", "b"], "text": ["x y", "z"],
         "published": pd.Series([pd.NaT, pd.NaT], dtype="datetime64[ns, UTC]")}
    )  # fmt: skip
    with pytest.warns(UserWarning, match="no 'published' date"):
        out = corpus_summary(docs, by="source", freq="Y")
    assert out.empty and str(out["period"].dtype) == "datetime64[ns, UTC]"

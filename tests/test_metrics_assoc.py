"""discourse.metrics: collocations, keyness, distinctive_terms, cooccurrence, by hand."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from discourse.metrics import (
    adjust_pvalues,
    collocations,
    cooccurrence,
    distinctive_terms,
    keyness,
)

STOP = {"in", "und", "die"}


def _tokens(sentences: dict[tuple[str, int], str]) -> pd.DataFrame:
    """A tokens table from whitespace-split sentences; lemma = token."""
    rows = []
    for (doc_id, sent_id), text in sentences.items():
        for tok_id, word in enumerate(text.split()):
            rows.append((doc_id, sent_id, tok_id, word, word, word in STOP, word in {".", ","}))
    table = pd.DataFrame(
        rows, columns=["doc_id", "sent_id", "tok_id", "token", "lemma", "is_stop", "is_punct"]
    )
    table["start"] = table["tok_id"] * 10  # offsets do not matter here
    table["end"] = table["start"] + table["token"].str.len()
    return table


@pytest.fixture
def tokens() -> pd.DataFrame:
    return _tokens(
        {
            ("a", 0): "Nato Gipfel in Brüssel .",
            ("a", 1): "Nato Gipfel endet",
            ("b", 0): "Gipfel Nato",
        }
    )


# ---------------------------------------------------------------- collocations


def test_collocations_pmi_by_hand(tokens):
    before = tokens.copy()
    out = collocations(tokens, measure="pmi", min_freq=1)
    assert list(out.columns) == ["w1", "w2", "n", "n_w1", "n_w2", "score", "measure"]
    # words kept: Nato 3, Gipfel 3, Brüssel 1, endet 1 -> N = 8; "in" breaks Gipfel-Brüssel,
    # no pair crosses a sentence (Brüssel . | Nato, endet | Gipfel)
    assert out[["w1", "w2", "n"]].values.tolist() == [
        ["Gipfel", "endet", 1],
        ["Nato", "Gipfel", 2],
        ["Gipfel", "Nato", 1],
    ]
    expected = [math.log2(1 * 8 / (3 * 1)), math.log2(2 * 8 / (3 * 3)), math.log2(1 * 8 / (3 * 3))]
    np.testing.assert_allclose(out["score"], expected)
    assert out["n_w1"].tolist() == [3, 3, 3] and out["n_w2"].tolist() == [1, 3, 3]
    assert (out["measure"] == "pmi").all()
    pd.testing.assert_frame_equal(tokens, before)
    top = collocations(tokens, measure="pmi", min_freq=2)
    assert top[["w1", "w2"]].values.tolist() == [["Nato", "Gipfel"]]
    assert len(collocations(tokens, min_freq=1, top=2)) == 2


def test_collocations_llr_by_hand(tokens):
    out = collocations(tokens, measure="llr", min_freq=2)
    # 2 x 2 table for (Nato, Gipfel): [[2, 1], [1, 4]], N = 8
    observed = np.array([[2, 1], [1, 4]], dtype=float)
    expected = observed.sum(1, keepdims=True) * observed.sum(0, keepdims=True) / observed.sum()
    g2 = 2 * (observed * np.log(observed / expected)).sum()
    assert out["score"].item() == pytest.approx(g2, rel=1e-6)


def test_collocations_window_and_stopwords(tokens):
    wide = collocations(tokens, measure="pmi", window=3, min_freq=1)
    pairs = {(a, b): n for a, b, n in wide[["w1", "w2", "n"]].values}
    assert pairs == {
        ("Nato", "Gipfel"): 2,
        ("Gipfel", "Brüssel"): 1,
        ("Nato", "endet"): 1,
        ("Gipfel", "endet"): 1,
        ("Gipfel", "Nato"): 1,
    }
    score = wide.set_index(["w1", "w2"])["score"]
    # counts are scaled by 1 / (window - 1), as in NLTK
    assert score[("Gipfel", "Brüssel")] == pytest.approx(math.log2(0.5 * 8 / 3))
    with_stop = collocations(tokens, stopwords=False, min_freq=1)
    assert {("Gipfel", "in"), ("in", "Brüssel")} <= set(map(tuple, with_stop[["w1", "w2"]].values))


def test_collocations_degenerate_table_gives_nan_with_warning():
    # "a a": N = 2, n(a, a) = 1, n(a) = 2 -> the 2 x 2 table has a negative cell
    table = _tokens({("d", 0): "a a"})
    with pytest.warns(UserWarning, match="degenerate"):
        out = collocations(table, measure="llr", min_freq=1)
    assert out[["w1", "w2", "n"]].values.tolist() == [["a", "a", 1]]
    assert np.isnan(out["score"].item())


def test_collocations_errors(tokens):
    with pytest.raises(ValueError, match="measure must be one of"):
        collocations(tokens, measure="tscore")
    with pytest.raises(ValueError, match="window must be"):
        collocations(tokens, window=1)
    with pytest.raises(KeyError, match="lemma"):
        collocations(tokens.drop(columns="lemma"))


@pytest.mark.filterwarnings("ignore:.*degenerate:UserWarning")
@settings(max_examples=25, deadline=None)
@given(
    st.lists(
        st.lists(st.sampled_from(["a", "b", "c", "in", "."]), min_size=1, max_size=6),
        min_size=1,
        max_size=5,
    ),
    st.integers(0, 10_000),
)
def test_collocations_order_does_not_matter(sentences, seed):
    table = _tokens({("d", i): " ".join(words) for i, words in enumerate(sentences)})
    out = collocations(table, min_freq=1, measure="llr")
    shuffled = table.sample(frac=1, random_state=seed).reset_index(drop=True)
    pd.testing.assert_frame_equal(out, collocations(shuffled, min_freq=1, measure="llr"))
    # every pair lies within a sentence: n never exceeds the smaller word frequency
    assert (out["n"] <= out[["n_w1", "n_w2"]].min(axis=1)).all()


# ---------------------------------------------------------------- keyness


def _g2(cells):
    observed = np.array(cells, dtype=float).reshape(2, 2)
    expected = observed.sum(1, keepdims=True) * observed.sum(0, keepdims=True) / observed.sum()
    with np.errstate(divide="ignore", invalid="ignore"):
        terms = np.where(observed > 0, observed * np.log(observed / expected), 0.0)
    return 2 * terms.sum()


def test_keyness_series_by_hand():
    target = pd.Series({"Nato": 30, "und": 70})
    reference = pd.Series({"Nato": 10, "und": 90})
    out = keyness(target, reference)
    assert list(out.columns) == [
        "term",
        "n_target",
        "n_reference",
        "g2",
        "chi2",
        "log_ratio",
        "p",
        "p_adj",
    ]
    # Nato: observed [[30, 10], [70, 90]], expected [[20, 20], [80, 80]]
    g2 = 2 * (30 * math.log(1.5) + 10 * math.log(0.5) + 70 * math.log(7 / 8) + 90 * math.log(9 / 8))
    nato = out.set_index("term").loc["Nato"]
    assert nato["g2"] == pytest.approx(g2)
    assert nato["chi2"] == pytest.approx(10**2 / 20 * 2 + 10**2 / 80 * 2)  # 12.5
    assert nato["log_ratio"] == pytest.approx(math.log2(3))
    p = math.erfc(math.sqrt(g2 / 2))  # chi-square sf with one degree of freedom
    assert nato["p"] == pytest.approx(p)
    assert nato["p_adj"] == pytest.approx(p)  # BH with two equal p-values
    assert out.set_index("term").loc["und", "log_ratio"] == pytest.approx(math.log2(0.7 / 0.9))


def test_keyness_tokens_stopwords_and_zero_counts():
    target = _tokens({("t", 0): "Nato Nato und ."})
    reference = _tokens({("r", 0): "Geld und und"})
    before = target.copy()
    out = keyness(target, reference)
    # N_t = 3 (punctuation left out), N_r = 3; "und" is a stop word: tested out, still in N
    assert out["term"].tolist() == ["Nato", "Geld"]
    nato = out.iloc[0]
    assert (nato["n_target"], nato["n_reference"]) == (2, 0)
    assert nato["g2"] == pytest.approx(_g2([2, 0, 1, 3]))
    assert nato["chi2"] == pytest.approx(3.0)
    assert nato["log_ratio"] == pytest.approx(2.0)  # log2((2/3) / (0.5/3))
    assert out.iloc[1]["log_ratio"] == pytest.approx(-1.0)  # log2((0.5/3) / (1/3))
    assert out.iloc[1]["g2"] == pytest.approx(_g2([0, 1, 3, 2]))
    assert (out["p_adj"] >= out["p"]).all()
    pd.testing.assert_frame_equal(target, before)
    with_stop = keyness(target, reference, stopwords=False)
    assert set(with_stop["term"]) == {"Nato", "Geld", "und"}
    assert keyness(target, reference, min_freq=2)["term"].tolist() == ["Nato"]


def test_keyness_errors():
    words = pd.Series({"a": 1})
    with pytest.raises(ValueError, match="correction must be one of"):
        keyness(words, words, correction="sidak")
    with pytest.raises(ValueError, match="need words"):
        keyness(words, pd.Series({"a": 0}))


def test_adjust_pvalues_by_hand():
    p = [0.01, 0.04, 0.03, 0.5]
    np.testing.assert_allclose(adjust_pvalues(p, "fdr_bh"), [0.04, 0.16 / 3, 0.16 / 3, 0.5])
    np.testing.assert_allclose(adjust_pvalues(p, "holm"), [0.04, 0.09, 0.09, 0.5])
    np.testing.assert_allclose(adjust_pvalues(p, "bonferroni"), [0.04, 0.16, 0.12, 1.0])
    np.testing.assert_allclose(adjust_pvalues(p, None), p)
    assert adjust_pvalues([], "holm").size == 0


# ---------------------------------------------------------------- distinctive_terms


def test_distinctive_terms_by_hand():
    docs = pd.DataFrame({"doc_id": ["a", "b", "c"], "party": ["X", "Y", "X"]})
    tokens = _tokens({("a", 0): "Nato Geld", ("c", 0): "Nato und", ("b", 0): "Geld Frieden ."})
    before = tokens.copy()
    out = distinctive_terms(tokens, docs, by="party", top=None)
    assert list(out.columns) == ["party", "term", "n", "tfidf", "rank"]
    idf_rare = math.log(3 / 2) + 1  # smooth idf, term in one of two groups
    x = np.array([2 * idf_rare, 1.0])  # X: Nato x2, Geld x1 (idf 1)
    y = np.array([idf_rare, 1.0])  # Y: Frieden x1, Geld x1
    assert out[["party", "term", "n", "rank"]].values.tolist() == [
        ["X", "Nato", 2, 1],
        ["X", "Geld", 1, 2],
        ["Y", "Frieden", 1, 1],
        ["Y", "Geld", 1, 2],
    ]
    np.testing.assert_allclose(out["tfidf"], [*(x / np.linalg.norm(x)), *(y / np.linalg.norm(y))])
    pd.testing.assert_frame_equal(tokens, before)
    # the same numbers as scikit-learn's TfidfVectorizer on pre-tokenised input
    from sklearn.feature_extraction.text import TfidfVectorizer

    vectorizer = TfidfVectorizer(analyzer=lambda terms: terms, lowercase=False)
    matrix = vectorizer.fit_transform([["Nato", "Geld", "Nato"], ["Geld", "Frieden"]]).toarray()
    vocab = list(vectorizer.get_feature_names_out())
    for row in out.itertuples():
        group = 0 if row.party == "X" else 1
        assert row.tfidf == pytest.approx(matrix[group, vocab.index(row.term)])
    top1 = distinctive_terms(tokens, docs, by=["party"], top=1)
    assert top1["term"].tolist() == ["Nato", "Frieden"]


def test_distinctive_terms_warns_and_errors():
    docs = pd.DataFrame({"doc_id": ["a"], "party": ["X"]})
    tokens = _tokens({("a", 0): "Nato", ("zzz", 0): "Geld"})
    with pytest.warns(UserWarning, match="not in docs"):
        out = distinctive_terms(tokens, docs, by="party")
    assert out["term"].tolist() == ["Nato"]
    with pytest.raises(KeyError, match="source"):
        distinctive_terms(tokens, docs, by="source")
    with pytest.raises(ValueError, match="top must be"):
        distinctive_terms(tokens, docs, by="party", top=0)


# ---------------------------------------------------------------- cooccurrence


@pytest.fixture
def matches() -> pd.DataFrame:
    rows = [
        ("a", 0, "nato"),
        ("a", 0, "russia"),
        ("a", 0, "nato"),
        ("a", 1, "nato"),
        ("b", 0, "russia"),
        ("b", 0, "ukraine"),
        ("b", 0, "nato"),
        ("b", 1, "ukraine"),
    ]
    table = pd.DataFrame(rows, columns=["doc_id", "sent_id", "concept"])
    table["start"] = range(len(table))
    table["source"] = table["doc_id"].map({"a": "taz", "b": "faz"})
    return table


def test_cooccurrence_sentences_by_hand(matches):
    before = matches.copy()
    out = cooccurrence(matches)
    assert list(out.columns) == [
        "concept_a",
        "concept_b",
        "n",
        "n_a",
        "n_b",
        "n_units",
        "jaccard",
        "pmi",
    ]
    assert out[["concept_a", "concept_b", "n", "n_a", "n_b", "n_units"]].values.tolist() == [
        ["nato", "russia", 2, 3, 2, 4],
        ["nato", "ukraine", 1, 3, 2, 4],
        ["russia", "ukraine", 1, 2, 2, 4],
    ]
    np.testing.assert_allclose(out["jaccard"], [2 / 3, 1 / 4, 1 / 3])
    np.testing.assert_allclose(
        out["pmi"], [math.log2(2 * 4 / 6), math.log2(4 / 6), math.log2(4 / 4)]
    )
    pd.testing.assert_frame_equal(matches, before)


def test_cooccurrence_units_documents_and_groups(matches):
    sents = pd.DataFrame({"doc_id": ["a"] * 4 + ["b"] * 4, "sent_id": [0, 1, 2, 3] * 2})
    with_units = cooccurrence(matches, units=sents)
    assert with_units["n_units"].tolist() == [8, 8, 8]
    assert with_units["pmi"].iloc[0] == pytest.approx(math.log2(2 * 8 / 6))
    docs = cooccurrence(matches, level="doc")
    assert docs[["concept_a", "concept_b", "n", "n_a", "n_b", "n_units"]].values.tolist() == [
        ["nato", "russia", 2, 2, 2, 2],
        ["nato", "ukraine", 1, 2, 1, 2],
        ["russia", "ukraine", 1, 2, 1, 2],
    ]
    assert docs["pmi"].iloc[0] == pytest.approx(0.0)
    grouped = cooccurrence(matches, by="source")
    assert grouped[["source", "concept_a", "concept_b", "n", "n_units"]].values.tolist() == [
        ["faz", "nato", "russia", 1, 2],
        ["faz", "nato", "ukraine", 1, 2],
        ["faz", "russia", "ukraine", 1, 2],
        ["taz", "nato", "russia", 1, 2],
    ]
    assert len(cooccurrence(matches, min_n=2)) == 1


def test_cooccurrence_errors(matches):
    with pytest.raises(ValueError, match="level must be one of"):
        cooccurrence(matches, level="para")
    with pytest.raises(KeyError, match="party"):
        cooccurrence(matches, by="party")


@settings(max_examples=25, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, 2), st.integers(0, 2), st.sampled_from(["x", "y", "z"])),
        max_size=15,
    ),
    st.integers(0, 10_000),
)
def test_cooccurrence_properties(rows, seed):
    table = pd.DataFrame(
        {
            "doc_id": [f"d{d}" for d, _, _ in rows],
            "sent_id": pd.array([s for _, s, _ in rows], dtype="int64"),
            "concept": pd.array([c for _, _, c in rows], dtype="str"),
        }
    )
    out = cooccurrence(table)
    assert (out["n"] <= out[["n_a", "n_b"]].min(axis=1)).all()
    assert ((out["jaccard"] > 0) & (out["jaccard"] <= 1)).all()
    assert (out["concept_a"] < out["concept_b"]).all()
    shuffled = table.sample(frac=1, random_state=seed).reset_index(drop=True)
    pd.testing.assert_frame_equal(out, cooccurrence(shuffled))

"""discourse.metrics on real tables: demo corpus -> segment -> lexicon -> metrics."""

from __future__ import annotations

import pandas as pd
import pytest

from discourse.metrics import (
    collocations,
    cooccurrence,
    count_terms,
    distinctive_terms,
    keyness,
    kwic,
    timeline,
)

segment = pytest.importorskip("discourse.segment")
lexicon = pytest.importorskip("discourse.lexicon")
demo = pytest.importorskip("discourse.demo")


@pytest.fixture(scope="module")
def tables() -> dict[str, pd.DataFrame]:
    seed = demo.load_demo_corpus("seed")
    speeches = demo.load_demo_corpus("bundestag")
    nato = speeches.loc[speeches["text"].str.contains("NATO", regex=False)]
    docs = pd.concat([seed, nato.head(6)], ignore_index=True)
    docs["party"] = docs["party"].fillna("none") if "party" in docs else "none"
    sents = segment.split_sentences(docs)
    tokens = segment.tokenize(sents)
    matches = lexicon.find_terms(sents, lexicon.load_lexicon())
    return {"docs": docs, "sents": sents, "tokens": tokens, "matches": matches}


def test_demo_corpus_has_matches(tables):
    assert len(tables["matches"]) > 10
    assert tables["docs"]["doc_id"].is_unique


def test_timeline_totals_equal_count_totals_and_token_counts(tables):
    docs, tokens, matches = tables["docs"], tables["tokens"], tables["matches"]
    out = timeline(matches, docs, freq="Y", by="party", tokens=tokens)
    corpus = count_terms(matches, level="corpus")
    assert out["n"].sum() == corpus["n"].sum() == len(matches)
    assert out.groupby("concept")["n"].sum().to_dict() == dict(
        zip(corpus["concept"], corpus["n"], strict=True)
    )
    words = int((~tokens["is_punct"]).sum())
    per_concept = out.groupby("concept")["n_tokens"].sum()
    assert (per_concept == words).all()
    assert (out.loc[out["n_tokens"] > 0, "rate"] >= 0).all()


def test_timeline_tokenises_itself_the_same_way(tables):
    docs, tokens, matches = tables["docs"], tables["tokens"], tables["matches"]
    given = timeline(matches, docs, freq="Q", tokens=tokens)
    computed = timeline(matches, docs, freq="Q")
    pd.testing.assert_frame_equal(given, computed)


def test_every_kwic_line_is_a_match(tables):
    docs, matches = tables["docs"], tables["matches"]
    lines = kwic(docs, None, matches=matches, window=5)
    assert len(lines) == len(matches)
    text = docs.set_index("doc_id")["text"]
    for row in lines.itertuples():
        assert text[row.doc_id][row.start : row.end] == row.match
    expected = matches.sort_values(["doc_id", "start", "end", "concept"])["match"].tolist()
    assert lines["match"].tolist() == expected
    one = kwic(docs, "nato", matches=matches)
    assert len(one) == (matches["concept"] == "nato").sum()


def test_associations_run_on_real_tokens(tables):
    docs, tokens, matches, sents = (tables[k] for k in ("docs", "tokens", "matches", "sents"))
    coll = collocations(tokens, measure="llr", min_freq=3, top=20)
    assert 0 < len(coll) <= 20 and coll["score"].is_monotonic_decreasing
    assert (coll["n"] >= 3).all()
    seed_ids = set(docs.loc[docs["collection"] == "seed", "doc_id"])
    is_seed = tokens["doc_id"].isin(seed_ids)
    key = keyness(tokens.loc[is_seed], tokens.loc[~is_seed])
    assert key["g2"].is_monotonic_decreasing and key["p_adj"].between(0, 1).all()
    dist = distinctive_terms(tokens, docs, by="party", top=5)
    assert (dist.groupby("party")["rank"].max() <= 5).all()
    co = cooccurrence(matches, units=sents)
    assert (co["n_units"] == len(sents)).all()

import pandas as pd
import pytest

import discourse
from discourse.analysis import STEPS, Analysis, _plan, analyze
from discourse.schema import validate


def test_plan_adds_the_steps_a_step_needs_in_pipeline_order():
    assert _plan(["statements"]) == ["sents", "actors", "statements"]
    assert _plan(["tokens", "sents"]) == ["sents", "tokens"]
    assert _plan(STEPS) == list(STEPS)


def test_unknown_step_names_the_valid_ones(tiny_docs):
    with pytest.raises(ValueError, match="valid steps are"):
        analyze(tiny_docs, steps=["sents", "sentiment"])


def test_analyze_runs_only_what_was_asked(tiny_docs):
    before = tiny_docs.copy()
    result = analyze(tiny_docs, steps=("numbers",))
    assert list(result.tables()) == ["docs", "sents", "numbers"]
    assert result.tokens is None and result.statements is None
    validate(result.sents, "sents")
    validate(result.numbers, "numbers")
    # "fünf Prozent" in de-1, "Zwei-Prozent-Ziel" in de-2, "five percent of GDP" in en-1
    assert sorted(result.numbers["value"].tolist()) == [2.0, 5.0, 5.0]
    assert set(result.numbers.loc[result.numbers["doc_id"] == "en-1", "base"]) == {"GDP"}
    pd.testing.assert_frame_equal(tiny_docs, before)


@pytest.fixture(scope="module")
def reference_analysis():
    return analyze(discourse.load_demo_corpus("seed"))


def test_the_whole_chain_on_the_reference_article(reference_analysis):
    a = reference_analysis
    assert list(a.tables()) == ["docs", *STEPS]
    for kind in ("sents", "tokens", "matches", "numbers", "actors", "statements"):
        validate(getattr(a, kind), kind)
    validate(a.stance, "stance", unique_key=False)
    text = a.docs.loc[0, "text"]
    for row in a.matches.itertuples():
        assert text[row.start : row.end] == row.match
    assert "defence_spending" in set(a.matches["concept"])
    speakers = set(a.statements["speaker_id"].dropna())
    assert {"trump", "hegseth", "pistorius"} <= speakers
    favor = a.stance[(a.stance["target"] == "defence_spending_increase")]
    assert (favor["label"] == "favor").any()
    assert repr(a).startswith("Analysis(docs=1, sents=")


def test_save_and_load_round_trip(reference_analysis, tmp_path):
    folder = reference_analysis.save(tmp_path / "analysis")
    loaded = Analysis.load(folder)
    assert list(loaded.tables()) == list(reference_analysis.tables())
    for name, table in reference_analysis.tables().items():
        pd.testing.assert_frame_equal(getattr(loaded, name), table, check_dtype=False)
        assert getattr(loaded, name).dtypes.to_dict() == table.dtypes.to_dict(), name


def test_load_names_what_is_missing(tmp_path):
    with pytest.raises(FileNotFoundError, match="no saved analysis"):
        Analysis.load(tmp_path)


def test_a_filtered_subset_needs_no_index_reset(tiny_docs):
    subset = tiny_docs[tiny_docs["lang"] == "de"]  # index [0, 1] -> keep [0, 1]; drop en
    subset = subset[subset["doc_id"] == "de-2"]  # index [1]
    result = analyze(subset, steps=("sents",))
    assert result.docs["doc_id"].tolist() == ["de-2"]
    assert isinstance(result.docs.index, pd.RangeIndex)
    assert set(result.sents["doc_id"]) == {"de-2"}

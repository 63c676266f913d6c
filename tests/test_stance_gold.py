"""The hand-coded stance gold (tests/data/stance_gold.csv) and the numbers reached on it.

The thresholds guard the figures measured by benchmarks/eval_stance.py (slightly below).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from sklearn.model_selection import GroupKFold, cross_val_predict

import discourse
from discourse.stance import (
    StanceClassifier,
    agreement,
    evaluate_stance,
    list_targets,
    score_stance,
)

GOLD = Path(__file__).parent / "data" / "stance_gold.csv"


@pytest.fixture(scope="module")
def gold_all() -> pd.DataFrame:
    return pd.read_csv(GOLD, dtype={"note": str}, keep_default_na=False)


@pytest.fixture(scope="module")
def gold(gold_all) -> pd.DataFrame:
    g = gold_all[gold_all["coder"] == "A"].reset_index(drop=True)
    g["lang"] = np.where(g["doc_id"].str.startswith(("bt-", "seed-")), "de", "en")
    return g


def test_gold_shape(gold_all, gold):
    assert list(gold_all.columns) == [
        "item_id",
        "doc_id",
        "sent_id",
        "sentence",
        "target",
        "label",
        "coder",
        "note",
    ]
    assert len(gold) >= 400 and gold["item_id"].is_unique
    assert gold["target"].nunique() >= 4 and set(gold["target"]) <= set(list_targets())
    assert set(gold_all["label"]) == {"favor", "against", "none"}
    double = gold_all[gold_all["coder"] == "B"]
    assert len(double) >= 80 and double["item_id"].isin(gold["item_id"]).all()
    # the four sources the issue names
    assert gold["doc_id"].str.startswith("bt-ID1992").sum() >= 50  # "70 Jahre NATO", session 19/92
    assert gold["doc_id"].str.startswith("ungd-").sum() >= 200
    assert (gold["doc_id"] == "seed-tagesschau-2025-02-12").sum() >= 10


def test_gold_sentences_are_verbatim_from_the_demo_corpus(gold):
    docs = discourse.load_demo_corpus().set_index("doc_id")["text"]
    missing = [r.item_id for r in gold.itertuples() if r.sentence not in docs[r.doc_id]]
    assert not missing


def test_agreement_figure(gold_all):
    res = agreement(gold_all)
    allrow = res[res["target"] == "all"].iloc[0]
    assert allrow["n_items"] >= 80
    assert allrow["alpha"] == pytest.approx(0.886, abs=0.01)
    assert allrow["percent_agreement"] == pytest.approx(0.94, abs=0.005)


def test_rule_scorer_on_gold(gold):
    table = gold[["item_id", "doc_id", "sent_id", "sentence", "target", "lang"]].rename(
        columns={"sentence": "text"}
    )
    ev = evaluate_stance(gold, score_stance(table), on=["item_id"])
    assert ev.macro_f1 >= 0.68  # measured 0.697 on 515 items (bar 0.60)


def test_rule_scorer_on_the_heldout_items(gold):
    held = gold[gold["item_id"].str.startswith("h")].reset_index(drop=True)
    assert len(held) >= 30 and not set(held["doc_id"]) & set(
        gold.loc[~gold["item_id"].str.startswith("h"), "doc_id"]
    )
    table = held[["item_id", "doc_id", "sent_id", "sentence", "target", "lang"]].rename(
        columns={"sentence": "text"}
    )
    ev = evaluate_stance(held, score_stance(table), on=["item_id"])
    assert ev.macro_f1 >= 0.5  # measured 0.54: the lexicons miss words like "illicit", "unjust"


@pytest.mark.slow
def test_classifier_cross_validated_on_gold(gold):
    X = gold[["sentence", "target"]].rename(columns={"sentence": "text"})
    pred = cross_val_predict(
        StanceClassifier(), X, gold["label"], groups=gold["doc_id"], cv=GroupKFold(n_splits=5)
    )
    assert (
        evaluate_stance(gold, pred).macro_f1 >= 0.74
    )  # measured 0.77 (bar 0.70 and above the rules)

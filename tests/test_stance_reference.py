"""Issue 7, item 8: the stances of the reference article (tagesschau, 12 Feb 2025).

Uses the statements extractor (discourse.statements.find_statements) on the demo corpus'
seed document, scores the statements with the rule scorer and reads the actor x target
matrix.
"""

from __future__ import annotations

import pandas as pd
import pytest

import discourse
from discourse.schema import validate
from discourse.stance import score_stance, stance_matrix

EXPECTED = [
    ("hegseth", "ukraine_nato_membership", "against"),
    ("hegseth", "ukraine_pre2014_borders", "against"),
    ("hegseth", "territorial_concessions", "favor"),  # the headline "Ukraine muss Gebiete abgeben"
    ("hegseth", "defence_spending_increase", "favor"),  # five percent
    ("pistorius", "defence_spending_increase", "favor"),
    ("trump", "negotiations_with_russia", "favor"),
    ("usa", "peacekeeping_troops", "against"),
]


@pytest.fixture(scope="module")
def reference():
    from discourse.segment import split_sentences
    from discourse.statements import find_statements

    docs = discourse.load_demo_corpus("seed")
    docs = docs[docs["doc_id"] == "seed-tagesschau-2025-02-12"].reset_index(drop=True)
    statements = find_statements(split_sentences(docs), docs=docs)
    stance = score_stance(statements, docs=docs)
    return docs, statements, stance


def test_reference_stance_table(reference):
    _, statements, stance = reference
    validate(stance, "stance", unique_key=False)
    assert stance["stmt_id"].isin(statements["stmt_id"]).all()
    assert stance["evidence"].ne("").all()


@pytest.mark.parametrize("actor, target, label", EXPECTED)
def test_reference_results(reference, actor, target, label):
    _, _, stance = reference
    m = stance_matrix(stance[stance["label"] != "none"], n_boot=100).set_index(["actor", "target"])
    assert (actor, target) in m.index, f"no {target} statement by {actor}"
    row = m.loc[(actor, target)]
    key = "n_favor" if label == "favor" else "n_against"
    other = "n_against" if label == "favor" else "n_favor"
    assert row[key] >= 1 and row[key] > row[other], row.to_dict()


def test_headline_and_number_evidence(reference):
    _, statements, stance = reference
    merged = stance.merge(statements[["stmt_id", "kind"]], on="stmt_id", suffixes=("", "_s"))
    head = merged[(merged["target"] == "territorial_concessions")]
    assert head["kind"].eq("headline").any()
    five = stance[
        (stance["target"] == "defence_spending_increase") & (stance["speaker_id"] == "hegseth")
    ]
    assert five["evidence"].str.contains("fünf Prozent").any()
    borders = stance[stance["target"] == "ukraine_pre2014_borders"]
    assert borders["evidence"].str.contains("negated by: Weder").any()
    assert isinstance(stance, pd.DataFrame)

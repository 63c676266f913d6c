"""Coding workflow, Krippendorff's alpha, evaluate_stance and the result tables."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from discourse.stance import (
    agreement,
    evaluate_stance,
    krippendorff_alpha,
    read_codings,
    sample_for_coding,
    stance_matrix,
    stance_timeline,
)


def test_alpha_hand_computed():
    # coincidences: o_aa=2, o_ab=o_ba=1, o_bb=4; n_a=3, n_b=5, n=8
    # alpha = 1 - (n-1) * D_o / sum_{c!=k} n_c n_k = 1 - 7 * 2 / 30
    assert krippendorff_alpha([["a", "a", "b", "b"], ["a", "b", "b", "b"]]) == pytest.approx(
        1 - 14 / 30
    )


def test_alpha_textbook_example():
    # Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", 4 coders x 12 units,
    # nominal alpha = 0.743
    nan = None
    data = [
        [1, 2, 3, 3, 2, 1, 4, 1, 2, nan, nan, nan],
        [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, nan, 3],
        [nan, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, nan],
        [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, nan],
    ]
    assert krippendorff_alpha(data) == pytest.approx(0.743, abs=0.0005)


def test_alpha_edge_cases():
    assert krippendorff_alpha([["a", "b"], ["a", "b"]]) == 1.0
    assert math.isnan(krippendorff_alpha([["a", "a"], ["a", "a"]]))  # no variation
    assert math.isnan(krippendorff_alpha([["a", None], [None, "b"]]))  # nothing pairable
    with pytest.raises(ValueError, match="2-D"):
        krippendorff_alpha(["a", "b"])


@settings(deadline=None, max_examples=40)
@given(st.lists(st.tuples(st.sampled_from("fan"), st.sampled_from("fan")), min_size=2, max_size=30))
def test_alpha_properties(pairs):
    data = np.array(pairs, dtype=object).T
    a = krippendorff_alpha(data)
    if not math.isnan(a):
        assert a <= 1.0 + 1e-12
        # coder order does not matter
        assert krippendorff_alpha(data[::-1]) == pytest.approx(a)
        if all(x == y for x, y in pairs):
            assert a == pytest.approx(1.0)


@pytest.fixture
def candidates():
    return pd.DataFrame(
        {
            "doc_id": ["d1", "d1", "d2", "d3", "d3", "d4"],
            "stmt_id": [0, 1, 0, 0, 1, 0],
            "content": ["one", "two", "three", "four", "five", "six"],
            "content_start": [0, 4, 0, 0, 5, 0],
            "content_end": [3, 7, 5, 4, 9, 3],
            "target": ["t1", "t1", "t1", "t1", "t2", "t2"],
            "label": ["favor"] * 6,  # machine labels must not reach the coders
            "score": [1.0] * 6,
        }
    )


def test_sample_for_coding_stratified_with_context(candidates, tmp_path):
    docs = pd.DataFrame(
        {"doc_id": ["d1", "d2", "d3", "d4"], "text": ["one two", "three", "four five", "six"]}
    )
    before = candidates.copy()
    sheet = sample_for_coding(candidates, 4, random_state=1, docs=docs, path=tmp_path / "s.csv")
    pd.testing.assert_frame_equal(candidates, before)
    assert sheet["target"].value_counts().to_dict() == {"t1": 2, "t2": 2}
    assert (sheet["label"] == "").all() and "score" not in sheet.columns
    assert list(sheet.columns) == [
        "item_id",
        "doc_id",
        "stmt_id",
        "target",
        "context_before",
        "text",
        "context_after",
        "label",
        "coder",
        "note",
    ]
    row = sheet[sheet["text"] == "five"]
    if len(row):
        assert row["context_before"].iat[0] == "four "
    assert (
        sample_for_coding(candidates, 4, random_state=1)["item_id"].tolist()
        == sheet["item_id"].tolist()
    )
    assert len(sample_for_coding(candidates, 100)) == 6
    with pytest.raises(ValueError, match="positive"):
        sample_for_coding(candidates, 0)
    with pytest.raises(ValueError, match=".csv or .xlsx"):
        sample_for_coding(candidates, 2, path=tmp_path / "s.txt")


def test_read_codings_round_trip_csv_and_xlsx(candidates, tmp_path):
    sheet = sample_for_coding(candidates, 6)
    a = sheet.assign(label=["favor", "Against ", "none", "favor", "", "none"])
    a.to_csv(tmp_path / "anna.csv", index=False)
    b = sheet.assign(label=["favor", "against", "favor", "favor", "none", "none"], coder="B")
    b.to_excel(tmp_path / "b.xlsx", index=False)
    with pytest.warns(UserWarning, match="without a label"):
        got = read_codings([tmp_path / "anna.csv", tmp_path / "b.xlsx"])
    assert got["coder"].value_counts().to_dict() == {"B": 6, "anna": 5}
    assert set(got["label"]) == {"favor", "against", "none"}
    bad = sheet.assign(label="maybe")
    bad.to_csv(tmp_path / "bad.csv", index=False)
    with pytest.raises(ValueError, match=r"bad.csv, row 2: label 'maybe'"):
        read_codings(tmp_path / "bad.csv")
    res = agreement(got)
    allrow = res[res["target"] == "all"].iloc[0]
    assert allrow["n_items"] == 5
    assert allrow["percent_agreement"] == pytest.approx(4 / 5)


def test_agreement_per_target_by_hand():
    c = pd.DataFrame(
        {
            "item_id": [1, 1, 2, 2, 3, 3, 4],
            "coder": ["A", "B"] * 3 + ["A"],
            "label": ["favor", "favor", "none", "against", "against", "against", "none"],
            "target": ["t", "t", "t", "t", "u", "u", "u"],
        }
    )
    res = agreement(c).set_index("target")
    assert res.loc["t", "n_items"] == 2 and res.loc["t", "percent_agreement"] == 0.5
    assert res.loc["u", "n_items"] == 1 and math.isnan(res.loc["u", "alpha"])
    assert res.loc["all", "n_codings"] == 6
    with pytest.raises(ValueError, match="repeated"):
        agreement(pd.concat([c, c.head(1)]))


def test_evaluate_stance_by_hand():
    gold = pd.DataFrame(
        {
            "doc_id": "d",
            "sent_id": [0, 1, 2, 3],
            "target": ["t", "t", "u", "u"],
            "label": ["favor", "against", "none", "favor"],
        }
    )
    pred = pd.DataFrame(
        {
            "doc_id": "d",
            "sent_id": [0, 1, 3],
            "target": ["t", "t", "u"],
            "label": ["favor", "favor", "favor"],
        }
    )  # sent 2 unmentioned -> none
    ev = evaluate_stance(gold, pred)
    # favor P=2/3 R=1 F1=0.8; against P=0 R=0 F1=0; none P=1 R=1 F1=1 -> macro 0.6
    assert ev.macro_f1 == pytest.approx(0.6)
    assert ev.confusion.loc["against", "favor"] == 1 and ev.confusion.loc["none", "none"] == 1
    assert ev.per_class.set_index("label").loc["favor", "precision"] == pytest.approx(2 / 3)
    assert ev.per_target.set_index("target").loc["u", "accuracy"] == 1.0
    with pytest.raises(ValueError, match="predicted has 3"):
        evaluate_stance(["favor"] * 4, ["favor"] * 3)


@pytest.fixture
def stance():
    return pd.DataFrame(
        {
            "doc_id": ["a", "a", "b", "c", "c"],
            "stmt_id": [0, 1, 0, 0, 1],
            "target": ["t", "t", "t", "t", "u"],
            "label": ["favor", "against", "favor", "none", "favor"],
            "score": [1.0, -1.0, 0.5, 0.0, 1.0],
            "speaker_id": ["x", "x", "y", "y", "y"],
            "published": pd.to_datetime(
                ["2020-03-01", "2020-05-01", "2021-01-01", "2021-02-01", "2021-02-01"], utc=True
            ),
        }
    )


def test_stance_matrix_by_hand(stance):
    before = stance.copy()
    m = stance_matrix(stance, n_boot=500, random_state=3).set_index(["actor", "target"])
    pd.testing.assert_frame_equal(stance, before)
    x = m.loc[("x", "t")]
    assert x["n"] == 2 and x["share_favor"] == 0.5 and x["mean_score"] == 0.0
    assert -1.0 <= x["ci_low"] <= 0.0 <= x["ci_high"] <= 1.0
    y = m.loc[("y", "t")]
    assert y["n"] == 2 and y["mean_score"] == 0.25 and y["n_against"] == 0
    only = stance_matrix(stance, include_none=False, n_boot=10).set_index(["actor", "target"])
    assert only.loc[("y", "t"), "n"] == 1
    assert isinstance(stance_matrix(stance).index, pd.RangeIndex)


def test_stance_timeline_by_hand(stance):
    tl = stance_timeline(stance, freq="year", n_boot=10)
    got = {(p.year, t): n for p, t, n in zip(tl["period"], tl["target"], tl["n"], strict=True)}
    assert got == {(2020, "t"): 2, (2021, "t"): 2, (2021, "u"): 1}
    by = stance_timeline(
        stance.drop(columns="published"),
        by="speaker_id",
        n_boot=10,
        docs=pd.DataFrame(
            {"doc_id": ["a", "b", "c"], "published": pd.to_datetime(["2020-01-01"] * 3, utc=True)}
        ),
    )
    assert set(by["speaker_id"]) == {"x", "y"}
    with pytest.raises(ValueError, match="docs="):
        stance_timeline(stance.drop(columns="published"))
    with pytest.raises(ValueError, match="freq"):
        stance_timeline(stance, freq="fortnight")

"""Regression tests for the session 11 user review of the stance layer.

The coding workflow end to end (keys read back as integers), statements nested in another
statement scored once, and ``stance_timeline`` taking the period codes of the other period
functions.
"""

from __future__ import annotations

import pandas as pd
import pytest

import discourse
from discourse.network import conflict_network, congruence_network, dna_statements
from discourse.stance import (
    evaluate_stance,
    read_codings,
    sample_for_coding,
    score_stance,
    stance_matrix,
    stance_timeline,
)


@pytest.fixture(scope="module")
def reference():
    return discourse.analyze(discourse.load_demo_corpus("seed"))


# -- 1. read_codings -> evaluate_stance ---------------------------------------------------


@pytest.fixture
def stance():
    return pd.DataFrame(
        {
            "doc_id": ["d", "d", "d", "e"],
            "stmt_id": [0, 1, 2, 0],
            "sent_id": [0, 1, 1, 3],
            "target": ["t", "t", "u", "t"],
            "label": ["favor", "against", "none", "favor"],
            "score": [1.0, -1.0, 0.0, 1.0],
            "content": ["eins", "zwei", "drei", "vier"],
        }
    )


def _code(sheet: pd.DataFrame, labels: list[str]) -> pd.DataFrame:
    # a coder fills in the label column in the order of the sheet
    return sheet.assign(label=labels, coder="anna")


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_read_codings_gives_integer_keys_that_join_the_stance_table(stance, tmp_path, suffix):
    if suffix == ".xlsx":
        pytest.importorskip("openpyxl")
    sheet = sample_for_coding(stance, 4, stratify=None)
    by_key = stance.set_index(["doc_id", "stmt_id"])["label"]
    machine = [by_key[k] for k in zip(sheet["doc_id"], sheet["stmt_id"], strict=True)]
    # the coder agrees with the machine except on the first item
    other = {"favor": "against", "against": "none", "none": "favor"}[machine[0]]
    coded = _code(sheet, [other, *machine[1:]])
    path = tmp_path / f"anna{suffix}"
    if suffix == ".csv":
        coded.to_csv(path, index=False)
    else:
        coded.to_excel(path, index=False)
    gold = read_codings(path)
    assert str(gold["stmt_id"].dtype) == "Int64" and str(gold["sent_id"].dtype) == "Int64"
    assert gold["stmt_id"].tolist() == sheet["stmt_id"].tolist()
    ev = evaluate_stance(gold, stance)
    assert ev.n == 4
    assert int(ev.confusion.to_numpy().trace()) == 3  # only the first item disagrees
    assert ev.confusion.loc[other, machine[0]] == 1


def test_read_codings_names_file_row_and_column_of_a_bad_key(stance, tmp_path):
    sheet = sample_for_coding(stance, 4, stratify=None)
    coded = _code(sheet, ["favor"] * 4)
    coded["stmt_id"] = coded["stmt_id"].astype(str)
    coded.loc[2, "stmt_id"] = "zwei"
    coded.to_csv(tmp_path / "anna.csv", index=False)
    with pytest.raises(
        ValueError, match=r"anna.csv, row 4, column 'stmt_id': 'zwei' is not an integer"
    ):
        read_codings(tmp_path / "anna.csv")
    coded.loc[2, "stmt_id"] = "1.5"
    coded.to_csv(tmp_path / "anna.csv", index=False)
    with pytest.raises(ValueError, match=r"row 4, column 'stmt_id': '1.5'"):
        read_codings(tmp_path / "anna.csv")
    # a row the coder left empty is skipped, not checked
    coded.loc[2, "label"] = ""
    coded.to_csv(tmp_path / "anna.csv", index=False)
    with pytest.warns(UserWarning, match="without a label"):
        assert len(read_codings(tmp_path / "anna.csv")) == 3


def test_evaluate_stance_joins_text_keys_to_integer_keys(stance):
    gold = pd.DataFrame(
        {
            "doc_id": ["d", "d", "e"],
            "stmt_id": ["0", " 1", "0"],  # a sheet read by hand with dtype=str
            "target": ["t", "t", "t"],
            "label": ["favor", "favor", "favor"],
        }
    )
    before = gold.copy()
    ev = evaluate_stance(gold, stance)
    pd.testing.assert_frame_equal(gold, before)
    assert ev.n == 3 and ev.confusion.loc["favor", "favor"] == 2
    assert ev.confusion.loc["favor", "against"] == 1
    with pytest.raises(ValueError, match=r"gold: join column 'stmt_id' holds 'x' \(position 1\)"):
        evaluate_stance(gold.assign(stmt_id=["0", "x", "0"]), stance)


# -- 2. nested statements ------------------------------------------------------------------


@pytest.fixture
def nested():
    text = 'Eine Nato-Mitgliedschaft der Ukraine sei kein "realistisches Ergebnis"'
    return pd.DataFrame(
        {
            "doc_id": ["d", "d"],
            "stmt_id": [0, 1],
            "speaker_id": ["hegseth", "hegseth"],
            "nested_in": pd.array([pd.NA, 0], dtype="Int64"),
            "content": [text, "realistisches Ergebnis einer Nato-Mitgliedschaft der Ukraine"],
            "lang": "de",
        }
    )


def test_a_nested_statement_is_scored_with_its_enclosing_statement(nested):
    before = nested.copy()
    got = score_stance(nested, "ukraine_nato_membership")
    pd.testing.assert_frame_equal(nested, before)
    assert got["stmt_id"].tolist() == [0]
    assert got["label"].tolist() == ["against"]
    both = score_stance(nested, "ukraine_nato_membership", nested=True)
    assert both["stmt_id"].tolist() == [0, 1]
    assert both["label"].tolist() == ["against", "favor"]  # the quote alone lacks the "kein"


def test_a_nested_statement_without_its_enclosing_one_is_scored(nested):
    got = score_stance(nested.iloc[[1]], "ukraine_nato_membership")
    assert got["stmt_id"].tolist() == [1]
    other_doc = nested.assign(doc_id=["d", "e"])  # nested_in 0 names a statement of doc d
    assert score_stance(other_doc, "ukraine_nato_membership")["stmt_id"].tolist() == [0, 1]


def test_the_reference_article_counts_each_passage_once(reference):
    st, statements = reference.stance, reference.statements
    inner = statements.loc[statements["nested_in"].notna(), "stmt_id"]
    assert len(inner) > 0 and not st["stmt_id"].isin(inner).any()
    m = stance_matrix(st, n_boot=10).set_index(["actor", "target"])
    nego = m.loc[("hegseth", "negotiations_with_russia")]
    assert (nego["n"], nego["n_favor"], nego["n_against"]) == (1, 0, 1)
    peace = m.loc[("hegseth", "peacekeeping_troops")]
    assert (peace["n"], peace["n_favor"], peace["n_against"]) == (2, 1, 1)
    dna = dna_statements(st, docs=reference.docs)
    assert not congruence_network(dna).has_edge("hegseth", "trump")
    # Hegseth's enclosing statement is still read as against negotiations (a cue of the
    # target, "kein realistisches"), so the conflict edge stays: an accuracy matter
    assert conflict_network(dna).has_edge("hegseth", "trump")


# -- 3. stance_timeline(freq=...) ----------------------------------------------------------


@pytest.fixture
def dated():
    return pd.DataFrame(
        {
            "doc_id": ["a", "b", "c"],
            "target": "t",
            "label": ["favor", "against", "favor"],
            "score": [1.0, -1.0, 1.0],
            "published": pd.to_datetime(["2024-01-03", "2024-01-05", "2024-05-20"], utc=True),
        }
    )


@pytest.mark.parametrize(
    "code, word, periods, n",
    [
        ("Y", "year", ["2024-01-01"], [3]),
        ("Q", "quarter", ["2024-01-01", "2024-04-01"], [2, 1]),
        ("M", "month", ["2024-01-01", "2024-05-01"], [2, 1]),
        ("W", "week", ["2024-01-01", "2024-05-20"], [2, 1]),  # weeks start on Monday
        ("D", "day", ["2024-01-03", "2024-01-05", "2024-05-20"], [1, 1, 1]),
    ],
)
def test_stance_timeline_takes_codes_and_words(dated, code, word, periods, n):
    got = stance_timeline(dated, freq=code, n_boot=10)
    assert got["period"].tolist() == pd.to_datetime(periods).tolist()
    assert got["n"].tolist() == n
    pd.testing.assert_frame_equal(stance_timeline(dated, freq=word, n_boot=10), got)


def test_stance_timeline_names_the_valid_codes(dated):
    with pytest.raises(ValueError, match=r"freq must be one of \['Y', 'Q', 'M', 'W', 'D'"):
        stance_timeline(dated, freq="fortnight")

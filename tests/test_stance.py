"""Targets, the rule scorer and score_stance: hand-computed labels, schema, no mutation."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from discourse.schema import validate
from discourse.stance import list_targets, load_cues, load_targets, read_targets, score_stance
from discourse.stance.rules import score_text

BUNDLED = {
    "ukraine_nato_membership",
    "defence_spending_increase",
    "negotiations_with_russia",
    "ukraine_pre2014_borders",
    "territorial_concessions",
    "peacekeeping_troops",
    "sanctions_on_russia",
    "military_aid_ukraine",
}


def test_bundled_targets_are_all_there(targets):
    assert set(list_targets()) == BUNDLED == set(targets)
    for t in targets.values():
        assert t.label and t.description


def test_user_target_from_dict_and_yaml(tmp_path):
    spec = {
        "id": "wind_power",
        "label": "Wind power",
        "terms": {"en": ["wind (power|turbines?)"]},
        "cues": {"favor": {"en": ["clean"]}},
    }
    t = read_targets(spec)["wind_power"]
    assert [m.group(0) for m in t.mentions("More wind turbines now", "en")] == ["wind turbines"]
    path = tmp_path / "wind.yaml"
    path.write_text("id: wind_power\nterms:\n  en: ['wind power']\n", encoding="utf-8")
    assert list(load_targets([path, "sanctions_on_russia"])) == [
        "wind_power",
        "sanctions_on_russia",
    ]


@pytest.mark.parametrize(
    "spec, msg",
    [
        ({"id": "Bad Id", "terms": {"en": ["x"]}}, "snake_case"),
        ({"id": "x"}, "'terms' is required"),
        ({"id": "x", "terms": {"fr": ["x"]}}, "unknown language"),
        ({"id": "x", "terms": {"en": ["("]}}, "invalid regular expression"),
        ({"id": "x", "terms": ["x"], "colour": 1}, "unknown fields"),
    ],
)
def test_bad_target_specs_name_the_problem(spec, msg):
    with pytest.raises(ValueError, match=msg):
        read_targets(spec)


def test_unknown_bundled_target_lists_valid_ones():
    with pytest.raises(ValueError, match="bundled: "):
        load_targets("no_such_target")


def test_context_terms_are_required(targets):
    t = targets["sanctions_on_russia"]
    assert t.mentions("Sanctions against Cuba must end.", "en") == []
    assert len(t.mentions("Sanctions against Russia must stay.", "en")) == 1


# hand-coded expectations: (text, lang, target, label, evidence fragment)
CASES = [
    (
        "Weder eine Wiederherstellung der alten Grenzen der Ukraine noch eine Nato-Mitgliedschaft "
        "seien aus US-Sicht realistisch",
        "de",
        "ukraine_nato_membership",
        "against",
        "negated by: Weder",
    ),
    (
        "Auch eine Nato-Mitgliedschaft der Ukraine sei kein realistisches Ergebnis einer Verhandlung",
        "de",
        "ukraine_nato_membership",
        "against",
        "kein realistisches Ergebnis (against)",
    ),
    (
        "Eine Rückkehr zu den Grenzen der Ukraine vor 2014 sei unrealistisch",
        "de",
        "ukraine_pre2014_borders",
        "against",
        "unrealistisch (against)",
    ),
    (
        "Die USA würden keine Friedenstruppen in der Ukraine stationieren.",
        "de",
        "peacekeeping_troops",
        "against",
        "keine Friedenstruppen",
    ),
    (
        "Wir unterstützen die Nato-Mitgliedschaft der Ukraine.",
        "de",
        "ukraine_nato_membership",
        "favor",
        "unterstützen (favor)",
    ),
    (
        "Wir unterstützen die Nato-Mitgliedschaft der Ukraine nicht.",
        "de",
        "ukraine_nato_membership",
        "against",
        "negated by: nicht",
    ),
    (
        "We support the sanctions on Russia.",
        "en",
        "sanctions_on_russia",
        "favor",
        "support (favor)",
    ),
    (
        "We do not support the sanctions on Russia.",
        "en",
        "sanctions_on_russia",
        "against",
        "negated by: not",
    ),
    (
        "We reject the sanctions on Russia.",
        "en",
        "sanctions_on_russia",
        "against",
        "reject (against)",
    ),
    (
        "Neither a return to the internationally recognized borders nor NATO membership is realistic.",
        "en",
        "ukraine_nato_membership",
        "against",
        "negated by: Neither",
    ),
    (
        "We will never recognize the illegal annexation of Crimea.",
        "en",
        "ukraine_pre2014_borders",
        "favor",
        "illegal",
    ),
    (
        "Costa Rica calls for a sustained reduction in military spending.",
        "en",
        "defence_spending_increase",
        "against",
        "calls for + reduction (reversal) → against",
    ),
    ("Die Ukraine muss Gebiete abgeben.", "de", "territorial_concessions", "favor", "muss"),
    ("The sanctions on Russia were imposed in 2014.", "en", "sanctions_on_russia", "none", ""),
    (
        "Nicht nur die USA unterstützen die Sanktionen gegen Russland.",
        "de",
        "sanctions_on_russia",
        "favor",
        "unterstützen (favor)",
    ),
]


@pytest.mark.parametrize("text, lang, tid, label, fragment", CASES)
def test_rule_labels_by_hand(text, lang, tid, label, fragment, lex, targets):
    got, score, evidence = score_text(text, targets[tid], lex, lang=lang)
    assert got == label, evidence
    assert fragment in evidence
    assert -1.0 <= score <= 1.0
    assert (score > 0) == (label == "favor") and (score < 0) == (label == "against")


def test_speech_verb_of_a_statement_counts(lex, targets):
    label, _, ev = score_text(
        "höhere deutsche Verteidigungsausgaben",
        targets["defence_spending_increase"],
        lex,
        lang="de",
        extra_cues="fordern",
    )
    assert label == "favor" and "fordern (speech verb, favor)" in ev


@pytest.fixture
def sents():
    return pd.DataFrame(
        {
            "doc_id": ["d1", "d1", "d2"],
            "sent_id": [0, 1, 0],
            "text": [
                "We support the sanctions on Russia.",
                "The weather was fine.",
                "Die Ukraine muss Gebiete abgeben, die Nato-Mitgliedschaft sei unrealistisch.",
            ],
            "lang": ["en", "en", "de"],
            "source": ["x", "x", "y"],  # an extra column that must survive
        }
    )


def test_score_stance_table(sents):
    before = sents.copy()
    out = score_stance(sents)
    pd.testing.assert_frame_equal(sents, before)  # input untouched
    validate(out, "stance", unique_key=False)
    assert isinstance(out.index, pd.RangeIndex)
    got = {(r.doc_id, r.sent_id, r.target): r.label for r in out.itertuples()}
    assert got == {
        ("d1", 0, "sanctions_on_russia"): "favor",
        ("d2", 0, "territorial_concessions"): "favor",
        ("d2", 0, "ukraine_nato_membership"): "against",
    }
    assert list(out.columns[:7]) == [
        "doc_id",
        "sent_id",
        "target",
        "label",
        "score",
        "method",
        "evidence",
    ]
    assert (out["source"] == ["x", "y", "y"]).all()
    assert (out["method"] == "rules").all()


def test_target_column_scores_each_row_for_its_target(sents):
    coded = sents.assign(
        target=["sanctions_on_russia", "sanctions_on_russia", "peacekeeping_troops"]
    )
    out = score_stance(coded)
    assert len(out) == 3 and out["target"].tolist() == coded["target"].tolist()
    # an unnamed target is scored on all cues of the item: "unrealistisch" counts
    assert out["label"].tolist() == ["favor", "none", "against"]
    with pytest.raises(ValueError, match="not loaded"):
        score_stance(coded.assign(target="nope"))


def test_bad_arguments(sents):
    with pytest.raises(ValueError, match="method"):
        score_stance(sents, method="magic")
    with pytest.raises(ValueError, match="stmt_id"):
        score_stance(sents.drop(columns="sent_id"))
    with pytest.raises(ValueError, match="fitted StanceClassifier"):
        score_stance(sents, method="model")
    with pytest.warns(UserWarning, match="replaced"):
        score_stance(sents.assign(label="x"))


def test_empty_table_gives_empty_stance():
    empty = pd.DataFrame(
        {
            "doc_id": pd.Series([], dtype="str"),
            "sent_id": pd.Series([], dtype="int64"),
            "text": pd.Series([], dtype="str"),
        }
    )
    out = score_stance(empty)
    assert out.empty
    validate(out, "stance", unique_key=False)


WORDS = [
    "support",
    "reject",
    "not",
    "never",
    "sanctions",
    "Russia",
    "NATO",
    "membership",
    "Ukraine",
    "unrealistisch",
    "kein",
    "weder",
    "noch",
    "Sanktionen",
    "muss",
    "must",
    ",",
    ";",
    "illegal",
    "annexation",
    "Crimea",
    "defence",
    "spending",
    "arms",
    "race",
    "call",
    "for",
    "reduction",
]


@settings(
    deadline=None, max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.sampled_from(WORDS), min_size=0, max_size=25), st.sampled_from(sorted(BUNDLED)))
def test_scores_stay_in_range_and_agree_with_label(words, tid):
    text = " ".join(words)
    out = score_stance(
        pd.DataFrame({"doc_id": ["d"], "sent_id": [0], "text": [text], "target": [tid]})
    )
    assert len(out) == 1
    s, label = out.loc[0, "score"], out.loc[0, "label"]
    assert -1.0 <= s <= 1.0
    assert label == ("favor" if s > 0 else "against" if s < 0 else "none")


def test_user_cue_lexicon_replaces_the_bundled_one(targets):
    lex = load_cues({"lang": "en", "favor": ["splendid"], "negators": ["not"]})
    t = targets["sanctions_on_russia"]
    assert score_text("Sanctions on Russia are splendid.", t, lex, lang="en")[0] == "favor"
    assert score_text("Sanctions on Russia are not splendid.", t, lex, lang="en")[0] == "against"
    with pytest.raises(ValueError, match="'lang'"):
        load_cues({"favor": ["x"]})

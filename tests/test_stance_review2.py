"""Regression tests for the session 12 usability review of the stance layer.

F4: a demand to stop, end, lift or cut X is against X (reversing predicates compose with
the cue that governs them); F11: the English wording of the bundled targets; F16/F7: an
empty gold table, undated rows in ``stance_timeline`` and rows without an actor in
``stance_matrix`` and ``dna_statements`` are reported instead of crashing or vanishing.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import discourse
from discourse.network import dna_statements
from discourse.stance import evaluate_stance, score_stance, stance_matrix, stance_timeline
from discourse.stance.rules import load_cues, score_text
from discourse.stance.targets import load_targets


def _score(text, tid, lang, targets, lex, cue=""):
    return score_text(text, targets[tid], lex, lang=lang, extra_cues=cue)


# -- F4: reversing predicates ----------------------------------------------------------

REVIEW = [
    # the review's cases, scored as whole sentences (the demand verb is in the text)
    ("de", "military_aid_ukraine", "Die AfD forderte, die Waffenlieferungen an die Ukraine sofort zu stoppen.", "forderte + zu stoppen (reversal) → against"),
    ("de", "sanctions_on_russia", "Orbán forderte ein Ende der Sanktionen gegen Russland.", "forderte + Ende (reversal) → against"),
    ("de", "sanctions_on_russia", "Orbán forderte, die Sanktionen gegen Russland aufzuheben.", "forderte + aufzuheben (reversal) → against"),
    ("de", "defence_spending_increase", "Die Linke fordert eine Senkung der Verteidigungsausgaben.", "fordert + Senkung (reversal) → against"),
    ("en", "sanctions_on_russia", "Orban urged the EU to lift sanctions on Russia.", "urged + lift (reversal) → against"),
    ("en", "military_aid_ukraine", "The senator called for cuts to military aid to Ukraine.", "called for + cuts (reversal) → against"),
    ("en", "military_aid_ukraine", "The senator demanded that military aid to Ukraine be stopped.", "stopped (reversal) → against"),
]  # fmt: skip


@pytest.mark.parametrize("lang, tid, text, evidence", REVIEW)
def test_a_demand_to_stop_end_lift_or_cut_is_against(lang, tid, text, evidence, targets, lex):
    label, score, ev = _score(text, tid, lang, targets, lex)
    assert (label, score) == ("against", -1.0), ev
    assert ev == evidence


SPEECH_VERB = [
    # statements: the demand verb is the statement's cue, the content names what is demanded
    ("de", "sanctions_on_russia", "die Sanktionen gegen Russland aufzuheben", "forderte", "forderte + aufzuheben (reversal) → against"),
    ("de", "military_aid_ukraine", "die Waffenlieferungen an die Ukraine einzustellen", "verlangte", "einzustellen (reversal) → against"),
    ("en", "sanctions_on_russia", "the EU to lift sanctions on Russia", "urged", "urged + lift (reversal) → against"),
    ("de", "sanctions_on_russia", "die Sanktionen gegen Russland nicht aufzuheben", "forderte", "forderte + aufzuheben (reversal) negated by: nicht → favor"),
    ("de", "military_aid_ukraine", "vor einem Stopp der Waffenlieferungen an die Ukraine", "warnte", "warnte + Stopp (reversal) → favor"),
]  # fmt: skip


@pytest.mark.parametrize("lang, tid, content, cue, evidence", SPEECH_VERB)
def test_the_speech_verb_composes_with_the_reversal(
    lang, tid, content, cue, evidence, targets, lex
):
    label, _, ev = _score(content, tid, lang, targets, lex, cue=cue)
    assert ev == evidence
    assert label == evidence.rsplit("→ ", 1)[1]


COMPOSED = [
    # rejected, negated or criticised reversals are for the target
    ("de", "sanctions_on_russia", "Die Sanktionen gegen Russland dürfen nicht aufgehoben werden.", "favor"),
    ("de", "sanctions_on_russia", "Wir fordern kein Ende der Sanktionen gegen Russland.", "favor"),
    ("de", "sanctions_on_russia", "Wir lehnen eine Aufhebung der Sanktionen ab, solange Russland Krieg führt.", "favor"),
    ("de", "sanctions_on_russia", "Die Sanktionen gegen Russland aufzuheben, wäre falsch.", "favor"),
    ("de", "sanctions_on_russia", "Die Sanktionen gegen Russland aufzuheben ist falsch und gefährlich.", "favor"),
    ("de", "military_aid_ukraine", "Kiesewetter warnte vor einem Stopp der Waffenlieferungen an die Ukraine.", "favor"),
    ("de", "military_aid_ukraine", "Die USA haben die Militärhilfe für die Ukraine ausgesetzt, kritisierte Kiesewetter.", "favor"),
    ("en", "sanctions_on_russia", "We oppose lifting sanctions on Russia.", "favor"),
    ("en", "sanctions_on_russia", "Sanctions on Russia must not be lifted.", "favor"),
    ("en", "military_aid_ukraine", "Critics condemned the suspension of military aid to Ukraine.", "favor"),
    ("en", "defence_spending_increase", "We will not cut defence spending.", "favor"),
    # plain reversals, German separable verbs and passives, English compounds
    ("de", "sanctions_on_russia", "Die EU hebt die Sanktionen gegen Russland auf.", "against"),
    ("de", "military_aid_ukraine", "Die Regierung stellt die Waffenlieferungen an die Ukraine ein.", "against"),
    ("de", "military_aid_ukraine", "Die Waffenlieferungen an die Ukraine müssen gestoppt werden.", "against"),
    ("de", "defence_spending_increase", "Die Verteidigungsausgaben sollen um zehn Prozent gesenkt werden.", "against"),
    ("de", "military_aid_ukraine", "Die Linke will die Militärhilfe für die Ukraine kürzen.", "against"),
    ("de", "military_aid_ukraine", "Die AfD forderte, man müsse die Waffenlieferungen an die Ukraine stoppen.", "against"),
    ("de", "sanctions_on_russia", "Ein Ende der Sanktionen gegen Russland wäre richtig.", "against"),
    ("en", "sanctions_on_russia", "The sanctions against Russia must be lifted.", "against"),
    ("en", "sanctions_on_russia", "Moscow wants sanctions relief.", "against"),
    ("en", "military_aid_ukraine", "Congress should stop supplying weapons to Ukraine.", "against"),
    # ending an opposite term (the annexation, the occupation) is for the borders
    ("de", "ukraine_pre2014_borders", "Die Annexion der Krim muss beendet werden.", "favor"),
    ("de", "ukraine_pre2014_borders", "Wir fordern ein Ende der Annexion der Krim.", "favor"),
    ("en", "ukraine_pre2014_borders", "The occupation of Crimea must end.", "favor"),
]  # fmt: skip


@pytest.mark.parametrize("lang, tid, text, label", COMPOSED)
def test_reversals_compose_with_negation_rejection_and_opposites(
    lang, tid, text, label, targets, lex
):
    got, score, ev = _score(text, tid, lang, targets, lex)
    assert got == label, ev
    assert "(reversal)" in ev
    assert (score > 0) == (label == "favor") and (score < 0) == (label == "against")


PAIRS = [
    # (the target is not the object: no reversal, the demand stands) / (it is)
    ("de", "negotiations_with_russia",
     "Wir brauchen Verhandlungen mit Russland, um den Krieg zu beenden.",
     "Wir brauchen ein Ende der Verhandlungen mit Russland.", "against"),
    ("en", "negotiations_with_russia",
     "We must end the war in Ukraine through negotiations.",
     "We must end the negotiations with Russia.", "against"),
    ("en", "negotiations_with_russia",
     "Russia must stop the war and engage in peace negotiations.",
     "Russia must stop the negotiations with Ukraine.", "against"),
    ("de", "negotiations_with_russia",
     "Am Ende der Verhandlungen mit Russland stand ein Waffenstillstand.",
     "Moskau forderte ein Ende der Verhandlungen mit der Ukraine.", "against"),
    # the head of a genitive is the object: the occupation of Crimea, not Crimea
    ("de", "ukraine_pre2014_borders",
     "Die Besetzung der Krim muss beendet werden, sagte er.",
     "Die Annexion der Krim muss beendet werden, sagte er.", "favor"),
]  # fmt: skip


@pytest.mark.parametrize("lang, tid, other, own, label", PAIRS)
def test_a_reversal_counts_only_when_the_target_is_its_object(
    lang, tid, other, own, label, targets, lex
):
    got, _, ev = _score(other, tid, lang, targets, lex)
    assert "reversal" not in ev and got != "against", (other, ev)
    got, _, ev = _score(own, tid, lang, targets, lex)
    assert got == label and "(reversal)" in ev, (own, ev)


def test_statements_through_analyze_are_against(targets):
    texts = [
        "Die AfD forderte, die Waffenlieferungen an die Ukraine sofort zu stoppen.",
        "Orbán forderte, die Sanktionen gegen Russland aufzuheben.",
        "Orban urged the EU to lift sanctions on Russia.",
    ]
    docs = pd.DataFrame(
        {
            "doc_id": ["d0", "d1", "d2"],
            "source": "hand",
            "published": pd.to_datetime(["2025-02-12"] * 3, utc=True),
            "title": "",
            "text": texts,
            "lang": ["de", "de", "en"],
        }
    )
    stance = discourse.analyze(docs, steps=("stance",)).stance
    got = dict(
        zip(stance["doc_id"], zip(stance["target"], stance["label"], strict=True), strict=True)
    )
    assert got == {
        "d0": ("military_aid_ukraine", "against"),
        "d1": ("sanctions_on_russia", "against"),
        "d2": ("sanctions_on_russia", "against"),
    }
    assert stance["evidence"].str.contains("(reversal)", regex=False).all()


def test_gold_call_for_a_reduction_is_against():
    gold = pd.read_csv(Path(__file__).parent / "data" / "stance_gold.csv", keep_default_na=False)
    item = gold[(gold["item_id"] == "g0081") & (gold["coder"] == "A")].iloc[0]
    assert item["label"] == "against"
    table = pd.DataFrame(
        {"doc_id": [item["doc_id"]], "sent_id": [int(item["sent_id"])], "text": [item["sentence"]],
         "target": [item["target"]], "lang": ["en"]}
    )  # fmt: skip
    out = score_stance(table)
    assert out.loc[0, "label"] == "against"
    assert "call for + reduction (reversal) → against" in out.loc[0, "evidence"]


def test_extending_sanctions_is_for_them(targets, lex):
    # "verlängern"/"prolong" are general against cues ("den Krieg verlängern")
    for lang, text in [
        ("de", "Die EU verlängerte die Sanktionen gegen Russland um sechs Monate."),
        ("en", "The EU extended sanctions on Russia for six months."),
        ("en", "The EU prolonged sanctions on Russia."),
    ]:
        assert _score(text, "sanctions_on_russia", lang, targets, lex)[0] == "favor", text


# -- F11: English terms of the bundled targets ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A return to Ukraine's pre-2014 borders is unrealistic",
        "Returning to Ukraine's borders before 2014 is an illusory goal",
        "Ukraine's 1991 borders cannot be restored",
        "Ukraine’s 1991 borders cannot be restored",
    ],
)
def test_pre2014_borders_in_english(text):
    st = pd.DataFrame({"doc_id": ["d"], "stmt_id": [0], "lang": ["en"], "content": [text]})
    out = score_stance(st, ["ukraine_pre2014_borders"])
    assert out[["target", "label"]].values.tolist() == [["ukraine_pre2014_borders", "against"]]


@pytest.mark.parametrize(
    "tid, text",
    [
        ("military_aid_ukraine", "Germany will continue weapons deliveries to Ukraine."),
        ("military_aid_ukraine", "Berlin agreed to send more weapons to Kyiv."),
        ("negotiations_with_russia", "A cease-fire between Russia and Ukraine is needed."),
        ("ukraine_nato_membership", "Kyiv is on an irreversible path to NATO."),
        ("ukraine_nato_membership", "Russia opposes the eastward expansion of the alliance."),
        ("defence_spending_increase", "Germany met the two percent target last year."),
        ("defence_spending_increase", "Europe's rearmament has begun."),
        ("peacekeeping_troops", "Paris offered to send European troops to Ukraine."),
        ("peacekeeping_troops", "A reassurance force for Ukraine is being planned."),
        ("territorial_concessions", "Any cession of territory to Russia is ruled out."),
        ("ukraine_pre2014_borders", "Kyiv insists on the borders of Ukraine as of 1991."),
    ],
)
def test_english_terms_match_their_german_counterparts(tid, text, targets):
    assert targets[tid].mentions(text, "en"), text


# -- F16 / F7: reported instead of crashing or vanishing --------------------------------


def test_evaluate_stance_with_empty_gold_says_so():
    gold = pd.DataFrame(
        {
            "doc_id": pd.Series([], dtype="str"),
            "stmt_id": pd.Series([], dtype="Int64"),
            "target": pd.Series([], dtype="str"),
            "label": pd.Series([], dtype="str"),
            "coder": pd.Series([], dtype="str"),
        }
    )
    pred = pd.DataFrame({"doc_id": ["a"], "stmt_id": [0], "target": ["t"], "label": ["favor"]})
    with pytest.raises(ValueError, match="gold has no rows") as err:
        evaluate_stance(gold, pred)
    assert "file stem" in str(err.value) and "coder=" in str(err.value)
    with pytest.raises(ValueError, match="gold has no rows"):
        evaluate_stance([], [])


def _stance_rows():
    return pd.DataFrame(
        {
            "doc_id": ["a", "b", "c"],
            "stmt_id": [0, 0, 0],
            "target": "sanctions_on_russia",
            "label": ["favor", "against", "favor"],
            "score": [1.0, -1.0, 1.0],
            "speaker_id": ["x", None, None],
            "speaker_name": ["X", "Orbán", None],
            "content": ["eins", "zwei", "drei"],
        }
    )


def test_stance_matrix_reports_rows_without_an_actor():
    st = _stance_rows()
    with pytest.warns(UserWarning, match=r"2 of 3 stance rows have no 'speaker_id'") as rec:
        m = stance_matrix(st, n_boot=10)
    msg = str(rec[0].message)
    assert "1 of them name their speaker" in msg and "actor='speaker_name'" in msg
    assert m["n"].tolist() == [1]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        by_name = stance_matrix(st.assign(speaker_name=["X", "Orbán", "Y"]), actor="speaker_name")
    assert sorted(by_name["actor"]) == ["Orbán", "X", "Y"]


def test_dna_statements_reports_rows_without_an_actor():
    st = _stance_rows()
    with pytest.warns(UserWarning, match=r"2 of 3 favor/against stance rows have no 'speaker_id'"):
        dna = dna_statements(st)
    assert dna["actor"].tolist() == ["x"]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        dna_statements(st.dropna(subset=["speaker_id"]))


def test_stance_timeline_reports_undated_rows():
    st = _stance_rows()
    docs = pd.DataFrame(
        {
            "doc_id": ["a", "b", "c"],
            "published": pd.Series(
                [
                    pd.Timestamp("2025-02-12", tz="UTC"),
                    pd.NaT,
                    pd.Timestamp("2025-03-01", tz="UTC"),
                ],
                dtype="datetime64[ns, UTC]",
            ),
        }
    )
    with pytest.warns(UserWarning, match=r"1 of 3 stance rows have no 'published' date"):
        out = stance_timeline(st, docs=docs, freq="M", n_boot=10)
    assert out["n"].sum() == 2
    # rows whose document is missing from docs count as undated too
    with pytest.warns(UserWarning, match=r"2 of 3 stance rows"):
        stance_timeline(st, docs=docs.iloc[[0]], freq="M", n_boot=10)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        stance_timeline(st, docs=docs.fillna(pd.Timestamp("2025-01-01", tz="UTC")), n_boot=10)
    assert np.isfinite(out["mean_score"]).all()


def test_a_negator_between_speech_verb_and_content_counts():
    text = "We ask our partners not to lift sanctions on Russia."
    docs = pd.DataFrame({"doc_id": ["d"], "text": [text]})
    start = text.index("to lift")
    st = pd.DataFrame(
        {
            "doc_id": ["d"],
            "stmt_id": [0],
            "lang": ["en"],
            "cue": ["ask"],
            "cue_end": [text.index("ask") + 3],
            "content_start": [start],
            "content": [text[start:-1]],
        }
    )
    out = score_stance(st, ["sanctions_on_russia"], docs=docs)
    assert out.loc[0, "label"] == "favor", out.loc[0, "evidence"]
    assert out.loc[0, "evidence"] == "not to lift (favor)"
    # without docs the gap is unknown: the content alone asks to lift them
    assert score_stance(st, ["sanctions_on_russia"]).loc[0, "label"] == "against"


@pytest.mark.parametrize(
    "text",
    [
        "Nur Verhandlungen mit Russland beenden den Krieg.",
        "Die Waffenlieferungen an die Ukraine stoppen den russischen Vormarsch.",
        "Die Sanktionen gegen Russland senken die Einnahmen des Kremls.",
    ],
)
def test_the_subject_of_a_reversal_verb_in_second_position_is_not_its_object(text):
    # review finding: a finite verb's subject was read as its object ("against")
    lex, targets = load_cues(), load_targets()
    for target in targets.values():
        assert score_text(text, target, lex, lang="de")[0] != "against", (text, target)


# -- a rejection of a reversal is for the target ---------------------------------------

REJECTED = [
    # the target's own reversal terms ("Aufhebung", "aufzuheben") without a context term
    ("de", "Wir lehnen eine Aufhebung der Sanktionen ab.", "lehnen … ab + Aufhebung (reversal) → favor"),
    ("de", "Wir lehnen die Aufhebung der Sanktionen ab.", "lehnen … ab + Aufhebung (reversal) → favor"),
    ("de", "Wir lehnen es ab, die Sanktionen aufzuheben.", "lehnen es ab + aufzuheben (reversal) → favor"),
    ("de", "Die Regierung lehnt eine Aufhebung ab.", "lehnt … ab + Aufhebung (reversal) → favor"),
    ("de", "Die Ablehnung einer Aufhebung der Sanktionen ist klar.", "Ablehnung + Aufhebung (reversal) → favor"),
    ("de", "Merz warnte vor einer Aufhebung der Sanktionen.", "warnte + Aufhebung (reversal) → favor"),
    # "lehnen … ab" more than four words apart, around a reversal of a mention
    ("de", "Merz lehnte eine Aufhebung der Sanktionen gegen Russland ab.", "lehnte … ab + Aufhebung (reversal) → favor"),
    ("de", "Wir lehnen eine Aufhebung der Sanktionen gegen Russland zum jetzigen Zeitpunkt entschieden ab.",
     "lehnen … ab + Aufhebung (reversal) → favor"),
    # a negated rejection of a reversal: the negator in the gap negates "lehnen … ab"
    ("de", "Wir lehnen eine Aufhebung der Sanktionen nicht ab.",
     "lehnen … ab negated by: nicht + Aufhebung (reversal) → against"),
]  # fmt: skip


@pytest.mark.parametrize("lang, text, evidence", REJECTED)
def test_a_rejected_reversal_of_the_target_is_for_it(lang, text, evidence, targets, lex):
    label, _, ev = _score(text, "sanctions_on_russia", lang, targets, lex)
    assert ev == evidence
    assert label == evidence.rsplit("→ ", 1)[1]


def test_demands_and_plain_rejections_keep_their_direction(targets, lex):
    # a negator in the gap of "lehnen … nicht ab" negates it (it was swallowed by the cue);
    # demands of a reversal and rejections of the target itself stay against
    cases = [
        ("Wir lehnen die Sanktionen gegen Russland nicht ab.", "favor"),
        ("Orbán fordert eine Aufhebung der Sanktionen.", "against"),
        ("Die Sanktionen gegen Russland müssen aufgehoben werden.", "against"),
        ("Wir lehnen die Sanktionen gegen Russland ab.", "against"),
        ("Wir lehnen die Sanktionen ab und fordern eine Aufhebung.", "against"),
    ]
    for text, label in cases:
        got, _, ev = _score(text, "sanctions_on_russia", "de", targets, lex)
        assert got == label, (text, ev)


def test_lehnen_ab_spans_a_long_clause_but_not_a_conjunction(lex):
    from discourse.stance.rules import _collect

    t = load_targets("negotiations_with_russia")["negotiations_with_russia"]
    long = "Wir lehnen einen solchen Vorschlag der Regierung zum jetzigen Zeitpunkt ab."
    assert [h.surface for h in _collect(long, t, lex, "de")] == [long[4:-1]]
    coord = "Wir lehnen das Treffen und die Reise zum Gipfel ab."
    assert not any(h.surface.endswith(" ab") for h in _collect(coord, t, lex, "de"))

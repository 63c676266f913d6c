"""Speech verbs in another sense make no statement (from a blind audit of 10kGNAD output):
an acquittal, the adverb "betont", an argument with "spricht ... dass", and the particles
that make "sagen" and "schreiben" other verbs, also for the whole-sentence model."""

from __future__ import annotations

import pandas as pd
import pytest

from discourse.segment import split_sentences
from discourse.statements import find_statements


def found(text: str) -> pd.DataFrame:
    docs = pd.DataFrame({"doc_id": ["d"], "text": [text], "lang": ["de"]})
    return find_statements(split_sentences(docs), docs=docs)


@pytest.mark.parametrize(
    "text",
    [
        "Im Jahr 2000 sprach ihn ein Gericht vom Vorwurf der Spitzeltätigkeit frei.",
        "Die Künstler auf der Bühne waren betont zurückhaltend.",
        "Für Biomassekraftwerke spricht, dass sie Kläranlagen entlasten.",
        "Vieles spricht dafür, dass die Preise steigen.",
        "Einen Auftritt in einer Talkshow sagte er wegen eines Terminkonflikts ab.",
    ],
)
def test_another_sense_of_a_speech_verb_is_no_statement(text):
    assert found(text).empty


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Das sei alles Blödsinn, betont Grundnig, man versuche zu beruhigen.", "betont"),
        ("Der Minister betont, die Lage sei ernst.", "betont"),
        ("Gegen die Pläne sprach sich die Opposition im Landtag entschieden aus.", None),
        ("Serbien sprach dem Kosovo zu, für sich selbst sprechen zu dürfen.", "sprach"),
        ("Seiner Ansicht nach, sind wir Zeugen eines schwarzen Tages.", "nach"),
        ("Dem Vernehmen nach wurde der Vertrag verlängert.", "nach"),
        ("Diesem Bericht nach wurden drei Menschen verletzt.", "nach"),
        ("Die Lage ist ernst, seiner Ansicht nach.", "nach"),
        # adverbs of speaking after "betont", a subject between "sprach" and "dass"
        ("Merz betont ausdrücklich, dass Deutschland mehr ausgeben werde.", "betont"),
        ("Die Ministerin betont nachdrücklich, die Nato müsse geschlossen bleiben.", "betont"),
        ("Für die SPD sprach Mützenich davon, dass der Etat steigen müsse.", "sprach"),
    ],
)
def test_the_speech_sense_stays(text, cue):
    got = found(text)
    assert len(got) == 1
    assert (pd.isna(got["cue"].iloc[0]) and cue is None) or got["cue"].iloc[0].startswith(cue)
    if text.startswith(("Merz", "Die Ministerin", "Für die SPD")):  # speaker and message stay
        assert got["speaker_surface"].iloc[0] in ("Merz", "Die Ministerin", "Mützenich")
        assert got["content"].iloc[0].startswith(("dass", "die Nato"))


def test_the_particle_of_nachgehen_is_no_attribution():
    got = found("Man gehe jedem Hinweis nach, hieß es bei der Polizei.")
    assert "nach" not in got["cue"].tolist() and "Hinweis" not in got["speaker_surface"].tolist()
    assert got["cue"].tolist() == ["hieß"]


@pytest.mark.parametrize(
    "text",
    [
        "Die Musik war sehr laut und die Nachbarn beschwerten sich.",
        "Dessen Ausgabequalität ist akzeptabel, all zu laut wird er allerdings nicht.",
    ],
)
def test_the_adjective_laut_is_no_attribution(text):
    assert found(text).empty


def test_laut_with_a_quoted_name_is_an_attribution():
    got = found("Die Oberfläche wird laut „Computerwoche“ stärker angepasst.")
    assert got["speaker_surface"].tolist() == ["„Computerwoche“"]
    assert got["cue"].tolist() == ["laut"]


@pytest.mark.parametrize(
    ("text", "speaker", "name"),
    [
        ("Die Preise seien gestiegen, sagte danach der Minister.", "der Minister", "Minister"),
        ("Die Preise seien gestiegen, sagte am Montag ein Sprecher.", "ein Sprecher", "Sprecher"),
        # a weekday before a surname is no first name
        ("Die Preise seien gestiegen, sagte am Montag Müller.", "Müller", "Müller"),
    ],
)
def test_the_speaker_after_the_verb_and_an_adverbial(text, speaker, name):
    got = found(text)
    assert got["speaker_surface"].tolist() == [speaker]
    assert got["speaker_name"].tolist() == [name]
    assert got["content"].tolist() == ["Die Preise seien gestiegen"]


@pytest.mark.parametrize(
    "text",
    [
        "Oder anders gesagt: Die Reform ist tot.",
        "Gemeint ist die Reform der Pflege.",
        "Die Gruppe nannte sich Freikorps.",
        "Die Initiative wurde 2010 ins Leben gerufen.",
        "Daraufhin wurde die Polizei gerufen, die den Mann festnahm.",
        "Ihm drohen bis zu 20 Jahre Haft.",  # a penalty ahead, no threat
        "Dem Angeklagten droht eine lange Haftstrafe.",
    ],
)
def test_set_phrases_of_speech_verbs_are_no_statement(text):
    assert found(text).empty


def test_openly_said_with_a_clause_stays_a_statement():
    got = found("Die Medien haben sehr offen gesagt, dass der Norden lügt.")
    assert got["cue"].tolist() == ["gesagt"]


def test_das_heisst_is_no_cue_for_the_rules_or_the_model():
    assert found("Das heißt, ich bin ab heute zuständig für Kultur.").empty
    got = found("Das heißt, neue Ausländer verdrängen alte Ausländer, so Pudschedl.")
    assert got[["speaker_surface", "cue"]].values.tolist() == [["Pudschedl", "so"]]


def test_a_threat_with_mit_stays_a_statement():
    assert len(found("Trump drohte mit Zöllen von 25 Prozent.")) == 1

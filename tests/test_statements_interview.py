"""Interviews: each answer is a direct statement of the one who answers (10kGNAD prints
about one article in forty as "STANDARD: ...? Name: ..."), questions are none, and an
explainer's "Frage: ... Antwort: ..." is nobody's statement."""

from __future__ import annotations

import pandas as pd
import pytest

from discourse.segment import split_sentences
from discourse.statements import find_statements

INTERVIEW = (
    "Im STANDARD-Interview spricht Außenminister Nikola Poposki über die Balkanroute. "
    "STANDARD: Österreich will nur noch Tageskontingente. Wie wird Mazedonien reagieren? "
    "Poposki: Wir koordinieren unsere Bemühungen mit den europäischen Partnern. "
    "Wir haben gesagt, dass bis zu 400 Beamte akzeptiert werden. "
    "STANDARD: Sie haben gefordert, dass Griechenland mehr tut. Bleibt es dabei? "
    "Poposki: Definitiv. Das ist sehr hilfreich. (Adelheid Wölfl, 19.2.2016)"
)


def found(text: str, lang: str = "de") -> tuple[str, pd.DataFrame]:
    docs = pd.DataFrame({"doc_id": ["d"], "text": [text], "lang": [lang]})
    return text, find_statements(split_sentences(docs), docs=docs)


def answers(got: pd.DataFrame) -> pd.DataFrame:
    return got[(got["cue"] == ":") & (got["kind"] == "direct")]


def test_each_answer_is_a_direct_statement_of_the_one_who_answers():
    text, got = found(INTERVIEW)
    ans = answers(got)
    assert ans["content"].tolist() == [
        "Wir koordinieren unsere Bemühungen mit den europäischen Partnern. "
        "Wir haben gesagt, dass bis zu 400 Beamte akzeptiert werden.",
        "Definitiv. Das ist sehr hilfreich.",  # without the author's credit
    ]
    assert set(ans["speaker_surface"]) == {"Poposki"}
    assert set(ans["speaker_name"]) == {"Nikola Poposki"}  # the name the intro gives
    for r in ans.itertuples():  # offsets reproduce the text
        assert text[r.content_start : r.content_end] == r.content
        assert text[r.speaker_start : r.speaker_end] == "Poposki"
        assert text[r.cue_start : r.cue_end] == ":"
    # the questions are nobody's statements
    assert not got["content"].str.contains("Tageskontingente", na=False).any()


def test_first_person_and_polite_you_inside_the_turns_are_the_answerer():
    _, got = found(INTERVIEW)
    wir = got[got["speaker_surface"] == "Wir"]
    assert wir["cue"].tolist() == ["gesagt"]
    assert wir["speaker_name"].tolist() == ["Nikola Poposki"]
    first = answers(got)["stmt_id"].iloc[0]
    assert wir["nested_in"].tolist() == [first]  # counted once with the answer
    sie = got[got["speaker_surface"] == "Sie"]
    assert sie["speaker_name"].tolist() == ["Nikola Poposki"]  # "Sie haben gefordert"


def test_english_interview_with_names():
    text, got = found(
        "TIME: What do you expect from the summit? "
        "Rutte: We will agree on five percent. Nobody doubts it. "
        "TIME: And Ukraine? Rutte: Ukraine will be stronger. "
        "TIME: Thank you. Rutte: Thank you.",
        lang="en",
    )
    ans = answers(got)
    assert ans["content"].tolist() == [
        "We will agree on five percent. Nobody doubts it.",
        "Ukraine will be stronger.",
        "Thank you.",
    ]
    assert set(ans["speaker_id"]) == {"rutte"}


def test_an_answer_ends_with_its_paragraph_when_no_turn_follows():
    text = (
        "STANDARD: Wie geht es weiter?\n\nHuber: Wir warten ab.\n\n"
        "STANDARD: Und dann?\n\nHuber: Dann entscheiden wir.\n\n"
        "Karl Huber ist Bürgermeister von Graz."
    )
    _, got = found(text)
    assert answers(got)["content"].tolist() == ["Wir warten ab.", "Dann entscheiden wir."]


def test_an_explainer_with_questions_and_answers_is_no_interview():
    _, got = found(
        "Frage: Was passiert mit Asylwerbern, die straffällig werden? "
        "Antwort: Es wird ein Verfahren eingeleitet. "
        "Frage: Wie lange dauert das? Antwort: Meist einige Monate."
    )
    assert answers(got).empty


def test_labels_used_once_make_no_interview():
    for text in (
        "Fazit: Die Reform kommt. Zum Vergleich: Im Vorjahr waren es drei Prozent.",
        "Rapid: Novota; Schobesberger, Sonnleitner. Austria: Almer; Koch, Rotpuller.",
        "Merz: Ich bin zufrieden. Scholz: Ich auch. Merz: Gut.",  # nobody asks
    ):
        _, got = found(text)
        assert answers(got).empty, text


def test_a_label_used_once_stays_inside_the_turn():
    _, got = found(
        "STANDARD: Was tun Sie? Huber: Ich warte. Also: Ich entscheide morgen. "
        "STANDARD: Und dann? Huber: Dann sehen wir weiter."
    )
    assert answers(got)["content"].tolist() == [
        "Ich warte. Also: Ich entscheide morgen.",
        "Dann sehen wir weiter.",
    ]


def test_a_rule_statement_that_starts_at_a_label_gives_way_to_the_answer():
    _, got = found(
        "STANDARD: Wie beurteilen Sie das? Varoufakis: Ich kenne die Details nicht, ich bin "
        "kein Militärexperte. STANDARD: Und sonst? Varoufakis: Ich fürchte, nein."
    )
    assert not got["content"].str.startswith("Varoufakis:", na=False).any()
    assert answers(got)["speaker_surface"].tolist() == ["Varoufakis", "Varoufakis"]


def test_explainer_and_pro_contra_labels_are_no_speakers():
    for text in (
        "Die Frage: Wer zahlt das alles?\n\nDie Antwort: Der Bund zahlt.\n\n"
        "Die Frage: Wann kommt das Geld?\n\nDie Antwort: Im Frühjahr.",
        "Pro: Die Mieten sinken. Kontra: Wer soll das bezahlen? Pro: Der Staat. Kontra: Und wann?",
    ):
        _, got = found(text)
        assert (
            got["speaker_surface"].isna().all()
            or not got["speaker_surface"].isin(["Die Antwort", "Pro", "Kontra"]).any()
        ), text


def test_a_missing_sentence_text_does_not_break_interview_detection():
    sents = pd.DataFrame(
        {
            "doc_id": ["d"] * 5,
            "sent_id": range(5),
            "para_id": [0] * 5,
            "start": [0, 23, 35, 56, 83],
            "end": [22, 34, 55, 82, 98],
            "text": ["STANDARD: Wie geht es?", None, "STANDARD: Und sonst?",
                     "Huber: Wir sind zufrieden.", "Huber: Das sagt alles."],
        }
    )  # fmt: skip
    find_statements(sents, lang="de")  # no error


def test_the_last_answer_ends_before_the_article_names_its_speaker():
    _, got = found(
        "STANDARD: Wie geht es weiter? Huber: Wir warten ab. STANDARD: Und dann? Huber: Dann "
        "entscheiden wir. Das wird dauern. Karl Huber ist seit 2010 Bürgermeister von Graz."
    )
    assert answers(got)["content"].tolist() == [
        "Wir warten ab.",
        "Dann entscheiden wir. Das wird dauern.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "SPIEGEL: Herr Pistorius, war das ein Fehler?\n\nPistorius: Nein, das war notwendig.\n\n"
        "SPIEGEL: Warum?\n\nPistorius (lacht): Weil es sonst niemand gemacht hätte.",
        "tagesschau.de: Herr Pistorius, war das ein Fehler?\n\nPistorius: Nein, das war "
        "notwendig.\n\ntagesschau.de: Warum?\n\nPistorius: Weil es sonst niemand gemacht hätte.",
    ],
)
def test_stage_directions_and_domain_labels_keep_an_interview(text):
    # before: "(lacht)" broke the label, and "tagesschau.de:" was no label, so the questions
    # came out as headline statements
    docs = pd.DataFrame({"doc_id": ["d"], "text": [text], "lang": ["de"]})
    got = find_statements(split_sentences(docs), docs=docs)
    assert got[["kind", "speaker_name", "content"]].values.tolist() == [
        ["direct", "Boris Pistorius", "Nein, das war notwendig."],
        ["direct", "Boris Pistorius", "Weil es sonst niemand gemacht hätte."],
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Frage: Herr Pistorius, reichen die 3,5 Prozent? Pistorius: Nein. Wir brauchen mehr.",
        "SPIEGEL: Herr Pistorius, reichen die 3,5 Prozent?\n\nPistorius: Nein. Wir brauchen mehr.",
    ],
)
def test_one_question_and_its_answer_make_an_interview(text):
    # before: no statement, or the question as a headline statement of "SPIEGEL"
    _, got = found(text)
    assert got[["speaker_surface", "kind", "content"]].values.tolist() == [
        ["Pistorius", "direct", "Nein. Wir brauchen mehr."]
    ]

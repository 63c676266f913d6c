"""Who-said-what problems the blind audits of session 15 found, each with its fix: German
set phrases with "gesagt" and "berichtet", a closing "wie X gesagt hatte", a headline's
own quotation, councillors' titles, speech acts in the perfect tense; English speakers
described by a place ("a judge in San Francisco") and role words that refer back to a
name given in a sentence without a statement ("the spokeswoman")."""

from __future__ import annotations

import pandas as pd
import pytest

from discourse.segment import split_sentences
from discourse.statements import find_statements


def found(text: str, model: str | None = "auto", lang: str = "de") -> pd.DataFrame:
    docs = pd.DataFrame({"doc_id": ["d"], "text": [text], "lang": [lang]})
    return find_statements(split_sentences(docs), docs=docs, model=model)


@pytest.mark.parametrize(
    "text",
    [
        "Gesagt, getan: Die Stadt Köln hat den Umbau des Platzes beschlossen.",
        "Das ist leichter gesagt als getan, denn die Kassen sind leer.",
        "Der FC Schalke 04 hat sich, wie bereits berichtet, von seinem Trainer getrennt.",
        "Wie schon berichtet, hat der Verein den Trainer entlassen.",
    ],
)
def test_set_phrases_of_the_writer_report_nothing(text):
    assert found(text).empty


@pytest.mark.parametrize(
    "text",
    [
        "Die Lage sei ernst, wie Merz gesagt hatte.",
        "Die Lage sei ernst, wie Merz bereits gesagt hatte.",
        "Die Lage sei ernst, wie Merz sagte.",
    ],
)
def test_a_closing_wie_clause_with_its_auxiliary_is_kept(text):
    got = found(text)
    assert got[["speaker_name", "content"]].values.tolist() == [
        ["Friedrich Merz", "Die Lage sei ernst"]
    ]


def test_a_headline_quotation_is_the_headline_alone():
    got = found("Pistorius: „Wir müssen kriegstüchtig werden“")
    assert got[["kind", "speaker_name"]].values.tolist() == [["headline", "Boris Pistorius"]]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("„Wir haben gewarnt“, sagte Landrätin Cornelia Weigand.", "Cornelia Weigand"),
        ("Landrat Hans Meier (CSU) sagte, die Lage sei ernst.", "Hans Meier"),
        ("Landesrat Hans Meier sagte, die Lage sei ernst.", "Hans Meier"),
    ],
)
def test_a_councillors_title_is_no_part_of_the_name(text, name):
    assert found(text)["speaker_name"].tolist() == [name]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Die Grünen-Politikerin Ricarda Lang hat den Vorschlag der Union scharf kritisiert.",
            "Ricarda Lang",
            "den Vorschlag der Union scharf",
        ),
        ("Die Opposition hat vor einer Eskalation gewarnt.", "Opposition", "vor einer Eskalation"),
        ("Die Polizei hat von einem Unfall gesprochen.", "Polizei", "von einem Unfall"),
    ],
)
def test_a_speech_act_in_the_perfect_tense(text, speaker, content):
    # the rules: the object (or the phrase the verb governs) as the content
    rules = found(text, model=None)
    assert rules[["speaker_name", "content"]].values.tolist() == [[speaker, content]]
    # the news model: a whole-sentence report, the annotation's form, as in the past tense
    news = found(text)
    assert news[["kind", "speaker_name", "content"]].values.tolist() == [
        ["reported", speaker, text.rstrip(".")]
    ]


def test_no_phrase_the_verb_governs_no_speech_act():
    assert found("Der Minister hat vor Ort gewarnt.", model=None).empty  # "vor Ort"


def test_an_attributive_participle_gives_no_whole_sentence_report():
    # the news model drops the rules' cue; the participle does not end the clause, so no
    # whole-sentence report of the subject takes its place
    assert found("Der König hat den wegen Betrugs verurteilten Schweizer begnadigt.").empty


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "A federal judge in San Francisco ruled on Thursday that the firing was unlawful.",
            "federal judge in San Francisco",
        ),
        ("A doctor in Ukraine said the hospital was hit.", "doctor in Ukraine"),
    ],
)
def test_an_english_speaker_described_by_a_place_is_no_speaker_of_the_place(text, name):
    got = found(text, lang="en")
    assert got["speaker_name"].tolist() == [name]
    assert got["speaker_id"].isna().all()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "White House spokeswoman Karoline Leavitt was asked about the tariffs. "
            '"The president has been very clear," the spokeswoman said.',
            "Karoline Leavitt",
        ),
        (
            'Kremlin spokesman Dmitry Peskov was asked about the talks. "We are ready," the '
            "spokesman said.",
            "Dmitry Peskov",
        ),
    ],
)
def test_an_english_role_word_refers_back_to_the_name_it_was_given_with(text, name):
    assert found(text, lang="en")["speaker_name"].tolist() == [name]


@pytest.mark.parametrize(
    "text",
    [
        "„Wir haben“, sagte Pistorius in einem Brief an die Abgeordneten, „einen klaren Plan.“",
        "„Wir haben“, sagte Pistorius, der am Montag in Berlin war, „einen klaren Plan.“",
    ],
)
def test_a_split_quote_whose_cue_clause_says_more(text):
    got = found(text)
    assert got[["speaker_name", "cue"]].values.tolist() == [["Boris Pistorius", "sagte"]]
    parts = [
        text[int(a) : int(b)] for a, b in (x.split("-") for x in got["content_spans"][0].split(";"))
    ]
    assert parts == ["Wir haben", "einen klaren Plan."]


def test_a_second_speaker_between_two_quotations_is_no_split_quote():
    got = found("„Wir haben“, sagte Pistorius, und Merz entgegnete: „Das reicht nicht.“")
    assert got[["speaker_name", "content"]].values.tolist() == [
        ["Boris Pistorius", "Wir haben"],
        ["Friedrich Merz", "Das reicht nicht."],
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "parts"),
    [
        (
            '"We are in an era of rearmament," von der Leyen said in a letter to EU leaders, '
            '"and Europe is ready to boost its defence spending."',
            "Ursula von der Leyen",
            [
                "We are in an era of rearmament",
                "and Europe is ready to boost its defence spending.",
            ],
        ),
        (
            '"We will," Zelenskiy said on Tuesday, "do everything."',
            "Volodymyr Zelensky",
            ["We will", "do everything."],
        ),
    ],
)
def test_an_english_split_quote_whose_cue_clause_says_more(text, speaker, parts):
    got = found(text, lang="en")
    assert got[["speaker_name", "cue"]].values.tolist() == [[speaker, "said"]]
    spans = [x.split("-") for x in got["content_spans"].iloc[0].split(";")]
    assert [text[int(a) : int(b)] for a, b in spans] == parts


def test_english_it_after_a_message_names_the_body_that_spoke_before():
    got = found(
        "The Ministry of Defence said in a statement that patrols would increase. Crews were "
        "told to keep a safe distance at all times, it added.",
        lang="en",
    )
    assert got[["speaker_surface", "speaker_name"]].values.tolist() == [
        ["The Ministry of Defence", "Ministry of Defence"],
        ["it", "Ministry of Defence"],
    ]
    # after a person's statement "it" is no one the text names
    got = found("Zelensky said the attack was brutal. The situation is bad, it added.", lang="en")
    assert got["speaker_name"].isna().tolist() == [False, True]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Die Lage sei ernst, sagte Pistorius. Russland rüste in einem beispiellosen Tempo auf.",
            "Boris Pistorius",
            "Russland rüste in einem beispiellosen Tempo auf",
        ),
        (
            "„Wir haben gewarnt“, sagte Landrätin Cornelia Weigand. Sie rechne mit Schäden.",
            "Cornelia Weigand",
            "Sie rechne mit Schäden",
        ),
    ],
)
def test_a_konjunktiv_form_the_lexicon_does_not_list_continues_the_statement(
    text, speaker, content
):
    got = found(text)
    assert got[["speaker_name", "content"]].values.tolist()[1:] == [[speaker, content]]
    assert got["inherited"].tolist()[1:] == [True]


@pytest.mark.parametrize(
    "text",
    [
        # the indicative of the first person, and a capitalised noun, are no Konjunktiv
        "Merz sagte, die Lage sei ernst. Ich rechne mit dem Schlimmsten.",
        "Merz sagte, die Lage sei ernst. Die Rede dauerte eine Stunde.",
    ],
)
def test_no_konjunktiv_form_no_continuation(text):
    assert len(found(text)) == 1


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "Finance chief Brian West conceded that cash flow would remain negative.",
            "conceded",
            "cash flow would remain negative",
        ),
        ('"This is a dark day," Thune tweeted.', "tweeted", "This is a dark day"),
        ('Farage branded the deal "a betrayal".', "branded", "a betrayal"),
    ],
)
def test_more_english_cue_verbs(text, cue, content):
    got = found(text, lang="en")
    assert got[["cue", "content"]].values.tolist() == [[cue, content]]


@pytest.mark.parametrize(
    ("text", "speaker", "name"),
    [
        (
            '"This is a dark day," tweeted Senate minority leader Chuck Schumer.',
            "Senate minority leader Chuck Schumer",
            "Chuck Schumer",
        ),
        (
            '"We are ready," said Commission president Ursula von der Leyen.',
            "Commission president Ursula von der Leyen",
            "Ursula von der Leyen",
        ),
        (
            '"We are ready," said Bank of England governor Andrew Bailey.',
            "Bank of England governor Andrew Bailey",
            "Andrew Bailey",
        ),
    ],
)
def test_an_english_subject_after_the_verb_with_a_lower_case_title(text, speaker, name):
    got = found(text, lang="en")
    assert got[["speaker_surface", "speaker_name"]].values.tolist() == [[speaker, name]]


def test_an_english_passive_with_its_agent():
    got = found("The plan was criticized by the Senate on Monday.", lang="en")
    assert got[["kind", "speaker_surface", "cue", "content"]].values.tolist() == [
        ["reported", "the Senate", "criticized", "The plan"]
    ]
    # the subject is a relative pronoun: nothing to report
    assert found("It is a movement that has been criticized by scholars.", lang="en").empty


@pytest.mark.parametrize(
    ("text", "speaker", "content", "whole"),
    [
        ("Die Pläne kritisierte Merz scharf.", "Friedrich Merz", "Die Pläne", True),
        ("Einen Wechsel schloss er aus.", None, "Einen Wechsel", True),
        # the news model drops the cue; a noun after the verb is no sure speaker, so no
        # whole-sentence report takes its place
        (
            "Berichte über weitere Streiks dementierte das Unternehmen.",
            "Unternehmen",
            "Berichte über weitere Streiks",
            False,
        ),
    ],
)
def test_a_fronted_object_and_its_speaker_after_the_verb(text, speaker, content, whole):
    # the rules: the object as the content, the subject after the verb as the speaker
    got = found(text, model=None)[["speaker_name", "content"]].values.tolist()
    assert [[None if pd.isna(n) else n, c] for n, c in got] == [[speaker, content]]
    # the news model: a whole-sentence report of that speaker
    news = found(text)[["kind", "content"]].values.tolist()
    assert news == ([["reported", text.rstrip(".")]] if whole else [])


@pytest.mark.parametrize(
    "text",
    [
        "Kimmich lobte Nagelsmann.",  # a name before the verb is the subject
        "Die Demonstranten skandierten Slogans gegen das Kabinett.",
    ],
)
def test_no_fronted_object_before_a_subject_that_can_speak(text):
    got = found(text, model=None)
    assert "Nagelsmann" not in got["speaker_surface"].tolist()
    assert "Slogans" not in got["speaker_surface"].tolist()


def test_the_question_a_cue_answers_is_no_message():
    got = found(
        "Auf die Frage, ob er kandidiere, antwortete Dieter Reiter, das entscheide er später."
    )
    assert got[["speaker_name", "content"]].values.tolist() == [
        ["Dieter Reiter", "das entscheide er später"]
    ]
    text = "Auf die Frage, ob er erneut kandidiere, antwortete Dieter Reiter ausweichend."
    got = found(text)
    assert got[["kind", "speaker_name", "content"]].values.tolist() == [
        ["reported", "Dieter Reiter", text.rstrip(".")]
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Office for National Statistics said the economy grew.",
            "Office for National Statistics",
        ),
        ("Secretary for Defence John Healey said the army was ready.", "John Healey"),
    ],
)
def test_an_english_name_with_for_keeps_its_words(text, name):
    assert found(text, lang="en")["speaker_name"].tolist() == [name]

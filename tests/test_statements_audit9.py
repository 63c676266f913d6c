"""Who-said-what problems found in session 19 (the known problems of session 18's
closing note and a ninth round of blind audits), each with its fix. The tests of a fix
failed on the session's starting code (e458798, checked in a worktree); the controls pass
on both."""

from __future__ import annotations

import pandas as pd
import pytest

from discourse.segment import split_sentences
from discourse.statements import find_statements


def found(text: str, lang: str = "de", model: str | None = "auto") -> pd.DataFrame:
    docs = pd.DataFrame({"doc_id": ["d"], "text": [text], "lang": [lang]})
    return find_statements(split_sentences(docs), docs=docs, model=model)


def rows(got: pd.DataFrame, *cols: str) -> list[list]:
    return got[list(cols)].values.tolist()


# -- a singular object before a plural verb ----------------------------------------------


@pytest.mark.parametrize("model", [None, "auto"])
def test_singular_object_before_plural_verb_is_no_speaker(model):
    got = found("Eine Lösung forderten Grüne und Linke bereits im Sommer.", model=model)
    assert rows(got, "speaker_surface") == [["Grüne"]]


def test_singular_subject_before_singular_verb_speaks():  # control
    got = found("Eine Sprecherin forderte am Montag eine Lösung.", model=None)
    assert rows(got, "speaker_surface") == [["Eine Sprecherin"]]


# -- a party epithet refers back to a member of that party -------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "Der Präsident Donald Trump griff den Notenbankchef Jerome Powell an. Der "
            "Republikaner sagte, die Zinsen müssten sinken.",
            "de",
            "Donald Trump",
        ),
        (
            "Kanzler Friedrich Merz traf Finanzminister Lars Klingbeil. Der CDU-Politiker "
            "sagte, das Budget stehe.",
            "de",
            "Friedrich Merz",
        ),
        (  # a person of unknown party rather than one of another party
            "Senate Minority Leader Chuck Schumer met President Donald Trump on Monday. The "
            "Democrat said the shutdown had to end.",
            "en",
            "Chuck Schumer",
        ),
    ],
)
def test_party_epithet_names_a_member_of_that_party(text, lang, name):
    got = found(text, lang=lang)
    assert rows(got, "speaker_name") == [[name]]


def test_other_epithet_names_the_nearest_person():  # control
    got = found(
        "Kanzler Friedrich Merz traf den Ökonomen Peter Bofinger. Der Ökonom sagte, das "
        "Budget stehe."
    )
    assert rows(got, "speaker_name") == [["Peter Bofinger"]]


# -- English cue verbs -------------------------------------------------------------------


def test_objected_that_is_a_cue():
    got = found("Senator Warren objected that the vote had been rushed.", lang="en")
    assert rows(got, "speaker_surface", "cue", "content") == [
        ["Senator Warren", "objected", "the vote had been rushed"]
    ]


def test_condemned_then_saying_keeps_the_saying_clause():  # control: no "condemn" cue
    got = found("Rights groups condemned the attack, saying civilians had been targeted.", "en")
    assert rows(got, "cue", "content") == [["saying", "civilians had been targeted"]]

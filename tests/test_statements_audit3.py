"""Who-said-what problems found in session 16 (the cross-validation's errors on the news
tune split and a third round of blind audits), each with its fix."""

from __future__ import annotations

import pandas as pd
import pytest

from discourse.segment import split_sentences
from discourse.statements import find_statements


def found(text: str, model: str | None = "auto", lang: str = "de") -> pd.DataFrame:
    docs = pd.DataFrame({"doc_id": ["d"], "text": [text], "lang": [lang]})
    return find_statements(split_sentences(docs), docs=docs, model=model)


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        (
            "Im Brief, den er an den Präsidenten geschickt hat, erklärt Teziç: „Ich bitte Sie "
            "um Hilfe.“",
            "Teziç",
            "erklärt",
            "Ich bitte Sie um Hilfe.",
        ),
        (
            "Er schlief immer wieder ein, nur ab und zu war er hochgeschreckt und hatte "
            "gefragt: „Was ist mit dem Radler passiert?“",
            "er",
            "gefragt",
            "Was ist mit dem Radler passiert?",
        ),
        (
            "Am Nachmittag versammelten sich Tausende Demonstranten, die unter anderem "
            "skandierten: „Hole unsere Stimmen zurück!“",
            "die",
            "skandierten",
            "Hole unsere Stimmen zurück!",
        ),
    ],
)
def test_a_cue_clause_ending_in_a_colon_announces_the_quotation(text, speaker, cue, content):
    # before: the words before the cue clause were the message ("Im Brief, den er an den
    # Präsidenten geschickt hat") and the quotation a second statement without a cue
    got = found(text)
    assert got[["kind", "speaker_surface", "cue", "content"]].values.tolist() == [
        ["direct", speaker, cue, content]
    ]


def test_a_message_before_a_cue_clause_with_a_colon_stays():
    got = found("Das sei falsch, sagte Merz: „Wir müssen handeln.“")
    assert got["content"].tolist()[0] == "Das sei falsch"


@pytest.mark.parametrize(
    "text",
    [
        "„Das ist falsch“, sagte Merz. „Wir müssen handeln.“",
        "Die Lage sei ernst, sagte Merz. „Wir müssen handeln.“",
    ],
)
def test_a_short_quotation_of_its_own_sentence_continues_the_speaker(text):
    got = found(text)
    assert got[["speaker_name", "content"]].values.tolist()[-1] == [
        "Friedrich Merz",
        "Wir müssen handeln.",
    ]


def test_a_short_quoted_title_is_no_statement():
    assert found("Der Film „Gute Nacht“ läuft ab Montag im Kino.").empty

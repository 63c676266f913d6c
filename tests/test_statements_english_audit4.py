"""English who-said-what failures of the fourth blind audit (aud16b), each with its fix:
"family" as a speaker (no adverb in "-ly"), "All told," (no speech), a comma after the
closing quotation mark before "he added", adverbials after the verb ("said on Tuesday, in
a major shift", "said ahead of a summit"), speaker spans ("Campaign for Nuclear
Disarmament" before a second verb, "Robert F. Kennedy Jr." before a participle, "said the
woman, who asked not to be named"), headlines ("..., minister says"), ``speaker_name``
("the consumer goods giant", "Chief Secretary to the Treasury James Murray") and a
leading "further" in the content."""

from __future__ import annotations

import pandas as pd
import pytest

from discourse.segment import split_sentences
from discourse.statements import find_statements


def found(text: str) -> pd.DataFrame:
    """The top-level statements of one English document."""
    docs = pd.DataFrame({"doc_id": ["d"], "text": [text], "lang": ["en"]})
    out = find_statements(split_sentences(docs), docs=docs)
    return out[out["nested_in"].isna()]


def rows(text: str, *cols: str) -> list[list]:
    return found(text)[list(cols)].values.tolist()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Diane Keaton has died at the age of 79, her family said in a statement.",
            [["her family", "said", "Diane Keaton has died at the age of 79"]],
        ),
        ("The family said the plan was wrong.", [["The family", "said", "the plan was wrong"]]),
        (
            '"She died peacefully," her family said.',
            [["her family", "said", "She died peacefully"]],
        ),
        (
            "The Keaton family said she died peacefully.",
            [["The Keaton family", "said", "she died peacefully"]],
        ),
    ],
)
def test_family_speaks(text: str, expected: list[list[str]]) -> None:
    assert rows(text, "speaker_surface", "cue", "content") == expected


def test_all_told_is_no_speech() -> None:
    assert found("All told, 40 people were injured.").empty


def test_comma_after_closing_quote() -> None:
    got = rows(
        'Inflation remained "somewhat elevated", he added.', "speaker_surface", "cue", "content"
    )
    assert got == [["he", "added", 'Inflation remained "somewhat elevated"']]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Britain will buy 12 fighter jets, Downing Street said on Tuesday, in a major shift in policy.",
            [["Downing Street", "said", "Britain will buy 12 fighter jets"]],
        ),
        (
            "The United States has deployed a carrier to the Caribbean, the Pentagon said, "
            "in a sharp escalation of its build-up near Venezuela.",
            [["the Pentagon", "said", "The United States has deployed a carrier to the Caribbean"]],
        ),
        (
            '"We can no longer take peace for granted," Keir Starmer said ahead of a NATO summit.',
            [["Keir Starmer", "said", "We can no longer take peace for granted"]],
        ),
        (
            '"We can no longer take peace for granted," Keir Starmer said prior to a NATO summit.',
            [["Keir Starmer", "said", "We can no longer take peace for granted"]],
        ),
        (
            '"We can no longer take peace for granted," Keir Starmer said alongside Emmanuel Macron.',
            [["Keir Starmer", "said", "We can no longer take peace for granted"]],
        ),
    ],
)
def test_adverbial_after_verb(text: str, expected: list[list[str]]) -> None:
    assert rows(text, "speaker_surface", "cue", "content") == expected


def test_phrase_after_comma_only_after_time_phrase() -> None:
    # the phrase after the comma ends no long object: the message follows the verb
    text = (
        "As we meet here, I call on all those gathered here to respect the United Nations "
        "system, with a view to reforming it."
    )
    assert found(text)["content"].str.startswith("to respect").any()


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        (
            "The Campaign for Nuclear Disarmament said the decision was wrong and called for "
            "a vote in parliament.",
            "The Campaign for Nuclear Disarmament",
            "called",
        ),
        (
            "Robert F. Kennedy Jr. has removed all 17 members of the panel, accusing it of bias.",
            "Robert F. Kennedy Jr.",
            "accusing",
        ),
        ("Michael J. Fox has left the charity, saying he was tired.", "Michael J. Fox", "saying"),
    ],
)
def test_speaker_span(text: str, speaker: str, cue: str) -> None:
    got = found(text)
    assert got[got["cue"] == cue]["speaker_surface"].tolist() == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        '"They did not spare anyone," said the woman, who asked not to be named.',
        '"They did not spare anyone," said the woman, who asked to be identified only by her '
        "first name, Amna, for fear of reprisals.",
    ],
)
def test_inverted_subject_before_relative_clause(text: str) -> None:
    assert rows(text, "speaker_surface", "cue", "content") == [
        ["the woman", "said", "They did not spare anyone"]
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran open to talks, minister says", [["minister", "says", "Iran open to talks"]]),
        (
            "Iran is open to talks, the minister says.",
            [["the minister", "says", "Iran is open to talks"]],
        ),
    ],
)
def test_headline_says(text: str, expected: list[list[str]]) -> None:
    assert rows(text, "speaker_surface", "cue", "content") == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Unilever will cut 7,500 jobs, the consumer goods giant said.", "Unilever"),
        ("Unilever will cut 7,500 jobs, the company said.", "Unilever"),
        ("Prices will rise, the company said.", "company"),  # a word, no name
        ("Chief Secretary to the Treasury James Murray said the plan was sound.", "James Murray"),
        ("Sources close to the Prime Minister said the plan was dead.", None),
    ],
)
def test_speaker_name(text: str, name: str | None) -> None:
    got = found(text)["speaker_name"].tolist()
    if name is None:  # "Sources close to X" are not X
        assert got != ["Prime Minister"]
    else:
        assert got == [name]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The team said further work was needed.", "further work was needed"),
        (
            "The Fed cut rates, but Jerome Powell said further reductions were not guaranteed.",
            "further reductions were not guaranteed",
        ),
        ("He said both sides had agreed to the deal.", "both sides had agreed to the deal"),
        ("He said further that the plan was sound.", "the plan was sound"),
    ],
)
def test_quantifier_opens_content(text: str, content: str) -> None:
    assert found(text)["content"].tolist() == [content]

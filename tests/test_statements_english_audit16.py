"""English who-said-what failures found by the sixteenth English blind audit (session 22),
each with its fix and control sentences that must not change. The tests of a fix failed on
the session's starting code (checked in an untouched worktree)."""

from __future__ import annotations

import pytest
from test_statements_helpers import top_rows

rows = top_rows


# A. "it" and "the company" after a body spoke: the next sentence, after a fronted phrase,
# after a dateline without an agency


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Spotify said it would raise prices. It said the increase would fund new features.",
            ["Spotify", "Spotify"],
        ),
        (
            "The Bank of England warned that risks were rising. In its report, it said the "
            "positions had doubled.",
            ["Bank of England", "Bank of England"],
        ),
        (
            "Rents rose 6.2% in the third quarter, the Residential Tenancies Board said on "
            "Wednesday. It added that rents for new tenancies were higher.",
            ["Residential Tenancies Board", "Residential Tenancies Board"],
        ),
        (
            "Haiti reaffirms its right to the water, and it demands an equitable division of "
            "the river.",
            ["Haiti", "Haiti"],
        ),
        (
            "ZURICH — Nestlé said on Thursday that it would cut prices. The company said no "
            "jobs would go.",
            ["Nestlé", "Nestlé"],
        ),
    ],
)
def test_it_and_the_company_refer_back_to_the_body(text: str, names: list[str]) -> None:
    assert [r[0] for r in rows(text, "speaker_name")] == names


def _names(text: str) -> list[str | None]:
    """The speaker names of the top-level statements, None for a missing name."""
    return [n if isinstance(n, str) else None for (n,) in rows(text, "speaker_name")]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # controls: the company without a dateline; a person before "It"; "it" in the same
        # sentence after "because"; the expletive "It is ... to emphasize"
        (
            "Nestlé said on Thursday that it would cut prices. The company said no jobs would go.",
            ["Nestlé", "Nestlé"],
        ),
        ("John Smith said he would quit. It said nothing new.", ["John Smith", None]),
        (
            "Somalia welcomes the New Agenda for Peace, because it reminds us that conflicts "
            "arise from inequality.",
            [None],
        ),
        (
            "Our party said the plan failed. It is very important to emphasize that the plan "
            "failed.",
            ["party", None],
        ),
    ],
)
def test_it_refers_back_controls(text: str, names: list[str | None]) -> None:
    assert _names(text) == names


# B. a place or a state inside the speaker's description: the person or the people speak


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Rep. Jared Golden of Maine, who announced last month that he would not seek "
            "re-election, voted against the bill. The Democrat said it was too expensive.",
            ["Jared Golden", "Jared Golden"],
        ),
        ("Rep. Jared Golden of Maine said the bill was too expensive.", ["Jared Golden"]),
        ("Two U.S. officials said the carrier would sail next week.", ["Two U.S. officials"]),
        ("A U.S. official said the carrier would sail next week.", ["U.S. official"]),
        (
            "The Pentagon will send a carrier, according to two U.S. officials who spoke on "
            "condition of anonymity.",
            ["two U.S. officials"],
        ),
        ("The Prime Minister of Fiji said the islands were sinking.", ["Prime Minister of Fiji"]),
        (
            "The Prime Minister of Fiji, Sitiveni Rabuka, said the islands were sinking.",
            ["Sitiveni Rabuka"],
        ),
        (
            "Prime Minister of Fiji Sitiveni Rabuka said the islands were sinking.",
            ["Sitiveni Rabuka"],
        ),
    ],
)
def test_place_inside_the_description_is_no_speaker(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # controls: the body of a state, the state's government, a member without a place
        ("The Bank of England said rates would stay on hold.", ["Bank of England"]),
        ("The U.S. government said the carrier would sail.", ["United States"]),
        ("Rep. Jared Golden said the bill was too expensive.", ["Jared Golden"]),
        ("Two officials said the carrier would sail next week.", ["Two officials"]),
        (
            "Rep. Jared Golden of Maine voted against the bill. The Democrat said it was too "
            "expensive.",
            ["Jared Golden"],
        ),
    ],
)
def test_place_inside_the_description_controls(text: str, names: list[str]) -> None:
    assert _names(text) == names


# C. a dateline before the message of "according to X"


@pytest.mark.parametrize(
    "text",
    [
        "SYDNEY — Qantas will retire its last A380 by 2032, according to chief executive "
        "Vanessa Hudson.",
        "SYDNEY (Reuters) - Qantas will retire its last A380 by 2032, according to chief "
        "executive Vanessa Hudson.",
        # controls: no dateline; the dateline before "X said"
        "Qantas will retire its last A380 by 2032, according to chief executive Vanessa Hudson.",
        "SYDNEY — Qantas will retire its last A380 by 2032, chief executive Vanessa Hudson said.",
    ],
)
def test_dateline_is_no_content_of_according_to(text: str) -> None:
    assert rows(text, "speaker_name", "content") == [
        ["Vanessa Hudson", "Qantas will retire its last A380 by 2032"]
    ]


# D. missed cues: a plural subject with an "of" phrase before a base form, "complained
# that" before a compound noun, "questioned whether"


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Critics of the plan say it will raise rents.",
            ["Critics of the plan", "say", "it will raise rents"],
        ),
        (
            "Supporters of the measure argue it will ease the region's housing shortage.",
            ["Supporters of the measure", "argue", "it will ease the region's housing shortage"],
        ),
        (
            "Michael O'Leary complained that air traffic control delays had forced Ryanair to "
            "cancel flights.",
            [
                "Michael O'Leary",
                "complained",
                "air traffic control delays had forced Ryanair to cancel flights",
            ],
        ),
        (
            "Michael O'Leary complained that delays in France had forced Ryanair to cancel "
            "flights.",
            [
                "Michael O'Leary",
                "complained",
                "delays in France had forced Ryanair to cancel flights",
            ],
        ),
        (
            "Economists questioned whether the bank could hit its target.",
            ["Economists", "questioned", "whether the bank could hit its target"],
        ),
        # controls: without the "of" phrase, "complained that" before a plain plural
        ("Critics say the plan will raise rents.", ["Critics", "say", "the plan will raise rents"]),
        (
            "Michael O'Leary complained that strikes had forced Ryanair to cancel flights.",
            ["Michael O'Leary", "complained", "strikes had forced Ryanair to cancel flights"],
        ),
    ],
)
def test_missed_cues_are_found(text: str, row: list[str]) -> None:
    assert rows(text, "speaker_name", "cue", "content") == [row]


@pytest.mark.parametrize(
    "text",
    [
        # no statements: evidence with an "of" phrase, "questioned" a person, a product
        # recall, the noun "claims"
        "The results of the study show that rents rise.",
        "Police questioned the suspect for hours.",
        "He was questioned by police.",
        "Nestlé recalled infant formula on Thursday.",
        "The carmaker recalled 40,000 vehicles on Thursday.",
        "Insurance claims have topped $600 million.",
        "Insurance claims from the hailstorm in Sydney's west have topped $600 million.",
        "Solemn promises are routinely broken.",
    ],
)
def test_no_statement(text: str) -> None:
    assert rows(text, "cue") == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # controls: "recall" with a determiner or a clause, "claims" as a verb
        ("The minister recalled that the plan had failed.", "recalled"),
        ("He recalled the 2019 decision.", "recalled"),
        ("He recalled how the war began.", "recalled"),
        ("Smith claims he was innocent.", "claims"),
        ("The insurer claims that the hailstorm cost $600 million.", "claims"),
    ],
)
def test_cue_controls(text: str, cue: str) -> None:
    assert rows(text, "cue") == [[cue]]


# E. a vocative and a fronted adverbial without a comma before the subject; a time word
# before the subject


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Mr. President, from this podium the Secretary-General warned that the world was "
            "sleepwalking into war.",
            ["Secretary-General", "the world was sleepwalking into war"],
        ),
        (
            "Madam Speaker, in March the Chancellor told this House that the rules were "
            "non-negotiable.",
            ["Chancellor", "the rules were non-negotiable"],
        ),
        (
            "Mr. President, in 2019 the Prime Minister told this Assembly that the rules were "
            "non-negotiable.",
            ["Prime Minister", "the rules were non-negotiable"],
        ),
        (
            "Yesterday the Office for Budget Responsibility said that she had missed them.",
            ["Office for Budget Responsibility", "she had missed them"],
        ),
        (
            "Yet only yesterday the Office for Budget Responsibility said that she had missed "
            "them.",
            ["Office for Budget Responsibility", "she had missed them"],
        ),
        # controls: the adverbial after the subject or after the verb
        (
            "Madam Speaker, the Chancellor told this House in March that the rules were "
            "non-negotiable.",
            ["Chancellor", "the rules were non-negotiable"],
        ),
        (
            "The Office for Budget Responsibility said yesterday that she had missed them.",
            ["Office for Budget Responsibility", "she had missed them"],
        ),
    ],
)
def test_fronted_adverbial_before_the_subject(text: str, row: list[str]) -> None:
    assert rows(text, "speaker_name", "content") == [row]


# F. a pronoun after a capitalised office with "of"; a name with a title after a role


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The Leader of the Opposition said our policy had failed. He said prices would rise.",
            ["Leader of the Opposition", "Leader of the Opposition"],
        ),
        (
            "The Leader of the Opposition said our policy had failed. She said prices would rise.",
            ["Leader of the Opposition", "Leader of the Opposition"],
        ),
        # controls: the lower-case role; a body is no "he"
        (
            "The opposition leader said our policy had failed. He said prices would rise.",
            ["opposition leader", "opposition leader"],
        ),
        (
            "The Bank of England said rates would rise. He said prices would rise.",
            ["Bank of England", None],
        ),
    ],
)
def test_pronoun_after_an_office_with_of(text: str, names: list[str | None]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Its director, Dr. Maria Lopez, said the response was a model.", "Maria Lopez"),
        ("The lead author, Dr. Maria Lopez, said the response was a model.", "Maria Lopez"),
        (
            "Its Director-General, Dr. Tedros Adhanom Ghebreyesus, called the response "
            '"a model for the world."',
            "Tedros Adhanom Ghebreyesus",
        ),
        # controls: without the title, the title without its period, the name first
        ("Its director, Maria Lopez, said the response was a model.", "Maria Lopez"),
        ("Its director, Dr Maria Lopez, said the response was a model.", "Maria Lopez"),
        ("Dr. Maria Lopez, its director, said the response was a model.", "Maria Lopez"),
    ],
)
def test_titled_name_after_a_role(text: str, name: str) -> None:
    assert _names(text) == [name]

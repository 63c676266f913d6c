"""English who-said-what failures found by the seventeenth English blind audit (session 22),
each with its fix and control sentences that must not change. The tests of a fix failed on
the session's starting code (checked in an untouched worktree)."""

from __future__ import annotations

import pytest
from test_statements_helpers import top_rows

rows = top_rows


def _names(text: str) -> list[str | None]:
    """The speaker names of the top-level statements, None for a missing name."""
    return [n if isinstance(n, str) else None for (n,) in rows(text, "speaker_name")]


# A. a speech's form of address before a subject with an appositive name or a coordinated
# verb phrase


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Mr. President, the Director-General, Ngozi Okonjo-Iweala, warned that trade was "
            "in crisis.",
            "Ngozi Okonjo-Iweala",
        ),
        (
            "Excellencies, the chairperson, Mahmoud Ali Youssouf, has called for reform.",
            "Mahmoud Ali Youssouf",
        ),
        (
            "Mr Speaker, the Chancellor stood at the dispatch box and promised there would be "
            "no austerity.",
            "Chancellor",
        ),
        (
            "Madam Speaker, the Prime Minister, Keir Starmer, said that trade was in crisis.",
            "Keir Starmer",
        ),
        (
            "Ladies and gentlemen, the Secretary-General, António Guterres, has warned that "
            "the world is burning.",
            "António Guterres",
        ),
        # controls: no appositive name; a person with a title and an apposition; a list
        ("Mr Speaker, the Chancellor promised there would be no austerity.", "Chancellor"),
        ("Mr. Smith, the chairman, said that trade was in crisis.", "Smith"),
        ("Colleagues, friends and family said that he was kind.", "friends and family"),
    ],
)
def test_form_of_address_is_no_speaker(text: str, name: str) -> None:
    assert _names(text) == [name]


# B. a body whose name ends in a country's name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The wildfire has burned 12,000 hectares, according to Parks Canada.", "Parks Canada"),
        ("Transport Canada said the plane was safe.", "Transport Canada"),
        ("Air Canada said flights would resume.", "Air Canada"),
        ("Statistics Canada said inflation rose.", "Statistics Canada"),
        ("Save the Children Australia said children were at risk.", "Save the Children Australia"),
        # controls: the state alone, after a sentence adverb, in a body's name with "of"
        ("Canada said the plane was safe.", "Canada"),
        ("Even Canada said the plane was safe.", "Canada"),
        ("Meanwhile Canada said the plane was safe.", "Canada"),
        ("The Bank of Canada said rates would fall.", "Bank of Canada"),
        ("Save the Children said children were at risk.", "Save the Children"),
    ],
)
def test_body_named_after_a_state(text: str, name: str) -> None:
    assert _names(text) == [name]


# C. missed statements: "assured", "projected", "Some in this chamber say", "rejected the
# account", "said little of ... <verb>", an English company before a headline's colon


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "The minister assured reporters that every crossing had been eliminated.",
            ["minister", "assured", "every crossing had been eliminated"],
        ),
        (
            "I can assure the House that the figures are right.",
            [None, "assure", "the figures are right"],
        ),
        (
            "The Congressional Budget Office projected that interest costs would soar.",
            ["Congressional Budget Office", "projected", "interest costs would soar"],
        ),
        (
            "Some in this chamber say we should cut Social Security.",
            ["Some in this chamber", "say", "we should cut Social Security"],
        ),
        (
            "China's foreign ministry rejected the account.",
            ["China's foreign ministry", "rejected", "the account"],
        ),
        (
            "Abdulai said little of that money reaches the women.",
            ["Abdulai", "said", "little of that money reaches the women"],
        ),
        (
            "Prices have doubled, but Abdulai says little of that money reaches the women.",
            ["Abdulai", "says", "little of that money reaches the women"],
        ),
        # controls
        (
            "Now some lawmakers say we should cut Social Security.",
            ["lawmakers", "say", "we should cut Social Security"],
        ),
        (
            "Critics of the plan say it will fail.",
            ["Critics of the plan", "say", "it will fail"],
        ),
        (
            "Abdulai says that little of that money reaches the women.",
            ["Abdulai", "says", "little of that money reaches the women"],
        ),
    ],
)
def test_missed_statements(text: str, row: list) -> None:
    got = [
        [n if isinstance(n, str) else None, c, m]
        for n, c, m in rows(text, "speaker_name", "cue", "content")
    ]
    assert got == [row]


@pytest.mark.parametrize(
    "text",
    [
        "The treaty assured access to the sea.",
        "You can rest assured that we will win.",
        "We must assure that every child is safe.",
        "We rearmed to assure the continuation of that containment.",
        "The first need is to assure ourselves that the organization works.",
        "I assure you of our total support in all tasks that would facilitate your work.",
        "The museum projected images onto the walls.",
        "Interest costs are projected to soar.",
        "Swift has said little of her plans for the summer.",
        "Swift has said little about the reviews.",
        "Voters rejected the plan.",
    ],
)
def test_no_statement_controls(text: str) -> None:
    assert rows(text, "cue") == []


def test_company_before_a_headline_colon() -> None:
    text = (
        "Lufthansa: Strike will ground half of Thursday's flights\n\n"
        "Lufthansa said on Tuesday that the strike would ground half of its flights."
    )
    assert rows(text, "speaker_name", "kind") == [
        ["Lufthansa", "headline"],
        ["Lufthansa", "indirect"],
    ]


def test_topic_before_a_headline_colon_stays_a_topic() -> None:
    text = (
        "Drought: Hosepipe ban to start Friday\n\n"
        "The water company said on Tuesday that the ban would start Friday."
    )
    assert rows(text, "kind") == [["indirect"]]


# D. datelines: a place in capitals before a colon, a hyphenated place before a dash, a
# double hyphen after the agency


@pytest.mark.parametrize(
    ("text", "rows_"),
    [
        (
            "SANGRUR: Gurnam Singh, a wheat farmer, complained that centres had stopped "
            "buying grain.",
            [["Gurnam Singh", "indirect"]],
        ),
        (
            "SANGRUR: Gurnam Singh complained that centres had stopped buying grain.",
            [["Gurnam Singh", "indirect"]],
        ),
        (
            "KOLKATA: Chief minister Mamata Banerjee on Monday accused the Centre of bias.",
            [["Mamata Banerjee", "reported"]],
        ),
        # controls: a body before a headline's colon
        ("UN: Ceasefire must hold", [["United Nations", "headline"]]),
        ("UNICEF: Children are dying in Gaza.", [["UNICEF", "headline"]]),
    ],
)
def test_colon_dateline_is_no_headline(text: str, rows_: list) -> None:
    assert rows(text, "speaker_name", "kind") == rows_


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "PORT-AU-PRINCE — Gang violence has displaced 1.3 million people, according to the "
            "International Organization for Migration.",
            "Gang violence has displaced 1.3 million people",
        ),
        (
            "LONDON (Bloomberg) -- Diageo is exploring a sale, according to people familiar "
            "with the matter.",
            "Diageo is exploring a sale",
        ),
        # control: a place in one word
        (
            "SYDNEY — Qantas will retire its jets, according to the airline.",
            "Qantas will retire its jets",
        ),
    ],
)
def test_dateline_left_out_of_the_content(text: str, content: str) -> None:
    assert rows(text, "content") == [[content]]


# E. "tell whether" (to know) and "claim one" (to win) say nothing


@pytest.mark.parametrize(
    "text",
    [
        "It is too early to tell whether the decline will continue.",
        "Time will tell whether the tourists can regroup.",
        "About 3.2 million notes were printed, and collectors queued outside branches hoping "
        "to claim one.",
    ],
)
def test_tell_whether_and_claim_one_say_nothing(text: str) -> None:
    assert rows(text, "cue") == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("I cannot tell you whether he will come.", "tell"),
        ("She will tell the committee whether the plan works.", "tell"),
        ("The rebels claimed it was a victory.", "claimed"),
    ],
)
def test_tell_and_claim_controls(text: str, cue: str) -> None:
    assert rows(text, "cue") == [[cue]]

"""English who-said-what failures found in session 22 (the UN speeches and the fourteenth
English blind audit), each with its fix and control sentences that must not change. The
tests of a fix failed on the session's starting code (85cc55b, checked in a worktree)."""

from __future__ import annotations

import pytest
from test_statements_helpers import top_rows

rows = top_rows


# A. a body's name with "on" in it, and a body's report


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Committee on Foreign Affairs said in a statement that the vote would be delayed.",
            "Committee on Foreign Affairs",
        ),
        (
            "The Senate Committee on Armed Services said it would hold hearings.",
            "Senate Committee on Armed Services",
        ),
        (
            "The latest report of the Intergovernmental Panel on Climate Change warns that "
            "time is running out.",
            "Intergovernmental Panel on Climate Change",
        ),
        (
            "The annual report of the Bank of England said that growth had slowed.",
            "Bank of England",
        ),
    ],
)
def test_body_names_with_on_and_reports_of_bodies(text: str, name: str) -> None:
    assert rows(text, "speaker_name")[0] == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # controls: "of" in a body's name, a survey of people, a title with "for"
        ("The Ministry of Defence said two soldiers were injured.", "Ministry of Defence"),
        (
            "Minister for Europe Stephen Doughty said the talks would go on.",
            "Stephen Doughty",
        ),
    ],
)
def test_body_name_controls(text: str, name: str) -> None:
    assert rows(text, "speaker_name")[0] == [name]


# B. "thanked X for Y" and "complained about X": speech acts with an object


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She thanked voters for their trust.", ["reported", "thanked", "voters for their trust"]),
        (
            "Residents complained about the noise from the new highway.",
            ["reported", "complained", "the noise from the new highway"],
        ),
    ],
)
def test_thanked_and_complained_about_are_reported_acts(text: str, expected: list) -> None:
    assert rows(text, "kind", "cue", "content") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # an infinitive after a noun: no act ("no right to complain about terrorism")
        "Such countries have no right to complain about terrorism.",
        # "thanks to": no verb
        "Thanks to the new law, fewer people died on the roads.",
    ],
)
def test_thanked_and_complained_controls(text: str) -> None:
    assert rows(text, "cue") == []


# C. "blamed X for Y" and "apologised for X" (from the final audit, round 19)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mayor blamed the company for the delays.",
            ["reported", "blamed", "the company for the delays"],
        ),
        (
            "The airline apologised for the disruption.",
            ["reported", "apologised", "the disruption"],
        ),
    ],
)
def test_blamed_and_apologised_for_are_reported_acts(text: str, expected: list) -> None:
    assert rows(text, "kind", "cue", "content") == [expected]


def test_the_noun_blame_is_no_act() -> None:
    assert rows("The blame lies with the regulator.", "cue") == []


def test_a_surname_with_a_particle_takes_the_full_name() -> None:
    got = rows(
        'Dutch finance minister Peter De Vries said the budget was balanced. "We will not '
        'raise taxes," De Vries added.',
        "speaker_name",
    )
    assert got == [["Peter De Vries"], ["Peter De Vries"]]


def test_later_before_the_subject_is_no_part_of_it() -> None:
    got = rows("Later the Tory leader said she would vote against it.", "speaker_surface")
    assert got == [["the Tory leader"]]

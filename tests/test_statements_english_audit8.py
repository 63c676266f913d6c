"""English who-said-what failures of the eighth English blind audit (audit 20), each with
its fix and a control sentence that already worked: a role apposition before the name
whose head is capitalised ("The Senate's top Republican, John Thune,") or whose name has
the particle "do" or the article "al-" (E), a news agency's dateline before a description
that opens the sentence ("CHICAGO (AP) — A federal judge ..., saying", "BELÉM, Brazil —")
and a role and a name set off by commas after the message ("..., the Paris prosecutor,
Laure Beccuau, said") (H), the surname "May" (I), an indefinite or partitive speaker after
an inverted "said" ("said one purchasing manager at ...", "said a strategist at a City
bank, who ...") (F) and trailing material after a final attribution ("..., the ONS
announced, the first drop in five months", "said on Friday, though he stressed ...",
"said on Thursday as negotiators argued over ...") (G) and a headline whose subject is a
role noun and whose clause has no article ("Health secretary says strike offer was ...")
(K)."""

from __future__ import annotations

import pytest
from test_statements_helpers import top_rows, top_statements

found, rows = top_statements, top_rows


# E. a role apposition before the name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Senate's top Republican, John Thune, said Tuesday that Republicans would hold "
            "a vote in December.",
            [["John Thune", "said", "Republicans would hold a vote in December"]],
        ),
        (
            "The summit's president, André Corrêa do Lago, told delegates that time was "
            "running out.",
            [["André Corrêa do Lago", "told", "time was running out"]],
        ),
        (
            "Syria's foreign minister, Asaad al-Shaibani, wrote on X that the meeting had "
            "opened a new chapter.",
            [["Asaad al-Shaibani", "wrote", "the meeting had opened a new chapter"]],
        ),
        # controls: a lower-case role head and a plain name worked before
        (
            "The Senate's majority leader, John Thune, said Tuesday that Republicans would "
            "hold a vote in December.",
            [["John Thune", "said", "Republicans would hold a vote in December"]],
        ),
        (
            "The summit's president, Luiz da Silva, told delegates that time was running out.",
            [["Luiz da Silva", "told", "time was running out"]],
        ),
    ],
)
def test_role_apposition_before_name(text: str, expected: list) -> None:
    assert rows(text, "speaker_name", "cue", "content") == expected


def test_list_of_possessed_names_is_no_role() -> None:
    # control: a list of names keeps its first member as the subject
    got = rows("France, Germany, Italy, said they would back the plan.", "speaker_surface")
    assert got and got[0][0] != "Italy"


# H. datelines and "the ROLE, NAME, said" after the message


def test_dateline_before_description_subject() -> None:
    text = (
        "CHICAGO (AP) — A federal judge on Thursday barred agents from using tear gas, "
        "saying she had seen video evidence that contradicted the government's account."
    )
    got = rows(text, "speaker_surface", "cue")
    assert got == [["A federal judge", "saying"]]


def test_dateline_with_country_is_no_speaker() -> None:
    text = (
        "BELÉM, Brazil — The past 11 years were the warmest on record, the WMO said on "
        "Thursday as negotiators at the Cop30 climate summit argued over whether to include "
        "a roadmap."
    )
    speakers = [s for (s,) in rows(text, "speaker_surface")]
    assert "BELÉM" not in speakers
    assert "the WMO" in speakers


def test_dateline_control_without_country() -> None:
    text = "PARIS — Two more suspects have been charged over the theft, prosecutor Laure Beccuau said on Sunday."
    assert rows(text, "speaker_name", "cue") == [["Laure Beccuau", "said"]]


def test_dateline_with_date_still_read() -> None:
    # control: a dateline with a date after the place, as before
    text = "KYIV, Feb 12 (Reuters) - Ukrainian President Volodymyr Zelensky said the talks would go on."
    got = rows(text, "speaker_surface", "cue", "content")
    assert got == [["Ukrainian President Volodymyr Zelensky", "said", "the talks would go on"]]


@pytest.mark.parametrize(
    "text",
    [
        "Two more suspects have been charged over the theft, the Paris prosecutor, Laure "
        "Beccuau, said on Sunday.",
        "PARIS — Two more suspects have been charged over the theft, the Paris prosecutor, "
        "Laure Beccuau, said on Sunday, bringing the number of people facing charges to four.",
        # control: no role apposition
        "Two more suspects have been charged over the theft, Laure Beccuau said on Sunday.",
    ],
)
def test_role_and_name_after_message(text: str) -> None:
    assert rows(text, "speaker_name", "cue") == [["Laure Beccuau", "said"]]


# I. the surname "May"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Committee chair Cllr Paul May said the site was "simply the wrong place" for a '
            "development of that size.",
            "Paul May",
        ),
        ("Elizabeth May said she had received assurances on climate policy.", "Elizabeth May"),
        # control: a name that only starts with "May"
        (
            'Committee chair Cllr Paul Mayhew said the site was "simply the wrong place" for a '
            "development of that size.",
            "Paul Mayhew",
        ),
    ],
)
def test_surname_may(text: str, expected: str) -> None:
    assert rows(text, "speaker_name")[0][0] == expected


def test_modal_may_still_cut() -> None:
    # control: the modal after a lower-case subject is no part of the speaker
    got = rows("The ministry may say more about the plan later, officials said.", "speaker_surface")
    assert all("may" not in s.lower().split() for (s,) in got if s)


# F. indefinite or partitive speakers after an inverted "said"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"We are still living hand to mouth on chips," said one purchasing manager at a '
            "German supplier.",
            "one purchasing manager",
        ),
        (
            '"Today\'s numbers all but seal the deal," said a strategist at a City bank, who '
            "spoke on condition that his employer was not identified.",
            "a strategist",
        ),
        ('"We will fight on," said one of the organisers.', "one of the organisers"),
        # controls that worked before
        (
            '"Today\'s numbers all but seal the deal," said a strategist at a City bank.',
            "a strategist",
        ),
        (
            '"We are still living hand to mouth on chips," said a purchasing manager, who was '
            "not authorized to speak publicly.",
            "a purchasing manager",
        ),
    ],
)
def test_indefinite_speaker_after_said(text: str, expected: str) -> None:
    assert rows(text, "speaker_surface", "kind") == [[expected, "direct"]]


# G. trailing material after a final attribution


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Consumer prices rose by 3.6% in the year to October, the Office for National "
            "Statistics announced, the first drop in five months.",
            [["announced", "Consumer prices rose by 3.6% in the year to October"]],
        ),
        (
            "Inflation fell to 2%, the ONS said, the lowest level since 2021.",
            [["said", "Inflation fell to 2%"]],
        ),
        (
            "The bank is prepared to cut rates below zero, Chairman Martin Schlegel said on "
            "Friday, though he stressed that the hurdle was high.",
            [
                ["said", "The bank is prepared to cut rates below zero"],
                ["stressed", "the hurdle was high"],
            ],
        ),
        (
            "The past 11 years were the warmest on record, the WMO said on Thursday as "
            "negotiators at the summit argued over whether to include a roadmap.",
            [
                ["said", "The past 11 years were the warmest on record"],
                ["argued", "over whether to include a roadmap"],
            ],
        ),
        # controls that worked before
        (
            "The bank is prepared to cut rates below zero, Chairman Martin Schlegel said on "
            "Friday, adding that the hurdle was high.",
            [
                ["said", "The bank is prepared to cut rates below zero"],
                ["adding", "the hurdle was high"],
            ],
        ),
        (
            "The past 11 years were the warmest on record, the WMO said on Thursday as "
            "negotiators met in Belém.",
            [["said", "The past 11 years were the warmest on record"]],
        ),
    ],
)
def test_trailing_material_after_attribution(text: str, expected: list) -> None:
    assert rows(text, "cue", "content") == expected


def test_as_clause_subject_is_its_own() -> None:
    text = (
        "The past 11 years were the warmest on record, the WMO said on Thursday as "
        "negotiators at the summit argued over whether to include a roadmap."
    )
    got = rows(text, "speaker_surface", "cue")
    assert got[1] == ["negotiators at the summit", "argued"]


def test_noun_phrase_with_clause_after_attribution_kept() -> None:
    # control: a noun phrase with a clause of its own is not taken as a ranking apposition
    text = "The plan is dead, the minister said on Tuesday, and that was final."
    assert rows(text, "speaker_surface")[0][0] == "the minister"


# K. a headline with a role-noun subject and a clause without an article


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Health secretary says strike offer was 'final and fair'\n\nWes Streeting told the "
            "Commons on Monday that the union had walked away.",
            ["Health secretary", "says", "strike offer was 'final and fair'"],
        ),
        (
            "Ryanair boss says fares will rise next summer\n\nMichael O'Leary told reporters on "
            "Monday that costs had risen.",
            ["Ryanair boss", "says", "fares will rise next summer"],
        ),
        # control: a name subject worked before
        (
            "Streeting says strike offer was 'final and fair'\n\nWes Streeting told the Commons "
            "on Monday that the union had walked away.",
            ["Streeting", "says", "strike offer was 'final and fair'"],
        ),
    ],
)
def test_headline_role_subject(text: str, expected: list) -> None:
    assert rows(text, "speaker_surface", "cue", "content")[0] == expected


def test_headline_clause_only_in_first_line() -> None:
    # control: a sentence with a final mark is no headline; no "says" row for it
    text = "The plan was announced on Monday. Health secretary says strike offer was final."
    assert all(cue != "says" for (cue,) in rows(text, "cue"))


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the addressee of "told" ends before "to" and before a possessive
        (
            "China on Monday told its citizens to avoid travelling to Japan.",
            "to avoid travelling to Japan",
        ),
        (
            "The lawyer told the court her client felt betrayed by the police.",
            "her client felt betrayed by the police",
        ),
    ],
)
def test_the_addressee_of_told_ends_before_its_message(text, content):
    assert top_rows(text, "content") == [[content]]


def test_on_x_ends_a_sentence():
    # the platform X: before, "on X. Lawyers ... hailed the decision" was one sentence
    got = top_rows(
        '"We will appeal," Tricia McLaughlin wrote on X. Lawyers for the protesters hailed '
        "the decision.",
        "speaker_surface",
        "content",
    )
    assert got[0][0] == "Tricia McLaughlin"
    assert all("Lawyers" not in c for _, c in got)

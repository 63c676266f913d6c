"""English who-said-what failures of the twelfth English blind audit, each with its fix
and control sentences that must not change: evidence nouns and comparisons read as
speakers ("The figures suggest ...", "... than economists predicted") (A), a time phrase
of the act at the end of a reported object ("announced a plan ... on Tuesday") (B), the
subject of a participle after a main clause with a place ("A state court in Georgia ...
halted the law, saying ...") (C), "saying" before a clause that opens a quotation (D) and
the narrating participle "told through/from" after a noun (E)."""

from __future__ import annotations

import pytest
from test_statements_helpers import top_rows

rows = top_rows


# A. evidence nouns and comparisons are no speakers


def test_evidence_and_comparison_no_speaker() -> None:
    text = (
        "The figures suggest exports grew faster than economists predicted, said Tom Baker, "
        "an analyst at Lindon Bank."
    )
    assert rows(text, "speaker_surface", "cue", "content") == [
        [
            "Tom Baker",
            "said",
            "The figures suggest exports grew faster than economists predicted",
        ]
    ]


def test_comparison_no_speaker() -> None:
    text = "Exports grew faster than economists had predicted, the ministry said."
    assert rows(text, "speaker_surface", "cue", "content") == [
        ["the ministry", "said", "Exports grew faster than economists had predicted"]
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The findings suggested the ice sheet is thinning.",
        "The results suggest the new drug is safe.",
        "The new figures confirmed the economy had shrunk.",
    ],
)
def test_evidence_no_statement(text: str) -> None:
    assert rows(text, "cue") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # controls: a speaker's prediction, a plural speaker before "suggest"
        (
            "Analysts predicted that inflation would cool by the summer.",
            ["Analysts", "predicted", "inflation would cool by the summer"],
        ),
        (
            "Officials suggest the new rules are too strict.",
            ["Officials", "suggest", "the new rules are too strict"],
        ),
    ],
)
def test_speaker_controls(text: str, expected: list) -> None:
    assert rows(text, "speaker_surface", "cue", "content") == [expected]


# B. the time of the reported act is no part of its object


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Governor Lena Hart announced a $2 billion plan to expand rural broadband on Tuesday.",
            "a $2 billion plan to expand rural broadband",
        ),
        ("The nurses' union demanded a pay rise last week.", "a pay rise"),
        (
            "The airline announced a recall of its older jets Friday morning.",
            "a recall of its older jets",
        ),
        # controls: the object's own time, an infinitive's time, "until"
        ("The minister announced a summit in May.", "a summit in May"),
        ("The rebels promised to return on Monday.", "to return on Monday"),
        ("The army announced a ceasefire until Friday.", "a ceasefire until Friday"),
    ],
)
def test_time_of_the_act(text: str, content: str) -> None:
    assert rows(text, "kind", "content") == [["reported", content]]


# C. the subject of a participle after "NP in PLACE ... VERBED"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A state court in Georgia on Monday halted the new voting law, saying it was "
            "likely unconstitutional.",
            ["A state court in Georgia", "saying", "it was likely unconstitutional"],
        ),
        (
            "An appeals court in Ohio temporarily blocked the ban, writing that it likely "
            "violated the state constitution.",
            [
                "An appeals court in Ohio",
                "writing",
                "it likely violated the state constitution",
            ],
        ),
        # control: without the place it worked before
        (
            "A federal judge on Friday blocked the order, ruling that it was unlawful.",
            ["A federal judge", "ruling", "it was unlawful"],
        ),
    ],
)
def test_participle_subject(text: str, expected: list) -> None:
    assert rows(text, "speaker_surface", "cue", "content") == [expected]


# D. "saying" before a clause whose verb opens a quotation


def test_saying_before_quoted_verb() -> None:
    text = (
        'Rep. Dana Miles urged her colleagues to back the bill, saying farmers "cannot '
        'afford another delay."'
    )
    got = rows(text, "cue", "content")
    assert ["saying", 'farmers "cannot afford another delay."'] in got
    assert got[0][0] == "urged"


def test_saying_control() -> None:
    text = "Rep. Dana Miles urged her colleagues to back the bill, saying farmers could not wait."
    assert ["saying", "farmers could not wait"] in rows(text, "cue", "content")


# E. "told" as a participle of narrating


@pytest.mark.parametrize(
    "text",
    [
        "The novel, told through the letters of two sisters, spans three decades.",
        "The film, told from the point of view of a child, opens in Rome.",
    ],
)
def test_narrated_told(text: str) -> None:
    assert rows(text, "cue") == []


def test_told_control() -> None:
    text = "The minister told reporters in Rome that the talks had failed."
    assert rows(text, "cue", "content") == [["told", "the talks had failed"]]


# F. "according to" records that no body keeps are no speaker


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Home prices fell 2 percent in May, according to the data, the sharpest drop "
            "in a year.",
            [],
        ),
        (  # control: a body keeps the data
            "Home prices fell 2 percent in May, according to data from the National "
            "Association of Realtors.",
            [
                [
                    "data from the National Association of Realtors",
                    "Home prices fell 2 percent in May",
                ]
            ],
        ),
    ],
)
def test_according_to_records(text: str, expected: list) -> None:
    assert rows(text, "speaker_surface", "content") == expected


# G. a named subject before a colon and a quotation speaks


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Mayor Karen Bass was blunt: "We have run out of money."',
            [["Mayor Karen Bass", ":", "We have run out of money."]],
        ),
        (  # control: a thing before the colon speaks no quotation
            'The answer was simple: "Pay or leave."',
            [],
        ),
    ],
)
def test_colon_after_a_named_subject(text: str, expected: list) -> None:
    got = rows(text, "speaker_surface", "cue", "content")
    assert [[None if v != v else v for v in r] for r in got] == expected


# H. a second clause after the inserted cue clause is message too


def test_and_clause_after_the_cue_clause() -> None:
    text = (
        "The talks had stalled, the foreign minister admitted on Tuesday, and a new round "
        "was unlikely."
    )
    got = rows(text, "speaker_surface", "cue", "content")
    assert got[0][:2] == ["the foreign minister", "admitted"]
    assert got[0][2].endswith("a new round was unlikely")


def test_and_clause_control() -> None:
    got = rows("The talks had stalled, he said, and called for patience.", "cue", "content")
    assert got == [["said", "The talks had stalled"], ["called", "patience"]]

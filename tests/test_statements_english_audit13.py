"""English who-said-what failures of the thirteenth English blind audit, each with its fix
and control sentences that must not change: "rejected calls for" and "repeated" as an
adjective (A), a reporter's caveat or a second act of the subject at the end of a message
(B), speakers behind a participle opener, an abbreviation or a long anonymity clause (C),
a participle after a main clause whose subject speaks (D), a quotation answered "when
asked" (E) and a quoted programme title after "told" (F)."""

from __future__ import annotations

import pytest
from test_statements_helpers import top_rows

rows = top_rows


# A. "rejected calls for": the verb of stance, not the noun "calls"; "repeated" adjectives


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Spain's labour minister rejected calls for a shorter working week.",
            ["reported", "rejected", "calls for a shorter working week"],
        ),
        (
            "The ministry is rejecting demands for an independent inquiry.",
            ["reported", "rejecting", "demands for an independent inquiry"],
        ),
    ],
)
def test_rejected_calls_for(text: str, expected: list) -> None:
    assert rows(text, "kind", "cue", "content") == [expected]


def test_rejected_calls_then_participle() -> None:
    text = (
        "The finance minister rejected calls for a fuel tax cut, arguing that the budget "
        "had no room for it."
    )
    assert rows(text, "cue", "content") == [
        ["rejected", "calls for a fuel tax cut"],
        ["arguing", "the budget had no room for it"],
    ]


@pytest.mark.parametrize(
    "text",
    [
        "According to the complaint, the builder ignored repeated warnings about the roof.",
        "The club faced repeated complaints from its neighbours.",
        # controls: no statement before and after
        "Voters rejected the plan in a referendum.",
    ],
)
def test_repeated_adjective_no_statement(text: str) -> None:
    assert [r for r in rows(text, "cue") if r[0] in ("repeated", "rejected")] == []


def test_repeated_as_verb_stays() -> None:
    text = "The spokesman repeated that the talks would go on."
    assert rows(text, "cue", "content") == [["repeated", "the talks would go on"]]


# B. the message ends before the reporter's caveat and the subject's second act


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The army said on Monday that 14 fighters had been killed in the raid, a claim "
            "that could not be independently confirmed.",
            "14 fighters had been killed in the raid",
        ),
        (
            "Rebels said they had shot down two drones, which could not be verified.",
            "they had shot down two drones",
        ),
        (
            "Japan's foreign ministry said the flight was a clear provocation and lodged a "
            "formal protest with Beijing.",
            "the flight was a clear provocation",
        ),
        # controls: the speaker's own apposition, a second verb of the message's subject
        (
            "The ministry said 40 people had died, a figure that included 12 children.",
            "40 people had died, a figure that included 12 children",
        ),
        (
            "The police said the man had lodged a complaint.",
            "the man had lodged a complaint",
        ),
    ],
)
def test_message_end(text: str, content: str) -> None:
    assert rows(text, "content") == [[content]]


# C. the speaker behind an opener, an abbreviation or a long anonymity clause


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Speaking to the BBC's Today programme, Dr. Lena Ford, a virologist at the "
            "University of Bristol, said the new strain was no more dangerous.",
            "Dr. Lena Ford",
        ),
        (
            "A senior Arab diplomat, speaking on condition of anonymity because he was not "
            "allowed to discuss the matter publicly, said the sides were still far apart.",
            "A senior Arab diplomat",
        ),
        ('"We are hopeful," said one U.S. negotiator.', "one U.S. negotiator"),
        (
            '"We are hopeful," said a U.K. official familiar with the talks.',
            "a U.K. official familiar with the talks",
        ),
        ('"It is an odd finding," said lead author Dr. Ruth Banks.', "lead author Dr. Ruth Banks"),
        # control: a plain inverted speaker
        ('"We are hopeful," said a senior negotiator.', "a senior negotiator"),
    ],
)
def test_speaker(text: str, speaker: str) -> None:
    assert [r[0] for r in rows(text, "speaker_surface")][:1] == [speaker]


def test_quote_continuation_keeps_inverted_titled_speaker() -> None:
    text = '"It is an odd finding," said lead author Dr. Ruth Banks. "Nobody expected it."'
    assert rows(text, "speaker_surface", "content") == [
        ["lead author Dr. Ruth Banks", "It is an odd finding"],
        ["lead author Dr. Ruth Banks", "Nobody expected it."],
    ]


# D. a participle after a main clause: the main clause's speaker


def test_participle_after_main_clause() -> None:
    text = "The governor's office said the state would appeal, calling the verdict a mistake."
    assert rows(text, "speaker_surface", "cue", "content") == [
        ["The governor's office", "said", "the state would appeal"],
        ["The governor's office", "calling", "the verdict a mistake"],
    ]


# E. "when asked": the quotation before is the answer


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"Certainly not," a Treasury spokeswoman replied when asked whether taxes would rise.',
            ["direct", "a Treasury spokeswoman", "Certainly not"],
        ),
        (
            '"We will see," the coach said when asked about his future.',
            ["direct", "the coach", "We will see"],
        ),
        # control: a message after the verb
        (
            "The coach said he would stay.",
            ["indirect", "The coach", "he would stay"],
        ),
    ],
)
def test_when_asked(text: str, expected: list) -> None:
    assert rows(text, "kind", "speaker_surface", "content") == [expected]


# F. a quoted programme after "told" is the addressee, no quotation


def test_told_programme() -> None:
    text = 'Senator Ann Ross told "Meet the Press" that "the deal is dead."'
    assert rows(text, "kind", "cue", "content") == [["direct", "told", "the deal is dead."]]


def test_told_programme_indirect() -> None:
    text = 'Senator Ann Ross told "Face the Nation" that the deal was dead.'
    assert rows(text, "kind", "content") == [["indirect", "the deal was dead"]]


# G. more on infinitive messages, participles and colons


def test_background_as_clause_after_infinitive() -> None:
    text = (
        "Nurses are urging parents to book flu jabs before the winter, as hospital cases "
        "among toddlers reach a record high."
    )
    assert rows(text, "cue", "content") == [["urging", "to book flu jabs before the winter"]]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # controls: a comparison after "as", "as well as"
        ("The mayor urged residents to act, as soon as possible.", "to act, as soon as possible"),
        ("The mayor urged residents to act, as well as to donate.", "to act, as well as to donate"),
    ],
)
def test_as_comparison_stays(text: str, content: str) -> None:
    assert rows(text, "content") == [[content]]


def test_participle_takes_whole_subject() -> None:
    text = (
        "Officials at the National Hurricane Center warned residents to prepare for "
        "flooding, urging people in low-lying areas to leave before Friday."
    )
    assert rows(text, "speaker_surface", "cue") == [
        ["Officials at the National Hurricane Center", "warned"],
        ["Officials at the National Hurricane Center", "urging"],
    ]


def test_colon_after_a_place() -> None:
    text = (
        'Health Secretary Mark Dunn was blunt in his speech to nurses in Leeds: "There is '
        'no more money for pay rises."'
    )
    assert rows(text, "speaker_surface", "content") == [
        ["Health Secretary Mark Dunn", "There is no more money for pay rises."]
    ]


def test_colon_after_another_name_stays_unattributed() -> None:
    text = 'I was reminded of lines by the poet John Donne: "No man is an island."'
    got = rows(text, "speaker_surface", "content")
    assert [[isinstance(r[0], str), r[1]] for r in got] == [[False, "No man is an island."]]


# quotations that go on after their attribution; records after "according to"


def test_a_contraction_goes_on_with_the_quotation() -> None:
    text = '"We had our chances and missed them," coach Tim Baker said. "That\'s on me."'
    assert rows(text, "speaker_surface", "content") == [
        ["coach Tim Baker", "We had our chances and missed them"],
        ["coach Tim Baker", "That's on me."],
    ]


def test_a_split_quotation_with_a_noun_of_the_lexicon_in_its_cue_clause() -> None:
    text = '"The evidence," Judge Maria Lopez wrote in her ruling, "does not support the claim."'
    got = rows(text, "speaker_surface", "cue", "content")
    assert [r[:2] for r in got] == [["Judge Maria Lopez", "wrote"]]
    assert got[0][2].startswith("The evidence") and got[0][2].endswith("support the claim.")


def test_a_timeline_is_no_source() -> None:
    assert (
        rows(
            "The bridge will open in 2027, according to the city's construction timeline.",
            "speaker_surface",
        )
        == []
    )


# round 15: names after role words, company nouns, product recalls


def test_a_pronoun_names_the_person_after_a_role_word() -> None:
    text = (
        "Microsoft chief executive Satya Nadella took the stage in Seattle. He said the "
        "company would spend more on data centers."
    )
    assert rows(text, "speaker_surface", "speaker_name") == [["He", "Satya Nadella"]]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Nvidia reported record revenue. The chipmaker warned that rules could hurt sales.",
            "Nvidia",
        ),
        ("Pfizer cut its forecast. The drugmaker said demand had slowed.", "Pfizer"),
    ],
)
def test_a_company_noun_names_the_company_before(text: str, name: str) -> None:
    assert rows(text, "speaker_name") == [[name]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ford recalled 200,000 trucks over a faulty part.", []),
        ("The country refused to recall its ambassador.", []),
        ("She recalled that the talks had failed.", [["recalled", "the talks had failed"]]),
        (
            "I recall the 2019 decision of the Forum.",
            [["recall", "the 2019 decision of the Forum"]],
        ),
    ],
)
def test_recall_of_things_is_no_speech(text: str, expected: list) -> None:
    assert rows(text, "cue", "content") == expected


def test_a_claim_nobody_confirmed_ends_the_message() -> None:
    text = (
        "The rebels claimed they had shot down a drone near the border, a claim the army "
        "did not immediately confirm."
    )
    assert rows(text, "content") == [["they had shot down a drone near the border"]]


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ('Her memoir, "Tell Them I Said No," will be published in September.', 0),
        ('The resolution entitled "Building a Better Future" was adopted.', 0),
        # control: a person's words after "called"
        (
            'Thousands wrote to thank him for ending what one woman called "the stark terror '
            'of penniless, helpless old age."',
            1,
        ),
    ],
)
def test_the_title_of_a_work_is_no_quotation(text: str, n: int) -> None:
    assert len(rows(text, "content")) == n


def test_telling_reporters_and_a_clause_without_that() -> None:
    text = "Rollins visited Iowa, telling reporters it would open new markets."
    assert rows(text, "speaker_surface", "cue", "content") == [
        ["Rollins", "telling", "it would open new markets"]
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a bare weekday between the verb and "that"
            "The judge ruled Thursday that the new map was unlawful.",
            [["ruled", "the new map was unlawful"]],
        ),
        (  # an evidence noun before an apposition
            "The findings, published Wednesday in Nature, suggest that the ice is melting.",
            [],
        ),
        (  # admitted to a hospital
            "Its clinics have admitted more than 500 malnourished children this week.",
            [],
        ),
        ("The firm paid $5 million to resolve claims it overcharged clients.", []),
        ("The minister admitted that mistakes were made.", [["admitted", "mistakes were made"]]),
    ],
)
def test_round_15_senses_and_times(text: str, expected: list) -> None:
    assert rows(text, "cue", "content") == expected

"""English who-said-what failures of the eleventh English blind audit (audit 24), each with
its fix and a control sentence that already worked: speech-act verbs missing from the
lexicon ("defended the guidance", "hailed X as Y", "advised X to") (G3), a final
attribution with "familiar with the matter" after its subject (G5), spurious rows from
"declared X ... a saint", a negated "did not say when", a planned "is expected to ask" /
"will ask X to form a government" and a nickname in quotation marks inside a name (G1),
and content boundaries after "urged a return to" and before a final "spokesman X wrote on
X" (G4)."""

from __future__ import annotations

import pytest
from test_statements_helpers import top_rows

rows = top_rows


# G3. speech-act verbs missing from the lexicon


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Health Secretary Wes Streeting defended the guidance.",
            ["Health Secretary Wes Streeting", "defended", "the guidance", "reported"],
        ),
        (
            "The minister defended the measures as necessary.",
            ["The minister", "defended", "the measures as necessary", "reported"],
        ),
        (
            "President Maia Sandu hailed the outcome as a victory for the country's future in "
            "the European Union.",
            [
                "President Maia Sandu",
                "hailed",
                "the outcome as a victory for the country's future in the European Union",
                "reported",
            ],
        ),
        (
            'Environment minister Mary Creagh has hailed the releases as "nature recovery in '
            'action".',
            [
                "Environment minister Mary Creagh",
                "hailed",
                'the releases as "nature recovery in action"',
                "reported",
            ],
        ),
        (
            "Dr Helen Marchbank advised skywatchers to get away from city lights if they could.",
            [
                "Dr Helen Marchbank",
                "advised",
                "to get away from city lights if they could",
                "reported",
            ],
        ),
        # controls that worked before
        (
            "Dr Helen Marchbank urged skywatchers to get away from city lights if they could.",
            [
                "Dr Helen Marchbank",
                "urged",
                "to get away from city lights if they could",
                "reported",
            ],
        ),
        (
            "Culture Minister Rachida Dati defended the museum's staff.",
            ["Culture Minister Rachida Dati", "defended", "the museum's staff", "reported"],
        ),
    ],
)
def test_speech_act_verbs(text: str, expected: list) -> None:
    assert rows(text, "speaker_surface", "cue", "content", "kind") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "She hailed a taxi outside the station.",
        "He hails from Ohio.",
        "The minister hailed the deal.",
        "She advised the president on trade for years.",
        "We are advised that the bonds were just paid off in 2015.",
        "We respect and defend the rules that we developed.",
        "The champion defended his title in Paris.",
    ],
)
def test_no_speech_act(text: str) -> None:
    assert rows(text, "cue") == []


# G5. final attribution with "familiar with the matter"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The EBU has postponed a vote until December, sources familiar with the matter said.",
            [
                "sources familiar with the matter",
                "said",
                "The EBU has postponed a vote until December",
            ],
        ),
        (
            "The European Broadcasting Union, which organises the contest, has postponed a "
            "vote on Israel's participation until December, two sources familiar with the "
            "matter said.",
            [
                "two sources familiar with the matter",
                "said",
                "The European Broadcasting Union, which organises the contest, has postponed a "
                "vote on Israel's participation until December",
            ],
        ),
        (
            "The EBU has postponed a vote until December, two diplomats familiar with the "
            "matter said.",
            [
                "two diplomats familiar with the matter",
                "said",
                "The EBU has postponed a vote until December",
            ],
        ),
        # controls that worked before
        (
            "The EBU has postponed a vote until December, two sources said.",
            ["two sources", "said", "The EBU has postponed a vote until December"],
        ),
        (
            "The EBU has postponed a vote, people close to the talks said on Friday.",
            ["people close to the talks", "said", "The EBU has postponed a vote"],
        ),
    ],
)
def test_familiar_with_the_matter(text: str, expected: list) -> None:
    assert rows(text, "speaker_surface", "cue", "content") == [expected]


# G1. spurious rows


@pytest.mark.parametrize(
    "text",
    [
        "Pope Leo XIV on Sunday declared Carlo Acutis, a British-born teenager who died of "
        "leukemia in 2006, a saint of the Roman Catholic Church.",
        "Pope Leo XIV on Sunday declared Carlo Acutis a saint.",
        "President Petr Pavel is expected to ask Babiš to form a government.",
        "President Petr Pavel will ask Babiš to form a government.",
        "The government did not say when new elections would be held.",
        "The government has not said when new elections would be held.",
        "The government didn't say whether it would appeal.",
        # controls that worked before
        "Pope Leo XIV on Sunday canonised Carlo Acutis.",
        "President Petr Pavel is expected to appoint Babiš as prime minister.",
        "The government did not say when.",
    ],
)
def test_no_statement(text: str) -> None:
    assert rows(text, "cue") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'His opponent, former president Jorge "Tuto" Quiroga, conceded defeat late on Sunday.',
            ['Jorge "Tuto" Quiroga', "conceded", "defeat late on Sunday"],
        ),
        (
            'His opponent, former president Jorge "Tuto" Quiroga, said the count was fair.',
            ['Jorge "Tuto" Quiroga', "said", "the count was fair"],
        ),
        # controls that worked before
        (
            "His opponent, former president Jorge Quiroga, conceded defeat late on Sunday.",
            ["Jorge Quiroga", "conceded", "defeat late on Sunday"],
        ),
        (
            "The ministry did not say that the talks had failed.",
            ["The ministry", "say", "the talks had failed"],
        ),
        ("He declared the vote a fraud.", ["He", "declared", "the vote a fraud"]),
        ("I will ask the Congress to pass the bill.", ["I", "ask", "to pass the bill"]),
    ],
)
def test_speech_uses_stay(text: str, expected: list) -> None:
    assert rows(text, "speaker_surface", "cue", "content") == [expected]


# G4. content boundaries


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A spokesperson for the U.N. secretary-general urged a return to constitutional order.",
            ["urged", "a return to constitutional order"],
        ),
        (
            "A spokesperson for the U.N. urged a swift return to dialogue.",
            ["urged", "a swift return to dialogue"],
        ),
        # controls that worked before
        ("He urged the parties to return to dialogue.", ["urged", "to return to dialogue"]),
        ("He urged an end to hostilities.", ["urged", "an end to hostilities"]),
    ],
)
def test_urged_a_return(text: str, expected: list) -> None:
    assert rows(text, "cue", "content") == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The committee placed politics over peace, spokesman Steven Cheung wrote on X.",
            [["spokesman Steven Cheung", "wrote", "The committee placed politics over peace"]],
        ),
        (
            "The committee placed politics over peace, spokesman Steven Cheung posted on X.",
            [["spokesman Steven Cheung", "posted", "The committee placed politics over peace"]],
        ),
        (
            "The White House criticized the committee for placing politics over peace, "
            "spokesman Steven Cheung wrote on X.",
            [
                [
                    "spokesman Steven Cheung",
                    "wrote",
                    "The White House criticized the committee for placing politics over peace",
                ],
                [
                    "The White House",
                    "criticized",
                    "the committee for placing politics over peace",
                ],
            ],
        ),
        (
            "He urged restraint, the ministry said on Monday.",
            [
                ["the ministry", "said", "He urged restraint"],
                ["He", "urged", "restraint"],
            ],
        ),
        # controls that worked before
        (
            "The committee placed politics over peace, Cheung wrote on X.",
            [["Cheung", "wrote", "The committee placed politics over peace"]],
        ),
        (
            "The committee placed politics over peace, spokesman Steven Cheung said on X.",
            [["spokesman Steven Cheung", "said", "The committee placed politics over peace"]],
        ),
    ],
)
def test_final_attribution_on_x(text: str, expected: list) -> None:
    assert rows(text, "speaker_surface", "cue", "content") == expected


@pytest.mark.parametrize(
    "text",
    [
        "The results were strong, the company posted on Monday.",
        "The shares fell, the company posted a loss.",
    ],
)
def test_posted_no_statement(text: str) -> None:
    assert rows(text, "cue") == []

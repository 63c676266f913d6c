"""English who-said-what failures found by the fifteenth English blind audit (session 22),
each with its fix and control sentences that must not change. The tests of a fix failed on
the session's starting code (checked in an untouched worktree)."""

from __future__ import annotations

import pytest
from test_statements_helpers import top_rows, top_statements

rows = top_rows


# A. a split quotation around its cue clause: one statement, two content spans (by design,
# as in German)


def test_split_quotation_is_one_statement_with_two_spans() -> None:
    text = '"If the council had listened," said Derek Amos, "the shops would be open."'
    st = top_statements(text)
    assert st["speaker_name"].tolist() == ["Derek Amos"]
    assert st["content_spans"].tolist() == ["1-28;49-73"]


# B. speaker names: short titles, occupations, the body after a name, "Yet", an inverted
# possessive, "But" before an apposition


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Gov. JB Pritzker said the budget was balanced.", "JB Pritzker"),
        ("Illinois Gov. JB Pritzker said the budget was balanced.", "JB Pritzker"),
        ("Sen. Elizabeth Warren said the bill was flawed.", "Elizabeth Warren"),
        ("Lt. Gen. Mark Smith said the troops would stay.", "Mark Smith"),
        ("Supt. Mary Clark said the inquiry continued.", "Mary Clark"),
        (
            "Detective Inspector Sarah Finch of Avon Police said the death was an accident.",
            "Sarah Finch",
        ),
        ("Sarah Finch of Avon Police said the death was an accident.", "Sarah Finch"),
        ("Sculptor Antony Gormley said he had turned down the commission.", "Antony Gormley"),
        (
            "Ukraine will get more missiles, said Germany's defence ministry.",
            "Germany's defence ministry",
        ),
        ("But his barrister, Kirsty Lamb, insisted that he was innocent.", "Kirsty Lamb"),
        ("Yet the emitters said that their hands were tied.", "emitters"),
        ("Yet the largest emitters insist that their hands are tied.", "largest emitters"),
    ],
)
def test_speaker_names_without_titles_and_openers(text: str, name: str) -> None:
    assert rows(text, "speaker_name") == [[name]]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # controls: a body's name with "of", a long title, a role word, a body after "'s"
        ("The Bank of England said rates would stay on hold.", "Bank of England"),
        ("The Duke of Sussex said he was saddened.", "Duke of Sussex"),
        ("Secretary of State Marco Rubio said the talks would resume.", "Marco Rubio"),
        ("Governor Kathy Hochul said the state would appeal.", "Kathy Hochul"),
        ("Amnesty International said the trial was unfair.", "Amnesty International"),
        (
            "Germany's defence ministry said Ukraine will get more missiles.",
            "Germany's defence ministry",
        ),
        ("His barrister, Kirsty Lamb, insisted that he was innocent.", "Kirsty Lamb"),
        ("But the union said the strike would go ahead.", "union"),
    ],
)
def test_speaker_name_controls(text: str, name: str) -> None:
    assert rows(text, "speaker_name") == [[name]]


# C. definite descriptions of a body after a dateline and after a club or utility


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "LONDON (Reuters) - Reckitt announced on Thursday that it would cut 4,000 jobs. "
            "The company said most of the losses would fall in Europe.",
            "Reckitt",
        ),
        ("Celtic said the scout had left. The club added that it was grateful.", "Celtic"),
        ("Hydro One said power was out. The utility said crews were coming.", "Hydro One"),
    ],
)
def test_body_descriptions_refer_back(text: str, name: str) -> None:
    assert rows(text, "speaker_name")[-1] == [name]


@pytest.mark.parametrize(
    "text",
    [
        # controls: no body spoke before the club or the utility
        "Fans gathered outside the ground on Sunday. The club said the match would go ahead.",
        "Storm Darragh brought down power lines. The utility said crews were coming.",
    ],
)
def test_club_without_speaker_before_stays(text: str) -> None:
    assert rows(text, "speaker_name")[-1] in (["club"], ["utility"])


# D. content boundaries: an addressee with "aboard", a name in a phrase before "that", a
# time before an infinitive, a clause of another subject after a reported object


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Marco Rubio told reporters aboard his plane that sanctions would be lifted.",
            "sanctions would be lifted",
        ),
        (
            "Antony Gormley said in an interview with The New York Times that he had turned "
            "down the commission.",
            "he had turned down the commission",
        ),
        ("The rebels claimed on Sunday to have captured the town.", "to have captured the town"),
        ("Sussan Ley criticised the laws, and the Greens also attacked the bill.", "the laws"),
    ],
)
def test_content_boundaries(text: str, content: str) -> None:
    assert rows(text, "content") == [[content]]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # controls
        (
            "Marco Rubio told reporters on Monday that sanctions would be lifted.",
            "sanctions would be lifted",
        ),
        (
            "Antony Gormley said in an interview with Reuters that he had turned down the commission.",
            "he had turned down the commission",
        ),
        ("The rebels claimed to have captured the town.", "to have captured the town"),
        ("Sussan Ley criticised the laws on Monday.", "the laws"),
        (
            "Amnesty called for a ceasefire, and the release of hostages held by Hamas.",
            "a ceasefire, and the release of hostages held by Hamas",
        ),
    ],
)
def test_content_boundary_controls(text: str, content: str) -> None:
    assert rows(text, "content") == [[content]]


# E. a that-clause after a long adjunct, and after a participle's addressee and a place


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Residents complained at a packed council meeting on Wednesday that repairs had "
            "been delayed.",
            "repairs had been delayed",
        ),
        (
            "Residents complained on Wednesday at a packed council meeting that repairs had "
            "been delayed.",
            "repairs had been delayed",
        ),
        (
            "Keir Starmer ruled out the plan, telling business leaders in Birmingham that it "
            "would tie our hands.",
            "it would tie our hands",
        ),
    ],
)
def test_that_clause_after_adjuncts(text: str, content: str) -> None:
    assert rows(text, "content") == [[content]]


# F. false positives: "claim" a prize, "can tell" a thing, a topic before a headline colon,
# a negative subject, a relative clause with a stranded preposition


@pytest.mark.parametrize(
    "text",
    [
        "Sinner beat Zverev to claim his fourth title.",
        "The storm claimed 12 lives.",
        "Experts can tell the age of a tree by counting its rings.",
        "Drought: Hosepipe ban to start Friday",
        "We believe him now, because the seas he warned about are at our doorstep.",
        "No American should ever have to write that letter.",
        "No one can deny that the planet is getting hotter.",
    ],
)
def test_no_statement(text: str) -> None:
    assert rows(text, "cue") == []


def test_negated_statement_inside_quotation() -> None:
    text = '"It is not evidence of life, and nobody should say that it is," she said.'
    assert rows(text, "kind", "cue") == [["direct", "said"]]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # controls: a claim with a clause, telling someone, a named speaker before a colon,
        # a plain "warned of", "no one" inside the message
        ("He claimed the title was his.", "claimed"),
        ("I can tell you that we are strong enough.", "tell"),
        ("Starmer: We will not rejoin the customs union", ":"),
        ("Officials warned of a recession.", "warned"),
        ("The minister said no one was hurt.", "said"),
    ],
)
def test_statement_controls(text: str, cue: str) -> None:
    assert [r[0] for r in rows(text, "cue")] == [cue]

"""English and international given names in the bundled list
(``resources/actors/given_names.txt``): a listed name before a capitalised word names a person,
which resolves a later "she"/"he" to that person (not to a body quoted in between) and strips an
occupation word before the name. The tests of the new names failed before they were listed;
the controls (common words, places and firms that look like given names, left out of the list)
must not change."""

from __future__ import annotations

import pandas as pd
import pytest
from test_statements_helpers import top_rows

rows = top_rows


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Aoife Brennan won the prize. She pledged to donate the money.", "Aoife Brennan"),
        ("Derek Mackay resigned on Thursday. He said he was sorry.", "Derek Mackay"),
        ("Kirsty Blackman spoke in the debate. She said the cuts were cruel.", "Kirsty Blackman"),
        ("Kemi Badenoch gave a speech. She said the party must change.", "Kemi Badenoch"),
        ("Deborah Meaden invested in the firm. She said it was a bargain.", "Deborah Meaden"),
        ("Amani Otieno lost her home. She said the aid never came.", "Amani Otieno"),
        ("Siobhan McSweeney grew up in Cork. She said the town had changed.", "Siobhan McSweeney"),
        ("Rahul Mehta opened a shop in Leeds. He said business was slow.", "Rahul Mehta"),
        ("Ngozi Okafor runs a clinic in Lagos. She said the drugs ran out.", "Ngozi Okafor"),
        (
            "Oleksandr Petrenko fled Kharkiv. He said the shelling never stopped.",
            "Oleksandr Petrenko",
        ),
        ("Yasmin Haddad teaches in Beirut. She said the school had no power.", "Yasmin Haddad"),
        (
            "Chloe Baxter, a nurse, was at the scene. She said the ambulance took an hour.",
            "Chloe Baxter",
        ),
    ],
)
def test_pronoun_resolves_to_a_person_with_a_new_given_name(text: str, name: str) -> None:
    assert rows(text, "speaker_name")[-1] == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # "she" after a body's statement: the woman, not the council
        (
            "Margaret Ellison runs the post office. The council says the branch will close. "
            "She says she has no idea what comes next.",
            "Margaret Ellison",
        ),
        (
            "Priya Sharma runs a pharmacy in Leicester. The council said the street would close. "
            "She said the shop would suffer.",
            "Priya Sharma",
        ),
        (
            "Gareth Evans coaches the local team. The club said the pitch was flooded. "
            "He said the match would go ahead.",
            "Gareth Evans",
        ),
    ],
)
def test_pronoun_skips_a_body_for_a_person_with_a_new_given_name(text: str, name: str) -> None:
    got = rows(text, "speaker_name")
    assert len(got) == 2 and got[1] == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Farmer Gareth Hughes said the harvest was ruined.", "Gareth Hughes"),
        ("Novelist Chimamanda Adichie said the book took years.", "Chimamanda Adichie"),
        ("Plumber Derek Mills said the pipes were old.", "Derek Mills"),
        ("Teacher Siobhan Kelly said the school was cold.", "Siobhan Kelly"),
    ],
)
def test_occupation_word_before_a_new_given_name_is_stripped(text: str, name: str) -> None:
    assert rows(text, "speaker_name") == [[name]]


@pytest.mark.parametrize(
    "text",
    [
        # controls: firms, places and streets whose first word is also a given name (left out
        # of the list as a common word or place) stay no person
        "Georgia Power raised its prices. She said the bills were too high.",
        "Grace Church opened its doors on Sunday. She said everyone was welcome.",
        "Paddy Power cut the odds on Friday. She said the bet was safe.",
        "Hope Street was closed for hours. She said the fire started at night.",
        "Gordon Street was closed for hours. She said the fire started at night.",
        "Chelsea Football Club sacked the coach. She said the decision was wrong.",
        "Victoria Station was evacuated. She said the alarm went off at noon.",
        "Carol Service tickets sold out. She said the choir had rehearsed for weeks.",
    ],
)
def test_name_like_words_stay_no_person(text: str) -> None:
    got = rows(text, "speaker_surface", "speaker_name")
    assert len(got) == 1 and got[0][0] == "She" and pd.isna(got[0][1])


def test_body_stays_the_speaker() -> None:
    # control: a regiment named after a person is no person
    text = "The Gordon Highlanders marched. The regiment said it was proud."
    assert rows(text, "speaker_name") == [["regiment"]]

"""English who-said-what failures of the sixth English blind audit (session 18), each with
its fix: the ``speaker_name`` of pronouns and descriptions (F), an apposition without an
article before the verb (A), a quotation before an apposition and its verb (B), a name
after an inverted verb and a role word (C), surnames in "-ly" (D), a name with particles
after a description (E), the start of a message without "that" (G), participles without
"that" (H), the subject of a second verb after a capitalised modifier (I), "was quoted as
saying" after a heavy subject (J) and no statement for "said little about", "asking since"
or a passive in a fronted clause (K)."""

from __future__ import annotations

import pytest
from test_statements_helpers import top_rows, top_statements

found, rows = top_statements, top_rows


# F. the speaker_name of pronouns and descriptions


def test_f_a_name_as_a_modifier_is_no_antecedent():
    # before: Donald Trump ("the Trump administration")
    text = (
        "Gov. Gavin Newsom signed a law setting up a fight with the Trump administration. "
        '"This is not a police state," the Democrat said.'
    )
    assert rows(text, "speaker_name") == [["Gavin Newsom"]]


def test_f_no_antecedent_inside_the_participle_clause_of_the_pronoun():
    # before: Chuck Schumer
    text = (
        "Asked whether Trump would meet Senate Minority Leader Chuck Schumer, she said: "
        '"Not at this time."'
    )
    got = found(text)
    assert got["speaker_surface"].tolist() == ["she"]
    assert got["speaker_name"].isna().all()


def test_f_the_one_who_replies_is_not_the_one_who_asked():
    # before: Liam Byrne for "he replied"
    text = (
        "The committee's chair, Liam Byrne, asked him whether staff would be paid more. "
        '"That is my ambition," he replied.'
    )
    got = found(text).iloc[-1]
    assert got["cue"] == "replied"
    assert got["speaker_name"] is None or got["speaker_name"] != got["speaker_name"]  # NA


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Keir Starmer spoke in the Commons. Sir Keir said the Tories had left a mess.",
            "Keir Starmer",
        ),
        (
            "Woody Allen, who directed her in several films, told Variety she was brilliant. "
            '"Her laugh could fill a room," the film-maker said.',
            "Woody Allen",
        ),
        (
            'Sarina Wiegman said her side were ready. "We were lucky," the Dutch coach said.',
            "Sarina Wiegman",
        ),
        (
            "The Metropolitan Police dismissed an officer. "
            "The force said it had referred the case to the IOPC.",
            "Metropolitan Police",
        ),
    ],
)
def test_f_descriptions_and_titles_refer_back(text, expected):
    # before: "Keir", "film-maker", "Dutch coach", "force"
    assert rows(text, "speaker_name")[-1] == [expected]


# A. an apposition without an article before the verb


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kate Nicholls, chair of UKHospitality, said another tax would hurt the sector.",
            [["Kate Nicholls", "said", "another tax would hurt the sector"]],
        ),
        (
            "Dr Jack Fletcher, chair of the BMA's resident doctors committee, told the BBC: "
            '"We don\'t want to be on picket lines."',
            [["Jack Fletcher", "told", "We don't want to be on picket lines."]],
        ),
        (
            "Jeanne Shaheen, one of eight Democrats, said the deal was good.",
            [["Jeanne Shaheen", "said", "the deal was good"]],
        ),
        (
            "Sen. Jeanne Shaheen, one of eight Democrats, said it was good.",
            [["Jeanne Shaheen", "said", "it was good"]],
        ),
    ],
)
def test_a_apposition_without_article(text, expected):
    # before: the name and apposition as the content; "the BBC" as the speaker
    assert rows(text, "speaker_name", "cue", "content") == expected


# B. a quotation, then an apposition before the verb


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"This is a win for the rule of law," Oregon\'s attorney general, Dan Rayfield, '
            "said in a statement.",
            [["direct", "Dan Rayfield", "said", "This is a win for the rule of law"]],
        ),
        (
            '"We see risks," Emily Field, an analyst at Barclays, wrote.',
            [["direct", "Emily Field", "wrote", "We see risks"]],
        ),
        (
            '"You targeted a place of worship," U.S. District Judge Laura Perrine told the '
            "defendant, Jason Hardy, 38.",
            [["direct", "Laura Perrine", "told", "You targeted a place of worship"]],
        ),
    ],
)
def test_b_quotation_before_an_apposition(text, expected):
    # before: no speaker, and "in a statement" or "Jason Hardy, 38" as a message
    assert rows(text, "kind", "speaker_name", "cue", "content") == expected


# C/I. a capitalised modifier before a role word and a name


def test_c_inverted_verb_before_a_modifier_and_a_role_word():
    # before: "Arsenal"
    text = '"We were lucky," said Arsenal boss Mikel Arteta.'
    assert rows(text, "speaker_name") == [["Mikel Arteta"]]


def test_i_second_verb_after_a_capitalised_modifier():
    # before: "Shadow" for "predicted"
    text = (
        "Shadow chancellor Mel Stride told Sky News the Budget was a tax raid and predicted "
        "that growth would suffer."
    )
    assert rows(text, "speaker_name", "cue") == [
        ["Mel Stride", "told"],
        ["Mel Stride", "predicted"],
    ]


# D. surnames in "-ly"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ms Kressly said the change was dangerous.", "Kressly"),
        ("Sarah Mullally said she wanted the church to change.", "Sarah Mullally"),
        ('Mullally told BBC Radio 4: "I know there are people who feel let down."', "Mullally"),
        (
            '"This is misinformation," said Dr Susan Kressly, president of the academy.',
            "Susan Kressly",
        ),
    ],
)
def test_d_surnames_in_ly(text, expected):
    # before: "Ms" (None), "Sarah", None, "Susan"
    assert rows(text, "speaker_name") == [[expected]]


# E. a description, then a name with particles or after a capitalised title


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The director of the Louvre, Laurence des Cars, said that security failed.",
            "Laurence des Cars",
        ),
        (
            "The Archbishop of Canterbury-designate, Sarah Mullaney, has said she wants the "
            "church to change.",
            "Sarah Mullaney",
        ),
    ],
)
def test_e_name_in_apposition_after_a_description(text, expected):
    # before: "director of the Louvre", "Archbishop of Canterbury-designate"
    assert rows(text, "speaker_name") == [[expected]]


# G. where the message starts without "that"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Simon Ashby told the court his client was deeply ashamed.",
            "his client was deeply ashamed",
        ),
        (
            "Colette Kress told analysts the company expected margins to remain in the mid-70% range.",
            "the company expected margins to remain in the mid-70% range",
        ),
        (
            "Goldman Sachs said in a note it still expected prices to average $56 next year.",
            "it still expected prices to average $56 next year",
        ),
        (
            "Chuck Schumer told colleagues in a private meeting he would vote against it.",
            "he would vote against it",
        ),
        (
            "According to a senior Democratic aide, Senate Minority Leader Chuck Schumer told "
            "colleagues in a private meeting he would vote against it.",
            "he would vote against it",
        ),
        (
            "Professor Susan Hopkins told the Health and Social Care Committee on Tuesday that "
            "admissions were rising.",
            "admissions were rising",
        ),
        (
            "Amazon plans to cut about 14,000 jobs, the company said on Tuesday, as it leans on AI.",
            "Amazon plans to cut about 14,000 jobs",
        ),
    ],
)
def test_g_message_start_without_that(text, expected):
    # before: "was deeply ashamed", "to remain ...", "in a note it ...", "in a private
    # meeting he ...", "According to a senior Democratic aide", "Care Committee on
    # Tuesday that ...", "on Tuesday, as it leans on AI"
    assert rows(text, "content") == [[expected]]


def test_g_told_clause_is_indirect():
    text = (
        "Colette Kress told analysts the company expected margins to remain in the mid-70% range."
    )
    assert rows(text, "kind") == [["indirect"]]


# H. participles without "that"


def test_h_insisting_without_that():
    # before: no row for "insisting"
    text = (
        "Régis Le Bris said his team had deserved a point, insisting the winner should have "
        "been ruled out."
    )
    assert rows(text, "speaker_name", "cue", "content")[-1] == [
        "Régis Le Bris",
        "insisting",
        "the winner should have been ruled out",
    ]


def test_h_telling_with_a_colon():
    # before: a quotation without speaker or cue
    text = 'Patel hit back, telling the committee: "I will not apologize."'
    assert rows(text, "kind", "speaker_name", "cue", "content") == [
        ["direct", "Patel", "telling", "I will not apologize."]
    ]


# J. "was quoted as saying" after a subject with appositions


def test_j_quoted_as_saying_after_appositions():
    # before: "was quoted as"
    text = (
        "A neighbour, who gave only her first name, Sandra, was quoted as saying the flames "
        'were "taller than the houses".'
    )
    assert rows(text, "speaker_surface", "cue") == [["A neighbour", "saying"]]


# K. no statement


@pytest.mark.parametrize(
    "text",
    [
        "Swift has said little about the reviews.",
        "That is the question investors have been asking since shares in Oracle fell.",
    ],
)
def test_k_no_statement(text):
    # before: Swift/said/"little about the reviews", That/asking/"since shares ..."
    assert found(text).empty


def test_k_nothing_before_a_clause_is_still_a_message():
    assert rows("Swift has said nothing would change.", "content") == [["nothing would change"]]


def test_k_passive_in_a_fronted_clause_is_no_statement():
    # before: also None/announced/'Mullaney told BBC Radio 4: "..."'
    text = (
        "In her first interview since her appointment was announced, Mullaney told BBC "
        'Radio 4: "I know there are people who feel let down."'
    )
    assert rows(text, "speaker_name", "cue") == [["Mullaney", "told"]]


def test_k_asking_that_the_name_not_be_used_is_no_statement():
    # before: "one Amazon"/asking/"his name not be used"
    text = '"Morale is terrible," one Amazon engineer said, asking that his name not be used.'
    assert rows(text, "cue") == [["said"]]

"""English who-said-what failures of the seventh English blind audit (audit 19), each with
its fix and a control sentence that already worked: an apposition without an article or
a participle phrase between the name and the verb (A), a second verb joined by "and" (B),
the cue verbs "interjected", "put it", "pleaded" and "urged" with an addressee after a
quotation (C), a relative clause with a verb of saying before the main verb (D), no
statement for "when asked for comment", "a deal announced at" or "said he had asked for"
(E), the body a role noun refers to (F), a time phrase after the attribution (G), "warned
of" and a quoted word (H), "and" inside the name of a body (I) and a fronted question
clause that ends in a quoted word before "smiled and said" (J)."""

from __future__ import annotations

import pytest
from test_statements_helpers import top_rows, top_statements

found, rows = top_statements, top_rows


# A. an apposition without an article, or a participle phrase, between the name and the verb


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sanjay Raja, chief UK economist at Deutsche Bank, said in a note that a move next "
            "month remained a coin flip.",
            [["Sanjay Raja", "said", "a move next month remained a coin flip"]],
        ),
        (
            "Analysts at Morgan Stanley, led by Keith Weiss, wrote in a note that worries about "
            "a bubble were overdone.",
            [["Analysts at Morgan Stanley", "wrote", "worries about a bubble were overdone"]],
        ),
    ],
)
def test_a_apposition_without_article_or_participle(text, expected):
    # before: the name and its apposition as the content
    assert rows(text, "speaker_name", "cue", "content") == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            '"We are not going away," one of them, Haley Robson, said outside the Capitol.',
            "Haley Robson",
        ),
        (
            '"I was stuck between stops for 50 minutes," commuter Sarah Whitfield, 29, told the '
            "Manchester Evening News.",
            "Sarah Whitfield",
        ),
        (
            '"I was stuck between stops for 50 minutes," commuter Sarah Whitfield, 29, said.',
            "Sarah Whitfield",
        ),
    ],
)
def test_a_quotation_then_a_described_name_and_appositions(text, name):
    # before: an indirect row with the quotation and the name as content; the newspaper or
    # the quotation itself as the speaker
    got = found(text)
    assert got["kind"].tolist() == ["direct"]
    assert got["speaker_name"].tolist() == [name]


def test_a_control_apposition_with_article():
    text = (
        "Sanjay Raja, the chief UK economist at Deutsche Bank, said in a note that a move next "
        "month remained a coin flip."
    )
    assert rows(text, "speaker_name", "content") == [
        ["Sanjay Raja", "a move next month remained a coin flip"]
    ]


# B. a second verb phrase joined by "and"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Michael Vaughan said the tourists had been naive and questioned their preparation.",
            "the tourists had been naive",
        ),
        (
            "Donald Trump said the agreement would make the drugs cheaper and praised David Ricks.",
            "the agreement would make the drugs cheaper",
        ),
    ],
)
def test_b_second_verb_of_the_speaker_ends_the_message(text, content):
    # before: the second verb phrase inside the content; a second verb of saying may give
    # a row of its own ("... and praised David Ricks": "praised", audit 23)
    assert rows(text, "content")[0] == [content]


def test_b_present_says_after_and_is_a_statement_of_its_own():
    # before: one "denied" row whose content ran on into "and says reports ..."
    text = (
        "The RSF has denied targeting civilians and says reports of atrocities have been "
        "exaggerated."
    )
    assert rows(text, "speaker_name", "cue", "content") == [
        ["RSF", "denied", "targeting civilians"],
        ["RSF", "says", "reports of atrocities have been exaggerated"],
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Michael Vaughan said the tourists had been naive and that the preparation was poor.",
            [["said", "the tourists had been naive and that the preparation was poor"]],
        ),
        (
            # (since session 22 "thanked" is a speech act of its own)
            "Lisa Nandy thanked Davie for his service and said the corporation must now restore "
            "trust.",
            [
                ["thanked", "Davie for his service"],
                ["said", "the corporation must now restore trust"],
            ],
        ),
    ],
)
def test_b_control_coordinated_that_clause_and_said(text, expected):
    assert rows(text, "cue", "content") == expected


# C. cue verbs the lexicon did not know, and "urged" with an addressee after a quotation


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"We agree on a lot," Mr. Trump told reporters. Mr. Mamdani interjected: '
            '"I have explained my views."',
            ["Mr. Mamdani", "interjected", "I have explained my views."],
        ),
        (
            'Dr Farah Ahmed, a GP in Bradford, put it more simply: "My patients want cheap food."',
            ["Dr Farah Ahmed", "put", "My patients want cheap food."],
        ),
        (
            '"Please, I am begging you, stay indoors," Andrew Holness urged residents in a radio '
            "address.",
            ["Andrew Holness", "urged", "Please, I am begging you, stay indoors"],
        ),
        ('"Stay indoors," Andrew Holness pleaded.', ["Andrew Holness", "pleaded", "Stay indoors"]),
    ],
)
def test_c_new_cue_verbs(text, expected):
    # before: no cue (the quotation given to the speaker before, or to nobody), or
    # "residents in a radio address" as the message of "urged"
    assert rows(text, "speaker_surface", "cue", "content")[-1] == expected


@pytest.mark.parametrize(
    "text",
    [
        "He pleaded guilty to fraud.",
        "She put it on the table.",
        "To put it simply: the plan failed.",
        "She answered the call.",
    ],
)
def test_c_no_statement_for_other_senses(text):
    assert found(text).empty


def test_c_control_urged_with_infinitive():
    text = '"Please, stay indoors," Andrew Holness urged residents to stay home.'
    assert rows(text, "kind", "cue", "content") == [["reported", "urged", "to stay home"]]


# D. a relative clause with a verb of saying between the subject and the main verb


def test_d_relative_clause_with_only_a_phrase_is_no_statement():
    # before: "argued" with the content "for a group of small businesses" (or, with "that
    # sued", the subject and relative clause as the content of "told")
    for text in (
        "Neal Katyal, who argued for a group of small businesses, told reporters afterward he "
        "was cautiously optimistic.",
        "Neal Katyal, who argued for a group of small businesses that sued over the levies, "
        "told reporters afterward he was cautiously optimistic.",
    ):
        assert rows(text, "cue", "content") == [["told", "he was cautiously optimistic"]]


def test_d_relative_clause_message_ends_at_its_comma():
    # before: "suggested" ran on into "said ...", whose row was nested in it
    text = (
        "Avi Loeb, who has suggested the object could be artificial, said the agency should "
        "release all of its data."
    )
    assert rows(text, "cue", "content") == [
        ["suggested", "the object could be artificial"],
        ["said", "the agency should release all of its data"],
    ]


def test_d_control_relative_clause_without_speech_verb():
    text = (
        "Neal Katyal, who represented a group of small businesses, told reporters afterward he "
        "was cautiously optimistic."
    )
    assert rows(text, "cue", "content") == [["told", "he was cautiously optimistic"]]


# E. no statement for passive participles and requests inside a message


@pytest.mark.parametrize(
    "text",
    [
        "Saudi Arabia's delegation did not reply when asked for comment.",
        "The two companies agreed to cut prices under a deal announced at the White House on "
        "Thursday.",
    ],
)
def test_e_passive_participle_is_no_cue(text):
    # before: "asked" / "announced" rows without a message
    assert found(text).empty


def test_e_asked_for_inside_a_message_is_no_statement():
    # before: a second row "he asked 'for a report ...'"
    text = "Andy Burnham said he had asked for a report by the end of the week."
    assert rows(text, "cue", "content") == [
        ["said", "he had asked for a report by the end of the week"]
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officials at the ministry said the plan was sound.",
            [["Officials at the ministry", "the plan was sound"]],
        ),
        (
            "It would be disappointing, all the more so as Mauritius has over the years "
            "confirmed that it is prepared to enter into a lease.",
            [["Mauritius", "it is prepared to enter into a lease"]],
        ),
    ],
)
def test_e_control_subject_with_a_phrase_and_perfect(text, expected):
    got = found(text)
    assert [[n, c] for n, c in zip(got["speaker_name"], got["content"], strict=True)] == expected


# F. the body a role noun refers to


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tesla shareholders approved the plan, the company said.", "Tesla"),
        (
            "Buckingham Palace has announced the change. In a statement, the palace said the "
            "censures were necessary.",
            "Buckingham Palace",
        ),
        (
            "The Riverside Unified School District board voted to close two schools. The "
            "district said students would be reassigned.",
            "Riverside Unified School District",
        ),
        (
            'Thames Water said it accepted the findings. "We know we have a great deal to put '
            'right," a spokesperson told the Guardian.',
            "Thames Water spokesperson",
        ),
        (
            "The Public Health Agency of Canada said it remained committed to restoring "
            "elimination status.",
            "Public Health Agency of Canada",
        ),
        (
            '"People are arriving with nothing," a nurse at a clinic run by Médecins Sans '
            "Frontières said.",
            "nurse at a clinic run by Médecins Sans Frontières",
        ),
    ],
)
def test_f_role_noun_names_the_body(text, name):
    # before: "company", "palace", "district", "spokesperson", "Canada", "Médecins Sans
    # Frontières"
    assert found(text)["speaker_name"].iloc[-1] == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Prices will rise, the company said.", "company"),
        ('Russia said the talks failed. "We disagree," a spokesman told Reuters.', "spokesman"),
        ("The Government of Canada said it was committed.", "Canada"),
        (
            "According to a report by the Stockholm International Peace Research Institute, "
            "military spending continued to grow.",
            "Stockholm International Peace Research Institute",
        ),
    ],
)
def test_f_control_no_body_to_refer_to(text, name):
    assert found(text)["speaker_name"].iloc[-1] == name


# G. a time phrase after the attribution is no message


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Canada has lost its measles elimination status, the Pan American Health "
            "Organization announced Monday.",
            "Canada has lost its measles elimination status",
        ),
        (
            "The tapestry is too fragile to be moved, a group of French experts has warned, "
            "months before the loan.",
            "The tapestry is too fragile to be moved",
        ),
    ],
)
def test_g_time_phrase_after_attribution(text, content):
    # before: "Monday" and "months before the loan" as the content
    assert rows(text, "content") == [[content]]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The agency announced Monday that it would close.", "it would close"),
        ("The minister said Tuesday the plan was sound.", "the plan was sound"),
    ],
)
def test_g_control_time_phrase_before_the_message(text, content):
    assert rows(text, "content") == [[content]]


# H. "warned of" and a quoted word


def test_h_warned_of_a_quoted_word():
    # before: no row
    text = 'The National Hurricane Center warned of "catastrophic" flash flooding.'
    assert rows(text, "cue", "content") == [["warned", '"catastrophic" flash flooding']]


def test_h_control_warned_of_without_quotation():
    text = "The National Hurricane Center warned of catastrophic flash flooding."
    assert rows(text, "cue", "content") == [["warned", "of catastrophic flash flooding"]]


# I. "and" inside the name of a body


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Food and Drink Federation rejected the findings, saying the category was "
            "poorly defined.",
            "Food and Drink Federation",
        ),
        (
            "The Food and Drink Federation said the category was poorly defined.",
            "Food and Drink Federation",
        ),
        (
            "The Department of Health and Social Care said the plan was sound.",
            "Department of Health and Social Care",
        ),
    ],
)
def test_i_and_inside_a_body_name(text, name):
    # before: "Food", "Drink Federation", "Social Care"; "rejected the findings, saying"
    # gives two rows of the same speaker since audit 23
    assert {r[0] for r in rows(text, "speaker_name")} == {name}


def test_i_control_two_subjects_and_a_name_with_and():
    assert rows(
        "Britain and France rejected the plan, saying it was unfair.", "speaker_surface"
    ) == [["Britain"]]
    text = "The Society of Motor Manufacturers and Traders said output had fallen."
    assert rows(text, "speaker_name") == [["Society of Motor Manufacturers and Traders"]]


# J. a fronted question clause ending in a quoted word, then "smiled and said"


@pytest.mark.parametrize(
    "text",
    [
        'Mr. Trump praised him. Asked whether he still believed the president was a "fascist," '
        "Mr. Mamdani smiled and said he had explained his views before.",
        'Asked if he was "worried," Mr. Mamdani laughed and said he was not.',
    ],
)
def test_j_subject_after_a_fronted_question(text):
    # before: "he" (named Donald Trump or nobody)
    assert rows(text, "speaker_surface")[-1] == ["Mr. Mamdani"]


def test_j_control_without_quotation_marks():
    text = "Asked if he was worried, Mr. Mamdani laughed and said he was not."
    assert rows(text, "speaker_surface", "content") == [["Mr. Mamdani", "he was not"]]


# a pronoun subject after "and" in a long sentence (found in the State of the Union check)


def test_pronoun_after_and_is_the_subject():
    # before: no row in the State of the Union, or "we" of "after we had ..." as the speaker
    text = (
        "I came up, and after we had our picture taken, I was walking off and that man grabbed "
        'me by the arm and he said, "Mr. President, let me tell you something."'
    )
    assert rows(text, "speaker_surface", "cue") == [["he", "said"]]


def test_an_as_clause_before_a_colon_reports_the_quotation():
    # "as X put it ...:" announces the quotation after the colon, not the words before "as"
    got = top_rows(
        "It lies at the foundation of human nature, for, as Pericles put it in his famous "
        "funeral oration: 'We do not imitate, but are a model to others.'",
        "kind",
        "speaker_surface",
        "content",
    )
    assert got == [["direct", "Pericles", "We do not imitate, but are a model to others."]]


def test_a_possessive_owner_names_the_body():
    # "Russia's foreign ministry ... The ministry ...": the owner stays in the name
    got = top_statements(
        "Russia's foreign ministry said the talks had failed. The ministry also accused "
        "Kyiv of delaying the exchange."
    )
    assert got["speaker_name"].tolist() == ["Russia's foreign ministry"] * 2

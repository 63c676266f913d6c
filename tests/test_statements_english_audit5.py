"""English who-said-what failures of the fifth English blind audit (session 17), each with
its fix: speech verbs inside a quotation (A), an inverted verb and its subject after a
quotation (B: titles with "of"/"for", appositions, "wrote", "added", "countered",
"continued"), "the WHO" (E), an appositive subject before "has told" (D), a split quote
around "told reporters outside ..." (F), an adverbial after the addressee of "told" (G),
the leading adverb of a message (M), the ``speaker_name`` of descriptions and pronouns
that refer back (H), new cue verbs and "warned of" (J) and headlines (L)."""

from __future__ import annotations

import pytest
from test_statements_helpers import top_rows, top_statements

found, rows = top_statements, top_rows


# A. a speech verb inside a quotation


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"They admitted it," he said.', [["he", "said", "They admitted it"]]),
        ('He said: "They admitted it."', [["He", "said", "They admitted it."]]),
        (
            '"We are not asking for a bailout," Weston told the committee.',
            [["Weston", "told", "We are not asking for a bailout"]],
        ),
        (
            '"We are not demanding a bailout," Weston told the committee.',
            [["Weston", "told", "We are not demanding a bailout"]],
        ),
        ('"It is promising," she said.', [["she", "said", "It is promising"]]),
    ],
)
def test_a_cue_inside_a_quotation_without_a_clause_makes_no_statement(text, expected):
    # before: also "They/admitted/'\" he said'", "We/asking/'\" Weston told the committee'"
    assert rows(text, "speaker_surface", "cue", "content") == expected


def test_a_cue_inside_a_quotation_keeps_its_that_clause():
    text = (
        'When the applause stopped, President Truman said, "I am happy to report to this '
        '81st Congress that the state of the Union is good."'
    )
    assert rows(text, "cue") == [["said"], ["report"]]


def test_a_cue_inside_the_next_quotation_takes_no_row_of_its_own():
    # before: "They/admitted/'it.'" in place of the quotation's second sentence
    text = '"They defrauded the public," he said. "They admitted it."'
    got = rows(text, "speaker_surface", "cue", "content")
    assert ["They", "admitted", "it."] not in got
    assert got[0] == ["he", "said", "They defrauded the public"]


def test_a_short_quoted_sentence_goes_on_with_the_quotation():
    text = '"They defrauded the public," he said. "They admitted it."'
    assert rows(text, "speaker_surface", "content") == [
        ["he", "They defrauded the public"],
        ["he", "They admitted it."],
    ]


# B. an inverted verb and its subject after a quotation


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        (
            '"We will act," said Secretary of State Marco Rubio.',
            "Secretary of State Marco Rubio",
            "Marco Rubio",
        ),
        (
            '"Today\'s agreement is a turning point," said Secretary of State Marco Rubio, who '
            "hosted the ceremony.",
            "Secretary of State Marco Rubio",
            "Marco Rubio",
        ),
        (
            '"We will act," said Chief of Staff Susie Wiles.',
            "Chief of Staff Susie Wiles",
            "Susie Wiles",
        ),
        (
            '"It is a turning point," said Minister for Europe Stephen Doughty.',
            "Minister for Europe Stephen Doughty",
            "Stephen Doughty",
        ),
    ],
)
def test_a_title_with_of_after_an_inverted_verb(text, surface, name):
    # before: speaker "Secretary", "Chief", "Minister"
    assert rows(text, "speaker_surface", "speaker_name") == [[surface, name]]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ('"It was quiet," said neighbour Linda Alvarez, 62.', "neighbour Linda Alvarez"),
        (
            '"It was quiet," said neighbour Linda Alvarez, a retired teacher.',
            "neighbour Linda Alvarez",
        ),
        ('"It was quiet," said the neighbour, Linda Alvarez, 62.', "Linda Alvarez"),
        (
            '"It was quiet," said local resident Linda Alvarez, 62, who has lived on the street '
            "for two decades.",
            "local resident Linda Alvarez",
        ),
    ],
)
def test_an_apposition_after_an_inverted_subject(text, surface):
    # before: the speaker was the quotation itself ('"It was quiet', name "quiet")
    assert rows(text, "speaker_surface", "speaker_name", "content") == [
        [surface, "Linda Alvarez", "It was quiet"]
    ]


@pytest.mark.parametrize(
    "verb", ["wrote", "added", "explained", "replied", "observed", "countered", "continued"]
)
def test_more_verbs_before_their_subject_after_a_quotation(verb):
    # before: a cue-NA row '"This is a manageable hit,"' with an inherited speaker
    text = f'"This is a manageable hit," {verb} Joseph Dickerson.'
    assert rows(text, "speaker_surface", "cue", "content") == [
        ["Joseph Dickerson", verb, "This is a manageable hit"]
    ]


def test_continued_after_a_quotation_and_its_subject():
    text = '"This is a manageable hit," Joseph Dickerson continued.'
    assert rows(text, "speaker_surface", "cue") == [["Joseph Dickerson", "continued"]]


def test_an_inverted_subject_with_an_apposition_and_an_adverbial():
    text = (
        'Analysts at Jefferies said the charge was small. "This is a manageable hit," wrote '
        "Joseph Dickerson, an analyst at Jefferies, in a note to clients."
    )
    assert rows(text, "speaker_name", "cue", "content")[1] == [
        "Joseph Dickerson",
        "wrote",
        "This is a manageable hit",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The fighting continued for three days.",
        '"The talks will go on," he said. The talks continued on Monday.',
        "Ukraine countered the attack with drones.",
        "I am talking about shady actors who, rather than being countered, were quietly "
        "accommodated.",
    ],
)
def test_continued_and_countered_in_other_senses(text):
    assert not any(c in ("continued", "countered") for c in found(text)["cue"])


# E. "the WHO"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "In a report published on Monday, the WHO said resistance was highest in Asia.",
            "the WHO",
        ),
        ("WHO said resistance was highest in Asia.", "WHO"),
    ],
)
def test_the_who_is_no_relative_pronoun(text, surface):
    # before: speaker "the", name NA
    assert rows(text, "speaker_surface", "speaker_name") == [[surface, "WHO"]]


# D. an appositive subject before "has told"


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "Thames Water's chief executive, Chris Weston, has told MPs that the company "
            "needs more time.",
            "told",
            "the company needs more time",
        ),
        (
            "The chief executive of Thames Water, Chris Weston, has told MPs the company needs "
            "more time to agree a rescue deal with creditors.",
            "told",
            "the company needs more time to agree a rescue deal with creditors",
        ),
        (
            "Thames Water's chief executive, Chris Weston, has said that the company needs "
            "more time.",
            "said",
            "the company needs more time",
        ),
        (
            "The chief executive of Thames Water, Chris Weston, said the company needs more time.",
            "said",
            "the company needs more time",
        ),
    ],
)
def test_an_appositive_subject_before_an_auxiliary(text, cue, content):
    # before: speaker "MPs", content the subject; or the role noun as the speaker
    assert rows(text, "speaker_surface", "cue", "content") == [["Chris Weston", cue, content]]


def test_the_addressee_after_has_told():
    text = "Weston, who took over last year, has told MPs that the company needs more time."
    assert rows(text, "speaker_surface", "addressee", "content") == [
        ["Weston", "MPs", "the company needs more time"]
    ]


# F. a split quotation around "told reporters outside ..."


@pytest.mark.parametrize("speaker", ["Agnifilo", "he"])
def test_a_split_quote_around_told_reporters_outside(speaker):
    # before: a cue-NA row for the first half and a "told" row for the second
    text = (
        f'"We respect the decision," {speaker} told reporters outside the court, "but it is wrong."'
    )
    got = found(text)
    assert got["cue"].tolist() == ["told"]
    assert got["speaker_surface"].tolist() == [speaker]
    spans = got["content_spans"].iloc[0].split(";")
    assert [text[int(a) : int(b)] for a, b in (s.split("-") for s in spans)] == [
        "We respect the decision",
        "but it is wrong.",
    ]


def test_the_addressee_of_told_ends_before_outside():
    text = (
        '"We respect the decision," Agnifilo told reporters outside the court, "but it is wrong."'
    )
    assert found(text)["addressee"].tolist() == ["reporters"]


# G. an adverbial after the addressee of "told"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Salah told reporters after the match that he felt let down.", "he felt let down"),
        (
            "Salah told reporters after the match against West Ham that he felt let down.",
            "he felt let down",
        ),
        (
            "Mr Farage told a press conference in Dover the policy would save hundreds of "
            "billions of pounds.",
            "the policy would save hundreds of billions of pounds",
        ),
        (
            'Mr Farage told a press conference in Dover the policy would save "hundreds of '
            'billions of pounds".',
            'the policy would save "hundreds of billions of pounds"',
        ),
    ],
)
def test_an_adverbial_after_the_addressee_of_told(text, content):
    assert rows(text, "cue", "content") == [["told", content]]


# M. the leading adverb of a message without "that"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Kim Leadbeater said terminally ill people were being let down.",
            "terminally ill people were being let down",
        ),
        ("Kim Leadbeater said only Parliament could decide.", "only Parliament could decide"),
        (
            "Kim Leadbeater said recently elected MPs were being let down.",
            "recently elected MPs were being let down",
        ),
        ("Kim Leadbeater said repeatedly the plan was flawed.", "the plan was flawed"),
        ("Kim Leadbeater said publicly it was wrong.", "it was wrong"),
        ("He said only that he would act.", "he would act"),
    ],
)
def test_an_adverb_of_the_messages_subject_stays(text, content):
    assert rows(text, "content") == [[content]]


# H. speaker names that refer back


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (  # an age noun: the person named with that age, not the police that spoke
            "Deborah Clarke, 54, will appear in court, Northamptonshire Police said. The "
            "54-year-old has insisted that she did nothing wrong.",
            ["Northamptonshire Police", "Deborah Clarke"],
        ),
        (  # a body's name is no person "she" refers to
            "Deborah Clarke, 54, will appear in court, Northamptonshire Police said. She has "
            "insisted that she did nothing wrong.",
            ["Northamptonshire Police", "Deborah Clarke"],
        ),
        (  # the speaker before, not a person named since as an object
            '"I never stopped believing," said Emma Raducanu. She beat Jessica Pegula in '
            'straight sets. "It was hard," she added.',
            ["Emma Raducanu", "Emma Raducanu"],
        ),
        (
            "NASA said it had found signs of life. The agency said the sample contains minerals.",
            ["NASA", "NASA"],
        ),
        (
            'Hamas said it was abiding by the truce. "We are not aware of any clashes," the '
            "group said.",
            ["Hamas", "Hamas"],
        ),
        ("HSBC will take a charge of $1.1 billion, the bank said on Monday.", ["HSBC"]),
        (
            "Senate Majority Leader John Thune said a deal was within reach. \"We've got a path "
            'forward," the senator told reporters.',
            ["John Thune", "John Thune"],
        ),
        (
            "Senate Majority Leader John Thune said a deal was within reach. \"We've got a path "
            'forward," the South Dakota Republican told reporters.',
            ["John Thune", "John Thune"],
        ),
    ],
)
def test_descriptions_and_pronouns_that_refer_back(text, names):
    assert found(text)["speaker_name"].tolist() == names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (  # no agency or group of a state
            'Israel said it was abiding by the truce. "We are not aware of any clashes," the '
            "group said.",
            "group",
        ),
        ("Prices will rise, the bank said.", "bank"),
        ("Chancellor of the Exchequer Rachel Reeves said taxes would rise.", "Rachel Reeves"),
        ("The Office for National Statistics said prices rose.", "Office for National Statistics"),
        (
            "The Managing Director of the International Monetary Fund said debts must be cut.",
            "Managing Director of the International Monetary Fund",
        ),
    ],
)
def test_names_that_stay(text, name):
    assert found(text)["speaker_name"].tolist()[-1] == name


# J. more verbs of saying, each only with a that-clause, a colon or a quotation


@pytest.mark.parametrize(
    "verb", ["clarified", "maintained", "revealed", "complained", "underlined", "hinted"]
)
def test_more_verbs_with_a_that_clause(verb):
    text = f"Sarah Friar {verb} that the firm was not seeking a bailout."
    assert rows(text, "speaker_surface", "cue", "content") == [
        ["Sarah Friar", verb, "the firm was not seeking a bailout"]
    ]


@pytest.mark.parametrize(
    "text",
    [
        "We have maintained peace for decades.",
        "We must maintain that balance.",
        "The report revealed the scale of the problem.",
        "That division reveals that the treaty is not a priority.",
        "I underline the importance of multilateralism.",
        "He hinted at a deal.",
        "She complained of pain.",
        "The minister clarified the rules.",
        "For three decades, six Presidents have come before you to warn of the damage "
        "deficits pose to our Nation.",
    ],
)
def test_those_verbs_in_other_senses(text):
    assert found(text).empty


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Michael O'Leary warned of higher fares next summer.", "Michael O'Leary"),
        ("Scientists have warned of more extreme weather events.", "Scientists"),
        ("I once again warn of the negative repercussions of displacement.", "I"),
    ],
)
def test_warned_of(text, speaker):
    # before: nothing ("warned about ..." and "warned against ..." were found)
    ((surface, cue, content),) = rows(text, "speaker_surface", "cue", "content")
    assert (surface, cue[:4], content[:3]) == (speaker, "warn", "of ")


def test_says_and_a_clause_with_a_plural_subject():
    text = "The minister says prices will rise."
    assert rows(text, "speaker_surface", "content") == [["The minister", "prices will rise"]]


# L. headlines


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Carney says Canada will hit NATO spending target this year",
            ["headline", "Carney", "says", "Canada will hit NATO spending target this year"],
        ),
        (
            "Ryanair boss warns of higher fares next summer\nRyanair said profits rose.",
            ["headline", "Ryanair boss", "warns", "of higher fares next summer"],
        ),
        (
            "Ryanair boss says fares will rise next summer\nRyanair said profits rose.",
            ["headline", "Ryanair boss", "says", "fares will rise next summer"],
        ),
    ],
)
def test_a_headline_that_says(text, expected):
    assert rows(text, "kind", "speaker_surface", "cue", "content")[0] == expected


# subjects found on the way (SOTU and UN General Debate)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Two years ago, the minister met the envoy and said that peace was near.",
            "the minister",
        ),
        (
            "Nearly half a century ago, in this Chamber, another American President, Franklin "
            "Delano Roosevelt, in his second State of the Union message, urged America to look "
            "to the future.",
            "Franklin Delano Roosevelt",
        ),
        (
            "A very wise man, Bernard Baruch, once said that America has never forgotten the "
            "nobler things.",
            "Bernard Baruch",
        ),
    ],
)
def test_the_subject_after_an_opener_or_before_an_apposition(text, speaker):
    assert rows(text, "speaker_surface") == [[speaker]]


@pytest.mark.parametrize(
    "text",
    [
        # the subject of a relative clause is no sentence subject
        "In the release of our fifteen fliers from Communist China, an essential prelude was "
        "the world opinion mobilized by the General Assembly, which condemned their "
        "imprisonment and demanded their liberation.",
        # a time phrase is no subject
        "More than 30 years ago, in this great Hall and at the Rio Earth Summit, our leaders "
        "sounded the alarm and warned about its dire consequences.",
    ],
)
def test_no_subject_from_a_time_phrase_or_a_relative_clause(text):
    speakers = found(text)["speaker_surface"].dropna().tolist()
    assert not any("ago" in s or "prelude" in s for s in speakers)

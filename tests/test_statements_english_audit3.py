"""English who-said-what failures of the third and fourth blind audits (session 16), each
with its fix: a speaker clause after a quotation (lower-case titles, "the 18-year-old
added", "said outside the court"), appositions before the verb (a title before a name, long
ones), present forms after a noun or an apposition, "called Thursday for", the addressee of
"told" with "U.S.", "That said", "dismissed reports that", "who asked not to be named", the
speaker of a participle and of a second verb, the ``speaker_name`` of descriptions that
refer back, and (fourth audit) "family" as a speaker, "All told,", a comma after the
closing quotation mark, adverbials after the verb, headlines ("..., minister says")."""

from __future__ import annotations

import pandas as pd
import pytest
from test_statements_helpers import top_rows, top_statements

from discourse.actors import find_actors, load_registry
from discourse.segment import split_sentences
from discourse.statements import find_statements

found, rows = top_statements, top_rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a lower-case title before the name after an inverted "said"
            '"Mistakes happen," said lead author Dr Helen Okafor.',
            [["lead author Dr Helen Okafor", "said", "Mistakes happen"]],
        ),
        (  # "added" after a quotation and a hyphenated subject
            '"I just want to sleep now," the 18-year-old added.',
            [["the 18-year-old", "added", "I just want to sleep now"]],
        ),
        (  # "outside" is a preposition: an adverbial, no message
            '"We did nothing wrong," Davies said outside the court.',
            [["Davies", "said", "We did nothing wrong"]],
        ),
        (
            '"We did nothing wrong," Davies said inside the court.',
            [["Davies", "said", "We did nothing wrong"]],
        ),
    ],
)
def test_speaker_clause_after_quote(text: str, expected: list[list[str]]) -> None:
    assert rows(text, "speaker_surface", "cue", "content") == expected


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "One resident, pensioner Margaret Hill, said the water smelled.",
            "Margaret Hill",
            "the water smelled",
        ),
        (
            'One resident, 72-year-old Margaret Hill, said: "Nobody knocked on my door."',
            "Margaret Hill",
            "Nobody knocked on my door.",
        ),
        (
            "Walt Meier, a senior research scientist at the centre in Boulder who studies sea "
            "ice in the Arctic and Antarctic, said the decline was part of a long-term trend.",
            "Walt Meier",
            "the decline was part of a long-term trend",
        ),
    ],
)
def test_apposition_subject(text: str, speaker: str, content: str) -> None:
    assert rows(text, "speaker_surface", "cue", "content") == [[speaker, "said", content]]


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        ("The minister insists the plan is sound.", "The minister", "insists", "the plan is sound"),
        ("Farmers, however, warn the plan is risky.", "Farmers", "warn", "the plan is risky"),
        (
            "The plaintiffs, a group of small businesses, say the tariffs have cost them "
            "millions of dollars.",
            "The plaintiffs",
            "say",
            "the tariffs have cost them millions of dollars",
        ),
        (
            "Western officials, however, insist the transfers took place last month.",
            "Western officials",
            "insist",
            "the transfers took place last month",
        ),
        (  # a day between "called" and "for"
            "Guterres called Thursday for an immediate ceasefire in Sudan.",
            "Guterres",
            "called",
            "an immediate ceasefire in Sudan",
        ),
        (  # "on Thursday" is a time phrase, not "call on"
            "Guterres called on Thursday for an immediate ceasefire.",
            "Guterres",
            "called",
            "an immediate ceasefire",
        ),
    ],
)
def test_verb_forms(text: str, speaker: str, cue: str, content: str) -> None:
    assert rows(text, "speaker_surface", "cue", "content") == [[speaker, cue, content]]


@pytest.mark.parametrize(
    "text",
    ["The minister warns the public.", "The champion claims the title again."],
)
def test_present_form_before_object_is_no_statement(text: str) -> None:
    assert found(text).empty


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Aoun told a senior U.S. envoy that the army was ready.", "the army was ready"),
        (
            "Xi told U.S. President Donald Trump in a phone call that Taiwan was the most "
            "important issue.",
            "Taiwan was the most important issue",
        ),
    ],
)
def test_told_addressee_with_abbreviation(text: str, content: str) -> None:
    assert rows(text, "cue", "content") == [["told", content]]


@pytest.mark.parametrize(
    "text",
    [
        "That said, the plan has flaws.",
        "Having said that, the plan has flaws.",
        "That being said, the plan has flaws.",
    ],
)
def test_that_said_is_no_statement(text: str) -> None:
    assert found(text).empty


def test_dismissed_reports_that() -> None:
    text = "Number 10 dismissed reports that the prime minister would resign."
    assert rows(text, "speaker_surface", "cue", "content") == [
        ["Number 10", "dismissed", "reports that the prime minister would resign"]
    ]


def test_asked_not_to_be_named_is_no_cue() -> None:
    text = '"The numbers don\'t add up," a senior official who asked not to be named told Reuters.'
    assert rows(text, "speaker_surface", "cue", "content") == [
        ["a senior official", "told", "The numbers don't add up"]
    ]


def test_participle_speaker_after_title() -> None:
    text = "Foreign ministry spokesman Esmaeil Baghaei denied the report, saying it was baseless."
    got = rows(text, "speaker_surface", "cue")
    assert got[-1] == ["Foreign ministry spokesman Esmaeil Baghaei", "saying"]


def test_second_verb_speaker_is_first_subject() -> None:
    text = "The minister said the plan was sound and promised to publish it next week."
    assert rows(text, "speaker_surface", "cue", "content") == [
        ["The minister", "said", "the plan was sound"],
        ["The minister", "promised", "to publish it next week"],
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            'Carlos Alcaraz said he was proud. "My legs were gone," the Spaniard told reporters.',
            "Carlos Alcaraz",
        ),
        (
            'Ange Postecoglou said the team was tired. "We need to recover," the coach said.',
            "Ange Postecoglou",
        ),
        (
            "The Reserve Bank of Australia left rates unchanged. The central bank said "
            "inflation had picked up.",
            "Reserve Bank of Australia",
        ),
        (
            "China's commerce ministry announced new controls. The ministry said: "
            '"The measures are lawful."',
            "China's commerce ministry",
        ),
        (
            "Burberry reported higher sales. The company said in a statement that demand had "
            "recovered.",
            "Burberry",
        ),
        ("The U.S. Federal Reserve said inflation was easing.", "U.S. Federal Reserve"),
        (
            "Sources close to Keir Starmer insisted he would not resign.",
            "Sources close to Keir Starmer",
        ),
    ],
)
def test_speaker_name_refers_back(text: str, name: str) -> None:
    assert found(text)["speaker_name"].iloc[-1] == name


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("They were surprised that he said the plan would fail.", "he"),
        ("It is clear that the minister said nothing new.", "the minister"),
        (
            "Measures that the Treasury Department has said to be worthy of support.",
            "the Treasury Department",
        ),
    ],
)
def test_the_subject_of_a_cue_in_a_that_clause_is_inside_it(text, speaker):
    got = rows(text, "speaker_surface")
    assert got[0][0] == speaker


def test_that_before_a_name_is_a_determiner():
    got = rows("I support that Resolution and urge its prompt passage.", "speaker_surface")
    assert got == [["I"]]


def test_an_adjective_in_ed_after_an_article_opens_no_clause():
    # "calls for [a sustained] increase": no present-tense statement of a budget
    assert found("My budget calls for a sustained increase in spending.").empty


def test_a_sentence_opener_is_no_company_name():
    text = "What matters is trust. The company said profits rose."
    assert rows(text, "speaker_name") != [["What"]]


@pytest.mark.parametrize(
    "text",
    [
        "The U.S. Federal Reserve said rates would stay on hold.",
        "Sources close to Keir Starmer insisted he retained full confidence in his team.",
    ],
)
def test_an_actor_named_inside_the_speaker_span_is_no_speaker_id(text):
    # before: speaker_id "usa" and "starmer"
    reg = load_registry()
    docs = pd.DataFrame({"doc_id": ["d"], "text": [text], "lang": ["en"]})
    sents = split_sentences(docs)
    got = find_statements(sents, find_actors(sents, reg, docs), docs=docs, registry=reg)
    assert got["speaker_id"].isna().all()


# the fourth blind audit: "family" as a speaker, "All told,", a comma after the closing
# quotation mark, adverbials after the verb, speaker spans, headlines, speaker names and a
# leading "further" in the content


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Diane Keaton has died at the age of 79, her family said in a statement.",
            [["her family", "said", "Diane Keaton has died at the age of 79"]],
        ),
        ("The family said the plan was wrong.", [["The family", "said", "the plan was wrong"]]),
        (
            '"She died peacefully," her family said.',
            [["her family", "said", "She died peacefully"]],
        ),
        (
            "The Keaton family said she died peacefully.",
            [["The Keaton family", "said", "she died peacefully"]],
        ),
    ],
)
def test_family_speaks(text: str, expected: list[list[str]]) -> None:
    assert rows(text, "speaker_surface", "cue", "content") == expected


def test_all_told_is_no_speech() -> None:
    assert found("All told, 40 people were injured.").empty


def test_comma_after_closing_quote() -> None:
    got = rows(
        'Inflation remained "somewhat elevated", he added.', "speaker_surface", "cue", "content"
    )
    assert got == [["he", "added", 'Inflation remained "somewhat elevated"']]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Britain will buy 12 fighter jets, Downing Street said on Tuesday, in a major shift in policy.",
            [["Downing Street", "said", "Britain will buy 12 fighter jets"]],
        ),
        (
            "The United States has deployed a carrier to the Caribbean, the Pentagon said, "
            "in a sharp escalation of its build-up near Venezuela.",
            [["the Pentagon", "said", "The United States has deployed a carrier to the Caribbean"]],
        ),
        (
            '"We can no longer take peace for granted," Keir Starmer said ahead of a NATO summit.',
            [["Keir Starmer", "said", "We can no longer take peace for granted"]],
        ),
        (
            '"We can no longer take peace for granted," Keir Starmer said prior to a NATO summit.',
            [["Keir Starmer", "said", "We can no longer take peace for granted"]],
        ),
        (
            '"We can no longer take peace for granted," Keir Starmer said alongside Emmanuel Macron.',
            [["Keir Starmer", "said", "We can no longer take peace for granted"]],
        ),
    ],
)
def test_adverbial_after_verb(text: str, expected: list[list[str]]) -> None:
    assert rows(text, "speaker_surface", "cue", "content") == expected


def test_phrase_after_comma_only_after_time_phrase() -> None:
    # the phrase after the comma ends no long object: the message follows the verb
    text = (
        "As we meet here, I call on all those gathered here to respect the United Nations "
        "system, with a view to reforming it."
    )
    assert found(text)["content"].str.startswith("to respect").any()


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        (
            "The Campaign for Nuclear Disarmament said the decision was wrong and called for "
            "a vote in parliament.",
            "The Campaign for Nuclear Disarmament",
            "called",
        ),
        (
            "Robert F. Kennedy Jr. has removed all 17 members of the panel, accusing it of bias.",
            "Robert F. Kennedy Jr.",
            "accusing",
        ),
        ("Michael J. Fox has left the charity, saying he was tired.", "Michael J. Fox", "saying"),
    ],
)
def test_speaker_span(text: str, speaker: str, cue: str) -> None:
    got = found(text)
    assert got[got["cue"] == cue]["speaker_surface"].tolist() == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        '"They did not spare anyone," said the woman, who asked not to be named.',
        '"They did not spare anyone," said the woman, who asked to be identified only by her '
        "first name, Amna, for fear of reprisals.",
    ],
)
def test_inverted_subject_before_relative_clause(text: str) -> None:
    assert rows(text, "speaker_surface", "cue", "content") == [
        ["the woman", "said", "They did not spare anyone"]
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran open to talks, minister says", [["minister", "says", "Iran open to talks"]]),
        (
            "Iran is open to talks, the minister says.",
            [["the minister", "says", "Iran is open to talks"]],
        ),
    ],
)
def test_headline_says(text: str, expected: list[list[str]]) -> None:
    assert rows(text, "speaker_surface", "cue", "content") == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Unilever will cut 7,500 jobs, the consumer goods giant said.", "Unilever"),
        ("Unilever will cut 7,500 jobs, the company said.", "Unilever"),
        ("Prices will rise, the company said.", "company"),  # a word, no name
        ("Chief Secretary to the Treasury James Murray said the plan was sound.", "James Murray"),
        ("Sources close to the Prime Minister said the plan was dead.", None),
    ],
)
def test_speaker_name(text: str, name: str | None) -> None:
    got = found(text)["speaker_name"].tolist()
    if name is None:  # "Sources close to X" are not X
        assert got != ["Prime Minister"]
    else:
        assert got == [name]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The team said further work was needed.", "further work was needed"),
        (
            "The Fed cut rates, but Jerome Powell said further reductions were not guaranteed.",
            "further reductions were not guaranteed",
        ),
        ("He said both sides had agreed to the deal.", "both sides had agreed to the deal"),
        ("He said further that the plan was sound.", "the plan was sound"),
    ],
)
def test_quantifier_opens_content(text: str, content: str) -> None:
    assert found(text)["content"].tolist() == [content]

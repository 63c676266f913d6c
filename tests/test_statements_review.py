"""Who-said-what problems a usability review found (session 12), each with its fix: English
quotations with an adverbial after the cue and subjects with an apposition, multi-paragraph
quotations, unclosed quotation marks, rubric labels, pronouns after a whole-sentence report,
registry ids for resolved descriptions and owners in the genitive."""

from __future__ import annotations

import pandas as pd
import pytest

from discourse.segment import split_sentences
from discourse.statements import find_statements


def found(text: str, lang: str = "de") -> pd.DataFrame:
    docs = pd.DataFrame({"doc_id": ["d"], "text": [text], "lang": [lang]})
    out = find_statements(split_sentences(docs), docs=docs)
    for r in out.itertuples():  # offsets reproduce the text
        if pd.notna(r.content_start):
            assert text[r.content_start : r.content_end] == r.content
    return out


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"We will respond," the ministry said in a statement.', "the ministry"),
        ('"We will respond," Peskov said at a press conference in Moscow.', "Peskov"),
        ('"We will respond," Peskov said late on Tuesday.', "Peskov"),
        ('"This is not charity," Miller said in an interview with CNN.', "Miller"),
    ],
)
def test_english_quote_before_a_cue_with_an_adverbial_after_it(text, speaker):
    got = found(text, "en")
    assert got[["kind", "speaker_surface", "content"]].values.tolist() == [
        ["direct", speaker, text.split('"')[1].rstrip(",")]
    ]


def test_english_participle_after_the_quote_keeps_the_speaker():
    got = found('"We will respond," Peskov said, adding that Moscow was ready to talk.', "en")
    assert got[["speaker_surface", "content"]].values.tolist() == [
        ["Peskov", "We will respond"],
        ["Peskov", "Moscow was ready to talk"],
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Senator Jane Miller, a Democrat from Ohio, warned on Tuesday that cuts would hurt.",
            "Senator Jane Miller",
            "cuts would hurt",
        ),
        (
            "Boris Pistorius, Germany's defence minister, told reporters that Germany would do more.",
            "Boris Pistorius",
            "Germany would do more",
        ),
        ("Mark Rutte, who leads NATO, said members must spend more.", "Mark Rutte",
         "members must spend more"),
        ("Macron called for a joint fund, an aide said.", "an aide", "Macron called for a joint fund"),
    ],
)  # fmt: skip
def test_english_subject_with_an_apposition(text, speaker, content):
    got = found(text, "en")
    first = got.iloc[0]
    assert (first["speaker_surface"], first["content"]) == (speaker, content)


def test_a_quotation_over_two_paragraphs_takes_the_speaker_named_after_it():
    text = (
        "Senator Jane Miller spoke on Tuesday.\n\n"
        '"If we walk away from our allies, they walk away from us. That is the lesson.\n\n'
        '"This is not charity," she said.'
    )
    got = found(text, "en")
    first = got[got["content"].str.startswith("If we walk away")].iloc[0]
    assert (
        first["content"]
        == "If we walk away from our allies, they walk away from us. That is the lesson"
    )
    assert first["speaker_name"] == "Jane Miller"
    assert bool(first["inherited"])


def test_a_german_quotation_over_two_paragraphs_keeps_all_its_sentences():
    text = (
        "Pistorius sprach am Mittwoch.\n\n"
        "„Wir stehen vor einer Zeitenwende. Die Bundeswehr muss verteidigungsfähig werden.\n\n"
        "„Das kostet Geld“, sagte der Minister."
    )
    got = found(text)
    assert (
        "Wir stehen vor einer Zeitenwende. Die Bundeswehr muss verteidigungsfähig werden"
        in got["content"].tolist()
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "„Wir werden das nicht hinnehmen.\n\n„Es geht um unsere Sicherheit.\n\n"
            "„Wir stehen zusammen.\n\n„Das ist klar“, sagte Friedrich Merz am Montag.",
            "de",
        ),
        (
            '"We will not accept this.\n\n"It is about our security.\n\n'
            '"We stand together.\n\n"That is clear," Friedrich Merz said on Monday.',
            "en",
        ),
    ],
)
def test_a_quotation_over_four_paragraphs_takes_the_speaker_named_at_its_end(text, lang):
    # before, only the paragraph right before the speaker's got it; the first ones had none
    got = found(text, lang)
    assert len(got) == 4
    assert got["speaker_name"].tolist() == ["Friedrich Merz"] * 4
    assert got["inherited"].tolist() == [True, True, True, False]


def test_a_short_last_paragraph_of_a_quotation_is_part_of_it():
    text = (
        "Friedrich Merz sagte am Montag: „Wir werden das nicht hinnehmen.\n\n"
        "„Es geht um unsere Sicherheit.\n\n„Das ist klar.“\n\nDie Opposition widersprach."
    )
    got = found(text)  # "Das ist klar." has three words: alone, too short for a statement
    assert got["content"].tolist()[-1] == "Das ist klar."
    assert got["speaker_name"].tolist() == ["Friedrich Merz"] * 3


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("„Wir werden mehr tun, sagte Merz. Die Lage sei ernst, so Pistorius.", "de"),
        ('"We will do more, Merz said. The situation is serious, Pistorius said.', "en"),
    ],
)
def test_an_unclosed_quotation_mark_makes_one_statement(text, lang):
    got = found(text, lang)
    merz = got[got["speaker_surface"] == "Merz"]
    assert merz[["kind", "content"]].values.tolist() == [
        ["direct", "Wir werden mehr tun" if lang == "de" else "We will do more"]
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Interview: Wir brauchen mehr Luftverteidigung",
        "Kommentar: Die Nato braucht mehr Geld",
        "Exklusiv: Merz will Taurus liefern",
        "Analysis: Why the target is a slogan",
    ],
)
def test_a_rubric_before_a_colon_is_no_speaker(text):
    got = found(text, "en" if text.startswith("Analysis") else "de")
    assert not (got["kind"] == "headline").any()
    assert got["speaker_surface"].isna().all()


def test_a_pronoun_after_a_report_of_the_whole_sentence_is_its_speaker():
    got = found(
        "Laut Nato-Generalsekretär Mark Rutte soll das Ziel im Juni beschlossen werden. "
        "Der CDU-Politiker Roderich Kiesewetter forderte dagegen eine deutliche Erhöhung. "
        "Die Bundesregierung habe zu lange gezögert, sagte er."
    )
    assert got.iloc[-1]["speaker_name"] == "Roderich Kiesewetter"


def test_a_description_resolved_to_a_registry_person_gets_its_id():
    got = found(
        "Bundesverteidigungsminister Boris Pistorius besuchte die Truppe. Fünf Prozent seien "
        "nicht realistisch, sagte der Minister. Er fügte hinzu, man brauche Zeit."
    )
    assert got["speaker_name"].tolist() == ["Boris Pistorius", "Boris Pistorius"]
    assert got["speaker_id"].tolist() == ["pistorius", "pistorius"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Der Botschafter Sergej Andrejew kam. Die Beziehungen sind nach Andrejews Worten "
            "schlecht.",
            "Sergej Andrejew",
        ),
        ("Die Beziehungen sind nach Merkels Ansicht schlecht.", "Angela Merkel"),
    ],
)
def test_the_owner_of_an_attribution_noun_in_the_genitive(text, name):
    assert found(text)["speaker_name"].tolist() == [name]


def test_an_indefinite_description_names_someone_new():
    got = found(
        "Der Minister Peter Huber kam spät. Die Gespräche seien gut gewesen, sagte ein Minister."
    )
    assert got["speaker_name"].tolist() == ["Minister"]


@pytest.mark.parametrize(
    ("text", "lang", "speaker", "medium"),
    [
        ("Das Ziel sei unrealistisch, sagte Pistorius der Deutschen Presse-Agentur.", "de",
         "Pistorius", "Deutschen Presse-Agentur"),
        ("Im Interview mit der FAZ sagte Merz, man werde liefern.", "de", "Merz", "FAZ"),
        ("Peskov told CNN that talks would continue.", "en", "Peskov", "CNN"),
        ('"We will respond," Peskov wrote on Telegram.', "en", "Peskov", "Telegram"),
        # a medium that is the speaker, and a common word, are no medium
        ("Nach einem Bericht der BBC wurden drei Menschen verletzt.", "de",
         "einem Bericht der BBC", None),
        ("Die Nato sei die stärkste Allianz der Welt, sagte Rutte.", "de", "Rutte", None),
    ],
)  # fmt: skip
def test_the_medium_of_a_statement(text, lang, speaker, medium):
    got = found(text, lang).iloc[0]
    assert got["speaker_surface"] == speaker
    assert (pd.isna(got["medium"]) and medium is None) or got["medium"] == medium
    assert text[got["speaker_start"] : got["speaker_end"]] == speaker


def test_the_english_addressee_is_written_as_in_the_text():
    got = found("Peskov told reporters in Moscow that talks would go on.", "en")
    assert got["addressee"].tolist() == ["reporters"]


def test_more_media_names_can_be_given():
    text = "Die Lage sei ernst, sagte Huber im Interview mit Radio Vorarlberg."
    docs = pd.DataFrame({"doc_id": ["d"], "text": [text], "lang": ["de"]})
    sents = split_sentences(docs)
    assert find_statements(sents, docs=docs)["medium"].isna().all()
    got = find_statements(sents, docs=docs, media=["Radio Vorarlberg"])
    assert got["medium"].tolist() == ["Radio Vorarlberg"]


@pytest.mark.filterwarnings("ignore:.*languages without dedicated rules:UserWarning")
def test_a_language_without_a_cue_lexicon_is_named_in_a_warning():
    docs = pd.DataFrame({"doc_id": ["d"], "text": ["Le ministre a dit non."], "lang": ["fr"]})
    sents = split_sentences(docs)
    with pytest.warns(UserWarning, match=r"German rules: 1 with lang 'fr' \(e.g. doc_id 'd'\)"):
        find_statements(sents, docs=docs)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("In Regierungskreisen heißt es, die Reform komme.", "Regierungskreise"),
        ("Nach Angaben von Insidern ist der Deal fertig.", "Insider"),
        # a compound of the source and "Angaben"/"Berichten": the source
        ("Nach Polizeiangaben gab es drei Verletzte.", "Polizei"),
        ("Nach Regierungsangaben gab es drei Verletzte.", "Regierung"),
        ("Medienberichten zufolge gab es drei Verletzte.", "Medien"),
    ],
)
def test_a_dative_plural_source_is_named_in_the_nominative(text, name):
    assert found(text)["speaker_name"].tolist() == [name]


def test_a_negation_before_the_infinitive_stays_in_the_content():
    got = found("We ask our partners not to lift sanctions on Russia.", "en")
    assert got[["addressee", "content"]].values.tolist() == [
        ["our partners", "not to lift sanctions on Russia"]
    ]


@pytest.mark.parametrize(
    ("surface", "words"),
    [
        ("Angaben ihrer Witwen", ["Witwen"]),
        ("Angaben der türkischen Menschenrechtsstiftung TIHV vom Samstag", ["TIHV"]),
        ("Bekunden seines Arztes", ["Arzt"]),
        ("Angaben des Innenministeriums", ["Innenministerium"]),
        ("Angaben von Sportdirektor Beppe Marotta", ["Beppe", "Marotta"]),
    ],
)
def test_the_source_after_an_attribution_noun(surface, words):
    from discourse.statements._cues import load_cues
    from discourse.statements._speaker_parse import parse_speaker

    assert parse_speaker(surface, "de", load_cues("de").after_nouns).words == words


def test_hiess_es_in_dem_bericht_is_the_source_named_before():
    got = found(
        "Der Vertrag sei groß, berichtete die britische Zeitung The Guardian. Es wäre der "
        "größte Vertrag, hieß es in dem Bericht."
    )
    assert got["speaker_name"].tolist() == ["The Guardian", "The Guardian"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Nach eigenen Angaben hat Fortinet das Problem bereits behoben. Es handle sich "
            "nicht um ein Backdoor.",
            ["Fortinet", "Fortinet"],
        ),
        ("Nach eigenen Angaben will die Polizei weiter ermitteln.", ["Polizei"]),
        ("Nach eigenen Angaben wurden drei Personen verletzt.", [None]),
        # in mid-clause, the subject before it
        ("Zwei Millionen Euro hat die FPÖ nach eigenen Angaben investiert.", ["FPÖ"]),
    ],
)
def test_nach_eigenen_angaben_names_the_subject_after_the_verb(text, names):
    got = found(text)["speaker_name"].tolist()
    assert [None if pd.isna(n) else n for n in got] == names


@pytest.mark.parametrize(
    ("text", "addressee", "content"),
    [
        ('"The goal is unrealistic," Miller told the newspaper on Tuesday.', "the newspaper",
         "The goal is unrealistic"),
        ("Miller told the Guardian that the goal is unrealistic.", "the Guardian",
         "the goal is unrealistic"),
    ],
)  # fmt: skip
def test_told_the_addressee(text, addressee, content):
    got = found(text, "en")
    assert got[["speaker_surface", "addressee", "content"]].values.tolist() == [
        ["Miller", addressee, content]
    ]


def test_a_konjunktiv_continuation_after_a_whole_sentence_report_takes_its_speaker():
    text = (
        "Für Finanzminister Hans-Jörg Schelling (ÖVP) ist mit der Verordnung das Thema "
        "abgearbeitet. Den Vorwurf, dass Bund und Länder bei diesem heiklen Thema zerstritten "
        "wären, wies der Minister bei einem Mediengespräch am Montag zurück. Die Verordnung "
        "sei kein Diktat des Bundes, sondern unter Einbindung der Länder entstanden."
    )
    got = found(text)  # before, the continuation had no speaker
    last = got[got["content"].str.startswith("Die Verordnung")].iloc[0]
    assert (last["speaker_surface"], last["speaker_name"]) == (
        "der Minister",
        "Hans-Jörg Schelling",
    )
    assert bool(last["inherited"])


def test_a_focus_particle_before_the_subject_of_a_whole_sentence_report():
    got = found("Auch die Armutskonferenz warnt in einer Aussendung vor Kürzungen.")
    assert got["speaker_surface"].tolist() == ["die Armutskonferenz"]


@pytest.mark.parametrize(
    ("text", "speaker", "content", "kind"),
    [
        (
            "In der Nacht brannte eine Scheune. Verletzt wurde niemand. Das teilte die Polizei "
            "in Oldenburg mit.",
            "die Polizei",
            "Verletzt wurde niemand",
            "indirect",
        ),
        (
            "Der Dienst startet im Mai. Dies gab der Konzern am Montag bekannt.",
            "der Konzern",
            "Der Dienst startet im Mai",
            "indirect",
        ),
        ("„Wir sind bereit.“ Das sagte Pistorius am Montag.", "Pistorius", "Wir sind bereit.",
         "direct"),
    ],
)  # fmt: skip
def test_das_teilte_x_mit_reports_the_sentence_before(text, speaker, content, kind):
    # before, the content was what stood between the cue and its particle ("in Oldenburg")
    got = found(text)
    assert got[["speaker_surface", "content", "kind"]].values.tolist() == [[speaker, content, kind]]


def test_das_lehnte_x_ab_is_no_report_of_the_sentence_before():
    got = found("Die Opposition forderte Neuwahlen. Das lehnte der Kanzler ab.")
    assert (
        "Die Opposition forderte Neuwahlen"
        not in got[got["speaker_surface"] == "der Kanzler"]["content"].tolist()
    )

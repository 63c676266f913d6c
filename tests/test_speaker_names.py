"""speaker_name: who spoke, named as the text names them (pronouns, descriptions,
inheritance, people outside the registry), and its guard on hand-annotated news."""

from __future__ import annotations

import doctest
import importlib.util
import json
import sys
from pathlib import Path

import pandas as pd
import pytest

from discourse.actors import find_actors, load_registry
from discourse.segment import split_sentences
from discourse.statements import _names, _speaker_parse, _text_names, find_statements

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "tests" / "data" / "speaker_names_gnad.jsonl"


def statements(text: str, speaker: str | None = None, lang: str = "de") -> pd.DataFrame:
    docs = pd.DataFrame(
        {
            "doc_id": ["d"],
            "text": [text],
            "lang": [lang],
            "published": pd.to_datetime(["2016-01-01"], utc=True),
            "speaker": [speaker],
        }
    )
    reg = load_registry()
    sents = split_sentences(docs)
    return find_statements(sents, find_actors(sents, reg, docs), docs=docs, registry=reg)


def names(text: str, **kw) -> list[tuple[str, str]]:
    st = statements(text, **kw)
    st = st[st["kind"] != "own"]
    return list(zip(st["speaker_surface"], st["speaker_name"], strict=True))


def test_module_examples():
    for module in (_names, _speaker_parse, _text_names):
        assert doctest.testmod(module).failed == 0


def test_a_named_speaker_is_named_without_article_and_role_words():
    got = names("Der Politologe Peter Filzmaier sagte am Montag, die Regierung habe versagt.")
    assert got == [("Der Politologe Peter Filzmaier", "Peter Filzmaier")]


def test_a_leading_possessive_is_no_part_of_the_name():
    got = names("Mein Kollege Jens Kestner hat gesagt, die Bundeswehr sei gut ausgestattet.")
    assert got == [("Mein Kollege Jens Kestner", "Jens Kestner")]


def test_an_apposition_after_a_comma_is_the_name():
    got = names(
        "Das sei falsch, sagte der Sprecher des Kreml, Dmitri Peskow, am Freitag in Moskau."
    )
    assert got[0][1] == "Dmitri Peskow"


def test_a_pronoun_a_description_and_a_surname_take_the_earlier_full_name():
    got = names(
        "Bundeskanzler Werner Faymann sagte, er sehe das anders. "
        "Die Lage sei ernst, sagte er am Abend. "
        "Faymann betonte, man arbeite an einer Lösung. "
        "Der Kanzler meinte, alles werde gut."
    )
    assert [n for _, n in got] == ["Werner Faymann"] * 4


def test_a_pronoun_refers_to_a_person_named_outside_any_statement():
    got = names(
        "Gazprom-Chef Alexej Miller schreckte die Kunden mit einer Prognose. "
        "„Solche Winter gibt es alle zehn Jahre“, sagte er."
    )
    assert got == [("er", "Alexej Miller")]


def test_a_pronoun_skips_a_name_inside_its_own_statement_and_a_person_of_the_other_gender():
    got = names(
        "Eine Sprecherin der Polizei sagte, es gebe keine Verletzten. "
        "Er habe nichts gesehen, sagte ein Augenzeuge. "
        "Sie fügte hinzu, die Lage sei ruhig."
    )
    assert got[-1] == ("Sie", "Sprecherin der Polizei")
    got = names(
        "Trainer Peter Stöger war zufrieden. „Gegen Rapid war Marcel Koller besser“, sagte er."
    )
    assert got == [("er", "Peter Stöger")]


def test_a_document_is_no_person_an_epithet_refers_back_to():
    got = names(
        "„Das ist ein Skandal“, heißt es in der Anklageschrift. "
        "Der Verteidiger sagte, sein Mandant sei unschuldig."
    )
    assert got[1] == ("Der Verteidiger", "Verteidiger")
    got = names("Im Bericht heißt es, die Lage sei ernst. Der Minister sagte, man werde handeln.")
    assert got[1] == ("Der Minister", "Minister")


def test_a_registry_actor_gets_its_canonical_name():
    got = names("„Das illusorische Ziel verlängert den Krieg“, sagte Hegseth.")
    assert got == [("Hegseth", "Pete Hegseth")]


def test_a_pronoun_far_from_any_name_stays_unnamed():
    filler = " ".join(f"Am Tag {k} regnete es." for k in range(8))
    got = names(f"Trainer Peter Stöger war zufrieden. {filler} Das sei gut, sagte er.")
    assert len(got) == 1 and got[0][0] == "er" and pd.isna(got[0][1])


def test_the_polite_sie_of_a_speech_names_nobody():
    st = statements(
        "Herr Präsident! Meine Damen und Herren! Sie haben gesagt, die Bundeswehr sei gut "
        "ausgestattet. Das stimmt nicht.",
        speaker="Felgentreu",
    )
    row = st[st["speaker_surface"] == "Sie"]
    assert len(row) == 1 and pd.isna(row["speaker_name"].iloc[0])


def test_english_pronouns_take_the_earlier_speaker():
    got = names(
        "Senator John Smith said the bill was dead. He added that talks would go on.",
        lang="en",
    )
    assert [n for _, n in got] == ["John Smith", "John Smith"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pronoun refers to a person, not to a body that spoke in between
        (
            "Bürgermeister Hans Klein kam zur Sitzung. Die Polizei teilte mit, es habe keine "
            "Zwischenfälle gegeben. Er sagte, er sei zufrieden.",
            ["Polizei", "Hans Klein"],
        ),
        # the speaker before the content, not a person named inside it
        (
            "Der Politologe Peter Filzmaier sagte, Bürgermeister Michael Häupl habe die Wahl "
            "klar gewonnen. Er fügte hinzu, die Lage sei ruhig.",
            ["Peter Filzmaier", "Peter Filzmaier"],
        ),
        # "Auch" is no first name; a party in brackets and an apposition are no part of it
        (
            "Trainer Peter Stöger war zufrieden. Auch Stöger war froh. Stöger sagte, das Team "
            "sei gut.",
            ["Peter Stöger"],
        ),
        (
            "Innenminister Thomas Strobl (CDU) sagte, die Lage sei ernst. Er fügte hinzu, man "
            "arbeite daran.",
            ["Thomas Strobl", "Thomas Strobl"],
        ),
        ("Das sei falsch, sagte Peter Müller, Sprecher der Polizei, am Montag.", ["Peter Müller"]),
        (
            "Das sei gut, sagte Thomas Oppermann, SPD-Fraktionschef, am Montag.",
            ["Thomas Oppermann"],
        ),
        (
            "Peter Filzmaier sagte, die Regierung habe versagt. Später sagte der Politologe "
            "Filzmaier, es gebe Hoffnung.",
            ["Peter Filzmaier", "Peter Filzmaier"],
        ),
        # a name with a particle, two spaces inside a name
        (
            "Innenminister Thomas de Maizière war in Brüssel. Er sagte, die Grenzen blieben offen.",
            ["Thomas de Maizière"],
        ),
        (
            "Bundespräsident Heinz  Fischer findet den Streit besorgniserregend, er mahnt, die "
            "Regierung solle sich einigen.",
            ["Heinz Fischer"],
        ),
    ],
)
def test_names_in_german_news(text, expected):
    assert [n for _, n in names(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nach Angaben von Peter Müller wurden zwei Menschen verletzt. Müller sagte, die "
            "Lage sei ruhig.",
            ["Peter Müller", "Peter Müller"],
        ),
        ("Nach Angaben der Polizei vom Montag wurden zwei Menschen verletzt.", ["Polizei"]),
        # women named by "Frau", a feminine role or description
        (
            "Frau Kowalski sagte, das Haus sei alt. Sie fügte hinzu, es werde renoviert.",
            ["Kowalski", "Kowalski"],
        ),
        (
            "Bürgermeister Hans Klein traf Landesrätin Eva Huber. Er sagte, das Treffen sei "
            "gut gewesen.",
            ["Hans Klein"],
        ),
        (
            "Eine Augenzeugin sagte, sie habe einen Knall gehört. Sie fügte hinzu, alle seien "
            "gerannt.",
            ["Augenzeugin", "Augenzeugin"],
        ),
        # a name, then a comma and a capitalised word: no second name
        (
            "Trainer Peter Stöger, Österreichs erfolgreichster Coach, war zufrieden. Er sagte, "
            "das Team sei gut.",
            ["Peter Stöger"],
        ),
        # a place after a body is no person; surnames that end like role words
        (
            "Die Polizei Wien teilte mit, es gebe keine Verletzten. Er sagte, er sei froh.",
            ["Polizei Wien", None],
        ),
        (
            "Der Politologe Hans Vorländer sagte, Pegida sei schwach. Er fügte hinzu, das bleibe "
            "so.",
            ["Hans Vorländer", "Hans Vorländer"],
        ),
        (
            "Staatssekretär Michael Meister (CDU) sagte, das sei gut. Er betonte, man arbeite.",
            ["Michael Meister", "Michael Meister"],
        ),
        # the Vizekanzler is no "Kanzler"; a singular "sie" with "hat"
        (
            "Bundeskanzler Werner Faymann traf Vizekanzler Reinhold Mitterlehner. Der Kanzler "
            "sagte, man sei einig.",
            ["Werner Faymann"],
        ),
        (
            "Innenministerin Petra Lang besuchte das Lager. Sie hat bestritten, dass es voll sei.",
            ["Petra Lang"],
        ),
        # an institution after "von der" is no part of the name; hyphenated first names
        (
            "Anna Berger von der Caritas sagte, es fehle Geld. Laut Caritas fehlen 20 Millionen.",
            ["Anna Berger", "Caritas"],
        ),
        (
            "Hans-Peter Doskozil war in Wien. Doskozil sagte, das Heer brauche Geld.",
            ["Hans-Peter Doskozil"],
        ),
        # "Wer ... sagt" names nobody
        ("Wer heute sagt, die Lage sei ruhig, irrt sich.", [None]),
        # attribution nouns: a possessive names its owner, "eigenen", "dem Vernehmen" nobody
        (
            "Trainer Peter Stöger war zufrieden. Seiner Ansicht nach hat das Team gut gespielt.",
            ["Peter Stöger"],
        ),
        ("Die Firma hat nach eigenen Angaben zehn Mitarbeiter entlassen.", [None]),
        ("Dem Vernehmen nach wurde der Vertrag verlängert.", [None]),
        # "Weiter hieß es" goes on with the source before it; a bare "hieß es" names nobody
        (
            "Die Behörde sei überlastet, berichtete die ARD am Abend. Weiter hieß es, die Zahl "
            "der Anträge steige.",
            ["ARD", "ARD"],
        ),
        # "prüfe": a Konjunktiv form the lexicon does not list, a continuation (session 15)
        ("Die Lage sei ernst, hieß es. Man prüfe alles.", [None, None]),
        # a plural noun before "in" is no person, nor is a state after a marker noun
        (
            "Medien in Russland berichteten, der Angriff sei abgewehrt worden. Die Ministerin "
            "sagte, man prüfe das.",
            ["Medien in Russland", "Ministerin"],
        ),
        (
            "Nach der Ankündigung der Vereinigten Staaten sei die Lage neu. Der Politiker sagte, "
            "er sei besorgt.",
            ["USA", "Politiker"],
        ),
    ],
)
def test_names_after_the_second_review(text, expected):
    got = [None if pd.isna(n) else n for _, n in names(text)]
    assert got == expected


def test_a_person_named_with_a_common_first_name_is_an_antecedent():
    got = names(
        "Was den Preis von Metallen betrifft, rechnet Rainer Bunge von der Hochschule mit "
        "steigenden Preisen. Er erklärt, Kupfer werde knapp."
    )
    assert got[-1] == ("Er", "Rainer Bunge")
    assert _text_names.given_names("Im August Ferien. Sabine Meier kam.") == [(18, "Sabine Meier")]
    assert "August" not in _speaker_parse._given() and "Rainer" in _speaker_parse._given()


def test_the_cue_lexicons_attribution_nouns_give_the_speaker():
    assert _speaker_parse.parse_speaker("einem Bericht der Presse").words == ["Presse"]
    assert _speaker_parse.parse_speaker("dem Bericht vom Donnerstag").words[0] == "Bericht"
    assert (
        _speaker_parse.parse_speaker("Angaben der Polizei", markers={"Hinweise"}).words[0]
        == "Angaben"
    )


def test_an_english_description_is_a_person_a_pronoun_can_refer_to():
    got = names(
        "A police spokesman said the road was closed. He added that nobody was hurt.", lang="en"
    )
    assert [n for _, n in got] == ["police spokesman", "police spokesman"]


def test_plural_sie_and_a_woman_named_by_her_role_are_no_antecedents():
    got = names(
        "Die Demonstranten zogen vor das Büro von Bürgermeister Hans Klein. "
        "Sie riefen, er solle zurücktreten."
    )
    assert len(got) == 1 and pd.isna(got[0][1])
    got = names("Innenministerin Petra Lang besuchte das Lager. Er sagte, das Lager sei voll.")
    assert len(got) == 1 and pd.isna(got[0][1])


def test_english_descriptions_and_titles():
    got = names(
        "Chancellor Olaf Scholz said the plan was good. The chancellor said it would work. "
        "White House press secretary Karine Jean-Pierre said talks would go on.",
        lang="en",
    )
    assert [n for _, n in got] == ["Olaf Scholz", "Olaf Scholz", "Karine Jean-Pierre"]


def test_odd_records_do_not_fail():
    rows = [
        {"speaker_id": None, "speaker_surface": s, "speaker_start": a, "speaker_end": b,
         "inherited": False, "sent_id": 0, "kind": "indirect", "cue": "sagte",
         "content_start": pd.NA, "content_end": float("nan")}
        for s, a, b in [(" ", 0, 1), ("", None, None), ("Merkel:", pd.NA, 7), ("er", 10, 12)]
    ]  # fmt: skip
    _names.name_speakers(rows, load_registry(), text="Merkel: Das ist so. er", sent_starts=[0])
    # a surname the registry knows as one person takes the registry's name
    assert [r["speaker_name"] for r in rows] == [None, None, "Angela Merkel", None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an epithet refers back to the speaker before it ...
        (
            "Dass die Vielfalt unterschätzt wird, glaubt Gerald Schneeweiß nicht. Es gebe noch "
            "neue Arten, sagte Schneeweiß. Neuentdeckungen seien überall möglich, so der Forscher.",
            ["Gerald Schneeweiß", "Gerald Schneeweiß"],
        ),
        (
            "Wir haben unsere Stärken, sagte Trainer Thorsten Fink. Die wollen wir ausspielen, "
            "sagte der 47-Jährige.",
            ["Thorsten Fink", "Thorsten Fink"],
        ),
        (
            "Die Preise seien unter Druck, räumte Obfrau Angelika Sery-Froschauer ein. Wir sind "
            "am Limit, so die Kammer-Obfrau.",
            ["Angelika Sery-Froschauer", "Angelika Sery-Froschauer"],
        ),
        # ... but not to a person of the other gender, from a spokesperson or a plural
        (
            "Die Lage sei ernst, sagte Peter Huber. Es gebe keine Verletzten, sagte die "
            "Forscherin.",
            ["Peter Huber", "Forscherin"],
        ),
        (
            "Die Lage sei ernst, sagte Peter Huber. Es gebe keine Verletzten, sagte der "
            "Polizeisprecher.",
            ["Peter Huber", "Polizeisprecher"],
        ),
        (
            "Die Lage sei ernst, sagte Peter Huber. Es gebe keine Verletzten, sagten die Forscher.",
            ["Peter Huber", "Forscher"],
        ),
    ],
)
def test_an_epithet_takes_the_name_of_the_person_before(text, expected):
    assert [n for _, n in names(text)] == expected


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("die regierungsnahe Nachrichtenagentur Anadolu", ["Anadolu"]),
        ("einem Bericht der Zeitung Dawn vom Samstag", ["Dawn"]),
        ("die Zeitung Die Presse", ["Die", "Presse"]),
        ("CEO Tim Cook", ["Tim", "Cook"]),
        ("Geschäftsführer Bernhard Jungwirth", ["Bernhard", "Jungwirth"]),
        ("Club-Boss Nasser Al-Khelaifi", ["Nasser", "Al-Khelaifi"]),
        ("Produzent John Lueftner", ["John", "Lueftner"]),
        ("IHS-Mann Hofer", ["Hofer"]),
        ("UNO-Angaben", ["UNO"]),
        ("Scolik gegenüber der FAZ", ["Scolik"]),
        ("Staatsanwalt Jan Holzner der Welt", ["Jan", "Holzner"]),
        ("die Archäologin Kat Szabo von der Universität Wollongong", ["Kat", "Szabo"]),
        (
            "der für Terrorismus zuständigen französischen Staatsanwalt François Molins",
            ["François", "Molins"],
        ),
        ("nach Ansicht Rabmer-Kollers", ["Rabmer-Kollers"]),
        ("Seitens des Roten Kreuzes", ["Roten", "Kreuzes"]),
        ("der 69-jährige Trainer", ["Trainer"]),
    ],
)
def test_media_titles_and_attached_words_are_no_part_of_the_name(surface, expected):
    assert _speaker_parse.parse_speaker(surface).words == expected


def test_a_person_inside_a_bodys_speaker_span_and_after_a_title_is_named():
    got = names(
        "Kremlin spokesman Dmitry Peskov told reporters the talks would continue. He added "
        "that nothing was agreed. U.S. Secretary of State Antony Blinken said the alliance "
        "was strong. Ukrainian President Volodymyr Zelensky said they would fight. The "
        "45-year-old said the war would end.",
        lang="en",
    )
    assert [n for _, n in got] == [
        # registry persons (Peskow, Blinken, Selenskyj) by the registry's English name
        "Dmitry Peskov", "Dmitry Peskov", "Antony Blinken", "Volodymyr Zelensky",
        "Volodymyr Zelensky",
    ]  # fmt: skip
    got = names("Kreml-Sprecher Dmitri Peskow sagte, die Gespräche gingen weiter.")
    assert got == [("Kreml-Sprecher Dmitri Peskow", "Dmitri Peskow")]
    parsed = _speaker_parse.parse_speaker(
        "Angaben des nordrhein-westfälischen Innenministers Ralf Jäger"
    )
    assert parsed.words == ["Ralf", "Jäger"]


def test_a_state_the_registry_knows_is_no_antecedent():
    got = names(
        "Forscher des IST Austria haben gerechnet. Die Evolution hänge vom Zufall ab, "
        "berichten sie im Fachjournal. Das IST Austria ist ein Institut. Es liegt in "
        "Klosterneuburg, sagte er."
    )
    assert [n for _, n in got] == [None, None] or all(pd.isna(n) for _, n in got)


def test_what_stays_a_description():
    for surface in (
        "Ein Sprecher Konvičkas",
        "die Polizei in Wien",
        "Sprecher des Ministeriums",
        "Sprecher von Peter Müller",
    ):
        assert not _speaker_parse.parse_speaker(surface).is_name, surface


def test_a_genitive_surname_takes_the_full_name_and_a_date_ends_a_name():
    got = names(
        "Ulrike Rabmer-Koller sagte, das System sei gut. Nach Ansicht Rabmer-Kollers müssen "
        "die Kassen sparen."
    )
    assert [n for _, n in got] == ["Ulrike Rabmer-Koller", "Ulrike Rabmer-Koller"]
    found = _text_names.role_names(
        "Das kündigte Vizekanzler Reinhold Mitterlehner Montagmittag an."
    )
    assert [name for _, _, name in found] == ["Reinhold Mitterlehner"]


def test_speech_own_statements_are_named_after_the_speaker():
    st = statements(
        "Herr Präsident! Ich fordere mehr Geld für die Bundeswehr. Das ist nötig.",
        speaker="Felgentreu",
    )
    own = st[st["kind"] == "own"]
    assert len(own) >= 2 and set(own["speaker_name"]) == {"Felgentreu"}


def test_bare_surnames_need_two_uses_and_an_unknown_word():
    text = "Dann kam Wehsely. Später sagte Wehsely nichts. Die Polizei kam. Die Polizei ging."
    assert [w for _, w in _text_names.bare_names(text)] == ["Wehsely", "Wehsely"]
    assert _text_names.bare_names("Dann kam Wehsely nach Hause.") == []


def test_gold_file_is_well_formed():
    rows = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 400 and len({r["id"] for r in rows}) == 400
    assert {r["split"] for r in rows} == {"dev", "held-out", "test"}
    assert {r["case"] for r in rows} == {"pronoun", "inherited", "demnach", "description"}
    types = {"person", "organisation", "state", "group", "unnamed", "document", "not_a_statement"}
    assert {r["type"] for r in rows} <= types
    assert all(r["name"] is not None for r in rows if r["type"] in ("person", "organisation"))
    assert all(r["name"] is None for r in rows if r["type"] == "not_a_statement")
    assert all("text" not in r for r in rows)  # the articles stay in ../shared/data


@pytest.fixture(scope="module")
def measured(shared_data):
    spec = importlib.util.spec_from_file_location(
        "eval_speaker_names", REPO / "benchmarks" / "eval_speaker_names.py"
    )
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    if not (shared_data / "gnad" / "test.csv").is_file():
        pytest.skip("10kGNAD test split not available")
    return mod.evaluate(shared_data)


@pytest.mark.parametrize(("split", "least"), [("dev", 0.70), ("held-out", 0.60), ("test", 0.52)])
def test_speaker_names_on_annotated_news(measured, split, least):
    t = measured[split]
    assert t["n"] >= 85
    # measured: dev 0.727, held-out 0.607, test 0.531 (session 22: the news model retrained
    # with the session's rules loses one held-out statement of 89, 0.618 -> 0.607, with the
    # rules unchanged on the old model; session 13: 0.667 / 0.618 / 0.505; session 12:
    # 0.667 / 0.629 / 0.505 with the older model)
    assert t["new"] / t["n"] >= least
    assert t["new"] > t["base"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the owner of the document is the speaker
        ("„Die Lage ist ernst“, heißt es in einer Stellungnahme des Ministeriums.", "Ministerium"),
        ("Die Lage sei ernst, hieß es in einer Erklärung der Bundesregierung.", "Bundesregierung"),
        # a newspaper in the genitive or dative is named in the nominative
        (
            "Dem Bericht der „Süddeutschen Zeitung“ zufolge plant die Regierung Kürzungen.",
            "Süddeutsche Zeitung",
        ),  # fmt: skip
        ("Laut der Neuen Zürcher Zeitung plant die Regierung Kürzungen.", "Neue Zürcher Zeitung"),
        (
            "Nach Angaben der Deutschen Presse-Agentur plant die Regierung Kürzungen.",
            "Deutsche Presse-Agentur",
        ),  # fmt: skip
    ],
)
def test_documents_and_newspapers_are_named_by_who_stands_behind_them(text, name):
    assert [n for _, n in names(text)] == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Der steirische Garnhersteller Borckenstein wird einen Insolvenzantrag einbringen. "
            "Das teilte das Unternehmen am Dienstag mit.",
            "Borckenstein",
        ),
        (
            "Der größte US-Autohersteller General Motors (GM) hat ein Programm gestartet. Die "
            "Kunden sollen Gutscheine erhalten, wie der Konzern am Freitag mitteilte.",
            "General Motors",
        ),
        # no word for a company before it: the name that opens a sentence before it with a
        # verb in the singular (session 20; before: "Konzern")
        (
            "Volkswagen will sparen. Der Konzern teilte mit, die Produktion werde gedrosselt.",
            "Volkswagen",
        ),  # fmt: skip
        # a copula after the name: no company ("Fakt ist, ..."); the description stays
        (
            "Fakt ist, dass gespart wird. Der Konzern teilte mit, die Produktion werde gedrosselt.",
            "Konzern",
        ),
    ],
)
def test_a_company_description_takes_the_company_named_before(text, name):
    assert [n for _, n in names(text)] == [name]

"""German lemma rules of discourse.segment: participles, compounds, case (hand-computed)."""

from __future__ import annotations

import pandas as pd
import pytest

from discourse.segment import split_sentences, tokenize
from discourse.segment._participles import participle_adjective, participle_infinitive
from discourse.segment.lemmas import compound_lemma, lemmatize


def _lemmas(text: str, lang: str = "de") -> dict[str, str]:
    docs = pd.DataFrame({"doc_id": ["d"], "text": [text], "lang": [lang]})
    toks = tokenize(split_sentences(docs))
    return dict(zip(toks["token"], toks["lemma"], strict=True))


@pytest.mark.parametrize(
    ("participle", "infinitive"),
    [
        ("gefreut", "freuen"),  # weak, ge-
        ("angefragt", "anfragen"),  # separable particle + ge-
        ("zubereitet", "zubereiten"),  # particle + inseparable prefix
        ("demoliert", "demolieren"),  # -iert
        ("entschieden", "entscheiden"),  # strong, ablaut ie -> ei
        ("verloren", "verlieren"),
        ("mitgebracht", "mitbringen"),  # irregular
        ("gelegen", "liegen"),  # not "legen": the ablaut comes first
        ("gewonnen", "gewinnen"),  # the verb itself begins with ge-
        ("gewesen", "sein"),
    ],
)
def test_participle_infinitive(participle, infinitive):
    assert participle_infinitive(participle) == infinitive


@pytest.mark.parametrize(
    "word",
    ["bereit", "erneut", "beten", "verstehen", "gefallen", "Gefreut", "erhalten", "jetzt"],
)
def test_participle_infinitive_rejects_non_participles(word):
    # adjectives, infinitives, a homograph of two verbs, capitals, participle == infinitive
    assert participle_infinitive(word) is None


def test_participles_in_verb_forms_and_as_adjectives():
    lem = _lemmas(
        "Wir haben uns über die Einladung gefreut. Das Spiel wurde am Ende verloren. "
        "Ein entschieden gutes Konzept. Er sagt: Der Verein ist verloren."
    )
    assert lem["gefreut"] == "freuen" and lem["entschieden"] == "entschieden"
    assert lem["verloren"] == "verlieren"  # both sentences have an auxiliary
    lem = _lemmas("Der Plan bleibt entschieden und verloren.")  # no auxiliary
    assert lem["entschieden"] == "entschieden" and lem["verloren"] == "verloren"


def test_inflected_participles_are_adjectives():
    assert participle_adjective("gefüllten", "füllen") == "gefüllt"
    assert participle_adjective("angebotene", "anbieten") == "angeboten"
    assert participle_adjective("umfassender", "umfassen") == "umfassend"
    assert participle_adjective("machten", "machen") is None  # a past tense
    assert participle_adjective("veröffentlichten", "veröffentlichen") is None  # ambiguous
    lem = _lemmas("Sie stiegen in die überfüllten Züge und lasen die gepflegte Zeitung.")
    assert lem["überfüllten"] == "überfüllt"  # after a preposition, before a noun
    assert lem["gepflegte"] == "gepflegt"  # not the nominalised "Gepflegte"
    assert lem["stiegen"] == "steigen"


def test_compounds_unknown_to_simplemma_lemmatise_their_head():
    assert compound_lemma("Gründerzeithäusern") == "Gründerzeithaus"
    assert compound_lemma("Klimaaspekten") == "Klimaaspekt"
    assert compound_lemma("Häuser") == "Häuser"  # known words are left to simplemma
    assert compound_lemma("Mecklenburgischen") == "Mecklenburgischen"  # an adjective
    assert lemmatize("Gründerzeithäusern", "de") == "Gründerzeithaus"


def test_hyphenated_compounds_keep_hyphen_and_modifier():
    assert lemmatize("Asien-Reise", "de") == "Asien-Reise"  # simplemma: "Asienreise"
    assert lemmatize("Ex-Kommunisten", "de") == "Ex-Kommunist"
    assert lemmatize("US-Verteidigungsministers", "de") == "US-Verteidigungsminister"


def test_capitals_and_numbers():
    assert lemmatize("WELTMEISTERSCHAFT", "de") == "Weltmeisterschaft"  # emphasis
    assert lemmatize("NATO", "de") == "NATO"  # an acronym keeps its spelling
    assert lemmatize("ALLE", "de") == "alle"  # a function word in capitals
    assert lemmatize("125jährigen", "de") == "125jährig"
    assert lemmatize("grossen", "de") == "groß"  # Swiss spelling
    assert lemmatize("letzte", "de") == "letzt"


def test_english_is_unchanged_by_german_rules():
    lem = _lemmas("We have decided. The filled cups were lost.", "en")
    assert lem["decided"] == "decide" and lem["filled"] == "fill" and lem["lost"] == "lose"

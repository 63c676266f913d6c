"""Tests for discourse.segment: sentences, tokens, lemmas, stop words (hand-computed)."""

from __future__ import annotations

import warnings

import pandas as pd
import pytest

from discourse.schema import validate
from discourse.segment import (
    lemmatize,
    load_stopwords,
    sentence_spans,
    split_sentences,
    token_spans,
    tokenize,
)


def sents_of(text: str, lang: str = "de") -> list[str]:
    return [text[a:b] for a, b, _ in sentence_spans(text, lang)]


def toks_of(text: str, lang: str = "de") -> list[str]:
    return [text[a:b] for a, b in token_spans(text, lang)]


def docs_of(*texts: str, lang: str = "de") -> pd.DataFrame:
    return pd.DataFrame(
        {"doc_id": [f"d{i}" for i in range(len(texts))], "text": list(texts), "lang": lang}
    )


# --- German news: every case named in the issue -------------------------------------------

DE_NEWS = (
    "Nato-Gipfel in Brüssel\n\n"
    "Am 12. Februar forderte US-Verteidigungsminister Pete Hegseth, die Nato-Staaten "
    "sollten z. B. 3,5 Prozent ihrer Wirtschaftsleistung ausgeben. Das sei seit dem "
    "19. Jahrhundert beispiellos, sagte Dr. Müller vom Institut u. a. dem ZDF.\n\n"
    "„Wir müssen mehr tun. Und zwar schnell“, sagte Pistorius. »Das ist klar.« Danach "
    "reiste er ab"
)


def test_german_news_sentences():
    assert sents_of(DE_NEWS) == [
        "Nato-Gipfel in Brüssel",
        "Am 12. Februar forderte US-Verteidigungsminister Pete Hegseth, die Nato-Staaten "
        "sollten z. B. 3,5 Prozent ihrer Wirtschaftsleistung ausgeben.",
        "Das sei seit dem 19. Jahrhundert beispiellos, sagte Dr. Müller vom Institut "
        "u. a. dem ZDF.",
        "„Wir müssen mehr tun.",
        "Und zwar schnell“, sagte Pistorius.",
        "»Das ist klar.«",
        "Danach reiste er ab",
    ]
    assert [p for _, _, p in sentence_spans(DE_NEWS, "de")] == [0, 1, 1, 2, 2, 2, 2]


def test_german_news_tokens():
    text = "Am 12. Februar nannte der US-Verteidigungsminister z. B. 3,5 Prozent für die Nato-Mitgliedschaft."
    assert toks_of(text) == [
        "Am", "12.", "Februar", "nannte", "der", "US-Verteidigungsminister", "z.", "B.",
        "3,5", "Prozent", "für", "die", "Nato-Mitgliedschaft", ".",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Es war 2019. Die Lage war schwierig.", ["Es war 2019.", "Die Lage war schwierig."]),
        ("Er wurde Platz 3. Die Wahl gewann sie.", ["Er wurde Platz 3.", "Die Wahl gewann sie."]),
        ("Dr. Müller bzw. Prof. Schmidt kamen ca. 20 Min. später.", None),
        ("Die Nr. 1 ist u. a. das Geld, vgl. Art. 5 GG.", None),
        ("Sie kamen usw. Die Sitzung begann.", ["Sie kamen usw.", "Die Sitzung begann."]),
        ("„Warum?“, fragte er. „Darum.“ Dann ging er.", ["„Warum?“, fragte er.", "„Darum.“", "Dann ging er."]),
        ("Es geht um 1,5 Mio. Euro.", None),
        ("Der 1. FC Köln spielt am 3. Oktober.", None),
    ],
)  # fmt: skip
def test_german_boundaries(text, expected):
    assert sents_of(text) == (expected if expected is not None else [text])


def test_german_lemmas_stop_punct(tiny_docs):
    toks = tokenize(split_sentences(tiny_docs))
    row = toks.set_index(["doc_id", "token"])
    assert row.loc[("de-1", "Nato-Mitglieder"), "lemma"] == "Nato-Mitglied"
    assert row.loc[("de-1", "gesprochen"), "lemma"] == "sprechen"
    assert row.loc[("de-1", "Die"), "lemma"] == "der"
    assert bool(row.loc[("de-1", "Die"), "is_stop"]) is True
    assert bool(row.loc[("de-1", "Verteidigungsausgaben"), "is_stop"]) is False
    assert toks.loc[toks["token"] == ".", "is_punct"].all()
    assert not toks.loc[toks["token"] != ".", "is_punct"].any() or "," in set(toks["token"])


# --- English news ---------------------------------------------------------------------------

EN_NEWS = (
    "NATO allies agree on spending\n\n"
    "The U.S. Defense Secretary met Mr. Smith, e.g. in Brussels, on Feb. 12. "
    'He said: "We must spend more. Now." The Dow rose 1.5 percent. '
    "Talks ended at 5 p.m. The next round is due in Jan. 2026."
)


def test_english_news_sentences():
    assert sents_of(EN_NEWS, "en") == [
        "NATO allies agree on spending",
        "The U.S. Defense Secretary met Mr. Smith, e.g. in Brussels, on Feb. 12.",
        'He said: "We must spend more.',
        'Now."',
        "The Dow rose 1.5 percent.",
        "Talks ended at 5 p.m.",
        "The next round is due in Jan. 2026.",
    ]


def test_english_tokens():
    text = "The U.S. didn't say, e.g., that NATO's 3.5% target (1,000 jobs) is over... See https://www.nato.int/a.html or press@nato.int."
    assert toks_of(text, "en") == [
        "The", "U.S.", "didn't", "say", ",", "e.g.", ",", "that", "NATO's", "3.5", "%",
        "target", "(", "1,000", "jobs", ")", "is", "over", "...", "See",
        "https://www.nato.int/a.html", "or", "press@nato.int", ".",
    ]  # fmt: skip


def test_english_lemmas():
    assert lemmatize("children", "en") == "child"
    assert lemmatize("Department", "en") == "Department"  # a name inside a sentence
    assert lemmatize("The", "en", initial=True) == "the"
    assert lemmatize("5,000", "en") == "5000"
    assert lemmatize("NATO", "en") == "NATO"
    assert lemmatize("Habe", "de", initial=True) == "haben"
    assert lemmatize("Massnahmen", "de") == "Maßnahme"  # Swiss spelling
    assert lemmatize("Frieden", "fr") == "frieden"  # no lemmatiser: lower-cased token


# --- tables: schema, offsets, no mutation, extra columns -------------------------------------


def test_tables_follow_schema_and_offsets(tiny_docs):
    before = tiny_docs.copy(deep=True)
    sents = split_sentences(tiny_docs)
    toks = tokenize(sents)
    pd.testing.assert_frame_equal(tiny_docs, before)
    validate(sents, "sents")
    validate(toks, "tokens")
    assert isinstance(sents.index, pd.RangeIndex) and isinstance(toks.index, pd.RangeIndex)
    assert str(sents["doc_id"].dtype) == "str" and str(toks["lemma"].dtype) == "str"
    text = dict(zip(tiny_docs["doc_id"], tiny_docs["text"], strict=True))
    for d, s, e, t in zip(
        sents["doc_id"], sents["start"], sents["end"], sents["text"], strict=True
    ):
        assert text[d][s:e] == t
    for d, s, e, t in zip(toks["doc_id"], toks["start"], toks["end"], toks["token"], strict=True):
        assert text[d][s:e] == t
    assert sents.groupby("doc_id")["sent_id"].apply(list).to_dict() == {
        "de-1": [0, 1, 2], "de-2": [0, 1], "en-1": [0, 1],
    }  # fmt: skip
    assert sents.groupby("doc_id")["para_id"].apply(list)["de-1"] == [0, 0, 1]
    assert (toks.groupby(["doc_id", "sent_id"])["tok_id"].min() == 0).all()


def test_tokenize_does_not_mutate_and_uses_lang_override(tiny_docs):
    sents = split_sentences(tiny_docs).drop(columns="lang")
    before = sents.copy(deep=True)
    with pytest.raises(ValueError, match="lang"):
        tokenize(sents)
    toks = tokenize(sents, lang="de")
    pd.testing.assert_frame_equal(sents, before)
    assert len(toks) > 0


def test_stopwords_bundled_and_overridable():
    de, en = load_stopwords("de"), load_stopwords("en")
    assert {"und", "der", "nicht"} <= de and {"the", "and", "not"} <= en
    assert "nato" not in de and "prozent" not in de
    with pytest.raises(ValueError, match="lang"):
        load_stopwords("xx")
    sents = pd.DataFrame(
        {"doc_id": ["a"], "sent_id": [0], "start": [0], "text": ["Die Nato zahlt."], "lang": ["de"]}
    )
    assert tokenize(sents, stopwords={"nato"})["is_stop"].tolist() == [False, True, False, False]
    assert tokenize(sents, stopwords={"de": ["die"]})["is_stop"].tolist() == [
        True,
        False,
        False,
        False,
    ]
    with pytest.raises(TypeError, match="stopwords"):
        tokenize(sents, stopwords="nato")


def test_lemmas_false_gives_lowercase():
    sents = pd.DataFrame(
        {"doc_id": ["a"], "sent_id": [0], "start": [0], "text": ["Die Häuser."], "lang": ["de"]}
    )
    assert tokenize(sents, lemmas=False)["lemma"].tolist() == ["die", "häuser", "."]
    assert tokenize(sents)["lemma"].tolist() == ["der", "Haus", "."]


# --- edge cases ------------------------------------------------------------------------------


def test_empty_and_missing_documents_give_no_rows():
    docs = pd.DataFrame({"doc_id": ["a", "b", "c"], "text": ["", "   \n\n ", None], "lang": "de"})
    sents = split_sentences(docs)
    assert len(sents) == 0
    validate(sents, "sents")
    toks = tokenize(sents)
    assert len(toks) == 0
    validate(toks, "tokens")


def test_no_final_punctuation_and_headings():
    text = (
        "Hegseth fordert fünf Prozent\n\nDer Minister sprach.\nNato-Gipfel\nDie Debatte geht weiter"
    )
    assert sents_of(text) == [
        "Hegseth fordert fünf Prozent",
        "Der Minister sprach.",
        "Nato-Gipfel",
        "Die Debatte geht weiter",
    ]


def test_hard_wrapped_lines_are_not_boundaries():
    text = (
        "The Secretary said that the alliance would need to spend a great deal\n"
        "More on defence over the coming decade and that allies had agreed to\n"
        "Reach the new target by the end of the decade.\n"
    )
    assert len(sents_of(text, "en")) == 1


def test_mixed_line_endings_and_control_characters():
    text = "Line one\r\nLine two.\rLine three\r\n\r\nNew para.\x00 Und\x0bmehr\x07."
    spans = sentence_spans(text, "en")
    assert [text[a:b] for a, b, _ in spans] == [
        "Line one", "Line two.", "Line three", "New para.", "Und\x0bmehr\x07.",
    ]  # fmt: skip
    assert [p for *_, p in spans] == [0, 0, 0, 1, 1]
    assert toks_of("Text mit \x00Steuer\x07zeichen\u200b.") == [
        "Text",
        "mit",
        "Steuer",
        "zeichen",
        ".",
    ]


def test_other_languages_warn_and_use_neutral_rules():
    docs = pd.DataFrame(
        {
            "doc_id": ["f", "x"],
            "text": ["M. Dupont est arrivé. Il parle.", "Ok."],
            "lang": ["fr", None],
        }
    )
    with pytest.warns(UserWarning, match="fr"):
        sents = split_sentences(docs)
    assert sents["text"].tolist() == ["M. Dupont est arrivé.", "Il parle.", "Ok."]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        toks = tokenize(sents)
    assert toks.loc[toks["doc_id"] == "f", "lemma"].tolist()[:3] == ["m.", "dupont", "est"]
    assert not toks["is_stop"].any()


def test_mixed_languages_in_one_call(tiny_docs):
    toks = tokenize(split_sentences(tiny_docs))
    lemma = dict(zip(toks["token"], toks["lemma"], strict=True))
    assert lemma["said"] == "say" and lemma["sagte"] == "sagen"


def test_very_long_document():
    sentence = "Die Nato-Staaten erhöhen am 12. Februar ihre Ausgaben auf 3,5 Prozent. "
    text = sentence * 5000 + "Ende"
    sents = split_sentences(docs_of(text))
    assert len(sents) == 5001
    toks = tokenize(sents)
    assert len(toks) == 5000 * 12 + 1
    assert toks["end"].iloc[-1] == len(text)


def test_input_errors():
    with pytest.raises(TypeError, match="docs"):
        split_sentences("text")
    with pytest.raises(ValueError, match="text"):
        split_sentences(pd.DataFrame({"doc_id": ["a"]}))
    with pytest.raises(ValueError, match="lang"):
        split_sentences(pd.DataFrame({"doc_id": ["a"], "text": ["x"]}))
    assert len(split_sentences(pd.DataFrame({"doc_id": ["a"], "text": ["x"]}), lang="en")) == 1


def test_tokenize_filtered_sents_keeps_keys(tiny_docs):
    sents = split_sentences(tiny_docs)
    some = sents[sents["doc_id"] != "de-1"]  # not a RangeIndex any more
    toks = tokenize(some)
    validate(toks, "tokens")
    assert set(toks["doc_id"]) == {"de-2", "en-1"}
    text = dict(zip(tiny_docs["doc_id"], tiny_docs["text"], strict=True))
    assert all(
        text[d][s:e] == t
        for d, s, e, t in zip(
            toks["doc_id"], toks["start"], toks["end"], toks["token"], strict=True
        )
    )


def test_split_sentences_rejects_repeated_doc_ids():
    """The same corpus loaded twice would double every count downstream (review finding)."""
    docs = pd.DataFrame(
        {"doc_id": ["a", "b", "a"], "lang": "de", "text": ["Eins.", "Zwei.", "Eins."]}
    )
    with pytest.raises(ValueError, match=r"doc_id must be unique, 1 repeated \(e.g. \['a'\]\)"):
        split_sentences(docs)

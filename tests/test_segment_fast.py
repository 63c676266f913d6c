"""The fast paths of discourse.segment give what the plain rules give.

The token regex has a first branch for plain words and consumes white space inside the
match; lemmas are cached across calls; German endings are tested before the regex; the
token columns are built from per-language vocabularies and integer codes. Each test
compares a fast path with the rule it stands for, or with a hand-computed result.
"""

from __future__ import annotations

import re
import warnings

import numpy as np
import pandas as pd
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from discourse.schema import validate
from discourse.segment import split_sentences, tokenize
from discourse.segment._features import Vocabulary
from discourse.segment.lemmas import (
    _ADJ_ENDINGS,
    _DE_ADJ,
    _DE_INFLECTED,
    _de_adj,
    attributive_lemma,
    cached_lemma,
    is_inflected_adjective,
    lemmatize,
)
from discourse.segment.tokens import _URL, _core, _patterns, _sentence_langs, token_spans

# Pieces next to which a plain word may or may not end: hyphens, apostrophes, full stops,
# digits, underscores, URLs and e-mail addresses, repeated punctuation, control characters.
PIECES = [
    "Nato", "staaten", "don", "t", "U", "S", "z", "B", "e", "g", "Dr", "x1", "_", "3", "12",
    "-", "'", "’", ".", ",", ":", ";", "!", "?", "(", ")", "*", "**", "$$", "!!", "?!", "...",
    "''", "``", ",,", ":)", "--", "==", "#", "@", "www.", "https://", "x.org", "a@b.de",
    " ", " ", "  ", "\n", "\t", "\xa0", "\x00", "\x07", "\u200b", "\u200b\u200b", "über", "ß",
    "’s", "'s", "n’t", "-Staaten", ".pdf", ". ",
]  # fmt: skip
texts = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


def _spans(pattern: re.Pattern[str], text: str, group: int) -> list[tuple[int, int]]:
    return [(m.start(group), m.end(group)) for m in pattern.finditer(text)]


@settings(deadline=None, max_examples=300)
@given(texts, st.booleans())
@example("don’t Google's it’s", True)
@example("Nato-Staaten x-1 a_b-c", False)
@example("Dr. z.B. e.g. report.pdf ab.c a. ab.", False)
@example("mail a@b.de www.x.org https://x.org/a_b.", True)
def test_fast_token_patterns_equal_the_plain_alternation(text, apostrophes):
    fast, full = _patterns(apostrophes)
    plain = re.compile(_core(apostrophes))
    plain_full = re.compile(_URL + "|" + _core(apostrophes))
    assert _spans(fast, text, 1) == _spans(plain, text, 0)
    assert _spans(full, text, 1) == _spans(plain_full, text, 0)


def test_token_spans_hand_computed():
    text = "Die U.S.-Truppen (ca. 3,5 Mio.) kamen -- z.B. am 12. Mai!!"
    assert [text[s:e] for s, e in token_spans(text, "en")] == [
        "Die", "U.S.", "-", "Truppen", "(", "ca", ".", "3,5", "Mio", ".", ")", "kamen", "--",
        "z.B.", "am", "12", ".", "Mai", "!!",
    ]  # fmt: skip
    assert [text[s:e] for s, e in token_spans(text, "de")][-6:] == [
        "z.B.", "am", "12.", "Mai", "!", "!",
    ]  # fmt: skip


@settings(deadline=None, max_examples=200)
@given(st.text(alphabet="abeilmnrstgäöüßhdcE", min_size=1, max_size=14))
def test_ending_tests_agree_with_the_regexes(word):
    fast, plain = _de_adj(word), _DE_ADJ.fullmatch(word)
    assert (fast is None) == (plain is None)
    assert fast is None or fast.group(1) == plain.group(1)
    assert is_inflected_adjective(word) == (
        word.islower() and _DE_INFLECTED.fullmatch(word) is not None
    )


def test_adjective_endings_cover_every_combination():
    assert "lichen" in _ADJ_ENDINGS and "iertem" in _ADJ_ENDINGS and len(_ADJ_ENDINGS) == 45
    assert _de_adj("dreiminütige").group(1) == "dreiminütig"
    assert _de_adj("Haus") is None


@pytest.mark.parametrize(
    ("token", "lang", "initial", "before_noun", "expected"),
    [
        ("troops", "en", False, False, "troop"),  # the English fast path
        ("children", "en", False, False, "child"),
        ("was", "en", False, False, "be"),
        ("Ihnen", "de", False, False, "Sie"),  # a hand-written rule before simplemma
        ("don't", "en", False, False, "do"),  # not the fast path: an apostrophe
        ("Department", "en", False, False, "Department"),
        ("Habe", "de", True, False, "haben"),
        ("Nato-Mitgliedschaften", "de", False, False, "Nato-Mitgliedschaft"),
        ("Soziale", "de", True, True, "sozial"),
    ],
)
def test_cached_lemma_equals_lemmatize(token, lang, initial, before_noun, expected):
    plain = lemmatize(token, lang, initial=initial, before_noun=before_noun)
    assert plain == expected
    assert cached_lemma(token, lang, initial, before_noun) == plain
    assert cached_lemma(token, lang, initial, before_noun) == plain  # from the cache


def test_lemma_cache_is_bounded():
    assert cached_lemma.cache_info().maxsize == 1 << 16
    assert attributive_lemma("bestellten") == "bestellt"


def test_vocabulary_numbers_in_order_of_first_sight():
    vocab = Vocabulary()
    codes = list(map(vocab.__getitem__, ["b", "a", "b", "c", "a"]))
    assert codes == [0, 1, 0, 2, 1]
    assert list(vocab) == ["b", "a", "c"]


def test_sentence_langs_codes_and_missing_values():
    sents = pd.DataFrame({"lang": ["en", "DE", None, "de", "fr"]})
    codes, langs = _sentence_langs(sents, None)
    assert langs == ["", "de", "en", "fr"]
    assert codes.tolist() == [2, 1, 0, 1, 3]
    codes, langs = _sentence_langs(sents, "de")
    assert langs == ["de"] and codes.tolist() == [0] * 5
    assert _sentence_langs(sents.iloc[:0], "xx")[1] == []


MIXED = {
    "de": [
        "Die bestellten Speisen kamen spät. Wir haben uns gefreut, sagte Dr. Müller.",
        "„Soziale Bewegungen“ – so hieß es am 12. Februar. Die Nato-Staaten zahlen.",
    ],
    "en": ["The U.S. troops didn't leave. Was it 5,000 or 3.5%?", "Habe nichts. Die."],
    "fr": ["Les soldats. Die Staaten."],
}


def _docs(lang: str) -> pd.DataFrame:
    texts = MIXED[lang]
    return pd.DataFrame(
        {"doc_id": [f"{lang}{i}" for i in range(len(texts))], "text": texts, "lang": lang}
    )


def test_mixed_languages_equal_one_call_per_language():
    """Codes of several languages share one table; each language is as if alone."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        parts = {lg: split_sentences(_docs(lg)) for lg in MIXED}
        # interleave the languages sentence by sentence
        sents = pd.concat(parts.values(), ignore_index=True)
        order = np.argsort(sents.groupby("doc_id").cumcount().to_numpy(), kind="stable")
        sents = sents.iloc[order].reset_index(drop=True)
        together = tokenize(sents)
        alone = {lg: tokenize(p) for lg, p in parts.items()}
    validate(together, "tokens")
    for lg, toks in alone.items():
        mine = together[together["doc_id"].str.startswith(lg)]
        mine = mine.sort_values(["doc_id", "sent_id", "tok_id"]).reset_index(drop=True)
        pd.testing.assert_frame_equal(mine, toks)
    de = alone["de"].set_index("token")["lemma"]
    assert de["bestellten"] == "bestellt" and de["gefreut"] == "freuen"
    assert alone["en"].set_index("token")["lemma"]["troops"] == "troop"
    assert alone["fr"]["lemma"].tolist()[:2] == ["les", "soldats"]


def test_repeated_calls_give_the_same_table():
    sents = split_sentences(_docs("de"))
    first = tokenize(sents)
    cached_lemma.cache_clear()
    pd.testing.assert_frame_equal(tokenize(sents), first)
    pd.testing.assert_frame_equal(tokenize(sents), first)


@settings(deadline=None, max_examples=100)
@given(st.lists(texts, min_size=1, max_size=4), st.sampled_from(["de", "en"]))
@example(["Er kam etc.", "Siehe www.x.org/a. Gut", "Am 12. Mai. Dr. No", "Ok"], "de")
@example(["I saw it etc.", "Mail a@b.de now. Yes", "U.S. e.g. fine."], "en")
def test_tokenize_equals_token_spans_per_sentence(text_list, lang):
    """``tokenize`` encodes most sentences straight from the regex matches; every
    sentence must get the tokens of :func:`token_spans`, which applies all rules."""
    sents = pd.DataFrame(
        {
            "doc_id": [f"d{i}" for i in range(len(text_list))],
            "sent_id": 0,
            "start": 3,
            "text": text_list,
            "lang": lang,
        }
    )
    toks = tokenize(sents, lemmas=False)
    for i, text in enumerate(text_list):
        mine = toks[toks["doc_id"] == f"d{i}"]
        expected = [(s + 3, e + 3) for s, e in token_spans(text, lang)]
        assert list(zip(mine["start"], mine["end"], strict=True)) == expected
        assert mine["token"].tolist() == [text[s:e] for s, e in token_spans(text, lang)]

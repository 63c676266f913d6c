"""Property tests for discourse.segment: offsets reconstruct the text, sentences tile paragraphs."""

from __future__ import annotations

import re

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from discourse.schema import validate
from discourse.segment import split_sentences, tokenize
from discourse.segment._rules import SPACE_CHARS

# Pieces that exercise the rules: abbreviations, ordinals, numbers, quotes, ellipses,
# line breaks of every kind, control characters, hyphenated compounds.
PIECES = [
    "Die", "Nato", "sagte", "er", "z.", "B.", "Dr.", "Nr.", "12.", "3,5", "1.5", "U.S.",
    "e.g.", "Mr.", "US-Verteidigungsminister", "don't", "ca.", "usw.", "Am", "Februar",
    ".", "!", "?", "…", "...", ",", ":", "„", "“", "»", "«", '"', "'", "(", ")", "-", "—",
    " ", " ", " ", "\n", "\n\n", "\r\n", "\r", "\t", "\x00", "\x07", "\u200b", "\xa0",
    "a", "B", "9", "Ende.", "Satz!", "über", "@", "#",
]  # fmt: skip

texts = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)
langs = st.sampled_from(["de", "en", "fr"])
_PARA = re.compile(r"(?>\r\n|\r|\n)(?:[^\S\r\n]*(?>\r\n|\r|\n))+")


def _docs(text_list: list[str], lang: str) -> pd.DataFrame:
    return pd.DataFrame(
        {"doc_id": [f"d{i}" for i in range(len(text_list))], "text": text_list, "lang": lang}
    )


def _visible(text: str) -> set[int]:
    return {i for i, c in enumerate(text) if c not in SPACE_CHARS}


@settings(deadline=None, max_examples=60)
@given(st.lists(texts, min_size=1, max_size=3), langs)
def test_offsets_reconstruct_text_and_sentences_tile_paragraphs(text_list, lang):
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        sents = split_sentences(_docs(text_list, lang))
        toks = tokenize(sents)
    validate(sents, "sents")
    validate(toks, "tokens")
    for i, text in enumerate(text_list):
        mine = sents[sents["doc_id"] == f"d{i}"]
        covered: list[int] = []
        prev_end = -1
        for s, e, t in zip(mine["start"], mine["end"], mine["text"], strict=True):
            assert text[s:e] == t
            assert t and t[0] not in SPACE_CHARS and t[-1] not in SPACE_CHARS
            assert s >= prev_end  # ordered, no overlap
            prev_end = e
            covered.extend(range(s, e))
        # every visible character lies in exactly one sentence
        assert len(covered) == len(set(covered))
        assert _visible(text) <= set(covered)
        # no sentence crosses a blank line; para_id counts the paragraphs with text
        for m in _PARA.finditer(text):
            assert not any(
                s < m.start() and e > m.end()
                for s, e in zip(mine["start"], mine["end"], strict=True)
            )
        paras = mine["para_id"].tolist()
        assert paras == sorted(paras)
        assert sorted(set(paras)) == list(range(len(set(paras))))
        assert mine["sent_id"].tolist() == list(range(len(mine)))
        # tokens reproduce the text and cover every visible character of their sentence
        mt = toks[toks["doc_id"] == f"d{i}"]
        tok_cov: list[int] = []
        for s, e, t in zip(mt["start"], mt["end"], mt["token"], strict=True):
            assert text[s:e] == t
            tok_cov.extend(range(s, e))
        assert len(tok_cov) == len(set(tok_cov))
        assert set(tok_cov) <= set(covered)
        assert _visible(text) <= set(tok_cov)


@settings(deadline=None, max_examples=30)
@given(texts)
def test_splitting_is_independent_of_other_documents(text):
    alone = split_sentences(_docs([text], "de"))
    together = split_sentences(_docs(["Vorher. Noch ein Satz", text], "de"))
    again = together[together["doc_id"] == "d1"].reset_index(drop=True)
    assert alone[["start", "end", "para_id"]].equals(again[["start", "end", "para_id"]])

"""Cheap scans that decide which sentences need tokens at all (before tokenisation)."""

from __future__ import annotations

import functools
import re

import ahocorasick

QUOTE_OR_COLON = re.compile('[„“”"»«‚‘‹›:]')
_WORD = re.compile(r"\w+")


@functools.lru_cache(maxsize=16)
def automaton(words: frozenset[str], extra: frozenset[str]) -> ahocorasick.Automaton:
    """An Aho-Corasick automaton of the prefilter words: value (length, level)."""
    auto = ahocorasick.Automaton()
    for w in extra:
        if _WORD.fullmatch(w):
            auto.add_word(w, (len(w), 1))
    for w in words:  # only single words, as a regex \w+ scan would see them
        if _WORD.fullmatch(w):
            auto.add_word(w, (len(w), 2))
    if len(auto):
        auto.make_automaton()
    return auto


def word_level(auto: ahocorasick.Automaton, low: str) -> int:
    """2 if a whole word of ``low`` opens a paragraph, 1 if one only keeps a sentence, else 0."""
    if not len(auto):
        return 0
    best = 0
    n = len(low)
    for end, (k, lvl) in auto.iter(low):
        a = end - k + 1
        if a > 0 and (low[a - 1].isalnum() or low[a - 1] == "_"):
            continue
        if end + 1 < n and (low[end + 1].isalnum() or low[end + 1] == "_"):
            continue
        if lvl == 2:
            return 2
        best = 1
    return best

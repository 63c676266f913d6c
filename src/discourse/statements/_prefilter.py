"""Cheap scans that decide which sentences need tokens at all (before tokenisation)."""

from __future__ import annotations

import functools
import re

import ahocorasick

from discourse.statements._cues import CueLexicon

QUOTE_OR_COLON = re.compile('[„“”"»«‚‘‹›:]')
QUOTE_MARK = re.compile('[„“”"»«‚‘‹›]')
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


def with_swiss_spelling(words: set[str] | frozenset[str]) -> set[str]:
    """``words`` and the Swiss spelling of those with "ß" ("hieß" -> "hiess").

    >>> sorted(with_swiss_spelling({"hieß", "sagte"}))
    ['hiess', 'hieß', 'sagte']
    """
    return {*words, *(w.replace("ß", "ss") for w in words if "ß" in w)}


def word_level(
    auto: ahocorasick.Automaton, low: str, gates: dict[str, re.Pattern] | None = None
) -> int:
    """2 if a whole word of ``low`` opens a paragraph, 1 if one only keeps a sentence, else 0.

    ``gates`` (:func:`gates`): words that open a paragraph only where their pattern is
    found in ``low`` too; a word whose gate stays shut counts for nothing but adds
    :data:`GATED` to the level (0 + GATED: the sentence had a level of 2 without gates).
    """
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
            gate = gates.get(low[a : end + 1]) if gates else None
            if gate is None or gate.search(low) is not None:
                return 2
            best |= GATED
            continue
        best |= 1
    return best


GATED = 4  # added to a word_level: a gated word was found (see word_level)


def gates(lex: CueLexicon, keep: frozenset[str]) -> dict[str, re.Pattern]:
    """Words of ``lex.words`` that start a rule candidate but can only yield a statement
    with another word beside them, each with a pattern of the lower-case sentence that is
    necessary for one (:func:`discourse.statements._markers.marker_cues`):

    - the first word of an impersonal phrase ("wurde" of "wurde bekannt"): the phrase,
      its tokens separated by white space at most;
    - "nach": an attribution noun of ``lex.after_nouns`` (lower case, also as the end of
      a compound: "Polizeiangaben");
    - "so": a comma or dash before it (", so X");
    - a noun of ``lex.nouns`` ("Kritik"): a word ending in "s" before it ("Merkels Kritik");
    - a verb of ``lex.judgement`` ("hält"): "es" after it, or after one word after it.

    Words in ``keep`` (the model's vocabulary, Konjunktiv forms) and words with any other
    role in the lexicon (verbs, "laut", "zufolge", "demnach" ...) are never gated.
    """
    other = (
        set(lex.verbs)
        | set(lex.joined)
        | {ph[0] for ph in lex.source_after if ph}
        | lex.source_before
        | lex.adverbs
        | lex.subjunctive
        | keep
    )
    alts: dict[str, list[str]] = {}
    for ph in lex.impersonal:
        if ph:
            alts.setdefault(ph[0], []).append(r"\s*".join(map(re.escape, ph)))
    if lex.after_nouns:
        nouns = sorted({n.lower() for n in lex.after_nouns}, key=len, reverse=True)
        alts.setdefault("nach", []).append("|".join(map(re.escape, nouns)))
    alts.setdefault("so", []).append(r"[,–—]\s*so")
    for n in {n.lower() for n in lex.nouns}:
        alts.setdefault(n, []).append(r"s\s+" + re.escape(n))
    for w in lex.judgement:  # "hält es", "hält man es"
        alts.setdefault(w, []).append(r"\b" + re.escape(w) + r"\s+(?:\w+\s+)?es\b")
    return {
        w: re.compile("|".join(f"(?:{a})" for a in pats))
        for w, pats in alts.items()
        if w in lex.words and w not in other
    }


def model_gates(lex: CueLexicon, model, cache: dict) -> dict | None:
    """The gated words (:func:`gates`) of a lexicon and model, built once per ``cache``;
    None for a model with a cue tagger (it scores every token)."""
    if model is not None and model.tagger is not None:
        return None
    key = ("gates", id(lex), id(model))
    got = cache.get(key)
    if got is None or got[0] is not lex or got[1] is not model:
        keep = frozenset(model.vocab if model is not None else ())
        got = cache[key] = (lex, model, gates(lex, keep))
    return got[2]

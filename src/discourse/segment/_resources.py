"""Package data of the text layer: stop words, abbreviations, sentence openers, lemma rules.

All files live under ``discourse/resources`` and are read with :mod:`importlib.resources`;
each loader returns an immutable object and is cached, so repeated calls cost nothing.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from importlib import resources
from types import MappingProxyType

#: Languages with their own abbreviations, openers, lemmas and stop words.
SUPPORTED_LANGS: tuple[str, ...] = ("de", "en")


def _read_lines(*parts: str) -> list[str]:
    """Non-empty, non-comment lines of a package data file (``#`` starts a comment line)."""
    path = resources.files("discourse.resources").joinpath(*parts)
    text = path.read_text(encoding="utf-8")
    return [ln.rstrip("\n\r") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


@functools.lru_cache(maxsize=8)
def load_stopwords(lang: str) -> frozenset[str]:
    """The bundled stop words of ``lang`` (Snowball lists, BSD-3-Clause).

    Parameters
    ----------
    lang : str
        ISO 639-1 code; ``"de"`` and ``"en"`` are bundled.

    Returns
    -------
    frozenset of str
        Lower-case stop words. Pass your own set to ``tokenize(..., stopwords=...)``
        to override them.

    Raises
    ------
    ValueError
        If no list is bundled for ``lang``.

    Examples
    --------
    >>> "und" in load_stopwords("de"), "the" in load_stopwords("en")
    (True, True)
    """
    if lang not in SUPPORTED_LANGS:
        raise ValueError(f"lang: no stop-word list bundled for {lang!r}; valid: {SUPPORTED_LANGS}")
    return frozenset(w.strip().lower() for w in _read_lines("stopwords", f"{lang}.txt"))


@functools.lru_cache(maxsize=8)
def load_abbreviations(lang: str) -> Mapping[str, str]:
    """Abbreviations of ``lang`` mapped to their flag (``""``, ``"final"`` or ``"num"``).

    Returns
    -------
    Mapping
        Read-only ``{abbreviation with full stop: flag}``; empty for unsupported languages.

    Examples
    --------
    >>> load_abbreviations("de")["Nr."]
    'num'
    """
    if lang not in SUPPORTED_LANGS:
        return MappingProxyType({})
    out: dict[str, str] = {}
    for line in _read_lines("segment", f"abbreviations_{lang}.txt"):
        word, _, flag = line.partition("\t")
        out[word.strip()] = flag.strip()
    return MappingProxyType(out)


@functools.lru_cache(maxsize=8)
def load_openers(lang: str) -> frozenset[str]:
    """Capitalised words that usually open a sentence in ``lang`` (empty if unsupported)."""
    if lang not in SUPPORTED_LANGS:
        return frozenset()
    return frozenset(_read_lines("segment", f"openers_{lang}.txt"))


@functools.lru_cache(maxsize=8)
def load_word_list(name: str) -> frozenset[str]:
    """A word list (one word per line) from ``resources/segment/``."""
    return frozenset(w.strip() for w in _read_lines("segment", name))


@functools.lru_cache(maxsize=8)
def load_lemma_rules(lang: str) -> Mapping[str, str]:
    """Hand-written lemma overrides (``form<TAB>lemma``) applied before simplemma."""
    if lang not in SUPPORTED_LANGS:
        return MappingProxyType({})
    out: dict[str, str] = {}
    for line in _read_lines("segment", f"lemmas_{lang}.tsv"):
        form, _, lemma = line.partition("\t")
        out[form] = lemma
    return MappingProxyType(out)

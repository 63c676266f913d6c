"""Lemmas, stop-word and punctuation flags per unique token (simplemma plus our own rules)."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping

import simplemma
from simplemma.strategies import DEFAULT_DICTIONARY_FACTORY, DictionaryLookupStrategy

from discourse.segment._participles import participle_adjective
from discourse.segment._resources import (
    SUPPORTED_LANGS,
    load_lemma_rules,
    load_stopwords,
)

__all__ = ["attributive_lemma", "cached_lemma", "compound_lemma", "lemmatize", "token_features"]


_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_DIGIT = re.compile(r"\d")
_ALNUM = re.compile(r"[^\W_]")
_NUM_PREFIX = re.compile(r"(\d+-?)([^\W\d_]{3,})")
# German adjective and participle endings: "dreiminütige" -> "dreiminütig"
_DE_ADJ = re.compile(r"(\w{3,}(?:ig|lich|isch|bar|sam|haft|los|end|iert))(?:e|en|er|es|em)")
_DE_INFLECTED = re.compile(r"([^\W\d_]{2,}?)(?:e|en|er|es|em)")
# the endings both patterns require: a cheap test that spares most words the regex
_INFLECTION_ENDINGS = ("e", "en", "er", "es", "em")
_ADJ_ENDINGS = tuple(
    a + b
    for a in ("ig", "lich", "isch", "bar", "sam", "haft", "los", "end", "iert")
    for b in _INFLECTION_ENDINGS
)
_DICT = DictionaryLookupStrategy()
# a capitalised word of lower-case letters, long enough to be a compound
_COMPOUND = re.compile(r"[A-ZÄÖÜ][a-zäöüß]{7,}")
_MIN_MODIFIER = 3
# German noun inflection (plural, genitive, dative) ends in one of these letters
_NOUN_ENDINGS = ("e", "n", "s", "r")
# an all-capitals German word this long is emphasis ("WELTMEISTERSCHAFT"), not an acronym
_MIN_SHOUT = 7
_MIN_HEAD = 4


def _is_member(word: str, lang: str) -> bool:
    """Whether ``word`` is literally (case-sensitively) in simplemma's dictionary."""
    exact = getattr(_DICT, "is_dictionary_member", None)  # simplemma >= 2.0
    return exact(word, lang) if exact is not None else simplemma.is_known(word, lang)


_ACRONYMS = frozenset({"US", "IT", "UN", "WHO", "AM", "PM", "OR", "ME", "IS", "DO", "CAN"})


def _de_adj(token: str) -> re.Match[str] | None:
    """``_DE_ADJ.fullmatch(token)``, tested on the ending first."""
    return _DE_ADJ.fullmatch(token) if token.endswith(_ADJ_ENDINGS) else None


def _is_punct(token: str) -> bool:
    return _ALNUM.search(token) is None


def lemmatize(token: str, lang: str, *, initial: bool = False, before_noun: bool = False) -> str:
    """The lemma of one token.

    Punctuation and numbers are their own lemma (English thousands separators are
    dropped: "5,000" -> "5000"); hand-written rules for closed-class words come first,
    then simplemma's dictionary; in a hyphenated compound only the last part is
    lemmatised ("Nato-Mitgliedschaften" -> "Nato-Mitgliedschaft"). Case carries meaning:
    an all-capitals word keeps its spelling ("EUR", "NATO"); in English a capitalised
    word inside a sentence is taken as a name and kept ("White House", "Department").
    ``initial`` marks the first word of a sentence, whose capital is only positional;
    ``before_noun`` that a capitalised word follows (German: "Soziale Bewegungen" ->
    "sozial", an adjective rather than the noun "Soziale").
    German only: a compound simplemma does not know is lemmatised by its head
    ("Gründerzeithäusern" -> "Gründerzeithaus"); an inflected participle is an adjective
    ("gefüllten" -> "gefüllt"); a lower-case word is never a nominalisation
    ("gepflegte" -> "gepflegt"); a long all-capitals word is emphasis ("VERANSTALTER").
    Languages other than ``de`` and ``en`` get the lower-cased token.

    Returns
    -------
    str
        The lemma.

    Examples
    --------
    >>> lemmatize("Nato-Mitgliedschaften", "de"), lemmatize("children", "en")
    ('Nato-Mitgliedschaft', 'child')
    >>> lemmatize("Habe", "de", initial=True), lemmatize("Department", "en")
    ('haben', 'Department')
    """
    if lang == "en" and not initial and token.isalpha() and token.islower():
        # the commonest case, as the general path below decides it
        hit = load_lemma_rules(lang).get(token)
        return hit if hit is not None else simplemma.lemmatize(token, lang)
    if lang not in SUPPORTED_LANGS:
        return token.lower()
    if _is_punct(token):
        return token
    rules = load_lemma_rules(lang)
    lower = token.lower()
    positional = initial and token[0].isupper() and token[1:] == lower[1:]
    hit = None if positional else rules.get(token)
    if hit is not None:
        return hit
    if len(token) == 1 and lang == "de":
        return token  # a letter stands for itself: "Plan B", "D"
    if _DIGIT.search(token):
        if lang == "en" and _THOUSANDS.fullmatch(token):
            return token.replace(",", "")
        m = _NUM_PREFIX.fullmatch(token)
        if m and lang == "de":  # "25jährige" -> "25jährig"
            adj = _de_adj(m.group(2)) if m.group(2).islower() else None
            return m.group(1) + (adj.group(1) if adj else simplemma.lemmatize(m.group(2), lang))
        return token
    if positional:
        hit = rules.get(lower)
        if hit is not None:
            return hit
        if lang == "en":
            if token == "I":
                return token
            return _lemma(lower, lang) if simplemma.is_known(lower, lang) else token
        if lower in load_stopwords(lang):  # "Habe" -> "haben", "Ihr" -> "ihr"
            return _lemma(lower, lang)
        if before_noun and is_inflected_adjective(lower) and _is_member(lower, lang):
            return attributive_lemma(lower)
        return _lemma(token, lang)
    if len(token) > 1 and token.isupper():
        if (
            lang == "en"
            and token not in _ACRONYMS
            and (
                (len(token) > 3 and simplemma.is_known(lower, lang))
                or lower in load_stopwords(lang)
            )
        ):
            return _lemma(lower, lang)  # "FREE" -> "free", "THE" -> "the"
        if lang == "de" and token.isalpha():
            if lower in load_stopwords(lang):
                return _lemma(lower, lang)  # "ALLE" -> "alle"
            title = token[0] + lower[1:]
            if len(token) >= _MIN_SHOUT and _is_member(title, lang):
                return lemmatize(title, lang)  # emphasis, not an acronym: "VERANSTALTER"
        lemma = _lemma(token, lang)
        return token if lemma.lower() == lower else lemma  # "EUR", "NATO"
    if lang == "en" and token[0].isupper() and lower in load_stopwords(lang):
        return _lemma(lower, lang)  # function words after a colon or a line break
    lemma = _lemma(token, lang)
    if token[0].isupper() and lemma[:1].islower():
        if lang == "de":
            if lower in load_stopwords(lang):
                return lemma  # "Die", "Ihr" after a colon, a quote or a heading
            if _is_member(lower, lang) and not (lemma.endswith("n") and lemma != lower):
                return lemma  # "Leider" after a colon, a quote or a heading
            # a noun or name inside a sentence: "Klimmet", not the verb "klimmen"
            return token
        if lemma.lower() == lower:
            return token  # a name inside a sentence: "the Department", "White House"
    if lang == "de" and token.islower():
        decade = token.endswith(("ziger", "ßiger"))  # "siebziger Jahre": indeclinable
        if lemma[:1].isupper() and is_inflected_adjective(token) and not decade:
            # German capitalises nominalised adjectives; a lower-case word is the
            # adjective: "gepflegte" -> "gepflegt", not "Gepflegte"
            stem = _DE_INFLECTED.fullmatch(token).group(1)
            if _is_member(stem, lang) and simplemma.lemmatize(stem, lang)[:1].islower():
                return stem
        adj = participle_adjective(token, lemma)
        if adj is not None:
            return adj
    return lemma


@functools.lru_cache(maxsize=1 << 16)
def cached_lemma(token: str, lang: str, initial: bool = False, before_noun: bool = False) -> str:
    """:func:`lemmatize` with a cache of the 65,536 most recently used arguments.

    The cache lives as long as the process and is shared by every call of ``tokenize``:
    a corpus read in chunks, or analysed again, meets the same words, and most of the
    time of lemmatisation is spent on the first sight of a word. It is bounded, and
    safe because a lemma depends only on the arguments and the bundled resources
    (``cached_lemma.cache_clear()`` frees it). Pass the arguments positionally (a
    keyword makes a different cache key).

    Returns
    -------
    str
        The lemma, as from :func:`lemmatize`.

    Examples
    --------
    >>> cached_lemma("Nato-Mitgliedschaften", "de")
    'Nato-Mitgliedschaft'
    """
    return lemmatize(token, lang, initial=initial, before_noun=before_noun)


def _lemma(token: str, lang: str) -> str:
    if lang == "de" and ("ss" in token or _de_adj(token)) and not simplemma.is_known(token, lang):
        if "ss" in token:  # Swiss and non-standard spelling: "Spass", "grossen"
            alt = token.replace("ss", "ß")
            if simplemma.is_known(alt, lang):
                return simplemma.lemmatize(alt, lang)
        m = _de_adj(token) if token.islower() else None
        if m:  # an inflected adjective or participle simplemma does not know
            return m.group(1)
    lemma = simplemma.lemmatize(token, lang)
    if lang == "de" and "ss" in lemma and lemma != token:
        again = simplemma.lemmatize(lemma, lang)  # "grossen" -> "gross" -> "groß"
        if again == lemma.replace("ss", "ß"):
            return again
    if lang == "de" and token.endswith("end") and lemma == token[:-1]:
        return token  # a present participle is its own adjective: "entscheidend"
    if lang == "de" and "-" in token.strip("-") and "-" not in lemma:
        lemma = token  # simplemma drops the hyphen ("Asien-Reise" -> "Asienreise")
    if lemma == token and "-" in token.strip("-"):
        head, _, tail = token.rpartition("-")
        if len(tail) > 1 and tail.isalpha():
            return f"{head}-{simplemma.lemmatize(tail, lang)}"
    if lemma == token and lang == "de" and _COMPOUND.fullmatch(token):
        return compound_lemma(token)
    return lemma


def compound_lemma(token: str) -> str:
    """Lemma of a German noun compound that simplemma does not know, by its head.

    The head of a German compound is its last part and carries the inflection; the
    longest final part that simplemma's dictionary lists as a noun is lemmatised and the
    modifier kept as written ("Gründerzeithäusern" -> "Gründerzeithaus").

    Returns
    -------
    str
        The lemma, or ``token`` when no known head is found or simplemma knows the word.

    Examples
    --------
    >>> compound_lemma("Gründerzeithäusern"), compound_lemma("Klimaaspekten")
    ('Gründerzeithaus', 'Klimaaspekt')
    """
    if not token.endswith(_NOUN_ENDINGS):
        return token  # no inflection ending: the head is its own lemma ("-ung", "-heit")
    dictionary = DEFAULT_DICTIONARY_FACTORY.get_dictionary("de")
    if _de_adj(token.lower()) or token in dictionary:
        return token  # known, or a nominalised adjective ("Mecklenburgischen")
    for i in range(_MIN_MODIFIER, len(token) - _MIN_HEAD + 1):
        head = token[i].upper() + token[i + 1 :]
        lemma = dictionary.get(head)  # the longest head that simplemma's dictionary lists
        if lemma is None:
            continue
        swiss = "ss" in head and simplemma.is_known(head.replace("ss", "ß"), "de")
        if lemma == head or not lemma[:1].isupper() or swiss:
            return token  # Swiss spelling: the dictionary has "Strass" for "Strasse"
        return token[:i] + lemma[0].lower() + lemma[1:]
    return token


def is_inflected_adjective(token: str) -> bool:
    """A lower-case German word with an adjective ending (-e, -en, -er, -es, -em)."""
    return (
        token.islower()
        and token.endswith(_INFLECTION_ENDINGS)
        and _DE_INFLECTED.fullmatch(token) is not None
    )


def attributive_lemma(token: str) -> str:
    """Lemma of a German word used as an attributive adjective ("die bestellten Speisen").

    simplemma reads such participles and adjectives as verbs or nouns ("bestellen",
    "tollen"); the stem without the inflection is the adjective ("bestellt", "toll").

    Returns
    -------
    str
        The lemma.

    Examples
    --------
    >>> attributive_lemma("bestellten"), attributive_lemma("großen")
    ('bestellt', 'groß')
    """
    lemma = cached_lemma(token, "de")
    m = _DE_INFLECTED.fullmatch(token)
    if m and lemma != token and lemma.endswith("n"):
        return m.group(1)
    return lemma


def resolve_stopwords(
    stopwords: Mapping[str, Iterable[str]] | Iterable[str] | None, lang: str
) -> frozenset[str]:
    """The stop words to use for ``lang`` given the ``stopwords`` argument of ``tokenize``."""
    if stopwords is None:
        return load_stopwords(lang) if lang in SUPPORTED_LANGS else frozenset()
    if isinstance(stopwords, Mapping):
        if lang in stopwords:
            return frozenset(str(w).lower() for w in stopwords[lang])
        return load_stopwords(lang) if lang in SUPPORTED_LANGS else frozenset()
    if isinstance(stopwords, str):
        raise TypeError(
            "stopwords must be None, a mapping lang -> words or an iterable of words, "
            f"not the string {stopwords!r}"
        )
    return frozenset(str(w).lower() for w in stopwords)


def token_features(
    tokens: Iterable[str], lang: str, stop: frozenset[str], lemmas: bool = True
) -> dict[str, tuple[str, bool, bool]]:
    """``{token: (lemma, is_stop, is_punct)}`` for the unique ``tokens`` of one language
    (lemmas as inside a sentence; ``tokenize`` adds the context rules)."""
    out: dict[str, tuple[str, bool, bool]] = {}
    for tok in set(tokens):
        lemma = lemmatize(tok, lang) if lemmas else tok.lower()
        out[tok] = (lemma, tok.lower() in stop, _is_punct(tok))
    return out

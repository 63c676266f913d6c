"""Noun phrases for source spans (German): where a source's noun phrase ends.

The gold marks a source as its whole noun phrase: articles, adjectives, genitive and
prepositional attributes ("der Sportchef von Bayer 04 Leverkusen", "Angaben der
iranischen Staatsanwaltschaft"), an apposition set off by commas and a short parenthesis
("(UNMIS)"). :func:`np_end` finds the end of such a phrase; :mod:`._speaker_span` uses it
to reshape and guess the sources of statements.
"""

from __future__ import annotations

import simplemma

from discourse.statements._rules import Para, Stmt
from discourse.statements._speaker_parse import _given
from discourse.statements._text import (
    closing_paren,
    common_plural,
    dative_medium,
    extended_attribute,
    group_close,
    is_name_word,
    is_quote_mark,
)
from discourse.statements._words import (
    ADJ_ENDINGS,
    AUX,
    DE_PREPOSITIONS,
    DE_STOP,
    FINITE,
    OPENERS_NOT_SUBJECT,
    RELATIVE_WORDS,
    SKIP_AFTER,
)

# fmt: off
_LEAD = {
    "wie", "schon", "nachdem", "indem", "als", "auch", "dass", "ob", "weil", "wenn", "und",
    "aber", "so", "von", "laut", "nach", "zufolge", "hatte", "hat", "habe", "ist", "war",
    "wurde", "wird", "werden", "wurden", "hatten", "haben", "sind", "waren", "bereits", "nun", "jetzt", "zuvor", "sogar", "selbst", "denn", "doch", "da",
    "während", "seit", "bei", "mit", "gegenüber", "zudem", "außerdem", "dabei", "dazu",
    "jedoch", "allerdings", "damals", "heute", "gestern", "noch", "erneut", "ebenfalls", "zumal",
}
_ART = {
    "der", "die", "das", "des", "den", "dem", "ein", "eine", "einer", "eines", "einen", "einem",
    "sein", "seine", "seiner", "seines", "seinem", "seinen", "ihr", "ihre", "ihrer", "ihres",
    "ihrem", "ihren", "dieser", "diese", "dieses", "diesem", "diesen", "mehrere", "einige",
    "zahlreiche", "viele", "beide", "beiden", "alle", "aller",
}
# attribute links after the head: genitive articles and a few prepositions
_LINK = {"der", "des", "eines", "einer", "von", "vom", "für", "aus", "of", "for", "from"}
# particles inside a name ("Heike van Laak", "Hans von Storch")
NAME_PARTS = {"von", "van", "de", "del", "da", "al", "bin", "ibn", "el", "la", "le", "di", "du", "ter"}
# fmt: on


def _adjective(low: str) -> bool:
    return (
        low not in FINITE
        and low.endswith(ADJ_ENDINGS)
        and low.replace("-", "").isalpha()
        and len(low) > 2
    )


def _head(text: str, low: str) -> bool:
    """A name word (:func:`is_name_word`: capitalised, "al-Dschasira", "dpa", "eBay"), a
    number or a domain ("ndr.de")."""
    if is_name_word(text) or text[:1].isdigit():
        return True
    return (
        "." in text and low.rstrip(".").replace(".", "").replace("-", "").isalnum()
    )  # "ndr.de", "t-online.de"


def _noble_zu(toks: list, j: int, stop: int) -> bool:
    """ "zu" between a given name and a surname ("Karl-Theodor zu Guttenberg"), not a
    preposition ("Merkel zu Putin", "die Polizei zu Straftaten")."""
    if toks[j].low != "zu" or j == 0 or j + 1 >= stop:
        return False
    given, nxt = toks[j - 1].text, toks[j + 1].text
    return (
        nxt[:1].isupper()
        and given.split("-")[0] in _given()
        and not simplemma.is_known(nxt, lang="de")
    )


def _np(p: Para, i: int, stop: int, blocked: set[int]) -> int | None:
    """Exclusive end of the noun phrase starting at token ``i``, or None."""
    toks = p.toks
    j = i
    seen_head = False
    modifier_ok = True  # an adjective may come here (start, after an article or adjective)
    while j < stop and j not in blocked:
        t = toks[j]
        low = t.low
        if t.is_punct:
            if (
                t.text == "."
                and seen_head
                and j + 1 < stop
                and j + 1 not in blocked
                and toks[j - 1].text[:1].isupper()
                and len(toks[j - 1].text) <= 4
                and toks[j + 1].text[:1].isupper()
            ):
                j += 1  # initials: "C.Y. Leung"
                continue
            if t.text == "(" and seen_head:  # a short parenthesis: "(UNMIS)", "(CDU)"
                k = group_close(toks, j, stop, closing_paren, 6, blocked)
                if k is not None and k - j >= 2:
                    j = k + 1
                    if j < stop and toks[j].low in _LINK:
                        break  # "Julia Reda (Piraten) von einem Angriff": the name ends
                    continue
            if t.text in '„“"»«' and seen_head is False and j == i:
                break
            if t.text in "„»" and j > i and (seen_head or toks[j - 1].low in _ART | _LINK):
                # a quoted name: die „Initiativ Roude Léiw“
                k = group_close(toks, j, stop, is_quote_mark, 8, blocked)
                if k is not None:
                    j, seen_head, modifier_ok = k + 1, True, False
                    continue
            break
        if low in _ART:
            if seen_head and low == "der" and dative_medium(toks, j, stop):
                break  # "sagte der 48-Jährige [der „Basler Zeitung“]": the addressee
            if seen_head and low not in _LINK and toks[j - 1].low not in _LINK:
                break
            if seen_head and not (j + 1 < stop and j + 1 not in blocked):
                break
            modifier_ok = True
            j += 1
            adj = extended_attribute(toks, j, stop)
            if adj is not None and not blocked.intersection(range(j, adj + 1)):
                j = adj
            continue
        if seen_head and low in _LINK:
            nxt = toks[j + 1] if j + 1 < stop and j + 1 not in blocked else None
            quoted_name = nxt is not None and nxt.text in "„»"  # "von „Ener1“"
            if (
                nxt is None
                or (nxt.is_punct and not quoted_name)
                or not (quoted_name or nxt.low in _ART or _head(nxt.text, nxt.low))
            ):
                break
            modifier_ok = True
            j += 1
            continue
        if (
            seen_head
            and low.endswith("er")
            and t.text[:1].islower()
            and _adjective(low)
            and low not in SKIP_AFTER
            and low not in OPENERS_NOT_SUBJECT
            and j + 1 < stop
            and j + 1 not in blocked
            and toks[j + 1].text[:1].isupper()
        ):  # a genitive without article: "Berichten britischer Zeitungen", "vieler Experten"
            j += 2  # the adjective and its noun, and no bare noun after them
            if j < stop and j not in blocked and _head(toks[j].text, toks[j].low):
                break
            continue
        if low == "und" and seen_head and toks[j - 1].text.endswith("-"):
            j += 1  # "Journalistinnen- und Journalisten-Union"
            continue
        if _head(t.text, low) or (seen_head and (low in NAME_PARTS or _noble_zu(toks, j, stop))):
            if seen_head and j > i and common_plural(toks, j):
                break  # "die Opposition Neuwahlen": the object after the source
            if seen_head and t.text[:1].isdigit() and _quantity_at(toks, j, stop):
                while j > i + 1 and toks[j - 1].low in _LINK | _ART:
                    j -= 1  # "vom Fund [von] 18 Leichen": no dangling link word
                break  # "Laut Behördenangaben 62 Personen": a number opens the next phrase
            seen_head = True
            # an adjective may follow a number ("62 verletzte Personen"), not a noun such
            # as "38-Jährige" ("Der 38-Jährige lobte …")
            modifier_ok = t.text[:1].isdigit() and "-" not in t.text
            j += 1
            continue
        if modifier_ok and _adjective(low):
            j += 1
            continue
        break
    return j if seen_head else None


def _quantity_at(toks, j: int, stop: int) -> bool:
    """Token ``j`` (a number) opens a quantity: a capitalised noun follows, also after a
    decimal part ("62 Personen", "3,5 Millionen"), and it is no decimal part itself."""
    if toks[j - 1].text[:1].isdigit() or (
        toks[j - 1].text == "," and toks[j - 2].text[:1].isdigit()
    ):
        return False
    k = j + 1
    if k + 1 < stop and toks[k].text == "," and toks[k + 1].text[:1].isdigit():
        k += 2
    return k < stop and toks[k].text[:1].isupper()


def noun_phrase_to(p: Para, a: int, b: int) -> bool:
    """Tokens ``a`` to ``b`` are one noun phrase, with parentheses, quoted names and a short
    prepositional attribute ("Die Regierungsparteien in Pakistan", "Julia Reda (Piraten)")."""
    end = _np(p, a, b, set())
    return end is not None and (end == b or attribute_run(p, end, b, set()) == b)


def np_end(p: Para, i: int, stop: int, blocked: set[int]) -> int | None:
    """Exclusive end of the noun phrase starting at token ``i`` (None: no noun phrase)."""
    return _np(p, i, stop, blocked)


_MONTHS = {
    "januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
    "oktober", "november", "dezember", "uhr", "jahren", "jahr", "tagen", "wochen", "monaten",
}  # fmt: skip
_PLACE_TIME = {"seit", "um", "am", "vor", "während", "bis", "ab", "zum"}


def _not_a_source(p: Para, a: int, b: int) -> bool:
    """An adverbial the model or the rules took for a source: "Zuvor", "Seit Jahren",
    "Besorgt", "15:36 Uhr MEZ", "am 29. Februar"."""
    toks = p.toks
    words = [toks[k] for k in range(a, b) if not toks[k].is_punct]
    if not words:
        return True
    if len(words) == 1 and words[0].low in ("dieser", "diese") and not _noun_at(p, b):
        return False  # "schrieb diese in einer Stellungnahme": a demonstrative pronoun
    if all(w.low in _LEAD or w.low in OPENERS_NOT_SUBJECT or w.low in SKIP_AFTER for w in words):
        return True
    if words[0].low in _PLACE_TIME:
        return True
    if ":" in words[0].text:
        return True
    month = next((k for k, w in enumerate(words) if w.low in _MONTHS), None)
    if month is not None and not _dated_attribute(words, month):
        return True
    if len(words) == 1:
        w = words[0]
        at_start = a == p.bounds[w.sent][0]
        if w.low.endswith(("gt", "rt")):  # a participle ("Besorgt"), not "Lammert", "Seibert"
            return at_start and w.low.startswith(_PARTICIPLE_PREFIXES)
        return at_start and w.low.endswith(("lich", "weise", "ens", "ings"))
    return False


def _noun_at(p: Para, k: int) -> bool:
    """Token ``k`` of the sentence is a capitalised word (the noun of "diese Woche")."""
    return k < p.bounds[p.toks[k - 1].sent][1] and p.toks[k].text[:1].isupper()


_PARTICIPLE_PREFIXES = ("be", "ver", "er", "ge", "zer", "ent", "über", "un")


def _dated_attribute(words: list, month: int) -> bool:
    """The date word at ``month`` belongs to a "vom"-attribute after a noun ("einem Bericht
    des Innenministeriums vom November 2011", "vom 23. Mai"), not to an adverbial."""
    k = month - 1
    while k > 0 and words[k].low.isdigit():
        k -= 1
    return k >= 2 and words[k].low == "vom" and words[k - 1].text[:1].isupper()


def _extend_left(p: Para, a: int, lo: int, blocked: set[int], msg: tuple[int, int]) -> int:
    """Take in the article and adjectives before a source's head ("Innenminister" ->
    "Der italienische Innenminister") when nothing but a cue, punctuation or the sentence
    start precedes them."""
    toks = p.toks
    if not toks[a].text[:1].isupper():
        return a

    def free(k: int) -> bool:
        return k >= lo and k not in blocked and not (msg[0] <= k < msg[1])

    k = a
    while free(k - 1) and toks[k - 1].text[:1].islower() and _adjective(toks[k - 1].low):
        if (
            toks[k - 1].low in _ART
            or toks[k - 1].low in _LEAD
            or toks[k - 1].low in SKIP_AFTER
            or toks[k - 1].low == "dies"
        ):
            break  # not the adverb of "sagte hingegen Shetty", the object of "sagte dies X"
        k -= 1
    if free(k - 1) and toks[k - 1].low in _ART:
        return k - 1
    if k < a and (k == lo or toks[k - 1].is_punct or (k - 1) in blocked):
        return k
    return a


_RELATIVE = RELATIVE_WORDS | {"wo", "was"}
# words inside a source span ("am"/"an" more often follow a source than belong to it)
_INSIDE = {"in", "im", "beim", "aus", "ohne", "und", "vom", "von", "für", "bei", "um", "/"}  # fmt: skip
# prepositions of an adverbial after a source ("..., Gerald Braun, in Luxemburg")
_ADVERBIAL_PREP = {"in", "im", "am", "an", "bei", "beim", "gegenüber", "vor", "auf", "zum", "zur"}


def _inside(t) -> bool:
    """A token that may continue a source noun phrase kept from the rules or the model."""
    low = t.low
    if t.is_punct:
        return t.text in ",()/-"
    return low in _INSIDE or low in _ART or _head(t.text, low) or _adjective(low)


def _np_back(p: Para, a: int, b: int) -> int:
    """Start of the noun phrase that ends just before token ``b`` ("Angaben zufolge")."""
    toks = p.toks
    k = b
    while k > a:
        t = toks[k - 1]
        if t.is_punct:
            break
        prev = toks[k - 2] if k - 2 >= a else None
        if _head(t.text, t.low) or t.low in _ART or t.low in _LINK:
            k -= 1
            continue
        if _adjective(t.low) and (
            prev is None or prev.is_punct or prev.low in _ART or not prev.text[:1].isupper()
        ):
            k -= 1
            continue
        break
    while k < b and (toks[k].low in _LINK and toks[k].low not in _ART):
        k += 1
    return k if k < b else a


def zufolge_prefield(p: Para, lo: int, i: int, end: int) -> tuple[int, int] | None:
    """The whole phrase before a postposition that opens the sentence: "Den Polizeibehörden
    in Mombasa zufolge wurden ...", "Berichten verschiedener US-Medien zufolge fand ..."
    (the source, when a verb-like word follows the postposition); else None."""
    toks = p.toks
    a = lo + 1 if toks[lo].low in ("auch", "doch", "und", "aber") else lo
    b = _np(p, a, i, set())
    while b is not None and b + 1 < i and (toks[b].low in ATTACH or toks[b].low == "und"):
        b = _np(p, b + 1, i, set())
    apposition = b is not None and b < i and _apposition_name(toks, b, i)
    if apposition:  # "Der Vorsitzenden des Marburger Bundes, Susanne Johna, zufolge ..."
        b = i
    if b != i or i + 1 >= end or not may_be_finite(toks[i + 1]):
        return None
    return (a, i - 1) if apposition else (a, i)


def _apposition_name(toks: list, b: int, i: int) -> bool:
    """Tokens ``b`` to ``i`` are a name set off by commas: ", Susanne Johna," (one to four
    capitalised words)."""
    return (
        toks[b].text == ","
        and toks[i - 1].text == ","
        and 1 <= i - b - 2 <= 4
        and all(t.text[:1].isupper() and not t.is_punct for t in toks[b + 1 : i - 1])
    )


def may_be_finite(t) -> bool:
    """A lower-case word that can be the finite verb after the first phrase."""
    if t.is_punct or not t.text[:1].islower():
        return False
    if t.low in AUX or t.low in FINITE:
        return True
    return (
        t.low not in DE_STOP and t.low not in DE_PREPOSITIONS and t.low not in OPENERS_NOT_SUBJECT
    )


# prepositions of an attribute inside a source before the finite verb
ATTACH = {"in", "im", "auf", "aus", "vom", "von", "bei", "beim", "am", "an", "um", "zur", "zum"}


def _list_goes_on(p: Para, e: int, stop: int) -> bool:
    """After ``NP, NP`` a comma and a coordination close by: the words are a list (not a
    quotation going on: "sagte der Leiter des Forstamts, Jens Wiegand, „und er stirbt.“")."""
    toks = p.toks
    return (
        e + 1 < stop
        and toks[e].text == ","
        and not toks[e + 1].is_quote
        and any(toks[k].low in ("und", "sowie", "oder") for k in range(e + 1, min(e + 5, stop)))
    )


def attribute_run(
    p: Para, j: int, stop: int, blocked: frozenset[int] | set[int] = frozenset()
) -> int:
    """The end of a noun phrase ending at ``j`` with a short prepositional attribute up to
    the next comma or the sentence's end ("Sprecher der UN-Büros [in Birma]"); ``j`` when
    none follows."""
    toks = p.toks
    k = j
    while k < stop and k - j < 6 and k not in blocked and _inside(toks[k]) and toks[k].text != ",":
        k += 1
    if k < stop and toks[k].text in ".!?":  # the sentence's end after a name, not after a
        last = toks[k - 1].text  # verb ("..., der keine Angaben machen wollte.")
        return k if last[:1].isupper() or last in ")“”'" else j
    return k if k == stop or toks[k].text == "," else j


def speech_source(p: Para, st: Stmt) -> None:
    """Sources in parliamentary speech (see :func:`discourse.statements._own.speech_source`)."""
    from discourse.statements._own import speech_source as _speech_source

    _speech_source(p, st)

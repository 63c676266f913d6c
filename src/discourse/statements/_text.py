"""Tokens, quotation marks and noun-phrase chunks for the statement rules."""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
from collections.abc import Callable, Container, Iterable
from typing import Any, NamedTuple

import simplemma

from discourse.statements._words import (
    ADJ_ENDINGS,
    AUX,
    DE_ARTICLES,
    DE_STOP,
    LOWER_CASE_AGENCIES,
    MEDIA_ENDS,
    OPENERS_NOT_SUBJECT,
    QUANTIFIERS_DE,
    SHARP_S_WORDS,
)

# a word with inner hyphens, apostrophes and dots ("U.S", "Merkel's", "Gazprom-Chef") or a
# time of day ("10:05") or a score ("0:3-Niederlage"), else one mark
TOKEN_RE = re.compile(r"\w+(?:[-’'.]\w+|(?<=\d):\d\d?\b)*-?|[^\w\s]")

# opening mark -> closing marks it accepts (German, English, French/Swiss, single)
OPENERS: dict[str, str] = {
    "„": '“”"',
    "“": '”"',
    "»": "«",
    "«": "»",
    '"': '"',
    "‚": "‘’'",
    "‘": "’",
    "‹": "›",
    "›": "‹",
    "'": "'",
}
QUOTE_CHARS = set("„“”\"»«‚‘’‹›'")
CLAUSE_PUNCT = set(",;:–—")
END_PUNCT = set(".!?")


def is_opener(low: str) -> bool:
    """A word that opens a German main clause without being its subject."""
    return low in OPENERS_NOT_SUBJECT or low.endswith(
        ("weise", "mäßig", "lich", "isch", "falls", "seits")
    )


class Tok(NamedTuple):
    """One token of a paragraph (a named tuple: built without a Python-level call per token,
    and never tracked by the garbage collector once it has been scanned)."""

    start: int  # offset in the paragraph string
    end: int
    text: str
    low: str
    sent: int  # index of the sentence within the paragraph
    is_quote: bool
    is_punct: bool


def tokenize(text: str, sent: int, base: int) -> list[Tok]:
    """The tokens of one sentence (offsets shifted by ``base``), built column-wise.

    ``_SPLIT`` (TOKEN_RE as a capturing group) alternates gap, token, gap, ..., so the
    running sum of the part lengths gives every offset without a match object.
    """
    parts = _SPLIT(text)
    words = parts[1::2]
    if not words:
        return []
    lows: Iterable[str] = map(str.lower, words)
    if "ss" in text and _swiss_pattern().search(text):  # "hiess" read as "hieß"
        swiss = swiss_spellings()
        lows = [swiss.get(w, w) for w in lows]
    # base, start 0, end 0, start 1, ...: zip(pos, pos) takes (start, end) pairs
    pos = _ACCUMULATE(map(len, parts), initial=base)
    next(pos)
    if "_" in text:  # "_" is a word character that str.isalnum does not accept
        punct = [_WORDISH.match(w) is None for w in words]
    else:  # a token is a mark when its first character is not alphanumeric
        punct = map(_NOT, map(str.isalnum, map(_FIRST, words)))
    return list(
        map(
            _NEW,
            _REPEAT(Tok),
            zip(
                pos,
                pos,
                words,
                lows,
                _REPEAT(sent),
                map(QUOTE_CHARS.__contains__, words),
                punct,
                strict=False,  # _REPEAT(sent) is endless, ``pos`` has one offset more
            ),
        )
    )


@functools.cache
def swiss_spellings() -> dict[str, str]:
    """Swiss spelling -> standard spelling of the words with "ß" that the German rules
    look for: the bundled cue lexicon's words and the function words of
    :data:`SHARP_S_WORDS` ("hiess" -> "hieß", "ausserdem" -> "außerdem"); the ``low`` of a
    token uses the standard one, its text stays as written.

    >>> swiss_spellings()["hiess"]
    'hieß'
    """
    from discourse.statements._cues import load_cues  # not at import time: the cue
    # lexicon is read only when a Swiss spelling is first met

    lex = load_cues("de")
    words = {*lex.alts, *lex.joined, *lex.words, *lex.subjunctive, *SHARP_S_WORDS}
    words |= {w for phrase in lex.impersonal for w in phrase}
    return {w.replace("ß", "ss"): w for w in words if "ß" in w}


@functools.cache
def _swiss_pattern() -> re.Pattern:
    """A Swiss spelling of :func:`swiss_spellings` anywhere in a text (checked in C before
    any token is looked up: most sentences with "ss" have only "dass", "muss")."""
    words = sorted(swiss_spellings(), key=len, reverse=True)
    return re.compile(rf"(?i)(?<!\w)(?:{'|'.join(map(re.escape, words))})(?!\w)")


_SPLIT = re.compile(f"({TOKEN_RE.pattern})").split
_WORDISH = re.compile(r"\w")
_ACCUMULATE, _REPEAT = itertools.accumulate, itertools.repeat
_NEW, _NOT, _FIRST = tuple.__new__, operator.not_, operator.itemgetter(0)
_IS_QUOTE = operator.attrgetter("is_quote")


def pair_quotes(
    toks: list[Tok], sent_last: dict[int, int], reopened: str = ""
) -> list[tuple[int, int, int, bool]]:
    """Pair quotation marks in a paragraph's tokens.

    Returns (open index, close index, depth, balanced) for each quote. An opening mark
    without a closing one ends with its sentence (``balanced`` False), so it never
    swallows more than that sentence; ``reopened``: the quotation mark that opens the next
    paragraph, where a quotation left open at depth 0 with this mark goes on to the
    paragraph's end (the newspaper convention for a quotation over several paragraphs: no
    closing mark before the paragraph break, an opening one after it). The apostrophe of a
    plural possessive ("the doctors' strike", "Siemens' chief executive") is no quotation
    mark unless a single one is open: its token in ``toks`` is replaced by one that is no
    quote, so the rules that look for quotation marks skip it too.
    """
    stack: list[tuple[int, str]] = []
    pairs: list[tuple[int, int, int, bool]] = []
    for i in itertools.compress(range(len(toks)), map(_IS_QUOTE, toks)):
        ch = toks[i].text
        if ch == "’" and not any(c == "‘" or c == "‚" for _, c in stack):
            continue  # an apostrophe
        if ch == "'" and _possessive(toks, i) and not any(c in "'‘‚" for _, c in stack):
            toks[i] = toks[i]._replace(is_quote=False)  # "the doctors' strike"
            continue
        hit = None
        for k in range(len(stack) - 1, -1, -1):
            if ch in OPENERS[stack[k][1]]:
                hit = k
                break
        if hit is not None:
            for k in range(
                len(stack) - 1, hit, -1
            ):  # inner marks left open: bound to their sentence
                o = stack[k][0]
                pairs.append((o, min(sent_last[toks[o].sent], i - 1), k, False))
            o = stack[hit][0]
            pairs.append((o, i, hit, True))
            del stack[hit:]
        elif ch in OPENERS:
            stack.append((i, ch))
    for k, (o, ch) in enumerate(stack):
        end = len(toks) - 1 if k == 0 and ch == reopened else sent_last[toks[o].sent]
        pairs.append((o, end, k, False))
    pairs.sort()
    return pairs


def _possessive(toks: list[Tok], i: int) -> bool:
    """The mark at ``i`` is the apostrophe of a plural possessive: glued to a word in "s"
    before it, a space after it ("the doctors' strike")."""
    prev = toks[i - 1] if i > 0 else None
    return (
        prev is not None
        and prev.end == toks[i].start
        and not prev.is_punct
        and prev.low.endswith("s")
        and i + 1 < len(toks)
        and toks[i + 1].start > toks[i].end
    )


def sentences_inside(toks: list[Tok], pairs: list[tuple[int, int, int, bool]]) -> set[int]:
    """The sentences strictly between the opening and the closing mark of a quotation."""
    out: set[int] = set()
    for o, c, _, _ in pairs:
        out.update(range(toks[o].sent + 1, toks[c].sent))
    return out


# words that open the phrase inside an extended attribute ("die am Montag veröffentlichte
# Studie", "der für die Region zuständige Koordinator", "die seit Jahren umstrittene Regel")
_ATTRIBUTE_OPENERS = {
    "am", "im", "in", "an", "bei", "vor", "nach", "auf", "mit", "zum", "zur", "über", "für",
    "gegen", "aus", "seit", "von", "vom", "bereits", "schon", "erst", "kürzlich", "zuvor",
    "gestern", "heute", "neu", "eigens", "bisher", "lange",
}  # fmt: skip


def extended_attribute(toks: list[Tok], j: int, stop: int) -> int | None:
    """Index of the adjective closing an extended attribute that starts at ``j`` just after
    an article ("einer [am Dienstag] veröffentlichten Pressemitteilung"), or None: at most
    five words opened by a preposition or adverb, no punctuation, the adjective lower-case
    and followed by a capitalised head or a quoted name."""
    if j >= stop or toks[j].low not in _ATTRIBUTE_OPENERS:
        return None
    for k in range(j + 1, min(stop - 1, j + 6)):
        t = toks[k]
        if t.is_punct:
            return None
        if (
            t.text[:1].islower()
            and t.low.endswith(ADJ_ENDINGS)
            and t.low not in DE_ARTICLES
            and t.low not in DE_STOP
            and t.low.isalpha()
            and (toks[k + 1].text[:1].isupper() or toks[k + 1].text in "„»")
        ):
            return k
    return None


def is_name_word(text: str) -> bool:
    """A capitalised word, a hyphenated name ("el-Baradei", "al-Dschasira"), an elided
    particle before a name ("d'Italia", "l’Équipe"), an agency written in lower case
    ("dpa") or a name in camel case ("eBay")."""
    return (
        text[:1].isupper()
        or ("-" in text and text.rsplit("-", 1)[-1][:1].isupper())
        or (text[1:2] in "'’" and text[:1] in "dl" and text[2:3].isupper())
        or text in LOWER_CASE_AGENCIES
        or camel_case(text)
    )


def camel_case(text: str) -> bool:
    """A name in camel case ("eBay", "iPhone")."""
    return text[1:2].isupper() and text.isalpha()


# endings of head nouns that can speak: institutions and person nouns
AGENT_ENDS = (
    "regierung", "rat", "amt", "fraktion", "partei", "minister", "ministerin", "kanzler",
    "kanzlerin", "kollege", "kollegen", "kollegin", "präsident", "präsidentin", "kommission",
    "gericht", "behörde", "ausschuss", "verband", "bund", "ministerium", "koalition", "union",
    "politiker", "politikerin", "experte", "experten", "wissenschaftler", "bürger", "menschen",
    "leute", "staat", "staaten", "länder", "bundestag", "parlament", "opposition", "vorsitzende",
    "vorsitzender", "sprecher", "sprecherin", "chef", "chefin", "leiter", "leiterin", "linke",
    "grüne", "grünen", "sozialdemokraten", "liberalen", "demokraten", "gewerkschaft", "verbände",
    "beauftragte", "beauftragter", "agentur", "institut", "organisation", "unternehmen",
    "büro", "polizei", "konzern", "kreuz",
)  # fmt: skip


def is_agent_word(word: str) -> bool:
    """A head noun that can speak: an institution, a person noun, an acronym (DGB, AfD)."""
    low = word.lower()
    if len(word) >= 2 and (word.isupper() or word in ("AfD", "FDP", "CDU", "CSU", "SPD")):
        return True
    return low.endswith(AGENT_ENDS)


def group_close(
    toks: list[Tok],
    o: int,
    stop: int,
    closes: Callable[[Tok], bool],
    limit: int,
    blocked: Container[int] = (),
    inner_punct: bool = True,
) -> int | None:
    """Index of the token that closes a short group opened at token ``o`` (a parenthesis
    "(CDU)", a quoted name „Neue Rechte“): the first token ``closes`` accepts, at most
    ``limit`` tokens on; None at ``stop``, a ``blocked`` token or (``inner_punct=False``)
    other punctuation first."""
    k = o + 1
    while (
        k < stop
        and k - o <= limit
        and not closes(toks[k])
        and k not in blocked
        and (inner_punct or not toks[k].is_punct)
    ):
        k += 1
    return k if k < stop and closes(toks[k]) else None


def closing_paren(t: Tok) -> bool:
    return t.text == ")"


is_quote_mark = operator.attrgetter("is_quote")


# articles of a genitive attribute after a head ("Angaben seines Vermögensverwalters")
_GENITIVE = {"des", "der", "eines", "einer", "seines", "seiner", "ihres", "ihrer", "of"}


def dative_medium(toks: list[Tok], j: int, stop: int) -> bool:
    """ "der" at ``j`` after an age noun or a first name and surname opens a quoted
    medium's name, a dative after a person ("der 48-Jährige der „Basler Zeitung“", "Sabine
    Kroll der „Bild“", "Leithner der Nachrichtenagentur Reuters"): no attribute (a
    person's name takes no genitive article)."""
    prev = toks[j - 1].text
    person = (prev[:1].isdigit() and "-" in prev) or (
        j >= 2
        and is_name_word(prev)
        and is_name_word(toks[j - 2].text)
        and toks[j - 2].low not in DE_ARTICLES
        and not prev.lower().endswith(AGENT_ENDS)
        and not toks[j - 2].text.lower().endswith(AGENT_ENDS)
    )
    if j + 2 < stop and toks[j + 1].low.endswith(MEDIA_ENDS) and toks[j + 2].text[:1].isupper():
        # "sagte Leithner der Nachrichtenagentur Reuters": a medium word and its name after
        # a surname (not "der Sprecher der Nachrichtenagentur")
        return (
            is_name_word(prev)
            and not prev.lower().endswith(AGENT_ENDS)
            # not a noun the dictionary knows: "einem Artikel der Agentur X", "Angaben der …"
            and not simplemma.is_known(prev, lang="de")
            and simplemma.lemmatize(prev, lang="de") == prev
        )
    if not person or j + 2 >= stop or not toks[j + 1].is_quote:
        return False
    return toks[j + 2].text[:1].isupper()


# words that count a noun phrase without an article ("zwei Insider", "mehrere Experten")
COUNT_WORDS = QUANTIFIERS_DE | {
    "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "zwölf",
}  # fmt: skip


def np_after(toks: list[Tok], i: int, stop: int, names: set[int]) -> tuple[int, int] | None:
    """The noun phrase starting at token ``i`` (exclusive end), or None.

    Accepts articles, capitalised words, hyphenated compounds, adjectives after an
    article and genitive attributes ("der Sprecher des Ministeriums").
    """
    j = i
    seen_head = False
    last_head = ""  # after a possessive or indefinite genitive: "next", then "done"
    while j < stop:
        t = toks[j]
        if t.is_punct:
            if t.text in ".-" and seen_head and j + 1 < stop and toks[j + 1].text[:1].isupper():
                j += 1  # "Rafik Y." / initials
                continue
            if t.text == "(" and seen_head:  # a short parenthesis: "(IAEO)", "(CDU)"
                k = group_close(toks, j, stop, closing_paren, 6, inner_punct=False)
                if k is not None and k - j >= 2:
                    j = k + 1
                    continue
            if (
                t.text in "„»"
                and (not seen_head or toks[j - 1].low.endswith(MEDIA_ENDS))
                and j > i
                and j + 1 < stop
            ):
                # a quoted name after an article: die „Neue Rechte“; after a word for a
                # medium: die Internet-Nachrichtensite „Golem“
                k = group_close(toks, j, stop, is_quote_mark, 8, inner_punct=False)
                if k is not None and k > j + 1 and toks[j + 1].text[:1].isupper():
                    j, seen_head = k + 1, True
                    continue
            break
        if t.low in DE_ARTICLES:
            if seen_head and not (t.low in _GENITIVE and j + 1 < stop):
                break
            if seen_head and t.low == "der" and dative_medium(toks, j, stop):
                break  # "sagte der 48-Jährige [der „Basler Zeitung“]": the addressee
            if seen_head and t.low not in ("des", "der", "of"):
                last_head = "next"  # "Angaben seines Anwalts [Berufung]": one noun, then stop
            j += 1
            adj = extended_attribute(toks, j, stop)
            if adj is not None:
                j = adj
            continue
        # a name particle before a capitalised word ("Otto von Bismarck"); "von der Leyen"
        # comes whole from the registry's names, "spricht X von einem Angriff" stops
        particle = (
            t.low in _NAME_PARTICLES
            and j + 1 < stop
            and (
                toks[j + 1].text[:1].isupper()
                or (  # "van der Marel", "von der Leyen"
                    toks[j + 1].low in ("der", "den", "de")
                    and j + 2 < stop
                    and toks[j + 2].text[:1].isupper()
                )
            )
        )
        if j in names or is_name_word(t.text) or particle:
            if t.low in OPENERS_NOT_SUBJECT and j == i:
                return None
            if t.low in DE_STOP and j > i:
                break
            if last_head == "done" and j not in names:
                break
            if seen_head and j not in names and common_plural(toks, j):
                break  # "forderte die Opposition Neuwahlen": the object, not a name
            if last_head == "next":
                last_head = "done"
            seen_head = True
            j += 1
            continue
        if (
            not seen_head
            and (t.low.endswith(ADJ_ENDINGS) or t.low.isdigit() or t.low in COUNT_WORDS)
            and t.low not in DE_STOP
        ):
            j += 1  # adjective after an article, a number ("zwei Insider")
            continue
        break
    if not seen_head:
        return None
    while j - 1 > i and toks[j - 1].low in _NAME_PARTICLES:
        j -= 1  # "Karl Harb von [den Salzburger Nachrichten]": no particle of a name
    return (i, j)


_NAME_PARTICLES = frozenset({"von", "van", "de", "al", "bin", "ter"})


# endings of German abstract and plural nouns, never of a name after a noun
# ("die Opposition Neuwahlen", "der Minister Reformen"; but "der Minister Pistorius")
_COMMON_ENDINGS = (
    "ungen", "heiten", "keiten", "schaften", "tionen", "wahlen", "täten", "nisse", "ismus",
)  # fmt: skip


def common_plural(toks: list[Tok], j: int) -> bool:
    """Token ``j`` is an abstract or plural common noun right after a capitalised noun
    (not after a capitalised adjective)."""
    prev = toks[j - 1]
    return (
        toks[j].low.endswith(_COMMON_ENDINGS)
        and prev.text[:1].isupper()
        and not prev.low.endswith(ADJ_ENDINGS)  # "Vereinten Nationen", "Ecuadorianischen ..."
        and "-" not in toks[j].text
    )


def np_before(toks: list[Tok], i: int, lo: int) -> tuple[int, int] | None:
    """The noun phrase ending just before token ``i`` ("Ministeriumskreisen zufolge")."""
    j = i
    while j > lo:
        t = toks[j - 1]
        if t.text in ")“”»" and j - 1 > lo:  # "des Verbandes (VDR) zufolge", "dem „Figaro“ zufolge"
            o = _group_start(toks, j - 1, lo)
            if o is not None:
                j = o
                continue
        if t.is_punct or (t.low in DE_STOP and t.low not in ("der", "des")) or t.low in AUX:
            break  # "waren offiziellen Angaben zufolge": the auxiliary is no part of it
        j -= 1
    return (j, i) if j < i else None


_GROUP_OPEN = {")": "(", "“": "„", "”": "“„", "»": "«", "«": "»"}


def _group_start(toks: list[Tok], c: int, lo: int) -> int | None:
    """The opening bracket or quotation mark of a short group (at most six words, no
    punctuation inside) that closes at token ``c``, when a word precedes it."""
    opens = _GROUP_OPEN[toks[c].text]
    for k in range(c - 1, max(lo, c - 8) - 1, -1):
        t = toks[k]
        if t.text in opens and k < c - 1:
            return k if k > lo and not toks[k - 1].is_punct or t.text == "„" else None
        if t.is_punct:
            return None
    return None


def message_spans(rec: dict) -> list[tuple[int, int]]:
    """The message parts of a statement record: its ``content_spans`` when a cue clause
    stands inside the content ("Die Lage, so Hegseth, sei ernst"), else the content's
    span; none for a speech event without content.

    >>> message_spans({"content_spans": "0-8;21-30", "content_start": 0, "content_end": 30})
    [(0, 8), (21, 30)]
    >>> message_spans({"content_start": 4, "content_end": 9})
    [(4, 9)]
    """
    spans = rec.get("content_spans")
    if isinstance(spans, str):
        return [(int(a), int(b)) for a, b in (part.split("-") for part in spans.split(";"))]
    a, b = offset(rec.get("content_start")), offset(rec.get("content_end"))
    return [(a, b)] if a is not None and b is not None else []


def offset(value: Any) -> int | None:
    """An offset as int, None for a missing one (None, NaN, pd.NA)."""
    try:
        return None if value is None or value != value else int(value)
    except TypeError:  # pd.NA
        return None


class Spans:
    """Character spans (start, end) that answer "does one overlap this range?" in
    O(log n): the starts in order and the furthest end among the spans up to each.

    >>> spans = Spans([(10, 20), (0, 5), (12, 14), (None, 3)])
    >>> spans.contains(4), spans.contains(7), spans.overlaps(18, 30), spans.overlaps(20, 30)
    (True, False, True, False)
    """

    def __init__(self, spans: Iterable[tuple[int | None, int | None]]) -> None:
        pairs = sorted((a, b) for a, b in spans if a is not None and b is not None)
        self.starts = [a for a, _ in pairs]
        self.reach: list[int] = []  # the furthest end among the spans so far
        for _, b in pairs:
            self.reach.append(max(b, self.reach[-1]) if self.reach else b)

    def overlaps(self, a: int, b: int) -> bool:
        """Some span starts before ``b`` and ends after ``a``."""
        k = bisect.bisect_left(self.starts, b)
        return k > 0 and self.reach[k - 1] > a

    def contains(self, pos: int) -> bool:
        """Some span contains the offset ``pos``."""
        return self.overlaps(pos, pos + 1)

"""Scan sentences for percentages, percentage points and money amounts.

The scanner is anchored on units: it finds every unit word or symbol
("Prozent", "%", "per cent", "Prozentpunkte", "Euro", "$", "Milliarden",
"billion", ...) with one regular expression and then reads the number in
front of it (digits or words), a range or a shared unit before that
("zwei bis drei Prozent", "von 10,7 auf 9,5 Prozent"), the base after it
("des BIP", "of GDP") and a target noun ("-Ziel", "target"). Numbers without
a unit (years, dates, ordinals, list numbers, names such as G7 or F-35, times)
are never anchored, so they are never reported.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass

from discourse.numbers._words import _de_word, parse_digits, parse_words, scale_of

_S = r"[ \u00a0\u202f\u2009]"
_L = r"[^\W\d_]"
DIGITS = (
    r"(?:\d{1,3}(?:(?:[.,']|" + _S + r")\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"
    r"(?:" + _S + r"?(?:1/2|1/4|3/4|½|¼|¾))?"
)
_DIGITS_END = re.compile(r"(?<![\w.,/])(?<!" + _L + r"-)(?:" + DIGITS + r")$")
_SIGN_END = re.compile(r"(?:(?<![\w.,)\]\-\u2212])[-\u2212]|(?<!" + _L + r")[Mm]inus" + _S + r")$")
_VAGUE_END = re.compile(
    r"(?i)(?<!" + _L + r")(?:mehrere|einige|viele|etliche|paar|several|some|many|few)" + _S + r"+$"
)
_WORD_END = re.compile(r"(?<!" + _L + r")" + _L + r"+$")
_SEP_END = re.compile(r"(?:" + _S + r"?[-\u2010\u2011]" + _S + r"?|" + _S + r")$")

_CUR_WORDS = (
    r"US-Dollar|US-\$|US\$|US dollars?|Dollars?|dollars?|Euros?|euros?|EUR|USD|GBP|CHF|RUB|UAH"
    r"|pounds? sterling|pounds?|Pfund|Rubel|roubles?|rubles?|Yuan|yuan|Yen|yen|Franken"
    r"|Hrywnja|hryvnias?|D-Mark|DM"
)
_CUR_SYMBOLS = r"€|\$|£"
_ANCHOR = re.compile(
    r"(?P<pp>Prozentpunkt(?:e|en|es|s)?(?!" + _L + r")|%-?[Pp]unkte?n?(?!" + _L + r")"
    r"|[Pp]ercentage[ -]points?\b|[Pp]er ?cent(?:age)? points?\b)"
    r"|(?P<pct>%(?!ig)|Prozent(?:e|s)?(?!" + _L + r")|v\.\s?H\.|\bvH\b|[Pp]er ?cent\b)"
    r"|(?P<scale>\b(?:Millionen|Million|Milliarden|Milliarde|Billionen|Billion|millions?"
    r"|billions?|trillions?)\b|\b(?:Mio|Mrd|Bio)\b\.?)"
    r"|(?P<cur>(?<!" + _L + r")(?:" + _CUR_WORDS + r")(?!" + _L + r")|" + _CUR_SYMBOLS + r")"
)
_CUR_AFTER = re.compile(
    r"(?:" + _S + r"|-)?(?P<cur>(?:" + _CUR_WORDS + r")(?!" + _L + r")|" + _CUR_SYMBOLS + r")"
)
_CUR_FORWARD = re.compile(
    _S + r"?(?P<num>" + DIGITS + r")(?!\d)"
    r"(?:" + _S + r"?(?P<scale>(?:Millionen|Million|Milliarden|Milliarde|Billionen|Billion"
    r"|millions?|billions?|trillions?|bn|bln|mn|tn|m)(?!" + _L + r")|(?:Mio|Mrd|Bio)\b\.?))?"
    r"(?:" + _S + r"(?P<num2>\d{1,3})" + _S + r"(?P<scale2>million|thousand|Millionen|Tausend)\b)?"
)
_CLOSED_TARGET = re.compile(
    r"(?i)(?<!" + _L + r")(?P<num>[a-zäöüß]+?)prozent(?P<tail>(?:ziel|marke|vorgabe|schwelle"
    r"|hürde|kriterium|grenze|quote|verpflichtung|zusage)" + _L + r"*)"
)
_TARGET_DE = re.compile(
    r"(?i)(?:ziel|marke|vorgabe|schwelle|hürde|kriterium|grenze|quote|verpflichtung|zusage"
    r"|versprechen|beschluss|benchmark)"
)
_TAIL_DE = re.compile(r"-(?P<tail>[A-ZÄÖÜ]" + _L + r"*(?:-[A-ZÄÖÜ]" + _L + r"*)*)")
_TAIL_EN = re.compile(
    r"[ -](?:[A-Z]{2,}[ -])?(?P<tail>target|goal|benchmark|threshold|guideline|pledge"
    r"|commitment|mark)s?\b"
)
_BASE_DE = re.compile(
    _S + r"+(?:(?:des|der|vom|am|unseres|unserer|ihres|ihrer|seines|seiner|eures|eurer"
    r"|deren|dessen)" + _S + r"+(?:[a-zäöü]+(?:en|es|er)" + _S + r"+){0,2})?"
    r"(?P<base>BIP|Bruttoinlandsprodukt(?:e?s)?|Bruttoinlandprodukt(?:e?s)?|Wirtschaftsleistung"
    r"|Bruttosozialprodukt(?:e?s)?|Bruttonn?ationaleinkommens?|BNE|BSP)(?!" + _L + r")"
)
_BASE_EN = re.compile(
    _S + r"+(?:of" + _S + r"+(?:(?:the|their|its|our|his|her|your|each|every|a)" + _S + r"+)?"
    r"(?:[\w’'.]+" + _S + r"+){0,3}?)?"
    r"(?P<base>GDP|gross domestic products?|GNI|GNP|gross national income|gross national product"
    r"|national income)\b(?!" + _S + r"+growth)"
)
_BASE_MAP = (
    (re.compile(r"(?i)^(bip|brutto\w*inland|wirtschaftsleistung|gdp|gross domestic)"), "GDP"),
    (
        re.compile(r"(?i)^(bruttonn?ational|bne|bsp|bruttosozial|gni|gnp|gross national|national)"),
        "GNI",
    ),
)
_ISO = {
    "€": "EUR",
    "euro": "EUR",
    "euros": "EUR",
    "eur": "EUR",
    "$": "USD",
    "us$": "USD",
    "us-$": "USD",
    "dollar": "USD",
    "dollars": "USD",
    "us-dollar": "USD",
    "us dollar": "USD",
    "us dollars": "USD",
    "usd": "USD",
    "£": "GBP",
    "gbp": "GBP",
    "pfund": "GBP",
    "pound": "GBP",
    "pounds": "GBP",
    "pound sterling": "GBP",
    "pounds sterling": "GBP",
    "chf": "CHF",
    "franken": "CHF",
    "rub": "RUB",
    "rubel": "RUB",
    "rouble": "RUB",
    "roubles": "RUB",
    "ruble": "RUB",
    "rubles": "RUB",
    "yuan": "CNY",
    "yen": "JPY",
    "uah": "UAH",
    "hrywnja": "UAH",
    "hryvnia": "UAH",
    "hryvnias": "UAH",
    "dm": "DEM",
    "d-mark": "DEM",
}
_PRE_SYMBOLS = frozenset({"€", "$", "£", "US$", "US-$", "EUR", "USD", "GBP", "CHF"})
_RANGE_CONN = re.compile(
    r"(?:"
    + _S
    + r"*[-\u2013\u2014]"
    + _S
    + r"*|"
    + _S
    + r"+(?P<w>bis|und|oder|auf|bzw\.|noch von|noch"
    r"|to|and|or|nor)" + _S + r"+)$"
)
_RANGE_PREFIX = re.compile(r"(?i)(?:^|(?<=\W))(?P<p>zwischen|between|von|from)" + _S + r"+$")
_CHAIN = re.compile(
    r"^(?:,|" + _S + r"*[-\u2013]|,?" + _S + r"+(?:und|oder|bis|auf|bzw\.|and|or|to))" + _S + r"*$"
)


# cheap pre-filter (plain substring tests, much faster than a regex): a sentence without
# any of these has no unit word or symbol and so no number of interest
_KEYS_LOWER = (
    "prozent", "%", "v. h", "v.h", "per cent", "percent", "euro", "dollar", "$", "€", "£",
    "illion", "illiard", "pfund", "pound", "rubel", "rouble", "ruble", "yuan", "yen",
    "franken", "hrywnja", "hryvnia", "d-mark",
)  # fmt: skip
_KEYS_CASE = ("EUR", "USD", "GBP", "CHF", "RUB", "UAH", "DM", "Mio", "Mrd", "Bio", "vH")


def _has_unit(text: str) -> bool:
    low = text.lower()
    return any(k in low for k in _KEYS_LOWER) or any(k in text for k in _KEYS_CASE)


def candidates(texts: list[str]) -> list[int]:
    """Indices of the texts that contain a unit key (one pass per key over all texts)."""
    big = "\n".join(texts)
    low = big.lower()
    if len(low) != len(big):  # a length-changing lower() ("İ"): test one by one
        return [i for i, t in enumerate(texts) if _has_unit(t)]
    ends = list(itertools.accumulate(len(t) + 1 for t in texts))
    found: set[int] = set()
    for hay, keys in ((low, _KEYS_LOWER), (big, _KEYS_CASE)):
        for key in keys:
            pos = hay.find(key)
            while pos != -1:
                i = bisect.bisect_right(ends, pos)
                found.add(i)
                pos = hay.find(key, ends[i]) if i < len(ends) else -1
    return sorted(found)


@dataclass
class Hit:
    """One number found in a sentence (offsets local to the sentence)."""

    start: int
    end: int
    value: float
    unit: str
    base: str | None = None
    currency: str | None = None
    low: float | None = None
    high: float | None = None
    is_target: bool = False


def _number_before(text: str, j: int, lang: str | None, *, allow_article: bool = False):
    """(start, value) of a number ending exactly at ``j`` or None."""
    lo = max(0, j - 60)
    m = _DIGITS_END.search(text, lo, j)
    if m:
        try:
            value = parse_digits(m.group(), lang)
        except ValueError:
            return None
        sign = _SIGN_END.search(text, max(0, m.start() - 7), m.start())
        if sign:  # "-3,4 Prozent", "−2 %", "minus 2 per cent" (not the "-" of "2-3 %")
            return sign.start(), -value
        return m.start(), value
    toks: list[int] = []
    k = j
    while len(toks) < 6:
        w = _WORD_END.search(text, max(0, k - 40), k)
        if not w:
            break
        toks.append(w.start())
        k = w.start()
        if k > 0 and text[k - 1] in " -\u00a0" and k > 1 and text[k - 2].isalpha():
            k -= 1
        else:
            break
    for st in reversed(toks):
        phrase = text[st:j]
        value = parse_words(phrase, lang)
        if value is not None and phrase.split()[0].lower() not in ("and", "und"):
            if _VAGUE_END.search(text, max(0, st - 12), st):
                return None  # "mehrere Hundert Milliarden", "several hundred million"
            return st, value
    articles = {"de": ("ein", "eine"), "en": ("a", "an")}.get(lang or "", ("a", "ein", "eine"))
    if allow_article and toks and text[toks[0] : j].lower() in articles:
        return toks[0], 1.0
    return None


def _base_after(text: str, pos: int, lang: str | None):
    pat = (_BASE_EN, _BASE_DE) if lang == "en" else (_BASE_DE, _BASE_EN)
    for p in pat:
        m = p.match(text, pos)
        if m:
            for rx, code in _BASE_MAP:
                if rx.match(m.group("base")):
                    return code, m.end()
    if text.startswith(" BIP-Anteil", pos) or text.startswith(" BIP-Quote", pos):
        return "GDP", pos + 4
    return None, pos


def _iso(cur: str) -> str:
    return _ISO.get(cur.lower(), _ISO.get(cur, cur.upper()))


def scan(text: str, lang: str | None, *, prefiltered: bool = False) -> list[Hit]:
    """All numbers of interest in one sentence, in text order (local offsets)."""
    if not prefiltered and not _has_unit(text):
        return []
    hits: list[Hit] = []
    taken = 0  # end of the last consumed span
    if "rozent" in text or "ROZENT" in text:
        for m in _CLOSED_TARGET.finditer(text):
            value = _de_word(m.group("num").lower())
            if value is not None:
                hits.append(Hit(m.start(), m.end(), value, "percent", is_target=True))
    closed = [(h.start, h.end) for h in hits]
    for a in _ANCHOR.finditer(text):
        if a.start() < taken or any(s <= a.start() < e for s, e in closed):
            continue
        kind = a.lastgroup
        hit = _read_anchor(text, a, kind, lang, taken)
        if hit is None:
            continue
        new, end = hit
        taken = end
        hits.extend(new)
    hits.sort(key=lambda h: h.start)
    _propagate_base(text, hits)
    return hits


def _read_anchor(text: str, a: re.Match, kind: str, lang: str | None, floor: int = 0):
    j = a.start()
    sep = _SEP_END.search(text, max(0, j - 3), j)
    jn = sep.start() if sep else j
    if kind == "cur" and a.group() in _PRE_SYMBOLS:
        fwd = _CUR_FORWARD.match(text, a.end())
        if fwd and _number_before(text, jn, lang) is None:
            try:
                value = parse_digits(fwd.group("num"), lang)
            except ValueError:
                return None
            factor = scale_of(fwd.group("scale"), lang) if fwd.group("scale") else 1.0
            value *= factor
            if (
                fwd.group("num2")
                and fwd.group("scale")
                and (scale_of(fwd.group("scale2")) or 0) < factor
            ):
                value += int(fwd.group("num2")) * (scale_of(fwd.group("scale2"), lang) or 1.0)
            hit = Hit(j, fwd.end(), value, "currency", currency=_iso(a.group()))
            return [hit], fwd.end()
    factor = 1.0
    if kind == "scale":
        factor = scale_of(a.group(), lang) or 1.0
    found = _number_before(text, jn, lang, allow_article=kind == "scale")
    if found is None:
        return None
    ns, value = found
    end = a.end()
    unit = {"pp": "percentage_points", "pct": "percent", "scale": "count", "cur": "currency"}[kind]
    currency = _iso(a.group()) if kind == "cur" else None
    if kind == "cur" and re.match(r"-" + _L, text[end : end + 2]) and not sep:
        return None  # "2019 Euro-Zone"-like compounds without a hyphenated number
    if kind == "scale":
        c = _CUR_AFTER.match(text, end)
        if c:
            unit, currency, end = "currency", _iso(c.group("cur")), c.end()
    value *= factor
    hits = [Hit(ns, end, value, unit, currency=currency)]
    main = hits[0]
    # a range or a second number sharing the unit: "zwei bis drei Prozent", "von 10,7 auf 9,5 Prozent"
    conn = _RANGE_CONN.search(text, max(0, ns - 12), ns)
    if conn:
        first = _number_before(text, conn.start(), lang)
        if first is not None and first[0] >= floor:
            fs, fv = first
            word = (conn.group("w") or "-").lower()
            pre = _RANGE_PREFIX.search(text, max(0, fs - 12), fs)
            prefix = pre.group("p").lower() if pre else ""
            yearish = fv.is_integer() and 1900 <= fv <= 2100 and value / factor < 1000
            if not yearish:
                is_range = (word in ("bis", "-", "to") and prefix not in ("from",)) or (
                    prefix in ("zwischen", "between") and word in ("und", "and")
                )
                if is_range:
                    main.start, main.low, main.high = fs, fv * factor, value
                    main.value = fv * factor
                elif word != "-":
                    hits.insert(0, Hit(fs, conn.start(), fv * factor, unit, currency=currency))
    base, bend = _base_after(text, end, lang)
    main.base = base
    tail = _TAIL_DE.match(text, end) if kind in ("pct", "pp") else None
    if tail and base is None:
        main.end = end = tail.end()
        main.is_target = bool(_TARGET_DE.match(tail.group("tail")))
    elif kind in ("pct", "pp"):
        t = _TAIL_EN.match(text, bend)
        if t:
            main.end = end = t.end()
            main.is_target = True
    return hits, max(end, bend)


def _propagate_base(text: str, hits: list[Hit]) -> None:
    """Share base and currency backwards along chains ("10 per cent and 50 per cent of GDP",
    "von 500 Millionen auf 1 Milliarde Euro"): and/or/to/bis/auf/bzw. or a comma."""
    for i in range(len(hits) - 2, -1, -1):
        a, b = hits[i], hits[i + 1]
        if not _CHAIN.match(text[a.end : b.start]):
            continue
        if a.unit == "count" and b.unit == "currency" and a.currency is None:
            a.unit, a.currency = "currency", b.currency
        if a.base is None and b.base and a.unit == b.unit:
            a.base = b.base

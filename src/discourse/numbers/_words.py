"""Number words and digit strings in German and English, parsed to floats.

Everything here works on short strings (one number expression); scanning
running text is done in :mod:`discourse.numbers._find`.
"""

from __future__ import annotations

import re
from types import MappingProxyType

__all__ = ["parse_number", "parse_digits", "parse_words", "scale_of"]

# fmt: off
_DE_UNITS = MappingProxyType({
    "null": 0, "ein": 1, "eins": 1, "zwei": 2, "zwo": 2, "drei": 3, "vier": 4, "fünf": 5,
    "sechs": 6, "sieben": 7, "acht": 8, "neun": 9,
})
# inflected forms of "ein" only stand alone ("einem Prozent"), never inside a compound
_DE_EIN_FORMS = frozenset({"eine", "einen", "einem", "einer", "eines"})
_DE_TEENS = MappingProxyType({
    "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15,
    "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19,
})
_DE_TENS = MappingProxyType({
    "zwanzig": 20, "dreißig": 30, "dreissig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60,
    "siebzig": 70, "achtzig": 80, "neunzig": 90,
})
_DE_HALF = frozenset({"halb", "halbe", "halben", "halber", "halbes"})
_EN_SMALL = MappingProxyType({
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
})
_EN_TENS = MappingProxyType({
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
})
_EN_SCALES = MappingProxyType({"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12})
# scale words after a number (lower-cased word -> factor); German "Billion" is 10**12
_SCALES_DE = MappingProxyType({
    "tausend": 1e3, "million": 1e6, "millionen": 1e6, "mio.": 1e6, "mio": 1e6,
    "milliarde": 1e9, "milliarden": 1e9, "mrd.": 1e9, "mrd": 1e9,
    "billion": 1e12, "billionen": 1e12, "bio.": 1e12, "bio": 1e12,
})
_SCALES_EN = MappingProxyType({
    "thousand": 1e3, "million": 1e6, "millions": 1e6, "mn": 1e6, "m": 1e6,
    "billion": 1e9, "billions": 1e9, "bn": 1e9, "bln": 1e9,
    "trillion": 1e12, "trillions": 1e12, "tn": 1e12,
})
# fmt: on

_SPACES = " \u00a0\u202f\u2009"
_FRACTIONS = MappingProxyType(
    {"1/2": 0.5, "1/4": 0.25, "3/4": 0.75, "½": 0.5, "¼": 0.25, "¾": 0.75}
)
_FRACTION_END = re.compile(r"(?<=\d)[ \u00a0]?(1/2|1/4|3/4|½|¼|¾)$")
_DIGITS_RE = re.compile(r"[+-]?\d[\d.,'\u00a0\u202f\u2009 ]*")


def scale_of(word: str, lang: str | None = None) -> float | None:
    """Factor of a scale word ("Milliarden" -> 1e9, "bn" -> 1e9, "Billionen" -> 1e12).

    "Billion" is 10**12 in German text and 10**9 in English text; the capitalised
    noun counts as German unless ``lang == "en"``. Returns None for other words.
    """
    low = word.lower()
    if low in ("billion", "billions"):
        german = lang == "de" or (lang != "en" and word[:1] == "B")
        return 1e12 if german and low == "billion" else 1e9
    if low in _SCALES_DE and (lang != "en" or low not in _SCALES_EN):
        return _SCALES_DE[low]
    return _SCALES_EN.get(low)


def parse_digits(text: str, lang: str | None = None) -> float:
    """Parse a digit string with German or English separators.

    German (``lang="de"``): "3,5" = 3.5, "2.000" = 2000, "1.000,5" = 1000.5.
    English (``lang="en"``): "3.5" = 3.5, "1,000" = 1000, "1,000.5" = 1000.5.
    Spaces and apostrophes group thousands in both. Where one separator occurs
    the shape decides: several of them, or (in German, or with unknown language)
    a dot followed by exactly three digits, mean thousands; otherwise decimal.

    Raises
    ------
    ValueError
        If ``text`` is not a digit string.
    """
    s = text.strip()
    frac = _FRACTION_END.search(s)
    if frac and frac.start() > 0:
        return parse_digits(s[: frac.start()], lang) + _FRACTIONS[frac.group(1)]
    if not s or not _DIGITS_RE.fullmatch(s):
        raise ValueError(f"text must be a digit string such as '3,5' or '1,000', got {text!r}")
    sign = -1.0 if s[0] == "-" else 1.0
    s = s.lstrip("+-")
    for ch in _SPACES + "'":
        s = s.replace(ch, "")
    has_dot, has_comma = "." in s, "," in s
    if has_dot and has_comma:
        dec = "." if s.rfind(".") > s.rfind(",") else ","
    elif has_dot or has_comma:
        sep = "." if has_dot else ","
        groups = s.split(sep)
        three = all(len(g) == 3 for g in groups[1:]) and groups[0] not in ("", "0")
        if len(groups) > 2:
            dec = None if three else sep
            if not three:
                raise ValueError(
                    f"text has several {sep!r} but is not grouped in thousands: {text!r}"
                )
        elif lang == "de":
            dec = None if (sep == "." and three) else ","
            if sep == "." and not three:
                dec = "."
        elif lang == "en":
            dec = None if (sep == "," and three) else "."
            if sep == "," and not three:
                dec = ","
        else:
            dec = None if three else sep
    else:
        dec = None
    thousands = {".", ","} - ({dec} if dec else set())
    for ch in thousands:
        s = s.replace(ch, "")
    if dec:
        s = s.replace(dec, ".")
    if not s or s == ".":
        raise ValueError(f"text must contain digits, got {text!r}")
    return sign * float(s)


def _de_below_100(w: str) -> int | None:
    if w in _DE_UNITS:
        return _DE_UNITS[w]
    if w in _DE_TEENS:
        return _DE_TEENS[w]
    if w in _DE_TENS:
        return _DE_TENS[w]
    if "und" in w:
        left, _, right = w.partition("und")
        if left in _DE_UNITS and left not in ("null", "eins") and right in _DE_TENS:
            return _DE_UNITS[left] + _DE_TENS[right]
    return None


def _de_below_1000(w: str) -> int | None:
    if "hundert" not in w:
        return _de_below_100(w)
    left, _, right = w.partition("hundert")
    lv = 1 if left == "" else _DE_UNITS.get(left)
    if lv is None or left in ("null", "eins"):
        return None
    right = right.removeprefix("und")
    rv = 0 if right == "" else _de_below_100(right)
    return None if rv is None else lv * 100 + rv


def _de_word(w: str) -> float | None:
    if w in _DE_HALF:
        return 0.5
    if w == "anderthalb":
        return 1.5
    if w in _DE_EIN_FORMS:
        return 1.0
    if w.endswith("einhalb"):
        head = w[: -len("einhalb")]
        base = 0 if head == "" else _de_integer(head)
        return None if base is None else base + 0.5
    v = _de_integer(w)
    return None if v is None else float(v)


def _de_integer(w: str) -> int | None:
    if not w:
        return None
    if "tausend" in w:
        left, _, right = w.partition("tausend")
        lv = 1 if left == "" else _de_below_1000(left)
        rv = 0 if right == "" else _de_below_1000(right.removeprefix("und"))
        if lv is None or rv is None or left in ("null", "eins"):
            return None
        return lv * 1000 + rv
    return _de_below_1000(w)


def _parse_de(words: list[str]) -> float | None:
    if len(words) == 1:
        return _de_word(words[0])
    if len(words) == 2 and words[0] in _DE_EIN_FORMS | {"ein"} and words[1] in _DE_HALF:
        return 0.5  # "ein halbes", "einem halben"
    if "komma" in words:
        i = words.index("komma")
        head = _parse_de(words[:i])
        digits = [_DE_UNITS.get(x) for x in words[i + 1 :]]
        if head is None or not digits or any(d is None or d > 9 for d in digits):
            return None
        return float(f"{int(head)}." + "".join(str(d) for d in digits))
    return None


def _parse_en(words: list[str]) -> float | None:
    if words in (["half", "a"], ["half", "an"]):
        return 0.5
    if not words or words[0] == "and" or words[-1] in ("and", "a", "an"):
        return None
    frac = 0.0
    if words[-1] in ("half", "quarter"):
        part = 0.5 if words[-1] == "half" else 0.25
        rest = words[:-1]
        if rest and rest[-1] in ("a", "an", "one"):
            rest = rest[:-1]
        if rest and rest[-1] == "and":
            rest = rest[:-1]
            if not rest:
                return None
        elif rest:
            return None  # "two half"
        if not rest:
            return part
        words, frac = rest, part
    if words[0] == "hundred" or words[0] in _EN_SCALES:
        return None  # a bare scale word is not a number ("billion", "thousand")
    total, cur, seen = 0.0, 0.0, False
    for i, w in enumerate(words):
        if w in ("a", "an"):
            if i != 0 or len(words) < 2 or words[1] not in ("hundred", *_EN_SCALES):
                return None
            cur = 1
        elif w in _EN_SMALL:
            if seen and cur % 100 != 0 and cur % 10 == 0 and _EN_SMALL[w] >= 10:
                return None
            cur += _EN_SMALL[w]
        elif w in _EN_TENS:
            if cur % 100 not in (0,):
                return None
            cur += _EN_TENS[w]
        elif w == "hundred":
            cur = (cur or 1) * 100
        elif w in _EN_SCALES:
            total += (cur or 1) * _EN_SCALES[w]
            cur = 0
        elif w == "and":
            if i == 0 or words[i - 1] not in ("hundred", *_EN_SCALES):
                return None
        else:
            return None
        seen = True
    return total + cur + frac


_SPLIT_WORDS = re.compile(r"[\s\-\u2010\u2011]+")


def parse_words(text: str, lang: str | None = None) -> float | None:
    """Value of a spelled-out number, or None if ``text`` is not one.

    German: "fünf", "zweiundzwanzig", "dreihundert", "zweieinhalb", "anderthalb",
    "eineinhalb", "ein halbes", "drei Komma fünf". English: "five", "twenty-five",
    "one hundred", "two and a half", "a half", "half a", "a quarter".
    """
    words = [w for w in _SPLIT_WORDS.split(text.strip().lower()) if w]
    if not words:
        return None
    order = (_parse_en, _parse_de) if lang == "en" else (_parse_de, _parse_en)
    for parser in order:
        value = parser(words)
        if value is not None:
            return value
    return None


def parse_number(text: str, *, lang: str | None = None) -> float:
    """Parse a number written in digits or words, with an optional scale word.

    Parameters
    ----------
    text : str
        E.g. "3,5", "1,000.5", "2.000", "zweieinhalb", "two and a half",
        "100 Milliarden", "1,5 Bio.", "850 billion", "100bn".
    lang : {"de", "en", None}
        Decides the separators of digit strings ("1,000" is 1.0 in German and
        1000 in English) and whether "Billion" means 10**12 (German) or 10**9.

    Returns
    -------
    float

    Raises
    ------
    ValueError
        If ``text`` is not a number; the message quotes it.

    Examples
    --------
    >>> parse_number("3,5", lang="de"), parse_number("1,000.5", lang="en")
    (3.5, 1000.5)
    >>> parse_number("zweieinhalb"), parse_number("two and a half")
    (2.5, 2.5)
    >>> parse_number("100 Milliarden")
    100000000000.0
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    if lang not in (None, "de", "en"):
        raise ValueError(f"lang must be 'de', 'en' or None, got {lang!r}")
    s = text.strip()
    m = re.fullmatch(r"(.*?\d)\s?([A-Za-zÄÖÜäöü]+\.?)", s)
    factor = 1.0
    if m and scale_of(m.group(2), lang) is not None:
        s, factor = m.group(1), scale_of(m.group(2), lang)  # type: ignore[assignment]
    else:
        parts = s.rsplit(None, 1)
        if len(parts) == 2 and scale_of(parts[1], lang) is not None:
            s, factor = parts[0], scale_of(parts[1], lang)  # type: ignore[assignment]
    if re.search(r"\d", s):
        return parse_digits(s, lang) * factor
    value = parse_words(s, lang)
    if value is None:
        raise ValueError(
            f"text is not a number in digits or German/English words: {text!r} "
            "(examples: '3,5', '1,000.5', 'zweieinhalb', 'two and a half')"
        )
    return value * factor

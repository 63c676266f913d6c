"""Text primitives of the matcher: the Latin-1 lower-case image, endings, case regexes."""

from __future__ import annotations

import re

import numpy as np

#: Lower-casing table for Latin-1 bytes (A-Z, À-Þ without ×); everything else unchanged.
LOWER = bytes(
    (b + 32) if (65 <= b <= 90 or 0xC0 <= b <= 0xDE and b != 0xD7) else b for b in range(256)
)
#: Per byte of the Latin-1 image: is it certainly a word character? (``?`` stands for
#: any character outside Latin-1 and is left to the exact check on the original text.)
WORD_BYTE = np.array([chr(b).isalnum() for b in range(256)], dtype=bool)
#: Word characters of the lower-cased Latin-1 text, as a bytes regex class body.
_WB = rb"0-9A-Za-z\xaa\xb5\xba\xc0-\xd6\xd8-\xf6\xf8-\xff"
_SEP_B = rb"[\s\xa0\-]+"
_TOK_B = rb"[^\s\xa0\x00]+"
_W_S = r"^\W_"  # str class body of word characters (negated non-word)
_SEP_S = r"[\s\-]+"
_TOK_S = r"\S+"

DE_ENDINGS = ("", "e", "en", "n", "s", "es", "er", "ern", "em", "ens")
EN_ENDINGS = ("", "s", "es", "'s", "s'", "’s", "ed", "d", "ing")

INSENSITIVE, SENSITIVE, AS_WRITTEN = 0, 1, 2
_CASE = {"insensitive": INSENSITIVE, "sensitive": SENSITIVE, "as_written": AS_WRITTEN}


def _latin(s: str) -> bytes:
    """Lower-case ``s`` and encode it 1:1 as Latin-1 (other characters become ``?``)."""
    low = "".join(c.lower() if len(c.lower()) == 1 else c for c in s)
    return low.encode("latin-1", "replace").translate(LOWER)


def _is_latin(s: str) -> bool:
    return all(ord(c) < 256 for c in s)


def _endings(lang: str) -> tuple[str, ...]:
    if lang == "de":
        return DE_ENDINGS
    if lang == "en":
        return EN_ENDINGS
    return tuple(dict.fromkeys(DE_ENDINGS + EN_ENDINGS))


def lemma_forms(lemma: str, lang: str) -> list[str]:
    """Regular inflected forms of ``lemma`` (German/English suffix rules, lower case).

    >>> lemma_forms("negotiate", "en")[:4]
    ['negotiate', 'negotiates', 'negotiatees', "negotiate's"]
    """
    low = lemma.lower()
    forms = [low + e for e in _endings(lang)]
    if lang in ("en", "any"):
        if low.endswith("e"):
            forms += [low[:-1] + "ing", low[:-1] + "ed"]
        if low.endswith("y") and len(low) > 2 and low[-2] not in "aeiou":
            forms += [low[:-1] + "ies", low[:-1] + "ied"]
    return list(dict.fromkeys(forms))


def _common_prefix(words: list[str]) -> str:
    first, last = min(words), max(words)
    i = 0
    while i < len(first) and i < len(last) and first[i] == last[i]:
        i += 1
    return first[:i]


def _case_re(written: str, case: int) -> str:
    """A str regex for ``written`` under a case rule (as_written: capitals must stay)."""
    if case == SENSITIVE:
        return re.escape(written)
    if case == AS_WRITTEN:
        return "".join(
            re.escape(c) if c.isupper() or not c.isalpha() else f"[{c}{c.upper()}]" for c in written
        )
    return re.escape(written)


def _check_for(written: str, case: int) -> re.Pattern[str] | None:
    if case == INSENSITIVE and _is_latin(written):
        return None
    flags = re.IGNORECASE if case == INSENSITIVE else 0
    return re.compile(_case_re(written, case), flags)


def _ss_variants(written: str) -> list[str]:
    return [written, written.replace("ß", "ss")] if "ß" in written else [written]

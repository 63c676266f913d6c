"""Character classes and per-language rule sets shared by the sentence and token layers."""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass

from discourse.segment._resources import (
    SUPPORTED_LANGS,
    load_abbreviations,
    load_openers,
)

# Whitespace and invisible characters that never belong to the edge of a sentence: Unicode
# white space, C0/C1 control characters and zero-width marks. Tokens never contain them.
_WS_RANGES = (
    (0x00, 0x20),
    (0x7F, 0xA0),
    (0x1680, 0x1680),
    (0x2000, 0x200D),
    (0x2028, 0x2029),
    (0x202F, 0x202F),
    (0x205F, 0x2060),
    (0x3000, 0x3000),
    (0xFEFF, 0xFEFF),
)
SPACE_CHARS: str = "".join(chr(c) for a, b in _WS_RANGES for c in range(a, b + 1))
#: A regex character class body: white space plus control and zero-width characters.
SPACE_CLASS: str = r"\s\x00-\x08\x0e-\x1f\x7f-\x9f\u200b-\u200d\u2060\ufeff"

#: Characters that may close a sentence after its final punctuation.
CLOSERS = "'\"”“»«’‘)]"
#: Characters that may open a sentence before its first word.
OPENERS = "\"'„“”‚‘’»«([{¿¡*•–—-"


@dataclass(frozen=True)
class LangRules:
    """The rule set of one language (``"xx"`` stands for every unsupported language)."""

    lang: str
    abbreviations: Mapping[str, str]
    openers: frozenset[str]
    ordinals: bool  # "am 12. Februar": a number with a full stop is an ordinal


@functools.lru_cache(maxsize=16)
def rules_for(lang: str) -> LangRules:
    """Rules for ``lang``; unsupported languages get the English rules without abbreviations."""
    if lang in SUPPORTED_LANGS:
        return LangRules(lang, load_abbreviations(lang), load_openers(lang), lang == "de")
    return LangRules("xx", {}, load_openers("en"), False)


# Dotted initials and dotted abbreviations: "U.S.", "z.B.", "e.g.", "D.C."
DOTTED = re.compile(r"(?:[^\W\d_]{1,2}\.){2,}")

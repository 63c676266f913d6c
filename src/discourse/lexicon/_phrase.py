"""Multi-word entries: byte regexes on both sides of the anchor word, neighbour filters."""

from __future__ import annotations

import re
from typing import Any

import numpy as np

from discourse.lexicon._text import (
    _SEP_B,
    _SEP_S,
    _TOK_B,
    _TOK_S,
    _W_S,
    _WB,
    INSENSITIVE,
    _case_re,
    _latin,
)


def _edge_bytes(words: list[str], i: int, ends: tuple[str, ...], *, last: bool) -> Any:
    """Codes of the up to three bytes the neighbour word ``words[i]`` can end (``last``)
    or start with, as a sorted int64 array (bytes packed big-endian, nearest the anchor
    last); None when any word may stand there. An optional word ``(a|b)`` contributes
    its words and those of the word beyond it (which stands there when it is absent)."""
    if i < 0 or i >= len(words) or words[i].startswith("{"):
        return None
    w = words[i]
    if w.startswith("("):
        beyond = _edge_bytes(words, i - 1 if last else i + 1, ends, last=last)
        here = _edge_codes(w[1:-1].split("|"), last=last)
        return None if beyond is None or here is None else np.union1d(here, beyond)
    if (last and w.endswith("*")) or (not last and w.startswith("*")):
        return None
    alts = w[1:-1].split("|") if w.startswith("[") else [w.strip("*")]
    if last and not w.startswith("[") and any(ends):
        alts = alts + [a + x for a in alts for x in ends if x]
    return _edge_codes(alts, last=last)


def _edge_codes(alts: list[str], *, last: bool) -> Any:
    codes: set[int] = set()
    for a in alts:
        b = _latin(a)
        edge = b[-3:][::-1] if last else b[:3]  # nearest the anchor first
        if len(edge) < 2:
            return None
        fill = range(256) if len(edge) == 2 else (None,)
        for x in fill:
            e3 = edge + bytes([x]) if x is not None else edge
            codes.add(e3[0] << 16 | e3[1] << 8 | e3[2])
    return np.array(sorted(codes), dtype=np.int64)


def _required(words: list[str], i: int) -> bool:
    return 0 <= i < len(words) and not words[i].startswith(("(", "{"))


def _anchor_score(words: list[str], i: int) -> tuple[int, ...]:
    """Rank word ``i`` as the anchor of a multi-word entry.

    Long literal words are rarer; among words of at least four letters, those whose
    neighbours are required words can be pre-checked byte-wise (see ``_verify``), then
    fewer alternatives and no wildcard are better.
    """
    word = words[i]
    alts = word[1:-1].split("|") if word.startswith("[") else [word.strip("*")]
    size = min(len(a) for a in alts)
    filterable = (_required(words, i - 1) and not word.startswith("*")) + (
        _required(words, i + 1) and not word.endswith("*")
    )
    return (size >= 4, filterable, size, -len(alts), "*" not in word)


def _piece(w: str, ends: tuple[str, ...], *, reverse: bool, lead: bool = True) -> bytes:
    """Bytes regex for one element of a multi-word entry (reversed for the left half)."""
    word = b"[" + _WB + b"]"

    def lit(x: str) -> bytes:
        b = _latin(x)
        return re.escape(b[::-1] if reverse else b)

    gap = re.match(r"^\{(\d+),(\d+)\}$", w)
    if gap:
        return b"(?:" + _SEP_B + _TOK_B + f"){{{gap.group(1)},{gap.group(2)}}}?".encode()
    if w.startswith("("):
        alt = b"|".join(lit(a) for a in w[1:-1].split("|"))
        return b"(?:" + _SEP_B + b"(?:" + alt + b")(?!" + word + b"))?"
    if w.startswith("["):
        return b"(?:" + b"|".join(lit(a) for a in w[1:-1].split("|")) + b")"
    pre = word + b"*" if (w.startswith("*") and lead) else b""
    if w.endswith("*"):
        post = word + b"*"
    elif any(ends):
        post = b"(?:" + b"|".join(lit(x) for x in ends if x) + b")?"
    else:
        post = b""
    core = lit(w.strip("*"))
    return post + core + pre if reverse else pre + core + post


def _phrase_halves(words: list[str], anchor: int, ends: tuple[str, ...]) -> tuple[bytes, bytes]:
    """Two bytes regexes around the anchor word: forward from it, backward (reversed) before it.

    Neither crosses a NUL byte (the row separator), so hits stay inside their sentence.
    """
    word = b"[" + _WB + b"]"
    sep = lambda w: b"" if w.startswith(("(", "{")) else _SEP_B  # noqa: E731
    right = _piece(words[anchor], ends, reverse=False, lead=False)
    for w in words[anchor + 1 :]:
        right += sep(w) + _piece(w, ends, reverse=False)
    left = word + b"*" if words[anchor].startswith("*") else b""
    for w in reversed(words[:anchor]):
        left += sep(w) + _piece(w, ends, reverse=True)
    return left + b"(?!" + word + b")", right + b"(?!" + word + b")"


def _phrase_regex(
    words: list[str],
    anchor: int | None,
    ends: tuple[str, ...],
    *,
    lower: bool,
    case: int = INSENSITIVE,
) -> Any:
    """The regex of a multi-word entry: bytes over lower-cased Latin-1 text, or str for checks."""
    if lower:
        lit = lambda s: re.escape(_latin(s))  # noqa: E731
        wclass, sep, tok = _WB, _SEP_B, _TOK_B
        cat = b"".join
        enc = lambda s: s.encode("latin-1")  # noqa: E731
        end_alt = b"|".join(re.escape(_latin(x)) for x in ends if x)
    else:
        lit = lambda s: _case_re(s, case)  # noqa: E731
        wclass, sep, tok = _W_S, _SEP_S, _TOK_S
        cat = "".join
        enc = lambda s: s  # noqa: E731
        end_alt = "|".join(re.escape(x) for x in ends if x)
    word = enc("[") + wclass + enc("]")
    parts: list = []
    first = True
    for i, w in enumerate(words):
        gap = re.match(r"^\{(\d+),(\d+)\}$", w)
        if gap:
            parts.append(enc(r"(?:\s+") + tok + enc(f"){{{gap.group(1)},{gap.group(2)}}}?"))
            continue
        if w.startswith("("):
            alt = enc("|").join(lit(a) for a in w[1:-1].split("|"))
            body = enc("(?:") + alt + enc(")(?!") + word + enc(")")
            parts.append(enc("(?:") + (body + sep if first else sep + body) + enc(")?"))
            continue
        if w.startswith("["):
            alt = enc("(?:") + enc("|").join(lit(a) for a in w[1:-1].split("|")) + enc(")")
            if anchor == i:
                alt = enc("(?P<a>") + alt + enc(")")
            parts.append(alt if first else sep + alt)
            first = False
            continue
        core = lit(w.strip("*"))
        if anchor == i:
            core = enc("(?P<a>") + core + enc(")")
        piece = (word + enc("*") if w.startswith("*") else enc("")) + core
        if w.endswith("*"):
            piece += word + enc("*")
        elif end_alt:
            piece += enc("(?:") + end_alt + enc(")?")
        parts.append(piece if first else sep + piece)
        first = False
    body = cat(parts)
    if not lower:
        return body
    return enc("(?<!") + word + enc(")") + body + enc("(?!") + word + enc(")")

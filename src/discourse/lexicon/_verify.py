"""Check anchor hits against their rules, vectorised over all (hit, rule) pairs.

Input: the chunk's original text (``joined``: the rows joined with NUL, as a ``str`` or a
``_column`` text reader), its lower-cased Latin-1 image (``low``, one byte per character)
and the Aho-Corasick hits ``(anchor, start, end)``. Output: arrays of candidate ``start``,
``end`` and rule id. Byte-level checks (word boundaries, extension to the whole word, the
neighbouring words of multi-word entries, plain multi-word entries one space apart, ASCII
case rules) run in numpy over every (hit, rule) pair at once; what they cannot decide
(characters outside Latin-1, case rules on other text, the other multi-word regexes) is
checked per hit in Python on the original text.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import chain
from typing import Any

import numpy as np

from discourse.lexicon._column import JoinedText
from discourse.lexicon._text import WORD_BYTE

_PAD = 8  # zero bytes around the chunk image, so neighbour reads need no bounds checks
_Q = 0x3F  # "?" in the Latin-1 image: a character outside Latin-1 (or a real "?")
_SEP = np.zeros(256, dtype=bool)
_SEP[[0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0xA0, 0x2D]] = True
#: Word bytes as the multi-word regexes see them (``_WB``: without ²³¹¼½¾).
_RE_WORD = WORD_BYTE.copy()
_RE_WORD[[0xB2, 0xB3, 0xB9, 0xBC, 0xBD, 0xBE]] = False


@dataclass(frozen=True)
class Tables:
    """Anchor -> rule ids (CSR) and per-rule flags."""

    ptr: np.ndarray
    idx: np.ndarray
    phrase: np.ndarray
    simple: np.ndarray
    ext_l: np.ndarray
    ext_r: np.ndarray
    empty_end: np.ndarray
    check: np.ndarray
    sep_before: np.ndarray
    sep_after: np.ndarray
    has_prev: np.ndarray
    has_next: np.ndarray
    prev_codes: np.ndarray
    next_codes: np.ndarray
    literal: np.ndarray
    lit_before: np.ndarray  # literal rules: bytes before the anchor
    lit_after: np.ndarray  # bytes after the anchor
    lit_start: np.ndarray  # where the rule's whole image text starts in lit_text
    lit_text: np.ndarray  # the whole image texts of the literal rules, concatenated
    exact: np.ndarray  # single words whose case check is a byte comparison (Rule.exact)
    exact_start: np.ndarray
    exact_text: np.ndarray
    exact_mask: np.ndarray


def build_tables(comp: Any) -> Tables:
    rules = comp.rule_list
    counts = [len(rs) for rs in comp.rules]
    ptr = np.concatenate(([0], np.cumsum(counts))).astype(np.int64)
    idx = np.array([r.rid for rs in comp.rules for r in rs], dtype=np.int64)

    def flag(f) -> np.ndarray:
        return np.array([bool(f(r)) for r in rules], dtype=bool)

    def codes(attr: str) -> np.ndarray:
        out = [
            (r.rid << 24) | code
            for r in rules
            if getattr(r, attr) is not None
            for code in getattr(r, attr).tolist()
        ]
        return np.array(sorted(out), dtype=np.int64)

    phrase = flag(lambda r: r.phrase is not None)
    literal = flag(lambda r: r.literal is not None and r.check is None and not r.extend_left)
    whole = [
        r.literal[0] + comp.anchors[comp.rule_anchor[r.rid]] + r.literal[1] if ok else b""
        for r, ok in zip(rules, literal.tolist(), strict=True)
    ]
    exact = [r.exact if r.check is not None and r.exact else (b"", b"") for r in rules]
    return Tables(
        ptr=ptr,
        idx=idx,
        phrase=phrase,
        simple=flag(
            lambda r: (
                r.phrase is None
                and not r.extend_left
                and not r.extend_right
                and r.endings == {b""}
                and r.check is None
            )
        ),
        ext_l=flag(lambda r: r.extend_left),
        ext_r=flag(lambda r: r.extend_right),
        empty_end=flag(lambda r: b"" in r.endings),
        check=flag(lambda r: r.check is not None),
        sep_before=flag(lambda r: r.sep_before),
        sep_after=flag(lambda r: r.sep_after),
        has_prev=flag(lambda r: r.prev_ok is not None),
        has_next=flag(lambda r: r.next_ok is not None),
        prev_codes=codes("prev_ok"),
        next_codes=codes("next_ok"),
        literal=literal,
        lit_before=np.array([len(r.literal[0]) if r.literal else 0 for r in rules], dtype=np.int64),
        lit_after=np.array([len(r.literal[1]) if r.literal else 0 for r in rules], dtype=np.int64),
        lit_start=np.cumsum([0] + [len(w) for w in whole[:-1]], dtype=np.int64),
        lit_text=np.frombuffer(b"".join(whole), dtype=np.uint8),
        exact=np.array([len(x) > 0 for x, _ in exact], dtype=bool),
        exact_start=np.cumsum([0] + [len(x) for x, _ in exact[:-1]], dtype=np.int64),
        exact_text=np.frombuffer(b"".join(x for x, _ in exact), dtype=np.uint8),
        exact_mask=np.frombuffer(b"".join(m for _, m in exact), dtype=np.uint8).astype(bool),
    )


class _Chunk:
    """One chunk: its original text (``text.row_at``), its image ``low`` and the padded bytes."""

    def __init__(self, text: Any, low: bytes) -> None:
        self.text = JoinedText(text) if isinstance(text, str) else text
        self.low, self.n = low, len(low)
        self.starts: np.ndarray | None = None  # row starts, when known
        self.pad = np.frombuffer(bytes(_PAD) + low + bytes(_PAD), dtype=np.uint8)
        self._rev: bytes | None = None

    @property
    def rev(self) -> bytes:
        if self._rev is None:
            self._rev = np.frombuffer(self.low, dtype=np.uint8)[::-1].tobytes()
        return self._rev

    def row_start(self, p: np.ndarray) -> np.ndarray:
        """Where the row holding each position ``p`` starts (after the last NUL before it)."""
        if self.starts is None:
            nul = np.flatnonzero(self.pad[_PAD : _PAD + self.n] == 0)
            self.starts = np.concatenate(([0], nul + 1))
        return self.starts[np.searchsorted(self.starts, p, side="right") - 1]

    def before(self, s: np.ndarray) -> np.ndarray:
        return self.pad[s + (_PAD - 1)]

    def at(self, e: np.ndarray) -> np.ndarray:
        return self.pad[e + _PAD]

    def code3(self, p: np.ndarray, step: int) -> np.ndarray:
        """Three bytes from ``p`` on (step 1) or backwards (step -1), packed."""
        b = [self.at(p + k * step).astype(np.int64) for k in range(3)]
        return b[0] << 16 | b[1] << 8 | b[2]

    def word_end(self, e: np.ndarray) -> np.ndarray:
        """First position at or after ``e`` that is not a (Latin-1) word character."""
        pos = e.copy()
        live = np.flatnonzero(WORD_BYTE[self.at(pos)])
        while len(live):
            pos[live] += 1
            live = live[WORD_BYTE[self.at(pos[live])]]
        return pos

    def word_start(self, s: np.ndarray) -> np.ndarray:
        """Start of the word that ends just before ``s`` (``s`` itself if none)."""
        pos = s.copy()
        live = np.flatnonzero(WORD_BYTE[self.before(pos)])
        while len(live):
            pos[live] -= 1
            live = live[WORD_BYTE[self.before(pos[live])]]
        return pos


def _known(codes: np.ndarray, x: np.ndarray) -> np.ndarray:
    if not len(codes):
        return np.zeros(len(x), dtype=bool)
    i = np.minimum(np.searchsorted(codes, x), len(codes) - 1)
    return codes[i] == x


def _exact_single(c: _Chunk, r: Any, s: int, e: int) -> tuple[int, int] | None:
    """The per-hit check of a single-word rule on the original text."""
    text, base = c.text.row_at(s)  # a word never crosses the NUL between two rows
    n, s0, e0 = len(text), s - base, e - base
    ms = s0
    if r.extend_left:
        while ms > 0 and text[ms - 1].isalnum():
            ms -= 1
    elif s0 > 0 and text[s0 - 1].isalnum():
        return None
    we = e0
    while we < n and text[we].isalnum():
        we += 1
    if not r.extend_right and we != e0 and bytes(c.low[e : we + base]) not in r.endings:
        return None
    if r.check is not None and not r.check.fullmatch(text, s0, e0):
        return None
    return ms + base, we + base


def _singles(c: _Chunk, t: Tables, rules, s, e, rid, out: list) -> None:
    ext_l, ext_r = t.ext_l[rid], t.ext_r[rid]
    before = c.before(s)
    ms = np.where(ext_l, c.word_start(s), s)
    ok = ext_l | ~WORD_BYTE[before]
    we = c.word_end(e)
    odd = (c.before(ms) == _Q) | (c.at(we) == _Q)
    slow = odd | t.check[rid] | (~ext_r & ((we != e) | ~t.empty_end[rid]))
    fast = ok & ~slow
    out.append((ms[fast], we[fast], rid[fast]))
    slow &= ok | (before == _Q)
    # only odd hits and case rules need the original text; the others, their endings
    text = odd | t.check[rid]
    case_ok = np.ones(len(s), dtype=bool)
    fast_case = np.flatnonzero(slow & ~odd & t.exact[rid])
    if len(fast_case):  # ASCII case rules: compare the bytes, where the reader has them
        same = c.text.same_bytes(s[fast_case], e[fast_case], t, rid[fast_case])
        if same is not None:
            decided, equal = same
            text[fast_case[decided]] = False
            case_ok[fast_case[decided]] = equal[decided]
    c.text.prefetch(s[slow & text])
    low, got = c.low, []
    for a, b, k, x, y, z, q in zip(
        *(v[slow].tolist() for v in (s, e, rid, ms, we, text, case_ok)), strict=True
    ):
        if z:
            span = _exact_single(c, rules[k], a, b)
            if span is not None:
                got.append((span[0], span[1], k))
        elif q and (y == b or rules[k].extend_right or bytes(low[b:y]) in rules[k].endings):
            got.append((x, y, k))
    if got:
        arr = np.array(got, dtype=np.int64).reshape(-1, 3)
        out.append((arr[:, 0], arr[:, 1], arr[:, 2]))


def _phrases(c: _Chunk, t: Tables, rules, s, e, rid, out: list) -> None:
    before, after = c.before(s), c.at(e)
    ok = t.ext_l[rid] | ~WORD_BYTE[before]
    ok &= ~t.sep_before[rid] | _SEP[before]
    ok &= ~t.sep_after[rid] | _SEP[after]
    # one space, then the neighbour word must start/end with bytes the entry allows
    m = ok & t.has_prev[rid] & (before == 0x20) & ~_SEP[c.at(s - 2)]
    if m.any():
        key = (rid[m] << 24) | c.code3(s[m] - 2, -1)
        ok[np.flatnonzero(m)[~_known(t.prev_codes, key)]] = False
    m = ok & t.has_next[rid] & (after == 0x20) & ~_SEP[c.at(e + 1)]
    if m.any():
        key = (rid[m] << 24) | c.code3(e[m] + 1, 1)
        ok[np.flatnonzero(m)[~_known(t.next_codes, key)]] = False
    if not ok.any():
        return
    # plain multi-word entries separated by single spaces need no regex
    lit = np.flatnonzero(ok & t.literal[rid] & (before != _Q))
    fast = _literal_phrases(c, t, s[lit], e[lit], rid[lit])
    ok[lit[fast[0]]] = False
    # a "?" before the anchor may stand for a letter outside Latin-1: look it up
    odd = before[ok] == _Q
    low, text = c.low, c.text
    text.prefetch(s[ok][odd | t.check[rid[ok]]])
    # the part before the anchor is matched backwards, on the reversed row up to the anchor
    row0 = c.row_start(s[ok]).tolist()
    got = []
    pair = np.flatnonzero(ok).tolist()
    for j, a, k, q, a0 in zip(
        pair, s[ok].tolist(), rid[ok].tolist(), odd.tolist(), row0, strict=True
    ):
        r = rules[k]
        if q and not r.extend_left:
            row, base = text.row_at(a)
            if a > base and row[a - base - 1].isalnum():
                continue
        mr = r.phrase.match(low, a)
        if mr is None:
            continue
        ml = r.left.match(low[a0:a][::-1])
        if ml is None:
            continue
        ps, pe = a - ml.end(), mr.end()
        if r.check is not None:
            row, base = text.row_at(a)
            if not r.check.fullmatch(row, ps - base, pe - base):
                continue
        got.append((j, ps, pe, k))
    arr = np.array(got, dtype=np.int64).reshape(-1, 4)
    if len(fast[0]):  # in the order of the pairs, as if all had gone through the loop
        arr = np.concatenate([arr, np.stack([lit[fast[0]], *fast[1:]], axis=1)])
        arr = arr[np.argsort(arr[:, 0], kind="stable")]
    if len(arr):
        out.append((arr[:, 1], arr[:, 2], arr[:, 3]))


def _literal_phrases(c: _Chunk, t: Tables, s, e, rid) -> tuple[np.ndarray, ...]:
    """Hits of plain multi-word entries (``Rule.literal``) whose words stand in the text
    exactly, one space apart: (indices into ``s``, starts, ends, rule ids).

    What the regexes of ``_phrases`` match in that case; anything else is left to them.
    """
    ps, pe = s - t.lit_before[rid], e + t.lit_after[rid]
    idx = np.flatnonzero((ps >= 0) & (pe <= c.n))
    ps, pe, rid = ps[idx], pe[idx], rid[idx]
    size = pe - ps
    first = np.cumsum(size) - size  # where each span starts in the flat arrays
    step = np.arange(int(size.sum())) - np.repeat(first, size)
    same = (
        c.pad[np.repeat(ps + _PAD, size) + step]
        == t.lit_text[np.repeat(t.lit_start[rid], size) + step]
    )
    good = np.logical_and.reduceat(same, first) if len(first) else np.zeros(0, dtype=bool)
    good &= ~_RE_WORD[c.before(ps)] & ~_RE_WORD[c.at(pe)]
    return idx[good], ps[good], pe[good], rid[good]


def verify(
    joined: Any,
    low: bytes,
    hits: list,
    comp: Any,
    starts: np.ndarray | None = None,
    row_lang: np.ndarray | None = None,
    rule_lang: np.ndarray | None = None,
) -> tuple[np.ndarray, ...]:
    """Candidates ``(start, end, rule id)`` of one chunk, as int64 arrays.

    ``joined`` is the chunk's text: a ``str`` or a reader with ``row_at`` (``_column``).
    With ``starts`` (row start offsets), ``row_lang`` (language code per row, -1 unknown)
    and ``rule_lang`` (per rule, -2 any), rules of another language are skipped.
    """
    empty = np.zeros(0, dtype=np.int64)
    if not hits:
        return empty, empty, empty
    h = np.fromiter(chain.from_iterable(hits), dtype=np.int64, count=3 * len(hits))
    k, s, e = h[0::3], h[1::3], h[2::3]
    c = _Chunk(joined, low)
    c.starts = starts
    # drop hits inside longer words where every rule of the anchor needs a boundary
    left_word, right_word = WORD_BYTE[c.before(s)], WORD_BYTE[c.at(e)]
    keep = ~(left_word & ~comp.free_left[k]) & ~(right_word & ~comp.free_right[k])
    k, s, e = k[keep], s[keep], e[keep]
    t: Tables = comp.tables
    counts = t.ptr[k + 1] - t.ptr[k]
    hit = np.repeat(np.arange(len(k)), counts)
    first = np.repeat(t.ptr[k], counts)
    within = np.arange(len(hit)) - np.repeat(np.cumsum(counts) - counts, counts)
    rid = t.idx[first + within]
    if starts is not None and row_lang is not None and len(row_lang):
        if row_lang.min() == row_lang.max():  # one language (or none) in the whole chunk
            code = row_lang[:1]
            ok = ((rule_lang == -2) | (code < 0) | (rule_lang == code))[rid]
        else:
            code = row_lang[np.searchsorted(starts, s, side="right") - 1][hit]
            rl = rule_lang[rid]
            ok = (rl == -2) | (code < 0) | (rl == code)
        hit, rid = hit[ok], rid[ok]
    s, e = s[hit], e[hit]
    rules = comp.rule_list
    out: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
    simple = t.simple[rid]
    if simple.any():
        ss, ee, rr = s[simple], e[simple], rid[simple]
        b, a = c.before(ss), c.at(ee)
        ok = ~WORD_BYTE[b] & ~WORD_BYTE[a]
        odd = ok & ((b == _Q) | (a == _Q))
        fast = ok & ~odd
        out.append((ss[fast], ee[fast], rr[fast]))
        if odd.any():
            _singles(c, t, rules, ss[odd], ee[odd], rr[odd], out)
    single = ~simple & ~t.phrase[rid]
    if single.any():
        _singles(c, t, rules, s[single], e[single], rid[single], out)
    phrase = t.phrase[rid]
    if phrase.any():
        _phrases(c, t, rules, s[phrase], e[phrase], rid[phrase], out)
    if not out:
        return empty, empty, empty
    return tuple(np.concatenate([o[i] for o in out]) for i in range(3))

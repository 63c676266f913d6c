"""Check anchor hits against their rules, vectorised over all (hit, rule) pairs.

Input: the chunk's text (``joined``), its lower-cased Latin-1 image (``low``, one byte
per character) and the Aho-Corasick hits ``(anchor, start, end)``. Output: arrays of
candidate ``start``, ``end`` and rule id. Byte-level checks (word boundaries, extension
to the whole word, the neighbouring words of multi-word entries) run in numpy over every
(hit, rule) pair at once; what they cannot decide (characters outside Latin-1,
inflection endings, case rules, the multi-word regexes) is checked per hit in Python on
the original text.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import chain
from typing import Any

import numpy as np

from discourse.lexicon._text import WORD_BYTE

_PAD = 8  # zero bytes around the chunk image, so neighbour reads need no bounds checks
_Q = 0x3F  # "?" in the Latin-1 image: a character outside Latin-1 (or a real "?")
_SEP = np.zeros(256, dtype=bool)
_SEP[[0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0xA0, 0x2D]] = True


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
    )


class _Chunk:
    def __init__(self, joined: str, low: bytes, arr: np.ndarray) -> None:
        self.joined, self.low, self.n = joined, low, len(joined)
        self.pad = np.zeros(self.n + 2 * _PAD, dtype=np.uint8)
        self.pad[_PAD : _PAD + self.n] = arr
        self._rev: bytes | None = None

    @property
    def rev(self) -> bytes:
        if self._rev is None:
            self._rev = np.frombuffer(self.low, dtype=np.uint8)[::-1].tobytes()
        return self._rev

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
    joined, n = c.joined, c.n
    ms = s
    if r.extend_left:
        while ms > 0 and joined[ms - 1].isalnum():
            ms -= 1
    elif s > 0 and joined[s - 1].isalnum():
        return None
    we = e
    while we < n and joined[we].isalnum():
        we += 1
    if not r.extend_right and we != e and c.low[e:we] not in r.endings:
        return None
    if r.check is not None and not r.check.fullmatch(joined, s, e):
        return None
    return ms, we


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
    got = []
    for a, b, k in zip(s[slow].tolist(), e[slow].tolist(), rid[slow].tolist(), strict=True):
        span = _exact_single(c, rules[k], a, b)
        if span is not None:
            got.append((span[0], span[1], k))
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
    joined, low, n, rev = c.joined, c.low, c.n, c.rev
    got = []
    for a, k in zip(s[ok].tolist(), rid[ok].tolist(), strict=True):
        r = rules[k]
        if not r.extend_left and a > 0 and joined[a - 1].isalnum():
            continue
        mr = r.phrase.match(low, a)
        if mr is None:
            continue
        ml = r.left.match(rev, n - a)
        if ml is None:
            continue
        ps, pe = n - ml.end(), mr.end()
        if r.check is None or r.check.fullmatch(joined, ps, pe):
            got.append((ps, pe, k))
    if got:
        arr = np.array(got, dtype=np.int64).reshape(-1, 3)
        out.append((arr[:, 0], arr[:, 1], arr[:, 2]))


def verify(
    joined: str,
    low: bytes,
    hits: list,
    comp: Any,
    starts: np.ndarray | None = None,
    row_lang: np.ndarray | None = None,
    rule_lang: np.ndarray | None = None,
) -> tuple[np.ndarray, ...]:
    """Candidates ``(start, end, rule id)`` of one chunk, as int64 arrays.

    With ``starts`` (row start offsets), ``row_lang`` (language code per row, -1 unknown)
    and ``rule_lang`` (per rule, -2 any), rules of another language are skipped.
    """
    empty = np.zeros(0, dtype=np.int64)
    if not hits:
        return empty, empty, empty
    arr = np.frombuffer(low, dtype=np.uint8)
    h = np.fromiter(chain.from_iterable(hits), dtype=np.int64, count=3 * len(hits))
    k, s, e = h[0::3], h[1::3], h[2::3]
    c = _Chunk(joined, low, arr)
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
    s, e = s[hit], e[hit]
    if starts is not None:
        code = row_lang[np.searchsorted(starts, s, side="right") - 1]
        rl = rule_lang[rid]
        ok = (rl == -2) | (code < 0) | (rl == code)
        s, e, rid = s[ok], e[ok], rid[ok]
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

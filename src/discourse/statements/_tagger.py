"""A cue tagger: the probability that a token is part of a cue, for every token.

Candidates from the cue lexicon miss the long tail of cues the annotators count
(nouns such as "Antrag" or "Gutachten", verbs of knowing and thinking, the
auxiliaries and particles of multi-word cues). The tagger scores every token of a
paragraph with one logistic regression over features of the token and its
neighbours, trained on the tune split of the SpkAtt gold data
(``scripts/train_statements.py``):

- the word itself: lower-case form, first four and last three letters, shape
  (capitalised, lower-case, digit, punctuation), its cue-lexicon class and lemma;
- the words one and two tokens before and after it (``<s>``/``</s>`` at the
  sentence's ends) and the two word pairs it forms with its neighbours;
- flags: inside a quotation, a quotation mark in the sentence, first token of the
  sentence, a Konjunktiv word before/after it, a colon up to three tokens or
  "dass"/"ob" up to five tokens after it, part of an actor mention, and what the
  rules say (main word or part of a rule cue).

:func:`tag_features` gives the features as a dict (for training, and the reference
for the fast path); :class:`TagTables` and :func:`tag_probs` give the same sums
from weights looked up once per word.
"""

from __future__ import annotations

import math

from discourse.statements._cues import CueLexicon
from discourse.statements._model import _shape
from discourse.statements._rules import Para

_OFFSETS = (("p1=", -1), ("n1=", 1), ("p2=", -2), ("n2=", 2))


def word_features(text: str, low: str, lex: CueLexicon) -> list[str]:
    """The features of a token's own word (independent of its context)."""
    out = ["w=" + low, "pre=" + low[:4], "suf=" + low[-3:], "shape=" + _shape(text)]
    spec = lex.verbs.get(low)
    if spec is not None:
        out.append("lex=" + spec[2])
        out.append("lemma=" + spec[0])
    elif low in lex.joined:
        out.append("lex=joined")
    return out


def token_flags(
    p: Para,
    lex: CueLexicon,
    quoted: set[int],
    names: set[int],
    rule_parts: set[int],
    rule_main: set[int],
) -> list[list[str]]:
    """The context flags of every token of a paragraph."""
    lows = p.lows
    flags: list[list[str]] = [[] for _ in lows]
    subj = lex.subjunctive
    for lo, hi in p.bounds:
        if hi <= lo:
            continue
        sl = lows[lo:hi]
        flags[lo].append("first")
        hasq = any(t.is_quote for t in p.toks[lo:hi])
        s_pos = [k for k, w in enumerate(sl, lo) if w in subj] if not subj.isdisjoint(sl) else []
        if hasq or s_pos:
            for k in range(lo, hi):
                f = flags[k]
                if hasq:
                    f.append("hasq")
                if s_pos:
                    if s_pos[-1] > k:
                        f.append("subj_after")
                    if s_pos[0] < k:
                        f.append("subj_before")
        if ":" not in sl and "dass" not in sl and "ob" not in sl:
            continue
        for k, w in enumerate(sl, lo):
            if w == ":":
                for j in range(max(lo, k - 3), k):
                    if "colon_after" not in flags[j]:
                        flags[j].append("colon_after")
            elif w in ("dass", "ob"):
                for j in range(max(lo, k - 5), k):
                    if "dass_after" not in flags[j]:
                        flags[j].append("dass_after")
    for k in quoted:
        flags[k].append("inq")
    for k in names:
        if k < len(flags):
            flags[k].append("name")
    for k in rule_parts:
        flags[k].append("rule_part")
    for k in rule_main:
        flags[k].append("rule_main")
    return flags


def _neighbour(lows: list[str], k: int, lo: int, hi: int) -> str:
    if k < lo:
        return "<s>"
    if k >= hi:
        return "</s>"
    return lows[k]


def tag_features(p: Para, i: int, lex: CueLexicon, flags: list[list[str]]) -> dict[str, float]:
    """All features of token ``i`` (``flags``: :func:`token_flags` of the paragraph)."""
    t = p.toks[i]
    lo, hi = p.bounds[t.sent]
    lows = p.lows
    f = {"b": 1.0}
    for name in word_features(t.text, t.low, lex):
        f[name] = 1.0
    for prefix, d in _OFFSETS:
        f[prefix + _neighbour(lows, i + d, lo, hi)] = 1.0
    f["pw=" + _neighbour(lows, i - 1, lo, hi) + "|" + t.low] = 1.0
    f["wn=" + t.low + "|" + _neighbour(lows, i + 1, lo, hi)] = 1.0
    for name in flags[i]:
        f[name] = 1.0
    return f


class TagTables:
    """The tagger's weights (0.0 where it has none), looked up once per word and kept."""

    _MAX_WORDS = 200_000

    def __init__(self, weights: dict[str, list[float]], intercept: float, lex: CueLexicon):
        self.w = weights
        self.lex = lex
        self.start = intercept + self.g("b")
        self.own: dict[str, float] = {}  # token text -> sum of its word features
        self.ctx: dict[str, tuple[float, float, float, float]] = {}  # low -> p1, n1, p2, n2
        self.ends = tuple(self.g(prefix + "<s>") for prefix, _ in _OFFSETS) + tuple(
            self.g(prefix + "</s>") for prefix, _ in _OFFSETS
        )
        self.flag: dict[str, float] = {}
        self.pw: dict[str, dict[str, float]] = {}  # previous word -> word -> "pw=" weight
        self.wn: dict[str, dict[str, float]] = {}  # word -> next word -> "wn=" weight

    def g(self, name: str) -> float:
        row = self.w.get(name)
        return 0.0 if row is None else float(row[0])

    def own_weight(self, text: str, low: str) -> float:
        got = self.own.get(text)
        if got is None:
            if len(self.own) > self._MAX_WORDS:
                self.own.clear()
            got = self.own[text] = sum(self.g(n) for n in word_features(text, low, self.lex))
        return got

    def ctx_weights(self, low: str) -> tuple[float, float, float, float]:
        got = self.ctx.get(low)
        if got is None:
            if len(self.ctx) > self._MAX_WORDS:
                self.ctx.clear()
            got = self.ctx[low] = tuple(self.g(prefix + low) for prefix, _ in _OFFSETS)
        return got

    def flag_weight(self, name: str) -> float:
        got = self.flag.get(name)
        if got is None:
            got = self.flag[name] = self.g(name)
        return got


def tag_probs(p: Para, tables: TagTables, flags: list[list[str]]) -> list[float]:
    """The cue probability of every token of ``p`` (the sums of :func:`tag_features`)."""
    toks, lows = p.toks, p.lows
    own_get, ctx_get, flag_get = tables.own.get, tables.ctx.get, tables.flag.get
    own = [
        x if (x := own_get(t.text)) is not None else tables.own_weight(t.text, t.low) for t in toks
    ]
    ctx = [ctx_get(w) or tables.ctx_weights(w) for w in lows]
    PW, WN, wget = tables.pw, tables.wn, tables.w.get  # wget: the rows, as TagTables.g
    if len(PW) + len(WN) > 2 * tables._MAX_WORDS:
        PW.clear()
        WN.clear()
    out = []
    start = tables.start
    exp = math.exp
    s_p1, s_n1, s_p2, s_n2, e_p1, e_n1, e_p2, e_n2 = tables.ends
    for lo, hi in p.bounds:
        for i in range(lo, hi):
            z = start + own[i]
            z += ctx[i - 1][0] if i - 1 >= lo else s_p1
            z += ctx[i + 1][1] if i + 1 < hi else e_n1
            z += ctx[i - 2][2] if i - 2 >= lo else s_p2
            z += ctx[i + 2][3] if i + 2 < hi else e_n2
            low = lows[i]
            prev = lows[i - 1] if i > lo else "<s>"
            nxt = lows[i + 1] if i + 1 < hi else "</s>"
            d = PW.get(prev)
            if d is None:
                d = PW[prev] = {}
            pw = d.get(low)
            if pw is None:
                row = wget("pw=" + prev + "|" + low)
                pw = d[low] = 0.0 if row is None else float(row[0])
            d = WN.get(low)
            if d is None:
                d = WN[low] = {}
            wn = d.get(nxt)
            if wn is None:
                row = wget("wn=" + low + "|" + nxt)
                wn = d[nxt] = 0.0 if row is None else float(row[0])
            z += pw + wn
            for name in flags[i]:
                x = flag_get(name)
                z += x if x is not None else tables.flag_weight(name)
            out.append(1.0 / (1.0 + exp(-z)) if z > -30 else 0.0)
    return out


def tag_tables(weights: dict, intercept: float, lex: CueLexicon, cache: dict | None) -> TagTables:
    """The tables of a tagger, built once per ``cache`` (a dict kept across paragraphs)."""
    key = ("tagger", id(weights))  # one lexicon at a time: a new one replaces the tables
    got = cache.get(key) if cache is not None else None
    if got is None or got[0] is not weights or got[1] is not lex:
        got = (weights, lex, TagTables(weights, intercept, lex))
        if cache is not None:
            cache[key] = got
    return got[2]

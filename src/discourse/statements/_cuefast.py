"""Score cue candidates from cached weights instead of one feature dict per candidate.

:func:`cue_probs` gives the probabilities of
``model.cue.scores(cue_features(...))[0]`` for the candidates of a
paragraph: the same sums, added in the same order (so the probabilities are
bit-identical), but from weights looked up once per model, lexicon and word
(:class:`CueTables`). Only binary cue models take this path; :func:`cue_tables` returns
None for any other model and the caller scores it the simple way.
"""

from __future__ import annotations

import math

from discourse.statements._cues import CueLexicon
from discourse.statements._model import LinearModel, _bucket, _marks, _nearest_primary
from discourse.statements._roles import _shape_index
from discourse.statements._rules import Para

_MAX_WORDS = 200_000  # distinct words kept in CueTables.words


class CueTables:
    """Weights of a binary cue model (0.0 where the model has none) for the features
    :func:`discourse.statements._model.cue_features` emits, looked up once per word (and
    word pair) and kept: ``p1[w]`` is the weight of ``"p1=" + w``."""

    def __init__(self, cue: LinearModel, lex: CueLexicon) -> None:
        w = cue.weights

        def g(name: str) -> float:
            row = w.get(name)
            return 0.0 if row is None else float(row[0])

        self.g = g
        self.lex = lex
        self.start = cue.intercept[0] + g("b")  # the first two terms of every sum
        self.shape = [g("shape=" + s) for s in ("P", "D", "C", "l")]
        self.first, self.rule_part, self.rule_main = g("first"), g("rule_part"), g("rule_main")
        self.quoted, self.sec, self.sec_particle = g("quoted"), g("sec"), g("sec|particle")
        self.ctx = [
            g("ctx=" + c)
            for c in ("subj_after", "subj_before", "dass_after", "colon_after", "quote")
        ]
        # "sec|side=" weights by distance to the nearest primary, before (B) and after (A) it
        self.side_b = [g("sec|side=B" + _bucket(n)) for n in range(14)]
        self.side_a = [g("sec|side=A" + _bucket(n)) for n in range(14)]
        self.words: dict[str, tuple] = {}  # candidate word -> its own weights
        self.p1: dict[str, float] = {}
        self.n1: dict[str, float] = {}
        self.p2: dict[str, float] = {}
        self.n2: dict[str, float] = {}
        self.pw: dict[str, dict[str, float]] = {}  # previous word -> word -> "pw=" weight
        self.prim: dict[str, tuple] = {}  # nearest primary -> ("sec|prim=", {word: pair})
        self.shapes: dict[str, float] = {}  # token text -> its "shape=" weight

    def word(self, low: str) -> tuple:
        """The weights of a candidate word's own features."""
        got = self.words.get(low)
        if got is None:
            g, lex = self.g, self.lex
            spec = lex.verbs.get(low)
            if spec is not None:
                lex1, lex2 = g("lex=" + spec[2]), g("lemma=" + spec[0])
            elif low in lex.joined:
                lex1, lex2 = g("lex=joined"), 0.0
            else:
                lex1, lex2 = 0.0, 0.0
            got = (
                g("w=" + low),  # 0
                g("suf=" + low[-3:]),  # 1
                g("rule_main|w=" + low),  # 2
                lex1,  # 3
                lex2,  # 4
                g("sec|w=" + low),  # 5
                g("sec|w=" + low + "B"),  # 6
                g("sec|w=" + low + "A"),  # 7
                g("sec|clause_end|" + low),  # 8
                {},  # 9: next word -> "wn=" weight
            )
            if len(self.words) >= _MAX_WORDS:
                self.clear()
            self.words[low] = got
        return got

    def clear(self) -> None:
        """Forget the cached weights (bounds the memory on huge corpora)."""
        for d in (self.words, self.p1, self.n1, self.p2, self.n2, self.pw, self.prim, self.shapes):
            d.clear()


def cue_tables(model_cue: LinearModel, lex: CueLexicon, cache: dict | None) -> CueTables | None:
    """The tables of a binary cue model and lexicon (None for any other model), kept in
    ``cache`` when given."""
    if len(model_cue.intercept) != 1:
        return None
    if cache is None:
        return CueTables(model_cue, lex)
    key = ("cue", id(model_cue))  # one lexicon at a time: a new one replaces the tables
    got = cache.get(key)
    if got is None or got[0] is not model_cue or got[1] is not lex:
        got = (model_cue, lex, CueTables(model_cue, lex))
        cache[key] = got
    return got[2]


def cue_probs(
    p: Para,
    cands: list[int],
    T: CueTables,
    rule_parts: set[int],
    rule_main: set[int],
    quoted: set[int],
    prim: set[int],
) -> list[int]:
    """The cue probability of each candidate: bit-identical to
    ``model.cue.scores(cue_features(p, i, ..., prim, cache))[0]``.

    Returns one float per entry of ``cands``, in their order.
    """
    toks, lows, bounds = p.toks, p.lows, p.bounds
    lex = T.lex
    get, word, g = T.words.get, T.word, T.g
    start, shape = T.start, T.shape
    P1, N1, P2, N2, PW, SH = T.p1, T.n1, T.p2, T.n2, T.pw, T.shapes
    if len(P1) + len(N1) + len(P2) + len(N2) + len(PW) >= 4 * _MAX_WORDS:
        T.clear()
    ctx_cache: dict = {}
    side_b, side_a = T.side_b, T.side_a
    exp = math.exp
    out: list[float] = []
    for i in cands:
        t = toks[i]
        s = t.sent
        lo, hi = bounds[s]
        low = lows[i]
        prev1 = lows[i - 1] if i > lo else "<s>"
        prev2 = lows[i - 2] if i - 1 > lo else "<s>"
        next1 = lows[i + 1] if i + 1 < hi else "</s>"
        next2 = lows[i + 2] if i + 2 < hi else "</s>"
        W = get(low) or word(low)
        z = start + W[0]
        v = P1.get(prev1)
        if v is None:
            v = P1[prev1] = g("p1=" + prev1)
        z += v
        v = N1.get(next1)
        if v is None:
            v = N1[next1] = g("n1=" + next1)
        z += v
        v = P2.get(prev2)
        if v is None:
            v = P2[prev2] = g("p2=" + prev2)
        z += v
        v = N2.get(next2)
        if v is None:
            v = N2[next2] = g("n2=" + next2)
        z += v
        d = W[9]
        v = d.get(next1)
        if v is None:
            v = d[next1] = g("wn=" + low + "|" + next1)
        z += v
        d = PW.get(prev1)
        if d is None:
            d = PW[prev1] = {}
        v = d.get(low)
        if v is None:
            v = d[low] = g("pw=" + prev1 + "|" + low)
        z += v
        z += W[1]
        v = SH.get(t.text)
        if v is None:
            v = SH[t.text] = shape[_shape_index(t.text)]
        z += v
        if i == lo:
            z += T.first
        if i in rule_parts:
            z += T.rule_part
        if i in rule_main:
            z += T.rule_main
            z += W[2]
        z += W[3]
        z += W[4]
        if i in quoted:
            z += T.quoted
        if i in prim:
            subj, dass, colon, quote = ctx_cache.get(s) or _marks(p, s, lex, ctx_cache)
            c = T.ctx
            if subj and subj[-1] > i:
                z += c[0]
            if subj and subj[0] < i:
                z += c[1]
            if dass and any(i < k < i + 7 for k in dass):
                z += c[2]
            if colon and any(i < k < i + 5 for k in colon):
                z += c[3]
            if quote:
                z += c[4]
        else:
            k = _nearest_primary(p, i, prim)
            z += T.sec
            z += W[5]
            if k is not None:
                kl = lows[k]
                if i < k:
                    z += side_b[k - i]
                    z += W[6]
                else:
                    z += side_a[i - k]
                    z += W[7]
                pr = T.prim.get(kl)
                if pr is None:
                    pr = T.prim[kl] = (g("sec|prim=" + kl), {})
                z += pr[0]
                v = pr[1].get(low)
                if v is None:
                    v = pr[1][low] = (
                        g("sec|prim=" + kl + "|" + low),
                        any(part == low for _, part, _ in lex.alts.get(kl, ())),
                        g("sec|w=" + low + "|psuf=" + kl[-2:]),
                    )
                z += v[0]
                if v[1]:
                    z += T.sec_particle
                z += v[2]
            if i + 1 >= hi or toks[i + 1].is_punct:
                z += W[8]
        out.append(1.0 / (1.0 + exp(-z)))
    return out

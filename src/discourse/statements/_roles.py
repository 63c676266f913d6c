"""Score the source and message roles of a cue group's sentence with the role model.

:func:`role_split` is the fast path: weight rows looked up once per model, word and
sentence (:class:`RoleTables`), with running comma and quote counts
(:func:`prefix_counts`); :func:`role_split_simple` builds one feature dict per token and
is the reference (and serves any role model that is not three-class S/M/O).
"""

from __future__ import annotations

import itertools
import math
from operator import attrgetter

from discourse.statements._model import (
    M_MIN,
    SUBJECT_PRONOUNS,
    LinearModel,
    StatementModel,
    role_features,
)
from discourse.statements._rules import PRONOUNS, Para, Stmt
from discourse.statements._text import CLAUSE_PUNCT


def role_split_simple(
    p: Para,
    group: list[int],
    rule: Stmt | None,
    names: set[int],
    quoted: set[int],
    cue_word: str,
    model: StatementModel,
    others: list[int] | None = None,
) -> tuple[list[int], list[int]]:
    """The source and message tokens of a cue group's sentence, one feature dict per token
    (the reference for :func:`role_split`; any role model; ``others``: the tokens of the
    sentence's other cues)."""
    lo, hi = p.bounds[p.toks[group[0]].sent]
    src_idx, msg_idx = [], []
    for i in range(lo, hi):
        if i in group:
            continue
        probs = dict(
            zip(
                model.role.classes,
                model.role.scores(
                    role_features(p, i, group, rule, names, quoted, cue_word, others)
                ),
                strict=True,
            )
        )
        if probs["S"] >= model.s_min and probs["S"] >= probs["M"]:
            src_idx.append(i)
        elif probs["M"] >= M_MIN:
            msg_idx.append(i)
    return src_idx, msg_idx


def role_tables(role: LinearModel, cache: dict | None) -> RoleTables | None:
    """The lookup tables of a three-class role model with classes S and M (None for any
    other model: then the simple path scores it), kept in ``cache`` when given."""
    if len(role.intercept) != 3 or "S" not in role.classes or "M" not in role.classes:
        return None
    if cache is None:
        return RoleTables(role)
    got = cache.get(id(role))
    if got is None or got[0] is not role:
        got = (role, RoleTables(role))
        cache[id(role)] = got
    return got[1]


# --- fast role scoring -------------------------------------------------------------------
# The same sums as ``model.role.scores(role_features(...))``, added in the same order (so
# the probabilities are bit-identical), but from rows looked up once per model, word and
# sentence instead of one feature dict per token.

_BUCKETS = ("0", "1", "2", "3", "4-6", "7-12", "13+")
_BUCKET_OF = (0, 1, 2, 3, 4, 4, 4, 5, 5, 5, 5, 5, 5, 6)  # n (capped at 13) -> bucket index
_RELS = ("B", "A", "I")
_SHAPES = ("P", "D", "C", "l")
_ZERO = (0.0, 0.0, 0.0)  # an absent feature: adding 0.0 leaves every sum as it was
_MAX_WORDS = 200_000  # distinct token texts kept in RoleTables.words


class RoleTables:
    """Weight rows of a three-class role model for every feature role_features can emit
    (``_ZERO`` where the model has no weight), indexed by relation (B, A, I), bucket and shape."""

    def __init__(self, role: LinearModel) -> None:
        w = self.weights = role.weights

        def g(name: str) -> tuple[float, float, float]:
            row = w.get(name)
            return _ZERO if row is None else (float(row[0]), float(row[1]), float(row[2]))

        self.row = g
        self.classes = list(role.classes)
        i0, i1, i2 = role.intercept
        b = g("b")
        rels = [g("rel=" + r) for r in _RELS]
        # intercept + "b" + "rel=": the first three terms of every sum, in their order
        self.base = [(i0 + b[0] + r[0], i1 + b[1] + r[1], i2 + b[2] + r[2]) for r in rels]
        self.rd = [[g("rd=" + r + k) for k in _BUCKETS] for r in _RELS]
        self.rc = [[g("rc=" + r + k) for k in _BUCKETS] for r in _RELS]
        self.rq = [[g("rq=" + r + k) for k in _BUCKETS] for r in _RELS]
        self.rs = [[g("rs=" + r + s) for s in _SHAPES] for r in _RELS]
        self.rcq = [[[g("rcq=" + r + c + q) for q in _BUCKETS] for c in _BUCKETS] for r in _RELS]
        # the first five terms, added in their order: ((((intercept + b + rel) + rd) + rc) + rq)
        self.pre = [
            [
                [
                    [
                        _add3(_add3(_add3(self.base[r], self.rd[r][kd]), self.rc[r][kc]), rq)
                        for rq in self.rq[r]
                    ]
                    for kc in range(len(_BUCKETS))
                ]
                for kd in range(len(_BUCKETS))
            ]
            for r in range(len(_RELS))
        ]
        self.quoted = [g("quoted|" + r) for r in _RELS]
        self.pron = [[g("pron|" + r + k) for k in _BUCKETS] for r in _RELS]
        self.name = [g("name|" + r) for r in _RELS]
        self.final_punct = g("final_punct")
        self.sent_first = g("sent_first")
        self.norule = g("norule")
        self.rule_src = g("rule_src")
        self.rule_src_rel = [g("rule_src|" + r) for r in _RELS]
        self.rule_msg = g("rule_msg")
        self.rule_msg_rel = [g("rule_msg|" + r) for r in _RELS]
        self.rule_quote = g("rule_quote")
        self.ob_b, self.ob_a = g("ob|B"), g("ob|A")
        self.named_rows: dict[str, tuple] = {}  # feature name -> row, for the open-ended ones
        # token text -> (shape, w=, rw=B, rw=A, rw=I, pronoun, subject pronoun, lower case,
        # rows by cue kind, see word_ck)
        self.words: dict[str, tuple] = {}
        self.prev: tuple[dict, ...] = ({}, {}, {})  # per relation: previous word -> pl= row
        self.cues: dict[str, list] = {}  # cue word -> [cue=wB, cue=wA, cue=wI]

    def word(self, text: str) -> tuple:
        """Shape index, the rows of ``w=`` and ``rw=`` and whether it is a pronoun, per text."""
        got = self.words.get(text)
        if got is None:
            low = text.lower()
            g = self.row
            got = (
                _shape_index(text),
                g("w=" + low),
                *(g("rw=" + r + low) for r in _RELS),
                low in PRONOUNS,
                low in SUBJECT_PRONOUNS,
                low,
                {},  # 8: cue kind + relation -> wck= row, "a" + both -> adj= row (word_ck)
            )
            if len(self.words) >= _MAX_WORDS:
                self.words.clear()  # bound the memory on huge corpora
            self.words[text] = got
        return got

    def named(self, name: str) -> tuple[float, float, float]:
        """The row of a feature whose name is built per token (kept, bounded)."""
        got = self.named_rows.get(name)
        if got is None:
            if len(self.named_rows) >= _MAX_WORDS:
                self.named_rows.clear()
            got = self.named_rows[name] = self.row(name)
        return got

    def word_ck(self, wd: tuple, key: str) -> tuple[float, float, float]:
        """The ``wck=`` row of a word (``wd``: its :meth:`word` tuple) for ``key`` (cue kind
        and relation, "NB"), or its ``adj=`` row (``key`` "aNB")."""
        got = wd[8].get(key)
        if got is None:
            name = "adj=" + wd[7] + key[1:] if key[0] == "a" else "wck=" + wd[7] + key
            got = wd[8][key] = self.row(name)
        return got

    def prev_row(self, low: str, r: int) -> tuple[float, float, float]:
        """The ``pl=`` row of a previous word (``<s>`` at a sentence start), relation ``r``."""
        d = self.prev[r]
        got = d.get(low)
        if got is None:
            if len(d) >= _MAX_WORDS:
                d.clear()
            got = d[low] = self.row("pl=" + low + "|" + _RELS[r])
        return got

    def sentence(self, p: Para, lo: int, hi: int) -> list[tuple]:
        """The :meth:`word` tuple of every token of a sentence."""
        words = self.words
        return [words.get(t.text) or self.word(t.text) for t in p.toks[lo:hi]]

    def cue(self, word: str) -> list:
        got = self.cues.get(word)
        if got is None:
            got = [self.row("cue=" + word + r) for r in _RELS]
            self.cues[word] = got
        return got


def _add3(x: tuple, y: tuple) -> tuple[float, float, float]:
    return (x[0] + y[0], x[1] + y[1], x[2] + y[2])


def _shape_index(text: str) -> int:
    """Index into ``_SHAPES`` of :func:`discourse.statements._model._shape`."""
    if not text[:1].isalnum():
        return 0
    if text.isdigit():
        return 1
    return 2 if text[:1].isupper() else 3


def role_split(
    p: Para,
    group: list[int],
    rule: Stmt | None,
    names: set[int],
    quoted: set[int],
    cue_word: str,
    model: StatementModel,
    tables: RoleTables | None = None,
    counts: tuple[list[int], list[int]] | None = None,
    others: list[int] | None = None,
    sents: dict | None = None,
) -> tuple[list[int], list[int]]:
    """The source and message tokens of a cue group's sentence: the decisions of
    ``model.role.scores(role_features(...))`` token by token, with the same sums in the
    same order, from ``tables`` (:class:`RoleTables` of ``model.role``) and ``counts``
    (:func:`prefix_counts` of the paragraph); ``sents``: a dict kept across the groups
    of one paragraph (the word rows of its sentences).

    Returns (source token indices, message token indices), both ascending.
    """
    T = tables if tables is not None else RoleTables(model.role)
    cp, qp = counts if counts is not None else prefix_counts(p)
    toks = p.toks
    s = toks[group[0]].sent
    lo, hi = p.bounds[s]
    got = sents.get(s) if sents is not None else None
    if got is None:
        got = T.sentence(p, lo, hi)
        if sents is not None:
            sents[s] = got
    wds = got
    c0, c1 = min(group), max(group)
    gset = set(group)
    iS, iM = T.classes.index("S"), T.classes.index("M")
    s_min = model.s_min
    # where the third class (O) leads S and M by more than ``clear`` in the sums, p(S) and
    # p(M) are below exp(-clear) = min(s_min, M_MIN) / e (the leader's term is exp(0) = 1,
    # so the total is >= 1): the token is neither, whatever the rounding of exp
    p_min = min(s_min, M_MIN)
    clear = 1.0 - math.log(p_min) if p_min > 0.0 else math.inf
    cue_rows = T.cue(cue_word)
    bucket_of = _BUCKET_OF
    PRE, RS, RCQ = T.pre, T.rs, T.rcq
    QU, PR, NM, final_punct, sent_first = T.quoted, T.pron, T.name, T.final_punct, T.sent_first
    # without a rule: "norule" and no token inside the (empty) rule spans
    rs_lo = rs_hi = rm_lo = rm_hi = rq_lo = rq_hi = 0
    rule_row = T.norule
    if rule is not None:
        rule_row = T.row("rule|" + rule.kind)
        rs_lo, rs_hi = rule.src if rule.src else (0, 0)
        rm_lo, rm_hi = rule.msg
        rq_lo, rq_hi = (rule.quote[0], rule.quote[1] + 1) if rule.quote else (0, 0)
    rule_src, rule_src_rel, rule_msg = T.rule_src, T.rule_src_rel, T.rule_msg
    rule_msg_rel, rule_quote = T.rule_msg_rel, T.rule_quote
    ck = "N" if toks[c0].text[:1].isupper() and c0 != lo else "V"
    ck_rows = [T.named("ck=" + ck + r) for r in _RELS]
    word_ck, prev_row, PREV = T.word_ck, T.prev_row, T.prev
    ck_rels = [ck + r for r in _RELS]
    adj_rels = ["a" + ck + r for r in _RELS]
    # another cue between a token and this one: before it up to the nearest other cue
    # before the group, after it from the nearest other cue after the group
    ob_b = max((o for o in others if o < c0), default=None) if others else None
    ob_a = min((o for o in others if o > c1), default=None) if others else None
    src_idx: list[int] = []
    msg_idx: list[int] = []
    exp = math.exp
    named = T.named
    for i in range(lo, hi):
        if i in gset:
            continue
        if i < c0:
            r, a, b = 0, i, c0
        elif i > c1:
            r, a, b = 1, c1, i
        else:
            r, a, b = 2, i, i
        dist = b - a
        if dist > 1:
            nc, nq = cp[b] - cp[a + 1], qp[b] - qp[a + 1]
            kd = bucket_of[dist if dist < 13 else 13]
            kc = bucket_of[nc if nc < 13 else 13]
            kq = bucket_of[nq if nq < 13 else 13]
        else:
            kd, kc, kq = dist, 0, 0
        wd = wds[i - lo]
        z, sh, w, rw, cu, cq = (
            PRE[r][kd][kc][kq],
            RS[r][wd[0]],
            wd[1],
            wd[2 + r],
            cue_rows[r],
            RCQ[r][kc][kq],
        )
        z0 = z[0] + sh[0] + w[0] + rw[0] + cu[0] + cq[0]
        z1 = z[1] + sh[1] + w[1] + rw[1] + cu[1] + cq[1]
        z2 = z[2] + sh[2] + w[2] + rw[2] + cu[2] + cq[2]
        # the optional features, each added where role_features puts it in the dict
        if i in quoted:
            x = QU[r]
            z0, z1, z2 = z0 + x[0], z1 + x[1], z2 + x[2]
        if wd[5]:
            x = PR[r][kd]
            z0, z1, z2 = z0 + x[0], z1 + x[1], z2 + x[2]
        if i in names:
            x = NM[r]
            z0, z1, z2 = z0 + x[0], z1 + x[1], z2 + x[2]
        if i == hi - 1 and toks[i].is_punct:
            z0, z1, z2 = z0 + final_punct[0], z1 + final_punct[1], z2 + final_punct[2]
        if i == lo:
            z0, z1, z2 = z0 + sent_first[0], z1 + sent_first[1], z2 + sent_first[2]
        z0, z1, z2 = z0 + rule_row[0], z1 + rule_row[1], z2 + rule_row[2]
        if rs_lo <= i < rs_hi:
            x = rule_src
            z0, z1, z2 = z0 + x[0], z1 + x[1], z2 + x[2]
            x = rule_src_rel[r]
            z0, z1, z2 = z0 + x[0], z1 + x[1], z2 + x[2]
        if rm_lo <= i < rm_hi:
            x = rule_msg
            z0, z1, z2 = z0 + x[0], z1 + x[1], z2 + x[2]
            x = rule_msg_rel[r]
            z0, z1, z2 = z0 + x[0], z1 + x[1], z2 + x[2]
        if rq_lo <= i < rq_hi:
            x = rule_quote
            z0, z1, z2 = z0 + x[0], z1 + x[1], z2 + x[2]
        x = ck_rows[r]
        z0, z1, z2 = z0 + x[0], z1 + x[1], z2 + x[2]
        if wd[6]:
            x = named("pn|" + ck_rels[r] + _BUCKETS[kd])
            z0, z1, z2 = z0 + x[0], z1 + x[1], z2 + x[2]
        pl = toks[i - 1].low if i > lo else "<s>"
        x = PREV[r].get(pl) or prev_row(pl, r)
        z0, z1, z2 = z0 + x[0], z1 + x[1], z2 + x[2]
        x = wd[8].get(ck_rels[r]) or word_ck(wd, ck_rels[r])
        z0, z1, z2 = z0 + x[0], z1 + x[1], z2 + x[2]
        if dist == 1:
            x = wd[8].get(adj_rels[r]) or word_ck(wd, adj_rels[r])
            z0, z1, z2 = z0 + x[0], z1 + x[1], z2 + x[2]
        if r == 0 and ob_b is not None and i < ob_b:
            x = T.ob_b
            z0, z1, z2 = z0 + x[0], z1 + x[1], z2 + x[2]
        elif r == 1 and ob_a is not None and i > ob_a:
            x = T.ob_a
            z0, z1, z2 = z0 + x[0], z1 + x[1], z2 + x[2]
        m = z0  # max(z0, z1, z2), the same first-wins comparisons inline
        if z1 > m:
            m = z1
        if z2 > m:
            m = z2
        zz = (z0, z1, z2)
        if m - zz[iS] > clear and m - zz[iM] > clear:
            continue  # the third class leads by far: p(S), p(M) below their thresholds
        e = (exp(z0 - m), exp(z1 - m), exp(z2 - m))
        tot = e[0] + e[1] + e[2]
        pS, pM = e[iS] / tot, e[iM] / tot
        if pS >= s_min and pS >= pM:
            src_idx.append(i)
        elif pM >= M_MIN:
            msg_idx.append(i)
    return src_idx, msg_idx


def prefix_counts(p: Para) -> tuple[list[int], list[int]]:
    """Prefix counts of clause punctuation and quotation marks over a paragraph's tokens:
    the marks among tokens ``a..b-1`` are ``cp[b] - cp[a]``."""
    texts = map(_TEXT, p.toks)
    cp = list(itertools.accumulate(map(CLAUSE_PUNCT.__contains__, texts), initial=0))
    qp = list(itertools.accumulate(map(_IS_QUOTE, p.toks), initial=0))
    return cp, qp


_TEXT, _IS_QUOTE = attrgetter("text"), attrgetter("is_quote")

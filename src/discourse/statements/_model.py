"""The learned part of the statement extractor: two small linear models.

Where the rules stop (which candidate words the annotators count as cues, which
tokens around a cue form its source and message) two logistic-regression models
decide, trained on the tune split of the SpkAtt gold data by
``scripts/train_statements.py`` and shipped as JSON weights
(``discourse/resources/models/statements_{news,speech}.json``):

- ``cue``: is a candidate token (a word of the cue lexicon, or a word the training
  data uses as a cue often enough) part of a cue? Features: the word, its
  neighbours, and what the rules say about it.
- ``role``: given a cue, is a token of its sentence part of the source, the message
  or neither? Features: position relative to the cue, punctuation and quotation
  marks in between, the word and its shape, the rules' source and message spans.
"""

from __future__ import annotations

import functools
import json
import math
from dataclasses import dataclass
from importlib import resources
from typing import Any

from discourse.statements._cues import CueLexicon
from discourse.statements._rules import PRONOUNS, Para, Stmt
from discourse.statements._text import CLAUSE_PUNCT

ROLE_CLASSES = ("O", "S", "M")
S_MIN = 0.35  # default: a token joins the source from this probability on
M_MIN = 0.35


@dataclass
class LinearModel:
    """A multinomial (or binary) linear model stored as sparse weights."""

    classes: list[str]
    intercept: list[float]
    weights: dict[str, list[float]]

    def scores(self, feats: dict[str, float]) -> list[float]:
        w = self.weights
        if len(self.intercept) == 1:  # binary: probability of classes[1]
            z0 = self.intercept[0]
            for f, v in feats.items():
                row = w.get(f)
                if row is not None:
                    z0 += row[0] * v
            return [1.0 / (1.0 + math.exp(-z0))]
        if len(self.intercept) == 3:
            a, b, c = self.intercept
            for f, v in feats.items():
                row = w.get(f)
                if row is not None:
                    a += row[0] * v
                    b += row[1] * v
                    c += row[2] * v
            z = [a, b, c]
        else:
            z = list(self.intercept)
            for f, v in feats.items():
                row = w.get(f)
                if row is not None:
                    for k, x in enumerate(row):
                        z[k] += x * v
        m = max(z)
        e = [math.exp(x - m) for x in z]
        s = sum(e)
        return [x / s for x in e]

    def to_dict(self) -> dict[str, Any]:
        return {"classes": self.classes, "intercept": self.intercept, "weights": self.weights}


@dataclass
class StatementModel:
    cue: LinearModel
    role: LinearModel
    vocab: set[str]
    threshold: float = 0.5
    trust_rules: bool = True  # keep the rules' source and message where a rule found the cue
    s_min: float = S_MIN
    meta: dict[str, Any] | None = None


def load_model(name: str | dict | StatementModel) -> StatementModel:
    """Load a bundled model (``"news"``, ``"speech"``), a parsed dict or pass one through."""
    if isinstance(name, StatementModel):
        return name
    if isinstance(name, dict):
        return _from_dict(name)
    if name not in ("news", "speech"):
        raise ValueError(f"no bundled statement model {name!r}; valid: 'news', 'speech'")
    return _bundled(name)


@functools.lru_cache(maxsize=4)
def _bundled(name: str) -> StatementModel:
    """A bundled model, parsed once per process (the models are read-only)."""
    res = resources.files("discourse.resources").joinpath("models", f"statements_{name}.json")
    if not res.is_file():
        raise ValueError(f"bundled statement model {name!r} is missing from the package")
    return _from_dict(json.loads(res.read_text(encoding="utf-8")))


def _from_dict(data: dict) -> StatementModel:
    return StatementModel(
        cue=LinearModel(**data["cue"]),
        role=LinearModel(**data["role"]),
        vocab=set(data["vocab"]),
        threshold=float(data.get("threshold", 0.5)),
        trust_rules=bool(data.get("trust_rules", True)),
        s_min=float(data.get("s_min", S_MIN)),
        meta=data.get("meta"),
    )


def _shape(text: str) -> str:
    if not text[:1].isalnum():
        return "P"
    if text.isdigit():
        return "D"
    return "C" if text[:1].isupper() else "l"


def _bucket(n: int) -> str:
    return str(n) if n <= 3 else ("4-6" if n <= 6 else ("7-12" if n <= 12 else "13+"))


def in_quote(p: Para) -> set[int]:
    inside: set[int] = set()
    for o, c, _, _ in p.quotes:
        inside.update(range(o + 1, c))
    return inside


# function words that complete a cue ("teilte ... mit", "äußerte sich", "hatte gesagt", "wie ... berichtet")
# fmt: off
FUNCTION_PARTS = {
    "als", "an", "mit", "sich", "auf", "zu", "aus", "vor", "hinzu", "zurück", "dazu", "dafür",
    "davon", "darauf", "damit", "ein", "fest", "fort", "hervor", "wurde", "wurden", "wird",
    "werden", "worden", "hat", "hatte", "haben", "hatten", "habe", "ist", "war", "sind", "waren",
    "es", "wie", "so", "bekannt", "klar", "ab", "durch", "über", "gegenüber", "heraus", "hin",
}
# fmt: on


def cue_candidates(
    p: Para, lex: CueLexicon, vocab: set[str], rule_parts: set[int], prim: set[int] | None = None
) -> list[int]:
    """Primary candidates (lexicon, learned vocabulary, rule cues) and the function words of
    their clauses that may complete them (``prim``: the primaries when already known)."""
    if prim is None:
        prim = primaries(p, lex, vocab, rule_parts)
    out = set(prim)
    lows = p.lows
    for i in prim:
        cs, ce = p.clause(i)
        for k in range(max(cs, i - 6), min(ce, i + 8)):
            if lows[k] in FUNCTION_PARTS:
                out.add(k)
    return sorted(out)


def _nearest_primary(p: Para, i: int, prim: set[int]) -> int | None:
    lo, hi = p.bounds[p.toks[i].sent]
    best = None
    for k in range(max(lo, i - 8), min(hi, i + 9)):
        if k != i and k in prim and (best is None or abs(k - i) < abs(best - i)):
            best = k
    return best


def cue_features(
    p: Para,
    i: int,
    lex: CueLexicon,
    rule_parts: set[int],
    rule_main: set[int],
    quoted: set[int],
    prim: set[int] | None = None,
) -> dict[str, float]:
    toks = p.toks
    lo, hi = p.bounds[toks[i].sent]
    t = toks[i]
    prev1 = toks[i - 1].low if i > lo else "<s>"
    prev2 = toks[i - 2].low if i - 1 > lo else "<s>"
    next1 = toks[i + 1].low if i + 1 < hi else "</s>"
    next2 = toks[i + 2].low if i + 2 < hi else "</s>"
    f = {
        "b": 1.0,
        "w=" + t.low: 1.0,
        "p1=" + prev1: 1.0,
        "n1=" + next1: 1.0,
        "p2=" + prev2: 1.0,
        "n2=" + next2: 1.0,
        "wn=" + t.low + "|" + next1: 1.0,
        "pw=" + prev1 + "|" + t.low: 1.0,
        "suf=" + t.low[-3:]: 1.0,
        "shape=" + _shape(t.text): 1.0,
    }
    if i == lo:
        f["first"] = 1.0
    if i in rule_parts:
        f["rule_part"] = 1.0
    if i in rule_main:
        f["rule_main"] = 1.0
        f["rule_main|w=" + t.low] = 1.0
    spec = lex.verbs.get(t.low)
    if spec is not None:
        f["lex=" + spec[2]] = 1.0
        f["lemma=" + spec[0]] = 1.0
    elif t.low in lex.joined:
        f["lex=joined"] = 1.0
    if i in quoted:
        f["quoted"] = 1.0
    if prim is not None and i not in prim:
        k = _nearest_primary(p, i, prim)
        f["sec"] = 1.0
        f["sec|w=" + t.low] = 1.0
        if k is not None:
            side = "B" if i < k else "A"
            f["sec|side=" + side + _bucket(abs(k - i))] = 1.0
            f["sec|w=" + t.low + side] = 1.0
            f["sec|prim=" + p.toks[k].low] = 1.0
            f["sec|prim=" + p.toks[k].low + "|" + t.low] = 1.0
        if i + 1 >= hi or toks[i + 1].is_punct:
            f["sec|clause_end|" + t.low] = 1.0
    return f


def primaries(p: Para, lex: CueLexicon, vocab: set[str], rule_parts: set[int]) -> set[int]:
    verbs, toks = lex.verbs, p.toks
    return {
        i
        for i, w in enumerate(p.lows)
        if i in rule_parts or w in vocab or (w in verbs and toks[i].text[:1].islower())
    }


def role_features(
    p: Para,
    i: int,
    group: list[int],
    rule: Stmt | None,
    names: set[int],
    quoted: set[int],
    cue_word: str,
) -> dict[str, float]:
    toks = p.toks
    t = toks[i]
    c0, c1 = min(group), max(group)
    if i < c0:
        rel, a, b = "B", i, c0
    elif i > c1:
        rel, a, b = "A", c1, i
    else:
        rel, a, b = "I", i, i
    dist = b - a
    commas = sum(1 for k in range(a + 1, b) if toks[k].text in CLAUSE_PUNCT)
    quotes = sum(1 for k in range(a + 1, b) if toks[k].is_quote)
    lo, hi = p.bounds[t.sent]
    sh = _shape(t.text)
    f = {
        "b": 1.0,
        "rel=" + rel: 1.0,
        "rd=" + rel + _bucket(dist): 1.0,
        "rc=" + rel + _bucket(commas): 1.0,
        "rq=" + rel + _bucket(quotes): 1.0,
        "rs=" + rel + sh: 1.0,
        "w=" + t.low: 1.0,
        "rw=" + rel + t.low: 1.0,
        "cue=" + cue_word + rel: 1.0,
        "rcq=" + rel + _bucket(commas) + _bucket(quotes): 1.0,
    }
    if i in quoted:
        f["quoted|" + rel] = 1.0
    if t.low in PRONOUNS:
        f["pron|" + rel + _bucket(dist)] = 1.0
    if i in names:
        f["name|" + rel] = 1.0
    if i == hi - 1 and t.is_punct:
        f["final_punct"] = 1.0
    if i == lo:
        f["sent_first"] = 1.0
    if rule is not None:
        f["rule|" + rule.kind] = 1.0
        if rule.src and rule.src[0] <= i < rule.src[1]:
            f["rule_src"] = 1.0
            f["rule_src|" + rel] = 1.0
        if rule.msg[0] <= i < rule.msg[1]:
            f["rule_msg"] = 1.0
            f["rule_msg|" + rel] = 1.0
        if rule.quote and rule.quote[0] <= i <= rule.quote[1]:
            f["rule_quote"] = 1.0
    else:
        f["norule"] = 1.0
    return f


def group_cues(p: Para, kept: list[int], stmts: list[Stmt]) -> list[tuple[list[int], Stmt | None]]:
    """Group kept cue tokens: the parts of one rule statement together, others by proximity."""
    kept_set = set(kept)
    groups: list[tuple[list[int], Stmt | None]] = []
    taken: set[int] = set()
    for st in stmts:
        if st.cue and st.cue[0] in kept_set and st.cue[0] not in taken:
            parts = sorted(k for k in st.cue if k in kept_set)
            groups.append((parts, st))
            taken.update(parts)
    rest = []
    for k in sorted(kept_set - taken):
        host = next((g for g in groups if p.clause(g[0][0]) == p.clause(k)), None)
        if host is not None:
            host[0].append(k)
            host[0].sort()
        else:
            rest.append(k)
    cur: list[int] = []
    for k in rest:
        if cur and (p.toks[k].sent != p.toks[cur[-1]].sent or k - cur[-1] > 3):
            groups.append((cur, None))
            cur = []
        cur.append(k)
    if cur:
        groups.append((cur, None))
    return groups


def _runs(idx: list[int], gap: int = 1) -> list[list[int]]:
    runs: list[list[int]] = []
    for k in sorted(idx):
        if runs and k - runs[-1][-1] <= gap:
            runs[-1].append(k)
        else:
            runs.append([k])
    return runs


def refine(
    p: Para, stmts: list[Stmt], model: StatementModel, lex: CueLexicon, names: set[int]
) -> list[Stmt]:
    """Replace the cue-based rule statements of a paragraph by the model's decisions."""
    cued = [st for st in stmts if st.cue and st.kind != "headline"]
    keep = [st for st in stmts if not (st.cue and st.kind != "headline")]
    rule_parts = {k for st in cued for k in st.cue}
    rule_main = {st.cue[0] for st in cued}
    quoted = in_quote(p)
    prim = primaries(p, lex, model.vocab, rule_parts)
    cands = cue_candidates(p, lex, model.vocab, rule_parts, prim)
    kept = [
        i
        for i in cands
        if model.cue.scores(cue_features(p, i, lex, rule_parts, rule_main, quoted, prim))[0]
        >= model.threshold
    ]
    # a function word alone is not a cue
    kept = [i for i in kept if i in prim or _nearest_primary(p, i, set(kept) & prim) is not None]
    kept_set = set(kept)
    out = list(keep) + [st for st in cued if st.sure and st.cue[0] not in kept_set]
    for group, rule in group_cues(p, kept, cued):
        s = p.toks[group[0]].sent
        lo, hi = p.bounds[s]
        if rule is not None and model.trust_rules:
            rule.cue = [rule.cue[0], *sorted(set(group) - {rule.cue[0]})]
            out.append(rule)
            continue
        cue_word = p.toks[group[0]].low
        src_idx, msg_idx = [], []
        for i in range(lo, hi):
            if i in group:
                continue
            probs = dict(
                zip(
                    model.role.classes,
                    model.role.scores(role_features(p, i, group, rule, names, quoted, cue_word)),
                    strict=True,
                )
            )
            if probs["S"] >= model.s_min and probs["S"] >= probs["M"]:
                src_idx.append(i)
            elif probs["M"] >= M_MIN:
                msg_idx.append(i)
        if not msg_idx:
            if rule is not None:
                msg_idx = list(range(*rule.msg))
            else:
                msg_idx = [k for k in range(max(group) + 1, p.content_end(s)) if k not in src_idx]
            if not msg_idx:
                continue
        runs = _runs(msg_idx, gap=2)
        best = max(runs, key=len)
        m_lo, m_hi = best[0], best[-1] + 1
        while m_lo < m_hi and p.toks[m_lo].is_quote:
            m_lo += 1
        while m_hi > m_lo and p.toks[m_hi - 1].is_quote:
            m_hi -= 1
        if m_hi <= m_lo:
            continue
        quote = None
        for o, c, depth, _ in p.quotes:
            if depth == 0 and o < m_lo <= o + 2 and c - 2 <= m_hi <= c:
                quote = (o, c)
                m_lo, m_hi = o + 1, c
            elif depth == 0 and o < lo and m_lo <= lo + 1 and m_hi <= c <= m_hi + 1:
                quote = (o, c)  # a quote that began in an earlier sentence
                m_lo, m_hi = o + 1, c
        src = rule.src if rule is not None else None
        if src_idx:
            sruns = _runs(src_idx, gap=1)
            near = min(sruns, key=lambda r: min(abs(r[0] - group[0]), abs(r[-1] - group[0])))
            src = (near[0], near[-1] + 1)
        pron = bool(src and p.toks[src[0]].low in PRONOUNS)
        kind = (
            "direct"
            if quote
            else (rule.kind if rule is not None and rule.kind == "reported" else "indirect")
        )
        out.append(
            Stmt(
                s,
                kind,
                (m_lo, m_hi),
                list(group),
                src,
                pron,
                quote=quote,
                addr=rule.addr if rule is not None else None,
            )
        )
    return out

"""The learned part of the statement extractor: small linear models and their features.

Where the rules stop (which candidate words the annotators count as cues, which
tokens around a cue form its source and message) logistic-regression models
decide, trained on the tune split of the SpkAtt gold data by
``scripts/train_statements.py`` and shipped as JSON weights
(``discourse/resources/models/statements_{news,speech}.json``):

- ``cue`` (news: candidates from the lexicon and the training vocabulary) or ``tagger``
  (speech: every token, :mod:`._tagger`): is a token part of a cue? Features: the
  word, its neighbours, and what the rules say about it.
- ``role``: given a cue, is a token of its sentence part of the source, the message
  or neither? Features: position relative to the cue, punctuation and quotation
  marks in between, the word and its shape, the rules' source and message spans.

:func:`discourse.statements._refine.refine` applies them to a paragraph.
"""

from __future__ import annotations

import functools
import json
import math
from dataclasses import dataclass, field
from importlib import resources
from itertools import compress
from operator import add as _add
from typing import Any

from discourse.statements._cues import CueLexicon
from discourse.statements._rules import PRONOUNS, Para, Stmt
from discourse.statements._text import CLAUSE_PUNCT, QUOTE_CHARS

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
        vals = list(feats.values())
        if vals.count(1.0) == len(vals):  # indicator features: the same sums, term by term
            rows = [r for r in map(w.get, feats) if r is not None]
            if len(self.intercept) == 1:
                z0 = functools.reduce(_add, [r[0] for r in rows], self.intercept[0])
                return [1.0 / (1.0 + math.exp(-z0))]
            if not rows:
                return _softmax(list(self.intercept))
            cols = zip(*rows, strict=True)
            return _softmax(
                [functools.reduce(_add, c, z0) for c, z0 in zip(cols, self.intercept, strict=True)]
            )
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
        return _softmax(z)

    def to_dict(self) -> dict[str, Any]:
        return {"classes": self.classes, "intercept": self.intercept, "weights": self.weights}


def _softmax(z: list[float]) -> list[float]:
    m = max(z)
    e = [math.exp(x - m) for x in z]
    s = sum(e)
    return [x / s for x in e]


@dataclass
class StatementModel:
    cue: LinearModel | None  # candidate cue model (None when the tagger decides)
    role: LinearModel
    vocab: set[str]
    threshold: float = 0.5
    trust_rules: bool = True  # keep the rules' source and message where a rule found the cue
    s_min: float = S_MIN
    meta: dict[str, Any] | None = None
    whole: LinearModel | None = None  # whole-sentence statements (see _whole.py)
    whole_min: float = 0.5
    tagger: LinearModel | None = None  # scores every token as a cue (see _tagger.py)
    events: bool = False  # a cue whose role model finds no message: a statement without content
    # lookup tables of the weights (_cuefast, _roles, _tagger), built on first use and kept
    # with the model across calls: a loaded model is read-only
    tables: dict = field(default_factory=dict, init=False, repr=False, compare=False)

    def __getstate__(self) -> dict[str, Any]:
        """Pickled without its lookup tables (rebuilt on first use in the other process;
        ``stream_statements(jobs=...)`` sends the model to its workers)."""
        state = self.__dict__.copy()
        state["tables"] = {}
        return state


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
        cue=LinearModel(**data["cue"]) if data.get("cue") else None,
        role=LinearModel(**data["role"]),
        vocab=set(data["vocab"]),
        threshold=float(data.get("threshold", 0.5)),
        trust_rules=bool(data.get("trust_rules", True)),
        s_min=float(data.get("s_min", S_MIN)),
        meta=data.get("meta"),
        whole=LinearModel(**data["whole"]) if data.get("whole") else None,
        whole_min=float(data.get("whole_min", 0.5)),
        tagger=LinearModel(**data["tagger"]) if data.get("tagger") else None,
        events=bool(data.get("events", False)),
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
    """The primary nearest to ``i`` in its sentence within 8 tokens (earlier on a tie)."""
    lo, hi = p.bounds[p.toks[i].sent]
    for d in range(1, 9):
        if i - d >= lo and i - d in prim:
            return i - d
        if i + d < hi and i + d in prim:
            return i + d
    return None


def cue_features(
    p: Para,
    i: int,
    lex: CueLexicon,
    rule_parts: set[int],
    rule_main: set[int],
    quoted: set[int],
    prim: set[int] | None = None,
    cache: dict | None = None,
) -> dict[str, float]:
    """Features of candidate ``i`` (``cache``: per-sentence context, reused across calls)."""
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
    if prim is None or i in prim:
        _context(p, i, t.sent, lex, f, cache)
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
            if any(part == t.low for _, part, _ in lex.alts.get(p.toks[k].low, ())):
                f["sec|particle"] = 1.0
            f["sec|w=" + t.low + "|psuf=" + p.toks[k].low[-2:]] = 1.0
        if i + 1 >= hi or toks[i + 1].is_punct:
            f["sec|clause_end|" + t.low] = 1.0
    return f


def _marks(p: Para, s: int, lex: CueLexicon, cache: dict | None) -> tuple:
    """Positions of Konjunktiv words, dass/ob and colons in sentence ``s``, and whether it
    has a quotation mark (cached per sentence when ``cache`` is given)."""
    got = cache.get(s) if cache is not None else None
    if got is None:
        lo, hi = p.bounds[s]
        subj = lex.subjunctive
        sl = p.lows[lo:hi]  # the words are rare: test the sentence first, then find them
        got = (
            [k for k, w in enumerate(sl, lo) if w in subj] if not subj.isdisjoint(sl) else [],
            [k for k, w in enumerate(sl, lo) if w in ("dass", "ob")]
            if "dass" in sl or "ob" in sl
            else [],
            [k for k, w in enumerate(sl, lo) if w == ":"] if ":" in sl else [],
            not QUOTE_CHARS.isdisjoint(sl),  # a quote mark's text is its lower-case form
        )
        if cache is not None:
            cache[s] = got
    return got


def _context(
    p: Para, i: int, s: int, lex: CueLexicon, f: dict[str, float], cache: dict | None
) -> None:
    """Evidence of a message around a primary candidate: Konjunktiv, dass/ob, a quote, a colon."""
    subj, dass, colon, quote = _marks(p, s, lex, cache)
    if subj and subj[-1] > i:
        f["ctx=subj_after"] = 1.0
    if subj and subj[0] < i:
        f["ctx=subj_before"] = 1.0
    if dass and any(i < k < i + 7 for k in dass):
        f["ctx=dass_after"] = 1.0
    if colon and any(i < k < i + 5 for k in colon):
        f["ctx=colon_after"] = 1.0
    if quote:
        f["ctx=quote"] = 1.0


def primaries(p: Para, lex: CueLexicon, vocab: set[str], rule_parts: set[int]) -> set[int]:
    """Tokens that are rule cue parts, words of the learned vocabulary or lower-case
    lexicon verbs (the word tests run in C, not once per token in Python)."""
    verbs, toks, lows = lex.verbs, p.toks, p.lows
    idx = range(len(lows))
    out = {i for i in rule_parts if i in idx}
    out.update(compress(idx, map(vocab.__contains__, lows)))
    out.update(
        i for i in compress(idx, map(verbs.__contains__, lows)) if toks[i].text[:1].islower()
    )
    return out


def role_features(
    p: Para,
    i: int,
    group: list[int],
    rule: Stmt | None,
    names: set[int],
    quoted: set[int],
    cue_word: str,
    others: list[int] | None = None,
) -> dict[str, float]:
    """Features of token ``i`` for the role of a cue ``group`` (``others``: the tokens of the
    sentence's other cues, when known)."""
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
    # the cue's kind (a capitalised noun or anything else) decides whether a pronoun or a
    # word beside it is its source ("Ich glaube" vs "Ich lese Ihren Antrag")
    ck = "N" if toks[c0].text[:1].isupper() and c0 != lo else "V"
    f["ck=" + ck + rel] = 1.0
    if t.low in SUBJECT_PRONOUNS:
        f["pn|" + ck + rel + _bucket(dist)] = 1.0
    f["pl=" + (toks[i - 1].low if i > lo else "<s>") + "|" + rel] = 1.0
    f["wck=" + t.low + ck + rel] = 1.0
    if dist == 1:
        f["adj=" + t.low + ck + rel] = 1.0
    if others:  # another cue between this token and its cue: it belongs to that one
        if rel == "B" and any(i < o < c0 for o in others):
            f["ob|B"] = 1.0
        elif rel == "A" and any(c1 < o < i for o in others):
            f["ob|A"] = 1.0
    return f


SUBJECT_PRONOUNS = {"ich", "wir", "du", "er", "sie", "man", "ihr", "es"}

"""Whole-sentence statements: a speech verb with a noun-phrase object.

The SpkAtt news annotators mark "Augenzeugen berichteten von drei Toten." or "Der
Wetterdienst warnte vor Sturm." as a statement whose message is the whole sentence,
with the subject as its source and no separate cue. A small linear model (trained by
``scripts/train_statements.py``, key ``whole`` of the news model) decides, for a
sentence left without any statement that contains a speech verb, whether it is one.
"""

from __future__ import annotations

import functools
import math
from itertools import compress
from operator import add as _add

from discourse.statements._clauses import _FOCUS, _apposition_subject
from discourse.statements._cues import CueLexicon
from discourse.statements._fronted import thing_then_speaker
from discourse.statements._particles import another_verb
from discourse.statements._rules import Para, Stmt
from discourse.statements._source import _not_a_source, attribute_run, np_end
from discourse.statements._speaker_span import subject_after_verb
from discourse.statements._text import QUOTE_CHARS
from discourse.statements._verbs import (
    other_sense,
    refusal,
    second_clause_subject,
    set_phrase_cue,
)
from discourse.statements._words import AUX, DE_PREPOSITIONS, FINITE, HABEN, SKIP_AFTER


def whole_verb(p: Para, s: int, lex: CueLexicon, vocab: set[str]) -> int | None:
    """The first lower-case speech verb (lexicon or learned vocabulary) of sentence ``s``."""
    lo, hi = p.bounds[s]
    verbs, joined, lows, toks = lex.verbs, lex.joined, p.lows, p.toks
    for k in range(lo, hi):
        w = lows[k]
        if (w in verbs or w in joined or w in vocab) and toks[k].text[:1].islower():
            return k
    return None


def _bucket(n: int) -> str:
    return str(n) if n <= 3 else ("4-6" if n <= 6 else ("7-12" if n <= 12 else "13+"))


def subject_before(p: Para, lo: int, i: int) -> tuple[int, int] | None:
    """The noun phrase opening the sentence when only auxiliaries separate it from ``i``."""
    toks = p.toks
    end = 1 + lo if toks[lo].low in ("er", "sie", "wir", "ich") else _np_and_np(p, lo, i)
    if end is None:
        return None
    k = end
    while k < i and toks[k].low in AUX:
        k += 1
    return (lo, end) if k == i else None


def whole_features(
    p: Para, s: int, i: int, lex: CueLexicon, names: set[int], subj: tuple[int, int] | None
) -> dict[str, float]:
    toks, lows = p.toks, p.lows
    lo, hi = p.bounds[s]
    w = lows[i]
    spec = lex.verbs.get(w)
    nxt = lows[i + 1] if i + 1 < hi else "</s>"
    first = toks[lo]
    f = {
        "b": 1.0,
        "v=" + w: 1.0,
        "vn=" + w + "|" + nxt: 1.0,
        "n1=" + nxt: 1.0,
        "pos=" + _bucket(i - lo): 1.0,
        "len=" + _bucket(hi - lo): 1.0,
        "first=" + (first.low if first.text[:1].islower() else "C"): 1.0,
        "subj=" + ("yes" if subj else "no"): 1.0,
    }
    if spec is not None:
        f["lemma=" + spec[0]] = 1.0
        f["kind=" + spec[2]] = 1.0
        if spec[1]:
            f["particle_verb"] = 1.0
    elif w in lex.joined:
        f["joined"] = 1.0
    if subj and any(k in names for k in range(*subj)):
        f["subj_name"] = 1.0
    if subj and subj[1] - subj[0] == 1 and toks[subj[0]].low in ("er", "sie"):
        f["subj_pron"] = 1.0
    last = hi - 1
    while last > lo and toks[last].is_punct:
        last -= 1
    f["last=" + lows[last]] = 1.0
    words = set(lows[lo:hi])
    if "," in words:
        f["comma"] = 1.0
    if not words.isdisjoint(lex.subjunctive):
        f["subjunctive"] = 1.0
    if not QUOTE_CHARS.isdisjoint(words):  # a quotation mark is its own lower case
        f["quote"] = 1.0
    return f


def whole_statements(
    p: Para, stmts: list[Stmt], model, lex: CueLexicon, names: set[int]
) -> list[Stmt]:
    """Statements for the sentences without any that the ``whole`` model accepts."""
    if model.whole is None:
        return []
    have = {st.sent for st in stmts}
    spans = [st.msg for st in stmts]
    out: list[Stmt] = []
    lows, toks = p.lows, p.toks
    # the first lower-case verb of each sentence (what whole_verb finds), found for the
    # whole paragraph at once: the word test runs in C, only the verbs are looked at
    words = _verb_words(lex, model)
    first: dict[int, int] = {}
    for k in compress(range(len(lows)), map(words.__contains__, lows)):
        s = toks[k].sent
        if s not in first and s not in have and toks[k].text[:1].islower():
            first[s] = k
    whole = model.whole
    binary = len(whole.intercept) == 1
    weight, z0 = whole.weights.get, whole.intercept[0]
    for s, i in first.items():  # in text order
        lo, hi = p.bounds[s]
        if hi - lo < 4:
            continue
        if any(a < hi and lo < b for a, b in spans):
            continue
        spec = lex.verbs.get(lows[i])
        if spec is not None and (another_verb(p, i, hi, spec[0]) or other_sense(p, i, spec[0])):
            continue  # "Das Gericht sprach ihn frei", "Dafür spricht, dass ..."
        if spec is not None and spec[1] and spec[1] not in lows[i + 1 : hi]:
            continue  # a particle verb's form without its particle ("Die Waffenruhe wird
            # nicht halten": no "hielt dagegen")
        if set_phrase_cue(p, i):
            continue  # the writer's aside: "Der Verein hat sich, wie berichtet, getrennt"
        if p.lang == "de" and spec is not None and refusal(p, (i + 1, hi), hi):
            continue  # "Einzelheiten nannte er nicht."
        subj = subject_before(p, lo, i)
        feats = whole_features(p, s, i, lex, names, subj)
        if binary:  # indicator features: LinearModel.scores' sum, term by term, inline
            z = functools.reduce(_add, [r[0] for r in map(weight, feats) if r is not None], z0)
            prob = 1.0 / (1.0 + math.exp(-z))
        else:
            prob = whole.scores(feats)[0]
        if prob < model.whole_min:
            continue
        if i + 1 < hi and toks[i + 1].low in ("er", "ich", "wir"):
            subj = (i + 1, i + 2)  # "Die Tat bezeichnete er als sinnlos": the object first
        elif (
            p.lang == "de"
            and lo + 1 < i
            and thing_then_speaker(p, list(range(lo, i)), i, [i], p.clause(i)[1], names)
        ):  # "Die Rede Merkels lobte Macron ausdrücklich": the speaker after the verb
            subj = subject_after_verb(p, i + 1, hi) or subj
        elif p.lang == "de" and i - 1 > lo and toks[i - 1].text == ",":
            # "Doleschal, der seit 2019 im Parlament sitzt, forderte Nachbesserungen": the
            # name and its apposition or relative clause before the verb
            subj = _apposition_subject(p, lex, lo, i, i) or subject_elsewhere(p, lo, hi, i)
        elif subj is None or _not_a_source(p, *subj) or toks[lo].low in _NOT_SUBJECT_FIRST:
            subj = subject_elsewhere(p, lo, hi, i)  # not "Seit Jahren", "Als Grund"
        out.append(Stmt(s, "reported", (lo, p.content_end(s)), [], subj))
    return out


def _np_and_np(p: Para, lo: int, i: int) -> int | None:
    """The end of the noun phrase at ``lo``, or of two joined by "und" ("Vizekanzler und
    Finanzminister Lars Klingbeil", "Grüne und FPÖ")."""
    end = np_end(p, lo, i, set())
    if end is not None and end + 1 < i and p.toks[end].low == "und":
        return np_end(p, end + 1, i, set()) or end
    return end


def subject_elsewhere(p: Para, lo: int, hi: int, i: int) -> tuple[int, int] | None:
    """The subject :func:`subject_before` does not find: the noun phrase opening the
    sentence before a finite auxiliary ("Die CDU hatte zu dem Thema Aufklärung
    gefordert"), or the one right after the verb when an adverbial opens the sentence
    ("Seit Jahren fordert der mexikanische Staat die Rückgabe")."""
    toks = p.toks
    if toks[lo].low in _FOCUS and lo + 1 < i:  # "Auch die Armutskonferenz warnt vor ..."
        got = subject_before(p, lo + 1, i)
        if got is not None:
            return got
    end = _np_and_np(p, lo, i)
    if (
        end is not None
        and end < i
        and toks[end].low in DE_PREPOSITIONS
        and attribute_run(p, end, i) == i
        and not _not_a_source(p, lo, i)
    ):
        return (lo, i)  # "Die Mission der UN im Sudan (UNMIS) verlangte"
    if (
        end is not None
        and end < i
        and (toks[end].low in AUX or toks[end].low in FINITE)  # "Kiselev soll ... haben"
        and toks[lo].low not in _NOT_SUBJECT
    ):
        if toks[lo].low not in _NOT_SUBJECT_FIRST:
            return (lo, end)
        # "Im Streit hat Boris Pistorius vor einem Scheitern gewarnt": after the auxiliary
        got = subject_after_verb(p, end + 1, i)
        if got is not None and got[1] - got[0] <= 8:
            return got
    if toks[lo].low in DE_PREPOSITIONS:
        # a longer phrase before the auxiliary: "Im Prozess um den Betrug hat [die
        # Staatsanwaltschaft] sieben Jahre Haft gefordert"
        # (a form of "haben": "wurde die EU als Vorbild genannt" is a passive, no speaker)
        k = next((k for k in range(lo + 2, min(i, lo + 10)) if toks[k].low in HABEN), None)
        if k is not None and not any(t.is_punct for t in toks[lo:k]):
            got = subject_after_verb(p, k + 1, i)
            if got is not None and got[1] - got[0] <= 8:
                return got
    if toks[lo].low in ("sowohl", "weder"):  # "Sowohl die Behörde als auch das Militär"
        k = next((k for k in range(lo + 2, i) if toks[k].low in ("auch", "noch")), None)
        if k is not None and np_end(p, k + 1, i, set()) == i:
            return (lo, i)
    got = second_clause_subject(p, lo, i)  # "Die Polizei kam und die Feuerwehr forderte"
    if got is not None:
        return got
    got = subject_after_verb(p, i + 1, hi)
    if got is not None and _plural_verb(toks[i].low) and toks[got[0]].low in _SINGULAR:
        return None  # "Die Schulen in X und Y melden eine …": the object, not the subject
    if got is None:  # "Diesbezüglich spricht er ...": "er" is always the subject
        k = i + 1
        while k < hi and toks[k].low in SKIP_AFTER:
            k += 1
        return (k, k + 1) if k < hi and toks[k].low in ("er", "wir", "ich") else None
    return got if got[1] - got[0] <= 8 else None


_NOT_SUBJECT = {"es", "das", "dies", "man"}
_SINGULAR = {"ein", "eine", "der", "das", "dieser", "dieses"}  # articles of a singular subject


def _plural_verb(low: str) -> bool:
    """A finite verb in the plural ("melden", "kündigten", "forderten")."""
    return low.endswith("en") and not low.startswith("ge")


_NOT_SUBJECT_FIRST = DE_PREPOSITIONS | {"als"}  # words that open no subject


def _verb_words(lex: CueLexicon, model) -> frozenset[str]:
    """The words :func:`whole_verb` looks for (lexicon verbs, joined forms, the model's
    vocabulary), built once per model and lexicon (kept in ``model.tables``)."""
    got = model.tables.get("whole words")
    if got is None or got[0] is not lex:
        words = frozenset(lex.verbs) | frozenset(lex.joined) | frozenset(model.vocab)
        got = model.tables["whole words"] = (lex, words)
    return got[1]

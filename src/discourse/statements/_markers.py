"""Attribution markers, headlines and Konjunktiv continuation (rules on one paragraph)."""

from __future__ import annotations

from itertools import compress
from operator import attrgetter, or_

from discourse.statements._cues import CueLexicon
from discourse.statements._rules import (
    PRONOUNS,
    Para,
    Stmt,
    _message_after,
    _message_before,
)
from discourse.statements._text import CLAUSE_PUNCT, np_after, np_before
from discourse.statements._words import DE_STOP, EN_NOT_SOURCE


def marker_cues(
    p: Para, lex: CueLexicon, s: int, names: set[int], cands: list[int] | None = None
) -> list[Stmt]:
    """laut X, X zufolge, nach Angaben von X, so X, heißt es, demnach, according to X.

    ``cands``: the indices of the tokens of sentence ``s`` that are a trigger or noun of
    ``lex`` (found by the caller), else searched here.
    """
    toks = p.toks
    lo, hi = p.bounds[s]
    lows = p.lows
    if cands is None:
        # the candidates, found without a Python-level loop over the tokens
        hits = map(lex.triggers.__contains__, lows[lo:hi])
        if lex.nouns:
            hits = map(or_, hits, map(lex.nouns.__contains__, map(_TEXT, toks[lo:hi])))
        cands = list(compress(range(lo, hi), hits))
    if not cands:
        return []
    end = p.content_end(s)
    out: list[Stmt] = []
    for i in cands:
        t = toks[i]
        low = t.low
        src = None
        cue: list[int] = []
        for phrase in lex.source_after:
            if phrase and phrase[0] != low:
                continue  # cannot match: saves building the tuple
            n = len(phrase)
            if tuple(lows[i : i + n]) == phrase:
                if p.lang == "en":
                    if i + n >= hi or toks[i + n].low in EN_NOT_SOURCE:
                        break
                    k = i + n
                    while k < end and toks[k].text not in CLAUSE_PUNCT:
                        k += 1
                    cue, src = list(range(i, i + n)), (i + n, k) if k > i + n else None
                else:
                    cue = list(range(i, i + n))
                    src = np_after(toks, i + n, hi, names)
                    if (
                        src is None
                        and i + n < hi
                        and not toks[i + n].is_punct
                        and toks[i + n].low not in DE_STOP
                        and _name_like(toks[i + n].text)
                    ):
                        src = (i + n, i + n + 1)  # "laut faz.net", "laut el-Baradei"
                break
        if not cue and low in lex.source_before and i > lo:
            cue, src = [i], np_before(toks, i, lo)
        if not cue and low == "nach" and i + 1 < hi:
            head = _after_noun(p, lex, i + 1, hi)
            if head is not None:
                cue, src = [i], np_after(toks, i + 1, hi, names) or (i + 1, head + 1)
        if not cue and low == "nach" and i - 1 >= lo and toks[i - 1].text in lex.after_nouns:
            a = i - 1
            if a - 1 >= lo and toks[a - 1].low.startswith(
                ("sein", "ihr", "unser", "der", "des", "dem", "eigene")
            ):
                a -= 1
            cue, src = [i], (a, i)
        if not cue and p.lang == "de" and low == "so" and i > lo and toks[i - 1].text in ",–—":
            src = np_after(toks, i + 1, hi, names)
            if src is None and i + 1 < hi and toks[i + 1].low in PRONOUNS:
                src = (i + 1, i + 2)
            if src is None or not (
                src[1] >= end
                or toks[src[1]].is_punct
                or toks[src[1]].low
                in (
                    "am",
                    "im",
                    "in",
                    "bei",
                    "vor",
                    "auf",
                    "gegenüber",
                    "weiter",
                    "nach",
                    "wörtlich",
                )
            ):
                continue
            cue = [i]
            msg, q = _message_before(p, lo, i)
            out.append(
                Stmt(
                    s,
                    "direct" if q else "indirect",
                    msg,
                    cue,
                    src,
                    toks[src[0]].low in PRONOUNS,
                    quote=q,
                )
            )
            continue
        if not cue:
            for phrase in lex.impersonal:
                if phrase and phrase[0] != low:
                    continue
                n = len(phrase)
                if tuple(lows[i : i + n]) == phrase:
                    cue = list(range(i, i + n))
                    break
            if cue:
                cs, ce = p.clause(i)
                if cs > lo:
                    msg, q = _message_before(p, lo, cs)
                else:
                    msg, q = _message_after(p, ce, end)
                if msg[1] > msg[0]:
                    out.append(Stmt(s, "direct" if q else "indirect", msg, cue, None, quote=q))
                continue
        if not cue and t.text in lex.nouns and i > lo and i + 1 < hi:
            g = toks[i - 1]
            if (i - 1) in names and g.text.endswith("s"):
                k = i + 1
                while k < hi and toks[k].text not in (",", ":"):
                    k += 1
                if (
                    k + 2 < end
                    and toks[k + 1].low
                    not in ("und", "aber", "oder", "der", "die", "das", "welche")
                    or k + 2 < end
                    and toks[k + 1].low in ("die", "der", "das")
                    and any(toks[x].low in lex.subjunctive for x in range(k + 2, end))
                ):
                    msg, q = _message_after(p, k, end)
                    out.append(Stmt(s, "indirect", msg, [i], (i - 1, i), quote=q))
            continue
        if not cue and low in lex.adverbs:
            msg = (i + 1, end) if low == "wonach" else (lo, end)
            out.append(Stmt(s, "indirect", msg, [i], None))
            continue
        if not cue:
            continue
        last = max([*cue, *(range(*src) if src else [])])
        first = min([*cue, *(range(*src) if src else [])])
        after_comma = last + 1 < end and toks[last + 1].text in ",;–—"
        if first <= lo + 1:
            k = last + 1
            msg, q = _message_after(p, k, end)
        elif (
            after_comma
            and toks[first - 1].text == ","
            and first >= 2
            and toks[first - 2].low in ("that", "dass", "and", "but")
        ):
            msg, q = _message_after(p, last + 1, end)
        elif (
            last + 1 >= end
            or toks[last + 1].text in ",;"
            and not (last + 2 < end and toks[last + 2].low in _RELATIVE)
            or toks[first - 1].text in ",;"
        ):  # not before a relative clause: "laut Angaben ihrer Witwen, die dort arbeiteten, ..."
            msg, q = _message_before(p, lo, first)
        else:
            msg, q = (lo, end), None
        if msg[1] > msg[0]:
            out.append(
                Stmt(
                    s,
                    "direct" if q else "indirect",
                    msg,
                    cue,
                    src,
                    bool(src and toks[src[0]].low in PRONOUNS),
                    quote=q,
                )
            )
    return out


_TEXT = attrgetter("text")
_RELATIVE = {"der", "die", "das", "welche", "welcher", "welches", "dessen", "deren"}


def _after_noun(p: Para, lex: CueLexicon, k: int, hi: int) -> int | None:
    """Index of an attribution noun ("Angaben", "Polizeiangaben") within the NP at ``k``."""
    toks = p.toks
    for j in range(k, min(k + 4, hi)):
        t = toks[j]
        if t.is_punct:
            return None
        if t.text[:1].isupper():
            if t.text in lex.after_nouns or t.low.endswith(lex.after_suffixes):
                return j
            if j > k and toks[j - 1].text[:1].isupper():
                return None
    return None


def headline(p: Para, names: set[int]) -> Stmt | None:
    """A one-sentence paragraph "USA: Würden keine Friedenstruppe schicken"."""
    if len(p.bounds) != 1:
        return None
    lo, hi = p.bounds[0]
    if hi - lo > 16:
        return None
    toks = p.toks
    for k in range(lo + 1, min(lo + 5, hi - 2)):
        if toks[k].text == ":":
            if all(toks[j].text[:1].isupper() or toks[j].text == "-" for j in range(lo, k)):
                end = p.content_end(0)
                return Stmt(0, "headline", (k + 1, end), [k], (lo, k))
            return None
        if toks[k].is_punct:
            return None
    return None


KONJ_II = {"hätte", "hätten", "wäre", "wären", "würde", "würden"}


def subjunctive(p: Para, lex: CueLexicon, s: int, strict: bool = False) -> bool:
    """True when sentence ``s`` reads as reported speech (a Konjunktiv form, not 1st person);
    ``strict`` accepts Konjunktiv I only."""
    lo, hi = p.bounds[s]
    if lex.subjunctive.isdisjoint(p.lows[lo:hi]):
        return False  # no Konjunktiv word at all (the common case)
    toks = p.toks
    for k in range(lo, hi):
        t = toks[k]
        if strict and (t.low in KONJ_II or k == lo):
            continue
        if (
            t.low in lex.subjunctive
            and not (k > lo and toks[k - 1].low in ("ich", "wir"))
            and not (k + 1 < hi and toks[k + 1].low in ("ich", "wir"))
        ):
            return True
    return False


def _name_like(word: str) -> bool:
    """A capitalised word, a short lower-case one (the agencies "dpa", "afp", "epd") or one
    shaped like a name ("faz.net", "el-Baradei"), not the verb after the adverb "laut"
    ("wird laut aufgerufen")."""
    return (
        word[:1].isupper()
        or len(word) <= 4
        or any(c in word for c in ".-")
        or any(c.isdigit() for c in word)
    )

"""A cue clause set in the middle of its message: "Die Lage, so Hegseth, sei ernst", "Der
Präsident sei, sagte Hegseth, Schuld daran", "The situation, he said, is serious".

The rules read the words on one side of such a cue clause as its message; when the words
on the other side are the rest of the same clause, the message runs over the cue clause,
which stays inside it (as the gold annotation's discontinuous messages do), and
``Stmt.gap`` marks it so that ``content_spans`` gives the message parts around it.
"""

from __future__ import annotations

from discourse.statements._clauses import SUBORDINATORS
from discourse.statements._cues import CueLexicon
from discourse.statements._english import _aux_like
from discourse.statements._rules import Para, Stmt
from discourse.statements._word_order import MODALS
from discourse.statements._words import AUX, FINITE, RELATIVE_WORDS

_CLOSE = {",", "–", "—"}
_MAX_CLAUSE = 16  # tokens of the cue clause: a longer one is no parenthesis
_MAX_FRONTED = 8  # tokens of a fronted phrase before the cue clause
# German words that open a subordinate clause ("Dass das nicht geht, ...")
_SUBORDINATE_DE = SUBORDINATORS | {
    "dass", "ob", "wie", "wo", "da", "obwohl", "bevor", "ohne", "um",
}  # fmt: skip
# words that open a subordinate clause, not a fronted phrase, in either language
_SUBORDINATE = _SUBORDINATE_DE | {
    "that", "if", "when", "while", "because", "as", "although", "after", "before", "since",
    "what", "how",
}  # fmt: skip
# German words that open a clause of its own after the cue clause: a subordinate or
# relative clause, a coordinated one, a new subject ("..., sagte Beckenbauer, er habe ...")
_OWN_CLAUSE = _SUBORDINATE_DE | RELATIVE_WORDS | {
    "statt", "anstatt", "und", "oder", "aber", "doch", "sondern", "denn", "sowie", "bzw.",
    "so", "dem", "den", "des", "ich", "du", "er", "sie", "es", "wir", "ihr", "man", "wobei",
    "womit", "worauf",
}  # fmt: skip
# pronouns that may stand between a fronted finite verb and the cue clause ("Doch sei es,
# so X, ein Haufen mächtiger Leute gewesen")
_AFTER_VERB = {"es", "das", "dies", "er", "sie"}


def across_parenthesis(p: Para, lex: CueLexicon, st: Stmt) -> None:
    """Extend ``st``'s message over its cue clause when the clause is a parenthesis inside
    the message: the words before it are a fronted phrase without a finite verb and the
    words after it open with one ("Die Lage, so Hegseth, sei ernst"; "Russia, Zelensky
    said, was stalling"), or (German) the words before end in the finite verb ("Der
    Präsident sei, so X, Schuld daran"). Not when a clause of its own follows ("...,
    sagte Hegseth, der am Montag ...", "..., so X, und ...").
    """
    if st.quote is not None or not st.cue or st.kind != "indirect" or st.msg[1] <= st.msg[0]:
        return
    toks, lows = p.toks, p.lows
    inner = [*st.cue, *(range(*st.src) if st.src else ())]
    start, last = min(inner), max(inner)
    lo = p.bounds[st.sent][0]
    end = p.content_end(st.sent)
    if start - 1 <= lo or toks[start - 1].text not in _CLOSE:
        return  # no comma or dash opens the cue clause
    if p.lang == "de" and lows[start] in RELATIVE_WORDS:
        return  # a relative clause: "Mit sechs von zehn Reisenden, die sich ... versichern, ..."
    k = last + 1
    while k < end and toks[k].text not in _CLOSE:
        if toks[k].is_quote or toks[k].text in ":;()" or k - start > _MAX_CLAUSE:
            return
        k += 1
    while k < end and toks[k].text in _CLOSE:
        k += 1
    if k >= end:
        return
    a, b = st.msg
    if b == start - 1 and toks[k].is_quote and p.lang == "de":
        # "Die Verhandlungen seien, wie X sagte, „in einer entscheidenden Phase“"
        stop = next((c + 1 for o, c, _, _ in p.quotes if o == k and c < end), k)
    elif b == start - 1:  # the message before: "Die Lage, so Hegseth, ..."
        stop = next((x for x in range(k, end) if toks[x].text in ":;" or toks[x].is_quote), end)
    elif a == k:  # the message after: "The situation, he said, is serious"
        a, stop = lo, b
    else:
        return
    if sum(1 for x in range(k, stop) if not toks[x].is_punct) < 2:
        return
    fronted = (a, start - 1)
    if lows[a] in _SUBORDINATE or any(toks[x].is_punct for x in range(*fronted)):
        return  # not one fronted phrase: "Dass das nicht geht, begründete X mit ..."
    if not (
        _continues(p, lex, fronted, k)
        or (b == start - 1 and _and_clause_en(p, lex, fronted, k))
        or (b == start - 1 and _after_wie_clause(p, lex, fronted, start, k))
    ):
        return
    st.msg, st.gap = (a, stop), (start - 1, k)


def fronted_quotation(p: Para, lex: CueLexicon, st: Stmt) -> None:
    """German: a quoted phrase that opens the sentence before the cue clause and the rest
    of its clause after it („In absehbarer Zeit“, so Pötsch, wird VW ein Fahrzeug
    entwickeln): one statement whose message is the whole clause, the cue clause inside
    it (``st.gap``). Before, the message was the fronted phrase alone. Not when the
    quotation is a sentence of its own („Wir sind bereit“, sagte X, „das …“: a split
    quotation) or a clause of its own follows ("..., sagte X, und ...").
    """
    if p.lang != "de" or st.kind != "direct" or not st.cue or st.src is None or not st.quote:
        return
    toks, lows = p.toks, p.lows
    o, c = st.quote
    lo = p.bounds[st.sent][0]
    inner = [*st.cue, *range(*st.src)]
    start, last = min(inner), max(inner)
    finite = FINITE | AUX | MODALS | lex.subjunctive
    if (
        o != lo
        or st.gap is not None
        or start != c + 2
        or toks[c + 1].text != ","
        or toks[c - 1].is_punct  # „Wir müssen.“ / „..., “: a sentence, not a phrase
        or c - o - 1 > _MAX_FRONTED
        or any(lows[x] in finite or lows[x] in _SUBORDINATE for x in range(o + 1, c))
    ):
        return
    k = last + 1
    end = p.content_end(st.sent)
    if k + 1 >= end or toks[k].text != ",":
        return
    f = lows[k + 1]
    if f not in finite or f in lex.verbs or f in _OWN_CLAUSE or not toks[k + 1].text.islower():
        return
    st.kind, st.quote = "indirect", None
    st.msg, st.gap = (o, end), (c + 1, k + 1)


def _continues(p: Para, lex: CueLexicon, fronted: tuple[int, int], k: int) -> bool:
    """The words from ``k`` on are the rest of the clause ``fronted`` opens."""
    toks, lows = p.toks, p.lows
    a, b = fronted
    f = lows[k]
    quoted = toks[k].is_quote and p.lang == "de"  # „...“ after the cue clause: only after
    if (toks[k].is_punct and not quoted) or f in lex.verbs:  # the finite verb (below)
        return False
    if p.lang == "en":
        return (
            _aux_like(f)
            and b - a <= _MAX_FRONTED
            and not any(_aux_like(lows[x]) for x in range(a, b))
        )
    if p.lang != "de" or f in _OWN_CLAUSE:
        return False
    finite = FINITE | AUX | MODALS | lex.subjunctive
    last = b - 1
    if last > a and lows[last] in _AFTER_VERB:
        last -= 1
    # "Die Lage, so X, sei ernst" (not "Von einer Abarbeitung, wie X behaupte, kann keine
    # Rede sein": a "wie" clause after a phrase is about the phrase)
    if (
        not quoted
        and f in finite
        and lows[b + 1] != "wie"
        and b - a <= _MAX_FRONTED
        and not any(lows[x] in finite for x in range(a, b))
    ):
        return True
    return lows[last] in finite and last - a <= 6  # "Der Präsident sei, so X, Schuld daran"


def _after_wie_clause(
    p: Para, lex: CueLexicon, fronted: tuple[int, int], start: int, k: int
) -> bool:
    """German: a "wie X sagte" clause set between a main clause's verb and the rest of that
    clause ("Der Ausbau kommt, wie die Ministerin sagte, schneller voran als erwartet"):
    the words after it open no clause of their own and hold no finite verb."""
    if p.lang != "de" or p.lows[start] != "wie" or fronted[1] - fronted[0] > 12:
        return False
    toks, lows = p.toks, p.lows
    f = lows[k]
    if toks[k].is_punct or f in _OWN_CLAUSE or f in lex.verbs or not toks[k].text.islower():
        return False
    end = p.content_end(toks[k].sent)
    finite = FINITE | AUX | MODALS | lex.subjunctive
    if any(lows[x] in finite or toks[x].text in ",;:" for x in range(k, end)):
        return False  # "..., wie X sagte, werde die Lage ...": a clause of its own
    # the words before the "wie" clause: a subject and a finite verb (a clause, not a phrase)
    return any(toks[x].text.islower() and not toks[x].is_punct for x in range(*fronted))


def _and_clause_en(p: Para, lex: CueLexicon, message: tuple[int, int], k: int) -> bool:
    """English: the clause ``message`` before the cue clause has a finite verb and the words
    from ``k`` on are a second clause joined to it ("The strategy had failed, the minister
    conceded, [and a new approach was needed]"); not a second verb of the speaker ("...,
    he said, and called for talks") or a statement of its own ("..., and she added that")."""
    lows, toks = p.lows, p.toks
    a, b = message
    if (
        p.lang != "en"
        or lows[k] not in ("and", "but")
        or not any(_aux_like(lows[x]) for x in range(a, b))
    ):
        return False
    end = p.content_end(toks[k].sent)
    j = k + 1
    if (
        j >= end
        or toks[j].is_punct
        or not (
            lows[j] in ("the", "a", "an", "this", "that", "it", "there", "we", "they", "he", "she")
            or toks[j].text[:1].isupper()
        )
    ):
        return False
    if any(lows[x] in lex.verbs for x in range(j, end)):
        return False
    return any(_aux_like(lows[x]) for x in range(j + 1, min(end, j + 6)))


def end_before_outer_cue(p: Para, stmts: list[Stmt]) -> None:
    """A statement inside the message of another whose cue clause follows that message
    ends before that cue clause: in "Die Polizei habe nicht dargelegt, dass eine Gefahr
    bestehe, sagte der Richter", the police's message is "dass eine Gefahr bestehe", not
    "..., sagte der Richter". Changes the statements in place. German only (checked on
    German text)."""
    if p.lang != "de":
        return
    for outer in stmts:
        if not outer.cue or outer.gap is not None or outer.msg[1] > min(outer.cue):
            continue
        c = min(outer.cue) if outer.src is None else min(min(outer.cue), outer.src[0])
        for st in stmts:
            a, b = st.msg
            if st is outer or not (outer.msg[0] <= min(st.cue or [a]) < outer.msg[1] < c < b):
                continue
            k = c
            while k > a and p.toks[k - 1].text in _CLOSE:
                k -= 1
            if k > a:
                st.msg = (a, k)

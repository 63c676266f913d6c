"""Attribution markers, headlines and Konjunktiv continuation (rules on one paragraph)."""

from __future__ import annotations

import re
from itertools import compress
from operator import attrgetter, or_

from discourse.statements._clauses import SUBORDINATORS
from discourse.statements._cues import CueLexicon
from discourse.statements._english import colon_dateline, dateline_end
from discourse.statements._rules import (
    PRONOUNS,
    Para,
    Stmt,
    _message_after,
    _message_before,
    _subject,
)
from discourse.statements._source import ATTACH, _np, may_be_finite, np_end, zufolge_prefield
from discourse.statements._speaker_parse import _known
from discourse.statements._text import (
    CLAUSE_PUNCT,
    Tok,
    group_close,
    is_opener,
    is_quote_mark,
    np_after,
    np_before,
)
from discourse.statements._word_order import MODALS
from discourse.statements._words import (
    ADJ_ENDINGS,
    AUX,
    DE_ARTICLES,
    DE_PREPOSITIONS,
    DE_STOP,
    EN_NOT_SOURCE,
    FINITE,
    OPENERS_NOT_SUBJECT,
    RELATIVE_WORDS,
    RUBRICS,
    SEIN_FORMS,
    SKIP_AFTER,
)

# quantifiers before a noun that make "<noun> nach" the object of "nachgehen" ("jedem
# Hinweis nach"), not an attribution ("Seinen Angaben nach", "Einem Bericht nach")
_NOT_ATTRIBUTING = {"jedem", "jeden", "keinem", "allen"}
# labels before a headline's colon that name no speaker: rubrics and the turns of a Q&A
_NO_SPEAKER = RUBRICS | {
    "frage", "antwort", "question", "answer", "q", "a", "f", "pro", "contra", "kontra",
}  # fmt: skip


# after the source of ", so X": where X comes from, part of the source ("so Karl Harb von
# den Salzburger Nachrichten", "so Hans Meier vom Roten Kreuz", "so ein Sprecher aus Berlin")
_ORIGIN = frozenset({"von", "vom", "aus"})


def _with_origin(
    toks: list[Tok], src: tuple[int, int], hi: int, names: set[int]
) -> tuple[int, int]:
    """``src`` extended by a following "von/vom/aus" phrase that ends the clause."""
    k = src[1]
    if k + 1 >= hi or toks[k].low not in _ORIGIN:
        return src
    tail = np_after(toks, k + 1, hi, names)
    if tail is None or not (tail[1] >= hi or toks[tail[1]].is_punct):
        return src
    return (src[0], tail[1])


# English nouns of records that say nothing themselves: "according to the data", "according
# to figures released on Friday", "according to court records", "according to the schedule"
_EN_RECORDS = {
    "data", "figures", "statistics", "stats", "records", "numbers", "results", "schedule",
    "timetable", "calendar", "tally", "count", "estimates", "projections", "forecasts",
    "timeline", "timelines", "roadmap",
}  # fmt: skip


def _records_only(p: Para, a: int, b: int) -> bool:
    """The English source ``a`` .. ``b`` of "according to" is records without a body
    that keeps them: one of the first four words is a noun of :data:`_EN_RECORDS` and no
    "from", "by" or "of" before a capitalised word follows ("according to the data",
    "according to official figures", "according to the state's construction timeline";
    not "according to data from the Labor Department",
    "according to ECLAC data", "according to a survey by Gallup")."""
    lows, toks = p.lows, p.toks
    head = next((j for j in range(a, min(b, a + 4)) if lows[j] in _EN_RECORDS), None)
    if head is None or any(toks[j].text[:1].isupper() for j in range(a, head)):
        return False  # "according to ECLAC data": the body's data
    return not any(
        lows[j] in ("from", "by", "of", "at")
        and any(toks[x].text[:1].isupper() for x in range(j + 1, min(b, j + 4)))
        for j in range(a, b)
    )


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
                    if _records_only(p, i + n, k):
                        break  # "according to the data": numbers, no speaker
                    k = _before_relative_en(p, i + n, k)
                    cue, src = list(range(i, i + n)), (i + n, k) if k > i + n else None
                else:
                    cue = list(range(i, i + n))
                    src = np_after(toks, i + n, hi, names)
                    if src is not None and i > lo + 1:
                        src = _with_apposition(toks, src, hi, names)
                    if (
                        src is None
                        and i + n < hi
                        and not toks[i + n].is_punct
                        and toks[i + n].low not in DE_STOP
                        and _name_like(toks[i + n].text)
                    ):
                        src = (i + n, i + n + 1)  # "laut faz.net", "laut el-Baradei"
                    if src is None and i + n < hi and toks[i + n].is_quote:
                        k = group_close(toks, i + n, hi, is_quote_mark, 6, inner_punct=False)
                        if k is not None and toks[i + n + 1].text[:1].isupper():
                            src = (i + n, k + 1)  # a quoted name: "laut „Computerwoche“"
                    if src is None:
                        cue = []  # the adjective: "Zweifel wurden laut, ...", "sehr laut und"
                break
        if not cue and low in lex.source_before and i > lo:
            cue, src = [i], zufolge_prefield(p, lo, i, end) or np_before(toks, i, lo)
        if not cue and low == "nach" and i + 1 < hi:
            head = _after_noun(p, lex, i + 1, hi)
            if head is not None:
                cue, src = [i], np_after(toks, i + 1, hi, names) or (i + 1, head + 1)
        if (
            not cue
            and low == "nach"
            and i - 1 >= lo
            and toks[i - 1].text in lex.after_nouns
            and not (i - 2 >= lo and toks[i - 2].low in _NOT_ATTRIBUTING)
        ):  # not the particle of "nachgehen": "Man gehe jedem Hinweis nach(, ...)."
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
            elif src is not None:
                src = _with_origin(toks, src, hi, names)
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
                where = _place_before_relative(p, lo, cs) if cs > lo else None
                if where is not None and ce < end:
                    # "In der Vorabversion des Berichts, der ... gestellt wurde, heißt es, ..."
                    msg, q = _message_after(p, ce, end)
                    if msg[1] > msg[0]:
                        kind = "direct" if q else "indirect"
                        out.append(Stmt(s, kind, msg, cue, where, quote=q))
                    continue
                if cs > lo:
                    msg, q = _message_before(p, lo, cs)
                else:
                    msg, q = _message_after(p, ce, end)
                if msg[1] > msg[0]:
                    out.append(Stmt(s, "direct" if q else "indirect", msg, cue, None, quote=q))
                continue
            st = _wie_es_hiess(p, s, i, lo)
            if st is not None:
                out.append(st)
                continue
        if not cue and low in lex.judgement:
            st = judgement_statement(p, lex, s, i)
            if st is not None:
                out.append(st)
            continue
        if not cue and t.text == "Rede" and p.lang == "de":
            st = _die_rede(p, s, i)
            if st is not None:
                out.append(st)
                continue
        if not cue and t.text in lex.nouns and i > lo and i + 1 < hi:
            g = toks[i - 1]
            if t.text in lex.light_nouns and not ((i - 1) in names and g.text.endswith("s")):
                st = light_verb_statement(p, lex, s, i, names)
                if st is not None:
                    out.append(st)
                continue
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
        if not cue and low in lex.document_adverbs:
            verb = lows[i + 1] if i == lo and i + 1 < hi else lows[i - 1]
            if _document_before(p, s) and not _past(verb):
                # "... neue Quartalszahlen. Danach verzeichnet ..." (not "Danach gab es")
                out.append(Stmt(s, "indirect", (lo, end), [i], (i, i + 1), True))
            continue
        if not cue and low in lex.adverbs:
            if low == "wonach":
                out.append(Stmt(s, "indirect", (i + 1, end), [i], None))
            else:  # "Demnach ...": the adverb points back to its source, like a pronoun
                out.append(Stmt(s, "indirect", (lo, end), [i], (i, i + 1), True))
            continue
        if not cue:
            continue
        if p.lang == "de" and src is not None and min(cue) <= lo + 1 and max(cue) < src[0]:
            src = _prefield_source(p, src, end)
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
            and not (last + 2 < end and toks[last + 2].low in RELATIVE_WORDS)
            and not (src is not None and _closed_apposition(toks, src))
            or toks[first - 1].text in ",;"
        ):  # not before a relative clause: "laut Angaben ihrer Witwen, die dort arbeiteten, ..."
            msg, q = _message_before(p, lo, first)
            if p.lang == "en":  # "SYDNEY — [Qantas will retire ...], according to X"
                msg = (dateline_end(p, msg[0], msg[1]), msg[1])
        else:
            msg, q = (_main_clause_start(p, lex, lo, first), end), None
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


def _before_relative_en(p: Para, a: int, k: int) -> int:
    """The end of the English source ``a`` .. ``k`` of "according to" before a relative
    clause ("according to [two U.S. officials] who spoke on condition of anonymity"; not
    "WHO", the World Health Organization)."""
    for j in range(a + 2, k):
        if (
            p.lows[j] in ("who", "whom")
            and p.toks[j].text != "WHO"
            and p.toks[j - 1].text.isalpha()
        ):
            return j
    return k


def _main_clause_start(p: Para, lex: CueLexicon, lo: int, first: int) -> int:
    """German: where the main clause that holds the marker at ``first`` starts when a main
    clause of its own stands before it ("Die Mutter soll … mitbekommen haben, [diese Taten
    seien aber laut der Oberstaatsanwältin verjährt]", "Das Video war drei Stunden zu
    sehen, [dann wurde es laut einem Sprecher gelöscht]"), else ``lo``: the message is that
    clause, not the whole sentence. Not after a subordinate or relative clause ("Was als
    Backdoor bezeichnet wird, ist laut dem Unternehmen ...", "Sollte X verkauft werden,
    haben ..."), before a relative "was" or a verb whose subject is the first clause's
    ("..., kann nach Angaben des Betreibers aber auch ... erfolgen")."""
    if p.lang != "de":
        return lo
    cs, _ = p.clause(first)
    toks, lows = p.toks, p.lows
    finite = FINITE | AUX | lex.subjunctive | MODALS
    if (
        cs <= lo + 2
        or toks[cs - 1].text != ","
        or lows[cs] in RELATIVE_WORDS
        or lows[cs] in _SUBORDINATE_OPENERS
        or lows[cs] in finite
        or toks[cs].is_punct
        or lows[lo] in _SUBORDINATE_OPENERS
        or lows[lo] in finite
        or any(toks[k].text in ",;:" or toks[k].is_quote for k in range(lo, cs - 1))
    ):
        return lo
    # the clause before has a finite verb; the one at ``cs`` has its own before the marker
    if not any(lows[k] in finite for k in range(lo, cs - 1)):
        return lo
    return cs if any(lows[k] in finite for k in range(cs + 1, min(first, cs + 4))) else lo


# words that open a clause that is no main clause of its own, or join one to the first
_SUBORDINATE_OPENERS = SUBORDINATORS | {
    "dass", "ob", "da", "damit", "sodass", "wie", "wo", "um", "und", "oder", "was", "wer",
    "sofern", "bis",
}  # fmt: skip


_TEXT = attrgetter("text")


def _document_before(p: Para, s: int) -> bool:
    """The sentence before ``s`` in the paragraph names a document or figures by a noun
    that ends like ``_DOCUMENT_ENDS`` ("eine Studie", "neue Quartalszahlen", "den Federal
    Reserve Act", "einen Gesetzentwurf")."""
    if s == 0:
        return False
    lo, hi = p.bounds[s - 1]
    return any(t.text[:1].isupper() and t.low.endswith(_DOCUMENT_ENDS) for t in p.toks[lo:hi])


def _past(verb: str) -> bool:
    """A German verb form in the past tense ("entwickelten", "gab"): a story told on."""
    return verb.endswith(("te", "ten")) or verb in _STRONG_PAST


_STRONG_PAST = {
    "gab", "gaben", "kam", "kamen", "fand", "fanden", "ging", "gingen", "war", "waren",
    "wurde", "wurden", "hatte", "hatten", "fing", "fingen", "nahm", "nahmen", "stand",
    "standen", "blieb", "blieben", "fuhr", "fuhren", "zog", "zogen", "brach", "brachen",
}  # fmt: skip


_DOCUMENT_ENDS = (
    "studie", "umfrage", "bericht", "gesetz", "entwurf", "act", "zahlen", "statistik",
    "erhebung", "prognose", "untersuchung", "analyse", "urteil", "papier", "dokument",
    "mitteilung", "befragung", "auswertung", "bilanz", "hochrechnung", "report", "daten",
    "ergebnisse", "schätzung", "prozent",
)  # fmt: skip


def _with_apposition(toks: list, src: tuple[int, int], hi: int, names: set[int]) -> tuple[int, int]:
    """A source in mid-sentence with its apposition set off by commas ("laut dem
    Chefankläger des Strafgerichts, Luis Moreno Ocampo, ..."): the span up to the name."""
    a, b = src
    if b + 1 < hi and toks[b].text == ",":
        e = np_after(toks, b + 1, hi, names)
        if e is not None and e[1] < hi and toks[e[1]].text == "," and e[1] - b <= 6:
            return (a, e[1])
    return src


def _prefield_source(p: Para, src: tuple[int, int], end: int) -> tuple[int, int]:
    """A marker source that opens the sentence runs up to the finite verb (German puts one
    phrase before it): with its attributes ("Nach Angaben der Opposition im Iran
    weigerten sich ..."), coordinated nouns ("der Polizei und der Staatsanwaltschaft") and an
    apposition in commas ("Nach Angaben von Sam Maiha, dem Direktor der Behörde, hatten
    ..."). Kept as it was unless a verb-like word follows the longer span."""
    toks = p.toks
    b = _np(p, src[0], end, set())
    if b is None:
        return src
    verb_at = b
    while b + 1 < end:
        t = toks[b]
        nxt = _np(p, b + 1, end, set())
        if nxt is None:
            break
        if t.low in ATTACH or t.low in ("und", "sowie"):
            b = verb_at = nxt
        elif t.text == "," and nxt < end and toks[nxt].text == "," and nxt - b <= 8:
            b, verb_at = nxt, nxt + 1  # the apposition's closing comma stays outside
            break
        else:
            break
    if b <= src[1] or verb_at >= end:
        return src
    return (src[0], b) if may_be_finite(toks[verb_at]) else src


def _closed_apposition(toks: list, src: tuple[int, int]) -> bool:
    """The source holds an apposition after a comma (see :func:`_with_apposition`)."""
    return any(toks[k].text == "," for k in range(src[0], src[1]))


def _die_rede(p: Para, s: int, i: int) -> Stmt | None:
    """ "In dem Schreiben war von einem offenen Dialog die Rede" / "ist die Rede von X": what
    the "von" phrase names was said (cue: the form of "sein", "von", "die Rede"); a place
    opening the sentence ("In dem Schreiben") is the source. Kept whatever the news model
    says (the phrase is rare in its training text)."""
    toks, lows = p.toks, p.lows
    lo = p.bounds[s][0]
    end = p.content_end(s)
    if i - 1 <= lo or lows[i - 1] != "die":
        return None
    verb = von = None
    for k in range(i - 2, lo - 1, -1):  # back to the form of "sein", over a quotation
        if toks[k].text in ",;:":
            return None
        if lows[k] in ("von", "vom") and von is None:
            von = k
        if lows[k] in SEIN_FORMS:
            verb = k
            break
    if verb is None:
        return None
    if von is not None:  # "war von X die Rede"
        msg = (von + 1, i - 1)
    elif i + 2 < end and lows[i + 1] in ("von", "vom"):  # "ist die Rede von X"
        von, msg = i + 1, (i + 2, end)
    else:
        return None
    if msg[1] <= msg[0]:
        return None
    src = (lo, verb) if lows[lo] in ("in", "im", "auf", "aus") and verb > lo + 1 else None
    return Stmt(s, "reported", msg, [i, verb, von, i - 1], src, sure=True)


def light_verb_statement(p: Para, lex: CueLexicon, s: int, i: int, names: set[int]) -> Stmt | None:
    """A noun of saying or opinion with a light verb and a clause after it: "Die DSW ist der
    Ansicht, dass ...", "Wissenschaftler stellten die Theorie auf, dass ...", "Gysi hatte
    die These vertreten, die Partei stagniere". The cue is the verb, the article and
    adjectives before the noun, the noun and a particle or participle closing the clause;
    the source the subject."""
    toks = p.toks
    lo, hi = p.bounds[s]
    cs, ce = p.clause(i)
    if ce + 2 >= hi or toks[ce].text not in ",:":
        return None
    end = p.content_end(s)
    if not _clause_follows(p, lex, ce, end):
        return None
    verb = next((k for k in range(i - 1, cs - 1, -1) if _verb_like(toks[k].low, lex)), None)
    if verb is None or i - verb > 8 or any(toks[k].is_punct for k in range(verb, i)):
        return None
    cue = [i, verb]
    k = i - 1
    while k > verb and toks[k].text[:1].islower() and toks[k].low.endswith(_ADJ_OR_ART):
        cue.append(k)  # "der gegenteiligen Auffassung", "die These"
        k -= 1
    tail = ce - 1
    if tail > i and toks[tail].text[:1].islower() and not toks[tail].is_punct:
        cue.append(tail)  # "stellten die Theorie auf", "hatte die These vertreten"
    src = _subject_before_verb(p, cs, verb)
    if src is None:  # "Angesichts der Lage kamen die Experten zu dem Schluss, ..."
        k = verb + 1
        while k < i and toks[k].low in SKIP_AFTER:
            k += 1
        src = np_after(toks, k, i, names)
    msg, q = _message_after(p, ce, end)
    if msg[1] <= msg[0]:
        return None
    return Stmt(s, "direct" if q else "indirect", msg, cue, src, False, quote=q)


def _clause_follows(p: Para, lex: CueLexicon, ce: int, end: int) -> bool:
    """A clause of what is said follows the comma or colon at ``ce``: "dass"/"ob", a
    Konjunktiv verb or a zu-infinitive soon after it."""
    toks = p.toks
    return (
        toks[ce + 1].low in ("dass", "ob")
        or toks[ce].text == ":"
        or any(
            toks[k].low in lex.subjunctive or toks[k].low == "zu"
            for k in range(ce + 1, min(end, ce + 12))
        )
    )


def judgement_statement(p: Para, lex: CueLexicon, s: int, i: int) -> Stmt | None:
    """A verb of judging with "es", "für"/"als" and an adjective before a clause: "Er hält
    es jedoch für möglich, dass ...", "Das Gericht sah es als erwiesen an, dass ...",
    "Trotzdem hält er es für wichtig, ... zu ...". The cue is the verb, "es", "für"/"als",
    the adjective and a closing particle; the source the subject."""
    toks = p.toks
    hi = p.bounds[s][1]
    cs, ce = p.clause(i)
    if p.lang != "de" or i + 3 >= ce or ce + 2 >= hi or toks[ce].text != ",":
        return None
    end = p.content_end(s)
    k = i + 1
    pronoun = toks[k].low in _JUDGE_PRONOUNS
    if pronoun:
        k += 1  # "hält man es für möglich"
    if toks[k].low != "es":
        return None
    if not (_clause_follows(p, lex, ce, end) or toks[ce + 1].low == "wenn"):
        return None
    es = k
    k += 1
    while k < ce and toks[k].low in SKIP_AFTER:
        k += 1  # "hält es jedoch für möglich"
    if k + 1 >= ce or toks[k].low not in ("für", "als"):
        return None
    words = range(k + 1, ce)
    if len(words) > 3 or any(not toks[x].text[:1].islower() for x in words):
        return None  # "für möglich", "für immer unwahrscheinlicher", "als erwiesen an"
    src = (i + 1, i + 2) if pronoun else _subject_before_verb(p, cs, i)
    msg, q = _message_after(p, ce, end)
    if msg[1] <= msg[0]:
        return None
    cue = [i, es, k, *words]
    return Stmt(s, "direct" if q else "indirect", msg, cue, src, pronoun, quote=q)


_JUDGE_PRONOUNS = {"er", "sie", "man", "wir", "ich"}


def _subject_before_verb(p: Para, cs: int, verb: int) -> tuple[int, int] | None:
    """The subject between the clause start ``cs`` and the verb, unless the clause opens
    with an adverbial ("Dabei hält es ...", "Angesichts der Lage kamen ..."); "das" before
    a noun is the subject's article ("Das Gericht ist der Ansicht")."""
    toks = p.toks
    if verb <= cs:
        return None
    article = toks[cs].low in ("das", "dieses") and toks[cs + 1].text[:1].isupper()
    if not article and (toks[cs].low in OPENERS_NOT_SUBJECT or is_opener(toks[cs].low)):
        return None
    return _subject(p, (cs, verb))


def _verb_like(low: str, lex: CueLexicon) -> bool:
    """A finite or light verb form ("ist", "sind", "vertritt", "stellten", "kamen")."""
    return low in AUX or low in FINITE or low in _LIGHT or low in lex.verbs


# light verbs of the construction ("kamen zu dem Schluss", "stellten die Theorie auf")
_LIGHT = {
    "kam", "kamen", "kommt", "kommen", "zog", "zogen", "zieht", "ziehen", "fasste", "fassten",
    "fasst", "stellte", "stellten", "stellt", "vertrat", "vertraten", "vertritt", "vertreten",
    "teilt", "teilte", "teilten", "teilen", "hält", "hielt", "hielten", "halten", "bin", "bist",
    "seid", "bleibt", "blieb", "blieben", "formulierte", "formulierten", "formuliert", "äußerte",
    "äußerten", "gelangte", "gelangten", "brachte", "brachten",
}  # fmt: skip
_ADJ_OR_ART = (*ADJ_ENDINGS, "ie", "as")  # also the articles "die", "das"


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


# English nouns before a headline's colon that name a source ("Study: ...", "Police: ...")
_EN_SOURCE_NOUNS = {
    "police", "government", "army", "military", "court", "ministry", "study", "report",
    "poll", "survey", "research", "official", "source", "minister", "president", "judge",
    "doctor", "expert", "scientist", "prosecutor", "union",
}  # fmt: skip


def _topic_en(word: str, named: bool) -> bool:
    """The one word before an English headline's colon names a topic, no speaker: a
    singular dictionary noun ("Drought: Hosepipe ban to start Friday"); not a name the
    registry knows ("Starmer: ..."), a plural ("Farmers: ...") or a source ("Police: ...")."""
    low = word.lower()
    return (
        not named
        and word[:1].isupper()
        and not low.endswith("s")
        and low not in _EN_SOURCE_NOUNS
        and _known(low, "en")
    )


def _speaks_in(body: str, word: str) -> bool:
    """The word before an English headline's colon is the subject of "said", "says" or
    "told" in the document: a company or body that speaks ("Lufthansa: Strike will ground
    half of Thursday's flights" over "Lufthansa said on Tuesday that ..."), no topic."""
    return re.search(rf"\b{re.escape(word)} (?:said|says|told)\b", body) is not None


def headline(p: Para, names: set[int], body: str = "") -> Stmt | None:
    """A one-sentence paragraph "USA: Würden keine Friedenstruppe schicken" (``body``: the
    document's text, for an English one-word label that may be a topic)."""
    if len(p.bounds) != 1:
        return None
    lo, hi = p.bounds[0]
    if hi - lo > 16:
        return None
    toks = p.toks
    for k in range(lo + 1, min(lo + 5, hi - 2)):
        if toks[k].text == ":":
            label = " ".join(toks[j].low for j in range(lo, k))
            if (
                label in _NO_SPEAKER
                or toks[lo].low in _NO_SPEAKER
                or toks[k - 1].low in _NO_SPEAKER
            ):
                return None  # "Interview: ...", "Kommentar: ...": a rubric, no speaker
            if p.lang == "en" and colon_dateline(p, lo, k) and not names.intersection(range(lo, k)):
                return None  # "SANGRUR: Gurnam Singh complained that ...": a dateline
            if (
                p.lang == "en"
                and k == lo + 1
                and _topic_en(toks[lo].text, lo in names)
                and not _speaks_in(body, toks[lo].text)
            ):
                return None  # "Drought: Hosepipe ban to start Friday": a topic, no speaker
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
            and (k == lo or not t.text[:1].isupper())  # mid-sentence a noun: "an Reiche"
            and not (k > lo and toks[k - 1].low in ("ich", "wir"))
            and not (k + 1 < hi and toks[k + 1].low in ("ich", "wir"))
            and not _set_subjunctive(p, lo, k)
        ):
            return True
    return False


def _place_before_relative(p: Para, lo: int, cs: int) -> tuple[int, int] | None:
    """The noun phrase of "In/Im/Aus NP, RELATIVE CLAUSE," opening the sentence before the
    clause at ``cs`` (an impersonal "heißt es"), else None."""
    toks = p.toks
    if p.lang != "de" or toks[lo].low not in ("in", "im", "aus") or toks[cs - 1].text != ",":
        return None
    e = np_end(p, lo + 1, cs, set())
    if e is None or e + 1 >= cs or toks[e].text != "," or toks[e + 1].low not in RELATIVE_WORDS:
        return None
    return (lo + 1, e) if p.clause(e + 1)[1] == cs - 1 else None


def _wie_es_hiess(p: Para, s: int, i: int, lo: int) -> Stmt | None:
    """ "..., wie es aus Diplomatenkreisen hieß": the clause before reported, the place
    after "aus" the source (cue: "hieß" and "wie"); opening the sentence ("Wie es aus
    Diplomatenkreisen hieß, sollen ..."), the clause after."""
    toks = p.toks
    if toks[i].low not in ("hieß", "heißt"):
        return None
    cs, ce = p.clause(i)
    if not (lo <= cs and cs + 2 <= i and toks[cs].low == "wie" and toks[cs + 1].low == "es"):
        return None
    if any(not toks[k].is_punct for k in range(i + 1, ce)):
        return None  # "hieß" must close its clause
    if cs > lo:
        msg, q = _message_before(p, lo, cs)
    elif ce < p.bounds[s][1] and toks[ce].text == ",":
        msg, q = _message_after(p, ce, p.content_end(s))
    else:
        return None
    if msg[1] <= msg[0]:
        return None
    if not (cs + 3 < i and toks[cs + 2].low in ("aus", "von", "in", "im")):
        return None  # "Der Christkindlmarkt, wie es heißt": a name, or hearsay without source
    return Stmt(s, "direct" if q else "indirect", msg, [i, cs], (cs + 2, i), quote=q, sure=True)


def _set_subjunctive(p: Para, lo: int, k: int) -> bool:
    """The Konjunktiv at ``k`` is a set phrase or a comparison, no reported speech: "es sei
    denn", "Gott sei Dank", "wie dem auch sei", "sei es ... oder", "als ob/wenn ... sei"."""
    lows = p.lows
    prev = lows[k - 1] if k > lo else ""
    nxt = lows[k + 1] if k + 1 < len(lows) and p.toks[k + 1].sent == p.toks[k].sent else ""
    if (prev, nxt) in (("es", "denn"), ("gott", "dank")) or (
        prev == "auch" and k - 3 >= lo and lows[k - 3] == "dem"
    ):
        return True
    after = lows[k + 2] if k + 2 < len(lows) else ""
    if lows[k] == "sei" and nxt == "es" and (after in DE_PREPOSITIONS or after in DE_ARTICLES):
        return "oder" in lows[k + 2 : p.bounds[p.toks[k].sent][1]]  # "sei es durch X oder Y"
    j = k - 1  # the clause the form stands in opens with "als ob" / "als wenn"
    while j > lo and p.toks[j].text not in ",;:–":
        j -= 1
    first = j + 1 if p.toks[j].text in ",;:–" else lo
    return first + 1 < k and lows[first] in ("als", "wie") and lows[first + 1] in ("ob", "wenn")


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

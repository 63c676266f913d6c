"""Source spans as the SpkAtt annotators mark them (German), for the rules' statements.

:func:`normalise_source` reshapes a source found by the rules or the model to the whole
noun phrase the gold marks: articles, adjectives, genitive and prepositional attributes
("der Sportchef von Bayer 04 Leverkusen"), an apposition set off by commas ("Hugo
Salcedo, Kopf einer Gruppe von Inspektoren") and a short parenthesis ("(UNMIS)"); never a
leading conjunction or preposition ("Wie die Premierministerin") and never the verb or
adverbials after it. :func:`guess_source` gives a cued statement without a source the
subject next to its cue ("Wie t-online.de berichtet", "gab die britische Polizei bekannt").
The noun-phrase machinery is in :mod:`._source`.
"""

from __future__ import annotations

from discourse.statements._passive import passive
from discourse.statements._rules import Para, Stmt
from discourse.statements._source import (
    _ADVERBIAL_PREP,
    _ART,
    _LEAD,
    _RELATIVE,
    _extend_left,
    _head,
    _inside,
    _list_goes_on,
    _not_a_source,
    _np,
    _np_back,
    attribute_run,
    zufolge_prefield,
)
from discourse.statements._text import COUNT_WORDS
from discourse.statements._verbs import GOVERNED, _time_word, second_clause_subject
from discourse.statements._words import (
    AUX,
    DE_PREPOSITIONS,
    FINITE,
    OPENERS_NOT_SUBJECT,
    SKIP_AFTER,
)


def normalise_source(p: Para, st: Stmt, names: set[int] | frozenset[int] = frozenset()) -> None:
    """Reshape ``st.src`` (in place) to the whole noun phrase the annotators mark
    (``names``: the tokens of actor mentions, which end a phrase before another name)."""
    if st.src is None or p.lang != "de":
        return
    if st.src == (st.cue[0], st.cue[0] + 1) if st.cue else False:
        return  # "Demnach ...": the adverb is its own (anaphoric) source
    if _not_a_source(p, *st.src):
        st.src = None
        guess_source(p, st)
        if st.src is None or _not_a_source(p, *st.src):
            st.src = None
            return
    a, b = st.src
    toks = p.toks
    s = toks[a].sent
    lo, hi = p.bounds[s]
    blocked = set(st.cue)
    if toks[a].text == "(" and a > lo and toks[a - 1].text[:1].isupper():
        a = _np_back(p, lo, a)  # "Dorothee Bär (CSU) zeigte sich ...": not the party alone
        st.src = (a, b)
    if b in blocked and b < hi and toks[b].low == "zufolge":
        whole = zufolge_prefield(p, lo, b, hi)  # "Den Behörden in Mombasa zufolge wurden"
        if whole is not None:
            st.src = whole
            return
        a = _np_back(p, a, b)
        if a > lo and toks[a - 1].low in _ART and toks[a].low not in _ART:
            a -= 1  # "dem Bericht zufolge" when the model kept only the noun
        st.src = (a, b)
        return
    # the rules' message starts right after the source, or after its comma behind a marker
    # ("Nach Ansicht von Senator Dodd, Vorsitzender des Ausschusses, hat ...": no message)
    glued = st.msg[0] == b or (
        st.msg[0] == b + 1
        and toks[b].text == ","
        and st.quote is None
        and toks[st.cue[0]].low in ("nach", "laut", "gemäß")
        and st.cue[0] < a
    )
    stop = hi
    if st.msg[0] > a and not glued and st.msg[0] >= b:
        stop = min(hi, st.msg[0])
    if st.cue and st.cue[0] < a and p.lex is not None:
        # "sprach CSU-Chef Markus Söder [von einem faulen Deal]": the verb's own
        # prepositional object is no attribute of its subject
        spec = p.lex.verbs.get(p.lows[st.cue[0]])
        prep = GOVERNED.get(spec[0]) if spec else None
        stop = next((k for k in range(b, stop) if p.lows[k] == prep), stop)
    if st.quote is not None and st.quote[0] >= b:
        stop = min(stop, st.quote[0])
    if toks[a].low == "dies" and a + 1 < b:
        a += 1  # "kommentiert dies Markus Distelberger": the object before the subject
    # drop leading conjunctions, prepositions and adverbs
    k = a
    while k < b - 1 and toks[k].low in _LEAD and toks[k].low not in _ART:
        k += 1
    if k != a and toks[k].low not in _LEAD:
        a = k
    if toks[a].low in ("er", "sie", "es", "man", "wir", "ich") or toks[a].low == "demnach":
        st.src = (a, min(b, a + 1))
        return
    end = _np(p, a, stop, blocked)
    if end is None:
        st.src = (a, b)
        return
    # an apposition: ", Manuela Roßbach" / ", ein Sprecher der SPLA" / ", Kopf einer Gruppe"
    decimal = (
        toks[end - 1].text[-1:].isdigit()
        and toks[end + 1 : end + 2]
        and (toks[end + 1].text[:1].isdigit())
    )  # "nach eigenen Angaben 3,5 Millionen Kunden"
    if end + 1 < stop and toks[end].text == "," and end + 1 not in blocked and not decimal:
        nxt = toks[end + 1]
        if nxt.low not in ("welche", "welcher", "dessen", "deren", "den", "dem") and (
            nxt.low in _ART or _head(nxt.text, nxt.low)
        ):
            e2 = _np(p, end + 1, stop, blocked)
            if e2 is not None:
                e2 = attribute_run(p, e2, stop, blocked)  # "Sprecher der UN-Büros in Birma"
            if e2 is not None and _list_goes_on(p, e2, stop):
                e2 = None  # "Merkel, Deutschland, Frankreich und Polen ...": a list
            if e2 is not None and (
                e2 >= stop
                or e2 in blocked
                or toks[e2].text in ",()"
                or (toks[e2].is_punct and toks[e2].text in ".!?:")
            ):
                end = e2
    if end < b:  # keep the rules' or the model's longer span unless a verb or clause follows
        k = end
        while k < b and k not in blocked and _inside(toks[k]):
            if toks[k].text == "," and (
                k + 1 >= b
                or (toks[k + 1].low in _RELATIVE and not _apposition_to(p, k + 1, b, blocked))
                or toks[k + 1].low in _ADVERBIAL_PREP
            ):
                break  # "Deiss, der sich ... entschlossen hatte", "..., Gerald Braun, in Luxemburg"
            k += 1
        while k > end and (
            toks[k - 1].is_punct and toks[k - 1].text != ")" or toks[k - 1].low in _ART
        ):
            k -= 1  # no trailing comma or article
        end = k
    a = _extend_left(p, a, lo, blocked, st.msg)
    end = _before_name_object(p, a, end, names)
    st.src = (a, end)
    if glued and end > b:
        k = end
        while k < st.msg[1] and toks[k].text in ",;":
            k += 1
        if k < st.msg[1]:
            st.msg = (k, st.msg[1])


def _apposition_to(p: Para, a: int, b: int, blocked: set[int]) -> bool:
    """Tokens ``a`` to ``b`` (after a comma) are an article noun phrase, not a relative
    clause ("Die Regierungsparteien, die PPP und die PML-N, hatten"; not "Deiss, der
    sich ... entschlossen hatte")."""
    toks = p.toks
    return toks[a].low in _ART and all(
        k not in blocked and _inside(toks[k]) and toks[k].text != "," for k in range(a, b)
    )


def _before_name_object(p: Para, a: int, end: int, names: set[int] | frozenset[int]) -> int:
    """The end of a source at "der"/"dem" between two actor names: an object, not a genitive
    ("hatte die Nato der Ukraine zugesichert" -> "die Nato")."""
    toks = p.toks
    for k in range(a + 1, end - 1):
        if toks[k].low in ("der", "dem") and k - 1 in names and k + 1 in names:
            return k
    return end


_OBLIQUE = {"den", "dem", "einen", "einem", "ihren", "seinen", "ihrem", "seinem"}
_NOT_SUBJECT = {
    "dies", "das", "es", "diese", "dieser", "dieses", "man", "damit", "dazu", "dabei", "darauf",
    "davon", "so", "auch", "zudem", "außerdem", "jedoch", "aber", "und", "oder", "nun", "heute",
}  # fmt: skip
_REL_PRONOUNS = {"der", "die", "das", "welcher", "welche", "welches"}
_VERB_FINAL = {"wie", "als", "dass", "ob", "nachdem", "weil", "während", "da", "wo"}
_CLAUSE_LEAD = {
    "wie", "als", "dass", "ob", "nachdem", "weil", "während", "da", "wo", "und", "auch", "so",
    "aber", "denn", "doch", "sondern", "oder",
}  # fmt: skip


_ORIGIN = {"aus", "von", "vom", "seitens", "bei", "beim"}
_PLACE_OR_ORIGIN = {"in", "im", "auf", "aus"}


def guess_source(p: Para, st: Stmt) -> None:
    """Give a cued statement without a source the subject noun phrase next to its cue."""
    if st.src is not None or not st.cue or st.inherit or st.kind == "headline":
        return
    if p.lang == "de" and passive(p, st.cue[0], st.cue):
        return  # "Klien wurde vorgeworfen, ...": the subject of a passive is no speaker
    toks = p.toks
    c = min(st.cue)
    cs, ce = p.clause(c)
    m0, m1 = st.msg

    def free(a: int, b: int) -> bool:
        return b <= m0 or a >= m1

    lo, hi = p.bounds[toks[c].sent]
    # "Laut „Welt“": a quoted name right after the marker
    if toks[c].low in ("laut", "nach") and c + 2 < hi and toks[c + 1].is_quote:
        q = next((qc for qo, qc, _, _ in p.quotes if qo == c + 1), None)
        if q is not None and 2 <= q - c <= 6 and q + 1 < m1 and m0 in (c + 1, c + 2):
            st.src = (c + 1, q + 1)
            st.msg = (q + 1, m1)
            if st.quote is not None and st.quote[0] <= q:
                st.quote = None
            return
    # "..., heißt es in einer Pressemitteilung des CCC" / "hieß es bei Russland Aktuell"
    k = c + 2
    if k + 2 < hi and toks[k].low == "am" and _time_word(toks[k + 1].low):
        k += 2  # "hieß es am Dienstag aus dem Ministerium"
    if (
        toks[c].low in ("heißt", "hieß")
        and k < hi
        and toks[c + 1].low == "es"
        and toks[k].low in ("in", "im", "bei", "beim", "vom", "von", "aus", "seitens")
    ):
        end = _np(p, k + 1, hi, set(st.cue))
        if end is not None and end + 1 < hi and toks[k].low == "in" and toks[end].low == "aus":
            k, end = end, _np(p, end + 1, hi, set(st.cue))  # "in Berlin aus Kreisen der ..."
        if end is not None and free(k, end) and end - k <= 12:
            st.src = (k, end)
            return
    # "In dem Antrag heißt es": the document named before an impersonal cue; "Aus
    # ägyptischen Sicherheitskreisen hieß es": where it came from
    if toks[c].low in ("heißt", "hieß") and c - 2 >= lo and c - 1 not in st.cue:
        a = c - 1
        while a > lo and not toks[a - 1].is_punct and toks[a - 1].low not in _PLACE_OR_ORIGIN:
            a -= 1
        if (
            a > lo
            and toks[a - 1].low in _PLACE_OR_ORIGIN
            and _np(p, a, c, set()) == c
            and free(a, c)
        ):
            st.src = (a, c)
            return
    # "eine Schätzung, wonach ...": the noun phrase before the comma
    if (
        toks[c].low == "wonach"
        and c - 2 >= lo
        and toks[c - 1].text == ","
        and _head(toks[c - 2].text, toks[c - 2].low)  # a noun ends the phrase, no verb
    ):
        a = _np_back(p, lo, c - 1)
        if a < c - 1 and free(a, c - 1) and not _not_a_source(p, a, c - 1):
            st.src = (a, c - 1)
            return
    # a relative clause: "eines Jungen, der angab, ..." -- the relative pronoun
    if (
        cs > lo
        and toks[cs - 1].text == ","
        and toks[cs].low in _REL_PRONOUNS
        and all(k in st.cue or toks[k].low not in _REL_PRONOUNS for k in range(cs + 1, c))
        and free(cs, cs + 1)
        and _np(p, cs, c, set(st.cue)) is None
    ):
        st.src = (cs, cs + 1)
        return
    # "Der Streit dauert an und die Hongkonger befürchten, dass ...": the second clause's
    # own subject
    got = second_clause_subject(p, cs, st.cue[0])
    if got is not None and free(*got) and not _not_a_source(p, *got):
        st.src = got
        return
    # before the cue: "Menschen gaben an", "Wie t-online.de berichtet", "Ihnen zufolge"
    a = cs
    while a < c and toks[a].low in _CLAUSE_LEAD:
        a += 1
    # "Nach langer Prüfung sei er zu dem Schluss gekommen": an adverbial, no subject (but
    # "Aus EU-Kreisen verlautete", "Von der Opposition hieß es": the origin speaks)
    prepositional = toks[a].low in DE_PREPOSITIONS and toks[a].low not in _ORIGIN
    if a < c and toks[a].low not in _NOT_SUBJECT and not toks[a].is_punct and not prepositional:
        end = _np(p, a, c, set(st.cue))
        if end is not None and end < c:
            # an adverbial before the cue only in a verb-final clause ("Wie die Polizei am
            # Montag in Berlin mitteilte"), not "Bei Kindern in Flint waren ... festgestellt"
            verb_final = toks[cs].low in _VERB_FINAL and toks[a].low not in OPENERS_NOT_SUBJECT
            end = _before_adverbial(p, end, c, set(st.cue)) if verb_final else None
        if end is not None and free(a, end) and not _not_a_source(p, a, end):
            st.src = (a, end)
            return
    # after the finite verb: "gab die britische Polizei bekannt", "wird Mike Downey zitiert",
    # "hatte der Investor, Larry A. Silverstein, zugesagt"
    f = c
    for j in range(c, max(lo, c - 12) - 1, -1):  # the nearest auxiliary, not one in a quote
        if toks[j].low in AUX:
            f = j
            break
        if toks[j].is_quote:
            break
    # "hat einen Zeitungsbericht dementiert, wonach ...": the report, an object
    got = subject_after_verb(p, f + 1, hi, set(st.cue), objects=toks[c].low == "wonach")
    if got is None:  # after the auxiliary or the cue verb itself ("sei er", "so schrieb sie")
        got = next(
            filter(None, (_pronoun_after_verb(p, k + 1, hi) for k in (f, c, st.cue[0]))), None
        )
    if got is not None and free(*got):
        st.src = got


def _pronoun_after_verb(p: Para, k: int, hi: int) -> tuple[int, int] | None:
    """A subject pronoun after the finite verb: "sei er zu dem Schluss gekommen", "sage ich",
    "habe man ergänzt", "so schrieb sie in einer Stellungnahme"; "sie" only before a
    preposition or the end of the clause, not as the object of "bezeichnete sie als" or
    "warnte sie vor"."""
    toks = p.toks
    while k < hi and toks[k].low in SKIP_AFTER:
        k += 1
    if k + 1 >= hi:
        return None
    low, nxt = toks[k].low, toks[k + 1]
    if low in ("er", "ich", "wir", "man") or (
        low == "sie" and (nxt.low in ("in", "im", "auf", "bei", "gegenüber") or nxt.text in ",.")
    ):
        return (k, k + 1)
    return None


def subject_after_verb(
    p: Para,
    k: int,
    hi: int,
    blocked: set[int] | frozenset[int] = frozenset(),
    objects: bool = False,
) -> tuple[int, int] | None:
    """The subject noun phrase after the finite verb of an inverted clause, starting at
    token ``k`` after adverbs and "sich" ("gab [die britische Polizei] bekannt", "Seit
    Jahren fordert [der mexikanische Staat] die Rückgabe"); None before an object pronoun
    or a demonstrative; ``objects``: also a noun phrase in the accusative or dative."""
    toks = p.toks
    while k < hi and (toks[k].low in SKIP_AFTER or toks[k].low == "sich"):
        k += 1
    counted = (
        k + 1 < hi
        and (toks[k].low in COUNT_WORDS or toks[k].low.isdigit())
        and toks[k + 1].text[:1].isupper()
    )  # "Das sagten [zwei Insider]", "erklärten [mehrere Experten]"
    if (
        k >= hi
        or k in blocked
        or not (counted or toks[k].low in _ART or _head(toks[k].text, toks[k].low))
    ):
        return None
    low = toks[k].low
    article = low in _ART and k + 1 < hi and toks[k + 1].text[:1].isupper()  # "das Ministerium"
    if (low in _NOT_SUBJECT and not article) or low in ("sie", "er", "ihm", "ihr", "ihnen"):
        return None
    if low in _OBLIQUE and not objects:
        return None  # "verlangte den Rückzug": an object, never a subject
    end = _np(p, k, hi, set(blocked))
    return (k, end) if end is not None else None


def _before_adverbial(p: Para, end: int, c: int, blocked: set[int]) -> int | None:
    """The end of a subject noun phrase that ends at ``end`` before the cue ``c``, taking
    in an apposition set off by commas, when only an adverbial phrase stands between
    ("Wie der Bevollmächtigte der EU-Kommission, Gerald Braun, in Luxemburg mitteilte");
    None when anything else does."""
    toks = p.toks
    if toks[end].text == "," and end + 1 < c:
        nxt = toks[end + 1]
        if not (nxt.low in _ART or _head(nxt.text, nxt.low)):
            return None
        e2 = _np(p, end + 1, c, blocked)
        e2 = attribute_run(p, e2, c, blocked) if e2 is not None else None
        if e2 is None or e2 >= c or toks[e2].text != ",":
            return None
        end, k = e2, e2 + 1
    else:
        k = end
    if k >= c or toks[k].low not in _ADVERBIAL_PREP:
        return end if k == c else None
    if c - k > 6 or any(toks[j].is_punct or toks[j].low in FINITE for j in range(k, c)):
        return None
    return end

"""Source spans as the SpkAtt annotators mark them (German).

The gold marks a source as its whole noun phrase: articles, adjectives, genitive and
prepositional attributes ("der Sportchef von Bayer 04 Leverkusen", "Angaben der
iranischen Staatsanwaltschaft"), an apposition set off by commas ("Hugo Salcedo, Kopf
einer Gruppe von Inspektoren") and a short parenthesis ("(UNMIS)"); never a leading
conjunction or preposition ("Wie die Premierministerin", "nachdem sie") and never the
verb or adverbials after it ("al-Dschasira hatte Anfang Juli"). :func:`normalise_source`
reshapes a source span found by the rules or the model accordingly.
"""

from __future__ import annotations

from discourse.statements._rules import Para, Stmt
from discourse.statements._text import extended_attribute
from discourse.statements._words import AUX, FINITE, OPENERS_NOT_SUBJECT, SKIP_AFTER

# fmt: off
_LEAD = {
    "wie", "schon", "nachdem", "indem", "als", "auch", "dass", "ob", "weil", "wenn", "und",
    "aber", "so", "von", "laut", "nach", "zufolge", "hatte", "hat", "habe", "ist", "war",
    "wurde", "wird", "werden", "wurden", "hatten", "haben", "sind", "waren", "bereits", "nun", "jetzt", "zuvor", "sogar", "selbst", "denn", "doch", "da",
    "während", "seit", "bei", "mit", "gegenüber", "zudem", "außerdem", "dabei", "dazu",
    "jedoch", "allerdings", "damals", "heute", "gestern", "noch", "erneut", "ebenfalls",
}
_ART = {
    "der", "die", "das", "des", "den", "dem", "ein", "eine", "einer", "eines", "einen", "einem",
    "sein", "seine", "seiner", "seines", "seinem", "seinen", "ihr", "ihre", "ihrer", "ihres",
    "ihrem", "ihren", "dieser", "diese", "dieses", "diesem", "diesen", "mehrere", "einige",
    "zahlreiche", "viele", "beide", "beiden", "alle", "aller",
}
# attribute links after the head: genitive articles and a few prepositions
_LINK = {"der", "des", "eines", "einer", "von", "vom", "für", "aus", "of", "for", "from"}
_NAME_PARTS = {"von", "van", "de", "del", "da", "al", "bin", "ibn", "el", "la", "le", "di", "du", "ter"}
# fmt: on


def _adjective(low: str) -> bool:
    return (
        low not in FINITE
        and low.endswith(("e", "en", "er", "es", "em"))
        and low.replace("-", "").isalpha()
        and len(low) > 2
    )


def _head(text: str, low: str) -> bool:
    """A capitalised word, a number, an acronym or a hyphenated name ("al-Dschasira")."""
    if text[:1].isupper() or text[:1].isdigit():
        return True
    if "-" in text and text.split("-")[-1][:1].isupper():
        return True
    return (
        "." in text and low.rstrip(".").replace(".", "").replace("-", "").isalnum()
    )  # "ndr.de", "t-online.de"


def _np(p: Para, i: int, stop: int, blocked: set[int]) -> int | None:
    """Exclusive end of the noun phrase starting at token ``i``, or None."""
    toks = p.toks
    j = i
    seen_head = False
    modifier_ok = True  # an adjective may come here (start, after an article or adjective)
    while j < stop and j not in blocked:
        t = toks[j]
        low = t.low
        if t.is_punct:
            if (
                t.text == "."
                and seen_head
                and j + 1 < stop
                and j + 1 not in blocked
                and toks[j - 1].text[:1].isupper()
                and len(toks[j - 1].text) <= 4
                and toks[j + 1].text[:1].isupper()
            ):
                j += 1  # initials: "C.Y. Leung"
                continue
            if t.text == "(" and seen_head:  # a short parenthesis: "(UNMIS)", "(CDU)"
                k = j + 1
                while k < stop and k - j <= 6 and toks[k].text != ")" and k not in blocked:
                    k += 1
                if k < stop and toks[k].text == ")" and k - j >= 2:
                    j = k + 1
                    continue
            if t.text in '„“"»«' and seen_head is False and j == i:
                break
            if t.text in "„»" and j > i and (seen_head or toks[j - 1].low in _ART | _LINK):
                k = j + 1  # a quoted name: die „Initiativ Roude Léiw“
                while k < stop and k - j <= 8 and not toks[k].is_quote and k not in blocked:
                    k += 1
                if k < stop and toks[k].is_quote:
                    j, seen_head, modifier_ok = k + 1, True, False
                    continue
            break
        if low in _ART:
            if seen_head and low not in _LINK and toks[j - 1].low not in _LINK:
                break
            if seen_head and not (j + 1 < stop and j + 1 not in blocked):
                break
            modifier_ok = True
            j += 1
            adj = extended_attribute(toks, j, stop)
            if adj is not None and not blocked.intersection(range(j, adj + 1)):
                j = adj
            continue
        if seen_head and low in _LINK:
            nxt = toks[j + 1] if j + 1 < stop and j + 1 not in blocked else None
            quoted_name = nxt is not None and nxt.text in "„»"  # "von „Ener1“"
            if (
                nxt is None
                or (nxt.is_punct and not quoted_name)
                or not (quoted_name or nxt.low in _ART or _head(nxt.text, nxt.low))
            ):
                break
            modifier_ok = True
            j += 1
            continue
        if low == "und" and seen_head and toks[j - 1].text.endswith("-"):
            j += 1  # "Journalistinnen- und Journalisten-Union"
            continue
        if _head(t.text, low) or (seen_head and low in _NAME_PARTS):
            seen_head = True
            modifier_ok = t.text[:1].isdigit()
            j += 1
            continue
        if modifier_ok and _adjective(low):
            j += 1
            continue
        break
    return j if seen_head else None


def np_end(p: Para, i: int, stop: int, blocked: set[int]) -> int | None:
    """Exclusive end of the noun phrase starting at token ``i`` (None: no noun phrase)."""
    return _np(p, i, stop, blocked)


def normalise_source(p: Para, st: Stmt) -> None:
    """Reshape ``st.src`` (in place) to the whole noun phrase the annotators mark."""
    if st.src is None or p.lang != "de":
        return
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
    if b in blocked and b < hi and toks[b].low == "zufolge":
        st.src = (_np_back(p, a, b), b)
        return
    glued = st.msg[0] == b  # the rules' message starts right after the source
    stop = hi
    if st.msg[0] > a and not glued and st.msg[0] >= b:
        stop = min(hi, st.msg[0])
    if st.quote is not None and st.quote[0] >= b:
        stop = min(stop, st.quote[0])
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
    if end + 1 < stop and toks[end].text == "," and end + 1 not in blocked:
        nxt = toks[end + 1]
        if nxt.low not in ("welche", "welcher", "dessen", "deren", "den", "dem") and (
            nxt.low in _ART or _head(nxt.text, nxt.low)
        ):
            e2 = _np(p, end + 1, stop, blocked)
            if e2 is not None:
                e2 = _attribute_run(p, e2, stop, blocked)  # "Sprecher der UN-Büros in Birma"
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
                k + 1 >= b or toks[k + 1].low in _RELATIVE or toks[k + 1].low in _ADVERBIAL_PREP
            ):
                break  # "Deiss, der sich ... entschlossen hatte", "..., Gerald Braun, in Luxemburg"
            k += 1
        while k > end and (
            toks[k - 1].is_punct and toks[k - 1].text != ")" or toks[k - 1].low in _ART
        ):
            k -= 1  # no trailing comma or article
        end = k
    a = _extend_left(p, a, lo, blocked, st.msg)
    st.src = (a, end)
    if glued and end > b:
        k = end
        while k < st.msg[1] and toks[k].text in ",;":
            k += 1
        if k < st.msg[1]:
            st.msg = (k, st.msg[1])


_MONTHS = {
    "januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
    "oktober", "november", "dezember", "uhr", "jahren", "jahr", "tagen", "wochen", "monaten",
}  # fmt: skip
_PLACE_TIME = {"seit", "um", "am", "vor", "während", "bis", "ab", "zum"}


def _not_a_source(p: Para, a: int, b: int) -> bool:
    """An adverbial the model or the rules took for a source: "Zuvor", "Seit Jahren",
    "Besorgt", "15:36 Uhr MEZ", "am 29. Februar"."""
    toks = p.toks
    words = [toks[k] for k in range(a, b) if not toks[k].is_punct]
    if not words:
        return True
    if all(w.low in _LEAD or w.low in OPENERS_NOT_SUBJECT or w.low in SKIP_AFTER for w in words):
        return True
    if words[0].low in _PLACE_TIME:
        return True
    if any(w.low in _MONTHS for w in words) or ":" in words[0].text:
        return True
    if len(words) == 1:
        w = words[0]
        at_start = a == p.bounds[w.sent][0]
        return at_start and w.low.endswith(("lich", "weise", "ens", "ings", "gt", "rt"))
    return False


def _extend_left(p: Para, a: int, lo: int, blocked: set[int], msg: tuple[int, int]) -> int:
    """Take in the article and adjectives before a source's head ("Innenminister" ->
    "Der italienische Innenminister") when nothing but a cue, punctuation or the sentence
    start precedes them."""
    toks = p.toks
    if not toks[a].text[:1].isupper():
        return a

    def free(k: int) -> bool:
        return k >= lo and k not in blocked and not (msg[0] <= k < msg[1])

    k = a
    while free(k - 1) and toks[k - 1].text[:1].islower() and _adjective(toks[k - 1].low):
        if toks[k - 1].low in _ART or toks[k - 1].low in _LEAD:
            break
        k -= 1
    if free(k - 1) and toks[k - 1].low in _ART:
        return k - 1
    if k < a and (k == lo or toks[k - 1].is_punct or (k - 1) in blocked):
        return k
    return a


_RELATIVE = {"der", "die", "das", "welche", "welcher", "welches", "dessen", "deren", "wo", "was"}
# words inside a source span ("am"/"an" more often follow a source than belong to it)
_INSIDE = {"in", "im", "beim", "aus", "ohne", "und", "vom", "von", "für", "bei", "/"}  # fmt: skip


def _inside(t) -> bool:
    """A token that may continue a source noun phrase kept from the rules or the model."""
    low = t.low
    if t.is_punct:
        return t.text in ",()/-"
    return low in _INSIDE or low in _ART or _head(t.text, low) or _adjective(low)


def _np_back(p: Para, a: int, b: int) -> int:
    """Start of the noun phrase that ends just before token ``b`` ("Angaben zufolge")."""
    toks = p.toks
    k = b
    while k > a:
        t = toks[k - 1]
        if t.is_punct:
            break
        prev = toks[k - 2] if k - 2 >= a else None
        if _head(t.text, t.low) or t.low in _ART or t.low in _LINK:
            k -= 1
            continue
        if _adjective(t.low) and (
            prev is None or prev.is_punct or prev.low in _ART or not prev.text[:1].isupper()
        ):
            k -= 1
            continue
        break
    while k < b and (toks[k].low in _LINK and toks[k].low not in _ART):
        k += 1
    return k if k < b else a


_NOT_SUBJECT = {
    "dies", "das", "es", "diese", "dieser", "dieses", "man", "damit", "dazu", "dabei", "darauf",
    "davon", "so", "auch", "zudem", "außerdem", "jedoch", "aber", "und", "oder", "nun", "heute",
}  # fmt: skip
_REL_PRONOUNS = {"der", "die", "das", "welcher", "welche", "welches"}
_CLAUSE_LEAD = {
    "wie", "als", "dass", "ob", "nachdem", "weil", "während", "da", "wo", "und", "auch", "so",
    "aber", "denn", "doch", "sondern", "oder",
}  # fmt: skip


def guess_source(p: Para, st: Stmt) -> None:
    """Give a cued statement without a source the subject noun phrase next to its cue."""
    if st.src is not None or not st.cue or st.inherit or st.kind == "headline":
        return
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
    if (
        toks[c].low in ("heißt", "hieß")
        and c + 2 < hi
        and toks[c + 1].low == "es"
        and toks[c + 2].low in ("in", "im", "bei", "vom", "von", "aus")
    ):
        k = c + 2
        end = _np(p, k + 1, hi, set(st.cue))
        if end is not None and free(k, end) and end - k <= 12:
            st.src = (k, end)
            return
    # "In dem Antrag heißt es": the document named before an impersonal cue
    if toks[c].low in ("heißt", "hieß") and c - 2 >= lo and c - 1 not in st.cue:
        a = c - 1
        while a > lo and not toks[a - 1].is_punct and toks[a - 1].low not in ("in", "im", "auf"):
            a -= 1
        if (
            a > lo
            and toks[a - 1].low in ("in", "im", "auf")
            and _np(p, a, c, set()) == c
            and free(a, c)
        ):
            st.src = (a, c)
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
    # before the cue: "Menschen gaben an", "Wie t-online.de berichtet", "Ihnen zufolge"
    a = cs
    while a < c and toks[a].low in _CLAUSE_LEAD:
        a += 1
    if a < c and toks[a].low not in _NOT_SUBJECT and not toks[a].is_punct:
        end = _np(p, a, c, set(st.cue))
        if end is not None and end < c:  # "der Bevollmächtigte, Gerald Braun, in Luxemburg"
            end = _before_adverbial(p, end, c, set(st.cue))
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
    k = f + 1
    while k < hi and (k in st.cue and toks[k].low == "sich" or toks[k].low in SKIP_AFTER):
        k += 1
    if k < hi and k not in st.cue and (toks[k].low in _ART or _head(toks[k].text, toks[k].low)):
        if toks[k].low in _NOT_SUBJECT or toks[k].low in ("sie", "er", "ihm", "ihr", "ihnen"):
            return
        end = _np(p, k, hi, set(st.cue))
        if end is not None and free(k, end):
            st.src = (k, end)


_ADVERBIAL_PREP = {"in", "im", "am", "an", "bei", "beim", "gegenüber", "vor", "auf", "zum", "zur"}


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
        e2 = _attribute_run(p, e2, c, blocked) if e2 is not None else None
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


def _list_goes_on(p: Para, e: int, stop: int) -> bool:
    """After ``NP, NP`` a comma and a coordination close by: the words are a list."""
    toks = p.toks
    return (
        e < stop
        and toks[e].text == ","
        and any(toks[k].low in ("und", "sowie", "oder") for k in range(e + 1, min(e + 5, stop)))
    )


def _attribute_run(p: Para, j: int, stop: int, blocked: set[int]) -> int:
    """The end of a noun phrase ending at ``j`` with a short prepositional attribute up to
    the next comma ("Sprecher der UN-Büros [in Birma]"); ``j`` when none follows."""
    toks = p.toks
    k = j
    while k < stop and k - j < 6 and k not in blocked and _inside(toks[k]) and toks[k].text != ",":
        k += 1
    return k if k == stop or toks[k].text == "," else j


def speech_source(p: Para, st: Stmt) -> None:
    """Sources in parliamentary speech (see :func:`discourse.statements._own.speech_source`)."""
    from discourse.statements._own import speech_source as _speech_source

    _speech_source(p, st)

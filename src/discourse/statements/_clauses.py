"""Subjects and clause boundaries around German cue verbs: appositions before and after
the verb, quoted names in the subject, coordinated verbs ("... und sagte"), set phrases
("wie gesagt"), fronted subordinate clauses, a colon before the next sentence's quote."""

from __future__ import annotations

from discourse.statements._cues import CueLexicon
from discourse.statements._rules import PRONOUNS, Para, Stmt, _message_after
from discourse.statements._source import NAME_PARTS, _list_goes_on, noun_phrase_to, np_end
from discourse.statements._text import Tok, is_name_word, np_after
from discourse.statements._words import (
    ADJ_ENDINGS,
    AUX,
    DE_ARTICLES,
    DE_PREPOSITIONS,
    DE_STOP,
    FINITE,
    OPENERS_NOT_SUBJECT,
    RELATIVE_WORDS,
    SKIP_AFTER,
)

_AND = ("und", "sowie")


def _end_at_coordination(p: Para, stmts: list[Stmt], s: int, und: int) -> list[Stmt]:
    """ "Er nannte das „falsch“ und kündigte an, ...", "Merkel lobte Macron und sagte, ...":
    the message of a cue verb before the coordinated one ends at "und" (a statement left
    without words there is dropped)."""
    out = []
    for prev in stmts:
        if prev.sent == s and prev.cue[0] < und:
            if prev.msg[0] < und < prev.msg[1]:
                stop = und
                while stop - 1 > prev.msg[0] and p.toks[stop - 1].text in ",;":
                    stop -= 1  # "es sei nicht so gewesen, und verglich ..."
                prev.msg = (prev.msg[0], stop)
            elif prev.msg[0] > und:  # the message after the second verb is the second's
                first = max(prev.cue) + 1
                if not any(not p.toks[k].is_punct for k in range(first, und)):
                    continue
                prev.msg, prev.kind, prev.quote = (first, und), "reported", None
        out.append(prev)
    return out


def _apposition_subject(
    p: Para, lex: CueLexicon, lo: int, cs: int, i: int
) -> tuple[int, int] | None:
    """``NP, apposition, VERB``: the span before the verb when it reads as one subject
    ("Der Geschäftsführer von „Ener1“, Charles Gassenheimer, sagte, ...", "Die Parteien,
    die PPP und die PML-N, hatten erklärt, ...")."""
    toks = p.toks
    got = _subject_lead(p, lo, cs)
    if got is None:
        return None
    lo = got
    segs, cur = [], [lo]
    for k in range(lo, cs - 1):
        if toks[k].text == ",":
            segs.append((cur[0], k))
            cur = [k + 1]
        elif toks[k].text in ":;":
            return None
    segs.append((cur[0], cs - 1))
    if len(segs) not in (2, 3) or any(b <= a for a, b in segs):
        return None  # three: "Der Vorsitzende von ver.di, Nachfolgerin der ÖTV, Frank Bsirske,"
    if any(toks[k].is_quote for k in range(lo, cs - 1)) and not _quoted_names_only(p, lo, cs - 1):
        return None
    check = range(lo, cs - 1)
    first = segs[1][0]
    relative = toks[first].low in RELATIVE_WORDS or (
        (toks[first].low in DE_STOP or toks[first].low in ("von", "unter", "durch", "ohne"))
        and first + 1 < cs
        and toks[first + 1].low in RELATIVE_WORDS
    )  # "..., von der die Idee stammt, ..."
    if relative and toks[segs[1][1] - 1].text[:1].islower():
        if len(segs) != 2:
            return None
        # "Deiss, der sich ... entschlossen hatte, sagte ...", "Der ehemalige US-Präsident
        # Jimmy Carter, der als Wahlbeobachter im Land war, sagte ...": the first segment
        a, b = segs[0]
        if b - a > 1 and toks[b - 1].low in CONTRASTIVE:
            b -= 1  # "John Edwards dagegen, der ..., bekräftigte ...": the name speaks
        if not (_name_like(p, a, b) or _np_prefix(toks, a, b)):
            return None  # ("C.Y. Leung, der ...": initials)
        return (a, b) if not any(toks[k].low in FINITE for k in range(a, b)) else None
    if _has_verb(p, lex, check):
        return None
    if not _apposition_shaped(p, *segs[-1]):
        return None  # "Nein, danke, wir verzichten, sagte die Sprecherin.": a message

    def noun_phrase(a: int, b: int) -> bool:  # "die Pakistanische Volkspartei (PPP)"
        last = toks[b - 1]
        return toks[a].low in _NAME_LEAD and (last.text[:1].isupper() or last.text in ")“”'")

    age = segs[-1][1] - segs[-1][0] == 1 and toks[segs[-1][0]].text.isdigit()  # "Kakamara, 30,"
    if not (
        _name_like(p, *segs[0])
        or _name_like(p, *segs[-1])
        or noun_phrase(*segs[1])
        or check != range(lo, cs - 1)
        or (age and toks[segs[0][1] - 1].text[:1].isupper())
    ):
        return None
    return (lo, cs - 1)


# adverbs between a subject and its relative clause ("John Edwards dagegen, der ...")
CONTRASTIVE = {"dagegen", "hingegen", "jedoch", "wiederum", "seinerseits", "ihrerseits", "indes"}


def _name_like(p: Para, a: int, b: int) -> bool:
    """Tokens ``a`` to ``b`` are a name: capitalised words, brackets, hyphens, initials and,
    inside, name particles ("Heike van Laak", "Hans von Storch", "Karl-Theodor zu
    Guttenberg")."""
    toks = p.toks
    return all(
        toks[k].text[:1].isupper()
        or toks[k].text in "()-."
        or (a < k < b - 1 and (toks[k].low in NAME_PARTS or toks[k].low == "zu"))
        for k in range(a, b)
    )


def _apposition_before(
    p: Para, lex: CueLexicon, lo: int, cs: int, src: tuple[int, int]
) -> int | None:
    """``NP, SUBJECT VERB``: the start of a noun phrase that opens the sentence and stands
    in apposition to the subject the cue clause opens with ("Stephen Singer, ein
    Klimaexperte vom WWF, erklärte", "Der neue Weihbischof, Gerhard Wagner hat gebeten");
    None when the words before the comma are a message or an adverbial."""
    toks = p.toks
    got = _subject_lead(p, lo, cs) if src[0] == cs else None
    if got is None:
        return None
    lo = got
    if any(toks[k].is_punct and toks[k].text not in "()-." for k in range(lo, cs - 1)):
        return None
    if _has_verb(p, lex, range(lo, cs - 1)):
        return None
    if not (_apposition_shaped(p, lo, cs - 1) and _apposition_shaped(p, *src)):
        return None
    if not noun_phrase_to(p, lo, cs - 1):
        return None  # "Der Keeper Zieler freute sich über einen Sieg, Frontzeck sprach von ..."
    return lo if _name_like(p, lo, cs - 1) or _name_like(p, *src) else None


def _subject_lead(p: Para, lo: int, cs: int) -> int | None:
    """The first token of a subject before the comma that ends at ``cs - 1``: after a
    dateline and focus adverbs ("Wien – ...", "Auch Thomas Habermann, ..."); None when the
    words before the comma open with a quote, an adverbial or a preposition ("Zu
    Präferenzen der CHP, die ..., äußerte sich Baykal nicht.")."""
    toks = p.toks
    lo = _after_dateline(p, lo, cs)
    while lo < cs and toks[lo].low in _FOCUS:
        lo += 1
    if cs <= lo + 1 or toks[cs - 1].text != "," or toks[lo].is_quote:
        return None
    if toks[lo].low in OPENERS_NOT_SUBJECT or toks[lo].low in DE_STOP:
        return None
    return lo


def _has_verb(p: Para, lex: CueLexicon, ks: range) -> bool:
    """A finite verb, a Konjunktiv form or a speech verb among the tokens ``ks``."""
    lows = p.lows
    return any(lows[k] in FINITE or lows[k] in lex.subjunctive or lows[k] in lex.verbs for k in ks)


# focus adverbs before a subject or an apposition ("Auch X", "zugleich Chef der ...")
_FOCUS = {"auch", "selbst", "sogar", "zugleich", "ebenfalls", "gleichzeitig", "einst", "damals"}


def _apposition_shaped(p: Para, a: int, b: int) -> bool:
    """Tokens ``a`` to ``b`` read as a noun phrase, not a clause: after focus adverbs an
    article, a capital or a number first, a capital, a closing bracket or quote last, no
    verb or pronoun ("zugleich Chef der Partei", "Vorsitzender des Verbands an den
    Schulen"; not "wir verzichten", "alle leiden", "um etwas zu bewegen")."""
    toks = p.toks
    while a < b and toks[a].low in _FOCUS:
        a += 1
    if a >= b:
        return False
    head, last = toks[a], toks[b - 1]
    adjectival = (  # "zuständig für das US-Geschäft", "verantwortlich für die Finanzen"
        head.low.endswith(_ADJECTIVE_HEADS) and a + 1 < b and toks[a + 1].low in DE_PREPOSITIONS
    )
    if not (
        head.low in _NAME_LEAD or head.text[:1].isupper() or head.text[:1].isdigit() or adjectival
    ):
        return False
    if not (last.text[:1].isupper() or last.text in ")“”'" or last.text[:1].isdigit()):
        return False
    return not any(toks[k].low in FINITE or toks[k].low in _SUBJECT_WORDS for k in range(a, b))


_SUBJECT_WORDS = {"er", "sie", "es", "wir", "ich", "du", "man"}
_ADJECTIVE_HEADS = ("ig", "lich", "isch", "bar", "sam", "los", "haft")


def _after_dateline(p: Para, lo: int, cs: int) -> int:
    """The first token after a dateline that opens the sentence ("Wien – ", "New York —")."""
    toks = p.toks
    for k in range(lo + 1, min(lo + 4, cs)):
        if toks[k].text in "–—":
            return k + 1 if all(toks[j].text[:1].isupper() for j in range(lo, k)) else lo
    return lo


def _quoted_names_only(p: Para, a: int, b: int) -> bool:
    """Every quotation between tokens ``a`` and ``b`` is a short name inside them
    ("von „Ener1“", "die ''Koalition für Einheit''")."""
    for o, c, _, _ in p.quotes:
        if o < b and c >= a and not (a < o and c < b and c - o <= 7):
            return False
    return True


_NAME_LEAD = {"der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "wie"}
_NOM = {"er", "sie", "wir", "ich"}  # subject pronouns ("ihr" is mostly dative or possessive)
# "wie berichtet", "wie gesagt": set phrases, no speech event of their own
_SET_PHRASE = {"berichtet", "gesagt", "erwähnt", "angekündigt", "gemeldet", "erwartet"}
_ACCUSATIVE = {"den", "diesen", "einen", "jenen", "keinen", "ihn", "jeden"}
_NAME_PREP = {"von", "vom", "bei", "beim", "aus", "im", "zum", "zur"}


def _before_quoted_name(p: Para, cs: int, lo: int) -> int:
    """Clause start before a quoted name that opens the cue clause ("Die „Süddeutsche
    Zeitung“ berichtete, ...", "Die Zeitung „Yemen Observer“ berichtet"): such a quote is
    part of the subject, not the message."""
    toks = p.toks
    if cs <= lo or not toks[cs - 1].is_quote:
        return cs
    q = p.closing_quote(cs - 1)
    if q is None or q[0] <= lo:
        return cs
    o, c = q
    inner = range(o + 1, c)
    if not 1 <= len(inner) <= 5 or any(toks[k].is_punct for k in inner):
        return cs
    if (
        not toks[o + 1].text[:1].isupper()
        or sum(1 for k in inner if toks[k].text[:1].islower()) > 1
    ):
        return cs
    prev = toks[o - 1]
    start = p.clause(o - 1)[0]
    if prev.low in _NAME_LEAD or (prev.text[:1].isupper() and prev.text.isalpha()):
        return start
    # "Der neue „Oberste Rat“", "Der Geschäftsführer von „Ener1“" (not "Er sprach von „Verrat“")
    if (prev.low in _NAME_PREP or prev.low.endswith(ADJ_ENDINGS)) and _np_prefix(toks, start, o):
        return start
    return cs


def _before_embedded_quote(p: Para, cs: int, lo: int, i: int) -> int:
    """Clause start before a short quotation inside the cue's clause whose auxiliary came
    before it ("Die Bundesregierung hatte den Bericht als „falsch“ zurückgewiesen."): the
    quote is a word of the clause, and the cue clause does not follow a message; after a
    comma, see :func:`_before_apposition_participle`."""
    toks = p.toks
    if cs <= lo or cs != i:
        return cs
    if toks[cs - 1].text == ",":
        return _before_apposition_participle(p, cs, lo, i)
    if not toks[cs - 1].is_quote:
        return cs
    q = p.closing_quote(cs - 1)
    if q is None or q[0] <= lo or q[1] - q[0] > 9:
        return cs
    o = q[0]
    if toks[o - 1].is_punct or any(toks[k].text in ".!?" for k in range(o + 1, q[1])):
        return cs
    start = p.clause(o - 1)[0]
    if any(toks[k].low in AUX for k in range(start, o)):
        return start
    return cs


def _before_apposition_participle(p: Para, cs: int, lo: int, i: int) -> int:
    """Clause start of a participle cue after an apposition whose auxiliary came before it
    ("Zuvor hatte der Investor, Larry A. Silverstein, zugesagt, ...", "..., wird Mike
    Downey, Manager für Flash, zitiert."); else ``cs``. A participle ends its clause: a
    word after it ("..., betonte der Minister") makes it a finite verb."""
    toks = p.toks
    low = toks[i].low
    hi = p.bounds[toks[i].sent][1]
    if not low.endswith(("t", "en")) or low in FINITE:
        return cs
    if i + 1 < hi and not toks[i + 1].is_punct:
        return cs  # "..., gesteht er": a finite verb and its subject
    commas, k = 1, cs - 2
    while k >= max(lo, cs - 30):
        t = toks[k]
        if t.text == ",":
            commas += 1
            if commas > 3:
                return cs
        elif t.text == "." and k > lo and len(toks[k - 1].text) == 1:
            pass  # an initial: "Larry A. Silverstein"
        elif t.low in ("wie", "dass", "ob", "als", "weil", "nachdem"):
            return cs  # a subordinate clause: "..., wie der Hacker, Julian Oliver, betont."
        elif t.is_punct and t.text not in "()" or t.low in FINITE and t.low not in AUX:
            return cs
        elif t.low in AUX:
            start = p.clause(k)[0]
            return start if commas >= 2 else cs
        k -= 1
    return cs


def _set_phrase_at(p: Para, k: int, end: int) -> bool:
    """ "wie gesagt," / "Wie berichtet hatte X ..." at token ``k`` (not "wie berichtet wird,",
    a passive report)."""
    toks = p.toks
    if k + 2 >= end or toks[k].low != "wie" or toks[k + 1].low not in _SET_PHRASE:
        return False
    nxt = toks[k + 2]
    return nxt.text in ",:" or (nxt.low in AUX and k + 3 < end and toks[k + 3].text != ",")


def _np_prefix(toks, a: int, b: int) -> bool:
    """Tokens ``a`` to ``b`` read as the start of one noun phrase: articles, nouns, "von"
    and adjectives after an article ("Der neue", "Der Geschäftsführer von")."""
    after_article = False
    for k in range(a, b):
        t = toks[k]
        if t.low in _NAME_LEAD or t.low in _NAME_PREP:
            after_article = True
        elif t.text[:1].isupper() and t.text.replace("-", "").isalpha() and t.low not in PRONOUNS:
            after_article = False
        elif not (after_article and t.low.endswith(ADJ_ENDINGS)):
            return False
    return b > a


def _coordinated_subject(
    p: Para, lo: int, cs: int, after_und: bool = False
) -> tuple[int, int] | None:
    """The subject noun phrase opening the only clause before ``cs`` when that clause is
    ``NP finite-verb ...`` and the cue clause starts with its own verb (subject ellipsis;
    ``after_und``: the cue clause is "und VERB", the clause before may hold a quote)."""
    toks = p.toks
    if after_und:
        if cs - 1 <= lo or any(toks[k].text in ",;:" for k in range(lo, cs)):
            return None
    elif cs - 1 <= lo or toks[cs - 1].text != ",":
        return None
    elif p.clause(lo)[1] != cs - 1 and any(toks[k].text in ",;:–—" for k in range(lo, cs - 1)):
        # (a quotation inside the clause before is no boundary: "Assinger sprach von einer
        # „Enttäuschung“, mahnte aber Geduld an")
        return _subject_with_apposition(p, lo, cs)
    first = toks[lo]
    if first.is_punct or first.low in OPENERS_NOT_SUBJECT or first.low in DE_STOP:
        return None
    if first.low in _ACCUSATIVE:
        return None  # "Diesen Vorschlag lehnte die Ministerin ab und sagte": a fronted object
    e = np_end(p, lo, cs - 1, set())
    # a verb (and more) must follow the noun phrase before the comma, or before "und"
    if e is None or e >= cs - (1 if after_und else 2) or _words_outside_brackets(toks, lo, e) > 8:
        return None
    verb = toks[e]
    if verb.is_punct or not verb.text[:1].islower() or verb.low in DE_STOP:
        return None
    return lo, e


def _subject_with_apposition(p: Para, lo: int, cs: int) -> tuple[int, int] | None:
    """``NAME, APPOSITION, VERB ..., CUE``: the name and its apposition opening the clause
    before the cue clause ("Jim DeMint, ein Mitglied des Repräsentantenhauses, wollte sich
    nicht festlegen, sagte aber, ..."), else None."""
    toks = p.toks
    c1 = p.clause(lo)[1]
    if c1 >= cs - 1 or toks[c1].text != "," or not _name_like(p, lo, c1) or c1 - lo > 4:
        return None
    c2 = p.clause(c1 + 1)[1]
    if c2 >= cs - 1 or toks[c2].text != "," or not _apposition_shaped(p, c1 + 1, c2):
        return None
    if p.clause(c2 + 1)[1] != cs - 1 or c2 + 2 >= cs - 1:
        return None
    verb = toks[c2 + 1]
    if verb.is_punct or not verb.text[:1].islower() or verb.low in DE_STOP:
        return None
    return lo, c2


def _words_outside_brackets(toks: list[Tok], a: int, b: int) -> int:
    """The tokens from ``a`` to ``b`` that are not in round brackets ("Ein Journalist der
    Deutschen Presse Agentur (dpa)": 6)."""
    n = depth = 0
    for t in toks[a:b]:
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            depth = max(0, depth - 1)
        elif not depth:
            n += 1
    return n


def _subject_before_und(p: Para, lo: int, cs: int, und: int) -> tuple[int, int] | None:
    """The subject of the first of two verbs joined by "und" at ``und`` (the second is the
    cue): the noun phrase opening the sentence ("Die Demonstranten zogen ... und riefen"),
    the one after the first verb when a fronted object opens it ("Diesen Vorschlag lehnte
    die Ministerin ab und sagte"), or a pronoun after the first verb ("..., kam er und
    sagte"; "Dann stand sie auf und sagte")."""
    toks = p.toks
    if (
        toks[lo].low in ("das", "dies")
        and lo + 2 < und
        and toks[lo + 1].text.islower()
        and toks[lo + 1].low not in ("ist", "war", "sind", "waren", "sei", "wäre", "bleibt")
    ):
        # "Das teilte das Ministerium mit und erklärte": the subject after the first verb
        e = np_end(p, lo + 2, und, set())
        if e is not None and (toks[lo + 2].text[:1].isupper() or toks[lo + 2].low in _NAME_LEAD):
            return (lo + 2, e)
    subj = _coordinated_subject(p, lo, und, after_und=True)
    if subj is None and toks[lo].low in _ACCUSATIVE:
        e = np_end(p, lo, und, set())
        if e is not None and e + 1 < und and toks[e].text[:1].islower():
            f = np_end(p, e + 1, und, set())
            subj = (e + 1, f) if f is not None and toks[e + 1].low not in _ACCUSATIVE else None
    if subj is None:
        k = next((k for k in range(cs + 1, min(cs + 3, und)) if toks[k].low in _NOM), None)
        if k is not None and not any(toks[x].text in ",;:" for x in range(cs, und + 1)):
            subj = (k, k + 1)
    return subj


def _wie_before_apposition(p: Para, lo: int, cs: int, i: int) -> int:
    """Where a "wie" clause starts when commas around an apposition split it: "Wie der
    Bevollmächtigte der EU-Kommission, Gerald Braun, in Luxemburg mitteilte" (``cs`` is
    the clause start after the last comma, ``i`` the cue); else ``cs``."""
    toks = p.toks
    if cs - 2 <= lo or toks[cs - 1].text != "," or toks[cs].low == "wie":
        return cs
    if any(toks[k].low in FINITE or toks[k].is_punct for k in range(cs, i)):
        return cs
    hi = p.bounds[toks[i].sent][1]
    if i + 1 < hi and not toks[i + 1].is_punct:
        return cs  # the cue does not end its clause: "..., wie schon im Vorjahr, ..., erklärte X"
    commas = 1
    verb = False  # a finite verb between the commas: only in a relative clause
    k = cs - 2
    while k >= max(lo, cs - 25):
        t = toks[k]
        if t.low == "wie" and (k == lo or toks[k - 1].is_punct) and commas == 2:
            first = next(j for j in range(k + 1, cs) if toks[j].text == ",")
            if verb and toks[first + 1].low not in RELATIVE_WORDS:
                return cs
            return k if noun_phrase_to(p, k + 1, first) else cs
        if t.text == ",":
            commas += 1
            if commas > 2:
                return cs
        elif t.is_punct and t.text not in "()" and not _ordinal_dot(toks, k):
            return cs
        elif t.low in FINITE or t.low in AUX:
            if commas > 1:
                return cs
            verb = True  # "Wie Norman Paech, der im Gericht war, dazu feststellt, ..."
        k -= 1
    return cs


def _ordinal_dot(toks: list[Tok], k: int) -> bool:
    """The dot at ``k`` closes an ordinal number ("am 20. August")."""
    return toks[k].text == "." and k > 0 and toks[k - 1].text.isdigit()


def _apposition_after(p: Para, src: tuple[int, int], end: int, names: set[int]) -> int | None:
    """The end of an apposition after a subject that follows its verb, or None: an article
    phrase ("sagte Mark O'Keefe, der Sprecher der Ambulanz.") or, after a role, a name
    ("erklärte der Direktor der IAEO, Mohammed el-Baradei, ...") closed by a comma or the
    end of the sentence (a list in the message is no apposition); any noun phrase closed by
    a colon ("sagte Jon Bon Jovi, Gründer der Rockband: ...")."""
    toks = p.toks
    c = src[1]
    if c + 1 >= end or toks[c].text != ",":
        return None
    nxt = toks[c + 1]
    role_then_name = toks[src[0]].low in DE_ARTICLES and nxt.text[:1].isupper()
    e = np_after(toks, c + 1, end, names)
    if e is None:
        return None
    e = e[1]
    if e < end and toks[e].text == ":":
        return e  # "sagte Jon Bon Jovi, Gründer der Rockband: „...“"
    if nxt.low not in ("der", "die", "ein", "eine") and not role_then_name:
        return None
    if role_then_name and not all(is_name_word(toks[k].text) for k in range(c + 1, e)):
        return None
    if e < end and toks[e].text != ",":
        return None
    if e + 1 < end and (toks[e + 1].low in RELATIVE_WORDS or _list_goes_on(p, e, end)):
        return None  # "sagte Merkel, die Flüchtlinge, die ins Land kämen, müssten ..."
    return e


def _message_or_next_quote(
    p: Para, s: int, ce: int, end: int
) -> tuple[tuple[int, int], tuple[int, int] | None]:
    """The message after the clause end ``ce``; after a colon that ends sentence ``s``, the
    quotation opening the next sentence ("Er sagte:" / "„...“" split in two sentences) or
    the next sentence ("Der Anwalt kritisierte das Gesetz:" / "Es verstoße gegen ...")."""
    msg, q = _message_after(p, ce, end)
    if msg[1] > msg[0] or p.toks[ce].text != ":" or ce + 1 != p.bounds[s][1]:
        return msg, q
    if s + 1 < len(p.bounds):
        lo, hi = p.bounds[s + 1]
        for o, c, depth, _ in p.quotes:
            if o == lo and depth == 0 and c > o + 1:
                if c + 1 < hi and p.toks[c + 1].text == ",":
                    return msg, q  # „...“, betonte er.: the quote has its own cue
                return (o + 1, c), (o, c)
        nxt = (lo, p.content_end(s + 1))
        if nxt[1] - nxt[0] >= 3 and not p.toks[lo].is_quote:
            return nxt, None
    return msg, q


def _quoted_object(p: Para, a: int, i: int) -> tuple[int, int] | None:
    """A quotation of at least two words, opening with a capital, between token ``a`` and
    the clause-final cue ``i``; its opening and closing mark."""
    for o, c, depth, _ in p.quotes:
        if depth == 0 and a < o and c < i and c - o > 2 and p.toks[o + 1].text[:1].isupper():
            return o, c
    return None


def _nominative_after(p: Para, i: int, parts: list[int], ce: int) -> bool:
    """A masculine nominative or a name right after the verb: the subject follows it."""
    toks = p.toks
    k = i + 1
    while k < ce and (k in parts or toks[k].low in SKIP_AFTER):
        k += 1
    if k + 1 < ce and toks[k].low == "der" and _weak_oblique(toks[k + 1]):
        return False  # "warf der Linken vor": a dative
    return k < ce and (
        toks[k].low in ("der", "ein")
        or is_name_word(toks[k].text)
        and toks[k].low not in _AUDIENCE  # "sagte Reportern, dass ..."
    )


def _weak_oblique(t: Tok) -> bool:
    """A capitalised word in "-en" after "der": a dative or genitive ("der Linken", "der
    Grünen", "der Regierungen"), not a nominative ("der Linke"); except the few masculine
    nouns in "-en" ("der Osten", "der Orden")."""
    return t.text[:1].isupper() and t.low.endswith("en") and not t.low.endswith(_MASCULINE_EN)


_MASCULINE_EN = ("osten", "westen", "norden", "süden", "orden", "posten", "wagen", "hafen")


# plural nouns of an audience after a speech verb (a dative, not its subject)
_AUDIENCE = {
    "reportern", "journalisten", "journalistinnen", "medien", "zuhörern", "anhängern",
    "abgeordneten", "delegierten", "vertretern", "mitgliedern", "besuchern", "kollegen",
}  # fmt: skip


_SUBORDINATORS = {"während", "weil", "nachdem", "obwohl", "bevor", "seit", "seitdem", "als"}
# conjunctions of a fronted subordinate clause before a cue ("Als er sagte, ...")
SUBORDINATORS = _SUBORDINATORS | {"wenn", "sobald", "falls"}
_PREPOSITION_TOO = {"während", "seit", "als"}  # also prepositions: "Während des Krieges"


def _subordinate_before(p: Para, lo: int, cs: int) -> bool:
    """The words before the cue clause are one fronted subordinate clause ("Während sich
    die Opposition zurückhält, fordert die „Neue Rechte“ ..."): no message of its own."""
    toks = p.toks
    if toks[lo].low in _PREPOSITION_TOO and lo + 1 < cs:
        nxt = toks[lo + 1]
        # "Als die Berufung ...", "Während die Regierung schweigt, ..." (no genitive "die")
        article = nxt.low in _NAME_LEAD and toks[lo].low != "als"
        if toks[lo].low == "während" and nxt.low in ("die", "das", "ein", "eine"):
            article = False
        # "Während Arbeitgeberpräsident Dulger die Einigung begrüßte, ...": a name after it
        named = toks[lo].low == "während" and not toks[lo + 1].low.endswith("s")
        if article or ((nxt.text[:1].isupper() and not named) or nxt.text[:1].isdigit()):
            return False  # "Seit Beginn der Angriffe ...", "Als Kind ...", "Seit 2010 ..."
    return (
        p.lang == "de"
        and toks[lo].low in _SUBORDINATORS
        and cs - 2 > lo
        and toks[cs - 1].text == ","
        and toks[cs - 2].text[:1].islower()  # verb-final: "..., zurückgehalten hat,"
        and not any(toks[k].text in ",;:" for k in range(lo, cs - 1))
        and not _loose_quote_mark(p, lo, cs - 1)
        # a finite verb before the end: a main clause after a preposition ("Seit Beginn der
        # Angriffe habe das Militär ... geflogen, sagte X"), the message
        and not any(toks[k].low in FINITE for k in range(lo + 1, cs - 2))
    )


def _loose_quote_mark(p: Para, a: int, b: int) -> bool:
    """A quotation mark between tokens ``a`` and ``b`` that does not pair with another in
    that range (a quoted word inside a clause, „tragfähig“, pairs; a quotation does not)."""
    inner = {k for o, c, _, _ in p.quotes if a <= o < c < b for k in (o, c)}
    return any(p.toks[k].is_quote and k not in inner for k in range(a, b))


def split_main_clause(
    p: Para, s: int, i: int, parts: list[int], lo: int, cs: int, ce: int, end: int
) -> Stmt | None:
    """A main clause whose commas around an apposition or a parenthesis split it before
    its clause-final cue: "Gestern hat die Polizei, wie berichtet, mitgeteilt, dass ...",
    "Nun hat sich der EU-Kommissar für Bildung, Ján Figeľ, zu den Plänen geäußert: ...".
    The subject follows the finite auxiliary before the first comma; the message follows
    the cue. None unless the sentence has that shape."""
    toks = p.toks
    if cs <= lo + 2 or toks[cs - 1].text != "," or ce >= end or toks[ce].text not in ",:":
        return None
    if i != max(parts) or i != ce - 1 or any(toks[k].is_quote for k in range(lo, cs)):
        return None  # the cue ends its clause, no quotation before it
    if toks[i - 1].low == "zu":
        return None  # "hat alle Mühe, seinen Schwenk zu erklären": an infinitive
    first_comma = next(k for k in range(lo, cs) if toks[k].text == ",")
    aux = next((k for k in range(lo + 1, min(lo + 4, first_comma)) if toks[k].low in AUX), None)
    if aux is None or any(toks[k].is_punct for k in range(lo, aux)):
        return None
    if any(toks[k].is_punct or toks[k].low in FINITE for k in range(cs, i)):
        return None  # the cue's clause has a verb of its own
    k = aux + 1
    while k < first_comma and (toks[k].low in SKIP_AFTER or toks[k].low == "sich"):
        k += 1
    if k + 2 < first_comma and toks[k].low in DE_PREPOSITIONS:  # "gegenüber Wikinews der …"
        k = k + 2 if toks[k + 2].low in DE_ARTICLES else first_comma
    if k >= first_comma:
        return None
    if toks[k].low in PRONOUNS:
        src = (k, k + 1)
    else:
        e = np_end(p, k, first_comma, set())
        if e is None or e != first_comma:
            return None
        src = (k, e)
        nxt = first_comma + 1
        if nxt < cs - 1 and _name_like(p, nxt, cs - 1):  # ", Ján Figeľ,": the apposition
            src = (k, cs - 1)
    msg, q = _message_or_next_quote(p, s, ce, end)
    if msg[1] <= msg[0]:
        return None
    pron = src[1] - src[0] == 1 and toks[src[0]].low in PRONOUNS
    return Stmt(s, "direct" if q else "indirect", msg, [*parts, aux], src, pron, quote=q)


# frequent strong past forms ("..., verließ dann den Saal")
_STRONG_PAST = {
    "verließ", "ging", "kam", "nahm", "gab", "hielt", "stand", "blieb", "wies", "zog", "trat",
    "fuhr", "lief", "fiel", "ließ", "sah", "fand", "bat", "brach", "schlug", "warf", "bot",
    "verwies", "schwieg", "verschwieg", "unterließ", "verbot", "vermied", "betrat", "begann",
}  # fmt: skip
_CLAUSE_LEADS = {"dass", "ob", "da", "sofern", "solange"}  # and SUBORDINATORS
# past-tense forms in "-te" that are also a Konjunktiv II of reported speech
_KONJUNKTIV_II = {
    "hätte", "hätten", "würde", "würden", "sollte", "sollten", "könnte", "könnten", "müsste",
    "müssten", "dürfte", "dürften", "wollte", "wollten", "möchte", "möchten", "bräuchte",
}  # fmt: skip


def end_at_own_verb(p: Para, lex: CueLexicon, st: Stmt) -> None:
    """A German reported message after its cue ends where the speaker's own next verb
    follows a comma: "Saddam hatte erklärt, er sei unschuldig, erkannte die Autorität des
    Gerichts nicht an und ..." (the message is "er sei unschuldig"; "erkannte" is told, not
    said). Only after a Konjunktiv, and for a past form in "-te" before a lower-case word
    (not the adjective of "bekannte Politiker"). Changes ``st`` in place."""
    lo, hi = st.msg
    if p.lang != "de" or st.kind != "indirect" or not st.cue or lo < max(st.cue):
        return
    toks, lows = p.toks, p.lows
    if lows[lo] in SUBORDINATORS or lows[lo] in _CLAUSE_LEADS:
        return  # "Wenn ... abhängig wären, bedeutete dies ...": the main clause is the message
    told = False
    for k in range(lo + 1, hi - 1):
        low = lows[k]
        told = told or low in lex.subjunctive
        if (
            told
            and toks[k - 1].text == ","
            and (low.endswith(("te", "ten")) or low in _STRONG_PAST)
            and low not in _KONJUNKTIV_II
            and low not in lex.subjunctive
            and toks[k].text.islower()
            and toks[k + 1].text.islower()
        ):
            st.msg = (lo, k - 1)
            return

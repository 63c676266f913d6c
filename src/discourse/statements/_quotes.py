"""Quotes without a verb cue of their own and Konjunktiv continuations (one paragraph)."""

from __future__ import annotations

import functools
import re

from discourse.segment._resources import _read_lines
from discourse.statements._clauses import _apposition_subject
from discourse.statements._cues import CueLexicon
from discourse.statements._english import _DETERMINERS, _contraction, colon_intro_en
from discourse.statements._markers import KONJ_II, subjunctive
from discourse.statements._parenthesis import fronted_quotation
from discourse.statements._rules import PRONOUNS, Para, Stmt
from discourse.statements._source import np_end
from discourse.statements._speaker_parse import _known, given_gender
from discourse.statements._text import is_agent_word, is_name_word
from discourse.statements._verbs import _LET
from discourse.statements._words import (
    DE_ARTICLES,
    DE_PREPOSITIONS,
    DE_STOP,
    FINITE,
    OPENERS_NOT_SUBJECT,
)


def quotes_and_continuations(
    p: Para,
    lex: CueLexicon,
    stmts: list[Stmt],
    carried: bool,
    free: bool = False,
    reopened: bool = False,
    silent: frozenset[int] = frozenset(),
    dropped: list[Stmt] = (),  # type: ignore[assignment]
) -> list[Stmt]:
    """The statements of ``p`` that the cue rules leave: Konjunktiv continuations of an
    earlier statement (``carried``: the previous paragraph ended with one; ``free``: also
    without one; ``silent``: sentences with a speech act the model kept no statement of,
    "Die Polizei bestätigte einen Einsatz." / "Verletzt worden sei niemand."), quoted
    phrases inside a message and quotations without a cue (``reopened``: the paragraph
    opens by going on with a quotation the previous one left open, which counts whatever
    its length; ``dropped``: the rule statements whose cue the model dropped, whose
    quotations keep their cue and speaker). The second half of a split quote („Wir
    müssen“, sagte Pistorius, „mehr tun.“) extends the first half's statement."""
    extra: list[Stmt] = []
    have = sorted({st.sent for st in stmts if st.kind != "headline"})
    # the sentences a continuation may go on from: also a quotation standing alone as a
    # sentence, a statement of the speaker before ("»…«, sagte X. »…« Er denke …")
    whole = {
        p.sent_of(o)
        for o, c, depth, _ in p.quotes
        if depth == 0
        and o == p.bounds[p.sent_of(o)][0]
        and c + 2 >= p.bounds[p.sent_of(o)][1]
        and p.sent_of(o) - 1 in have  # right after the statement it goes on with
    }
    before = sorted({*have, *silent, *whole})
    spans = [st.msg for st in stmts]
    konj, lows = lex.subjunctive, p.lows
    for s in range(len(p.bounds)):
        lo, hi = p.bounds[s]
        # without a Konjunktiv word ``subjunctive`` is False: no continuation (checked first,
        # in C, as it is the common case)
        if s in have or hi == lo:
            continue
        regular = False  # a Konjunktiv form the lexicon does not list ("Russland rüste auf")
        if konj.isdisjoint(lows[lo:hi]) and (
            lex.reportative.isdisjoint(lows[lo:hi]) or not reportative(p, lex, s)
        ):
            regular = p.lang == "de" and _regular_konjunktiv(p, lo, hi)
            if not regular:
                continue
        c_end = p.content_end(s)
        if any(a <= lo and c_end <= b for a, b in spans):
            continue  # the message of a statement already ("Er kritisierte das Gesetz:" / "Es sei ...")
        last = max([x for x in before if x < s], default=-1 if carried else -9)
        if (
            (s - last <= 1 and (regular or subjunctive(p, lex, s) or reportative(p, lex, s)))
            or (free and subjunctive(p, lex, s, strict=True))
            # "Verbandschef Olaf Schröder widersprach: Von einer Notlage könne keine Rede
            # sein": a speaker before a colon, wherever it stands
            or (p.lang == "de" and _named_colon(p, lex, lo, hi) and subjunctive(p, lex, s))
        ):
            got = _colon_intro(p, lo) if p.lang == "de" else None
            unlisted = _unlisted_report(p, lex, s) if p.lang == "de" and got is None else None
            colon = (
                _subject_colon(p, lex, lo, hi)
                if p.lang == "de" and not got and not unlisted
                else None
            )
            if got is not None:  # "Müller bezweifelte die Eignung Merkels:" / "Er habe ..."
                extra.append(Stmt(s, "indirect", (lo, p.content_end(s)), got[0], got[1]))
            elif colon is not None:  # "Polanski haderte mit der Halbzeit: Da habe ..."
                verb, src, k = colon
                extra.append(Stmt(s, "indirect", (k + 1, p.content_end(s)), [verb], src))
            elif unlisted is not None:  # "Hacker konterte, die FPÖ betreibe Hetze"
                verb, src = unlisted
                extra.append(Stmt(s, "indirect", (verb + 2, p.content_end(s)), [verb], src))
            else:
                # no statement in the two sentences before (a speech act the model
                # dropped aside): the subject of the sentence before may speak
                kept = max([x for x in have if x < s], default=-9)
                src = _subject_before(p, lex, s) if p.lang == "de" and kept < s - 2 else None
                extra.append(
                    Stmt(
                        s,
                        "indirect",
                        (lo, p.content_end(s)),
                        [],
                        src,
                        inherit=src is None and s - last <= 2,
                    )
                )
            have.append(s)
            have.sort()
            before.append(s)
            before.sort()
    for st in stmts:
        fronted_quotation(p, lex, st)  # „In absehbarer Zeit“, so X, wird VW ...
    hosts = stmts + extra
    used = {st.quote for st in stmts if st.quote}
    cues = {k for st in stmts for k in st.cue}
    headlines = [st.msg for st in stmts if st.kind == "headline"]
    for o, c, depth, balanced in p.quotes:
        if (o, c) in used or c - o < 2:
            continue
        if any(a <= o and c < b for a, b in headlines):
            continue  # the headline's own words: "Pistorius: „Wir müssen kriegstüchtig werden“"
        if not balanced and any(o < k < c for k in cues):
            continue  # „Wir werden mehr tun, sagte Merz.": the mark is never closed
        inner = (o + 1, c)
        host = next(
            (
                st
                for st in hosts
                if st.msg[0] <= o + 1
                and c <= st.msg[1]
                and st.msg != inner
                and st.kind != "headline"
            ),
            None,
        )
        if host is not None:
            # a phrase quoted inside a message („volle Verantwortung“) is a statement of its
            # own; a capitalised one is mostly a name or title („BBC News“, „Kesselhaus“)
            if p.lang == "de" and not p.toks[inner[0]].text[:1].islower():
                continue
            extra.append(
                Stmt(
                    host.sent,
                    "direct",
                    inner,
                    list(host.cue),
                    host.src,
                    host.pronoun,
                    host.inherit,
                    quote=(o, c),
                )
            )
            continue
        # the second half of a split quote: „Wir müssen“, sagte Pistorius, „mehr tun.“
        split = next(
            (
                st
                for st in stmts
                if st.kind == "direct"
                and st.quote
                and st.cue
                and not st.inherit
                and p.sent_of(st.quote[0]) == p.sent_of(o)
                and st.quote[1] < o
                and p.toks[o - 1].is_punct  # not "sagte X der „Süddeutschen Zeitung“"
                and _cue_clause_only(p, lex, st, o)
            ),
            None,
        )
        if split is not None and depth == 0:
            # one statement whose content runs over the cue clause, as with "Die Lage, so
            # Hegseth, sei ernst" (the cue and speaker offsets mark what is not message)
            split.gap = (split.msg[1], o + 1)
            split.msg = (split.msg[0], c)
            split.quote = (split.quote[0], c)
            used.add((o, c))
            continue
        if depth > 0:
            continue
        colon = o > 0 and p.toks[o - 1].text == ":"
        owner = next(
            (
                st
                for st in dropped
                if st.msg[0] <= o + 1
                and c <= st.msg[1]
                and (st.msg != inner or (colon and st.quote == (o, c)))
            ),
            None,
        )
        if owner is not None and (p.toks[inner[0]].text[:1].islower() or colon):
            # the quotation inside a statement whose cue the model dropped ("Stoch sprach von
            # einem „Feldzug gegen die Schule“", "Brantner verteidigte den Plan: „Wir …“"):
            # the speech act the quotation proves, with that statement's cue and speaker,
            # not the speaker of the statement before (a capitalised quotation only after a
            # colon: else mostly a name or title, "sprach von „Tagesschau“")
            cue = list(owner.cue)
            extra.append(
                Stmt(owner.sent, "direct", inner, cue, owner.src, owner.pronoun, quote=(o, c))
            )
            continue
        words = sum(1 for k in range(*inner) if not p.toks[k].is_punct)
        if _work_title(p, o):
            continue  # 'Her memoir, "Tell Them I Said No," will be published': a title
        if (
            (words >= 4 and _sentence_like(p, lex, o, c, words))
            or (words >= 2 and _short_sentence(p, lex, o, c))
            or (reopened and o == 0)
        ):
            got = _colon_intro(p, o) if p.lang == "de" else colon_intro_en(p, o)
            if got is not None:
                cue, src = got
                extra.append(Stmt(p.sent_of(o), "direct", inner, cue, src, quote=(o, c)))
                continue
            extra.append(Stmt(p.sent_of(o), "direct", inner, [], None, inherit=True, quote=(o, c)))
    return extra


def _work_title(p: Para, o: int) -> bool:
    """The quotation opened at ``o`` is the title of a work: after "titled", "entitled" or a
    noun of a work and a comma ('her memoir, "Tell Them I Said No,"', "das Buch „Wir
    schaffen das“"; not 'what one woman called "the stark terror"', her words)."""
    lows = p.lows
    k = o - 1
    if k >= 0 and lows[k] == ",":
        k -= 1
    return k >= 0 and (lows[k] in _WORKS or lows[k].endswith(_WORK_ENDS))


# words before the title of a work
_WORKS = {
    "titled", "entitled", "memoir", "memoirs", "book", "novel", "film",
    "movie", "song", "album", "play", "show", "series", "documentary", "essay", "poem",
    "podcast", "single", "titel", "buch", "roman", "lied", "stück",
    "serie", "sendung", "dokumentation", "gedicht", "motto",
}  # fmt: skip
_WORK_ENDS = ("buch", "roman", "film", "lied", "album", "titel")


_MAX_SPLIT = 15  # tokens between the two halves of a split quote
_OTHER_CLAUSE = {"und", "aber", "doch", "während", "and", "but", "while", "whereas"}


def _cue_clause_only(p: Para, lex: CueLexicon, st: Stmt, o: int) -> bool:
    """Only the cue clause of ``st`` stands between its quotation and the one opening at
    ``o`` („Wir müssen“, sagte Pistorius am Montag in einem Brief an die Abgeordneten,
    „mehr tun.“): at most ``_MAX_SPLIT`` tokens, no other speech verb, no conjunction that
    opens a clause of its own ("..., sagte X, und Y entgegnete: „...“")."""
    c = st.quote[1]  # type: ignore[index]
    if o - c - 1 > _MAX_SPLIT:
        return False
    return not any(
        p.toks[k].is_quote
        or p.lows[k] in _OTHER_CLAUSE
        or (
            p.lows[k] in lex.verbs
            and k not in st.cue
            # a noun after a determiner: '"...," Judge X wrote in her ruling, "..."'
            and not (p.lang == "en" and p.lows[k - 1] in _DETERMINERS)
        )
        for k in range(c + 1, o)
    )


@functools.cache
def konjunktiv_forms() -> frozenset[str]:
    """German Konjunktiv I forms of the third person singular the cue lexicon does not list
    one by one ("rüste", "rechne"; ``resources/cues/konjunktiv_de.txt``, built by
    ``scripts/build_konjunktiv_forms.py``)."""
    return frozenset(_read_lines("cues", "konjunktiv_de.txt"))


def has_konjunktiv_form(text: str) -> bool:
    """A sentence holds such a form written in lower case after its first word: worth
    tokenising, as it may go on with the statement before it.

    >>> has_konjunktiv_form("Russland rüste auf."), has_konjunktiv_form("Die Rede war kurz.")
    (True, False)
    >>> has_konjunktiv_form("Das zeige, dass die Maßnahmen wirkten.")
    True
    """
    forms = konjunktiv_forms()
    words = text.translate(_MARKS_TO_SPACE).split()  # "zeige," -> "zeige"
    return not forms.isdisjoint(words[1:]) or ("bitte" in words and bool(_ASKS.search(text)))


def has_subjunctive(text: str, lex: CueLexicon) -> bool:
    """A sentence holds a Konjunktiv word of the lexicon ("sei", "seien") or a form of
    :func:`has_konjunktiv_form`.

    >>> from discourse.statements._cues import load_cues
    >>> has_subjunctive("Personen mit Kontakt seien zu schützen.", load_cues("de"))
    True
    """
    words = text.lower().translate(_MARKS_TO_SPACE).split()
    return not lex.subjunctive.isdisjoint(words) or has_konjunktiv_form(text)


_MARKS_TO_SPACE = str.maketrans(dict.fromkeys(',;:.!?()“”»«"', " "))


# "bitte" is left out of the forms (mostly the adverb "please"); after a subject pronoun
# and before "um" it is the verb: "Sie bitte um Geduld"
_ASKS = re.compile(r"\b(?:[Ee]r|[Ss]ie|[Mm]an) bitte (?:um|darum)\b")


def _regular_konjunktiv(p: Para, lo: int, hi: int) -> bool:
    """A form of :func:`konjunktiv_forms` in sentence ``lo``..``hi`` after its first word,
    not next to "ich"/"wir" (where it is the indicative: "ich rechne"): right after a
    statement, the sentence goes on with it ("Russland rüste in beispiellosem Tempo auf")."""
    forms, toks = konjunktiv_forms(), p.toks
    return any(
        (
            toks[k].text in forms
            and toks[k - 1].low not in ("ich", "wir")
            and not (k + 1 < hi and toks[k + 1].low in ("ich", "wir"))
        )
        or (
            toks[k].text == "bitte"
            # "Sie bitte um Geduld", "Deshalb bitte sie um Geduld"; not the polite "Sie"
            # of a request ("Warten Sie bitte um zehn Uhr")
            and (
                toks[k - 1].text in ("er", "sie", "man")
                or (k - 1 == lo and toks[lo].low in ("er", "sie", "man"))
            )
            and k + 1 < hi
            and toks[k + 1].low in ("um", "darum")
        )
        for k in range(lo + 1, hi)
    )


def reportative(p: Para, lex: CueLexicon, s: int) -> bool:
    """A reportative modal of the lexicon (German "sollen") with a perfect infinitive reports
    a claim ("Er soll drei Söhne gezeugt haben", "Daran soll Lenz beteiligt gewesen sein"):
    after a statement, it continues it."""
    lo, hi = p.bounds[s]
    lows = p.lows
    if lex.reportative.isdisjoint(lows[lo:hi]):
        return False
    end = p.content_end(s)
    return (
        end - lo >= 4
        and lows[end - 1] in ("haben", "sein")  # not "werden": mostly a plan in speeches
        and p.toks[end - 2].text[:1].islower()
        and not p.toks[end - 2].is_punct
    )


def _sentence_like(p: Para, lex: CueLexicon, o: int, c: int, words: int) -> bool:
    """A quote without a cue counts as a statement when it reads as speech, not as a title
    ("„175 Jahre Dampflokomotive Saxonia“"): it opens its sentence, follows a colon, is
    long, or has a verb-like word."""
    toks = p.toks
    lo = p.bounds[toks[o].sent][0]
    if o == lo or toks[o - 1].text in ":" or words >= 8:
        return True
    if p.lang == "de" and toks[o - 1].low in _TITLE_NOUNS:
        return False  # "Das Stück mit dem Titel „Wir sagen nichts mehr“": a title
    return _verb_like(p, lex, o, c)


# nouns a German title in quotation marks follows ("mit dem Titel „…“", "sein Roman „…“")
_TITLE_NOUNS = {
    "titel", "motto", "roman", "buch", "film", "stück", "album", "lied", "song", "serie",
    "kampagne", "ausstellung", "theaterstück", "dokumentation", "podcast", "oper", "gedicht",
    "schlagzeile", "überschrift", "slogan", "arbeitstitel", "theaterstücks", "romans",
    "buches", "films", "albums", "liedes", "songs",
}  # fmt: skip


def _short_sentence(p: Para, lex: CueLexicon, o: int, c: int) -> bool:
    """A short quotation that is a whole sentence of its own, with a verb or a first-person
    pronoun („Wir müssen handeln.“ after „...“, sagte Merz., or after a colon): speech, not
    a title."""
    toks = p.toks
    lo, hi = p.bounds[toks[o].sent]
    return (
        # also after a German colon ("X verteidigte den Plan: „Wir müssen handeln.“"; an
        # English one mostly quotes a motto: 'a new creed: "Let's roll."')
        (o == lo or (p.lang == "de" and toks[o - 1].text == ":"))
        and toks[c - 1].text in (".", "!", "?")
        and all(toks[k].is_punct for k in range(c + 1, hi))
        and (_verb_like(p, lex, o, c) or (p.lang == "en" and _english_verb(p, o, c)))
    )


# English finite auxiliaries and subject pronouns of a short quoted sentence
_EN_FINITE = {
    "is", "are", "was", "were", "am", "has", "have", "had", "will", "would", "can", "could",
    "must", "should", "shall", "may", "might", "do", "does", "did", "he", "she", "they",
}  # fmt: skip


def _english_verb(p: Para, o: int, c: int) -> bool:
    """An English finite auxiliary, a subject pronoun or a past form in "-ed" between ``o``
    and ``c`` ('"They admitted it."' after '"...," he said.': a sentence, no title)."""
    toks = p.toks
    return any(
        toks[k].low in _EN_FINITE
        or (toks[k].text.islower() and toks[k].low.endswith("ed") and len(toks[k].low) > 3)
        # the tokenizer keeps contractions whole: '"That's on me."', '"We're done."'
        or _contraction(toks[k].low.replace("’", "'")) is not None
        for k in range(o + 1, c)
    )


def _verb_like(p: Para, lex: CueLexicon, o: int, c: int) -> bool:
    """A finite verb, a Konjunktiv form or a first-person pronoun between ``o`` and ``c``."""
    toks = p.toks
    return any(
        toks[k].low in FINITE or toks[k].low in lex.subjunctive or toks[k].low in PRONOUNS_1
        for k in range(o + 1, c)
    )


PRONOUNS_1 = {"ich", "wir", "du", "ihr", "mich", "uns", "mir", "i", "we", "you"}


# "ließ ... ausrichten/verbreiten, ...": the infinitives that pass words on
_LET_SAY = {"ausrichten", "verbreiten", "wissen", "verlauten", "bestellen", "melden"}


def _unlisted_report(p: Para, lex: CueLexicon, s: int) -> tuple[int, tuple[int, int]] | None:
    """(verb, subject) of a sentence that opens with ``NP VERB, ...`` where the verb is no
    auxiliary and no Konjunktiv: a speech act the lexicon does not list, whose clause after
    the comma holds the sentence's Konjunktiv ("Anonymous bekundete, dass die Daten ...
    gewesen seien", "Hacker konterte, die FPÖ betreibe Hetze", "Die Sängerin ließ über ihre
    Agentur ausrichten, sie sei ...": the infinitive); its message is that clause, not a
    continuation of the statement before."""
    lo, hi = p.bounds[s]
    toks = p.toks
    if toks[lo].low in PRONOUNS or toks[lo].low in _NOT_SUBJECT_START or toks[lo].is_punct:
        return None
    end = np_end(p, lo, hi, set())
    if end is None or end + 2 >= hi or end - lo > 8:
        return None
    verb = toks[end]
    let = verb.low in _LET  # "Die Sängerin ließ über ihre Agentur ausrichten, sie sei ..."
    if let:
        comma = next((j for j in range(end + 2, min(hi - 2, end + 9)) if toks[j].text == ","), 0)
        if not (comma and toks[comma - 1].low in _LET_SAY):
            return None  # not "ließ eine Klage prüfen, verzichtete aber ..."
        end = comma - 1
        verb = toks[end]
    if toks[end + 1].text != ",":
        return None
    if (
        toks[end + 2].low != "dass"
        and lex.subjunctive.isdisjoint(p.lows[end + 2 : hi])
        and not _regular_konjunktiv(p, end + 2, hi)
    ):
        return None
    if not verb.text[:1].islower() or verb.is_punct or verb.low in FINITE:
        return None
    if not let and (verb.low in lex.subjunctive or not verb.low.endswith(("te", "ten", "t"))):
        return None  # a past or present third-person form: "bekundete", "unterstreicht"
    if verb.text in konjunktiv_forms():
        return None  # "Das Knie halte, er könne ...": a Konjunktiv I, no past tense
    return end, (lo, end)


def _subject_colon(
    p: Para, lex: CueLexicon, lo: int, hi: int
) -> tuple[int, tuple[int, int], int] | None:
    """(verb, subject, colon) of a sentence that opens with ``NP VERB ...:`` and goes on in
    the Konjunktiv after the colon ("Gladbachs Coach Eugen Polanski haderte mit der ersten
    Halbzeit: Da habe sein Team zu viel Respekt gezeigt"): the subject speaks, not the
    speaker of the sentence before (see :func:`_agent_opening`)."""
    toks = p.toks
    k = next((j for j in range(lo + 3, hi - 2) if toks[j].text == ":"), None)
    if k is None or any(toks[j].is_quote or toks[j].text in ",;" for j in range(lo, k)):
        return None
    got = _agent_opening(p, lex, lo, k)
    return None if got is None else (*got, k)


def _named_colon(p: Para, lex: CueLexicon, lo: int, hi: int) -> bool:
    """:func:`_subject_colon` with a subject that names someone: a given name and a surname
    or a word the dictionary does not know ("Verbandschef Olaf Schröder widersprach: …";
    not "Der arbeitende Bürger lernt: …", a figure of speech)."""
    got = _subject_colon(p, lex, lo, hi)
    if got is None:
        return False
    a, b = got[1]
    toks = p.toks
    return any(
        (k + 1 < b and given_gender(f"{toks[k].text} {toks[k + 1].text}") is not None)
        or (is_name_word(toks[k].text) and not _known(toks[k].low, "de"))
        for k in range(a, b)
    )


def _agent_opening(
    p: Para, lex: CueLexicon, lo: int, stop: int
) -> tuple[int, tuple[int, int]] | None:
    """(verb, subject) of a clause from ``lo`` to ``stop`` that opens with ``NP VERB``: the
    subject a name or a noun that can speak, its verb in the indicative and no copula
    ("Positive Impulse kommen von der Steuerreform", "Der Umsatz solle ...", "Die Regierung
    käme ..." and "Die Lage ist ernst" have none), else None."""
    toks = p.toks
    first = toks[lo].low
    article = first == "das" and lo + 1 < stop and toks[lo + 1].text[:1].isupper()
    if first in PRONOUNS or first in _NOT_SUBJECT_START:
        return None
    if first in OPENERS_NOT_SUBJECT and not article:  # "Das Institut sieht ...": an article
        return None
    end = np_end(p, lo, stop, set())
    if end is None or end >= stop or end - lo > 8:
        return None
    h = end - 1
    if toks[h].text == ")":  # "Ulli Sima (SPÖ) verteidigte den Schritt:": the name before it
        h = next((j for j in range(h - 1, lo, -1) if toks[j].text == "("), lo) - 1
    verb, head = toks[end], toks[max(h, lo)].text
    if not verb.text[:1].islower() or verb.is_punct or verb.low in FINITE or verb.low in DE_STOP:
        return None  # "Die Lage ist ernst: ..." (a copula), "Der Umsatz im Konzern ..."
    if verb.low.endswith("e") and not verb.low.endswith("te"):
        return None  # a Konjunktiv: "Der Solargenerator produziere ...:", "käme", "gelte"
    if verb.low in lex.subjunctive or verb.low in KONJ_II:
        return None
    given = h > lo and given_gender(f"{toks[h - 1].text} {head}") is not None
    if not (
        is_agent_word(head) or (is_name_word(head) and (given or not _known(head.lower(), "de")))
    ):
        return None  # "Ein Detail ... betrifft ...:", "Überhaupt scheint ...:" (a name
        # unknown to the dictionary may end like a noun: "Röttgen"; after a given name any
        # surname: "Olaf Schröder")
    return end, (lo, end)


def _subject_before(p: Para, lex: CueLexicon, s: int) -> tuple[int, int] | None:
    """The subject of the sentence before sentence ``s`` when it opens with ``NP VERB``
    (:func:`_agent_opening`) and ends with a full stop: the speaker of a Konjunktiv
    sentence that no statement goes on from ("Das Robert-Koch-Institut sieht noch keine
    Gefahr." / "Lediglich Personen mit Geflügel seien zu schützen."; the SpkAtt gold marks
    the subject as the source, with no cue)."""
    if s == 0:
        return None
    lo, hi = p.bounds[s - 1]
    toks = p.toks
    if hi - lo < 3 or toks[hi - 1].text != "." or any(t.is_quote for t in toks[lo:hi]):
        return None
    if toks[lo].low in DE_PREPOSITIONS or _cue_clause_inside(p, lex, s):
        return None  # "Trotz des Preises ...", "..., glauben die Anwälte": a speaker of its own
    got = _agent_opening(p, lex, lo, hi - 1)
    if got is None:
        return None
    a, b = got[1]
    if toks[a].low in DE_ARTICLES and not any(is_agent_word(t.text) for t in toks[a:b]):
        return None  # "Der Produktionsindex der Industrie" (a name has no article)
    return a, b


def _cue_clause_inside(p: Para, lex: CueLexicon, s: int) -> bool:
    """Sentence ``s`` holds a verb of the lexicon right after a comma, in the indicative
    ("..., glauben die Anwälte", "..., hielt Verteidiger X fest"): it names its speaker."""
    lo, hi = p.bounds[s]
    lows = p.lows
    return any(
        lows[k] in lex.verbs and lows[k] not in lex.subjunctive and p.toks[k - 1].text == ","
        for k in range(lo + 1, hi)
    )


def _colon_intro(p: Para, o: int) -> tuple[list[int], tuple[int, int]] | None:
    """ "Schäuble: „…“" and "Die Überlebende beschrieb den Hergang: „…“": the subject noun
    phrase opening the clause before the colon is the source, its verb the cue; when the
    colon ends the sentence before ("Zypries sieht darin eine Bestätigung:" / "„…“"), the
    subject is the source and there is no cue (as the SpkAtt gold marks it)."""
    toks = p.toks
    if o < 2 or toks[o - 1].text != ":":
        return None
    before = toks[o - 1].sent != toks[o].sent
    if before and o != p.bounds[toks[o].sent][0]:
        return None
    cs, _ = p.clause(o - 2)
    if cs >= o - 1:
        return None
    lo = p.bounds[toks[o - 2].sent][0]
    if p.lex is not None and cs > lo + 1 and toks[cs - 1].text == "," and toks[cs].text.islower():
        # "Die Trainerin der Nati, Pia Sundhage, zeigte sich enttäuscht: „…“"
        appo = _apposition_subject(p, p.lex, lo, cs, cs)
        if appo is not None:
            return ([] if before else [cs]), appo
    if toks[cs].low in PRONOUNS and toks[cs].low != "man":
        end = cs + 1
    else:
        end = np_end(p, cs, o - 1, set())
    if end is None or toks[cs].low in _NOT_SUBJECT_START:
        return None
    if end == o - 1:
        return ([], (cs, end)) if end - cs <= 6 else None
    verb = toks[end]
    if verb.is_punct or not verb.text[:1].islower() or verb.low in _NOT_SUBJECT_START:
        return None
    return ([] if before else [end]), (cs, end)


_NOT_SUBJECT_START = {
    "in",
    "im",
    "am",
    "auf",
    "bei",
    "nach",
    "vor",
    "mit",
    "von",
    "für",
    "zu",
    "und",
}


_MAX_BEFORE_COLON = 6  # tokens of a message that may stand before the colon of a quotation


def colon_quotation(p: Para, lex: CueLexicon, st: Stmt) -> None:
    """A reported German message that opens with a few words, a colon and a quotation
    running to its end is that quotation: "sagte dem „Handelsblatt“: „Wir müssen ...“",
    "zeigte sich begeistert: »Solche Funde ...«" (the words before the colon say to whom
    or how, they are no message). Changes ``st`` in place."""
    lo, hi = st.msg
    if p.lang != "de" or st.kind == "direct" or not st.cue or st.gap is not None:
        return
    for o, c, depth, _ in p.quotes:
        if o <= lo or o > lo + _MAX_BEFORE_COLON or depth or p.toks[o - 1].text != ":":
            continue
        if c < hi - 1 or c - o < 3:
            continue  # (a quotation may go on into the next sentences: „… . …“)
        if any(
            k in st.cue or p.lows[k] in FINITE or p.lows[k] in lex.subjunctive for k in range(lo, o)
        ):
            return  # "...: sie sei bereit: „...“": a message of its own before the colon
        st.kind, st.msg, st.quote = "direct", (o + 1, c), (o, c)
        return

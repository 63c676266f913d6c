"""Per-document extraction: paragraphs, rule statements, quotes, continuations, speakers."""

from __future__ import annotations

import bisect
import operator
from dataclasses import replace
from itertools import compress
from typing import Any

from discourse.statements._clauses import end_at_own_verb
from discourse.statements._cue_span import complete_cue
from discourse.statements._cues import CueLexicon
from discourse.statements._english import nearer_speakers
from discourse.statements._fronted import _is_name_like
from discourse.statements._markers import headline, marker_cues
from discourse.statements._parenthesis import across_parenthesis, end_before_outer_cue
from discourse.statements._prefilter import (
    GATED,
    QUOTE_MARK,
    QUOTE_OR_COLON,
    automaton,
    model_gates,
    with_swiss_spelling,
    word_level,
)
from discourse.statements._quotes import (
    colon_quotation,
    has_konjunktiv_form,
    has_subjunctive,
    quotes_and_continuations,
)
from discourse.statements._refine import refine
from discourse.statements._resolve import resolve_speakers
from discourse.statements._rules import PRONOUNS, Para, Stmt, message_gap
from discourse.statements._source import speech_source
from discourse.statements._speaker_parse import _body, _given, _is_role, _known
from discourse.statements._speaker_span import guess_source, normalise_source
from discourse.statements._text import is_agent_word, pair_quotes, sentences_inside, tokenize
from discourse.statements._verbs import verb_cues
from discourse.statements._whole import whole_statements
from discourse.statements._words import AUX, DE_ARTICLES, DE_PREPOSITIONS


def _paragraphs(
    grp, texts, starts, code, mentions, want=None, keep=None, gated=None, lex=None, free=None
):
    """Yield (index list, base offset, Para, names) for each paragraph of one document.

    ``grp`` lists (para_id, sentence row) in text order; ``want(texts)`` may veto a
    paragraph before it is tokenised (then Para is None); ``keep(text)`` may leave a
    sentence without tokens (no rule can start in it; offsets stay exact); ``gated(text)``
    marks a sentence ``keep`` left out only by a prefilter gate: it gets its tokens after
    all when it is the paragraph's only sentence or lies inside a quotation that spans
    sentences (part of that message); ``lex``: the cue lexicon, kept on each Para;
    ``free(text)``: a sentence in the Konjunktiv that may stand without a statement
    before it (the sentence before it gets its tokens: its subject may be the speaker).
    """
    groups: list[list[int]] = []
    last = None
    for pa, i in grp:
        if pa != last or not groups:
            groups.append([])
            last = pa
        groups[-1].append(i)
    for g, idx in enumerate(groups):
        base = int(starts[idx[0]])
        if want is not None and not want([texts[i] for i in idx]):
            yield idx, base, None, set()
            continue
        reopened = _opening_mark(texts[groups[g + 1][0]]) if g + 1 < len(groups) else ""
        ok = [
            isinstance(texts[i], str) and (keep is None or keep(texts[i]) or bool(reopened))
            for i in idx
        ]
        if gated is not None and len(idx) == 1 and not ok[0] and isinstance(texts[idx[0]], str):
            ok[0] = gated(texts[idx[0]])  # a paragraph of one sentence: a headline?
        for s in range(len(idx) - 1):  # "Verletzt wurde niemand. Das teilte die Polizei mit."
            if ok[s] or not ok[s + 1]:
                continue
            nxt = str(texts[idx[s + 1]])
            if nxt.startswith(_BACK_REFERENCE) or " dies " in nxt:
                ok[s] = isinstance(texts[idx[s]], str)
            elif free is not None and free(nxt):  # its subject may speak on
                ok[s] = isinstance(texts[idx[s]], str)  # (see _subject_before)
        toks, bounds, pairs = _tokens(idx, texts, starts, base, ok, reopened)
        if gated is not None and not all(ok):
            inside = sentences_inside(toks, pairs) if pairs else set()
            # inside a quotation that spans sentences, or ending in a colon that announces
            # the next sentence ("Zypries sieht darin eine Bestätigung:" / "„...“")
            more = [
                s
                for s, i in enumerate(idx)
                if not ok[s]
                and isinstance(texts[i], str)
                and (
                    s in inside or (s + 1 < len(ok) and ok[s + 1] and texts[i].rstrip()[-1:] == ":")
                )
                and gated(texts[i])
            ]
            if more:
                for s in more:
                    ok[s] = True
                toks, bounds, pairs = _tokens(idx, texts, starts, base, ok, reopened)
        if not toks:
            yield idx, base, None, set()
            continue
        p = Para(toks, bounds, pairs, code, lex)
        yield idx, base, p, _name_tokens(toks, base, mentions)


# a sentence that opens with these, or has "dies" inside ("X hat dies mitgeteilt"), may
# report the sentence before it
_BACK_REFERENCE = ("Das ", "Dies ", "Davor ", "Darauf ")


def _opening_mark(text: Any) -> str:
    """The quotation mark that opens a paragraph's first sentence, else ""."""
    head = text.lstrip()[:1] if isinstance(text, str) else ""
    return head if head in '„“»«"' else ""


def _tokens(idx, texts, starts, base, ok, reopened=""):
    """The tokens of a paragraph's sentences (none for a sentence whose ``ok`` is False),
    the token range of each sentence and the quotation pairs (``reopened``: see
    :func:`pair_quotes`)."""
    toks, bounds = [], []
    for s, i in enumerate(idx):
        t = tokenize(texts[i], s, int(starts[i]) - base) if ok[s] else []
        bounds.append((len(toks), len(toks) + len(t)))
        toks.extend(t)
    if not toks:
        return toks, bounds, []
    sent_last = {s: hi - 1 for s, (lo, hi) in enumerate(bounds) if hi > lo}
    return toks, bounds, pair_quotes(toks, sent_last, reopened)


def _according_to_report(p: Para, st: Stmt, found: list[Stmt]) -> bool:
    """An English "according to X" whose message holds another statement's cue and speaker
    ("Orban said the plan would fail, according to state media"): X reports that statement
    and is no speaker of its message."""
    return (
        bool(st.cue)
        and p.lows[st.cue[0]] == "according"
        and any(
            o is not st and o.src is not None and st.msg[0] <= o.src[0] and o.cue[0] < st.msg[1]
            for o in found
            if o.cue
        )
    )


def rule_statements(
    p: Para,
    lex: CueLexicon,
    names: set[int],
    thought: bool,
    words: tuple[frozenset, frozenset, frozenset] | None = None,
    body: str = "",
) -> list[Stmt]:
    """The cue-based rule statements of one paragraph (headline, verbs, markers).

    ``words`` (:func:`_cue_words` of ``lex``, passed to save building it per paragraph)
    gives the words that start a verb and a marker candidate: the candidates are found
    once per paragraph, in C, and only sentences with one are looked at. ``body``: the
    document's text, where an English headline's label may speak (see :func:`headline`).
    """
    stmts: list[Stmt] = []
    h = headline(p, names, body)
    if h is not None:
        stmts.append(h)
    verb_words, marker_words, any_words = words if words is not None else _cue_words(lex)
    lows, toks, nouns = p.lows, p.toks, lex.nouns
    hits = list(compress(range(len(lows)), map(any_words.__contains__, lows)))
    if not hits:
        return stmts
    by_sent: dict[int, tuple[list[int], list[int]]] = {}
    for i in hits:  # the same tests as the candidate scans of verb_cues and marker_cues
        w = lows[i]
        if w in verb_words:
            by_sent.setdefault(toks[i].sent, ([], []))[0].append(i)
        if w in marker_words or toks[i].text in nouns:
            by_sent.setdefault(toks[i].sent, ([], []))[1].append(i)
    for s in sorted(by_sent):
        vs, ms = by_sent[s]
        found = verb_cues(p, lex, s, names, thought, vs) + marker_cues(p, lex, s, names, ms)
        if p.lang == "en" and len(found) > 1:
            found = [st for st in found if not _according_to_report(p, st, found)]
            nearer_speakers(p, found)
        if found:
            stmts.extend(_dedupe(found, stmts))
    if p.quotes:
        for st in stmts:
            _inside_its_quotation(p, st)
    return stmts


def _inside_its_quotation(p: Para, st: Stmt) -> None:
    """A cue inside a quotation reports only what the quotation goes on to say: its message
    ends at the closing mark ('"We have always said that we will meet our commitments,"
    Pedro Sanchez said.': not '... commitments," Pedro Sanchez said')."""
    if not st.cue or st.quote is not None:
        return
    i = st.cue[0]
    for o, c, _, _ in p.quotes:
        if o < i < c and st.msg[0] < c < st.msg[1]:
            end = c
            while end > st.msg[0] + 1 and p.toks[end - 1].text in ",;:":
                end -= 1
            st.msg = (st.msg[0], end)
            return


def _cue_words(lex: CueLexicon) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The lower-case words that start a ``verb_cues`` and a ``marker_cues`` candidate,
    and all of them with the lower-cased ``lex.nouns`` (a noun candidate is matched on
    its original spelling, so its lower case is a necessary condition)."""
    verbs = frozenset(lex.verbs) | frozenset(lex.joined)
    triggers = frozenset(lex.triggers)
    return verbs, triggers, verbs | triggers | {n.lower() for n in lex.nouns}


def _doc_statements(
    doc_id,
    grp,
    texts,
    sids,
    starts,
    lex,
    code,
    mentions,
    reg,
    thought,
    doc_text,
    model=None,
    free_subjunctive=False,
    noun_phrases=True,
    cache: dict | None = None,
    speech: bool = False,
    shadows_out: list | None = None,
) -> list[dict]:
    """The statement records of one document (``cache``: a dict the caller keeps across
    the documents of one call, for the prefilter automata and the models' tables;
    ``speech``: a speech, where "Sie" is the polite "you", see :func:`_resolve`;
    ``shadows_out``: gets the records of the rule statements the model dropped whose
    speakers stay antecedents, never output)."""
    out: list[dict] = []
    carry: dict | None = None  # the last statement of the previous paragraph, if it ended with one
    if cache is None:
        cache = {}
    auto = _automaton(lex, model, free_subjunctive, cache)
    gated = model_gates(lex, model, cache)
    got = cache.get(("rule words", id(lex)))
    if got is None or got[0] is not lex:
        got = cache[("rule words", id(lex))] = (lex, _cue_words(lex))
    words = got[1]
    # per sentence, scanned once: 2 = a quote, a colon or a paragraph-opening word,
    # 1 = only Konjunktiv words (enough to keep the sentence, not the paragraph), 0 = nothing;
    # with gates, + GATED where a gated word or a colon was all (a colon alone only matters
    # to a headline, a paragraph of one sentence)
    level: dict[str, int] = {}

    def scan(text: str) -> int:
        got = level.get(text)
        if got is None:
            if gated is None or "'" in text or "’" in text:  # quotation marks to pair too
                got = 2 if QUOTE_OR_COLON.search(text) else word_level(auto, text.lower())
            elif QUOTE_MARK.search(text):
                got = 2
            else:
                got = word_level(auto, text.lower(), gated)
                if got & 3 < 2 and ":" in text:
                    got |= GATED
            level[text] = got
        return got

    def want(ptexts: list) -> bool:
        if carry is not None:
            return True
        if len(ptexts) == 1 and isinstance(ptexts[0], str) and scan(ptexts[0]) & GATED:
            return True  # tokenised whole by _paragraphs
        return any(scan(t) & 3 == 2 for t in ptexts if isinstance(t, str))

    def keep(text: str) -> bool:  # also a Konjunktiv form the lexicon does not list
        return scan(text) & 3 > 0 or (code == "de" and has_konjunktiv_form(text))

    def shut(text: str) -> bool:  # left out by a gate only
        return scan(text) & GATED > 0

    paras = _paragraphs(
        grp,
        texts,
        starts,
        code,
        mentions,
        want,
        keep,
        shut if gated is not None else None,
        lex,
        (lambda text: has_subjunctive(text, lex)) if free_subjunctive else None,
    )
    pending: list[dict] = []  # quotations left open at the previous paragraph's end
    body = ""  # the English text in which a headline's label may speak ("Lufthansa said")
    if code == "en":
        body = (
            doc_text if doc_text is not None else " ".join(t for t in texts if isinstance(t, str))
        )
    for idx, base, p, names in paras:
        if p is None:
            carry, pending = None, []
            continue
        ptext = _para_text(texts, starts, idx, base, doc_text)
        stmts = rule_statements(p, lex, names, thought, words, body)
        shadows: list[Stmt] = []
        dropped: list[Stmt] = []
        if model is not None:
            ruled = stmts
            stmts = refine(p, stmts, model, lex, names, model.tables)
            cues = {k for st in stmts for k in st.cue}
            dropped = [
                st for st in ruled if st.cue and st.src is not None and st.cue[0] not in cues
            ]
            shadows = _dropped_speakers(p, dropped, names)
        reopened = bool(pending) and p.toks[0].is_quote  # a quotation goes on here
        stmts.extend(
            quotes_and_continuations(
                p,
                lex,
                stmts,
                carry is not None,
                free_subjunctive,
                reopened=reopened,
                silent=frozenset(st.sent for st in shadows),
                dropped=dropped,
            )
        )
        if model is not None:
            whole = whole_statements(p, stmts, model, lex, names)
            # a speech act the model dropped ("Scholz schloss eine Lieferung aus"): reported
            # as a whole sentence, the form the news annotation gives it
            if model.whole is not None:  # news: the annotation that has such reports
                whole += _dropped_reports(p, ruled, stmts + whole, names)
            if whole:
                _continue_whole(stmts, whole)
                stmts.extend(whole)
        stmts.sort(key=lambda st: (st.msg[0], st.kind == "direct" and st.inherit))
        n_toks = len(p.toks)
        # never an empty content, except a speech event without a message (a cue, no content;
        # not "..., so Hegseth" with nothing before it)
        stmts = [
            st
            for st in stmts
            if 0 <= st.msg[0] < st.msg[1] <= n_toks
            or (st.cue and st.msg[0] == st.msg[1] and st.kind == "reported")
        ]
        if code == "de" and noun_phrases:
            for st in stmts:
                guess_source(p, st)
                normalise_source(p, st, names)
                complete_cue(p, lex, st, learned=model is not None)
        elif code == "de":
            for st in stmts:
                speech_source(p, st)
        for st in stmts:
            across_parenthesis(p, lex, st)
            colon_quotation(p, lex, st)
            end_at_own_verb(p, lex, st)
        if code == "de" and p.quotes:  # a quotation colon_quotation gave its cue: once
            cued = {st.quote for st in stmts if st.cue and st.quote is not None}
            stmts = [st for st in stmts if st.cue or st.quote is None or st.quote not in cued]
        end_before_outer_cue(p, stmts)
        if shadows and code == "de" and noun_phrases:
            for st in shadows:
                normalise_source(p, st, names)
        recs = [_record(doc_id, p, st, base, idx, sids, ptext) for st in stmts]
        seq = list(zip(recs, stmts, strict=True))
        if shadows:
            # the speakers of rule statements the model dropped stay antecedents for the
            # statements that inherit a speaker after them ("X kritisierte die Pläne." /
            # "„...“"): resolved with the others in text order, never output
            shadow_recs = [_record(doc_id, p, st, base, idx, sids, ptext) for st in shadows]
            seq += list(zip(shadow_recs, shadows, strict=True))
            if shadows_out is not None:
                shadows_out.extend(shadow_recs)
            seq.sort(key=lambda rs: (rs[1].msg[0], rs[1].kind == "direct" and rs[1].inherit))
        last = resolve_speakers(
            [r for r, _ in seq],
            [t for _, t in seq],
            p,
            base,
            mentions,
            reg,
            carry,
            speech,
            lex.after_nouns,
        )
        unresolved = reopened and not _speaker_from_next(
            pending, recs, base + p.toks[p.bounds[0][1] - 1].end
        )
        left_open = _left_open(recs, p, base)
        # a quotation over three or more paragraphs: the speaker named at its end reaches
        # back to its first paragraph
        pending = pending + left_open if unresolved and left_open else left_open
        out.extend(recs)
        last_sent = len(p.bounds) - 1
        final = seq[-1][0] if seq else None
        if final is not None and str(final["speaker_surface"]).lower() == "demnach":
            final = last  # the source "Demnach" points back to
        carry = (
            final
            if final is not None
            and (seq[-1][1].sent >= last_sent or seq[-1][1].msg[1] > p.bounds[last_sent][0])
            and final["speaker_surface"] is not None
            else None
        )  # (a statement whose quotation runs on into the last sentence counts too)
    return out


def _dropped_reports(p: Para, ruled: list[Stmt], have: list[Stmt], names: set[int]) -> list[Stmt]:
    """The reported rule statements whose subject opens the sentence and whose cue the
    model dropped, as whole-sentence reports without a cue in sentences no statement
    covers ("Scholz schloss eine Lieferung von Taurus aus.", "Merz kritisierte die Pläne
    scharf.": the form the news annotation gives them; in 3-fold cross-validation inside
    the tune split source F1 0.609 -> 0.607, message 0.733 -> 0.729, kept because these
    are the positions a user looks for)."""
    kept = {k for st in have for k in st.cue}
    covered = {st.sent for st in have}
    out = []
    for st in ruled:
        label = st.kind == "direct" and st.msg[1] - st.msg[0] <= 3  # "sprach von „X“"
        if not (st.kind == "reported" or label) or st.src is None or not st.cue:
            continue
        if st.cue[0] in kept:
            continue
        if st.sent in covered or not (
            _subject_first(p, st, names)
            or _fronted_object(p, st, names)
            or _after_fronted_adverbial(p, st, names)
            or _passive_agent(p, st)
        ):
            continue
        lo, _ = p.bounds[st.sent]
        out.append(Stmt(st.sent, "reported", (lo, p.content_end(st.sent)), [], st.src))
        covered.add(st.sent)
    return out


_NOT_NOMINATIVE = {"den", "dem", "einen", "einem", "diesen", "diesem"}


def _subject_first(p: Para, st: Stmt, names: set[int]) -> bool:
    """The statement's source opens its sentence as a subject: an article and a noun ("Die
    Post"), or a name right before the cue verb ("Wassilew weist ... zurück", "Hegseth hat
    die Europäer ... aufgefordert"); not an adverb or a fronted object before an auxiliary
    and the real subject ("Konkret hatten die Freiheitlichen ...")."""
    a, b = st.src  # type: ignore[misc]
    lo = p.bounds[st.sent][0]
    toks = p.toks
    if a != lo:
        return False
    after = toks[b + 1] if b + 1 < len(toks) else None
    nb = b  # the name's end before a party in brackets: "Jens Spahn (CDU) hat ..."
    if b - a > 3 and toks[b - 1].text == ")":
        nb = next((k for k in range(b - 2, a, -1) if toks[k].text == "("), b)
    named = (
        any(k in names for k in range(a, b))
        or (b == a + 1 and not _known(toks[a].low, "de"))
        # with the cue closing the clause: a common given name and a surname ("Jörg Mahlberg
        # hat die Pläne kritisiert"), or "Der" and a person noun opening the sentence, a
        # nominative ("Der Richter hat die Pläne kritisiert"; not "Der König hat den ...
        # verurteilten Schweizer begnadigt")
        or (
            _clause_final(p, st.cue[0])
            and (
                (nb == a + 2 and toks[a].text in _given() and toks[a + 1].text[:1].isupper())
                or (toks[a].text == "Der" and b - a >= 2 and _person_noun(toks[b - 1].text))
                # a role word before them: "Trainer Joachim Löw hat eine Rückkehr
                # ausgeschlossen", "Der Sänger Peter Maffay hat seine Tour angekündigt"
                or (
                    a + 2 <= nb <= a + 4
                    and toks[nb - 2].text in _given()
                    and toks[nb - 1].text[:1].isupper()
                    and all(t.text[:1].isupper() for t in toks[a : nb - 2])
                )
            )
        )
    )
    if (
        after is not None
        and toks[b].low in AUX
        and (after.low in DE_ARTICLES or after.text[:1].isupper())
        and not named
        and not (after.low in _NOT_NOMINATIVE and _clause_final(p, st.cue[0]))
        and not _speaker_then_thing(p, st, names)
    ):
        # the subject is after the auxiliary; not in "X hat den Vorschlag kritisiert."
        return False
    if toks[a].low in DE_ARTICLES and b - a >= 2:
        return True
    # the verb right after the subject, or after the comma closing its apposition
    # ("Karl-Theodor zu Guttenberg, Obmann der …, warf der LINKEN … vor")
    verb_next = b == min(st.cue) or (toks[b].text == "," and b + 1 == min(st.cue))
    return verb_next and toks[a].text[:1].isupper()


def _after_fronted_adverbial(p: Para, st: Stmt, names: set[int]) -> bool:
    """A prepositional phrase opens the sentence, the finite verb follows it and the source
    right after the verb is a name the registry knows or a person noun: "Im Streit um den
    Haushalt hat Klingbeil die Union kritisiert" (the news model drops such cues)."""
    a, b = st.src  # type: ignore[misc]
    lo = p.bounds[st.sent][0]
    toks = p.toks
    # a time adverb alone before the auxiliary: "Zuvor hat der Bund die Ansiedlung bestätigt"
    adverb = a == lo + 2 and toks[lo].low in _TIME_ADVERBS
    if not adverb and (a < lo + 3 or toks[lo].low not in DE_PREPOSITIONS):
        return False
    if adverb and st.cue[0] == lo + 1:
        pass  # the verb itself before the subject: "Zudem kritisierten die Prüfer …"
    elif not _clause_final(p, st.cue[0]):
        return False
    elif toks[a - 1].low not in AUX or any(t.is_punct for t in toks[lo : a - 1]):
        return False  # "Im Streit, der ..., hat": a clause before the verb
    head = toks[b - 1].text
    if adverb and st.cue[0] == lo + 1 and toks[a].low in ("der", "die", "er", "sie"):
        return True  # after one adverb the nominative follows the verb: "Zugleich bat sie"
    # (a body too: "Im Prozess um den Betrug hat die Staatsanwaltschaft … gefordert")
    return any(k in names for k in range(a, b)) or _person_noun(head) or _body(head)


# adverbs of time that open a sentence before its verb or auxiliary and its subject
_TIME_ADVERBS = {
    "zuvor", "zudem", "zugleich", "gestern", "heute", "inzwischen", "mittlerweile",
    "bereits", "zuletzt", "damals", "nun", "jetzt", "später", "erneut", "kürzlich",
}  # fmt: skip


def _passive_agent(p: Para, st: Stmt) -> bool:
    """The source is the agent of a passive ("Das Abkommen wurde von Abgeordneten aus
    Frankreich scharf kritisiert"), the cue participle closing the clause."""
    a, b = st.src  # type: ignore[misc]
    toks = p.toks
    return (
        a > 0
        and toks[a - 1].low in ("von", "vom")
        and not (b < len(toks) and toks[b].low == "bis")  # "von Sonntag bis Montag"
        and any(toks[k].low in ("wurde", "wurden", "worden") for k in st.cue)
        and _clause_final(p, st.cue[0])
    )


def _speaker_then_thing(p: Para, st: Stmt, names: set[int]) -> bool:
    """Before the auxiliary a noun that can speak, after it one that cannot, the cue
    participle closing the clause: "Die Staatsanwaltschaft hat eine Haftstrafe gefordert",
    "Die Opposition hat eine Reform gefordert" (the first noun phrase is the subject)."""
    a, b = st.src  # type: ignore[misc]
    toks = p.toks
    if not _clause_final(p, st.cue[0]) or not _can_speak(toks[b - 1].text):
        return False
    nouns = [k for k in range(b + 1, st.cue[0]) if toks[k].text[:1].isupper()]
    return bool(nouns) and not any(k in names or _can_speak(toks[k].text) for k in nouns)


def _person_noun(word: str) -> bool:
    """A noun for a person: a role or agent noun ("Richter", "Minister") or a noun made of a
    participle ("Angeklagte", "Beschuldigte", "Abgeordnete", "Verteidiger")."""
    return _is_role(word) or is_agent_word(word) or word.endswith(_PARTICIPLE_PERSONS)


_PARTICIPLE_PERSONS = ("klagte", "schuldigte", "ordnete", "teidiger", "dächtige")


def _can_speak(word: str) -> bool:
    """A person noun or a body ("Ministerin", "Opposition", "Staatsanwaltschaft")."""
    return is_agent_word(word) or _body(word)


def _fronted_object(p: Para, st: Stmt, names: set[int]) -> bool:
    """The rules read the words that open the sentence as a fronted object and its subject
    after the verb ("Die Pläne kritisierte Merz scharf", "Einen Wechsel schloss er aus")."""
    lo = p.bounds[st.sent][0]
    toks = p.toks
    if (
        st.msg[0] == lo
        and st.src is not None
        and toks[lo].low in ("den", "einen", "diesen")
        and st.msg[1] <= st.src[0] < st.cue[0]
    ):
        return True  # "Den Vorwurf hat der Bürgermeister zurückgewiesen": the perfect tense
    if not (st.msg[0] == lo and st.src is not None and st.src[0] > st.cue[0] > st.msg[1] - 1):
        return False
    a, b = st.src  # a speaker: a pronoun, a name, a noun that can speak; not "eine Anklage"
    if toks[a].low in PRONOUNS or toks[lo].low in ("den", "einen", "diesen"):
        return True  # "Einen Wechsel schloss er aus", "Den Vorschlag lehnte die Ministerin ab"
    # a name after the verb and a plural noun that cannot speak before it ("Die Pläne
    # kritisierte Merz"); not "Das Militär ... drohte Südkorea", where the name is the object
    fronted = [k for k in range(lo, st.msg[1]) if toks[k].text[:1].isupper()]
    if any(k in names or is_agent_word(toks[k].text) for k in fronted[1:]):
        return False
    # "Eine Impfpflicht lehnt die Ministerin ab": an indefinite thing before a person noun,
    # or before a name and a verb in the singular ("Eine Abspaltung lehnte Bruch ab")
    person = toks[a].low in ("der", "die") and is_agent_word(toks[b - 1].text)
    surname = (
        b == a + 1
        and _is_name_like(toks[a].text)
        and not p.lows[st.cue[0]].endswith("en")  # "Eine Lösung forderten Grüne"
    )
    return (toks[lo].low == "die" and any(k in names for k in range(a, b))) or (
        toks[lo].low in ("eine", "ein") and (person or surname)
    )


def _clause_final(p: Para, k: int) -> bool:
    """Token ``k`` ends its clause: a participle before a mark ("hat ... kritisiert."), not
    an attributive one ("den ... verurteilten Schweizer")."""
    return k + 1 >= len(p.toks) or p.toks[k + 1].is_punct or p.toks[k + 1].sent != p.toks[k].sent


def _continue_whole(stmts: list[Stmt], whole: list[Stmt]) -> None:
    """A Konjunktiv continuation right after a whole-sentence statement with a source goes
    on with its speaker ("Den Vorwurf wies der Minister zurück. Die Verordnung sei kein
    Diktat."): the continuations were found before the whole-sentence statements."""
    after = {st.sent + 1 for st in whole if st.src is not None}
    for st in stmts:
        if st.sent in after and st.kind == "indirect" and not st.cue and st.src is None:
            st.inherit = True


def _left_open(recs: list[dict], p: Para, base: int) -> list[dict]:
    """The direct statements without a cue of their own that run to the paragraph's end in
    a quotation left open there (its speaker may follow in the next paragraph)."""
    if p.toks[-1].is_quote or (len(p.toks) > 1 and p.toks[-2].is_quote):
        return []
    last = base + p.toks[p.bounds[-1][0]].start if p.bounds[-1][1] > p.bounds[-1][0] else None
    return [
        r
        for r in recs
        if r["kind"] == "direct"
        and r["cue"] is None
        and last is not None
        and r["content_end"] is not None
        and r["content_end"] > last
    ]


def _speaker_from_next(pending: list[dict], recs: list[dict], first_end: int) -> bool:
    """Give the open quotations of the previous paragraph the speaker of the direct
    statement that goes on in this paragraph's first sentence ('"If we walk away ...¶"This
    is not charity," she said.'), unless they have their own (not inherited) one; False
    when that statement has no speaker either."""
    nxt = next(
        (
            r
            for r in recs
            if r["kind"] == "direct"
            and r["speaker_surface"] is not None
            and r["content_start"] is not None
            and r["content_start"] < first_end
        ),
        None,
    )
    if nxt is None:
        return False
    for r in pending:
        if r["speaker_surface"] is None or r["inherited"]:
            for key in ("speaker_id", "speaker_surface", "speaker_start", "speaker_end"):
                r[key] = nxt[key]
            r["inherited"] = True
    return True


def _dropped_speakers(p: Para, dropped: list[Stmt], names: set[int]) -> list[Stmt]:
    """Copies of the rule statements whose cue the model dropped (``dropped``, each with a
    source) whose source is an actor: a registry mention, a noun that can speak ("die
    Sprecherin", "Die Polizei"), a role word or a given name before a surname
    ("Sportdirektor Sebastian Kehl")."""
    out = []
    toks = p.toks
    given = _given()
    for st in dropped:
        if st.pronoun:
            continue
        a, b = st.src
        if toks[a].text[:1].islower() and p.lows[a] not in DE_ARTICLES:
            continue  # "vermag eine Bevorzugung der ÖBB": no subject
        if p.lows[a] in DE_PREPOSITIONS or (a + 1 < b and p.lows[a + 1] == "mit"):
            continue  # "Zusammen mit Finanzminister X plädiert Frank ...": no subject
        if any(
            k in names
            or is_agent_word(toks[k].text)
            or _is_role(toks[k].text)
            or (toks[k].text in given and k + 1 < b and toks[k + 1].text[:1].isupper())
            for k in range(a, b)
        ):
            out.append(replace(st))
    return out


def _automaton(lex: CueLexicon, model, free_subjunctive: bool, cache: dict):
    """The prefilter automaton of a lexicon, model and free_subjunctive setting, built once
    per ``cache`` (the word sets are the same for every document)."""
    key = ("auto", id(lex), id(model), free_subjunctive)
    got = cache.get(key)
    if got is None or got[0] is not lex or got[1] is not model:
        words = lex.words | (model.vocab if model is not None else set())
        if free_subjunctive:
            words = words | lex.subjunctive
        keep = lex.subjunctive | lex.reportative  # words that keep a sentence, not a paragraph
        if lex.lang == "de":  # and their Swiss spelling ("hiess", "äusserte")
            words, keep = with_swiss_spelling(words), with_swiss_spelling(keep)
        got = (lex, model, automaton(frozenset(words), frozenset(keep)))
        cache[key] = got
    return got[2]


def _dedupe(found: list[Stmt], prior: list[Stmt]) -> list[Stmt]:
    keep: list[Stmt] = []
    used: set[int] = {c for st in prior for c in st.cue}
    for st in found:
        if st.cue and st.cue[0] in used:
            continue
        if any(st.msg == k.msg for k in keep):
            continue
        used.update(st.cue)
        keep.append(st)
    return keep


def _name_tokens(toks, base, mentions) -> set[int]:
    """Indices of the tokens inside an actor mention (``mentions`` sorted by start)."""
    if not mentions:
        return set()
    lo, hi = base + toks[0].start, base + toks[-1].end
    i0 = bisect.bisect_left(mentions, (lo,))
    i1 = bisect.bisect_left(mentions, (hi,))
    out: set[int] = set()
    for a, b, *_ in mentions[i0:i1]:
        a, b = a - base, b - base
        k = bisect.bisect_left(toks, a, key=_START)
        while k < len(toks) and toks[k].end <= b:
            out.add(k)
            k += 1
    return out


_START = operator.attrgetter("start")


def _para_text(texts, starts, idx, base, doc_text) -> str:
    """The paragraph's characters: from the document when given, else the sentences
    with the gaps between them filled by spaces (offsets stay exact)."""
    end = max(int(starts[i]) + len(texts[i]) for i in idx if isinstance(texts[i], str))
    if doc_text is not None and len(doc_text) >= end:
        return doc_text[base:end]
    buf = [" "] * (end - base)
    for i in idx:
        if isinstance(texts[i], str):
            a = int(starts[i]) - base
            buf[a : a + len(texts[i])] = texts[i]
    return "".join(buf)


def _record(
    doc_id, p: Para, st: Stmt, base: int, idx: list[int], sids: list, ptext: str
) -> dict[str, Any]:
    toks = p.toks
    lo, hi = st.msg
    if hi > lo:
        c0, c1 = base + toks[lo].start, base + toks[hi - 1].end
        content = ptext[c0 - base : c1 - base]
    else:  # a speech event without a message
        c0 = c1 = content = None
    rec: dict[str, Any] = {
        "doc_id": doc_id,
        "stmt_id": 0,
        "sent_id": int(sids[idx[st.sent]]),
        "speaker_id": None,
        "speaker_surface": None,
        "speaker_start": None,
        "speaker_end": None,
        "cue": None,
        "cue_start": None,
        "cue_end": None,
        "kind": st.kind,
        "content_start": c0,
        "content": content,
        "content_end": c1,
        "medium": None,
        "addressee": None,
        "cue_spans": None,
        "content_spans": None,
        "inherited": st.inherit,
    }
    gap = message_gap(p, st) if hi > lo else None
    if gap is not None:  # the message around a cue clause set in it
        rec["content_spans"] = (
            f"{c0}-{base + toks[gap[0] - 1].end};{base + toks[gap[1]].start}-{c1}"
        )
    if st.cue:
        m = toks[st.cue[0]]
        rec["cue_start"], rec["cue_end"] = base + m.start, base + m.end
        rec["cue"] = m.text
        rec["cue_spans"] = ";".join(
            f"{base + toks[k].start}-{base + toks[k].end}" for k in sorted(st.cue)
        )
    if st.src:
        a, b = st.src
        rec["speaker_start"], rec["speaker_end"] = base + toks[a].start, base + toks[b - 1].end
        rec["speaker_surface"] = ptext[toks[a].start : toks[b - 1].end]
    if st.addr:
        a, b = st.addr
        while b > a and toks[b - 1].is_punct:
            b -= 1  # "told reporters."
        if b > a:  # as written: "told the Security Council"
            rec["addressee"] = ptext[toks[a].start : toks[b - 1].end]
    return rec

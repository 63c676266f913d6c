"""Per-document extraction: paragraphs, rule statements, quotes, continuations, speakers."""

from __future__ import annotations

import bisect
import operator
from dataclasses import replace
from itertools import compress
from typing import Any

from discourse.actors import ActorRegistry
from discourse.statements._cue_span import complete_cue
from discourse.statements._cues import CueLexicon
from discourse.statements._markers import headline, marker_cues
from discourse.statements._prefilter import (
    GATED,
    QUOTE_MARK,
    QUOTE_OR_COLON,
    automaton,
    model_gates,
    word_level,
)
from discourse.statements._quotes import quotes_and_continuations
from discourse.statements._refine import refine
from discourse.statements._rules import PRONOUNS, Para, Stmt
from discourse.statements._source import speech_source
from discourse.statements._speaker_span import guess_source, normalise_source
from discourse.statements._text import is_agent_word, pair_quotes, sentences_inside, tokenize
from discourse.statements._verbs import verb_cues
from discourse.statements._whole import whole_statements
from discourse.statements._words import DE_ARTICLES


def _paragraphs(grp, texts, starts, code, mentions, want=None, keep=None, gated=None):
    """Yield (index list, base offset, Para, names) for each paragraph of one document.

    ``grp`` lists (para_id, sentence row) in text order; ``want(texts)`` may veto a
    paragraph before it is tokenised (then Para is None); ``keep(text)`` may leave a
    sentence without tokens (no rule can start in it; offsets stay exact); ``gated(text)``
    marks a sentence ``keep`` left out only by a prefilter gate: it gets its tokens after
    all when it is the paragraph's only sentence or lies inside a quotation that spans
    sentences (part of that message).
    """
    groups: list[list[int]] = []
    last = None
    for pa, i in grp:
        if pa != last or not groups:
            groups.append([])
            last = pa
        groups[-1].append(i)
    for idx in groups:
        base = int(starts[idx[0]])
        if want is not None and not want([texts[i] for i in idx]):
            yield idx, base, None, set()
            continue
        ok = [isinstance(texts[i], str) and (keep is None or keep(texts[i])) for i in idx]
        if gated is not None and len(idx) == 1 and not ok[0] and isinstance(texts[idx[0]], str):
            ok[0] = gated(texts[idx[0]])  # a paragraph of one sentence: a headline?
        toks, bounds, pairs = _tokens(idx, texts, starts, base, ok)
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
                toks, bounds, pairs = _tokens(idx, texts, starts, base, ok)
        if not toks:
            yield idx, base, None, set()
            continue
        p = Para(toks, bounds, pairs, code)
        yield idx, base, p, _name_tokens(toks, base, mentions)


def _tokens(idx, texts, starts, base, ok):
    """The tokens of a paragraph's sentences (none for a sentence whose ``ok`` is False),
    the token range of each sentence and the quotation pairs."""
    toks, bounds = [], []
    for s, i in enumerate(idx):
        t = tokenize(texts[i], s, int(starts[i]) - base) if ok[s] else []
        bounds.append((len(toks), len(toks) + len(t)))
        toks.extend(t)
    if not toks:
        return toks, bounds, []
    sent_last = {s: hi - 1 for s, (lo, hi) in enumerate(bounds) if hi > lo}
    return toks, bounds, pair_quotes(toks, sent_last)


def rule_statements(
    p: Para,
    lex: CueLexicon,
    names: set[int],
    thought: bool,
    words: tuple[frozenset, frozenset, frozenset] | None = None,
) -> list[Stmt]:
    """The cue-based rule statements of one paragraph (headline, verbs, markers).

    ``words`` (:func:`_cue_words` of ``lex``, passed to save building it per paragraph)
    gives the words that start a verb and a marker candidate: the candidates are found
    once per paragraph, in C, and only sentences with one are looked at.
    """
    stmts: list[Stmt] = []
    h = headline(p, names)
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
        if found:
            stmts.extend(_dedupe(found, stmts))
    return stmts


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
) -> list[dict]:
    """The statement records of one document (``cache``: a dict the caller keeps across
    the documents of one call, for the prefilter automata and the models' tables;
    ``speech``: a speech, where "Sie" is the polite "you", see :func:`_resolve`)."""
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

    def keep(text: str) -> bool:
        return scan(text) & 3 > 0

    def shut(text: str) -> bool:  # left out by a gate only
        return scan(text) & GATED > 0

    paras = _paragraphs(
        grp, texts, starts, code, mentions, want, keep, shut if gated is not None else None
    )
    for idx, base, p, names in paras:
        if p is None:
            carry = None
            continue
        ptext = _para_text(texts, starts, idx, base, doc_text)
        stmts = rule_statements(p, lex, names, thought, words)
        shadows: list[Stmt] = []
        if model is not None:
            ruled = stmts
            stmts = refine(p, stmts, model, lex, names, model.tables)
            shadows = _dropped_speakers(p, ruled, stmts, names)
        stmts.extend(quotes_and_continuations(p, lex, stmts, carry is not None, free_subjunctive))
        if model is not None:
            stmts.extend(whole_statements(p, stmts, model, lex, names))
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
        if shadows and code == "de" and noun_phrases:
            for st in shadows:
                normalise_source(p, st, names)
        recs = [_record(doc_id, p, st, base, idx, sids, ptext) for st in stmts]
        seq = list(zip(recs, stmts, strict=True))
        if shadows:
            # the speakers of rule statements the model dropped stay antecedents for the
            # statements that inherit a speaker after them ("X kritisierte die Pläne." /
            # "„...“"): resolved with the others in text order, never output
            seq += [(_record(doc_id, p, st, base, idx, sids, ptext), st) for st in shadows]
            seq.sort(key=lambda rs: (rs[1].msg[0], rs[1].kind == "direct" and rs[1].inherit))
        last = _resolve(
            [r for r, _ in seq], [t for _, t in seq], p, base, mentions, reg, carry, speech
        )
        out.extend(recs)
        last_sent = len(p.bounds) - 1
        final = seq[-1][0] if seq else None
        if final is not None and str(final["speaker_surface"]).lower() == "demnach":
            final = last  # the source "Demnach" points back to
        carry = (
            final
            if final is not None
            and seq[-1][1].sent >= last_sent
            and final["speaker_surface"] is not None
            else None
        )
    return out


def _dropped_speakers(p: Para, ruled: list[Stmt], kept: list[Stmt], names: set[int]) -> list[Stmt]:
    """Copies of the rule statements whose cue the model dropped and whose source is an
    actor: a registry mention or a noun that can speak ("die Sprecherin", "Die Polizei")."""
    cues = {k for st in kept for k in st.cue}
    out = []
    for st in ruled:
        if st.src is None or not st.cue or st.cue[0] in cues or st.pronoun:
            continue
        a, b = st.src
        if p.toks[a].text[:1].islower() and p.lows[a] not in DE_ARTICLES:
            continue  # "vermag eine Bevorzugung der ÖBB": no subject
        if any(k in names or is_agent_word(p.toks[k].text) for k in range(a, b)):
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
    for a, b, _ in mentions[i0:i1]:
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
        "inherited": st.inherit,
    }
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
        rec["addressee"] = " ".join(toks[k].text for k in range(*st.addr))
    return rec


def _kind_of(reg: ActorRegistry, aid: str | None) -> str | None:
    return reg.actors.get(aid, {}).get("kind") if aid else None


_EXCLUDES = {"er": "f", "he": "f", "sie": "m", "she": "m"}  # pronoun -> the gender it excludes


def _agrees(reg: ActorRegistry, aid: str | None, pronoun: str) -> bool:
    """A pronoun can refer to the actor: no person of the other gender ("er" is never
    Angela Merkel); an actor of unknown gender always can."""
    gender = reg.actors.get(aid, {}).get("gender") if isinstance(aid, str) else None
    return gender is None or gender != _EXCLUDES.get(pronoun)


_ADDRESS = {"herr", "herrn", "frau", "kollege", "kollegen", "kollegin"}


def _persons_before(mentions, para_lo: int, a: int, reg: ActorRegistry) -> list:
    """The mentions of registry persons in the paragraph before offset ``a``."""
    lo, hi = bisect.bisect_left(mentions, (para_lo,)), bisect.bisect_left(mentions, (a,))
    return [m for m in mentions[lo:hi] if _kind_of(reg, m[2]) == "person"]


def _addressed(p: Para, base: int, mentions, para_lo: int, a: int, reg) -> str | None:
    """The person of the last mention before ``a`` in the paragraph when it is addressed
    ("Herr Trittin", "Frau Kollegin Schmidt"), else None."""
    before = _persons_before(mentions, para_lo, a, reg)
    if not before:
        return None
    start = before[-1][0] - base
    k = bisect.bisect_left(p.toks, start, key=_START)
    lead = {p.toks[j].low for j in range(max(0, k - 2), k)}
    return before[-1][2] if lead & _ADDRESS else None


def _resolve(
    recs, stmts, p: Para, base, mentions, reg: ActorRegistry, carry, speech: bool = False
) -> dict | None:
    """Fill speaker_id/surface from actor mentions, pronouns and inheritance (in place;
    ``speech``: "Sie" is the polite "you" of a speaker, resolved only to a person just
    addressed, "Herr Trittin, Sie haben gesagt")."""
    last = carry
    para_lo = base
    named: dict | None = None  # the last statement whose speaker is a name or noun phrase
    for rec, st in zip(recs, stmts, strict=True):
        a, b = rec["speaker_start"], rec["speaker_end"]
        if st.inherit and a is None:
            if last is not None:
                for k in ("speaker_id", "speaker_surface", "speaker_start", "speaker_end"):
                    rec[k] = last[k]
                rec["inherited"] = True
            continue
        if a is None:
            continue
        surface_toks = [p.toks[k].text for k in range(*st.src)] if st.src else []
        near = mentions[
            bisect.bisect_left(mentions, (a - _MAX_MENTION,)) : bisect.bisect_left(mentions, (b,))
        ]
        inside = [m for m in near if m[0] < b and a < m[1] and m[2]]
        persons = [m for m in inside if _kind_of(reg, m[2]) == "person"]
        pick = (persons or inside or [None])[0]
        if pick is None and any(w.lower() in ("eigenen", "eigener", "own") for w in surface_toks):
            lo_s = base + p.toks[p.bounds[st.sent][0]].start
            own_m = [
                m
                for m in mentions[
                    bisect.bisect_left(mentions, (lo_s,)) : bisect.bisect_left(mentions, (a,))
                ]
                if _kind_of(reg, m[2]) in ("person", "organisation", "state")
            ]
            pick = own_m[0] if own_m else None
        if last is not None and surface_toks and surface_toks[0].lower() == "demnach":
            # "Demnach ...": the source of the statement before; a later statement that
            # inherits a speaker inherits that source, not the adverb
            rec["speaker_id"] = last["speaker_id"]
            continue
        if pick is not None:
            rec["speaker_id"] = pick[2]
        elif speech and surface_toks and surface_toks[0] == "Sie":
            # the polite "you" of a speech: the person addressed just before ("Herr Trittin,
            # Sie haben gesagt"), else nobody the text names ("Sie fordern den Abzug")
            addressed = _addressed(p, base, mentions, para_lo, a, reg)
            if addressed is not None:
                rec["speaker_id"] = addressed
        elif st.pronoun and surface_toks and surface_toks[0].lower() in _PERSONAL:
            # "Sie" may be the polite "you" of either gender: only "sie", "er"/"Er" are checked
            pronoun = "" if surface_toks[0] == "Sie" else surface_toks[0].lower()
            before = [
                m for m in _persons_before(mentions, para_lo, a, reg) if _agrees(reg, m[2], pronoun)
            ]
            if named is not None and named["speaker_id"] is None:
                # "Auch Schäuble sagte, ... Das sei gering, sagte er.": a speaker outside
                # the registry named after the last actor mention is the nearer antecedent
                before = [m for m in before if m[0] > named["speaker_start"]]
            if before:
                rec["speaker_id"] = before[-1][2]
            elif named is None and last is not None and _agrees(reg, last["speaker_id"], pronoun):
                rec["speaker_id"] = last["speaker_id"]
        if not st.pronoun and p.toks[st.cue[0]].low not in _MARKER_WORDS if st.cue else False:
            named = rec
        if not (last is not None and last["sent_id"] == rec["sent_id"] and _inside(last, rec)):
            last = rec  # a statement quoted inside the one before is no antecedent
    return last


def _inside(outer: dict, rec: dict) -> bool:
    """The cue of ``rec`` lies inside the content of ``outer``."""
    c, a, b = rec["cue_start"], outer["content_start"], outer["content_end"]
    return c is not None and a is not None and a <= c < b


# pronouns that refer to a person before them (the generic "man" names nobody)
_PERSONAL = PRONOUNS - {"man"}
# cues whose source is mostly a document or an institution, not a person ("laut dem Bericht")
_MARKER_WORDS = {"laut", "zufolge", "nach", "gemäß", "according"}
_MAX_MENTION = 200  # characters: no actor mention is longer

"""Per-document extraction: paragraphs, rule statements, quotes, continuations, speakers."""

from __future__ import annotations

import re
from typing import Any

from discourse.actors import ActorRegistry
from discourse.statements._cues import CueLexicon
from discourse.statements._markers import headline, marker_cues, subjunctive
from discourse.statements._model import refine
from discourse.statements._rules import PRONOUNS, Para, Stmt, verb_cues
from discourse.statements._text import pair_quotes, tokenize


def _paragraphs(grp, texts, starts, code, mentions, want=None, keep=None):
    """Yield (index list, base offset, Para, names) for each paragraph of one document.

    ``grp`` lists (para_id, sentence row) in text order; ``want(texts)`` may veto a
    paragraph before it is tokenised (then Para is None); ``keep(text)`` may leave a
    sentence without tokens (no rule can start in it; offsets stay exact).
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
        toks, bounds = [], []
        for s, i in enumerate(idx):
            text = texts[i]
            ok = isinstance(text, str) and (keep is None or keep(text))
            t = tokenize(text, s, int(starts[i]) - base) if ok else []
            bounds.append((len(toks), len(toks) + len(t)))
            toks.extend(t)
        if not toks:
            yield idx, base, None, set()
            continue
        sent_last = {s: hi - 1 for s, (lo, hi) in enumerate(bounds) if hi > lo}
        p = Para(toks, bounds, pair_quotes(toks, sent_last), code)
        yield idx, base, p, _name_tokens(toks, base, mentions)


def rule_statements(p: Para, lex: CueLexicon, names: set[int], thought: bool) -> list[Stmt]:
    """The cue-based rule statements of one paragraph (headline, verbs, markers)."""
    stmts: list[Stmt] = []
    h = headline(p, names)
    if h is not None:
        stmts.append(h)
    for s in range(len(p.bounds)):
        if p.bounds[s][1] == p.bounds[s][0]:
            continue
        found = verb_cues(p, lex, s, names, thought) + marker_cues(p, lex, s, names)
        stmts.extend(_dedupe(found, stmts))
    return stmts


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
) -> list[dict]:
    out: list[dict] = []
    carry: dict | None = None  # the last statement of the previous paragraph, if it ended with one
    words = lex.words | (model.vocab if model is not None else set())
    if free_subjunctive:
        words = words | lex.subjunctive

    def want(ptexts: list) -> bool:
        if carry is not None:
            return True
        joined = " ".join(t for t in ptexts if isinstance(t, str))
        if _QUOTE_OR_COLON.search(joined):
            return True
        return not words.isdisjoint(_WORD.findall(joined.lower()))

    sent_words = words | lex.subjunctive

    def keep(text: str) -> bool:
        return bool(_QUOTE_OR_COLON.search(text)) or not sent_words.isdisjoint(
            _WORD.findall(text.lower())
        )

    for idx, base, p, names in _paragraphs(grp, texts, starts, code, mentions, want, keep):
        if p is None:
            carry = None
            continue
        ptext = _para_text(texts, starts, idx, base, doc_text)
        stmts = rule_statements(p, lex, names, thought)
        if model is not None:
            stmts = refine(p, stmts, model, lex, names)
        stmts.extend(_quotes_and_continuations(p, lex, stmts, carry is not None, free_subjunctive))
        stmts.sort(key=lambda st: (st.msg[0], st.kind == "direct" and st.inherit))
        n_toks = len(p.toks)
        stmts = [
            st for st in stmts if 0 <= st.msg[0] < st.msg[1] <= n_toks
        ]  # never an empty content
        recs = [_record(doc_id, p, st, base, idx, sids, ptext) for st in stmts]
        _resolve(recs, stmts, p, base, mentions, reg, carry)
        out.extend(recs)
        last_sent = len(p.bounds) - 1
        carry = (
            recs[-1]
            if recs and stmts[-1].sent >= last_sent and recs[-1]["speaker_surface"] is not None
            else None
        )
    return out


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


def _quotes_and_continuations(
    p: Para, lex: CueLexicon, stmts: list[Stmt], carried: bool, free: bool = False
) -> list[Stmt]:
    extra: list[Stmt] = []
    quote_sents = {p.sent_of(o) for o, c, d, _ in p.quotes if d == 0}
    have = sorted({st.sent for st in stmts if st.kind != "headline"})
    spans = [st.msg for st in stmts]
    for s in range(len(p.bounds)):
        lo, hi = p.bounds[s]
        if s in have or hi == lo or any(a <= lo and hi <= b for a, b in spans):
            continue
        last = max([x for x in have if x < s], default=-1 if carried else -9)
        if (s - last <= 1 and subjunctive(p, lex, s)) or (
            free and subjunctive(p, lex, s, strict=True)
        ):
            extra.append(
                Stmt(s, "indirect", (lo, p.content_end(s)), [], None, inherit=s - last <= 2)
            )
            have.append(s)
            have.sort()
    del quote_sents
    hosts = stmts + extra
    used = {st.quote for st in stmts if st.quote}
    for o, c, depth, _ in p.quotes:
        if (o, c) in used or c - o < 2:
            continue
        inner = (o + 1, c)
        host = next(
            (st for st in hosts if st.msg[0] <= o and c <= st.msg[1] and st.kind != "headline"),
            None,
        )
        if host is not None:
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
                and all(
                    k in st.cue
                    or (st.src and st.src[0] <= k < st.src[1])
                    or p.toks[k].is_punct
                    or p.toks[k].low in ("am", "im", "in", "vor", "bei")
                    or p.toks[k].text[:1].isupper()
                    for k in range(st.quote[1] + 1, o)
                )
            ),
            None,
        )
        if split is not None and depth == 0:
            extra.append(
                Stmt(
                    split.sent,
                    "direct",
                    inner,
                    list(split.cue),
                    split.src,
                    split.pronoun,
                    quote=(o, c),
                )
            )
            continue
        if depth > 0:
            continue
        words = sum(1 for k in range(*inner) if not p.toks[k].is_punct)
        if words >= 4:
            extra.append(Stmt(p.sent_of(o), "direct", inner, [], None, inherit=True, quote=(o, c)))
    return extra


def _name_tokens(toks, base, mentions) -> set[int]:
    if not mentions:
        return set()
    lo, hi = base + toks[0].start, base + toks[-1].end
    spans = sorted((a - base, b - base) for a, b, _ in mentions if lo <= a < hi)
    out: set[int] = set()
    j = 0
    for k, t in enumerate(toks):
        while j < len(spans) and spans[j][1] <= t.start:
            j += 1
        if j < len(spans) and spans[j][0] <= t.start and t.end <= spans[j][1]:
            out.add(k)
    return out


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
    c0, c1 = base + toks[lo].start, base + toks[hi - 1].end
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
        "content": ptext[c0 - base : c1 - base],
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


def _resolve(recs, stmts, p: Para, base, mentions, reg: ActorRegistry, carry) -> dict | None:
    """Fill speaker_id/surface from actor mentions, pronouns and inheritance (in place)."""
    last = carry
    para_lo = base
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
        surface_toks = [t.text for t in p.toks if base + t.start >= a and base + t.end <= b]
        inside = [m for m in mentions if m[0] < b and a < m[1] and m[2]]
        persons = [m for m in inside if _kind_of(reg, m[2]) == "person"]
        pick = (persons or inside or [None])[0]
        if pick is None and any(w.lower() in ("eigenen", "eigener", "own") for w in surface_toks):
            lo_s = base + p.toks[p.bounds[st.sent][0]].start
            own_m = [
                m
                for m in mentions
                if lo_s <= m[0] < a and _kind_of(reg, m[2]) in ("person", "organisation", "state")
            ]
            pick = own_m[0] if own_m else None
        if pick is not None:
            rec["speaker_id"] = pick[2]
        elif st.pronoun and surface_toks and surface_toks[0].lower() in PRONOUNS:
            before = [
                m for m in mentions if para_lo <= m[0] < a and _kind_of(reg, m[2]) == "person"
            ]
            if before:
                rec["speaker_id"] = before[-1][2]
            elif last is not None:
                rec["speaker_id"] = last["speaker_id"]
        last = rec
    return last


_QUOTE_OR_COLON = re.compile('[„“”"»«‚‘‹›:]')
_WORD = re.compile(r"\w+")


def _own(doc_id, grp, texts, sids, starts, rows, speaker, reg: ActorRegistry) -> list[dict]:
    ids = reg.lookup(speaker) or reg.lookup(speaker.split()[-1]) if speaker.split() else []
    spans = [(r["content_start"], r["content_end"]) for r in rows]
    spans += [(r["cue_start"], r["cue_end"]) for r in rows if r["cue_start"] is not None]
    out = list(rows)
    for _, i in grp:
        text = texts[i]
        if not isinstance(text, str) or not text.strip():
            continue
        a, b = int(starts[i]), int(starts[i]) + len(text)
        if any(s < b and a < e for s, e in spans):
            continue  # the speaker reports someone else here
        out.append(
            {
                "doc_id": doc_id,
                "stmt_id": 0,
                "sent_id": int(sids[i]),
                "speaker_id": ids[0] if len(ids) == 1 else None,
                "speaker_surface": speaker,
                "speaker_start": None,
                "speaker_end": None,
                "cue": None,
                "cue_start": None,
                "cue_end": None,
                "kind": "own",
                "content": text,
                "content_start": a,
                "content_end": b,
                "medium": None,
                "addressee": None,
                "cue_spans": None,
                "inherited": False,
            }
        )
    return out

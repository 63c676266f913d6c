"""How cues combine in the rule scorer: a demand before a negative cue, and reversals.

A reversing predicate (:mod:`discourse.stance._reversal`) composes with the cues that
govern it and with the statement's speech verb into one unit whose polarity is the
product of theirs: "forderte + aufzuheben (reversal) → against", "oppose + lifting
(reversal) → favor". Negators count once per unit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from discourse.stance._reversal import Reversal


@dataclass
class Hit:
    """One cue in a text: its span, polarity, weight and kind."""

    start: int
    end: int
    surface: str
    polarity: int
    weight: float
    kind: str  # favor / against / modal / disagreement / reversal
    specific: bool
    rev: Reversal | None = None  # kind "reversal": the predicate and the mention it acts on
    gov: list = field(default_factory=list)  # cues composed with a reversal ("forderte")


def tok_index(spans: list[tuple[int, int]], pos: int) -> int:
    """Index of the token that contains (or follows) character ``pos``."""
    lo, hi = 0, len(spans)
    while lo < hi:
        mid = (lo + hi) // 2
        if spans[mid][1] <= pos:
            lo = mid + 1
        else:
            hi = mid
    return min(lo, max(len(spans) - 1, 0))


def compose(hits: list[Hit], spans) -> list[Hit]:
    """A demand (``call for``, ``fordern``) right before an evaluative cue of the other
    polarity takes that cue's direction ("call for restraint"): drop the demand. (Reversals
    take their governing demands in :func:`govern`.)"""
    out = []
    for i, h in enumerate(hits):
        if h.kind == "favor" and not h.specific:
            ti = tok_index(spans, h.end - 1)
            nxt = hits[i + 1] if i + 1 < len(hits) else None
            if (
                nxt is not None
                and nxt.polarity < 0
                and nxt.kind != "reversal"
                and 0 < tok_index(spans, nxt.start) - ti <= 4
            ):
                continue
        out.append(h)
    return out


def with_reversals(hits: list[Hit], found: list[Reversal]) -> list[Hit]:
    """Add the reversing predicates whose object is the target ("Ende der Sanktionen").

    A target cue on the same words ("end to", "aufheb\\w+") becomes the reversal; a target
    cue that already composes ("not to lift") wins; a general cue around it ("lehnen eine
    Aufhebung … ab") stays and will govern it."""
    hits = list(hits)
    for r in found:
        over = [h for h in hits if h.start < r.end and r.start < h.end]
        if any(h.specific and h.polarity > 0 for h in over):
            continue
        spec = [h for h in over if h.specific]
        if spec:
            spec[0].kind, spec[0].rev = "reversal", r
            hits = [h for h in hits if h not in spec[1:]]
            continue
        around = [
            h
            for h in over
            if h.start <= r.start and h.end >= r.end and h.end - h.start > r.end - r.start
        ]
        hits = [h for h in hits if h not in over or h in around]
        hits.append(Hit(r.start, r.end, r.surface, -1, 1.0, "reversal", False, rev=r))
    return sorted(hits, key=lambda h: h.start)


_COORD = {"und", "oder", "sowie", "and", "or"}
_SOFT_BREAKS = {",", ":", '"', "„", "“", "”", "»", "«"}
_NOT_GOVERNOR = re.compile(r"(?i)verlänger|prolong")  # "prolong the suspension" keeps it


def govern(hits: list[Hit], spans, clause: list[int], text: str) -> list[Hit]:
    """Attach to each reversal the cues that govern it, and drop those from the hits.

    Before the reversal: cues in its clause or in the clause before a comma or colon
    ("forderte, die Sanktionen … aufzuheben"), within 10 tokens, up to a coordinated
    cue ("lehnen X ab und fordern …"); after it: evaluations in its clause within 6
    tokens, past its object ("Ein Ende der Sanktionen wäre richtig", "Die Sanktionen
    aufzuheben, wäre falsch"); and a cue around it ("lehnen eine Aufhebung … ab")."""
    revs = [h for h in hits if h.kind == "reversal"]
    if not revs or not spans:
        return hits
    words = [text[a:b].lower() for a, b in spans]
    used: set[int] = set()
    for r in revs:
        ra, rb = tok_index(spans, r.start), tok_index(spans, r.end - 1)
        obj_end = r.rev.anchor_end if r.rev.anchor_start >= r.end else r.end
        a0, a1 = r.rev.anchor_start, r.rev.anchor_end
        for g in hits:
            if g.kind == "reversal" or _NOT_GOVERNOR.search(g.surface):
                continue
            if g.start < a1 and a0 < g.end and not (g.start <= r.start and g.end >= r.end):
                continue  # a cue on the object itself ("the arms race would end")
            if g.start <= r.start and g.end >= r.end:
                ok = True
            elif g.end <= r.start:
                ok = _governs_from_before(g, ra, spans, clause, words, hits)
            elif g.start >= obj_end and not g.specific:
                gi = tok_index(spans, g.start)
                cut = tok_index(spans, obj_end - 1)
                same = clause[gi] == clause[rb] and gi - cut <= 6
                comma = (
                    rb + 1 < len(words)
                    and words[rb + 1] == ","
                    and clause[gi] == clause[rb] + 1
                    and gi - rb <= 4
                )
                # "lift our sanctions and welcome …": a new predicate, unless it continues
                # an evaluation ("ist falsch und gefährlich")
                coord = [k for k in range(cut + 1, gi) if words[k] in _COORD and k + 1 == gi]
                ok = (same or comma) and (not coord or any(x.start > r.end for x in r.gov))
            else:
                ok = False
            if ok:
                r.gov.append(g)
                used.add(id(g))
    return [h for h in hits if id(h) not in used]


def _governs_from_before(g: Hit, ra: int, spans, clause, words, hits) -> bool:
    gi = tok_index(spans, g.end - 1)
    if not 0 < ra - gi <= 10:
        return False
    between = range(gi + 1, ra)
    if clause[gi] != clause[ra]:
        seps = [words[k] for k in between if clause[k] != clause[k - 1]]
        if not seps or any(w not in _SOFT_BREAKS for w in seps) or seps.count(",") > 1:
            return False
    starts = {tok_index(spans, h.start) for h in hits if h.kind != "reversal"}
    return not any(words[k] in _COORD and k + 1 in starts for k in between)


def unit(h: Hit, extras: list[tuple[str, int]], flips_of) -> tuple[int, str]:
    """Polarity and evidence of a reversal composed with its speech verb and governors:
    "forderte + aufzuheben (reversal) → against"."""
    negs: dict[int, str] = {}
    chain = [m[0] for m in extras]
    pol = -1
    for _, p in extras:
        pol *= 1 if p > 0 else -1
    after = False  # evaluations after the reversal are coordinated: the first one counts
    for g in h.gov:
        if g.start < h.end or not after:
            pol *= 1 if g.polarity > 0 else -1
        after = after or g.start >= h.end
        own = flips_of(g)
        negs.update((m.start(), m.group(0)) for m in own)
        desc = g.surface
        if g.start <= h.start and g.end >= h.end and g.end - g.start > h.end - h.start:
            # a cue around the reversal ("lehnen eine Aufhebung … ab"): its outer words
            head = g.surface[: h.start - g.start].split()[:1]
            tail = g.surface[h.end - g.start :].split()[-1:]
            desc = " … ".join(head + tail)
        if own:
            desc += " negated by: " + ", ".join(dict.fromkeys(m.group(0) for m in own))
        chain.append(desc)
    own = [m for m in flips_of(h) if m.start() not in negs]
    negs.update((m.start(), m.group(0)) for m in own)
    desc = f"{h.surface} (reversal)"
    if own:
        desc += " negated by: " + ", ".join(dict.fromkeys(m.group(0) for m in own))
    if h.rev is not None and h.rev.opposite:
        pol = -pol
        desc += f" toward opposite: {h.rev.anchor}"
    pol *= (-1) ** len(negs)
    chain.append(desc)
    return pol, " + ".join(chain) + f" → {'favor' if pol > 0 else 'against'}"

"""Speakers of a paragraph's statements: actor mentions, pronouns and inheritance."""

from __future__ import annotations

import bisect
import operator

from discourse.actors import ActorRegistry
from discourse.statements._rules import PRONOUNS, Para

_START = operator.attrgetter("start")


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


def resolve_speakers(
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

"""Speakers of a paragraph's statements: actor mentions, pronouns and inheritance."""

from __future__ import annotations

import bisect
import operator

from discourse.actors import ActorRegistry
from discourse.statements._english import _OPENER_WORDS, adverb_en
from discourse.statements._rules import PRONOUNS, Para
from discourse.statements._speaker_parse import _is_role, parse_speaker
from discourse.statements._words import DE_PREPOSITIONS

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
    recs,
    stmts,
    p: Para,
    base,
    mentions,
    reg: ActorRegistry,
    carry,
    speech: bool = False,
    markers: frozenset[str] | set[str] = frozenset(),
) -> dict | None:
    """Fill speaker_id/surface from actor mentions, pronouns and inheritance (in place;
    ``speech``: "Sie" is the polite "you" of a speaker, resolved only to a person just
    addressed, "Herr Trittin, Sie haben gesagt"; ``markers``: the nouns of a source such
    as "Angaben", whose attribute is the speaker, "Angaben von Putin")."""
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
            else:  # nothing to inherit: the one person a narrative sentence before names
                rec["inherited"] = False  # ("Selenskyj wandte sich an seine Landsleute. „...“")
                intro = (
                    _introduced(rec, mentions, reg, para_lo) if rec["kind"] == "direct" else None
                )
                if intro is not None:
                    rec["speaker_id"], rec["speaker_surface"] = intro[2], intro[3]
                    rec["speaker_start"], rec["speaker_end"] = intro[0], intro[1]
                    last = rec
            continue
        if a is None:
            continue
        surface_toks = [p.toks[k].text for k in range(*st.src)] if st.src else []
        near = mentions[
            bisect.bisect_left(mentions, (a - _MAX_MENTION,)) : bisect.bisect_left(mentions, (b,))
        ]
        inside = [m for m in near if m[0] < b and a < m[1] and m[2]]
        if p.lang == "de" and st.src:
            # "der Sprecher von Präsident Putin", "die Zeitung USA Today", "Camerons Sprecher":
            # the name is an attribute of the speaker, not the speaker
            inside = [m for m in inside if not _attribute(p, base, m, st.src, reg, markers)]
        elif st.src:  # "Britain's Healey", "Starmer's spokesman": the owner does not speak
            inside = [m for m in inside if not _owner_en(p, base, m, st.src, reg)]
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
                m
                for m in _persons_before(mentions, para_lo, a, reg)
                if _agrees(reg, m[2], pronoun) and not _possessive(m, reg)
            ]  # "Obamas Öffnungspolitik" does not make Obama the next "er"
            if named is not None and named["speaker_id"] is None:
                # "Auch Schäuble sagte, ... Das sei gering, sagte er.": a speaker outside
                # the registry named after the last actor mention is the nearer antecedent
                before = [m for m in before if m[0] >= named["speaker_end"]]
            if before:
                rec["speaker_id"] = before[-1][2]
            elif named is None and last is not None and _agrees(reg, last["speaker_id"], pronoun):
                rec["speaker_id"] = last["speaker_id"]
        # (a whole-sentence report names its speaker too: "Senator Rand Paul kritisierte die
        # Entscheidung. ..., sagte er.")
        if not st.pronoun and (not st.cue or p.toks[st.cue[0]].low not in _MARKER_WORDS):
            named = rec
        if not (last is not None and last["sent_id"] == rec["sent_id"] and _inside(last, rec)):
            last = rec  # a statement quoted inside the one before is no antecedent
    return last


def _introduced(rec: dict, mentions, reg: ActorRegistry, para_lo: int) -> tuple | None:
    """The mention of the only registry person named in the paragraph before a quotation
    that has no speaker, else None."""
    a = rec["content_start"]
    if a is None:
        return None
    lo, hi = bisect.bisect_left(mentions, (para_lo,)), bisect.bisect_left(mentions, (a,))
    persons = [m for m in mentions[lo:hi] if _kind_of(reg, m[2]) == "person"]
    return persons[-1] if persons and len({m[2] for m in persons}) == 1 else None


def _attribute(
    p: Para, base: int, m: tuple, src: tuple[int, int], reg: ActorRegistry, markers
) -> bool:
    """The actor mention ``m`` inside the speaker span ``src`` (tokens) is an attribute of
    the span's head, not the speaker: a possessive before the head ("Camerons Sprecher"; not
    "Hegseths" alone, the source of "Hegseths Forderung"), part of a longer name ("USA
    Today") or after a preposition or a genitive article behind a noun ("der Sprecher von
    Präsident Putin", "Vertreter der EU"); not so after a marker noun ("Angaben von Putin")
    or a title ("Kanzlerin Merkel")."""
    toks = p.toks
    k = bisect.bisect_left(toks, m[0] - base, key=_START)
    e = bisect.bisect_left(toks, m[1] - base, key=_START)
    if k >= len(toks) or e <= k:
        return False
    src_lo, src_hi = src
    if e < src_hi and _possessive(m, reg):
        return True
    if e < src_hi and toks[e].text[:1].isupper():
        return True  # the name goes on inside the span: "die Zeitung USA Today"
    if e == src_hi and _state_ends_body_name(p, k, e, src, reg, m):
        return True  # "des Dachverbands Tafel Deutschland"
    head = src_lo
    while head < k and toks[head].low in _ART:
        head += 1
    if (
        head < k
        and toks[head].text in markers
        and all(_marker_link(toks[j]) for j in range(head + 1, k))
    ):
        return False  # "Angaben von Putin", "Angaben von EU-Ratspräsident Donald Tusk"
    for j in range(src_lo + 1, k):
        low = toks[j].low
        if low in DE_PREPOSITIONS or (low in ("der", "des") and toks[j - 1].text[:1].isupper()):
            return True
    return False


def _owner_en(p: Para, base: int, m: tuple, src: tuple[int, int], reg: ActorRegistry) -> bool:
    """The mention ``m`` is an English possessive before more words of the speaker span
    ("Britain's Healey", "Trump's lawyer"), a person before the noun that speaks ("a
    Trump adviser"; but "NATO officials" speak for NATO), a body before a person's title
    and name ("U.S. District Judge William Young") or a place after a preposition ("a
    judge in San Francisco")."""
    toks = p.toks
    first = bisect.bisect_left(toks, m[0] - base, key=_START)
    if any(toks[j].low in _EN_PLACE_PREPOSITIONS for j in range(src[0] + 1, first)):
        return True  # "A federal judge in San Francisco": where the speaker is, not who
    if any(
        toks[j].low in ("to", "with") and toks[j - 1].low in ("close", "familiar")
        for j in range(src[0] + 1, first)
    ):
        return True  # "Sources close to Keir Starmer": people around him, not he
    k = bisect.bisect_right(p.toks, m[1] - 1 - base, key=_START) - 1
    if k == src[1] - 1 and _state_ends_body_name(p, first, k + 1, src, reg, m):
        return True
    if not 0 <= k < src[1] - 1:
        return False
    rest = toks[k + 1 : src[1]]
    if toks[k].text.endswith(("'s", "’s")):
        return True
    if _kind_of(reg, m[2]) == "person":
        return any(t.text[:1].islower() and t.text.isalpha() for t in rest)
    if (
        _kind_of(reg, m[2]) == "state"
        and len(rest) >= 2
        and all(t.text[:1].isupper() for t in rest)
        and rest[-1].low in _EN_BODY_NOUNS
    ):
        return True  # "The U.S. Federal Reserve": an independent body, not the state
    return _titled_name(rest)


def _state_ends_body_name(
    p: Para, first: int, end: int, src: tuple[int, int], reg: ActorRegistry, m: tuple
) -> bool:
    """The state mention ``m`` (tokens ``first`` .. ``end``) ends the name of a body after a
    capitalised word, and the body speaks, not the state: "Wikimedia Deutschland", "des
    Dachverbands Tafel Deutschland", "Parks Canada", "Save the Children Australia". Not
    after an article or a role word ("The Gambia", "Präsident Russlands"); German: not a
    genitive ("Die Regierung Frankreichs") nor a noun after an article or an adjective
    ("der Nachbar Slowenien", "Der zweimalige Titelträger Finnland"); English: not after a
    sentence adverb or a participle ("Even Canada", "Neighbouring Canada")."""
    toks = p.toks
    if _kind_of(reg, m[2]) != "state" or not src[0] < first < len(toks):
        return False
    prev = toks[first - 1]
    low = prev.low
    if not prev.text[:1].isupper() or _is_role(prev.text):
        return False
    if p.lang != "en":
        return (
            low not in _ART
            and not toks[end - 1].text.endswith("s")
            and not (
                first - 2 >= src[0]
                and (toks[first - 2].low in _ART or toks[first - 2].text.islower())
            )
        )
    return (
        prev.text.isalpha()
        and low not in ("the", "a", "an")
        and not adverb_en(low)
        and low not in _OPENER_WORDS
        and low not in ("perhaps", "maybe", "likewise", "similarly", "otherwise")
        and not low.endswith("ing")
    )


# the last word of the name of a state's independent body ("Federal Reserve", "Supreme
# Court"); a ministry or department speaks for the state ("The U.S. Justice Department")
_EN_BODY_NOUNS = {"reserve", "bank", "court", "tribunal"}


_EN_PLACE_PREPOSITIONS = {"in", "from", "at", "near"}


def _titled_name(toks: list) -> bool:
    """The tokens are capitalised words: a title and a name of two words or more ("District
    Judge William Young")."""
    if not all(t.text[:1].isupper() for t in toks):
        return False
    parsed = parse_speaker(" ".join(t.text for t in toks), "en")
    n = len(parsed.words)
    return (
        parsed.is_name
        and bool(parsed.roles)
        and 2 <= n < len(toks)
        and parsed.words == [t.text for t in toks[-n:]]
    )


def _marker_link(t) -> bool:
    """A token between a marker noun and its speaker: an article, "von", a title."""
    return t.low in _ART or t.low in ("von", "vom") or t.text[:1].isupper()


def _possessive(m: tuple, reg: ActorRegistry) -> bool:
    """The mention (start, end, actor id, surface) is a genitive "-s" form of the actor's
    name ("Obamas Politik")."""
    if len(m) < 4 or not m[3]:
        return False
    last = m[3].split()[-1]
    words = {n.split()[-1] for n in reg.actors.get(m[2], {}).get("names", ())}
    return last.endswith("s") and last not in words and last[:-1] in words


_ART = {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines", "einem"}


def _inside(outer: dict, rec: dict) -> bool:
    """The cue of ``rec`` lies inside the content of ``outer``."""
    c, a, b = rec["cue_start"], outer["content_start"], outer["content_end"]
    return c is not None and a is not None and a <= c < b


# pronouns that refer to a person before them (the generic "man" names nobody)
_PERSONAL = PRONOUNS - {"man"}
# cues whose source is mostly a document or an institution, not a person ("laut dem Bericht")
_MARKER_WORDS = {"laut", "zufolge", "nach", "gemäß", "according"}
_MAX_MENTION = 200  # characters: no actor mention is longer

"""Finding the actor mentions in one document's sentences: the word-bounded automaton
scan, then the checks that keep, drop or resolve each match (a name that is another word,
a genitive, a name of one language only, a role's holder on the date and its gender).
:func:`discourse.actors.find_actors` runs it document by document.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

import ahocorasick
import pandas as pd

from discourse._genitive import _reads_as_genitive
from discourse._name_context import is_word, other_word

if TYPE_CHECKING:
    from discourse._actor_registry import ActorRegistry


def _scan(text: str, auto: ahocorasick.Automaton) -> list[tuple[int, int, str, str, tuple]]:
    """Leftmost-longest, word-bounded, non-overlapping matches in ``text``."""
    if not len(auto):
        return []
    found = []
    n = len(text)
    for end_idx, (surface, kind, ids) in auto.iter(text):
        start, end = end_idx - len(surface) + 1, end_idx + 1
        if start > 0 and (is_word(text[start - 1]) or text[start - 1] == "-"):
            continue
        if end < n and (
            is_word(text[end]) or (text[end] == "-" and end + 1 < n and text[end + 1].isalpha())
        ):
            continue
        found.append((start, end, surface, kind, ids))
    found.sort(key=lambda m: (m[0], -(m[1] - m[0])))
    out, last = [], -1
    for m in found:
        if m[0] >= last:
            out.append(m)
            last = m[1]
    return out


def _office_elsewhere(text: str, start: int, end: int, surface: str) -> bool:
    """A role name followed by "of" + a capitalised name or after an English genitive names
    the office of another body ("the Secretary-General of NATO", "the party's
    Secretary-General")."""
    after = text[end : end + 5]
    if " of " not in surface and after.startswith(" of ") and text[end + 4 : end + 5].isupper():
        return True
    return text[:start].rstrip(" ").endswith(("'s", "’s"))


def _by_doc(sents: pd.DataFrame) -> dict[Any, list[tuple[int, int, str]]]:
    """(sent_id, start, text) of the non-empty sentences, by document in table order."""
    out: dict[Any, list[tuple[int, int, str]]] = {}
    for doc_id, sent_id, s0, text in zip(
        sents["doc_id"].tolist(),
        sents["sent_id"].tolist(),
        sents["start"].tolist(),
        sents["text"].tolist(),
        strict=True,
    ):
        if isinstance(text, str) and text:
            out.setdefault(doc_id, []).append((int(sent_id), int(s0), text))
    return out


# joins a document's sentences for one scan: no surface contains it, and like a text
# boundary it is neither a word character nor a hyphen
_SEP = "\n"


def _doc_mentions(
    doc_id: Any,
    group: list[tuple[int, int, str]],
    auto: ahocorasick.Automaton,
    reg: ActorRegistry,
    date: dt.date | None,
    rows: list[tuple],
    joinable: bool = True,
    english: bool = True,
    known_english: bool = False,
) -> None:
    """Append the mention rows of one document's sentences (in order) to ``rows``.

    The sentences are scanned as one string joined by :data:`_SEP`: a match never
    crosses it and word boundaries see it like the end of a sentence, so the matches
    are those of a scan per sentence (only faster). ``joinable`` False (a surface
    contains the separator) scans each sentence on its own. ``english`` False: names that
    only English text uses ("Austria") are no mentions; ``known_english``: neither are the
    names only German text uses ("Island" is Iceland).
    """
    if len(group) == 1 or not joinable:
        per_sentence = [_scan(text, auto) for _, _, text in group]
    else:
        offsets = [0]
        for _, _, text in group[:-1]:
            offsets.append(offsets[-1] + len(text) + 1)
        per_sentence = [[] for _ in group]
        k = 0
        for m in _scan(_SEP.join(text for _, _, text in group), auto):
            while k + 1 < len(offsets) and offsets[k + 1] <= m[0]:
                k += 1
            o = offsets[k]
            per_sentence[k].append((m[0] - o, m[1] - o, *m[2:]))
    known: set[str] = set()
    for (sent_id, s0, text), matches in zip(group, per_sentence, strict=True):
        pending_role: int | None = None
        matches = [
            m for m in matches if m[3] == "role" or not other_word(text, *m[:3], m[4], reg, english)
        ]
        if any(m[3] == "genitive" for m in matches):  # English has no bare "-s" genitive
            matches = [
                m if m[3] != "genitive" else (*m[:3], "name", m[4])
                for m in matches
                if m[3] != "genitive"
                or (not known_english and _reads_as_genitive(text, m[0], m[1], _own(reg, m[4])))
            ]
        if not english:  # "Bank Austria", "Air France" in German text
            matches = [m for m in matches if m[3] == "role" or m[2] not in reg.english_only]
        elif known_english:  # "Small Island Developing States" is not Iceland ("Island")
            matches = [m for m in matches if m[3] == "role" or m[2] not in reg.german_only]
        names_at = {m[0] for m in matches if m[3] == "name"}
        for start, end, surface, kind, ids in matches:
            if kind == "role":
                aid = reg.holder(ids[0], date)
                if aid is not None and not _gender_fits(reg, ids[0], surface, aid):
                    aid = None  # "der Kanzler" (Austria, 2016) is not Angela Merkel
                named = text[end : end + 1] == " " and text[end + 1 : end + 2].isupper()
                if named and end + 1 not in names_at:
                    aid = None  # "Bundeskanzler Werner Faymann" (Austria, 2016): another office
                if _office_elsewhere(text, start, end, surface):
                    aid = None  # "the Secretary-General of NATO", "the party's Secretary-General"
                rows.append((doc_id, sent_id, s0 + start, s0 + end, aid, surface, surface))
                pending_role = len(rows) - 1
                continue
            cands = list(ids)
            if len(cands) > 1:
                earlier = [c for c in cands if c in known]
                cands = earlier if len(earlier) == 1 else cands
            aid = cands[0] if len(cands) == 1 else None
            if aid:
                known.add(aid)
            gap_ok = pending_role is not None and text[rows[pending_role][3] - s0 : start].isspace()
            if not (aid and reg.actors[aid]["kind"] == "person"):
                gap_ok = False
            rows.append((doc_id, sent_id, s0 + start, s0 + end, aid, surface, None))
            # "US-Verteidigungsminister Pete Hegseth": the name decides the role's holder
            if gap_ok:
                r = rows[pending_role]
                rows[pending_role] = r[:4] + (aid,) + r[5:]
            pending_role = None


def _own(reg: ActorRegistry, ids: tuple) -> set[str]:
    """The words of the actors' names before their last word (their own given names)."""
    return {w for a in ids for n in reg.actors[a]["names"] for w in n.split()[:-1]}


def _gender_fits(reg: ActorRegistry, role: str, surface: str, aid: str) -> bool:
    """A role's masculine form ("Kanzler", where "Kanzlerin" is also a name of the role)
    does not name a woman, nor the feminine form a man."""
    gender = reg.actors[aid].get("gender")
    if gender is None:
        return True
    names = reg.roles[role]["names"]
    prefixes = [n for n in names if surface.startswith(n)]
    base = surface if surface in names else max(prefixes, key=len, default=surface)
    if gender == "f":
        return base + "in" not in names
    return not (base.endswith("in") and base[:-2] in names)

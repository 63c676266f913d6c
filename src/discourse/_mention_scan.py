"""Finding the actor mentions in one document's sentences: the word-bounded automaton
scan, then the checks that keep, drop or resolve each match (a name that is another word,
a genitive, a name of one language only, a role's holder on the date and its gender).
:func:`discourse.actors.find_actors` runs it document by document.
"""

from __future__ import annotations

import datetime as dt
import difflib
import unicodedata
from typing import TYPE_CHECKING, Any

import ahocorasick
import pandas as pd

from discourse._genitive import (
    _TITLE_ENDS,
    _WORD_BEFORE,
    _given_names,
    _is_given_name,
    _reads_as_genitive,
)
from discourse._name_context import is_word, other_word
from discourse.segment._resources import load_stopwords

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
    taken: set[str] = set()  # surnames the document gave to another person ("Diane Abbott")
    for (sent_id, s0, text), matches in zip(group, per_sentence, strict=True):
        pending_role: int | None = None
        matches = [
            m for m in matches if m[3] == "role" or not other_word(text, *m[:3], m[4], reg, english)
        ]
        matches = _without_namesakes(text, matches, reg, taken, english, known_english)
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
            # a short name ("Meta") names its actor only after a fuller name of it
            cands = [c for c in ids if c in known or surface not in reg.actors[c]["short_names"]]
            if not cands:
                continue
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


def _without_namesakes(
    text: str,
    matches: list,
    reg: ActorRegistry,
    taken: set[str],
    english: bool,
    known_english: bool,
) -> list:
    """The matches of one sentence without a person's one-word surname that names another
    person: after a given name that is not the actor's own ("Labour MP Diane Abbott" is not
    the registry's Tony Abbott, "Thomas Müller" not its Gerd Müller), and every later bare
    "Abbott" of the document (``taken``, updated here) until the actor's full name comes."""
    roles_end = {m[1] for m in matches if m[3] == "role"}
    out = []
    for m in matches:
        start, _, surface, kind, ids = m
        if kind == "name" and " " in surface:
            taken.discard(surface.rsplit(" ", 1)[1])  # "Tony Abbott": the registry's again
        elif kind == "name" and all(reg.actors[a]["kind"] == "person" for a in ids):
            own = _own(reg, ids)
            if (
                own
                and start - 1 not in roles_end
                and _given_name_before(text, start, own, english, known_english, reg)
            ):
                taken.add(surface)
            if surface in taken:
                continue
        out.append(m)
    return out


# English words before a surname that are no given names: titles, parties, times
_EN_TITLES = {
    "president", "chancellor", "minister", "secretary", "senator", "sen", "rep", "representative",
    "congressman", "congresswoman", "governor", "gov", "mayor", "general", "gen", "admiral",
    "colonel", "captain", "major", "judge", "justice", "speaker", "leader", "chairman",
    "chairwoman", "chair", "chief", "director", "commissioner", "ambassador", "envoy", "king",
    "queen", "prince", "princess", "pope", "sheikh", "emir", "ayatollah", "imam", "rabbi",
    "father", "bishop", "archbishop", "cardinal", "reverend", "rev", "mr", "mrs", "ms", "miss",
    "dr", "prof", "professor", "sir", "dame", "lord", "lady", "baroness", "baron", "premier",
    "officer", "detective", "inspector", "agent", "coach", "manager", "spokesman",
    "spokeswoman", "spokesperson", "deputy", "vice", "former", "state", "defense", "defence",
    "house", "republican", "republicans", "democrat", "democrats", "democratic", "conservative",
    "labour", "liberal", "tory", "green", "independent", "socialist", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december",
    "today", "yesterday", "tonight", "meanwhile", "however", "although", "though", "since",
    "also", "even", "still", "yet", "later", "earlier", "instead", "unlike", "like",
    "commander", "comrade", "excellency", "honourable", "honorable", "brother", "sister",
    "senior", "junior", "comandante", "presidente", "presidents", "ministers", "leaders",
    "senators", "generals",
}  # fmt: skip


def _given_name_before(
    text: str, start: int, own: set[str], english: bool, known_english: bool, reg: ActorRegistry
) -> bool:
    """A capitalised word right before ``start`` that is another given name than the
    actor's own (``own``): a listed given name; in German text also a word the German
    dictionary does not know and no title ("Kaja", not "US-Verteidigungsminister",
    "Pentagonchef"); in English text any capitalised word that is no stop word, title, party,
    time or adverb, nor part of "Secretary of State" ("Diane"; not "President", "Today",
    "Democrat"); not when a word of the names before it is the actor's own ("Barack Hussein
    Obama")."""
    before = _WORD_BEFORE.search(text, 0, start)
    prev = before.group(1) if before else ""
    if not prev[:1].isupper() or not prev.isalpha() or reg.lookup(prev):
        return False  # "Nato Hegseth", "Merz Scholz": actors side by side
    names = text[max(0, before.start() - 40) : before.end()].split()[-3:]
    if any(_spelling_of(w, own) for w in names):
        return False
    if prev in _given_names():
        return True
    if not english:  # German nouns are capitalised: only a word the dictionary does not know
        return _is_given_name(prev) and not prev.lower().endswith(_TITLE_ENDS)
    if not known_english or prev.isupper():  # "MP Abbott", "US Abbott"
        return False
    low = prev.lower()
    ahead = text[: before.start()].split()[-1:]
    return not (
        low in load_stopwords("en")
        or low in _EN_TITLES
        or low.endswith("ly")  # "Separately Abbott said"
        or ahead in (["of"], ["the"])  # "Secretary of State Rubio"
    )


def _fold(word: str) -> str:
    """``word`` in lower case without accents ("Nicolás" -> "nicolas")."""
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if c.isascii())


def _spelling_of(word: str, own: set[str]) -> bool:
    """``word`` is one of the actor's own given names, also spelt without accents or
    slightly otherwise ("Nicolas" for Nicolás Maduro, "Barak" for Barack Obama)."""
    low = _fold(word)
    return any(difflib.SequenceMatcher(None, low, _fold(o)).ratio() >= 0.8 for o in own)


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

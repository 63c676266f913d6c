"""Whether a registry name found in a text names that actor there (used by
:func:`discourse.actors.find_actors`): a one-word name can be someone else's first name or a
noun, and a Bundestag member known by surname only needs a title or the party nearby."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pandas as pd

if TYPE_CHECKING:
    from discourse.actors import ActorRegistry


def is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


# state names that are also given names ("Jordan Peterson", "Chad Smith", "Israel Katz")
STATE_GIVEN_NAMES = {"Chad", "Jordan", "Georgia", "Israel", "India", "Kenya"}
# an article or a preposition with an article before a capitalised word makes it a noun
_NOUN_BEFORE = {
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einen", "einem", "eines",
    "im", "am", "zum", "zur", "vom", "beim",
}  # fmt: skip
_PREPOSITIONS = {
    "über", "für", "mit", "von", "an", "auf", "in", "bei", "nach", "gegen", "durch", "um", "ohne",
    "unter", "vor", "zu", "aus",
}  # fmt: skip


def other_word(
    text: str,
    start: int,
    end: int,
    surface: str,
    ids: tuple,
    reg: ActorRegistry,
    english: bool = True,
) -> bool:
    """A one-word person name that here is something else: the first name of another
    person ("Werner Faymann" is not the MdB Werner, "Ernst Strasser" not Ernst) or a
    noun after an article ("die Post", "der Ernst der Lage"). A possessive ("Gaulands
    Äußerung") and a name after a title ("Herr Gauland", "AfD-Vize Gauland") stay. A state
    named like a person is someone's first name before a capitalised word ("Jordan
    Peterson", "Israel Katz"; in English text only: a German noun after "Israel" is no
    surname, "Damit hat Israel Ziele angegriffen")."""
    given = english and surface in STATE_GIVEN_NAMES
    if " " in surface or not (given or all(reg.actors[a]["kind"] == "person" for a in ids)):
        return False
    bare = given or any(surface in reg.actors[a]["names"] for a in ids)
    if bare and end + 1 < len(text) and text[end] == " " and text[end + 1].isupper():
        return True
    if given:
        return False
    before = text[:start].rstrip(" ")
    if len(before) == start:
        return False  # no space before: the sentence's start or a mark ("(Gauland)")
    k = len(before)
    while k > 0 and is_word(before[k - 1]):
        k -= 1
    if before[k:].lower() not in _NOUN_BEFORE:
        return False
    # not a relative pronoun: "..., die Tsipras aus Brüssel zurückbrachte", "über die Morales"
    ahead = before[:k].rstrip(" ")
    j = len(ahead)
    while j > 0 and is_word(ahead[j - 1]):
        j -= 1
    return not ahead.endswith(",") and ahead[j:].lower() not in _PREPOSITIONS


def speech_docs(docs: pd.DataFrame | None) -> set:
    """The documents that are speeches (a ``speaker``): their audience knows the surnames."""
    if docs is None or "speaker" not in docs or "doc_id" not in docs:
        return set()
    return set(docs.loc[docs["speaker"].notna(), "doc_id"].tolist())


def surname_only(reg: ActorRegistry) -> dict[str, list[str]]:
    """Persons the registry knows by their surname only (``surname_only``: the Bundestag
    speakers "Ernst", "Müller"), with the words that name their party ("cdu", "grüne";
    none when the surname stands for members of several parties)."""
    out = {}
    for aid, a in reg.actors.items():
        if a["surname_only"]:
            words = re.findall(r"[^\W\d_]{3,}", str(a["party"] or "").lower())
            out[aid] = [w[:5] for w in words if w not in ("die", "der", "und", "bündnis")]
    return out


# words before a surname that say it is a member of parliament or is addressed as one
_TITLES = {"herr", "frau", "kollege", "kollegin", "abgeordnete", "abgeordneter", "mdb"}


def confirmed(
    rows: list[tuple], group: list[tuple[int, int, str]], reg: ActorRegistry, lone: dict
) -> list[tuple]:
    """A document's mention rows without the surname-only persons (see
    :func:`surname_only`) that no mention of the document ties to their party or a
    parliamentary title: in news "Peter Müller" or "Eva Hoffmann" is not the MdB
    Müller or Hoffmann, "AfD-Vize Gauland" is (and so is every "Gauland" after it)."""
    texts = {sent_id: (s0, text) for sent_id, s0, text in group}
    sure = set()
    for r in rows:
        aid = r[4]
        if aid not in lone or aid in sure:
            continue
        s0, text = texts[r[1]]
        low = text.lower()
        before = low[: r[2] - s0].split()
        if (before and before[-1] in _TITLES) or any(
            re.search(r"\b" + re.escape(w), low) for w in lone[aid]
        ):
            sure.add(aid)
    return [r for r in rows if r[4] not in lone or r[4] in sure]

"""The medium of a statement: the outlet or platform it was made in or to.

"sagte er der Deutschen Presse-Agentur", "im Interview mit der FAZ", "schrieb auf X",
"told CNN", "in an interview with the Financial Times", "wrote on Telegram": a name of the
bundled list ``resources/cues/media.txt`` after a preposition, a verb of telling or an
article, in the statement's sentence and outside its message and its speaker. A medium that
is the speaker itself ("berichtete der Spiegel") is no medium of its own.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from discourse.segment._resources import _read_lines
from discourse.statements._speaker_parse import _bundled_markers
from discourse.statements._text import message_spans
from discourse.statements._words import DE_ARTICLES

# what stands before a medium: prepositions, "told", the dative article of "sagte der FAZ"
_BEFORE = (
    r"(?:told|to|with|on|in|via|im|mit|gegenüber|auf|bei|told the|to the|with the|on the|"
    r"in the|im Interview mit|in einem Interview mit|im Gespräch mit|der|dem|den|des|"
    r"mit der|mit dem|gegenüber der|gegenüber dem|in der|bei der|beim)"
)


# names that are also common words: a medium only after "told", "mit", "gegenüber" ..., in
# quotation marks („Welt“) or with "-Zeitung"/"-Interview"
_COMMON_WORDS = {
    "Welt", "Zeit", "Presse", "Standard", "Stern", "Focus", "Time", "Times", "Guardian",
    "Bild", "Krone", "Kurier", "X", "Threads", "Economist", "Phoenix", "profil", "Telegraph",
    "Tagesschau", "AP", "HR", "SR", "BR", "SZ", "ABC", "Mastodon",
}  # fmt: skip
_STRONG = {"told", "to", "with", "mit", "gegenüber", "auf", "on", "via"}


@functools.lru_cache(maxsize=4)
def media_pattern(extra: tuple[str, ...] = ()) -> re.Pattern[str]:
    """One regular expression for the bundled media names (and ``extra`` ones); its groups
    are the word before the name, an opening quotation mark, the name and a suffix such as
    "-Zeitung". Longer names first, so "Welt am Sonntag" wins over "Welt"."""
    names = sorted({*_read_lines("cues", "media.txt"), *extra}, key=len, reverse=True)
    alternatives = "|".join(re.escape(n) for n in names)
    return re.compile(
        rf"\b({_BEFORE})\s+([„“\"»]?)((?:{alternatives}))(-Zeitung|-Sendung|-Interview)?"
        rf"(?![\w\-])"
    )


def find_medium(
    rec: dict[str, Any], sentence: str, sent_start: int, extra: tuple[str, ...] = ()
) -> str | None:
    """The medium a statement record names in its sentence (``sentence`` starts at offset
    ``sent_start`` of the document), else None.

    >>> rec = {"content_start": 0, "content_end": 20, "speaker_start": 28, "speaker_end": 30}
    >>> find_medium(rec, "Das Ziel ist unrealistisch, sagte er der Deutschen Presse-Agentur.", 0)
    'Deutschen Presse-Agentur'
    >>> find_medium(rec, '"We will respond," Peskov wrote on Telegram.', 0)
    'Telegram'
    """
    spans = [*message_spans(rec), (rec.get("speaker_start"), rec.get("speaker_end"))]
    for m in media_pattern(extra).finditer(sentence):
        before, quoted, name, suffix = m.groups()
        if name in _COMMON_WORDS and not (quoted or suffix or before.split()[0] in _STRONG):
            continue  # "die größte Armee der Welt", "in der Zeit", "on X" only as a platform
        at = sent_start + m.start(3)
        if any(_inside(at, a, b) for a, b in spans):
            continue
        return name
    return None


def _inside(at: int, a: Any, b: Any) -> bool:
    try:
        return a is not None and b is not None and int(a) <= at < int(b)
    except (TypeError, ValueError):  # NA
        return False


def _noun_before(head: list[str]) -> bool:
    """The word before "der" makes it a genitive: an attribution noun ("einem Bericht der
    BBC"), a job at a medium ("Chefredakteur der Zeit", "ein Sprecher der ARD") or a
    lower-case word -- not a name or another role ("Dröge der Deutschen Presse-Agentur",
    "die SPD-Politikerin der dpa": a dative after the cue)."""
    word = head[-1]
    if len(head) > 1 and head[-2][:1].isupper() and head[-2].lower() not in DE_ARTICLES:
        return False  # "Friedrich Merz": a name of two words
    return (
        word in _bundled_markers()
        or word.lower().endswith(_JOBS_AT_MEDIA)
        or not word[:1].isupper()
    )


# role words for people who work at a medium (with their feminine forms)
_JOBS_AT_MEDIA = tuple(
    w + end
    for w in (
        "redakteur", "sprecher", "korrespondent", "reporter", "journalist", "herausgeber",
        "intendant", "moderator", "kolumnist", "kommentator", "chef", "leiter", "direktor",
        "autor", "mitarbeiter", "gründer", "eigentümer", "besitzer",
    )
    for end in ("", "in")
)  # fmt: skip


def medium_in_speaker(surface: str, extra: tuple[str, ...] = ()) -> tuple[int, str] | None:
    """(length of the speaker without it, medium) where a speaker span ran on into a dative
    medium ("Pistorius der Deutschen Presse-Agentur"), else None.

    >>> medium_in_speaker("Pistorius der Deutschen Presse-Agentur")
    (9, 'Deutschen Presse-Agentur')
    """
    for m in media_pattern(extra).finditer(surface):
        before, _, name, _ = m.groups()
        head = surface[: m.start()].split()
        if not head:
            continue
        if (
            before in ("dem", "told", "to")
            or before.startswith("gegenüber")
            # "der" after a name is a dative ("Friedrich Merz der dpa"), after a noun a
            # genitive ("einem Bericht der BBC", "Chefredakteur der Zeit"): the medium is
            # the speaker then
            or (before == "der" and not _noun_before(head))
        ):
            return len(surface[: m.start()].rstrip()), name
    return None

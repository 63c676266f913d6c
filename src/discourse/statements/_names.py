"""The ``speaker_name`` of each statement: who spoke, as a label to count by.

Most people a news article quotes are not in the actor registry, so their statements
have ``speaker_id`` NA; and many statements name their speaker only by a pronoun ("Er
kündigte an"), by "Demnach", by a description that refers back ("der Politologe") or not
at all (a Konjunktiv continuation that inherits the speaker). :func:`name_speakers` gives
every statement of a document the best name the text offers, in text order:

- a registry actor: its canonical name;
- a named speaker: the name without the article and the role words before it
  ("Peter Filzmaier" from "Der Politologe Peter Filzmaier"; "Dmitri Peskow" from "der
  Sprecher von Präsident Putin, Dmitri Peskow"), completed from an earlier fuller
  mention of the same surname ("Filzmaier" after "Peter Filzmaier");
- a description whose role word an earlier named person carried ("der Politologe",
  "der Kanzler" after "Bundeskanzler Werner Faymann"): that person's name;
- a pronoun (er, sie; he, she): the last person the text named before it -- a registry
  actor, a name after a role word anywhere in the text ("Trainer Peter Stöger",
  "Gazprom-Chef Alexej Miller") or the speaker of an earlier statement -- that the pronoun
  can refer to (no "er" for a woman or "die Sprecherin"; not a name inside the statement's
  own content; at most ``MAX_BACK`` sentences back);
- "Demnach" and an inherited speaker: the name of the statement it refers to;
- otherwise the speaker's words without the article ("Behördensprecher", "Polizei"); NA
  where a statement has no speaker, for "wir", "man", "ich" (outside the registry) and the
  polite "Sie" of a speech.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
from collections import Counter
from typing import Any

import simplemma

from discourse.actors import ActorRegistry
from discourse.statements._text import AGENT_ENDS, is_agent_word

_ARTICLES = {
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines", "einem",
    "einen", "the", "a", "an",
}  # fmt: skip
# determiners before a speaker's noun ("Mein Kollege Jens Kestner", "Unsere Regierung")
_DETERMINERS = {
    "mein", "meine", "meinem", "meinen", "meiner", "unser", "unsere", "unserem", "unseren",
    "unserer", "ihr", "ihre", "ihrem", "ihren", "ihrer", "sein", "seine", "seinem", "seinen",
    "seiner", "dieser", "diese", "dieses", "diesem", "diesen", "jener", "jene", "my", "our",
    "his", "her", "their", "this", "that", "these", "those",
}  # fmt: skip
# words that end a role noun before a name ("Politologe", "Bürgermeister", "Frau")
_ROLE_ENDS = (
    "loge", "login", "meister", "meisterin", "hauptmann", "direktor", "direktorin", "trainer",
    "trainerin", "anwalt", "anwältin", "richter", "richterin", "ökonom", "ökonomin", "analyst",
    "analystin", "historiker", "historikerin", "professor", "professorin", "autor", "autorin",
    "botschafter", "botschafterin", "general", "sekretär", "sekretärin", "kommissar",
    "kommissarin", "abgeordnete", "abgeordneter", "bischof", "könig", "königin", "gründer",
    "gründerin", "aktivist", "aktivistin", "forscher", "forscherin", "arzt", "ärztin",
    "kandidat", "kandidatin", "manager", "managerin", "vize", "anführer", "anführerin",
    "kritiker", "kritikerin", "herr", "frau", "dr.", "prof.", "mag.", "president", "minister",
    "secretary", "spokesman", "spokeswoman", "spokesperson", "senator", "governor", "mr.",
    "mrs.", "ms.", "stürmer", "stürmerin", "spieler", "spielerin", "landesrat", "landesrätin",
    "stadtrat", "stadträtin", "obmann", "obfrau", "verhandler", "verhandlerin", "repräsentant",
    "repräsentantin", "vertreter", "vertreterin", "dozent", "dozentin", "journalist",
    "journalistin", "unternehmer", "unternehmerin", "pfarrer", "pfarrerin", "moderator",
    "moderatorin", "regisseur", "regisseurin", "sänger", "sängerin", "musiker", "musikerin",
)  # fmt: skip
_ROLE_WORD_ENDS = tuple(sorted({*AGENT_ENDS, *(e for e in _ROLE_ENDS if not e.endswith("."))}))
# role words of bodies and groups, which no person's name follows ("die Polizei")
_BODIES = (
    "regierung", "rat", "amt", "fraktion", "partei", "kommission", "gericht", "behörde",
    "ausschuss", "verband", "bund", "ministerium", "koalition", "union", "staat", "staaten",
    "länder", "bundestag", "parlament", "opposition", "gewerkschaft", "verbände", "agentur",
    "institut", "organisation", "unternehmen", "büro", "polizei", "konzern", "kreuz",
    "menschen", "leute", "bürger", "experten", "kollegen",
)  # fmt: skip
_ROLE_TAILS = frozenset(e[-3:] for e in _ROLE_WORD_ENDS)  # a quick test before endswith
_NAME_PARTICLES = {"von", "van", "de", "da", "di", "al", "bin", "ben", "zu", "del", "la"}
_PRONOUNS = {"er": "m", "he": "m", "sie": "f", "she": "f"}  # -> the gender they refer to
# pronouns that name nobody by themselves (first and second person, "man", "they")
_OTHER_PRONOUNS = {
    "ich", "wir", "du", "ihr", "man", "es", "i", "we", "you", "they", "it", "one", "me", "us",
}  # fmt: skip
_BACK = {"demnach"}  # a source that points back to the statement before
MAX_BACK = 4  # sentences: a pronoun refers to a person named at most this far back
_WORD = re.compile(r"[^\s,;:!?()\[\]»«„“”\"‚‘’'/]+")
# a name's word: capitalised, no sentence end inside ("Stöger." ends it)
_NAME_WORD = re.compile(r"[A-ZÄÖÜ][\w\-]*\.?|[A-ZÄÖÜ]\.|(?:al|el|ad|as)-[A-ZÄÖÜ][\w\-]*\.?")


def _is_role(word: str) -> bool:
    low = word.lower()
    return is_agent_word(word) or low.endswith(_ROLE_ENDS)


def _capitalised(word: str) -> bool:
    return word[:1].isupper() or word in _NAME_PARTICLES


def _words(surface: str) -> tuple[list[str], bool]:
    """The words of a speaker's surface that name it, and whether they are a name (no
    lower-case word left, not only role words). An apposition after a comma wins ("der
    Sprecher von Präsident Putin, Dmitri Peskow")."""
    part = surface
    if "," in surface:
        last = surface.rsplit(",", 1)[1].split()
        if last and last[0][:1].isupper() and all(map(_capitalised, last)):
            part = " ".join(last)
    words = part.split()
    article = bool(words) and words[0].lower() in _ARTICLES | _DETERMINERS
    while words and (
        words[0].lower() in _ARTICLES
        or words[0].lower() in _DETERMINERS
        or not words[0][:1].isupper()
    ):
        words = words[1:]  # "Der frühere Bundeskanzler ..."
    if not words:
        return [], False
    if not all(map(_capitalised, words)):
        return words, False  # "Sprecher des Innenministeriums"
    while len(words) > 1 and _is_role(words[0]):
        words = words[1:]
    # one word after an article is a noun ("ein Augenzeuge", "die Polizei"), not a name
    return words, not (len(words) == 1 and (article or _is_role(words[0])))


def _gender(surface: str, words: list[str], named: bool) -> str | None:
    """The grammatical gender a pronoun agrees with: "m", "f" or None (unknown, plural)."""
    if named or not words:
        return None
    first = surface.split()[0].lower()
    head = words[0].lower()
    if first in ("der", "ein"):
        return "m"
    if first in ("die", "eine") and head.endswith("in"):
        return "f"
    return None


def role_names(text: str) -> list[tuple[int, str, str]]:
    """(offset, role word, name) of each person a text names beside a role word: "Trainer
    Peter Stöger", "Gazprom-Chef Alexej Miller", "der UN-Hochkommissar für Menschenrechte,
    Said Raad al-Hussein" (one to three capitalised words, not role words themselves) and
    "Peter-Dietmar Leber, Chef der …".

    >>> role_names("Dann sagte Trainer Peter Stöger, das Team sei gut.")
    [(19, 'Trainer', 'Peter Stöger')]
    """
    out = []
    for m in _CAP_WORD.finditer(text):
        w = m.group()
        low = w.lower()
        if low[-3:] not in _ROLE_TAILS or not low.endswith(_ROLE_WORD_ENDS) or len(w) <= 2:
            continue
        start, base = m.start(), m.end()
        if text[start - 2 : start] == ", ":
            before = _NAME_BEFORE.search(text, max(0, start - 60), start)
            lead = before.group(1).split() if before else []
            if lead and lead[0].lower() not in _ARTICLES and not any(map(_is_role, lead)):
                out.append((before.start(1), w, before.group(1)))  # "Peter Leber, Chef der …"
        if not (text[base : base + 2].istitle() or "," in text[base : base + 120]):
            continue  # neither a name right after it nor an apposition
        words = list(itertools.islice(_WORD.finditer(text, base, base + 240), 9))
        after = 0
        for j in range(1, min(6, len(words) - 1)):
            gap = text[words[j - 1].end() : words[j].start()].strip()
            if gap and gap != ",":
                break
            if gap == ",":  # "der UN-Hochkommissar für Menschenrechte, Said Raad"
                after = j if words[j].group()[:1].isupper() else 0
                break
        name: list[re.Match] = []
        for n in words[after : after + 3]:
            nw = n.group()
            if not _NAME_WORD.fullmatch(nw) or _is_role(nw) or nw.lower() in _ARTICLES:
                break
            if name and text[name[-1].end() : n.start()] != " ":
                break  # a comma or bracket between: the name has ended
            name.append(n)
            if nw.endswith(".") and len(nw) > 2:
                break  # "Stöger." ends the sentence
        if name and (after or text[base : name[0].start()] == " "):
            full = text[name[0].start() : name[-1].end()].rstrip(".")
            if len(full) > 1:
                out.append((name[0].start(), w, full))
    return out


# a name of two capitalised words before ", <role word>": "Peter-Dietmar Leber, Chef der …"
_NAME_BEFORE = re.compile(r"(?<![\w\-])([A-ZÄÖÜ][\w\-]+ [A-ZÄÖÜ][\w\-]+), $")
# a capitalised word (a role word when it ends like one: "Trainer", "Gazprom-Chef")
_CAP_WORD = re.compile(r"\b[A-ZÄÖÜ][\w\-]+")


def name_speakers(
    rows: list[dict[str, Any]],
    reg: ActorRegistry,
    *,
    text: str | None = None,
    mentions: list[tuple] = (),  # type: ignore[assignment]
    sent_starts: list[int] = (),  # type: ignore[assignment]
    speech: bool = False,
    lang: str = "de",
) -> None:
    """Set ``speaker_name`` of each statement record of one document (in place; the
    records in text order). ``text``: the document's text (names after role words);
    ``mentions``: its actor mentions (start, end, actor id, surface), sorted;
    ``sent_starts``: the sorted start offsets of its sentences (the distance of a pronoun
    to its antecedent); ``speech``: "Sie" is the polite "you" and names nobody; ``lang``:
    the document's language (the dictionary that tells a surname from a noun).

    Examples
    --------
    >>> from discourse.actors import load_registry
    >>> rows = [{"speaker_id": None, "speaker_surface": s, "speaker_start": a,
    ...          "speaker_end": b, "inherited": False, "sent_id": k, "kind": "indirect",
    ...          "content_start": None, "content_end": None}
    ...         for k, (s, a, b) in enumerate([("Der Politologe Peter Filzmaier", 0, 30),
    ...                                        ("er", 80, 82), ("der Politologe", 120, 134)])]
    >>> name_speakers(rows, load_registry(), sent_starts=[0, 40, 100])
    >>> [r["speaker_name"] for r in rows]
    ['Peter Filzmaier', 'Peter Filzmaier', 'Peter Filzmaier']
    """
    spans: dict[tuple[int, int], str] = {}
    full: dict[str, str] = {}  # surname -> the fullest name the document gave it
    # (offset, lower-case role words, name) of the persons named with a role word
    named: list[tuple[int, list[str], str]] = []
    # (offset, name, gender) of the persons named so far: registry persons, names after
    # role words, speakers of statements
    people: list[tuple[int, str, str | None]] = []
    for a, _, aid, _ in mentions:
        if isinstance(aid, str) and reg.actors.get(aid, {}).get("kind") == "person":
            people.append((a, reg.actors[aid]["name"], reg.actors[aid].get("gender")))
    scanned = not text  # the text's own names are looked for once, when first needed

    def scan() -> None:
        nonlocal scanned
        if scanned:
            return
        scanned = True
        found = _text_names(str(text), "en" if lang == "en" else "de")
        for w, name in found[2].items():
            full.setdefault(w, name)
        people.extend(found[0])
        people.sort(key=_FIRST)
        named.extend(found[1])
        named.sort(key=_FIRST)

    last_name: str | None = None  # the name of the statement before
    for rec in rows:
        aid, surface = rec["speaker_id"], rec["speaker_surface"]
        span = (rec["speaker_start"], rec["speaker_end"])
        name: str | None = None
        gender: str | None = None
        if isinstance(aid, str) and aid in reg.actors:
            name = reg.actors[aid]["name"]
            gender = reg.actors[aid].get("gender")
        elif rec["inherited"]:
            name = spans.get(span)
        elif isinstance(surface, str) and surface:
            low = surface.lower()
            if low in _PRONOUNS and span[0] is not None and not (speech and surface == "Sie"):
                scan()
                name = _antecedent(people, rec, span[0], _PRONOUNS[low], sent_starts)
            elif low in _PRONOUNS or low in _OTHER_PRONOUNS:
                pass  # "Sie" of a speech, "wir", "man": nobody the text names
            elif low.split()[0] in _BACK:
                name = last_name
            else:
                words, is_name = _words(surface)
                if is_name:
                    name = " ".join(words)
                    if len(words) > 1:
                        full.setdefault(words[-1], name)
                    else:  # "Faymann" after "Werner Faymann"
                        if name not in full and text:
                            full[name] = _first_name(str(text), name) or name
                        name = full.get(name, name)
                    roles = [w.lower() for w in surface.split() if _is_role(w)]
                    bisect.insort(named, (span[0] or 0, roles, name), key=_FIRST)
                elif words:
                    if len(words) == 1 and not words[0].lower().endswith(_BODIES):
                        scan()  # "der Kanzler" after "Bundeskanzler Werner Faymann"
                    name = _referent(words, named, span[0]) or " ".join(words)
                gender = _gender(surface, words, is_name)
        rec["speaker_name"] = name
        if name is not None and rec["kind"] != "own":
            last_name = name
            if span[0] is not None:
                spans.setdefault(span, name)
                if not (isinstance(surface, str) and surface.lower() in _PRONOUNS):
                    # at the span's end: "der Sprecher von Präsident Putin, Dmitri Peskow"
                    # names Peskow after Putin
                    bisect.insort(people, (span[1] - 1, name, gender), key=_FIRST)


_FIRST = operator.itemgetter(0)


def _text_names(text: str, lang: str) -> tuple[list, list, dict[str, str]]:
    """The persons a text names outside the statements' speakers: (offset, name, None)
    for each mention, (offset, [role word], name) for each name after a role word, and
    surname -> full name."""
    people: list[tuple[int, str, str | None]] = []
    named: list[tuple[int, list[str], str]] = []
    full: dict[str, str] = {}
    for a, role, name in role_names(text):
        people.append((a, name, None))
        named.append((a, [role.lower()], name))
        if " " in name:
            full.setdefault(name.split()[-1], name)
    bare = bare_names(text, lang)
    surnames = {w for _, w in bare}
    for w in sorted(surnames - set(full)):  # "Julian Draxler": the first name of a surname
        first = _first_name(text, w)
        if first:
            full[w] = first
    for w in sorted(set(full) - surnames):  # later mentions of a surname alone
        people += [(a, full[w], None) for a in _positions(text, w)]
    people += [(a, full.get(w, w), None) for a, w in bare]
    return people, named, full


def _positions(text: str, word: str) -> list[int]:
    """The offsets of ``word`` as a whole word (not inside another or a hyphenated one)."""
    out = []
    k = text.find(word)
    while k >= 0:
        e = k + len(word)
        if not (k and (text[k - 1].isalnum() or text[k - 1] == "-")) and not (
            e < len(text) and (text[e].isalnum() or text[e] == "-")
        ):
            out.append(k)
        k = text.find(word, e)
    return out


def bare_names(text: str, lang: str = "de") -> list[tuple[int, str]]:
    """(offset, word) of the words that look like a surname used alone: capitalised with a
    lower-case second letter, not at a sentence's start, not after an article, unknown to
    the dictionary of ``lang`` (simplemma) and used at least twice ("Wehsely", "Draxler";
    not "Polizei", nor a compound noun the text uses once).

    >>> bare_names("Dann kam Wehsely. Später sagte Wehsely nichts. Die Polizei kam.")
    [(9, 'Wehsely'), (31, 'Wehsely')]
    """
    counts = Counter(_CAP_WORD.findall(text))
    found = {
        w
        for w, n in counts.items()
        if n >= 2 and len(w) >= 4 and w[1:2].islower() and not _is_role(w) and not _known(w, lang)
    }
    if not found:
        return []
    seen: dict[str, list[int]] = {}
    for w in sorted(found):
        offsets = _positions(text, w)
        if any(text[max(0, a - 5) : a].split()[-1:] in _AFTER_PLACE for a in offsets):
            continue  # "in Traiskirchen", "aus Rutshuru": a place
        seen[w] = [a for a in offsets if _mid_sentence(text, a)]
    return sorted((a, w) for w, offsets in seen.items() if len(offsets) >= 2 for a in offsets)


@functools.lru_cache(maxsize=1 << 16)
def _known(word: str, lang: str) -> bool:
    """The word is in simplemma's dictionary of ``lang`` (a noun, not a surname)."""
    return simplemma.is_known(word, lang=lang)


def _mid_sentence(text: str, at: int) -> bool:
    """The word at ``at`` follows a word that is no article and ends no sentence."""
    prev = text[max(0, at - 30) : at].split()
    if not prev or not text[at - 1 : at].isspace():
        return False
    p = prev[-1]
    return p[:1].isalpha() and not p.endswith((".", "!", "?", ":")) and p.lower() not in _ARTICLES


_ABSTRACT = ("ung", "heit", "keit", "schaft", "tion", "tät")  # noun endings, no first name
_AFTER_PLACE = [[w] for w in ("in", "im", "ins", "aus", "nach", "In", "Im", "Aus", "Nach")]


def _first_name(text: str, surname: str) -> str | None:
    """ "First Surname" where the text writes a capitalised word before the surname that is
    no role word, article or abstract noun ("Werner Faymann"; not "Bundeskanzler
    Faymann"), else None.

    >>> _first_name("Heute sagte Kanzler Werner Faymann nichts.", "Faymann")
    'Werner Faymann'
    """
    for a in _positions(text, surname):
        if a < 2 or text[a - 1] != " ":
            continue
        first = re.split(r"[\s(\[„“\"»«]", text[max(0, a - 40) : a - 1])[-1]
        low = first.lower()
        if not (first[:1].isupper() and first.isalpha()):
            continue
        if not (_is_role(first) or low in _ARTICLES or low.endswith(_ABSTRACT)):
            return f"{first} {surname}"
    return None


def _antecedent(
    people: list[tuple[int, str, str | None]],
    rec: dict[str, Any],
    at: int,
    gender: str,
    sent_starts: list[int],
) -> str | None:
    """The last person named before offset ``at`` that a pronoun of ``gender`` can refer
    to: not inside the statement's own content, at most ``MAX_BACK`` sentences back."""
    c0, c1 = rec.get("content_start"), rec.get("content_end")
    here = bisect.bisect_right(sent_starts, at)
    k = bisect.bisect_left(people, at, key=_FIRST)
    while k > 0:
        k -= 1
        pos, name, g = people[k]
        if sent_starts and here - bisect.bisect_right(sent_starts, pos) > MAX_BACK:
            return None
        if c0 is not None and c1 is not None and c0 <= pos < c1:
            continue  # "„Faymann hat versagt“, sagte er": not Faymann
        if g is None or g == gender:
            return name
    return None


def _referent(words: list[str], named: list[tuple[int, list[str], str]], at: Any) -> str | None:
    """The name of the last person named before offset ``at`` with a role word that ends
    with the description's role word ("der Kanzler" after "Bundeskanzler Werner
    Faymann")."""
    if len(words) != 1 or at is None:
        return None
    role = words[0].lower()
    for pos, roles, name in reversed(named):
        if pos < at and any(r.endswith(role) for r in roles):
            return name
    return None

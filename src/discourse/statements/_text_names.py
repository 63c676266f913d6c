"""The persons a text names outside the statements' speakers: names after role words
("Trainer Peter Stöger"), common given names before a surname ("Rainer Bunge"), surnames
the text repeats ("Wehsely"), and the first name of a surname ("Werner Faymann" for
"Faymann"). :func:`discourse.statements._names.name_speakers` resolves pronouns and
descriptions to them.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Container

from discourse.statements._speaker_parse import (
    _ARTICLES,
    _DAYS,
    _NAME_PARTICLES,
    _NAME_WORD,
    _ROLE_TAILS,
    _ROLE_WORD_ENDS,
    _WORD,
    _body,
    _bundled_markers,
    _female,
    _given,
    _is_role,
    _known,
    _lead_words,
    given_gender,
)


def role_names(text: str) -> list[tuple[int, str, str]]:
    """(offset, role word, name) of each person a text names beside a role word: "Trainer
    Peter Stöger", "Gazprom-Chef Alexej Miller", "der UN-Hochkommissar für Menschenrechte,
    Said Raad al-Hussein" (up to four words, capitalised or particles such as "de", not
    role words themselves) and "Peter-Dietmar Leber, Chef der …".

    >>> role_names("Dann sagte Trainer Peter Stöger, das Team sei gut.")
    [(19, 'Trainer', 'Peter Stöger')]
    """
    out = []
    for m in _CAP_WORD.finditer(text):
        w = m.group()
        low = w.lower()
        if low[-3:] not in _ROLE_TAILS or not low.endswith(_ROLE_WORD_ENDS) or len(w) <= 2:
            continue
        if _body(w):
            continue  # "die Polizei Wien": a place, no person
        start, base = m.start(), m.end()
        if text[start - 2 : start] == ", ":
            before = _NAME_BEFORE.search(text, max(0, start - 60), start)
            lead = before.group(1).split() if before else []
            ahead = text[max(0, start - 90) : before.start(1)].split()[-1:] if before else []
            if (
                lead
                and lead[0].lower() not in _ARTICLES
                and not any(map(_is_role, lead))
                and not (ahead and _is_role(ahead[0]))  # "Ministerin X Y, Kanzler …"
            ):
                out.append((before.start(1), w, before.group(1)))  # "Peter Leber, Chef der …"
        if not (text[base : base + 2].istitle() or "," in text[base : base + 120]):
            continue  # neither a name right after it nor an apposition
        words = list(itertools.islice(_WORD.finditer(text, base, base + 240), 9))
        after = 0
        if words and words[0].group()[:1].islower():  # "der UN-Hochkommissar für …, Said Raad"
            for j in range(1, min(6, len(words) - 1)):
                gap = text[words[j - 1].end() : words[j].start()].strip()
                if gap and gap != ",":
                    break
                if gap == ",":
                    after = j if words[j].group()[:1].isupper() else 0
                    break
        name: list[re.Match] = []
        run = words[after : after + 4]
        for i, n in enumerate(run):
            nw = n.group()
            particle = bool(name) and (nw in _NAME_PARTICLES or nw == "der")
            ends_run = i + 1 == len(run) or not run[i + 1].group()[:1].isupper()
            role_like = _is_role(nw) and not (name and ends_run)  # "Michael Meister"
            if not (particle or _NAME_WORD.fullmatch(nw)) or role_like or nw.startswith(_DAYS):
                break  # "Vizekanzler Reinhold Mitterlehner Montagmittag"
            if nw.lower() in _ARTICLES and not particle:
                break
            if name and not _blank(text[name[-1].end() : n.start()]):
                break  # a comma or bracket between: the name has ended
            name.append(n)
            if nw.endswith(".") and len(nw) > 2:
                break  # "Stöger." ends the sentence
        while name and not name[-1].group()[:1].isupper():
            name.pop()  # "Thomas de" is no name
        if name and (after or _blank(text[base : name[0].start()])):
            full = " ".join(n.group() for n in name).rstrip(".")
            if len(full) > 1:
                out.append((name[0].start(), w, full))
    return out


def _blank(gap: str) -> bool:
    """Spaces only, within one line (GNAD's texts often have two)."""
    return bool(gap) and not gap.strip() and "\n" not in gap


# a name of two capitalised words before ", <role word>": "Peter-Dietmar Leber, Chef der …"


_NAME_BEFORE = re.compile(r"(?<![\w\-])([A-ZÄÖÜ][\w\-]+ [A-ZÄÖÜ][\w\-]+), $")
# a capitalised word (a role word when it ends like one: "Trainer", "Gazprom-Chef")


_CAP_WORD = re.compile(r"\b[A-ZÄÖÜ][\w\-]+")


def _text_names(text: str, lang: str) -> tuple[list, list, dict[str, str]]:
    """The persons a text names outside the statements' speakers: (offset, name, gender)
    for each mention, (offset, [role word], name) for each name after a role word, and
    surname -> full name."""
    people: list[tuple[int, str, str | None]] = []
    named: list[tuple[int, list[str], str]] = []
    full: dict[str, str] = {}
    gender_of: dict[str, str | None] = {}  # the gender of a name's role word ("Ministerin")
    for a, role, name in role_names(text):
        gender = None if lang == "en" else "f" if _female(role) else "m"
        gender_of.setdefault(name, gender)
        people.append((a, name, gender))
        named.append((a, [role.lower()], name))
        if " " in name:
            full.setdefault(name.split()[-1], name)
    with_role = {a for a, _, _ in people}
    for a, name in given_names(text):  # "Rainer Bunge", no role word needed
        if a not in with_role:  # a role word tells the gender: "Landesrätin Eva Huber"
            gender_of.setdefault(name, given_gender(name))
            people.append((a, name, gender_of[name]))
            full.setdefault(name.split()[-1], name)
    bare = bare_names(text, lang)
    surnames = {w for _, w in bare}
    for w in sorted(surnames - set(full)):  # "Julian Draxler": the first name of a surname
        first = _first_name(text, w)
        if first:
            full[w] = first
    for w in sorted(set(full) - surnames):  # later mentions of a surname alone
        name = full[w]
        people += [(a, name, gender_of.get(name)) for a in _positions(text, w)]
    people += [(a, full.get(w, w), gender_of.get(full.get(w, w))) for a, w in bare]
    return people, named, full


def given_names(text: str) -> list[tuple[int, str]]:
    """(offset, "First Surname") where a common given name (the bundled list
    ``resources/actors/given_names.txt``) stands before a capitalised word that is no role
    or body word, or before a name particle and such a word ("Benedikt von Peter").

    >>> given_names("Dann rechnet Rainer Bunge von der Hochschule mit Preisen.")
    [(13, 'Rainer Bunge')]
    """
    given = _given()
    out = []
    for m in _CAP_WORD.finditer(text):
        if m.group() not in given:
            continue
        nxt = _NEXT_CAP.match(text, m.end())
        if nxt and not _is_role(nxt.group(1)) and nxt.group(1) not in given:
            out.append((m.start(), f"{m.group()} {nxt.group(1)}"))
    return out


_NEXT_CAP = re.compile(
    r" +((?:(?:{}) )?[A-ZÄÖÜ][\w\-]*[\w])(?![\w\-])".format("|".join(sorted(_NAME_PARTICLES)))
)


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
    lower-case second letter, unknown to the dictionary of ``lang`` (simplemma), used at
    least twice, once in mid-sentence after a word that is no article, never after a
    preposition of place ("Wehsely", "Draxler"; not "Polizei", a compound noun the text
    uses once or "in Traiskirchen").

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
        if any(_after_place(text[max(0, a - 40) : a].split()[-2:]) for a in offsets):
            continue  # "in Traiskirchen", "aus Rutshuru", "in Uttar Pradesh": a place
        if any(_mid_sentence(text, a) for a in offsets):  # not only a sentence's first word
            seen[w] = offsets
    return sorted((a, w) for w, offsets in seen.items() for a in offsets)


def _mid_sentence(text: str, at: int) -> bool:
    """The word at ``at`` follows a word that is no article and ends no sentence."""
    prev = text[max(0, at - 30) : at].split()
    if not prev or not text[at - 1 : at].isspace():
        return False
    p = prev[-1]
    return p[:1].isalpha() and not p.endswith((".", "!", "?", ":")) and p.lower() not in _ARTICLES


_ABSTRACT = ("ung", "heit", "keit", "schaft", "tion", "tät")  # noun endings, no first name


_PLACE_WORDS = {
    "in", "im", "ins", "aus", "nach", "In", "Im", "Aus", "Nach", "Bundesstaat", "Provinz",
    "Region", "Stadt", "Gemeinde", "Bezirk", "Kanton", "Dorf", "Ort",
}  # fmt: skip


def _after_place(before: list[str]) -> bool:
    """The (up to two) words before a word make it a place: "in Traiskirchen", "im
    Bundesstaat Pradesh", "in Uttar Pradesh" (one word earlier only "in", "im" or a noun
    of place before a capitalised word that is no given name: "nach Adi Hütter" is a
    person)."""
    if before[-1:] and before[-1] in _PLACE_WORDS:
        return True
    if len(before) < 2 or before[0] not in _PLACE_TWO_BACK or not before[1][:1].isupper():
        return False
    return before[1] not in _given()  # "in Adi Hütter hineinschauen" is a person


_PLACE_TWO_BACK = _PLACE_WORDS - {"aus", "nach", "Aus", "Nach", "ins"}


def _first_name(text: str, surname: str, markers: Container[str] | None = None) -> str | None:
    """ "First Surname" where the text writes a capitalised word before the surname that is
    no role word, article, abstract noun or attribution noun (``markers``, default the
    cue lexicon's: "nach Ansicht Müllers") ("Werner Faymann"; not "Bundeskanzler
    Faymann"), else None.

    >>> _first_name("Heute sagte Kanzler Werner Faymann nichts.", "Faymann")
    'Werner Faymann'
    """
    for a in _positions(text, surname):
        if a < 2 or text[a - 1] != " ":
            continue
        words = re.split(r"[\s(\[„“\"»«]", text[max(0, a - 40) : a - 1])
        first = words[-1]
        low = first.lower()
        if not (first[:1].isupper() and first.replace("-", "").isalpha()):
            continue  # "Hans-Peter Doskozil" is fine
        if len(words) > 1 and words[-2] in ("am", "im", "vom", "zum", "beim", "Am", "Im"):
            continue  # "sagte am Montag Müller": a date
        if low.endswith("s") and _known(first[:-1], "de"):
            continue  # "Dortmunds Reus", "Bayerns Müller": a genitive
        if first in (_bundled_markers() if markers is None else markers):
            continue
        if not (_is_role(first) or low in _lead_words() or low.endswith(_ABSTRACT)):
            return f"{first} {surname}"  # not "Auch Stöger", "But Smith", "Kanzler Faymann"
    return None


def company_names(text: str) -> list[tuple[int, str]]:
    """(offset, name) of each company a text names after a word for one: "Der steirische
    Garnhersteller Borckenstein", "Bezahlfernsehkonzern Sky", "US-Autohersteller General
    Motors", "Konkurrent Fortinet" (one to three capitalised words, no article).

    >>> company_names("Der Garnhersteller Borckenstein will sparen. Das teilte er mit.")
    [(19, 'Borckenstein')]
    """
    out = []
    for m in _COMPANY_WORD.finditer(text):
        name = []
        for w in _WORD.finditer(text, m.end(), m.end() + 60):
            word = w.group()
            gap = text[(name[-1] if name else m).end() : w.start()]
            if gap != " " or not word[:1].isupper() or word.lower() in _ARTICLES:
                break
            if word.lower().endswith(_COMPANY_ENDS):
                break
            name.append(w)
            if len(name) == 3:
                break
        if name:
            out.append((name[0].start(), " ".join(w.group() for w in name).rstrip(".")))
    return out


# words for a company, also as the end of a compound ("Garnhersteller", "Chipkonzern")
_COMPANY_ENDS = (
    "konzern", "hersteller", "unternehmen", "firma", "autobauer", "bank", "versicherer",
    "konkurrent", "anbieter", "händler", "betreiber", "fluggesellschaft", "airline", "verlag",
    "mutter", "tochter", "gruppe", "kette", "riese",
)  # fmt: skip
_COMPANY_WORD = re.compile(rf"\b[\w\-]*(?:{'|'.join(_COMPANY_ENDS)})\b", re.IGNORECASE)

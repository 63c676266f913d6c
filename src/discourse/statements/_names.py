"""The ``speaker_name`` of each statement: who spoke, as a label to count by.

Most people a news article quotes are not in the actor registry, so their statements
have ``speaker_id`` NA; and many statements name their speaker only by a pronoun ("Er
kündigte an"), by "Demnach", by a description that refers back ("der Politologe") or not
at all (a Konjunktiv continuation that inherits the speaker). :func:`name_speakers` gives
every statement of a document the best name the text offers, in text order:

- a registry actor: its canonical name (without "Mr.");
- a named speaker: the name without the article, the role words and what else is no part
  of it (:func:`parse_speaker`: "Peter Filzmaier" from "Der Politologe Peter Filzmaier",
  "Dmitri Peskow" from "der Sprecher von Präsident Putin, Dmitri Peskow", "Thomas Strobl"
  from "Innenminister Thomas Strobl (CDU)"), completed from an earlier fuller mention of
  the same surname ("Filzmaier" after "Peter Filzmaier");
- a description whose role word an earlier named person carried ("der Politologe",
  "der Kanzler" after "Bundeskanzler Werner Faymann"): that person's name; else a
  definite description of one person (an epithet: "so der Forscher", "sagte der
  40-Jährige", "meinte die Kammer-Obfrau"; not "der Polizeisprecher", "die Forscher")
  refers back like a pronoun, first to the speakers and registry persons before it;
- a newspaper or an agency by its name ("Anadolu" from "die Nachrichtenagentur Anadolu");
- a pronoun (er, sie; he, she): the last person the text named before it -- a registry
  person, a name beside a role word anywhere in the text ("Trainer Peter Stöger",
  "Gazprom-Chef Alexej Miller"), a common given name before a surname ("Rainer Bunge"), a
  surname the text repeats, or an earlier speaker who is a person (not "die Polizei") --
  that the pronoun can refer to: of its gender where the registry, a role word or a
  listed given name tells it ("Innenministerin Petra Lang" and "Sabine Meier" are no
  "er"), never named inside the statement's own content, inside an earlier statement's
  content only when no other fits, at most ``MAX_BACK`` sentences back; the plural "sie"
  ("Sie riefen") names nobody;
- "Demnach" and an inherited speaker: the name of the statement it refers to;
- the ``own`` statements of a speech: the speech's speaker;
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
from collections.abc import Container
from dataclasses import dataclass
from typing import Any

import simplemma

from discourse.actors import ActorRegistry
from discourse.segment._resources import _read_lines, load_stopwords
from discourse.statements._cues import load_cues
from discourse.statements._text import AGENT_ENDS, Spans
from discourse.statements._words import DE_ARTICLES, OPENERS_NOT_SUBJECT

_ARTICLES = {
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines", "einem",
    "einen", "the", "a", "an",
}  # fmt: skip
# articles and determiners before a speaker's noun ("Mein Kollege Jens Kestner")
_ARTICLE_LIKE = frozenset(
    DE_ARTICLES
    | _ARTICLES
    | {
        "mein",
        "meine",
        "meinem",
        "meinen",
        "meiner",
        "unserem",
        "unseren",
        "unserer",
        "ihrem",
        "ihren",
        "seinen",
        "diesen",
        "jener",
        "jene",
        "my",
        "this",
        "that",
        "these",
        "those",
    }  # fmt: skip
)
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
    "premier", "papst", "kardinal", "herrn", "coach", "chancellor", "mayor", "republican",
    "democrat", "judge", "colonel", "captain", "pastor", "rabbi", "imam", "prinz", "fürst",
    "chief", "director", "officer", "official", "leader", "chairman", "chairwoman", "major",
    "oberst", "leutnant", "admiral",
    "ambassador", "envoy", "adviser", "advisor", "commissioner", "representative", "sir",
    "rechtler", "ceo", "entwickler", "hersteller", "-mann", "-frau", "führer", "führerin",
    "boss", "produzent", "produzentin", "filmer", "filmerin", "eigentümer", "eigentümerin",
    "inhaber", "inhaberin",
)  # fmt: skip
_ROLE_WORD_ENDS = tuple(sorted({*AGENT_ENDS, *_ROLE_ENDS}))
# role words of bodies and groups, which no person's name follows ("die Polizei")
_BODIES = (
    "regierung", "rat", "amt", "fraktion", "partei", "kommission", "gericht", "behörde",
    "ausschuss", "verband", "bund", "ministerium", "koalition", "union", "staat", "staaten",
    "länder", "bundestag", "parlament", "opposition", "gewerkschaft", "verbände", "agentur",
    "institut", "organisation", "unternehmen", "büro", "polizei", "konzern", "kreuz",
    "menschen", "leute", "bürger", "experten", "kollegen",
)  # fmt: skip
_ROLE_TAILS = frozenset(e[-3:] for e in _ROLE_WORD_ENDS)  # a quick test before endswith
_NAME_PARTICLES = {"von", "van", "de", "da", "di", "al", "bin", "ben", "zu", "del", "la", "le"}
_HONORIFIC = re.compile(r"^(?:(?:Mr|Mrs|Ms|Dr|H\.E)\.?|Sir)\s+")
_PRONOUNS = {"er": "m", "he": "m", "sie": "f", "she": "f"}  # -> the gender they refer to
# pronouns that name nobody by themselves (first and second person, "man", "they")
_OTHER_PRONOUNS = {
    "ich", "wir", "du", "ihr", "man", "es", "wer", "i", "we", "you", "they", "it", "one", "me", "us",
    "who", "whoever",
}  # fmt: skip
_BACK = {"demnach"}  # a source that points back to the statement before
# attribution nouns that name no source by themselves ("nach eigenen Angaben", "seiner
# Ansicht nach", "dem Vernehmen nach"), and the gender of the possessive before them
_HOLDER_NOUNS = {
    "angaben", "vernehmen", "ansicht", "meinung", "auffassung", "worten", "einschätzung",
    "überzeugung", "darstellung", "bekunden",
}  # fmt: skip
_POSSESSIVE_GENDER = {"sei": "m", "ihr": "f"}  # "seiner", "seinen"; "ihrer", "ihren"


def _no_owner_named(before: list[str]) -> bool:
    """The words before an attribution noun name nobody: articles, possessives and
    adjectives ("nach eigenen Angaben", "Seiner Ansicht"), not "Apples Darstellung"."""
    return all(
        w[:1].islower() or (k == 0 and not w.endswith("s"))  # "Seiner", not "Apples"
        for k, w in enumerate(before)
    )


MAX_BACK = 4  # sentences: a pronoun refers to a person named at most this far back
_WORD = re.compile(r"[^\s,;:!?()\[\]»«„“”\"‚‘’'/]+")
# a name's word: capitalised, no sentence end inside ("Stöger." ends it)
_NAME_WORD = re.compile(r"[A-ZÄÖÜ][\w\-]*\.?|[A-ZÄÖÜ]\.|(?:al|el|ad|as)-[A-ZÄÖÜ][\w\-]*\.?")


@functools.lru_cache(maxsize=1)
def _lead_words() -> frozenset[str]:
    """Words that start a speaker span but are no part of its name: articles, determiners,
    stop words, "laut", "according"."""
    extra = {"laut", "gemäß", "zufolge", "seitens", "according", "to", "neben"}
    extra |= {"mr", "mrs", "ms", "miss", "dr", "sir", "madam"}
    return frozenset(
        _ARTICLE_LIKE
        | _QUANTIFIERS
        | OPENERS_NOT_SUBJECT  # "Heute", "Danach", "Demnach"
        | extra
        | load_stopwords("de")
        | load_stopwords("en")
    )


_DAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
_DATES = {
    *_DAYS, "Wochenende", "Januar", "Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli",
    "August", "September", "Oktober", "November", "Dezember",
}  # fmt: skip
_QUANTIFIERS = {
    "mehrere", "einige", "viele", "beide", "niemand", "jemand", "andere", "manche",
    "zahlreiche", "several", "many", "some", "both", "nobody", "someone",
}  # fmt: skip


def _is_role(word: str) -> bool:
    """A role word: one that ends like an office, a profession or a body ("Trainer",
    "Gazprom-Chef", "Innenministerin", "secretary", "Polizei", "Dr.")."""
    return word.lower().endswith(_ROLE_WORD_ENDS)


def _capitalised(word: str) -> bool:
    return word[:1].isupper() or word in _NAME_PARTICLES or word.startswith(("al-", "el-"))


@dataclass
class Parsed:
    """A speaker span read for its name: ``words`` (the name, or the description without
    the article), ``is_name`` (a name, not a description), ``gender`` ("m", "f", None)
    and ``roles`` (its role words, lower case)."""

    words: list[str]
    is_name: bool
    gender: str | None
    roles: list[str]


def parse_speaker(surface: str, lang: str = "de", markers: Container[str] | None = None) -> Parsed:
    """Read a speaker span for its name (``markers``: the nouns whose attribute is the
    speaker, "Angaben von X"; default the German cue lexicon's ``after_nouns``).

    >>> parse_speaker("Der Politologe Peter Filzmaier").words
    ['Peter', 'Filzmaier']
    >>> parse_speaker("Peter Müller, Sprecher der Polizei").words
    ['Peter', 'Müller']
    >>> parse_speaker("Nach Angaben von Innenministerin Johanna Mikl-Leitner").words
    ['Johanna', 'Mikl-Leitner']
    >>> p = parse_speaker("ein Sprecher des Innenministeriums")
    >>> p.words, p.is_name, p.gender
    (['Sprecher', 'des', 'Innenministeriums'], False, 'm')
    """
    text = re.sub(r"\s*\([^)]*\)", "", surface)  # "Thomas Strobl (CDU)"
    markers = _bundled_markers() if markers is None else markers
    parts = [_part(x.split(), lang, markers) for x in text.split(",")]
    parts = [x for x in parts if x.words]
    for x in parts:
        if x.is_name:  # "Anna Berger, Sprecherin": the gender from the other part
            if x.gender is None:
                x.gender = next((y.gender for y in parts if y.gender), None)
            return x
    return parts[0] if parts else Parsed([], False, None, [])


def _part(tokens: list[str], lang: str, markers: Container[str]) -> Parsed:
    """One comma-separated part of a speaker span (see :func:`parse_speaker`)."""
    tokens = [t if t.lower() in _ROLE_ENDS else t.strip(".:;!?\"'„“”»«") for t in tokens]
    tokens = [t for t in tokens if t]
    lead = _lead_words()
    article = None
    while tokens and (
        tokens[0].lower() in lead
        or (lang != "en" and (tokens[0][:1].islower() or _AGE.match(tokens[0])))
    ):
        if tokens[0].lower() in _ARTICLE_LIKE or tokens[0].lower() in _QUANTIFIERS:
            article = tokens[0].lower()  # "ein Augenzeuge", "Mehrere Zeugen": no name
        tokens = tokens[1:]  # "Der frühere Bundeskanzler …", "Laut", "But"
    if not tokens:
        return Parsed([], False, None, [])
    if len(tokens) == 1 and "-" in tokens[0][1:] and tokens[0].rpartition("-")[2] in markers:
        tokens = [tokens[0].rpartition("-")[0]]  # "UNO-Angaben"
    roles = [t.lower() for t in tokens if _is_role(t)]
    lower = _lower_case(tokens, markers)
    first = _given_from(tokens) if lower else None
    if first is not None:  # "U.S. Secretary of State Antony Blinken"
        return _after_role(tokens, first - 1, article, lang, roles)
    if lower and lang != "en":
        cut = _role_cut(tokens)
        if cut is not None and all(k < cut and _attribute(tokens[k]) for k in lower):
            # "der für Terrorismus zuständigen Staatsanwalt François Molins"
            return _after_role(tokens, cut, article, lang, roles)
        if tokens[0] in markers:  # "Angaben von Sportdirektor Beppe Marotta"
            k = 1
            while k < len(tokens) and tokens[k].lower() in _LINKS:
                k += 1
            after = list(itertools.takewhile(_capitalised, tokens[k:]))
            while after and not after[-1][:1].isupper():
                after.pop()
            while len(after) > 1 and (_is_role(after[0]) or _medium(after[0])):
                after = after[1:]
            if after and k > 1 and after[0] not in _DATES:  # not "Bericht vom Donnerstag"
                is_name = len(after) > 1 or tokens[k - 1].lower() in ("von", "vom")
                return Parsed(after, is_name, None, roles)
        head = tokens[: lower[0]]  # "Anna Berger von der Caritas"
        if len(head) > 1 and not any(map(_is_role, head)):
            return Parsed(head, True, None, roles)
        # "Scolik gegenüber der FAZ"; not "Medien in Russland", "Wer in Deutschland"
        after_name = len(head) == 1 and tokens[lower[0]] in _PLACE_PREPOSITIONS
        if after_name and not (
            _is_role(head[0]) or _body(head[0]) or article or _known(head[0], lang)
        ):
            return Parsed(head, True, None, roles)
        cut = _role_cut(head)
        if cut is not None:  # "Archäologin Kat Szabo von der Universität Wollongong"
            return _after_role(head, cut, article, lang, roles)
        # "Sprecher des Innenministeriums", "der Sprecher von Präsident Putin": the head
        # noun speaks, the name after it is an attribute
        return Parsed(tokens, False, _gender(article, tokens[0]), roles)
    if not lower and len(tokens) > 1 and tokens[0] in markers:
        tokens = tokens[1:]  # a genitive speaker: "nach Ansicht Rabmer-Kollers"
    if len(tokens) == 2 and tokens[0].lower().endswith(_OF_SOMEONE) and tokens[1][-1] == "s":
        return Parsed(tokens, False, _gender(article, tokens[0]), roles)  # "Sprecher Pölls"
    cut = _role_cut(tokens)
    if cut is not None:  # "Innenministerin Johanna Mikl-Leitner", "Politologe Hans Vorländer"
        return _after_role(tokens, cut, article, lang, roles)
    if lower:  # "the minister", "a police spokesman", "one official"
        gender = "f" if any(map(_female, tokens)) else None
        return Parsed(tokens, False, gender, roles)
    if any(map(_body, tokens)) or all(map(_is_role, tokens)) or (len(tokens) == 1 and article):
        # "der Kanzler", "Die Polizei", "ein Augenzeuge": a description
        return Parsed(tokens, False, _gender(article, tokens[-1]), roles)
    return Parsed(tokens, True, None, roles)


def _after_role(
    tokens: list[str], cut: int, article: str | None, lang: str, roles: list[str]
) -> Parsed:
    """The name after the role word at ``cut``, with the gender the role word or the
    article gives ("Innenministerin Johanna Mikl-Leitner": "f")."""
    role = tokens[cut]
    if _medium(role):
        gender = None
    elif lang == "en":
        gender = "f" if _female(role) else None
    elif article in ("die", "eine") or _female(role):
        gender = "f"
    else:
        gender = "m"
    return Parsed(tokens[cut + 1 :], True, gender, roles)


def _given_from(tokens: list[str]) -> int | None:
    """The position of a listed given name after a capitalised word that starts a name
    running to the end ("Secretary of State Antony Blinken", "Leiter der Abteilung Hans
    Huber"), else None; not after a lower-case word ("Sprecher von Peter Müller" speaks
    for Müller)."""
    given = _given()
    for k in range(1, len(tokens) - 1):
        if tokens[k] in given and tokens[k - 1][:1].isupper():
            rest = tokens[k + 1 :]
            if all(t[:1].isupper() for t in rest) and not any(map(_is_role, rest)):
                return k
    return None


def _attribute(word: str) -> bool:
    """A lower-case word of an attribute before a role noun: an inflected adjective or
    participle ("zuständigen", "französischen"), not a function word ("von", "des")."""
    return (
        word.isalpha()
        and word.endswith(("e", "en", "er", "es", "em"))
        and (word.lower() not in _lead_words())
    )


def _role_cut(tokens: list[str]) -> int | None:
    """The position of the role word a name follows: the last role word (not a body:
    "Die Polizei Wien") followed by a capitalised word that is no role word and then only
    name words ("Der Politologe Hans Vorländer": "Politologe"), else None."""
    cut = None
    for k in range(len(tokens) - 1):
        nxt = tokens[k + 1]
        if _medium(tokens[k]) and nxt[:1].isupper():
            cut = k  # "die Nachrichtenagentur Anadolu", "die Zeitung Die Presse"
            continue
        if not _is_role(tokens[k]) or _body(tokens[k]) or not nxt[:1].isupper() or _is_role(nxt):
            continue
        if not _lower_case(tokens[k + 1 :]):
            cut = k
    return cut


# role words of someone who speaks for another ("Sprecher Konvičkas", "Anwalt Müllers")
_OF_SOMEONE = ("sprecher", "sprecherin", "anwalt", "anwältin", "sohn", "tochter", "berater")


def _medium(word: str) -> bool:
    """A word for a newspaper, an agency or a broadcaster, whose name may follow it
    ("Zeitung", "Nachrichtenagentur", "newspaper")."""
    return word.lower().endswith(_MEDIA)


_MEDIA = (
    "zeitung", "zeitschrift", "agentur", "magazin", "blatt", "sender", "portal", "newspaper",
    "agency", "magazine", "broadcaster", "seite", "website", "plattform",
)  # fmt: skip


def _body(word: str) -> bool:
    """A word for an institution or a group, not a person ("Polizei", "Landgericht")."""
    return word.lower().endswith(_BODIES)


def _female(word: str) -> bool:
    """A word for a woman: a feminine role or person noun ("Innenministerin", "Ärztin",
    "Augenzeugin", "Frau", "Mrs.")."""
    low = word.lower().rstrip(".")
    if low in ("frau", "mrs", "ms", "madam", "dame", "woman", "spokeswoman", "chairwoman"):
        return True
    return low.endswith(("in", "frau")) and len(low) > 4 and not low.endswith(_NOT_FEMININE)


_NOT_FEMININE = ("ein", "bin", "lin", "ain", "oin", "uin", "min", "zin", "kin")
# prepositions after a speaker's name that start no part of it ("Merkel in Berlin")
_PLACE_PREPOSITIONS = {"gegenüber", "in", "im", "am", "auf", "bei", "beim", "aus", "vor", "via"}
# words between a marker noun and its speaker ("Angaben von", "nach Worten des")
_LINKS = {"von", "vom", "der", "des", "dem", "den", "zufolge"}


def _lower_case(tokens: list[str], markers: Container[str] = ()) -> list[int]:
    """The positions of the lower-case words that are no part of a name: a particle
    counts as part of a name after a first name or another particle ("Thomas de
    Maizière", "Ursula von der Leyen"), not after a role word ("Sprecher von Putin")."""
    out = []
    for k, t in enumerate(tokens):
        if t[:1].isupper() or t.startswith(("al-", "el-")):
            continue
        prev = tokens[k - 1] if k else ""
        in_name = prev[:1].isupper() and not _is_role(prev) and prev not in markers
        nxt = tokens[k + 1] if k + 1 < len(tokens) else ""
        particle = t in _NAME_PARTICLES or (t == "der" and prev.lower() in ("von", "van"))
        joined = in_name or prev in _NAME_PARTICLES
        name_goes_on = nxt[:1].isupper() or nxt in _NAME_PARTICLES or nxt == "der"
        institution = t in ("von", "van") and nxt == "der" and not _registry_like(tokens, k)
        if particle and joined and name_goes_on and not institution:
            continue
        out.append(k)
    return out


def _registry_like(tokens: list[str], k: int) -> bool:
    """ "von der" inside a name ("Ursula von der Leyen", "Van der Bellen"), not before an
    institution ("Anna Berger von der Caritas"): the word after "der" ends the span."""
    return k + 3 == len(tokens) and not _body(tokens[-1]) and not _known(tokens[-1], "de")


@functools.lru_cache(maxsize=1)
def _bundled_markers() -> frozenset[str]:
    return frozenset(load_cues("de").after_nouns)


def _gender(article: str | None, head: str) -> str | None:
    """The grammatical gender a pronoun agrees with, from the article and the head noun:
    "m", "f" or None (neuter, plural, a body, unknown)."""
    if _body(head):
        return None
    if _female(head) or (article in ("die", "eine") and head.lower().endswith("e")):
        return "f"  # "die Ärztin", "eine Frau", "die Abgeordnete"
    if article in ("der", "ein"):
        return "m"
    return None


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


def name_speakers(
    rows: list[dict[str, Any]],
    reg: ActorRegistry,
    *,
    text: str | None = None,
    mentions: list[tuple] = (),  # type: ignore[assignment]
    sent_starts: list[int] = (),  # type: ignore[assignment]
    speech: str | None = None,
    lang: str = "de",
    markers: Container[str] | None = None,
) -> None:
    """Set ``speaker_name`` of each statement record of one document (in place; the
    records in text order). ``text``: the document's text (names after role words);
    ``mentions``: its actor mentions (start, end, actor id, surface), sorted;
    ``sent_starts``: the sorted start offsets of its sentences (the distance of a pronoun
    to its antecedent); ``speech``: the speaker of a speech (the name of its ``own``
    statements; "Sie" is the polite "you" and names nobody); ``lang``: the document's
    language; ``markers``: the cue lexicon's nouns whose attribute is the speaker ("Angaben
    von X"; see :func:`parse_speaker`).

    Examples
    --------
    >>> from discourse.actors import load_registry
    >>> rows = [{"speaker_id": None, "speaker_surface": s, "speaker_start": a,
    ...          "speaker_end": b, "inherited": False, "sent_id": k, "kind": "indirect",
    ...          "cue": "sagte", "content_start": None, "content_end": None}
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
    # role words, repeated surnames, speakers of statements that are persons
    people: list[tuple[int, str, str | None]] = []
    person_ids = {
        aid
        for _, _, aid, _ in mentions
        if isinstance(aid, str) and reg.actors.get(aid, {}).get("kind") == "person"
    }
    for a, _, aid, _ in mentions:
        if aid in person_ids:
            people.append((a, _registry_name(reg, aid), reg.actors[aid].get("gender")))
    # (offset, name, gender) of the persons an epithet may refer back to: the registry
    # persons and the statements' speakers named so far
    speakers = list(people)
    contents = Spans(
        span
        for r in rows
        if r["kind"] != "own"  # a speaker's own sentences report nobody
        for span in _content_without_speaker(r)
    )
    scanned = not text  # the text's own names are looked for once, when first needed

    def scan() -> None:
        nonlocal scanned
        if scanned:
            return
        scanned = True
        found_people, found_named, found_full = _text_names(str(text), lang)
        for w, name in found_full.items():
            full.setdefault(w, name)
        # a repeated word the registry knows as a state or a body is no person ("Estland");
        # a registry person keeps the registry's name ("Recep Tayyip Erdogan")
        known = Spans((a, b) for a, b, aid, _ in mentions if aid in person_ids)
        people.extend(
            x for x in found_people if not known.contains(x[0]) and not _body_actor(reg, x[1])
        )
        people.sort(key=_FIRST)
        named.extend(found_named)
        named.sort(key=_FIRST)

    last_name: str | None = None  # the name of the statement before
    for rec in rows:
        if rec.get("answer") is not None:
            continue  # "ich"/"wir" in an interview's answer: named after the answer, below
        aid, surface = rec["speaker_id"], rec["speaker_surface"]
        a, b = _offset(rec["speaker_start"]), _offset(rec["speaker_end"])
        surface = surface.strip() if isinstance(surface, str) else ""
        low = surface.lower()
        name: str | None = None
        gender: str | None = None
        person = False  # a pronoun after it may refer to it
        guessed = False  # an epithet referred back to the last person that fits
        resolved = False  # a pronoun or an epithet resolved to a person's name
        if isinstance(aid, str) and aid in reg.actors:
            name, gender = _registry_name(reg, aid), reg.actors[aid].get("gender")
            person = reg.actors[aid].get("kind") == "person"
            if not person and len(surface.split()) > 2:
                parsed = parse_speaker(surface, lang, markers)
                persons_role = any(not _body(r) for r in parsed.roles)  # not "Staaten"
                if parsed.is_name and persons_role and len(parsed.words) > 1:
                    # "Kremlin spokesman Dmitry Peskov": the body is an attribute
                    name, gender, person = " ".join(parsed.words), parsed.gender, True
                    resolved = True
        elif rec["kind"] == "own" and speech:
            name = speech
        elif rec["inherited"] and not _named_after(rec, a):
            name = spans.get((a, b))  # the earlier statement's speaker
        elif low in _PRONOUNS and a is not None and not (speech and surface == "Sie"):
            if not (low == "sie" and _plural_verb(text, b)):
                scan()  # not the plural "sie" of "Sie riefen", "Sie haben erklärt"
                gender = _PRONOUNS[low]
                name = _antecedent(people, rec, a, gender, sent_starts, contents)
                resolved = name is not None
        elif not surface and _further(rec, text):
            name = last_name  # "berichtete die ARD. Weiter hieß es, ...": the ARD again
        elif not surface or low in _PRONOUNS or low in _OTHER_PRONOUNS:
            pass  # "Sie" of a speech, "wir", "man": nobody the text names
        elif low.split()[0] in _BACK:
            name = last_name
        elif low.split()[-1] in _HOLDER_NOUNS and _no_owner_named(surface.split()[:-1]):
            # "seiner Ansicht nach": whose view the possessive says; "nach eigenen Angaben",
            # "dem Vernehmen nach": nobody the phrase names
            owner = _POSSESSIVE_GENDER.get(low.split()[0][:3]) if len(low.split()) == 2 else None
            if owner is not None and a is not None:
                scan()
                name = _antecedent(people, rec, a, owner, sent_starts, contents)
        else:
            # "nach Andrejews Worten", "Merkels Ansicht nach": the owner in the genitive
            owner = _genitive_owner(surface)
            parsed = parse_speaker(owner or surface, lang, markers)
            words, gender = parsed.words, parsed.gender
            if parsed.is_name:
                name = " ".join(words)
                if len(words) > 1:
                    full[words[-1]] = name  # the latest: "Gerd Müller", then "Thomas Müller"
                elif not any(map(_medium, surface.split())):  # "Faymann" after "Werner Faymann"
                    if name not in full:
                        scan()  # the fullest name the text gives ("Recep Tayyip Erdogan")
                    if name not in full and name[-1:] == "s" and name[:-1] in full:
                        name = name[:-1]  # a genitive: "nach Ansicht Rabmer-Kollers"
                    elif owner is not None and name not in full and name[-1:] == "s":
                        name = _genitive_stem(name, full, reg, text)  # "Merkels Ansicht"
                    ids = reg.lookup(name) if name not in full else []
                    if len(ids) == 1 and reg.actors[ids[0]].get("kind") == "person":
                        full[name] = _registry_name(reg, ids[0])  # "Erdogan": the registry's
                    if name not in full and text:
                        full[name] = _first_name(str(text), name, markers) or name
                    name = full.get(name, name)
                gender = gender or given_gender(name)  # "Sabine Meier": "f"
                bisect.insort(named, (a or 0, parsed.roles, name), key=_FIRST)
                person = not (words[0].isupper() or reg.lookup(name))  # no "ORF", "Russland"
                resolved = person
            elif words:
                # "der Kanzler" refers back; "ein US-Vertreter" is someone new
                indefinite = low.split()[0] in _INDEFINITE
                name = None if indefinite else _referent(words, named, a)
                if name is None and text and a is not None and len(words) == 1 and not indefinite:
                    name = _named_in_text(str(text), words[0], a)  # "Bundeskanzler Werner …"
                if name is None and a is not None and _epithet(low, words, gender):
                    # "..., so der Forscher" after "glaubt Schneeweiß"
                    name = _antecedent(speakers, rec, a, gender, sent_starts, Spans([]))
                    if name is None:
                        scan()
                        name = _antecedent(people, rec, a, gender, sent_starts, contents)
                    resolved = guessed = name is not None
                name = name or " ".join(words)
                # "der Sprecher", "die Ministerin", "the spokesman", not "die Polizei"
                person = gender is not None or (lang == "en" and bool(parsed.roles))
                person = person and not _body(words[-1] if lang == "en" else words[0])
        rec["speaker_name"] = name
        if (
            name is not None
            and not isinstance(aid, str)
            and " " in name
            and not guessed
            and (low not in _PRONOUNS or name == last_name)
        ):
            # "sagte der Minister" named "Boris Pistorius": the registry person's id too (for
            # a pronoun only when it goes on with the statement before: "Er fügte hinzu")
            ids = reg.lookup(name)
            if len(ids) == 1 and reg.actors[ids[0]].get("kind") == "person":
                rec["speaker_id"] = ids[0]
        if name is not None and rec["kind"] != "own":
            last_name = name
            if a is not None and (resolved or (person and isinstance(aid, str))):
                bisect.insort(speakers, (a, name, gender), key=_FIRST)
            if a is not None and b is not None:
                spans.setdefault((a, b), name)
                if person and low not in _PRONOUNS:
                    # at the span's end: "der Sprecher von Präsident Putin, Dmitri Peskow"
                    # names Peskow after Putin
                    bisect.insort(people, (b - 1, name, gender), key=_FIRST)
    for rec in rows:
        if rec.get("answer") is not None:
            rec["speaker_name"] = rec["answer"].get("speaker_name")
            rec["speaker_id"] = rec["answer"].get("speaker_id")


def _genitive_stem(name: str, full: dict[str, str], reg: ActorRegistry, text: Any) -> str:
    """A name in the genitive without its "s" where the stem is a name the document gave
    (``full``), a registry actor (its name) or a word the text uses on its own."""
    stem = name[:-1]
    if stem in full:
        return stem
    ids = reg.lookup(stem)
    if len(ids) == 1:
        full[stem] = _registry_name(reg, ids[0])
        return stem
    return stem if text and _positions(str(text), stem) else name


def _genitive_owner(surface: str) -> str | None:
    """The name in the genitive before an attribution noun ("Andrejews" of "Andrejews
    Worten", "Pistorius" of "Pistorius' Ansicht"), else None."""
    words = surface.split()
    if len(words) != 2 or words[1].lower() not in _HOLDER_NOUNS:
        return None
    owner = words[0]
    if not owner[:1].isupper() or not owner.endswith(("s", "'", "’")):
        return None
    return owner.rstrip("'’")


def _named_after(rec: dict[str, Any], a: int | None) -> bool:
    """An inherited speaker who is named after the statement (the speaker of a quotation
    that goes on in the next paragraph): resolved like one of its own."""
    c0 = _offset(rec["content_start"])
    return a is not None and c0 is not None and a > c0


def _content_without_speaker(rec: dict[str, Any]) -> list[tuple[int | None, int | None]]:
    """A statement's content span, without its own speaker where the content takes in the
    whole sentence ("Kiesewetter forderte eine Erhöhung"): a name there is an antecedent."""
    c0, c1 = _offset(rec["content_start"]), _offset(rec["content_end"])
    a, b = _offset(rec["speaker_start"]), _offset(rec["speaker_end"])
    if c0 is None or c1 is None or a is None or b is None or not c0 <= a < b <= c1:
        return [(c0, c1)]
    return [(c0, a), (b, c1)]


def _further(rec: dict[str, Any], text: str | None) -> bool:
    """An impersonal cue that goes on with the source before it: "Weiter hieß es",
    "Zudem heißt es", "Darin hieß es"."""
    at = _offset(rec.get("cue_start"))
    cue = rec.get("cue")
    if not text or at is None or not isinstance(cue, str) or cue.lower() not in ("heißt", "hieß"):
        return False
    before = text[max(0, at - 20) : at].split()
    return bool(before) and before[-1].lower() in _FURTHER


_FURTHER = {"weiter", "zudem", "außerdem", "ferner", "darin", "dort", "auch"}


def _body_actor(reg: ActorRegistry, name: str) -> bool:
    """``name`` is a registry actor that is no person (a state, an organisation)."""
    return any(reg.actors[aid].get("kind") != "person" for aid in reg.lookup(name))


def _offset(value: Any) -> int | None:
    """An offset as int, None for a missing one (None, NaN, pd.NA)."""
    try:
        return None if value is None or value != value else int(value)
    except TypeError:  # pd.NA
        return None


def _registry_name(reg: ActorRegistry, aid: str) -> str:
    """An actor's canonical name without a form of address ("Mr. Alexis Tsipras")."""
    return _HONORIFIC.sub("", reg.actors[aid]["name"])


_FIRST = operator.itemgetter(0)
_INDEFINITE = {"ein", "eine", "einem", "einen", "einer", "eines", "a", "an"}


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
    or body word.

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


_NEXT_CAP = re.compile(r" +([A-ZÄÖÜ][\w\-]*[\w])(?![\w\-])")


@functools.lru_cache(maxsize=1)
def _given() -> dict[str, str | None]:
    """The bundled given names and the gender each mostly names ("m", "f"; None for both)."""
    out: dict[str, str | None] = {}
    for line in _read_lines("actors", "given_names.txt"):
        name, _, gender = line.partition(" ")
        out[name] = gender if gender in ("m", "f") else None
    return out


def given_gender(name: str) -> str | None:
    """The gender of a name's first word where it is a listed given name, else None.

    >>> given_gender("Sabine Meier"), given_gender("Peter-Dietmar Leber"), given_gender("Meier")
    ('f', 'm', None)
    """
    if " " not in name:
        return None  # a surname alone tells nothing
    first = name.split(" ", 1)[0]
    return _given().get(first) or _given().get(first.split("-", 1)[0])  # "Peter-Dietmar"


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


def _antecedent(
    people: list[tuple[int, str, str | None]],
    rec: dict[str, Any],
    at: int,
    gender: str | None,
    sent_starts: list[int],
    contents: Spans,
) -> str | None:
    """The last person named before offset ``at`` that a pronoun or epithet of ``gender``
    (None: either) can refer to, at most ``MAX_BACK`` sentences back: never one named
    inside the statement's own content ("„Faymann hat versagt“, sagte er"), one named
    inside an earlier statement's content only when no other fits ("Filzmaier sagte,
    Häupl habe gewonnen. Er fügte hinzu": Filzmaier)."""
    c0, c1 = _offset(rec.get("content_start")), _offset(rec.get("content_end"))
    here = bisect.bisect_right(sent_starts, at)
    fallback = None
    k = bisect.bisect_left(people, at, key=_FIRST)
    while k > 0:
        k -= 1
        pos, name, g = people[k]
        if sent_starts and here - bisect.bisect_right(sent_starts, pos) > MAX_BACK:
            break
        inside = c0 is not None and c1 is not None and c0 <= pos < c1
        if inside or (gender is not None and g is not None and g != gender):
            continue
        if not contents.contains(pos):
            return name
        fallback = fallback or name
    return fallback


def _referent(words: list[str], named: list[tuple[int, list[str], str]], at: Any) -> str | None:
    """The name of the last person named before offset ``at`` with a role word that ends
    with the description's role word ("der Kanzler" after "Bundeskanzler Werner
    Faymann")."""
    if len(words) != 1 or at is None:
        return None
    role = words[0].lower()
    for pos, roles, name in reversed(named):
        if pos < at and any(r.endswith(role) and not _deputy(r[: -len(role)]) for r in roles):
            return name
    return None


def _named_in_text(text: str, role: str, at: int) -> str | None:
    """The name after the last role word before offset ``at`` that ends with ``role``
    ("der Kanzler" after "Bundeskanzler Werner Faymann" in the running text), else None."""
    if _body(role) or len(role) < 4:
        return None
    low = role.lower()
    found = None
    for m in re.finditer(rf"\b[\w\-]*{re.escape(low)}\b", text[:at], re.IGNORECASE):
        if not _deputy(m.group().lower()[: -len(low)]):
            found = m
    if found is None:
        return None
    names = role_names(text[found.start() : found.start() + 200])
    return names[0][2] if names and names[0][0] <= found.end() - found.start() + 3 else None


def _deputy(prefix: str) -> bool:
    """The compound's first part makes it another office ("Vizekanzler" is no "Kanzler")."""
    return prefix.rstrip("-").endswith(("vize", "ex", "stellvertretende", "co", "unter"))


def _epithet(low: str, words: list[str], gender: str | None) -> bool:
    """A definite description of one person that refers back to a speaker the text named
    before ("so der Forscher", "meinte der Wiener", "sagte die Ministerin"): "der"
    before a noun of a person, "die" before a feminine one; not a body ("der Konzern"),
    a spokesperson (mostly someone new: "sagte der Polizeisprecher") or a plural ("die
    Forscher"); also "das Stadtoberhaupt", a field after "für" ("der Professor für
    Verwaltungsrecht") and "the 45-year-old"."""
    if len(words) > 1 and words[1] != "für":
        return False
    article, word = low.split()[0], words[0].lower()
    if article == "das":
        return word.endswith("oberhaupt")
    if article == "the":
        return word.endswith("year-old")  # "said the 45-year-old"
    if article not in ("der", "die") or gender is None:
        return False
    if _body(word) or word.endswith(_NOT_EPITHETS) or not word[-1:].isalpha():
        return False
    return _is_role(word) or word.endswith(_PERSON_ENDS)


# nouns of persons that are no role words ("der Wiener", "der Familienvater")
_PERSON_ENDS = (
    "er", "erin", "vater", "mutter", "mann", "frau", "chef", "chefin", "ist", "istin",
    "jährige", "jähriger",
)  # fmt: skip
_AGE = re.compile(r"\d+-[a-zäöü]")  # an attribute of age: "der 69-jährige Niederländer"
# nouns of that shape that are mostly someone new or no person
_NOT_EPITHETS = (
    "sprecher", "sprecherin", "hersteller", "anbieter", "veranstalter", "betreiber", "sender",
    "verein", "versicherer", "händler", "anwalt", "anwältin", "richter", "richterin", "zeuge",
    "zeugin", "polizist", "polizistin", "täter", "täterin", "fahrer", "fahrerin", "passant",
    "nachbar", "nachbarin", "mitarbeiter", "mitarbeiterin",
)  # fmt: skip


def _plural_verb(text: str | None, end: int | None) -> bool:
    """The verb after a "sie" is plural ("Sie riefen", "sie haben erklärt", "sie sind")."""
    if not text or end is None:
        return False
    nxt = text[end : end + 30].split()[:1]
    return bool(nxt) and (nxt[0].rstrip(",.").endswith("en") or nxt[0] in ("sind", "waren"))

"""A speaker span as a name: :func:`parse_speaker` and the words it knows.

"Der Politologe Peter Filzmaier" is the name "Peter Filzmaier" with the role word
"Politologe"; "die Nachrichtenagentur Anadolu" is "Anadolu"; "Innenminister Thomas Strobl
(CDU)" is "Thomas Strobl". The word lists (articles, role-word endings, bodies, the bundled
given names with their gender) are shared with :mod:`._text_names` and :mod:`._names`.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Container
from dataclasses import dataclass

import simplemma

from discourse.segment._resources import _read_lines, load_stopwords
from discourse.segment.lemmas import cached_lemma
from discourse.statements._cues import load_cues
from discourse.statements._text import AGENT_ENDS, camel_case
from discourse.statements._words import (
    DE_ARTICLES,
    DE_PREPOSITIONS,
    MEDIA_ENDS,
    OPENERS_NOT_SUBJECT,
)

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
    "vorstand", "vorständin", "angeklagte", "angeklagter",  # "Finanzvorstand Jochen Breckner"
    "bundesrat", "bundesrätin", "senatorin",  # "Bundesrat Beat Jans", "Innensenatorin Iris Spranger"
    "kommandant", "kommandantin",  # "Korpskommandant Thomas Süssli", "der Korpskommandant"
    "torhüter", "torhüterin", "torwart", "kapitän", "kapitänin",  # "Torhüter Noah Atubolu"
    "star", "sieger", "siegerin",  # "ÖSV-Star Manuel Feller", "Olympiasieger Nino Schurter"
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
    "stadtrat", "stadträtin", "landrat", "landrätin", "obmann", "obfrau", "verhandler",
    "verhandlerin", "repräsentant", "repräsentantin", "vertreter", "vertreterin", "dozent", "dozentin", "intendant", "intendantin", "journalist",
    "journalistin", "unternehmer", "unternehmerin", "pfarrer", "pfarrerin", "moderator",
    "moderatorin", "regisseur", "regisseurin", "sänger", "sängerin", "musiker", "musikerin",
    "premier", "papst", "kardinal", "herrn", "coach", "chancellor", "mayor", "republican",
    "democrat", "judge", "colonel", "captain", "pastor", "rabbi", "imam", "prinz", "fürst",
    "chief", "director", "officer", "official", "leader", "chairman", "chairwoman", "major",
    "oberst", "leutnant", "admiral",
    "ambassador", "envoy", "adviser", "advisor", "commissioner", "representative", "sir",
    "rechtler", "ceo", "entwickler", "hersteller", "-mann", "-frau", "führer", "führerin",
    "boss", "produzent", "produzentin", "filmer", "filmerin", "eigentümer", "eigentümerin",
    "inhaber", "inhaberin", "executive", "justice", "inspector", "detective", "superintendent",
    "sergeant", "constable",
)  # fmt: skip


_ROLE_WORD_ENDS = tuple(sorted({*AGENT_ENDS, *_ROLE_ENDS}))
# role words of bodies and groups, which no person's name follows ("die Polizei")


_BODIES = (
    "regierung", "rat", "amt", "fraktion", "partei", "kommission", "gericht", "behörde",
    "ausschuss", "verband", "bund", "ministerium", "koalition", "union", "staat", "staaten",
    "länder", "bundestag", "parlament", "opposition", "gewerkschaft", "verbände", "agentur",
    "institut", "organisation", "unternehmen", "büro", "polizei", "konzern", "kreuz",
    "menschen", "leute", "bürger", "experten", "kollegen", "anwaltschaft",
)  # fmt: skip


# offices of one person, though "rat" ends the word of a body ("Sicherheitsrat"); not
# "Stadtrat", "Gemeinderat": mostly the council itself
_PERSON_COUNCILLORS = ("landrat", "landesrat")
_ROLE_TAILS = frozenset(e[-3:] for e in _ROLE_WORD_ENDS)  # a quick test before endswith


_NAME_PARTICLES = {
    "von", "van", "de", "da", "di", "al", "bin", "ben", "zu", "del", "la", "le", "ter",
}  # fmt: skip


_HONORIFIC = re.compile(r"^(?:(?:Mr|Mrs|Ms|Dr|H\.E)\.?|Sir)\s+")


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
    "Gazprom-Chef", "Innenministerin", "secretary", "Polizei", "Dr.") or a role
    abbreviation ("MP", "MdB")."""
    low = word.lower()
    return low.endswith(_ROLE_WORD_ENDS) or low in _ROLE_ABBREVIATIONS


# role abbreviations, matched whole (as endings "mp" would make "Trump" a role)
_ROLE_ABBREVIATIONS = frozenset({"mp", "mep", "mdb", "pm"})


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
    parts = [
        _nationality(x.split(), _part(x.split(), lang, markers), lang) for x in text.split(",")
    ]
    parts = [x for x in parts if x.words]
    for x in parts:
        if x.is_name:  # "Anna Berger, Sprecherin": the gender from the other part
            if x.gender is None:
                x.gender = next((y.gender for y in parts if y.gender), None)
            return x
    return parts[0] if parts else Parsed([], False, None, [])


_GENITIVE_SINGULAR = {"des", "eines", "seines", "ihres", "unseres", "dieses", "jenes"}


def _nationality(tokens: list[str], parsed: Parsed, lang: str) -> Parsed:
    """A German description of a body keeps the adjective of nationality before its head,
    in one form whatever the case ("der ukrainischen Luftwaffe" -> "ukrainische Luftwaffe",
    not the "Luftwaffe" of both sides)."""
    if lang != "de" or parsed.is_name or not parsed.words:
        return parsed
    head = parsed.words[0]
    if _is_role(head) and not _body(head):
        return parsed  # a person ("der russische Sprecher"): an epithet that refers back
    k = next((j for j, t in enumerate(tokens) if t.startswith(head)), 0)
    m = _NATIONAL.fullmatch(tokens[k - 1]) if k > 0 else None
    if m is None:
        return parsed
    if k > 1 and tokens[k - 2].lower() in _GENITIVE_SINGULAR:
        head = _without_genitive(head, lang)  # "des ukrainischen Generalstabs"
    low = head.lower()
    ending = "es" if low.endswith(_NEUTER) else "er" if low.endswith(_MASCULINE) else "e"
    words = [m.group(1) + ending, head, *parsed.words[1:]]
    return Parsed(words, False, parsed.gender, parsed.roles)


# noun endings that tell the gender of a body, for the adjective before it in the
# nominative without an article ("türkisches Militär", "ukrainischer Generalstab"; else
# feminine or plural: "ukrainische Luftwaffe", "russische Behörden")
_NEUTER = ("ium", "um", "ment", "tär", "fernsehen", "amt", "gericht", "parlament", "kabinett")
_MASCULINE = ("stab", "rat", "dienst", "verband", "sender", "konzern", "bund", "hof")


_NATIONALITIES = [
    "deutsch", "russisch", "ukrainisch", "amerikanisch", "us-amerikanisch", "französisch",
    "britisch", "chinesisch", "israelisch", "palästinensisch", "iranisch", "türkisch", "polnisch",
    "italienisch", "spanisch", "japanisch", "indisch", "syrisch", "irakisch", "afghanisch",
    "österreichisch", "schweizerisch", "niederländisch", "belgisch", "schwedisch", "finnisch",
    "norwegisch", "dänisch", "griechisch", "ungarisch", "tschechisch", "rumänisch", "bulgarisch",
    "serbisch", "kroatisch", "georgisch", "belarussisch", "weißrussisch", "kanadisch",
    "mexikanisch", "brasilianisch", "argentinisch", "koreanisch", "südkoreanisch",
    "nordkoreanisch", "pakistanisch", "saudisch", "ägyptisch", "libanesisch", "jemenitisch",
    "libysch", "europäisch", "nigerianisch", "kenianisch", "äthiopisch", "sudanesisch",
    "venezolanisch", "kolumbianisch", "australisch", "irisch", "portugiesisch", "litauisch",
    "lettisch", "estnisch", "slowakisch", "slowenisch", "moldauisch", "armenisch",
    "aserbaidschanisch", "kasachisch", "vietnamesisch", "indonesisch", "taiwanisch", "kubanisch",
    "katarisch", "jordanisch", "marokkanisch", "algerisch", "tunesisch", "kurdisch",
]  # fmt: skip
# an adjective of nationality in any case ("ukrainischen", "russischer", "deutsche")
_NATIONAL = re.compile(rf"({'|'.join(_NATIONALITIES)})(?:e|en|er|es|em)")


def _without_genitive(word: str, lang: str) -> str:
    """A noun in the genitive singular in its dictionary form where the dictionary knows it
    ("Arztes" -> "Arzt", "Innenministeriums" -> "Innenministerium", "Fonds" stays); a name
    stays as it is.

    >>> [_without_genitive(w, "de") for w in ("Arztes", "Fonds", "Anadolu")]
    ['Arzt', 'Fonds', 'Anadolu']
    """
    lemma = cached_lemma(word, lang)
    return lemma if lemma != word and word.startswith(lemma[:-1]) else word


_POSSESSIVES = {"ihrer", "ihres", "seiner", "seines", "deren", "dessen", "unserer", "unseres"}
_ADJ_ENDS = ("e", "en", "er", "es", "em")


def _abbreviation(token: str) -> bool:
    """An abbreviation with inner periods ("U.S.", "U.N."), whose last period stays."""
    return token.endswith(".") and "." in token[1:-1] and token.replace(".", "").isalpha()


def _bare(token: str) -> str:
    return token.strip(".:;!?\"'„“”»«")


def _lower_word(token: str) -> bool:
    """A lower-case word, not a name in camel case ("eBay", "iPhone")."""
    return token[:1].islower() and not camel_case(token)


def _group_in_place(tokens: list[str]) -> bool:
    """English tokens name a group by where its members are: "Some in this chamber", "Many
    in Washington" (the whole span, not the place; "Some of the critics" are critics)."""
    return len(tokens) > 2 and tokens[0].lower() in _QUANTIFIERS and tokens[1] in ("in", "among")


def _part(tokens: list[str], lang: str, markers: Container[str]) -> Parsed:
    """One comma-separated part of a speaker span (see :func:`parse_speaker`)."""
    tokens = [
        t
        if t.lower() in _ROLE_ENDS
        or _abbreviation(t)
        or (lang == "en" and t.lower() in _EN_SHORT_TITLES)  # "Gov.", "Lt."
        else _bare(t)
        for t in tokens
    ]
    tokens = [t.translate(_NO_QUOTES) if t[:1].isalpha() else t for t in tokens]  # "Bild“-Zeitung"
    tokens = [t for t in tokens if t]
    lead = _lead_words()
    if lang == "en":
        j = next((j for j, t in enumerate(tokens) if t.lower() not in lead), 0)
        j = next((x for x in range(j) if tokens[x].lower() in _QUANTIFIERS), j)
        if _group_in_place(tokens[j:]):  # "[Now] some in this chamber"
            return Parsed(tokens[j:], False, None, [])
    article = None
    while tokens and (
        tokens[0].lower() in lead
        or (lang != "en" and (_lower_word(tokens[0]) or _AGE.match(tokens[0])))
    ):
        if tokens[0].lower() in _ARTICLE_LIKE or tokens[0].lower() in _QUANTIFIERS:
            article = tokens[0].lower()  # "ein Augenzeuge", "Mehrere Zeugen": no name
        tokens = tokens[1:]  # "Der frühere Bundeskanzler …", "Laut", "But"
    if not tokens:
        return Parsed([], False, None, [])
    if lang == "en":
        english = _english_name(tokens)
        if english is not None:
            return english
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
        last = lower[-1]
        if (
            len(lower) == 1
            and tokens[0] not in markers
            and 0 < last < len(tokens) - 1
            and tokens[last].endswith(("ende", "enden", "te", "ten", "tem", "ter", "ene", "enen"))
            and tokens[last].lower() not in DE_PREPOSITIONS  # "die Köpfe hinter Rumblr"
        ):  # "Die zur Stanford University gehörende Hoover Institution", "dem am Mittwoch
            # verkündeten Urteil": the head after the participle, not the attribute's noun
            return _part(tokens[last + 1 :], lang, markers)
        if tokens[0] in markers:  # "Angaben von Sportdirektor Beppe Marotta"
            k = 1
            while k < len(tokens) and (
                tokens[k].lower() in _LINKS
                or tokens[k].lower() in _POSSESSIVES
                or (k > 1 and tokens[k][:1].islower() and tokens[k].endswith(_ADJ_ENDS))
            ):
                k += 1  # "Angaben ihrer Witwen", "der türkischen Menschenrechtsstiftung TIHV"
            after = list(itertools.takewhile(_capitalised, tokens[k:]))
            if (
                len(after) > 1
                and after[-1].isupper()
                and after[0][1:].islower()
                and after[0] not in _given()
            ):
                after = after[-1:]  # "Menschenrechtsstiftung TIHV": the acronym
            art = k - 1  # the article before the adjectives: "des niederländischen …"
            while (
                art > 1
                and tokens[art].lower() not in _GENITIVE_SINGULAR
                and (tokens[art][:1].islower() and tokens[art].endswith(_ADJ_ENDS))
            ):
                art -= 1
            if len(after) == 1 and tokens[art].lower() in _GENITIVE_SINGULAR:
                after = [_without_genitive(after[0], lang)]  # "seines Arztes" -> "Arzt"
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
        # noun speaks, the name after it is an attribute; not a time or an edition
        # ("die Zeitung in der Ausgabe vom 17.12.2005", "die Agentur am Montag")
        if _when(tokens, lower[0]):
            tokens = tokens[: lower[0]]
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
    placed = (  # "die Münchner Ökonomin": a role after an adjective of a place
        len(tokens) == 2
        and article
        and _PLACE_ADJECTIVE.fullmatch(tokens[0])
        and _is_role(tokens[1])
    )
    if (
        any(map(_body, tokens))
        or all(map(_is_role, tokens))
        or (len(tokens) == 1 and article)
        or placed
    ):
        # "der Kanzler", "Die Polizei", "ein Augenzeuge": a description
        return Parsed(tokens, False, _gender(article, tokens[-1]), roles)
    return Parsed(tokens, True, None, roles)


_PLACE_ADJECTIVE = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+er")  # "Münchner", "Berliner", "Wiener"
_NO_QUOTES = str.maketrans("", "", '„“”»«"')
_EDITIONS = {"Ausgabe", "Sendung", "Interview", "Stellungnahme", "Erklärung", "Mitteilung"}


def _english_name(tokens: list[str]) -> Parsed | None:
    """The person an English speaker span names past what the generic reading keeps: the
    name after a short title ("Illinois Gov. JB Pritzker", "Lt. Gen. Mark Smith"), after an
    occupation noun that opens the sentence ("Sculptor Antony Gormley"), or before the body
    the person belongs to ("Detective Inspector Sarah Finch of Avon Police", "Rep. Jared
    Golden of Maine"); else None."""
    of = _place_after_titled_en(tokens)
    if of is not None:
        tokens = tokens[:of]  # "Rep. Jared Golden [of Maine]": the state the member serves
    short = _after_short_title_en(tokens)
    if short is not None:
        return Parsed(tokens[short:], True, None, [tokens[short - 1].lower().rstrip(".")])
    if _occupation_before_name_en(tokens):
        return Parsed(tokens[1:], True, None, [tokens[0].lower()])
    of = _body_after_person_en(tokens)
    return _part(tokens[:of], "en", ()) if of is not None else None


# English titles written short ("Gov. JB Pritzker", "Det. Insp. Paul Hart"); without the
# period only those that are neither a name nor a word ("Supt", "Sgt", "Cllr")
_EN_SHORT_TITLES = frozenset({
    "gov.", "sen.", "rep.", "gen.", "lt.", "col.", "sgt.", "supt.", "insp.", "det.", "capt.",
    "cmdr.", "adm.", "maj.", "cpl.", "pvt.", "cllr.", "supt", "insp", "sgt", "cllr", "capt",
    "cmdr", "cpl", "lt", "gov",
})  # fmt: skip


def _after_short_title_en(tokens: list[str]) -> int | None:
    """The position after the last English short title when only capitalised words come
    before it and one to three name words after it ("Illinois Gov. JB Pritzker": 2; not
    "the office of Gov. JB Pritzker", whose head is "office"), else None."""
    k = next(
        (j for j in range(len(tokens) - 1, -1, -1) if tokens[j].lower() in _EN_SHORT_TITLES), None
    )
    if k is None or not 1 <= len(tokens) - k - 1 <= 3:
        return None
    return k + 1 if all(t[:1].isupper() for t in tokens) else None


def _place_after_titled_en(tokens: list[str]) -> int | None:
    """The position of the "of" or "from" between a name after an English short title and
    the place its holder serves ("Rep. Jared Golden of Maine": 3; "Sen. Susan Collins from
    Maine": 3; not "the office of Gov. JB Pritzker"), else None."""
    k = next((j for j, t in enumerate(tokens) if t.lower() in _EN_SHORT_TITLES), None)
    of = next((j for j, t in enumerate(tokens) if t in ("of", "from")), None)
    if k is None or of is None or not k + 2 <= of <= k + 4 or of + 1 >= len(tokens):
        return None
    return of if all(t[:1].isupper() for j, t in enumerate(tokens) if j != of) else None


# endings of English nouns of an occupation ("sculptor", "novelist", "historian")
_EN_OCCUPATION_ENDS = ("or", "er", "ist", "ian", "ant", "ent", "man", "woman", "maker")


def _occupation_before_name_en(tokens: list[str]) -> bool:
    """An English occupation noun, capitalised as the sentence's first word, before a name
    that opens with a listed given name ("Sculptor Antony Gormley", "Novelist Zadie Smith";
    not "Mark Antony Smith": "Mark" is no occupation)."""
    if not 3 <= len(tokens) <= 4 or not all(t[:1].isupper() for t in tokens):
        return False
    low = tokens[0].lower()
    return (
        tokens[0] not in _given()
        and tokens[1] in _given()
        and low.endswith(_EN_OCCUPATION_ENDS)
        and _known(low, "en")
    )


def _body_after_person_en(tokens: list[str]) -> int | None:
    """The position of the "of" between an English person's name (a listed given name and
    a surname) and the body the person belongs to ("Sarah Finch of Avon Police": 2;
    "Detective Inspector Sarah Finch of Avon Police": 4; not "Bank of England"), else
    None."""
    of = next((j for j, t in enumerate(tokens) if t in ("of", "at", "from")), None)
    if of is None or of < 2 or of + 1 >= len(tokens) or not tokens[of + 1][:1].isupper():
        return None
    if not all(t[:1].isupper() for t in tokens[:of]) or _is_role(tokens[of - 1]):
        return None
    return of if given_gender(f"{tokens[of - 2]} {tokens[of - 1]}") else None


def _when(tokens: list[str], k: int) -> bool:
    """The words from ``k`` on say when or where in a medium ("am Montag", "in der
    Ausgabe vom 17.12.2005", "in einem Interview")."""
    if tokens[k].lower() not in ("am", "vom", "in", "im"):
        return False
    nxt = next((t for t in tokens[k + 1 :] if t[:1].isupper() or t[:1].isdigit()), "")
    return nxt in _DATES or nxt in _EDITIONS or nxt[:1].isdigit()


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
        if not _lower_case(tokens[k + 1 :]) and not _EN_BODIES.intersection(
            t.lower() for t in tokens[k + 1 :]
        ):  # not "Justice Department", "Executive Committee"
            cut = k
    return cut


# English nouns of a body named after a role word ("the Justice Department")
_EN_BODIES = frozenset({
    "department", "ministry", "committee", "court", "council", "office", "board", "service",
    "agency", "commission", "branch", "bureau", "division", "directorate",
})  # fmt: skip


# role words of someone who speaks for another ("Sprecher Konvičkas", "Anwalt Müllers")


_OF_SOMEONE = ("sprecher", "sprecherin", "anwalt", "anwältin", "sohn", "tochter", "berater")


def _medium(word: str) -> bool:
    """A word for a newspaper, an agency or a broadcaster, whose name may follow it
    ("Zeitung", "Nachrichtenagentur", "newspaper")."""
    return word.lower().endswith(_MEDIA)


_MEDIA = MEDIA_ENDS


def _body(word: str) -> bool:
    """A word for an institution or a group, not a person ("Polizei", "Landgericht"; not
    "Landrat", the office of one person)."""
    low = word.lower()
    return low.endswith(_BODIES) and not low.endswith(_PERSON_COUNCILLORS)


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


@functools.lru_cache(maxsize=1 << 16)
def _known(word: str, lang: str) -> bool:
    """The word is in simplemma's dictionary of ``lang`` (a noun, not a surname)."""
    return simplemma.is_known(word, lang=lang)


_AGE = re.compile(r"\d+-[a-zäöü]")  # an attribute of age: "der 69-jährige Niederländer"

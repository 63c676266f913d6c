"""German past participles in periphrastic verb forms: "hat ... abkassiert" -> "abkassieren".

simplemma lists many past participles as adjectives ("entschieden", "verloren", "gefreut"),
which is right for "eine entschiedene Haltung" but not for the perfect or the passive
("Wir haben uns gefreut", "Das Spiel wurde verloren"), where the participle is a form of
the verb. ``tokenize`` asks :func:`participle_infinitive` for every lower-case word that
simplemma keeps as it is, in a sentence that holds a form of haben, sein or werden.

The infinitive is rebuilt by morphology, never by a word list of participles: an optional
separable particle ("an-ge-fragt"), the participle prefix "ge-" (or an inseparable prefix
such as "ver-", "ent-", "be-" that blocks it), and the stem with its ending: weak "-t" and
"-et" ("gefreut" -> "freuen"), "-iert" ("demoliert" -> "demolieren"), strong "-en" with the
vowel of the infinitive restored from the ablaut series of German strong verbs
("entschieden" -> "entscheiden", "verloren" -> "verlieren"). A candidate is accepted only
if simplemma's dictionary lists it as an infinitive (a form that is its own lemma).
"""

from __future__ import annotations

import functools

import simplemma

from discourse.segment._resources import load_word_list

__all__ = [
    "SEPARABLE_PARTICLES",
    "is_participle_shaped",
    "participle_adjective",
    "participle_infinitive",
]

#: Separable particles, longest first so that "zurück" wins over "zu".
SEPARABLE_PARTICLES = _PARTICLES = (
    "zusammen", "herunter", "zurück", "hinaus", "hinein", "heraus", "herein", "herum",
    "hinauf", "voran", "vorbei", "weiter", "wieder", "nieder", "empor", "entgegen",
    "fest", "fort", "frei", "hoch", "nach", "dar", "ein", "aus", "auf", "vor", "weg",
    "mit", "her", "hin", "los", "bei", "ab", "an", "zu", "um", "über", "durch", "unter",
)  # fmt: skip
#: The participle prefix "ge-", alone or after a separable particle ("an-ge-boten").
_GE = ("ge", *(p + "ge" for p in _PARTICLES))
#: Prefixes that take no "ge-" in the participle ("verloren", "begeistert").
_INSEPARABLE = ("miss", "über", "unter", "durch", "wider", "hinter", "voll",
                "ver", "zer", "ent", "emp", "be", "er", "ge")  # fmt: skip
#: An inseparable prefix, alone or after a particle ("zu-bereitet", "vor-verlegt").
_PREFIXED = (*_INSEPARABLE, *(p + i for p in _PARTICLES for i in _INSEPARABLE))
_MIN_STEM = 2
_INFLECTIONS = ("em", "en", "er", "es", "e")
#: Infinitives of verbs with "ge-" that are also participles of the verb without it
#: ("es hat mir gefallen" / "die Preise sind gefallen"): left as they are.
_HOMOGRAPHS = frozenset({"gefallen", "geraten"})


@functools.lru_cache(maxsize=1)
def _ablaut() -> tuple[tuple[str, str], ...]:
    """(participle ending, infinitive ending) pairs, longest participle ending first."""
    pairs = []
    for line in load_word_list("ablaut_de.tsv"):
        part, _, inf = line.partition("\t")
        pairs.append((part.strip(), inf.strip()))
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


def _is_infinitive(word: str) -> bool:
    """A strong verb: simplemma knows ``word`` as its own lemma."""
    if word == "sein":  # "gewesen"
        return True
    return (
        word.endswith(("en", "rn", "ln"))
        and simplemma.is_known(word, "de")
        and simplemma.lemmatize(word, "de") == word
    )


def _is_weak_verb(stem: str, infinitive: str) -> bool:
    """A weak verb: simplemma reads the past tense ``stem`` + "te" as ``infinitive``
    ("freute" -> "freuen"), which tells the verb from an adjective ("erneute")."""
    return simplemma.lemmatize(stem + "te", "de") == infinitive


def _candidates(core: str) -> list[tuple[str, str | None]]:
    """(infinitive, weak stem or None) pairs that the participle body ``core`` (without
    particle and "ge-") may come from, most specific first."""
    out: list[tuple[str, str | None]] = []
    if core.endswith("iert"):
        out.append((core[:-1] + "en", core[:-1]))
    elif core.endswith("t"):
        stem = core[:-1]
        out.extend(((stem + "en", stem), (stem + "n", stem)))  # gefreut, geändert
        if core.endswith("et"):
            out.append((core[:-2] + "en", core[:-2]))  # gearbeitet, zubereitet
        for part, inf in _ablaut():  # gebracht, gedacht, gekannt
            if part.endswith("t") and core.endswith(part):
                out.append((core[: -len(part)] + inf, None))
    elif core.endswith("en"):
        # the ablaut first: "gelegen" is a form of "liegen", not of "legen"
        for part, inf in _ablaut():
            if core.endswith(part):
                out.append((core[: -len(part)] + inf, None))
        out.append((core, None))  # geblasen, gegeben
    return out


def _parses(word: str) -> list[tuple[str, str]]:
    """(prefix, stem) splits of ``word``: the participle "ge-" is removed ("an-ge-fragt" ->
    ("an", "fragt")), an inseparable prefix is kept but never part of the stem ("be-ten" is
    no participle of "bitten")."""
    out: list[tuple[str, str]] = []
    for particle in ("", *(p for p in _PARTICLES if word.startswith(p))):
        rest = word[len(particle) :]
        if rest.startswith("ge") and len(rest) > 2 + _MIN_STEM:
            out.append((particle, rest[2:]))
        for prefix in _INSEPARABLE:
            if rest.startswith(prefix) and len(rest) > len(prefix) + _MIN_STEM:
                out.append((particle + prefix, rest[len(prefix) :]))
        if rest.endswith("iert"):
            out.append((particle, rest))
    return out


def is_participle_shaped(word: str) -> bool:
    """A cheap test: "ge-" somewhere (also after a particle), an inseparable prefix, or
    "-iert"; words without any of these are never past participles."""
    return "ge" in word or word.startswith(_PREFIXED) or word.endswith("iert")


@functools.lru_cache(maxsize=65536)
def participle_infinitive(word: str) -> str | None:
    """The infinitive of the German past participle ``word``, or None.

    Returns
    -------
    str or None
        The infinitive, or None when ``word`` does not parse as a participle of a verb
        that simplemma's dictionary knows.

    Examples
    --------
    >>> participle_infinitive("entschieden"), participle_infinitive("angefragt")
    ('entscheiden', 'anfragen')
    >>> participle_infinitive("bereit") is None
    True
    """
    if not word.islower() or len(word) < 5 or not word.endswith(("t", "en")):
        return None
    if word in _HOMOGRAPHS or not is_participle_shaped(word):
        return None
    for prefix, stem in _parses(word):
        for inf, weak in _candidates(stem):
            cand = prefix + inf
            # simplemma lists many participles as their own lemma ("verloren")
            if cand == word or len(inf) <= _MIN_STEM + 1:
                continue
            if weak is None and _is_infinitive(cand):
                return cand
            if weak is not None and _is_weak_verb(prefix + weak, cand):
                return cand
    return None


def participle_adjective(token: str, lemma: str) -> str | None:
    """The adjective lemma of an inflected German participle that simplemma read as the
    verb ``lemma``: "gefüllten" -> "gefüllt", "angebotene" -> "angeboten",
    "umfassender" -> "umfassend"; None when the form may be a finite verb.

    Participles inflect only as adjectives, so an inflection ending after a participle
    with "ge-" or of a strong verb, or after a present participle, leaves no verb reading;
    a weak participle without "ge-" ("veröffentlichten") is also a past tense and is left
    to the context rules of ``tokenize``.

    Returns
    -------
    str or None
        The uninflected participle, or None.

    Examples
    --------
    >>> participle_adjective("gefüllten", "füllen"), participle_adjective("machten", "machen")
    ('gefüllt', None)
    """
    if not token.islower() or not lemma.endswith("n") or lemma == token:
        return None
    for ending in _INFLECTIONS:
        if not token.endswith(ending) or len(token) - len(ending) < 5:
            continue
        stem = token[: -len(ending)]
        if stem.endswith("end") and stem[:-1] == lemma:
            return stem  # present participle: "umfassender"
        unambiguous = stem.endswith("en") or ending in ("em", "es", "er") or stem.startswith(_GE)
        if unambiguous and participle_infinitive(stem) == lemma:
            return stem
    return None

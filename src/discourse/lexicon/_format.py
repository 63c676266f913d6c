"""Lexicon format: parse and validate YAML files or dicts into :class:`Lexicon` objects.

See :mod:`discourse.lexicon` for the format; this module only reads and checks it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

CASES = ("insensitive", "sensitive", "as_written")
OVERLAPS = ("longest", "allow")
POSITIONS = ("word", "head", "modifier", "any")
#: Linking elements tried between modifier and head of a German compound.
DEFAULT_LINKS = ("", "s", "es", "n", "en", "e", "er", "-", "s-", "n-", "en-", "es-")
_LEXICON_KEYS = {"name", "description", "case", "concepts"}
_CONCEPT_KEYS = {"label", "description", "case", "overlap", "exclude"}
_ENTRY_KEYS = {"term", "lemma", "compound", "case"}
_COMPOUND_KEYS = {"head", "heads", "modifier", "modifiers", "position", "links", "inflect"}
_CONCEPT_ID = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$")
_LANG = re.compile(r"^(?:[a-z]{2}|any)$")
_GAP = re.compile(r"^\{(\d+),(\d+)\}$")
_OPTIONAL = re.compile(r"^\(([^()]+)\)$")
_CHOICE = re.compile(r"^\[([^\[\]]+)\]$")


@dataclass(frozen=True)
class Entry:
    """One lexicon entry, parsed.

    ``kind`` is ``"word"``, ``"wildcard"``, ``"phrase"``, ``"lemma"`` or ``"compound"``;
    ``term`` is the entry as written (shown in the ``term`` column of matches);
    ``lang`` an ISO 639-1 code or ``"any"``; ``case`` one of :data:`CASES`.
    """

    kind: str
    term: str
    lang: str
    case: str
    words: tuple[str, ...] = ()
    modifiers: tuple[str, ...] = ()
    heads: tuple[str, ...] = ()
    position: str = "word"
    links: tuple[str, ...] = DEFAULT_LINKS
    inflect: bool = True
    lemma: bool = False


@dataclass(frozen=True)
class Concept:
    """A concept: an id, a label and its entries (``exclude`` entries are never hits)."""

    id: str
    label: str
    entries: tuple[Entry, ...]
    exclude: tuple[Entry, ...] = ()
    description: str = ""
    overlap: str = "longest"


@dataclass(frozen=True, eq=False)
class Lexicon:
    """A set of concepts, read from YAML (:func:`read_lexicon`), a dict or the bundled files.

    Examples
    --------
    >>> lex = Lexicon.from_dict({"concepts": {"nato": {"any": ["NATO", "Nato"]}}})
    >>> lex.concept_ids, lex.n_entries
    (['nato'], 2)
    """

    name: str
    concepts: tuple[Concept, ...]
    description: str = ""
    source: str = "<dict>"

    @property
    def concept_ids(self) -> list[str]:
        return [c.id for c in self.concepts]

    @property
    def n_entries(self) -> int:
        """Number of entries (exclusions not counted)."""
        return sum(len(c.entries) for c in self.concepts)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Lexicon):
            return NotImplemented
        return self.concepts == other.concepts

    def __hash__(self) -> int:
        return hash(self.concepts)

    def __add__(self, other: Lexicon) -> Lexicon:
        return merge_lexicons([self, other])

    def __getstate__(self) -> dict[str, Any]:
        # The compiled automaton cannot be pickled; a copy sent to another process
        # (Dask workers, multiprocessing) compiles its own on first use.
        state = dict(self.__dict__)
        state.pop("compiled", None)
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)

    @cached_property
    def compiled(self) -> Any:  # a discourse.lexicon._compile.Compiled
        """The compiled matcher (built once per lexicon object)."""
        from discourse.lexicon._compile import compile_lexicon

        return compile_lexicon(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, source: str = "<dict>") -> Lexicon:
        """Build a lexicon from a dict with the YAML structure; ``source`` names it in errors."""
        return _parse_lexicon(data, source)


def merge_lexicons(lexicons: Iterable[Lexicon]) -> Lexicon:
    """One lexicon holding the concepts of all; a concept id may occur only once."""
    lexicons = list(lexicons)
    seen: dict[str, str] = {}
    concepts: list[Concept] = []
    for lex in lexicons:
        for c in lex.concepts:
            if c.id in seen:
                raise ValueError(
                    f"concept {c.id!r} is defined in both {seen[c.id]} and {lex.source}; "
                    "concept ids must be unique across the lexicons used together"
                )
            seen[c.id] = lex.source
            concepts.append(c)
    name = "+".join(lex.name for lex in lexicons)
    return Lexicon(name=name, concepts=tuple(concepts), source=", ".join(seen.values()) or name)


def _fail(where: str, message: str) -> ValueError:
    return ValueError(f"{where}: {message}")


def _check_keys(obj: Mapping, allowed: set[str], where: str) -> None:
    unknown = sorted(set(obj) - allowed)
    if unknown:
        raise _fail(where, f"unknown key(s) {unknown}; valid keys are {sorted(allowed)}")


def _as_str(value: Any, where: str, what: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise _fail(where, f"{what} must be a non-empty string, got {value!r}")
    return value.strip()


def _parse_lexicon(data: Any, source: str) -> Lexicon:
    if not isinstance(data, Mapping):
        raise _fail(source, f"a lexicon must be a mapping, got {type(data).__name__}")
    _check_keys(data, _LEXICON_KEYS, source)
    case = data.get("case", "insensitive")
    if case not in CASES:
        raise _fail(source, f"case must be one of {CASES}, got {case!r}")
    concepts = data.get("concepts")
    if not isinstance(concepts, Mapping) or not concepts:
        raise _fail(source, "'concepts' must be a non-empty mapping of concept id -> concept")
    parsed = tuple(_parse_concept(cid, body, case, source) for cid, body in concepts.items())
    name = data.get("name", Path(source).stem if source != "<dict>" else "lexicon")
    description = data.get("description", "") or ""
    return Lexicon(name=str(name), concepts=parsed, description=str(description), source=source)


def _parse_concept(cid: Any, body: Any, case: str, source: str) -> Concept:
    where = f"{source}, concept {cid!r}"
    if not isinstance(cid, str) or not _CONCEPT_ID.match(cid):
        raise _fail(where, "concept ids must be snake_case English, e.g. 'defence_spending'")
    if not isinstance(body, Mapping):
        raise _fail(where, f"a concept must be a mapping, got {type(body).__name__}")
    langs = [k for k in body if k not in _CONCEPT_KEYS]
    bad = [k for k in langs if not (isinstance(k, str) and _LANG.match(k))]
    if bad:
        raise _fail(
            where,
            f"unknown key(s) {bad}; valid keys are {sorted(_CONCEPT_KEYS)} "
            "and language codes (ISO 639-1 such as 'de', 'en', or 'any')",
        )
    case = body.get("case", case)
    if case not in CASES:
        raise _fail(where, f"case must be one of {CASES}, got {case!r}")
    overlap = body.get("overlap", "longest")
    if overlap not in OVERLAPS:
        raise _fail(where, f"overlap must be one of {OVERLAPS}, got {overlap!r}")
    entries: list[Entry] = []
    for lang in langs:
        items = body[lang]
        if not isinstance(items, list):
            raise _fail(where, f"{lang}: must be a list of entries, got {type(items).__name__}")
        for i, item in enumerate(items):
            entries.append(_parse_entry(item, lang, case, f"{where}, {lang} entry {i + 1}"))
    if not entries:
        raise _fail(where, "the concept has no entries (add a 'de:', 'en:' or 'any:' list)")
    exclude = body.get("exclude", [])
    if isinstance(exclude, Mapping):
        items = [(lang, it) for lang, lst in exclude.items() for it in (lst or [])]
    elif isinstance(exclude, list):
        items = [("any", it) for it in exclude]
    else:
        raise _fail(where, "exclude must be a list of entries or a mapping language -> list")
    excl = tuple(
        _parse_entry(it, lang, case, f"{where}, exclude entry {i + 1}")
        for i, (lang, it) in enumerate(items)
    )
    return Concept(
        id=cid,
        label=str(body.get("label", cid.replace("_", " ").capitalize())),
        entries=tuple(entries),
        exclude=excl,
        description=str(body.get("description", "") or ""),
        overlap=overlap,
    )


def _parse_entry(item: Any, lang: str, case: str, where: str) -> Entry:
    if isinstance(item, str):
        return _parse_pattern(_as_str(item, where, "an entry"), lang, case, where, lemma=False)
    if not isinstance(item, Mapping):
        raise _fail(where, f"an entry must be a string or a mapping, got {item!r}")
    _check_keys(item, _ENTRY_KEYS, where)
    kinds = [k for k in ("term", "lemma", "compound") if k in item]
    if len(kinds) != 1:
        raise _fail(
            where,
            f"an entry mapping needs exactly one of 'term', 'lemma', 'compound', got {item!r}",
        )
    case = item.get("case", case)
    if case not in CASES:
        raise _fail(where, f"case must be one of {CASES}, got {case!r}")
    kind = kinds[0]
    if kind == "compound":
        return _parse_compound(item["compound"], lang, case, where)
    text = _as_str(item[kind], where, kind)
    return _parse_pattern(text, lang, case, where, lemma=kind == "lemma")


def _parse_pattern(text: str, lang: str, case: str, where: str, *, lemma: bool) -> Entry:
    parts = text.split()
    words: list[str] = []
    for part in parts:
        if _GAP.match(part):
            lo, hi = map(int, _GAP.match(part).groups())
            if lo > hi or hi > 10:
                raise _fail(where, f"gap {part!r} in {text!r} must be {{m,n}} with m <= n <= 10")
        elif _OPTIONAL.match(part) or _CHOICE.match(part):
            alts = (_OPTIONAL.match(part) or _CHOICE.match(part)).group(1).split("|")
            if not all(a and "*" not in a for a in alts):
                raise _fail(
                    where, f"{part!r} in {text!r} must be (optional|words) or [one|of] words"
                )
        else:
            star_inside = "*" in part.strip("*")
            if star_inside or any(c in part for c in "(){}[]|"):
                raise _fail(
                    where,
                    f"cannot read {part!r} in {text!r}: use word, prefix*, *suffix, *infix*, "
                    "(optional|words), [one|of] words and {m,n} gaps between words",
                )
            if len(part.strip("*")) < 2:
                raise _fail(where, f"{part!r} in {text!r} needs at least two literal characters")
        words.append(part)
    required = [w for w in words if not (_GAP.match(w) or _OPTIONAL.match(w))]
    if not required or (len(words) == 1 and _CHOICE.match(words[0])):
        raise _fail(where, f"{text!r} needs a word that is not optional or a gap")
    if _GAP.match(words[0]) or _GAP.match(words[-1]):
        raise _fail(where, f"{text!r}: a gap must stand between two words")
    if len(words) == 1:
        kind = "wildcard" if "*" in text else ("lemma" if lemma else "word")
    else:
        kind = "phrase"
    return Entry(kind=kind, term=text, lang=lang, case=case, words=tuple(words), lemma=lemma)


def _str_list(value: Any, where: str, what: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value:
        raise _fail(where, f"compound {what} must be a string or a non-empty list")
    return tuple(_as_str(v, where, f"compound {what}") for v in value)


def _parse_compound(spec: Any, lang: str, case: str, where: str) -> Entry:
    if not isinstance(spec, Mapping):
        raise _fail(where, f"compound must be a mapping with heads and modifiers, got {spec!r}")
    _check_keys(spec, _COMPOUND_KEYS, where)
    heads = _str_list(spec.get("heads", spec.get("head")), where, "head(s)")
    mods = _str_list(spec.get("modifiers", spec.get("modifier")), where, "modifier(s)")
    for w in heads + mods:
        if len(w) < 2 or any(c.isspace() or c in "*(){}|" for c in w):
            raise _fail(where, f"compound part {w!r} must be one word without wildcards")
    position = spec.get("position", "word")
    if position not in POSITIONS:
        raise _fail(where, f"compound position must be one of {POSITIONS}, got {position!r}")
    links = spec.get("links", list(DEFAULT_LINKS))
    if not isinstance(links, list) or not all(isinstance(x, str) for x in links):
        raise _fail(where, "compound links must be a list of strings such as ['', 's', 'n']")
    inflect = spec.get("inflect", True)
    if not isinstance(inflect, bool):
        raise _fail(where, f"compound inflect must be true or false, got {inflect!r}")
    term = f"{'|'.join(mods)} + {'|'.join(heads)}"
    return Entry(
        kind="compound",
        term=term,
        lang=lang,
        case=case,
        modifiers=mods,
        heads=heads,
        position=position,
        links=tuple(links),
        inflect=inflect,
    )

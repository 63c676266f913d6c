"""Actors: a registry of people, organisations and states, and their mentions.

The registry is YAML (package data under ``discourse/resources/actors`` or a
user's file): actors with a canonical name, name variants, party, country,
kind and roles with date ranges; roles with their surface names. A role
mention such as "der Pentagon-Chef" resolves to whoever held the role on the
document's publication date.

Examples
--------
>>> import pandas as pd
>>> from discourse.actors import find_actors, load_registry
>>> sents = pd.DataFrame({"doc_id": ["a"], "sent_id": [0], "para_id": [0], "start": [0],
...                       "end": [32], "text": ["Das sagte der Pentagon-Chef."]})
>>> docs = pd.DataFrame({"doc_id": ["a"],
...                      "published": pd.to_datetime(["2025-02-12"], utc=True)})
>>> find_actors(sents, load_registry(), docs)[["surface", "actor_id"]].values.tolist()
[['Pentagon-Chef', 'hegseth']]
"""

from __future__ import annotations

import datetime as dt
import difflib
import functools
import logging
import re
import sys
import warnings
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import ahocorasick
import pandas as pd
import simplemma
import yaml

from discourse._name_context import confirmed, is_word, other_word, speech_docs, surname_only
from discourse.io import normalise_lang
from discourse.schema import validate
from discourse.segment.lemmas import attributive_lemma, cached_lemma, is_inflected_adjective

__all__ = ["ActorRegistry", "load_registry", "find_actors", "ACTOR_COLUMNS"]

logger = logging.getLogger(__name__)

ACTOR_COLUMNS = ["doc_id", "sent_id", "start", "end", "actor_id", "surface", "role"]
_KINDS = {"person", "organisation", "state"}


# the keys of a registry file, of an actor entry, of a role definition and of a held role
_TOP_KEYS = ("actors", "roles")
_ACTOR_KEYS = (
    "id", "name", "names", "kind", "gender", "party", "country", "roles", "surname_only",
    "english_only", "german_only",
)  # fmt: skip
_ROLE_KEYS = ("names",)
_HOLDING_KEYS = ("role", "from", "to")
# fields a later definition of an id replaces where it gives them (names are united)
_FIELDS = ("name", "kind", "gender", "party", "country", "surname_only")
# usual slips, beyond what difflib finds
_HINTS = {
    "since": "from", "until": "to", "start": "from", "end": "to", "aliases": "names",
    "alias": "names", "variants": "names", "name_variants": "names", "type": "kind",
    "sex": "gender",
}  # fmt: skip


def _what(value: Any) -> str:
    """The YAML kind of ``value`` for an error message ("a string 'Anna'", "a mapping")."""
    if isinstance(value, str):
        return f"a string {value!r}"
    if isinstance(value, Mapping):
        return "a mapping"
    if isinstance(value, list | tuple):
        return "a list"
    if value is None:
        return "nothing (an empty file or entry)"
    return f"{type(value).__name__} {value!r}"


def _warn(message: str) -> None:
    """A UserWarning attributed to the first caller outside the package."""
    level, frame = 2, sys._getframe(1)
    while frame is not None and frame.f_globals.get("__name__", "").startswith("discourse."):
        level, frame = level + 1, frame.f_back
    warnings.warn(message, UserWarning, stacklevel=level)


def _check_keys(spec: Mapping[str, Any], known: tuple[str, ...], here: str) -> None:
    """Warn about the keys of ``spec`` that are not in ``known`` (they are ignored)."""
    unknown = [str(k) for k in spec if k not in known]
    if not unknown:
        return
    parts = []
    for k in unknown:
        hints = [_HINTS[k.lower()]] if _HINTS.get(k.lower()) in known else []
        hints = hints or difflib.get_close_matches(k.lower(), known, n=1)
        parts.append(f"{k!r} (did you mean {hints[0]!r}?)" if hints else repr(k))
    _warn(f"{here}: unknown key {', '.join(parts)} ignored; known keys: {', '.join(known)}")


def _strings(value: Any, here: str, key: str) -> list[str]:
    """A list of names: a YAML list of strings; a single string is one name (one item)."""
    if value is None:
        return []
    if isinstance(value, str):
        if "," in value:  # "names: Anna One, A. One" is a list without its brackets
            raise ValueError(
                f"{here}: {key!r} must be a list of strings, got {_what(value)}; "
                f"write {key}: [{value}]"
            )
        return [value]
    if not isinstance(value, list | tuple):
        raise ValueError(f"{here}: {key!r} must be a list of strings, got {_what(value)}")
    out = []
    for j, item in enumerate(value):
        if isinstance(item, bool) or not isinstance(item, str | int | float):
            raise ValueError(
                f"{here}: {key}[{j}] must be a string, got {_what(item)} (quote it in YAML)"
            )
        out.append(str(item))
    return out


def _date(value: Any, where: str) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError as err:
        try:  # "2025-01-20T12:00:00"
            return dt.datetime.fromisoformat(str(value)).date()
        except ValueError:
            pass
        reason = f" ({err})" if str(value)[:4].isdigit() and "-" in str(value) else ""
        raise ValueError(f"{where}: date must be YYYY-MM-DD, got {value!r}{reason}") from err


def _holdings(
    spec: Mapping[str, Any], here: str, roles: Mapping[str, Any]
) -> list[tuple[str, dt.date | None, dt.date | None]]:
    """(role id, from, to) of an actor entry's ``roles``, checked."""
    held = spec.get("roles")
    if held is None:
        return []
    if not isinstance(held, list | tuple):
        raise ValueError(
            f"{here}: 'roles' must be a list of {{role, from, to}} entries, got {_what(held)}; "
            "write roles: [{role: my_role, from: 2020-01-01}]"
        )
    out = []
    for j, r in enumerate(held):
        at = f"{here}, roles[{j}]"
        if not isinstance(r, Mapping) or r.get("role") is None:
            raise ValueError(
                f"{at}: each role entry needs a 'role' (and optional 'from', 'to'), got {_what(r)}"
            )
        _check_keys(r, _HOLDING_KEYS, at)
        rid = str(r["role"])
        if rid not in roles:
            raise ValueError(f"{at}: unknown role {rid!r}; define it under 'roles'")
        lo, hi = _date(r.get("from"), f"{at}, 'from'"), _date(r.get("to"), f"{at}, 'to'")
        if lo is not None and hi is not None and hi < lo:
            raise ValueError(f"{at}: 'to' ({hi}) is before 'from' ({lo})")
        out.append((rid, lo, hi))
    return out


def _actor_fields(spec: Mapping[str, Any], here: str) -> dict[str, Any]:
    """The checked fields an actor entry gives (only those it gives)."""
    _check_keys(spec, _ACTOR_KEYS, here)
    out: dict[str, Any] = {}
    if "kind" in spec:
        if spec["kind"] not in _KINDS:
            raise ValueError(f"{here}: kind must be one of {sorted(_KINDS)}, got {spec['kind']!r}")
        out["kind"] = spec["kind"]
    if "gender" in spec:
        if spec["gender"] not in (None, "f", "m"):
            raise ValueError(f"{here}: gender must be 'f', 'm' or absent, got {spec['gender']!r}")
        out["gender"] = spec["gender"]
    if spec.get("name") not in (None, ""):
        if not isinstance(spec["name"], str | int | float):
            raise ValueError(f"{here}: 'name' must be a string, got {_what(spec['name'])}")
        out["name"] = str(spec["name"])
    for key in ("party", "country"):
        if key in spec:
            out[key] = spec[key]
    if "surname_only" in spec:
        if not isinstance(spec["surname_only"], bool):
            raise ValueError(
                f"{here}: surname_only must be true or false, got {spec['surname_only']!r}"
            )
        out["surname_only"] = spec["surname_only"]
    for key in ("names", "english_only", "german_only"):
        out[key] = _strings(spec.get(key), here, key)
    return out


@dataclass
class ActorRegistry:
    """Actors and roles, with an index of surface names.

    Attributes
    ----------
    actors : dict
        actor id -> dict with ``name``, ``kind``, ``party``, ``country``, ``gender``
        ("f", "m" or None: pronouns "er"/"sie" are only resolved to a person of a
        matching or unknown gender), ``names``, ``surname_only`` (True: known by the
        surname alone, so in a document without a ``speaker`` a mention counts only when
        one of the document's mentions follows a title such as "Herr" or "Kollegin" or
        stands in a sentence naming the actor's party), ``english_only`` (names that
        only English text uses for the actor: in a German document "Austria" is "Bank
        Austria" or "Austria Wien", "France" is "Air France", not the state) and
        ``german_only`` (names only German text uses: in an English document "Island" is no
        Iceland).
    roles : dict
        role id -> dict with ``names`` and ``holders`` (list of (actor id, from, to)).
    """

    actors: dict[str, dict[str, Any]] = field(default_factory=dict)
    roles: dict[str, dict[str, Any]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._automaton: ahocorasick.Automaton | None = None
        self._chars: frozenset[str] = frozenset()  # the characters of all surfaces
        # name -> actor ids: built on the first lookup, reset by add
        self._by_name: dict[str, list[str]] | None = None
        self._language_names: dict[str, frozenset[str]] = {}  # english_only, german_only

    # -- building -----------------------------------------------------------------
    def add(self, data: Mapping[str, Any], *, where: str = "registry") -> ActorRegistry:
        """Add the ``roles`` and ``actors`` of one parsed YAML mapping (in place); return self.

        ``where`` names the source in error messages. Each id may appear once in ``data``.
        An id that is already in the registry (from an earlier file) is merged: its names,
        ``english_only`` and ``german_only`` names are united; ``name``, ``kind``,
        ``gender``, ``party``, ``country`` and ``surname_only`` are replaced where the new
        entry gives them; a role the new entry lists replaces that role's earlier dates for
        this actor, other roles stay.

        Raises
        ------
        ValueError
            For an entry without an id, an id given twice, a list or a date that is none,
            a ``to`` before its ``from``, an unknown role, kind or gender; the message names
            ``where`` and the entry (``my.yaml: actors[3] (id 'a1'): ...``).

        Warns
        -----
        UserWarning
            For an unknown key (ignored), with the known keys.
        """
        if not isinstance(data, Mapping):
            raise TypeError(
                f"{where}: expected a mapping with 'actors' and 'roles', got {_what(data)}"
            )
        _check_keys(data, _TOP_KEYS, where)
        roles = data.get("roles") or {}
        if not isinstance(roles, Mapping):
            raise ValueError(
                f"{where}: 'roles' must be a mapping of role id -> {{names: [...]}}, "
                f"got {_what(roles)}"
            )
        for rid, spec in roles.items():
            here = f"{where}: roles.{rid}"
            if not isinstance(spec, Mapping | None):
                raise ValueError(
                    f"{here}: must be a mapping such as {{names: [...]}}, got {_what(spec)}"
                )
            _check_keys(spec or {}, _ROLE_KEYS, here)
            names = _strings((spec or {}).get("names"), here, "names")
            role = self.roles.setdefault(str(rid), {"names": [], "holders": []})
            role["names"].extend(n for n in names if n not in role["names"])
        actors = data.get("actors") or []
        if not isinstance(actors, list | tuple):
            raise ValueError(
                f"{where}: 'actors' must be a list of entries, one per actor ('- id: a1' on "
                f"its own line, or - {{id: a1, name: ...}}), got {_what(actors)}"
            )
        seen: dict[str, int] = {}
        for i, spec in enumerate(actors):
            if not isinstance(spec, Mapping):
                raise ValueError(
                    f"{where}: actors[{i}]: each actor is a mapping with an 'id' "
                    f"({{id: a1, name: ...}}), got {_what(spec)}"
                )
            if spec.get("id") in (None, ""):
                raise ValueError(f"{where}: actors[{i}]: each actor needs an 'id'")
            aid = str(spec["id"])
            here = f"{where}: actors[{i}] (id {aid!r})"
            if aid in seen:
                raise ValueError(
                    f"{here}: id {aid!r} is already used by actors[{seen[aid]}]; "
                    "give each actor one entry"
                )
            seen[aid] = i
            self._add_actor(aid, _actor_fields(spec, here), _holdings(spec, here, self.roles))
        self._automaton = None
        self._by_name = None
        self._language_names = {}
        return self

    def _add_actor(
        self,
        aid: str,
        given: dict[str, Any],
        held: list[tuple[str, dt.date | None, dt.date | None]],
    ) -> None:
        """Add one checked actor entry, or merge it into the actor of the same id."""
        old = self.actors.get(aid)
        if old is None:
            actor = {"name": aid, "kind": "person", "party": None, "country": None,
                     "gender": None, "names": [], "surname_only": False,
                     "english_only": frozenset(), "german_only": frozenset()}  # fmt: skip
        else:
            actor = {**old, "names": list(old["names"])}
            logger.debug("actor %r defined again: merged", aid)
        actor.update({k: v for k, v in given.items() if k in _FIELDS})
        for only in ("english_only", "german_only"):
            actor[only] = actor[only] | frozenset(given[only])
        names = actor["names"]  # the earlier definition's names first
        one_language = actor["english_only"] | actor["german_only"]
        head = actor["name"]
        if head not in one_language and head not in names and head not in given["names"]:
            names.append(head)
        for n in [*given["names"], *sorted(one_language)]:
            if n not in names:
                names.append(n)
        self.actors[aid] = actor
        for rid in {rid for rid, _, _ in held}:  # a role given again replaces its dates
            role = self.roles[rid]
            role["holders"] = [h for h in role["holders"] if h[0] != aid]
        for rid, lo, hi in held:
            self.roles[rid]["holders"].append((aid, lo, hi))

    # -- look-ups -----------------------------------------------------------------
    @property
    def english_only(self) -> frozenset[str]:
        """The names only English text uses for its actor (see ``actors``)."""
        return self._only("english_only")

    @property
    def german_only(self) -> frozenset[str]:
        """The names only German text uses for its actor (see ``actors``)."""
        return self._only("german_only")

    def _only(self, field_name: str) -> frozenset[str]:
        if field_name not in self._language_names:
            self._language_names[field_name] = frozenset().union(
                *(a.get(field_name, ()) for a in self.actors.values())
            )
        return self._language_names[field_name]

    def holder(self, role_id: str, date: dt.date | None) -> str | None:
        """The actor id holding ``role_id`` on ``date`` (None when unknown or ambiguous)."""
        holders = self.roles.get(role_id, {}).get("holders", [])
        if date is None:
            return None
        hits = [
            a for a, lo, hi in holders if (lo is None or lo <= date) and (hi is None or date <= hi)
        ]
        return hits[0] if len(set(hits)) == 1 else None

    def lookup(self, surface: str) -> list[str]:
        """Actor ids whose name variants include ``surface`` exactly (in registry order)."""
        if self._by_name is None:
            self._by_name = {}
            for aid, a in self.actors.items():
                for n in dict.fromkeys(a["names"]):
                    self._by_name.setdefault(n, []).append(aid)
        return list(self._by_name.get(surface.strip(), ()))

    @property
    def automaton(self) -> ahocorasick.Automaton:
        """An Aho-Corasick automaton over all name and role surfaces (built once).

        Values are (surface, kind, ids): kind "name", "role" or "genitive" (a person's name
        + "s" that is no name of its own: "Hegseths").
        """
        if self._automaton is None:
            entries: dict[str, tuple[str, list[str]]] = {}
            genitives: dict[str, list[str]] = {}
            for aid, a in self.actors.items():
                for n in a["names"]:
                    entries.setdefault(n, ("name", []))[1].append(aid)
                    if a["kind"] == "person" and not n.endswith("s"):
                        genitives.setdefault(n + "s", []).append(aid)
            # "Hegseths": a mention only where it reads as a genitive (see _doc_mentions);
            # a name of its own ("Kallas" of a registry's Kaja Kallas) comes first
            for f, ids in genitives.items():
                if f not in entries:
                    entries[f] = ("genitive", ids)
            for rid, r in self.roles.items():
                for n in r["names"]:
                    for f in (n, n + "s", n + "en", n + "n"):
                        if f not in entries:
                            entries[f] = ("role", [rid])
            auto = ahocorasick.Automaton()
            for surface, (kind, ids) in entries.items():
                auto.add_word(surface, (surface, kind, tuple(dict.fromkeys(ids))))
            if entries:
                auto.make_automaton()
            self._automaton = auto
            self._chars = frozenset("".join(entries))
        return self._automaton

    def _surfaces_without(self, char: str) -> bool:
        """True when no surface of :attr:`automaton` contains ``char``."""
        _ = self.automaton
        return char not in self._chars


_SAFE = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_SAFE):  # type: ignore[misc,valid-type]
    """The safe loader without YAML's timestamps: a date stays text, so that ``_date``
    reports an impossible one ("2025-13-01") with the file and the entry."""

    yaml_implicit_resolvers = {
        first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in _SAFE.yaml_implicit_resolvers.items()
    }


def _read_yaml(path: Path | Any) -> Any:
    with path.open(encoding="utf-8") as fh:
        return yaml.load(fh, Loader=_Loader)  # noqa: S506 (a safe loader)


@functools.lru_cache(maxsize=8)
def _bundled_data(name: str) -> Any:
    """A bundled registry file, parsed once per process (``add`` copies what it keeps)."""
    return _read_yaml(resources.files("discourse.resources").joinpath("actors", name))


def load_registry(source: Any = None) -> ActorRegistry:
    """Load an actor registry.

    Parameters
    ----------
    source : None, str, Path, dict, ActorRegistry or list of these
        ``None`` or ``"default"``: every bundled file (core, Bundestag, UN speakers, states);
        the name of one bundled file (``"core"``); a path to a YAML file; a parsed
        mapping; or a list of these, merged in order.

        **A path or a dict alone replaces the bundled registry**: with
        ``load_registry("my.yaml")`` (or ``analyze(docs, actors="my.yaml")``) only the
        actors and roles of ``my.yaml`` are known, so "Hegseth" or "der Kreml" are no
        longer found. To add your own actors to the bundled ones, pass a list with
        ``None`` first: ``load_registry([None, "my.yaml"])``. The file format is described in
        ``discourse/resources/actors/README.md``.

        An id defined in more than one source is merged, the later definition on top of the
        earlier one: names are added; ``name``, ``kind``, ``gender``, ``party``,
        ``country`` and ``surname_only`` are replaced where the later entry gives them; a
        role it lists replaces that role's dates, other roles stay. So an entry
        ``{id: hegseth, names: [Kriegsminister Hegseth]}`` in ``my.yaml`` adds a name
        variant and keeps the bundled roles and gender. (An :class:`ActorRegistry` in
        the list is taken as it is: its actors are added where the id is new.)

    Returns
    -------
    ActorRegistry

    Raises
    ------
    ValueError
        For a mistake in a file or dict, naming the file and the entry (see
        :meth:`ActorRegistry.add`); for an unknown bundled name.
    FileNotFoundError
        For a path that does not exist.

    Warns
    -----
    UserWarning
        For an unknown key in a file (it is ignored), with the known keys.

    Examples
    --------
    >>> reg = load_registry("core")
    >>> reg.actors["hegseth"]["name"]
    'Pete Hegseth'
    >>> mine = {"actors": [{"id": "jmiller", "name": "Jane Miller", "names": ["Miller"]},
    ...                    {"id": "hegseth", "names": ["Kriegsminister Hegseth"]}]}
    >>> both = load_registry([None, mine])    # bundled + own (a path works the same)
    >>> both.actors["jmiller"]["names"], both.actors["hegseth"]["gender"]
    (['Jane Miller', 'Miller'], 'm')
    >>> "trump" in load_registry(mine).actors             # own file alone: no bundled actors
    False
    """
    if isinstance(source, ActorRegistry):
        return source
    reg = ActorRegistry()
    items = source if isinstance(source, list | tuple) else [source]
    bundled = resources.files("discourse.resources").joinpath("actors")
    for item in items:
        if item is None or item == "default":
            files = sorted(
                (p for p in bundled.iterdir() if p.name.endswith(".yaml")),
                key=lambda p: (p.name != "core.yaml", p.name),
            )
            for p in files:
                reg.add(_bundled_data(p.name), where=f"actors/{p.name}")
        elif isinstance(item, Mapping):
            reg.add(item, where="dict")
        elif isinstance(item, ActorRegistry):
            reg.add({"roles": {k: {"names": v["names"]} for k, v in item.roles.items()}})
            reg.roles.update({k: dict(v) for k, v in item.roles.items()})
            reg.actors.update({k: v for k, v in item.actors.items() if k not in reg.actors})
        else:
            path = Path(item)
            if not path.suffix:
                cand = bundled.joinpath(f"{item}.yaml")
                if not cand.is_file():
                    names = sorted(
                        p.name[:-5] for p in bundled.iterdir() if p.name.endswith(".yaml")
                    )
                    raise ValueError(f"unknown bundled registry {item!r}; valid: {names}")
                reg.add(_bundled_data(f"{item}.yaml"), where=f"actors/{item}.yaml")
            else:
                if not path.is_file():
                    raise FileNotFoundError(f"actor registry file not found: {path}")
                reg.add(_read_yaml(path), where=str(path))
    return reg


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


def doc_languages(
    sents: pd.DataFrame, docs: pd.DataFrame | None, lang: str | None = None
) -> dict[str, str]:
    """The language of each document as a lower-case ISO 639-1 code ("de", "en").

    ``lang`` for all documents when given, else ``docs.lang``, else (where ``docs.lang`` is
    missing, None, NaN or no language) ``sents.lang``. Every value is normalised the way
    :func:`discourse.io.normalise_lang` does it: "EN", "en-GB", "en_US", "eng" and
    "English" are "en", "de-AT", "deu" and "German" are "de"; other languages keep
    their code ("fr-FR" -> "fr"). A document whose language is missing or not a language
    code anywhere ("", None, "xyz") is **left out** of the dict, so ``.get(doc_id)`` gives
    None; an unknown ``lang`` leaves every document out. Used by find_actors and
    find_statements.

    Examples
    --------
    >>> sents = pd.DataFrame({"doc_id": ["a", "b", "c", "d"], "lang": ["en", "de", "", "fr"]})
    >>> docs = pd.DataFrame({"doc_id": ["a", "b", "c", "d"], "lang": ["EN", None, None, "x y"]})
    >>> doc_languages(sents, docs)
    {'a': 'en', 'b': 'de', 'd': 'fr'}
    """
    codes: dict[Any, str | None] = {}  # each distinct value normalised once

    def code(value: Any) -> str | None:
        if not isinstance(value, str):
            return None
        if value not in codes:
            codes[value] = normalise_lang(value)
        return codes[value]

    if lang is not None:
        one = code(lang)
        return {} if one is None else dict.fromkeys(set(sents["doc_id"].tolist()), one)
    out: dict[str, str] = {}
    if docs is not None and "lang" in docs and "doc_id" in docs:
        for d, v in zip(docs["doc_id"].tolist(), docs["lang"].tolist(), strict=True):
            c = code(v)
            if c is not None:
                out[d] = c
    if "lang" in sents:
        for d, v in zip(sents["doc_id"].tolist(), sents["lang"].tolist(), strict=True):
            if d not in out:
                c = code(v)
                if c is not None:
                    out[d] = c
    return out


def _doc_dates(docs: pd.DataFrame | None) -> dict[str, dt.date]:
    if docs is None or "published" not in docs or "doc_id" not in docs:
        return {}
    pub = pd.to_datetime(docs["published"], utc=True, errors="coerce")
    return {d: p.date() for d, p in zip(docs["doc_id"], pub, strict=True) if not pd.isna(p)}


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


# the last word of a title before a surname ("EU-Außenbeauftragte Kallas", "Frau Simons")
_TITLE_ENDS = (
    "herr", "frau", "kollege", "kollegin", "abgeordnete", "abgeordneter", "minister",
    "ministerin", "chef", "chefin", "präsident", "präsidentin", "kanzler", "kanzlerin",
    "beauftragte", "beauftragter", "sekretär", "sekretärin", "kommissar", "kommissarin",
    "vorsitzende", "vorsitzender", "botschafter", "botschafterin", "diplomat", "diplomatin",
    "sprecher", "sprecherin", "vize", "leiter", "leiterin", "politiker", "politikerin",
)  # fmt: skip
_WORD_BEFORE = re.compile(r"([^\W\d_][\w.\-]*)[ \u00a0]+$")
_WORD_AFTER = re.compile(r"[ \u00a0]+[„“\"»«‚‘']?([^\W\d_][\w\-]*)")
_ANY_WORD = re.compile(r"\w")


@functools.lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    """The bundled list of common given names (``resources/actors/given_names.txt``)."""
    text = resources.files("discourse.resources").joinpath("actors", "given_names.txt")
    lines = text.read_text(encoding="utf-8").splitlines()
    return frozenset(ln.split()[0] for ln in lines if ln.strip() and not ln.startswith("#"))


def _is_given_name(word: str) -> bool:
    """A capitalised word that is a given name: listed, or a word the German dictionary
    does not know ("Kaja"; "Forderung", "Laut" and "Außenbeauftragte" it knows)."""
    return word in _given_names() or (word.isalpha() and not simplemma.is_known(word, "de"))


def _attributive(word: str) -> bool:
    """A German adjective before a noun ("zweite", "umstrittene"), not a verb ("sagte")."""
    if not is_inflected_adjective(word):
        return False
    lemma = cached_lemma(word, "de", before_noun=True)
    return not lemma.endswith("n") or lemma == attributive_lemma(word)


def _reads_as_genitive(text: str, start: int, end: int, own: set[str]) -> bool:
    """Whether a person's name + "s" at ``text[start:end]`` is the German genitive of the
    name: before a noun ("Hegseths Forderung", "Trumps zweite Amtszeit", "Pontas und
    Sovas Kanzleien") or after one ("die Forderung Hegseths.", "ein Veto Obamas ist").
    Not before a verb or another lower-case word without a noun before it ("Kallas
    sagte", "Auch Kallas sagte"), not after a given name that is not the actor's own
    (``own``: "Kaja Kallas", "Paul Simons"), not after a title ("die Außenbeauftragte
    Kallas sagte") and not before an apostrophe ("Kallas' Plan" is the name Kallas)."""
    if text[end : end + 1] in ("'", "’", "´"):
        return False
    if " " in text[start:end]:
        return True  # a full name: "der Besuch Recep Tayyip Erdogans in"
    before = _WORD_BEFORE.search(text, 0, start)
    prev = before.group(1) if before else ""
    if prev[:1].isupper() and prev not in own and _is_given_name(prev):
        return False
    after = _WORD_AFTER.match(text, end)
    if after and after.group(1)[:1].isupper():
        return True
    pos = after
    for _ in range(3):  # adjectives, then a noun: "Trumps erste große Rede"
        if pos is None or not _attributive(pos.group(1)):
            break
        pos = _WORD_AFTER.match(text, pos.end())
        if pos is not None and pos.group(1)[:1].isupper():
            return True
    if after and after.group(1) in ("und", "oder", "sowie"):  # "Pontas und Sovas Kanzleien"
        other = _WORD_AFTER.match(text, after.end())
        noun = other and _WORD_AFTER.match(text, other.end())
        first = other.group(1) if noun else ""
        if first[:1].isupper() and first.endswith("s") and noun.group(1)[:1].isupper():
            return True
    # after a noun: a capitalised word that is neither the sentence's first nor a title
    if before is None or not prev[:1].isupper() or prev.endswith("."):
        return False
    if _ANY_WORD.search(text, 0, before.start(1)) is None:
        return False  # "Auch Kallas sagte"
    return not prev.rsplit("-", 1)[-1].lower().endswith(_TITLE_ENDS)


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


def find_actors(
    sents: pd.DataFrame,
    registry: Any = None,
    docs: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Find actor mentions (names and roles) in sentences.

    A person's name + "s" counts where it reads as a German genitive ("Hegseths
    Forderung", "die Forderung Hegseths."), not before a verb ("Kallas sagte" is not
    Kalla), not after another person's given name ("Kaja Kallas") and never in a document
    whose language is English.

    Parameters
    ----------
    sents : DataFrame
        A ``sents`` table (doc_id, sent_id, start, text; offsets into ``docs.text``).
    registry : see :func:`load_registry`
        ``None`` uses the bundled registry; a file or dict alone replaces it (pass
        ``[None, "my.yaml"]`` to add your actors to the bundled ones).
    docs : DataFrame, optional
        With ``doc_id`` and ``published``: roles are resolved by the publication date.
        Without a date a role mention keeps ``actor_id`` NA. ``docs.lang`` (else
        ``sents.lang``; any spelling: "EN", "en-GB", "eng") says which names are English
        or German only (see :func:`doc_languages`).

    Returns
    -------
    DataFrame
        ``actors`` table: doc_id, sent_id, start, end (offsets into the document
        text), actor_id (NA for an unresolved role or an ambiguous name), surface,
        role (the role as named in the text; NA for a name mention), plus
        ``mention`` ("name" or "role").

    Examples
    --------
    >>> sents = pd.DataFrame({"doc_id": ["a"], "sent_id": [0], "start": [0], "end": [15],
    ...                       "text": ["Hegseths Worte."]})
    >>> find_actors(sents)[["surface", "actor_id"]].values.tolist()
    [['Hegseths', 'hegseth']]
    """
    for col in ("doc_id", "sent_id", "start", "text"):
        if col not in sents.columns:
            raise ValueError(
                f"sents: missing column {col!r}; find_actors needs doc_id, sent_id, start, text"
            )
    reg = load_registry(registry)
    auto = reg.automaton
    dates = _doc_dates(docs)
    rows: list[tuple] = []
    joinable = reg._surfaces_without(_SEP)
    speeches = speech_docs(docs)
    lone = surname_only(reg)
    langs = doc_languages(sents, docs)
    for doc_id, group in _by_doc(sents).items():
        first = len(rows)
        lang = langs.get(doc_id)
        _doc_mentions(
            doc_id, group, auto, reg, dates.get(doc_id), rows, joinable, lang in (None, "en"),
            lang == "en",
        )  # fmt: skip
        if lone and doc_id not in speeches:
            rows[first:] = confirmed(rows[first:], group, reg, lone)
    out = pd.DataFrame(rows, columns=ACTOR_COLUMNS)
    out["mention"] = out["role"].isna().map({True: "name", False: "role"})
    out = out.astype(
        {
            "doc_id": "str",
            "sent_id": "int64",
            "start": "int64",
            "end": "int64",
            "actor_id": "str",
            "surface": "str",
            "role": "str",
            "mention": "str",
        }
    )
    out = out.sort_values(["doc_id", "start"], kind="stable").reset_index(drop=True)
    return validate(out, "actors", unique_key=False)


def actor_names(registry: ActorRegistry, ids: Iterable[str]) -> list[str]:
    """Canonical names of ``ids`` (helper for reports)."""
    return [registry.actors[i]["name"] for i in ids if i in registry.actors]

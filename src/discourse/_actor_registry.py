"""The :class:`ActorRegistry`: actors and roles, merged from several sources, and their
look-ups (by name, role holder on a date, and the automaton over all surfaces).

Its public home is :mod:`discourse.actors`, which re-exports it.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import ahocorasick

from discourse._registry_yaml import (
    _FIELDS,
    _ROLE_KEYS,
    _TOP_KEYS,
    _actor_fields,
    _check_keys,
    _holdings,
    _strings,
    _what,
)

# the public module's logger, as before the class moved here
logger = logging.getLogger("discourse.actors")


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
        Iceland) and ``short_names`` (names that count only after one of the actor's other
        names in the same document: "Meta" is Ilir Meta only after "Ilir Meta"; without it,
        the company).
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
            if isinstance(spec["id"], bool) or not isinstance(spec["id"], str | int):
                raise ValueError(
                    f"{where}: actors[{i}]: 'id' must be a word such as 'merz', got {spec['id']!r}"
                )
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
            actor = {"name": aid, "name_en": None, "kind": "person", "party": None,
                     "country": None, "gender": None, "names": [], "surname_only": False,
                     "english_only": frozenset(), "german_only": frozenset(),
                     "short_names": frozenset()}  # fmt: skip
        else:
            actor = {**old, "names": list(old["names"])}
            logger.debug("actor %r defined again: merged", aid)
        actor.update({k: v for k, v in given.items() if k in _FIELDS})
        for only in ("english_only", "german_only", "short_names"):
            actor[only] = actor[only] | frozenset(given.get(only, ()))
        names = actor["names"]  # the earlier definition's names first
        one_language = actor["english_only"] | actor["german_only"]
        head = actor["name"]
        if head not in one_language and head not in names and head not in given["names"]:
            names.append(head)
        extra = [given["name_en"]] if given.get("name_en") else []  # a name English uses
        for n in [*given["names"], *extra, *sorted(one_language), *sorted(actor["short_names"])]:
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
                    for base in dict.fromkeys((n, _inflected_adjectives(n))):
                        for f in (base, base + "s", base + "en", base + "n"):
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


def _inflected_adjectives(role: str) -> str:
    """A German role name with its adjectives in the weak inflection of the oblique cases:
    "ukrainische Präsident" -> "ukrainischen Präsident" (then "...Präsidenten", as in "dem
    ukrainischen Präsidenten zufolge"); the name itself when it has none.

    >>> _inflected_adjectives("ukrainische Präsident")
    'ukrainischen Präsident'
    """
    words = role.split(" ")
    if len(words) < 2:
        return role
    return " ".join(w + "n" if w[:1].islower() and w.endswith("e") else w for w in words)

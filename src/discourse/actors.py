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
import functools
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import ahocorasick
import pandas as pd
import yaml

from discourse._name_context import confirmed, is_word, other_word, speech_docs, surname_only
from discourse.schema import validate

__all__ = ["ActorRegistry", "load_registry", "find_actors", "ACTOR_COLUMNS"]

logger = logging.getLogger(__name__)

ACTOR_COLUMNS = ["doc_id", "sent_id", "start", "end", "actor_id", "surface", "role"]
_KINDS = {"person", "organisation", "state"}


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
        raise ValueError(f"{where}: date must be YYYY-MM-DD, got {value!r}") from err


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

        An actor id that is already present is kept and the new entry skipped.
        """
        if not isinstance(data, Mapping):
            raise TypeError(f"{where}: expected a mapping with 'actors' and 'roles'")
        for rid, spec in (data.get("roles") or {}).items():
            names = list((spec or {}).get("names") or [])
            role = self.roles.setdefault(str(rid), {"names": [], "holders": []})
            role["names"].extend(n for n in names if n not in role["names"])
        for i, spec in enumerate(data.get("actors") or []):
            here = f"{where}: actors[{i}]"
            if not isinstance(spec, Mapping) or "id" not in spec:
                raise ValueError(f"{here}: each actor needs an 'id'")
            aid = str(spec["id"])
            if aid in self.actors:
                logger.debug("%s: actor %r already defined, skipped", here, aid)
                continue
            kind = spec.get("kind", "person")
            if kind not in _KINDS:
                raise ValueError(f"{here}: kind must be one of {sorted(_KINDS)}, got {kind!r}")
            gender = spec.get("gender")
            if gender not in (None, "f", "m"):
                raise ValueError(f"{here}: gender must be 'f', 'm' or absent, got {gender!r}")
            name = str(spec.get("name") or aid)
            names = [str(n) for n in (spec.get("names") or [])]
            one_language = [*(spec.get("english_only") or []), *(spec.get("german_only") or [])]
            if name not in names and name not in one_language:
                names.insert(0, name)
            self.actors[aid] = {
                "name": name,
                "kind": kind,
                "party": spec.get("party"),
                "country": spec.get("country"),
                "gender": gender,
                "names": names,
                "surname_only": bool(spec.get("surname_only", False)),
                "english_only": frozenset(str(n) for n in (spec.get("english_only") or [])),
                "german_only": frozenset(str(n) for n in (spec.get("german_only") or [])),
            }
            for only in ("english_only", "german_only"):
                names.extend(n for n in self.actors[aid][only] if n not in names)
            for j, r in enumerate(spec.get("roles") or []):
                rid = str(r.get("role"))
                if rid not in self.roles:
                    raise ValueError(
                        f"{here}.roles[{j}]: unknown role {rid!r}; define it under 'roles'"
                    )
                span = (aid, _date(r.get("from"), here), _date(r.get("to"), here))
                self.roles[rid]["holders"].append(span)
        self._automaton = None
        self._by_name = None
        self._language_names = {}
        return self

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
        """An Aho-Corasick automaton over all name and role surfaces (built once)."""
        if self._automaton is None:
            entries: dict[str, tuple[str, list[str]]] = {}
            for aid, a in self.actors.items():
                for n in a["names"]:
                    forms = [n, n + "s"] if a["kind"] == "person" and not n.endswith("s") else [n]
                    for f in forms:
                        entries.setdefault(f, ("name", []))[1].append(aid)
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


def _read_yaml(path: Path | Any) -> Any:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with path.open(encoding="utf-8") as fh:
        return yaml.load(fh, Loader=loader)  # noqa: S506 (a safe loader)


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
        mapping; or a list, merged in order (the first definition of an id wins).

    Returns
    -------
    ActorRegistry

    Examples
    --------
    >>> reg = load_registry("core")
    >>> reg.actors["hegseth"]["name"]
    'Pete Hegseth'
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
    """The language of each document: ``lang`` for all when given, else ``docs.lang``, else
    ``sents.lang`` (documents without one are missing). Used by find_actors and
    find_statements."""
    if lang is not None:
        return dict.fromkeys(set(sents["doc_id"].tolist()), lang)
    out: dict[str, str] = {}
    if docs is not None and "lang" in docs:
        out.update(
            {
                d: str(v)
                for d, v in zip(docs["doc_id"].tolist(), docs["lang"].tolist(), strict=True)
                if isinstance(v, str) and v
            }
        )
    if "lang" in sents:
        for d, v in zip(sents["doc_id"].tolist(), sents["lang"].tolist(), strict=True):
            if isinstance(v, str) and v and d not in out:
                out[d] = v
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

    Parameters
    ----------
    sents : DataFrame
        A ``sents`` table (doc_id, sent_id, start, text; offsets into ``docs.text``).
    registry : see :func:`load_registry`
        ``None`` uses the bundled registry.
    docs : DataFrame, optional
        With ``doc_id`` and ``published``: roles are resolved by the publication date.
        Without a date a role mention keeps ``actor_id`` NA.

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
    langs = doc_languages(sents, docs) if reg.english_only or reg.german_only else {}
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

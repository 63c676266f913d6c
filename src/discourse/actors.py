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
import logging
from collections.abc import Iterable, Mapping
from importlib import resources
from pathlib import Path
from typing import Any

import pandas as pd

from discourse._actor_registry import ActorRegistry
from discourse._mention_scan import _SEP, _by_doc, _doc_mentions
from discourse._name_context import confirmed, speech_docs, surname_only
from discourse._registry_yaml import _ACTOR_KEYS as _ACTOR_KEYS  # re-exported: the file keys
from discourse._registry_yaml import _HOLDING_KEYS as _HOLDING_KEYS
from discourse._registry_yaml import _bundled_data, _read_yaml
from discourse.io import normalise_lang
from discourse.schema import validate

__all__ = ["ActorRegistry", "load_registry", "find_actors", "ACTOR_COLUMNS"]

logger = logging.getLogger(__name__)

ACTOR_COLUMNS = ["doc_id", "sent_id", "start", "end", "actor_id", "surface", "role"]


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

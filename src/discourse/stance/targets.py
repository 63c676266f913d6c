"""Stance targets: YAML package data and user files, compiled to regular expressions.

A target names a proposition researchers code stance toward ("Ukraine's NATO
membership"), the German and English terms that mark a mention of it, optional
context terms that must co-occur, "opposite" terms (stance toward an annexation is the
reverse stance toward restoring the borders) and optional target-specific cues.
One YAML file per target in ``discourse/resources/targets``; a user's file or dict has the
same shape. Patterns are Python regular expressions, matched case-insensitively from the
start of a word to its end::

    id: ukraine_nato_membership          # snake_case, unique
    label: Ukraine's NATO membership
    description: ...
    terms: {de: [...], en: [...], any: [...]}   # a hit marks a mention of the target
    context: {any: [...]}                # optional: one must occur in the same text too
    opposite: {de: [...], en: [...]}     # optional: stance toward these is reversed
    cues:                                # optional target-specific cues
      favor: {de: [...], en: [...]}
      against: {de: [...], en: [...]}
    numbers: {min_percent: 2}            # optional: percentages >= 2 are reported as evidence

Examples
--------
>>> from discourse.stance.targets import load_targets
>>> sorted(load_targets())[:2]
['defence_spending_increase', 'military_aid_ukraine']
>>> t = load_targets("ukraine_nato_membership")["ukraine_nato_membership"]
>>> [m.group(0) for m in t.mentions("Eine Nato-Mitgliedschaft der Ukraine", "de")]
['Nato-Mitgliedschaft']
"""

from __future__ import annotations

import functools
import importlib.resources
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

__all__ = ["Target", "list_targets", "load_targets", "read_targets", "compile_patterns"]

_LANGS = ("de", "en", "any")
_FIELDS = {"id", "label", "description", "terms", "context", "opposite", "cues", "numbers"}


def compile_patterns(patterns: Iterable[str], where: str) -> re.Pattern | None:
    """One case-insensitive alternation of ``patterns``, each anchored at word edges.

    Returns ``None`` for an empty list. ``where`` names the file/field for errors.
    """
    pats = [p for p in patterns if p]
    if not pats:
        return None
    for p in pats:
        try:
            re.compile(p)
        except re.error as err:
            raise ValueError(f"{where}: invalid regular expression {p!r}: {err}") from err
    alt = "|".join(f"(?:{p})" for p in sorted(pats, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alt})(?!\w)", re.IGNORECASE)


def _by_lang(value: Any, where: str) -> dict[str, re.Pattern | None]:
    if value is None:
        value = {}
    if isinstance(value, list):
        value = {"any": value}
    if not isinstance(value, Mapping):
        raise ValueError(
            f"{where} must map languages (de, en, any) to lists, got {type(value).__name__}"
        )
    bad = set(value) - set(_LANGS)
    if bad:
        raise ValueError(f"{where}: unknown language keys {sorted(bad)}; valid: {list(_LANGS)}")
    out = {}
    for lang in ("de", "en"):
        pats = list(value.get(lang) or []) + list(value.get("any") or [])
        out[lang] = compile_patterns(pats, f"{where}.{lang}")
    out[None] = compile_patterns(
        [p for k in _LANGS for p in (value.get(k) or [])], f"{where}"
    )  # language unknown: every entry
    return out


@dataclass(frozen=True)
class Target:
    """A compiled stance target (see the module docstring)."""

    id: str
    label: str
    description: str
    terms: dict = field(repr=False)
    context: dict = field(repr=False)
    opposite: dict = field(repr=False)
    favor: dict = field(repr=False)
    against: dict = field(repr=False)
    numbers: dict = field(default_factory=dict, repr=False)

    @classmethod
    def from_dict(cls, spec: Mapping[str, Any], where: str = "target") -> Target:
        """Build a target from its YAML mapping; errors name ``where`` and the field."""
        if not isinstance(spec, Mapping):
            raise ValueError(f"{where}: a target must be a mapping, got {type(spec).__name__}")
        unknown = set(spec) - _FIELDS
        if unknown:
            raise ValueError(f"{where}: unknown fields {sorted(unknown)}; valid: {sorted(_FIELDS)}")
        tid = spec.get("id")
        if not isinstance(tid, str) or not re.fullmatch(r"[a-z][a-z0-9_]*", tid):
            raise ValueError(f"{where}: 'id' must be a snake_case string, got {tid!r}")
        if not spec.get("terms"):
            raise ValueError(f"{where} ({tid}): 'terms' is required (de/en/any lists)")
        cues = spec.get("cues") or {}
        bad = set(cues) - {"favor", "against"}
        if bad:
            raise ValueError(
                f"{where} ({tid}): cues has unknown keys {sorted(bad)}; valid: favor, against"
            )
        return cls(
            id=tid,
            label=str(spec.get("label") or tid),
            description=str(spec.get("description") or ""),
            terms=_by_lang(spec["terms"], f"{where}.terms"),
            context=_by_lang(spec.get("context"), f"{where}.context"),
            opposite=_by_lang(spec.get("opposite"), f"{where}.opposite"),
            favor=_by_lang(cues.get("favor"), f"{where}.cues.favor"),
            against=_by_lang(cues.get("against"), f"{where}.cues.against"),
            numbers=dict(spec.get("numbers") or {}),
        )

    def _pat(self, table: dict, lang: str | None) -> re.Pattern | None:
        return table.get(lang if lang in ("de", "en") else None)

    def mentions(self, text: str, lang: str | None = None) -> list[re.Match]:
        """Matches of the target's terms in ``text`` (empty when context terms are missing)."""
        pat = self._pat(self.terms, lang)
        hits = list(pat.finditer(text)) if pat else []
        if hits and not self.has_context(text, lang):
            return []
        return hits

    def has_context(self, text: str, lang: str | None = None) -> bool:
        """Whether one of the context terms occurs (always true without context terms)."""
        pat = self._pat(self.context, lang)
        return pat is None or pat.search(text) is not None

    def opposites(self, text: str, lang: str | None = None) -> list[re.Match]:
        """Matches of the opposite terms (stance toward them reverses)."""
        pat = self._pat(self.opposite, lang)
        return list(pat.finditer(text)) if pat else []

    def cue_matches(self, text: str, lang: str | None = None) -> list[tuple[re.Match, int]]:
        """Target-specific cue matches with polarity +1 (favor) or -1 (against)."""
        out = []
        for table, pol in ((self.favor, 1), (self.against, -1)):
            pat = self._pat(table, lang)
            if pat is not None:
                out.extend((m, pol) for m in pat.finditer(text))
        return out


def list_targets() -> list[str]:
    """Ids of the bundled targets (``discourse/resources/targets/*.yaml``)."""
    folder = importlib.resources.files("discourse.resources") / "targets"
    return sorted(p.name[:-5] for p in folder.iterdir() if p.name.endswith(".yaml"))


def _bundled(name: str) -> dict:
    folder = importlib.resources.files("discourse.resources") / "targets"
    res = folder / f"{name}.yaml"
    if not res.is_file():
        raise ValueError(f"no bundled target {name!r}; bundled: {list_targets()}")
    return yaml.safe_load(res.read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=64)
def _bundled_target(name: str) -> Target:
    """A bundled target, compiled once (targets are immutable)."""
    (target,) = _from_data(_bundled(name), f"targets/{name}.yaml").values()
    return target


def read_targets(source: Any) -> dict[str, Target]:
    """Targets from a YAML path, a mapping (one target or ``{"targets": [...]}``) or a list.

    Returns
    -------
    dict
        ``{target id: Target}`` in the order given.
    """
    if isinstance(source, Target):
        return {source.id: source}
    if isinstance(source, str | Path) and Path(source).suffix in (".yaml", ".yml"):
        path = Path(source)
        if not path.is_file():
            raise FileNotFoundError(f"targets file {path} does not exist")
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        return _from_data(data, str(path))
    if isinstance(source, Mapping | list):
        return _from_data(source, "targets")
    raise TypeError(
        f"targets must be a YAML path, dict, list or Target, got {type(source).__name__}"
    )


def _from_data(data: Any, where: str) -> dict[str, Target]:
    if isinstance(data, Mapping) and "targets" in data:
        data = data["targets"]
    items = data if isinstance(data, list) else [data]
    out: dict[str, Target] = {}
    for i, spec in enumerate(items):
        t = spec if isinstance(spec, Target) else Target.from_dict(spec, f"{where}[{i}]")
        if t.id in out:
            raise ValueError(f"{where}: target id {t.id!r} is defined twice")
        out[t.id] = t
    return out


def load_targets(targets: Any = None) -> dict[str, Target]:
    """Bundled targets by name, or anything :func:`read_targets` accepts; lists may mix both.

    Parameters
    ----------
    targets : None, str, Path, dict, Target or list of these
        ``None`` loads every bundled target; a str without ``.yaml`` is a bundled id.

    Returns
    -------
    dict
        ``{target id: Target}``.

    Examples
    --------
    >>> list(load_targets(["sanctions_on_russia"]))
    ['sanctions_on_russia']
    """
    if targets is None:
        targets = list_targets()
    if (
        isinstance(targets, dict)
        and "id" not in targets
        and "targets" not in targets
        and all(isinstance(v, Target) for v in targets.values())
    ):
        return dict(targets)
    if not isinstance(targets, list):
        targets = [targets]
    out: dict[str, Target] = {}
    for item in targets:
        if isinstance(item, str) and not item.endswith((".yaml", ".yml")):
            got = (
                {item: _bundled_target(item)}
                if item in list_targets()
                else _from_data(_bundled(item), f"targets/{item}.yaml")
            )
        else:
            got = read_targets(item)
        for k, v in got.items():
            if k in out:
                raise ValueError(f"target id {k!r} is given twice")
            out[k] = v
    return out

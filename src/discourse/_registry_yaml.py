"""The actor registry's YAML format: reading a file and checking its entries.

The keys a file, an actor, a role and a held role may have; the checks that turn an entry
into fields (errors name the file and the entry, unknown keys warn with a hint); and the
loader that keeps dates as text. :mod:`discourse.actors` builds its registry with these.
"""

from __future__ import annotations

import datetime as dt
import difflib
import functools
import sys
import warnings
from collections.abc import Mapping
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

_KINDS = {"person", "organisation", "state"}

# the keys of a registry file, of an actor entry, of a role definition and of a held role
_TOP_KEYS = ("actors", "roles")
_ACTOR_KEYS = (
    "id", "name", "names", "name_en", "kind", "gender", "party", "country", "roles",
    "surname_only", "english_only", "german_only", "short_names",
)  # fmt: skip
_ROLE_KEYS = ("names",)
_HOLDING_KEYS = ("role", "from", "to")
# fields a later definition of an id replaces where it gives them (names are united)
_FIELDS = ("name", "name_en", "kind", "gender", "party", "country", "surname_only")
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
        if not isinstance(spec["kind"], str) or spec["kind"] not in _KINDS:
            raise ValueError(f"{here}: kind must be one of {sorted(_KINDS)}, got {spec['kind']!r}")
        out["kind"] = spec["kind"]
    if "gender" in spec:
        if not (spec["gender"] is None or spec["gender"] in ("f", "m")):
            raise ValueError(f"{here}: gender must be 'f', 'm' or absent, got {spec['gender']!r}")
        out["gender"] = spec["gender"]
    if spec.get("name") not in (None, ""):
        if not isinstance(spec["name"], str | int | float):
            raise ValueError(f"{here}: 'name' must be a string, got {_what(spec['name'])}")
        out["name"] = str(spec["name"])
    if "name_en" in spec:  # the name English text uses ("Volodymyr Zelensky", "Russia")
        if not isinstance(spec["name_en"], str):
            raise ValueError(f"{here}: 'name_en' must be a string, got {_what(spec['name_en'])}")
        out["name_en"] = spec["name_en"]
    for key in ("party", "country"):
        if key in spec:
            out[key] = spec[key]
    if "surname_only" in spec:
        if not isinstance(spec["surname_only"], bool):
            raise ValueError(
                f"{here}: surname_only must be true or false, got {spec['surname_only']!r}"
            )
        out["surname_only"] = spec["surname_only"]
    for key in ("names", "english_only", "german_only", "short_names"):
        out[key] = _strings(spec.get(key), here, key)
    return out


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

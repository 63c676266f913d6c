"""Bundled lexicons (package data) and users' YAML files."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from discourse.lexicon._format import Lexicon, _parse_lexicon, merge_lexicons


def _bundled_dir() -> Any:
    return resources.files("discourse.resources").joinpath("lexicons")


def list_lexicons() -> list[str]:
    """Names of the bundled lexicons (for :func:`load_lexicon`).

    Returns
    -------
    list of str
        Sorted names, e.g. ``['defence', 'security', 'ukraine_war']``.

    Examples
    --------
    >>> "defence" in list_lexicons()
    True
    """
    return sorted(
        p.name.rsplit(".", 1)[0] for p in _bundled_dir().iterdir() if p.name.endswith(".yaml")
    )


def _load_yaml(text: str, source: str) -> Any:
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ValueError(f"{source}: not valid YAML: {exc}") from exc


def load_lexicon(name: str | Iterable[str] | None = None) -> Lexicon:
    """A bundled lexicon by name, several merged, or all of them (``name=None``).

    Parameters
    ----------
    name : str, list of str or None
        One of :func:`list_lexicons`; ``None`` merges every bundled lexicon.

    Returns
    -------
    Lexicon
        With ``concepts`` (each with ``id``, ``label``, ``entries``, ``exclude``).

    Examples
    --------
    >>> lex = load_lexicon("defence")
    >>> "defence_spending" in lex.concept_ids
    True
    """
    available = list_lexicons()
    names = available if name is None else [name] if isinstance(name, str) else list(name)
    for n in names:
        if n not in available:
            raise ValueError(f"no bundled lexicon {n!r}; available: {available}")
    return _load_bundled(tuple(names))


@lru_cache(maxsize=16)
def _load_bundled(names: tuple[str, ...]) -> Lexicon:
    """Parse (and later compile) each combination of bundled files once per process;
    the files are read-only package data and Lexicon objects are immutable."""
    lexicons = []
    for n in names:
        res = _bundled_dir().joinpath(f"{n}.yaml")
        source = f"{n}.yaml"
        lexicons.append(_parse_lexicon(_load_yaml(res.read_text("utf-8"), source), source))
    return lexicons[0] if len(lexicons) == 1 else merge_lexicons(lexicons)


def read_lexicon(path: str | Path) -> Lexicon:
    """Read a user's lexicon from a YAML file.

    Parameters
    ----------
    path : str or Path
        A ``.yaml``/``.yml`` file in the format of :mod:`discourse.lexicon`.

    Returns
    -------
    Lexicon

    Raises
    ------
    ValueError
        Naming the file, the concept and the entry for every format error.

    Examples
    --------
    >>> lex = read_lexicon("my_terms.yaml")  # doctest: +SKIP
    """
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"lexicon file {str(path)!r} does not exist")
    return _parse_lexicon(_load_yaml(path.read_text(encoding="utf-8"), str(path)), str(path))


def as_lexicon(lexicon: Any) -> Lexicon:
    """Accept a Lexicon, a bundled name, a path, a dict, a list of these, or None (all bundled)."""
    if lexicon is None:
        return load_lexicon(None)
    if isinstance(lexicon, Lexicon):
        return lexicon
    if isinstance(lexicon, Mapping):
        return Lexicon.from_dict(lexicon)
    if isinstance(lexicon, Path):
        return read_lexicon(lexicon)
    if isinstance(lexicon, str):
        if lexicon in list_lexicons():
            return load_lexicon(lexicon)
        if lexicon.endswith((".yaml", ".yml")) or Path(lexicon).is_file():
            return read_lexicon(lexicon)
        raise ValueError(
            f"lexicon {lexicon!r} is neither a bundled lexicon {list_lexicons()} nor a YAML file"
        )
    if isinstance(lexicon, (list, tuple)):
        return merge_lexicons(as_lexicon(x) for x in lexicon)
    raise TypeError(
        "lexicon must be None, a Lexicon, a bundled name, a path, a dict or a list of these, "
        f"got {type(lexicon).__name__}"
    )

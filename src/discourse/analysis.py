"""One call for the whole chain: docs → sents → tokens, matches, numbers, actors,
statements, stance; saved and loaded as a folder of Parquet files.

>>> import discourse
>>> docs = discourse.load_demo_corpus("seed")
>>> result = discourse.analyze(docs, steps=("sents", "tokens", "matches"))
>>> sorted(result.tables())
['docs', 'matches', 'sents', 'tokens']
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

import pandas as pd

from discourse.schema import validate

__all__ = ["STEPS", "Analysis", "analyze"]

#: The steps of :func:`analyze`, in the order they run.
STEPS: tuple[str, ...] = ("sents", "tokens", "matches", "numbers", "actors", "statements", "stance")

# step -> the steps whose tables it needs
_NEEDS: dict[str, tuple[str, ...]] = {
    "sents": (),
    "tokens": ("sents",),
    "matches": ("sents",),
    "numbers": ("sents",),
    "actors": ("sents",),
    "statements": ("sents", "actors"),
    "stance": ("statements",),
}
_MANIFEST = "analysis.json"


@dataclass
class Analysis:
    """The tables of one analysis; each is a plain DataFrame, or None when not computed.

    Attributes
    ----------
    docs, sents, tokens, matches, numbers, actors, statements, stance : DataFrame or None
        The tables described in the README ("The tables") and checked by
        :func:`discourse.schema.validate`; their keys join them (``doc_id``,
        ``sent_id``, ``stmt_id``) and all offsets point into ``docs.text``.
    """

    docs: pd.DataFrame
    sents: pd.DataFrame | None = None
    tokens: pd.DataFrame | None = None
    matches: pd.DataFrame | None = None
    numbers: pd.DataFrame | None = None
    actors: pd.DataFrame | None = None
    statements: pd.DataFrame | None = None
    stance: pd.DataFrame | None = None

    def tables(self) -> dict[str, pd.DataFrame]:
        """The computed tables by name, in pipeline order."""
        return {
            f.name: getattr(self, f.name) for f in fields(self) if getattr(self, f.name) is not None
        }

    def __repr__(self) -> str:
        rows = ", ".join(f"{name}={len(table):,}" for name, table in self.tables().items())
        return f"Analysis({rows})"

    def save(self, path: str | os.PathLike) -> Path:
        """Write every computed table to ``path/<name>.parquet`` plus a manifest.

        Returns the folder. Existing tables of the same names are overwritten; other
        files in the folder are left alone.

        >>> result.save("build/analysis")            # doctest: +SKIP
        """
        from discourse import __version__

        folder = Path(path)
        folder.mkdir(parents=True, exist_ok=True)
        manifest: dict[str, Any] = {"discourse": __version__, "tables": {}}
        for name, table in self.tables().items():
            plain = table.copy(deep=False)
            plain.attrs = {}  # load reports and other attrs are not table data
            plain.to_parquet(folder / f"{name}.parquet", index=False, compression="zstd")
            manifest["tables"][name] = {"rows": len(table), "columns": list(table.columns)}
        (folder / _MANIFEST).write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n")
        return folder

    @classmethod
    def load(cls, path: str | os.PathLike) -> Analysis:
        """Read a folder written by :meth:`save`.

        Raises
        ------
        FileNotFoundError
            When the folder has no manifest or a table the manifest names is missing.
        """
        folder = Path(path)
        manifest_path = folder / _MANIFEST
        if not manifest_path.is_file():
            raise FileNotFoundError(f"{folder} holds no saved analysis ({_MANIFEST} missing)")
        names = json.loads(manifest_path.read_text())["tables"]
        tables = {}
        for name in names:
            file = folder / f"{name}.parquet"
            if not file.is_file():
                raise FileNotFoundError(f"{file} is named in {manifest_path} but missing")
            tables[name] = pd.read_parquet(file)
        return cls(**tables)


def _plan(steps: str | Iterable[str]) -> list[str]:
    wanted = [steps] if isinstance(steps, str) else list(steps)  # "statements" is one step
    unknown = [s for s in wanted if s not in STEPS]
    if unknown:
        raise ValueError(f"unknown steps {unknown}; valid steps are {list(STEPS)}")
    needed = set(wanted)
    for step in reversed(STEPS):
        if step in needed:
            needed.update(_NEEDS[step])
    return [s for s in STEPS if s in needed]


def analyze(
    docs: pd.DataFrame,
    *,
    lexicon: Any = None,
    actors: Any = None,
    targets: Any = None,
    steps: str | Iterable[str] = STEPS,
) -> Analysis:
    """Run the chain of verbs on ``docs`` with the bundled resources (or yours).

    Parameters
    ----------
    docs : DataFrame
        A ``docs`` table (see :func:`discourse.read_corpus`); a filtered subset with
        its original index is fine (``Analysis.docs`` gets a fresh RangeIndex).
    lexicon : name, path, dict or Lexicon, optional
        For :func:`discourse.lexicon.find_terms`; None = all bundled lexicons.
    actors : name, path, dict, ActorRegistry or a list of them, optional
        For :func:`discourse.actors.find_actors` and the statements; None = bundled. A
        file of your own alone replaces the bundled registry; ``[None, "my.yaml"]`` adds
        your actors to it (format: ``discourse/resources/actors/README.md``).
    targets : ids, path, dict or list, optional
        For :func:`discourse.stance.score_stance`; None = all bundled targets.
    steps : str or iterable of str
        Which tables to compute (see :data:`STEPS`); the steps they need run too, so
        ``steps=("statements",)`` also computes sents and actors.

    Returns
    -------
    Analysis
        One attribute per table (``docs``, ``sents``, ``tokens``, ``matches``, ``numbers``,
        ``actors``, ``statements``, ``stance``); tables of steps not run are None.

    Examples
    --------
    >>> import discourse
    >>> a = discourse.analyze(discourse.load_demo_corpus("seed"), steps=("numbers",))
    >>> a.numbers.loc[a.numbers["value"] == 5, "surface"].tolist()
    ['fünf Prozent']
    """
    docs = validate(docs.reset_index(drop=True), "docs")
    result = Analysis(docs=docs)
    for step in _plan(steps):
        setattr(result, step, _run(step, result, lexicon=lexicon, actors=actors, targets=targets))
    return result


def _run(step: str, a: Analysis, *, lexicon: Any, actors: Any, targets: Any) -> pd.DataFrame:
    # imports inside: `import discourse` stays cheap and each step loads what it needs
    if step == "sents":
        from discourse.segment import split_sentences

        return split_sentences(a.docs)
    if step == "tokens":
        from discourse.segment import tokenize

        return tokenize(a.sents)
    if step == "matches":
        from discourse.lexicon import find_terms

        return find_terms(a.sents, lexicon)
    if step == "numbers":
        from discourse.numbers import find_numbers

        return find_numbers(a.sents)
    if step == "actors":
        from discourse.actors import find_actors

        return find_actors(a.sents, actors, a.docs)
    if step == "statements":
        from discourse.statements import find_statements

        return find_statements(a.sents, a.actors, docs=a.docs, registry=actors)
    if step == "stance":
        from discourse.stance import score_stance

        return score_stance(a.statements, targets, docs=a.docs)
    raise AssertionError(step)  # _plan admits only STEPS

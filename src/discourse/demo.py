"""The bundled demo corpus: four public-domain / CC0 collections as one ``docs`` table.

The Parquet files are built from ``../shared/data`` by ``scripts/build_demo_corpus.py``
(``make demo-corpus``) and shipped inside the package as ``discourse/resources/demo``;
``data/SOURCES.md`` documents their origin, licence and construction.

Examples
--------
>>> from discourse.demo import load_demo_corpus
>>> docs = load_demo_corpus("seed")
>>> docs.loc[0, "doc_id"]
'seed-tagesschau-2025-02-12'
"""

from __future__ import annotations

import importlib.resources
import logging
from collections.abc import Sequence
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq

from discourse.schema import validate

__all__ = ["DEMO_PARTS", "demo_corpus_dir", "load_demo_corpus"]

logger = logging.getLogger(__name__)

#: The parts of the demo corpus, in the order :func:`load_demo_corpus` returns them.
DEMO_PARTS: tuple[str, ...] = ("seed", "bundestag", "ungd", "sotu")


def demo_corpus_dir() -> Path:
    """The folder holding the demo corpus' Parquet files (one per part).

    Returns
    -------
    Path
        ``discourse/resources/demo`` of the installed package, e.g. for
        ``pd.read_parquet(demo_corpus_dir() / "ungd.parquet")`` in a notebook.

    Raises
    ------
    FileNotFoundError
        If the folder is missing (a broken installation).

    Examples
    --------
    >>> sorted(p.name for p in demo_corpus_dir().glob("*.parquet"))
    ['bundestag.parquet', 'seed.parquet', 'sotu.parquet', 'ungd.parquet']
    """
    folder = importlib.resources.files("discourse.resources") / "demo"
    path = Path(str(folder))
    if not path.is_dir():
        raise FileNotFoundError(
            f"demo corpus folder {path} is missing; reinstall discourse or run "
            "`make demo-corpus` in a source checkout"
        )
    return path


def _check_parts(parts: str | Sequence[str] | None) -> list[str]:
    if parts is None:
        return list(DEMO_PARTS)
    names = [parts] if isinstance(parts, str) else list(parts)
    unknown = [p for p in names if p not in DEMO_PARTS]
    if unknown or not names:
        raise ValueError(
            f"parts must name one or more of {list(DEMO_PARTS)} (or be None for all), got {parts!r}"
        )
    return [p for p in DEMO_PARTS if p in names]


def load_demo_corpus(parts: str | Sequence[str] | None = None) -> pd.DataFrame:
    """Load the bundled demo corpus (or some of its parts) as one ``docs`` table.

    Parameters
    ----------
    parts : str, sequence of str or None
        ``"seed"`` (the reference tagesschau article of 12 Feb 2025), ``"bundestag"``
        (249 speeches of the 19th and 20th Bundestag, 2017-2021), ``"ungd"`` (UN General Debate
        2014-2023, one speech per country and year), ``"sotu"`` (US State of the Union
        addresses 1945-2006), or a list of these. ``None`` (default) loads all four.
        Parts are always returned in that order, whatever order they are named in.

    Returns
    -------
    DataFrame
        One row per document with a RangeIndex and the ``docs`` columns ``doc_id``,
        ``source``, ``published`` (datetime64[ns, UTC]), ``title`` (NA where the source
        has none), ``text``, ``lang`` (``de``/``en``), plus ``collection`` (the part),
        ``date_precision`` and ``year`` (int) in every part, and per part:

        - seed: ``agencies``;
        - bundestag: ``speaker`` (surname as in the source file name), ``party``,
          ``session`` (e.g. ``"19092"``), ``agenda_item``, ``speech_id``, ``split``
          (``train`` with gold speaker attribution in SpkAtt, or ``unlabelled``);
        - ungd: ``country`` (ISO 3166-1 alpha-3; ``EU`` for the European Union),
          ``country_name``, ``session`` (e.g. ``"78"``), ``speaker`` and ``post``
          (NA where ``Speakers_by_session.xlsx`` has no match);
        - sotu: ``speaker``.

        Columns a part does not have are NA in the others. ``date_precision`` is
        ``"day"`` where the exact date is known, ``"year"`` where only the year is
        (all ungd speeches and the State of the Union files without a date line):
        those rows have ``published`` on 1 January of the year, so do not resample
        them below yearly resolution.

    Raises
    ------
    ValueError
        If ``parts`` names an unknown part (the message lists the valid ones).
    FileNotFoundError
        If the Parquet files are missing (a broken installation).

    Examples
    --------
    >>> docs = load_demo_corpus()
    >>> docs.groupby("collection", sort=False).size().to_dict()
    {'seed': 1, 'bundestag': 249, 'ungd': 1940, 'sotu': 65}
    >>> nato = load_demo_corpus("bundestag").query("session == '19092'")
    >>> len(nato)
    12
    """
    names = _check_parts(parts)
    folder = demo_corpus_dir()
    frames = []
    for name in names:
        path = folder / f"{name}.parquet"
        if not path.is_file():
            raise FileNotFoundError(
                f"demo corpus part {name!r} is missing: {path} does not exist; reinstall "
                "discourse or run `make demo-corpus` in a source checkout"
            )
        frames.append(pq.read_table(path).to_pandas())
        logger.debug("read %s (%d documents)", path, len(frames[-1]))
    if len(frames) == 1:
        out = frames[0]
    else:
        out = pd.concat(frames, ignore_index=True, sort=False)
        for col in out.columns:
            if col not in ("published", "year"):
                out[col] = out[col].astype("str")
    out["published"] = out["published"].astype("datetime64[ns, UTC]")
    return validate(out.reset_index(drop=True), "docs")

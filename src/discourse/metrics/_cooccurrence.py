"""Co-occurrence of concepts within sentences or documents."""

from __future__ import annotations

import logging
from collections.abc import Sequence

import numpy as np
import pandas as pd

from discourse.metrics._common import as_list, check_choice, require

__all__ = ["cooccurrence"]

logger = logging.getLogger(__name__)

_UNITS = {"sent": ["doc_id", "sent_id"], "doc": ["doc_id"]}


def cooccurrence(
    matches: pd.DataFrame,
    *,
    level: str = "sent",
    concept: str = "concept",
    by: str | Sequence[str] | None = None,
    units: pd.DataFrame | None = None,
    min_n: int = 1,
) -> pd.DataFrame:
    """Pairs of concepts mentioned in the same sentence (or document).

    Parameters
    ----------
    matches : DataFrame
        A ``matches`` table (``doc_id``, ``sent_id`` for ``level="sent"``, ``concept``).
    level : {"sent", "doc"}
        The unit within which two concepts co-occur.
    concept : str
        The column holding the concept (``"term"`` pairs lexicon entries).
    by : str or list of str, optional
        Grouping columns of ``matches`` (constant within a unit, e.g. ``source`` joined
        from ``docs``); pairs and totals are computed per group.
    units : DataFrame, optional
        All units, also those without a match: the ``sents`` table for ``level="sent"``,
        the ``docs`` table for ``"doc"`` (with the ``by`` columns). It gives ``n_units``;
        without it ``n_units`` counts only the units with at least one match, so ``pmi``
        is relative to the units that mention any concept.
    min_n : int
        Keep pairs that co-occur in at least this many units.

    Returns
    -------
    DataFrame
        One row per unordered pair (``concept_a < concept_b``) that co-occurs, sorted by
        the ``by`` columns, ``concept_a``, ``concept_b``: ``concept_a``, ``concept_b``
        (the ``concept`` name with ``_a``/``_b``), ``n`` (units with both), ``n_a``,
        ``n_b`` (units with each), ``n_units`` (units in total, int), ``jaccard``
        (``n / (n_a + n_b - n)``) and ``pmi`` (``log2(n * n_units / (n_a * n_b))``).

    Examples
    --------
    >>> import pandas as pd
    >>> matches = pd.DataFrame({"doc_id": ["a", "a", "a", "b"], "sent_id": [0, 0, 1, 0],
    ...                         "concept": ["nato", "russia", "nato", "russia"]})
    >>> cooccurrence(matches)[["concept_a", "concept_b", "n", "n_a", "n_b", "n_units", "jaccard"]]
      concept_a concept_b  n  n_a  n_b  n_units   jaccard
    0      nato    russia  1    2    2        3  0.333333
    """
    check_choice(level, list(_UNITS), "level")
    if not isinstance(min_n, int) or min_n < 1:
        raise ValueError(f"min_n must be an int >= 1, got {min_n!r}")
    keys = _UNITS[level]
    groups = as_list(by)
    if clash := sorted(set(groups) & {*keys, concept}):
        raise ValueError(f"by must not contain the unit keys or the concept column, got {clash}")
    require(matches, [*keys, concept, *groups], table_name="matches", argument="by/concept")
    col_a, col_b = f"{concept}_a", f"{concept}_b"
    present = matches[[*groups, *keys, concept]].dropna(subset=[concept]).drop_duplicates()
    present = present.astype({concept: "str"})
    if units is not None:
        require(units, [*keys, *groups], table_name="units", argument="units")
        all_units = units[[*groups, *keys]].drop_duplicates()
    else:
        all_units = present[[*groups, *keys]].drop_duplicates()
    if groups:
        n_units = all_units.groupby(groups, dropna=False).size().rename("n_units").reset_index()
    else:
        n_units = pd.DataFrame({"n_units": [len(all_units)]})

    per_concept = present.groupby([*groups, concept], dropna=False).size().rename("n_c")
    per_concept = per_concept.reset_index()
    pairs = present.merge(present, on=[*groups, *keys], suffixes=("_a", "_b"))
    pairs = pairs.loc[pairs[col_a] < pairs[col_b]]
    counts = pairs.groupby([*groups, col_a, col_b], dropna=False).size().rename("n")
    out = counts.reset_index()
    out = out.loc[out["n"] >= min_n]
    out = out.merge(
        per_concept.rename(columns={concept: col_a, "n_c": "n_a"}), on=[*groups, col_a], how="left"
    )
    out = out.merge(
        per_concept.rename(columns={concept: col_b, "n_c": "n_b"}), on=[*groups, col_b], how="left"
    )
    out = out.merge(n_units, on=groups, how="left") if groups else out.merge(n_units, how="cross")
    for name in ("n", "n_a", "n_b", "n_units"):
        out[name] = out[name].fillna(0).astype("int64")
    n, n_a, n_b = (out[c].to_numpy(dtype="float64") for c in ("n", "n_a", "n_b"))
    out["jaccard"] = n / (n_a + n_b - n)
    with np.errstate(divide="ignore"):
        out["pmi"] = np.log2(n * out["n_units"].to_numpy() / (n_a * n_b))
    out = out[[*groups, col_a, col_b, "n", "n_a", "n_b", "n_units", "jaccard", "pmi"]]
    for name in (col_a, col_b):
        out[name] = out[name].astype("str")
    out = out.sort_values([*groups, col_a, col_b], kind="stable", na_position="last")
    return out.reset_index(drop=True)

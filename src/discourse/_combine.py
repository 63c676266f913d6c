"""Partial aggregates per chunk or partition and their exact combination.

``count_terms`` (level ``corpus``) and ``timeline`` are computed on each piece of a
corpus (a chunk of :func:`discourse.read_corpus` or a Dask partition) and the small
partial tables are combined: counts are summed, the rate is recomputed after the sum and
the complete grid (every group x every period x every concept) is rebuilt from the
combined keys. This is exact when every document lies in exactly one piece (documents
never span pieces; ``doc_id`` unique across pieces).

Examples
--------
>>> import pandas as pd
>>> from discourse._combine import combine_timeline, partial_timeline
>>> docs = pd.DataFrame({"doc_id": ["a", "b"], "n_tok": [100, 400],
...     "published": pd.to_datetime(["2024-01-05", "2024-03-01"], utc=True)})
>>> matches = pd.DataFrame({"doc_id": ["a", "a", "b"], "concept": ["nato"] * 3})
>>> parts = [partial_timeline(matches, docs.iloc[[i]], tokens="n_tok") for i in (0, 1)]
>>> combine_timeline(pd.concat(parts))["rate"].tolist()
[20.0, nan, 2.5]
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

__all__ = [
    "DOCS_ROW",
    "combine_count_terms",
    "combine_timeline",
    "partial_count_terms",
    "partial_timeline",
]

#: Concept value of the rows that carry ``docs_total``/``n_tokens`` of every key in a
#: partial timeline (so that pieces without any match still count their documents).
DOCS_ROW = "\x00docs"
_SUMS = ("n", "n_docs", "docs_total", "n_tokens")


def _as_list(value: str | Sequence[str] | None) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)


def partial_timeline(
    matches: pd.DataFrame,
    docs: pd.DataFrame,
    *,
    freq: str | None = "M",
    by: str | Sequence[str] | None = None,
    tokens: pd.DataFrame | str | None = None,
    concepts: Sequence[str] | None = None,
    concept: str = "concept",
    date: str = "published",
    punct: bool = False,
    tz: str | None = None,
) -> pd.DataFrame:
    """:func:`discourse.metrics.timeline` of one piece, with the extra ``DOCS_ROW`` concept.

    Parameters are those of :func:`discourse.metrics.timeline`. Matches of documents not
    in this piece's ``docs`` are left out silently (they belong to another piece).

    Returns
    -------
    DataFrame
        The timeline columns (by columns, ``period``, concept, ``n``, ``n_docs``,
        ``docs_total``, ``n_tokens``, ``rate``) for the concepts found in this piece (or
        ``concepts``) plus ``DOCS_ROW`` rows holding ``docs_total`` and ``n_tokens``.
    """
    from discourse.metrics import timeline

    own = matches.loc[matches["doc_id"].isin(docs["doc_id"])]
    names = sorted(own[concept].dropna().unique()) if concepts is None else list(concepts)
    with warnings.catch_warnings():  # a concept missing from one piece: combine_timeline
        warnings.filterwarnings("ignore", message="concept .* has no matches")
        return timeline(
            own,
            docs,
            freq=freq,
            by=by,
            tokens=tokens,
            concepts=[*names, DOCS_ROW],
            concept=concept,
            date=date,
            punct=punct,
            tz=tz,
        )


def _period_range(periods: pd.Series, freq: str) -> pd.Series:
    from discourse.metrics import FREQS
    from discourse.metrics._counts import local_midnight

    first, last = periods.min(), periods.max()
    zone = str(periods.dt.tz)  # the partial tables' periods keep their time zone
    naive = pd.period_range(
        first.tz_localize(None), last.tz_localize(None), freq=FREQS[freq]
    ).start_time
    return pd.Series(local_midnight(naive, zone), name="period")


def combine_timeline(
    partials: pd.DataFrame,
    *,
    by: str | Sequence[str] | None = None,
    concepts: Sequence[str] | None = None,
    concept: str = "concept",
    freq: str | None = "M",
) -> pd.DataFrame:
    """Combine the :func:`partial_timeline` tables of all pieces (concatenated).

    Returns
    -------
    DataFrame
        Exactly what :func:`discourse.metrics.timeline` returns on the whole corpus: the
        complete grid (groups observed x periods first..last x concepts) with ``n``,
        ``n_docs``, ``docs_total``, ``n_tokens`` (int64) and ``rate`` (per 1,000 tokens,
        NaN where ``n_tokens`` is 0), sorted by the keys and the concept.
    """
    groups = _as_list(by)
    has_period = "period" in partials.columns
    keys = [*groups, "period"] if has_period else groups
    is_docs = (partials[concept] == DOCS_ROW).to_numpy()
    doc_rows, hit_rows = partials.loc[is_docs], partials.loc[~is_docs]
    if concepts is None:
        found = hit_rows.loc[hit_rows["n"] > 0, concept]
        names = sorted(found.dropna().unique())
    else:
        names = list(concepts)
        from discourse.metrics._common import warn_unknown_concepts

        found = hit_rows.loc[hit_rows["n"] > 0, concept].dropna().unique().tolist()
        warn_unknown_concepts(names, found)  # once for the whole corpus, as timeline does
    if keys:
        docs_agg = doc_rows.groupby(keys, dropna=False, sort=False)[["docs_total", "n_tokens"]]
        docs_agg = docs_agg.sum().reset_index()
        combos = doc_rows[groups].drop_duplicates() if groups else pd.DataFrame(index=[0])
        if has_period and len(doc_rows):
            grid = combos.merge(_period_range(doc_rows["period"], freq or "M"), how="cross")
        elif has_period:
            grid = doc_rows[keys].iloc[:0]
        else:
            grid = combos
    else:
        docs_agg = pd.DataFrame([doc_rows[["docs_total", "n_tokens"]].sum().to_dict()])
        grid = pd.DataFrame(index=[0])
    grid = grid.reset_index(drop=True).merge(
        pd.DataFrame({concept: pd.Series(names, dtype="str")}), how="cross"
    )
    hits = hit_rows.loc[hit_rows[concept].isin(names)]
    hits = hits.groupby([*keys, concept], dropna=False, sort=False)[["n", "n_docs"]].sum()
    out = grid.merge(hits.reset_index(), on=[*keys, concept], how="left")
    how = {"on": keys, "how": "left"} if keys else {"how": "cross"}
    out = out.merge(docs_agg, **how)
    out = out.reindex(columns=[*keys, concept, *_SUMS])
    for name in _SUMS:
        out[name] = out[name].fillna(0).astype("int64")
    tok = out["n_tokens"].to_numpy()
    out["rate"] = np.where(tok > 0, 1000.0 * out["n"].to_numpy() / np.maximum(tok, 1), np.nan)
    out[concept] = out[concept].astype("str")
    out = out.sort_values([*keys, concept], kind="stable", na_position="last")
    return out.reset_index(drop=True)


def partial_count_terms(matches: pd.DataFrame, *, by: Any = "concept") -> pd.DataFrame:
    """:func:`discourse.metrics.count_terms` at level ``corpus`` for one piece.

    Returns
    -------
    DataFrame
        The ``by`` columns, ``n``, ``n_sents``, ``n_docs`` of this piece.
    """
    from discourse.metrics import count_terms

    return count_terms(matches, level="corpus", by=by)


def combine_count_terms(partials: pd.DataFrame, *, by: Any = "concept") -> pd.DataFrame:
    """Sum the :func:`partial_count_terms` tables (documents never span pieces).

    Returns
    -------
    DataFrame
        The ``by`` columns, ``n``, ``n_sents``, ``n_docs`` (int64), sorted by ``by``:
        equal to ``count_terms(all_matches, level="corpus", by=by)``.
    """
    groups = _as_list(by)
    cols = ["n", "n_sents", "n_docs"]
    out = partials.groupby(groups, dropna=False, sort=True)[cols].sum().reset_index()
    for name in cols:
        out[name] = out[name].astype("int64")
    return out.sort_values(groups, kind="stable", na_position="last").reset_index(drop=True)

"""Counts of lexicon matches per unit (``count_terms``) and over time (``timeline``)."""

from __future__ import annotations

import logging
import warnings
from collections.abc import Sequence

import numpy as np
import pandas as pd

from discourse.metrics._common import (
    as_list,
    check_choice,
    require,
    token_counts,
    warn_unknown_concepts,
)
from discourse.metrics._counts import _drop_undated, _grid, _periods

__all__ = ["count_terms", "timeline"]

logger = logging.getLogger(__name__)

_LEVELS = {"doc": ["doc_id"], "sent": ["doc_id", "sent_id"], "corpus": []}
_RESERVED = {"period", "n", "n_docs", "docs_total", "n_tokens", "rate", "n_sents"}


def count_terms(
    matches: pd.DataFrame,
    *,
    level: str = "doc",
    by: str | Sequence[str] = "concept",
) -> pd.DataFrame:
    """Count lexicon matches per document, per sentence or in the whole table.

    Parameters
    ----------
    matches : DataFrame
        A ``matches`` table (:func:`discourse.lexicon.find_terms`): ``doc_id``,
        ``sent_id`` and the ``by`` columns are used.
    level : {"doc", "sent", "corpus"}
        The unit counted in: one row per document (``doc_id``), per sentence
        (``doc_id``, ``sent_id``) or one row for the whole table.
    by : str or list of str
        Columns of ``matches`` to count by: ``"concept"`` (default), ``"term"`` (the
        lexicon entry), ``["concept", "term"]``, or any column the caller added
        (e.g. ``["source", "concept"]`` after joining ``docs``).

    Returns
    -------
    DataFrame
        Unit key columns, the ``by`` columns, then

        - ``n``: matches (int),
        - ``n_sents``: sentences with a match (int; levels ``doc`` and ``corpus``),
        - ``n_docs``: documents with a match (int; level ``corpus`` only).

        Only combinations with at least one match appear; rows are sorted by the
        key and ``by`` columns.

    Examples
    --------
    >>> import pandas as pd
    >>> matches = pd.DataFrame({"doc_id": ["a", "a", "b"], "sent_id": [0, 1, 0],
    ...                         "concept": ["nato", "nato", "nato"]})
    >>> count_terms(matches)
      doc_id concept  n  n_sents
    0      a    nato  2        2
    1      b    nato  1        1
    >>> count_terms(matches, level="corpus")
      concept  n  n_sents  n_docs
    0    nato  3        3       2
    """
    check_choice(level, list(_LEVELS), "level")
    keys = _LEVELS[level]
    groups = as_list(by)
    if not groups:
        raise ValueError("by must name at least one column of matches, e.g. 'concept'")
    if clash := sorted(set(groups) & (_RESERVED | {"doc_id", "sent_id"})):
        raise ValueError(f"by must not contain key or output column names, got {clash}")
    require(matches, ["doc_id", "sent_id", *groups], table_name="matches", argument="by/matches")
    cols = [*keys, *groups]
    work = matches[["doc_id", "sent_id", *groups]]
    grouped = work.groupby(cols, dropna=False, sort=True)
    out = grouped.size().rename("n").reset_index()
    if level != "sent":
        sents = work.drop_duplicates(["doc_id", "sent_id", *groups])
        n_sents = sents.groupby(cols, dropna=False, sort=True).size().rename("n_sents")
        out = out.merge(n_sents.reset_index(), on=cols, how="left")
    if level == "corpus":
        docs = work.drop_duplicates(["doc_id", *groups])
        n_docs = docs.groupby(groups, dropna=False, sort=True).size().rename("n_docs")
        out = out.merge(n_docs.reset_index(), on=groups, how="left")
    for name in ("n", "n_sents", "n_docs"):
        if name in out:
            out[name] = out[name].astype("int64")
    return out.sort_values(cols, kind="stable", na_position="last").reset_index(drop=True)


def _doc_tokens(
    docs: pd.DataFrame, tokens: pd.DataFrame | str | None, *, punct: bool
) -> np.ndarray:
    """Token count of every row of ``docs`` (int64 array)."""
    if isinstance(tokens, str):
        require(docs, [tokens], table_name="docs", argument="tokens")
        values = docs[tokens]
        if values.isna().any() or not pd.api.types.is_numeric_dtype(values):
            raise ValueError(f"tokens column {tokens!r} of docs must hold counts without gaps")
        return values.to_numpy(dtype="int64")
    if tokens is None:
        try:
            from discourse.segment import split_sentences, tokenize
        except ImportError as err:  # pragma: no cover - segment ships with the package
            raise ImportError(
                "timeline needs token counts: pass tokens=<tokens table> or the name of a "
                "docs column holding counts (discourse.segment could not be imported)"
            ) from err
        logger.info("timeline: tokenising %d documents for the token counts", len(docs))
        cols = [c for c in ("doc_id", "text", "lang") if c in docs.columns]
        tokens = tokenize(split_sentences(docs[cols].reset_index(drop=True)))
    counts = token_counts(tokens, punct=punct)
    return docs["doc_id"].map(counts).fillna(0).to_numpy(dtype="int64")


def timeline(
    matches: pd.DataFrame,
    docs: pd.DataFrame,
    *,
    freq: str | None = "M",
    by: str | Sequence[str] | None = None,
    tokens: pd.DataFrame | str | None = None,
    concepts: Sequence[str] | None = None,
    concept: str = "concept",
    date: str = "published",
    tz: str | None = None,
    punct: bool = False,
) -> pd.DataFrame:
    """Matches, documents mentioning and rates per 1,000 tokens by period (and group).

    Parameters
    ----------
    matches : DataFrame
        A ``matches`` table; ``doc_id`` and ``concept`` are used. Matches of documents
        that are not in ``docs`` are left out with a warning.
    docs : DataFrame
        The ``docs`` table the matches came from (``doc_id`` unique): it gives the
        dates, the groups and the documents that mention nothing.
    freq : {"D", "W", "M", "Q", "Y"} or None
        Period: day, week (Monday to Sunday), month, quarter, year; ``None`` counts
        each group as a whole. Undated documents are left out with a warning.
    by : str or list of str, optional
        Grouping columns of ``docs`` (``"source"``, ``"collection"``, ``"party"``...).
    tokens : DataFrame, str or None
        The ``tokens`` table of ``docs`` (:func:`discourse.segment.tokenize`), or the
        name of a ``docs`` column holding each document's token count. ``None``
        tokenises ``docs`` with :mod:`discourse.segment` (slow on big corpora: pass the
        tokens you already have).
    concepts : list of str, optional
        The concepts to report (e.g. every concept of the lexicon, so that concepts
        without any match get zero rows); default: those found in ``matches``.
    concept : str
        The column of ``matches`` to count by (``"term"`` counts lexicon entries).
    date : str
        The date column of ``docs``.
    punct : bool
        Count punctuation tokens in ``n_tokens`` (default: words only).
    tz : str, optional
        Time zone of the calendar periods (e.g. ``"Europe/Berlin"``: an article of 1
        January 00:30 local time counts in January, not in December as in UTC); the
        ``period`` column is in this zone. Default UTC.

    Returns
    -------
    DataFrame
        A complete grid: every group observed in ``docs`` x every period from the first
        to the last dated document x every concept, sorted by group, ``period``,
        concept. Columns: the ``by`` columns, ``period`` (period start,
        datetime64[ns, UTC]; absent when ``freq`` is None), the ``concept`` column,

        - ``n``: matches (int), ``n_docs``: documents with a match (int),
        - ``docs_total``: documents of the group in the period (int),
        - ``n_tokens``: tokens in those documents (int),
        - ``rate``: ``1000 * n / n_tokens`` (float, NaN where ``n_tokens`` is 0).

        Periods without documents are filled with zeros.

    Examples
    --------
    >>> import pandas as pd
    >>> docs = pd.DataFrame({"doc_id": ["a", "b"], "n_tok": [100, 400],
    ...     "published": pd.to_datetime(["2024-01-05", "2024-03-01"], utc=True)})
    >>> matches = pd.DataFrame({"doc_id": ["a", "a", "b"], "concept": ["nato"] * 3})
    >>> tl = timeline(matches, docs, freq="M", tokens="n_tok")
    >>> tl[["period", "n", "n_docs", "docs_total", "n_tokens", "rate"]]
                         period  n  n_docs  docs_total  n_tokens  rate
    0 2024-01-01 00:00:00+00:00  2       1           1       100  20.0
    1 2024-02-01 00:00:00+00:00  0       0           0         0   NaN
    2 2024-03-01 00:00:00+00:00  1       1           1       400   2.5
    """
    groups = as_list(by)
    if clash := sorted(set(groups) & (_RESERVED | {concept, "doc_id"})):
        raise ValueError(f"by must not contain key or output column names, got {clash}")
    require(docs, ["doc_id", *groups], table_name="docs", argument="by/docs")
    require(matches, ["doc_id", concept], table_name="matches", argument="concept/matches")
    if freq is not None:
        require(docs, [date], table_name="docs", argument="date")
    if docs["doc_id"].duplicated().any():
        dup = docs.loc[docs["doc_id"].duplicated(), "doc_id"].head(3).tolist()
        raise ValueError(f"docs: doc_id must be unique, repeated e.g. {dup}")
    base = docs[["doc_id", *groups]].reset_index(drop=True)
    base["_tok"] = _doc_tokens(docs.reset_index(drop=True), tokens, punct=punct)
    period = _periods(docs.reset_index(drop=True), date, freq, tz)
    if period is not None:
        base["period"] = period.reset_index(drop=True)  # keeps the dtype, even all NaT
        base = _drop_undated(base, base["period"], date)
    key_cols = [*groups, "period"] if period is not None else groups

    known = matches["doc_id"].isin(docs["doc_id"])
    if not known.all():
        warnings.warn(
            f"{int((~known).sum())} matches belong to documents not in docs "
            f"(e.g. {matches.loc[~known, 'doc_id'].iloc[0]!r}) and are left out",
            UserWarning,
            stacklevel=2,
        )
    per_doc = (
        matches.loc[known, ["doc_id", concept]]
        .groupby(["doc_id", concept], sort=False)
        .size()
        .rename("n")
        .reset_index()
    )
    names = list(concepts) if concepts is not None else sorted(per_doc[concept].unique())
    if concepts is not None:
        warn_unknown_concepts(names, matches[concept].unique().tolist())
    per_doc = per_doc.loc[per_doc[concept].isin(names)]
    per_doc = per_doc.merge(base, on="doc_id", how="inner")  # drops undated documents

    empty_grid = base[key_cols].iloc[:0]
    grid = _grid(base, groups, period is not None, freq) if len(base) else empty_grid
    grid = grid.merge(pd.DataFrame({concept: pd.Series(names, dtype="str")}), how="cross")
    docs_agg = base.assign(docs_total=1).rename(columns={"_tok": "n_tokens"})
    if key_cols:
        docs_agg = docs_agg.groupby(key_cols, dropna=False, sort=False)[
            ["docs_total", "n_tokens"]
        ].sum()
        docs_agg = docs_agg.reset_index()
    else:
        docs_agg = pd.DataFrame([docs_agg[["docs_total", "n_tokens"]].sum().to_dict()])
    hits = per_doc.assign(n_docs=1).groupby([*key_cols, concept], dropna=False, sort=False)[
        ["n", "n_docs"]
    ]
    hits = hits.sum().reset_index()
    out = grid.merge(hits, on=[*key_cols, concept], how="left")
    out = (
        out.merge(docs_agg, on=key_cols, how="left")
        if key_cols
        else out.merge(docs_agg, how="cross")
    )
    columns = [*key_cols, concept, "n", "n_docs", "docs_total", "n_tokens"]
    out = out.reindex(columns=columns)
    for name in ("n", "n_docs", "docs_total", "n_tokens"):
        out[name] = out[name].fillna(0).astype("int64")
    tok = out["n_tokens"].to_numpy()
    out["rate"] = np.where(tok > 0, 1000.0 * out["n"].to_numpy() / np.maximum(tok, 1), np.nan)
    out[concept] = out[concept].astype("str")
    out = out.sort_values([*key_cols, concept], kind="stable", na_position="last")
    return out.reset_index(drop=True)

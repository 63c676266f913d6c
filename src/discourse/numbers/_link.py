"""Link numbers to the concepts they are about, and count target mentions."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import numpy as np
import pandas as pd

from discourse.schema import validate

__all__ = [
    "DEFAULT_CONCEPTS",
    "SPAN_CONCEPTS",
    "TARGET_CONCEPTS",
    "target_mentions",
    "count_targets",
]

#: concepts a number can be about (the lexicon's quantity-bearing concepts)
DEFAULT_CONCEPTS = ("defence_spending", "spending_target", "military_aid")
#: concept of a match that spans a plain (non-target) number -> concept the number is about
SPAN_CONCEPTS = {"spending_target": "defence_spending"}
#: concepts that make a percentage a spending-target mention in :func:`count_targets`
TARGET_CONCEPTS = ("defence_spending", "spending_target")

# clause boundaries inside a sentence: ";", ":", a dash between spaces, and a
# comma followed by a coordinating or subordinating conjunction
_CLAUSE = re.compile(
    r";|:|\s[-\u2013\u2014]\s|,\s+(?=(?:aber|doch|sondern|denn|während|weil|obwohl|wobei|"
    r"dass|und|oder|but|while|whereas|because|although|and|or|which)\b)"
)


def _clause_ids(numbers_or_matches: pd.DataFrame, sents: pd.DataFrame) -> np.ndarray:
    """Clause number of each row's start within its sentence."""
    bounds = {}
    for doc_id, sent_id, start, text in zip(
        sents["doc_id"], sents["sent_id"], sents["start"], sents["text"], strict=True
    ):
        bounds[(doc_id, int(sent_id))] = [int(start) + m.start() for m in _CLAUSE.finditer(text)]
    out = np.zeros(len(numbers_or_matches), dtype="int64")
    for i, (doc_id, sent_id, start) in enumerate(
        zip(
            numbers_or_matches["doc_id"],
            numbers_or_matches["sent_id"],
            numbers_or_matches["start"],
            strict=True,
        )
    ):
        out[i] = int(np.searchsorted(bounds.get((doc_id, int(sent_id)), []), int(start), "right"))
    return out


def target_mentions(
    numbers: pd.DataFrame,
    matches: pd.DataFrame,
    *,
    window: str = "sentence",
    concepts: Sequence[str] | None = DEFAULT_CONCEPTS,
    nearest: bool = True,
    sents: pd.DataFrame | None = None,
    span_concepts: dict[str, str] | None = SPAN_CONCEPTS,
) -> pd.DataFrame:
    """Link each number to the concepts matched in the same sentence or clause.

    Parameters
    ----------
    numbers : DataFrame
        A ``numbers`` table (:func:`find_numbers`).
    matches : DataFrame
        A ``matches`` table (``discourse.lexicon.find_terms``): ``doc_id``,
        ``sent_id``, ``start``, ``end``, ``concept``.
    window : {"sentence", "clause"}
        "clause" splits each sentence at ";", ":", a spaced dash and a comma before
        a conjunction (aber, sondern, weil, dass, und, but, while, which, ...); it
        needs ``sents``.
    concepts : sequence of str or None
        Concepts a number may be linked to (default: defence_spending,
        spending_target, military_aid); None allows every concept in ``matches``.
    nearest : bool
        True: one row per number, linked to the closest match in the window (ties go
        to the earlier match). A match that spans (or overlaps) the number
        ("Verteidigungsausgaben auf fünf Prozent") is used only for target compounds
        (``is_target``, e.g. "Zwei-Prozent-Ziel") or when no other match is in the
        window; otherwise the number is linked to the concept named beside it. False:
        one row per number and concept in the window.
    sents : DataFrame, optional
        The ``sents`` table, required for ``window="clause"``.
    span_concepts : dict, optional
        With ``nearest=True``: when the only matches in the window span a number that is
        not a target compound, link the concept they map to. The default maps
        ``spending_target`` to ``defence_spending``: a target phrase built around a plain
        figure ("Verteidigungsausgaben auf fünf Prozent", "spend 3 per cent of GDP on
        defence") states a level of defence spending. None keeps the concepts as matched.

    Returns
    -------
    DataFrame
        The columns of ``numbers`` (extra columns kept) plus ``concept`` (NA where no
        concept is in the window), ``term_start``/``term_end`` (offsets of the linked
        match, -1 if none) and ``concepts`` (all allowed concepts in the window,
        sorted and joined by "|", NA if none). RangeIndex, in ``numbers`` order.

    Examples
    --------
    >>> import pandas as pd
    >>> numbers = pd.DataFrame({"doc_id": ["a"], "sent_id": [0], "start": [40], "end": [52],
    ...     "value": [5.0], "unit": ["percent"], "base": [pd.NA], "surface": ["fünf Prozent"]})
    >>> matches = pd.DataFrame({"doc_id": ["a"], "sent_id": [0], "start": [10], "end": [32],
    ...     "concept": ["defence_spending"], "term": ["Verteidigungsausgaben"],
    ...     "match": ["Verteidigungsausgaben"]})
    >>> target_mentions(numbers, matches)[["surface", "concept"]]
            surface           concept
    0  fünf Prozent  defence_spending
    """
    for name, table, cols in (
        ("numbers", numbers, ("doc_id", "sent_id", "start", "end")),
        ("matches", matches, ("doc_id", "sent_id", "start", "end", "concept")),
    ):
        if not isinstance(table, pd.DataFrame):
            raise TypeError(f"{name} must be a pandas DataFrame, got {type(table).__name__}")
        missing = [c for c in cols if c not in table.columns]
        if missing:
            raise ValueError(f"{name} is missing column(s) {missing}; needs {list(cols)}")
    if window not in ("sentence", "clause"):
        raise ValueError(f"window must be 'sentence' or 'clause', got {window!r}")
    if window == "clause" and sents is None:
        raise ValueError("window='clause' needs the sents table: pass sents=...")
    m = matches if concepts is None else matches[matches["concept"].isin(list(concepts))]
    num = numbers.reset_index(drop=True)
    n_clause = m_clause = None
    if window == "clause":
        n_clause = _clause_ids(num, sents)
        m_clause = _clause_ids(m, sents)
    by_sent: dict[tuple, list[tuple[int, int, str, int]]] = {}
    for k, (d, s, st, en, c) in enumerate(
        zip(m["doc_id"], m["sent_id"], m["start"], m["end"], m["concept"], strict=True)
    ):
        clause = int(m_clause[k]) if m_clause is not None else 0
        by_sent.setdefault((d, int(s)), []).append((int(st), int(en), c, clause))
    rows: list[tuple[int, object, int, int, object]] = []
    targets = (
        num["is_target"].fillna(False).astype(bool).tolist()
        if "is_target" in num
        else [False] * len(num)
    )
    for i, (d, s, st, en) in enumerate(
        zip(num["doc_id"], num["sent_id"], num["start"], num["end"], strict=True)
    ):
        clause = int(n_clause[i]) if n_clause is not None else 0
        cands = [x for x in by_sent.get((d, int(s)), []) if x[3] == clause]
        joined = "|".join(sorted({x[2] for x in cands}))
        # a match spanning the number ("Verteidigungsausgaben auf fünf Prozent") names the
        # number itself; the number is about a concept named beside it, unless it is part of
        # a target compound ("Zwei-Prozent-Ziel"), where the spanning match is the answer.
        # A match that only overlaps the number counts as spanning it (a lexicon entry may
        # cover part of a number: "5 Prozent des BIP" inside "1,5 Prozent des BIP").
        around = [x for x in cands if x[0] < en and x[1] > st]
        beside = [x for x in cands if not (x[0] < en and x[1] > st)]
        if nearest and around and beside:
            cands = around if targets[i] else beside
        elif nearest and around and not targets[i] and span_concepts:
            cands = [(a, b, span_concepts.get(c, c), k) for a, b, c, k in around]
        if not cands:
            rows.append((i, pd.NA, -1, -1, pd.NA))
            continue

        def dist(x, st=int(st), en=int(en)):
            return (max(0, x[0] - en, st - x[1]), x[0])

        if nearest:
            best = min(cands, key=dist)
            rows.append((i, best[2], best[0], best[1], joined))
        else:
            seen: dict[str, tuple] = {}
            for x in sorted(cands, key=dist):
                seen.setdefault(x[2], x)
            for c in sorted(seen):
                rows.append((i, c, seen[c][0], seen[c][1], joined))
    link = pd.DataFrame(rows, columns=["_row", "concept", "term_start", "term_end", "concepts"])
    out = num.drop(columns=[c for c in ("concept", "concepts") if c in num.columns])
    out = out.iloc[link["_row"].to_numpy()].reset_index(drop=True)
    out["concept"] = link["concept"].astype("str").to_numpy()
    out["concept"] = out["concept"].astype("str")
    out["term_start"] = link["term_start"].astype("int64").to_numpy()
    out["term_end"] = link["term_end"].astype("int64").to_numpy()
    out["concepts"] = pd.Series(link["concepts"].to_numpy(), dtype="str")
    if {"value", "unit", "base", "surface"} <= set(out.columns):
        validate(out, "numbers", unique_key=nearest)
    return out


def count_targets(
    linked: pd.DataFrame,
    docs: pd.DataFrame,
    *,
    by: str | Iterable[str] | None = "source",
    freq: str = "Y",
    values: Iterable[float] = (2, 5),
    concepts: Sequence[str] = TARGET_CONCEPTS,
) -> pd.DataFrame:
    """Count "two percent" and "five percent" target mentions by group and period.

    A mention is a ``percent`` number whose value is one of ``values`` and that is
    part of a target compound (``is_target``) or linked to one of ``concepts``
    (default defence_spending, spending_target). Each number counts once even if
    it is linked to several concepts.

    Parameters
    ----------
    linked : DataFrame
        Output of :func:`target_mentions` (or of :func:`find_numbers` plus a
        ``concept`` column).
    docs : DataFrame
        The ``docs`` table with ``doc_id``, ``published`` and the ``by`` columns.
    by : str, list of str or None
        Grouping columns from ``docs`` (default ``"source"``).
    freq : str
        Period alias for :meth:`pandas.Series.dt.to_period` ("D", "W", "M", "Q", "Y").
    values : iterable of float
        The target values to count.
    concepts : sequence of str
        Concepts that make a linked percentage a target mention.

    Returns
    -------
    DataFrame
        Long form, one row per group x period x value with at least one mention:
        the ``by`` columns, ``period`` (start of the period, datetime64[ns, UTC]),
        ``value``, ``n`` (mentions), ``n_docs`` (documents with a mention). RangeIndex.

    Examples
    --------
    >>> import pandas as pd
    >>> linked = pd.DataFrame({"doc_id": ["a", "a", "b"], "start": [0, 9, 4],
    ...     "value": [2.0, 5.0, 2.0], "unit": ["percent"] * 3,
    ...     "is_target": [True, False, False],
    ...     "concept": [pd.NA, "defence_spending", "defence_spending"]})
    >>> docs = pd.DataFrame({"doc_id": ["a", "b"], "source": ["x", "x"],
    ...     "published": pd.to_datetime(["2019-04-04", "2025-02-12"], utc=True)})
    >>> count_targets(linked, docs)[["source", "value", "n", "n_docs"]]
      source  value  n  n_docs
    0      x    2.0  1       1
    1      x    5.0  1       1
    2      x    2.0  1       1
    """
    groups = [] if by is None else [by] if isinstance(by, str) else list(by)
    need = {"doc_id", "published", *groups}
    missing = sorted(need - set(docs.columns))
    if missing:
        raise ValueError(f"docs is missing column(s) {missing} needed for by={groups!r}")
    lmissing = sorted({"doc_id", "start", "value", "unit"} - set(linked.columns))
    if lmissing:
        raise ValueError(f"linked is missing column(s) {lmissing}")
    vals = np.asarray(list(values), dtype="float64")
    v = linked["value"].to_numpy(dtype="float64")
    hit_value = np.isclose(v[:, None], vals[None, :]).any(axis=1) if len(vals) else v != v
    target = (
        linked["is_target"].fillna(False).astype(bool).to_numpy()
        if "is_target" in linked
        else np.zeros(len(linked), bool)
    )
    if "concept" in linked:
        target = target | linked["concept"].isin(list(concepts)).to_numpy()
    keep = linked[(linked["unit"] == "percent").to_numpy() & hit_value & target]
    keep = keep.drop_duplicates(["doc_id", "start"])[["doc_id", "value"]]
    meta = docs[["doc_id", "published", *groups]].drop_duplicates("doc_id")
    df = keep.merge(meta, on="doc_id", how="left")
    published = pd.to_datetime(df["published"], utc=True)
    period = published.dt.tz_localize(None).dt.to_period(freq).dt.start_time
    df["period"] = period.dt.tz_localize("UTC").astype("datetime64[ns, UTC]")
    keys = [*groups, "period", "value"]
    out = (
        df.groupby(keys, dropna=False, sort=True)
        .agg(n=("doc_id", "size"), n_docs=("doc_id", "nunique"))
        .reset_index()
    )
    out["n"] = out["n"].astype("int64")
    out["n_docs"] = out["n_docs"].astype("int64")
    return out.reset_index(drop=True)

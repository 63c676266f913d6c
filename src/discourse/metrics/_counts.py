"""Counts over a ``docs`` table: pattern matches, words and corpus summaries.

Every function takes a ``docs`` table (see :mod:`discourse.schema`) and returns
a new long-form table with a RangeIndex; the input is never modified.

Examples
--------
>>> import pandas as pd
>>> from discourse.metrics import count_pattern
>>> docs = pd.DataFrame({"doc_id": ["a", "b"], "text": ["NATO, NATO.", "EU"]})
>>> count_pattern(docs, "nato")[["pattern", "n", "n_docs", "docs_total"]]
  pattern  n  n_docs  docs_total
0    nato  2       1           2
"""

from __future__ import annotations

import logging
import re
import warnings
from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd

__all__ = ["FREQS", "count_pattern", "count_words", "corpus_summary"]

logger = logging.getLogger(__name__)

#: Period codes accepted by ``freq=``: day, week (Monday to Sunday), month, quarter, year.
FREQS: dict[str, str] = {"D": "D", "W": "W-SUN", "M": "M", "Q": "Q", "Y": "Y"}

_WORD_RE = re.compile(r"\S+")


def _as_list(by: str | Sequence[str] | None) -> list[str]:
    if by is None:
        return []
    if isinstance(by, str):
        return [by]
    return list(by)


def _check_columns(docs: pd.DataFrame, names: Sequence[str], argument: str) -> None:
    if not isinstance(docs, pd.DataFrame):
        raise TypeError(f"docs must be a pandas DataFrame, got {type(docs).__name__}")
    missing = [name for name in names if name not in docs.columns]
    if missing:
        raise KeyError(
            f"{argument}: column(s) {missing} not in docs; available: {list(docs.columns)}"
        )


def _periods(
    docs: pd.DataFrame, date: str, freq: str | None, tz: str | None = None
) -> pd.Series | None:
    """Period start of every row, or None without ``freq``: calendar periods in time zone
    ``tz`` (default UTC), the starts as datetime64[ns, tz] ("1. Januar 2025" read in
    Europe/Berlin is 2024-12-31 23:00 UTC, and in January 2025 with tz="Europe/Berlin")."""
    if freq is None:
        return None
    zone = _zone(tz)
    if freq not in FREQS:
        raise ValueError(f"freq must be one of {sorted(FREQS)} or None, got {freq!r}")
    values = docs[date]
    if not isinstance(values.dtype, pd.DatetimeTZDtype):
        if not pd.api.types.is_datetime64_any_dtype(values.dtype):
            raise TypeError(
                f"date column {date!r} must hold datetimes (datetime64[ns, UTC]), "
                f"got dtype {values.dtype}"
            )
        values = values.dt.tz_localize("UTC")
    local = values.dt.tz_convert(zone).dt.tz_localize(None)
    start = local.dt.to_period(FREQS[freq]).dt.start_time
    return pd.Series(local_midnight(pd.DatetimeIndex(start), zone), index=start.index)


def local_midnight(naive: pd.DatetimeIndex, zone: str) -> pd.DatetimeIndex:
    """Naive period starts as times of ``zone`` (datetime64[ns, zone]); where a clock
    change skips or repeats midnight (America/Santiago, America/Havana) the start is the
    first valid instant, the daylight-saving reading of a repeated one."""
    aware = naive.tz_localize(
        zone, ambiguous=np.ones(len(naive), dtype=bool), nonexistent="shift_forward"
    )
    return aware.astype(f"datetime64[ns, {zone}]")


def _zone(tz: str | None) -> str:
    """A time zone name pandas knows (default "UTC"), else a ValueError naming it."""
    if tz is None:
        return "UTC"
    try:
        pd.Timestamp("2020-01-01", tz=tz)
    except Exception as err:  # pytz/zoneinfo raise different errors for unknown names
        raise ValueError(
            f"tz must be a time zone name such as 'Europe/Berlin', got {tz!r}"
        ) from err
    return str(tz)


def _drop_undated(docs: pd.DataFrame, period: pd.Series | None, date: str) -> pd.DataFrame:
    if period is None:
        return docs
    undated = period.isna()
    if undated.any():
        warnings.warn(
            f"{int(undated.sum())} of {len(docs)} documents have no {date!r} date "
            "and are left out of the per-period counts",
            UserWarning,
            stacklevel=3,
        )
    return docs.loc[~undated]


def _compile(pattern: str | re.Pattern[str], flags: int, words: bool) -> re.Pattern[str]:
    if isinstance(pattern, re.Pattern):
        body, flags = pattern.pattern, pattern.flags | flags
    elif isinstance(pattern, str) and pattern:
        body = pattern
    else:
        raise ValueError(f"pattern must be a non-empty string or compiled regex, got {pattern!r}")
    if words:
        body = rf"\b(?:{body})\b"
    try:
        return re.compile(body, flags)
    except re.error as err:
        raise ValueError(f"pattern {pattern!r} is not a valid regular expression: {err}") from err


def _patterns(
    pattern: str | re.Pattern[str] | Mapping[str, str | re.Pattern[str]], flags: int, words: bool
) -> dict[str, re.Pattern[str]]:
    if isinstance(pattern, Mapping):
        if not pattern:
            raise ValueError("pattern mapping is empty; give at least one label -> regex")
        return {str(label): _compile(p, flags, words) for label, p in pattern.items()}
    label = pattern.pattern if isinstance(pattern, re.Pattern) else pattern
    return {label: _compile(pattern, flags, words)}


def _grid(keys: pd.DataFrame, groups: list[str], period: bool, freq: str | None) -> pd.DataFrame:
    """Every observed group combination crossed with every period of the covered range."""
    combos = keys[groups].drop_duplicates() if groups else pd.DataFrame(index=[0])
    if not period:
        return combos.reset_index(drop=True)
    first, last = keys["period"].min(), keys["period"].max()
    zone = str(keys["period"].dt.tz)  # the periods' own time zone (see _periods)
    naive = pd.period_range(
        first.tz_localize(None), last.tz_localize(None), freq=FREQS[freq]
    ).start_time
    periods = pd.DataFrame({"period": local_midnight(naive, zone)})
    return combos.merge(periods, how="cross")


def count_pattern(
    docs: pd.DataFrame,
    pattern: str | re.Pattern[str] | Mapping[str, str | re.Pattern[str]],
    *,
    by: str | Sequence[str] | None = None,
    freq: str | None = None,
    date: str = "published",
    tz: str | None = None,
    text: str = "text",
    flags: int = re.IGNORECASE,
    words: bool = True,
) -> pd.DataFrame:
    """Count matches of a regular expression per group of documents (and period).

    Parameters
    ----------
    docs : DataFrame
        A ``docs`` table; only ``text``, the ``by`` columns and (with ``freq``)
        ``date`` are used.
    pattern : str, compiled regex or mapping of label to regex
        Python regular expression(s). With a mapping, each label becomes one
        value of the ``pattern`` column; otherwise the pattern text is the label.
    by : str or list of str, optional
        Grouping columns (e.g. ``"source"`` or ``["collection", "party"]``).
        Missing values form a group of their own.
    freq : {"D", "W", "M", "Q", "Y"}, optional
        Also group by period of ``date``: day, week (Monday to Sunday), month,
        quarter or year. Documents without a date are left out with a warning.
    date, text : str
        Names of the date and text columns.
    flags : int
        ``re`` flags, case-insensitive by default.
    words : bool
        Wrap the pattern as ``\\b(?:pattern)\\b`` so that it only matches whole
        words: ``"Nato"`` matches in ``"Nato-Gipfel"`` (the hyphen is a word
        boundary) but not in the compound ``"Natogipfel"``. Nothing else is
        added (no stemming, no compound splitting); write ``r"Ukrain\\w*"``
        to catch endings.
    tz : str, optional
        Time zone of the calendar periods (e.g. ``"Europe/Berlin"``: an article of 1
        January 00:30 local time counts in January, not in December as in UTC); the
        ``period`` column is in this zone. Default UTC.

    Returns
    -------
    DataFrame
        One row per group (``by`` columns), period (``period``, the period's start
        as datetime64[ns, UTC], only with ``freq``) and ``pattern``, sorted by
        the group columns then period (stable; patterns keep their given order):

        - ``pattern``: the label of the pattern,
        - ``n``: number of matches (int),
        - ``n_docs``: documents with at least one match (int),
        - ``docs_total``: documents in the group and period (int),
        - ``share_docs``: ``n_docs / docs_total`` (float, NaN where ``docs_total`` is 0).

        With ``freq``, every group observed anywhere gets a row for every period
        from the first to the last period of the whole table; periods without
        documents get zero counts (a complete grid for time lines).

    Examples
    --------
    >>> import pandas as pd
    >>> docs = pd.DataFrame({
    ...     "text": ["Ukraine and Ukrainians", "no match", "Ukraine"],
    ...     "published": pd.to_datetime(["2014-05-01", "2014-09-01", "2016-09-01"], utc=True),
    ... })
    >>> count_pattern(docs, r"Ukrain\\w*", freq="Y")[["period", "n", "n_docs", "docs_total"]]
                         period  n  n_docs  docs_total
    0 2014-01-01 00:00:00+00:00  2       1           2
    1 2015-01-01 00:00:00+00:00  0       0           0
    2 2016-01-01 00:00:00+00:00  1       1           1
    """
    groups = _as_list(by)
    if "period" in groups or "pattern" in groups:
        raise ValueError("by must not contain the output column names 'period' or 'pattern'")
    _check_columns(docs, [text], "text")
    _check_columns(docs, groups, "by")
    if freq is not None:
        _check_columns(docs, [date], "date")
    compiled = _patterns(pattern, flags, words)
    period = _periods(docs, date, freq, tz)
    keys = docs[groups].copy() if groups else pd.DataFrame(index=docs.index)
    if period is not None:
        keys["period"] = period
    keys = _drop_undated(keys, period, date)
    texts = docs.loc[keys.index, text]
    key_cols = [*groups, "period"] if period is not None else groups
    frames = []
    for label, regex in compiled.items():
        counts = np.fromiter(
            (0 if pd.isna(t) else sum(1 for _ in regex.finditer(t)) for t in texts),
            dtype="int64",
            count=len(texts),
        )
        per_doc = keys.assign(n=counts, n_docs=(counts > 0).astype("int64"), docs_total=1)
        if not key_cols:
            table = pd.DataFrame([per_doc[["n", "n_docs", "docs_total"]].sum().to_dict()])
        elif not len(keys):
            table = keys[key_cols].assign(n=0, n_docs=0, docs_total=0)
        else:
            agg = per_doc.groupby(key_cols, dropna=False, sort=False)[
                ["n", "n_docs", "docs_total"]
            ].sum()
            grid = _grid(keys, groups, period is not None, freq)
            table = grid.merge(agg.reset_index(), on=key_cols, how="left")
        table = table.fillna({"n": 0, "n_docs": 0, "docs_total": 0})
        table.insert(len(key_cols), "pattern", label)
        frames.append(table)
    out = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
    for name in ("n", "n_docs", "docs_total"):
        out[name] = out[name].astype("int64")
    out["pattern"] = out["pattern"].astype("str")
    total = out["docs_total"].to_numpy()
    out["share_docs"] = np.where(total > 0, out["n_docs"] / np.maximum(total, 1), np.nan)
    if key_cols:
        out = out.sort_values(key_cols, kind="stable", na_position="last")
    return out.reset_index(drop=True)


def count_words(docs: pd.DataFrame, *, text: str = "text") -> pd.DataFrame:
    """Add ``n_words``, the number of whitespace-separated words of each document.

    Words are maximal runs of non-space characters (``len(text.split())``),
    so "Zwei-Prozent-Ziel" and "3,5" count as one word each and punctuation
    attached to a word does not count separately.

    Parameters
    ----------
    docs : DataFrame
        A ``docs`` table.
    text : str
        Name of the text column.

    Returns
    -------
    DataFrame
        A copy of ``docs`` (all columns kept, RangeIndex) plus ``n_words``
        (int, 0 for a missing text).

    Examples
    --------
    >>> import pandas as pd
    >>> count_words(pd.DataFrame({"text": ["Die Nato tagt.", "Zwei-Prozent-Ziel"]}))
                    text  n_words
    0     Die Nato tagt.        3
    1  Zwei-Prozent-Ziel        1
    """
    _check_columns(docs, [text], "text")
    counts = [0 if pd.isna(t) else len(_WORD_RE.findall(t)) for t in docs[text]]
    out = docs.reset_index(drop=True)
    return out.assign(n_words=pd.array(counts, dtype="int64"))


def corpus_summary(
    docs: pd.DataFrame,
    *,
    by: str | Sequence[str] | None = None,
    freq: str | None = None,
    date: str = "published",
    tz: str | None = None,
    text: str = "text",
) -> pd.DataFrame:
    """Documents, words and date range per group (and period) of a ``docs`` table.

    Only groups and periods that hold documents appear (no zero grid).

    Parameters
    ----------
    docs : DataFrame
        A ``docs`` table.
    by : str or list of str, optional
        Grouping columns (``"source"``; the demo corpus has ``"collection"``); None (the
        default) summarises the whole table in one row.
    freq : {"D", "W", "M", "Q", "Y"}, optional
        Also group by period of ``date`` (undated documents are left out with a warning).
    date, text : str
        Names of the date and text columns.
    tz : str, optional
        Time zone of the calendar periods (e.g. ``"Europe/Berlin"``: an article of 1
        January 00:30 local time counts in January, not in December as in UTC); the
        ``period`` column is in this zone. Default UTC.

    Returns
    -------
    DataFrame
        Group columns (and ``period``), then ``n_docs`` (int), ``n_words`` (int,
        whitespace-separated words, see :func:`count_words`), ``median_words``
        (float, per document), ``first`` and ``last`` (earliest and latest
        ``date``, datetime64[ns, UTC]); sorted by the group columns.

    Examples
    --------
    >>> import pandas as pd
    >>> docs = pd.DataFrame({
    ...     "collection": ["a", "a", "b"],
    ...     "text": ["one two", "three", "four five six"],
    ...     "published": pd.to_datetime(["2020-01-01", "2021-01-01", "2020-06-01"], utc=True),
    ... })
    >>> corpus_summary(docs, by="collection")[["collection", "n_docs", "n_words", "median_words"]]
      collection  n_docs  n_words  median_words
    0          a       2        3           1.5
    1          b       1        3           3.0
    """
    groups = _as_list(by)
    _check_columns(docs, [text, date, *groups], "by/text/date")
    period = _periods(docs, date, freq, tz)
    words = count_words(docs[[text]].reset_index(drop=True), text=text)["n_words"].to_numpy()
    base = docs[groups].reset_index(drop=True) if groups else pd.DataFrame(index=range(len(docs)))
    dates = docs[date].reset_index(drop=True)
    if not isinstance(dates.dtype, pd.DatetimeTZDtype):
        dates = pd.to_datetime(dates, utc=True)
    base = base.assign(_words=words, _date=dates.astype("datetime64[ns, UTC]"))
    if period is not None:
        base["period"] = period.reset_index(drop=True)  # keeps the dtype, even all NaT
        base = _drop_undated(base, base["period"], date)
    key_cols = [*groups, "period"] if period is not None else groups
    grouped = base.groupby(key_cols, dropna=False, sort=True) if key_cols else None
    if grouped is None:
        out = pd.DataFrame(
            {
                "n_docs": [len(base)],
                "n_words": [int(base["_words"].sum())],
                "median_words": [float(base["_words"].median()) if len(base) else np.nan],
                "first": [base["_date"].min()],
                "last": [base["_date"].max()],
            }
        )
    else:
        out = grouped.agg(
            n_docs=("_words", "size"),
            n_words=("_words", "sum"),
            median_words=("_words", "median"),
            first=("_date", "min"),
            last=("_date", "max"),
        ).reset_index()
    out["n_docs"] = out["n_docs"].astype("int64")
    out["n_words"] = out["n_words"].astype("int64")
    out["median_words"] = out["median_words"].astype("float64")
    for name in ("first", "last"):
        out[name] = out[name].astype("datetime64[ns, UTC]")
    return out.reset_index(drop=True)

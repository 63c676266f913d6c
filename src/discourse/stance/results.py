"""Result tables from a ``stance`` table: actor x target, and the same over time.

Both are long form, one row per group, with the number of statements, the shares of
favor and against, the mean score and a percentile bootstrap interval of the mean.

Examples
--------
>>> import pandas as pd
>>> from discourse.stance.results import stance_matrix
>>> st = pd.DataFrame({"speaker_id": ["a", "a", "b"], "target": "t",
...                    "label": ["favor", "favor", "against"], "score": [1.0, 0.5, -1.0]})
>>> stance_matrix(st, n_boot=200)[["actor", "n", "share_favor", "mean_score"]]
  actor  n  share_favor  mean_score
0     a  2          1.0        0.75
1     b  1          0.0       -1.00
"""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd

__all__ = ["stance_matrix", "stance_timeline"]

_COLS = [
    "n",
    "n_favor",
    "n_against",
    "share_favor",
    "share_against",
    "mean_score",
    "ci_low",
    "ci_high",
]


#: ``freq`` codes (those of the other period functions, then words) -> pandas periods;
#: weeks run Monday to Sunday.
_FREQS = {
    "Y": "Y",
    "Q": "Q",
    "M": "M",
    "W": "W-SUN",
    "D": "D",
    "year": "Y",
    "quarter": "Q",
    "month": "M",
    "week": "W-SUN",
    "day": "D",
}


def _stats(
    scores: np.ndarray, labels: np.ndarray, rng: np.random.Generator, n_boot: int, ci: float
) -> dict:
    n = len(scores)
    n_f = int((labels == "favor").sum())
    n_a = int((labels == "against").sum())
    mean = float(scores.mean()) if n else float("nan")
    if n >= 2 and n_boot > 0:
        draws = scores[rng.integers(0, n, size=(n_boot, n))].mean(axis=1)
        lo, hi = np.quantile(draws, [(1 - ci) / 2, 1 - (1 - ci) / 2])
    else:
        lo = hi = mean
    return {
        "n": n,
        "n_favor": n_f,
        "n_against": n_a,
        "share_favor": n_f / n if n else float("nan"),
        "share_against": n_a / n if n else float("nan"),
        "mean_score": mean,
        "ci_low": float(lo),
        "ci_high": float(hi),
    }


def _warn_missing(stance: pd.DataFrame, col: str, why: str, hint: str = "") -> None:
    """Warn (with the count) about rows left out because ``col`` is empty."""
    missing = stance[col].isna() if col in stance.columns else pd.Series(False, index=stance.index)
    if missing.any():
        warnings.warn(
            f"{int(missing.sum())} of {len(stance)} stance rows have no {col!r} {why} and are "
            f"left out{hint}",
            UserWarning,
            stacklevel=3,
        )


def _grouped(
    stance: pd.DataFrame, keys: list[str], n_boot: int, ci: float, random_state: int
) -> pd.DataFrame:
    for col in [*keys, "label", "score"]:
        if col not in stance.columns:
            raise ValueError(f"stance table lacks column {col!r}; columns: {list(stance.columns)}")
    if not 0 < ci < 1:
        raise ValueError(f"ci must be in (0, 1), got {ci}")
    rng = np.random.default_rng(random_state)
    rows = []
    for k, grp in stance.dropna(subset=keys).groupby(keys, sort=True):
        k = k if isinstance(k, tuple) else (k,)
        stats = _stats(grp["score"].to_numpy(float), grp["label"].to_numpy(object), rng, n_boot, ci)
        rows.append({**dict(zip(keys, k, strict=True)), **stats})
    return pd.DataFrame(rows, columns=[*keys, *_COLS])


def stance_matrix(
    stance: pd.DataFrame,
    *,
    actor: str = "speaker_id",
    target: str = "target",
    include_none: bool = True,
    n_boot: int = 1000,
    ci: float = 0.95,
    random_state: int = 0,
) -> pd.DataFrame:
    """Actor x target stance: counts, shares, mean score with a bootstrap interval.

    Parameters
    ----------
    stance : DataFrame
        A ``stance`` table with an actor column (e.g. statements' ``speaker_id`` kept by
        :func:`discourse.stance.score_stance`).
    actor, target : str
        Grouping columns; the output calls them ``actor`` and ``target``.
    include_none : bool
        Count ``none`` rows in ``n`` and the mean (False: only favor/against rows).
    n_boot : int
        Bootstrap resamples of the statements in each cell.
    ci : float
        Interval coverage.
    random_state : int
        Seed.

    Warns
    -----
    UserWarning
        When rows without an actor are left out, with their number (statements whose
        speaker is not in the actor registry have no ``speaker_id``; ``actor="speaker_name"``
        keeps them).

    Returns
    -------
    DataFrame
        Long form, RangeIndex: ``actor``, ``target``, ``n``, ``n_favor``, ``n_against``,
        ``share_favor``, ``share_against``, ``mean_score``, ``ci_low``, ``ci_high``.
        ``.pivot(index="actor", columns="target", values="mean_score")`` gives the matrix.
    """
    st = stance if include_none else stance[stance["label"] != "none"]
    hint = ""
    if actor in st.columns and actor != "speaker_name" and "speaker_name" in st.columns:
        named = int((st[actor].isna() & st["speaker_name"].notna()).sum())
        if named:
            hint = (
                f"; {named} of them name their speaker (speaker_name): "
                "actor='speaker_name' keeps speakers who are not in the actor registry"
            )
    _warn_missing(st, actor, "(actor)", hint)
    out = _grouped(st, [actor, target], n_boot, ci, random_state)
    return out.rename(columns={actor: "actor", target: "target"})


def stance_timeline(
    stance: pd.DataFrame,
    *,
    date: str = "published",
    freq: str = "Y",
    by: str | None = None,
    target: str = "target",
    docs: pd.DataFrame | None = None,
    include_none: bool = True,
    n_boot: int = 1000,
    ci: float = 0.95,
    random_state: int = 0,
) -> pd.DataFrame:
    """Stance per period (and group) and target, as :func:`stance_matrix` over time.

    Parameters
    ----------
    stance : DataFrame
        A ``stance`` table; ``date`` is taken from it or joined from ``docs`` by doc_id.
    date : str
        Datetime column.
    freq : {"Y", "Q", "M", "W", "D"}
        Period length, as in :func:`discourse.timeline`: year, quarter, month, week
        (Monday to Sunday) or day; the words "year", "quarter", "month", "week" and "day"
        work too.
    by : str, optional
        Extra grouping column, e.g. ``speaker_id`` or ``party``.
    docs : DataFrame, optional
        ``docs`` table supplying ``date`` (and ``by``) when the stance table lacks them.

    Warns
    -----
    UserWarning
        When rows without a date (or without a ``by`` value) are left out, with their number.

    Returns
    -------
    DataFrame
        RangeIndex: ``period`` (start of the period, datetime), ``by`` if given,
        ``target``, then the columns of :func:`stance_matrix`.
    """
    if freq not in _FREQS:
        raise ValueError(f"freq must be one of {list(_FREQS)}, got {freq!r}")
    st = stance
    need = [c for c in (date, by) if c and c not in st.columns]
    if need:
        if docs is None:
            raise ValueError(f"stance table lacks {need}; pass docs= to join them by doc_id")
        st = st.merge(docs[["doc_id", *need]], on="doc_id", how="left")
    if not include_none:
        st = st[st["label"] != "none"]
    when = pd.to_datetime(st[date], utc=True)
    st = st.assign(period=when.dt.tz_localize(None).dt.to_period(_FREQS[freq]).dt.start_time)
    _warn_missing(
        st.assign(**{date: when}),
        date,
        "date (their document has none, or is not in docs)",
        " of the per-period results",
    )
    if by:
        _warn_missing(st, by, "value")
    keys = ["period", *([by] if by else []), target]
    return _grouped(st, keys, n_boot, ci, random_state).rename(columns={target: "target"})

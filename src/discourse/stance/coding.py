"""The coding workflow: sheets for human coders, reading them back, agreement.

``sample_for_coding`` draws a (stratified) sample and writes a CSV/XLSX sheet with the
text in its context and an empty ``label`` column (scores and machine labels are never
shown to coders); ``read_codings`` reads one or more filled sheets back; ``agreement``
reports percent agreement and Krippendorff's alpha (nominal) per target.

Examples
--------
>>> import numpy as np
>>> from discourse.stance.coding import krippendorff_alpha
>>> round(krippendorff_alpha([["a", "a", "b", "b"], ["a", "b", "b", "b"]]), 4)
0.5333
"""

from __future__ import annotations

import logging
import warnings
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

__all__ = ["sample_for_coding", "read_codings", "agreement", "krippendorff_alpha", "LABELS"]

logger = logging.getLogger(__name__)

#: The stance labels coders may use.
LABELS = ("favor", "against", "none")
_HIDDEN = ("label", "score", "method", "evidence")
#: Key columns a sheet stores as text that are integers in the stance tables.
_INT_KEYS = ("stmt_id", "sent_id")


def _allocate(sizes: pd.Series, n: int) -> dict[Any, int]:
    """Spread ``n`` evenly over strata, capped by their sizes (leftovers go round)."""
    alloc = dict.fromkeys(sizes.index, 0)
    left = n
    open_ = [k for k in sizes.index if sizes[k] > 0]
    while left > 0 and open_:
        share = max(1, left // len(open_))
        for k in list(open_):
            take = min(share, sizes[k] - alloc[k], left)
            alloc[k] += take
            left -= take
            if alloc[k] >= sizes[k]:
                open_.remove(k)
            if left == 0:
                break
    return alloc


def sample_for_coding(
    candidates: pd.DataFrame,
    n: int,
    *,
    stratify: str | list[str] | None = "target",
    random_state: int = 0,
    path: str | Path | None = None,
    text: str | None = None,
    docs: pd.DataFrame | None = None,
    context_chars: int = 300,
) -> pd.DataFrame:
    """Draw ``n`` items for human coding and (optionally) write the coding sheet.

    Parameters
    ----------
    candidates : DataFrame
        Items to code: ``doc_id``, a text column (``content`` or ``text``), usually
        ``target`` and a key (``stmt_id``/``sent_id``); e.g. a ``stance`` table joined
        with its statements. Machine output (label, score, method, evidence) is dropped.
    n : int
        Sample size (all candidates when there are fewer).
    stratify : str, list of str or None
        Column(s) whose groups share the sample evenly (capped by group size), so rare
        targets are coded too; None draws a simple random sample.
    random_state : int
        Seed.
    path : str or Path, optional
        Write the sheet here, ``.csv`` or ``.xlsx``.
    text : str, optional
        Text column; default ``content`` if present, else ``text``.
    docs : DataFrame, optional
        ``docs`` table; with offsets (``start``/``end`` or ``content_start``/``content_end``)
        the sheet shows ``context_chars`` characters before and after the item.
    context_chars : int
        Characters of context on each side.

    Returns
    -------
    DataFrame
        The sheet, RangeIndex: ``item_id``, ``doc_id``, the key columns present, ``target``
        (if present), ``context_before``, ``text``, ``context_after``, and empty ``label``,
        ``coder``, ``note``.

    Examples
    --------
    >>> import pandas as pd
    >>> c = pd.DataFrame({"doc_id": list("abcd"), "sent_id": 0, "text": list("wxyz"),
    ...                   "target": ["t1", "t1", "t1", "t2"]})
    >>> sample_for_coding(c, 2)["target"].tolist()
    ['t1', 't2']
    """
    if not isinstance(n, int | np.integer) or n < 1:
        raise ValueError(f"n must be a positive integer, got {n!r}")
    text = text or ("content" if "content" in candidates.columns else "text")
    for col in ("doc_id", text):
        if col not in candidates.columns:
            raise ValueError(f"candidates lack column {col!r}; columns: {list(candidates.columns)}")
    rng = np.random.default_rng(random_state)
    pool = candidates.reset_index(drop=True)
    if stratify is None:
        take = rng.permutation(len(pool))[: min(n, len(pool))]
    else:
        cols = [stratify] if isinstance(stratify, str) else list(stratify)
        missing = [c for c in cols if c not in pool.columns]
        if missing:
            raise ValueError(f"stratify column(s) {missing} not in candidates")
        groups = pool.groupby(cols, sort=True, dropna=False).indices
        sizes = pd.Series({k: len(v) for k, v in groups.items()})
        alloc = _allocate(sizes, min(n, len(pool)))
        take = np.concatenate([rng.permutation(groups[k])[: alloc[k]] for k in sizes.index])
    picked = pool.iloc[np.sort(take)].reset_index(drop=True)
    before, after = _context(picked, docs, context_chars)
    keys = [c for c in ("stmt_id", "sent_id") if c in picked.columns]
    sheet = pd.DataFrame(
        {"item_id": [f"i{k + 1:05d}" for k in range(len(picked))], "doc_id": picked["doc_id"]}
    )
    for c in keys + (["target"] if "target" in picked.columns else []):
        sheet[c] = picked[c].to_numpy()
    sheet["context_before"] = before
    sheet["text"] = picked[text].to_numpy()
    sheet["context_after"] = after
    for c in ("label", "coder", "note"):
        sheet[c] = pd.Series([""] * len(sheet), dtype="str")
    if path is not None:
        _write(sheet, Path(path))
    return sheet


def _context(picked: pd.DataFrame, docs: pd.DataFrame | None, width: int) -> tuple[list, list]:
    empty = [""] * len(picked)
    if docs is None:
        return empty, empty
    for s, e in (("content_start", "content_end"), ("start", "end")):
        if s in picked.columns and e in picked.columns:
            break
    else:
        return empty, empty
    texts = docs.set_index("doc_id")["text"].to_dict()
    before, after = [], []
    for d, a, b in zip(picked["doc_id"], picked[s], picked[e], strict=True):
        full = texts.get(d)
        if full is None or pd.isna(a) or pd.isna(b):
            before.append("")
            after.append("")
            continue
        before.append(full[max(0, int(a) - width) : int(a)])
        after.append(full[int(b) : int(b) + width])
    return before, after


def _write(sheet: pd.DataFrame, path: Path) -> None:
    if path.suffix == ".csv":
        sheet.to_csv(path, index=False)
    elif path.suffix == ".xlsx":
        sheet.to_excel(path, index=False)
    else:
        raise ValueError(f"path must end in .csv or .xlsx, got {path.name!r}")


def read_codings(
    paths: str | Path | Iterable[str | Path], *, coder: str | None = None
) -> pd.DataFrame:
    """Read filled coding sheets (CSV or XLSX) into one table.

    Parameters
    ----------
    paths : path or list of paths
        Sheets written by :func:`sample_for_coding` (or with ``item_id`` and ``label``).
    coder : str, optional
        Coder name for sheets without a filled ``coder`` column; default the file stem.

    Returns
    -------
    DataFrame
        One row per coded item and coder, RangeIndex: the sheet's columns as text, with
        ``label`` normalised to favor/against/none, ``coder`` filled and the keys
        ``stmt_id``/``sent_id`` as integers (``Int64``, NA where a cell is empty), so the
        table joins a ``stance`` table in :func:`evaluate_stance`. Rows with an empty
        label are dropped with a warning.

    Raises
    ------
    ValueError
        A sheet lacks ``item_id``/``label``, has a label outside favor/against/none or a
        ``stmt_id``/``sent_id`` that is not a whole number (the message names the file,
        row and column).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> sheet = pathlib.Path(tempfile.mkdtemp()) / "anna.csv"
    >>> _ = sheet.write_text("item_id,doc_id,stmt_id,target,label\\ni1,d,7,t,Favor\\n")
    >>> got = read_codings(sheet)
    >>> got[["stmt_id", "label", "coder"]].to_dict("records")
    [{'stmt_id': 7, 'label': 'favor', 'coder': 'anna'}]
    >>> str(got["stmt_id"].dtype)
    'Int64'
    """
    if isinstance(paths, str | Path):
        paths = [paths]
    frames = []
    for p in map(Path, paths):
        if not p.is_file():
            raise FileNotFoundError(f"coding sheet {p} does not exist")
        df = (
            pd.read_excel(p, dtype=str)
            if p.suffix == ".xlsx"
            else pd.read_csv(p, dtype=str, keep_default_na=False)
        )
        missing = [c for c in ("item_id", "label") if c not in df.columns]
        if missing:
            raise ValueError(f"{p}: missing column(s) {missing}")
        df = df.fillna("")
        lab = df["label"].str.strip().str.lower()
        empty = lab == ""
        if empty.any():
            warnings.warn(
                f"{p}: {int(empty.sum())} row(s) without a label were skipped", stacklevel=2
            )
        bad = ~empty & ~lab.isin(LABELS)
        if bad.any():
            row = int(np.flatnonzero(bad.to_numpy())[0])
            raise ValueError(
                f"{p}, row {row + 2}: label {df['label'].iat[row]!r} is not one of {list(LABELS)}"
            )
        df["label"] = lab
        df = _integer_keys(df, empty, p)
        if "coder" not in df.columns:
            df["coder"] = ""
        df["coder"] = df["coder"].str.strip().where(df["coder"].str.strip() != "", coder or p.stem)
        frames.append(df[~empty])
    out = (
        pd.concat(frames, ignore_index=True)
        if frames
        else pd.DataFrame(columns=["item_id", "label", "coder"])
    )
    return out.astype({"label": "str", "coder": "str", "item_id": "str"}).reset_index(drop=True)


def _as_integers(values: pd.Series) -> tuple[pd.Series, int | None]:
    """Text cells as ``Int64`` (empty -> NA) and the position of the first cell that is
    not a whole number (None when all are)."""
    text = values.astype("str").str.strip().where(values.notna(), "")
    num = pd.to_numeric(text.where(text != ""), errors="coerce")
    bad = (text != "") & (num.isna() | (num % 1 != 0))
    first = int(np.flatnonzero(bad.to_numpy())[0]) if bad.any() else None
    return num.where(~bad).astype("Int64"), first


def _integer_keys(df: pd.DataFrame, skipped: pd.Series, path: Path) -> pd.DataFrame:
    """``stmt_id``/``sent_id`` back to integers; rows in ``skipped`` are not checked."""
    for col in _INT_KEYS:
        if col not in df.columns:
            continue
        values, row = _as_integers(df[col].where(~skipped, ""))
        if row is not None:
            raise ValueError(
                f"{path}, row {row + 2}, column {col!r}: {df[col].iat[row]!r} is not an "
                "integer; keep the keys as sample_for_coding wrote them"
            )
        df[col] = values
    return df


def krippendorff_alpha(data: Any) -> float:
    """Krippendorff's alpha for nominal data.

    Parameters
    ----------
    data : array-like, coders x units
        Values (any hashable); missing values as None/NaN. A DataFrame is read as
        coders in rows and units in columns.

    Returns
    -------
    float
        Alpha; NaN when fewer than two values are pairable or all pairable values are
        the same category (no variation to assess).

    Examples
    --------
    >>> krippendorff_alpha([[1, 2, 3], [1, 2, 3]])
    1.0
    """
    arr = np.asarray(data, dtype=object)
    if arr.ndim != 2:
        raise ValueError(f"data must be 2-D (coders x units), got shape {arr.shape}")
    values = sorted({v for v in arr.ravel() if not _missing(v)}, key=str)
    index = {v: i for i, v in enumerate(values)}
    k = len(values)
    o = np.zeros((k, k))
    for unit in arr.T:
        vals = [index[v] for v in unit if not _missing(v)]
        m = len(vals)
        if m < 2:
            continue
        counts = np.bincount(vals, minlength=k).astype(float)
        o += (np.outer(counts, counts) - np.diag(counts)) / (m - 1)
    n_c = o.sum(axis=1)
    n = n_c.sum()
    if n < 2:
        return float("nan")
    d_o = o.sum() - np.trace(o)
    d_e = (n_c.sum() ** 2 - (n_c**2).sum()) / (n - 1)
    if d_e == 0:
        return float("nan")
    return float(1 - d_o / d_e)


def _missing(v: Any) -> bool:
    return v is None or (isinstance(v, float) and np.isnan(v)) or v is pd.NA or v == ""


def agreement(
    codings: pd.DataFrame,
    *,
    by: str | None = "target",
    item: str = "item_id",
    coder: str = "coder",
    label: str = "label",
) -> pd.DataFrame:
    """Percent agreement and Krippendorff's alpha (nominal), per group and overall.

    Parameters
    ----------
    codings : DataFrame
        One row per item and coder (:func:`read_codings`).
    by : str or None
        Group column (default ``target``); None gives only the overall row.
    item, coder, label : str
        Column names.

    Returns
    -------
    DataFrame
        RangeIndex, one row per group plus ``"all"``: the group column, ``n_items``
        (items coded at least twice), ``n_codings``, ``percent_agreement`` (share of
        agreeing coder pairs within items), ``alpha``.

    Examples
    --------
    >>> import pandas as pd
    >>> c = pd.DataFrame({"item_id": [1, 1, 2, 2], "coder": list("ABAB"),
    ...                   "label": ["favor", "favor", "none", "against"], "target": "t"})
    >>> agreement(c)[["target", "n_items", "percent_agreement"]].to_dict("records")[0]
    {'target': 't', 'n_items': 2, 'percent_agreement': 0.5}
    """
    for col in (item, coder, label) + ((by,) if by else ()):
        if col not in codings.columns:
            raise ValueError(f"codings lack column {col!r}; columns: {list(codings.columns)}")
    dup = codings.duplicated([item, coder])
    if dup.any():
        raise ValueError(
            f"codings have {int(dup.sum())} repeated ({item}, {coder}) rows, e.g. row {int(np.flatnonzero(dup)[0])}"
        )
    groups = [] if by is None else sorted(codings[by].dropna().unique())
    rows = []
    for g in [*groups, "all"]:
        sub = codings if g == "all" else codings[codings[by] == g]
        wide = sub.pivot(index=coder, columns=item, values=label)
        multi = wide.notna().sum(axis=0) >= 2
        wide = wide.loc[:, multi]
        agree = []
        for col in wide.columns:
            vals = wide[col].dropna().tolist()
            pairs = [(a, b) for i, a in enumerate(vals) for b in vals[i + 1 :]]
            agree.append(np.mean([a == b for a, b in pairs]))
        rec = {
            "n_items": int(multi.sum()),
            "n_codings": int(sub[sub[item].isin(wide.columns)].shape[0]),
            "percent_agreement": float(np.mean(agree)) if agree else float("nan"),
            "alpha": krippendorff_alpha(wide.to_numpy(dtype=object))
            if multi.any()
            else float("nan"),
        }
        rows.append({by: g, **rec} if by else rec)
    return pd.DataFrame(rows)

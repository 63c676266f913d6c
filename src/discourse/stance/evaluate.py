"""``evaluate_stance``: macro-F1, per-class precision/recall and a confusion matrix.

Examples
--------
>>> from discourse.stance.evaluate import evaluate_stance
>>> ev = evaluate_stance(["favor", "against", "none", "favor"], ["favor", "none", "none", "favor"])
>>> round(ev.macro_f1, 3), ev.n
(0.556, 4)
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from pandas.api.types import is_numeric_dtype
from sklearn.metrics import f1_score, precision_recall_fscore_support

from discourse.stance.coding import _INT_KEYS, _as_integers

__all__ = ["evaluate_stance", "StanceEvaluation"]

LABELS = ["favor", "against", "none"]


@dataclass
class StanceEvaluation:
    """Result of :func:`evaluate_stance`.

    Attributes
    ----------
    macro_f1 : float
        Unweighted mean F1 over the labels present in gold or predictions.
    n : int
        Items evaluated.
    per_class : DataFrame
        ``label``, ``precision``, ``recall``, ``f1``, ``support``.
    confusion : DataFrame
        Gold labels in rows, predicted labels in columns.
    per_target : DataFrame
        ``target``, ``n``, ``macro_f1``, ``accuracy`` (empty without a target column).
    """

    macro_f1: float
    n: int
    per_class: pd.DataFrame
    confusion: pd.DataFrame
    per_target: pd.DataFrame

    def __repr__(self) -> str:
        return f"StanceEvaluation(macro_f1={self.macro_f1:.3f}, n={self.n})"


def _same_key_types(table: pd.DataFrame, name: str, on: list[str]) -> pd.DataFrame:
    """Join keys ``stmt_id``/``sent_id`` held as text (a sheet read by hand) as integers."""
    cols = [c for c in _INT_KEYS if c in on and not is_numeric_dtype(table[c])]
    if not cols:
        return table
    table = table.copy()
    for c in cols:
        values, row = _as_integers(table[c])
        if row is not None:
            raise ValueError(
                f"{name}: join column {c!r} holds {table[c].iat[row]!r} (position {row}), "
                "not an integer"
            )
        table[c] = values
    return table


def _align(gold, predicted, on, label) -> tuple[np.ndarray, np.ndarray, pd.Series | None]:
    if not isinstance(gold, pd.DataFrame):
        g, p = np.asarray(gold, dtype=object), np.asarray(predicted, dtype=object)
        if len(g) != len(p):
            raise ValueError(f"gold has {len(g)} labels but predicted has {len(p)}")
        return g, p, None
    if label not in gold.columns:
        raise ValueError(f"gold lacks the {label!r} column")
    if not isinstance(predicted, pd.DataFrame):
        p = np.asarray(predicted, dtype=object)
        if len(p) != len(gold):
            raise ValueError(f"gold has {len(gold)} rows but predicted has {len(p)} labels")
        tg = gold["target"].reset_index(drop=True) if "target" in gold.columns else None
        return gold[label].to_numpy(dtype=object), p, tg
    if on is None:
        key = "stmt_id" if "stmt_id" in gold.columns else "sent_id"
        on = [c for c in ("item_id",) if c in gold.columns and c in predicted.columns] or [
            "doc_id",
            key,
            "target",
        ]
    missing = [c for c in on if c not in gold.columns or c not in predicted.columns]
    if missing:
        raise ValueError(f"join column(s) {missing} missing in gold or predicted")
    gold, predicted = _same_key_types(gold, "gold", on), _same_key_types(predicted, "predicted", on)
    dup = predicted.duplicated(on)
    if dup.any():
        raise ValueError(f"predicted has {int(dup.sum())} duplicated {on} rows")
    extra = ["target"] if "target" in gold.columns and "target" not in on else []
    merged = gold[on + [label] + extra].merge(
        predicted[on + [label]].rename(columns={label: "_pred"}), on=on, how="left"
    )
    pred = merged["_pred"].fillna("none")  # an unmentioned target is "none"
    tg = merged["target"] if "target" in merged.columns else None
    return merged[label].to_numpy(dtype=object), pred.to_numpy(dtype=object), tg


def _require_rows(gold) -> None:
    """An empty gold table is a mistake upstream (often a coder filter), not a score."""
    n = len(gold) if isinstance(gold, pd.DataFrame) else np.asarray(gold, dtype=object).size
    if n:
        return
    hint = (
        " (often a filter that matched nothing: read_codings names the coder of a sheet "
        "without a filled 'coder' column after its file stem, so gold[gold.coder == 'anna'] "
        "is empty for 'sheet_anna.csv', whose coder is 'sheet_anna'; pass coder='anna' to "
        "read_codings or look at codings['coder'].unique())"
    )
    raise ValueError(f"gold has no rows, so there is nothing to evaluate{hint}")


def evaluate_stance(
    gold, predicted, *, on: list[str] | None = None, label: str = "label"
) -> StanceEvaluation:
    """Compare predicted stance labels with gold labels.

    Parameters
    ----------
    gold : DataFrame or array-like
        Gold labels; a DataFrame with ``label`` (and ``target`` for per-target scores).
    predicted : DataFrame or array-like
        Predictions: a ``stance`` table (joined to gold on ``on``; gold items without a
        prediction count as ``none``, as unmentioned targets give no row) or labels in
        gold's row order.
    on : list of str, optional
        Join columns; default ``item_id`` if both have it, else doc_id, stmt_id/sent_id,
        target. A ``stmt_id``/``sent_id`` held as text (a sheet read without
        :func:`read_codings`) is read as integers.
    label : str
        Label column in both tables.

    Returns
    -------
    StanceEvaluation
        ``macro_f1``, ``n``, ``per_class`` (label, precision, recall, f1, support),
        ``confusion`` (gold x predicted), ``per_target`` (target, n, macro_f1, accuracy).

    Raises
    ------
    ValueError
        ``gold`` has no rows (e.g. a coder filter that matched nothing), a label or join
        column is missing, or the lengths of array-like inputs differ.
    """
    _require_rows(gold)
    g, p, tg = _align(gold, predicted, on, label)
    labels = [x for x in LABELS if x in set(g) | set(p)] + sorted((set(g) | set(p)) - set(LABELS))
    prec, rec, f1, sup = precision_recall_fscore_support(g, p, labels=labels, zero_division=0)
    per_class = pd.DataFrame(
        {"label": labels, "precision": prec, "recall": rec, "f1": f1, "support": sup}
    )
    conf = pd.crosstab(pd.Series(g, name="gold"), pd.Series(p, name="predicted")).reindex(
        index=labels, columns=labels, fill_value=0
    )
    rows = []
    if tg is not None:
        tg = np.asarray(tg, dtype=object)
        for t in sorted(set(tg)):
            m = tg == t
            labs = sorted(set(g[m]) | set(p[m]))
            rows.append(
                {
                    "target": t,
                    "n": int(m.sum()),
                    "macro_f1": float(
                        f1_score(g[m], p[m], labels=labs, average="macro", zero_division=0)
                    ),
                    "accuracy": float(np.mean(g[m] == p[m])),
                }
            )
    per_target = pd.DataFrame(rows, columns=["target", "n", "macro_f1", "accuracy"])
    macro = float(f1_score(g, p, labels=labels, average="macro", zero_division=0))
    return StanceEvaluation(macro, len(g), per_class, conf, per_target)

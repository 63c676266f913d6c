"""Typing extra columns: from Python values to pandas dtypes, and back after concat."""

from __future__ import annotations

import json
import math
from typing import Any

import numpy as np
import pandas as pd

OPTIONAL_TEXT = ("url", "author")


def _is_missing(v: Any) -> bool:
    return v is None or v is pd.NA or v is pd.NaT or (isinstance(v, float) and math.isnan(v))


def dtype_hint(dtype: Any) -> str | None:
    """The hint for :func:`infer_column` that reproduces ``dtype`` (None if none does)."""
    if pd.api.types.is_bool_dtype(dtype):
        return "bool"
    if pd.api.types.is_integer_dtype(dtype):
        return "int64"
    if pd.api.types.is_float_dtype(dtype):
        return "float64"
    if isinstance(dtype, pd.DatetimeTZDtype):
        return "datetime"
    if isinstance(dtype, pd.StringDtype):
        return "str"
    return None


def _typed(values: list, hint: str) -> pd.Series:
    clean = [None if _is_missing(v) else v for v in values]
    missing = any(v is None for v in clean)
    if hint == "int64":
        return pd.Series(clean, dtype="Int64" if missing else "int64")
    if hint == "bool":
        return pd.Series(clean, dtype="boolean" if missing else "bool")
    if hint == "float64":
        return pd.Series([np.nan if v is None else float(v) for v in clean], dtype="float64")
    if hint == "datetime":
        return pd.Series(pd.to_datetime(clean, utc=True), dtype="datetime64[ns, UTC]")
    if hint == "str" and all(v is None or isinstance(v, str) for v in clean):
        return pd.Series(clean, dtype="str")
    raise TypeError(f"values do not fit {hint}")


def infer_column(values: list, hint: str | None = None) -> pd.Series:
    """A typed Series for one extra column: bool/boolean, int64/Int64, float64, str,
    datetime64[ns, UTC]; mixed values become their JSON/str text. ``hint`` is the
    dtype the input declared (Parquet), used when the values fit it."""
    if hint is not None:
        try:
            return _typed(values, hint)
        except (TypeError, ValueError, OverflowError):
            pass
    present = [v for v in values if not _is_missing(v)]
    if not present:
        return pd.Series([None] * len(values), dtype="str")
    kinds = {type(v) for v in present}
    missing = len(present) != len(values)
    clean = [None if _is_missing(v) else v for v in values]
    if kinds <= {bool, np.bool_}:
        return pd.Series(clean, dtype="boolean" if missing else "bool")
    if kinds <= {int, np.int64, np.int32}:
        try:
            return pd.Series(clean, dtype="Int64" if missing else "int64")
        except (OverflowError, TypeError, ValueError):
            return pd.Series([None if v is None else str(v) for v in clean], dtype="str")
    if kinds <= {int, float, np.int64, np.float64} and not kinds & {bool}:
        return pd.Series([np.nan if v is None else float(v) for v in clean], dtype="float64")
    if kinds <= {str}:
        return pd.Series(clean, dtype="str")
    if all(isinstance(v, pd.Timestamp) and v.tzinfo is not None for v in present):
        return pd.Series(pd.to_datetime(clean, utc=True), dtype="datetime64[ns, UTC]")
    return pd.Series(
        [None if v is None else v if isinstance(v, str) else _as_text(v) for v in clean],
        dtype="str",
    )


def _as_text(v: Any) -> str:
    if isinstance(v, (list, dict, tuple)):
        try:
            return json.dumps(v, ensure_ascii=False, default=str)
        except (TypeError, ValueError):
            return str(v)
    return str(v)


def harmonise(frame: pd.DataFrame) -> pd.DataFrame:
    """After concatenating batches: restore optional text columns and re-type extras
    whose batches disagreed (they come out of ``concat`` as object)."""
    for name in frame.columns:
        col = frame[name]
        if name in OPTIONAL_TEXT and not pd.api.types.is_string_dtype(col.dtype):
            frame[name] = col.astype("str")
        elif col.dtype == object:
            frame[name] = infer_column(col.tolist())
    return frame


def _missing_column(hint: str, n: int) -> pd.Series:
    dtype = {"int64": "Int64", "bool": "boolean", "float64": "float64", "str": "str"}.get(
        hint, "datetime64[ns, UTC]"
    )
    return pd.Series([None] * n, dtype=dtype)


def stabilise(frame: pd.DataFrame, fixed: dict[str, str], core: tuple[str, ...]) -> pd.DataFrame:
    """Give a chunk the column types of the chunks before it (``fixed``: name -> hint,
    updated). The first chunk that carries a column fixes its type (text when all its
    values are missing there); later chunks convert to it where the values allow
    (numbers and booleans to text, integers to float) and carry every column seen
    before (all missing where no record of the chunk has it)."""
    for name in frame.columns:
        if name in core:
            continue
        col = frame[name]
        hint = dtype_hint(col.dtype) or "str"
        want = fixed.setdefault(name, hint)
        if hint == want:
            continue
        if want == "str":
            frame[name] = pd.Series(
                [None if _is_missing(v) else v if isinstance(v, str) else _as_text(v)
                 for v in col.tolist()],
                dtype="str",
            )  # fmt: skip
        elif want == "float64" and hint == "int64":
            frame[name] = col.astype("float64")
        elif col.isna().all():
            frame[name] = _missing_column(want, len(frame))
        # else: values of another kind (e.g. text in a number column): left as they are
    for name, hint in fixed.items():
        if name not in frame.columns:
            frame[name] = _missing_column(hint, len(frame))
    return frame

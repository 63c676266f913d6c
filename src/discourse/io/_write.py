"""``write_corpus``: the docs table to Parquet (default) or JSON Lines, losslessly."""

from __future__ import annotations

import gzip
import json
import math
import os
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from discourse.schema import validate

WRITE_FORMATS = ("parquet", "jsonl")


def _format_of(path: Path, format: str | None) -> tuple[str, bool]:
    name = path.name.lower()
    gz = name.endswith(".gz")
    if format is not None:
        if format not in WRITE_FORMATS:
            raise ValueError(
                f"format must be None or one of {', '.join(WRITE_FORMATS)}; got {format!r}"
            )
        return format, gz
    if name.endswith((".parquet", ".pq")):
        return "parquet", False
    if name.endswith((".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")):
        return "jsonl", gz
    raise ValueError(
        f"path {str(path)!r}: cannot tell the format from the extension; use .parquet, .jsonl "
        f"or .jsonl.gz, or pass format= ({', '.join(WRITE_FORMATS)})"
    )


def _prepared(docs: pd.DataFrame) -> pd.DataFrame:
    """A copy whose object columns hold one type each (mixed values -> text), without
    ``attrs`` (the load report and other attrs are not table data; pyarrow warns
    about attrs it cannot store as JSON)."""
    out = docs.copy()
    out.attrs = {}
    for name in out.columns:
        col = out[name]
        if col.dtype == object:
            kinds = {
                type(v)
                for v in col
                if v is not None and not (isinstance(v, float) and math.isnan(v))
            }
            if len(kinds) > 1 or kinds - {str, int, float, bool}:
                out[name] = pd.Series(
                    [None if pd.isna(v) else v if isinstance(v, str) else json.dumps(v, default=str)
                     for v in col],
                    dtype="str",
                )  # fmt: skip
    out["published"] = out["published"].astype("datetime64[ns, UTC]")
    return out.reset_index(drop=True)


def _json_value(v: Any) -> Any:
    if v is None or v is pd.NA or v is pd.NaT:
        return None
    if isinstance(v, pd.Timestamp):
        s = v.tz_convert("UTC").isoformat() if v.tzinfo else v.isoformat()
        return s.replace("+00:00", "Z")
    if isinstance(v, np.generic):
        v = v.item()
    if isinstance(v, float) and math.isnan(v):
        return None
    return v


def _write_jsonl(docs: pd.DataFrame, path: Path, gz: bool) -> None:
    names = list(docs.columns)
    columns = [docs[name].astype(object).tolist() for name in names]
    with open(path, "wb") as raw:
        stream: Any = gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) if gz else raw
        try:
            for row in zip(*columns, strict=True):
                obj = {k: _json_value(v) for k, v in zip(names, row, strict=True)}
                stream.write(json.dumps(obj, ensure_ascii=False).encode("utf-8") + b"\n")
        finally:
            if gz:
                stream.close()


def write_corpus(docs: pd.DataFrame, path: str | os.PathLike, *, format: str | None = None) -> Path:
    """Write a docs table to Parquet (default) or JSON Lines, readable by ``read_corpus``.

    Parameters
    ----------
    docs : DataFrame
        A ``docs`` table (``validate(docs, "docs")`` must pass); extra columns are written too.
    path : str or Path
        Target file; the format follows the extension (``.parquet``, ``.jsonl``, ``.jsonl.gz``).
        Written to a temporary file first and renamed, so a failed write leaves no half file.
    format : {"parquet", "jsonl"}, optional
        Overrides the extension.

    Returns
    -------
    Path
        The written file. Parquet: zstd-compressed, ``published`` as a UTC timestamp.
        JSONL: one object per line with the docs columns (``doc_id``, ``source``,
        ``published`` as ISO 8601 ``"2025-02-12T10:00:00Z"``, ``title``, ``text``,
        ``lang``, then the rest), missing values as ``null``. The same input gives
        the same bytes; ``read_corpus(path)`` gives back an equal table.

    Examples
    --------
    >>> import discourse, tempfile, pathlib
    >>> docs = discourse.read_corpus("data/demo")                    # doctest: +SKIP
    >>> out = write_corpus(docs, pathlib.Path(tempfile.mkdtemp()) / "demo.parquet")  # doctest: +SKIP
    """
    validate(docs, "docs")
    target = Path(path)
    fmt, gz = _format_of(target, format)
    if not target.parent.is_dir():
        raise FileNotFoundError(f"path: folder {str(target.parent)!r} does not exist")
    table = _prepared(docs)
    tmp = target.with_name(target.name + ".part")
    try:
        if fmt == "parquet":
            import pyarrow as pa
            import pyarrow.parquet as pq

            arrow = pa.Table.from_pandas(table, preserve_index=False)
            pq.write_table(arrow, tmp, compression="zstd")
        else:
            _write_jsonl(table, tmp, gz)
        os.replace(tmp, target)
    finally:
        if tmp.exists():
            tmp.unlink()
    return target

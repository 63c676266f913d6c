"""The table contracts between the stages of discourse, stated once.

Every public function returns a plain :class:`pandas.DataFrame` with a
RangeIndex whose columns follow one of the kinds below (extra columns a user
added are kept). :func:`validate` checks a table against its kind.

Examples
--------
>>> import pandas as pd
>>> from discourse.schema import empty, validate
>>> docs = empty("docs")
>>> list(docs.columns)
['doc_id', 'source', 'published', 'title', 'text', 'lang']
>>> validate(docs, "docs") is docs
True
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

__all__ = ["SCHEMAS", "TableSchema", "SchemaError", "validate", "empty", "coerce"]

#: Logical column types: "str" (text, missing allowed), "int", "float",
#: "bool", "datetime" (UTC-aware; discourse writes datetime64[ns, UTC], any unit validates).
STR, INT, FLOAT, BOOL, DATETIME = "str", "int", "float", "bool", "datetime"
# how an error message names a logical type a column lacks
_EXPECTED = {
    DATETIME: "a time-zone-aware datetime (pd.to_datetime(values, utc=True); "
    "naive times: .dt.tz_localize('Europe/Berlin').dt.tz_convert('UTC'))",
}


@dataclass(frozen=True)
class TableSchema:
    """One table kind: its key, its required columns and their logical types."""

    kind: str
    key: tuple[str, ...]
    columns: dict[str, str]
    optional: dict[str, str]

    @property
    def names(self) -> list[str]:
        return list(self.columns)


SCHEMAS: dict[str, TableSchema] = {
    "docs": TableSchema(
        "docs",
        key=("doc_id",),
        columns={
            "doc_id": STR,
            "source": STR,
            "published": DATETIME,
            "title": STR,
            "text": STR,
            "lang": STR,
        },
        optional={"url": STR, "author": STR, "speaker": STR, "party": STR, "dup_of": STR},
    ),
    "sents": TableSchema(
        "sents",
        key=("doc_id", "sent_id"),
        columns={
            "doc_id": STR,
            "sent_id": INT,
            "para_id": INT,
            "start": INT,
            "end": INT,
            "text": STR,
        },
        optional={},
    ),
    "tokens": TableSchema(
        "tokens",
        key=("doc_id", "sent_id", "tok_id"),
        columns={
            "doc_id": STR,
            "sent_id": INT,
            "tok_id": INT,
            "token": STR,
            "lemma": STR,
            "start": INT,
            "end": INT,
            "is_stop": BOOL,
            "is_punct": BOOL,
        },
        optional={},
    ),
    "matches": TableSchema(
        "matches",
        key=("doc_id", "start"),
        columns={
            "doc_id": STR,
            "sent_id": INT,
            "start": INT,
            "end": INT,
            "concept": STR,
            "term": STR,
            "match": STR,
        },
        optional={},
    ),
    "numbers": TableSchema(
        "numbers",
        key=("doc_id", "start"),
        columns={
            "doc_id": STR,
            "sent_id": INT,
            "start": INT,
            "end": INT,
            "value": FLOAT,
            "unit": STR,
            "base": STR,
            "surface": STR,
        },
        optional={"concepts": STR, "low": FLOAT, "high": FLOAT, "currency": STR},
    ),
    "actors": TableSchema(
        "actors",
        key=("doc_id", "start"),
        columns={
            "doc_id": STR,
            "sent_id": INT,
            "start": INT,
            "end": INT,
            "actor_id": STR,
            "surface": STR,
            "role": STR,
        },
        optional={},
    ),
    "statements": TableSchema(
        "statements",
        key=("doc_id", "stmt_id"),
        columns={
            "doc_id": STR,
            "stmt_id": INT,
            "sent_id": INT,
            "speaker_id": STR,
            "speaker_surface": STR,
            "speaker_start": INT,
            "speaker_end": INT,
            "cue": STR,
            "cue_start": INT,
            "cue_end": INT,
            "kind": STR,
            "content": STR,
            "content_start": INT,
            "content_end": INT,
            "medium": STR,
            "addressee": STR,
        },
        optional={},
    ),
    "stance": TableSchema(
        "stance",
        key=("doc_id", "target"),
        columns={
            "doc_id": STR,
            "target": STR,
            "label": STR,
            "score": FLOAT,
            "method": STR,
            "evidence": STR,
        },
        optional={"stmt_id": INT, "sent_id": INT},
    ),
}


class SchemaError(ValueError):
    """A table does not follow its contract; the message lists every problem."""


def _type_ok(series: pd.Series, logical: str) -> bool:
    dtype = series.dtype
    if logical == STR:
        if pd.api.types.is_string_dtype(dtype):
            return True
        # An all-missing column of another dtype is acceptable text.
        return bool(series.isna().all())
    if logical == INT:
        return pd.api.types.is_integer_dtype(dtype)
    if logical == FLOAT:
        return pd.api.types.is_float_dtype(dtype) or pd.api.types.is_integer_dtype(dtype)
    if logical == BOOL:
        return pd.api.types.is_bool_dtype(dtype)
    if logical == DATETIME:
        return isinstance(dtype, pd.DatetimeTZDtype) and str(dtype.tz) == "UTC"
    raise ValueError(f"unknown logical type {logical!r}")


def _not_text(table: pd.DataFrame, name: str, key: tuple[str, ...]) -> str | None:
    """A problem for a text column of object dtype that holds other values (a number, a
    list), naming the first such row, else None."""
    col = table[name]
    wrong = ~(col.map(lambda v: isinstance(v, str)) | col.isna())
    if not wrong.any():
        return None
    i = int(wrong.to_numpy().nonzero()[0][0])
    where = ", ".join(f"{k} {table[k].iloc[i]!r}" for k in key if k in table and k != name)
    value = col.iloc[i]
    return (
        f"column {name!r} holds {type(value).__name__} {value!r} in row {i}"
        + (f" ({where})" if where else "")
        + (f" and {int(wrong.sum()) - 1} more rows" if wrong.sum() > 1 else "")
        + "; expected text (str) or missing"
    )


def validate(table: pd.DataFrame, kind: str, *, unique_key: bool = True) -> pd.DataFrame:
    """Check that ``table`` follows the contract of ``kind`` and return it unchanged.

    Parameters
    ----------
    table : DataFrame
        The table to check.
    kind : str
        One of ``SCHEMAS`` (``"docs"``, ``"sents"``, ``"tokens"``, ...).
    unique_key : bool
        Also require that the key columns identify each row.

    Returns
    -------
    DataFrame
        ``table`` itself, so that ``return validate(out, "docs")`` reads well.

    Raises
    ------
    SchemaError
        Listing every missing column, wrong dtype and key problem at once.

    Examples
    --------
    >>> import pandas as pd
    >>> validate(pd.DataFrame({"doc_id": ["a"]}), "docs")
    Traceback (most recent call last):
    ...
    discourse.schema.SchemaError: docs table: missing column 'source'; ...
    """
    if kind not in SCHEMAS:
        raise ValueError(f"kind must be one of {sorted(SCHEMAS)}, got {kind!r}")
    if not isinstance(table, pd.DataFrame):
        raise TypeError(f"{kind} table must be a pandas DataFrame, got {type(table).__name__}")
    schema = SCHEMAS[kind]
    problems: list[str] = []
    wanted = {**schema.columns, **{k: v for k, v in schema.optional.items() if k in table}}
    for name, logical in wanted.items():
        if name not in table.columns:
            problems.append(f"missing column {name!r}")
        elif not _type_ok(table[name], logical):
            want = _EXPECTED.get(logical, logical)
            problems.append(f"column {name!r} has dtype {table[name].dtype}, expected {want}")
        elif logical == STR and table[name].dtype == object:
            bad = _not_text(table, name, schema.key)
            if bad:
                problems.append(bad)
    if not isinstance(table.index, pd.RangeIndex):
        problems.append(f"index must be a RangeIndex, got {type(table.index).__name__}")
    if unique_key and not problems and len(table):
        key = list(schema.key)
        dup = table.duplicated(key, keep=False)
        if dup.any():
            first = table.loc[dup, key].head(3).to_dict("records")
            problems.append(f"key {key} is not unique ({int(dup.sum())} rows), e.g. {first}")
    if problems:
        raise SchemaError(f"{kind} table: " + "; ".join(problems))
    return table


_DTYPES = {
    STR: "str",
    INT: "int64",
    FLOAT: "float64",
    BOOL: "bool",
    DATETIME: "datetime64[ns, UTC]",
}


def empty(kind: str) -> pd.DataFrame:
    """An empty table of ``kind`` with the required columns and dtypes."""
    schema = SCHEMAS[kind]
    return pd.DataFrame(
        {name: pd.Series([], dtype=_DTYPES[t]) for name, t in schema.columns.items()}
    )


def coerce(table: pd.DataFrame, kind: str) -> pd.DataFrame:
    """Return a copy of ``table`` with the required and optional columns of ``kind``
    cast to their dtypes (text to ``str``, times to UTC). Columns it lacks are
    not added; extra columns are kept as they are.

    Integer columns that may be missing (e.g. ``speaker_start``) become the
    nullable ``Int64``.
    """
    schema = SCHEMAS[kind]
    out = table.copy()
    for name, logical in {**schema.columns, **schema.optional}.items():
        if name not in out:
            continue
        col = out[name]
        if logical == STR:
            out[name] = col.astype("str")  # missing values stay missing
        elif logical == INT:
            out[name] = col.astype("Int64") if col.isna().any() else col.astype("int64")
        elif logical == FLOAT:
            out[name] = col.astype("float64")
        elif logical == BOOL:
            out[name] = col.astype("bool")
        elif logical == DATETIME:
            out[name] = pd.to_datetime(col, utc=True).astype("datetime64[ns, UTC]")
    return out.reset_index(drop=True)

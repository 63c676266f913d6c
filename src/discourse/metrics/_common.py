"""Helpers shared by the metrics modules (private)."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd


def as_list(value: str | Sequence[str] | None) -> list[str]:
    """``None`` -> ``[]``, ``"a"`` -> ``["a"]``, a sequence -> a list."""
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return list(value)


def require(table: object, names: Sequence[str], *, table_name: str, argument: str) -> None:
    """Raise a clear error unless ``table`` is a DataFrame holding every column in ``names``."""
    if not isinstance(table, pd.DataFrame):
        raise TypeError(f"{table_name} must be a pandas DataFrame, got {type(table).__name__}")
    missing = [name for name in names if name not in table.columns]
    if missing:
        raise KeyError(
            f"{argument}: column(s) {missing} not in {table_name}; available: {list(table.columns)}"
        )


def check_choice(value: object, valid: Sequence[object], argument: str) -> None:
    """Raise ``ValueError`` naming ``argument`` unless ``value`` is one of ``valid``."""
    if value not in valid:
        raise ValueError(f"{argument} must be one of {list(valid)}, got {value!r}")


def word_mask(tokens: pd.DataFrame, *, stopwords: bool, punct: bool) -> pd.Series:
    """Rows of a ``tokens`` table to keep: drop punctuation unless ``punct``, stop words
    if ``stopwords`` (``True`` means *filter them out*)."""
    keep = pd.Series(True, index=tokens.index)
    if not punct:
        keep &= ~tokens["is_punct"].astype("bool")
    if stopwords:
        keep &= ~tokens["is_stop"].astype("bool")
    return keep


def token_counts(tokens: pd.DataFrame, *, punct: bool = False) -> pd.Series:
    """Tokens per ``doc_id`` (punctuation left out unless ``punct``), an int64 Series."""
    require(tokens, ["doc_id", "is_punct"], table_name="tokens", argument="tokens")
    keep = word_mask(tokens, stopwords=False, punct=punct)
    return tokens.loc[keep].groupby("doc_id", sort=False).size().astype("int64")

"""Helpers shared by the metrics modules (private)."""

from __future__ import annotations

import difflib
import warnings
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


def warn_unknown_concepts(
    names: Sequence[str], found: Sequence[str], lexicon: object = None, *, stacklevel: int = 3
) -> None:
    """Warn about each requested concept that no match has and no lexicon knows but that
    is close to one that is: a misspelt id ("defense_spending") would otherwise count zero
    in silence. ``found``: the concepts of the matches; ``lexicon``: the one in use
    (anything :func:`discourse.lexicon.find_terms` accepts), else the bundled ones. A
    concept close to none (one of the user's own lexicon) passes without a word.

    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as w:
    ...     warnings.simplefilter("always")
    ...     warn_unknown_concepts(["defense_spending", "nato", "klimaschutz"], ["nato"])
    >>> [str(x.message) for x in w]
    ["concept 'defense_spending' has no matches and is not in the bundled lexicons; did you mean 'defence_spending'?"]
    """
    missing = [n for n in names if n not in set(found) and not n.startswith("\x00")]
    if not missing:
        return
    from discourse.lexicon import load_lexicon
    from discourse.lexicon._io import as_lexicon

    lex = as_lexicon(lexicon) if lexicon is not None else load_lexicon()  # all bundled
    known = set(found) | set(lex.concept_ids)
    for name in missing:
        close = difflib.get_close_matches(name, sorted(known), n=1)
        if name in known or not close:
            continue  # a lexicon's concept without matches, or one of the user's own
        where = "the lexicon" if lexicon is not None else "the bundled lexicons"
        warnings.warn(
            f"concept {name!r} has no matches and is not in {where}; did you mean {close[0]!r}?",
            UserWarning,
            stacklevel=stacklevel,
        )

"""Keyword in context: ``kwic`` (a table) and ``show_kwic`` (HTML in Jupyter, text elsewhere)."""

from __future__ import annotations

import html
import logging
import re
import warnings
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd

from discourse.metrics._common import as_list, require, warn_unknown_concepts
from discourse.metrics._counts import _patterns

__all__ = ["KwicView", "kwic", "kwic_html", "kwic_text", "show_kwic"]

logger = logging.getLogger(__name__)

_WORD_RE = re.compile(r"\S+")
_SPACE_RE = re.compile(r"\s+")


def _hits_from_regex(docs: pd.DataFrame, pattern: Any, flags: int, words: bool) -> pd.DataFrame:
    rows: list[tuple[str, int, int, str]] = []
    for label, regex in _patterns(pattern, flags, words).items():
        for doc_id, text in zip(docs["doc_id"], docs["text"], strict=True):
            if isinstance(text, str):
                rows += [
                    (doc_id, m.start(), m.end(), label)
                    for m in regex.finditer(text)
                    if m.end() > m.start()
                ]
    return pd.DataFrame(
        {
            "doc_id": pd.array([r[0] for r in rows], dtype="str"),
            "start": np.array([r[1] for r in rows], dtype="int64"),
            "end": np.array([r[2] for r in rows], dtype="int64"),
            "pattern": pd.array([r[3] for r in rows], dtype="str"),
        }
    )


def _hits_from_matches(
    matches: pd.DataFrame, concepts: Sequence[str] | None, concept: str
) -> pd.DataFrame:
    require(matches, ["doc_id", "start", "end", concept], table_name="matches", argument="matches")
    keep = [c for c in ("doc_id", "sent_id", "start", "end", concept, "term") if c in matches]
    hits = matches[keep]
    if "match" in matches:
        hits = hits.assign(_given=matches["match"])
    if concepts is not None:
        hits = hits.loc[hits[concept].isin(concepts)]
    return hits.astype({"start": "int64", "end": "int64"})


def _contexts(text: str, starts: np.ndarray, ends: np.ndarray, window: int) -> tuple[list, list]:
    """Start of the left and end of the right context of every hit in one text."""
    spans = [(m.start(), m.end()) for m in _WORD_RE.finditer(text)]
    w_start = np.fromiter((s for s, _ in spans), dtype="int64", count=len(spans))
    w_end = np.fromiter((e for _, e in spans), dtype="int64", count=len(spans))
    lefts, rights = [], []
    for s, e in zip(starts.tolist(), ends.tolist(), strict=True):
        if window == 0 or not len(spans):
            lefts.append(s)
            rights.append(e)
            continue
        before = int(np.searchsorted(w_end, s, side="right"))  # words ending at or before s
        lefts.append(min(s, int(w_start[max(before - window, 0)])))
        after = int(np.searchsorted(w_start, e, side="left"))  # first word starting at or after e
        last = min(after + window, len(spans)) - 1
        rights.append(max(e, int(w_end[last])) if last >= 0 else e)
    return lefts, rights


def kwic(
    docs: pd.DataFrame,
    pattern_or_concept: str | re.Pattern[str] | Mapping[str, str] | Sequence[str] | None,
    *,
    matches: pd.DataFrame | None = None,
    lexicon: Any = None,
    window: int = 8,
    columns: str | Sequence[str] = (),
    concept: str = "concept",
    flags: int = re.IGNORECASE,
    words: bool = True,
) -> pd.DataFrame:
    """Keyword-in-context lines: every hit with ``window`` words on either side.

    Three ways to say what to look for:

    - ``matches`` given: ``pattern_or_concept`` names a concept (or a list of them; ``None``
      keeps every match) of that ``matches`` table;
    - ``lexicon`` given: the lexicon is applied to ``docs`` with
      :func:`discourse.lexicon.find_terms`, then as above;
    - otherwise ``pattern_or_concept`` is a regular expression (or a mapping label ->
      regex), matched like :func:`count_pattern` (whole words, case-insensitive).

    Parameters
    ----------
    docs : DataFrame
        A ``docs`` table (``doc_id`` unique, ``text``).
    pattern_or_concept : str, compiled regex, mapping, list of str or None
        What to look for (see above).
    matches : DataFrame, optional
        A ``matches`` table of ``docs``.
    lexicon : Lexicon, str, dict or Path, optional
        Anything :func:`discourse.lexicon.find_terms` accepts.
    window : int
        Context size in *words*, counted as whitespace-separated runs of characters
        (as in :func:`count_words`): ``"Zwei-Prozent-Ziel,"`` is one word. The rest of a
        word the hit starts or ends inside is always shown too.
    columns : str or list of str
        Columns of ``docs`` to carry into every line (e.g. ``["source", "published"]``).
    concept : str
        Column of ``matches`` holding the concept.
    flags, words : int, bool
        Regex flags and the whole-word rule for the regex mode.

    Returns
    -------
    DataFrame
        One row per hit, sorted by ``doc_id``, ``start``, ``end``: ``doc_id``,
        ``sent_id`` (with matches), ``start``, ``end`` (offsets into ``docs.text``),
        ``left``, ``match``, ``right`` (exact slices of the text, line breaks kept:
        ``text[start:end] == match``), then ``concept`` and ``term`` (with matches) or
        ``pattern`` (regex mode), then ``columns``. Display it with :func:`show_kwic`.

    Examples
    --------
    >>> import pandas as pd
    >>> docs = pd.DataFrame({"doc_id": ["a"], "text": ["Die Nato-Staaten und die Nato tagen heute."]})
    >>> kwic(docs, "nato", window=2)[["start", "left", "match", "right"]]
       start      left match             right
    0      4      Die   Nato  -Staaten und die
    1     25  und die   Nato      tagen heute.
    """
    if not isinstance(window, (int, np.integer)) or isinstance(window, bool) or window < 0:
        raise ValueError(f"window must be a non-negative int (words), got {window!r}")
    carry = as_list(columns)
    require(docs, ["doc_id", "text", *carry], table_name="docs", argument="columns/docs")
    if docs["doc_id"].duplicated().any():
        raise ValueError("docs: doc_id must be unique to place kwic lines")
    if matches is None and lexicon is not None:
        from discourse.lexicon import find_terms

        cols = [c for c in ("doc_id", "text", "lang") if c in docs.columns]
        matches = find_terms(docs[cols].reset_index(drop=True), lexicon)
    if matches is not None:
        if pattern_or_concept is not None and not isinstance(
            pattern_or_concept, (str, list, tuple)
        ):
            raise TypeError(
                "with matches= or lexicon=, pattern_or_concept must be a concept name, a list "
                f"of them or None, got {type(pattern_or_concept).__name__}"
            )
        concepts = None if pattern_or_concept is None else as_list(pattern_or_concept)
        if concepts is not None and concept in matches:
            warn_unknown_concepts(concepts, matches[concept].unique().tolist(), lexicon)
        hits = _hits_from_matches(matches, concepts, concept)
    elif pattern_or_concept is None:
        raise ValueError("pattern_or_concept is None: give a regex, or matches=/lexicon=")
    else:
        hits = _hits_from_regex(docs, pattern_or_concept, flags, words)
    known = hits["doc_id"].isin(docs["doc_id"])
    if not known.all():
        warnings.warn(
            f"{int((~known).sum())} matches belong to documents not in docs and are left out",
            UserWarning,
            stacklevel=2,
        )
        hits = hits.loc[known]
    texts = docs.set_index("doc_id")["text"]
    key = [c for c in ("doc_id", "start", "end", concept, "term", "pattern") if c in hits]
    hits = hits.sort_values(key, kind="stable").reset_index(drop=True)
    left_at = np.zeros(len(hits), dtype="int64")
    right_at = np.zeros(len(hits), dtype="int64")
    for doc_id, idx in hits.groupby("doc_id", sort=False).indices.items():
        text = texts[doc_id]
        text = "" if not isinstance(text, str) else text
        ls, rs = _contexts(text, hits["start"].to_numpy()[idx], hits["end"].to_numpy()[idx], window)
        left_at[idx], right_at[idx] = ls, rs
    doc_text = hits["doc_id"].map(texts).fillna("").tolist()
    starts, ends = hits["start"].tolist(), hits["end"].tolist()
    found = [t[s:e] for t, s, e in zip(doc_text, starts, ends, strict=True)]
    if "_given" in hits:
        differs = hits["_given"].to_numpy(dtype=object) != np.asarray(found, dtype=object)
        if differs.any():
            warnings.warn(
                f"{int(differs.sum())} matches do not fit docs.text[start:end] (e.g. doc "
                f"{hits.loc[differs, 'doc_id'].iloc[0]!r}); were they found in other docs? "
                "kwic shows the document text",
                UserWarning,
                stacklevel=2,
            )
    out = hits[[c for c in ("doc_id", "sent_id", "start", "end") if c in hits]].copy()
    out["left"] = pd.array(
        [t[a:s] for t, a, s in zip(doc_text, left_at.tolist(), starts, strict=True)], dtype="str"
    )
    out["match"] = pd.array(found, dtype="str")
    out["right"] = pd.array(
        [t[e:b] for t, e, b in zip(doc_text, ends, right_at.tolist(), strict=True)], dtype="str"
    )
    for name in (concept, "term", "pattern"):
        if name in hits:
            out[name] = hits[name].astype("str")
    if carry:
        meta = docs[["doc_id", *carry]].drop_duplicates("doc_id")
        out = out.merge(meta, on="doc_id", how="left", suffixes=("", "_doc"))
    return out.reset_index(drop=True)


def _clip(text: str, width: int, side: str) -> str:
    text = _SPACE_RE.sub(" ", text)
    if len(text) <= width:
        return text
    return "…" + text[-(width - 1) :] if side == "left" else text[: width - 1] + "…"


def _rows(table: pd.DataFrame, width: int, max_rows: int | None) -> list[tuple[str, str, str, str]]:
    require(table, ["doc_id", "left", "match", "right"], table_name="table", argument="table")
    shown = table if max_rows is None else table.head(max_rows)
    return [
        (
            str(d),
            _clip(str(left), width, "left"),
            _SPACE_RE.sub(" ", str(m)),
            _clip(str(r), width, "right"),
        )
        for d, left, m, r in zip(
            shown["doc_id"], shown["left"], shown["match"], shown["right"], strict=True
        )
    ]


def kwic_text(table: pd.DataFrame, *, width: int = 40, max_rows: int | None = 100) -> str:
    """Plain-text concordance of a :func:`kwic` table: left context right-aligned.

    Whitespace runs are shown as one space; contexts longer than ``width`` characters
    are cut (``…``).

    Returns
    -------
    str
        One line per kwic row (at most ``max_rows``): ``doc_id  left [match] right``.

    Examples
    --------
    >>> import pandas as pd
    >>> t = pd.DataFrame({"doc_id": ["a"], "left": ["Die "], "match": ["Nato"], "right": [" tagt."]})
    >>> print(kwic_text(t, width=6))
    a  Die [Nato] tagt.
    """
    rows = _rows(table, width, max_rows)
    if not rows:
        return "(no kwic lines)"
    id_w = max(len(r[0]) for r in rows)
    left_w = max(len(r[1]) for r in rows)
    lines = [f"{d:<{id_w}}  {left:>{left_w}}[{m}]{r}" for d, left, m, r in rows]
    if max_rows is not None and len(table) > max_rows:
        lines.append(f"... {len(table) - max_rows} more lines")
    return "\n".join(lines)


def kwic_html(table: pd.DataFrame, *, width: int = 60, max_rows: int | None = 100) -> str:
    """HTML concordance of a :func:`kwic` table with the keyword highlighted (``<mark>``).

    Returns
    -------
    str
        A ``<table class="discourse-kwic">`` with columns doc_id, left, match, right;
        all text is HTML-escaped.

    Examples
    --------
    >>> import pandas as pd
    >>> t = pd.DataFrame({"doc_id": ["a"], "left": ["<b> "], "match": ["Nato"], "right": ["."]})
    >>> "<mark>Nato</mark>" in kwic_html(t) and "&lt;b&gt;" in kwic_html(t)
    True
    """
    esc = html.escape
    body = "".join(
        f'<tr><td>{esc(d)}</td><td style="text-align:right;white-space:pre">{esc(left)}</td>'
        f'<td style="white-space:pre"><mark>{esc(m)}</mark></td>'
        f'<td style="text-align:left;white-space:pre">{esc(r)}</td></tr>'
        for d, left, m, r in _rows(table, width, max_rows)
    )
    more = ""
    if max_rows is not None and len(table) > max_rows:
        more = f"<caption>{max_rows} of {len(table)} lines</caption>"
    return (
        '<table class="discourse-kwic" style="font-family:monospace">'
        f"{more}<thead><tr><th>doc_id</th><th>left</th><th>match</th><th>right</th></tr></thead>"
        f"<tbody>{body}</tbody></table>"
    )


class KwicView:
    """A read-only view of a :func:`kwic` table: HTML in Jupyter, plain text elsewhere.

    The table itself stays available as ``view.table``.
    """

    def __init__(self, table: pd.DataFrame, *, width: int = 50, max_rows: int | None = 100):
        self.table = table
        self.width = width
        self.max_rows = max_rows

    def _repr_html_(self) -> str:
        return kwic_html(self.table, width=self.width, max_rows=self.max_rows)

    def __str__(self) -> str:
        return kwic_text(self.table, width=self.width, max_rows=self.max_rows)

    def __repr__(self) -> str:
        return self.__str__()


def show_kwic(table: pd.DataFrame, *, width: int = 50, max_rows: int | None = 100) -> KwicView:
    """Display a :func:`kwic` table: highlighted HTML in Jupyter, aligned text in a terminal.

    Parameters
    ----------
    table : DataFrame
        Output of :func:`kwic` (``doc_id``, ``left``, ``match``, ``right`` are used).
    width : int
        Characters of context shown on each side.
    max_rows : int or None
        Lines shown at most.

    Returns
    -------
    KwicView
        An object whose ``_repr_html_`` Jupyter renders and whose ``repr``/``str`` is the
        plain-text concordance; ``.table`` is the table unchanged.

    Examples
    --------
    >>> import pandas as pd
    >>> t = pd.DataFrame({"doc_id": ["a"], "left": ["Die "], "match": ["Nato"], "right": [" tagt."]})
    >>> show_kwic(t)
    a  Die [Nato] tagt.
    """
    require(table, ["doc_id", "left", "match", "right"], table_name="table", argument="table")
    return KwicView(table, width=width, max_rows=max_rows)

"""Numeric claims in German and English: percentages, percentage points, money.

``find_numbers(sents)`` turns a ``sents`` table into a ``numbers`` table: one
row per numeric expression with its value as a float, its unit, its base
("des BIP", "of GDP"), range bounds and whether it is part of a target
compound ("Zwei-Prozent-Ziel", "two percent target").
``target_mentions(numbers, matches)`` links each number to the concepts found
by the lexicon in the same sentence or clause, and ``count_targets`` counts
"two percent" and "five percent" target mentions by source and period.

What is reported (a documented choice)
--------------------------------------
* ``percent``: "5 %", "fünf Prozent", "3,5 v. H.", "two per cent", "Zwei-Prozent-Ziel",
  "Zweiprozentziel", "5%-Ziel", "two-percent target";
* ``percentage_points``: "6 Prozentpunkte", "5 percentage points";
* ``currency`` (with an ISO code in ``currency``): "100 Milliarden Euro", "€100bn",
  "$850 billion", "1,5 Billionen Dollar", "949 Euro";
* ``count``: a number with a scale word of a million or more and no currency
  ("65 Millionen Menschen", "100 Milliarden", "1 million refugees").

Everything else is not reported: plain numbers without a unit (years "2014", dates
"5. Mai", ordinals "19. Bundestag", list numbers "Nr. 5", "Artikel 5", names "G7",
"F-35", times "10 Uhr", "70 Jahre"), and never as a percentage.
Ranges ("zwei bis drei Prozent", "between 2 and 3 per cent", "80 bis 95 Prozent")
give one row with ``low``/``high`` and ``value == low``; a change or a list
("von 10,7 auf 9,5 Prozent", "20 und 25 Prozent") gives one row per number, the
first sharing the unit of the second. "Billion" is 10**12 in German, 10**9 in English.

Examples
--------
>>> import pandas as pd
>>> from discourse.numbers import find_numbers
>>> sents = pd.DataFrame({"doc_id": ["a"], "sent_id": [0], "para_id": [0], "start": [0],
...     "end": [58], "text": ["Die Nato soll fünf Prozent des BIP für Verteidigung ausgeben."],
...     "lang": ["de"]})
>>> find_numbers(sents)[["surface", "value", "unit", "base"]]
        surface  value     unit base
0  fünf Prozent    5.0  percent  GDP
"""

from __future__ import annotations

import logging
import re
import warnings

import pandas as pd

from discourse.numbers._find import candidates, scan
from discourse.numbers._link import DEFAULT_CONCEPTS, count_targets, target_mentions
from discourse.numbers._words import parse_number
from discourse.schema import validate

__all__ = [
    "find_numbers",
    "parse_number",
    "target_mentions",
    "count_targets",
    "DEFAULT_CONCEPTS",
    "NUMBER_COLUMNS",
]

logger = logging.getLogger(__name__)

#: output columns of :func:`find_numbers`, in order
NUMBER_COLUMNS = (
    "doc_id",
    "sent_id",
    "start",
    "end",
    "value",
    "unit",
    "base",
    "surface",
    "currency",
    "low",
    "high",
    "is_target",
    "lang",
)
_DE_HINT = re.compile(r"\b(?:der|die|das|und|nicht|ist|wir|Prozent|Euro|des)\b")
_EN_HINT = re.compile(r"\b(?:the|and|of|is|we|per cent|percent|dollars?)\b")


def _guess_lang(text: str) -> str | None:
    de, en = len(_DE_HINT.findall(text)), len(_EN_HINT.findall(text))
    if de == en:
        return None
    return "de" if de > en else "en"


def find_numbers(sents: pd.DataFrame, *, lang: str | None = None) -> pd.DataFrame:
    """Find percentages, percentage points and money amounts in sentences.

    Parameters
    ----------
    sents : DataFrame
        A ``sents`` table: ``doc_id``, ``sent_id``, ``start`` (offset of the
        sentence in the document text) and ``text``; ``lang`` ("de"/"en") if
        present decides the decimal separator per sentence.
    lang : {"de", "en", None}
        Language for all sentences; overrides a ``lang`` column. Without either,
        each sentence's language is guessed from a few function words (and the
        digit shape decides where that fails: "3,5" is 3.5, "1,000" is 1000).

    Returns
    -------
    DataFrame
        A ``numbers`` table (:data:`discourse.schema.SCHEMAS` ``"numbers"``), one row
        per number, sorted by input order of documents and ``start``, RangeIndex:
        ``doc_id``, ``sent_id``, ``start``, ``end`` (offsets into the document text,
        ``docs.text[start:end] == surface``), ``value`` (float), ``unit``
        (``percent``, ``percentage_points``, ``currency``, ``count``), ``base``
        (``GDP``, ``GNI`` or NA), ``surface``, ``currency`` (ISO 4217 code or NA),
        ``low``/``high`` (range bounds, NaN if not a range), ``is_target`` (part of
        a target compound such as "Zwei-Prozent-Ziel"), ``lang``.

    Raises
    ------
    ValueError
        If a required column is missing or ``lang`` is not "de", "en" or None.

    Examples
    --------
    >>> import pandas as pd
    >>> sents = pd.DataFrame({"doc_id": ["d"], "sent_id": [3], "start": [100],
    ...     "text": ["Allies agreed on a two percent target and €100bn."], "lang": ["en"]})
    >>> out = find_numbers(sents)
    >>> out[["start", "surface", "value", "unit", "currency", "is_target"]]
       start             surface         value      unit currency  is_target
    0    119  two percent target  2.000000e+00   percent      NaN       True
    1    142              €100bn  1.000000e+11  currency      EUR      False
    """
    if not isinstance(sents, pd.DataFrame):
        raise TypeError(f"sents must be a pandas DataFrame, got {type(sents).__name__}")
    missing = [c for c in ("doc_id", "sent_id", "start", "text") if c not in sents.columns]
    if missing:
        raise ValueError(
            f"sents is missing column(s) {missing}; a sents table needs doc_id, sent_id, "
            "start, text (see discourse.segment.split_sentences)"
        )
    if lang not in (None, "de", "en"):
        raise ValueError(f"lang must be 'de', 'en' or None, got {lang!r}")
    if lang is not None:
        langs = [lang] * len(sents)
    elif "lang" in sents.columns:
        raw = sents["lang"].tolist()
        langs = [x if isinstance(x, str) and x in ("de", "en") else None for x in raw]
        other = sorted({x for x in raw if isinstance(x, str) and x not in ("de", "en")})
        if other:
            warnings.warn(
                f"sents column 'lang' has values {other[:5]} that find_numbers does not know "
                "(only 'de' and 'en'); their language is guessed per sentence",
                UserWarning,
                stacklevel=2,
            )
    else:
        langs = [None] * len(sents)
    rows = []
    texts = [t if isinstance(t, str) else "" for t in sents["text"].tolist()]
    doc_ids, sent_ids, starts = (sents[c].tolist() for c in ("doc_id", "sent_id", "start"))
    for i in candidates(texts):
        doc_id, sent_id, start, text = doc_ids[i], sent_ids[i], starts[i], texts[i]
        sl = langs[i] or _guess_lang(text)
        for h in scan(text, sl, prefiltered=True):
            rows.append(
                (
                    doc_id,
                    int(sent_id),
                    int(start) + h.start,
                    int(start) + h.end,
                    float(h.value),
                    h.unit,
                    h.base,
                    text[h.start : h.end],
                    h.currency,
                    h.low,
                    h.high,
                    h.is_target,
                    sl,
                )
            )
    return _frame(rows)


def _frame(rows: list[tuple]) -> pd.DataFrame:
    out = pd.DataFrame(rows, columns=list(NUMBER_COLUMNS))
    for col in ("doc_id", "unit", "base", "surface", "currency", "lang"):
        out[col] = out[col].astype("str") if len(out) else pd.Series([], dtype="str")
    for col in ("sent_id", "start", "end"):
        out[col] = out[col].astype("int64")
    for col in ("value", "low", "high"):
        out[col] = out[col].astype("float64")
    out["is_target"] = out["is_target"].astype("bool")
    out = out.reset_index(drop=True)
    return validate(out, "numbers")

"""Frequency metrics over discourse tables, all returned in long form.

Counts over ``docs`` (:func:`count_pattern`, :func:`count_words`, :func:`corpus_summary`);
counts of lexicon ``matches`` per document or sentence (:func:`count_terms`) and over
time with rates per 1,000 tokens (:func:`timeline`); keyword in context (:func:`kwic`,
:func:`show_kwic`); collocations with NLTK's association measures (:func:`collocations`);
keyness of a target against a reference corpus (:func:`keyness`); tf-idf terms per group
(:func:`distinctive_terms`); co-occurrence of concepts (:func:`cooccurrence`).

Every function returns a new :class:`pandas.DataFrame` with a RangeIndex, sorted
deterministically; inputs are never modified. scikit-learn and NLTK are imported only
by the functions that need them.

Examples
--------
>>> import pandas as pd
>>> from discourse.metrics import count_pattern
>>> docs = pd.DataFrame({"doc_id": ["a", "b"], "text": ["NATO, NATO.", "EU"]})
>>> count_pattern(docs, "nato")[["pattern", "n", "n_docs", "docs_total"]]
  pattern  n  n_docs  docs_total
0    nato  2       1           2
"""

from __future__ import annotations

from discourse.metrics._collocations import MEASURES, collocations
from discourse.metrics._cooccurrence import cooccurrence
from discourse.metrics._counts import FREQS, corpus_summary, count_pattern, count_words
from discourse.metrics._keyness import adjust_pvalues, distinctive_terms, keyness
from discourse.metrics._kwic import KwicView, kwic, kwic_html, kwic_text, show_kwic
from discourse.metrics._timeline import count_terms, timeline

__all__ = [
    "FREQS",
    "MEASURES",
    "KwicView",
    "adjust_pvalues",
    "collocations",
    "cooccurrence",
    "corpus_summary",
    "count_pattern",
    "count_terms",
    "count_words",
    "distinctive_terms",
    "keyness",
    "kwic",
    "kwic_html",
    "kwic_text",
    "show_kwic",
    "timeline",
]

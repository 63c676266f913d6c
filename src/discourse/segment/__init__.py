"""The German and English text layer: sentences, tokens, lemmas and stop words, offline.

``split_sentences(docs)`` gives the ``sents`` table and ``tokenize(sents)`` the ``tokens``
table; all offsets point into ``docs.text``. Rules of our own (abbreviations, ordinals,
quotes, headings, line breaks) decide sentence boundaries; one compiled regular expression
finds tokens; simplemma (MIT) plus hand-written rules gives lemmas; the Snowball stop-word
lists (BSD) are bundled. Nothing is downloaded.

Examples
--------
>>> import pandas as pd
>>> from discourse.segment import split_sentences, tokenize
>>> docs = pd.DataFrame({"doc_id": ["d"], "lang": ["de"], "text": ["Er kam. Sie ging."]})
>>> tokenize(split_sentences(docs))["token"].tolist()
['Er', 'kam', '.', 'Sie', 'ging', '.']
"""

from __future__ import annotations

from discourse.segment._resources import (
    SUPPORTED_LANGS,
    load_abbreviations,
    load_stopwords,
)
from discourse.segment.lemmas import lemmatize
from discourse.segment.sentences import sentence_spans, split_sentences
from discourse.segment.tokens import token_spans, tokenize

__all__ = [
    "SUPPORTED_LANGS",
    "lemmatize",
    "load_abbreviations",
    "load_stopwords",
    "sentence_spans",
    "split_sentences",
    "token_spans",
    "tokenize",
]

"""discourse: quantitative analysis of political discourse in news.

Load article corpora into one documented table, segment German and English
text, count concepts over time, attribute statements and stance, and chart
the results reproducibly.

>>> import discourse
>>> docs = discourse.load_demo_corpus()          # doctest: +SKIP
>>> docs.groupby("collection").size()            # doctest: +SKIP

Importing the package is cheap: the public functions are loaded on first use.
"""

from __future__ import annotations

import importlib
import logging
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())

# public name -> module that defines it (imported lazily, PEP 562)
_EXPORTS: dict[str, str] = {
    "read_corpus": "discourse.io",
    "write_corpus": "discourse.io",
    "load_report": "discourse.io",
    "CorpusError": "discourse.io",
    "CorpusWarning": "discourse.io",
    "parse_date": "discourse.io",
    "docs_dedupe": "discourse.io.dedupe",
    "load_demo_corpus": "discourse.demo",
    "demo_corpus_dir": "discourse.demo",
    # text layer
    "split_sentences": "discourse.segment",
    "tokenize": "discourse.segment",
    "load_stopwords": "discourse.segment",
    # concept dictionaries
    "find_terms": "discourse.lexicon",
    "load_lexicon": "discourse.lexicon",
    "read_lexicon": "discourse.lexicon",
    "list_lexicons": "discourse.lexicon",
    "Lexicon": "discourse.lexicon",
    # numeric claims
    "find_numbers": "discourse.numbers",
    "parse_number": "discourse.numbers",
    "target_mentions": "discourse.numbers",
    "count_targets": "discourse.numbers",
    # counting and charts
    "count_pattern": "discourse.metrics",
    "count_words": "discourse.metrics",
    "corpus_summary": "discourse.metrics",
    "count_terms": "discourse.metrics",
    "timeline": "discourse.metrics",
    "kwic": "discourse.metrics",
    "show_kwic": "discourse.metrics",
    "collocations": "discourse.metrics",
    "keyness": "discourse.metrics",
    "distinctive_terms": "discourse.metrics",
    "cooccurrence": "discourse.metrics",
    "plot_counts": "discourse.plots",
    "plot_timeline": "discourse.plots",
    "plot_distribution": "discourse.plots",
    "save_figure": "discourse.plots",
    "run_notebooks": "discourse.figures",
    "analyze": "discourse.analysis",
    "Analysis": "discourse.analysis",
    # actors, statements, stance
    "find_actors": "discourse.actors",
    "load_registry": "discourse.actors",
    "find_statements": "discourse.statements",
    "score_stance": "discourse.stance",
    "load_targets": "discourse.stance",
    "StanceClassifier": "discourse.stance",
    "evaluate_stance": "discourse.stance",
    "sample_for_coding": "discourse.stance",
    "read_codings": "discourse.stance",
    "agreement": "discourse.stance",
    "validate": "discourse.schema",
    "SchemaError": "discourse.schema",
}

__all__ = ["__version__", *_EXPORTS]

if TYPE_CHECKING:  # pragma: no cover
    from discourse.actors import find_actors, load_registry
    from discourse.analysis import Analysis, analyze
    from discourse.demo import demo_corpus_dir, load_demo_corpus
    from discourse.figures import run_notebooks
    from discourse.io import (
        CorpusError,
        CorpusWarning,
        load_report,
        parse_date,
        read_corpus,
        write_corpus,
    )
    from discourse.io.dedupe import docs_dedupe
    from discourse.lexicon import Lexicon, find_terms, list_lexicons, load_lexicon, read_lexicon
    from discourse.metrics import (
        collocations,
        cooccurrence,
        corpus_summary,
        count_pattern,
        count_terms,
        count_words,
        distinctive_terms,
        keyness,
        kwic,
        show_kwic,
        timeline,
    )
    from discourse.numbers import count_targets, find_numbers, parse_number, target_mentions
    from discourse.plots import plot_counts, plot_distribution, plot_timeline, save_figure
    from discourse.schema import SchemaError, validate
    from discourse.segment import load_stopwords, split_sentences, tokenize
    from discourse.stance import (
        StanceClassifier,
        agreement,
        evaluate_stance,
        load_targets,
        read_codings,
        sample_for_coding,
        score_stance,
    )
    from discourse.statements import find_statements


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'discourse' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)

"""Collocations of a ``tokens`` table with NLTK's bigram association measures."""

from __future__ import annotations

import logging
import warnings
from typing import Any

import numpy as np
import pandas as pd

from discourse.metrics._common import check_choice, require, word_mask

__all__ = ["MEASURES", "collocations"]

logger = logging.getLogger(__name__)

#: ``measure=`` names and the ``nltk.metrics.BigramAssocMeasures`` method each one uses.
MEASURES: dict[str, str] = {
    "pmi": "pmi",
    "llr": "likelihood_ratio",
    "chi_sq": "chi_sq",
    "student_t": "student_t",
    "dice": "dice",
    "jaccard": "jaccard",
    "poisson_stirling": "poisson_stirling",
    "mi_like": "mi_like",
    "phi_sq": "phi_sq",
    "raw_freq": "raw_freq",
}

_COLUMNS = ["w1", "w2", "n", "n_w1", "n_w2", "score", "measure"]


def _word_stream(
    tokens: pd.DataFrame, by: str, window: int, *, stopwords: bool, punct: bool, lowercase: bool
) -> list[object]:
    """Words in text order; filtered tokens become ``None`` (they keep their place in the
    window) and ``window - 1`` ``None`` separate sentences, so no pair crosses a sentence."""
    ordered = tokens.sort_values(["doc_id", "sent_id", "tok_id"], kind="stable")
    words = ordered[by].astype("object")
    if lowercase:
        words = words.str.lower()
    keep = word_mask(ordered, stopwords=stopwords, punct=punct) & words.notna()
    values = np.where(keep.to_numpy(), words.to_numpy(dtype=object), None)
    doc = ordered["doc_id"].to_numpy(dtype=object)
    sent = ordered["sent_id"].to_numpy()
    if len(values) > 1:
        new_sent = np.flatnonzero((doc[1:] != doc[:-1]) | (sent[1:] != sent[:-1])) + 1
        values = np.insert(values, np.repeat(new_sent, window - 1), None)
    return values.tolist()


def _score(finder: Any, score_fn: Any, w1: str, w2: str) -> float:
    """NLTK's score of one pair, NaN where its contingency table has a negative cell
    (NLTK would fail on the logarithm) or a measure divides by zero."""
    n_ii = finder.ngram_fd[(w1, w2)] / (finder.window_size - 1.0)
    n_oo = finder.N - finder.word_fd[w1] - finder.word_fd[w2] + n_ii
    if n_oo < 0:
        return float("nan")
    try:
        return float(finder.score_ngram(score_fn, w1, w2))
    except ZeroDivisionError:
        return float("nan")


def collocations(
    tokens: pd.DataFrame,
    *,
    measure: str = "pmi",
    window: int = 2,
    min_freq: int = 5,
    by: str = "lemma",
    stopwords: bool = True,
    punct: bool = False,
    lowercase: bool = False,
    top: int | None = None,
) -> pd.DataFrame:
    """Word pairs that occur together more often than chance, scored with NLTK.

    Uses ``nltk.collocations.BigramCollocationFinder`` and ``BigramAssocMeasures``
    (pure Python; no NLTK data is needed). Pairs never cross a sentence boundary.

    Parameters
    ----------
    tokens : DataFrame
        A ``tokens`` table (``doc_id``, ``sent_id``, ``tok_id``, ``is_stop``,
        ``is_punct`` and the ``by`` column); row order does not matter.
    measure : str
        One of :data:`MEASURES`: ``"pmi"`` (pointwise mutual information, log2),
        ``"llr"`` (log-likelihood ratio G2), ``"chi_sq"``, ``"student_t"``, ``"dice"``,
        ``"jaccard"``, ``"poisson_stirling"``, ``"mi_like"``, ``"phi_sq"``, ``"raw_freq"``.
    window : int
        Pairs of words at most ``window - 1`` positions apart, in text order (2: adjacent
        words). Following NLTK (Church and Hanks 1990), the pair count used in the scores
        is divided by ``window - 1``.
    min_freq : int
        Keep pairs seen at least this often (``n``).
    by : str
        Token column to pair: ``"lemma"`` (default) or ``"token"``.
    stopwords, punct : bool
        ``stopwords=True`` leaves out pairs with a stop word (``is_stop``); ``punct=False``
        leaves out punctuation. Left-out tokens keep their position, so with ``window=2``
        "Ausgaben für Verteidigung" gives no pair; they are not counted in the total N.
    lowercase : bool
        Lower-case the words first.
    top : int, optional
        Keep the ``top`` best pairs.

    Returns
    -------
    DataFrame
        One row per ordered pair, sorted by ``score`` (descending), then ``w1``, ``w2``:
        ``w1``, ``w2`` (first and second word), ``n`` (times ``w2`` follows ``w1`` within
        the window, int), ``n_w1``, ``n_w2`` (word frequencies, int), ``score`` (float;
        NaN, with a warning, where the pair's 2 x 2 table is degenerate), ``measure``.

    Examples
    --------
    >>> import pandas as pd
    >>> words = "Die Nato tagt . Die Nato wächst .".split()
    >>> tokens = pd.DataFrame({"doc_id": "a", "sent_id": [0] * 4 + [1] * 4,
    ...     "tok_id": list(range(4)) * 2, "lemma": words,
    ...     "is_stop": [w == "Die" for w in words], "is_punct": [w == "." for w in words]})
    >>> collocations(tokens, min_freq=1)[["w1", "w2", "n", "score"]]
         w1      w2  n  score
    0  Nato    tagt  1    1.0
    1  Nato  wächst  1    1.0
    """
    check_choice(measure, list(MEASURES), "measure")
    if not isinstance(window, int) or window < 2:
        raise ValueError(f"window must be an int >= 2, got {window!r}")
    if not isinstance(min_freq, int) or min_freq < 1:
        raise ValueError(f"min_freq must be an int >= 1, got {min_freq!r}")
    require(
        tokens,
        ["doc_id", "sent_id", "tok_id", by, "is_stop", "is_punct"],
        table_name="tokens",
        argument="by/tokens",
    )
    from nltk.collocations import BigramAssocMeasures, BigramCollocationFinder

    words = _word_stream(tokens, by, window, stopwords=stopwords, punct=punct, lowercase=lowercase)
    finder = BigramCollocationFinder.from_words(words, window_size=window)
    finder.apply_freq_filter(min_freq)
    score_fn = getattr(BigramAssocMeasures, MEASURES[measure])
    pairs = sorted(finder.ngram_fd.items())
    scores = np.array([_score(finder, score_fn, w1, w2) for (w1, w2), _ in pairs], dtype="float64")
    if np.isnan(scores).any():
        warnings.warn(
            f"{int(np.isnan(scores).sum())} pairs get no {measure!r} score (NaN): their 2 x 2 "
            "table is degenerate (a word paired with itself in a tiny text, or a zero margin)",
            UserWarning,
            stacklevel=2,
        )
    out = pd.DataFrame(
        {
            "w1": pd.array([w1 for (w1, _), _ in pairs], dtype="str"),
            "w2": pd.array([w2 for (_, w2), _ in pairs], dtype="str"),
            "n": np.array([n for _, n in pairs], dtype="int64"),
            "n_w1": np.array([finder.word_fd[w1] for (w1, _), _ in pairs], dtype="int64"),
            "n_w2": np.array([finder.word_fd[w2] for (_, w2), _ in pairs], dtype="int64"),
            "score": scores,
        }
    )
    out["measure"] = pd.array([measure] * len(out), dtype="str")
    out = out.sort_values(["score", "w1", "w2"], ascending=[False, True, True], kind="stable")
    if top is not None:
        out = out.head(top)
    return out.reset_index(drop=True)[_COLUMNS]

"""Keyness of a target corpus against a reference (G2, chi-square, log ratio) and tf-idf
terms per group (``distinctive_terms``)."""

from __future__ import annotations

import logging
import warnings
from collections.abc import Sequence

import numpy as np
import pandas as pd

from discourse.metrics._common import as_list, check_choice, require, word_mask

__all__ = ["adjust_pvalues", "distinctive_terms", "keyness"]

logger = logging.getLogger(__name__)

_CORRECTIONS = ("fdr_bh", "holm", "bonferroni", None)


def adjust_pvalues(p: Sequence[float] | np.ndarray, method: str | None = "fdr_bh") -> np.ndarray:
    """Correct p-values for multiple tests.

    Parameters
    ----------
    p : array-like of float
        Raw p-values.
    method : {"fdr_bh", "holm", "bonferroni", None}
        Benjamini-Hochberg false discovery rate, Holm's step-down family-wise error rate,
        Bonferroni, or no correction.

    Returns
    -------
    ndarray
        Adjusted p-values in the input order, capped at 1.

    Examples
    --------
    >>> adjust_pvalues([0.01, 0.04, 0.03], "fdr_bh").round(3).tolist()
    [0.03, 0.04, 0.04]
    >>> adjust_pvalues([0.01, 0.04, 0.03], "holm").round(3).tolist()
    [0.03, 0.06, 0.06]
    """
    check_choice(method, _CORRECTIONS, "correction")
    values = np.asarray(p, dtype="float64")
    m = len(values)
    if method is None or m == 0:
        return values.copy()
    if method == "bonferroni":
        return np.minimum(values * m, 1.0)
    order = np.argsort(values, kind="stable")
    ranked = values[order]
    if method == "holm":
        adjusted = np.maximum.accumulate(ranked * (m - np.arange(m)))
    else:  # Benjamini-Hochberg
        adjusted = np.minimum.accumulate((ranked * m / np.arange(1, m + 1))[::-1])[::-1]
    out = np.empty(m)
    out[order] = np.minimum(adjusted, 1.0)
    return out


def _frequencies(
    corpus: pd.DataFrame | pd.Series,
    name: str,
    by: str,
    *,
    stopwords: bool,
    punct: bool,
    lowercase: bool,
) -> tuple[pd.Series, int]:
    """Term counts (index: term) shown in the result, and the corpus size N."""
    if isinstance(corpus, pd.Series):
        counts = corpus.dropna()
        if not pd.api.types.is_numeric_dtype(counts) or (counts < 0).any():
            raise ValueError(
                f"{name}: a Series must hold counts >= 0 indexed by term (e.g. "
                f"tokens['lemma'].value_counts()), got dtype {corpus.dtype}; or pass the tokens "
                "table itself"
            )
        counts = counts.astype("int64")
        counts.index = counts.index.astype("str")
        counts = counts.groupby(level=0).sum()
        return counts, int(counts.sum())
    require(corpus, [by, "is_stop", "is_punct"], table_name=name, argument="by")
    words = corpus.loc[word_mask(corpus, stopwords=False, punct=punct)]
    terms = words[by].astype("str")
    if lowercase:
        terms = terms.str.lower()
    total = int(terms.notna().sum())
    counts = terms.value_counts(sort=False)
    if stopwords:
        stop_terms = set(terms[words["is_stop"].astype("bool")].dropna())
        counts = counts.loc[~counts.index.isin(stop_terms)]
    return counts.astype("int64"), total


def _xlogx_ratio(observed: np.ndarray, expected: np.ndarray) -> np.ndarray:
    """``O * ln(O / E)`` with ``0 * ln 0 = 0``."""
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(observed > 0, observed * np.log(observed / expected), 0.0)


def keyness(
    target: pd.DataFrame | pd.Series,
    reference: pd.DataFrame | pd.Series,
    *,
    by: str = "lemma",
    stopwords: bool = True,
    punct: bool = False,
    lowercase: bool = False,
    min_freq: int = 1,
    correction: str | None = "fdr_bh",
) -> pd.DataFrame:
    """Terms used more (or less) in ``target`` than in ``reference``.

    For each term, the 2 x 2 table (term / all other words x target / reference) gives

    - ``g2``: log-likelihood, ``2 * sum(O * ln(O / E))`` over the four cells,
    - ``chi2``: Pearson's chi-square over the same cells (no continuity correction),
    - ``log_ratio``: Hardie's effect size ``log2((a / N_t) / (b / N_r))``, a zero count
      replaced by 0.5 (positive: more frequent in the target),
    - ``p``: from ``g2`` against chi-square with one degree of freedom, and
    - ``p_adj``: ``p`` corrected for the number of terms tested (Benjamini-Hochberg by
      default, see :func:`adjust_pvalues`).

    Parameters
    ----------
    target, reference : DataFrame or Series
        ``tokens`` tables, or term frequencies (a Series: index term, value count; the
        corpus size N is then its sum).
    by : str
        Token column to count: ``"lemma"`` (default) or ``"token"``.
    stopwords : bool
        Leave stop words out of the result (they still count in N).
    punct : bool
        Count punctuation (default: left out of the terms and of N).
    lowercase : bool
        Lower-case terms first.
    min_freq : int
        Test only terms seen at least this often in both corpora together.
    correction : {"fdr_bh", "holm", "bonferroni", None}
        Multiple-test correction of ``p_adj``.

    Returns
    -------
    DataFrame
        ``term``, ``n_target``, ``n_reference`` (int), ``g2``, ``chi2``, ``log_ratio``,
        ``p``, ``p_adj`` (float); sorted by ``g2`` descending, then ``term``. ``g2`` is never
        negative: the sign of ``log_ratio`` gives the direction.

    Examples
    --------
    >>> import pandas as pd
    >>> target = pd.Series({"Nato": 30, "und": 70})
    >>> reference = pd.Series({"Nato": 10, "und": 90})
    >>> keyness(target, reference)[["term", "n_target", "n_reference", "log_ratio"]]
       term  n_target  n_reference  log_ratio
    0  Nato        30           10   1.584963
    1   und        70           90  -0.362570
    """
    if not isinstance(min_freq, int) or min_freq < 1:
        raise ValueError(f"min_freq must be an int >= 1, got {min_freq!r}")
    check_choice(correction, _CORRECTIONS, "correction")
    options = {"stopwords": stopwords, "punct": punct, "lowercase": lowercase}
    t_counts, n_t = _frequencies(target, "target", by, **options)
    r_counts, n_r = _frequencies(reference, "reference", by, **options)
    if n_t == 0 or n_r == 0:
        raise ValueError(f"target and reference need words; got N = {n_t} and {n_r}")
    table = pd.concat([t_counts.rename("n_target"), r_counts.rename("n_reference")], axis=1)
    table = table.fillna(0).astype("int64")
    table = table.loc[table.sum(axis=1) >= min_freq]
    a = table["n_target"].to_numpy(dtype="float64")
    b = table["n_reference"].to_numpy(dtype="float64")
    total = float(n_t + n_r)
    observed = [a, b, n_t - a, n_r - b]
    row = [a + b, a + b, total - a - b, total - a - b]
    col = [n_t, n_r, n_t, n_r]
    expected = [r * c / total for r, c in zip(row, col, strict=True)]
    g2 = 2.0 * sum(_xlogx_ratio(o, e) for o, e in zip(observed, expected, strict=True))
    with np.errstate(divide="ignore", invalid="ignore"):
        chi2 = sum(
            np.where(e > 0, (o - e) ** 2 / e, 0.0) for o, e in zip(observed, expected, strict=True)
        )
    log_ratio = np.log2((np.where(a > 0, a, 0.5) / n_t) / (np.where(b > 0, b, 0.5) / n_r))
    from scipy.stats import chi2 as chi2_dist

    g2 = np.maximum(g2, 0.0)  # rounding can give -1e-15
    p = chi2_dist.sf(g2, 1)
    out = pd.DataFrame(
        {
            "term": pd.array(table.index.astype("str"), dtype="str"),
            "n_target": table["n_target"].to_numpy(),
            "n_reference": table["n_reference"].to_numpy(),
            "g2": g2,
            "chi2": chi2,
            "log_ratio": log_ratio,
            "p": p,
            "p_adj": adjust_pvalues(p, correction),
        }
    )
    out = out.sort_values(["g2", "term"], ascending=[False, True], kind="stable")
    return out.reset_index(drop=True)


def _identity(terms: list[str]) -> list[str]:
    return terms


def distinctive_terms(
    tokens: pd.DataFrame,
    docs: pd.DataFrame,
    *,
    by: str | Sequence[str],
    top: int | None = 20,
    term: str = "lemma",
    stopwords: bool = True,
    punct: bool = False,
    lowercase: bool = False,
    sublinear_tf: bool = False,
) -> pd.DataFrame:
    """The terms with the highest tf-idf per group of documents (scikit-learn).

    All tokens of a group form one pseudo-document; scikit-learn's ``CountVectorizer``
    and ``TfidfTransformer`` (the two halves of ``TfidfVectorizer``, defaults: smoothed
    idf, l2 norm) score every term per group, so a term used by every group gets the
    lowest idf. The tokens are passed pre-tokenised (``analyzer=callable``).

    Parameters
    ----------
    tokens : DataFrame
        A ``tokens`` table; tokens of documents not in ``docs`` are left out with a warning.
    docs : DataFrame
        The ``docs`` table with the ``by`` columns (``doc_id`` unique).
    by : str or list of str
        Grouping columns of ``docs`` (``"party"``, ``"source"``, ...). Documents with a
        missing group value are left out.
    top : int or None
        Terms per group (all with ``None``).
    term : str
        Token column to use: ``"lemma"`` (default) or ``"token"``.
    stopwords, punct, lowercase : bool
        Leave out stop words (default) and punctuation (default); lower-case terms.
    sublinear_tf : bool
        Use ``1 + log(tf)`` (passed to ``TfidfTransformer``).

    Returns
    -------
    DataFrame
        The ``by`` columns, ``term``, ``n`` (count in the group, int), ``tfidf``
        (float), ``rank`` (1 = most distinctive, int); sorted by group then rank
        (ties by term).

    Examples
    --------
    >>> import pandas as pd
    >>> docs = pd.DataFrame({"doc_id": ["a", "b"], "party": ["X", "Y"]})
    >>> tokens = pd.DataFrame({"doc_id": ["a", "a", "a", "b", "b"],
    ...     "lemma": ["Nato", "Nato", "Geld", "Geld", "Frieden"],
    ...     "is_stop": False, "is_punct": False})
    >>> distinctive_terms(tokens, docs, by="party", top=1)[["party", "term", "n", "rank"]]
      party     term  n  rank
    0     X     Nato  2     1
    1     Y  Frieden  1     1
    """
    groups = as_list(by)
    if not groups:
        raise ValueError("by must name at least one column of docs, e.g. 'party'")
    if top is not None and (not isinstance(top, int) or top < 1):
        raise ValueError(f"top must be a positive int or None, got {top!r}")
    require(docs, ["doc_id", *groups], table_name="docs", argument="by/docs")
    require(tokens, ["doc_id", term, "is_stop", "is_punct"], table_name="tokens", argument="term")
    if docs["doc_id"].duplicated().any():
        raise ValueError("docs: doc_id must be unique")
    words = tokens.loc[word_mask(tokens, stopwords=stopwords, punct=punct), ["doc_id", term]]
    words = words.loc[words[term].notna()]
    known = words["doc_id"].isin(docs["doc_id"])
    if not known.all():
        warnings.warn(
            f"{int((~known).sum())} tokens belong to documents not in docs and are left out",
            UserWarning,
            stacklevel=2,
        )
    words = words.loc[known].merge(docs[["doc_id", *groups]], on="doc_id", how="left")
    words = words.dropna(subset=groups)
    values = words[term].astype("str")
    words = words.assign(_term=values.str.lower() if lowercase else values)
    columns = [*groups, "term", "n", "tfidf", "rank"]
    if not len(words):
        empty = docs[groups].iloc[:0].reset_index(drop=True)
        return empty.assign(term=pd.Series([], dtype="str"), n=0, tfidf=0.0, rank=0)[columns]
    from sklearn.feature_extraction.text import CountVectorizer, TfidfTransformer

    grouped = words.groupby(groups, sort=True, dropna=True)["_term"]
    keys, sequences = [], []
    for key, series in grouped:
        keys.append(key)
        sequences.append(series.tolist())
    counts = CountVectorizer(analyzer=_identity, lowercase=False)
    matrix = counts.fit_transform(sequences)
    tfidf = TfidfTransformer(sublinear_tf=sublinear_tf).fit_transform(matrix).tocsr()
    matrix = matrix.tocsr()
    vocab = counts.get_feature_names_out()
    frames = []
    for i, key in enumerate(keys):
        row = tfidf.getrow(i)
        frame = pd.DataFrame(
            {
                "term": vocab[row.indices],
                "n": np.asarray(matrix[i, row.indices].todense()).ravel().astype("int64"),
                "tfidf": row.data,
            }
        )
        frame = frame.sort_values(["tfidf", "term"], ascending=[False, True], kind="stable")
        frame = frame.head(top) if top is not None else frame
        frame["rank"] = np.arange(1, len(frame) + 1, dtype="int64")
        key_values = key if isinstance(key, tuple) else (key,)
        for name, value in zip(groups, key_values, strict=True):
            frame.insert(len(frame.columns) - 4, name, value)
        frames.append(frame)
    out = pd.concat(frames, ignore_index=True)[columns]
    out["term"] = out["term"].astype("str")
    return out.reset_index(drop=True)

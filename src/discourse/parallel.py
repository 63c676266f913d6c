"""The discourse verbs over Dask DataFrames: the same names, arguments and results.

``discourse.parallel.find_terms(ddf, "defence")`` is ``discourse.lexicon.find_terms(df,
"defence")`` run partition by partition: the row-wise verbs (``split_sentences``,
``tokenize``, ``find_terms``, ``find_numbers``, ``find_actors``, ``find_statements``,
``score_stance``, ``count_terms`` at levels ``doc``/``sent``) are ``map_partitions`` of the
pandas verb with the pandas verb's output on an empty frame as ``meta``; the
aggregations (``count_terms`` at level ``corpus``, ``timeline``) compute partial counts per
partition and combine them in one final task (sums, then the rate, then the complete
grid). Results equal the pandas results row for row (each partition keeps a RangeIndex
of its own; ``.compute().reset_index(drop=True)`` gives the pandas table).

Partitions hold whole documents: :func:`read_corpus` reads a Parquet dataset whose rows
are documents, so every partition is a set of whole documents, and every table derived
from a partition (sentences, tokens, matches...) stays in that partition. Two rules keep
this true for tables you build yourself: never repartition a derived table (``sents``,
``tokens``, ``matches``) on its own, and pass tables that belong together (``matches``
and ``docs`` in :func:`timeline`; ``sents`` and ``docs`` in :func:`find_actors`) with the
same number of partitions, derived from the same docs partitions. ``doc_id`` must be
unique across partitions.

Any ``dask.distributed.Client`` runs these graphs unchanged: a ``LocalCluster`` on a
laptop, Kubernetes, Slurm through dask-jobqueue, or a cloud cluster. Create the client
first; ``.compute()`` uses it.

Examples
--------
>>> from dask.distributed import Client, LocalCluster          # doctest: +SKIP
>>> client = Client(LocalCluster(n_workers=2, threads_per_worker=1))  # doctest: +SKIP
>>> from discourse import parallel                             # doctest: +SKIP
>>> docs = parallel.read_corpus("s3://bucket/news/")          # doctest: +SKIP
>>> sents = parallel.split_sentences(docs)                     # doctest: +SKIP
>>> matches = parallel.find_terms(sents, "defence")            # doctest: +SKIP
>>> parallel.timeline(matches, docs, by="source", freq="M").compute()  # doctest: +SKIP
"""

from __future__ import annotations

import copy
import importlib
from collections.abc import Sequence
from typing import Any

import pandas as pd

from discourse._combine import (
    combine_count_terms,
    combine_timeline,
    partial_count_terms,
    partial_timeline,
)

__all__ = [
    "count_terms",
    "find_actors",
    "find_numbers",
    "find_statements",
    "find_terms",
    "read_corpus",
    "score_stance",
    "split_sentences",
    "timeline",
    "tokenize",
]


def _dd() -> Any:
    try:
        import dask.dataframe as dd
    except ImportError as err:  # pragma: no cover - depends on the environment
        raise ImportError(
            "discourse.parallel needs Dask: pip install 'discourse[scale]' "
            "(or 'dask[dataframe,distributed]')"
        ) from err
    return dd


def _is_dask(value: Any) -> bool:
    return type(value).__module__.startswith("dask") and hasattr(value, "map_partitions")


def _plain(frame: Any) -> Any:
    """Dask's ``string`` columns (NA semantics) as pandas' default ``str``; RangeIndex."""
    if not isinstance(frame, pd.DataFrame):
        return frame
    casts = {
        name: "str"
        for name, dtype in frame.dtypes.items()
        if isinstance(dtype, pd.StringDtype) and dtype != pd.StringDtype(na_value=float("nan"))
    }
    out = frame.astype(casts) if casts else frame
    return out.reset_index(drop=True)


class _Call:
    """Picklable partition task: ``func(*parts[:n_args], **static, **named parts)``."""

    def __init__(self, func: Any, n_args: int, names: Sequence[str], static: dict) -> None:
        self.func, self.n_args, self.names, self.static = func, n_args, tuple(names), static

    def __call__(self, *parts: Any) -> pd.DataFrame:
        parts = tuple(_plain(p) for p in parts)
        named = dict(zip(self.names, parts[self.n_args :], strict=True))
        out = self.func(*parts[: self.n_args], **self.static, **named)
        return out.reset_index(drop=True)


def _map(func: Any, *args: Any, **kwargs: Any) -> Any:
    """``map_partitions`` of ``func`` over the Dask frames among ``args``/``kwargs``."""
    dd = _dd()
    if not _is_dask(args[0]):
        raise TypeError(
            f"{getattr(func, '__name__', 'verb')}: the first argument must be a Dask "
            f"DataFrame, got {type(args[0]).__name__}; use the pandas verb for pandas tables"
        )
    names = [k for k, v in kwargs.items() if _is_dask(v)]
    static = {k: v for k, v in kwargs.items() if k not in names}
    frames = [*args, *(kwargs[k] for k in names)]
    labels = [f"argument {i}" for i in range(len(args))] + names
    counts = {label: f.npartitions for label, f in zip(labels, frames, strict=True) if _is_dask(f)}
    if len(set(counts.values())) > 1:
        raise ValueError(
            "all Dask DataFrames must have the same partitions (derived from the same docs "
            f"partitions); got npartitions {counts}"
        )
    metas = [_plain(f._meta) if _is_dask(f) else f for f in frames]
    call = _Call(func, len(args), names, static)
    meta = call(*metas)
    return dd.map_partitions(call, *frames, meta=meta, align_dataframes=False)


def _verb(module: str, name: str) -> Any:
    return getattr(importlib.import_module(module), name)


def read_corpus(
    path: str | Any,
    *,
    columns: Sequence[str] | None = None,
    storage_options: dict | None = None,
    **kwargs: Any,
) -> Any:
    """Read a Parquet dataset of ``docs`` (a folder of files, local or any fsspec URL).

    Parameters
    ----------
    path : str or list
        A folder of Parquet files, a glob, a file or a list, local or remote
        (``s3://``, ``gs://``, ``abfs://``, ``https://`` with the matching fsspec package).
    columns : list of str, optional
        Columns to read (default: all).
    storage_options : dict, optional
        Passed to fsspec (credentials, endpoints).
    **kwargs
        More keyword arguments of :func:`dask.dataframe.read_parquet`.

    Returns
    -------
    dask.dataframe.DataFrame
        One row per document with the columns of the files: ``doc_id``, ``source``,
        ``published`` (datetime64[ns, UTC]), ``title``, ``text``, ``lang`` and the rest;
        text columns use pandas' ``str`` dtype. Each partition holds whole rows, so whole
        documents.

    Examples
    --------
    >>> docs = read_corpus("corpus.parquet/")        # doctest: +SKIP
    >>> docs.npartitions                              # doctest: +SKIP
    10
    """
    dd = _dd()
    ddf = dd.read_parquet(path, columns=columns, storage_options=storage_options, **kwargs)
    return ddf.map_partitions(_docs_types, meta=_docs_types(ddf._meta))


def _docs_types(frame: pd.DataFrame) -> pd.DataFrame:
    out = _plain(frame)
    if "published" in out.columns:
        values = out["published"]
        if isinstance(values.dtype, pd.DatetimeTZDtype):
            values = values.dt.tz_convert("UTC")
        elif pd.api.types.is_datetime64_any_dtype(values.dtype):
            values = values.dt.tz_localize("UTC")
        else:
            values = pd.to_datetime(values, utc=True, errors="coerce")
        out = out.assign(published=values.astype("datetime64[ns, UTC]"))
    return out


def split_sentences(docs: Any, **kwargs: Any) -> Any:
    """:func:`discourse.segment.split_sentences` per partition.

    Returns
    -------
    dask.dataframe.DataFrame
        ``sents``: ``doc_id``, ``sent_id``, ``para_id``, ``start``, ``end``, ``text``, ``lang``.
    """
    return _map(_verb("discourse.segment", "split_sentences"), docs, **kwargs)


def tokenize(sents: Any, **kwargs: Any) -> Any:
    """:func:`discourse.segment.tokenize` per partition.

    Returns
    -------
    dask.dataframe.DataFrame
        ``tokens``: ``doc_id``, ``sent_id``, ``tok_id``, ``token``, ``lemma``, ``start``,
        ``end``, ``is_stop``, ``is_punct``.
    """
    return _map(_verb("discourse.segment", "tokenize"), sents, **kwargs)


def find_terms(table: Any, lexicon: Any = None, **kwargs: Any) -> Any:
    """:func:`discourse.lexicon.find_terms` per partition (the lexicon is compiled once).

    Returns
    -------
    dask.dataframe.DataFrame
        ``matches``: ``doc_id``, ``sent_id``, ``start``, ``end``, ``concept``, ``term``,
        ``match``, ``lang``.
    """
    from discourse.lexicon._io import as_lexicon

    # ship the lexicon uncompiled (the compiled automaton does not cloudpickle);
    # each task compiles it once (a fraction of a second)
    lex = copy.copy(as_lexicon(lexicon))
    vars(lex).pop("compiled", None)
    return _map(_verb("discourse.lexicon", "find_terms"), table, lex, **kwargs)


def find_numbers(sents: Any, **kwargs: Any) -> Any:
    """:func:`discourse.numbers.find_numbers` per partition.

    Returns
    -------
    dask.dataframe.DataFrame
        ``numbers``: ``doc_id``, ``sent_id``, ``start``, ``end``, ``value``, ``unit``,
        ``base``, ``surface`` and the extra columns of the pandas verb.
    """
    return _map(_verb("discourse.numbers", "find_numbers"), sents, **kwargs)


def find_actors(sents: Any, registry: Any = None, docs: Any = None) -> Any:
    """:func:`discourse.actors.find_actors` per partition (``docs`` co-partitioned).

    Returns
    -------
    dask.dataframe.DataFrame
        ``actors``: ``doc_id``, ``sent_id``, ``start``, ``end``, ``actor_id``, ``surface``,
        ``role`` and the extra columns of the pandas verb.
    """
    return _map(_verb("discourse.actors", "find_actors"), sents, registry, docs=docs)


def find_statements(sents: Any, actors: Any = None, **kwargs: Any) -> Any:
    """:func:`discourse.statements.find_statements` per partition.

    ``actors`` and ``docs=`` may be Dask DataFrames derived from the same partitions.

    Returns
    -------
    dask.dataframe.DataFrame
        ``statements``: ``doc_id``, ``stmt_id``, ``sent_id``, ``speaker_id``, ``speaker_*``,
        ``cue``, ``cue_start``, ``cue_end``, ``kind``, ``content``, ``content_*``,
        ``medium``, ``addressee`` and the extra columns of the pandas verb.
    """
    func = _verb("discourse.statements", "find_statements")
    return _map(func, sents, actors=actors, **kwargs)


def score_stance(table: Any, targets: Any = None, **kwargs: Any) -> Any:
    """:func:`discourse.stance.score_stance` per partition (``docs=`` co-partitioned).

    Returns
    -------
    dask.dataframe.DataFrame
        ``stance``: ``doc_id``, ``stmt_id`` or ``sent_id``, ``target``, ``label``,
        ``score``, ``method``, ``evidence`` and the extra columns of the pandas verb.
    """
    return _map(_verb("discourse.stance", "score_stance"), table, targets, **kwargs)


def count_terms(matches: Any, *, level: str = "doc", by: str | Sequence[str] = "concept") -> Any:
    """:func:`discourse.metrics.count_terms` over a Dask ``matches`` table.

    Levels ``doc`` and ``sent`` run per partition (rows sorted within each partition);
    level ``corpus`` sums the partial counts of all partitions in one final task
    (``n``, ``n_sents`` and ``n_docs`` add up because documents never span partitions).

    Returns
    -------
    dask.dataframe.DataFrame
        The unit keys (``doc_id``; ``sent_id``), the ``by`` columns, ``n``, ``n_sents``
        (levels doc, corpus), ``n_docs`` (level corpus); one partition for ``corpus``.
    """
    if level != "corpus":
        return _map(_verb("discourse.metrics", "count_terms"), matches, level=level, by=by)
    partial = _map(partial_count_terms, matches, by=by)
    return _combine(partial, combine_count_terms, by=by)


def _combine(partial: Any, func: Any, **kwargs: Any) -> Any:
    one = partial.repartition(npartitions=1)
    call = _Call(func, 1, (), kwargs)
    return one.map_partitions(call, meta=call(partial._meta))


def timeline(
    matches: Any,
    docs: Any,
    *,
    freq: str | None = "M",
    by: str | Sequence[str] | None = None,
    tokens: Any = None,
    concepts: Sequence[str] | None = None,
    concept: str = "concept",
    date: str = "published",
    punct: bool = False,
    tz: str | None = None,
) -> Any:
    """:func:`discourse.metrics.timeline` over co-partitioned Dask ``matches`` and ``docs``.

    Each partition gives partial counts per group, period and concept (plus the documents
    and tokens per group and period); one final task sums them, recomputes the rate and
    builds the complete grid, so the result equals the pandas timeline of the whole corpus.
    ``tokens`` may be a co-partitioned Dask ``tokens`` table, a docs column name or None
    (tokenise each partition).

    Returns
    -------
    dask.dataframe.DataFrame
        One partition: the ``by`` columns, ``period`` (unless ``freq`` is None), the
        ``concept`` column, ``n``, ``n_docs``, ``docs_total``, ``n_tokens``, ``rate``.
    """
    options = {
        "freq": freq,
        "by": by,
        "concepts": concepts,
        "concept": concept,
        "date": date,
        "punct": punct,
        "tz": tz,
    }
    partial = _map(partial_timeline, matches, docs, tokens=tokens, **options)
    return _combine(partial, combine_timeline, by=by, concepts=concepts, concept=concept, freq=freq)

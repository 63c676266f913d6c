"""Corpora larger than memory without Dask: stream chunks, keep small partial results.

Each function reads the corpus with :func:`discourse.read_corpus` in chunks of
``chunksize`` documents, runs the pandas verbs on one chunk at a time (optionally in
``jobs`` worker processes, at most ``2 * jobs`` chunks in flight) and keeps only small
partial results (counts) or writes each chunk's rows to disk (statements, KWIC lines).
Memory is bounded by the chunk size, not by the corpus size. Documents never span chunks,
so the combined counts equal those of the pandas verbs on the whole corpus.

Examples
--------
>>> from discourse.stream import stream_count
>>> counts = stream_count("big.jsonl", lexicon="defence", by="source", freq="M")  # doctest: +SKIP
"""

from __future__ import annotations

import copy
import logging
import os
import pickle
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from pathlib import Path
from typing import Any

import pandas as pd

from discourse._combine import combine_timeline, partial_timeline

__all__ = ["stream_count", "stream_kwic", "stream_statements"]

logger = logging.getLogger(__name__)
_DOC_COLS = ("doc_id", "text", "lang")


class _Inline(Executor):
    """Run submitted calls at once in this process (``jobs=1``)."""

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future:
        future: Future = Future()
        future.set_result(fn(*args, **kwargs))
        return future


def _chunks(path: Any, chunksize: int, read_options: dict | None) -> Iterator[pd.DataFrame]:
    from discourse.io import read_corpus

    if not isinstance(chunksize, int) or isinstance(chunksize, bool) or chunksize < 1:
        raise ValueError(f"chunksize must be a positive int; got {chunksize!r}")
    options = dict(read_options or {})
    if "chunksize" in options:
        raise ValueError("read_options must not contain 'chunksize'; pass chunksize=")
    return read_corpus(path, chunksize=chunksize, **options)


def _run(
    path: Any,
    work: Callable[[pd.DataFrame], Any],
    *,
    chunksize: int,
    jobs: int,
    progress: bool,
    read_options: dict | None,
    desc: str,
) -> Iterator[Any]:
    """Results of ``work`` for every chunk, in corpus order, with a progress bar on stderr."""
    from tqdm.auto import tqdm

    if not isinstance(jobs, int) or isinstance(jobs, bool) or jobs < 1:
        raise ValueError(f"jobs must be a positive int; got {jobs!r}")
    chunks = _chunks(path, chunksize, read_options)
    executor: Executor = ProcessPoolExecutor(jobs) if jobs > 1 else _Inline()
    bar = tqdm(desc=desc, unit=" docs", disable=not progress, smoothing=0.1)
    pending: deque[tuple[Future, int, int]] = deque()
    chars = 0

    def advance(n: int, c: int) -> None:
        nonlocal chars
        chars += c
        bar.update(n)
        bar.set_postfix_str(f"{chars / 1e6:,.0f}M chars", refresh=False)

    try:
        for chunk in chunks:
            size = len(chunk)
            text_chars = int(chunk["text"].str.len().sum()) if size else 0
            pending.append((executor.submit(work, chunk), size, text_chars))
            del chunk
            while len(pending) >= 2 * jobs or (pending and pending[0][0].done()):
                future, n, c = pending.popleft()
                yield future.result()
                advance(n, c)
        while pending:
            future, n, c = pending.popleft()
            yield future.result()
            advance(n, c)
    finally:
        bar.close()
        executor.shutdown(wait=True, cancel_futures=True)


def _count_chunk(
    docs: pd.DataFrame,
    lexicon: Any,
    by: list[str],
    freq: str | None,
    date: str,
    tz: str | None = None,
) -> pd.DataFrame:
    from discourse.lexicon import find_terms
    from discourse.segment import split_sentences, tokenize

    cols = [c for c in _DOC_COLS if c in docs.columns]
    sents = split_sentences(docs[cols])
    tokens = tokenize(sents, lemmas=False)[["doc_id", "is_punct"]]
    matches = find_terms(sents, lexicon)
    return partial_timeline(matches, docs, freq=freq, by=by, tokens=tokens, date=date, tz=tz)


def stream_count(
    path: Any,
    *,
    lexicon: Any = None,
    by: str | Sequence[str] | None = "source",
    freq: str | None = "M",
    date: str = "published",
    tz: str | None = None,
    concepts: Sequence[str] | None = None,
    chunksize: int = 1000,
    jobs: int = 1,
    progress: bool = False,
    read_options: dict | None = None,
) -> pd.DataFrame:
    """Count a lexicon's concepts by group and period in a corpus of any size.

    Per chunk: :func:`discourse.segment.split_sentences`, :func:`discourse.segment.tokenize`
    (without lemmas: only the token counts are needed), :func:`discourse.lexicon.find_terms`
    and a partial :func:`discourse.metrics.timeline`; the partial counts are combined at
    the end (sums, then the rate and the complete grid).

    Parameters
    ----------
    path : str, Path or list
        Anything :func:`discourse.read_corpus` reads (JSONL, CSV, Parquet, a folder...).
    lexicon : str, Path, dict, Lexicon or None
        The lexicon (a bundled name such as ``"defence"``); None: all bundled lexicons.
    by : str, list of str or None
        Grouping columns of the docs table (default ``"source"``).
    freq : {"D", "W", "M", "Q", "Y"} or None
        Period length; None counts each group as a whole.
    date : str
        Date column of the docs table.
    tz : str, optional
        Time zone of the calendar periods (``"Europe/Berlin"``), as in
        :func:`discourse.metrics.timeline`; default UTC.
    concepts : list of str, optional
        Concepts to report (zero rows for those never found); default: those found.
    chunksize : int
        Documents per chunk; memory grows with it (about 100-200 MB per 1,000 news
        articles in the text layer).
    jobs : int
        Worker processes (each holds one chunk at a time).
    progress : bool
        Show a tqdm progress bar on stderr.
    read_options : dict, optional
        More keyword arguments of :func:`discourse.read_corpus` (``text=``, ``lang=``...).

    Returns
    -------
    DataFrame
        Long form, equal to ``timeline(find_terms(sents, lexicon), docs, freq=freq,
        by=by, tokens=tokenize(sents), tz=tz)`` on the whole corpus: the ``by`` columns,
        ``period`` (unless ``freq`` is None), ``concept``, ``n``, ``n_docs``,
        ``docs_total``, ``n_tokens`` (int) and ``rate`` (per 1,000 tokens).

    Examples
    --------
    >>> stream_count("news.jsonl", lexicon="defence", freq="Y")  # doctest: +SKIP
    """
    from discourse.lexicon._io import as_lexicon

    groups = [by] if isinstance(by, str) else list(by or [])
    lex = _shippable(as_lexicon(lexicon), jobs)
    work = _Work(_count_chunk, lex, groups, freq, date, tz)
    partials = list(
        _run(
            path,
            work,
            chunksize=chunksize,
            jobs=jobs,
            progress=progress,
            read_options=read_options,
            desc="count",
        )
    )
    combined = pd.concat(partials, ignore_index=True)
    return combine_timeline(combined, by=groups, concepts=concepts, freq=freq)


def _shippable(lex: Any, jobs: int) -> Any:
    """The lexicon compiled once (``jobs=1``), or a copy that pickles to worker processes:
    compiled when the compiled matcher pickles, else uncompiled (each chunk compiles it)."""
    _ = lex.compiled
    if jobs == 1:
        return lex
    try:
        pickle.dumps(lex)
    except TypeError:
        lex = copy.copy(lex)
        vars(lex).pop("compiled", None)
    return lex


class _Work:
    """A picklable ``fn(chunk, *args)`` (a closure would not reach worker processes)."""

    def __init__(self, fn: Callable[..., Any], *args: Any) -> None:
        self.fn, self.args = fn, args

    def __call__(self, chunk: pd.DataFrame) -> Any:
        return self.fn(chunk, *self.args)


def _statements_chunk(docs: pd.DataFrame, options: dict) -> pd.DataFrame:
    from discourse.segment import split_sentences
    from discourse.statements import find_statements

    cols = [c for c in _DOC_COLS if c in docs.columns]
    sents = split_sentences(docs[cols])
    return find_statements(sents, docs=docs, **options)


def _prepare_dir(out: Path) -> Path:
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise FileExistsError(f"out {str(out)!r} exists and is not a folder")
    out.mkdir(parents=True, exist_ok=True)
    if any(out.glob("part-*.parquet")):
        raise FileExistsError(f"out folder {str(out)!r} already holds part-*.parquet files")
    return out


def stream_statements(
    path: Any,
    out: str | os.PathLike,
    *,
    chunksize: int = 1000,
    jobs: int = 1,
    progress: bool = False,
    read_options: dict | None = None,
    **options: Any,
) -> int:
    """Find the statements of a corpus of any size and write them as a Parquet dataset.

    Parameters
    ----------
    path : str, Path or list
        Anything :func:`discourse.read_corpus` reads.
    out : str or Path
        A folder (created; must not hold ``part-*.parquet`` yet) that receives one
        ``part-NNNNN.parquet`` per chunk with statements; read it back with
        ``pandas.read_parquet(out)`` or :func:`discourse.parallel.read_corpus`-style Dask.
    chunksize, jobs, progress, read_options
        As in :func:`stream_count`.
    **options
        Keyword arguments of :func:`discourse.statements.find_statements`.

    Returns
    -------
    int
        Statements written. Each part is a ``statements`` table: ``doc_id``, ``stmt_id``,
        ``sent_id``, ``speaker_id``, ``speaker_surface``, ``speaker_start``,
        ``speaker_end``, ``cue``, ``cue_start``, ``cue_end``, ``kind``, ``content``,
        ``content_start``, ``content_end``, ``medium``, ``addressee`` (and the extra
        columns of ``find_statements``).

    Examples
    --------
    >>> stream_statements("news.jsonl", "statements/")  # doctest: +SKIP
    """
    folder = _prepare_dir(Path(out))
    work = _Work(_statements_chunk, options)
    total = 0
    results = _run(
        path,
        work,
        chunksize=chunksize,
        jobs=jobs,
        progress=progress,
        read_options=read_options,
        desc="statements",
    )
    for i, table in enumerate(results):
        if len(table):
            table.to_parquet(folder / f"part-{i:05d}.parquet", index=False)
            total += len(table)
    logger.info("stream_statements: %d statements written to %s", total, folder)
    return total


def _kwic_chunk(docs: pd.DataFrame, target: Any, options: dict) -> pd.DataFrame:
    from discourse.metrics import kwic

    return kwic(docs, target, **options)


#: Field separator of the table files :func:`stream_kwic` and the command line write, by
#: suffix (None: Parquet).
TABLE_SEPS = {".tsv": "\t", ".txt": "\t", ".csv": ",", ".parquet": None}


def _kwic_sep(out: str | os.PathLike) -> str | None:
    """The field separator of a KWIC output file (None for Parquet), from its suffix.

    Raises
    ------
    ValueError
        When the suffix is none of ``.tsv``, ``.txt``, ``.csv`` and ``.parquet``.
    """
    suffix = Path(out).suffix.lower()
    if suffix not in TABLE_SEPS:
        raise ValueError(f"out must end in .tsv (or .txt), .csv or .parquet; got {str(out)!r}")
    return TABLE_SEPS[suffix]


class _ParquetLines:
    """Append tables to one Parquet file, one row group per non-empty table."""

    def __init__(self, path: Path) -> None:
        self.path, self.writer, self.last = path, None, None

    def write(self, table: pd.DataFrame) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        self.last = table
        if not len(table):
            return
        arrow = pa.Table.from_pandas(table, preserve_index=False)
        if self.writer is None:
            # a column that is missing throughout the first chunk holds text elsewhere
            schema = pa.schema(
                [
                    f.with_type(pa.large_string()) if pa.types.is_null(f.type) else f
                    for f in arrow.schema
                ],
                metadata=arrow.schema.metadata,
            )
            self.writer = pq.ParquetWriter(self.path, schema)
        self.writer.write_table(arrow.cast(self.writer.schema))

    def finish(self) -> None:
        """Without any line: an empty table with the columns of the last chunk."""
        if self.writer is None:
            empty = self.last if self.last is not None else pd.DataFrame()
            empty.to_parquet(self.path, index=False)

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()


def stream_kwic(
    path: Any,
    out: str | os.PathLike,
    target: Any,
    *,
    lexicon: Any = None,
    window: int = 8,
    columns: str | Sequence[str] = ("source", "published"),
    chunksize: int = 1000,
    jobs: int = 1,
    progress: bool = False,
    read_options: dict | None = None,
) -> int:
    """Write the keyword-in-context lines of a corpus of any size to a TSV, CSV or Parquet file.

    Parameters
    ----------
    path : str, Path or list
        Anything :func:`discourse.read_corpus` reads.
    out : str or Path
        Output file, by its suffix: ``.tsv`` (or ``.txt``) tab-separated, ``.csv``
        comma-separated values, ``.parquet`` a Parquet file (one row group per chunk).
    target : str, list of str or None
        With ``lexicon``: the concept(s) to show (None: every concept); without: a
        regular expression (whole words, case-insensitive), as in
        :func:`discourse.metrics.kwic`.
    lexicon : str, Path, dict or Lexicon, optional
        Lexicon whose concepts are searched.
    window : int
        Context words on either side.
    columns : str or list of str
        Docs columns to carry into every line.
    chunksize, jobs, progress, read_options
        As in :func:`stream_count`.

    Returns
    -------
    int
        Lines written (white space runs in ``left``/``match``/``right`` become one space,
        so that every hit is one line). Columns as :func:`discourse.metrics.kwic`: ``doc_id``, (``sent_id``),
        ``start``, ``end``, ``left``, ``match``, ``right``, ``concept`` and ``term`` (or
        ``pattern``), then ``columns``.

    Raises
    ------
    ValueError
        Before reading anything, when ``out`` has another suffix.

    Examples
    --------
    >>> stream_kwic("news.jsonl", "nato.tsv", "nato", lexicon="security")  # doctest: +SKIP
    """
    from discourse.lexicon._io import as_lexicon

    out = Path(out)
    sep = _kwic_sep(out)
    options: dict[str, Any] = {"window": window, "columns": columns}
    if lexicon is not None:
        options["lexicon"] = _shippable(as_lexicon(lexicon), jobs)
    work = _Work(_kwic_chunk, target, options)
    total = 0
    tmp = out.with_name(out.name + ".part")
    results = _run(
        path,
        work,
        chunksize=chunksize,
        jobs=jobs,
        progress=progress,
        read_options=read_options,
        desc="kwic",
    )
    if sep is None:
        lines = _ParquetLines(tmp)
        try:
            for table in results:
                lines.write(_one_line(table))
                total += len(table)
            lines.finish()
        finally:
            lines.close()
    else:
        with tmp.open("w", encoding="utf-8", newline="") as fh:
            for table in results:
                table = _one_line(table)
                table.to_csv(fh, sep=sep, index=False, header=total == 0 and len(table) > 0)
                total += len(table)
    tmp.replace(out)
    return total


def _one_line(table: pd.DataFrame) -> pd.DataFrame:
    """White space runs in the context and match become one space (one line per hit)."""
    table = table.copy()
    for col in ("left", "match", "right"):
        table[col] = table[col].str.replace(r"\s+", " ", regex=True)
    return table

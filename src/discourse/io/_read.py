"""``read_corpus``: files -> records -> batches -> the ``docs`` table."""

from __future__ import annotations

import codecs
import contextlib
import csv
import logging
import math
import tarfile
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import pandas as pd

from discourse.io._archive import expand
from discourse.io._columns import harmonise, stabilise
from discourse.io._records import (
    CANDIDATES,
    CORE,
    OPTIONAL,
    Collector,
    DupState,
    FieldMapper,
    Options,
    finalize,
)
from discourse.io._report import ERRORS, CorpusError, LoadReport, Reporter, finish
from discourse.io._sources import (
    LEAF_FORMATS,
    FsContainer,
    Item,
    archive_kind,
    fs_item,
    leaf_format,
)
from discourse.io._tabular import iter_parquet_tables, iter_table, table_records
from discourse.io._text import Sidecars, is_sidecar, iter_text
from discourse.io._web import iter_feed, iter_html

log = logging.getLogger(__name__)

BATCH = 20_000  # records per internal batch when reading everything at once
BATCH_CHARS = 8_000_000  # ... or this many characters of text: bounds the Python-object peak
FORMATS = (*LEAF_FORMATS,)
_TABULAR = ("csv", "tsv", "jsonl", "json", "parquet")


def _data_errors() -> tuple[type[BaseException], ...]:
    """Exceptions that mean 'this file is damaged' (reported), not 'discourse has a bug'."""
    import lxml.etree
    import yaml

    return (
        OSError,
        EOFError,
        ValueError,  # includes UnicodeError, JSONDecodeError, ArrowInvalid
        csv.Error,
        zipfile.BadZipFile,
        tarfile.TarError,
        zlib.error,
        lxml.etree.LxmlError,
        yaml.YAMLError,
        RecursionError,
        NotImplementedError,  # e.g. unsupported zip compression method
    )


class _Run:
    """State of one read: options, report, caches, open archives, duplicate ids."""

    def __init__(self, opts: Options, reporter: Reporter, stack: contextlib.ExitStack) -> None:
        self.opts = opts
        self.reporter = reporter
        self.stack = stack
        self.fs = FsContainer()
        self.sidecars = Sidecars(opts, reporter)
        self.mapper = FieldMapper(opts)
        self.state = DupState()
        self.errors = _data_errors()

    def records(self, files: list[Path]) -> Iterator[tuple]:
        for path in files:
            yield from self._item(fs_item(path, self.fs), depth=0)

    def _item(self, item: Item, depth: int) -> Iterator[tuple]:
        kind = archive_kind(item.rel)
        if kind is not None and depth < 3:
            try:
                members = expand(item, kind, self.reporter, self.stack)
            except self.errors as exc:
                self.reporter.add(item.name, None, "unreadable", f"bad {kind} archive: {exc}")
                return
            for member in members:
                yield from self._item(member, depth + 1)
            return
        fmt = self.opts.format or leaf_format(item.rel)
        if fmt is None:
            self.reporter.add(
                item.name, None, "unsupported_format",
                f"unknown file type; valid formats: {', '.join(FORMATS)} (pass format=)",
            )  # fmt: skip
            return
        if fmt in ("csv", "tsv", "json", "jsonl") and is_sidecar(item):
            return  # metadata of text files, read with them
        try:
            if fmt == "parquet" and self.opts.vectorised:
                yield from self._parquet(item)
            else:
                yield from self._read(item, fmt)
        except self.errors as exc:
            self.reporter.add(
                item.name, None, "unreadable",
                f"{type(exc).__name__}: {exc}; records before the error were kept",
            )  # fmt: skip

    def _read(self, item: Item, fmt: str) -> Iterator[tuple]:
        opts, reporter = self.opts, self.reporter
        folder = item.folder
        hints: dict[str, str] = {}  # input column -> dtype (filled by the Parquet reader)
        out_hints: dict[str, str] | None = None
        if fmt in ("txt", "md"):
            source: Iterator = iter_text(item, opts, reporter, self.sidecars)
        elif fmt == "html":
            source = iter_html(item, opts, reporter)
        elif fmt == "feed":
            source = iter_feed(item, opts, reporter)
        else:
            table = iter_table(item, opts, reporter, fmt, hints)
            source = ((raw, None, line) for raw, line in table)
        no_text, first_no_text = 0, None
        missing_reported = False
        for raw, fixed, line in source:
            mapping = self.mapper(tuple(raw))
            values = {mapping.rename[k]: v for k, v in raw.items()}
            if fixed:
                values.update(fixed)
            if mapping.missing and not missing_reported:
                missing_reported = True
                reporter.add(
                    item.name, line, "missing_column",
                    f"{', '.join(mapping.missing)} not among the fields ({', '.join(list(raw)[:12])})",
                    "loaded",
                )  # fmt: skip
            if "text" not in values:
                no_text += 1
                first_no_text = first_no_text or line
                continue
            if hints and out_hints is None:
                out_hints = {mapping.rename.get(k, k): v for k, v in hints.items()}
            yield values, item.name, line, folder, mapping.const_source, out_hints
        if no_text:
            self._no_text(item, no_text, first_no_text)

    def _parquet(self, item: Item) -> Iterator[Any]:
        """Like :meth:`_read` for Parquet, but yields whole blocks of rows (``Block``);
        a table the column-wise path cannot take exactly goes row by row."""
        from discourse.io._vector import make_block

        hints: dict[str, str] = {}
        out_hints: dict[str, str] | None = None
        missing_reported = False
        no_text, first_no_text = 0, None
        for table, first in iter_parquet_tables(item, hints):
            if not table.num_rows:
                continue
            names = table.column_names
            whole = len(set(names)) == len(names) and _valid(table)
            # a table with repeated names or invalid UTF-8 goes row by row (record path);
            # otherwise the loop runs once, for the whole table
            rows = [(dict.fromkeys(names), first)] if whole else table_records(table, first)
            for raw, line in rows:
                keys = tuple(raw)
                mapping = self.mapper(keys)
                if mapping.missing and not missing_reported:
                    missing_reported = True
                    self.reporter.add(
                        item.name, line, "missing_column",
                        f"{', '.join(mapping.missing)} not among the fields "
                        f"({', '.join(keys[:12])})", "loaded",
                    )  # fmt: skip
                if "text" not in mapping.rename.values():
                    no_text += table.num_rows if whole else 1
                    first_no_text = first_no_text or line
                    continue
                if hints and out_hints is None:
                    out_hints = {mapping.rename.get(k, k): v for k, v in hints.items()}
                if whole:
                    yield make_block(
                        table, mapping.rename, item.name, item.folder, mapping.const_source,
                        first, out_hints,
                    )  # fmt: skip
                else:
                    values = {mapping.rename[k]: v for k, v in raw.items()}
                    yield values, item.name, line, item.folder, mapping.const_source, out_hints
        if no_text:
            self._no_text(item, no_text, first_no_text)

    def _no_text(self, item: Item, count: int, first: int | None) -> None:
        self.reporter.add(
            item.name, first, "missing_text_column",
            f"{count} record(s) without a text field (looked for "
            f"{'/'.join(CANDIDATES['text'])}; pass text='<field>')", "skipped",
        )  # fmt: skip


def _valid(table: Any) -> bool:
    """Whether the Arrow kernels may run on ``table`` (e.g. its strings are valid UTF-8)."""
    import pyarrow as pa

    try:
        table.validate(full=True)
    except pa.ArrowInvalid:
        return False
    return True


def _batches(
    files: list[Path], opts: Options, reporter: Reporter, size: int, max_chars: float = math.inf
) -> Iterator[pd.DataFrame]:
    """Docs frames of at most ``size`` records (and about ``max_chars`` characters of text)."""
    with contextlib.ExitStack() as stack:
        run = _Run(opts, reporter, stack)
        batch = Collector()
        produced = False
        chars = 0
        for record in run.records(files):
            if not isinstance(record, tuple):  # a Parquet block: cut where a record would
                block = record
                while block is not None:
                    cut = _cut(block.text_lengths(), size - batch.n, chars, max_chars)
                    if cut is None:
                        batch.add_block(block)
                        chars += int(block.text_lengths().sum())
                        break
                    batch.add_block(block.slice(0, cut))
                    block = block.slice(cut, block.n) if cut < block.n else None
                    chars = 0
                    produced = True
                    yield _order(finalize(batch, opts, run.state, reporter))
                    batch = Collector()
                continue
            values, file, line, folder, const, hints = record
            batch.add(values, file, line, folder, const, hints)
            text = values.get("text")
            chars += len(text) if isinstance(text, str) else 0
            if batch.n >= size or chars >= max_chars:
                chars = 0
                produced = True
                yield _order(finalize(batch, opts, run.state, reporter))
                batch = Collector()
        if batch.n or not produced:
            yield _order(finalize(batch, opts, run.state, reporter))


def _cut(lengths: Any, room: int, chars: int, max_chars: float) -> int | None:
    """Rows of a block that complete the batch (``room`` records left, ``chars``
    characters so far), or None when the whole block fits."""
    import numpy as np

    cut = room if room <= len(lengths) else None
    if max_chars != math.inf and len(lengths):
        full = np.flatnonzero(np.cumsum(lengths) + chars >= max_chars)
        if len(full) and (cut is None or full[0] + 1 < cut):
            cut = int(full[0]) + 1
    return cut


def _order(frame: pd.DataFrame) -> pd.DataFrame:
    first = [c for c in (*CORE, *OPTIONAL) if c in frame.columns]
    rest = [c for c in frame.columns if c not in first]
    return frame[first + rest] if list(frame.columns) != first + rest else frame


def _concat(frames: list[pd.DataFrame]) -> pd.DataFrame:
    if len(frames) == 1:
        return frames[0]
    out = pd.concat(frames, ignore_index=True)
    return _order(harmonise(out))


def check_options(
    *,
    format: str | None,
    errors: str,
    chunksize: int | None,
    columns: Any,
    names: Any,
    sep: Any,
    quotechar: Any = '"',
    tz: Any = "UTC",
    encoding: Any = None,
) -> None:
    """Programming errors in the options of ``read_corpus``, raised before any file is read."""
    if format is not None and format not in FORMATS:
        raise ValueError(f"format must be None or one of {', '.join(FORMATS)}; got {format!r}")
    if errors not in ERRORS:
        raise ValueError(f"errors must be one of {', '.join(ERRORS)}; got {errors!r}")
    if chunksize is not None and (not isinstance(chunksize, int) or chunksize < 1):
        raise ValueError(f"chunksize must be a positive int or None; got {chunksize!r}")
    if columns is not None and not isinstance(columns, dict):
        raise TypeError(
            f"columns must be a dict {{input_name: docs_name}}; got {type(columns).__name__}"
        )
    if names is not None and (isinstance(names, str) or not all(isinstance(n, str) for n in names)):
        raise TypeError("names must be a list of column names (str)")
    if sep is not None and (not isinstance(sep, str) or len(sep) != 1):
        raise ValueError(f"sep must be a single character; got {sep!r}")
    if not isinstance(quotechar, str) or len(quotechar) != 1:
        raise ValueError(f"quotechar must be a single character; got {quotechar!r}")
    try:
        ZoneInfo(tz)
    except (ZoneInfoNotFoundError, TypeError, ValueError) as exc:
        raise ValueError(
            f"tz must be an IANA time zone such as 'UTC' or 'Europe/Berlin'; got {tz!r}"
        ) from exc
    if encoding is not None:
        try:
            codecs.lookup(encoding)
        except (LookupError, TypeError) as exc:
            raise ValueError(
                f"encoding {encoding!r} is not a known codec (e.g. 'utf-8', 'cp1252')"
            ) from exc


def read_all(files: list[Path], opts: Options, errors: str) -> pd.DataFrame:
    reporter = Reporter()
    docs = _concat(list(_batches(files, opts, reporter, BATCH, BATCH_CHARS)))
    report = reporter.everything()
    docs.attrs["load_report"] = LoadReport(report)
    log.info("read_corpus: %d documents, %d problems", len(docs), len(report))
    finish(report, len(docs), errors, stacklevel=4)
    return docs


def read_chunks(
    files: list[Path], opts: Options, errors: str, chunksize: int
) -> Iterator[pd.DataFrame]:
    reporter = Reporter()
    n_docs = 0
    fixed: dict[str, str] = {}  # column -> dtype hint fixed by the first chunk carrying it
    for chunk in _batches(files, opts, reporter, chunksize):
        chunk = _order(stabilise(chunk, fixed, tuple(CORE)))
        report = reporter.take()
        chunk.attrs["load_report"] = LoadReport(report)
        if errors == "raise" and len(report):
            finish(report, None, "raise", stacklevel=2)
        n_docs += len(chunk)
        yield chunk
    if errors == "warn":
        finish(reporter.everything(), n_docs, "warn", stacklevel=3)


__all__ = ["read_all", "read_chunks", "check_options", "CorpusError", "FORMATS"]

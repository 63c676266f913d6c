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
from discourse.io._columns import harmonise
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
from discourse.io._tabular import iter_table
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
            reporter.add(
                item.name, first_no_text, "missing_text_column",
                f"{no_text} record(s) without a text field (looked for "
                f"{'/'.join(CANDIDATES['text'])}; pass text='<field>')", "skipped",
            )  # fmt: skip


def _batches(
    files: list[Path], opts: Options, reporter: Reporter, size: int, max_chars: float = math.inf
) -> Iterator[pd.DataFrame]:
    """Docs frames of at most ``size`` records (and about ``max_chars`` characters of text)."""
    with contextlib.ExitStack() as stack:
        run = _Run(opts, reporter, stack)
        batch = Collector()
        produced = False
        chars = 0
        for values, file, line, folder, const, hints in run.records(files):
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
    for chunk in _batches(files, opts, reporter, chunksize):
        report = reporter.take()
        chunk.attrs["load_report"] = LoadReport(report)
        if errors == "raise" and len(report):
            finish(report, None, "raise", stacklevel=2)
        n_docs += len(chunk)
        yield chunk
    if errors == "warn":
        finish(reporter.everything(), n_docs, "warn", stacklevel=3)


__all__ = ["read_all", "read_chunks", "check_options", "CorpusError", "FORMATS"]

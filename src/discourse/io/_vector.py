"""Column-wise finalisation of batches (Parquet blocks in Arrow, or records).

:func:`finalize_blocks` returns the same docs frame and adds the same report rows,
in the same order, as :func:`discourse.io._records.finalize` on the same rows, but
works on whole columns: newlines and control characters fixed on the UTF-8 bytes
with numpy, whitespace trimmed with an Arrow kernel, dates, languages and URL
hosts parsed once per distinct value, ids hashed from the Arrow buffers, the text
handed to pandas without a copy. Parquet blocks stay in Arrow from the file to the
frame; records (JSONL, CSV, text files, ...) enter as Python lists
(:func:`finalize_rows`). Values that are not text (numbers, lists) take the
per-value functions of the record path, so the result never depends on which path
ran (``tests/test_io_vector.py`` compares them on tricky inputs).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from discourse.io._arrowtext import LARGE, as_string, clean_strings, text_buffers
from discourse.io._columns import infer_column
from discourse.io._dates import parse_ns
from discourse.io._langid import detect_lang, normalise_lang
from discourse.io._records import (
    CORE,
    OPTIONAL,
    DupState,
    Options,
    clean_text,
    resolve_duplicate,
    short,
    url_host,
)
from discourse.io._report import Reporter

_NAT = np.iinfo(np.int64).min


def _single(col: pa.ChunkedArray | pa.Array) -> pa.Array:
    if isinstance(col, pa.ChunkedArray):
        return col.chunk(0) if col.num_chunks == 1 else col.combine_chunks()
    return col


@dataclass
class Block:
    """Consecutive rows of one Parquet file, columns already renamed to docs names."""

    cols: dict[str, pa.Array]
    n: int
    file: str
    folder: str | None
    const_source: str | None
    first_line: int
    hints: dict[str, str] | None
    _lengths: np.ndarray | None = field(default=None, repr=False)

    def text_lengths(self) -> np.ndarray:
        """Characters of each raw text (0 where it is not a string), as the record path counts."""
        if self._lengths is None:
            text = as_string(self.cols["text"])
            if text is None:
                self._lengths = np.zeros(self.n, dtype=np.int64)
            else:
                lengths = pc.utf8_length(text).fill_null(0)
                self._lengths = lengths.to_numpy(zero_copy_only=False).astype(np.int64)
        return self._lengths

    def slice(self, start: int, stop: int) -> Block:
        lengths = None if self._lengths is None else self._lengths[start:stop]
        return Block(
            {k: v.slice(start, stop - start) for k, v in self.cols.items()},
            stop - start, self.file, self.folder, self.const_source,
            self.first_line + start, self.hints, lengths,
        )  # fmt: skip

    def records(self) -> list[dict[str, Any]]:
        """The rows as the record path sees them (``to_pylist`` values)."""
        values = {k: v.to_pylist() for k, v in self.cols.items()}
        return [{k: col[i] for k, col in values.items()} for i in range(self.n)]


@dataclass
class Rows:
    """A batch of records (from any reader), column by column as Python lists."""

    cols: dict[str, list]
    n: int
    files: list[str]
    lines: list[int | None]
    folders: list[str | None]
    consts: list[str | None]


def _as_strings(values: list) -> pa.Array | None:
    if all(v is None or type(v) is str for v in values):
        return pa.array(values, LARGE)
    return None


def make_block(
    table: pa.Table,
    rename: dict[str, str],
    file: str,
    folder: str | None,
    const_source: str | None,
    first_line: int,
    hints: dict[str, str] | None,
) -> Block:
    cols: dict[str, pa.Array] = {}
    for i, name in enumerate(table.column_names):
        cols[rename[name]] = _single(table.column(i))
    return Block(cols, table.num_rows, file, folder, const_source, first_line, hints)


class _Batch:
    """The columns of consecutive blocks, concatenated."""

    def __init__(self, blocks: list[Any]) -> None:
        self.blocks = blocks
        self.n = sum(b.n for b in blocks)
        names: dict[str, None] = {}
        for b in blocks:
            names.update(dict.fromkeys(b.cols))
        self.names = list(names)
        self.starts = np.cumsum([0] + [b.n for b in blocks])

    def where(self, i: int) -> tuple[str, int]:
        k = int(np.searchsorted(self.starts, i, side="right")) - 1
        block = self.blocks[k]
        if isinstance(block, Rows):
            j = i - int(self.starts[k])
            return block.files[j], block.lines[j]
        return block.file, block.first_line + i - int(self.starts[k])

    def strings(self, name: str) -> pa.Array | None:
        """The column as one large_string array (missing -> null), or None if not text."""
        parts = []
        for b in self.blocks:
            col = b.cols.get(name)
            if col is None:
                s = pa.nulls(b.n, LARGE)
            elif isinstance(col, list):
                s = _as_strings(col)
            else:
                s = as_string(col)
            if s is None:
                return None
            parts.append(s)
        return pa.concat_arrays(parts) if len(parts) != 1 else parts[0]

    def arrow(self, name: str) -> pa.Array | None:
        """The column as one array when every block has the same type, else None."""
        if any(isinstance(b, Rows) for b in self.blocks):
            return None
        types = {b.cols[name].type for b in self.blocks if name in b.cols}
        if len(types) != 1:
            return None
        (t,) = types
        parts = [b.cols.get(name, pa.nulls(b.n, t)) for b in self.blocks]
        return pa.concat_arrays(parts) if len(parts) != 1 else parts[0]

    def pylist(self, name: str) -> list:
        if len(self.blocks) == 1 and isinstance(self.blocks[0], Rows):
            return self.blocks[0].cols.get(name) or [None] * self.n
        out: list = []
        for b in self.blocks:
            col = b.cols.get(name)
            if col is None:
                out.extend([None] * b.n)
            else:
                out.extend(col if isinstance(col, list) else col.to_pylist())
        return out

    def clean(self, name: str) -> pa.Array:
        """clean_text of the column (missing -> "")."""
        s = self.strings(name)
        if s is not None:
            return clean_strings(s)
        return pa.array([clean_text(v) for v in self.pylist(name)], LARGE)

    def short(self, name: str) -> pa.Array:
        """_short of the column: cleaned, empty -> null (lists joined by the record path)."""
        if name not in self.names:
            return pa.nulls(self.n, LARGE)
        s = self.strings(name)
        if s is None:
            return pa.array([short(v) for v in self.pylist(name)], LARGE)
        c = clean_strings(s)
        return pc.if_else(pc.equal(pc.binary_length(c), 0), pa.scalar(None, LARGE), c)


def _distinct(arr: pa.Array) -> tuple[list, np.ndarray] | None:
    """(distinct values as Python objects, index of each row; -1 for null) or None."""
    try:
        enc = pc.dictionary_encode(arr, null_encoding="mask")
    except (pa.ArrowNotImplementedError, pa.ArrowTypeError, pa.ArrowInvalid):
        return None
    idx = enc.indices.fill_null(-1).to_numpy(zero_copy_only=False).astype(np.int64)
    return enc.dictionary.to_pylist(), idx


def _dates(batch: _Batch, opts: Options) -> tuple[np.ndarray, np.ndarray, list | None, np.ndarray]:
    """(ns with NaT, ok flags, distinct raw values, row -> distinct index)."""
    n = batch.n
    if "published" not in batch.names:
        return np.full(n, _NAT, dtype=np.int64), np.ones(n, dtype=bool), None, np.full(n, -1)
    arr = batch.strings("published")
    arr = arr if arr is not None else batch.arrow("published")
    found = _distinct(arr) if arr is not None else None
    if found is None:
        values = batch.pylist("published")
        found = values, np.arange(n)
    values, idx = found
    parsed = [parse_ns(v, opts.tz, opts.dayfirst) for v in values]
    ns_u = np.array([_NAT if ns is None else ns for ns, _ in parsed] + [_NAT], dtype=np.int64)
    ok_u = np.array([ok for _, ok in parsed] + [True], dtype=bool)
    return ns_u[idx], ok_u[idx], values, idx


def _langs(batch: _Batch, opts: Options) -> list[str | None]:
    if opts.lang is not None:
        return [normalise_lang(opts.lang)] * batch.n
    if "lang" not in batch.names:
        return [None] * batch.n
    s = batch.strings("lang")
    found = _distinct(s) if s is not None else None
    if found is None:
        return [normalise_lang(v) for v in batch.pylist("lang")]
    values, idx = found
    table = [normalise_lang(v) for v in values] + [None]
    return [table[i] for i in idx.tolist()]


def _sources(batch: _Batch, urls: pa.Array) -> list[str | None]:
    given = batch.short("source").to_pylist() if "source" in batch.names else None
    url_list = urls.to_pylist()
    hosts: dict[Any, str | None] = {}
    out: list[str | None] = []
    for b, start in zip(batch.blocks, batch.starts.tolist(), strict=False):
        if isinstance(b, Rows):
            for i in range(start, start + b.n):
                src = b.consts[i - start] or (given[i] if given is not None else None)
                if not src:
                    url = url_list[i]
                    if url not in hosts:
                        hosts[url] = url_host(url)
                    src = hosts[url] or b.folders[i - start]
                out.append(src)
            continue
        if b.const_source:
            out.extend([b.const_source] * b.n)
            continue
        for i in range(start, start + b.n):
            src = given[i] if given is not None else None
            if not src:
                url = url_list[i]
                if url not in hosts:
                    hosts[url] = url_host(url)
                src = hosts[url] or b.folder
            out.append(src)
    return out


def _extra(batch: _Batch, name: str, keep: pa.Array, hint: str | None) -> pd.Series:
    """infer_column(values, hint) of the kept rows, straight from Arrow for plain types."""
    arr = batch.arrow(name) if hint is not None else None
    if arr is not None:
        t = arr.type
        sub = arr if len(keep) == len(arr) else arr.take(keep)
        nulls = sub.null_count > 0
        if hint == "str" and as_string(sub) is not None:
            return pd.Series(as_string(sub), dtype="str")
        if hint == "int64" and pa.types.is_integer(t) and not pa.types.is_uint64(t):
            values = sub.fill_null(0).to_numpy(zero_copy_only=False).astype(np.int64)
            if not nulls:
                return pd.Series(values, dtype="int64")
            mask = sub.is_null().to_numpy(zero_copy_only=False)
            return pd.Series(pd.arrays.IntegerArray(values, mask))
        if hint == "float64" and pa.types.is_floating(t) and not pa.types.is_float16(t):
            floats = sub.cast(pa.float64()).to_numpy(zero_copy_only=False)
            return pd.Series(floats.astype(np.float64), dtype="float64")
        if hint == "bool" and pa.types.is_boolean(t):
            flags = sub.fill_null(False).to_numpy(zero_copy_only=False).astype(bool)
            if not nulls:
                return pd.Series(flags, dtype="bool")
            mask = sub.is_null().to_numpy(zero_copy_only=False)
            return pd.Series(pd.arrays.BooleanArray(flags, mask))
    values = batch.pylist(name)
    return infer_column([values[i] for i in keep.to_pylist()], hint)


def finalize_blocks(
    blocks: list[Block],
    hints: dict[str, str],
    opts: Options,
    state: DupState,
    reporter: Reporter,
) -> pd.DataFrame:
    """The docs frame of a batch made of Parquet blocks (see the module docstring)."""
    batch = _Batch(blocks)
    n = batch.n
    text = batch.clean("text")
    empty = (pc.binary_length(text).to_numpy(zero_copy_only=False) == 0).tolist()
    given = batch.short("doc_id").to_pylist()
    urls = batch.short("url")
    sources = _sources(batch, urls)
    offsets, data = text_buffers(text)
    starts, ends = offsets[:-1].tolist(), offsets[1:].tolist()
    ns, ok, date_values, date_idx = _dates(batch, opts)
    ok_list = ok.tolist()
    seen = state.seen
    keep: list[int] = []
    out_id: list[str] = []
    for i in range(n):
        if empty[i]:
            file, line = batch.where(i)
            reporter.add(file, line, "empty_text", "the text is empty", "skipped", given[i])
            continue
        chunk = data[starts[i] : ends[i]]
        doc_id = given[i]
        if doc_id is None:
            h = hashlib.sha1(f"{sources[i] or ''}\x1f".encode())
            h.update(chunk)
            doc_id = h.hexdigest()[:16]
        digest = ("b", hash(bytes(chunk)))
        if doc_id in seen:
            text_i = bytes(chunk).decode("utf-8")
            file, line = batch.where(i)
            doc_id = resolve_duplicate(seen, doc_id, text_i, digest, reporter, file, line)
            if doc_id is None:
                continue
        seen[doc_id] = digest
        if not ok_list[i]:
            file, line = batch.where(i)
            raw = date_values[date_idx[i]] if date_values is not None else None
            reporter.add(
                file, line, "date", f"cannot parse date {str(raw)[:80]!r}",
                "loaded_with_nat", doc_id,
            )  # fmt: skip
        keep.append(i)
        out_id.append(doc_id)
    take = pa.array(keep, type=pa.int64())
    everything = len(keep) == n

    def kept(arr: pa.Array) -> pa.Array:
        return arr if everything else arr.take(take)

    kept_text = kept(text)
    langs = _langs(batch, opts)
    out_lang = [langs[i] for i in keep]
    if opts.lang is None and opts.detect_lang:
        missing = [j for j, v in enumerate(out_lang) if v is None]
        if missing:
            heads = pc.utf8_slice_codeunits(kept_text.take(pa.array(missing, pa.int64())), 0, 2000)
            for j, head in zip(missing, heads.to_pylist(), strict=True):
                out_lang[j] = detect_lang(head, langs=opts.langs)
    published = pd.DatetimeIndex(ns[np.array(keep, dtype=np.int64)].view("datetime64[ns]"))
    data_out: dict[str, Any] = {
        "doc_id": pd.Series(out_id, dtype="str"),
        "source": pd.Series([sources[i] for i in keep], dtype="str"),
        "published": pd.Series(published.tz_localize("UTC"), dtype="datetime64[ns, UTC]"),
        "title": pd.Series(kept(batch.short("title")), dtype="str"),
        "text": pd.Series(kept_text, dtype="str"),
        "lang": pd.Series(out_lang, dtype="str"),
    }
    if "url" in batch.names:
        data_out["url"] = pd.Series(kept(urls), dtype="str")
    if "author" in batch.names:
        data_out["author"] = pd.Series(kept(batch.short("author")), dtype="str")
    for name in batch.names:
        if name in data_out or name in CORE or name in OPTIONAL:
            continue
        hint = hints.get(name) or state.dtypes.get(name)
        column = _extra(batch, name, take, hint)
        state.learn(name, column)
        data_out[name] = column
    return pd.DataFrame(data_out)


def finalize_rows(batch: Any, opts: Options, state: DupState, reporter: Reporter) -> pd.DataFrame:
    """:func:`finalize_blocks` for a batch of records (a ``Collector``)."""
    rows = Rows(batch.cols, batch.n, batch.file, batch.line, batch.folder, batch.const_source)
    return finalize_blocks([rows], batch.hints, opts, state, reporter)


__all__ = ["Block", "Rows", "make_block", "finalize_blocks", "finalize_rows"]

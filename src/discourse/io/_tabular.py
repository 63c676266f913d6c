"""CSV/TSV, JSONL, JSON and Parquet readers: records streamed with their line numbers."""

from __future__ import annotations

import contextlib
import csv
import json
import re
import sys
from collections import Counter
from collections.abc import Iterator
from itertools import chain, islice
from typing import Any

from discourse.io._encoding import decode_bytes, iter_lines
from discourse.io._records import Options, flatten
from discourse.io._report import Reporter
from discourse.io._sources import Item

Record = tuple[dict[str, Any], int | None]
# strict=False: raw tabs/newlines inside strings are common in scraped JSON; keep those records
_DECODER = json.JSONDecoder(strict=False)
_SEPS = (",", ";", "\t", "|")
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _replace_surrogates(value: Any) -> Any:
    """Lone UTF-16 surrogates (from escapes such as ``\\ud800``) -> U+FFFD; they
    cannot be stored as UTF-8 text."""
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value)
    if isinstance(value, list):
        return [_replace_surrogates(v) for v in value]
    if isinstance(value, dict):
        return {_replace_surrogates(k): _replace_surrogates(v) for k, v in value.items()}
    return value


def _has_surrogate(value: Any) -> bool:
    if isinstance(value, str):
        return _SURROGATE.search(value) is not None
    if isinstance(value, list):
        return any(_has_surrogate(v) for v in value)
    if isinstance(value, dict):
        return any(_has_surrogate(k) or _has_surrogate(v) for k, v in value.items())
    return False


def _check_surrogates(value: Any, raw: str, file: str, line: int | None, reporter: Reporter) -> Any:
    if _SURROGATE_ESCAPE.search(raw) is None or not _has_surrogate(value):
        return value
    reporter.add(
        file, line, "encoding",
        "lone UTF-16 surrogate escape(s) such as \\ud800 replaced with U+FFFD", "loaded",
    )  # fmt: skip
    return _replace_surrogates(value)


@contextlib.contextmanager
def _field_limit() -> Iterator[None]:
    """Allow huge fields while one CSV file is read (the csv module's limit is per process)."""
    old = csv.field_size_limit()
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    try:
        yield
    finally:
        csv.field_size_limit(old)


def sniff_sep(lines: list[str], quotechar: str) -> str:
    """The separator among , ; tab | that splits the sample into the most consistent rows."""
    sample = lines[:-1] if len(lines) > 2 else lines
    best, best_score = ",", (-1.0, 0)
    for sep in _SEPS:
        try:
            rows = [r for r in csv.reader(sample, delimiter=sep, quotechar=quotechar) if r]
        except csv.Error:
            continue
        if not rows:
            continue
        counts = Counter(len(r) for r in rows)
        mode, freq = counts.most_common(1)[0]
        if mode < 2:
            continue
        score = (freq / len(rows), mode)
        if score > best_score:
            best, best_score = sep, score
    return best


def _header(row: list[str]) -> list[str]:
    names: list[str] = []
    seen: Counter = Counter()
    for i, raw in enumerate(row, 1):
        name = raw.strip().lstrip("\ufeff") or f"column_{i}"
        seen[name] += 1
        names.append(name if seen[name] == 1 else f"{name}_{seen[name]}")
    return names


def iter_csv(item: Item, opts: Options, reporter: Reporter, fmt: str) -> Iterator[Record]:
    """Rows of a CSV/TSV file as dicts (empty cells -> None); bad rows reported by line."""
    with item.opener() as stream, _field_limit():
        lines = iter_lines(stream, encoding=opts.encoding, file=item.name, reporter=reporter)
        head = list(islice(lines, 50))
        if not any(line.strip() for line in head):
            reporter.add(item.name, None, "empty_file", "the file has no rows", "skipped")
            return
        sep = opts.sep or ("\t" if fmt == "tsv" else sniff_sep(head, opts.quotechar))
        reader = csv.reader(chain(head, lines), delimiter=sep, quotechar=opts.quotechar)
        names: list[str] | None = list(opts.names) if opts.names else None
        if opts.header:
            try:
                first = next(reader, None)
                while first is not None and not any(c.strip() for c in first):
                    first = next(reader, None)
            except csv.Error as exc:
                reporter.add(item.name, reader.line_num, "fields", f"bad header: {exc}", "skipped")
                return
            if first is None:
                reporter.add(item.name, None, "empty_file", "the file has no rows", "skipped")
                return
            names = names or _header(first)
        expected = len(names) if names else None
        while True:
            start = reader.line_num + 1
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                reporter.add(item.name, start, "fields", f"malformed row: {exc}", "skipped")
                continue
            if not row or (len(row) == 1 and not row[0].strip()):
                continue
            if expected is None:
                expected = len(row)
                names = [f"column_{i}" for i in range(1, expected + 1)]
            if len(row) != expected:
                reporter.add(
                    item.name, start, "fields",
                    f"expected {expected} fields (separator {sep!r}), found {len(row)}", "skipped",
                )  # fmt: skip
                continue
            yield {k: (v if v != "" else None) for k, v in zip(names, row, strict=True)}, start


def _describe(value: Any) -> str:
    return {list: "an array", str: "a string", bool: "a boolean", type(None): "null"}.get(
        type(value), "a number"
    )


def iter_jsonl(item: Item, opts: Options, reporter: Reporter) -> Iterator[Record]:
    """Objects of a JSON Lines file, streamed; malformed lines reported with their number."""
    with item.opener() as stream:
        lines = iter_lines(stream, encoding=opts.encoding, file=item.name, reporter=reporter)
        for n, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                value = _DECODER.decode(line)
            except (json.JSONDecodeError, RecursionError) as exc:
                reporter.add(item.name, n, "json", f"malformed JSON: {exc}", "skipped")
                continue
            if "\\" in line:
                value = _check_surrogates(value, line, item.name, n, reporter)
            if not isinstance(value, dict):
                reporter.add(
                    item.name,
                    n,
                    "json",
                    f"line is {_describe(value)}, expected an object",
                    "skipped",
                )
                continue
            yield flatten(value), n


def _records_in(doc: Any, path: str | None) -> tuple[list | None, str]:
    if path:
        node = doc
        for part in path.split("."):
            if isinstance(node, dict) and part in node:
                node = node[part]
            else:
                return None, f"records={path!r} not found (stopped at {part!r})"
        if isinstance(node, list):
            return node, ""
        return None, f"records={path!r} is {_describe(node)}, expected a list"
    if isinstance(doc, list):
        return doc, ""
    if isinstance(doc, dict):
        lists = [k for k, v in doc.items() if isinstance(v, list) and v and isinstance(v[0], dict)]
        if len(lists) == 1:
            return doc[lists[0]], ""
        if not lists:
            return [doc], ""
        return None, f"several lists of records ({', '.join(lists)}); pass records='<key>'"
    return None, f"the document is {_describe(doc)}, expected a list or an object"


def iter_json(item: Item, opts: Options, reporter: Reporter) -> Iterator[Record]:
    """Records of a JSON document (a list, or the list at ``records=``)."""
    with item.opener() as stream:
        data = stream.read()
    text = decode_bytes(data, encoding=opts.encoding, file=item.name, reporter=reporter)
    try:
        doc = _DECODER.decode(text)
    except (json.JSONDecodeError, RecursionError) as exc:
        line = getattr(exc, "lineno", None)
        reporter.add(item.name, line, "json", f"malformed JSON: {exc}", "skipped")
        return
    match = _SURROGATE_ESCAPE.search(text)
    if match is not None:
        doc = _check_surrogates(doc, text, item.name, text.count("\n", 0, match.start()) + 1,
                                reporter)  # fmt: skip
    records, why = _records_in(doc, opts.records)
    if records is None:
        reporter.add(item.name, None, "json", why, "skipped")
        return
    for n, value in enumerate(records, 1):
        if not isinstance(value, dict):
            reporter.add(
                item.name, n, "json", f"record {n} is {_describe(value)}, expected an object",
                "skipped",
            )  # fmt: skip
            continue
        yield flatten(value), n


def _arrow_hint(t: Any) -> str | None:
    import pyarrow as pa

    if pa.types.is_integer(t):
        return "int64"
    if pa.types.is_floating(t):
        return "float64"
    if pa.types.is_boolean(t):
        return "bool"
    if pa.types.is_string(t) or pa.types.is_large_string(t):
        return "str"
    if pa.types.is_timestamp(t):
        return "datetime"
    if pa.types.is_dictionary(t):  # pandas categoricals: typed by their values
        return _arrow_hint(t.value_type)
    return None


def parquet_hints(schema: Any, prefix: str = "") -> dict[str, str]:
    """Column (dotted for nested structs) -> dtype hint from an Arrow schema."""
    import pyarrow as pa

    hints: dict[str, str] = {}
    for f in schema:
        if pa.types.is_struct(f.type):
            hints.update(parquet_hints(list(f.type), f"{prefix}{f.name}."))
        else:
            hint = _arrow_hint(f.type)
            if hint:
                hints[f"{prefix}{f.name}"] = hint
    return hints


def iter_parquet_tables(
    item: Item, hints: dict[str, str] | None = None
) -> Iterator[tuple[Any, int]]:
    """``(table, number of its first row)`` for each batch of 4,096 rows of a Parquet
    file, nested structs flattened to dotted names; ``hints`` is filled with the
    column types the file declares."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    if item.path is not None:
        source: Any = str(item.path)
    else:
        with item.opener() as stream:
            source = pa.BufferReader(stream.read())
    with pq.ParquetFile(source) as pf:
        if hints is not None:
            hints.update(parquet_hints(pf.schema_arrow))
        n = 0
        for batch in pf.iter_batches(batch_size=4096):
            table = pa.Table.from_batches([batch])
            while any(pa.types.is_struct(t) for t in table.schema.types):
                table = table.flatten()  # nested structs -> "a.b" columns
            yield table, n + 1
            n += table.num_rows


def table_records(table: Any, first: int) -> Iterator[Record]:
    """The rows of an Arrow table as dicts (a repeated name: the last column wins)."""
    names = table.column_names
    columns = [table.column(i).to_pylist() for i in range(len(names))]
    for n, values in enumerate(zip(*columns, strict=True), first):
        yield dict(zip(names, values, strict=True)), n


def iter_parquet(
    item: Item, opts: Options, reporter: Reporter, hints: dict[str, str] | None = None
) -> Iterator[Record]:
    """Rows of a Parquet file, read batch by batch (nested structs flattened to dotted
    names); ``hints`` is filled with the column types the file declares."""
    for table, first in iter_parquet_tables(item, hints):
        yield from table_records(table, first)


def iter_table(
    item: Item, opts: Options, reporter: Reporter, fmt: str, hints: dict[str, str] | None = None
) -> Iterator[Record]:
    """Dispatch to the reader of a tabular format (Parquet fills ``hints``)."""
    if fmt in ("csv", "tsv"):
        return iter_csv(item, opts, reporter, fmt)
    if fmt == "jsonl":
        return iter_jsonl(item, opts, reporter)
    if fmt == "json":
        return iter_json(item, opts, reporter)
    if fmt == "parquet":
        return iter_parquet(item, opts, reporter, hints)
    raise ValueError(f"not a tabular format: {fmt!r}")


def read_bytes(item: Item) -> bytes:
    with item.opener() as stream:
        return stream.read()


__all__ = [
    "iter_table", "iter_csv", "iter_json", "iter_jsonl", "iter_parquet", "iter_parquet_tables",
    "table_records", "read_bytes",
]  # fmt: skip

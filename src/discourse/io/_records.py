"""From raw records to the ``docs`` table: field mapping, cleaning, ids, duplicates.

Readers yield dictionaries of input fields; :class:`FieldMapper` maps their
names to docs columns, :class:`Collector` accumulates one batch column by
column, and :func:`finalize` turns a batch into a validated ``docs`` frame
while reporting empty texts, bad dates and duplicate ids.
"""

from __future__ import annotations

import hashlib
import math
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import numpy as np
import pandas as pd

from discourse.io._columns import dtype_hint, infer_column
from discourse.io._dates import parse_ns
from discourse.io._langid import detect_lang, normalise_lang
from discourse.io._report import Reporter

CORE = ["doc_id", "source", "published", "title", "text", "lang"]
OPTIONAL = ["url", "author"]
CANDIDATES: dict[str, tuple[str, ...]] = {
    "text": ("text", "body", "content", "article", "fulltext", "full_text", "inhalt", "artikel"),
    "title": ("title", "headline", "heading", "titel", "ueberschrift", "überschrift"),
    "published": (
        "published", "date", "datetime", "pubdate", "pub_date", "published_at",
        "publication_date", "time", "timestamp", "datum",
    ),
    "source": (
        "source", "outlet", "publisher", "site", "sitename", "medium", "newspaper", "quelle",
    ),
    "doc_id": ("doc_id", "id", "article_id", "guid", "uuid"),
    "url": ("url", "link", "href"),
    "author": ("author", "authors", "byline", "autor"),
    "lang": ("lang", "language", "sprache"),
}  # fmt: skip
_EXPLICIT = {
    "text": "text",
    "title": "title",
    "published": "date",
    "source": "source",
    "doc_id": "id",
}
# Invisible characters dropped from text, like the C0 controls: the soft hyphen (German
# sites put &shy; into long compounds: "Verteidigungs&shy;ausgaben"), zero-width space,
# non-joiner and joiner, word joiner, and U+FEFF inside a text. Kept, they split words for
# the tokenizer, the lexicon matcher and KWIC. Dropping U+200D also splits emoji sequences
# (family, profession emoji) into their parts, which is harmless in news text.
INVISIBLE = "\xad\u200b\u200c\u200d\u2060\ufeff"
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f" + INVISIBLE + "]")
_CONTROL_CHARS = (*(chr(i) for i in (*range(0, 9), *range(11, 32))), *INVISIBLE)


@dataclass(frozen=True)
class Options:
    """The keyword options of ``read_corpus`` that readers need."""

    format: str | None = None
    columns: dict[str, str] = field(default_factory=dict)
    text: str | None = None
    title: str | None = None
    date: str | None = None
    source: str | None = None
    id: str | None = None
    lang: str | None = None
    encoding: str | None = None
    sep: str | None = None
    quotechar: str = '"'
    records: str | None = None
    tz: str = "UTC"
    dayfirst: bool = True
    recursive: bool = True
    detect_lang: bool = True
    langs: tuple[str, ...] | None = None  # detection restricted to these (checked) codes
    header: bool = True
    names: tuple[str, ...] | None = None
    vectorised: bool = True  # batches finalised column-wise (False: per record, for tests)


@dataclass(frozen=True)
class Mapping:
    """How one set of input field names maps to output columns."""

    rename: dict[str, str]
    const_source: str | None
    missing: tuple[str, ...]  # explicit names (text=, date=, ...) absent from the input


class FieldMapper:
    """Resolves (and caches) the mapping for each distinct tuple of input keys."""

    def __init__(self, opts: Options) -> None:
        self.opts = opts
        self._cache: dict[tuple[str, ...], Mapping] = {}

    def __call__(self, keys: tuple[str, ...]) -> Mapping:
        got = self._cache.get(keys)
        if got is None:
            got = self._cache[keys] = self._resolve(keys)
        return got

    def _resolve(self, keys: tuple[str, ...]) -> Mapping:
        opts = self.opts
        lower: dict[str, str] = {}
        for k in keys:
            lower.setdefault(k.lower(), k)

        def find(name: str) -> str | None:
            return name if name in keys else lower.get(name.lower())

        rename: dict[str, str] = {}
        missing: list[str] = []
        const_source = None
        for name, out in opts.columns.items():
            key = find(name)
            if key is not None:
                rename[key] = out
        for out, arg in _EXPLICIT.items():
            wanted = getattr(opts, arg)
            if wanted is None:
                continue
            key = find(wanted)
            if key is not None:
                rename[key] = out
            elif out == "source":
                const_source = wanted
            else:
                missing.append(f"{arg}={wanted!r}")
        taken = set(rename.values())
        for out, names in CANDIDATES.items():
            if out in taken or (out == "source" and const_source is not None):
                continue
            for name in names:
                key = lower.get(name)
                if key is not None and key not in rename:
                    rename[key] = out
                    taken.add(out)
                    break
        outputs = set(rename.values()) | set(CORE) | set(OPTIONAL)
        for k in keys:
            if k not in rename:
                rename[k] = f"{k}_orig" if k in outputs else k
        return Mapping(rename, const_source, tuple(missing))


def flatten(record: dict, prefix: str = "") -> dict:
    """Nested dicts become dotted keys (``{"meta": {"date": 1}}`` -> ``{"meta.date": 1}``)."""
    if not any(isinstance(v, dict) for v in record.values()) and not prefix:
        return record
    out: dict = {}
    for k, v in record.items():
        key = f"{prefix}{k}"
        if isinstance(v, dict) and v:
            out.update(flatten(v, key + "."))
        else:
            out[key] = v
    return out


class Collector:
    """One batch of records, stored column by column (no raw lines kept)."""

    def __init__(self) -> None:
        self.cols: dict[str, list] = {}
        self.file: list[str] = []
        self.line: list[int | None] = []
        self.folder: list[str | None] = []
        self.const_source: list[str | None] = []
        self.hints: dict[str, str] = {}  # column -> dtype known from the input (Parquet)
        self._last_hints: dict[str, str] | None = None
        self.blocks: list = []  # Parquet blocks (``_vector.Block``) while no record was added
        self.n = 0

    def add_block(self, block: Any) -> None:
        """Rows of a Parquet block: kept column-wise unless the batch already has records."""
        if self.n and not self.blocks:
            self._add_rows(block)
            return
        if block.hints is not None and block.hints is not self._last_hints:
            self.hints.update(block.hints)
            self._last_hints = block.hints
        self.blocks.append(block)
        self.n += block.n

    def _add_rows(self, block: Any) -> None:
        for k, values in enumerate(block.records()):
            self.add(values, block.file, block.first_line + k, block.folder,
                     block.const_source, block.hints)  # fmt: skip

    def _materialise(self) -> None:
        """A record joins a batch of blocks: turn the blocks into records, in order."""
        blocks, self.blocks, self.n = self.blocks, [], 0
        for block in blocks:
            self._add_rows(block)

    def add(
        self,
        values: dict[str, Any],
        file: str,
        line: int | None,
        folder: str | None,
        const_source: str | None,
        hints: dict[str, str] | None = None,
    ) -> None:
        if self.blocks:
            self._materialise()
        if hints is not None and hints is not self._last_hints:
            self.hints.update(hints)
            self._last_hints = hints
        cols = self.cols
        n = self.n
        for k, v in values.items():
            col = cols.get(k)
            if col is None:
                col = cols[k] = [None] * n
            col.append(v)
        self.n = n = n + 1
        if len(cols) != len(values):
            for col in cols.values():
                if len(col) < n:
                    col.append(None)
        self.file.append(file)
        self.line.append(line)
        self.folder.append(folder)
        self.const_source.append(const_source)


@dataclass
class DupState:
    """State kept across the batches/chunks of one read: id -> hash of its text, and
    the dtype hint of each extra column once its values showed a type."""

    seen: dict[str, Any] = field(default_factory=dict)  # id -> text digest (see same_text)
    dtypes: dict[str, str] = field(default_factory=dict)

    def learn(self, name: str, column: pd.Series) -> None:
        """Remember the dtype of an extra column once it has a value."""
        if name not in self.dtypes and column.notna().any():
            learned = dtype_hint(column.dtype)
            if learned:
                self.dtypes[name] = learned


def resolve_duplicate(
    seen: dict, doc_id: str, text: str, digest: Any, reporter: Any, file: str, line: Any
) -> str | None:
    """The id under which a record whose ``doc_id`` was loaded already is kept, or None.

    The same text again is a duplicate record (skipped); another text keeps its place
    under ``id~2``, ``id~3``, ... Both are reported.
    """
    base, k, dup = doc_id, 2, same_text(seen[doc_id], text, digest)
    while not dup and f"{base}~{k}" in seen:
        dup = same_text(seen[f"{base}~{k}"], text, digest)
        k += 1
    if dup:
        reporter.add(
            file, line, "duplicate_record",
            f"id {base!r} was already loaded with the same text", "skipped", base,
        )  # fmt: skip
        return None
    doc_id = f"{base}~{k}"
    reporter.add(
        file, line, "duplicate_id",
        f"id {base!r} was already loaded with a different text; renamed to {doc_id!r}",
        "renamed", doc_id,
    )  # fmt: skip
    return doc_id


def same_text(stored: Any, text: str, digest: Any) -> bool:
    """Whether ``text`` (with ``digest`` from its own path) equals the text behind a
    stored digest: ``hash(str)`` from the record path, ``("b", hash(utf-8 bytes))``
    from the column-wise path; mixed pairs are compared by re-hashing ``text``."""
    if type(stored) is type(digest):
        return stored == digest
    if isinstance(stored, tuple):
        return stored[1] == hash(text.encode("utf-8", "surrogatepass"))
    return stored == hash(text)


def clean_text(value: Any) -> str:
    """Newlines normalised, C0 controls except tab/newline and the invisible characters
    (soft hyphen, zero-width characters, see ``INVISIBLE``) removed, outer whitespace stripped.

    >>> clean_text(" Verteidigungs\\xadausgaben\\r\\nsteigen ")
    'Verteidigungsausgaben\\nsteigen'
    """
    if value is None:
        return ""
    if not isinstance(value, str):
        if isinstance(value, float) and math.isnan(value):
            return ""
        if value is pd.NA:
            return ""
        value = str(value)
    if "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    if not value.isprintable() and (
        _CONTROL.search(value) if len(value) < 256 else any(c in value for c in _CONTROL_CHARS)
    ):  # isprintable and `in` are C scans; a regex search is 5x slower on long texts
        value = _CONTROL.sub("", value)
    return value.strip()


def short(value: Any) -> str | None:
    """Cleaned text of a metadata value (lists joined with ", "); None when empty."""
    if isinstance(value, list):
        value = ", ".join(str(v) for v in value if v is not None)
    text = clean_text(value)
    return text or None


def url_host(url: Any) -> str | None:
    """Host of a URL without ``www.`` (None when there is none)."""
    if not isinstance(url, str) or "//" not in url:
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


def stable_id(source: str | None, text: str) -> str:
    """First 16 hex characters of sha1(source + "\\x1f" + text)."""
    return hashlib.sha1(f"{source or ''}\x1f{text}".encode()).hexdigest()[:16]


def finalize(batch: Collector, opts: Options, state: DupState, reporter: Reporter) -> pd.DataFrame:
    """Turn one batch into a docs frame (extra columns typed per batch)."""
    if batch.blocks:
        from discourse.io._vector import finalize_blocks

        return finalize_blocks(batch.blocks, batch.hints, opts, state, reporter)
    if opts.vectorised and batch.n:
        from discourse.io._vector import finalize_rows

        return finalize_rows(batch, opts, state, reporter)
    n = batch.n
    cols = batch.cols
    none = [None] * n
    texts = cols.get("text", none)
    titles = cols.get("title", none)
    dates = cols.get("published", none)
    sources = cols.get("source", none)
    ids = cols.get("doc_id", none)
    langs = cols.get("lang", none)
    urls = cols.get("url", none)
    authors = cols.get("author", none)
    const_lang = normalise_lang(opts.lang) if opts.lang is not None else None
    keep: list[int] = []
    out_id: list[str] = []
    out_source: list[str | None] = []
    out_ns: list[int] = []
    out_title: list[str | None] = []
    out_text: list[str] = []
    out_lang: list[str | None] = []
    nat = np.iinfo(np.int64).min
    for i in range(n):
        file, line = batch.file[i], batch.line[i]
        raw_id = ids[i]
        given_id = None if raw_id is None else short(raw_id)
        text = clean_text(texts[i])
        if not text:
            reporter.add(file, line, "empty_text", "the text is empty", "skipped", given_id)
            continue
        url = short(urls[i])
        source = batch.const_source[i] or short(sources[i]) or url_host(url) or batch.folder[i]
        doc_id = given_id or stable_id(source, text)
        digest = hash(text)  # only compared within this read
        seen = state.seen
        if doc_id in seen:
            doc_id = resolve_duplicate(seen, doc_id, text, digest, reporter, file, line)
            if doc_id is None:
                continue
        seen[doc_id] = digest
        ns, ok = parse_ns(dates[i], opts.tz, opts.dayfirst)
        if not ok:
            reporter.add(
                file, line, "date", f"cannot parse date {str(dates[i])[:80]!r}",
                "loaded_with_nat", doc_id,
            )  # fmt: skip
        lang = const_lang
        if lang is None and opts.lang is None:
            lang = normalise_lang(langs[i])
            if lang is None and opts.detect_lang:
                lang = detect_lang(text, langs=opts.langs)
        keep.append(i)
        out_id.append(doc_id)
        out_source.append(source)
        out_ns.append(nat if ns is None else ns)
        out_title.append(short(titles[i]))
        out_text.append(text)
        out_lang.append(lang)
    published = pd.DatetimeIndex(np.array(out_ns, dtype="int64").view("datetime64[ns]"))
    data: dict[str, Any] = {
        "doc_id": pd.Series(out_id, dtype="str"),
        "source": pd.Series(out_source, dtype="str"),
        "published": pd.Series(published.tz_localize("UTC"), dtype="datetime64[ns, UTC]"),
        "title": pd.Series(out_title, dtype="str"),
        "text": pd.Series(out_text, dtype="str"),
        "lang": pd.Series(out_lang, dtype="str"),
    }
    if "url" in cols:
        data["url"] = pd.Series([short(urls[i]) for i in keep], dtype="str")
    if "author" in cols:
        data["author"] = pd.Series([short(authors[i]) for i in keep], dtype="str")
    for name, values in cols.items():
        if name in data or name in CORE or name in OPTIONAL:
            continue
        hint = batch.hints.get(name) or state.dtypes.get(name)
        column = infer_column([values[i] for i in keep], hint)
        state.learn(name, column)
        data[name] = column
    return pd.DataFrame(data)

"""Folders of .txt/.md files with sidecar metadata or YAML front matter.

Metadata of a text file, later sources overriding earlier ones:
1. ``metadata.csv`` / ``.tsv`` / ``.json`` / ``.jsonl`` in the same folder, with a
   column ``file``, ``filename``, ``path`` or ``name`` holding the file name
   (with or without extension); a row naming no text file of the folder is
   reported (``sidecar``) and not used;
2. ``<name>.json`` beside ``<name>.txt`` (one JSON object);
3. a leading ``---`` YAML front matter block in the file itself.
The whole remaining text is the document text (paragraphs kept); the title
comes only from metadata.
"""

from __future__ import annotations

import json
import posixpath
import re
from collections.abc import Iterator
from typing import Any

import yaml

from discourse.io._encoding import decode_bytes
from discourse.io._records import Options, flatten
from discourse.io._report import Reporter
from discourse.io._sources import SIDECAR_NAMES, TEXT_EXT, Item, leaf_format
from discourse.io._tabular import iter_csv, iter_json, iter_jsonl

_FRONT = re.compile(r"\A---[ \t]*\r?\n(.*?)^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S | re.M)
_FILE_KEYS = ("file", "filename", "path", "name")


class Sidecars:
    """Per-read cache of sidecar metadata, keyed by (container, folder)."""

    def __init__(self, opts: Options, reporter: Reporter) -> None:
        self.opts = opts
        self.reporter = reporter
        self._tables: dict[tuple[int, str], dict[str, dict]] = {}

    def folder_table(self, item: Item) -> dict[str, dict]:
        folder = posixpath.dirname(item.rel.replace("\\", "/"))
        key = (id(item.container), folder)
        if key not in self._tables:
            table: dict[str, dict] = {}
            for name in SIDECAR_NAMES:
                side = item.container.sibling(item, name)
                if side is not None:
                    table.update(self._load_table(side, item.container.text_names(item)))
            self._tables[key] = table
        return self._tables[key]

    def _load_table(self, side: Item, names: frozenset[str]) -> dict[str, dict]:
        """File name -> metadata; a row naming none of the text files ``names`` is reported."""
        files = names | {posixpath.splitext(n)[0] for n in names}
        fmt = leaf_format(side.name)
        opts = self.opts
        plain = Options(encoding=opts.encoding, quotechar=opts.quotechar)
        if fmt in ("csv", "tsv"):
            records: Any = iter_csv(side, plain, self.reporter, fmt)
        elif fmt == "jsonl":
            records = iter_jsonl(side, plain, self.reporter)
        else:
            records = _json_sidecar(side, plain, self.reporter)
        table: dict[str, dict] = {}
        for record, line in records:
            lower = {k.lower(): k for k in record}
            key = next((lower[k] for k in _FILE_KEYS if k in lower), None)
            if key is None or record[key] is None:
                self.reporter.add(
                    side.name, line, "sidecar",
                    f"metadata row without a file name column ({'/'.join(_FILE_KEYS)})", "skipped",
                )  # fmt: skip
                continue
            ref = str(record[key]).replace("\\", "/").strip().removeprefix("./")
            meta = {k: v for k, v in record.items() if k != key}
            stem, ext = posixpath.splitext(ref)
            text_ext = ext.lower() in TEXT_EXT
            if ref not in files and not (text_ext and stem in files):
                self.reporter.add(
                    side.name, line, "sidecar",
                    f"metadata row for {ref!r}, but the folder has no such .txt/.md file",
                )  # fmt: skip
                continue
            table[ref] = meta
            if text_ext:
                table.setdefault(stem, meta)
        return table

    def metadata(self, item: Item) -> dict[str, Any]:
        meta: dict[str, Any] = {}
        table = self.folder_table(item)
        if table:
            base = item.basename
            found = table.get(base) or table.get(posixpath.splitext(base)[0])
            if found:
                meta.update(found)
        stem = posixpath.splitext(item.basename)[0]
        side = item.container.sibling(item, stem + ".json")
        if side is not None:
            with side.opener() as stream:
                raw = stream.read()
            text = decode_bytes(
                raw, encoding=self.opts.encoding, file=side.name, reporter=self.reporter
            )
            try:
                value = json.loads(text)
            except (json.JSONDecodeError, RecursionError) as exc:
                self.reporter.add(side.name, exc.lineno if hasattr(exc, "lineno") else None,
                                  "json", f"malformed JSON sidecar: {exc}", "skipped")  # fmt: skip
            else:
                if isinstance(value, dict):
                    meta.update(flatten(value))
                else:
                    self.reporter.add(
                        side.name, None, "json", "sidecar is not an object", "skipped"
                    )
        return meta


def _json_sidecar(side: Item, opts: Options, reporter: Reporter) -> Iterator[tuple[dict, Any]]:
    """metadata.json: a list of records, or an object mapping file name -> metadata."""
    with side.opener() as stream:
        raw = stream.read()
    text = decode_bytes(raw, encoding=opts.encoding, file=side.name, reporter=reporter)
    try:
        value = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as exc:
        reporter.add(side.name, getattr(exc, "lineno", None), "json", f"malformed JSON: {exc}")
        return
    if isinstance(value, dict) and all(isinstance(v, dict) for v in value.values()):
        for n, (name, meta) in enumerate(value.items(), 1):
            yield {"file": name, **flatten(meta)}, n
        return
    yield from iter_json(side, opts, reporter)


def is_sidecar(item: Item) -> bool:
    """True for metadata.* beside text files and for <name>.json beside <name>.txt/.md."""
    base = item.basename.lower()
    container = item.container
    if base in SIDECAR_NAMES:
        return container.dir_has_text(item)
    if base.endswith(".json"):
        stem = item.basename[:-5]
        return any(container.sibling(item, stem + ext) is not None for ext in (".txt", ".md"))
    return False


def split_front_matter(text: str) -> tuple[dict | None, str, str | None]:
    """``(metadata or None, body, error or None)`` for a leading YAML block."""
    m = _FRONT.match(text)
    if not m:
        return None, text, None
    body = text[m.end() :]
    try:
        meta = yaml.safe_load(m.group(1))
    except yaml.YAMLError as exc:
        return None, body, f"broken YAML front matter: {' '.join(str(exc).split())[:200]}"
    except RecursionError:
        return None, body, "broken YAML front matter: nested too deeply"
    if meta is None:
        return {}, body, None
    if not isinstance(meta, dict):
        return None, body, "YAML front matter is not a mapping"
    return flatten({str(k): v for k, v in meta.items()}), body, None


def iter_text(
    item: Item, opts: Options, reporter: Reporter, sidecars: Sidecars
) -> Iterator[tuple[dict, dict, int | None]]:
    """One record per text file: (metadata, {"text": body}, None)."""
    with item.opener() as stream:
        data = stream.read()
    text = decode_bytes(data, encoding=opts.encoding, file=item.name, reporter=reporter)
    meta = sidecars.metadata(item)
    front, body, error = split_front_matter(text)
    if error:
        reporter.add(item.name, 1, "front_matter", error + "; text loaded without it", "loaded")
    if front:
        meta.update(front)
    yield meta, {"text": body}, None

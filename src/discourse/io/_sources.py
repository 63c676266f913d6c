"""What to read: paths, folders, globs and lists resolved to files; formats by extension."""

from __future__ import annotations

import glob
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Protocol

LEAF_FORMATS = ("txt", "md", "csv", "tsv", "jsonl", "json", "parquet", "html", "feed")
_LEAF_EXT = {
    ".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md",
    ".csv": "csv", ".tsv": "tsv", ".tab": "tsv",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json",
    ".parquet": "parquet", ".pq": "parquet",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".rss": "feed", ".atom": "feed", ".xml": "feed",
}  # fmt: skip
TEXT_EXT = (".txt", ".text", ".md", ".markdown")
SIDECAR_NAMES = ("metadata.csv", "metadata.tsv", "metadata.json", "metadata.jsonl")


def leaf_format(name: str) -> str | None:
    """``csv`` for ``a/b.CSV``; None for an unknown extension."""
    return _LEAF_EXT.get(os.path.splitext(name)[1].lower())


def archive_kind(name: str) -> str | None:
    """``zip``, ``tar`` or ``gz`` from the file name, else None."""
    low = name.lower()
    if low.endswith(".zip"):
        return "zip"
    if low.endswith((".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz")):
        return "tar"
    if low.endswith(".gz"):
        return "gz"
    return None


def strip_archive_ext(name: str) -> str:
    low = name.lower()
    for ext in (".tar.gz", ".tar.bz2", ".tar.xz", ".tgz", ".tbz2", ".txz", ".tar", ".zip", ".gz"):
        if low.endswith(ext):
            return name[: -len(ext)]
    return name


class Container(Protocol):
    def sibling(self, item: Item, filename: str) -> Item | None: ...

    def dir_has_text(self, item: Item) -> bool: ...

    def text_names(self, item: Item) -> frozenset[str]: ...


@dataclass(frozen=True)
class Item:
    """One file to read: on disk or a member of an archive."""

    name: str  # shown in the load report
    rel: str  # posix path inside its archive, or the filesystem path
    opener: Callable[[], IO[bytes]]
    folder: str | None  # fallback source: the folder containing the file
    container: Any  # Container
    path: Path | None = None  # set for files on disk

    @property
    def basename(self) -> str:
        return self.rel.replace("\\", "/").rsplit("/", 1)[-1]


class FsContainer:
    """Sibling look-ups on the file system (cached per folder)."""

    def __init__(self) -> None:
        self._text_dirs: dict[Path, bool] = {}
        self._text_names: dict[Path, frozenset[str]] = {}

    def sibling(self, item: Item, filename: str) -> Item | None:
        assert item.path is not None
        path = item.path.parent / filename
        return fs_item(path, self) if path.is_file() else None

    def dir_has_text(self, item: Item) -> bool:
        assert item.path is not None
        folder = item.path.parent
        if folder not in self._text_dirs:
            self._text_dirs[folder] = any(
                p.suffix.lower() in TEXT_EXT and p.is_file() for p in folder.iterdir()
            )
        return self._text_dirs[folder]

    def text_names(self, item: Item) -> frozenset[str]:
        """Names of the text files (.txt, .md, ...) in the folder of ``item``."""
        assert item.path is not None
        folder = item.path.parent
        if folder not in self._text_names:
            self._text_names[folder] = frozenset(
                p.name for p in folder.iterdir() if p.suffix.lower() in TEXT_EXT and p.is_file()
            )
        return self._text_names[folder]


def fs_item(path: Path, container: FsContainer) -> Item:
    folder = path.parent.name or path.resolve().parent.name
    return Item(
        name=str(path),
        rel=str(path),
        opener=lambda: open(path, "rb"),  # noqa: SIM115 - closed by the reader
        folder=folder or None,
        container=container,
        path=path,
    )


def _hidden(parts: tuple[str, ...]) -> bool:
    return any(p.startswith(".") and p not in (".", "..") for p in parts)


def _walk(folder: Path, recursive: bool) -> list[Path]:
    found = folder.rglob("*") if recursive else folder.glob("*")
    files = [p for p in found if p.is_file() and not _hidden(p.relative_to(folder).parts)]
    return sorted(files, key=lambda p: p.relative_to(folder).as_posix())


def resolve_paths(path: Any, *, recursive: bool) -> list[Path]:
    """Files named by ``path``: a file, a folder (walked, sorted), a glob, or a list of these.

    Raises
    ------
    FileNotFoundError
        For a path that does not exist or a glob that matches nothing.
    TypeError
        For something that is not a str, PathLike or list of them.
    """
    if isinstance(path, (list, tuple)):
        if not path:
            raise ValueError("path is an empty list; give at least one file, folder or glob")
        out: list[Path] = []
        for p in path:
            out.extend(resolve_paths(p, recursive=recursive))
        return out
    if not isinstance(path, (str, os.PathLike)):
        raise TypeError(
            f"path must be a str, pathlib.Path, glob pattern or a list of them, "
            f"got {type(path).__name__}"
        )
    p = Path(path)
    if p.is_file():
        return [p]
    if p.is_dir():
        return _walk(p, recursive)
    text = os.fspath(path)
    if any(ch in text for ch in "*?["):
        matches = sorted(glob.glob(text, recursive=True))
        if not matches:
            raise FileNotFoundError(f"path: the glob {text!r} matches no file")
        out = []
        for m in matches:
            mp = Path(m)
            out.extend(_walk(mp, recursive) if mp.is_dir() else [mp])
        return out
    raise FileNotFoundError(f"path: {text!r} does not exist")

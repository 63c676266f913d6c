"""Members of .zip, .tar(.gz/.bz2/.xz) and .gz files, read in memory, never extracted.

Members with unsafe paths (absolute, a drive letter, or a ``..`` part) and
links are reported (``unsafe_path``) and skipped. Report names read
``archive.zip!member/path.txt``.
"""

from __future__ import annotations

import contextlib
import gzip
import posixpath
import re
import tarfile
import zipfile
from collections.abc import Callable
from typing import IO

from discourse.io._report import Reporter
from discourse.io._sources import TEXT_EXT, Item, strip_archive_ext

_DRIVE = re.compile(r"^[A-Za-z]:")


def unsafe_reason(name: str) -> str | None:
    """Why a member path is unsafe to use, or None."""
    norm = name.replace("\\", "/")
    if norm.startswith("/"):
        return "absolute path"
    if _DRIVE.match(norm):
        return "drive letter in path"
    if ".." in norm.split("/"):
        return "path leaves the archive ('..')"
    return None


class ArchiveContainer:
    """Sibling look-ups among the members of one archive."""

    def __init__(self) -> None:
        self.members: dict[str, Item] = {}
        self.text_files: dict[str, set[str]] = {}  # folder -> names of its text files

    def sibling(self, item: Item, filename: str) -> Item | None:
        return self.members.get(posixpath.join(posixpath.dirname(item.rel), filename))

    def dir_has_text(self, item: Item) -> bool:
        return posixpath.dirname(item.rel) in self.text_files

    def text_names(self, item: Item) -> frozenset[str]:
        return frozenset(self.text_files.get(posixpath.dirname(item.rel), ()))

    def add(self, item: Item) -> None:
        self.members[item.rel] = item
        if item.rel.lower().endswith(TEXT_EXT):
            folder = posixpath.dirname(item.rel)
            self.text_files.setdefault(folder, set()).add(posixpath.basename(item.rel))


class _OwningGzip(gzip.GzipFile):
    """A gzip reader that also closes the stream it reads from."""

    def __init__(self, raw: IO[bytes]) -> None:
        super().__init__(fileobj=raw, mode="rb")
        self._raw = raw

    def close(self) -> None:
        try:
            super().close()
        finally:
            self._raw.close()


def _folder(archive: Item, member: str) -> str | None:
    parent = posixpath.basename(posixpath.dirname(member))
    return parent or strip_archive_ext(archive.basename) or archive.folder


def _member(
    archive: Item, member: str, opener: Callable[[], IO[bytes]], box: ArchiveContainer
) -> Item:
    item = Item(
        name=f"{archive.name}!{member}",
        rel=member,
        opener=opener,
        folder=_folder(archive, member),
        container=box,
    )
    box.add(item)
    return item


def expand(archive: Item, kind: str, reporter: Reporter, stack: contextlib.ExitStack) -> list[Item]:
    """The readable members of ``archive`` (sorted by path); problems reported."""
    box = ArchiveContainer()
    items: list[Item] = []
    if kind == "gz":
        inner = strip_archive_ext(archive.basename)

        def open_gz() -> IO[bytes]:
            if archive.path is not None:
                return gzip.open(archive.path, "rb")  # type: ignore[return-value]
            return _OwningGzip(archive.opener())  # type: ignore[return-value]

        item = Item(
            name=archive.name, rel=inner, opener=open_gz, folder=archive.folder, container=box
        )
        box.add(item)
        return [item]
    if kind == "zip":
        source = archive.path if archive.path is not None else stack.enter_context(archive.opener())
        zf = stack.enter_context(zipfile.ZipFile(source))
        for info in sorted(zf.infolist(), key=lambda i: i.filename):
            if info.is_dir():
                continue
            why = unsafe_reason(info.filename)
            if why:
                reporter.add(
                    f"{archive.name}!{info.filename}", None, "unsafe_path",
                    f"unsafe member path ({why})", "skipped",
                )  # fmt: skip
                continue
            items.append(_member(archive, info.filename, lambda i=info: zf.open(i), box))
        return items
    if archive.path is not None:
        tf = stack.enter_context(tarfile.open(archive.path, mode="r:*"))  # noqa: SIM115
    else:
        tf = stack.enter_context(tarfile.open(fileobj=stack.enter_context(archive.opener())))  # noqa: SIM115
    for m in sorted(tf.getmembers(), key=lambda m: m.name):
        if m.isdir():
            continue
        why = unsafe_reason(m.name)
        if why is None and not m.isfile():
            why = "link or special file"
        if why:
            reporter.add(
                f"{archive.name}!{m.name}", None, "unsafe_path", f"unsafe member ({why})", "skipped"
            )
            continue
        items.append(_member(archive, m.name, lambda m=m: _extract(tf, m), box))
    return items


def _extract(tf: tarfile.TarFile, member: tarfile.TarInfo) -> IO[bytes]:
    stream = tf.extractfile(member)
    if stream is None:  # pragma: no cover - isfile() was checked
        raise OSError(f"cannot read tar member {member.name!r}")
    return stream

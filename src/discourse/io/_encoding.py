"""Decoding bytes the way real corpora need it.

UTF-8 (BOM removed) first. If that fails: bytes that also contain valid
multi-byte UTF-8 sequences are UTF-8 with broken bytes (decoded with U+FFFD
and reported); otherwise the file is cp1252 (bytes cp1252 leaves undefined
become the latin-1 characters) and nothing is reported. UTF-16/32 with a BOM
is recognised. An explicit ``encoding=`` is honoured (failures reported).
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from typing import BinaryIO

from discourse.io._report import Reporter

_VALID_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]"
    rb"|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}|\xed[\x80-\x9f][\x80-\xbf]"
    rb"|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)
# cp1252 leaves five bytes undefined; surrogateescape turns them into U+DC81 etc.
_UNDEFINED_CP1252 = {0xDC00 + b: b for b in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _cp1252(data: bytes) -> str:
    text = data.decode("cp1252", errors="surrogateescape")
    return text.translate(_UNDEFINED_CP1252) if max(text, default="") >= "\udc81" else text


def _wide_bom(data: bytes) -> str | None:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def _is_wide(encoding: str) -> bool:
    name = codecs.lookup(encoding).name
    return name.startswith(("utf-16", "utf-32"))


def decode_bytes(data: bytes, *, encoding: str | None, file: str, reporter: Reporter) -> str:
    """Decode a whole file; report broken bytes (problem ``encoding``)."""
    if encoding is not None:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError as exc:
            _report_bad(data, exc, encoding, file, reporter)
            return data.decode(encoding, errors="replace")
    wide = _wide_bom(data)
    if wide is not None:
        try:
            return data.decode(wide)
        except UnicodeDecodeError as exc:
            _report_bad(data, exc, wide, file, reporter)
            return data.decode(wide, errors="replace")
    if data.startswith(codecs.BOM_UTF8):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if _VALID_MULTIBYTE.search(data) is None:
            return _cp1252(data)
        _report_bad(data, exc, "utf-8", file, reporter)
        return data.decode("utf-8", errors="replace")


def _report_bad(
    data: bytes, exc: UnicodeDecodeError, encoding: str, file: str, reporter: Reporter
) -> None:
    line = data.count(b"\n", 0, exc.start) + 1
    decoded = data.decode(encoding, errors="replace")
    already = data.decode(encoding, errors="ignore").count("\ufffd")
    n_bad = max(decoded.count("\ufffd") - already, 1)
    reporter.add(
        file,
        line,
        "encoding",
        f"{n_bad} undecodable byte sequence(s) in {encoding} text, first at line {line} "
        f"(replaced with U+FFFD)",
        "loaded",
    )


def iter_lines(
    stream: BinaryIO, *, encoding: str | None, file: str, reporter: Reporter
) -> Iterator[str]:
    """Decoded lines (line endings kept), streamed; the same rules as :func:`decode_bytes`
    applied line by line (a file switches to cp1252 at its first non-UTF-8 line unless
    it has shown valid multi-byte UTF-8 before)."""
    lines = iter(stream)
    first = next(lines, b"")
    wide = _wide_bom(first) if encoding is None else (encoding if _is_wide(encoding) else None)
    if wide is not None:  # rare: decode the whole (small) file at once
        text = decode_bytes(first + b"".join(lines), encoding=wide, file=file, reporter=reporter)
        yield from text.splitlines(keepends=True)
        return
    if first.startswith(codecs.BOM_UTF8) and encoding is None:
        first = first[3:]
    codec = encoding or "utf-8"
    cp1252 = False
    multibyte = False
    bad_first: int | None = None
    bad_count = 0
    n = 0
    raw = first
    while raw:
        n += 1
        if cp1252:
            yield _cp1252(raw)
        else:
            try:
                text = raw.decode(codec)
                if not multibyte and not raw.isascii():
                    multibyte = True
                yield text
            except UnicodeDecodeError:
                if encoding is None and not multibyte and _VALID_MULTIBYTE.search(raw) is None:
                    cp1252 = True
                    yield _cp1252(raw)
                else:
                    decoded = raw.decode(codec, errors="replace")
                    bad_count += max(
                        decoded.count("\ufffd") - raw.decode(codec, "ignore").count("\ufffd"), 1
                    )
                    bad_first = bad_first or n
                    yield decoded
        raw = next(lines, b"")
    if bad_count:
        reporter.add(
            file,
            bad_first,
            "encoding",
            f"{bad_count} undecodable byte sequence(s) in {codec} text, first at line "
            f"{bad_first} (replaced with U+FFFD)",
            "loaded",
        )

"""Text columns in Arrow: the cleaning of ``clean_text`` on whole arrays."""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

# the characters str.strip() removes (str.isspace); tests check the list against Python
WHITESPACE = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
LARGE = pa.large_string()


def as_string(arr: pa.Array) -> pa.Array | None:
    """``arr`` as large_string if its values are text (or all null), else None."""
    t = arr.type
    if pa.types.is_large_string(t):
        return arr
    if pa.types.is_string(t) or pa.types.is_string_view(t) or pa.types.is_null(t):
        return arr.cast(LARGE)
    if pa.types.is_dictionary(t) and (
        pa.types.is_string(t.value_type) or pa.types.is_large_string(t.value_type)
    ):
        return arr.cast(LARGE)
    return None


def text_buffers(arr: pa.Array) -> tuple[np.ndarray, memoryview]:
    """Offsets (absolute, n + 1) and the data buffer of a large_string array."""
    bufs = arr.buffers()
    offsets = np.frombuffer(bufs[1], dtype=np.int64)[arr.offset : arr.offset + len(arr) + 1]
    data = memoryview(bufs[2]) if bufs[2] is not None else memoryview(b"")
    return offsets, data


def _without(raw: np.ndarray, drop: np.ndarray) -> np.ndarray:
    """``raw`` without the bytes at the sorted positions ``drop``."""
    if len(drop) > 10_000:
        keep = np.ones(len(raw), dtype=bool)
        keep[drop] = False
        return raw[keep]
    bounds = [-1, *drop.tolist(), len(raw)]
    return np.concatenate([raw[a + 1 : b] for a, b in zip(bounds[:-1], bounds[1:], strict=True)])


def _invisible(raw: np.ndarray) -> np.ndarray:
    """Positions of every byte of the invisible characters (``INVISIBLE`` of
    ``_records``: U+00AD, U+200B-U+200D, U+2060, U+FEFF) in valid UTF-8 bytes.

    Found from the lead bytes of multi-byte characters (one scan), then checked
    against the bytes after them; a character never straddles two values.
    """
    lead = np.flatnonzero((raw == 0xC2) | (raw == 0xE2) | (raw == 0xEF))  # their lead bytes
    if not len(lead):
        return lead
    last = len(raw) - 1
    b0 = raw[lead]
    b1 = raw[np.minimum(lead + 1, last)]
    b2 = raw[np.minimum(lead + 2, last)]
    two = (b0 == 0xC2) & (b1 == 0xAD)
    three = ((b0 == 0xE2) & (b1 == 0x80) & (b2 >= 0x8B) & (b2 <= 0x8D)) | (
        ((b0 == 0xE2) & (b1 == 0x81) & (b2 == 0xA0)) | ((b0 == 0xEF) & (b1 == 0xBB) & (b2 == 0xBF))
    )
    two, three = lead[two], lead[three]
    return np.concatenate([two, two + 1, three, three + 1, three + 2])


def clean_strings(arr: pa.Array) -> pa.Array:
    """:func:`clean_text` of every value of a large_string array (null -> "").

    Newlines and control characters are fixed on the UTF-8 bytes (they are single
    bytes that never occur inside a multi-byte character): ``\r\n`` -> ``\n``,
    a lone ``\r`` -> ``\n``, other C0 controls but tab and newline dropped, and so
    are the bytes of the invisible characters (soft hyphen, zero-width characters);
    then the characters ``str.strip`` removes are trimmed with an Arrow kernel.
    """
    arr = arr.fill_null("") if arr.null_count else arr
    if len(arr) == 0:
        return arr
    offsets, data = text_buffers(arr)
    first, last = int(offsets[0]), int(offsets[-1])
    raw = np.frombuffer(data, dtype=np.uint8)[first:last]
    low = np.flatnonzero(raw < 32)
    codes = raw[low]
    wanted = (codes != 9) & (codes != 10)
    invisible = _invisible(raw)
    if wanted.any() or len(invisible):
        pos, codes = low[wanted], codes[wanted]
        local = offsets - first
        cr = pos[codes == 13]
        row_end = local[np.searchsorted(local, cr, side="right")]
        nxt = np.minimum(cr + 1, len(raw) - 1)
        pair = (cr + 1 < row_end) & (raw[nxt] == 10)  # \r\n inside one value
        if (~pair).any():
            raw = raw.copy()
            raw[cr[~pair]] = 10
        drop = np.sort(np.concatenate([pos[codes != 13], cr[pair], invisible]))
        kept = _without(raw, drop)
        new_offsets = (local - np.searchsorted(drop, local, side="left")).astype(np.int64)
        arr = pa.LargeStringArray.from_buffers(
            len(arr), pa.py_buffer(new_offsets), pa.py_buffer(kept)
        )
    return pc.utf8_trim(arr, characters=WHITESPACE)


__all__ = ["LARGE", "WHITESPACE", "as_string", "clean_strings", "text_buffers"]

"""The text column of ``find_terms``, chunk by chunk: the matcher's image and the original text.

A chunk of rows is matched as one string, the rows joined with NUL characters. The matcher
works on a lower-cased Latin-1 *image* of that string (one byte per character, so image
offsets are character offsets); the few checks that need the original characters (case
rules, characters outside Latin-1) and the surfaces of the hits read the original text.

An Arrow-backed column never becomes one Python string: Arrow joins the rows of a chunk,
the image is built from the UTF-8 bytes (the few multi-byte characters fixed up with
numpy, then one table lookup lower-cases and drops bytes), surfaces are cut from the
bytes, and only the rows that a check must read are decoded. Any other column is joined
and encoded in Python.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

import numpy as np

from discourse.lexicon._text import LOWER

_LOWER_NP = np.frombuffer(LOWER, dtype=np.uint8)
#: Marks the bytes to drop. 0xC0 is never part of valid UTF-8 and never in the image
#: (LOWER turns the Latin-1 0xC0, "À", into 0xE0).
_DROP = bytes([0xC0])


def latin_image(raw: Any) -> bytes:
    """The lower-cased Latin-1 image of the UTF-8 bytes ``raw``: one byte per character.

    Equal to ``raw.decode().encode("latin-1", "replace").translate(LOWER)`` (characters
    outside Latin-1 become ``?``) without building the string.

    >>> latin_image("Ärger über €".encode())
    b'\\xe4rger \\xfcber ?'
    """
    return bytes(_image(raw)[0])


def _image(raw: Any) -> tuple[bytes | bytearray, np.ndarray]:
    """``latin_image(raw)`` (bytes or a bytearray) and, per byte of ``raw`` dropped from
    it (the continuation bytes of multi-byte characters), the image offset of its
    character, ascending: image offset ``x`` is byte ``x + searchsorted(owner, x)``."""
    a = np.frombuffer(raw, dtype=np.uint8)
    lead = np.flatnonzero(a >= 0xC0)  # first bytes of the multi-byte characters
    if not len(lead):
        return bytes(raw).translate(LOWER), np.zeros(0, dtype=np.int64)
    out = bytearray(raw)
    img = np.frombuffer(out, dtype=np.uint8)
    first = a[lead]
    last = len(a) - 1
    latin = first <= 0xC3  # U+0080-U+00FF: C2 or C3 and one more byte
    second = a[np.minimum(lead[latin] + 1, last)]
    value = np.full(len(lead), ord("?"), dtype=np.uint8)
    value[latin] = _LOWER_NP[((first[latin] & 3).astype(np.intp) << 6) | (second & 0x3F)]
    img[lead] = value
    more = 1 + (first >= 0xE0) + (first >= 0xF0)  # continuation bytes of each
    before = np.cumsum(more) - more  # dropped bytes before each lead
    shift = np.arange(int(more.sum())) - np.repeat(before, more) + 1
    img[np.minimum(np.repeat(lead, more) + shift, last)] = _DROP[0]
    return out.translate(LOWER, _DROP), np.repeat(lead - before, more)


class JoinedText:
    """The original text of a chunk held as one Python string (rows joined with NUL)."""

    def __init__(self, joined: str) -> None:
        self.joined = joined

    def row_at(self, pos: int) -> tuple[str, int]:
        """A string holding position ``pos`` and that string's offset in the chunk.

        The NUL separators end words and phrases, so the whole chunk serves.
        """
        return self.joined, 0

    def prefetch(self, pos: np.ndarray) -> None:
        """Nothing to do: the whole text is at hand."""

    def same_bytes(self, s: np.ndarray, e: np.ndarray, t: Any, rid: np.ndarray) -> None:
        """Not decided here: the regexes check the string (see ``ArrowRows.same_bytes``)."""
        return None

    def surfaces(self, row: np.ndarray, s: np.ndarray, e: np.ndarray) -> Any:
        """``text[s:e]`` (chunk offsets) as an Arrow ``large_string`` array."""
        import pyarrow as pa

        joined = self.joined
        texts = [joined[a:b] for a, b in zip(s.tolist(), e.tolist(), strict=True)]
        return pa.array(texts, pa.large_string())


class ArrowRows:
    """The original text of a chunk read from Arrow: rows decoded on demand, surfaces
    cut from the UTF-8 bytes of the joined rows (``raw``; ``owner``: see ``_image``)."""

    def __init__(self, part: Any, starts: np.ndarray, raw: Any, owner: np.ndarray) -> None:
        self._part = part
        self._starts = starts
        self._raw = raw
        self._owner = owner
        self._start_list: list[int] | None = None
        self._cache: dict[int, str] = {}

    def row_at(self, pos: int) -> tuple[str, int]:
        """The row holding position ``pos`` (or ending just before it) and its offset."""
        if self._start_list is None:
            self._start_list = self._starts.tolist()
        k = bisect_right(self._start_list, pos) - 1
        text = self._cache.get(k)
        if text is None:
            text = self._cache[k] = self._part[k].as_py()
        return text, self._start_list[k]

    def prefetch(self, pos: np.ndarray) -> None:
        """Decode the rows holding the positions ``pos`` at once (for ``row_at``)."""
        import pyarrow as pa

        rows = np.unique(np.searchsorted(self._starts, pos, side="right") - 1).tolist()
        rows = [k for k in rows if k not in self._cache]
        if rows:
            texts = self._part.take(pa.array(rows, pa.int64())).to_pylist()
            self._cache.update(zip(rows, texts, strict=True))

    def same_bytes(
        self, s: np.ndarray, e: np.ndarray, t: Any, rid: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray]:
        """Do the spans ``s:e`` hold the bytes ``Rule.exact`` of rules ``rid`` demands?

        Returns (decided: the span is ASCII, equal: the masked bytes are equal); spans
        with other characters are left to the case regexes.
        """
        bs = s + np.searchsorted(self._owner, s)
        decided = (e + np.searchsorted(self._owner, e)) - bs == e - s
        size = np.where(decided, e - s, 0)
        ends = np.cumsum(size)
        step = np.arange(int(ends[-1]) if len(ends) else 0) - np.repeat(ends - size, size)
        at = np.repeat(t.exact_start[rid], size) + step
        raw = np.frombuffer(self._raw, dtype=np.uint8)[np.repeat(bs, size) + step]
        wrong = (raw != t.exact_text[at]) & t.exact_mask[at]
        bad = np.bincount(np.repeat(np.arange(len(s)), size), weights=wrong, minlength=len(s))
        return decided, bad == 0

    def surfaces(self, row: np.ndarray, s: np.ndarray, e: np.ndarray) -> Any:
        """``text[s:e]`` (chunk offsets) as an Arrow ``large_string`` array."""
        import pyarrow as pa

        bs = s + np.searchsorted(self._owner, s)  # character -> byte offsets
        be = e + np.searchsorted(self._owner, e)
        size = be - bs
        ends = np.cumsum(size)
        step = np.arange(int(ends[-1]) if len(ends) else 0) - np.repeat(ends - size, size)
        data = np.frombuffer(self._raw, dtype=np.uint8)[np.repeat(bs, size) + step]
        offsets = np.concatenate(([0], ends)).astype(np.int64)
        return pa.LargeStringArray.from_buffers(
            len(s), pa.py_buffer(offsets), pa.py_buffer(data.tobytes())
        )


class TextColumn:
    """The text column, cut into chunks of rows joined with NUL separators.

    An Arrow-backed column is read from its buffers without copying it whole (one
    chunk of rows at a time); any other column goes through a list of Python strings.
    """

    def __init__(self, col: Any) -> None:
        import pandas as pd

        self._chunks: list[tuple[int, Any]] | None = None
        self.breaks = np.zeros(0, dtype=np.int64)  # rows where an Arrow chunk starts
        try:
            import pyarrow as pa
            import pyarrow.compute as pc
        except ImportError:  # pragma: no cover - pyarrow is a dependency
            pa = None
        if (
            pa is not None
            and isinstance(col.dtype, pd.StringDtype)
            and col.dtype.storage == "pyarrow"
        ):
            arr = pa.array(col.array)
            chunks = arr.chunks if isinstance(arr, pa.ChunkedArray) else [arr]
            if all(pa.types.is_string(c.type) or pa.types.is_large_string(c.type) for c in chunks):
                self._chunks, row = [], 0
                for c in chunks:
                    if len(c):
                        self._chunks.append((row, c))
                        row += len(c)
                self.breaks = np.array([r for r, _ in self._chunks], dtype=np.int64)
                lens = pc.utf8_length(arr).fill_null(0).to_numpy(zero_copy_only=False)
        if self._chunks is None:
            self._texts = ["" if t is None or t != t else str(t) for t in col.tolist()]
            lens = np.fromiter(map(len, self._texts), dtype=np.int64, count=len(self._texts))
        self.cum = np.cumsum(lens.astype(np.int64) + 1)

    def chunk(self, i: int, j: int, starts: np.ndarray) -> tuple[Any, bytes | bytearray]:
        """Rows ``i`` to ``j`` (within one Arrow chunk; ``starts``: where each row begins
        in the joined chunk): ``(original text, lower-cased Latin-1 image)``."""
        if self._chunks is None:
            joined = "\x00".join(self._texts[i:j])
            return JoinedText(joined), joined.encode("latin-1", "replace").translate(LOWER)
        import pyarrow as pa
        import pyarrow.compute as pc

        k = int(np.searchsorted(self.breaks, i, side="right")) - 1
        start, chunk = self._chunks[k]
        part = chunk.slice(i - start, j - i)
        if part.null_count:
            part = part.fill_null("")
        rows = pa.ListArray.from_arrays(pa.array([0, j - i], pa.int32()), part)
        buf = pc.binary_join(rows, pa.scalar("\x00", part.type))[0].as_buffer()
        buf = buf if buf is not None else pa.py_buffer(b"")
        low, owner = _image(buf)
        n = int(self.cum[j - 1] - (self.cum[i - 1] if i else 0)) - 1
        if len(low) != n:
            raise ValueError(f"text column: rows {i} to {j - 1} are not valid UTF-8")
        return ArrowRows(part, starts, buf, owner), low

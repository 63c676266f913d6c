"""Which statement repeats part of another of the same speaker (``nested_in``)."""

from __future__ import annotations

from typing import Any


def mark_nested(doc_rows: list[dict[str, Any]]) -> None:
    """Set ``nested_in`` of each record (in place) to the ``stmt_id`` of the smallest other
    statement of the same document and the same speaker (``speaker_id`` and
    ``speaker_surface``, NA equal to NA) whose content span contains this record's content
    span and is longer; None when there is none or the record has no content.

    A phrase quoted inside a reported statement ("Er nannte das „völlig falsch“") is
    nested; a report of another speaker inside a statement is a speech event of its own.
    A record linked to an interview answer (its ``answer`` key, set by
    :mod:`._interview` for "ich"/"wir" inside the answer) counts as the answerer's.

    Examples
    --------
    >>> rows = [{"stmt_id": 0, "content_start": 0, "content_end": 40},
    ...         {"stmt_id": 1, "content_start": 10, "content_end": 20},
    ...         {"stmt_id": 2, "content_start": 50, "content_end": 60}]
    >>> for r in rows:
    ...     r.update(speaker_id="merkel", speaker_surface="Merkel")
    >>> mark_nested(rows)
    >>> [r["nested_in"] for r in rows]
    [None, 0, None]
    """
    spans = []
    for r in doc_rows:
        r["nested_in"] = None
        if r["content_start"] is not None:
            spans.append((r["content_start"], -r["content_end"], r["stmt_id"], r))
    spans.sort(key=lambda x: x[:3])
    # (start, end, stmt_id, speaker) of the spans that may still contain the next one
    open_spans: list[tuple[int, int, int, tuple]] = []
    reach = -1  # the furthest end so far: a span ending beyond it has no container
    for start, neg_end, sid, rec in spans:
        end = -neg_end
        owner = rec.get("answer") or rec  # "wir" in an interview's answer: the answerer
        speaker = (owner["speaker_id"], owner["speaker_surface"])
        while open_spans and open_spans[-1][1] <= start:
            open_spans.pop()
        if end <= reach:
            hosts = [
                (b - a, host)
                for a, b, host, host_speaker in open_spans
                if end <= b and b - a > end - start and host_speaker == speaker
            ]
            if hosts:
                rec["nested_in"] = min(hosts)[1]  # the smallest (crossing spans: not the last)
        reach = max(reach, end)
        open_spans.append((start, end, sid, speaker))

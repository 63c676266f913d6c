"""The speaker's own sentences in speeches (statements of kind ``own``)."""

from __future__ import annotations

import bisect

from discourse.actors import ActorRegistry


def own_statements(
    doc_id, grp, texts, sids, starts, rows, speaker, reg: ActorRegistry
) -> list[dict]:
    ids = reg.lookup(speaker) or reg.lookup(speaker.split()[-1]) if speaker.split() else []
    spans = [(r["content_start"], r["content_end"]) for r in rows]
    spans += [(r["cue_start"], r["cue_end"]) for r in rows if r["cue_start"] is not None]
    spans.sort()
    span_starts = [x for x, _ in spans]
    reach: list[int] = []  # the furthest end among the spans so far
    for _, e in spans:
        reach.append(max(e, reach[-1]) if reach else e)
    out = list(rows)
    for _, i in grp:
        text = texts[i]
        if not isinstance(text, str) or not text.strip():
            continue
        a, b = int(starts[i]), int(starts[i]) + len(text)
        n = bisect.bisect_left(span_starts, b)
        if n and reach[n - 1] > a:
            continue  # the speaker reports someone else here
        out.append(
            {
                "doc_id": doc_id,
                "stmt_id": 0,
                "sent_id": int(sids[i]),
                "speaker_id": ids[0] if len(ids) == 1 else None,
                "speaker_surface": speaker,
                "speaker_start": None,
                "speaker_end": None,
                "cue": None,
                "cue_start": None,
                "cue_end": None,
                "kind": "own",
                "content": text,
                "content_start": a,
                "content_end": b,
                "medium": None,
                "addressee": None,
                "cue_spans": None,
                "inherited": False,
            }
        )
    return out

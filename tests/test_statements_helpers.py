"""Build docs and sents tables by hand for the statement and actor tests (no tests here)."""

from __future__ import annotations

import pandas as pd


def make(
    paragraphs: list[list[str]],
    *,
    lang: str = "de",
    doc_id: str = "d1",
    published: str = "2025-02-12",
    speaker: str | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """A one-document corpus: sentences joined by a space, paragraphs by a blank line."""
    rows, parts, pos, sid = [], [], 0, 0
    for pi, para in enumerate(paragraphs):
        if parts:
            parts.append("\n\n")
            pos += 2
        for si, sent in enumerate(para):
            if si:
                parts.append(" ")
                pos += 1
            rows.append((doc_id, sid, pi, pos, pos + len(sent), sent, lang))
            parts.append(sent)
            pos += len(sent)
            sid += 1
    text = "".join(parts)
    sents = pd.DataFrame(
        rows, columns=["doc_id", "sent_id", "para_id", "start", "end", "text", "lang"]
    )
    docs = pd.DataFrame(
        {
            "doc_id": [doc_id],
            "source": ["test"],
            "published": pd.to_datetime([published], utc=True).astype("datetime64[ns, UTC]"),
            "title": [""],
            "text": [text],
            "lang": [lang],
        }
    )
    if speaker is not None:
        docs["speaker"] = [speaker]
    return docs, sents


def top_statements(text: str, lang: str = "en") -> pd.DataFrame:
    """The top-level statements (not nested in another) of one document, segmented and
    read with the defaults."""
    from discourse.segment import split_sentences
    from discourse.statements import find_statements

    docs = pd.DataFrame({"doc_id": ["d"], "text": [text], "lang": [lang]})
    out = find_statements(split_sentences(docs), docs=docs)
    return out[out["nested_in"].isna()]


def top_rows(text: str, *cols: str) -> list[list]:
    """``cols`` of each top-level statement of one English document."""
    return top_statements(text)[list(cols)].values.tolist()

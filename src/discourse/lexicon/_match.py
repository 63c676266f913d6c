"""``find_terms``: one Aho-Corasick pass per chunk of sentences, then cheap checks per hit."""

from __future__ import annotations

import logging
from typing import Any

import numpy as np
import pandas as pd

from discourse.lexicon._column import TextColumn
from discourse.lexicon._compile import Compiled
from discourse.lexicon._io import as_lexicon
from discourse.lexicon._verify import verify
from discourse.schema import validate

log = logging.getLogger(__name__)

_ANY = -2  # rule language code: every language
OUTPUT = ["doc_id", "sent_id", "start", "end", "concept", "term", "match", "lang"]
_OVERLAPS = ("longest", "all")


def _resolve(s: np.ndarray, e: np.ndarray, entry: np.ndarray) -> np.ndarray:
    """Indices kept: longest match first (then earliest start, then lexicon order).

    Candidates that overlap nothing are kept at once; each cluster of overlapping
    candidates is resolved greedily.
    """
    order = np.lexsort((entry, -(e - s), s))
    s, e, ent = s[order], e[order], entry[order]
    reach = np.maximum.accumulate(e)
    new = np.ones(len(s), dtype=bool)
    new[1:] = s[1:] >= reach[:-1]
    first = np.flatnonzero(new)  # clusters are runs of the sorted candidates
    sizes = np.diff(np.append(first, len(s)))
    keep = np.repeat(sizes == 1, sizes)
    # two overlapping candidates: the longer wins, else the first (earlier start, lexicon order)
    a = first[sizes == 2]
    keep[np.where((e[a + 1] - s[a + 1]) > (e[a] - s[a]), a + 1, a)] = True
    big = sizes > 2
    for lo, n in zip(first[big].tolist(), sizes[big].tolist(), strict=True):
        cs, ce = s[lo : lo + n].tolist(), e[lo : lo + n].tolist()
        ranked = sorted(
            zip(cs, ce, ent[lo : lo + n].tolist(), range(lo, lo + n), strict=True),
            key=lambda t: (t[0] - t[1], t[0], t[2]),
        )
        taken: list[tuple[int, int]] = []
        for a, b, _, i in ranked:
            if all(b <= x or a >= y for x, y in taken):
                taken.append((a, b))
                keep[i] = True
    return np.sort(order[keep])


def _sents_of(table: pd.DataFrame, lang: str | None) -> pd.DataFrame:
    if not isinstance(table, pd.DataFrame):
        raise TypeError(f"table must be a sents or docs DataFrame, got {type(table).__name__}")
    missing = [c for c in ("doc_id", "text") if c not in table.columns]
    if missing:
        raise ValueError(
            f"table lacks column(s) {missing}; find_terms needs a sents table "
            "(doc_id, sent_id, start, text[, lang]) or a docs table (doc_id, text, lang)"
        )
    if "sent_id" in table.columns:
        if "start" not in table.columns:
            raise ValueError("sents table lacks column 'start' (the sentence offset in docs.text)")
        return table
    try:
        from discourse.segment import split_sentences
    except ImportError as exc:
        raise RuntimeError(
            "find_terms on a docs table needs discourse.segment.split_sentences to assign "
            "sent_id, which is not available; pass a sents table (doc_id, sent_id, start, text)"
        ) from exc
    sents = split_sentences(table)
    if "lang" not in sents.columns and "lang" in table.columns and lang is None:
        langs = table.drop_duplicates("doc_id").set_index("doc_id")["lang"]
        sents = sents.assign(lang=sents["doc_id"].map(langs).to_numpy())
    return sents


def find_terms(
    table: pd.DataFrame,
    lexicon: Any = None,
    *,
    overlap: str = "longest",
    lang: str | None = None,
    chunk_chars: int = 4_000_000,
) -> pd.DataFrame:
    """Find the lexicon's concepts in a ``sents`` (or ``docs``) table.

    Parameters
    ----------
    table : DataFrame
        A ``sents`` table (``doc_id``, ``sent_id``, ``start``, ``text``, optional ``lang``)
        or a ``docs`` table (``doc_id``, ``text``, ``lang``), which is split with
        ``discourse.segment.split_sentences`` first.
    lexicon : Lexicon, str, Path, dict, list or None
        A :class:`Lexicon`, a bundled name (:func:`list_lexicons`), a YAML path, a dict
        in the YAML structure, a list of these; ``None`` uses all bundled lexicons.
    overlap : {"longest", "all"}
        ``"longest"`` resolves overlapping hits once: the longest span wins, then the
        earliest start, then the entry that comes first in the lexicon; a span is never
        counted for two concepts unless a concept says ``overlap: allow`` (its hits are
        resolved on their own). ``"all"`` keeps every hit (key may repeat).
    lang : str, optional
        Language of every row (ISO 639-1); else the ``lang`` column; else all entries
        apply. Entries under ``de:`` only match German rows, ``any:`` everywhere.
    chunk_chars : int
        Characters matched per pass; memory grows with this and the matches only.

    Notes
    -----
    Each sentence is matched on its own: a multi-word entry never spans two sentences.
    One Aho-Corasick pass per chunk finds the entries' literal anchors in the lower-cased
    text; the rules of each entry are then checked around every anchor hit.

    Returns
    -------
    DataFrame
        ``matches`` table: ``doc_id``, ``sent_id``, ``start``, ``end`` (offsets into the
        document text), ``concept``, ``term`` (the entry as written), ``match``
        (``docs.text[start:end]``), ``lang``; sorted by input document order and start.

    Examples
    --------
    >>> import pandas as pd
    >>> sents = pd.DataFrame({"doc_id": ["d"], "sent_id": [0], "start": [0],
    ...     "text": ["Die Rüstungsausgaben steigen."], "lang": ["de"]})
    >>> find_terms(sents, "defence")[["concept", "match"]].to_dict("records")
    [{'concept': 'defence_spending', 'match': 'Rüstungsausgaben'}]
    """
    if overlap not in _OVERLAPS:
        raise ValueError(f"overlap must be one of {_OVERLAPS}, got {overlap!r}")
    if chunk_chars < 1:
        raise ValueError(f"chunk_chars must be positive, got {chunk_chars}")
    lex = as_lexicon(lexicon)
    comp: Compiled = lex.compiled
    sents = _sents_of(table, lang)
    n_rows = len(sents)
    if lang is not None:
        lang_codes, lang_names = np.zeros(n_rows, dtype=np.int64), np.array([lang], dtype=object)
    elif "lang" in sents.columns:
        lang_codes, lang_names = pd.factorize(sents["lang"], sort=False)
        lang_names = np.asarray(lang_names, dtype=object)
    else:
        lang_codes, lang_names = np.full(n_rows, -1, dtype=np.int64), np.array([], dtype=object)
    lang_names = list(lang_names)
    rule_lang = np.array(
        [
            _ANY if r.lang == "any" else lang_names.index(r.lang) if r.lang in lang_names else -9
            for r in comp.rule_list
        ],
        dtype=np.int64,
    )
    lang_names = np.asarray(lang_names, dtype=object)
    found: list[tuple] = []
    if comp.anchors and n_rows:
        text = TextColumn(sents["text"])
        bounds = np.searchsorted(text.cum, np.arange(chunk_chars, text.cum[-1], chunk_chars))
        edges = np.concatenate(([0], bounds + 1, text.breaks, [n_rows])).clip(0, n_rows)
        edges = np.unique(edges)
        for i, j in zip(edges[:-1], edges[1:], strict=True):
            ends = text.cum[i:j] - (text.cum[i - 1] if i else 0)  # row ends + 1, chunk-relative
            starts = np.concatenate(([0], ends[:-1]))
            orig, low = text.chunk(i, j, starts)
            res = _match_chunk(orig, low, starts, comp, overlap, lang_codes[i:j], rule_lang)
            if res is not None:
                rows, local, rules, match = res
                found.append((rows + i, local, rules, match))
    return _output(sents, found, comp, lang_codes, lang_names)


def _match_chunk(
    text: Any, low: bytes, starts: np.ndarray, comp: Compiled, overlap: str, row_lang, rule_lang
):
    """Match one chunk of rows (``text``: its original text, ``low``: its lower-cased
    image, ``starts``: where each row begins); return (row, local spans, rule ids,
    surfaces) or None."""
    hits = comp.automaton.find(low)
    if not hits:
        return None
    cs, ce, rid = verify(text, low, hits, comp, starts, row_lang, rule_lang)
    if not len(cs):
        return None
    row = np.searchsorted(starts, cs, side="right") - 1
    excl = comp.rule_exclude[rid]
    if excl.any():
        keep = _apply_exclusions(cs, ce, comp.rule_concept[rid], excl)
        cs, ce, rid, row = cs[keep], ce[keep], rid[keep], row[keep]
    if not len(cs):
        return None
    if overlap == "longest":
        pool, entry = comp.rule_pool[rid], comp.rule_entry[rid]
        keep = np.concatenate(
            [
                np.flatnonzero(in_pool)[_resolve(cs[in_pool], ce[in_pool], entry[in_pool])]
                for in_pool in (pool == p for p in np.unique(pool).tolist())
            ]
        )
    else:
        key = np.stack([cs, ce, comp.rule_concept[rid]], axis=1)
        keep = np.unique(key, axis=0, return_index=True)[1]
    cs, ce, rid, row = cs[keep], ce[keep], rid[keep], row[keep]
    if not len(cs):
        return None
    local = np.stack([cs, ce], axis=1) - starts[row][:, None]
    return row, local, rid, text.surfaces(row, cs, ce)


def _apply_exclusions(s, e, concept, excl) -> np.ndarray:
    """Mask: hits kept (not exclusions, not overlapping an exclusion of their concept)."""
    spans: dict[int, list[tuple[int, int]]] = {}
    for a, b, c in zip(s[excl].tolist(), e[excl].tolist(), concept[excl].tolist(), strict=True):
        spans.setdefault(c, []).append((a, b))
    keep = ~excl
    for i in np.flatnonzero(keep & np.isin(concept, list(spans))).tolist():
        if any(s[i] < b and a < e[i] for a, b in spans[int(concept[i])]):
            keep[i] = False
    return keep


def _take_str(values, idx: np.ndarray) -> Any:
    """``values[idx]`` as a ``str`` array (Arrow take: no Python objects per row)."""
    arr = values.array if isinstance(values, (pd.Index, pd.Series)) else list(values)
    return pd.array(arr, dtype="str").take(idx)


def _output(sents, found, comp, lang_codes, lang_names) -> pd.DataFrame:
    import pyarrow as pa

    if not found:
        out = pd.DataFrame({c: pd.Series([], dtype="str") for c in OUTPUT})
        for c in ("sent_id", "start", "end"):
            out[c] = out[c].astype("int64")
        return out
    row = np.concatenate([f[0] for f in found])
    local = np.concatenate([f[1] for f in found])
    rid = np.concatenate([f[2] for f in found])
    doc_order, doc_names = pd.factorize(sents["doc_id"], sort=False)
    span = local + sents["start"].to_numpy(dtype=np.int64)[row][:, None]
    order = np.lexsort((span[:, 1], span[:, 0], doc_order[row]))
    row, span, rid = row[order], span[order], rid[order]
    matches = pa.concat_arrays([f[3] for f in found]).take(order)
    codes = lang_codes[row]
    langs = (
        _take_str(lang_names, np.maximum(codes, 0))
        if len(lang_names)
        else pd.array([None] * len(row), dtype="str")
    )
    if len(lang_names) and (codes < 0).any():
        langs[codes < 0] = None
    out = pd.DataFrame(
        {
            "doc_id": _take_str(doc_names, doc_order[row]),
            "sent_id": sents["sent_id"].to_numpy()[row].astype(np.int64),
            "start": span[:, 0],
            "end": span[:, 1],
            "concept": _take_str(comp.concepts, comp.rule_concept[rid]),
            "term": _take_str([r.term for r in comp.rule_list], rid),
            "match": pd.array(matches, dtype="str"),
            "lang": langs,
        }
    )
    validate(out, "matches", unique_key=False)
    return out

"""Mark exact and near-duplicate documents: the same wire story in several outlets.

One public function, :func:`docs_dedupe`. It adds ``dup_of`` (the ``doc_id`` of
the original a document duplicates) and ``dup_score`` to a ``docs`` table and
drops nothing, so a caller decides what to do with the copies
(``docs[docs.dup_of.isna()]`` keeps the originals).

How it works
------------
1. Each text is normalised (Unicode NFKC, casefolded, punctuation dropped,
   whitespace collapsed) and hashed: identical normalised texts are exact
   duplicates.
2. One representative per exact group is cut into word shingles (``shingle``
   consecutive words); each shingle is hashed to 64 bits from its words.
3. MinHash signatures (``num_perm`` seeded random permutations of 32-bit
   shingle hashes, vectorised with numpy) and LSH banding propose candidate
   pairs. The banding is chosen so that even the least similar pair that can
   still reach ``threshold`` (by containment, at the lowest length ratio) is
   proposed with probability >= 0.99 (see :func:`_lsh_params`).
4. Every candidate pair is verified on its real shingle sets; pairs whose
   similarity reaches ``threshold`` are linked and the linked components are
   the duplicate clusters. Each cluster gets one original (by ``published``)
   and every other member points to it directly.

Cost grows linearly with the words plus the candidate pairs; many texts that
share most of their words without being copies (e.g. thousands of paywall
stubs) make the verification quadratic, which is logged as a warning.
"""

from __future__ import annotations

import hashlib
import itertools
import logging
import re
import unicodedata
import warnings
from typing import Literal

import numpy as np
import pandas as pd

__all__ = ["docs_dedupe"]

logger = logging.getLogger(__name__)

_WORD = re.compile(r"\w+")
#: containment only counts when the shorter text has at least this share of the
#: longer text's shingles (an excerpt or a quoted paragraph is not a copy).
_MIN_LENGTH_RATIO = 0.5
#: probability with which LSH proposes a pair that is just at the threshold.
_LSH_RECALL = 0.99
#: shingles hashed per MinHash block (num_perm x block uint32 in memory).
_CHUNK = 1 << 16
#: documents tokenised at a time (bounds the memory held by word lists).
_BATCH = 512
_U64 = np.uint64


def _words(text: object) -> list[str]:
    """Casefolded word tokens of ``text`` (punctuation and spacing ignored)."""
    if not isinstance(text, str):
        return []
    return _WORD.findall(unicodedata.normalize("NFKC", text).casefold())


def _mix64(x: np.ndarray) -> np.ndarray:
    """The splitmix64 finaliser: a bijective avalanche mix of uint64 values."""
    x = (x ^ (x >> _U64(30))) * _U64(0xBF58476D1CE4E5B9)
    x = (x ^ (x >> _U64(27))) * _U64(0x94D049BB133111EB)
    return x ^ (x >> _U64(31))


def _offsets(counts: np.ndarray) -> np.ndarray:
    """Start of every document's run in a concatenated array, plus the total."""
    return np.concatenate([[0], np.cumsum(counts, dtype=np.int64)])


def _shingle_hashes(words: list[list[str]], k: int) -> tuple[np.ndarray, np.ndarray]:
    """The uint64 hashes of all ``k``-word shingles, concatenated, and their count per
    document. A hash depends on the shingle's words only, never on input order."""
    lengths = np.array([len(w) for w in words], dtype=np.int64)
    counts = np.maximum(lengths - k + 1, 0)
    if counts.sum() == 0:
        return np.zeros(0, dtype=np.uint64), counts
    codes, vocab = pd.factorize(np.array(list(itertools.chain.from_iterable(words)), dtype=object))
    digests = b"".join(hashlib.blake2b(w.encode("utf-8"), digest_size=8).digest() for w in vocab)
    tokens = np.frombuffer(digests, dtype="<u8").astype(np.uint64)[codes]
    # position of every shingle start in the concatenated token array
    off = _offsets(counts)
    pos = (
        np.arange(off[-1]) - np.repeat(off[:-1], counts) + np.repeat(_offsets(lengths)[:-1], counts)
    )
    acc = np.zeros(len(pos), dtype=np.uint64)
    for j in range(k):  # chain the k word hashes through a full 64-bit mix
        acc = _mix64(acc ^ tokens[pos + j]) + _U64(j + 1)
    return _mix64(acc), counts


def _fingerprints(texts: list, k: int) -> tuple[list[bytes], np.ndarray, np.ndarray, np.ndarray]:
    """Exact-duplicate keys, word counts, shingle hashes and their offsets for all texts,
    tokenised in batches so that only one batch of word lists is held in memory."""
    keys: list[bytes] = []
    n_words: list[int] = []
    parts: list[np.ndarray] = [np.zeros(0, dtype=np.uint64)]
    counts: list[np.ndarray] = [np.zeros(0, dtype=np.int64)]
    for lo in range(0, len(texts), _BATCH):
        words = [_words(t) for t in texts[lo : lo + _BATCH]]
        keys += [hashlib.blake2b(" ".join(w).encode(), digest_size=16).digest() for w in words]
        n_words += [len(w) for w in words]
        hashes, count = _shingle_hashes(words, k)
        parts.append(hashes)
        counts.append(count)
    offsets = _offsets(np.concatenate(counts))
    return keys, np.array(n_words, dtype=np.int64), np.concatenate(parts), offsets


def _select(
    hashes: np.ndarray, offsets: np.ndarray, idx: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """The shingle hashes of documents ``idx`` and their new offsets."""
    counts = np.diff(offsets)[idx]
    new = _offsets(counts)
    pos = np.arange(new[-1]) - np.repeat(new[:-1], counts) + np.repeat(offsets[:-1][idx], counts)
    return hashes[pos], new


def _minhash(hashes: np.ndarray, offsets: np.ndarray, num_perm: int, rng) -> np.ndarray:
    """MinHash signatures (n_docs x num_perm, uint32); every doc needs >= 1 shingle.

    Permutation ``p`` maps a shingle's (well mixed) high 32 hash bits ``x`` to
    ``a_p * x + b_p mod 2**32`` with odd ``a_p``, a bijection, so the minima of
    two sets agree with probability Jaccard. uint32 arithmetic in a
    (perm x shingle) layout keeps the work vectorised and cache friendly.
    """
    a = rng.integers(0, 2**31, size=(num_perm, 1), dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = rng.integers(0, 2**32, size=(num_perm, 1), dtype=np.uint32)
    x = (hashes >> _U64(32)).astype(np.uint32)
    n = len(offsets) - 1
    sig = np.full((num_perm, n), np.iinfo(np.uint32).max, dtype=np.uint32)
    owner = np.repeat(np.arange(n), np.diff(offsets))
    for lo in range(0, len(x), _CHUNK):
        perm = a * x[None, lo : lo + _CHUNK]
        perm += b
        own = owner[lo : lo + _CHUNK]
        seg = np.flatnonzero(np.r_[True, own[1:] != own[:-1]])
        docs = own[seg]
        sig[:, docs] = np.minimum(sig[:, docs], np.minimum.reduceat(perm, seg, axis=1))
    return np.ascontiguousarray(sig.T)


def _lsh_params(threshold: float, num_perm: int) -> tuple[int, int]:
    """(bands, rows): the most selective banding that still proposes, with probability
    >= ``_LSH_RECALL``, a pair at the lowest Jaccard that can reach ``threshold``
    (by containment at the lowest length ratio)."""
    rho = _MIN_LENGTH_RATIO
    j = min(threshold, threshold * rho / (1 + rho - threshold * rho))
    for rows in range(num_perm, 0, -1):
        bands = num_perm // rows
        if 1.0 - (1.0 - j**rows) ** bands >= _LSH_RECALL:
            return bands, rows
    return num_perm, 1


def _lsh_pairs(sig: np.ndarray, bands: int, rows: int) -> np.ndarray:
    """Candidate pairs (i < j) sharing at least one band, as int64 codes i * n + j."""
    n = len(sig)
    codes: list[np.ndarray] = [np.zeros(0, dtype=np.int64)]
    for band in range(bands):
        cols = sig[:, band * rows : (band + 1) * rows].astype(np.uint64)
        key = np.zeros(n, dtype=np.uint64)
        for c in range(rows):
            key = _mix64(key ^ cols[:, c]) + _U64(c + 1)
        order = np.argsort(key, kind="stable")
        ks = key[order]
        cut = np.flatnonzero(ks[1:] != ks[:-1]) + 1
        starts, ends = np.r_[0, cut], np.r_[cut, n]
        size = ends - starts
        i, j = order[starts[size == 2]], order[starts[size == 2] + 1]  # the common case
        codes.append(np.minimum(i, j) * n + np.maximum(i, j))
        for s, e in zip(starts[size > 2], ends[size > 2], strict=True):
            members = np.sort(order[s:e])
            iu, ju = np.triu_indices(len(members), 1)
            codes.append(members[iu] * n + members[ju])
    return np.unique(np.concatenate(codes).astype(np.int64))


def _similarity(a: np.ndarray, b: np.ndarray) -> float:
    """max(Jaccard, containment of the shorter in the longer) of two sorted sets;
    containment counts only when the shorter has ``_MIN_LENGTH_RATIO`` of the longer."""
    if len(a) == 0 or len(b) == 0:
        return 0.0
    inter = len(np.intersect1d(a, b, assume_unique=True))
    small, large = sorted((len(a), len(b)))
    contain = inter / small if small >= _MIN_LENGTH_RATIO * large else 0.0
    return max(inter / (small + large - inter), contain)


def _find(parent: np.ndarray, i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def _near_clusters(sets, hashes, offsets, threshold, num_perm, random_state) -> np.ndarray:
    """Cluster root of every document (connected components of verified pairs)."""
    parent = np.arange(len(offsets) - 1)
    active = np.flatnonzero(np.diff(offsets) > 0)
    if len(active) < 2:
        return parent
    sig = _minhash(*_select(hashes, offsets, active), num_perm, np.random.default_rng(random_state))
    codes = _lsh_pairs(sig, *_lsh_params(threshold, num_perm))
    n_links = 0
    for a, b in zip(active[codes // len(active)], active[codes % len(active)], strict=True):
        ra, rb = _find(parent, int(a)), _find(parent, int(b))
        # a pair inside one cluster already cannot change the grouping: skip it
        if ra != rb and _similarity(sets(int(a)), sets(int(b))) >= threshold:
            parent[max(ra, rb)] = min(ra, rb)
            n_links += 1
    logger.debug("docs_dedupe: %d candidate pairs, %d links", len(codes), n_links)
    if len(codes) > 100 * len(active):
        logger.warning(
            "docs_dedupe: %d candidate pairs for %d texts; many texts share most of their "
            "words (boilerplate or stubs?), which makes the verification slow",
            len(codes),
            len(active),
        )
    return np.array([_find(parent, i) for i in range(len(parent))], dtype=np.int64)


def _originals(cluster: np.ndarray, published: pd.Series, keep: str) -> np.ndarray:
    """Row of every row's cluster original: by date (NaT last), then input order."""
    pos = np.arange(len(published))
    missing = published.isna().to_numpy()
    stamp = np.where(missing, 0, published.to_numpy(dtype="datetime64[ns]").astype(np.int64))
    if keep == "last":
        stamp, pos = -stamp, -pos
    by_rank = np.lexsort((pos, stamp, missing))
    first_cluster, first_at = np.unique(cluster[by_rank], return_index=True)
    return by_rank[first_at][np.searchsorted(first_cluster, cluster)]


def _check_args(docs, threshold, shingle, num_perm, by_text, keep) -> None:
    if not isinstance(docs, pd.DataFrame):
        raise TypeError(f"docs must be a pandas DataFrame, got {type(docs).__name__}")
    for name in ("doc_id", by_text):
        if name not in docs.columns:
            raise KeyError(f"docs has no column {name!r}; columns are {list(docs.columns)}")
    if not isinstance(threshold, (int, float)) or not 0.0 < float(threshold) <= 1.0:
        raise ValueError(f"threshold must be a number in (0, 1], got {threshold!r}")
    for name, value in (("shingle", shingle), ("num_perm", num_perm)):
        if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or value < 1:
            raise ValueError(f"{name} must be an integer >= 1, got {value!r}")
    if keep not in ("first", "last"):
        raise ValueError(f"keep must be 'first' or 'last', got {keep!r}")
    ids = docs["doc_id"]
    if ids.isna().any():
        raise ValueError(
            f"docs.doc_id is missing in rows {np.flatnonzero(ids.isna())[:5].tolist()}"
        )
    repeated = ids[ids.duplicated()]
    if len(repeated):
        raise ValueError(
            f"docs.doc_id must be unique, but {repeated.nunique()} ids repeat, "
            f"e.g. {repeated.head(3).astype(str).tolist()}"
        )


def docs_dedupe(
    docs: pd.DataFrame,
    *,
    threshold: float = 0.8,
    shingle: int = 5,
    num_perm: int = 128,
    by_text: str = "text",
    keep: Literal["first", "last"] = "first",
    random_state: int | np.random.Generator | None = 0,
) -> pd.DataFrame:
    """Mark exact and near-duplicate documents with the ``doc_id`` of their original.

    Similarity of two texts is measured on their sets of word shingles as
    ``max(Jaccard, containment of the shorter in the longer)``. Jaccard alone
    punishes length changes: a republished wire story with a trimmed last
    paragraph, an added teaser or a credit line shares almost all of its
    shingles with the original but has a noticeably larger union. Containment
    ``|A & B| / min(|A|, |B|)`` stays near 1 for such copies and drops with
    each changed word (one word changes up to ``shingle`` shingles), so it
    separates copies from distinct stories on the same event, which share
    names and phrases but few five-word sequences. Containment counts only
    when the shorter text has at least half the shingles of the longer one,
    so a single quoted paragraph or a short note is not taken as a copy of a
    long article. ``threshold`` refers to this similarity.

    Texts are compared after normalisation (Unicode NFKC, casefold,
    punctuation dropped, whitespace collapsed); identical normalised texts
    are exact duplicates (score 1). Texts with fewer than ``shingle`` words
    only match exactly. Empty or missing texts are never marked (a warning
    names them). Clusters are the connected components of the verified
    pairs, so the grouping does not depend on row order; a member linked to
    the cluster only through another member may score below ``threshold``
    against the original.

    Parameters
    ----------
    docs : DataFrame
        A ``docs`` table with unique ``doc_id`` and a text column; ``published``
        is used to pick originals when present.
    threshold : float
        Minimum similarity (see above) in (0, 1] for a near duplicate.
    shingle : int
        Words per shingle.
    num_perm : int
        MinHash permutations; more find borderline pairs more reliably.
    by_text : str
        Column holding the text.
    keep : {"first", "last"}
        Original of a cluster: the earliest (``"first"``) or latest
        (``"last"``) ``published``; ties and missing dates are broken by input
        order (the first row for ``"first"``, the last for ``"last"``), and a
        dated row is preferred over an undated one.
    random_state : int, Generator or None
        Seeds the MinHash functions (only candidate search depends on it).

    Returns
    -------
    DataFrame
        A copy of ``docs`` with a RangeIndex and every input column, plus
        ``dup_of`` (str: ``doc_id`` of the original, NA for originals and
        unique documents) and ``dup_score`` (float: similarity to that
        original, NA where ``dup_of`` is NA). Existing columns of these names
        are replaced.

    Examples
    --------
    >>> import pandas as pd
    >>> story = ("Die Nato-Staaten wollen ihre Ausgaben für Verteidigung deutlich "
    ...          "erhöhen, sagte der Generalsekretär am Mittwoch in Brüssel.")
    >>> copy = "NATO: " + story.upper() + " Mit Material von dpa"
    >>> docs = pd.DataFrame({"doc_id": ["a", "b", "c"], "text": [story, copy, "Anderes."]})
    >>> out = docs_dedupe(docs)
    >>> out[["doc_id", "dup_of", "dup_score"]]
      doc_id dup_of  dup_score
    0      a    NaN        NaN
    1      b      a        1.0
    2      c    NaN        NaN
    """
    _check_args(docs, threshold, shingle, num_perm, by_text, keep)
    out = docs.copy().reset_index(drop=True)
    n = len(out)
    published = out["published"] if "published" in out else pd.Series(pd.NaT, index=out.index)
    try:
        published = pd.to_datetime(published, utc=True)
    except (TypeError, ValueError) as exc:
        raise ValueError(f"docs.published cannot be read as dates: {exc}") from exc
    keys, n_words, all_hashes, all_offsets = _fingerprints(out[by_text].tolist(), shingle)
    empty = n_words == 0
    if empty.any():
        warnings.warn(
            f"docs_dedupe: {int(empty.sum())} documents have no words in column {by_text!r} "
            f"(e.g. doc_id {out['doc_id'][empty].head(3).astype(str).tolist()}); "
            "they are never marked as duplicates",
            UserWarning,
            stacklevel=2,
        )

    # exact duplicates: one representative per normalised text
    rep_of_key: dict[bytes, int] = {}
    rep = np.array([rep_of_key.setdefault(k, i) for i, k in enumerate(keys)], dtype=np.int64)
    reps = np.flatnonzero((rep == np.arange(n)) & ~empty)
    local = np.full(n, -1, dtype=np.int64)  # row -> index among the representatives
    local[reps] = np.arange(len(reps))

    # near duplicates among the representatives
    hashes, offsets = _select(all_hashes, all_offsets, reps)
    del all_hashes
    cache: dict[int, np.ndarray] = {}

    def sets(i: int) -> np.ndarray:
        if i not in cache:
            cache[i] = np.unique(hashes[offsets[i] : offsets[i + 1]])
        return cache[i]

    root = _near_clusters(sets, hashes, offsets, float(threshold), num_perm, random_state)
    cluster = -1 - np.arange(n)  # empty texts stay alone
    cluster[~empty] = root[local[rep[~empty]]]
    original = _originals(cluster, published, keep)

    ids = out["doc_id"].astype(str).to_numpy()
    marked = np.flatnonzero((original != np.arange(n)) & ~empty)
    dup_of = np.full(n, None, dtype=object)
    dup_of[marked] = ids[original[marked]]
    score = np.full(n, np.nan)
    for i in marked:
        own, orig = int(local[rep[i]]), int(local[rep[original[i]]])
        score[i] = 1.0 if own == orig else _similarity(sets(own), sets(orig))
    out["dup_of"] = pd.Series(dup_of, dtype="str")
    out["dup_score"] = score
    logger.info(
        "docs_dedupe: %d documents, %d marked as duplicates (%d with score 1)",
        n,
        len(marked),
        int(np.sum(score == 1.0)),
    )
    return out

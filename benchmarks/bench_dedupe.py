"""Throughput of docs_dedupe on real speeches, beside exact all-pairs Jaccard.

Corpus: every UN General Debate speech (2014-2023) and every State of the Union
address (1945-2006) in ../shared/data, plus edited republications of a seeded
sample of them (headline prepended, last paragraph dropped, a few words
changed, a credit line appended), so that there are true duplicates to find.

The obvious alternative, measured in the same run on a random subset:
shingle sets as Python ``set`` objects and the exact similarity of every pair
(O(n^2)). It computes both plain Jaccard and the measure docs_dedupe uses
(max(Jaccard, containment of the shorter in the longer when it has at least
half the longer's shingles)), from the same intersections. We print docs/s,
the speed ratio on the subset, and the agreement of the two on that subset.

    .venv/bin/python benchmarks/bench_dedupe.py [--subset 300] [--copies 200]
"""

from __future__ import annotations

import argparse
import itertools
import re
import time
import unicodedata
from pathlib import Path

import numpy as np
import pandas as pd

from discourse.io.dedupe import docs_dedupe

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"


def load(shared: Path) -> pd.DataFrame:
    files = sorted((shared / "ungd").glob("session*/*.txt"))
    files += sorted((shared / "nltk" / "state_union").glob("*.txt"))
    texts = [f.read_text(encoding="utf-8", errors="replace") for f in files]
    return pd.DataFrame({"doc_id": [f.stem for f in files], "text": texts})


def republish(text: str, rng: np.random.Generator) -> str:
    """An edited copy as another outlet would print it."""
    paras = [p for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
    if len(paras) > 3:
        paras = paras[:-1]  # last paragraph trimmed
    words = "\n\n".join(paras).split(" ")
    for at in rng.integers(0, len(words), size=3):  # a few words changed
        words[at] = "changed"
    return "Full text of the address\n\n" + " ".join(words) + "\n\n(Transcript provided by the UN)"


def shingle_set(text: str, k: int) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", unicodedata.normalize("NFKC", text).casefold())
    return {tuple(words[i : i + k]) for i in range(len(words) - k + 1)}


def all_pairs(texts: list[str], threshold: float, k: int) -> tuple[set, set]:
    """Linked pairs (i, j) by the docs_dedupe measure and by plain Jaccard."""
    sets = [shingle_set(t, k) for t in texts]
    linked, linked_jaccard = set(), set()
    for i, j in itertools.combinations(range(len(sets)), 2):
        a, b = sets[i], sets[j]
        if not a or not b:
            continue
        inter = len(a & b)
        small, large = sorted((len(a), len(b)))
        jac = inter / (small + large - inter)
        con = inter / small if small >= 0.5 * large else 0.0
        if max(jac, con) >= threshold:
            linked.add((i, j))
        if jac >= threshold:
            linked_jaccard.add((i, j))
    return linked, linked_jaccard


def same_group_pairs(groups: np.ndarray) -> set[tuple[int, int]]:
    out = set()
    for g in np.unique(groups):
        members = np.flatnonzero(groups == g)
        out.update(itertools.combinations(members.tolist(), 2))
    return out


def components(n: int, pairs: set[tuple[int, int]]) -> np.ndarray:
    parent = list(range(n))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in pairs:
        parent[find(i)] = find(j)
    return np.array([find(i) for i in range(n)])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument("--copies", type=int, default=200)
    parser.add_argument("--subset", type=int, default=300)
    parser.add_argument("--threshold", type=float, default=0.8)
    args = parser.parse_args()
    if not args.shared.is_dir():
        raise SystemExit(f"real data not found: {args.shared}")
    rng = np.random.default_rng(0)
    docs = load(args.shared)
    picks = rng.choice(len(docs), size=args.copies, replace=False)
    copies = pd.DataFrame(
        {
            "doc_id": [f"copy-of-{docs.doc_id[i]}" for i in picks],
            "text": [republish(docs.text[i], rng) for i in picks],
        }
    )
    corpus = pd.concat([docs, copies], ignore_index=True)
    n_words = sum(len(t.split()) for t in corpus.text)
    print(f"corpus: {len(corpus)} documents ({len(copies)} edited copies), {n_words:,} words")

    t0 = time.perf_counter()
    out = docs_dedupe(corpus, threshold=args.threshold)
    t_full = time.perf_counter() - t0
    found = {(d, o) for d, o in zip(out.doc_id, out.dup_of, strict=True) if not pd.isna(o)}
    truth = {(c, docs.doc_id[i]) for c, i in zip(copies.doc_id, picks, strict=True)}
    print(
        f"docs_dedupe, full corpus: {t_full:.2f} s, {len(corpus) / t_full:,.0f} docs/s, "
        f"{n_words / t_full / 1e6:.2f} M words/s; marked {len(found)}, "
        f"precision {len(found & truth) / max(len(found), 1):.3f}, "
        f"recall {len(found & truth) / len(truth):.3f}"
    )

    # same run, a subset with copies and their originals in it
    half = args.subset // 6
    others = np.setdiff1d(np.arange(len(docs)), picks[:half])
    sub_idx = np.r_[
        rng.choice(others, size=args.subset - 2 * half, replace=False),
        picks[:half],
        len(docs) + np.arange(half),
    ]
    sub = corpus.iloc[np.sort(sub_idx)].reset_index(drop=True)
    t0 = time.perf_counter()
    sub_out = docs_dedupe(sub, threshold=args.threshold)
    t_lsh = time.perf_counter() - t0
    t0 = time.perf_counter()
    linked, linked_jaccard = all_pairs(sub.text.tolist(), args.threshold, 5)
    t_pairs = time.perf_counter() - t0
    n = len(sub)
    print(
        f"subset of {n} documents ({n * (n - 1) // 2:,} pairs): docs_dedupe {t_lsh:.2f} s "
        f"({n / t_lsh:,.0f} docs/s), all-pairs Python sets {t_pairs:.2f} s "
        f"({n / t_pairs:,.0f} docs/s), ratio {t_pairs / t_lsh:.1f}x"
    )
    est = t_pairs * (len(corpus) / n) ** 2
    print(
        f"all-pairs on the full corpus would take ~{est:,.0f} s (n^2 extrapolation), "
        f"{est / t_full:.0f}x the docs_dedupe time"
    )

    pos = {d: i for i, d in enumerate(sub.doc_id)}
    root = [pos[o] if not pd.isna(o) else i for i, o in enumerate(sub_out.dup_of)]
    ours = same_group_pairs(np.array(root))
    for name, pairs in (("same measure", linked), ("plain Jaccard", linked_jaccard)):
        theirs = same_group_pairs(components(n, pairs))
        both = len(ours & theirs)
        print(
            f"agreement with all-pairs ({name}, threshold {args.threshold}): "
            f"{len(theirs)} grouped pairs there, {len(ours)} here, {both} in both "
            f"(recall {both / max(len(theirs), 1):.3f}, precision {both / max(len(ours), 1):.3f})"
        )
    print("wall-clock numbers; on a shared machine they vary with its load.")


if __name__ == "__main__":
    main()

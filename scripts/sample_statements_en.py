"""Draw the sentences of the English random-sample test set (tests/data/statements_en_random.md).

Every English sentence of the bundled demo corpus (UN General Debate 2014-2023, CC0; State of
the Union 1945-2006, public domain) that contains a word form of the English cue lexicon or
"according to" is a candidate; sentences longer than 400 characters and those of the older
test set (tests/data/statements_en_gold.jsonl) are left out. ``--n`` of them are drawn with a
fixed seed, in random order, and written as JSON lines with an empty ``statements`` list for
the annotators. Statements are annotated by hand afterwards, without running the extractor.

Usage: ``python scripts/sample_statements_en.py OUT.jsonl [--n 240] [--seed 2026]``
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

from discourse.demo import load_demo_corpus
from discourse.segment import split_sentences
from discourse.statements._cues import load_cues

REPO = Path(__file__).resolve().parents[1]
OLD = REPO / "tests" / "data" / "statements_en_gold.jsonl"
MAX_CHARS = 400


def candidates() -> list[dict]:
    """(file, sentence) of every candidate sentence, in corpus order."""
    docs = load_demo_corpus(["ungd", "sotu"])
    docs = docs[docs["lang"] == "en"].reset_index(drop=True)
    sents = split_sentences(docs)
    forms = set(load_cues("en").verbs)
    old = {json.loads(line)["text"] for line in OLD.read_text(encoding="utf-8").splitlines()}
    files = dict(zip(docs["doc_id"], docs["collection"] + "/" + docs["doc_id"], strict=True))
    out = []
    for doc_id, text in zip(sents["doc_id"], sents["text"], strict=True):
        if len(text) > MAX_CHARS or text in old:
            continue
        words = set(re.findall(r"[a-z]+", text.lower()))
        if words & forms or "according to" in text.lower():
            out.append({"file": files[doc_id], "text": text})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--n", type=int, default=240)
    ap.add_argument("--seed", type=int, default=2026)
    args = ap.parse_args()
    pool = candidates()
    picked = random.Random(args.seed).sample(pool, args.n)
    with args.out.open("w", encoding="utf-8") as fh:
        for item in picked:
            fh.write(json.dumps({**item, "statements": []}, ensure_ascii=False) + "\n")
    print(f"{len(pool)} candidate sentences, {args.n} drawn -> {args.out}")


if __name__ == "__main__":
    main()

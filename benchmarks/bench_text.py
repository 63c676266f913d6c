"""Throughput of the text layer (sentences + tokens + lemmas) on real text.

Run from the repository root::

    .venv/bin/python benchmarks/bench_text.py            # >= 10 MB of text
    .venv/bin/python benchmarks/bench_text.py --mb 2     # a quicker look

Text (read from ../shared/data, never copied): German Bundestag speeches of SpkAtt (CC0;
the text is rebuilt from the tokens with spaces, no space before punctuation), the US State
of the Union addresses (public domain) and UN General Debate speeches (CC0), in this order
until ``--mb`` megabytes (UTF-8) are collected.

Measured in the same run, on one process (one core):

* discourse: ``tokenize(split_sentences(docs))`` with lemmas, stop words and punctuation flags;
* ``tokenize`` of the same sentences again: lemmas are cached per process (a bounded LRU
  cache in discourse and one in simplemma), so this is the cost once the words are known,
  as for the later chunks of a corpus read in parts;
* the same without lemmas (``lemmas=False``);
* NLTK ``TreebankWordTokenizer().tokenize`` per document (tokens only, pure Python, no data);
* spaCy's blank tokenizer (``spacy.blank(lang)``, tokens only) if spaCy is installed;
* the naive combination pysbd + NLTK ``TreebankWordTokenizer`` + simplemma per token on a
  small sample (it is slow), if pysbd is installed.

Tokens per second are CPU-time based (``time.process_time`` of this single-threaded
process, i.e. one core), so that other jobs on a shared machine do not distort them; the
wall-clock seconds are printed beside them. Tokens per second are counted with each tool's own tokens; the ratio column compares each
tool to the discourse layer. Nothing is asserted here: timings vary with machine load.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

import pandas as pd

from discourse.segment import split_sentences, tokenize

DEFAULT_SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"
_NO_SPACE_BEFORE = re.compile(r" ([,.;:!?)\]])")


def _spkatt_texts(shared: Path) -> list[str]:
    out = []
    for folder in ("spkatt/train/task1", "spkatt/unlabelled"):
        for path in sorted((shared / folder).glob("*.json")):
            data = json.loads(path.read_text(encoding="utf-8"))
            sents = [" ".join(s["Tokens"]) for s in data.get("Sentences", [])]
            out.append(_NO_SPACE_BEFORE.sub(r"\1", " ".join(sents)))
    return out


def load_texts(shared: Path, mb: float) -> pd.DataFrame:
    """A docs table of real German and English text, at least ``mb`` megabytes of UTF-8."""
    rows: list[tuple[str, str]] = [("de", t) for t in _spkatt_texts(shared)]
    for path in sorted((shared / "nltk" / "state_union").glob("*.txt")):
        rows.append(("en", path.read_text(encoding="latin-1")))
    for path in sorted((shared / "ungd").glob("session*/*.txt")):
        if sum(len(t.encode("utf-8")) for _, t in rows) >= mb * 1e6:
            break
        rows.append(("en", path.read_text(encoding="utf-8", errors="replace")))
    docs = pd.DataFrame(
        {
            "doc_id": [f"d{i}" for i in range(len(rows))],
            "lang": [lg for lg, _ in rows],
            "text": [t for _, t in rows],
        }
    )
    return docs


def _timed(fn):
    """Run ``fn``; return its result and the CPU seconds of this process (wall-clock
    time on a shared machine counts other people's work too; both are printed)."""
    w0, c0 = time.perf_counter(), time.process_time()
    out = fn()
    _WALL.append(time.perf_counter() - w0)
    return out, time.process_time() - c0


_WALL: list[float] = []


def bench(docs: pd.DataFrame, naive_docs: int = 20) -> pd.DataFrame:
    """One row per tool: tokens, seconds, tokens per second, ratio to discourse."""
    rows = []
    # warm-up: simplemma loads its German and English dictionaries on first use (about
    # 2 s, once per process); spaCy's blank pipelines are likewise built before timing
    warm = docs.groupby("lang").head(1).assign(text=lambda d: d["text"].str.slice(0, 2000))
    tokenize(split_sentences(warm))
    sents, t_s = _timed(lambda: split_sentences(docs))
    toks, t_t = _timed(lambda: tokenize(sents))
    n = len(toks)
    rows.append(("discourse: sentences + tokens + lemmas", n, t_s + t_t))
    toks_w, t_w = _timed(lambda: tokenize(sents))
    rows.append(("discourse: tokens + lemmas again (lemmas cached)", len(toks_w), t_w))
    toks2, t2 = _timed(lambda: tokenize(split_sentences(docs), lemmas=False))
    rows.append(("discourse: sentences + tokens (lemmas=False)", len(toks2), t2))
    from nltk.tokenize import TreebankWordTokenizer

    tb = TreebankWordTokenizer()
    texts = docs["text"].tolist()
    n_tb, t_tb = _timed(lambda: sum(len(tb.tokenize(t)) for t in texts))
    rows.append(("NLTK TreebankWordTokenizer (tokens only)", n_tb, t_tb))
    try:
        import spacy  # noqa: PLC0415
    except ImportError:
        print("spaCy is not installed: its blank tokenizer is skipped", file=sys.stderr)
    else:
        nlps = {lg: spacy.blank(lg) for lg in sorted(set(docs["lang"]))}

        def run_spacy() -> int:
            total = 0
            for lg, t in zip(docs["lang"], texts, strict=True):
                nlp = nlps[lg]
                nlp.max_length = max(nlp.max_length, len(t) + 1)
                total += len(nlp.tokenizer(t))
            return total

        for lg, nlp in nlps.items():
            nlp.tokenizer("warm up " + lg)
        n_sp, t_sp = _timed(run_spacy)
        rows.append((f"spaCy {spacy.__version__} blank tokenizer (tokens only)", n_sp, t_sp))
    try:
        import pysbd  # noqa: PLC0415
        import simplemma  # noqa: PLC0415
    except ImportError:
        print("pysbd is not installed: the naive combination is skipped", file=sys.stderr)
    else:
        sample = docs.iloc[:: max(1, len(docs) // naive_docs)].head(naive_docs)
        segs = {lg: pysbd.Segmenter(language=lg, clean=False) for lg in set(sample["lang"])}

        def run_naive() -> int:
            total = 0
            for lg, t in zip(sample["lang"], sample["text"], strict=True):
                for sent in segs[lg].segment(t):
                    for tok in tb.tokenize(sent):
                        simplemma.lemmatize(tok, lang=lg)
                        total += 1
            return total

        n_nv, t_nv = _timed(run_naive)
        rows.append((f"naive pysbd + NLTK + simplemma ({len(sample)}-doc sample)", n_nv, t_nv))
    walls = [_WALL[0] + _WALL[1], *_WALL[2:]]
    table = pd.DataFrame(rows, columns=["tool", "tokens", "seconds"])
    table["wall s"] = [round(w, 2) for w in walls]
    table["tokens/s"] = (table["tokens"] / table["seconds"]).round(0).astype("int64")
    table["ratio to discourse"] = (table["tokens/s"] / table["tokens/s"].iloc[0]).round(2)
    table["seconds"] = table["seconds"].round(2)
    table = table.rename(columns={"seconds": "CPU s"})
    return table


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="../shared/data")
    ap.add_argument("--mb", type=float, default=10.0, help="megabytes of text (default 10)")
    args = ap.parse_args(argv)
    if not args.shared.is_dir():
        print(f"skipped: {args.shared} does not exist", file=sys.stderr)
        return 0
    docs = load_texts(args.shared, args.mb)
    size = sum(len(t.encode("utf-8")) for t in docs["text"]) / 1e6
    by_lang = docs.groupby("lang")["text"].apply(lambda s: sum(len(t) for t in s) / 1e6)
    print(
        f"{len(docs)} documents, {size:.1f} MB UTF-8 "
        f"({', '.join(f'{k}: {v:.1f} M chars' for k, v in by_lang.items())}), one process"
    )
    table = bench(docs)
    print(table.to_string(index=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

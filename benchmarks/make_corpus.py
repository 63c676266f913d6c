"""Build deterministic benchmark corpora (10 MB, 100 MB, 1 GB) from the real text in ../shared/data.

Sources (all redistributable, read from ``../shared/data``, never copied into the repository):
UN General Debate speeches 2014-2023 (CC0, English), US State of the Union addresses
1945-2006 (public domain, English) and the GePaDe-SpkAtt Bundestag speeches, train and
unlabelled (CC0, German; rebuilt from their tokens joined with spaces).

Every speech is cut into paragraphs (hard-wrapped UN lines are re-joined; paragraphs of
2-6 sentences where the source has none). A document is a run of consecutive paragraphs
of one speech, starting at a random paragraph, of 300-1,500 words (a log-normal target,
cut at a paragraph boundary), so documents have article length and are nearly all
distinct. Each gets a date spread uniformly over 2014-2025, one of a handful of sources
of its language, a title (its first words) and a stable ``doc_id``. Seeded: the same
arguments give the same bytes.

Output, under ``benchmarks/_corpora/`` (git-ignored): ``corpus_<size>.jsonl`` (one docs
record per line: doc_id, source, published, title, text, lang) and, with ``--parquet``,
``corpus_<size>.parquet/part-NNNNN.parquet`` (a folder of partitions, whole documents in
each, for ``discourse.parallel.read_corpus``).

Usage: ``python benchmarks/make_corpus.py --size 10MB 100MB 1GB [--parquet] [--seed 0]``
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

import numpy as np

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"
OUT = Path(__file__).resolve().parent / "_corpora"

SOURCES = {
    "en": ["Global Post", "Daily Ledger", "Wire Service", "Evening Standard Review"],
    "de": ["Tagesblatt", "Rundschau", "Der Morgen"],
}
_SENT = re.compile(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ\"„(])")
_NO_SPACE_BEFORE = {".", ",", "!", "?", ";", ":", ")", "]", "%", "“", "'"}
_NO_SPACE_AFTER = {"(", "[", "„"}
START = np.datetime64("2014-01-01T00:00:00")
SPAN_S = int((np.datetime64("2026-01-01T00:00:00") - START) / np.timedelta64(1, "s"))


def parse_size(text: str) -> int:
    """``"10MB"`` -> 10_000_000 bytes (``KB``, ``MB``, ``GB``; decimal units)."""
    m = re.fullmatch(r"(\d+(?:\.\d+)?)\s*([KMG]B)", text.strip().upper())
    if not m:
        raise argparse.ArgumentTypeError(f"size must look like 10MB or 1GB; got {text!r}")
    return int(float(m.group(1)) * {"KB": 1e3, "MB": 1e6, "GB": 1e9}[m.group(2)])


def _group(sentences: list[str], rng: np.random.Generator) -> list[str]:
    paras, i = [], 0
    while i < len(sentences):
        k = int(rng.integers(2, 7))
        paras.append(" ".join(sentences[i : i + k]))
        i += k
    return paras


def _ungd(shared: Path, rng: np.random.Generator) -> list[tuple[str, list[str]]]:
    speeches = []
    for path in sorted(shared.glob("ungd/session*/*.txt")):
        raw = path.read_text(encoding="utf-8", errors="replace")
        text = re.sub(r"-\s*\n\s*(?=[a-z])", "", raw)
        text = re.sub(r"\s+", " ", text).strip()
        if text:
            speeches.append(("en", _group(_SENT.split(text), rng)))
    return speeches


def _sotu(shared: Path) -> list[tuple[str, list[str]]]:
    speeches = []
    for path in sorted(shared.glob("nltk/state_union/*.txt")):
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
        paras = [ln.strip() for ln in lines if len(ln.split()) >= 8]
        if paras:
            speeches.append(("en", paras))
    return speeches


def _detok(tokens: list[str]) -> str:
    out: list[str] = []
    for tok in tokens:
        if out and tok not in _NO_SPACE_BEFORE and out[-1] not in _NO_SPACE_AFTER:
            out.append(" ")
        out.append(tok)
    return "".join(out)


def _spkatt(shared: Path, rng: np.random.Generator) -> list[tuple[str, list[str]]]:
    speeches = []
    files = sorted(shared.glob("spkatt/train/task1/*.json"))
    files += sorted(shared.glob("spkatt/unlabelled/*.json"))
    for path in files:
        data = json.loads(path.read_text(encoding="utf-8"))
        sents = [_detok(s["Tokens"]) for s in data.get("Sentences", []) if s.get("Tokens")]
        if sents:
            speeches.append(("de", _group(sents, rng)))
    return speeches


def load_speeches(shared: Path, seed: int) -> list[tuple[str, list[str]]]:
    """(lang, paragraphs) of every source speech, in a fixed order."""
    if not (shared / "ungd").is_dir():
        raise FileNotFoundError(f"{shared} has no ungd/ folder; pass --shared PATH")
    rng = np.random.default_rng(seed)
    return _ungd(shared, rng) + _sotu(shared) + _spkatt(shared, rng)


def documents(speeches, seed: int):
    """Endless, seeded stream of docs records built from ``speeches``."""
    rng = np.random.default_rng(seed + 1)
    lens = [[len(p.split()) for p in paras] for _, paras in speeches]
    # weight German speeches up so that about a fifth of the text is German
    weight = np.array(
        [
            sum(n) * (6.0 if lang == "de" else 1.0)
            for (lang, _), n in zip(speeches, lens, strict=True)
        ]
    )
    weight /= weight.sum()
    i = 0
    while True:
        s = int(rng.choice(len(speeches), p=weight))
        lang, paras = speeches[s]
        target = int(np.clip(rng.lognormal(np.log(650), 0.45), 300, 1500))
        first = int(rng.integers(0, len(paras)))
        chosen, words, k = [], 0, first
        while words < target and k < len(paras):
            chosen.append(paras[k])
            words += lens[s][k]
            k += 1
        k = first - 1
        while words < 300 and k >= 0:  # end of a speech: extend backwards
            chosen.insert(0, paras[k])
            words += lens[s][k]
            k -= 1
        text = "\n\n".join(chosen)
        when = START + np.timedelta64(int(rng.integers(0, SPAN_S)), "s")
        title = " ".join(text.split()[:8])
        yield {
            "doc_id": f"b{seed}-{i:08d}",
            "source": SOURCES[lang][int(rng.integers(0, len(SOURCES[lang])))],
            "published": str(when) + "Z",
            "title": title,
            "text": text,
            "lang": lang,
        }
        i += 1


def write_jsonl(path: Path, size: int, speeches, seed: int) -> tuple[int, int]:
    """Write records until the file holds ``size`` bytes; returns (documents, bytes)."""
    n = written = 0
    tmp = path.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        for record in documents(speeches, seed):
            line = json.dumps(record, ensure_ascii=False) + "\n"
            fh.write(line)
            written += len(line.encode("utf-8"))
            n += 1
            if written >= size:
                break
    tmp.replace(path)
    return n, written


def write_parquet(jsonl: Path, folder: Path, part_mb: float) -> int:
    """Partitioned Parquet copy of ``jsonl`` (whole documents per file); returns the parts."""
    import pandas as pd

    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("part-*.parquet"):
        old.unlink()
    reader = pd.read_json(jsonl, lines=True, chunksize=10_000, dtype=False)
    parts, buf, size = 0, [], 0
    for chunk in reader:
        for start in range(0, len(chunk), 500):
            piece = chunk.iloc[start : start + 500]
            buf.append(piece)
            size += int(piece["text"].str.len().sum())
            if size >= part_mb * 1e6:
                _write_part(pd.concat(buf, ignore_index=True), folder, parts)
                parts, buf, size = parts + 1, [], 0
    if buf:
        _write_part(pd.concat(buf, ignore_index=True), folder, parts)
        parts += 1
    return parts


def _write_part(frame, folder: Path, i: int) -> None:
    import pandas as pd

    frame = frame.astype({c: "str" for c in ("doc_id", "source", "title", "text", "lang")})
    frame["published"] = pd.to_datetime(frame["published"], utc=True).astype("datetime64[ns, UTC]")
    frame.to_parquet(folder / f"part-{i:05d}.parquet", index=False)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", nargs="+", type=parse_size, default=[parse_size("10MB")])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--parquet", action="store_true", help="also write a Parquet folder")
    parser.add_argument(
        "--part-mb",
        type=float,
        default=2.0,
        help="text MB per Parquet part (at least; whole 500-document pieces)",
    )
    args = parser.parse_args(argv)
    speeches = load_speeches(args.shared, args.seed)
    args.out.mkdir(parents=True, exist_ok=True)
    for size in args.size:
        label = f"{size // 1_000_000_000}gb" if size >= 1e9 else f"{size // 1_000_000}mb"
        path = args.out / f"corpus_{label}.jsonl"
        n, written = write_jsonl(path, size, speeches, args.seed)
        print(f"{path}: {n:,} documents, {written / 1e6:,.1f} MB", file=sys.stderr)
        if args.parquet:
            parts = write_parquet(path, path.with_suffix(".parquet"), args.part_mb)
            print(f"  + {parts} Parquet parts in {path.with_suffix('.parquet')}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

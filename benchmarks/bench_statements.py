"""Throughput of find_actors + find_statements on news-like German text.

Three corpora, each timed on its own:

* ``reference+speeches``: the reference article (../shared/data/seed) repeated, and
  SpkAtt Bundestag speeches rebuilt from their tokens (the spacing rule of
  eval_statements.py);
* ``wikinews``: the 700 real German Wikinews articles of ../shared/data/spkatt_news
  (rebuilt the same way; read at benchmark time, never copied; skipped with a message
  when absent);
* ``demo bundestag``: the German Bundestag part of the bundled demo corpus
  (``load_demo_corpus("bundestag")``: speeches with a ``speaker``, so the default
  model is the speech model and the speakers' own sentences are statements too);
* ``demo UN General Debate 2023 (en)``: the English speeches of 2023 in the demo corpus
  (rules only: the learned models are German).

The target is judged on the news-like rows (reference+speeches, wikinews); the speech
rows are printed for comparison.

Sentences come from discourse.segment (not timed). Timed: find_actors, and find_actors
+ find_statements (rules only, and the default with the learned models), single
process, one core, best CPU time (``time.process_time``) of three runs. The obvious
alternative measured in the same run: one regular expression of speech verbs over the
raw text (finds cue words, no speakers, no spans) -- the ratio says what the full
extraction costs compared with a keyword search. The target (issue 6) is at least
2 MB of text per second on one core for actors + statements.

Usage: ``python benchmarks/bench_statements.py [--shared DIR] [--repeat N] [--speeches N]``
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pandas as pd

from discourse.actors import find_actors, load_registry
from discourse.demo import load_demo_corpus
from discourse.segment import split_sentences
from discourse.statements import find_statements

REPO = Path(__file__).resolve().parents[1]
TARGET = 2.0  # MB/s (CPU, one core) for find_actors + find_statements, issue 6
NEWS_LIKE = ("reference+speeches", "wikinews")  # the rows the target is about
CUE_RE = re.compile(
    r"\b(sagte|sagt|erklärte|betonte|forderte|kritisierte|warnte|teilte|laut|zufolge"
    r"|said|says|told|stated|warned|according)\b"
)


def _rebuild() -> Callable:
    sys.path.insert(0, str(REPO / "benchmarks"))
    from eval_statements import rebuild

    return rebuild


def _docs(rows: list[tuple], dayfirst: bool = False) -> pd.DataFrame:
    docs = pd.DataFrame(rows, columns=["doc_id", "source", "published", "title", "text", "lang"])
    docs["published"] = pd.to_datetime(
        docs["published"], utc=True, dayfirst=dayfirst, format="mixed", errors="coerce"
    ).astype("datetime64[ns, UTC]")
    return docs


def corpus(shared: Path, repeat: int, speeches: int) -> pd.DataFrame:
    """The reference article ``repeat`` times plus ``speeches`` SpkAtt speeches."""
    rebuild = _rebuild()
    ref = (shared / "seed" / "tagesschau_2025-02-12.txt").read_text(encoding="utf-8")
    rows = [(f"ref{i}", "tagesschau.de", "2025-02-12", "ref", ref, "de") for i in range(repeat)]
    for f in sorted((shared / "spkatt" / "train" / "task1").glob("*.json"))[:speeches]:
        data = json.loads(f.read_text(encoding="utf-8"))
        text, _, _ = rebuild([s["Tokens"] for s in data["Sentences"]])
        rows.append((f.stem, "bundestag", f.stem.rsplit("_", 1)[-1], f.stem, text, "de"))
    return _docs(rows, dayfirst=True)


def wikinews(shared: Path) -> pd.DataFrame | None:
    """The SpkAtt news articles (German Wikinews), or None when the folder is absent."""
    folder = shared / "spkatt_news" / "train"
    files = sorted(folder.glob("*.json"))
    if not files:
        return None
    rebuild = _rebuild()
    rows = []
    for f in files:
        data = json.loads(f.read_text(encoding="utf-8"))
        text, _, _ = rebuild([s["Tokens"] for s in data["Sentences"]])
        m = re.search(r"\(((?:19|20)\d\d-\d\d-\d\d)\)", f.stem)
        rows.append((f.stem, "wikinews", m.group(1) if m else None, f.stem, text, "de"))
    return _docs(rows)


def timed(fn: Callable[[], object], runs: int = 3) -> float:
    """Best CPU time (process_time) of ``runs`` calls: wall time on the shared machine
    mostly measures the other processes."""
    best = float("inf")
    for _ in range(runs):
        t = time.process_time()
        fn()
        best = min(best, time.process_time() - t)
    return best


def bench(name: str, docs: pd.DataFrame, reg, runs: int) -> list[tuple]:
    """Rows (corpus, step, seconds, MB/s, ratio to the regex baseline) for one corpus."""
    sents = split_sentences(docs)
    mb = docs["text"].str.len().sum() / 1e6
    texts = docs["text"].tolist()

    def full(model):
        actors = find_actors(sents, reg, docs)
        return find_statements(sents, actors, docs=docs, registry=reg, model=model)

    n = len(full("auto"))  # also warms the caches (registry automaton, models, lexicons)
    print(
        f"{name}: {len(docs)} documents, {len(sents)} sentences, {mb:.2f} MB of text "
        f"(characters/1e6), {n} statements (default)"
    )
    t_regex = timed(lambda: [len(CUE_RE.findall(t)) for t in texts], runs)
    steps = [
        ("regex keyword search (baseline)", t_regex),
        ("find_actors", timed(lambda: find_actors(sents, reg, docs), runs)),
        ("find_actors + find_statements, rules only", timed(lambda: full(None), runs)),
        (
            "find_actors + find_statements, rules + model (default)",
            timed(lambda: full("auto"), runs),
        ),
    ]
    return [(name, step, t, mb / t, t / t_regex) for step, t in steps]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared" / "data")
    ap.add_argument("--repeat", type=int, default=150, help="copies of the reference article")
    ap.add_argument("--speeches", type=int, default=60, help="SpkAtt speeches")
    ap.add_argument("--runs", type=int, default=3, help="timed runs per step (best is kept)")
    args = ap.parse_args()
    reg = load_registry()
    corpora: list[tuple[str, pd.DataFrame]] = []
    if (args.shared / "seed").is_dir() and (args.shared / "spkatt").is_dir():
        corpora.append(("reference+speeches", corpus(args.shared, args.repeat, args.speeches)))
    else:
        print(f"reference+speeches: skipped, {args.shared}/seed or /spkatt not found")
    news = wikinews(args.shared)
    if news is None:
        print(f"wikinews: skipped, no {args.shared}/spkatt_news/train/*.json")
    else:
        corpora.append(("wikinews", news))
    corpora.append(("demo bundestag", load_demo_corpus("bundestag")))
    ungd = load_demo_corpus("ungd")
    corpora.append(("demo UN General Debate 2023 (en)", ungd[ungd["year"] == 2023]))
    rows = [row for name, docs in corpora for row in bench(name, docs, reg, args.runs)]
    print()
    print("| corpus | step | CPU seconds | MB/s (CPU) | vs. regex keyword search | target |")
    print("|---|---|---|---|---|---|")
    for name, step, t, speed, ratio in rows:
        target = ""
        if step.endswith("(default)") and name in NEWS_LIKE:
            target = f">= {TARGET:g} MB/s: {'met' if speed >= TARGET else 'missed'}"
        print(f"| {name} | {step} | {t:.2f} | {speed:.2f} | {ratio:.0f}x slower | {target} |")
    print(
        f"target (issue 6): >= {TARGET:g} MB/s (CPU, one core) for find_actors + "
        "find_statements with the default model on news-like text"
    )


if __name__ == "__main__":
    main()

"""Throughput and peak memory at scale: each discourse stage beside the alternative a user
would pick, measured in the same run, plus Dask with one and two workers and the
streaming ``discourse count`` command.

Corpora come from ``benchmarks/make_corpus.py`` (``benchmarks/_corpora/``). Every
measurement runs in a fresh child process (this script calling itself) so that its peak
RSS (``ru_maxrss``) belongs to that stage alone; the child reports wall time and CPU time
(user + system). MB are megabytes (10^6) of UTF-8 document text; docs/s are documents.
The machine is shared: CPU MB/s is the less noisy number under load.

Usage
-----
``python benchmarks/bench_scale.py stages [--corpus 10mb] [--slice-mb 2]``
    loading, text layer, find_terms, find_numbers, find_statements, full pipeline.
``python benchmarks/bench_scale.py dask [--corpus 100mb]``
    split_sentences + find_terms + count_terms(corpus) on 1 and 2 Dask workers.
``python benchmarks/bench_scale.py count [--corpus 1gb] [--jobs 2]``
    ``discourse count`` on the corpus; peak memory is the sum of the RSS of the whole
    process tree, sampled every 0.2 s.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

CORPORA = Path(__file__).resolve().parent / "_corpora"


def _tree_rss(pid: int) -> int:
    """Resident bytes of ``pid`` and all its descendants (Linux /proc)."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    page = os.sysconf("SC_PAGE_SIZE")
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(entry))
        rss[int(entry)] = int(fields[21]) * page
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        total += rss.get(p, 0)
        todo.extend(children.get(p, []))
    return total


def run_count(args: argparse.Namespace) -> dict:
    corpus = CORPORA / f"corpus_{args.corpus}.jsonl"
    out = CORPORA / f"counts_{args.corpus}.parquet"
    cmd = [
        sys.executable,
        "-m",
        "discourse.cli",
        "count",
        str(corpus),
        "--lexicon",
        args.lexicon,
        "--by",
        "source",
        "--freq",
        "M",
        "-o",
        str(out),
        "--jobs",
        str(args.jobs),
        "--chunksize",
        str(args.chunksize),
    ]
    load0 = os.getloadavg()
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stderr=subprocess.DEVNULL if args.quiet else None)
    peak = 0
    while proc.poll() is None:
        peak = max(peak, _tree_rss(proc.pid))
        time.sleep(0.2)
    wall = time.perf_counter() - t0
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    mb = corpus.stat().st_size / 1e6
    result = {
        "stage": "discourse count (CLI)",
        "corpus": args.corpus,
        "jobs": args.jobs,
        "chunksize": args.chunksize,
        "returncode": proc.returncode,
        "file_mb": round(mb, 1),
        "wall_s": round(wall, 1),
        "cpu_s": round(usage.ru_utime + usage.ru_stime, 1),
        "mb_per_s_wall": round(mb / wall, 3),
        "peak_tree_rss_mb": round(peak / 1e6, 1),
        "peak_single_process_rss_mb": round(usage.ru_maxrss / 1e3, 1),
        "load_before": [round(x, 2) for x in load0],
        "load_after": [round(x, 2) for x in os.getloadavg()],
    }
    print(json.dumps(result))
    return result


# ---------------------------------------------------------------- stages (child processes)


def _load(corpus: str, mb: float):
    import pandas as pd

    from discourse.io import read_corpus

    docs = read_corpus(CORPORA / f"corpus_{corpus}.jsonl")
    size = docs["text"].str.len().cumsum()
    return docs.loc[size <= mb * 1e6].reset_index(drop=True), pd


def _word_terms(lexicon) -> dict[str, list[str]]:
    """Single-word exact entries per concept (what str.count / CountVectorizer can do)."""
    out: dict[str, list[str]] = {}
    for concept in lexicon.concepts:
        words = [e.term for e in concept.entries if e.kind in ("word", "lemma")]
        if words:
            out[concept.id] = words
    return out


def _stage(name: str, corpus: str, mb: float) -> dict:
    import re

    docs, pd = _load(corpus, mb)
    nbytes = int(docs["text"].str.encode("utf-8").str.len().sum())
    from discourse.segment import split_sentences, tokenize

    prep = None
    if name in ("find_terms", "find_numbers", "find_statements", "alt_numbers", "alt_statements"):
        prep = split_sentences(docs)
    if name in ("find_terms", "alt_str_count", "alt_countvectorizer"):
        from discourse.lexicon._io import as_lexicon

        lex = as_lexicon("defence")
        _ = lex.compiled
    t0, c0 = time.perf_counter(), time.process_time()
    if name == "load":
        from discourse.io import read_corpus

        docs = read_corpus(CORPORA / f"corpus_{corpus}.jsonl")
        nbytes = (CORPORA / f"corpus_{corpus}.jsonl").stat().st_size
    elif name == "alt_load":
        docs = pd.read_json(CORPORA / f"corpus_{corpus}.jsonl", lines=True)
        nbytes = (CORPORA / f"corpus_{corpus}.jsonl").stat().st_size
    elif name == "text_layer":
        tokenize(split_sentences(docs))
    elif name == "alt_nltk":
        from nltk.tokenize import PunktSentenceTokenizer, TreebankWordTokenizer

        sent, word = PunktSentenceTokenizer(), TreebankWordTokenizer()
        [word.tokenize(s) for t in docs["text"] for s in sent.tokenize(t)]
    elif name == "find_terms":
        from discourse.lexicon import find_terms

        find_terms(prep, lex)
    elif name == "alt_str_count":
        for words in _word_terms(lex).values():
            pattern = r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b"
            docs["text"].str.count(re.compile(pattern, re.IGNORECASE))
    elif name == "alt_countvectorizer":
        from sklearn.feature_extraction.text import CountVectorizer

        vocab = sorted({w.lower() for ws in _word_terms(lex).values() for w in ws})
        CountVectorizer(vocabulary=vocab).transform(docs["text"])
    elif name == "find_numbers":
        from discourse.numbers import find_numbers

        find_numbers(prep)
    elif name == "alt_numbers":
        prep["text"].str.extractall(
            r"(\d+(?:[.,]\d+)?)\s*(%|Prozent|percent|per cent)", flags=re.IGNORECASE
        )
    elif name == "find_statements":
        from discourse.statements import find_statements

        find_statements(prep, docs=docs)
    elif name == "alt_statements":
        prep["text"].str.extractall(r"[\"„“»]([^\"“”«]{10,})[\"“”«]|\b(said|sagte|erklärte)\b")
    elif name == "pipeline":
        from discourse.actors import find_actors
        from discourse.lexicon import find_terms
        from discourse.numbers import find_numbers
        from discourse.statements import find_statements

        sents = split_sentences(docs)
        tokenize(sents)
        find_terms(sents, "defence")
        find_numbers(sents)
        actors = find_actors(sents, docs=docs)
        find_statements(sents, actors, docs=docs)
    else:
        raise ValueError(f"unknown stage {name!r}")
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    return {
        "stage": name,
        "mb": round(nbytes / 1e6, 2),
        "docs": len(docs),
        "wall_s": round(wall, 2),
        "cpu_s": round(cpu, 2),
        "mb_per_s_wall": round(nbytes / 1e6 / wall, 2),
        "mb_per_s_cpu": round(nbytes / 1e6 / cpu, 2),
        "docs_per_s_cpu": round(len(docs) / cpu, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3, 1),
    }


PAIRS = [
    ("load", "alt_load"),
    ("text_layer", "alt_nltk"),
    ("find_terms", "alt_str_count"),
    ("find_terms", "alt_countvectorizer"),
    ("find_numbers", "alt_numbers"),
    ("find_statements", "alt_statements"),
    ("pipeline", None),
]


def run_stages(args: argparse.Namespace) -> list[dict]:
    results: dict[str, dict] = {}
    for ours, alt in PAIRS:
        for name in (ours, alt):
            if name is None or name in results:
                continue
            cmd = [
                sys.executable,
                __file__,
                "_stage",
                name,
                "--corpus",
                args.corpus,
                "--mb",
                str(args.mb),
            ]
            done = subprocess.run(cmd, capture_output=True, text=True)
            if done.returncode:
                print(f"{name}: failed\n{done.stderr[-2000:]}", file=sys.stderr)
                continue
            results[name] = json.loads(done.stdout.strip().splitlines()[-1])
            print(json.dumps(results[name]), flush=True)
    for ours, alt in PAIRS:
        if alt and ours in results and alt in results:
            ratio = results[ours]["mb_per_s_cpu"] / results[alt]["mb_per_s_cpu"]
            print(f"ratio {ours} / {alt} (CPU MB/s): {ratio:.2f}")
    return list(results.values())


# ---------------------------------------------------------------- Dask, 1 vs 2 workers


def _dask_job(folder: str) -> tuple[float, int]:
    from discourse import parallel

    docs = parallel.read_corpus(folder)
    sents = parallel.split_sentences(docs)
    counts = parallel.count_terms(parallel.find_terms(sents, "defence"), level="corpus")
    t0 = time.perf_counter()
    out = counts.compute()
    return time.perf_counter() - t0, int(out["n"].sum())


def run_dask(args: argparse.Namespace) -> list[dict]:
    import warnings

    from dask.distributed import Client, LocalCluster

    folder = CORPORA / f"corpus_{args.corpus}.parquet"
    nbytes = sum(p.stat().st_size for p in folder.glob("*.parquet"))
    import pandas as pd

    text_mb = (
        sum(
            int(pd.read_parquet(p, columns=["text"])["text"].str.len().sum())
            for p in folder.glob("*.parquet")
        )
        / 1e6
    )
    rows = []
    for workers in (1, 2):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            cluster = LocalCluster(
                n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
            )
        with cluster, Client(cluster):
            load = os.getloadavg()
            wall, n = _dask_job(str(folder))
        rows.append(
            {
                "stage": "dask split_sentences+find_terms+count_terms",
                "workers": workers,
                "text_mb": round(text_mb, 1),
                "parquet_mb": round(nbytes / 1e6, 1),
                "wall_s": round(wall, 1),
                "mb_per_s_wall": round(text_mb / wall, 2),
                "matches": n,
                "load_before": [round(x, 2) for x in load],
            }
        )
        print(json.dumps(rows[-1]), flush=True)
    print(f"speed-up 2 workers / 1 worker: {rows[0]['wall_s'] / rows[1]['wall_s']:.2f}")
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="mode", required=True)
    count = sub.add_parser("count")
    count.add_argument("--corpus", default="1gb")
    count.add_argument("--jobs", type=int, default=2)
    count.add_argument("--chunksize", type=int, default=1000)
    count.add_argument("--lexicon", default="defence")
    count.add_argument("--quiet", action="store_true")
    stages = sub.add_parser("stages")
    stages.add_argument("--corpus", default="10mb")
    stages.add_argument("--mb", type=float, default=5.0, help="MB of text per stage")
    stage = sub.add_parser("_stage")
    stage.add_argument("name")
    stage.add_argument("--corpus", default="10mb")
    stage.add_argument("--mb", type=float, default=5.0)
    dask = sub.add_parser("dask")
    dask.add_argument("--corpus", default="100mb")
    args = parser.parse_args(argv)
    if args.mode == "count":
        run_count(args)
    elif args.mode == "stages":
        run_stages(args)
    elif args.mode == "_stage":
        import warnings

        warnings.simplefilter("ignore")
        print(json.dumps(_stage(args.name, args.corpus, args.mb)))
    else:
        run_dask(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())

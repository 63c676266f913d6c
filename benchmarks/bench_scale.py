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
``python benchmarks/bench_scale.py stages [--corpus 10mb] [--mb 5]``
    loading, text layer, find_terms, find_numbers, find_statements, full pipeline, each
    after a warm-up on 30 other documents (its CPU time is reported as ``warmup_cpu_s``).
``python benchmarks/bench_scale.py dask [--corpus 100mb] [--repeat 3]``
    split_sentences + find_terms + count_terms(corpus) on 1 and 2 Dask workers
    (warmed-up clusters, runs alternating, median and best speed-up).
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
    """The first ``mb`` MB of the corpus (measured) and the next 30 documents (warm-up)."""
    from discourse.io import read_corpus

    docs = read_corpus(CORPORA / f"corpus_{corpus}.jsonl")
    n = int((docs["text"].str.len().cumsum() <= mb * 1e6).sum())
    measured = docs.iloc[:n].reset_index(drop=True)
    warm = docs.iloc[n : n + 30].reset_index(drop=True)
    return measured, warm


def _word_terms(lexicon) -> dict[str, list[str]]:
    """Single-word exact entries per concept (what str.count / CountVectorizer can do)."""
    out: dict[str, list[str]] = {}
    for concept in lexicon.concepts:
        words = [e.term for e in concept.entries if e.kind in ("word", "lemma")]
        if words:
            out[concept.id] = words
    return out


def _work(name: str):
    """The function a stage times: docs -> anything. Inputs it needs but does not
    time (sentences for the sentence-level verbs) are prepared by ``_stage``."""
    import re

    from discourse.actors import find_actors
    from discourse.lexicon import find_terms
    from discourse.lexicon._io import as_lexicon
    from discourse.numbers import find_numbers
    from discourse.segment import split_sentences, tokenize
    from discourse.statements import find_statements

    lex = as_lexicon("defence")
    _ = lex.compiled

    def alt_nltk(docs, sents):
        from nltk.tokenize import PunktSentenceTokenizer, TreebankWordTokenizer

        sent, word = PunktSentenceTokenizer(), TreebankWordTokenizer()
        return [word.tokenize(s) for t in docs["text"] for s in sent.tokenize(t)]

    def alt_spacy(docs, sents):
        import spacy

        nlps = {lang: spacy.blank(lang) for lang in sorted(set(docs["lang"]))}
        return [
            len(nlps[lang](text)) for text, lang in zip(docs["text"], docs["lang"], strict=True)
        ]

    def alt_str_count(docs, sents):
        for words in _word_terms(lex).values():
            pattern = r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b"
            docs["text"].str.count(re.compile(pattern, re.IGNORECASE))

    def alt_countvectorizer(docs, sents):
        from sklearn.feature_extraction.text import CountVectorizer

        vocab = sorted({w.lower() for ws in _word_terms(lex).values() for w in ws})
        return CountVectorizer(vocabulary=vocab).transform(docs["text"])

    def pipeline(docs, sents):
        sents = split_sentences(docs)
        tokenize(sents)
        find_terms(sents, lex)
        find_numbers(sents)
        actors = find_actors(sents, docs=docs)
        return find_statements(sents, actors, docs=docs)

    return {
        "text_layer": lambda docs, sents: tokenize(split_sentences(docs)),
        "alt_nltk": alt_nltk,
        "alt_spacy": alt_spacy,
        "find_terms": lambda docs, sents: find_terms(sents, lex),
        "alt_str_count": alt_str_count,
        "alt_countvectorizer": alt_countvectorizer,
        "find_numbers": lambda docs, sents: find_numbers(sents),
        "alt_numbers": lambda docs, sents: sents["text"].str.extractall(
            r"(\d+(?:[.,]\d+)?)\s*(%|Prozent|percent|per cent)", flags=re.IGNORECASE
        ),
        "find_statements": lambda docs, sents: find_statements(sents, docs=docs),
        "alt_statements": lambda docs, sents: sents["text"].str.extractall(
            r"[\"„“»]([^\"“”«]{10,})[\"“”«]|\b(said|sagte|erklärte)\b"
        ),
        "pipeline": pipeline,
    }[name]


SENTENCE_LEVEL = {"find_terms", "find_numbers", "find_statements", "alt_numbers", "alt_statements"}


def _stage(name: str, corpus: str, mb: float) -> dict:
    """Time one stage in this process: warm-up on 30 other documents (bundled data,
    compiled lexicons and models load once), then CPU and wall time on ``mb`` MB."""
    docs, warm = _load(corpus, mb)
    nbytes = int(docs["text"].str.encode("utf-8").str.len().sum())
    n_docs = len(docs)
    if name in ("load", "alt_load"):
        import pandas as pd

        from discourse.io import read_corpus

        path = CORPORA / f"corpus_{corpus}.jsonl"
        fn = (
            (lambda: read_corpus(path))
            if name == "load"
            else (lambda: pd.read_json(path, lines=True))
        )
        warmup_s = 0.0
        nbytes = path.stat().st_size
        n_docs = len(fn())
    else:
        from discourse.segment import split_sentences

        work = _work(name)
        prep = split_sentences(docs) if name in SENTENCE_LEVEL else None
        warm_prep = split_sentences(warm) if name in SENTENCE_LEVEL else None
        c = time.process_time()
        work(warm, warm_prep)
        warmup_s = time.process_time() - c

        def fn():
            return work(docs, prep)

    t0, c0 = time.perf_counter(), time.process_time()
    fn()
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    return {
        "stage": name,
        "mb": round(nbytes / 1e6, 2),
        "docs": n_docs,
        "wall_s": round(wall, 2),
        "cpu_s": round(cpu, 2),
        "mb_per_s_wall": round(nbytes / 1e6 / wall, 2),
        "mb_per_s_cpu": round(nbytes / 1e6 / cpu, 2),
        "docs_per_s_cpu": round(n_docs / cpu, 1),
        "warmup_cpu_s": round(warmup_s, 2),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3, 1),
    }


PAIRS = [
    ("load", "alt_load"),
    ("text_layer", "alt_nltk"),
    ("text_layer", "alt_spacy"),
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


def _dask_graph(folder: str):
    from discourse import parallel

    docs = parallel.read_corpus(folder)
    sents = parallel.split_sentences(docs)
    return parallel.count_terms(parallel.find_terms(sents, "defence"), level="corpus")


def _worker_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _warm_worker() -> bool:
    """Run the verbs once on a tiny corpus in each worker (imports, bundled data and the
    compiled lexicon load once per process; not timed)."""
    import pandas as pd

    from discourse.lexicon import find_terms
    from discourse.segment import split_sentences

    docs = pd.DataFrame(
        {
            "doc_id": ["a", "b"],
            "text": ["Die Verteidigungsausgaben steigen. Sagte er.", "Defence spending rose."],
            "lang": ["de", "en"],
        }
    )
    find_terms(split_sentences(docs), "defence")
    return True


def run_dask(args: argparse.Namespace) -> list[dict]:
    """One and two workers, alternating, ``--repeat`` times each, on warmed-up clusters.

    Each timed run computes the whole graph (Parquet read, sentences, terms, counts);
    workers are started and warmed up (imports, compiled lexicon) before the clock
    starts. Also reported: the CPU seconds the workers spent (sum over workers) and those
    of this process (the client, and the scheduler, which ``LocalCluster`` runs here), so
    the speed-up can be judged against the CPU the machine actually gave the workers.
    """
    import statistics
    import warnings

    import pandas as pd
    from dask.distributed import Client, LocalCluster

    folder = CORPORA / f"corpus_{args.corpus}.parquet"
    nbytes = sum(p.stat().st_size for p in folder.glob("*.parquet"))
    text_mb = (
        sum(
            int(pd.read_parquet(p, columns=["text"])["text"].str.len().sum())
            for p in folder.glob("*.parquet")
        )
        / 1e6
    )
    rows: list[dict] = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        clusters = {
            w: LocalCluster(
                n_workers=w, threads_per_worker=1, processes=True, dashboard_address=None
            )
            for w in (1, 2)
        }
    clients = {w: Client(c, set_as_default=False) for w, c in clusters.items()}
    try:
        for client in clients.values():
            client.run(_warm_worker)
        for rep in range(args.repeat):
            for workers in (1, 2):
                client = clients[workers]
                cpu0 = sum(client.run(_worker_cpu).values())
                graph = _dask_graph(str(folder))
                load = os.getloadavg()
                t0, c0 = time.perf_counter(), time.process_time()
                out = client.compute(graph).result()
                wall, local_cpu = time.perf_counter() - t0, time.process_time() - c0
                cpu = sum(client.run(_worker_cpu).values()) - cpu0
                rows.append(
                    {
                        "stage": "dask split_sentences+find_terms+count_terms",
                        "repeat": rep,
                        "workers": workers,
                        "text_mb": round(text_mb, 1),
                        "parquet_mb": round(nbytes / 1e6, 1),
                        "wall_s": round(wall, 2),
                        "worker_cpu_s": round(cpu, 2),
                        "client_scheduler_cpu_s": round(local_cpu, 2),
                        "mb_per_s_wall": round(text_mb / wall, 2),
                        "matches": int(out["n"].sum()),
                        "load_before": [round(x, 2) for x in load],
                    }
                )
                print(json.dumps(rows[-1]), flush=True)
    finally:
        for w in (1, 2):
            clients[w].close()
            clusters[w].close()
    med = {w: statistics.median(r["wall_s"] for r in rows if r["workers"] == w) for w in (1, 2)}
    best = {w: min(r["wall_s"] for r in rows if r["workers"] == w) for w in (1, 2)}
    print(
        f"speed-up 2 workers / 1 worker: median {med[1] / med[2]:.2f} "
        f"(median wall {med[1]:.1f} s / {med[2]:.1f} s), best {best[1] / best[2]:.2f}"
    )
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
    dask.add_argument("--repeat", type=int, default=3)
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

"""Loading throughput: discourse.read_corpus against plain pandas on the same files.

Builds a JSONL and a Parquet corpus from real speeches in ../shared/data (UN General
Debate 2014-2023 and the US State of the Union addresses), repeated to ``--mb``
megabytes, in a temporary folder, then times

* ``read_corpus(x.jsonl)`` vs ``pandas.read_json(x.jsonl, lines=True)``
* ``read_corpus(x.parquet)`` vs ``pandas.read_parquet(x.parquet)``

and prints MB/s, documents/s and the ratio (pandas time / discourse time; below 1
means discourse is slower: it cleans text, parses dates, hashes and checks ids, and
reports bad records). Both are also timed through the per-record finalisation that
every batch took before the column-wise path existed (same table, same report). Peak memory of the non-chunked JSONL path is
measured in a fresh subprocess (``ru_maxrss``) and reported relative to the file size.

    python benchmarks/bench_load.py --mb 60
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"


def speeches(shared: Path) -> list[dict]:
    """Real speeches as records (text, title, date, source, lang, country)."""
    out = []
    for path in sorted((shared / "ungd").glob("session*/*.txt")):
        country, session, year = path.stem.split("_")[:3]
        out.append(
            {
                "id": path.stem,
                "title": f"{country}, UN General Debate {year}",
                "date": f"{year}-09-25",
                "source": "UN General Debate",
                "lang": "en",
                "country": country,
                "session": int(session),
                "text": path.read_text(encoding="utf-8", errors="replace"),
            }
        )
    for path in sorted((shared / "nltk" / "state_union").glob("*.txt")):
        out.append(
            {
                "id": path.stem,
                "title": f"State of the Union {path.stem}",
                "date": f"{path.stem[:4]}-01-20",
                "source": "State of the Union",
                "lang": "en",
                "country": "USA",
                "session": None,
                "text": path.read_text(encoding="latin-1"),
            }
        )
    return out


def build(folder: Path, records: list[dict], megabytes: float) -> tuple[Path, Path, int]:
    """Write x.jsonl (repeating the records, new ids) to about ``megabytes``, and x.parquet."""
    import pandas as pd

    jsonl = folder / "corpus.jsonl"
    target = megabytes * 1e6
    n = 0
    with open(jsonl, "w", encoding="utf-8") as f:
        size, rep = 0, 0
        while size < target:
            for rec in records:
                line = json.dumps({**rec, "id": f"{rec['id']}-r{rep}"}, ensure_ascii=False) + "\n"
                f.write(line)
                size += len(line.encode("utf-8"))
                n += 1
                if size >= target:
                    break
            rep += 1
    parquet = folder / "corpus.parquet"
    pd.read_json(jsonl, lines=True, dtype=False).to_parquet(parquet, compression="zstd")
    return jsonl, parquet, n


def best_of(fn, repeat: int) -> tuple[float, object, float]:
    """(best wall seconds, result, CPU seconds of that run): CPU time is less disturbed
    by other jobs on a shared machine."""
    best, result, cpu = float("inf"), None, float("inf")
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        result = fn()
        wall, used = time.perf_counter() - t0, time.process_time() - c0
        if wall < best:
            best, cpu = wall, used
    return best, result, cpu


# ru_maxrss survives exec (a child started from a big parent reports the parent's peak), so
# the child reads its own high-water mark VmHWM from /proc, which starts fresh at exec.
_PEAK = """
import sys, warnings
import pandas as pd
def hwm():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
path, how = sys.argv[1], sys.argv[2]
import pyarrow, discourse.io, discourse.io._read, discourse.io._dates  # imports before the baseline
base = hwm()
if how == "discourse":
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        docs = discourse.io.read_corpus(path, detect_lang=False)
else:
    docs = pd.read_json(path, lines=True)
print(base, hwm(), len(docs))
"""


def peak_rss(path: Path, how: str) -> tuple[float, float]:
    """(baseline MB after imports, peak MB) of a fresh interpreter loading ``path``."""
    out = subprocess.run(
        [sys.executable, "-c", _PEAK, str(path), how], capture_output=True, text=True, check=True
    )
    base, peak, _ = out.stdout.split()
    return int(base) / 1024, int(peak) / 1024


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=SHARED, help="the shared data folder")
    parser.add_argument("--mb", type=float, default=60.0, help="size of the JSONL file in MB")
    parser.add_argument("--repeat", type=int, default=2, help="timing runs; the best is kept")
    parser.add_argument("--no-memory", action="store_true", help="skip the peak-RSS subprocesses")
    args = parser.parse_args(argv)

    import warnings

    import pandas as pd

    from discourse.io import read_corpus

    if not (args.shared / "ungd").is_dir():
        sys.exit(f"bench_load: {args.shared / 'ungd'} not found; pass --shared")
    records = speeches(args.shared)
    with tempfile.TemporaryDirectory() as tmp:
        jsonl, parquet, n = build(Path(tmp), records, args.mb)
        mb_jsonl = jsonl.stat().st_size / 1e6
        mb_parquet = parquet.stat().st_size / 1e6
        print(f"corpus: {n:,} documents ({len(records):,} distinct speeches repeated), "
              f"JSONL {mb_jsonl:.1f} MB, Parquet (zstd) {mb_parquet:.1f} MB")  # fmt: skip

        def ours(path: Path) -> pd.DataFrame:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                return read_corpus(path)

        def record_path(path: Path) -> pd.DataFrame:
            from discourse.io._read import read_all
            from discourse.io._records import Options

            return read_all([path], Options(vectorised=False), "ignore")

        rows = []
        for label, path, mb, theirs_name, theirs in [
            ("JSONL", jsonl, mb_jsonl, "pandas.read_json(lines=True)",
             lambda: pd.read_json(jsonl, lines=True)),
            ("Parquet", parquet, mb_parquet, "pandas.read_parquet", lambda: pd.read_parquet(parquet)),
        ]:  # fmt: skip
            t_ours, docs, c_ours = best_of(lambda p=path: ours(p), args.repeat)
            t_theirs, _, c_theirs = best_of(theirs, args.repeat)
            assert len(docs) == n, (len(docs), n)
            rows.append(
                (label, "discourse.read_corpus", t_ours, c_ours, mb / t_ours, n / t_ours, "")
            )
            rows.append((label, theirs_name, t_theirs, c_theirs, mb / t_theirs, n / t_theirs,
                         f"ratio pandas/discourse: wall {t_theirs / t_ours:.2f}, "
                         f"CPU {c_theirs / c_ours:.2f}"))  # fmt: skip
            t_rec, rec, c_rec = best_of(lambda p=path: record_path(p), args.repeat)
            pd.testing.assert_frame_equal(rec, docs)
            rows.append((label, "read_corpus, per-record path", t_rec, c_rec, mb / t_rec,
                         n / t_rec, f"the path before (same table): CPU {c_rec / c_ours:.2f}x ours"))  # fmt: skip
        print("\n(MB = size of the file on disk; Parquet is zstd-compressed)")
        print(f"{'format':8} {'reader':30} {'wall s':>7} {'CPU s':>7} {'MB/s':>7} {'docs/s':>8}")
        for label, who, sec, cpu, mbs, dps, note in rows:
            print(f"{label:8} {who:30} {sec:7.2f} {cpu:7.2f} {mbs:7.1f} {dps:8.0f}  {note}")

        sample_path = Path(tmp) / "nolang.jsonl"
        with open(jsonl, encoding="utf-8") as src, open(sample_path, "w", encoding="utf-8") as dst:
            for _, line in zip(range(500), src, strict=False):
                rec = json.loads(line)
                rec.pop("lang")
                dst.write(json.dumps(rec) + "\n")
        from discourse.io import detect_lang

        t0 = time.perf_counter()
        detect_lang("warm up: load the model once")
        print(f"\nlanguage model loaded in {time.perf_counter() - t0:.2f} s (once per process)")
        t_det, det, c_det = best_of(lambda: ours(sample_path), 1)
        print(f"with language detection (no lang field), {len(det):,} docs: {t_det:.2f} s, "
              f"{len(det) / t_det:.0f} docs/s (CPU {c_det:.2f} s), detected: {det['lang'].value_counts().to_dict()}")  # fmt: skip
        texts = det["text"].tolist()
        for label, quick in (("first 500 chars, 2,000 if close", 500), ("first 2,000 chars", 2000)):
            t_l, got, c_l = best_of(lambda q=quick: [detect_lang(t, quick=q) for t in texts], 1)
            print(f"  detect_lang alone, {label:32}: {1000 * c_l / len(texts):.2f} ms/doc CPU "
                  f"({1000 * t_l / len(texts):.2f} wall), {sum(g == 'en' for g in got)}/{len(texts)} 'en'")  # fmt: skip

        if not args.no_memory:
            print("\npeak memory, fresh process, non-chunked JSONL load (MB):")
            for how in ("discourse", "pandas"):
                base, peak = peak_rss(jsonl, how)
                print(f"  {how:10} baseline {base:7.0f}  peak {peak:7.0f}  "
                      f"growth {peak - base:7.0f} = {(peak - base) / mb_jsonl:.2f} x file size")  # fmt: skip
    print("\nnumbers taken on a shared 2-core machine (under load from other jobs).")


if __name__ == "__main__":
    main()

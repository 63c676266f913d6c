"""The ``discourse`` command.

Subcommands
-----------
``discourse figures [--corpus PATH] [--only NAME] [--out DIR] [--notebooks DIR]``
    Run the numbered notebooks (papermill) and write the figures; run it from
    the repository root (``make figures`` does).
``discourse info``
    Print the package version and a summary of the bundled demo corpus.
``discourse count CORPUS [--lexicon NAME] [--by COL] [--freq M] -o counts.parquet``
    Count a lexicon's concepts by group and period, streaming the corpus in chunks
    (bounded memory, any corpus size); writes the long-form timeline table.
``discourse statements CORPUS -o DIR``
    Find attributed statements chunk by chunk; one Parquet part per chunk in DIR.
``discourse kwic CORPUS (--concept NAME --lexicon NAME | --pattern REGEX) -o lines.tsv``
    Write keyword-in-context lines, chunk by chunk (.tsv, .csv or .parquet).

``count``, ``statements`` and ``kwic`` check their options before reading the corpus,
print one line on stderr when input records had problems (skipped, renamed...) and write
every problem with ``--report problems.csv`` (the rows of :func:`discourse.load_report`).

Examples
--------
>>> from discourse.cli import main
>>> main(["figures", "--only", "01", "--out", "build/figs"])   # doctest: +SKIP
0
>>> main(["count", "news.jsonl", "--lexicon", "defence", "-o", "counts.parquet"])  # doctest: +SKIP
0
"""

from __future__ import annotations

import argparse
import logging
import sys
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any

__all__ = ["build_parser", "main"]


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``discourse`` command (one subparser per subcommand)."""
    from discourse import __version__

    parser = argparse.ArgumentParser(
        prog="discourse",
        description="Quantitative analysis of political discourse: figures, corpus info and "
        "streaming counts, statements and KWIC over corpora of any size.",
    )
    parser.add_argument("--version", action="version", version=f"discourse {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress details")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    fig = sub.add_parser(
        "figures",
        help="run the notebooks and write figures/ (from the repository root)",
        description="Execute notebooks/NN-*.ipynb in order (papermill, fresh kernel each) and "
        "write their figures (PNG, SVG, JSON sidecar).",
    )
    fig.add_argument(
        "--corpus", type=Path, help="corpus file or folder to analyse (default: demo corpus)"
    )
    fig.add_argument(
        "--only",
        action="append",
        metavar="NAME",
        help="run only notebooks whose name starts with NAME (e.g. 01); repeatable",
    )
    fig.add_argument("--out", type=Path, default=Path("figures"), help="output folder")
    fig.add_argument(
        "--notebooks", type=Path, default=None, help="notebooks folder (default: ./notebooks)"
    )
    fig.add_argument(
        "--build", type=Path, default=Path("build/notebooks"), help="executed notebooks folder"
    )
    fig.add_argument("--kernel", default="python3", help="Jupyter kernel name")
    fig.add_argument("--no-progress", action="store_true", help="no progress bar")

    sub.add_parser("info", help="print the version and a summary of the demo corpus")
    _add_stream_commands(sub)
    return parser


def _add_stream_commands(sub: Any) -> None:
    """``count``, ``statements`` and ``kwic``: chunked processing of corpora of any size."""

    def common(p: argparse.ArgumentParser, out_help: str) -> None:
        p.add_argument("corpus", nargs="+", help="corpus file(s), folder or glob (read_corpus)")
        p.add_argument("-o", "--out", type=Path, required=True, help=out_help)
        p.add_argument("--chunksize", type=int, default=1000, help="documents per chunk")
        p.add_argument("--jobs", type=int, default=1, help="worker processes (default 1)")
        p.add_argument("--text", help="input field holding the text (default: detected)")
        p.add_argument("--date", help="input field holding the date (default: detected)")
        p.add_argument("--lang", help="language of every document (default: detected)")
        p.add_argument(
            "--langs",
            help="detect only these languages, comma-separated (e.g. de,en: short headlines "
            "are otherwise sometimes taken for a related language)",
        )
        p.add_argument("--no-progress", action="store_true", help="no progress bar")
        p.add_argument(
            "--report",
            type=Path,
            metavar="FILE",
            help="write the input records with problems (file, line, doc_id, problem, "
            "message, action) to FILE: .csv, .tsv or .parquet",
        )

    count = sub.add_parser(
        "count",
        help="count lexicon concepts by group and period, streaming (bounded memory)",
        description="Stream the corpus in chunks: sentences, tokens (no lemmas), lexicon "
        "matches; combine the partial counts into one long-form table (by columns, period, "
        "concept, n, n_docs, docs_total, n_tokens, rate per 1,000 tokens).",
    )
    common(count, "output table: .parquet, .csv or .tsv (checked before reading)")
    count.add_argument(
        "--lexicon", action="append", help="bundled lexicon name or YAML file; repeatable"
    )
    count.add_argument(
        "--by", action="append", help="grouping column of the docs (default: source); repeatable"
    )
    count.add_argument("--freq", default="M", help="D, W, M, Q, Y or none (default: M)")
    count.add_argument("--tz", help="time zone of the periods, e.g. Europe/Berlin (default: UTC)")
    count.add_argument("--concept", action="append", help="report these concepts (zeros too)")

    stmts = sub.add_parser(
        "statements",
        help="find attributed statements chunk by chunk into a Parquet dataset",
        description="Stream the corpus in chunks and write the statements table of each "
        "chunk as DIR/part-NNNNN.parquet (read the folder with pandas.read_parquet).",
    )
    common(stmts, "output folder (created; must not hold part-*.parquet files)")

    kw = sub.add_parser(
        "kwic",
        help="write keyword-in-context lines chunk by chunk",
        description="Stream the corpus in chunks and write every hit of the concept(s) "
        "of a lexicon, or of a regular expression, with its context (TSV, CSV or Parquet "
        "by the suffix of -o).",
    )
    common(kw, "output file: .tsv, .csv or .parquet (checked before reading)")
    what = kw.add_mutually_exclusive_group(required=True)
    what.add_argument("--concept", action="append", help="lexicon concept(s) to show")
    what.add_argument("--pattern", help="regular expression (whole words, case-insensitive)")
    kw.add_argument("--lexicon", action="append", help="lexicon for --concept (default: all)")
    kw.add_argument("--window", type=int, default=8, help="context words on either side")


def _check_table_path(path: Path, option: str) -> None:
    from discourse.stream import TABLE_SEPS

    if path.suffix.lower() not in TABLE_SEPS:
        raise ValueError(f"{option} must end in .parquet, .csv or .tsv; got {str(path)!r}")


def _check_stream_options(args: argparse.Namespace) -> None:
    """Errors in the options, raised before the corpus is read (which may take long)."""
    from discourse.metrics import FREQS

    if args.command in ("count", "kwic"):
        _check_table_path(args.out, "-o/--out")
    if args.report is not None:
        _check_table_path(args.report, "--report")
        if args.report.resolve() == args.out.resolve():
            raise ValueError(f"--report and -o/--out name the same file: {str(args.out)!r}")
    freq = args.freq if args.command == "count" else "none"
    if freq.lower() != "none" and freq.upper() not in FREQS:
        raise ValueError(f"--freq must be one of {', '.join(FREQS)} or none; got {freq!r}")
    if args.command == "count" and args.tz:
        from discourse.metrics._counts import _zone

        _zone(args.tz)  # "tz must be a time zone name such as 'Europe/Berlin'"
    if args.langs:
        from discourse.io._langid import check_langs

        check_langs(_langs(args.langs))
    for option in ("chunksize", "jobs"):
        if getattr(args, option) < 1:
            raise ValueError(f"--{option} must be a positive number; got {getattr(args, option)}")


def _langs(value: str) -> list[str]:
    """ "de,en" -> ["de", "en"]."""
    return [x.strip() for x in value.split(",") if x.strip()]


def _run_stream(args: argparse.Namespace) -> str:
    """Run ``count``, ``statements`` or ``kwic``; returns what was written."""
    from discourse import stream

    read = {k: getattr(args, k) for k in ("text", "date", "lang") if getattr(args, k)}
    if args.langs:
        read["langs"] = _langs(args.langs)
    common = {
        "chunksize": args.chunksize,
        "jobs": args.jobs,
        "progress": not args.no_progress,
        "read_options": read,
    }
    corpus = args.corpus[0] if len(args.corpus) == 1 else args.corpus
    if args.command == "count":
        freq = None if args.freq.lower() == "none" else args.freq.upper()
        table = stream.stream_count(
            corpus,
            lexicon=args.lexicon,
            by=args.by or ["source"],
            freq=freq,
            tz=args.tz,
            concepts=args.concept,
            **common,
        )
        _write_table(table, args.out)
        return f"wrote {len(table):,} rows ({int(table['n'].sum()):,} matches) to {args.out}"
    if args.command == "statements":
        n = stream.stream_statements(corpus, args.out, **common)
        return f"wrote {n:,} statements to {args.out}"
    if args.pattern:
        target, lexicon = args.pattern, None
    else:
        from discourse.lexicon import list_lexicons

        target, lexicon = args.concept, args.lexicon or list_lexicons()
    n = stream.stream_kwic(corpus, args.out, target, lexicon=lexicon, window=args.window, **common)
    return f"wrote {n:,} lines to {args.out}"


def _input_problems(args: argparse.Namespace, caught: list[warnings.WarningMessage]) -> Any:
    """The load report of the run; warnings become plain lines on stderr.

    The :class:`discourse.io.CorpusWarning` becomes one line (counts, the first problem,
    where to find the rest); other warnings one line each, without the Python source
    line. Returns the report table (empty, with its columns, without problems)."""
    import pandas as pd

    from discourse.io import CorpusWarning, load_report

    reports, shown = [], set()
    for w in caught:
        if isinstance(w.message, CorpusWarning):
            reports.append(w.message.report)
        elif str(w.message) not in shown:
            shown.add(str(w.message))
            print(f"discourse {args.command}: warning: {w.message}", file=sys.stderr)
    report = pd.concat(reports, ignore_index=True) if reports else load_report(pd.DataFrame())
    if len(report):
        counts = report["problem"].value_counts()
        actions = report["action"].value_counts()
        first = report.iloc[0]
        where = first["file"] if pd.isna(first["line"]) else f"{first['file']} line {first['line']}"
        tail = (
            f"all written to {args.report}"
            if args.report is not None
            else "list them all with --report FILE.csv"
        )
        print(
            f"discourse {args.command}: warning: {len(report):,} input problem(s) ("
            + ", ".join(f"{n:,} {problem}" for problem, n in counts.items())
            + "): "
            + ", ".join(f"{n:,} {action}" for action, n in actions.items())
            + f"; first: {where}: {first['message']}; {tail}",
            file=sys.stderr,
        )
    return report


def _stream_command(args: argparse.Namespace) -> int:
    from discourse.io import CorpusWarning

    try:
        _check_stream_options(args)
    except ValueError as err:
        print(f"discourse {args.command}: error: {err}", file=sys.stderr)
        return 1
    failed: Exception | None = None
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", CorpusWarning)
        try:
            done = _run_stream(args)
        except (FileNotFoundError, FileExistsError, ValueError, KeyError) as err:
            failed = err
    report = _input_problems(args, caught)
    if failed is not None:
        print(f"discourse {args.command}: error: {failed}", file=sys.stderr)
        return 1
    if args.report is not None:
        _write_table(report, args.report)
    print(done)
    return 0


def _write_table(table: Any, out: Path) -> None:
    from discourse.stream import TABLE_SEPS

    sep = TABLE_SEPS[out.suffix.lower()]
    out.parent.mkdir(parents=True, exist_ok=True)
    if sep is None:
        table.to_parquet(out, index=False)
    else:
        table.to_csv(out, sep=sep, index=False)


def _figures(args: argparse.Namespace) -> int:
    from discourse.figures import NotebookError, run_notebooks

    try:
        written = run_notebooks(
            notebooks_dir=args.notebooks,
            out_dir=args.out,
            corpus=args.corpus,
            only=args.only,
            build_dir=args.build,
            progress=not args.no_progress,
            kernel_name=args.kernel,
        )
    except (NotebookError, FileNotFoundError, ValueError) as err:
        print(f"discourse figures: error: {err}", file=sys.stderr)
        return 1
    out = args.out.resolve()
    print(f"wrote {len(written)} files to {out}")
    for path in written:
        print(f"  {path.name}")
    return 0


def _info() -> int:
    from discourse import __version__

    print(f"discourse {__version__}")
    try:
        from discourse.demo import load_demo_corpus
        from discourse.metrics import corpus_summary

        docs = load_demo_corpus()
    except (ImportError, FileNotFoundError) as err:
        print(f"demo corpus: not available ({type(err).__name__}: {err})")
        return 0
    summary = corpus_summary(docs, by="collection")
    summary["first"] = summary["first"].dt.strftime("%Y-%m-%d")
    summary["last"] = summary["last"].dt.strftime("%Y-%m-%d")
    print(f"demo corpus: {len(docs):,} documents, {int(summary['n_words'].sum()):,} words")
    print(summary.to_string(index=False))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``discourse`` command; returns the exit status (0 on success).

    Parameters
    ----------
    argv : sequence of str, optional
        Arguments without the program name; ``sys.argv[1:]`` by default.

    Returns
    -------
    int
        0 on success, 1 when a notebook or input failed (the reason goes to stderr).
    """
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    if args.command == "figures":
        return _figures(args)
    if args.command in ("count", "statements", "kwic"):
        return _stream_command(args)
    return _info()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

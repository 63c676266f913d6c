"""The ``discourse`` command.

Subcommands
-----------
``discourse figures [--corpus PATH] [--only NAME] [--out DIR] [--notebooks DIR]``
    Run the numbered notebooks (papermill) and write the figures; run it from
    the repository root (``make figures`` does).
``discourse info``
    Print the package version and a summary of the bundled demo corpus.

Examples
--------
>>> from discourse.cli import main
>>> main(["figures", "--only", "01", "--out", "/tmp/figs"])   # doctest: +SKIP
0
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

__all__ = ["build_parser", "main"]


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``discourse`` command (one subparser per subcommand)."""
    from discourse import __version__

    parser = argparse.ArgumentParser(
        prog="discourse",
        description="Quantitative analysis of political discourse: figures and corpus info.",
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
    return parser


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
    return _info()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

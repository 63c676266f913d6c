"""The load report: every bad record or file a reader met, as a table.

Readers call :meth:`Reporter.add`; :func:`read_corpus` turns the rows into a
DataFrame, attaches it to the result and warns, raises or stays quiet
according to ``errors=``.
"""

from __future__ import annotations

import warnings
from collections import Counter
from typing import Any

import pandas as pd

REPORT_COLUMNS = ["file", "line", "doc_id", "problem", "message", "action"]
ERRORS = ("raise", "warn", "ignore")


class CorpusError(ValueError):
    """Raised by ``read_corpus(..., errors="raise")`` when any record had a problem.

    The full table of problems is in ``.report`` (columns as in :func:`load_report`).
    """

    def __init__(self, message: str, report: pd.DataFrame | None = None) -> None:
        super().__init__(message)
        self.report = report if report is not None else empty_report()


class CorpusWarning(UserWarning):
    """Issued once per ``read_corpus`` call with ``errors="warn"`` when records had problems.

    ``.report`` holds the full table of problems.
    """

    def __init__(self, message: str, report: pd.DataFrame | None = None) -> None:
        super().__init__(message)
        self.report = report if report is not None else empty_report()


class LoadReport:
    """Holder stored in ``docs.attrs["load_report"]``.

    A plain DataFrame in ``attrs`` breaks ``pd.concat`` and ``merge`` of two
    corpora (pandas compares attrs with ``==``) and is deep-copied by every
    operation; this holder compares by identity and is never copied.
    Use :func:`load_report` to get the table.
    """

    __slots__ = ("_table",)

    def __init__(self, table: pd.DataFrame) -> None:
        self._table = table

    @property
    def table(self) -> pd.DataFrame:
        """A copy of the report table."""
        return self._table.copy()

    def __len__(self) -> int:
        return len(self._table)

    def __deepcopy__(self, memo: dict) -> LoadReport:
        return self

    def __copy__(self) -> LoadReport:
        return self

    def __repr__(self) -> str:
        return f"LoadReport({len(self._table)} problems)\n{self._table!r}"

    def _repr_html_(self) -> str:
        return self._table._repr_html_()


def empty_report() -> pd.DataFrame:
    """An empty load report with the documented columns and dtypes."""
    return _frame([])


def _frame(rows: list[tuple]) -> pd.DataFrame:
    cols = list(zip(*rows, strict=True)) if rows else [[] for _ in REPORT_COLUMNS]
    return pd.DataFrame(
        {
            "file": pd.Series(cols[0], dtype="str"),
            "line": pd.Series(cols[1], dtype="Int64"),
            "doc_id": pd.Series(cols[2], dtype="str"),
            "problem": pd.Series(cols[3], dtype="str"),
            "message": pd.Series(cols[4], dtype="str"),
            "action": pd.Series(cols[5], dtype="str"),
        }
    )


class Reporter:
    """Collects problems of one ``read_corpus`` call (rows since the last ``take``)."""

    def __init__(self) -> None:
        self._rows: list[tuple] = []
        self._all: list[tuple] = []

    def add(
        self,
        file: str,
        line: int | None,
        problem: str,
        message: str,
        action: str = "skipped",
        doc_id: str | None = None,
    ) -> None:
        row = (str(file), line, doc_id, problem, message, action)
        self._rows.append(row)
        self._all.append(row)

    def take(self) -> pd.DataFrame:
        """The rows added since the previous call, as a report table."""
        rows, self._rows = self._rows, []
        return _frame(rows)

    def everything(self) -> pd.DataFrame:
        return _frame(self._all)

    def __len__(self) -> int:
        return len(self._all)


def summary(report: pd.DataFrame, n_docs: int | None, *, first: int = 5) -> str:
    """One paragraph: count by problem and the first few cases."""
    counts = Counter(report["problem"].tolist())
    by = ", ".join(f"{n} {p}" for p, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
    head = f"read_corpus: {len(report)} problem(s) ({by})"
    if n_docs is not None:
        head += f"; {n_docs} document(s) loaded"
    cases = []
    for row in report.head(first).itertuples(index=False):
        where = row.file if pd.isna(row.line) else f"{row.file} line {row.line}"
        cases.append(f"{where}: {row.problem}: {row.message} [{row.action}]")
    more = "" if len(report) <= first else f"; ... {len(report) - first} more"
    return (
        head
        + ". First: "
        + "; ".join(cases)
        + more
        + ". Full list: discourse.load_report(docs) or the exception's .report."
    )


def finish(report: pd.DataFrame, n_docs: int | None, errors: str, stacklevel: int) -> None:
    """Raise or warn for a non-empty report according to ``errors``."""
    if not len(report) or errors == "ignore":
        return
    message = summary(report, n_docs)
    if errors == "raise":
        raise CorpusError(message, report)
    warnings.warn(CorpusWarning(message, report), stacklevel=stacklevel)


def load_report(docs: pd.DataFrame) -> pd.DataFrame:
    """The table of problems met while loading ``docs`` with :func:`read_corpus`.

    Parameters
    ----------
    docs : DataFrame
        A table returned by ``read_corpus`` (or a chunk of it).

    Returns
    -------
    DataFrame
        One row per problem: ``file`` (str; ``archive.zip!member`` inside archives),
        ``line`` (Int64: 1-based line for text formats, record/row number otherwise,
        NA if none), ``doc_id`` (str or NA), ``problem`` (short code such as
        ``json``, ``fields``, ``encoding``, ``empty_text``, ``duplicate_id``,
        ``duplicate_record``, ``date``, ``no_main_text``, ``unsafe_path``,
        ``sidecar`` for a metadata row without a file name or naming no text file),
        ``message`` and ``action`` (``skipped``, ``loaded``, ``loaded_with_nat``,
        ``renamed``). Empty (with these columns) when nothing went wrong.

    Examples
    --------
    >>> import pandas as pd
    >>> list(load_report(pd.DataFrame()).columns)
    ['file', 'line', 'doc_id', 'problem', 'message', 'action']
    """
    if not isinstance(docs, pd.DataFrame):
        raise TypeError(f"docs must be a pandas DataFrame, got {type(docs).__name__}")
    held: Any = docs.attrs.get("load_report")
    if isinstance(held, LoadReport):
        return held.table
    if isinstance(held, pd.DataFrame):
        return held.copy()
    return empty_report()

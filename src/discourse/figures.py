"""Regenerate the figures by executing the numbered notebooks with papermill.

Each ``notebooks/NN-*.ipynb`` runs top to bottom in a fresh kernel with the
parameters ``corpus`` and ``figures_dir`` injected; the executed copies go to
``build/notebooks/`` and the notebooks write their figures with
:func:`discourse.plots.save_figure`. A notebook that cannot draw a figure for the
corpus it was given (a corpus without dates, speakers or parties) prints a line
``Skipped NAME: reason``; these lines are logged as warnings.

Examples
--------
>>> from discourse.figures import run_notebooks
>>> written = run_notebooks(only="01")   # doctest: +SKIP
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Sequence
from pathlib import Path

__all__ = ["NotebookError", "find_notebooks", "run_notebooks"]

logger = logging.getLogger(__name__)

_NOTEBOOK_RE = re.compile(r"^\d{2}-.+\.ipynb$")
_SKIPPED_RE = re.compile(r"^Skipped [\w.-]+: \S")


class NotebookError(RuntimeError):
    """A notebook failed; the message names the notebook, the cell, its line and the exception.

    Attributes
    ----------
    notebook : Path
        The notebook that failed.
    cell : int or None
        Number of the failing cell in the source notebook, counted from 1 over
        all cells (markdown included); None when the kernel could not run at all.
    line : int or None
        Number of the line in that cell (from 1) whose statement raised, as the
        traceback names it; None when it names none.
    executed : Path
        The executed copy with the full traceback.
    """

    def __init__(
        self,
        message: str,
        *,
        notebook: Path,
        cell: int | None,
        executed: Path,
        line: int | None = None,
    ):
        super().__init__(message)
        self.notebook = notebook
        self.cell = cell
        self.line = line
        self.executed = executed


def find_notebooks(
    notebooks_dir: str | Path | None = None, only: str | Sequence[str] | None = None
) -> list[Path]:
    """The notebooks ``NN-*.ipynb`` of a folder, in name order, optionally filtered.

    Parameters
    ----------
    notebooks_dir : str or Path, optional
        Folder with the notebooks; ``notebooks/`` of the current directory by default.
    only : str or list of str, optional
        Keep notebooks whose file name or stem equals, or starts with, one of
        these (``"01"``, ``"02-defence-spending"``).

    Returns
    -------
    list of Path
        Absolute paths, sorted by name.

    Raises
    ------
    FileNotFoundError
        When the folder is missing or holds no numbered notebook.
    ValueError
        When ``only`` matches no notebook (the message lists the available ones).
    """
    folder = Path("notebooks") if notebooks_dir is None else Path(notebooks_dir)
    if not folder.is_dir():
        raise FileNotFoundError(
            f"no notebooks folder at {str(folder.resolve())!r}: "
            "run from the repository root or pass --notebooks"
        )
    found = sorted(p.resolve() for p in folder.iterdir() if _NOTEBOOK_RE.match(p.name))
    if not found:
        raise FileNotFoundError(f"no NN-*.ipynb notebooks in {str(folder.resolve())!r}")
    if only is None:
        return found
    wanted = [only] if isinstance(only, str) else list(only)
    chosen = [p for p in found if any(p.name.startswith(w) or p.stem == w for w in wanted)]
    if not chosen:
        names = ", ".join(p.stem for p in found)
        raise ValueError(f"only={wanted!r} matches no notebook; available: {names}")
    return chosen


def _tags(cell: dict) -> list[str]:
    return cell.get("metadata", {}).get("tags", [])


_ANSI_RE = re.compile(r"\x1b\[[0-9;]*m")
_CELL_FRAME_RE = re.compile(r"Cell In\[\d+\], line (\d+)")


def _failing_line(traceback: Sequence[str]) -> int | None:
    """Line (from 1) of the failing cell that raised: the traceback's first frame in a cell.

    IPython names a cell frame ``Cell In[N], line L``; the first such frame is the top-level
    statement of the cell that was running (later ones are inside functions it called)."""
    for entry in traceback:
        found = _CELL_FRAME_RE.search(_ANSI_RE.sub("", entry))
        if found:
            return int(found.group(1))
    return None


def _failed_cell(
    executed: Path, cell_index: int, traceback: Sequence[str] = ()
) -> tuple[int, int | None, str]:
    """Map papermill's cell index (which counts the injected cell) to the source notebook.

    Returns the cell number (from 1, over all cells of the source notebook), the failing
    line of that cell (from 1; None when the traceback names none) and that line's text
    (the cell's first non-empty line when the traceback names no line)."""
    import nbformat

    nb = nbformat.read(executed, as_version=4)
    # papermill puts an error banner cell on top of the saved copy; its index does not count it.
    cells = [c for c in nb.cells if "papermill-error-cell-tag" not in _tags(c)]
    injected = [i for i, cell in enumerate(cells) if "injected-parameters" in _tags(cell)]
    lines = (cells[cell_index].source if cell_index < len(cells) else "").splitlines()
    shift = sum(1 for i in injected if i < cell_index)
    line = _failing_line(traceback)
    if line is not None and 1 <= line <= len(lines) and lines[line - 1].strip():
        return cell_index - shift + 1, line, lines[line - 1].strip()
    first = next((text.strip() for text in lines if text.strip()), "")
    return cell_index - shift + 1, None, first


def _skipped(executed: Path) -> list[str]:
    """The ``Skipped ...`` lines the notebook printed (figures it could not draw)."""
    import nbformat

    nb = nbformat.read(executed, as_version=4)
    lines = []
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            if output.get("output_type") == "stream" and output.get("name") == "stdout":
                text = output.get("text", "")
                text = "".join(text) if isinstance(text, list) else text
                lines += [line for line in text.splitlines() if _SKIPPED_RE.match(line)]
    return lines


def _run_one(
    notebook: Path, executed: Path, parameters: dict, kernel_name: str, timeout: int | None
) -> None:
    import papermill
    from papermill.exceptions import PapermillExecutionError

    try:
        papermill.execute_notebook(
            str(notebook),
            str(executed),
            parameters=parameters,
            kernel_name=kernel_name,
            cwd=str(notebook.parent),
            progress_bar=False,
            log_output=False,
            execution_timeout=timeout,
        )
    except PapermillExecutionError as err:
        cell, line, text = _failed_cell(executed, err.cell_index, err.traceback or ())
        evalue = str(err.evalue).strip().splitlines()
        where = f"cell {cell}" if line is None else f"cell {cell}, line {line}"
        message = (
            f"notebook {notebook.name} failed in {where} ({text!r}): "
            f"{err.ename}: {evalue[0] if evalue else ''}\n"
            f"the executed copy with the full traceback is {executed}"
        )
        raise NotebookError(
            message, notebook=notebook, cell=cell, line=line, executed=executed
        ) from None
    except Exception as err:  # kernel missing or dead, unreadable notebook, ...
        message = f"notebook {notebook.name} could not be executed: {type(err).__name__}: {err}"
        raise NotebookError(
            message, notebook=notebook, cell=None, line=None, executed=executed
        ) from err


def run_notebooks(
    *,
    notebooks_dir: str | Path | None = None,
    out_dir: str | Path | None = None,
    corpus: str | Path | None = None,
    only: str | Sequence[str] | None = None,
    build_dir: str | Path = "build/notebooks",
    progress: bool = True,
    kernel_name: str = "python3",
    timeout: int | None = 1800,
) -> list[Path]:
    """Execute the numbered notebooks in order and return the figure files they wrote.

    Parameters
    ----------
    notebooks_dir : str or Path, optional
        Folder holding ``NN-*.ipynb``; ``notebooks/`` of the current directory by default.
    out_dir : str or Path, optional
        Where the figures go (injected as the absolute path ``figures_dir``);
        ``figures/`` of the current directory by default.
    corpus : str or Path, optional
        A corpus for :func:`discourse.read_corpus` (injected as an absolute
        path); None runs the notebooks on the bundled demo corpus.
    only : str or list of str, optional
        Run only the notebooks whose name starts with one of these (``"01"``).
    build_dir : str or Path
        Where the executed notebooks are written (relative to the current directory).
    progress : bool
        Show a progress bar over the notebooks on stderr.
    kernel_name : str
        Jupyter kernel to run in (``make venv`` registers the project's as ``python3``).
    timeout : int or None
        Seconds one cell may run.

    Returns
    -------
    list of Path
        Files in ``out_dir`` written or rewritten during the run, sorted. Figures a
        notebook skipped (it prints ``Skipped NAME: reason``, e.g. for a corpus without
        the speakers or dates they need) are logged as warnings of this module's logger.

    Raises
    ------
    NotebookError
        Naming the notebook, the failing cell (its number, and the number and text
        of the line that raised) and the exception; earlier notebooks' figures stay written.
    FileNotFoundError, ValueError
        See :func:`find_notebooks`.
    """
    from tqdm.auto import tqdm

    notebooks = find_notebooks(notebooks_dir, only)
    figures = (Path("figures") if out_dir is None else Path(out_dir)).resolve()
    figures.mkdir(parents=True, exist_ok=True)
    build = Path(build_dir).resolve()
    build.mkdir(parents=True, exist_ok=True)
    parameters = {
        "corpus": None if corpus is None else str(Path(corpus).resolve()),
        "figures_dir": str(figures),
    }
    started = time.time_ns() - 50_000_000  # file times are coarser than the clock
    bar = tqdm(notebooks, desc="notebooks", unit="nb", disable=not progress, leave=True)
    for notebook in bar:
        bar.set_postfix_str(notebook.stem)
        logger.info("executing %s", notebook)
        _run_one(notebook, build / notebook.name, parameters, kernel_name, timeout)
        for line in _skipped(build / notebook.name):
            logger.warning("%s: %s", notebook.stem, line)
    bar.close()
    return sorted(p for p in figures.iterdir() if p.is_file() and p.stat().st_mtime_ns >= started)

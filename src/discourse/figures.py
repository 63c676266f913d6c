"""Regenerate the figures by executing the numbered notebooks with papermill.

Each ``notebooks/NN-*.ipynb`` runs top to bottom in a fresh kernel with the
parameters ``corpus`` and ``figures_dir`` injected; the executed copies go to
``build/notebooks/`` and the notebooks write their figures with
:func:`discourse.plots.save_figure`.

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


class NotebookError(RuntimeError):
    """A notebook failed; the message names the notebook, the cell and the exception.

    Attributes
    ----------
    notebook : Path
        The notebook that failed.
    cell : int or None
        Number of the failing cell in the source notebook, counted from 1 over
        all cells (markdown included); None when the kernel could not run at all.
    executed : Path
        The executed copy with the full traceback.
    """

    def __init__(self, message: str, *, notebook: Path, cell: int | None, executed: Path):
        super().__init__(message)
        self.notebook = notebook
        self.cell = cell
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


def _failed_cell(executed: Path, cell_index: int) -> tuple[int, str]:
    """Map papermill's cell index (which counts the injected cell) to the source notebook."""
    import nbformat

    nb = nbformat.read(executed, as_version=4)
    # papermill puts an error banner cell on top of the saved copy; its index does not count it.
    cells = [c for c in nb.cells if "papermill-error-cell-tag" not in _tags(c)]
    injected = [i for i, cell in enumerate(cells) if "injected-parameters" in _tags(cell)]
    source = cells[cell_index].source if cell_index < len(cells) else ""
    shift = sum(1 for i in injected if i < cell_index)
    first = next((line for line in source.splitlines() if line.strip()), "")
    return cell_index - shift + 1, first


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
        cell, first = _failed_cell(executed, err.cell_index)
        evalue = str(err.evalue).strip().splitlines()
        message = (
            f"notebook {notebook.name} failed in cell {cell} ({first!r}): "
            f"{err.ename}: {evalue[0] if evalue else ''}\n"
            f"the executed copy with the full traceback is {executed}"
        )
        raise NotebookError(message, notebook=notebook, cell=cell, executed=executed) from None
    except Exception as err:  # kernel missing or dead, unreadable notebook, ...
        message = f"notebook {notebook.name} could not be executed: {type(err).__name__}: {err}"
        raise NotebookError(message, notebook=notebook, cell=None, executed=executed) from err


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
        Files in ``out_dir`` written or rewritten during the run, sorted.

    Raises
    ------
    NotebookError
        Naming the notebook, the failing cell (number and first line) and the
        exception; earlier notebooks' figures stay written.
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
    bar.close()
    return sorted(p for p in figures.iterdir() if p.is_file() and p.stat().st_mtime_ns >= started)

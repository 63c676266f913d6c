"""save_figure: deterministic PNG/SVG/PDF bytes and a JSON provenance sidecar.

Public through :mod:`discourse.plots`; kept apart so that plots.py stays short.
"""

from __future__ import annotations

import hashlib
import json
import logging
import platform
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import matplotlib
import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.text import Text

logger = logging.getLogger(__name__)

FONT = "DejaVu Sans"
#: gid of the source lines drawn by discourse.plots (outside the layout, kept by save_figure).
SOURCE_GID = "discourse-source"
DPI = 200
_FORMATS = ("png", "svg", "pdf")
_NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
# Metadata keys that would carry dates or library versions into the bytes.
_METADATA = {
    "png": {"Software": None},
    "svg": {"Date": None, "Creator": None},
    "pdf": {"CreationDate": None, "ModDate": None, "Producer": None, "Creator": None},
}
_RC = {"svg.hashsalt": "discourse", "svg.fonttype": "path", "pdf.fonttype": 42}


def _hash_table(table: pd.DataFrame) -> dict[str, Any]:
    digest = hashlib.sha256()
    header = [[str(c), str(t)] for c, t in zip(table.columns, table.dtypes, strict=True)]
    digest.update(json.dumps(header, ensure_ascii=False).encode("utf-8"))
    values = pd.util.hash_pandas_object(table, index=False).to_numpy(dtype=np.uint64)
    digest.update(values.tobytes())
    return {
        "kind": "table",
        "rows": len(table),
        "columns": len(table.columns),
        "sha256": digest.hexdigest(),
    }


def _hash_path(path: Path) -> dict[str, Any]:
    if path.is_file():
        return {
            "kind": "file",
            "name": path.name,
            "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
        }
    if path.is_dir():
        digest = hashlib.sha256()
        files = sorted(p for p in path.rglob("*") if p.is_file())
        for file in files:
            digest.update(file.relative_to(path).as_posix().encode("utf-8") + b"\0")
            digest.update(hashlib.sha256(file.read_bytes()).digest())
        return {
            "kind": "folder",
            "name": path.name,
            "files": len(files),
            "sha256": digest.hexdigest(),
        }
    raise FileNotFoundError(f"save_figure: data input {str(path)!r} does not exist")


def _inputs(data: Mapping[str, Any] | None) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in (data or {}).items():
        if isinstance(value, pd.DataFrame):
            out[str(key)] = _hash_table(value)
        elif isinstance(value, str | Path):
            out[str(key)] = _hash_path(Path(value))
        else:
            raise TypeError(
                f"save_figure: data[{key!r}] must be a DataFrame or a path, "
                f"got {type(value).__name__}"
            )
    return out


def _versions() -> dict[str, str]:
    from discourse import __version__

    return {
        "discourse": __version__,
        "matplotlib": matplotlib.__version__,
        "numpy": np.__version__,
        "pandas": pd.__version__,
        "python": platform.python_version(),
    }


def save_figure(
    fig: Figure,
    name: str,
    *,
    out_dir: str | Path = "figures",
    formats: Sequence[str] = ("png", "svg"),
    data: Mapping[str, Any] | None = None,
    parameters: Mapping[str, Any] | None = None,
    alt_text: str | None = None,
    caption: str | None = None,
    dpi: int = DPI,
) -> list[Path]:
    """Write a figure as ``out_dir/name.<format>`` with reproducible bytes, plus ``name.json``.

    Rerunning on the same inputs with the same library versions rewrites
    identical bytes: every text artist of the figure is set to DejaVu Sans (the
    font Matplotlib ships), the DPI is fixed, SVG ids use a fixed hash salt and
    text is drawn as paths, and dates and software versions are left out of the
    file metadata (they are in the sidecar instead). Global rcParams are only
    changed inside a ``rc_context`` around saving. The figure's text artists
    keep the new font afterwards.

    Parameters
    ----------
    fig : Figure
        The figure to save (e.g. ``ax.figure``).
    name : str
        File stem: letters, digits, ``.``, ``_`` and ``-`` (e.g. ``"02-ukraine-mentions-ungd"``).
    out_dir : str or Path
        Folder to write into (created if needed).
    formats : sequence of {"png", "svg", "pdf"}
        Image formats to write.
    data : mapping, optional
        Inputs to fingerprint: name -> DataFrame (hashed with
        :func:`pandas.util.hash_pandas_object` plus column names and dtypes,
        then SHA-256) or name -> path of a file (SHA-256 of its bytes) or
        folder (of its files' relative names and bytes).
    parameters : mapping, optional
        JSON-serialisable parameters that produced the figure.
    alt_text, caption : str, optional
        Text alternative for screen readers and a caption, kept in the sidecar.
    dpi : int
        Resolution of raster formats.

    Returns
    -------
    list of Path
        The files written: images in the order of ``formats``, then the sidecar
        ``name.json`` with the keys ``name``, ``caption``, ``alt_text``,
        ``parameters``, ``inputs``, ``versions`` and ``files`` (sorted keys, no
        timestamps, no absolute paths).

    Examples
    --------
    >>> import pandas as pd, tempfile
    >>> from discourse.plots import plot_counts, save_figure
    >>> table = pd.DataFrame({"collection": ["sotu", "ungd"], "n": [1, 3]})
    >>> ax = plot_counts(table, x="collection")
    >>> paths = save_figure(ax.figure, "example", out_dir=tempfile.mkdtemp(), data={"counts": table})
    >>> [p.name for p in paths]
    ['example.png', 'example.svg', 'example.json']
    """
    if not isinstance(fig, Figure):
        raise TypeError(f"fig must be a matplotlib Figure, got {type(fig).__name__}")
    if not isinstance(name, str) or not _NAME_RE.match(name):
        raise ValueError(
            f"name must be a file stem of letters, digits, '.', '_' and '-', got {name!r}"
        )
    formats = list(formats)
    unknown = [f for f in formats if f not in _FORMATS]
    if unknown or not formats:
        raise ValueError(f"formats must be a non-empty subset of {_FORMATS}, got {formats}")
    inputs = _inputs(data)
    params = json.loads(json.dumps(dict(parameters or {}), default=str, sort_keys=True))
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    for text in fig.findobj(Text):
        text.set_fontfamily(FONT)
    sources = [t for t in fig.findobj(Text) if t.get_gid() == SOURCE_GID]
    extra = [*fig.get_default_bbox_extra_artists(), *sources]
    written: list[Path] = []
    with matplotlib.rc_context(_RC):
        for fmt in formats:
            path = out / f"{name}.{fmt}"
            fig.savefig(
                path,
                format=fmt,
                dpi=dpi,
                metadata=_METADATA[fmt],
                bbox_inches="tight",
                bbox_extra_artists=extra,
                pad_inches=0.08,
                facecolor="white",
            )
            written.append(path)
    sidecar = {
        "alt_text": alt_text,
        "caption": caption,
        "files": [p.name for p in written],
        "inputs": inputs,
        "name": name,
        "parameters": params,
        "versions": _versions(),
    }
    side = out / f"{name}.json"
    side.write_text(
        json.dumps(sidecar, sort_keys=True, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    written.append(side)
    logger.info("saved figure %s: %s", name, ", ".join(p.name for p in written))
    return written

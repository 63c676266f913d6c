"""Charts of words in texts: keyness bars, concordance lines, dispersion (see :mod:`discourse.plots`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd
from matplotlib.axes import Axes

from discourse._style import (
    PALETTE,
    category_colors,
    category_order,
    check_columns,
    display_name,
    finish_axes,
    new_axes,
    style_axes,
)

__all__ = ["dispersion_table", "plot_dispersion", "plot_keyness", "plot_kwic"]


def plot_keyness(
    table: pd.DataFrame,
    *,
    term: str = "term",
    x: str = "log_ratio",
    g2: str = "g2",
    top: int = 12,
    ax: Axes | None = None,
    names: tuple[str, str] = ("target", "reference"),
    colors: tuple[str, str] = (PALETTE[0], PALETTE[1]),
    annotate: bool = True,
    xlabel: str | None = None,
    title: str | None = None,
    source: str | None = None,
) -> Axes:
    """Diverging bars of the most key terms of both sides, by log ratio, labelled with G2.

    The ``top`` terms with the highest ``g2`` and a positive ``x`` (more frequent in
    the target) and the ``top`` with a negative ``x`` (more frequent in the
    reference) are drawn as horizontal bars, sorted by ``x``; ties are broken by term.

    Parameters
    ----------
    table : DataFrame
        A :func:`discourse.metrics.keyness` table (``term``, ``log_ratio``, ``g2``).
    term, x, g2 : str
        Term, effect size (bar length) and keyness statistic (bar label, selection).
    top : int
        Terms per side.
    ax : Axes, optional
        Draw here; a new figure's Axes otherwise.
    names : (str, str)
        Names of the target and reference corpora for the legend.
    colors : (str, str)
        Bar colours of target and reference terms.
    annotate : bool
        Write ``G2`` beside each bar.
    xlabel, title, source : str, optional
        Axis label (``x`` by default), title, source line under the axes.

    Returns
    -------
    Axes
        The Axes drawn into; one bar per shown term, top to bottom from most
        target-typical to most reference-typical.

    Examples
    --------
    >>> import pandas as pd
    >>> t = pd.DataFrame({"term": ["Nato", "Frieden"], "log_ratio": [1.5, -2.0], "g2": [9.0, 12.0]})
    >>> ax = plot_keyness(t, names=("CDU/CSU", "LINKE"))
    >>> [t.get_text() for t in ax.get_yticklabels()]
    ['Nato', 'Frieden']
    """
    check_columns(table, [term, x, g2], "plot_keyness")
    if top < 1:
        raise ValueError(f"plot_keyness: top must be >= 1, got {top}")
    ax = new_axes(ax, (6.4, 4.8))
    ranked = table.sort_values([g2, term], ascending=[False, True], kind="stable")
    plus = ranked[ranked[x] > 0].head(top)
    minus = ranked[ranked[x] < 0].head(top)
    shown = pd.concat([plus, minus]).sort_values([x, term], ascending=[False, True], kind="stable")
    values = shown[x].astype("float64").to_numpy()
    positions = np.arange(len(shown), dtype=float)
    bar_colors = [colors[0] if v > 0 else colors[1] for v in values]
    bars = ax.barh(positions, values, 0.75, color=bar_colors)
    if annotate and len(shown):
        texts = [f"G²={v:,.0f}" if v >= 10 else f"G²={v:.1f}" for v in shown[g2]]
        ax.bar_label(bars, texts, padding=3, fontsize=7)
        low, high = ax.get_xlim()
        ax.set_xlim(low * 1.3, high * 1.3)
    ax.set_yticks(positions, [str(t) for t in shown[term]])
    if not ax.yaxis_inverted():
        ax.invert_yaxis()
    ax.axvline(0, color="0.3", linewidth=0.8)
    for color, name in zip(colors, names, strict=True):
        ax.barh([np.nan], [np.nan], color=color, label=f"more in {name}")
    ax.legend(frameon=False, fontsize="small", loc="lower right")
    style_axes(ax, grid_axis="x", integer=False)
    ax.tick_params(axis="y", length=0)
    finish_axes(ax, xlabel=x if xlabel is None else xlabel, ylabel="", title=title, source=source)
    return ax


def _clip(text: str, width: int, *, keep_end: bool) -> str:
    text = " ".join(str(text).split())
    if len(text) <= width:
        return text
    return "…" + text[-(width - 1) :] if keep_end else text[: width - 1] + "…"


def plot_kwic(
    table: pd.DataFrame,
    *,
    left: str = "left",
    match: str = "match",
    right: str = "right",
    label: str | None = None,
    max_lines: int = 15,
    width: int = 45,
    ax: Axes | None = None,
    title: str | None = None,
    source: str | None = None,
) -> Axes:
    """Concordance lines: each hit in bold, centred, with its left and right context.

    Parameters
    ----------
    table : DataFrame
        A :func:`discourse.metrics.kwic` table (``left``, ``match``, ``right``), in
        the order to show (the first ``max_lines`` rows are drawn).
    left, match, right : str
        Context and hit columns; line breaks are drawn as spaces.
    label : str, optional
        A column written at the left of each line (e.g. speaker or party).
    max_lines : int
        Rows to draw.
    width : int
        Characters of context kept on each side ("…" marks a cut).
    ax : Axes, optional
        Draw here; a new figure's Axes otherwise (height grows with the lines).
    title, source : str, optional
        Title and source line.

    Returns
    -------
    Axes
        The Axes drawn into, with axis lines and ticks hidden; one text line per row.

    Examples
    --------
    >>> import pandas as pd
    >>> t = pd.DataFrame({"left": ["Wir halten das"], "match": ["Zwei-Prozent-Ziel"],
    ...                   "right": ["ein."]})
    >>> ax = plot_kwic(t)
    >>> [x.get_text() for x in ax.texts]
    ['Wir halten das ', 'Zwei-Prozent-Ziel', ' ein.']
    """
    check_columns(table, [left, match, right, label], "plot_kwic")
    rows = table.head(max_lines)
    ax = new_axes(ax, (9.0, 0.6 + 0.28 * max(len(rows), 1)))
    n = len(rows)
    centre = 0.5 if label else 0.42
    style = {"fontsize": 8, "va": "center", "transform": ax.transAxes}
    for i in range(n):
        row = rows.iloc[i]
        y = 1 - (i + 0.5) / n
        before = _clip(row[left], width, keep_end=True) + " "
        after = " " + _clip(row[right], width, keep_end=False)
        ax.text(centre, y, before, ha="right", color="0.25", **style)
        hit = ax.text(
            centre, y, " ".join(str(row[match]).split()), ha="left", fontweight="bold", **style
        )
        ax.annotate(
            after, xy=(1, 0.5), xycoords=hit, ha="left", va="center", fontsize=8, color="0.25"
        )
        if label:
            ax.text(
                0.0, y, _clip(row[label], 22, keep_end=False), ha="left", color=PALETTE[0], **style
            )
    ax.set_axis_off()
    if title:
        ax.set_title(title, loc="left", fontsize="medium", fontweight="bold")
    if source:
        ax.text(0, 0, source, transform=ax.transAxes, fontsize=7.5, color="0.35", va="top")
    return ax


def dispersion_table(
    hits: pd.DataFrame, docs: pd.DataFrame, *, by: str = "concept", label: str = "doc_id"
) -> pd.DataFrame:
    """Relative position of each hit in its document, for :func:`plot_dispersion`.

    Parameters
    ----------
    hits : DataFrame
        Rows with ``doc_id``, ``start`` and ``by`` (e.g. a ``matches`` table).
    docs : DataFrame
        The ``docs`` table (``doc_id``, ``text`` and ``label``).
    by : str
        The hit column kept as category.
    label : str
        The docs column that names each document in the chart.

    Returns
    -------
    DataFrame
        RangeIndex, one row per hit sorted by ``label``, ``position``: ``doc_id``,
        ``label`` (the docs column), ``by``, ``position`` (``start / len(text)`` in [0, 1]).

    Examples
    --------
    >>> import pandas as pd
    >>> docs = pd.DataFrame({"doc_id": ["a"], "text": ["x" * 100], "speaker": ["A"]})
    >>> hits = pd.DataFrame({"doc_id": ["a"], "start": [25], "concept": ["nato"]})
    >>> dispersion_table(hits, docs, label="speaker")["position"].tolist()
    [0.25]
    """
    check_columns(hits, ["doc_id", "start", by], "dispersion_table")
    check_columns(docs, ["doc_id", "text", label], "dispersion_table")
    meta = docs[list(dict.fromkeys(["doc_id", label]))].assign(
        _len=docs["text"].str.len().astype("float64")
    )
    out = hits[["doc_id", "start", by]].merge(meta, on="doc_id", how="inner")
    out["position"] = (out["start"].astype("float64") / out["_len"].where(out["_len"] > 0)).clip(
        0, 1
    )
    cols = list(dict.fromkeys(["doc_id", label, by, "position"]))
    return out[cols].sort_values([label, "position"], kind="stable").reset_index(drop=True)


def plot_dispersion(
    table: pd.DataFrame,
    *,
    y: str = "doc_id",
    x: str = "position",
    hue: str | None = None,
    ax: Axes | None = None,
    order: Sequence[Any] | None = None,
    hue_order: Sequence[Any] | None = None,
    colors: Mapping[Any, str] | None = None,
    labels: Mapping[Any, str] | None = None,
    xlabel: str | None = None,
    title: str | None = None,
    source: str | None = None,
) -> Axes:
    """Dispersion plot: one row per document, one tick where a hit occurs.

    Parameters
    ----------
    table : DataFrame
        One row per hit, e.g. :func:`dispersion_table` output.
    y : str
        The document (row) column; rows in sorted order or ``order``.
    x : str
        Position of the hit in its document, 0 = start, 1 = end.
    hue : str, optional
        Colour ticks by this column (e.g. ``concept``).
    ax, order, hue_order, colors, labels, xlabel, title, source
        As in :func:`plot_counts`; ``labels`` maps row values to text.

    Returns
    -------
    Axes
        The Axes drawn into; the number of hits is written after each row name.

    Examples
    --------
    >>> import pandas as pd
    >>> t = pd.DataFrame({"doc_id": ["a", "a", "b"], "position": [0.1, 0.9, 0.5]})
    >>> ax = plot_dispersion(t)
    >>> [x.get_text() for x in ax.get_yticklabels()]
    ['a (2)', 'b (1)']
    """
    check_columns(table, [y, x, hue], "plot_dispersion")
    cats = category_order(table[y], order, "order")
    ax = new_axes(ax, (7.0, 0.8 + 0.3 * max(len(cats), 1)))
    groups = category_order(table[hue], hue_order, "hue_order") if hue else [None]
    palette = dict(colors) if colors else category_colors(groups) if hue else {None: PALETTE[0]}
    rows = {c: i for i, c in enumerate(cats)}
    for group in groups:
        part = table if group is None else table[table[hue] == group]
        part = part[part[y].isin(rows)]
        ys = part[y].map(rows).astype("float64").to_numpy()
        ax.scatter(
            part[x].astype("float64").to_numpy(),
            ys,
            marker="|",
            s=140,
            linewidths=1.4,
            color=palette.get(group, PALETTE[0]),
            label=None if group is None else display_name(group, labels, False),
        )
    counts = table[y].value_counts()
    ax.set_yticks(
        np.arange(len(cats)), [f"{display_name(c, labels, False)} ({counts[c]})" for c in cats]
    )
    ax.set_ylim(len(cats) - 0.5, -0.5)
    ax.set_xlim(0, 1)
    style_axes(ax, grid_axis="x", integer=False)
    ax.xaxis.set_major_formatter(lambda v, _pos: f"{v:.0%}")
    ax.tick_params(axis="y", length=0)
    if hue:
        ax.legend(frameon=False, fontsize="small", loc="upper left", bbox_to_anchor=(1, 1))
    finish_axes(
        ax,
        xlabel="position in the text (0 % = start)" if xlabel is None else xlabel,
        ylabel="",
        title=title,
        source=source,
    )
    return ax

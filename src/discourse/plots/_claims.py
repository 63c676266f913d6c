"""Charts of claims: numbers by group and time, actor x target stance (see :mod:`discourse.plots`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.colors import TwoSlopeNorm

from discourse._style import (
    PALETTE,
    add_legend,
    category_colors,
    category_order,
    check_columns,
    display_name,
    finish_axes,
    new_axes,
    style_axes,
)

__all__ = ["plot_numbers", "plot_stance_matrix"]


def plot_numbers(
    table: pd.DataFrame,
    *,
    x: str,
    y: str = "value",
    hue: str | None = None,
    ax: Axes | None = None,
    order: Sequence[Any] | None = None,
    hue_order: Sequence[Any] | None = None,
    reference: Sequence[float] = (2.0, 5.0),
    colors: Mapping[Any, str] | None = None,
    labels: Mapping[Any, str] | None = None,
    xlabel: str | None = None,
    ylabel: str | None = None,
    title: str | None = None,
    source: str | None = None,
) -> Axes:
    """Which values were claimed, by whom or when: one dot per (x, value, hue), sized by count.

    Mentions with the same ``x``, ``y`` and ``hue`` are drawn as one dot whose area
    grows with their number (written beside dots of more than one). With a
    categorical ``x`` the hue groups sit side by side in each category.

    Parameters
    ----------
    table : DataFrame
        One row per number mention, e.g. :func:`discourse.numbers.target_mentions`
        joined with docs metadata.
    x : str
        Category (e.g. ``party``) or datetime/number (e.g. ``published``, ``year``) column.
    y : str
        The claimed value (``value``).
    hue : str, optional
        Colour by this column, sorted or in ``hue_order``; ``hue=x`` colours the
        categories themselves (no legend, no side-by-side offset).
    ax, order, hue_order, colors, labels
        As in :func:`plot_counts`.
    reference : sequence of float
        Values marked by dotted horizontal lines (the 2 and 5 percent targets).
    xlabel, ylabel, title, source : str, optional
        Axis labels (column names by default), title and source line.

    Returns
    -------
    Axes
        The Axes drawn into.

    Examples
    --------
    >>> import pandas as pd
    >>> t = pd.DataFrame({"party": ["SPD", "SPD", "AfD"], "value": [2.0, 2.0, 5.0]})
    >>> ax = plot_numbers(t, x="party")
    >>> [t.get_text() for t in ax.get_xticklabels()]
    ['AfD', 'SPD']
    """
    check_columns(table, [x, y, hue], "plot_numbers")
    ax = new_axes(ax, (6.4, 3.8))
    data = table[[c for c in dict.fromkeys([x, y, hue]) if c]].dropna(subset=[x, y])
    xs = data[x]
    if isinstance(xs.dtype, pd.DatetimeTZDtype):
        xs = xs.dt.tz_convert("UTC").dt.tz_localize(None)
    numeric = pd.api.types.is_datetime64_any_dtype(xs.dtype) or pd.api.types.is_numeric_dtype(
        xs.dtype
    )
    cats = [] if numeric else category_order(xs, order, "order")
    groups = category_order(data[hue], hue_order, "hue_order") if hue else [None]
    palette = dict(colors) if colors else category_colors(groups) if hue else {None: PALETTE[0]}
    dodge = hue is not None and hue != x  # hue == x only colours the categories
    width = 0.7 / len(groups) if dodge else 0.0
    data = data.assign(_x=xs.to_numpy(), _g=data[hue] if hue else "")
    counted = data.groupby(["_g", "_x", y], sort=True).size().rename("_n").reset_index()
    for i, group in enumerate(groups):
        part = counted[counted["_g"] == (group if hue else "")]
        if numeric:
            where = part["_x"].to_numpy()
        else:
            offset = (i - (len(groups) - 1) / 2) * width if dodge else 0.0
            where = part["_x"].map({c: k for k, c in enumerate(cats)}).to_numpy() + offset
        sizes = 18 + 22 * np.sqrt(part["_n"].to_numpy() - 1)
        ax.scatter(
            where,
            part[y].astype("float64"),
            s=sizes,
            color=palette.get(group, PALETTE[0]),
            alpha=0.85,
            edgecolors="white",
            linewidths=0.5,
            label=None if group is None else display_name(group, labels, False),
            zorder=3,
        )
        for px, py, n in zip(where, part[y].astype("float64"), part["_n"], strict=True):
            if n > 1:
                ax.annotate(
                    f"{n}",
                    (px, py),
                    xytext=(5, 2),
                    textcoords="offset points",
                    fontsize=7,
                    color="0.3",
                )
    for value in reference:
        ax.axhline(value, color="0.45", linestyle=":", linewidth=0.9, zorder=1)
    if not numeric:
        ax.set_xticks(np.arange(len(cats)), [display_name(c, labels, False) for c in cats])
        ax.set_xlim(-0.6, len(cats) - 0.4)
        ax.tick_params(axis="x", length=0)
    style_axes(ax, grid_axis="y", integer=False)
    if hue and dodge:
        add_legend(ax, hue)
    finish_axes(
        ax,
        xlabel=x if xlabel is None else xlabel,
        ylabel=y if ylabel is None else ylabel,
        title=title,
        source=source,
    )
    return ax


def plot_stance_matrix(
    table: pd.DataFrame,
    *,
    actor: str = "actor",
    target: str = "target",
    value: str = "mean_score",
    n: str | None = "n",
    ax: Axes | None = None,
    order: Sequence[Any] | None = None,
    target_order: Sequence[Any] | None = None,
    labels: Mapping[Any, str] | None = None,
    cmap: str = "RdBu",
    colorbar: bool = True,
    title: str | None = None,
    source: str | None = None,
) -> Axes:
    """Actor x target heatmap of mean stance on a diverging scale, with n per cell.

    Red is against (-1), white neutral (0), blue in favour (+1); cells without
    statements stay empty (light grey).

    Parameters
    ----------
    table : DataFrame
        Long form, one row per actor x target: :func:`discourse.stance.stance_matrix`.
    actor, target, value : str
        Row, column and colour (in [-1, 1]) columns.
    n : str or None
        Count column written in each cell (None: write the value only).
    ax, order, target_order, labels
        As in :func:`plot_counts`: rows (``order``) and columns (``target_order``)
        sorted by default; ``labels`` maps actor or target values to text.
    cmap : str
        A diverging Matplotlib colormap name.
    colorbar : bool
        Add a colour bar beside the Axes.
    title, source : str, optional
        Title and source line.

    Returns
    -------
    Axes
        The Axes drawn into (one image, one text per filled cell).

    Examples
    --------
    >>> import pandas as pd
    >>> t = pd.DataFrame({"actor": ["a", "b"], "target": ["x", "x"],
    ...                   "mean_score": [1.0, -0.5], "n": [3, 2]})
    >>> ax = plot_stance_matrix(t)
    >>> [t.get_text() for t in ax.texts]
    ['+1.00\\nn=3', '−0.50\\nn=2']
    """
    check_columns(table, [actor, target, value, n], "plot_stance_matrix")
    if table.duplicated([actor, target]).any():
        raise ValueError(f"plot_stance_matrix: table must have one row per {[actor, target]}")
    rows = category_order(table[actor], order, "order")
    cols = category_order(table[target], target_order, "target_order")
    ax = new_axes(ax, (1.8 + 1.1 * len(cols), 1.0 + 0.42 * len(rows)))
    grid = table.pivot(index=actor, columns=target, values=value).reindex(index=rows, columns=cols)
    counts = (
        table.pivot(index=actor, columns=target, values=n).reindex(index=rows, columns=cols)
        if n
        else None
    )
    matrix = np.ma.masked_invalid(grid.to_numpy(dtype="float64"))
    ax.set_facecolor("0.93")
    image = ax.imshow(
        matrix, cmap=cmap, norm=TwoSlopeNorm(vcenter=0.0, vmin=-1.0, vmax=1.0), aspect="auto"
    )
    for (i, j), score in np.ndenumerate(grid.to_numpy(dtype="float64")):
        if np.isnan(score):
            continue
        text = f"{score:+.2f}".replace("-", "−")
        if counts is not None:
            text += f"\nn={int(counts.iloc[i, j])}"
        ax.text(
            j,
            i,
            text,
            ha="center",
            va="center",
            fontsize=7,
            color="white" if abs(score) > 0.6 else "black",
        )
    ax.set_xticks(
        np.arange(len(cols)),
        [display_name(c, labels, False) for c in cols],
        rotation=35,
        ha="right",
        rotation_mode="anchor",
    )
    ax.set_yticks(np.arange(len(rows)), [display_name(r, labels, False) for r in rows])
    ax.tick_params(length=0)
    ax.spines[:].set_visible(False)
    if colorbar:
        bar = ax.figure.colorbar(image, ax=ax, shrink=0.8, pad=0.02)
        bar.set_ticks([-1, 0, 1], labels=["against", "neutral", "favour"])
        bar.outline.set_visible(False)
    finish_axes(ax, xlabel="", ylabel="", title=title, source=source)
    return ax

"""Bar, line and box charts of counts and distributions (see :mod:`discourse.plots`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd
from matplotlib.axes import Axes

from discourse._style import (
    PALETTE,
    add_legend,
    category_colors,
    category_order,
    check_columns,
    display_name,
    finish_axes,
    is_yearly,
    new_axes,
    style_axes,
)

__all__ = ["plot_counts", "plot_distribution", "plot_timeline"]


def plot_counts(
    table: pd.DataFrame,
    *,
    x: str,
    y: str = "n",
    hue: str | None = None,
    ax: Axes | None = None,
    order: Sequence[Any] | None = None,
    hue_order: Sequence[Any] | None = None,
    horizontal: bool = False,
    annotate: bool = False,
    colors: Mapping[Any, str] | None = None,
    labels: Mapping[Any, str] | None = None,
    xlabel: str | None = None,
    ylabel: str | None = None,
    title: str | None = None,
    source: str | None = None,
) -> Axes:
    """Bar chart of one value per category (grouped bars per ``hue``).

    Parameters
    ----------
    table : DataFrame
        A computed table with one row per ``x`` (and ``hue``) value.
    x, y : str
        Category column and value column (``n`` by default).
    hue : str, optional
        Column whose values become side-by-side bars in their own colours.
    ax : Axes, optional
        Draw here; a new figure's Axes otherwise.
    order, hue_order : sequence, optional
        Categories to show and their order; sorted values by default.
    horizontal : bool
        Horizontal bars (categories top to bottom), good for long names.
    annotate : bool
        Write each bar's value at its end (thousands separated).
    colors : mapping, optional
        Category -> colour; :func:`category_colors` otherwise (keyed by the
        values in the table, not by their display labels).
    labels : mapping, optional
        Category or hue value -> text shown on the axis or in the legend.
    xlabel, ylabel, title, source : str, optional
        Labels of the drawn x and y axes (column names by default; with
        ``horizontal=True`` the x axis shows ``y``), a title and a source line
        drawn small under the axes.

    Returns
    -------
    Axes
        The Axes drawn into.

    Examples
    --------
    >>> import pandas as pd
    >>> t = pd.DataFrame({"collection": ["ungd", "sotu"], "n_docs": [1930, 66]})
    >>> ax = plot_counts(t, x="collection", y="n_docs", horizontal=True)
    >>> ax.get_xlabel()
    'n_docs'
    """
    check_columns(table, [x, y, hue], "plot_counts")
    keys = [x, hue] if hue else [x]
    if table.duplicated(keys).any():
        raise ValueError(f"plot_counts: table must have one row per {keys}; aggregate it first")
    ax = new_axes(ax, (6.4, 4.0))
    cats = category_order(table[x], order, "order")
    groups = category_order(table[hue], hue_order, "hue_order") if hue else [None]
    palette = dict(colors) if colors else category_colors(groups if hue else cats)
    width = 0.8 / len(groups)
    positions = np.arange(len(cats), dtype=float)
    integer = pd.api.types.is_integer_dtype(table[y].dtype)
    for i, group in enumerate(groups):
        rows = table if group is None else table[table[hue] == group]
        values = rows.set_index(x)[y].reindex(cats).astype("float64").fillna(0).to_numpy()
        offset = (i - (len(groups) - 1) / 2) * width
        color = [palette.get(c, PALETTE[0]) for c in cats] if group is None else palette[group]
        label = None if group is None else display_name(group, labels, False)
        bar = ax.barh if horizontal else ax.bar
        bars = bar(positions + offset, values, width * 0.92, color=color, label=label)
        if annotate:
            texts = [f"{v:,.0f}" if integer or abs(v) >= 100 else f"{v:.3g}" for v in values]
            ax.bar_label(bars, texts, padding=2, fontsize=7.5)
    names = [display_name(c, labels, is_yearly(cats)) for c in cats]
    cat_axis, value_axis = (ax.yaxis, "x") if horizontal else (ax.xaxis, "y")
    cat_axis.set_ticks(positions, names)
    if horizontal:
        if not ax.yaxis_inverted():  # shared axes may be inverted already
            ax.invert_yaxis()
    elif max((len(s) for s in names), default=0) * len(names) > 60:
        ax.tick_params(axis="x", labelrotation=90)
    style_axes(ax, grid_axis=value_axis, integer=integer)
    ax.tick_params(axis="x" if not horizontal else "y", length=0)
    if hue:
        add_legend(ax, hue)
    cat_label, value_label = (xlabel, ylabel) if not horizontal else (ylabel, xlabel)
    cat_label = x if cat_label is None else cat_label
    value_label = y if value_label is None else value_label
    if horizontal:
        finish_axes(ax, xlabel=value_label, ylabel=cat_label, title=title, source=source)
    else:
        finish_axes(ax, xlabel=cat_label, ylabel=value_label, title=title, source=source)
    return ax


def _to_naive_utc(values: pd.Series) -> pd.Series:
    if isinstance(values.dtype, pd.DatetimeTZDtype):
        return values.dt.tz_convert("UTC").dt.tz_localize(None)
    return values


def _middle(x: pd.Series) -> pd.Series:
    """Shift period starts to the middle of their period (the median step between periods)."""
    steps = np.diff(np.sort(pd.unique(x.dropna())))
    if len(steps) == 0:
        return x
    return x + pd.Series(steps).median() / 2


def _events(ax: Axes, events: Mapping[Any, str], datetime_x: bool) -> None:
    transform = ax.get_xaxis_transform()
    for when, text in sorted(events.items(), key=lambda kv: pd.Timestamp(kv[0])):
        position = pd.Timestamp(when)
        if position.tzinfo is not None:
            position = position.tz_convert("UTC").tz_localize(None)
        where = position if datetime_x else position.year + (position.day_of_year - 1) / 365.25
        ax.axvline(where, color="0.3", linestyle=(0, (4, 3)), linewidth=0.9, zorder=1)
        ax.text(
            where,
            0.99,
            f" {text}",
            transform=transform,
            fontsize=7.5,
            color="0.25",
            ha="left",
            va="top",
            zorder=4,
        )


def plot_timeline(
    table: pd.DataFrame,
    *,
    x: str = "period",
    y: str = "n",
    hue: str | None = None,
    events: Mapping[Any, str] | None = None,
    ax: Axes | None = None,
    hue_order: Sequence[Any] | None = None,
    align: str = "middle",
    logy: bool = False,
    colors: Mapping[Any, str] | None = None,
    labels: Mapping[Any, str] | None = None,
    marker: str | None = "o",
    xlabel: str | None = None,
    ylabel: str | None = None,
    title: str | None = None,
    source: str | None = None,
) -> Axes:
    """Lines over time, one per group, with optional event markers.

    Parameters
    ----------
    table : DataFrame
        A computed table, e.g. from :func:`discourse.metrics.count_pattern` with ``freq``.
    x, y : str
        Time column (datetimes or numbers such as years) and value column.
    hue : str, optional
        One line per value of this column, in sorted order or ``hue_order``.
    events : mapping, optional
        Date -> label, e.g. ``{"2022-02-24": "Russian invasion"}``: a dashed
        vertical line with its label at the top of the axes.
    ax : Axes, optional
        Draw here; a new figure's Axes otherwise.
    align : {"middle", "start"}
        Where a datetime point is drawn: in the middle of its period (the
        median distance between consecutive periods; a yearly count then lies
        between the year's ticks, so events in that year read correctly) or at
        the period start.
    logy : bool
        Logarithmic value axis (zeros are then not drawn).
    colors, labels : mapping, optional
        Group -> colour (:func:`category_colors` by default; one series is
        blue) and group -> legend text.
    marker, xlabel, ylabel, title, source
        The point marker, axis labels (column names by default), a title and a
        source line drawn small under the axes.

    Returns
    -------
    Axes
        The Axes drawn into. Missing values (NaN) leave gaps in the lines.

    Examples
    --------
    >>> import pandas as pd
    >>> t = pd.DataFrame({"period": pd.to_datetime(["2021", "2022", "2023"], utc=True),
    ...                   "n": [1, 9, 4]})
    >>> ax = plot_timeline(t, events={"2022-02-24": "Russian invasion"})
    >>> len(ax.lines)
    2
    """
    check_columns(table, [x, y, hue], "plot_timeline")
    if align not in ("middle", "start"):
        raise ValueError(f"align must be 'middle' or 'start', got {align!r}")
    ax = new_axes(ax, (6.4, 3.6))
    xs = _to_naive_utc(table[x])
    datetime_x = pd.api.types.is_datetime64_any_dtype(xs.dtype)
    if datetime_x and align == "middle":
        xs = _middle(xs)
    data = table.assign(_x=xs.to_numpy())
    groups = category_order(data[hue], hue_order, "hue_order") if hue else [None]
    palette = dict(colors) if colors else category_colors(groups) if hue else {None: PALETTE[0]}
    for group in groups:
        rows = data if group is None else data[data[hue] == group]
        rows = rows.sort_values("_x", kind="stable")
        color = palette.get(group, PALETTE[0])
        ax.plot(
            rows["_x"],
            rows[y].astype("float64"),
            color=color,
            marker=marker,
            markersize=3.5,
            linewidth=1.6,
            label=None if group is None else display_name(group, labels, False),
        )
    if events:
        _events(ax, events, datetime_x)
    style_axes(ax, grid_axis="y", integer=pd.api.types.is_integer_dtype(table[y].dtype), log=logy)
    if not logy and not (table[y].min(skipna=True) < 0):
        # Room above the highest point for the event labels.
        top = float(table[y].max(skipna=True)) * (1.18 if events else 1.05)
        ax.set_ylim(0, top if top > 0 else None)
    if hue:
        add_legend(ax, hue)
    finish_axes(
        ax,
        xlabel=x if xlabel is None else xlabel,
        ylabel=y if ylabel is None else ylabel,
        title=title,
        source=source,
    )
    return ax


def plot_distribution(
    table: pd.DataFrame,
    *,
    x: str,
    y: str,
    ax: Axes | None = None,
    order: Sequence[Any] | None = None,
    colors: Mapping[Any, str] | None = None,
    labels: Mapping[Any, str] | None = None,
    log: bool = False,
    xlabel: str | None = None,
    ylabel: str | None = None,
    title: str | None = None,
    source: str | None = None,
) -> Axes:
    """Horizontal box plots of the values ``x`` per category ``y`` (one row per observation).

    Boxes span the quartiles, the line is the median, whiskers reach the most
    extreme values within 1.5 IQR, dots are the values beyond; the number of
    observations is written beside each category name. Categories with fewer
    than five values also show the values as dots.

    Parameters
    ----------
    table : DataFrame
        One row per observation, e.g. :func:`discourse.metrics.count_words` output.
    x : str
        Numeric column (e.g. ``n_words``).
    y : str
        Category column (e.g. ``collection``).
    ax, order, colors, labels, xlabel, ylabel, title, source
        As in :func:`plot_counts`; ``log`` uses a logarithmic value axis.

    Returns
    -------
    Axes
        The Axes drawn into.

    Examples
    --------
    >>> import pandas as pd
    >>> t = pd.DataFrame({"collection": ["a", "a", "b"], "n_words": [10, 20, 400]})
    >>> ax = plot_distribution(t, x="n_words", y="collection")
    >>> [t.get_text() for t in ax.get_yticklabels()]
    ['a (n=2)', 'b (n=1)']
    """
    check_columns(table, [x, y], "plot_distribution")
    ax = new_axes(ax, (6.4, 3.2))
    cats = category_order(table[y], order, "order")
    palette = dict(colors) if colors else category_colors(cats)
    values = [table.loc[table[y] == c, x].dropna().astype("float64").to_numpy() for c in cats]
    if cats:  # no rows (a filter left nothing): empty axes, as plot_counts draws them
        _boxes(ax, cats, values, palette)
    ax.set_yticks(
        np.arange(1, len(cats) + 1),
        [
            f"{display_name(c, labels, False)} (n={len(v):,})"
            for c, v in zip(cats, values, strict=True)
        ],
    )
    if not ax.yaxis_inverted():  # shared axes may be inverted already
        ax.invert_yaxis()
    style_axes(ax, grid_axis="x", integer=False, log=log)
    ax.tick_params(axis="y", length=0)
    finish_axes(
        ax,
        xlabel=x if xlabel is None else xlabel,
        ylabel=y if ylabel is None else ylabel,
        title=title,
        source=source,
    )
    return ax


def _boxes(ax: Axes, cats: list, values: list, palette: dict) -> None:
    """The horizontal boxes of :func:`plot_distribution`, one per category."""
    parts = ax.boxplot(
        values,
        orientation="horizontal",
        widths=0.6,
        patch_artist=True,
        medianprops={"color": "black", "linewidth": 1.2},
        flierprops={"marker": "o", "markersize": 2.5, "alpha": 0.5, "markeredgewidth": 0},
    )
    for patch, cat in zip(parts["boxes"], cats, strict=True):
        patch.set_facecolor(palette.get(cat, PALETTE[0]))
        patch.set_alpha(0.75)
    for fliers, cat in zip(parts["fliers"], cats, strict=True):
        fliers.set_markerfacecolor(palette.get(cat, PALETTE[0]))
    for row, (cat, vals) in enumerate(zip(cats, values, strict=True), start=1):
        if 0 < len(vals) < 5:  # a box of so few values hides them: draw the values too
            ax.plot(vals, [row] * len(vals), "o", color=palette.get(cat, PALETTE[0]), ms=4)

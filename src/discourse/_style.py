"""Colours and axes styling shared by the plot functions of :mod:`discourse.plots`.

Stable colours per category (a colour-blind-safe palette, German party colours,
the demo collections' colours) are public through :mod:`discourse.plots`; the
underscore helpers are private to it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from typing import Any

import pandas as pd
from matplotlib.axes import Axes
from matplotlib.ticker import FuncFormatter, LogLocator, MaxNLocator, NullFormatter

from discourse._savefig import SOURCE_GID

#: Colour-blind-safe qualitative palette: the Okabe & Ito (2008) colours without yellow
#: and black, plus brown and grey.
PALETTE: tuple[str, ...] = (
    "#0072B2",  # blue
    "#D55E00",  # vermillion
    "#009E73",  # bluish green
    "#CC79A7",  # reddish purple
    "#E69F00",  # orange
    "#56B4E9",  # sky blue
    "#8C6D31",  # brown
    "#666666",  # grey
)

#: Conventional colours of the German parties in the Bundestag (keys are upper-cased names).
PARTY_COLORS: dict[str, str] = {
    "SPD": "#E3000F",
    "CDU/CSU": "#000000",
    "CDU": "#000000",
    "CSU": "#000000",
    "UNION": "#000000",
    "GRÜNE": "#1AA037",
    "BÜNDNIS 90/DIE GRÜNEN": "#1AA037",
    "DIE GRÜNEN": "#1AA037",
    "FDP": "#F2C200",
    "AFD": "#009EE0",
    "DIE LINKE": "#BE3075",
    "LINKE": "#BE3075",
}

#: Fixed colours of the demo corpus' collections (so that they match across notebooks).
COLLECTION_COLORS: dict[str, str] = {
    "UNGD": "#0072B2",
    "SOTU": "#D55E00",
    "BUNDESTAG": "#009E73",
    "SEED": "#CC79A7",
}


def _fixed(name: Any) -> str | None:
    key = str(name).strip().upper()
    return PARTY_COLORS.get(key) or COLLECTION_COLORS.get(key)


def color_for(name: Any) -> str:
    """The colour of one category name, the same in every chart and session.

    German party names get their conventional colour (:data:`PARTY_COLORS`),
    the demo corpus' collections a fixed one (:data:`COLLECTION_COLORS`); any
    other name is mapped into :data:`PALETTE` by a stable hash (SHA-256) of its
    text. Two names may share a colour; :func:`category_colors` resolves that
    within one chart.

    Returns
    -------
    str
        A hex colour such as ``"#0072B2"``.

    Examples
    --------
    >>> color_for("SPD")
    '#E3000F'
    >>> color_for("Le Monde") == color_for("Le Monde")
    True
    """
    fixed = _fixed(name)
    return fixed if fixed is not None else PALETTE[_slot(name)]


def _slot(name: Any) -> int:
    digest = hashlib.sha256(str(name).encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") % len(PALETTE)


def category_colors(names: Sequence[Any]) -> dict[Any, str]:
    """Colours for the categories of one chart: stable per name, distinct within the chart.

    Names with a fixed colour (parties, demo collections) keep it. Every other
    name gets :func:`color_for` unless that palette colour is already taken in
    this chart (by a fixed name or a name earlier in sorted order); then it
    takes the next free palette colour. With more names than :data:`PALETTE`
    holds, colours repeat.

    Returns
    -------
    dict
        Category name -> hex colour, in sorted order of the names.

    Examples
    --------
    >>> colors = category_colors(["SPD", "AfD", "sotu"])
    >>> colors["SPD"], colors["AfD"], colors["sotu"]
    ('#E3000F', '#009EE0', '#D55E00')
    """
    unique = sorted(dict.fromkeys(names), key=str)
    fixed = {name: _fixed(name) for name in unique}
    used = {PALETTE.index(c) for c in fixed.values() if c in PALETTE}
    out: dict[Any, str] = {}
    for name in unique:
        if fixed[name] is not None:
            out[name] = fixed[name]
            continue
        slot = _slot(name)
        free = [(slot + k) % len(PALETTE) for k in range(len(PALETTE))]
        slot = next((c for c in free if c not in used), slot)
        used.add(slot)
        out[name] = PALETTE[slot]
    return out


_SOURCE_STYLE = {"fontsize": 7.5, "color": "0.35", "ha": "left", "va": "top"}


def new_axes(ax: Axes | None, figsize: tuple[float, float]) -> Axes:
    if ax is not None:
        if not isinstance(ax, Axes):
            raise TypeError(f"ax must be a matplotlib Axes or None, got {type(ax).__name__}")
        return ax
    import matplotlib.pyplot as plt

    # pyplot, so that a notebook shows the new figure; the caller closes it.
    return plt.figure(figsize=figsize, layout="constrained").add_subplot()


def check_columns(table: pd.DataFrame, columns: Sequence[str | None], func: str) -> None:
    if not isinstance(table, pd.DataFrame):
        raise TypeError(f"{func}: table must be a pandas DataFrame, got {type(table).__name__}")
    missing = [c for c in columns if c is not None and c not in table.columns]
    if missing:
        raise KeyError(
            f"{func}: column(s) {missing} not in table; available: {list(table.columns)}"
        )


def category_order(values: pd.Series, order: Sequence[Any] | None, argument: str) -> list[Any]:
    present = list(pd.unique(values.dropna()))
    if order is None:
        try:
            return sorted(present)
        except TypeError:  # mixed types: order by their text
            return sorted(present, key=str)
    unknown = [v for v in order if v not in set(present)]
    if unknown and len(unknown) == len(list(order)):
        raise ValueError(
            f"{argument}: none of {list(order)} occurs; values are {sorted(present, key=str)}"
        )
    return [v for v in order if v in set(present)]


def display_name(value: Any, labels: Mapping[Any, str] | None, yearly: bool) -> str:
    if labels is not None and value in labels:
        return str(labels[value])
    if isinstance(value, pd.Timestamp):
        return str(value.year) if yearly else value.strftime("%Y-%m-%d")
    return str(value)


def is_yearly(values: Sequence[Any]) -> bool:
    stamps = [v for v in values if isinstance(v, pd.Timestamp)]
    return bool(stamps) and all(v.month == 1 and v.day == 1 for v in stamps)


def _tick(value: float, _pos: int | None = None) -> str:
    """Tick text: thousands separated, no exponent, no trailing ".0"."""
    value = float(value) + 0.0  # no "-0"
    if value == int(value):
        return f"{value:,.0f}"
    return f"{value:,.3f}".rstrip("0")


def style_axes(ax: Axes, *, grid_axis: str, integer: bool, log: bool = False) -> None:
    """Light grid on the value axis, no top/right spines, readable value ticks."""
    ax.spines[["top", "right"]].set_visible(False)
    ax.set_axisbelow(True)
    axis = ax.yaxis if grid_axis == "y" else ax.xaxis
    axis.grid(True, color="0.88", linewidth=0.8)
    if log:
        (ax.set_yscale if grid_axis == "y" else ax.set_xscale)("log")
        axis.set_major_locator(LogLocator(base=10, subs=(1.0, 2.0, 5.0)))
        axis.set_minor_formatter(NullFormatter())
        axis.set_major_formatter(FuncFormatter(_tick))
    else:
        axis.set_major_locator(MaxNLocator(nbins=6, steps=[1, 2, 2.5, 5, 10], integer=integer))
        axis.set_major_formatter(FuncFormatter(_tick))


def finish_axes(
    ax: Axes, *, xlabel: str, ylabel: str, title: str | None, source: str | None
) -> None:
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    if title:
        ax.set_title(title, loc="left", fontsize="medium", fontweight="bold")
    if source:
        # Anchored below the x-axis label, left-aligned with the axes.
        ax.annotate(
            source,
            xy=(0, 0),
            xycoords=("axes fraction", ax.xaxis.label),
            xytext=(0, -4),
            textcoords="offset points",
            annotation_clip=False,
            gid=SOURCE_GID,
            **_SOURCE_STYLE,
        ).set_in_layout(
            False
        )  # long source lines must not squeeze the axes; save_figure keeps them


def add_legend(ax: Axes, title: str | None) -> None:
    handles, labels = ax.get_legend_handles_labels()
    if handles:
        ax.legend(handles, labels, title=title, frameon=False, fontsize="small")

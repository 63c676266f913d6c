"""Drawing a two-mode actor-concept network (see :mod:`discourse.plots`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from matplotlib.axes import Axes
from matplotlib.lines import Line2D

from discourse._style import PALETTE, color_for, new_axes

__all__ = ["plot_network"]

#: Edge colours by agreement (favour blue, against vermillion, mixed grey).
AGREEMENT_COLORS: dict[str, str] = {"favor": PALETTE[0], "against": PALETTE[1], "mixed": "0.55"}


def _text(graph: Any, node: Any, labels: Mapping[Any, str] | None) -> str:
    return str((labels or {}).get(node, graph.nodes[node].get("label", node)))


def _positions(
    graph: Any, kind: str, labels: Mapping[Any, str] | None
) -> dict[Any, tuple[float, float]]:
    """Actors in a left column, concepts in a right column, each sorted by shown label."""
    pos: dict[Any, tuple[float, float]] = {}
    for column, which in enumerate(("actor", "concept")):
        nodes = sorted(
            (v for v, d in graph.nodes(data=True) if d.get(kind) == which),
            key=lambda v: (_text(graph, v, labels).lower(), str(v)),
        )
        for i, node in enumerate(nodes):
            pos[node] = (float(column), 1.0 - (i + 0.5) / max(len(nodes), 1))
    return pos


def plot_network(
    graph: Any,
    *,
    ax: Axes | None = None,
    kind: str = "kind",
    weight: str = "weight",
    agreement: str = "agreement",
    labels: Mapping[Any, str] | None = None,
    title: str | None = None,
    source: str | None = None,
) -> Axes:
    """Two-mode network: actors left, concepts right, edges coloured by agreement.

    The layout is fixed (no randomness): both columns are sorted by node label, so
    the same graph always gives the same picture. Edge width grows with ``weight``
    (statements), edge colour is the ``agreement`` (favour, against, mixed), and a
    node's size grows with its weighted degree; actor nodes with an
    ``organisation`` attribute (e.g. a party) get its colour (:func:`color_for`).

    Parameters
    ----------
    graph : networkx.Graph
        E.g. :func:`discourse.network.actor_concept_network`: nodes with ``label`` and
        ``kind`` ("actor"/"concept"); edges with ``weight`` and ``agreement``.
    ax : Axes, optional
        Draw here; a new figure's Axes otherwise.
    kind, weight, agreement : str
        Node and edge attribute names.
    labels : mapping, optional
        Node -> text (the node's ``label`` attribute, else its name, by default).
    title, source : str, optional
        Title and source line.

    Returns
    -------
    Axes
        The Axes drawn into, axis lines hidden; one line per edge.

    Examples
    --------
    >>> import networkx as nx
    >>> g = nx.Graph()
    >>> g.add_node("actor:a", label="a", kind="actor")
    >>> g.add_node("concept:x", label="x", kind="concept")
    >>> g.add_edge("actor:a", "concept:x", weight=2, agreement="favor")
    >>> ax = plot_network(g)
    >>> len(ax.lines)
    1
    """
    if not hasattr(graph, "nodes") or not hasattr(graph, "edges"):
        raise TypeError(f"plot_network: graph must be a networkx graph, got {type(graph).__name__}")
    bad = sorted(
        str(v) for v, d in graph.nodes(data=True) if d.get(kind) not in ("actor", "concept")
    )
    if bad:
        raise ValueError(
            f"plot_network: node attribute {kind!r} must be 'actor' or 'concept'; not so for {bad[:5]}"
        )
    pos = _positions(graph, kind, labels)
    n_rows = max(sum(1 for p in pos.values() if p[0] == c) for c in (0.0, 1.0)) if pos else 1
    ax = new_axes(ax, (7.0, 1.2 + 0.3 * n_rows))
    edges = sorted(graph.edges(data=True), key=lambda e: tuple(sorted((str(e[0]), str(e[1])))))
    top = max((float(d.get(weight, 1)) for *_, d in edges), default=1.0)
    for u, v, d in edges:
        (x0, y0), (x1, y1) = pos[u], pos[v]
        w = float(d.get(weight, 1))
        ax.plot(
            [x0, x1],
            [y0, y1],
            color=AGREEMENT_COLORS.get(d.get(agreement), "0.55"),
            linewidth=0.6 + 4.0 * w / top,
            alpha=0.75,
            solid_capstyle="round",
            zorder=1,
        )
    strength = dict(graph.degree(weight=weight))
    big = max(strength.values(), default=1) or 1
    for node in sorted(pos, key=str):
        x, y = pos[node]
        is_actor = graph.nodes[node].get(kind) == "actor"
        group = graph.nodes[node].get("organisation")
        color = color_for(group) if is_actor and isinstance(group, str) and group else PALETTE[2]
        ax.scatter(
            [x],
            [y],
            s=25 + 160 * strength[node] / big,
            zorder=2,
            color=color if is_actor else PALETTE[4],
            edgecolors="white",
        )
        text = _text(graph, node, labels)
        ax.text(
            x - 0.04 if is_actor else x + 0.04,
            y,
            str(text),
            ha="right" if is_actor else "left",
            va="center",
            fontsize=8,
        )
    handles = [
        Line2D([], [], color=c, linewidth=2.5, label=k.replace("favor", "favour"))
        for k, c in AGREEMENT_COLORS.items()
    ]
    ax.legend(
        handles=handles,
        frameon=False,
        fontsize="small",
        loc="upper center",
        bbox_to_anchor=(0.5, 0.0),
        ncols=3,
    )
    ax.set_xlim(-0.8, 1.8)
    ax.set_ylim(0, 1)
    ax.set_axis_off()
    if title:
        ax.set_title(title, loc="left", fontsize="medium", fontweight="bold")
    if source:
        ax.text(0, -0.08, source, transform=ax.transAxes, fontsize=7.5, color="0.35", va="top")
    return ax

"""Charts of computed tables, and saving them reproducibly.

Every ``plot_*`` function takes a computed (long-form) table (or, for
:func:`plot_network`, a computed graph), draws into the given Axes (a new figure
if none), returns the Axes and never saves, shows or changes global rcParams.
Categories are drawn in sorted order (or ``order=``) and each category name
always gets the same colour (:func:`category_colors`). :func:`save_figure`
writes PNG/SVG with identical bytes on every rerun plus a JSON provenance sidecar.

Examples
--------
>>> import pandas as pd
>>> from discourse.plots import plot_counts
>>> table = pd.DataFrame({"party": ["SPD", "AfD"], "n": [3, 5]})
>>> ax = plot_counts(table, x="party", source="Source: example")
>>> [t.get_text() for t in ax.get_xticklabels()]
['AfD', 'SPD']
"""

from __future__ import annotations

from discourse._savefig import save_figure
from discourse._style import COLLECTION_COLORS, PALETTE, PARTY_COLORS, category_colors, color_for
from discourse.plots._basic import plot_counts, plot_distribution, plot_timeline
from discourse.plots._claims import plot_numbers, plot_stance_matrix
from discourse.plots._network import plot_network
from discourse.plots._text import dispersion_table, plot_dispersion, plot_keyness, plot_kwic

__all__ = [
    "COLLECTION_COLORS",
    "PALETTE",
    "PARTY_COLORS",
    "category_colors",
    "color_for",
    "dispersion_table",
    "plot_counts",
    "plot_dispersion",
    "plot_distribution",
    "plot_keyness",
    "plot_kwic",
    "plot_network",
    "plot_numbers",
    "plot_stance_matrix",
    "plot_timeline",
    "save_figure",
]

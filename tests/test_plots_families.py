"""discourse.plots: the contract of the figure-family plots (keyness, kwic, dispersion,
numbers, stance matrix, network): the given Axes is returned and drawn into, rcParams stay
unchanged, inputs are not mutated, order and colours are deterministic."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import networkx as nx  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from matplotlib.colors import to_hex  # noqa: E402

from discourse.plots import (  # noqa: E402
    color_for,
    dispersion_table,
    plot_counts,
    plot_dispersion,
    plot_keyness,
    plot_kwic,
    plot_network,
    plot_numbers,
    plot_stance_matrix,
)


@pytest.fixture
def keyness_table() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "term": ["Nato", "Frieden", "Rüstung", "Bündnis", "und"],
            "log_ratio": [1.5, -2.0, 3.0, -0.5, 0.1],
            "g2": [9.0, 12.0, 4.0, 30.0, 0.2],
        }
    )


@pytest.fixture
def kwic_table() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "left": ["Wir halten\ndas", "Das ist das"],
            "match": ["Zwei-Prozent-Ziel", "2-Prozent-Ziel"],
            "right": ["ein.", "der NATO."],
            "party": ["CDU/CSU", "DIE LINKE"],
        }
    )


@pytest.fixture
def positions() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "doc_id": ["b", "a", "a", "b"],
            "position": [0.5, 0.1, 0.9, 0.2],
            "concept": ["nato", "nato", "russia", "russia"],
        }
    )


@pytest.fixture
def claims() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "party": ["SPD", "SPD", "AfD", "CDU/CSU", "SPD"],
            "year": [2019, 2019, 2019, 2020, 2020],
            "value": [2.0, 2.0, 5.0, 1.5, 2.0],
        }
    )


@pytest.fixture
def matrix() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "actor": ["b", "a", "a"],
            "target": ["x", "x", "y"],
            "mean_score": [-0.5, 1.0, 0.25],
            "n": [2, 3, 4],
        }
    )


@pytest.fixture
def graph() -> nx.Graph:
    g = nx.Graph()
    g.add_node("actor:b", label="b", kind="actor", organisation="SPD")
    g.add_node("actor:a", label="a", kind="actor", organisation="")
    g.add_node("concept:y", label="y", kind="concept")
    g.add_node("concept:x", label="x", kind="concept")
    g.add_edge("actor:a", "concept:x", weight=2, agreement="favor")
    g.add_edge("actor:b", "concept:x", weight=1, agreement="against")
    g.add_edge("actor:b", "concept:y", weight=3, agreement="mixed")
    return g


def _calls(keyness_table, kwic_table, positions, claims, matrix, graph):
    return {
        "keyness": (plot_keyness, keyness_table, {}),
        "kwic": (plot_kwic, kwic_table, {"label": "party"}),
        "dispersion": (plot_dispersion, positions, {"hue": "concept"}),
        "numbers": (plot_numbers, claims, {"x": "party"}),
        "stance_matrix": (plot_stance_matrix, matrix, {}),
        "network": (plot_network, graph, {}),
    }


NAMES = ["keyness", "kwic", "dispersion", "numbers", "stance_matrix", "network"]


@pytest.mark.parametrize("name", NAMES)
def test_draws_into_the_given_axes_and_leaves_rcparams_and_input_alone(
    name, keyness_table, kwic_table, positions, claims, matrix, graph
):
    func, table, kwargs = _calls(keyness_table, kwic_table, positions, claims, matrix, graph)[name]
    before = dict(plt.rcParams)
    copy = table.copy()
    fig, (other, ax) = plt.subplots(1, 2)
    out = func(table, ax=ax, **kwargs)
    assert out is ax
    assert ax.has_data() or ax.texts
    assert not other.has_data() and not other.texts  # nothing drawn elsewhere
    assert dict(plt.rcParams) == before
    if isinstance(table, pd.DataFrame):
        pd.testing.assert_frame_equal(table, copy)
    else:
        assert nx.utils.graphs_equal(table, copy)


@pytest.mark.parametrize("name", NAMES)
def test_new_axes_when_none_given(
    name, keyness_table, kwic_table, positions, claims, matrix, graph
):
    func, table, kwargs = _calls(keyness_table, kwic_table, positions, claims, matrix, graph)[name]
    ax = func(table, **kwargs)
    assert ax.figure is not None


def test_keyness_order_and_selection(keyness_table):
    ax = plot_keyness(keyness_table, top=2, annotate=True)
    # top two by G2 on each side (Nato, Rüstung | Bündnis, Frieden), sorted by log ratio
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Rüstung", "Nato", "Bündnis", "Frieden"]
    widths = [p.get_width() for p in ax.patches if not np.isnan(p.get_width())]
    assert widths == [3.0, 1.5, -0.5, -2.0]
    assert [t.get_text() for t in ax.texts] == ["G²=4.0", "G²=9.0", "G²=30", "G²=12"]


def test_keyness_rejects_bad_top(keyness_table):
    with pytest.raises(ValueError, match="top"):
        plot_keyness(keyness_table, top=0)


def test_kwic_texts_are_single_lines_clipped_and_in_table_order(kwic_table):
    ax = plot_kwic(kwic_table, width=8)
    texts = [t.get_text() for t in ax.texts]
    assert texts[:3] == ["…ten das ", "Zwei-Prozent-Ziel", " ein."]
    assert texts[4] == "2-Prozent-Ziel"
    assert all("\n" not in t for t in texts)
    assert not ax.axison


def test_kwic_max_lines(kwic_table):
    assert len(plot_kwic(kwic_table, max_lines=1).texts) == 3


def test_dispersion_table_positions_by_hand():
    docs = pd.DataFrame(
        {"doc_id": ["a", "b"], "text": ["x" * 100, "y" * 10], "speaker": ["B", "A"]}
    )
    hits = pd.DataFrame({"doc_id": ["a", "b", "a"], "start": [50, 5, 10], "concept": list("xyz")})
    out = dispersion_table(hits, docs, label="speaker")
    assert out["speaker"].tolist() == ["A", "B", "B"]
    assert out["position"].tolist() == [0.5, 0.1, 0.5]
    assert isinstance(out.index, pd.RangeIndex)


def test_dispersion_rows_sorted_with_counts_and_colours_stable(positions):
    ax = plot_dispersion(positions, hue="concept")
    assert [t.get_text() for t in ax.get_yticklabels()] == ["a (2)", "b (2)"]
    again = plot_dispersion(positions.iloc[::-1], hue="concept")
    first = [to_hex(c.get_edgecolor()[0]) for c in ax.collections]
    second = [to_hex(c.get_edgecolor()[0]) for c in again.collections]
    assert first == second


def test_numbers_groups_repeated_values_and_sorts_categories(claims):
    ax = plot_numbers(claims, x="party")
    assert [t.get_text() for t in ax.get_xticklabels()] == ["AfD", "CDU/CSU", "SPD"]
    offsets = np.concatenate([c.get_offsets() for c in ax.collections])
    assert len(offsets) == 3  # SPD names 2.0 three times: one dot
    assert [t.get_text() for t in ax.texts] == ["3"]  # SPD's 2.0: 2019 + 2020 (x is party)
    assert sorted(line.get_ydata()[0] for line in ax.lines) == [2.0, 5.0]


def test_numbers_hue_same_as_x_uses_fixed_party_colours(claims):
    ax = plot_numbers(claims, x="party", hue="party")
    colours = [to_hex(c.get_facecolor()[0]) for c in ax.collections]
    assert colours == [color_for(p).lower() for p in ["AfD", "CDU/CSU", "SPD"]]
    assert ax.get_legend() is None


def test_numbers_numeric_x(claims):
    ax = plot_numbers(claims, x="year", hue="party")
    assert len(ax.collections) == 3 and ax.get_legend() is not None


def test_stance_matrix_cells_by_hand(matrix):
    ax = plot_stance_matrix(matrix, colorbar=False)
    assert [t.get_text() for t in ax.get_yticklabels()] == ["a", "b"]
    assert [t.get_text() for t in ax.texts] == ["+1.00\nn=3", "+0.25\nn=4", "−0.50\nn=2"]
    image = ax.images[0].get_array()
    assert image.mask[1, 1]  # b has no statement on y
    assert image[0, 0] == 1.0 and image[1, 0] == -0.5


def test_stance_matrix_rejects_duplicates(matrix):
    with pytest.raises(ValueError, match="one row per"):
        plot_stance_matrix(pd.concat([matrix, matrix]))


def test_network_layout_is_sorted_and_fixed(graph):
    ax = plot_network(graph)
    names = [t.get_text() for t in ax.texts]
    assert names == ["a", "b", "x", "y"]
    ys = {t.get_text(): t.get_position()[1] for t in ax.texts}
    assert ys["a"] > ys["b"] and ys["x"] > ys["y"]
    colours = [to_hex(line.get_color()) for line in ax.lines]
    assert colours == ["#0072b2", "#d55e00", "#8c8c8c"]
    again = plot_network(nx.relabel_nodes(graph, {}, copy=True))
    assert [line.get_xydata().tolist() for line in again.lines] == [
        line.get_xydata().tolist() for line in ax.lines
    ]


def test_network_rejects_unknown_kind(graph):
    graph.nodes["actor:a"]["kind"] = "person"
    with pytest.raises(ValueError, match="actor"):
        plot_network(graph)


def test_old_imports_still_work():
    assert callable(plot_counts)
    from discourse.plots import (  # noqa: F401
        category_colors,
        plot_distribution,
        plot_timeline,
        save_figure,
    )


@settings(max_examples=25, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from(["a", "b", "c"]), st.floats(0, 1)), min_size=1, max_size=12)
)
def test_dispersion_order_does_not_depend_on_row_order(rows):
    table = pd.DataFrame(rows, columns=["doc_id", "position"])
    first = plot_dispersion(table)
    second = plot_dispersion(table.iloc[::-1].reset_index(drop=True))
    assert [t.get_text() for t in first.get_yticklabels()] == [
        t.get_text() for t in second.get_yticklabels()
    ]
    plt.close("all")

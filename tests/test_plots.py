"""discourse.plots: the plot contract, stable colours and byte-identical save_figure."""

from __future__ import annotations

import hashlib
import json

import matplotlib

matplotlib.use("Agg")

import matplotlib.image  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from matplotlib.colors import to_hex  # noqa: E402

from discourse.plots import (  # noqa: E402
    PALETTE,
    category_colors,
    color_for,
    plot_counts,
    plot_distribution,
    plot_timeline,
    save_figure,
)


@pytest.fixture
def counts() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "party": ["SPD", "AfD", "FDP", "SPD", "AfD", "FDP"],
            "year": [2019, 2019, 2019, 2020, 2020, 2020],
            "n": [3, 5, 1, 4, 2, 0],
        }
    )


@pytest.fixture
def timeline() -> pd.DataFrame:
    period = pd.to_datetime(["2014", "2015", "2016"] * 2, utc=True).astype("datetime64[ns, UTC]")
    return pd.DataFrame(
        {
            "period": period,
            "collection": ["ungd"] * 3 + ["sotu"] * 3,
            "n": [5, 2, 9, 1, 0, 3],
            "share_docs": [0.5, 0.2, np.nan, 1.0, 0.0, 1.0],
        }
    )


def _rc():
    return {k: v for k, v in matplotlib.rcParams.items() if k != "backend"}


def _bar_colors(ax):
    return [to_hex(p.get_facecolor()) for p in ax.patches]


def test_plot_counts_contract(counts):
    table = counts[counts["year"] == 2019]
    before, table_before = _rc(), table.copy()
    fig, ax = plt.subplots()
    out = plot_counts(table, x="party", source="Source: test")
    plt.close(fig)
    assert out is not ax  # no ax given: a new one
    fig, ax = plt.subplots()
    assert plot_counts(table, x="party", ax=ax, source="Source: test") is ax
    assert _rc() == before
    pd.testing.assert_frame_equal(table, table_before)
    assert [t.get_text() for t in ax.get_xticklabels()] == ["AfD", "FDP", "SPD"]  # sorted
    assert [p.get_height() for p in ax.patches] == [5, 1, 3]
    assert _bar_colors(ax) == [color_for("AfD").lower(), color_for("FDP").lower(), "#e3000f"]
    assert ax.get_xlabel() == "party" and ax.get_ylabel() == "n"
    assert any(t.get_text() == "Source: test" for t in ax.texts)


def test_plot_counts_order_labels_and_override(counts):
    table = counts[counts["year"] == 2019]
    ax = plot_counts(
        table,
        x="party",
        order=["SPD", "FDP"],
        labels={"SPD": "Sozialdemokraten"},
        xlabel="Treffer",  # the drawn axes: with horizontal bars x shows the values
        ylabel="Partei",
        horizontal=True,
        annotate=True,
    )
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Sozialdemokraten", "FDP"]
    assert [p.get_width() for p in ax.patches] == [3, 1]
    assert ax.get_xlabel() == "Treffer" and ax.get_ylabel() == "Partei"
    assert sorted(t.get_text() for t in ax.texts) == ["1", "3"]  # bar labels


def test_plot_counts_hue_draws_one_colour_per_group(counts):
    ax = plot_counts(counts, x="year", hue="party")
    assert len(ax.patches) == 6
    colors = _bar_colors(ax)
    # groups in sorted order AfD, FDP, SPD; two bars (years) each
    assert colors[:2] == [color_for("AfD").lower()] * 2
    assert colors[4:] == ["#e3000f"] * 2
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["AfD", "FDP", "SPD"]


def test_plot_counts_rejects_duplicates_and_unknown_columns(counts):
    with pytest.raises(ValueError, match="one row per"):
        plot_counts(counts, x="party")
    with pytest.raises(KeyError, match="plot_counts: column"):
        plot_counts(counts, x="outlet")


def test_plot_timeline_contract(timeline):
    before, table_before = _rc(), timeline.copy()
    fig, ax = plt.subplots()
    out = plot_timeline(
        timeline,
        hue="collection",
        ax=ax,
        events={"2015-06-01": "event"},
        source="Source: test",
    )
    assert out is ax
    assert _rc() == before
    pd.testing.assert_frame_equal(timeline, table_before)
    # two data lines (sorted: sotu, ungd) and one event line
    assert len(ax.lines) == 3
    sotu, ungd, event = ax.lines
    assert sotu.get_label() == "sotu" and ungd.get_label() == "ungd"
    assert to_hex(sotu.get_color()) == color_for("sotu").lower()
    assert list(ungd.get_ydata()) == [5, 2, 9]
    assert any(t.get_text().strip() == "event" for t in ax.texts)
    assert ax.get_ylim()[0] == 0


def test_plot_timeline_points_in_the_middle_of_their_period(timeline):
    from matplotlib.dates import num2date

    ax = plot_timeline(timeline[timeline["collection"] == "ungd"])
    first = num2date(ax.lines[0].get_xdata(orig=False)[0])
    assert (first.year, first.month) == (2014, 7)  # half a year after 2014-01-01
    ax = plot_timeline(timeline[timeline["collection"] == "ungd"], align="start")
    first = num2date(ax.lines[0].get_xdata(orig=False)[0])
    assert (first.year, first.month, first.day) == (2014, 1, 1)


def test_plot_timeline_missing_values_leave_gaps(timeline):
    ax = plot_timeline(timeline[timeline["collection"] == "ungd"], y="share_docs")
    assert np.isnan(ax.lines[0].get_ydata()[2])


def test_plot_timeline_numeric_x_and_log(timeline):
    table = timeline.assign(year=timeline["period"].dt.year)
    ax = plot_timeline(table, x="year", hue="collection", logy=True, labels={"ungd": "UN"})
    assert ax.get_yscale() == "log"
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["sotu", "UN"]
    with pytest.raises(ValueError, match="align must be"):
        plot_timeline(table, x="year", align="end")


def test_plot_distribution_contract():
    table = pd.DataFrame({"collection": ["b", "a", "a", "b", "b"], "n_words": [10, 3, 5, 7, 20]})
    before = _rc()
    fig, ax = plt.subplots()
    assert plot_distribution(table, x="n_words", y="collection", ax=ax, log=True) is ax
    assert _rc() == before
    assert [t.get_text() for t in ax.get_yticklabels()] == ["a (n=2)", "b (n=3)"]
    assert ax.get_xscale() == "log"


def test_colours_are_stable_and_distinct():
    names = [f"outlet {i}" for i in range(len(PALETTE))]
    first = category_colors(names)
    assert category_colors(list(reversed(names))) == first  # order of input does not matter
    assert len(set(first.values())) == len(PALETTE)  # distinct within a chart
    assert color_for("outlet 3") == color_for("outlet 3")
    assert color_for("SPD") == "#E3000F"
    assert color_for("cdu/csu") == color_for("CDU/CSU") == "#000000"
    assert color_for("BÜNDNIS 90/DIE GRÜNEN") == color_for("GRÜNE")
    assert category_colors(["ungd", "sotu"]) == {"sotu": "#D55E00", "ungd": "#0072B2"}
    # a name whose hash slot is taken by a fixed colour moves to a free one
    crowded = category_colors(["ungd", "sotu", "bundestag", "seed", *names[:4]])
    assert len(set(crowded.values())) == 8


def _figure(table):
    fig, ax = plt.subplots(figsize=(4, 3))
    plot_counts(table, x="party", ax=ax, title="Counts", source="Source: test")
    return fig


def test_save_figure_is_byte_identical_and_writes_a_sidecar(tmp_path, counts):
    table = counts[counts["year"] == 2019]
    before = _rc()
    paths_a = save_figure(
        _figure(table),
        "counts",
        out_dir=tmp_path / "a",
        formats=("png", "svg", "pdf"),
        data={"counts": table},
        parameters={"year": 2019},
        alt_text="Bars",
        caption="Counts per party",
    )
    paths_b = save_figure(
        _figure(table),
        "counts",
        out_dir=tmp_path / "b",
        formats=("png", "svg", "pdf"),
        data={"counts": table},
        parameters={"year": 2019},
        alt_text="Bars",
        caption="Counts per party",
    )
    assert _rc() == before
    assert [p.name for p in paths_a] == ["counts.png", "counts.svg", "counts.pdf", "counts.json"]
    for a, b in zip(paths_a, paths_b, strict=True):
        assert a.read_bytes() == b.read_bytes(), a.name
    side = json.loads(paths_a[-1].read_text(encoding="utf-8"))
    assert side["name"] == "counts"
    assert side["caption"] == "Counts per party" and side["alt_text"] == "Bars"
    assert side["parameters"] == {"year": 2019}
    assert side["files"] == ["counts.png", "counts.svg", "counts.pdf"]
    assert side["inputs"]["counts"]["kind"] == "table"
    assert side["inputs"]["counts"]["rows"] == 3
    assert len(side["inputs"]["counts"]["sha256"]) == 64
    assert set(side["versions"]) == {"discourse", "matplotlib", "numpy", "pandas", "python"}
    assert str(tmp_path) not in paths_a[-1].read_text(encoding="utf-8")  # no absolute paths
    svg = paths_a[1].read_text(encoding="utf-8")
    assert "<dc:date>" not in svg
    assert paths_a[0].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_save_figure_hash_follows_the_data(tmp_path, counts):
    table = counts[counts["year"] == 2019]
    changed = table.assign(n=table["n"] + 1)
    digests = []
    for name, data in [("one", table), ("two", changed)]:
        paths = save_figure(_figure(table), name, out_dir=tmp_path, data={"t": data})
        digests.append(json.loads(paths[-1].read_text())["inputs"]["t"]["sha256"])
    assert digests[0] != digests[1]


def test_save_figure_hashes_files_and_folders(tmp_path, counts):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text("Nato", encoding="utf-8")
    paths = save_figure(
        _figure(counts.head(3)),
        "f",
        out_dir=tmp_path / "out",
        formats=("svg",),
        data={"file": folder / "a.txt", "folder": folder},
    )
    inputs = json.loads(paths[-1].read_text())["inputs"]
    assert inputs["file"] == {
        "kind": "file",
        "name": "a.txt",
        "sha256": hashlib.sha256(b"Nato").hexdigest(),
    }
    assert inputs["folder"]["files"] == 1
    with pytest.raises(FileNotFoundError, match="does not exist"):
        save_figure(_figure(counts.head(3)), "g", out_dir=tmp_path, data={"x": tmp_path / "no"})


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"name": "../escape"}, ValueError),
        ({"name": "ok", "formats": ("jpg",)}, ValueError),
        ({"name": "ok", "data": {"x": 1}}, TypeError),
    ],
)
def test_save_figure_rejects_bad_arguments(tmp_path, counts, kwargs, error):
    with pytest.raises(error):
        save_figure(_figure(counts.head(3)), out_dir=tmp_path, **kwargs)


def test_source_line_survives_saving(tmp_path, counts):
    """The source line sits outside the layout; save_figure still includes it."""
    table = counts.head(3)
    with_source = save_figure(_figure(table), "with", out_dir=tmp_path, formats=("png",))
    fig, ax = plt.subplots(figsize=(4, 3))
    plot_counts(table, x="party", ax=ax, title="Counts")
    without = save_figure(fig, "without", out_dir=tmp_path, formats=("png",))
    height = {p.stem: matplotlib.image.imread(p).shape[0] for p in [with_source[0], without[0]]}
    assert height["with"] > height["without"]

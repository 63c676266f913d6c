"""DNA-shaped export and the networkx statement networks."""

from __future__ import annotations

import networkx as nx
import pandas as pd
import pytest

from discourse.network import (
    DNA_COLUMNS,
    actor_concept_network,
    conflict_network,
    congruence_network,
    dna_statements,
    write_dna_csv,
    write_graphml,
)


@pytest.fixture
def stance():
    return pd.DataFrame(
        {
            "doc_id": ["d1", "d1", "d1", "d2", "d2", "d2"],
            "stmt_id": [0, 1, 2, 0, 1, 2],
            "target": ["nato", "nato", "spend", "nato", "spend", "spend"],
            "label": ["against", "favor", "favor", "against", "favor", "none"],
            "score": [-1.0, 1.0, 0.5, -1.0, 1.0, 0.0],
            "speaker_id": ["hegseth", "nato", "hegseth", "lavrov", "pistorius", "pistorius"],
            "content": [
                "kein realistisches Ergebnis",
                "Pfad unumkehrbar",
                "fünf Prozent",
                "no expansion",
                "höhere Ausgaben",
                "Ausgaben",
            ],
        }
    )


@pytest.fixture
def docs():
    return pd.DataFrame(
        {
            "doc_id": ["d1", "d2"],
            "party": ["", "SPD"],
            "published": pd.to_datetime(["2025-02-12", "2025-02-13"], utc=True),
        }
    )


def test_dna_shape(stance, docs):
    before = stance.copy()
    dna = dna_statements(stance, docs=docs)
    pd.testing.assert_frame_equal(stance, before)
    assert list(dna.columns[:6]) == DNA_COLUMNS
    assert len(dna) == 5  # the "none" row is not a DNA statement
    assert dna["agreement"].tolist() == [0, 1, 1, 0, 1]
    assert str(dna["date"].dtype) == "datetime64[ns, UTC]"
    assert dna.loc[dna["actor"] == "pistorius", "organisation"].tolist() == ["SPD"]
    assert isinstance(dna.index, pd.RangeIndex)


def test_two_mode_network(stance, docs):
    g = actor_concept_network(dna_statements(stance, docs=docs))
    assert {d["label"] for n, d in g.nodes(data=True) if d["kind"] == "concept"} == {
        "nato",
        "spend",
    }
    assert nx.is_bipartite(g)  # the actor "nato" and the concept "nato" are two nodes
    assert g["actor:hegseth"]["concept:nato"]["agreement"] == "against"
    assert g["actor:hegseth"]["concept:spend"]["n_favor"] == 1
    assert g.number_of_edges() == 5


def test_congruence_and_conflict_by_hand(stance, docs):
    dna = dna_statements(stance, docs=docs)
    con = congruence_network(dna)
    # nato-against: hegseth+lavrov; spend-favor: hegseth+pistorius
    assert sorted((a, b, w) for a, b, w in con.edges(data="weight")) == [
        ("hegseth", "lavrov", 1),
        ("hegseth", "pistorius", 1),
    ]
    conf = conflict_network(dna)
    # nato: favor {nato} vs against {hegseth, lavrov}
    assert sorted(tuple(sorted((a, b))) for a, b in conf.edges()) == [
        ("hegseth", "nato"),
        ("lavrov", "nato"),
    ]
    assert set(conf.nodes) == {"hegseth", "lavrov", "nato", "pistorius"}


def test_exports_open_in_pandas_and_networkx(stance, docs, tmp_path):
    dna = dna_statements(stance, docs=docs)
    csv = write_dna_csv(dna, tmp_path / "dna.csv")
    back = pd.read_csv(csv)
    assert list(back.columns[:6]) == DNA_COLUMNS and len(back) == 5
    assert back["date"].iloc[0] == "2025-02-12"
    for name, g in (
        ("two", actor_concept_network(dna)),
        ("cong", congruence_network(dna)),
        ("conf", conflict_network(dna)),
    ):
        path = write_graphml(g, tmp_path / f"{name}.graphml")
        h = nx.read_graphml(path)
        assert set(h.nodes) == set(g.nodes) and h.number_of_edges() == g.number_of_edges()
    with pytest.raises(ValueError, match="dna_statements"):
        write_dna_csv(dna.drop(columns="concept"), tmp_path / "x.csv")


def test_reference_article_dna(tmp_path):
    import discourse
    from discourse.segment import split_sentences
    from discourse.stance import score_stance
    from discourse.statements import find_statements

    docs = discourse.load_demo_corpus("seed")
    st = score_stance(find_statements(split_sentences(docs), docs=docs), docs=docs)
    dna = dna_statements(st, docs=docs)
    path = write_dna_csv(dna, tmp_path / "reference.csv")
    back = pd.read_csv(path)
    assert {"hegseth", "pistorius", "trump", "usa"} <= set(back["actor"])
    g = nx.read_graphml(write_graphml(actor_concept_network(dna), tmp_path / "ref.graphml"))
    assert g.has_edge("actor:usa", "concept:peacekeeping_troops")


def test_dna_party_only_for_the_speakers_own_statements(stance, docs):
    speech = stance.assign(kind=["own", "indirect", "own", "own", "own", "own"])
    docs = docs.assign(party=["CDU/CSU", None])
    dna = dna_statements(speech, docs=docs)
    # the quoted "nato" in a CDU/CSU speech is not CDU/CSU; d2's missing party stays empty
    assert dna["actor"].tolist() == ["hegseth", "nato", "hegseth", "lavrov", "pistorius"]
    assert dna["organisation"].tolist() == ["CDU/CSU", "", "CDU/CSU", "", ""]

"""Statement networks in the Discourse Network Analyzer's actor x concept x agreement model.

``dna_statements`` turns a ``stance`` table (with the statements' speakers) into the DNA
export shape, one row per statement with a stance: ``actor``, ``organisation``,
``concept`` (the target), ``agreement`` (1 favor, 0 against), ``date``, ``text``.
From it: the two-mode actor-concept network (edges carry the agreement counts), and the
one-mode congruence (actors agreeing on a concept) and conflict (actors disagreeing)
networks, as networkx graphs that :func:`write_graphml` saves for Gephi/visone/DNA.

networkx (BSD) is imported when a network is built.

Examples
--------
>>> import pandas as pd
>>> from discourse.network import dna_statements, congruence_network
>>> st = pd.DataFrame({"doc_id": "d", "stmt_id": [0, 1, 2], "target": "t",
...     "label": ["favor", "favor", "against"], "score": [1.0, 0.5, -1.0],
...     "speaker_id": ["a", "b", "c"], "content": ["x", "y", "z"]})
>>> dna = dna_statements(st)
>>> dna[["actor", "concept", "agreement"]].values.tolist()
[['a', 't', 1], ['b', 't', 1], ['c', 't', 0]]
>>> sorted(congruence_network(dna).edges(data="weight"))
[('a', 'b', 1)]
"""

from __future__ import annotations

import itertools
import logging
import warnings
from pathlib import Path
from typing import Any

import pandas as pd

__all__ = [
    "dna_statements",
    "write_dna_csv",
    "actor_concept_network",
    "congruence_network",
    "conflict_network",
    "write_graphml",
]

logger = logging.getLogger(__name__)

DNA_COLUMNS = ["actor", "organisation", "concept", "agreement", "date", "text"]


def dna_statements(
    stance: pd.DataFrame,
    *,
    actor: str = "speaker_id",
    organisation: str | None = "party",
    date: str = "published",
    text: str | None = None,
    docs: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """The DNA export shape: one row per statement with a favor/against stance.

    Parameters
    ----------
    stance : DataFrame
        A ``stance`` table with an actor column (``score_stance`` keeps the statements'
        columns such as ``speaker_id``); rows labelled ``none`` and rows without an
        actor are left out (DNA statements always carry an agreement), the latter with a
        warning that gives their number.
    actor : str
        Actor column.
    organisation : str or None
        Organisation column (e.g. ``party``); taken from ``docs`` when the stance table
        lacks it, and then only for the speaker's own statements (``kind == "own"``, when
        the table has ``kind``): an actor quoted in a speech does not belong to the
        speaker's party. Empty where unknown.
    date : str
        Date column, from the stance table or ``docs``.
    text : str, optional
        Statement text column; default ``content``, else ``text``, else empty.
    docs : DataFrame, optional
        ``docs`` table to join ``date``/``organisation`` by ``doc_id``.

    Returns
    -------
    DataFrame
        RangeIndex: ``actor``, ``organisation``, ``concept``, ``agreement`` (int 1/0),
        ``date`` (datetime64[ns, UTC] or NaT), ``text``, then ``doc_id``, the statement
        or sentence key, ``score``.
    """
    for col in ("doc_id", "target", "label", actor):
        if col not in stance.columns:
            raise ValueError(f"stance table lacks column {col!r}; columns: {list(stance.columns)}")
    stated = stance[stance["label"].isin(["favor", "against"])]
    no_actor = stated[actor].isna()
    if no_actor.any():
        named = (
            int((no_actor & stated["speaker_name"].notna()).sum())
            if actor != "speaker_name" and "speaker_name" in stated.columns
            else 0
        )
        hint = (
            f"; {named} of them name their speaker (speaker_name): actor='speaker_name' "
            "keeps speakers who are not in the actor registry"
            if named
            else ""
        )
        warnings.warn(
            f"{int(no_actor.sum())} of {len(stated)} favor/against stance rows have no "
            f"{actor!r} (actor) and are left out{hint}",
            UserWarning,
            stacklevel=2,
        )
    st = stated[~no_actor].copy()
    wanted = [c for c in (date, organisation) if c and c not in st.columns]
    if wanted and docs is not None:
        have = [c for c in wanted if c in docs.columns]
        if have:
            st = st.merge(
                docs[["doc_id", *have]].drop_duplicates("doc_id"), on="doc_id", how="left"
            )
            if organisation in have and "kind" in st.columns:
                st.loc[st["kind"] != "own", organisation] = pd.NA
    text = text or next((c for c in ("content", "text") if c in st.columns), None)
    key = next((c for c in ("stmt_id", "sent_id") if c in st.columns), None)
    out = pd.DataFrame(
        {
            "actor": st[actor].astype("str").to_numpy(),
            "organisation": (
                st[organisation].astype("str").fillna("").to_numpy()
                if organisation and organisation in st.columns
                else ""
            ),
            "concept": st["target"].astype("str").to_numpy(),
            "agreement": (st["label"] == "favor").astype("int64").to_numpy(),
            "date": (
                pd.to_datetime(st[date], utc=True).astype("datetime64[ns, UTC]").to_numpy()
                if date in st.columns
                else pd.NaT
            ),
            "text": st[text].astype("str").to_numpy() if text else "",
            "doc_id": st["doc_id"].astype("str").to_numpy(),
        }
    )
    if out["date"].dtype != "datetime64[ns, UTC]":
        out["date"] = pd.to_datetime(out["date"], utc=True).astype("datetime64[ns, UTC]")
    if key:
        out[key] = st[key].to_numpy()
    if "score" in st.columns:
        out["score"] = st["score"].to_numpy(dtype=float)
    return out.reset_index(drop=True)


def write_dna_csv(dna: pd.DataFrame, path: str | Path) -> Path:
    """Write the DNA-shaped table as CSV (ISO dates); returns the path."""
    missing = [c for c in DNA_COLUMNS if c not in dna.columns]
    if missing:
        raise ValueError(f"dna table lacks columns {missing}; build it with dna_statements()")
    path = Path(path)
    out = dna.copy()
    out["date"] = out["date"].dt.strftime("%Y-%m-%d")
    out.to_csv(path, index=False)
    return path


def _check(dna: pd.DataFrame) -> None:
    missing = [c for c in ("actor", "concept", "agreement") if c not in dna.columns]
    if missing:
        raise ValueError(f"dna table lacks columns {missing}; build it with dna_statements()")


def actor_concept_network(dna: pd.DataFrame) -> Any:
    """Two-mode actor-concept network.

    Returns
    -------
    networkx.Graph
        Nodes ``"actor:<id>"`` and ``"concept:<target>"`` (an actor and a concept may share
        a name) with ``label`` (the plain name), ``kind`` ("actor"/"concept") and
        ``bipartite`` (0/1); actor nodes also carry ``organisation``. One edge per actor-concept pair with ``weight`` (statements),
        ``n_favor``, ``n_against`` and ``agreement`` ("favor", "against" or "mixed").
    """
    import networkx as nx

    _check(dna)
    g = nx.Graph()
    orgs = dna.groupby("actor")["organisation"].first() if "organisation" in dna.columns else {}
    for a in sorted(dna["actor"].unique()):
        org = str(orgs.get(a, "")) if len(orgs) else ""
        g.add_node(f"actor:{a}", label=a, kind="actor", bipartite=0, organisation=org)
    for c in sorted(dna["concept"].unique()):
        g.add_node(f"concept:{c}", label=c, kind="concept", bipartite=1)
    for (a, c), grp in dna.groupby(["actor", "concept"], sort=True):
        n_f = int((grp["agreement"] == 1).sum())
        n_a = int((grp["agreement"] == 0).sum())
        agree = "favor" if n_a == 0 else "against" if n_f == 0 else "mixed"
        g.add_edge(
            f"actor:{a}",
            f"concept:{c}",
            weight=n_f + n_a,
            n_favor=n_f,
            n_against=n_a,
            agreement=agree,
        )
    return g


def _qualified(dna: pd.DataFrame) -> dict[str, dict[int, set[str]]]:
    """concept -> agreement -> actors who made such a statement."""
    out: dict[str, dict[int, set[str]]] = {}
    for (c, q), grp in dna.groupby(["concept", "agreement"], sort=True):
        out.setdefault(c, {})[int(q)] = set(grp["actor"])
    return out


def _one_mode(dna: pd.DataFrame, conflict: bool) -> Any:
    import networkx as nx

    _check(dna)
    g = nx.Graph()
    g.add_nodes_from(sorted(dna["actor"].unique()), kind="actor")
    for concept, quals in _qualified(dna).items():
        if conflict:
            pairs = itertools.product(sorted(quals.get(1, ())), sorted(quals.get(0, ())))
        else:
            pairs = itertools.chain.from_iterable(
                itertools.combinations(sorted(actors), 2) for actors in quals.values()
            )
        for a, b in pairs:
            if a == b:
                continue
            if g.has_edge(a, b):
                g[a][b]["weight"] += 1
                g[a][b]["concepts"] = ";".join(sorted({*g[a][b]["concepts"].split(";"), concept}))
            else:
                g.add_edge(a, b, weight=1, concepts=concept)
    return g


def congruence_network(dna: pd.DataFrame) -> Any:
    """One-mode actor network: edge weight = concept-agreement pairs both actors share.

    Returns
    -------
    networkx.Graph
        Actor nodes; edges with ``weight`` and ``concepts`` (";"-joined).
    """
    return _one_mode(dna, conflict=False)


def conflict_network(dna: pd.DataFrame) -> Any:
    """One-mode actor network: edge weight = concepts on which one actor is for and the
    other against.

    Returns
    -------
    networkx.Graph
        Actor nodes; edges with ``weight`` and ``concepts`` (";"-joined).
    """
    return _one_mode(dna, conflict=True)


def write_graphml(graph: Any, path: str | Path) -> Path:
    """Write a network as GraphML (readable by networkx, Gephi, visone); returns the path."""
    import networkx as nx

    path = Path(path)
    nx.write_graphml(graph, path)
    return path

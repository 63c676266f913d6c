# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # 07 Discourse network: which actors take which side on which concept
#
# Discourse network analysis (Leifeld's DNA) codes statements as actor × concept × agreement. Here
# the statements come from `find_statements` and their agreement from the rule-based
# `score_stance` (`favor` = agreement, `against` = disagreement; statements without a stance are
# left out) in the reference article and the Bundestag speeches. `discourse.network.dna_statements`
# brings them into the DNA shape, `actor_concept_network` builds the two-mode network (networkx),
# and `plot_network` draws it with a fixed layout: actors left, concepts right, both sorted. Pass
# `corpus` (a path) to draw the network of your own corpus: the actors are then its 25 speakers
# with the most statements, named as the texts name them (parties where it has a `party` column).

# %% tags=["parameters"]
# corpus: a path for discourse.read_corpus, or None for the bundled demo corpus
corpus = None
figures_dir = "../figures"
random_state = 0

# %%
import matplotlib.pyplot as plt
import pandas as pd

import discourse
from discourse.demo import demo_corpus_dir
from discourse.network import actor_concept_network, dna_statements
from discourse.plots import plot_network, save_figure

docs = discourse.load_demo_corpus() if corpus is None else discourse.read_corpus(corpus)
demo = "collection" in docs.columns
if not demo:  # a corpus of your own: a party column, empty where it has none
    docs = docs.reindex(columns=docs.columns.union(["party"], sort=False))
    docs = docs.astype({"party": "str"})
german = docs[docs["collection"].isin(["seed", "bundestag"])] if demo else docs
german = german.reset_index(drop=True)
SOURCE = "Source: tagesschau.de 12 Feb 2025; GePaDe-SpkAtt Bundestag speeches 2017-2021 (CC0)"
SOURCE = SOURCE if demo else f"Source: {corpus}"
ACTOR = "speaker_id" if demo else "speaker_name"  # registry ids, or the names the texts give
PARAMETERS = {"corpus": "demo" if corpus is None else str(corpus), "random_state": random_state}
CORPUS_FILES = demo_corpus_dir() if corpus is None else corpus  # fingerprinted in the sidecars

# %% [markdown]
# ## Statements in the DNA shape

# %%
stance = discourse.analyze(german, steps=("stance",)).stance
stance = stance.merge(german[["doc_id", "party", "published"]], on="doc_id")
is_member = stance["speaker_id"].fillna("").str.startswith("mdb_")  # quoted actors: no party
stance["party"] = stance["party"].where(is_member, "")
dna = dna_statements(stance, actor=ACTOR)
if not demo:  # a large corpus has many actors: the 25 with the most statements
    dna = dna[dna["actor"].isin(dna["actor"].value_counts().index[:25])].reset_index(drop=True)
dna[["actor", "organisation", "concept", "agreement", "date", "doc_id"]].head(12)

# %%
edges = dna.groupby(["actor", "concept", "agreement"]).size().unstack(fill_value=0)
edges.sort_index()

# %% [markdown]
# ## The actor-concept network

# %%
graph = actor_concept_network(dna)
labels = {v: d["label"].replace("mdb_", "").replace("_", " ") for v, d in graph.nodes(data=True)}
parties = {v: d.get("organisation") for v, d in graph.nodes(data=True)}
labels = {v: f"{t} ({parties[v]})" if parties[v] else t for v, t in labels.items()}
pd.Series(dict(graph.degree(weight="weight"))).sort_values(ascending=False).head(10)

# %%
if len(dna):
    fig, ax = plt.subplots(figsize=(8, 8.5), layout="constrained")
    plot_network(
        graph,
        ax=ax,
        labels=labels,
        title="Who is for or against what: actors and concepts (rule-based stance)",
        source=SOURCE,
    )
    save_figure(
        fig,
        "07-actor-concept-network",
        out_dir=figures_dir,
        data={"corpus": CORPUS_FILES, "dna": dna},
        parameters={**PARAMETERS, "layout": "two columns, sorted by label"},
        caption="Two-mode discourse network of the reference article and the Bundestag speeches: "
        "actors (left; Bundestag speakers with their party, in its colour) linked to the stance "
        "targets (right) they speak for (blue), against (red) or both (grey); line width = "
        "statements."
        if demo
        else "Two-mode discourse network of the corpus: its 25 speakers with the most statements "
        "(left) linked to the stance targets (right) they speak for (blue), against (red) or both "
        "(grey); line width = statements.",
        alt_text="Network drawn in two columns, speakers on the left and stance targets on the "
        "right; most lines run to defence spending increase."
        if demo
        else "Network drawn in two columns, speakers on the left and stance targets on the right.",
    )
else:
    print("Skipped 07-actor-concept-network: no statement of a speaker with a stance.")

# %% [markdown]
# Of the 58 favour/against statements, 40 concern `defence_spending_increase`: in the Bundestag
# sample the stance rules find positions mainly on defence budgets, and 23 of the 27 actors from
# the Bundestag speeches in the network are linked only to it, most in favour (blue), Haensel (LINKE) and
# Trittin (GRÜNE) against, Buchholz (LINKE) both; parties are not blocs here, as LINKE speakers
# appear on both sides. The reference article adds Hegseth (10
# statements) with lines against Ukraine's pre-2014 borders and its NATO membership, and Trump in
# favour of negotiations with Russia. Actors with the same colour towards a concept would be linked
# in the congruence network (`congruence_network`), opposite colours in the conflict network. The
# network is only as good as the statements and rules under it: quoted actors (Trump, the USA)
# appear with the positions ascribed to them, pronoun speakers may be misresolved, statements
# without a stance cue are missing, and a single statement makes a line.

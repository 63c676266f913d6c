# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # 06 Keyness and collocations: which words set one side apart
#
# `discourse.metrics.keyness` compares the lemma frequencies of two sets of texts: for each lemma
# the log-likelihood G² (how sure the difference is) and the log ratio (how large it is: +1 means
# twice as frequent, relative to all words, in the target as in the reference). Stop words and
# punctuation are left out. `collocations` (NLTK's association measures) finds the words that
# stand near a given word more often than chance. Two comparisons: DIE LINKE against CDU/CSU in
# the Bundestag speeches, and Germany against the USA in the UN General Debate 2014-2023. Pass
# `corpus` (a path) to ask the same of your own corpus: its German documents stand in for the
# Bundestag speeches, and a comparison is skipped where the corpus lacks its two sides (the `party`
# values DIE LINKE and CDU/CSU; UN speeches of DEU and USA).

# %% tags=["parameters"]
# corpus: a path for discourse.read_corpus, or None for the bundled demo corpus
corpus = None
figures_dir = "../figures"
random_state = 0

# %%
import matplotlib.pyplot as plt
from IPython.display import display

import discourse
from discourse.demo import demo_corpus_dir
from discourse.metrics import collocations, keyness
from discourse.plots import plot_counts, plot_keyness, save_figure

docs = discourse.load_demo_corpus() if corpus is None else discourse.read_corpus(corpus)
META = ["collection", "party", "country"]
demo = "collection" in docs.columns
if not demo:  # a corpus of your own: the demo's columns, empty where it has none
    docs = docs.reindex(columns=docs.columns.union(META, sort=False))
    docs = docs.astype(dict.fromkeys(META, "str"))
bundestag = docs[docs["collection"] == "bundestag"] if demo else docs[docs["lang"] == "de"]
bundestag = bundestag.reset_index(drop=True)
un = docs[(docs["collection"] == "ungd") & docs["country"].isin(["DEU", "USA"])]
un = un.reset_index(drop=True)
SOURCE_BT = "Source: GePaDe-SpkAtt Bundestag speeches 2017-2021 (CC0)"
SOURCE_UN = "Source: UN General Debate Corpus 2014-2023 (CC0)"
SOURCE_BT = SOURCE_BT if demo else f"Source: {corpus}"
SPEECHES = "the Bundestag speeches" if demo else "the German documents"
PARAMETERS = {"corpus": "demo" if corpus is None else str(corpus), "random_state": random_state}
CORPUS_FILES = demo_corpus_dir() if corpus is None else corpus  # fingerprinted in the sidecars

# %% [markdown]
# ## DIE LINKE against CDU/CSU in the Bundestag

# %%
tokens = discourse.analyze(bundestag, steps=("tokens",)).tokens
tokens = tokens.merge(bundestag[["doc_id", "party"]], on="doc_id")
linke = tokens[tokens["party"] == "DIE LINKE"]
union = tokens[tokens["party"] == "CDU/CSU"]
both_parties = {"DIE LINKE", "CDU/CSU"} <= set(tokens["party"])  # yours may have no parties
if both_parties:
    parties = keyness(linke, union, min_freq=5)
    display(parties.head(15))

# %%
if both_parties:
    fig, ax = plt.subplots(figsize=(7.5, 5.5), layout="constrained")
    plot_keyness(
        parties,
        top=12,
        ax=ax,
        names=("DIE LINKE", "CDU/CSU"),
        colors=("#BE3075", "#000000"),
        xlabel="log ratio (log2 of the relative frequencies)",
        title="Key lemmas of DIE LINKE against CDU/CSU in the Bundestag speeches",
        source=SOURCE_BT,
    )
    save_figure(
        fig,
        "06-keyness-linke-vs-union",
        out_dir=figures_dir,
        data={"corpus": CORPUS_FILES, "keyness": parties},
        parameters={**PARAMETERS, "by": "lemma", "min_freq": 5, "top": 12},
        caption="The 12 lemmas with the highest log-likelihood G² on each side, comparing the "
        "speeches of DIE LINKE with those of CDU/CSU in the demo corpus (lemmas, stop words "
        "removed, at least 5 occurrences); bar length is the log ratio, labels give G².",
        alt_text="Diverging horizontal bar chart of key lemmas: words typical of DIE LINKE to the "
        "right, words typical of CDU/CSU to the left, each labelled with its G² value.",
    )
else:
    print("Skipped 06-keyness-linke-vs-union: no speeches of DIE LINKE and CDU/CSU (party).")

# %% [markdown]
# DIE LINKE's key lemmas name the government it opposes ("Bundesregierung", G² 38), the other
# parties ("Linker" 45, "Grüne", "90" from BÜNDNIS 90) and its own themes ("Atombombe", "Büchel",
# where US nuclear weapons are stored, "Tarifvertrag", "Familie"); the Union's side is led by
# "europäisch" (G² 20), "Punkt", "Parlament", "Kindergeld" and "Täter", and by the rhetoric of
# agreement ("richtig", "gemeinsam", "deswegen"). Keyness reflects which debates each party's
# speakers took part in (the 249 speeches are a sample of agenda items) as much as vocabulary, and
# it counts lemmas without context: "Linker" is mostly interjections and forms of address.

# %% [markdown]
# ## Germany against the USA in the UN General Debate

# %%
un_tokens = discourse.analyze(un, steps=("tokens",)).tokens
un_tokens = un_tokens.merge(un[["doc_id", "country"]], on="doc_id")
both_countries = {"DEU", "USA"} <= set(un_tokens["country"])
if both_countries:
    countries = keyness(
        un_tokens[un_tokens["country"] == "DEU"],
        un_tokens[un_tokens["country"] == "USA"],
        min_freq=5,
    )
    display(countries.head(15))

# %%
if both_countries:
    fig, ax = plt.subplots(figsize=(7.5, 5.5), layout="constrained")
    plot_keyness(
        countries,
        top=12,
        ax=ax,
        names=("Germany", "USA"),
        colors=("#009E73", "#0072B2"),
        xlabel="log ratio (log2 of the relative frequencies)",
        title="Key lemmas of Germany against the USA in the UN General Debate",
        source=SOURCE_UN,
    )
    save_figure(
        fig,
        "06-keyness-deu-vs-usa",
        out_dir=figures_dir,
        data={"corpus": CORPUS_FILES, "keyness": countries},
        parameters={**PARAMETERS, "by": "lemma", "min_freq": 5, "top": 12},
        caption="The 12 lemmas with the highest G² on each side, comparing Germany's ten "
        "speeches with the USA's ten speeches in the UN General Debate 2014-2023; bar length is "
        "the log ratio.",
        alt_text="Diverging horizontal bar chart of key lemmas of Germany (right) and the USA "
        "(left) in the UN General Debate, each labelled with its G² value.",
    )
else:
    print("Skipped 06-keyness-deu-vs-usa: no UN General Debate speeches of DEU and USA.")

# %% [markdown]
# Each country names itself most ("Germany" G² 162, "America" 42); beyond that, Germany speaks of
# "responsibility" (43), the Security Council, Europe, "disarmament", "talk" and "solution", the
# USA of "people", "leader", "regime", "trade", "ally" and "lift" (people out of poverty). Ten
# speeches per side are few: a single speech on one theme can put its words on the list, and
# proper names dominate by design. The chart compares word choice, not positions: the same word
# can be used to support or reject.

# %% [markdown]
# ## Collocations of "Verteidigung" in the Bundestag

# %%
pairs = collocations(tokens, measure="pmi", window=5, min_freq=2)
near = pairs[(pairs["w1"] == "Verteidigung") | (pairs["w2"] == "Verteidigung")].head(12)
near = near.assign(pair=near["w1"] + " … " + near["w2"]).reset_index(drop=True)
near

# %%
if len(near):
    fig, ax = plt.subplots(figsize=(6.5, 3.6), layout="constrained")
    plot_counts(
        near,
        x="pair",
        y="score",
        order=near["pair"],
        horizontal=True,
        annotate=True,
        ax=ax,
        colors=dict.fromkeys(near["pair"], "#009E73"),
        xlabel="PMI (window 5 lemmas, pairs seen at least twice)",
        ylabel="",
        title=f"Words near “Verteidigung” in {SPEECHES}",
        source=SOURCE_BT,
    )
    save_figure(
        fig,
        "06-collocations-verteidigung",
        out_dir=figures_dir,
        data={"corpus": CORPUS_FILES, "collocations": near},
        parameters={**PARAMETERS, "measure": "pmi", "window": 5, "min_freq": 2},
        caption="Lemma pairs with 'Verteidigung' within five lemmas (stop words removed, at least "
        f"two co-occurrences) in {SPEECHES}, ranked by pointwise mutual information.",
        alt_text="Horizontal bars of the word pairs with Verteidigung ranked by PMI.",
    )
else:
    print("Skipped 06-collocations-verteidigung: no lemma occurs twice near Verteidigung.")

# %% [markdown]
# "Verteidigung" occurs only 17 times as a lemma in the 249 speeches (compounds such as
# "Verteidigungsausgaben" are separate lemmas), so only five pairs reach two co-occurrences:
# "Bruttoinlandsprodukt", "ausgeben" and "Prozent" are the wording of the spending target ("2
# Prozent des Bruttoinlandsprodukts für Verteidigung ausgeben"), "Sicherheit" and "Land" that of
# "Landes- und Bündnisverteidigung". PMI favours rare partners (a pair seen twice with a rare word
# outranks a frequent one), so read the scores with the `n` column; collocations show habitual
# wording, not what is said about defence.

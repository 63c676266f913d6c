# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # 03 Two and five percent: who claims which spending target, and when
#
# The NATO spending target is a number: two percent of GDP since the Wales summit of 2014, five
# percent in the US demand reported by the reference article (tagesschau, 12 February 2025). This
# notebook finds percentages in the texts (`discourse.numbers.find_numbers`, via `analyze`) and keeps
# those linked to the concepts `defence_spending` or `spending_target` in the same sentence
# (`target_mentions`), or written as a target compound ("2-Prozent-Ziel"). Then it asks who names
# which value: the parties in the Bundestag debate "70 Jahre NATO" (session 19/92, 4 April 2019)
# beside the reference article, and the years of the UN General Debate and the State of the Union.
# Pass `corpus` (a path) to ask the same of your own corpus: its German and its English documents
# take the places of the two parts, its sources those of the parties and collections.

# %% tags=["parameters"]
# corpus: a path for discourse.read_corpus, or None for the bundled demo corpus
corpus = None
figures_dir = "../figures"
random_state = 0

# %%
import matplotlib.pyplot as plt

import discourse
from discourse.demo import demo_corpus_dir
from discourse.numbers import count_targets, target_mentions
from discourse.plots import plot_numbers, save_figure

docs = discourse.load_demo_corpus() if corpus is None else discourse.read_corpus(corpus)
META = ["doc_id", "collection", "year", "published", "session", "party", "speaker", "country"]
demo = "collection" in docs.columns
if not demo:  # a corpus of your own: sources for collections, the demo's other columns empty
    docs = docs.assign(collection=docs["source"], year=docs["published"].dt.year)
    docs = docs.reindex(columns=docs.columns.union(META, sort=False))
german = (
    docs[docs["collection"].isin(["seed", "bundestag"])] if demo else docs[docs["lang"] == "de"]
)
german = german.reset_index(drop=True)
english = docs[docs["collection"].isin(["ungd", "sotu"])] if demo else docs[docs["lang"] == "en"]
english = english.reset_index(drop=True)
CONCEPTS = ("defence_spending", "spending_target")
PARTY_NAMES = {
    "BÜNDNIS 90/DIE GRÜNEN": "GRÜNE",
    "DIE LINKE": "LINKE",
    "fraktionslos": "non-attached",
}
PARTY_NAMES["tagesschau 2025 (reference)"] = "tagesschau\n12 Feb 2025"
SOURCE_DE = "Source: GePaDe-SpkAtt Bundestag speeches (CC0); tagesschau.de, 12 Feb 2025"
SOURCE_EN = "Source: UN General Debate Corpus 2014-2023; State of the Union 1945-2006 (NLTK data)"
SOURCE_DE, SOURCE_EN = (SOURCE_DE, SOURCE_EN) if demo else (f"Source: {corpus}",) * 2
PARAMETERS = {"corpus": "demo" if corpus is None else str(corpus), "random_state": random_state}
CORPUS_FILES = demo_corpus_dir() if corpus is None else corpus  # fingerprinted in the sidecars

# %% [markdown]
# ## Percent claims in the Bundestag NATO debate and in the reference article

# %%
de = discourse.analyze(german, steps=("numbers", "matches"))
linked_de = target_mentions(de.numbers, de.matches, concepts=CONCEPTS, sents=de.sents)
claims_de = linked_de[(linked_de["unit"] == "percent") & linked_de["concept"].notna()]
claims_de = claims_de.merge(docs[META], on="doc_id", how="left")
claims_de["who"] = claims_de["party"].fillna(
    "tagesschau 2025 (reference)" if demo else claims_de["collection"]
)
claims_de[["doc_id", "session", "who", "speaker", "surface", "value", "concept"]]

# %%
if len(claims_de):
    fig, ax = plt.subplots(figsize=(8, 3.8), layout="constrained")
    plot_numbers(
        claims_de,
        x="who",
        hue="who",
        ax=ax,
        labels=PARTY_NAMES,
        xlabel="",
        ylabel="percent (of GDP, as claimed)",
        title="Defence-spending percentages named per party (Bundestag) and in the reference "
        "article"
        if demo
        else "Defence-spending percentages named in the German documents, per party or source",
        source=SOURCE_DE,
    )
    ax.set_ylim(0, 5.6) if demo else ax.set_ylim(bottom=0)
    save_figure(
        fig,
        "03-percent-claims-by-party",
        out_dir=figures_dir,
        data={"corpus": CORPUS_FILES, "claims": claims_de},
        parameters={**PARAMETERS, "concepts": list(CONCEPTS)},
        caption="Percentages linked to defence spending or the spending target in the same "
        + (
            "sentence, by party of the Bundestag speaker (2017-2021) and in the tagesschau "
            "article of 12 Feb 2025"
            if demo
            else "sentence, in the German documents, by party of the speaker or else by source"
        )
        + "; dotted lines mark two and five percent; larger dots are repeated values.",
        alt_text="Dot chart of percentage values per party and for the reference article; "
        "most dots lie at 1.3 to 2 percent, the reference article's single dot at 5 percent."
        if demo
        else "Dot chart of percentage values per party or source.",
    )
else:
    print("Skipped 03-percent-claims-by-party: no German percentage with defence spending.")

# %% [markdown]
# All twelve linked percent claims in the Bundestag speeches come from the NATO debate of
# 4 April 2019 (session 19092): every party names the two percent, and the Union, LINKE and FDP
# also name the level Germany had reached or promised (1.3, 1.37 and 1.5 percent). The reference
# article of 2025 has one linked number, Hegseth's five percent. The chart shows that a value was
# named, not whether it was endorsed: LINKE and AfD name two percent to reject it. Numbers written
# in another sentence than the concept word, or spelled without "Prozent", are not counted, and the
# Bundestag part is a sample of 249 speeches, not the whole parliament.

# %% [markdown]
# ## Percent targets over time in the UN General Debate and the State of the Union

# %%
en = discourse.analyze(english, steps=("numbers", "matches"))
linked_en = target_mentions(en.numbers, en.matches, concepts=CONCEPTS, sents=en.sents)
claims_en = linked_en[(linked_en["unit"] == "percent") & linked_en["concept"].notna()]
claims_en = claims_en.merge(docs[META], on="doc_id", how="left")
claims_en[["doc_id", "year", "surface", "value", "base", "concept"]].sort_values("year")

# %%
targets = count_targets(linked_en, docs, by="collection", concepts=CONCEPTS)
targets

# %%
if len(claims_en):
    fig, ax = plt.subplots(figsize=(8, 3.8), layout="constrained")
    plot_numbers(
        claims_en,
        x="year",
        hue="collection",
        ax=ax,
        labels={"ungd": "UN General Debate", "sotu": "State of the Union (US)"},
        xlabel="year",
        ylabel="percent",
        title="Percentages named with defence spending, per year"
        + ("" if demo else " (English documents)"),
        source=SOURCE_EN,
    )
    ax.set_yscale("symlog", linthresh=10)
    ax.set_ylim(0, 60) if demo else ax.set_ylim(bottom=0)
    ax.set_yticks([1, 2, 5, 10, 20, 50], ["1", "2", "5", "10", "20", "50"])
    save_figure(
        fig,
        "03-percent-claims-by-year",
        out_dir=figures_dir,
        data={"corpus": CORPUS_FILES, "claims": claims_en, "targets": targets},
        parameters={**PARAMETERS, "concepts": list(CONCEPTS)},
        caption="Percentages linked to defence spending or the spending target in the same "
        + (
            "sentence, per year, in the State of the Union addresses (1945-2006) and the UN "
            "General Debate (2014-2023)"
            if demo
            else "sentence, per year and source, in the English documents"
        )
        + "; dotted lines mark two and five percent; value axis linear to 10, then log.",
        alt_text="Dot chart over 1945-2023 of percentage values named with defence spending in "
        "State of the Union addresses and UN General Debate speeches; few dots, scattered "
        "values."
        if demo
        else "Dot chart over the years of percentage values named with defence spending, by "
        "source.",
    )
else:
    print("Skipped 03-percent-claims-by-year: no English percentage with defence spending.")

# %% [markdown]
# Percent claims about defence spending are rare in speeches to the world and to the nation: the
# table above lists all 19 the library links (8 in the State of the Union, 11 in the UN debate).
# `count_targets` finds the two or five percent target in six speeches: the State of the Union of
# 1980 (5) and 1988 (2), and the UN debate of 2014-2016 (2, by Cuba and the UK) and 2017 (5, by
# Ukraine). The other values are shares of a
# budget, growth rates or cuts ("a 5 percent cut"), which the link to the concept word cannot tell
# apart from a share of GDP; the `base` column says GDP only where the text does. So the chart
# shows how seldom a number is attached to defence spending in these genres, not a trend in
# targets, and a claim made without the word "percent" (for example "two per cent") may be missed.

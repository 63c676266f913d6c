# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # 05 Stance: who is for or against what
#
# `discourse.stance.score_stance` (run by `analyze`) scores each statement towards the bundled
# targets (more defence spending, negotiations with Russia, sanctions, Ukraine's pre-2014 borders,
# NATO membership for Ukraine, peacekeeping troops, military aid, territorial concessions) with
# transparent rules: a favour or against cue near a target term, negation flips it. Each scored
# statement is `favor` (+1), `against` (-1) or `none` (0). Here the actors are the speakers quoted
# in the reference article, the parties of the Bundestag speakers and, in the UN General Debate,
# the countries. For speeches only the speaker's own statements count (`kind == "own"`: their own
# sentences and first-person statements such as "Ich fordere …"), so a quote of Trump in a LINKE
# speech is not LINKE's stance. The UN part is a sample of twelve countries, so
# the notebook runs in seconds. Pass `corpus` (a path) to ask the same of your own corpus: its 20
# most often scored speakers (as the texts name them) are the actors, with the parties of speeches
# where it has a `party` column, and the UN chart over time is skipped.

# %% tags=["parameters"]
# corpus: a path for discourse.read_corpus, or None for the bundled demo corpus
corpus = None
figures_dir = "../figures"
random_state = 0

# %%
import matplotlib.pyplot as plt
import pandas as pd
from IPython.display import display

import discourse
from discourse.demo import demo_corpus_dir
from discourse.plots import plot_stance_matrix, plot_timeline, save_figure
from discourse.stance import stance_matrix, stance_timeline

docs = discourse.load_demo_corpus() if corpus is None else discourse.read_corpus(corpus)
META = ["collection", "party", "country"]
demo = "collection" in docs.columns
if not demo:  # a corpus of your own: the demo's columns, empty where it has none
    docs = docs.reindex(columns=docs.columns.union(META, sort=False))
    docs = docs.astype(dict.fromkeys(META, "str"))
COUNTRIES = ["BRA", "CHN", "DEU", "FRA", "GBR", "IND", "POL", "RUS", "TUR", "UKR", "USA", "ZAF"]
german = docs[docs["collection"].isin(["seed", "bundestag"])] if demo else docs
german = german.reset_index(drop=True)
un = docs[(docs["collection"] == "ungd") & docs["country"].isin(COUNTRIES)].reset_index(drop=True)
SHORT = {"BÜNDNIS 90/DIE GRÜNEN": "GRÜNE", "DIE LINKE": "LINKE"}
SOURCE = "Source: tagesschau.de 12 Feb 2025; GePaDe-SpkAtt Bundestag speeches; UN General Debate"
SOURCE = SOURCE if demo else f"Source: {corpus}"
PARAMETERS = {"corpus": "demo" if corpus is None else str(corpus), "random_state": random_state}
CORPUS_FILES = demo_corpus_dir() if corpus is None else corpus  # fingerprinted in the sidecars

# %% [markdown]
# ## Actor × target

# %%
de = discourse.analyze(german, steps=("stance",)).stance.merge(
    docs[["doc_id", "party"]], on="doc_id"
)
en = discourse.analyze(un, steps=("stance",)).stance.merge(docs[["doc_id", "country"]], on="doc_id")
if demo:
    article = de[de["doc_id"].str.startswith("seed")].assign(
        actor=lambda t: "tagesschau: " + t["speaker_id"]
    )
else:  # the speakers of your corpus, as the texts name them: the 20 scored most often
    article = de[de["party"].isna()].assign(actor=lambda t: t["speaker_name"])
    article = article[article["actor"].isin(article["actor"].value_counts().index[:20])]
parties = de[de["party"].notna() & (de["kind"] == "own")].assign(
    actor=lambda t: "MdB " + t["party"].replace(SHORT)
)
countries = en[en["kind"] == "own"].assign(actor=lambda t: "UN " + t["country"])
stance = pd.concat([article, parties, countries], ignore_index=True)
matrix = stance_matrix(stance, actor="actor", random_state=random_state)
matrix.head(10)

# %%
if len(matrix):
    fig, ax = plt.subplots(figsize=(9.5, 8.5), layout="constrained")
    plot_stance_matrix(
        matrix,
        ax=ax,
        labels={t: t.replace("_", " ") for t in matrix["target"]},
        title="Mean stance of each actor towards each target (rules, own statements)"
        if demo
        else "Mean stance of each speaker towards each target (rules)",
        source=SOURCE,
    )
    save_figure(
        fig,
        "05-stance-matrix",
        out_dir=figures_dir,
        data={"corpus": CORPUS_FILES, "stance": stance, "matrix": matrix},
        parameters={**PARAMETERS, "countries": COUNTRIES},
        caption="Mean rule-based stance score (-1 against, +1 in favour, statements without a "
        "stance count 0) per actor and target, with the number of scored statements: "
        + (
            "speakers quoted in the reference article, Bundestag parties (own statements, "
            "2017-2021) and twelve countries in the UN General Debate (own statements, 2014-2023)."
            if demo
            else "the 20 speakers of the corpus scored most often, and the parties of speeches "
            "where the corpus has a party column (own statements)."
        ),
        alt_text="Heatmap of actors (article speakers, Bundestag parties, twelve UN countries) by "
        "stance targets, blue for favour and red for against, with n in each cell; most cells "
        "towards negotiations with Russia are blue."
        if demo
        else "Heatmap of speakers by stance targets, blue for favour and red for against, with n "
        "in each cell.",
    )
else:
    print("Skipped 05-stance-matrix: no statement with a speaker and a stance target.")

# %% [markdown]
# Read each cell with its n: many cells rest on one to five statements, and a statement without
# a clear cue counts 0, pulling means to the middle. In the reference article Hegseth is scored
# against Ukraine's pre-2014 borders (-1.00, n=3) and its NATO membership (-1.00, n=2), as the
# article reports. The parties' own statements concern defence spending above all: the Union most
# often (n=41, +0.27), FDP (+0.50, n=8) and AfD (+0.43, n=14) in favour, LINKE (-0.04, n=24) and
# GRÜNE (-0.08, n=12) balanced. In the UN debate negotiations are favoured in words by every
# country, Russia included (+0.42, n=84), while Russia is scored against sanctions (-0.51, n=15)
# and Ukraine speaks most about its borders (+0.30, n=116). The rules cannot see irony, conditions
# or whose negotiations are meant, and empty cells mean no statement, not no opinion.

# %% [markdown]
# ## Negotiations with Russia in the UN General Debate, by year

# %%
if len(countries):
    over_time = stance_timeline(countries, docs=docs, random_state=random_state)
    over_time = over_time[over_time["target"] == "negotiations_with_russia"].reset_index(drop=True)
    over_time["debate"] = over_time["period"] + pd.DateOffset(months=8)  # held in September
    display(over_time)

# %%
if len(countries):
    fig, ax = plt.subplots(figsize=(8, 3.4), layout="constrained")
    ax.fill_between(over_time["debate"], over_time["ci_low"], over_time["ci_high"], alpha=0.15)
    plot_timeline(
        over_time,
        x="debate",
        y="mean_score",
        ax=ax,
        align="start",
        events={"2014-03-18": "Crimea annexed", "2022-02-24": "Russia invades"},
        xlabel="year of the General Debate",
        ylabel="mean stance (−1 to +1)",
        title="Stance towards negotiations (with Russia) in the UN General Debate, twelve "
        "countries",
        source="Source: UN General Debate Corpus 2014-2023 (CC0)",
    )
    ax.set_ylim(-1, 1)
    save_figure(
        fig,
        "05-stance-negotiations-ungd",
        out_dir=figures_dir,
        data={"corpus": CORPUS_FILES, "over_time": over_time},
        parameters={**PARAMETERS, "countries": COUNTRIES, "target": "negotiations_with_russia"},
        caption="Mean rule-based stance towards the target negotiations_with_russia per year in "
        "the own statements of twelve countries in the UN General Debate, with a 95 % bootstrap "
        "interval.",
        alt_text="Line chart 2014-2023 of the mean stance towards negotiations in the UN General "
        "Debate; the line stays positive throughout, with a shaded interval.",
    )
else:
    print("Skipped 05-stance-negotiations-ungd: no UN General Debate speeches in the corpus.")

# %% [markdown]
# The mean stays positive in every year: calls for dialogue and a negotiated settlement are the
# diplomatic default of the General Debate, before and after 2022. The shaded band is a bootstrap
# interval over statements, not over countries, so one long speech weighs more than a short one.
# The target's terms match negotiations in general, not only with Russia, so this is the language
# of negotiation around the war rather than a measured demand for talks with Moscow.

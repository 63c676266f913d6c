# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # 02 Ukraine and defence spending in speeches to the world and to the nation
#
# Two questions, answered by counting words in the demo corpus: how often did the UN General Debate
# (2014-2023) speak about Ukraine, and how often do speeches use the wording of defence spending, in
# the UN debate and in the US State of the Union addresses (1945-2006)? The counts use plain regular
# expressions (`discourse.metrics.count_pattern`, whole words, case-insensitive); a curated concept
# lexicon will replace them later. Pass `corpus` (a path) to ask the same of your own corpus: the
# whole corpus takes the place of the UN debate and its sources that of the two collections.

# %% tags=["parameters"]
# corpus: a path for discourse.read_corpus, or None for the bundled demo corpus
corpus = None
figures_dir = "../figures"
random_state = 0

# %%
import matplotlib.pyplot as plt
from IPython.display import display
from matplotlib.ticker import PercentFormatter

import discourse
from discourse.demo import demo_corpus_dir
from discourse.metrics import corpus_summary, count_pattern
from discourse.plots import plot_timeline, save_figure

docs = discourse.load_demo_corpus() if corpus is None else discourse.read_corpus(corpus)
# a corpus of your own has no `collection`: the whole corpus stands for the UN debate, and its
# sources for the two collections
demo = "collection" in docs.columns
group = "collection" if demo else "source"
ungd = docs[docs["collection"] == "ungd"] if demo else docs
speeches = docs[docs["collection"].isin(["ungd", "sotu"])] if demo else docs
dated = docs["published"].notna().any()  # counts per year need dates
UKRAINE = r"Ukrain\w*"
DEFENCE = r"defen[cs]e (spending|budget|expenditure)s?|military (spending|expenditure)s?"
EVENTS = {"2014-03-18": "Crimea annexed", "2022-02-24": "Russia invades"}
NAMES = {"ungd": "UN General Debate", "sotu": "State of the Union (US)"}
UNGD_SOURCE = "Source: UN General Debate Corpus (Harvard Dataverse), 2014-2023"
SOURCE = f"{UNGD_SOURCE}; State of the Union addresses 1945-2006 (NLTK data)"
UN, SPEECHES = ("the UN General Debate", "speeches") if demo else ("the corpus", "documents")
UNGD_SOURCE = UNGD_SOURCE if demo else f"Source: {corpus}"
SOURCE = SOURCE if demo else UNGD_SOURCE
PARAMETERS = {"corpus": "demo" if corpus is None else str(corpus), "random_state": random_state}
CORPUS_FILES = demo_corpus_dir() if corpus is None else corpus  # fingerprinted in the sidecars

# %% [markdown]
# ## Ukraine in the UN General Debate

# %%
ukraine = count_pattern(ungd, UKRAINE, freq="Y")
ukraine

# %%
if dated:
    fig, (top, bottom) = plt.subplots(2, 1, figsize=(8, 5), sharex=True, layout="constrained")
    plot_timeline(
        ukraine,
        y="n",
        ax=top,
        events=EVENTS,
        xlabel="",
        ylabel="mentions",
        title=f"Mentions of Ukraine (“Ukrain*”) in {UN}, per year",
    )
    plot_timeline(
        ukraine,
        y="share_docs",
        ax=bottom,
        events=dict.fromkeys(EVENTS, ""),
        xlabel="year of the General Debate (held each September)" if demo else "year",
        ylabel=f"{SPEECHES} mentioning it",
        source=UNGD_SOURCE,
    )
    bottom.yaxis.set_major_formatter(PercentFormatter(1.0))
    save_figure(
        fig,
        "02-ukraine-mentions-ungd",
        out_dir=figures_dir,
        data={"corpus": CORPUS_FILES, "ukraine": ukraine},
        parameters={**PARAMETERS, "pattern": UKRAINE},
        caption=f"Mentions of Ukraine in {UN} per year (top) and share of "
        f"{SPEECHES} with at least one mention (bottom); dashed lines mark the annexation of "
        "Crimea and the Russian full-scale invasion.",
        alt_text="Two line charts over 2014-2023 of mentions of Ukraine in UN General Debate "
        "speeches and of the share of speeches mentioning Ukraine, with event lines in 2014 "
        "and 2022."
        if demo
        else "Two line charts per year of mentions of Ukraine in the corpus and of the share of "
        "documents mentioning Ukraine, with event lines in 2014 and 2022.",
    )
else:
    print("Skipped 02-ukraine-mentions-ungd: no document of the corpus has a date.")

# %% [markdown]
# Each point is one September debate, drawn in the middle of its year, so the 2022 point lies after
# the invasion line, as the debate did. In the demo corpus Ukraine is mentioned in every year: 245
# times in 43 % of the speeches in 2014, the year of the annexation, falling to about 30 mentions in
# 6-8 % of the speeches in 2019-2020, then 770 mentions in 74 % of the speeches in 2022 and 465 in
# 65 % in 2023. The share of speeches (bottom) shows that the rise is breadth, many delegations
# speaking of Ukraine, not a few speakers repeating the name. The chart cannot show what was said
# about Ukraine (support, criticism, calls for negotiation), nor mentions in other words ("the war
# in Europe"); the pattern also counts "Ukrainian" and "Ukrainians".

# %% [markdown]
# ## The wording of defence spending

# %%
if dated:
    defence = count_pattern(speeches, DEFENCE, by=group, freq="Y")
    words = corpus_summary(speeches, by=group, freq="Y")[[group, "period", "n_words"]]
    rates = defence.merge(words, on=[group, "period"], how="left")
    rates["per_10k_words"] = rates["n"] / rates["n_words"] * 10_000
    display(rates[rates["n"] > 0].head(10))

# %%
if dated:
    fig, ax = plt.subplots(figsize=(8, 3.4), layout="constrained")
    plot_timeline(
        rates,
        y="per_10k_words",
        hue=group,
        ax=ax,
        labels=NAMES,
        xlabel="year",
        ylabel="matches per 10,000 words",
        title="“Defence/military spending, budget, expenditure” per 10,000 words",
        source=SOURCE,
    )
    save_figure(
        fig,
        "02-defence-spending-ungd-sotu",
        out_dir=figures_dir,
        data={"corpus": CORPUS_FILES, "rates": rates},
        parameters={**PARAMETERS, "pattern": DEFENCE},
        caption="Matches of the defence-spending wording per 10,000 words, per year, in the "
        "US State of the Union addresses (1945-2006) and the UN General Debate (2014-2023)."
        if demo
        else "Matches of the defence-spending wording per 10,000 words, per year and source.",
        alt_text="Line chart of defence-spending wording per 10,000 words per year for the "
        "State of the Union 1945-2006 and the UN General Debate 2014-2023."
        if demo
        else "Line chart of defence-spending wording per 10,000 words per year, one line per "
        "source.",
    )
else:
    print("Skipped 02-defence-spending-ungd-sotu: no document of the corpus has a date.")

# %% [markdown]
# The wording is rare. In the State of the Union it occurs 40 times in 27 of the 65 addresses, up
# to about 7 matches per 10,000 words in a single year, and comes and goes from year to year rather
# than as a steady theme. In the UN General Debate it occurs 48 times in 41 of 1,940 speeches, below
# 0.3 per 10,000 words in every year, though slightly more often in 2022-2023. Years without speeches
# are gaps, not zeros; a single State of the Union address per year makes its line jumpy. The
# regular expression misses other wordings ("spend two percent of GDP on defence"), so it measures
# one phrase family, not attention to defence budgets; the concept lexicon will cover more.

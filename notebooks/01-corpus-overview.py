# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # 01 What is in the corpus?
#
# Before counting anything, look at what the counts are taken from: how many documents each
# collection holds, which years it covers and how long its documents are. By default this is the
# bundled demo corpus (`discourse.load_demo_corpus()`): the reference news article (tagesschau.de,
# 12 February 2025), speeches in the German Bundestag (2017-2021), the UN General Debate (2014-2023)
# and the US State of the Union addresses (1945-2006). Pass `corpus` (a path) to describe your own
# corpus instead; it is then grouped by `source`.

# %% tags=["parameters"]
# corpus: a path for discourse.read_corpus, or None for the bundled demo corpus
corpus = None
figures_dir = "../figures"
random_state = 0

# %%
import matplotlib.pyplot as plt

import discourse
from discourse.demo import demo_corpus_dir
from discourse.metrics import corpus_summary, count_words
from discourse.plots import plot_counts, plot_distribution, plot_timeline, save_figure

docs = discourse.load_demo_corpus() if corpus is None else discourse.read_corpus(corpus)
group = "collection" if "collection" in docs.columns else "source"
NAMES = {
    "seed": "News article (tagesschau.de)",
    "bundestag": "Bundestag speeches",
    "ungd": "UN General Debate",
    "sotu": "State of the Union (US)",
}
SOURCE = (
    "Source: discourse demo corpus (tagesschau.de; GePaDe-SpkAtt Bundestag speeches; "
    "UN General Debate Corpus; NLTK State of the Union)"
    if corpus is None
    else f"Source: {corpus}"
)
PARAMETERS = {"corpus": "demo" if corpus is None else str(corpus), "random_state": random_state}
CORPUS_FILES = demo_corpus_dir() if corpus is None else corpus  # fingerprinted in the sidecars
len(docs)

# %% [markdown]
# ## Documents and words per collection

# %%
summary = corpus_summary(docs, by=group)
summary

# %%
fig, (left, right) = plt.subplots(1, 2, figsize=(8, 2.8), sharey=True, layout="constrained")
plot_counts(
    summary,
    x=group,
    y="n_docs",
    ax=left,
    horizontal=True,
    annotate=True,
    labels=NAMES,
    xlabel="documents",
    ylabel="",
    title="Documents per collection",
    source=SOURCE,
)
plot_counts(
    summary.assign(k_words=summary["n_words"] / 1000),
    x=group,
    y="k_words",
    ax=right,
    horizontal=True,
    annotate=True,
    labels=NAMES,
    xlabel="words (thousands)",
    ylabel="",
    title="Words per collection",
)
save_figure(
    fig,
    "01-corpus-summary",
    out_dir=figures_dir,
    data={"corpus": CORPUS_FILES, "summary": summary},
    parameters=PARAMETERS,
    caption="Documents and words (whitespace-separated, in thousands) per collection.",
    alt_text="Two horizontal bar charts: number of documents and of words per collection.",
)

# %% [markdown]
# In the demo corpus the UN General Debate dominates: 1,940 of 2,255 documents and about 4.0 of
# 4.5 million words. The State of the Union contributes few (65) but long documents, the Bundestag
# 249 short speeches, and the news article is a single document. Any count summed over the whole
# corpus therefore mostly reflects the UN speeches. Words are whitespace-separated tokens, not a
# linguistic tokenisation, so a German compound counts as one word.

# %% [markdown]
# ## Documents per year

# %%
per_year = corpus_summary(docs, by=group, freq="Y")
per_year.head()

# %%
fig, ax = plt.subplots(figsize=(8, 3.4), layout="constrained")
plot_timeline(
    per_year,
    y="n_docs",
    hue=group,
    ax=ax,
    logy=True,
    labels=NAMES,
    xlabel="year",
    ylabel="documents (log scale)",
    title="Documents per year and collection",
    source=SOURCE,
)
save_figure(
    fig,
    "01-docs-per-year",
    out_dir=figures_dir,
    data={"corpus": CORPUS_FILES, "per_year": per_year},
    parameters=PARAMETERS,
    caption="Documents per calendar year and collection (log scale).",
    alt_text="Line chart of documents per year, one line per collection, on a log scale.",
)

# %% [markdown]
# The collections barely overlap in time: the State of the Union runs from 1945 to 2006 (one or
# two addresses a year), the UN General Debate from 2014 to 2023 (about 190 speeches a year), the
# Bundestag speeches from 2017 to 2021 and the news article is from 2025. Comparisons across
# collections are therefore also comparisons across decades. The UN and State of the Union dates
# are years only (`date_precision`), placed in the middle of each year here.

# %% [markdown]
# ## How long are the documents?

# %%
lengths = count_words(docs)
lengths.groupby(group)["n_words"].describe()

# %%
fig, ax = plt.subplots(figsize=(8, 2.8), layout="constrained")
plot_distribution(
    lengths,
    x="n_words",
    y=group,
    ax=ax,
    log=True,
    labels=NAMES,
    xlabel="words per document (log scale)",
    ylabel="",
    title="Length of the documents per collection",
    source=SOURCE,
)
save_figure(
    fig,
    "01-words-per-document",
    out_dir=figures_dir,
    data={"corpus": CORPUS_FILES, "lengths": lengths[["doc_id", group, "n_words"]]},
    parameters=PARAMETERS,
    caption="Words per document by collection: box = quartiles, line = median.",
    alt_text="Horizontal box plots of words per document for each collection.",
)

# %% [markdown]
# Bundestag speeches are short (median about 640 words), UN General Debate speeches three times as
# long (median about 1,960) and State of the Union addresses the longest (median about 4,920; the
# outlier on the right is Truman's written 1946 message with the budget, 27,290 words). Raw counts
# of a word therefore favour long documents: compare collections by rates (per speech or per 10,000
# words), as the next notebook does. The chart cannot show what the documents are about.

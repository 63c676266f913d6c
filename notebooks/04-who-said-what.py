# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # 04 Who said what: statements, concordances, and where a theme comes up
#
# `discourse.statements.find_statements` (run by `analyze`) attributes each sentence or quote to a
# speaker: direct quotes, indirect (reported) speech with a cue such as *sagte* or *betonte*,
# headline attributions ("USA: …") and, in speeches, the speaker's own words (`own`). This notebook
# looks at the reference article (tagesschau, 12 February 2025) and at the Bundestag debate
# "70 Jahre NATO" (session 19/92, 4 April 2019): who is quoted, how, and with which words around
# the spending target. Pass `corpus` (a path) to ask the same of your own corpus: the whole corpus
# takes the place of the reference article, its sources label the concordance, and the two charts
# of the Bundestag debate are skipped (they need its speeches, with `speaker`, `party`, `session`).

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
from discourse.metrics import kwic
from discourse.plots import dispersion_table, plot_counts, plot_dispersion, plot_kwic, save_figure

docs = discourse.load_demo_corpus() if corpus is None else discourse.read_corpus(corpus)
META = ["collection", "session", "speaker", "party"]
demo = "collection" in docs.columns
if not demo:  # a corpus of your own: the demo's columns, empty where it has none
    docs = docs.reindex(columns=docs.columns.union(META, sort=False))
    docs = docs.astype(dict.fromkeys(META, "str"))
seed = (docs[docs["collection"] == "seed"] if demo else docs).reset_index(drop=True)
debate = docs[(docs["collection"] == "bundestag") & (docs["session"] == "19092")]
debate = debate.reset_index(drop=True)
SHORT = {"BÜNDNIS 90/DIE GRÜNEN": "GRÜNE", "DIE LINKE": "LINKE", "fraktionslos": "non-att."}
debate = debate.assign(label=debate["speaker"] + " (" + debate["party"].replace(SHORT) + ")")
SOURCE_SEED = "Source: tagesschau.de, 12 Feb 2025 (dpa, AFP, Reuters)"
SOURCE_BT = "Source: GePaDe-SpkAtt, Bundestag session 19/92 “70 Jahre NATO”, 4 April 2019 (CC0)"
SOURCE_SEED, SOURCE_BT = (SOURCE_SEED, SOURCE_BT) if demo else (f"Source: {corpus}",) * 2
ARTICLE = "the reference article" if demo else "the corpus"
NO_DEBATE = "the corpus has no Bundestag debate 19/92 (speeches with speaker, party, session)."
COLORS = {"nato": "#0072B2", "russia": "#D55E00", "defence_spending": "#009E73"}
COLORS["spending_target"] = "#CC79A7"
KINDS = ["direct", "indirect", "reported", "headline"]
PARAMETERS = {"corpus": "demo" if corpus is None else str(corpus), "random_state": random_state}
CORPUS_FILES = demo_corpus_dir() if corpus is None else corpus  # fingerprinted in the sidecars

# %% [markdown]
# ## Statements in the reference article

# %%
article = discourse.analyze(seed, steps=("statements",))
statements = article.statements
statements[["sent_id", "speaker_id", "speaker_surface", "cue", "kind", "content"]]

# %%
WHO = "speaker_id" if demo else "speaker_name"  # registry ids, or the names the texts give
by_kind = statements.groupby([WHO, "kind"]).size().rename("n").reset_index()
most = statements[WHO].value_counts().index[:15]  # a large corpus quotes many
by_kind = by_kind[by_kind[WHO].isin(most)]
if len(by_kind):
    fig, ax = plt.subplots(figsize=(7, 3.2 if demo else 6), layout="constrained")
    plot_counts(
        by_kind,
        x=WHO,
        hue="kind",
        horizontal=True,
        ax=ax,
        hue_order=KINDS,
        xlabel="statements",
        ylabel="speaker",
        title=f"Who is quoted in {ARTICLE}, and how" + ("" if demo else " (15 most quoted)"),
        source=SOURCE_SEED,
    )
    save_figure(
        fig,
        "04-statements-reference-article",
        out_dir=figures_dir,
        data={"corpus": CORPUS_FILES, "statements": statements},
        parameters=PARAMETERS,
        caption="Statements attributed by discourse.statements in "
        + ("the tagesschau article of 12 Feb 2025" if demo else "the corpus (15 most quoted)")
        + ", per resolved speaker and kind of speech (direct quote, indirect speech, "
        "reported speech act, headline attribution).",
        alt_text="Horizontal grouped bars of statements per speaker (Hegseth, Pistorius, Trump, "
        "NATO, USA) and kind; Hegseth has by far the most."
        if demo
        else "Horizontal grouped bars of statements per speaker and kind.",
    )
else:
    print("Skipped 04-statements-reference-article: no statement with a known speaker.")

# %% [markdown]
# The article is about the US defence secretary: 18 of its 25 statements are attributed to Hegseth
# (under his name, "US-Verteidigungsminister" and "der Pentagon-Chef"): 9 indirect, 7 direct quotes
# (most inside them), one reported speech act and one headline. Pistorius has 3, Trump 2, NATO and the
# USA one each. Direct quotes
# are counted separately from the indirect sentence that contains them, so one sentence can give two
# statements. The chart does not show errors: the first statement's speaker surface is "eigenen
# Angaben" (resolved to Trump through the paragraph), and a reported speech act such as a demand
# has no quoted content of its own.

# %% [markdown]
# ## Who quotes whom in the NATO debate

# %%
if len(debate):
    bt = discourse.analyze(debate, steps=("statements", "matches"))
    quoted = bt.statements.merge(debate[["doc_id", "label", "party", "speaker"]], on="doc_id")
    own_id = "mdb_" + quoted["speaker"].str.lower().str.replace("-", "_")
    # a quote has content: speech events without a message ("Trittins Rede") are left out
    quoted = quoted[quoted["kind"].isin(KINDS) & quoted["speaker_id"].notna()]
    quoted = quoted[quoted["content"].notna()]
    # a phrase quoted inside a statement of the same speaker is not a second quote
    quoted = quoted[quoted["nested_in"].isna()]
    quoted = quoted[quoted["speaker_id"] != own_id.loc[quoted.index]]
    quoting = quoted.groupby("speaker_id").size().rename("n").reset_index()
    display(quoted.groupby(["speaker_id", "party"]).size().unstack(fill_value=0))

# %%
if len(debate):
    fig, ax = plt.subplots(figsize=(7, 3.6), layout="constrained")
    plot_counts(
        quoting,
        x="speaker_id",
        order=quoting.sort_values(["n", "speaker_id"], ascending=[False, True])["speaker_id"],
        horizontal=True,
        annotate=True,
        ax=ax,
        colors=dict.fromkeys(quoting["speaker_id"], "#0072B2"),
        xlabel="statements attributed to them by other speakers",
        ylabel="quoted actor",
        title="Whom the speakers of the NATO debate quote",
        source=SOURCE_BT,
    )
    save_figure(
        fig,
        "04-who-quotes-whom-nato-debate",
        out_dir=figures_dir,
        data={"corpus": CORPUS_FILES, "quoted": quoted},
        parameters={**PARAMETERS, "session": "19092", "kinds": KINDS},
        caption="Statements (direct, indirect, reported) in the speeches of Bundestag session "
        "19/92 (4 April 2019) attributed to someone other than the speaker, per quoted actor.",
        alt_text="Horizontal bars of quoted actors; Trump is quoted most (4 statements), then "
        "Trittin (2), ten more actors once.",
    )
else:
    print("Skipped 04-who-quotes-whom-nato-debate: " + NO_DEBATE)

# %% [markdown]
# In the twelve speeches of the debate, the speakers mostly speak for themselves (448 of the 698
# statements are `own`, 88 of them with a first-person source such as "Ich fordere …" or "Wir
# sagen …"; 110 more are speech events without content, such as "Trittins Rede", and are
# left out here, as are phrases quoted inside a statement of the same speaker, `nested_in`). What
# they attribute to others goes above all to Donald Trump (4, from four groups), then to Trittin
# (2, both from the CDU/CSU); ten more actors are quoted once, among them Staatsminister Annen,
# the first speaker; the table above splits them by party. A name inside a speaker's noun phrase
# is not the speaker ("die zwischen Russland und den USA ..." is no statement of Russia).
# Counts are single digits, so the chart says who is present as a voice, not how often a view is
# held. Pronoun speakers are resolved by rules within the paragraph and can be wrong (the generic
# "man" is resolved to nobody); the polite "Sie" of a speech only counts for a person just
# addressed ("Herr Trittin, Sie haben gesagt"), and several contents are fragments ("das", "es").
# Statements whose speaker stays unresolved are left out.

# %% [markdown]
# ## The spending target in context

# %%
texts = docs[docs["doc_id"].isin(set(debate["doc_id"]) | set(seed["doc_id"]))]
texts = texts.reset_index(drop=True)
speakers = texts["speaker"].fillna("tagesschau" if demo else texts["source"])
texts = texts.assign(label=speakers + " " + texts["party"].fillna(""))
texts["label"] = texts["label"].str.replace("BÜNDNIS 90/DIE GRÜNEN", "GRÜNE").str.strip()
matches = discourse.analyze(texts, steps=("matches",)).matches
lines = kwic(texts, "spending_target", matches=matches, window=10, columns=["label"])
lines = lines.head(40)  # a large corpus: the first 40
lines[["label", "left", "match", "right"]]

# %%
if len(lines):
    fig, ax = plt.subplots(
        figsize=(10, 2.6 if demo else 1 + 0.25 * len(lines)), layout="constrained"
    )
    plot_kwic(
        lines,
        label="label",
        width=55,
        ax=ax,
        title="Concordance of the spending target (“2-Prozent-Ziel”, “2 Prozent des BIP” …)",
        source=SOURCE_BT,
    )
    save_figure(
        fig,
        "04-kwic-spending-target",
        out_dir=figures_dir,
        data={"corpus": CORPUS_FILES, "lines": lines},
        parameters={**PARAMETERS, "concept": "spending_target", "window": 10},
        caption="Every match of the concept spending_target in the NATO debate (session 19/92) "
        "and the reference article, with ten words of context on each side and the speaker's "
        "party."
        if demo
        else "The first (up to 40) matches of the concept spending_target in the corpus, with "
        "ten words of context on each side and the speaker or source.",
        alt_text="Concordance lines, one per mention of the two-percent target, with the match "
        "in bold in the middle and the speaker's name at the left."
        if demo
        else "Concordance lines, one per mention of the spending target, with the match in bold "
        "in the middle and the speaker or source at the left.",
    )
else:
    print("Skipped 04-kwic-spending-target: the concept spending_target does not occur.")

# %% [markdown]
# The concept `spending_target` matches seven times, all in the NATO debate: "2-Prozent-Ziel",
# "2 Prozent des Bruttoinlandsprodukts", "Ziel der NATO" and the AfD's "Rüstungsziel". The lines
# show the framing the counts hide: the target as a commitment to keep (Union, FDP) or as armament
# to refuse (LINKE, AfD). The reference article speaks of "fünf Prozent" of GDP without a target
# word, so it has no line here (see notebook 03), and the concordance cannot tell who agrees.

# %% [markdown]
# ## Where in each speech the themes come up

# %%
if len(debate):
    hits = bt.matches[
        bt.matches["concept"].isin(["nato", "russia", "defence_spending", "spending_target"])
    ]
    positions = dispersion_table(hits, debate, by="concept", label="label")
    display(positions.head())

# %%
if len(debate):
    fig, ax = plt.subplots(figsize=(8, 4.2), layout="constrained")
    plot_dispersion(
        positions,
        y="label",
        hue="concept",
        ax=ax,
        colors=COLORS,
        title="Where NATO, Russia and defence spending come up in each speech of the NATO debate",
        source=SOURCE_BT,
    )
    save_figure(
        fig,
        "04-dispersion-nato-debate",
        out_dir=figures_dir,
        data={"corpus": CORPUS_FILES, "positions": positions},
        parameters={**PARAMETERS, "session": "19092"},
        caption="Dispersion plot: for each speech of session 19/92 (speaker, party; number of "
        "hits), one tick per match of the concepts nato, russia, defence_spending and "
        "spending_target at its relative position in the speech.",
        alt_text="Dispersion plot with one row per speaker of the NATO debate and coloured ticks "
        "where NATO, Russia, defence spending and the spending target are mentioned.",
    )
else:
    print("Skipped 04-dispersion-nato-debate: " + NO_DEBATE)

# %% [markdown]
# NATO is named throughout every speech, as the debate's topic; Russia clusters in a few passages,
# and defence spending and the target come in blocks, often in the second half of a speech after
# the tribute to the alliance. The number after each name is all hits of the four concepts.
# Positions are relative to the length of the speech, so a short and a long speech look alike;
# the plot shows where words occur, not how long a theme is discussed.

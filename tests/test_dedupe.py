"""Tests for discourse.io.dedupe.docs_dedupe.

Real republished copies are built from the tagesschau reference article and a
few 10kGNAD articles (read from ../shared/data, never copied); the negatives are
distinct texts on the same event or topic (Bundestag speeches of one debate,
GNAD articles of one label, UN General Debate speeches of one year).
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from discourse.io.dedupe import docs_dedupe
from discourse.schema import validate

# --- a hand-made wire story (122 words, 118 distinct 5-word shingles) -------------

WIRE = (
    "Brussels (dpa) - NATO defence ministers met in Brussels on Thursday to discuss higher "
    "military spending. Secretary General Mark Rutte said the alliance needed to invest far "
    "more in air defence and ammunition. Several governments have pledged to raise their "
    "budgets above two percent of economic output within the next three years. Poland and "
    "the Baltic states already spend considerably more than that threshold. Germany announced "
    "additional orders for tanks and artillery shells worth several billion euros. Critics in "
    "parliament warned that the rapid increase could strain public finances and delay "
    "investment in schools and railways. The ministers also discussed support for Ukraine, "
    "including new deliveries of Patriot systems. A final communique is expected on Friday "
    "afternoon after a second round of talks."
)
OTHER_WIRE = (
    "BRUSSELS (Reuters) - Defence ministers from the 32 NATO countries gathered on Thursday "
    "amid pressure from Washington to spend more. Rutte told reporters that air defence and "
    "ammunition stocks were the most urgent gaps. Poland, which spends more than four percent, "
    "urged laggards to follow. German officials pointed to new contracts for tanks. Ukraine "
    "support and Patriot deliveries were also on the agenda, with talks continuing on Friday."
)


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def _marks(out: pd.DataFrame) -> list[str | None]:
    """``dup_of`` as a list with None for NA."""
    return [None if pd.isna(v) else v for v in out["dup_of"]]


def _frame(texts: dict[str, str], published: list[str] | None = None) -> pd.DataFrame:
    docs = pd.DataFrame({"doc_id": list(texts), "text": list(texts.values())})
    docs["source"] = "wire"
    docs["title"] = ""
    docs["lang"] = "en"
    stamps = published if published is not None else [None] * len(docs)
    docs["published"] = pd.to_datetime(pd.Series(stamps, dtype=object), utc=True).astype(
        "datetime64[ns, UTC]"
    )
    return docs[["doc_id", "source", "published", "title", "text", "lang"]]


@pytest.fixture
def wire_docs() -> pd.DataFrame:
    edited = WIRE.replace("ammunition", "drones")
    framed = (
        "NATO allies debate higher defence budgets\n\n"
        + WIRE
        + "\n\nAdditional reporting by Reuters"
    )
    texts = {
        "orig": WIRE,
        "edited": edited,
        "framed": framed,
        "exact": "  " + WIRE.upper().replace(" - ", " – ").replace(",", ""),
        "other": OTHER_WIRE,
    }
    published = [
        "2025-02-13T09:00Z",
        "2025-02-13T10:00Z",
        "2025-02-13T11:00Z",
        None,
        "2025-02-13T08:00Z",
    ]
    return _frame(texts, published)


def test_hand_made_wire_story(wire_docs):
    n = len(_words(WIRE))
    assert n == 122  # 118 shingles, none repeated
    out = docs_dedupe(wire_docs)
    assert out["dup_of"].iloc[1:4].tolist() == ["orig", "orig", "orig"]
    assert out["dup_of"].iloc[[0, 4]].isna().all()
    # one word changed in the middle breaks 5 of 118 shingles: containment 113/118
    assert out["dup_score"].iloc[1] == pytest.approx(113 / 118)
    # headline and credit line only add shingles: the original is fully contained
    assert out["dup_score"].iloc[2] == pytest.approx(1.0)
    # case, punctuation and spacing differ only: exact duplicate
    assert out["dup_score"].iloc[3] == 1.0
    assert out["dup_score"].iloc[[0, 4]].isna().all()


def test_schema_copy_and_no_mutation(wire_docs):
    docs = wire_docs.assign(outlet=["a", "b", "c", "d", "e"])
    docs.index = [10, 11, 12, 13, 14]
    before = docs.copy(deep=True)
    out = docs_dedupe(docs)
    pd.testing.assert_frame_equal(docs, before)
    assert isinstance(out.index, pd.RangeIndex)
    validate(out, "docs")
    assert out["dup_of"].dtype == "str"
    assert out["dup_score"].dtype == "float64"
    assert list(out.columns) == [*docs.columns, "dup_of", "dup_score"]
    pd.testing.assert_frame_equal(out[list(docs.columns)], before.reset_index(drop=True))


def test_threshold_refers_to_the_reported_score(wire_docs):
    # the edited copy scores 113/118 = 0.958: kept at 0.95, dropped at 0.96
    assert docs_dedupe(wire_docs, threshold=0.95)["dup_of"].iloc[1] == "orig"
    assert pd.isna(docs_dedupe(wire_docs, threshold=0.96)["dup_of"].iloc[1])


def test_keep_first_last_and_undated_rows():
    texts = {"a": WIRE, "b": WIRE + " Mit Material von dpa", "c": WIRE + " (AFP)", "d": OTHER_WIRE}
    docs = _frame(texts, [None, "2025-02-13T12:00Z", "2025-02-13T10:00Z", None])
    first = docs_dedupe(docs, keep="first")
    assert first["dup_of"].iloc[0] == "c" and first["dup_of"].iloc[1] == "c"
    assert pd.isna(first["dup_of"].iloc[2]) and pd.isna(first["dup_of"].iloc[3])
    last = docs_dedupe(docs, keep="last")
    assert last["dup_of"].iloc[[0, 2]].tolist() == ["b", "b"] and pd.isna(last["dup_of"].iloc[1])
    # without dates the input order decides
    undated = docs.assign(
        published=pd.Series(pd.NaT, index=docs.index, dtype="datetime64[ns, UTC]")
    )
    assert docs_dedupe(undated)["dup_of"].iloc[1:3].tolist() == ["a", "a"]
    assert docs_dedupe(undated, keep="last")["dup_of"].iloc[0:2].tolist() == ["c", "c"]
    # a table without a published column works the same way
    assert docs_dedupe(undated.drop(columns="published"))["dup_of"].iloc[1] == "a"


def test_short_texts_only_match_exactly():
    docs = _frame(
        {
            "a": "Nato erhöht Ausgaben.",
            "b": "Nato erhöht Ausgaben!",
            "c": "Nato erhöht die Ausgaben.",
            "d": "NATO, erhöht: Ausgaben",
        }
    )
    out = docs_dedupe(docs, threshold=0.1)
    assert out["dup_of"].tolist()[1] == "a" and out["dup_of"].tolist()[3] == "a"
    assert pd.isna(out["dup_of"].iloc[2])


def test_empty_texts_warn_and_are_never_marked():
    docs = pd.DataFrame({"doc_id": ["a", "b", "c", "d"], "text": ["", None, "", WIRE]})
    with pytest.warns(UserWarning, match="3 documents have no words"):
        out = docs_dedupe(docs)
    assert out["dup_of"].isna().all()
    with pytest.warns(UserWarning, match="2 documents have no words"):
        assert docs_dedupe(docs.iloc[:2])["dup_of"].isna().all()


def test_batches_do_not_change_the_result(wire_docs, monkeypatch):
    import discourse.io.dedupe as module

    expected = docs_dedupe(wire_docs)
    monkeypatch.setattr(module, "_BATCH", 2)
    pd.testing.assert_frame_equal(docs_dedupe(wire_docs), expected)


def test_no_chains_every_member_points_to_the_original():
    base = _words(WIRE)
    w1 = base[:70]  # a trimmed copy: 66 shingles, all in the original
    w2 = base[:70] + _words(OTHER_WIRE)[:60]  # the trimmed copy with another story appended
    assert len(_words(OTHER_WIRE)) >= 60
    docs = _frame({"w2": " ".join(w2), "w0": WIRE, "w1": " ".join(w1)})
    docs["published"] = pd.to_datetime(["2025-01-03", "2025-01-01", "2025-01-02"], utc=True).astype(
        "datetime64[ns, UTC]"
    )
    out = docs_dedupe(docs)
    # w2 is linked to w1 (containment 66/66) but not to w0 (66/118): it still points to w0
    assert _marks(out) == ["w0", None, "w0"]
    assert out["dup_score"].iloc[2] == pytest.approx(1.0)
    assert out["dup_score"].iloc[0] == pytest.approx(66 / 118)


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"threshold": 0}, "threshold must be a number in"),
        ({"threshold": 1.5}, "threshold must be a number in"),
        ({"shingle": 0}, "shingle must be an integer"),
        ({"num_perm": 2.5}, "num_perm must be an integer"),
        ({"keep": "longest"}, "keep must be 'first' or 'last'"),
    ],
)
def test_bad_arguments(wire_docs, kwargs, match):
    with pytest.raises(ValueError, match=match):
        docs_dedupe(wire_docs, **kwargs)


def test_bad_tables(wire_docs):
    with pytest.raises(KeyError, match="no column 'body'"):
        docs_dedupe(wire_docs, by_text="body")
    with pytest.raises(ValueError, match="doc_id must be unique"):
        docs_dedupe(wire_docs.assign(doc_id="x"))
    with pytest.raises(TypeError, match="must be a pandas DataFrame"):
        docs_dedupe(wire_docs.to_dict())


@pytest.mark.filterwarnings("ignore:Could not infer format")
def test_unreadable_dates_and_existing_marks(wire_docs):
    with pytest.raises(ValueError, match="docs.published cannot be read as dates"):
        docs_dedupe(wire_docs.assign(published="gestern"))
    once = docs_dedupe(wire_docs)
    again = docs_dedupe(once.assign(dup_of="stale", dup_score=-1.0))
    pd.testing.assert_frame_equal(again, once)


def test_empty_table():
    out = docs_dedupe(
        pd.DataFrame({"doc_id": pd.Series([], dtype="str"), "text": pd.Series([], dtype="str")})
    )
    assert len(out) == 0 and list(out.columns) == ["doc_id", "text", "dup_of", "dup_score"]


# --- properties -------------------------------------------------------------------

VOCAB = [f"wort{i}" for i in range(300)]
EDITS = ("same", "prepend", "append", "trim", "swap", "shout")


@st.composite
def corpora(draw) -> pd.DataFrame:
    """A few random base texts and edited copies of them, with some dates missing."""
    rng = np.random.default_rng(draw(st.integers(0, 2**16)))
    bases = [
        list(rng.choice(VOCAB, size=int(rng.integers(2, 60))))
        for _ in range(draw(st.integers(1, 4)))
    ]
    rows = []
    for k in range(draw(st.integers(1, 9))):
        words = list(bases[draw(st.integers(0, len(bases) - 1))])
        for edit in draw(st.lists(st.sampled_from(EDITS), max_size=3)):
            m = int(rng.integers(1, 8))
            if edit == "prepend":
                words = list(rng.choice(VOCAB, size=m)) + words
            elif edit == "append":
                words = words + list(rng.choice(VOCAB, size=m))
            elif edit == "trim":
                words = words[: max(1, len(words) - m)]
            elif edit == "swap":
                words[int(rng.integers(0, len(words)))] = str(rng.choice(VOCAB))
            elif edit == "shout":
                words = [w.upper() + "!" for w in words]
        day = draw(st.sampled_from([None, "2025-01-01", "2025-01-02", "2025-01-03"]))
        rows.append({"doc_id": f"d{k}", "text": " ".join(words), "published": day})
    docs = pd.DataFrame(rows)
    docs["published"] = pd.to_datetime(docs["published"], utc=True).astype("datetime64[ns, UTC]")
    return docs


def _groups(out: pd.DataFrame) -> set[frozenset[str]]:
    root = {d: (d if pd.isna(o) else o) for d, o in zip(out["doc_id"], out["dup_of"], strict=True)}
    clusters: dict[str, set[str]] = {}
    for d, r in root.items():
        clusters.setdefault(r, set()).add(d)
    return {frozenset(c) for c in clusters.values()}


@settings(max_examples=40, deadline=None)
@given(docs=corpora(), data=st.data())
def test_row_order_does_not_change_the_groups(docs, data):
    order = data.draw(st.permutations(range(len(docs))))
    shuffled = docs.iloc[list(order)].reset_index(drop=True)
    assert _groups(docs_dedupe(docs)) == _groups(docs_dedupe(shuffled))


@settings(max_examples=40, deadline=None)
@given(docs=corpora(), keep=st.sampled_from(["first", "last"]))
def test_marks_point_to_originals_and_dedupe_is_idempotent(docs, keep):
    out = docs_dedupe(docs, keep=keep, threshold=0.7)
    marks = out.set_index("doc_id")["dup_of"]
    for target in marks.dropna():
        assert target in marks.index and pd.isna(marks[target])
    scores = out["dup_score"]
    assert scores.isna().equals(out["dup_of"].isna())
    assert ((scores.dropna() > 0) & (scores.dropna() <= 1)).all()
    kept = out[out["dup_of"].isna()].drop(columns=["dup_of", "dup_score"]).reset_index(drop=True)
    assert docs_dedupe(kept, keep=keep, threshold=0.7)["dup_of"].isna().all()


def test_random_state_only_affects_the_candidate_search(wire_docs):
    a = docs_dedupe(wire_docs, random_state=0)
    b = docs_dedupe(wire_docs, random_state=np.random.default_rng(12345), num_perm=64)
    pd.testing.assert_frame_equal(a, b)


# --- real articles republished with realistic edits ----------------------------------

GNAD_PICKS = (0, 3, 12, 13, 15, 21, 25, 33, 35)  # rows of gnad/test.csv, one per topic label
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ\"„])")


def _read_gnad(shared: Path) -> list[tuple[str, str]]:
    with open(shared / "gnad" / "test.csv", encoding="utf-8", newline="") as fh:
        return [(row[0], row[1]) for row in csv.reader(fh, delimiter=";", quotechar="'")]


def _swap_words(text: str, replacements: dict[str, str]) -> str:
    for old, new in replacements.items():
        assert old in text, old
        text = text.replace(old, new, 1)
    return text


def _tagesschau_copies(text: str) -> dict[str, str]:
    """Republications of the tagesschau article as other outlets would print them."""
    paras = text.strip().split("\n\n")
    assert paras[-1].startswith("Mit Informationen von")
    body, credit = paras[:-1], paras[-1]
    no_furniture = [
        p for p in body if not p.startswith(("Alle aktuellen", "Weitere Informationen"))
    ]
    headline = "Trump und Putin wollen über Kriegsende verhandeln"
    teaser = (
        "Nach einem Telefonat kündigt US-Präsident Trump Gespräche mit Kremlchef Putin an. "
        "Sein Verteidigungsminister dämpft in Brüssel die Hoffnungen Kiews."
    )
    words = {"am Mittwoch": "am 12. Februar", "Pentagon-Chef": "US-Minister", "Umerow": "Umjerow"}
    return {
        "headline": "\n\n".join([headline, *body, credit]),
        "teaser": "\n\n".join([headline, teaser, *no_furniture, credit]),
        "credit": "\n\n".join([*body, "Mit Material von dpa und AFP"]),
        "trimmed": "\n\n".join(body[:-1]),
        "words": _swap_words(text, words),
        "all": "\n\n".join(
            [headline, teaser, _swap_words("\n\n".join(no_furniture[:-1]), words), "(dpa)"]
        ),
    }


#: copy-editing another outlet would do (Austrian to German usage, synonyms, figures)
COPY_EDITS = {
    "sagte": "erklärte",
    "Jänner": "Januar",
    "heuer": "in diesem Jahr",
    "Prozent": "%",
    "rund": "etwa",
    "bereits": "schon",
    "derzeit": "zurzeit",
    "jedoch": "aber",
    "Montag": "Wochenbeginn",
    "sowie": "und",
    "zudem": "außerdem",
    "allerdings": "freilich",
    "etwa": "beispielsweise",
    "Euro": "EUR",
}


def _copy_edit(text: str, n: int = 3) -> str:
    """Apply the first ``n`` edits of COPY_EDITS whose word occurs in ``text`` (once each)."""
    done = 0
    for old, new in COPY_EDITS.items():
        pattern = re.compile(rf"\b{re.escape(old)}\b")
        if done < n and pattern.search(text):
            text, done = pattern.sub(new, text, count=1), done + 1
    assert done == n, text[:80]
    return text


def _gnad_copies(text: str) -> dict[str, str]:
    """Republications of a DER STANDARD article (teaser sentence, then ``Ort – ...``)."""
    sents = _SENTENCE_END.split(text)
    assert len(sents) >= 8, len(sents)
    cut = max(1, round(len(sents) * 0.15))  # the last paragraph, about 15 % of the text
    headline = " ".join(sents[0].split()[:6]).rstrip(".,:;–")
    return {
        "headline": f"{headline}\n{text}\nMit Material von APA",
        "teaser": "Was Sie heute wissen müssen, kurz zusammengefasst. " + " ".join(sents[1:]),
        "trimmed": " ".join(sents[:-cut]),
        "words": _copy_edit(text),
        "all": f"{headline}\n"
        + " ".join(_SENTENCE_END.split(_copy_edit(text))[:-cut])
        + " (APA/red)",
    }


def _speech_text(path: Path) -> str:
    data = json.loads(path.read_text(encoding="utf-8"))
    return " ".join(" ".join(s["Tokens"]) for s in data["Sentences"])


def _constructed_corpus(shared: Path) -> tuple[pd.DataFrame, dict[str, str | None]]:
    """The test corpus and its truth: doc_id -> doc_id of the original (None: no duplicate)."""
    texts: dict[str, str] = {}
    truth: dict[str, str | None] = {}
    seed = (shared / "seed" / "tagesschau_2025-02-12.txt").read_text(encoding="utf-8")
    texts["ts"], truth["ts"] = seed, None
    for name, copy in _tagesschau_copies(seed).items():
        texts[f"ts-{name}"], truth[f"ts-{name}"] = copy, "ts"
    gnad = _read_gnad(shared)
    for row in GNAD_PICKS:
        texts[f"g{row}"], truth[f"g{row}"] = gnad[row][1], None
        for name, copy in _gnad_copies(gnad[row][1]).items():
            texts[f"g{row}-{name}"], truth[f"g{row}-{name}"] = copy, f"g{row}"
    # negatives: distinct texts on the same event or topic
    for label in ("International", "Inland"):
        same = [i for i, (lab, _) in enumerate(gnad) if lab == label and i not in GNAD_PICKS][:25]
        for i in same:
            texts[f"g{i}"], truth[f"g{i}"] = gnad[i][1], None
    for path in sorted((shared / "spkatt" / "train" / "task1").glob("19092_*.json")):
        texts[path.stem], truth[path.stem] = _speech_text(path), None
    for code in ("USA", "RUS", "UKR", "DEU"):
        path = shared / "ungd" / "session69_2014" / f"{code}_69_2014.txt"
        texts[path.stem], truth[path.stem] = path.read_text(encoding="utf-8"), None
    docs = _frame(texts)
    # originals appear first; copies an hour later each
    stamps = [
        pd.Timestamp("2025-02-12T12:00Z") + pd.Timedelta(hours=0 if truth[d] is None else 1 + k)
        for k, d in enumerate(texts)
    ]
    docs["published"] = pd.Series(stamps, dtype="datetime64[ns, UTC]")
    return docs, truth


def _precision_recall(out: pd.DataFrame, truth: dict[str, str | None]) -> tuple[float, float]:
    found = {(d, o) for d, o in zip(out["doc_id"], out["dup_of"], strict=True) if not pd.isna(o)}
    true = {(d, o) for d, o in truth.items() if o is not None}
    hits = len(found & true)
    return hits / max(len(found), 1), hits / max(len(true), 1)


@pytest.fixture(scope="module")
def constructed(shared_data) -> tuple[pd.DataFrame, dict[str, str | None]]:
    return _constructed_corpus(shared_data)


@pytest.mark.shared
@pytest.mark.parametrize("threshold", [0.7, 0.8, 0.9])
def test_real_republished_articles(constructed, threshold):
    docs, truth = constructed
    assert len(docs) == 127 and sum(o is not None for o in truth.values()) == 51
    assert sum(d.startswith("19092_") for d in truth) == 12  # "70 Jahre NATO"
    # two real GNAD stubs that share a boilerplate sentence ("Der Volltext dieses auf
    # Agenturmeldungen basierenden Artikels ...") under different teasers: similarity 0.58
    assert truth["g51"] is None and truth["g63"] is None
    # shuffle rows: the originals are found by date, not by position
    shuffled = docs.sample(frac=1.0, random_state=3).reset_index(drop=True)
    out = docs_dedupe(shuffled, threshold=threshold)
    validate(out, "docs")
    precision, recall = _precision_recall(out, truth)
    assert precision == 1.0, out.loc[out["dup_of"].notna(), ["doc_id", "dup_of", "dup_score"]]
    assert recall == 1.0, out.loc[out["dup_of"].isna(), ["doc_id"]].head(40)
    # each copy scores >= 0.84 against its original (the heaviest edit, ts-all: 0.843); at
    # threshold 0.9 that copy joins its cluster through a lighter-edited copy
    assert (out["dup_score"].dropna() >= 0.84).all()


@pytest.mark.shared
def test_real_news_corpus_has_no_false_duplicates(shared_data):
    # all 1,028 GNAD test articles (9 topics, many on the same events) are distinct
    gnad = _read_gnad(shared_data)
    docs = pd.DataFrame(
        {"doc_id": [f"g{i}" for i in range(len(gnad))], "text": [t for _, t in gnad]}
    )
    out = docs_dedupe(docs)
    assert out["dup_of"].isna().all(), out.loc[out["dup_of"].notna(), ["doc_id", "dup_of"]]
    # the same corpus with the copies of one article appended: only those are marked
    copies = pd.DataFrame(
        [{"doc_id": f"copy-{k}", "text": t} for k, t in _gnad_copies(gnad[0][1]).items()]
    )
    out = docs_dedupe(pd.concat([docs, copies], ignore_index=True))
    assert out.loc[out["dup_of"].notna(), "doc_id"].tolist() == copies["doc_id"].tolist()
    assert (out["dup_of"].dropna() == "g0").all()

"""target_mentions and count_targets on hand-built numbers and matches tables."""

from __future__ import annotations

import pandas as pd
import pytest

from discourse.numbers import count_targets, find_numbers, target_mentions
from discourse.schema import validate

TEXTS = [
    # 0: five percent beside Verteidigungsausgaben (offsets 0..)
    "Die Mitglieder sollen ihre Verteidigungsausgaben auf fünf Prozent erhöhen.",
    # 1: a target compound and a spending word
    "Das Zwei-Prozent-Ziel verlangt höhere Verteidigungsausgaben.",
    # 2: no concept
    "Die Umfrage ergab 54 Prozent.",
    # 3: two clauses, aid in the second
    "Die Militärhilfe wächst; die Inflation liegt bei 3 Prozent.",
]


def _sents() -> pd.DataFrame:
    starts, pos = [], 0
    for t in TEXTS:
        starts.append(pos)
        pos += len(t) + 1
    return pd.DataFrame(
        {
            "doc_id": "a",
            "sent_id": range(len(TEXTS)),
            "para_id": 0,
            "start": starts,
            "end": [s + len(t) for s, t in zip(starts, TEXTS, strict=True)],
            "text": TEXTS,
            "lang": "de",
        }
    )


def _match(sent_id: int, word: str, concept: str, sents: pd.DataFrame) -> dict:
    local = TEXTS[sent_id].index(word)
    start = int(sents.loc[sent_id, "start"]) + local
    return {"doc_id": "a", "sent_id": sent_id, "start": start, "end": start + len(word),
            "concept": concept, "term": word, "match": word}  # fmt: skip


@pytest.fixture
def tables():
    sents = _sents()
    numbers = find_numbers(sents)
    matches = pd.DataFrame(
        [
            _match(0, "Verteidigungsausgaben", "defence_spending", sents),
            _match(0, "Verteidigungsausgaben auf fünf Prozent", "spending_target", sents),
            _match(1, "Prozent-Ziel", "spending_target", sents),
            _match(1, "Verteidigungsausgaben", "defence_spending", sents),
            _match(3, "Militärhilfe", "military_aid", sents),
            _match(0, "Mitglieder", "nato", sents),
        ]
    )
    return sents, numbers, matches


def test_nearest_link(tables):
    sents, numbers, matches = tables
    assert numbers["surface"].tolist() == [
        "fünf Prozent",
        "Zwei-Prozent-Ziel",
        "54 Prozent",
        "3 Prozent",
    ]
    out = target_mentions(numbers, matches)
    # the phrase spanning "fünf Prozent" names the number; the concept beside it wins;
    # the target compound keeps the spanning spending_target match
    assert out["concept"].tolist()[:2] == ["defence_spending", "spending_target"]
    assert pd.isna(out.loc[2, "concept"])
    assert out.loc[3, "concept"] == "military_aid"
    assert out.loc[0, "concepts"] == "defence_spending|spending_target"
    assert out.loc[2, "term_start"] == -1
    validate(out, "numbers")
    assert isinstance(out.index, pd.RangeIndex)


def test_clause_window_separates(tables):
    sents, numbers, matches = tables
    out = target_mentions(numbers, matches, window="clause", sents=sents)
    assert pd.isna(out.loc[3, "concept"])  # Militärhilfe is in the clause before ";"
    assert out.loc[0, "concept"] == "defence_spending"


def test_match_overlapping_part_of_a_number_counts_as_spanning_it():
    # "1,5 Prozent" at 10..21; a target match over "5 Prozent des BIP" (12..29) covers only
    # part of the number; the concept named beside it (38..68) is what the number is about
    text = "Zusage, 1,5 Prozent des BIP bis 2024 in Verteidigung zu investieren."
    sents = pd.DataFrame({"doc_id": ["a"], "sent_id": [0], "para_id": [0], "start": [0],
                          "end": [len(text)], "text": [text], "lang": ["de"]})  # fmt: skip
    numbers = find_numbers(sents)
    assert numbers["surface"].tolist() == ["1,5 Prozent"]
    assert (numbers.loc[0, "start"], numbers.loc[0, "end"]) == (8, 19)
    part = text.index("5 Prozent des BIP")
    verb = text.index("in Verteidigung zu investieren")
    matches = pd.DataFrame(
        {
            "doc_id": ["a", "a"],
            "sent_id": [0, 0],
            "start": [part, verb],
            "end": [part + len("5 Prozent des BIP"), verb + len("in Verteidigung zu investieren")],
            "concept": ["spending_target", "defence_spending"],
        }
    )
    out = target_mentions(numbers, matches)
    assert out.loc[0, "concept"] == "defence_spending"
    assert (out.loc[0, "term_start"], out.loc[0, "term_end"]) == (verb, verb + 30)
    # alone, the partial match is treated like a spanning one: mapped to defence_spending
    alone = target_mentions(numbers, matches.iloc[:1])
    assert alone.loc[0, "concept"] == "defence_spending"
    raw = target_mentions(numbers, matches.iloc[:1], span_concepts=None)
    assert raw.loc[0, "concept"] == "spending_target"


def test_all_concepts_one_row_each(tables):
    _, numbers, matches = tables
    out = target_mentions(numbers, matches, nearest=False)
    first = out[out["surface"] == "fünf Prozent"]
    assert first["concept"].tolist() == ["defence_spending", "spending_target"]
    assert len(out) == 6  # 2 + 2 (compound) + 1 (NA) + 1
    validate(out, "numbers", unique_key=False)


def test_concepts_filter_and_span_mapping(tables):
    _, numbers, matches = tables
    only_target = matches[matches["concept"] == "spending_target"]
    out = target_mentions(numbers, only_target)
    assert out.loc[0, "concept"] == "defence_spending"  # spanning target phrase, plain figure
    raw = target_mentions(numbers, only_target, span_concepts=None)
    assert raw.loc[0, "concept"] == "spending_target"
    every = target_mentions(numbers, matches, concepts=None, nearest=False)
    assert "nato" in set(every["concept"].dropna())


def test_no_mutation_and_extra_columns(tables):
    _, numbers, matches = tables
    numbers = numbers.assign(note="x")
    nb, mb = numbers.copy(deep=True), matches.copy(deep=True)
    out = target_mentions(numbers, matches)
    pd.testing.assert_frame_equal(numbers, nb)
    pd.testing.assert_frame_equal(matches, mb)
    assert (out["note"] == "x").all()


def test_errors(tables):
    sents, numbers, matches = tables
    with pytest.raises(ValueError, match="window"):
        target_mentions(numbers, matches, window="paragraph")
    with pytest.raises(ValueError, match="sents"):
        target_mentions(numbers, matches, window="clause")
    with pytest.raises(ValueError, match="matches is missing"):
        target_mentions(numbers, matches.drop(columns="concept"))


def test_count_targets_by_source_and_year():
    linked = pd.DataFrame(
        {
            "doc_id": ["a", "a", "b", "c", "c", "c"],
            "start": [0, 10, 0, 0, 0, 30],
            "value": [2.0, 5.0, 2.0, 2.0, 2.0, 54.0],
            "unit": ["percent"] * 6,
            "is_target": [True, False, False, False, False, False],
            "concept": [
                pd.NA,
                "defence_spending",
                "defence_spending",
                "spending_target",
                "defence_spending",
                "defence_spending",
            ],  # fmt: skip
        }
    )
    docs = pd.DataFrame(
        {
            "doc_id": ["a", "b", "c"],
            "source": ["bt", "bt", "ungd"],
            "published": pd.to_datetime(["2019-04-04", "2019-11-19", "2019-09-01"], utc=True),
        }
    )
    out = count_targets(linked, docs)
    assert out.columns.tolist() == ["source", "period", "value", "n", "n_docs"]
    assert out[["source", "value", "n", "n_docs"]].values.tolist() == [
        ["bt", 2.0, 2, 2],  # a (target compound) and b (linked)
        ["bt", 5.0, 1, 1],
        ["ungd", 2.0, 1, 1],  # c counted once although linked twice; 54 % ignored
    ]
    assert str(out["period"].dtype) == "datetime64[ns, UTC]"
    assert out["period"].dt.year.tolist() == [2019, 2019, 2019]
    monthly = count_targets(linked, docs, by=None, freq="M", values=(2,))
    assert monthly["n"].tolist() == [1, 1, 1] and "source" not in monthly


def test_count_targets_errors():
    with pytest.raises(ValueError, match="published"):
        count_targets(
            pd.DataFrame(columns=["doc_id", "start", "value", "unit"]), pd.DataFrame({"doc_id": []})
        )

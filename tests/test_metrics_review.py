"""Slips a user makes with concept names: a misspelt id warns instead of counting zero."""

from __future__ import annotations

import warnings

import pandas as pd
import pytest

from discourse.metrics import kwic, timeline

DOCS = pd.DataFrame(
    {
        "doc_id": ["a"],
        "lang": ["de"],
        "text": ["Die Nato will mehr Verteidigungsausgaben."],
        "published": pd.to_datetime(["2025-02-12"], utc=True),
    }
)
MATCHES = pd.DataFrame(
    {"doc_id": ["a", "a"], "sent_id": [0, 0], "start": [4, 19], "end": [8, 40],
     "concept": ["nato", "defence_spending"], "term": ["Nato", "Verteidigungsausgaben"]}
)  # fmt: skip


def test_a_misspelt_concept_warns_with_the_likely_name():
    with pytest.warns(UserWarning, match="'defense_spending'.*did you mean 'defence_spending'"):
        assert len(kwic(DOCS, "defense_spending", matches=MATCHES)) == 0
    with pytest.warns(UserWarning, match="did you mean 'defence_spending'"):
        out = timeline(MATCHES, DOCS, freq="M", concepts=["defense_spending"])
    assert out["n"].sum() == 0


def test_a_known_concept_without_matches_is_a_real_zero():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        out = timeline(MATCHES, DOCS, freq="M", concepts=["nato", "nuclear_deterrence"])
        assert kwic(DOCS, ["nato", "military_aid"], matches=MATCHES)["match"].tolist() == ["Nato"]
    assert out.set_index("concept")["n"].to_dict() == {"nato": 1, "nuclear_deterrence": 0}


LOCAL = pd.DataFrame(
    {
        "doc_id": ["n1", "n2"],
        "lang": ["de", "de"],
        "text": ["Die Nato tagt.", "Die Nato tagt wieder."],
        # "1. Januar 2025" and "1. Februar 2025, 00:30 Uhr" read in Europe/Berlin
        "published": pd.to_datetime(["2024-12-31 23:00", "2025-01-31 23:30"], utc=True),
    }
)
LOCAL_MATCHES = pd.DataFrame(
    {"doc_id": ["n1", "n2"], "sent_id": [0, 0], "start": [4, 4], "end": [8, 8],
     "concept": ["nato", "nato"], "term": ["Nato", "Nato"]}
)  # fmt: skip


def test_periods_follow_the_time_zone_asked_for():
    from discourse.metrics import corpus_summary, count_pattern

    utc = timeline(LOCAL_MATCHES, LOCAL, freq="M", tokens=None)
    assert utc.loc[utc["n"] > 0, "period"].dt.strftime("%Y-%m").tolist() == ["2024-12", "2025-01"]
    berlin = timeline(LOCAL_MATCHES, LOCAL, freq="M", tz="Europe/Berlin")
    assert str(berlin["period"].dt.tz) == "Europe/Berlin"
    assert berlin["period"].dt.strftime("%Y-%m").tolist() == ["2025-01", "2025-02"]
    assert berlin["n"].tolist() == [1, 1]
    years = count_pattern(LOCAL, "Nato", freq="Y", tz="Europe/Berlin")
    assert years["period"].dt.year.tolist() == [2025] and years["n"].tolist() == [2]
    summary = corpus_summary(LOCAL, freq="Y", tz="Europe/Berlin")
    assert summary["n_docs"].tolist() == [2]
    with pytest.raises(ValueError, match="time zone name"):
        timeline(LOCAL_MATCHES, LOCAL, freq="M", tz="Berlin/Mitte")


def test_days_in_a_zone_whose_clock_changes_at_midnight():
    """America/Santiago skips midnight on 11 September 2022; America/Havana repeats it
    on 6 November 2022: every document still lands in its day."""
    docs = LOCAL.assign(
        published=pd.to_datetime(["2022-09-10 03:00", "2022-09-11 12:00"], utc=True)
    )
    got = timeline(LOCAL_MATCHES, docs, freq="D", tz="America/Santiago")
    assert got["n"].tolist() == [1, 0, 1]
    assert got["period"].dt.strftime("%m-%d %H:%M").tolist() == [
        "09-09 00:00",
        "09-10 00:00",
        "09-11 01:00",
    ]
    docs = LOCAL.assign(
        published=pd.to_datetime(["2022-11-06 04:30", "2022-11-06 06:00"], utc=True)
    )
    assert timeline(LOCAL_MATCHES, docs, freq="D", tz="America/Havana")["n"].tolist() == [2]


def test_a_timeline_of_undated_documents_keeps_the_period_type():
    docs = LOCAL.assign(published=pd.Series([pd.NaT, pd.NaT], dtype="datetime64[ns, UTC]"))
    with pytest.warns(UserWarning, match="no 'published' date"):
        got = timeline(LOCAL_MATCHES, docs, freq="Y")
    assert str(got["period"].dtype) == "datetime64[ns, UTC]"


def test_pieces_warn_about_a_misspelt_concept_once():
    from discourse._combine import combine_timeline, partial_timeline

    pieces = [LOCAL.iloc[[0]], LOCAL.iloc[[1]]]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        parts = [
            partial_timeline(LOCAL_MATCHES, p, freq="Y", concepts=["nato", "defense_spending"])
            for p in pieces
        ]
        out = combine_timeline(pd.concat(parts), freq="Y", concepts=["nato", "defense_spending"])
    messages = [str(w.message) for w in caught if "defense_spending" in str(w.message)]
    assert len(messages) == 1 and "did you mean 'defence_spending'" in messages[0]
    assert out.groupby("concept")["n"].sum().to_dict() == {"defense_spending": 0, "nato": 2}

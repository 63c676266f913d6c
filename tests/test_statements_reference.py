"""Acceptance test: the statements of the reference article (issue 6, item 5)."""

from __future__ import annotations

import pandas as pd
import pytest

from discourse.schema import validate
from discourse.statements import find_statements


@pytest.fixture(scope="module")
def reference(shared_data):
    path = shared_data / "seed" / "tagesschau_2025-02-12.txt"
    text = path.read_text(encoding="utf-8")
    docs = pd.DataFrame(
        {
            "doc_id": ["tagesschau-2025-02-12"],
            "source": ["tagesschau.de"],
            "published": pd.to_datetime(["2025-02-12"], utc=True).astype("datetime64[ns, UTC]"),
            "title": ["Trump und Putin wollen verhandeln"],
            "text": [text],
            "lang": ["de"],
        }
    )
    from discourse.segment import split_sentences

    sents = split_sentences(docs)
    out = find_statements(sents, docs=docs)
    return text, out


def _find(out: pd.DataFrame, needle: str, **where) -> pd.DataFrame:
    hit = out[out["content"].str.contains(needle, regex=False)]
    for col, value in where.items():
        hit = hit[hit[col] == value]
    return hit


def test_schema_and_offsets(reference):
    text, out = reference
    validate(out, "statements")
    for r in out.itertuples():
        assert text[r.content_start : r.content_end] == r.content
        if not pd.isna(r.cue_start):
            assert text[r.cue_start : r.cue_end] == r.cue
        if not pd.isna(r.speaker_start) and not r.inherited:
            assert text[r.speaker_start : r.speaker_end] == r.speaker_surface


def test_trump_indirect(reference):
    _, out = reference
    hit = _find(
        out, "Beide seien sich einig, Gespräche darüber umgehend zu beginnen", kind="indirect"
    )
    assert list(hit["speaker_id"]) == ["trump"]
    assert list(hit["cue"]) == ["teilte"]
    assert hit["cue_spans"].iloc[0].count(";") == 1  # "teilte ... mit"


def test_hegseth_indirect_borders_and_membership(reference):
    _, out = reference
    hit = _find(out, "Weder eine Wiederherstellung der alten Grenzen", kind="indirect")
    assert list(hit["speaker_id"]) == ["hegseth"]
    assert list(hit["cue"]) == ["sagte"]


def test_hegseth_direct_with_so(reference):
    _, out = reference
    hit = _find(out, "Dieses illusorische Ziel zu verfolgen", kind="direct")
    assert list(hit["speaker_id"]) == ["hegseth"]
    assert list(hit["cue"]) == ["so"]
    assert not hit["content"].iloc[0].startswith('"')


def test_konjunktiv_continuation_inherits_hegseth(reference):
    _, out = reference
    hit = _find(out, "Auch eine Nato-Mitgliedschaft der Ukraine sei", kind="indirect")
    assert list(hit["speaker_id"]) == ["hegseth"]
    assert bool(hit["inherited"].iloc[0])


def test_pentagon_chef_resolved_by_date(reference):
    _, out = reference
    hit = _find(out, "Umgesetzt werden müsse dies", kind="indirect")
    assert list(hit["speaker_surface"]) == ["der Pentagon-Chef"]
    assert list(hit["speaker_id"]) == ["hegseth"]


def test_hegseth_repeats_trumps_five_percent_demand(reference):
    _, out = reference
    hit = _find(out, "Verteidigungsausgaben auf fünf Prozent erhöhen")
    assert "hegseth" in set(hit["speaker_id"])
    assert "wiederholte" in set(hit["cue"])


def test_pistorius_indirect_with_embedded_quote(reference):
    _, out = reference
    outer = _find(out, "Deutschland und die Bundeswehr müssten", kind="indirect")
    assert list(outer["speaker_id"]) == ["pistorius"]
    inner = _find(out, "im Verbund mit den Nato-Partnern", kind="direct")
    assert list(inner["speaker_id"]) == ["pistorius"]
    o = outer.iloc[0]
    assert (
        o["content_start"]
        <= inner["content_start"].iloc[0]
        < inner["content_end"].iloc[0]
        <= o["content_end"]
    )


def test_pistorius_demands_higher_spending(reference):
    _, out = reference
    hit = _find(out, "höhere deutsche Verteidigungsausgaben")
    assert list(hit["speaker_id"]) == ["pistorius"]
    assert list(hit["kind"]) == ["reported"]


def test_two_headline_attributions(reference):
    _, out = reference
    heads = out[out["kind"] == "headline"]
    assert set(heads["content"]) == {
        "Ukraine muss Gebiete abgeben",
        "Würden keine Friedenstruppe schicken",
    }
    assert dict(zip(heads["speaker_surface"], heads["speaker_id"], strict=True)) == {
        "US-Verteidigungsminister": "hegseth",
        "USA": "usa",
    }


def test_no_statement_in_site_furniture(reference):
    _, out = reference
    for junk in (
        "Alle aktuellen Entwicklungen",
        "Weitere Informationen",
        "Mit Informationen von dpa",
    ):
        assert _find(out, junk).empty

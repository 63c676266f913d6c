"""The cue tagger, cue grouping, role features with other cues, and speech events without
a message (issue 6, session 3)."""

from __future__ import annotations

import pandas as pd

from discourse.schema import validate
from discourse.statements import find_statements, load_cues, load_model
from discourse.statements._model import in_quote, role_features
from discourse.statements._refine import group_tagged
from discourse.statements._roles import RoleTables, prefix_counts, role_split, role_split_simple
from discourse.statements._rules import Para
from discourse.statements._tagger import (
    tag_features,
    tag_probs,
    tag_tables,
    token_flags,
    word_features,
)
from discourse.statements._text import pair_quotes, tokenize

TEXTS = [
    "Ich glaube, dass wir die Frage diskutieren müssen, und Ihr Antrag greift zu kurz.",
    "„Das ist falsch“, sagte der Minister, und er teilte mit, man werde alles prüfen.",
    "Die Kollegin hat in der Debatte gesagt: Wir lehnen den Gesetzentwurf ab.",
]


def _para(text: str) -> Para:
    toks = tokenize(text, 0, 0)
    return Para(toks, [(0, len(toks))], pair_quotes(toks, {0: len(toks) - 1}), "de")


def test_word_features_hand_computed():
    lex = load_cues("de")
    assert word_features("Antrag", "antrag", lex)[:4] == [
        "w=antrag",
        "pre=antr",
        "suf=rag",
        "shape=C",
    ]
    assert "lex=speech" in word_features("sagte", "sagte", lex)


def test_token_flags_hand_computed():
    lex = load_cues("de")
    p = _para("Er sagte: „Wir sind bereit.“")
    flags = token_flags(p, lex, in_quote(p), {0}, {1}, {1})
    assert "first" in flags[0] and "name" in flags[0]
    assert {"colon_after", "rule_part", "rule_main", "hasq"} <= set(flags[1])
    assert "inq" in flags[4] and "inq" not in flags[1]


def test_tag_probs_equal_the_feature_dicts():
    """The fast sums give the probabilities of LinearModel.scores(tag_features(...))."""
    lex = load_cues("de")
    model = load_model("speech")
    assert model.tagger is not None
    tables = tag_tables(model.tagger.weights, model.tagger.intercept[0], lex, {})
    for text in TEXTS:
        p = _para(text)
        flags = token_flags(p, lex, in_quote(p), {0}, set(), set())
        fast = tag_probs(p, tables, flags)
        assert len(fast) == len(p.toks)
        for i, pr in enumerate(fast):
            ref = model.tagger.scores(tag_features(p, i, lex, flags))[0]
            assert abs(pr - ref) < 1e-12, (text, i)


def test_tagger_finds_nominal_and_thinking_cues():
    lex = load_cues("de")
    model = load_model("speech")
    p = _para(TEXTS[0])
    tables = tag_tables(model.tagger.weights, model.tagger.intercept[0], lex, None)
    probs = tag_probs(p, tables, token_flags(p, lex, in_quote(p), set(), set(), set()))
    kept = {p.toks[i].text for i, pr in enumerate(probs) if pr >= model.threshold}
    assert {"glaube", "Antrag"} <= kept
    assert "kurz" not in kept


def test_group_tagged_splits_noun_and_verb_and_attaches_function_words():
    p = _para("Wir müssen die Frage diskutieren, und er teilte es uns mit.")
    low = [t.low for t in p.toks]
    frage, disk, teilte, mit = (low.index(w) for w in ("frage", "diskutieren", "teilte", "mit"))
    groups = [g for g, _ in group_tagged(p, [frage, disk, teilte, mit], [])]
    assert groups == [[frage], [disk], [teilte, mit]]


def test_role_split_with_other_cues_equals_simple():
    for name in ("news", "speech"):
        model = load_model(name)
        tables = RoleTables(model.role)
        for text in TEXTS:
            p = _para(text)
            n = len(p.toks)
            quoted, counts = in_quote(p), prefix_counts(p)
            for k in range(0, n, 2):
                others = [o for o in (1, n // 2, n - 2) if o != k]
                args = (p, [k], None, {0}, quoted, p.toks[k].low, model)
                fast = role_split(*args, tables, counts, others)
                assert fast == role_split_simple(*args, others), (name, text, k)
    p = _para(TEXTS[0])
    antrag = [t.low for t in p.toks].index("antrag")
    f = role_features(p, 0, [antrag], None, set(), set(), "antrag", others=[5])
    assert f["ob|B"] == 1.0 and f["ck=NB"] == 1.0


def _speech(text: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    docs = pd.DataFrame(
        {
            "doc_id": ["s"],
            "text": [text],
            "lang": ["de"],
            "speaker": ["Erika Beispiel"],
            "published": [pd.Timestamp("2020-01-01", tz="UTC")],
        }
    )
    sents = pd.DataFrame(
        {
            "doc_id": ["s"],
            "sent_id": [0],
            "para_id": [0],
            "start": [0],
            "end": [len(text)],
            "text": [text],
        }
    )
    return docs, sents


def test_speech_event_without_message_has_no_content():
    text = "Ihr Antrag greift leider viel zu kurz."
    docs, sents = _speech(text)
    out = find_statements(sents, docs=docs, lang="de", model="speech", own=False)
    validate(out, "statements")
    event = out[out["cue"] == "Antrag"]
    assert len(event) == 1
    row = event.iloc[0]
    assert row["kind"] == "reported"
    assert pd.isna(row["content"]) and pd.isna(row["content_start"])
    assert text[row["cue_start"] : row["cue_end"]] == "Antrag"
    assert row["speaker_surface"] == "Ihr"


def test_offsets_reproduce_content_and_cue_with_events():
    text = (
        "Ich glaube, dass wir die Frage diskutieren müssen. Ihr Antrag greift zu kurz. "
        "Der Kollege hat gesagt, er werde zustimmen."
    )
    docs, sents = _speech(text)
    sents = pd.DataFrame(
        {
            "doc_id": ["s"] * 3,
            "sent_id": [0, 1, 2],
            "para_id": [0, 0, 0],
            "start": [0, 51, 78],
            "end": [50, 77, len(text)],
        }
    )
    sents["text"] = [text[a:b] for a, b in zip(sents["start"], sents["end"], strict=True)]
    out = find_statements(sents, docs=docs, lang="de", model="speech")
    validate(out, "statements")
    assert list(out["stmt_id"]) == list(range(len(out)))
    with_content = out[out["content"].notna()]
    assert len(with_content) >= 2 and (out["content"].isna()).any()
    for r in with_content.itertuples():
        assert text[r.content_start : r.content_end] == r.content
    for r in out[out["cue"].notna()].itertuples():
        assert text[r.cue_start : r.cue_end] == r.cue
    order = [r.cue_start if pd.isna(r.content_start) else r.content_start for r in out.itertuples()]
    assert order == sorted(order)

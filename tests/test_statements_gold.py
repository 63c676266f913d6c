"""Guards for the numbers reached on real gold data (fast subsets) and the English test set.

The thresholds sit a little below what ``benchmarks/eval_statements.py`` measured on
the same subsets; the full tables (and the bars of the issue, which are not all met)
are printed by that script.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pandas as pd
import pytest

REPO = Path(__file__).resolve().parents[1]
EN_GOLD = REPO / "tests" / "data" / "statements_en_gold.jsonl"
EN_RANDOM = REPO / "tests" / "data" / "statements_en_random.jsonl"


def _eval_module():
    spec = importlib.util.spec_from_file_location(
        "eval_statements", REPO / "benchmarks" / "eval_statements.py"
    )
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # dataclasses look their module up
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def ev():
    return _eval_module()


def test_english_gold_file_is_well_formed():
    items = [
        json.loads(line)
        for line in EN_GOLD.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    assert len(items) >= 40
    for it in items:
        assert it["file"].startswith(("nltk/state_union/", "ungd/"))
        for st in it["statements"]:
            parts = st["content"] if isinstance(st["content"], list) else [st["content"]]
            assert all(part in it["text"] for part in parts)
            assert st["speaker"] is None or st["speaker"] in it["text"]
            assert st["kind"] in {"direct", "indirect", "reported"}


def test_english_gold_sentences_are_real(shared_data):
    for line in EN_GOLD.read_text(encoding="utf-8").splitlines():
        it = json.loads(line)
        source = (shared_data / it["file"]).read_text(encoding="utf-8", errors="replace")
        assert " ".join(it["text"].split()) in " ".join(source.split())


def test_english_scores(ev):
    import eval_statements_en as en  # beside eval_statements, on the path it set up

    res = en.evaluate_english(EN_GOLD)
    # measured: P 0.911, R 0.976, F1 0.943, speaker 0.951, cue 1.000 (the rules were
    # refined while looking at this set, so it is a development set, not held-out)
    assert res["F1"] >= 0.92
    assert res["speaker_acc"] >= 0.93
    assert res["cue_acc"] >= 0.97


@pytest.mark.parametrize(
    ("split", "f1", "speaker"),
    [
        ("dev", 0.87, 0.92),  # measured F1 0.894, speaker 0.947 (rules refined on it)
        ("held-out", 0.78, 0.92),  # measured F1 0.807, speaker 0.932 (errors never looked at)
    ],
)
def test_english_random_sample_scores(ev, split, f1, speaker):
    import eval_statements_en as en

    res = en.evaluate_english_random(split=split)
    assert res["sentences"] == 120
    assert res["F1"] >= f1
    assert res["speaker_acc"] >= speaker


def test_english_random_sample_is_well_formed_and_from_the_demo_corpus():
    from discourse.demo import load_demo_corpus

    items = [json.loads(line) for line in EN_RANDOM.read_text(encoding="utf-8").splitlines()]
    assert len(items) == 240
    assert {it["split"] for it in items} == {"dev", "held-out"}
    docs = load_demo_corpus(["ungd", "sotu"]).set_index("doc_id")["text"]
    for it in items:
        collection, doc_id = it["file"].split("/")
        assert collection in ("ungd", "sotu")
        assert it["text"] in docs[doc_id]
        for st in it["statements"]:
            for part in ("speaker", "cue", "content"):
                assert st[part] is None or st[part] in it["text"]
            assert st["kind"] in {"direct", "indirect", "reported"}
            assert isinstance(st["borderline"], bool)


def test_a_speech_is_evaluated_with_its_speaker(ev):
    # as in real use: the speaker's surname from the SpkAtt file name, none for news
    assert ev.speaker_of("19092_Tagesordnungspunkt_5_SPD_Felgentreu_ID199203900_04.04.2019") == (
        "Felgentreu"
    )
    assert ev.speaker_of("19002_Zusatzpunkt_3_AfD_von_Storch_ID19209800_21.11.2017") == (
        "von Storch"
    )
    assert ev.speaker_of("50736 - Spekulationen über Geheimtreffen (2008-06-06)") is None


def test_rebuild_keeps_token_offsets(ev):
    text, sents, toks = ev.rebuild(
        [["„", "Nein", "“", ",", "sagte", "er", "."], ["(", "Ja", ")", "!"]]
    )
    assert text == "„Nein“, sagte er. (Ja)!"
    assert [text[a:b] for a, b in toks[0]] == ["„", "Nein", "“", ",", "sagte", "er", "."]
    assert text[sents[1][0] : sents[1][1]] == "(Ja)!"


@pytest.mark.slow
def test_news_held_out_subset(ev, shared_data):
    res = ev.evaluate(shared_data, "news", split="held-out", limit=60)
    # measured on this subset: cue 0.660, source 0.559, message 0.714 (session 13: German
    # speech acts with an enclosed object, "schloss eine Lieferung aus", became reported
    # statements with their cue, where the gold marks cueless whole-sentence reports: that
    # rule cost 0.004 cue F1 in cross-validation inside the tune split and was kept for the
    # users' sake, as are the reports the model drops, kept as whole-sentence reports;
    # retrained models. Session 9: 0.672 / 0.556 /
    # 0.719, the states in the registry, retrained models; session 8: 0.672 / 0.560 / 0.720, marker
    # sources up to the finite verb, closing cue clauses; session 7: 0.672 / 0.564 / 0.722,
    # appositions, subject-first clauses, colon intros, reportative "sollen"; session 6:
    # 0.665 / 0.554 / 0.713; session 5: 0.660 / 0.538 / 0.714; session 4: 0.637 / 0.473 /
    # 0.715)
    assert res["cue"]["F1"] >= 0.655
    assert res["source"]["F1"] >= 0.545
    assert res["message"]["F1"] >= 0.71


@pytest.mark.slow
def test_bundestag_held_out_subset(ev, shared_data):
    res = ev.evaluate(shared_data, "bundestag", split="held-out", limit=15)
    # measured on this subset: cue 0.745, source 0.537, message 0.615 (session 13, retrained
    # models); cue 0.749, source 0.538, message 0.611 (session 9: the states
    # in the registry, retrained models; session 8: 0.748 / 0.540 / 0.614, speeches
    # evaluated with their speaker; session 7: 0.754 / 0.540 / 0.614; session 6:
    # 0.751 / 0.520 / 0.613; session 5: 0.751 / 0.518 / 0.619; session 3 added the cue tagger,
    # speech events without a message, role features of the cue's kind)
    assert res["cue"]["F1"] >= 0.74
    assert res["source"]["F1"] >= 0.525
    assert res["message"]["F1"] >= 0.60


def _toks(*ks):
    return {(0, k) for k in ks}


def test_alignment_and_error_breakdown_add_up(ev, monkeypatch):
    # gold: A (cue 1, source 0, message 2-5), B (no cue, message 8-9), C (cue 11, message 12)
    gold = [
        {"cue": _toks(1), "source": _toks(0), "message": _toks(2, 3, 4, 5)},
        {"cue": set(), "source": _toks(7), "message": _toks(8, 9)},
        {"cue": _toks(11), "source": set(), "message": _toks(12)},
    ]
    # predicted: P0 meets A (message one short, one extra source token); P1 meets nothing
    preds = [
        {"cue": _toks(1), "source": _toks(0, 6), "message": _toks(2, 3, 4)},
        {"cue": _toks(20), "source": set(), "message": _toks(21, 22)},
    ]
    assert ev.align(preds, gold) == [(0, 0)]
    doc = ev.GoldDoc("d", "", [], [], gold)
    monkeypatch.setattr(ev, "_doc_sets", lambda doc, by_doc, pred: preds)
    err = ev.errors([doc], pd.DataFrame({"doc_id": ["d"]}))
    assert err["cue"] == {
        "found": 1,
        "partial": 0,
        "missed_cued": 1,  # C's cue
        "missed_uncued": 0,
        "extra_aligned": 0,
        "extra_unaligned": 1,  # P1's cue
    }
    assert err["source"] == {
        "found": 1,
        "partial": 0,
        "missed_cued": 0,
        "missed_uncued": 1,  # B's source
        "extra_aligned": 1,  # token 6
        "extra_unaligned": 0,
    }
    assert err["message"] == {
        "found": 3,
        "partial": 1,  # token 5
        "missed_cued": 1,
        "missed_uncued": 2,
        "extra_aligned": 0,
        "extra_unaligned": 2,
    }


def test_predicted_message_tokens_leave_out_an_inner_cue_clause_only(ev):
    text, sents, toks = ev.rebuild(
        [["Die", "Lage", ",", "so", "Hegseth", ",", "sei", "ernst", "."]]
    )
    text2, sents2, toks2 = ev.rebuild([["Die", "Polizei", "sprach", "von", "Betrug", "."]])
    doc = ev.GoldDoc("d", text, sents, toks)
    doc2 = ev.GoldDoc("e", text2, sents2, toks2)

    def row(kind, cue, src, content):
        return {
            "kind": kind,
            "cue_spans": f"{text.index(cue)}-{text.index(cue) + len(cue)}" if cue else None,
            "speaker_start": src[0],
            "speaker_end": src[1],
            "content_start": content[0],
            "content_end": content[1],
        }

    # "so Hegseth" inside the content: cue and source are no message tokens
    inner = pd.DataFrame([row("indirect", "so", (13, 20), (0, len(text) - 1))])
    assert ev.predicted_sets(doc, inner)[0]["message"] == {(0, k) for k in (0, 1, 2, 5, 6, 7)}
    # a whole-sentence statement without a cue keeps its subject in the message, as the
    # gold's "Reported" statements do
    whole = pd.DataFrame([row("reported", None, (0, 11), (0, len(text2) - 1))])
    got = ev.predicted_sets(doc2, whole)[0]
    assert got["source"] == {(0, 0), (0, 1)}
    assert got["message"] == {(0, k) for k in range(5)}

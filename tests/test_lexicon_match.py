"""find_terms: entry kinds, German compounds both ways, case, exclusions, overlaps, offsets."""

from __future__ import annotations

import json
import sys
import types

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from discourse.lexicon import Lexicon, find_terms, load_lexicon, merge_lexicons
from discourse.schema import validate


def sents_of(texts, lang="de", starts=None) -> pd.DataFrame:
    """One sentence per document (doc_id d0, d1, ...), or given sentence starts."""
    n = len(texts)
    starts = [0] * n if starts is None else starts
    return pd.DataFrame(
        {
            "doc_id": pd.array([f"d{i}" for i in range(n)], dtype="str"),
            "sent_id": list(range(n)) if starts != [0] * n else [0] * n,
            "para_id": [0] * n,
            "start": starts,
            "end": [s + len(t) for s, t in zip(starts, texts, strict=True)],
            "text": pd.array(texts, dtype="str"),
            "lang": pd.array([lang] * n, dtype="str"),
        }
    )


def hits(texts, lexicon="defence", lang="de", **kw) -> list[tuple[str, str]]:
    m = find_terms(sents_of(texts, lang), lexicon, **kw)
    return list(zip(m["concept"], m["match"], strict=True))


DE_HITS = [
    "Verteidigungsausgaben",
    "Rüstungsausgaben",
    "Militärausgaben",
    "Verteidigungsetat",
    "Verteidigungsetats",
    "Wehretat",
    "Verteidigungshaushalts",
    "Verteidigungs-Ausgaben",
    "Bundeswehretat",
]


@pytest.mark.parametrize("word", DE_HITS)
def test_german_compounds_hit(word):
    assert hits([f"Die {word} steigen."]) == [("defence_spending", word)]


@pytest.mark.parametrize(
    "text",
    [
        "Die Verteidigungsrede war lang.",
        "Die Sozialausgaben steigen.",
        "Der Verteidigungsminister sprach.",
        "Die Ausgabenkürzung trifft alle.",
        "Die Ausgaben steigen.",
        "Die Verteidigung kostet.",
        "Die Militärparade zog vorbei.",
    ],
)
def test_german_non_hits(text):
    assert hits([text]) == []


def test_compounds_as_head_and_modifier_of_longer_words():
    # bundled defence_spending uses position: any -> the whole word is the hit
    assert hits(["Gesamtverteidigungsausgaben und Verteidigungsausgabenquote."]) == [
        ("defence_spending", "Gesamtverteidigungsausgaben"),
        ("defence_spending", "Verteidigungsausgabenquote"),
    ]
    text = ["Gesamtverteidigungsausgaben, Verteidigungsausgabenplanung, Verteidigungsausgaben."]

    def with_position(position):
        spec = {"modifier": "Verteidigung", "head": "ausgaben", "position": position}
        lex = {"concepts": {"spend": {"de": [{"compound": spec}]}}}
        return [m for _, m in hits(text, lex)]

    assert with_position("word") == ["Verteidigungsausgaben"]
    assert with_position("head") == ["Gesamtverteidigungsausgaben", "Verteidigungsausgaben"]
    assert with_position("modifier") == ["Verteidigungsausgabenplanung", "Verteidigungsausgaben"]
    assert with_position("any") == [
        "Gesamtverteidigungsausgaben",
        "Verteidigungsausgabenplanung",
        "Verteidigungsausgaben",
    ]


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("Er will mehr Ausgaben für die Verteidigung.", "Ausgaben für die Verteidigung"),
        ("Er will mehr Ausgaben für Verteidigung.", "Ausgaben für Verteidigung"),
        ("Die Ausgaben für den Militär sind hoch.", "Ausgaben für den Militär"),
        ("Die Ausgaben der Bundeswehr steigen.", "Ausgaben der Bundeswehr"),
    ],
)
def test_german_multiword_entries(text, match):
    assert hits([text]) == [("defence_spending", match)]


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("NATO wants more defence spending now.", "defence spending"),
        ("The defense budget rose.", "defense budget"),
        ("Military expenditures rose.", "Military expenditures"),
        ("They spend more on defence.", "spend more on defence"),
    ],
)
def test_english_entries(text, match):
    assert hits([text], lang="en") == [("defence_spending", match)]


@pytest.mark.parametrize(
    ("text", "lang", "concept", "match"),
    [
        # spending phrased with a verb (German)
        ("Wir wollen 2 Prozent für Verteidigung ausgeben.", "de", "defence_spending",
         "für Verteidigung ausgeben"),
        ("Ob man für Rüstung und Munition mehr aufwenden soll?", "de", "defence_spending",
         "für Rüstung und Munition mehr aufwenden"),
        ("Russland gibt Geld für Verteidigung aus.", "de", "defence_spending",
         "Geld für Verteidigung"),
        ("Sie wollen 1,5 Prozent in Verteidigung zu investieren.", "de", "defence_spending",
         "in Verteidigung zu investieren"),
        ("Mehr Mittel für die Bundeswehr!", "de", "defence_spending", "Mittel für die Bundeswehr"),
        # the target under other names (German)
        ("Das Rüstungsziel von 2 Prozent.", "de", "spending_target", "Rüstungsziel"),
        ("Das Ziel der Nato ist klar.", "de", "spending_target", "Ziel der Nato"),
        # English wording of defence budgets
        ("Despite heavy defence expenses, it grew.", "en", "defence_spending", "defence expenses"),
        ("A supplemental defense appropriation passed.", "en", "defence_spending",
         "defense appropriation"),
        ("It proposes defense savings.", "en", "defence_spending", "defense savings"),
        ("It is ten times our expenditures for defense.", "en", "defence_spending",
         "expenditures for defense"),
        ("We secured funding for our military.", "en", "defence_spending",
         "funding for our military"),
        ("The national defense program will grow.", "en", "defence_spending",
         "national defense program"),
        ("We reduced the burden of national defense.", "en", "defence_spending",
         "burden of national defense"),
        ("We will have cut defense by 30 percent.", "en", "defence_spending", "cut defense"),
        ("I request more military pay.", "en", "defence_spending", "military pay"),
        # military aid named in a list
        ("They pledged military support to Kyiv.", "en", "military_aid", "military support"),
        ("We give military and economic aid.", "en", "military_aid", "military and economic aid"),
        ("It spent 1 per cent on military, economic and humanitarian aid.", "en", "military_aid",
         "military, economic and humanitarian aid"),
    ],
)  # fmt: skip
def test_wording_of_defence_spending_targets_and_aid(text, lang, concept, match):
    assert (concept, match) in hits([text], lang=lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ein Sympathieschub für die Bundeswehr.", "de"),  # not money
        ("Der EU-Kommissar für Verteidigung sprach.", "de"),
        ("Das Ziel ist klar.", "de"),
        ("The security costs of illicit trade.", "en"),  # not defence
        ("Our civil defense effort needs help.", "en"),  # "defense effort" is not spending
        ("We gave humanitarian aid to Ukraine.", "en"),  # not military aid
        ("Military personnel, diplomats and aid workers.", "en"),
        ("In Afghanistan the International Security Assistance Force ended.", "en"),
    ],
)
def test_defence_non_hits(text, lang):
    found = {c for c, _ in hits([text], lang=lang)}
    assert not found & {"defence_spending", "spending_target", "military_aid"}, found


@pytest.mark.parametrize(
    ("text", "lang", "match"),
    [
        ("Die Nato will 3,5 Prozent des BIP.", "de", "3,5 Prozent des BIP"),
        ("Die Nato will 1,5 Prozent des Bruttoinlandproduktes.", "de",
         "1,5 Prozent des Bruttoinlandproduktes"),
        ("We want a 2.5 percent target.", "en", "2.5 percent target"),
        ("We want a 3.5% target.", "en", "3.5% target"),
    ],
)  # fmt: skip
def test_decimal_targets_are_matched_whole(text, lang, match):
    assert ("spending_target", match) in hits([text], lang=lang)


def test_language_of_entries_is_respected():
    text = ["Die Verteidigungsausgaben and defence spending."]
    assert hits(text, lang="de") == [("defence_spending", "Verteidigungsausgaben")]
    assert hits(text, lang="en") == [("defence_spending", "defence spending")]
    m = find_terms(sents_of(text, "de").drop(columns="lang"), "defence")
    assert list(m["match"]) == ["Verteidigungsausgaben", "defence spending"]
    assert m["lang"].isna().all()
    m = find_terms(sents_of(text, "de"), "defence", lang="en")
    assert list(m["match"]) == ["defence spending"]
    assert list(m["lang"]) == ["en"]


def test_hand_computed_offsets_with_sentence_starts():
    doc = "Vorab. Die Nato und die Rüstungsausgaben. Ende."
    sents = pd.DataFrame(
        {
            "doc_id": ["a", "a", "a"],
            "sent_id": [0, 1, 2],
            "para_id": [0, 0, 0],
            "start": [0, 7, 42],
            "end": [6, 41, 47],
            "text": [doc[0:6], doc[7:41], doc[42:47]],
            "lang": ["de", "de", "de"],
        }
    )
    before = sents.copy()
    m = find_terms(sents, None)
    validate(m, "matches")
    assert isinstance(m.index, pd.RangeIndex)
    assert list(m.columns) == [
        "doc_id", "sent_id", "start", "end", "concept", "term", "match", "lang",
    ]  # fmt: skip
    assert m[["sent_id", "start", "end", "concept", "match"]].values.tolist() == [
        [1, 11, 15, "nato", "Nato"],
        [1, 24, 40, "defence_spending", "Rüstungsausgaben"],
    ]
    assert m["term"].tolist() == [
        "Nato",
        "Verteidigung|Rüstung|Militär|Wehr|Bundeswehr + "
        "ausgaben|etat|haushalt|budget|aufwendungen|investitionen",
    ]
    assert all(doc[s:e] == t for s, e, t in zip(m["start"], m["end"], m["match"], strict=True))
    pd.testing.assert_frame_equal(sents, before)


def test_case_rules():
    lex = {
        "concepts": {
            "nato": {"any": [{"term": "Nato", "case": "as_written"}]},
            "usa": {"any": [{"term": "US", "case": "sensitive"}]},
            "eu": {"any": ["Europäische Union"]},
        }
    }
    text = ["NATO, Nato, nato; US and us; EUROPÄISCHE UNION, europäische union."]
    assert [m for _, m in hits(text, lex)] == [
        "NATO",
        "Nato",
        "US",
        "EUROPÄISCHE UNION",
        "europäische union",
    ]


def test_sharp_s_and_length_changing_case_keep_offsets():
    lex = {"concepts": {"street": {"de": ["Straße"]}, "nato": {"any": ["Nato"]}}}
    text = "İstanbul: STRASSE, Strasse und Straße; ẞ und İİ vor der NATO."
    m = find_terms(sents_of([text]), lex)
    assert m["match"].tolist() == ["STRASSE", "Strasse", "Straße", "NATO"]
    assert all(text[s:e] == t for s, e, t in zip(m["start"], m["end"], m["match"], strict=True))


def test_entries_outside_latin1():
    lex = {"concepts": {"city": {"any": ["Gdańsk", "Kyjiw*"]}}}
    text = ["In Gdańsk, GDAŃSK und Gdansk; Kyjiws Straßen; Gdańskie."]
    assert [m for _, m in hits(text, lex)] == ["Gdańsk", "GDAŃSK", "Kyjiws"]


def test_wildcards_lemma_and_word_boundaries():
    lex = {
        "concepts": {
            "c": {
                "de": ["Wehretat*", "*friedenstruppe*", {"lemma": "Sanktion"}, "Krim"],
                "en": ["Ukrain*"],
            }
        }
    }
    text = ["Wehretats, UN-Friedenstruppen, Sanktionen, Sanktionsdebatte, Krim, Krimi, Ukrainer."]
    assert [m for _, m in hits(text, lex)] == [
        "Wehretats",
        "Friedenstruppen",
        "Sanktionen",
        "Krim",
    ]
    assert [m for _, m in hits(text, lex, lang="en")] == ["Ukrainer"]


def test_phrases_optional_choice_gap_and_no_crossing_of_sentences():
    lex = {
        "concepts": {
            "c": {
                "en": [
                    "peace (and|or) [talks|negotiations]",
                    "arms {0,2} Ukraine",
                    "nuclear weapon*",
                ]
            }
        }
    }
    texts = [
        "Peace talks, peace and negotiations, peace or war.",
        "Arms for Ukraine, arms sent to the Ukraine, arms to",
        "Ukraine. Nuclear-weapons and nuclear   weaponry.",
    ]
    m = find_terms(sents_of(texts, "en"), lex)
    assert m["match"].tolist() == [
        "Peace talks",
        "peace and negotiations",
        "Arms for Ukraine",
        "Nuclear-weapons",
        "nuclear   weaponry",
    ]


def test_exclusions_drop_overlapping_hits():
    lex = {
        "concepts": {
            "spend": {
                "de": ["*ausgaben", "Verteidigung*"],
                "exclude": ["Sozialausgaben", "Verteidigungsrede"],
            },
            "other": {"de": ["Sozialausgaben"]},
        }
    }
    text = ["Sozialausgaben, Rüstungsausgaben, Verteidigungsrede, Verteidigungsfall."]
    assert hits(text, lex) == [
        ("other", "Sozialausgaben"),
        ("spend", "Rüstungsausgaben"),
        ("spend", "Verteidigungsfall"),
    ]


def test_overlaps_longest_first_never_double_counted():
    lex = {
        "concepts": {
            "nato": {"any": ["Nato"]},
            "summit": {"any": ["Nato-Gipfel"]},
            "alliance": {"any": ["Nato"]},  # same span as nato: lexicon order decides
            "target": {"any": ["Zwei-Prozent-Ziel der Nato"], "overlap": "allow"},
        }
    }
    text = ["Der Nato-Gipfel, die Nato und das Zwei-Prozent-Ziel der Nato."]
    assert hits(text, lex) == [
        ("summit", "Nato-Gipfel"),
        ("nato", "Nato"),
        ("target", "Zwei-Prozent-Ziel der Nato"),
        ("nato", "Nato"),
    ]
    everything = hits(text, lex, overlap="all")
    assert everything.count(("alliance", "Nato")) == 3
    assert everything.count(("nato", "Nato")) == 3
    with pytest.raises(ValueError, match="overlap must be one of"):
        hits(text, lex, overlap="shortest")


def test_default_lexicon_is_all_bundled_and_inputs_are_checked():
    text = ["Die Nato und Russland: Friedensgespräche, EU-Sanktionen, Atomwaffen."]
    assert sorted({c for c, _ in hits(text, None)}) == [
        "nato",
        "negotiations",
        "nuclear_deterrence",
        "russia",
        "sanctions",
    ]
    with pytest.raises(ValueError, match="lacks column"):
        find_terms(pd.DataFrame({"doc_id": ["a"]}), "defence")
    with pytest.raises(TypeError, match="lexicon must be"):
        find_terms(sents_of(["x"]), 42)
    with pytest.raises(ValueError, match="neither a bundled lexicon"):
        find_terms(sents_of(["x"]), "nonsense")


def test_empty_results_follow_the_schema():
    m = find_terms(sents_of(["Nichts davon hier."]), "defence")
    assert len(m) == 0
    validate(m, "matches")
    m = find_terms(sents_of([]), "defence")
    validate(m, "matches")


def test_docs_table_without_segment_raises(monkeypatch, tiny_docs):
    monkeypatch.setitem(sys.modules, "discourse.segment", None)
    with pytest.raises(RuntimeError, match="split_sentences"):
        find_terms(tiny_docs, "defence")


def test_docs_table_uses_split_sentences(monkeypatch, tiny_docs):
    def split_sentences(docs):  # one sentence per paragraph, as a stand-in
        rows = []
        for doc_id, text in zip(docs["doc_id"], docs["text"], strict=True):
            pos = 0
            for i, para in enumerate(text.split("\n\n")):
                rows.append((doc_id, i, i, pos, pos + len(para), para))
                pos += len(para) + 2
        return pd.DataFrame(rows, columns=["doc_id", "sent_id", "para_id", "start", "end", "text"])

    fake = types.ModuleType("discourse.segment")
    fake.split_sentences = split_sentences
    monkeypatch.setitem(sys.modules, "discourse.segment", fake)
    m = find_terms(tiny_docs, None)
    texts = dict(zip(tiny_docs["doc_id"], tiny_docs["text"], strict=True))
    assert all(texts[d][s:e] == t for d, s, e, t in m[["doc_id", "start", "end", "match"]].values)
    got = set(zip(m["doc_id"], m["concept"], m["match"], strict=True))
    assert ("de-1", "defence_spending", "Verteidigungsausgaben") in got
    assert ("de-2", "spending_target", "Zwei-Prozent-Ziel") in got
    assert ("de-2", "defence_spending", "Rüstungsausgaben") in got
    assert ("en-1", "spending_target", "five percent of GDP on defence") in got
    assert set(m["lang"]) == {"de", "en"}


def test_both_engines_and_chunking_agree():
    lex = load_lexicon()
    texts = [
        "Die Nato-Verteidigungsausgaben, das Zwei-Prozent-Ziel und Friedenstruppen.",
        "Russia’s war against Ukraine; peace talks and sanctions.",
    ] * 30
    sents = sents_of(texts, "de")
    sents["lang"] = ["de", "en"] * 30
    rs = find_terms(sents, lex)
    small = find_terms(sents, lex, chunk_chars=50)
    pd.testing.assert_frame_equal(rs, small)
    py = Lexicon.from_dict({"concepts": {"x": {"any": ["Nato"]}}})
    py_lex = merge_lexicons([load_lexicon(n) for n in ("defence", "security", "ukraine_war")])
    assert py_lex is not lex
    py_lex.compiled.__dict__["automaton"] = py_lex.compiled.make_automaton("py")
    pd.testing.assert_frame_equal(rs, find_terms(sents, py_lex))
    assert len(find_terms(sents, py)) == 30


def test_reference_article(shared_data):
    text = (shared_data / "seed" / "tagesschau_2025-02-12.txt").read_text(encoding="utf-8")
    paras = text.split("\n\n")
    starts, pos = [], 0
    for p in paras:
        starts.append(pos)
        pos += len(p) + 2
    sents = pd.DataFrame(
        {
            "doc_id": ["seed"] * len(paras),
            "sent_id": range(len(paras)),
            "para_id": range(len(paras)),
            "start": starts,
            "end": [s + len(p) for s, p in zip(starts, paras, strict=True)],
            "text": paras,
            "lang": ["de"] * len(paras),
        }
    )
    m = find_terms(sents, None)
    validate(m, "matches")
    assert all(text[s:e] == t for s, e, t in zip(m["start"], m["end"], m["match"], strict=True))
    spend = m[m["concept"] == "defence_spending"]
    assert spend["match"].tolist() == ["Verteidigungsausgaben", "Verteidigungsausgaben"]
    counts = m["concept"].value_counts()
    for concept in ("nato", "ukraine", "russia", "negotiations", "peacekeeping"):
        assert counts.get(concept, 0) >= 1, concept
    assert counts["ukraine"] >= 10
    assert set(m.loc[m["concept"] == "peacekeeping", "match"]) == {
        "Friedenstruppe",
        "Friedenstruppen",
    }


def test_bundestag_nato_debate_has_target_mentions(shared_data):
    folder = shared_data / "spkatt" / "train" / "task1"
    texts = []
    for path in sorted(folder.glob("19092_*.json")):
        words = [w for s in json.loads(path.read_text("utf-8"))["Sentences"] for w in s["Tokens"]]
        texts.append(" ".join(words))
    assert texts, "the NATO debate (session 19/92) is part of the data"
    m = find_terms(sents_of(texts, "de"), None)
    assert (m["concept"] == "spending_target").sum() >= 2
    assert (m["concept"] == "nato").sum() >= 20


VOCAB = [
    "Nato", "NATO", "nato", "Verteidigungsausgaben", "Rüstungs", "ausgaben", "Ausgaben",
    "für", "die", "Verteidigung", "Zwei-Prozent-Ziel", "İ", "ẞ", "ß", "’s", "Russia", "war",
    "in", "Ukraine", "peace", "talks", "-", " ", "  ", ",", ".", "\n", "é", "Gdańsk",
]  # fmt: skip


@settings(deadline=None, max_examples=60)
@given(st.lists(st.lists(st.sampled_from(VOCAB), max_size=25), min_size=1, max_size=4))
def test_property_offsets_and_no_double_counting(docs):
    texts = ["".join(w) if i % 2 else " ".join(w) for i, w in enumerate(docs)]
    sents = sents_of(texts, "de")
    sents["lang"] = pd.array(["de", "en"] * 2, dtype="str")[: len(texts)]
    m = find_terms(sents, None)
    validate(m, "matches", unique_key=False)
    for d, s, e, t in m[["doc_id", "start", "end", "match"]].itertuples(index=False):
        assert texts[int(d[1:])][s:e] == t and e > s
    validate(m, "matches")  # no bundled concept says overlap: allow, so the key is unique
    for _, g in m.groupby("doc_id"):
        spans = sorted(zip(g["start"], g["end"], strict=True))
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))
    every = find_terms(sents, None, overlap="all")
    assert set(zip(m["doc_id"], m["start"], m["end"], m["concept"], strict=True)) <= set(
        zip(every["doc_id"], every["start"], every["end"], every["concept"], strict=True)
    )
    pd.testing.assert_frame_equal(m, find_terms(sents, None, chunk_chars=7))


def _reference_candidates(joined, low, hits, comp):
    """Every (hit, rule) pair checked one by one with the exact per-hit logic."""
    from discourse.lexicon import _verify

    c = _verify._Chunk(joined, low)
    out, n = set(), len(joined)
    for k, s, e in hits:
        for r in comp.rules[k]:
            if r.phrase is None:
                span = _verify._exact_single(c, r, s, e)
                if span is not None:
                    out.add((span[0], span[1], r.rid))
                continue
            if not r.extend_left and s > 0 and joined[s - 1].isalnum():
                continue
            right, left = r.phrase.match(low, s), r.left.match(c.rev, n - s)
            if right is None or left is None:
                continue
            span = (n - left.end(), right.end())
            if r.check is None or r.check.fullmatch(joined, *span):
                out.add((*span, r.rid))
    return out


@settings(deadline=None, max_examples=60)
@given(
    st.lists(
        st.sampled_from(VOCAB + ["Wehretats", "Sozialausgaben", "2%", "per cent"]), max_size=40
    )
)
def test_property_vectorised_checks_equal_the_per_hit_reference(words):
    from discourse.lexicon._text import LOWER
    from discourse.lexicon._verify import verify

    comp = load_lexicon().compiled
    joined = " ".join(words) + "\x00" + "".join(words)
    low = joined.encode("latin-1", "replace").translate(LOWER)
    hits = comp.automaton.find(low)
    got = set(zip(*[a.tolist() for a in verify(joined, low, hits, comp)], strict=True))
    assert got == _reference_candidates(joined, low, hits, comp)


def test_object_and_arrow_text_columns_and_missing_text_agree():
    texts = ["Die Nato-Verteidigungsausgaben steigen.", None, "Russland und die Ukraine."] * 3
    arrow = sents_of([t or "" for t in texts])
    arrow["text"] = pd.array(texts, dtype="str")
    several = pd.concat([arrow.iloc[:4], arrow.iloc[4:]], ignore_index=True)  # two Arrow chunks
    plain = arrow.assign(text=pd.Series(texts, dtype=object))
    expected = find_terms(arrow, None)
    assert len(expected) == 12  # Nato, Verteidigungsausgaben, Russland, Ukraine (x3)
    pd.testing.assert_frame_equal(find_terms(plain, None), expected)
    pd.testing.assert_frame_equal(find_terms(several, None, chunk_chars=30), expected)


def test_docs_table_with_the_real_sentence_splitter(tiny_docs):
    segment = pytest.importorskip("discourse.segment")
    if not hasattr(segment, "split_sentences"):
        pytest.skip("discourse.segment.split_sentences is not there yet")
    before = tiny_docs.copy()
    m = find_terms(tiny_docs, None)
    validate(m, "matches")
    pd.testing.assert_frame_equal(tiny_docs, before)
    texts = dict(zip(tiny_docs["doc_id"], tiny_docs["text"], strict=True))
    assert all(texts[d][s:e] == t for d, s, e, t in m[["doc_id", "start", "end", "match"]].values)
    assert ("de-1", "Verteidigungsausgaben") in set(zip(m["doc_id"], m["match"], strict=True))
    assert list(dict.fromkeys(m["doc_id"])) == ["de-1", "de-2", "en-1"]


def test_output_is_sorted_by_document_order_then_start():
    sents = pd.DataFrame(
        {
            "doc_id": ["b", "a", "b"],
            "sent_id": [1, 0, 0],
            "para_id": [0, 0, 0],
            "start": [10, 0, 0],
            "end": [19, 6, 9],
            "text": ["Nato Nato", "Russia", "Nato Kiew"],
            "lang": ["de", "en", "de"],
        }
    )
    m = find_terms(sents, None)
    assert m[["doc_id", "sent_id", "start", "match"]].values.tolist() == [
        ["b", 0, 0, "Nato"],
        ["b", 0, 5, "Kiew"],
        ["b", 1, 10, "Nato"],
        ["b", 1, 15, "Nato"],
        ["a", 0, 0, "Russia"],
    ]


def test_nul_characters_in_the_text_do_not_shift_rows():
    texts = ["Nato\x00Russland", "Die\x00\x00Ukraine", "Kiew"]
    m = find_terms(sents_of(texts), None)
    assert m[["doc_id", "start", "match"]].values.tolist() == [
        ["d0", 0, "Nato"],
        ["d0", 5, "Russland"],
        ["d1", 5, "Ukraine"],
        ["d2", 0, "Kiew"],
    ]

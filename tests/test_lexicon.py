"""Lexicon format: bundled lexicons, YAML/dict parsing, strict validation with clear errors."""

from __future__ import annotations

import re

import pytest
import yaml

from discourse.lexicon import (
    Lexicon,
    lemma_forms,
    list_lexicons,
    load_lexicon,
    merge_lexicons,
    read_lexicon,
)

CONCEPTS = {
    "defence_spending",
    "spending_target",
    "nato",
    "ukraine",
    "russia",
    "negotiations",
    "sanctions",
    "military_aid",
    "nuclear_deterrence",
    "peacekeeping",
}

SMALL = {
    "name": "small",
    "description": "a test lexicon",
    "concepts": {
        "defence_spending": {
            "label": "Defence spending",
            "de": [
                "Verteidigungsausgaben",
                {"lemma": "Verteidigungsetat"},
                {"compound": {"head": "ausgaben", "modifiers": ["Rüstung", "Militär"]}},
                "Ausgaben für (die) Verteidigung",
                "Wehretat*",
            ],
            "en": ["defence spending", "military expenditure*"],
            "exclude": ["Verteidigungsrede"],
        },
        "nato": {"any": [{"term": "Nato", "case": "as_written"}]},
    },
}


def test_bundled_lexicons_cover_the_domain():
    assert list_lexicons() == ["defence", "security", "ukraine_war"]
    lex = load_lexicon()
    assert set(lex.concept_ids) == CONCEPTS
    assert len(lex.concept_ids) == len(set(lex.concept_ids))
    for concept in lex.concepts:
        langs = {e.lang for e in concept.entries}
        assert {"de", "en"} <= langs | ({"de", "en"} if "any" in langs else set()), concept.id
        assert re.fullmatch(r"[a-z][a-z0-9_]*", concept.id)
    assert load_lexicon("defence").concept_ids == [
        "defence_spending",
        "spending_target",
        "military_aid",
        "nuclear_deterrence",
    ]
    assert load_lexicon(["security", "defence"]).concept_ids[:2] == ["nato", "peacekeeping"]


def test_unknown_bundled_name_lists_the_valid_ones():
    with pytest.raises(ValueError, match=r"no bundled lexicon 'defense'.*'defence'"):
        load_lexicon("defense")


def test_entry_kinds_are_parsed():
    lex = Lexicon.from_dict(SMALL)
    kinds = [e.kind for e in lex.concepts[0].entries]
    assert kinds == ["word", "lemma", "compound", "phrase", "wildcard", "phrase", "phrase"]
    compound = lex.concepts[0].entries[2]
    assert compound.heads == ("ausgaben",)
    assert compound.modifiers == ("Rüstung", "Militär")
    assert compound.term == "Rüstung|Militär + ausgaben"
    assert [e.term for e in lex.concepts[0].exclude] == ["Verteidigungsrede"]
    assert lex.concepts[1].entries[0].case == "as_written"
    assert lex.concepts[1].entries[0].lang == "any"
    assert lex.n_entries == 8


def test_yaml_file_equals_dict(tmp_path):
    path = tmp_path / "small.yaml"
    path.write_text(yaml.safe_dump(SMALL, allow_unicode=True), encoding="utf-8")
    assert read_lexicon(path) == Lexicon.from_dict(SMALL)
    assert read_lexicon(str(path)).name == "small"


@pytest.mark.parametrize(
    ("change", "pattern"),
    [
        (lambda d: d.update(colour="red"), r"<dict>: unknown key\(s\) \['colour'\]"),
        (lambda d: d.update(concepts={}), r"'concepts' must be a non-empty mapping"),
        (
            lambda d: d["concepts"].update({"Defence Spending": {"en": ["x y"]}}),
            r"concept 'Defence Spending': concept ids must be snake_case",
        ),
        (
            lambda d: d["concepts"]["nato"].update(lable="NATO"),
            r"concept 'nato': unknown key\(s\) \['lable'\]",
        ),
        (
            lambda d: d["concepts"].update(empty={"label": "nothing"}),
            r"concept 'empty': the concept has no entries",
        ),
        (
            lambda d: d["concepts"]["nato"].update(case="loud"),
            r"concept 'nato': case must be one of",
        ),
        (
            lambda d: d["concepts"]["nato"]["any"].append("Na*to"),
            r"concept 'nato', any entry 2: cannot read 'Na\*to'",
        ),
        (
            lambda d: d["concepts"]["nato"]["any"].append({"lemma": "Nato", "term": "Nato"}),
            r"any entry 2: an entry mapping needs exactly one of",
        ),
        (
            lambda d: d["concepts"]["nato"]["any"].append({"compound": {"head": "ausgaben"}}),
            r"any entry 2: compound modifier\(s\) must be a string or a non-empty list",
        ),
        (
            lambda d: d["concepts"]["nato"]["any"].append(
                {"compound": {"head": "etat", "modifier": "Wehr", "position": "middle"}}
            ),
            r"compound position must be one of",
        ),
        (
            lambda d: d["concepts"]["nato"]["any"].append(42),
            r"any entry 2: an entry must be a string or a mapping, got 42",
        ),
        (
            lambda d: d["concepts"]["nato"]["any"].append("(die) {0,2}"),
            r"needs a word that is not optional or a gap",
        ),
        (
            lambda d: d["concepts"]["nato"]["any"].append("Ausgaben {3,1} Verteidigung"),
            r"gap '\{3,1\}'",
        ),
        (lambda d: d["concepts"]["nato"].update(xxx=["a"]), r"unknown key\(s\) \['xxx'\]"),
    ],
)
def test_validation_errors_name_the_place(change, pattern):
    data = yaml.safe_load(yaml.safe_dump(SMALL))
    change(data)
    with pytest.raises(ValueError, match=pattern):
        Lexicon.from_dict(data)


def test_errors_name_the_file(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text("concepts:\n  nato:\n    en: [NATO]\n    exlude: [x]\n", encoding="utf-8")
    with pytest.raises(
        ValueError, match=r"mine\.yaml, concept 'nato': unknown key\(s\) \['exlude'\]"
    ):
        read_lexicon(path)
    path.write_text("concepts: [unclosed\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"mine\.yaml: not valid YAML"):
        read_lexicon(path)
    with pytest.raises(FileNotFoundError, match="nothere.yaml"):
        read_lexicon(tmp_path / "nothere.yaml")


def test_merge_refuses_duplicate_concepts():
    a = Lexicon.from_dict(SMALL, source="a.yaml")
    b = Lexicon.from_dict({"concepts": {"nato": {"en": ["NATO"]}}}, source="b.yaml")
    with pytest.raises(ValueError, match=r"concept 'nato' is defined in both a\.yaml and b\.yaml"):
        merge_lexicons([a, b])
    c = Lexicon.from_dict({"concepts": {"russia": {"en": ["Russia"]}}})
    assert (a + c).concept_ids == ["defence_spending", "nato", "russia"]


def test_lemma_forms_by_hand():
    assert lemma_forms("Verteidigungsetat", "de")[:4] == [
        "verteidigungsetat",
        "verteidigungsetate",
        "verteidigungsetaten",
        "verteidigungsetatn",
    ]
    assert "verteidigungsetats" in lemma_forms("Verteidigungsetat", "de")
    en = lemma_forms("negotiate", "en")
    assert {"negotiates", "negotiated", "negotiating"} <= set(en)
    assert {"parties", "partied"} <= set(lemma_forms("party", "en"))


def test_compiled_lexicon_is_cached_and_anchors_are_latin1():
    lex = Lexicon.from_dict(SMALL)
    assert lex.compiled is lex.compiled
    assert all(isinstance(a, bytes) and a == a.lower() for a in lex.compiled.anchors)
    assert "rüstungsausgaben".encode("latin-1") in lex.compiled.anchors
    assert "rüstungs-ausgaben".encode("latin-1") in lex.compiled.anchors


def test_a_used_lexicon_pickles_and_matches_the_same_after(tiny_docs):
    import pickle

    import pandas as pd

    from discourse.lexicon import find_terms, load_lexicon
    from discourse.segment import split_sentences

    sents = split_sentences(tiny_docs)
    lexicon = load_lexicon("defence")
    before = find_terms(sents, lexicon)  # compiles the matcher
    copy = pickle.loads(pickle.dumps(lexicon))
    assert copy == lexicon
    pd.testing.assert_frame_equal(find_terms(sents, copy), before)
    assert len(before) > 0

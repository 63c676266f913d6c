"""Tokens of the statement rules, attribution markers and the Konjunktiv test."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from discourse.statements._cues import load_cues
from discourse.statements._markers import marker_cues, subjunctive
from discourse.statements._rules import Para
from discourse.statements._text import pair_quotes, tokenize

LEX = load_cues("de")


def _para(text: str) -> Para:
    toks = tokenize(text, 0, 0)
    return Para(toks, [(0, len(toks))], pair_quotes(toks, {0: len(toks) - 1}), "de")


def _words(p: Para, span: tuple[int, int] | None) -> str | None:
    return " ".join(t.text for t in p.toks[span[0] : span[1]]) if span else None


def test_tokens_offsets_and_flags():
    toks = tokenize("„Nein“, sagte der Nato-Chef Y. ", 3, 10)
    assert [t.text for t in toks] == ["„", "Nein", "“", ",", "sagte", "der", "Nato-Chef", "Y", "."]
    assert [(t.start, t.end) for t in toks][:5] == [
        (10, 11),
        (11, 15),
        (15, 16),
        (16, 17),
        (18, 23),
    ]
    assert [t.is_quote for t in toks] == [True, False, True] + [False] * 6
    assert [t.is_punct for t in toks] == [True, False, True, True, False, False, False, False, True]
    assert {t.sent for t in toks} == {3}
    assert toks[6].low == "nato-chef"
    assert tokenize("   ", 0, 0) == []


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="ab Ä_-.’'„“:,\n0", max_size=30), st.integers(0, 50))
def test_tokens_cover_every_character_but_white_space(text, base):
    toks = tokenize(text, 0, base)
    pos = 0
    for t in toks:
        assert text[pos : t.start - base].isspace() or t.start - base == pos
        assert text[t.start - base : t.end - base] == t.text
        assert t.low == t.text.lower()
        assert t.is_punct == (not (t.text[0].isalnum() or t.text[0] == "_"))
        pos = t.end - base
    assert text[pos:].strip() == ""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Laut Polizei ist die Lage ruhig.", [("Laut", "Polizei", "ist die Lage ruhig")]),
        ("Die Lage sei ruhig, heißt es.", [("heißt es", None, "Die Lage sei ruhig")]),
        ("Die Lage ist ruhig, so der Sprecher.", [("so", "der Sprecher", "Die Lage ist ruhig")]),
        (
            "Nach Angaben der Polizei ist die Lage ruhig.",
            [("Nach", "Angaben der Polizei", "ist die Lage ruhig")],
        ),
        ("Der Plan wurde bekannt gegeben.", []),  # "wurde bekannt", but no message
        ("Er kam nach Hause.", []),  # "nach" without an attribution noun
    ],
)
def test_marker_cues(text, expected):
    p = _para(text)
    got = [
        (" ".join(p.toks[k].text for k in st.cue), _words(p, st.src), _words(p, st.msg))
        for st in marker_cues(p, LEX, 0, set())
    ]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "loose", "strict"),
    [
        ("Die Lage sei ruhig.", True, True),
        ("Wir seien bereit.", False, False),  # first person: no reported speech
        ("Er hätte gern mehr Geld.", True, False),  # Konjunktiv II only
        ("Die Lage ist ruhig.", False, False),
    ],
)
def test_subjunctive(text, loose, strict):
    p = _para(text)
    assert subjunctive(p, LEX, 0) is loose
    assert subjunctive(p, LEX, 0, strict=True) is strict

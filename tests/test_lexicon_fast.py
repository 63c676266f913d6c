"""find_terms fast paths: the Arrow text reader, plain multi-word entries without regexes,
neighbour filters through optional words, endings without the original text.

Each fast path must give exactly what the slow path gives: the tests compare both.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from discourse.lexicon import Lexicon, _column, _verify, find_terms, load_lexicon, merge_lexicons
from discourse.lexicon._phrase import _edge_bytes
from discourse.lexicon._text import LOWER
from discourse.schema import validate

LEX = {
    "name": "fast",
    "concepts": {
        "war": {
            "en": [
                "[war|invasion] [in|of] (the) Ukraine",
                "[supply|send] (of) [arms|weapons]",
                "cost of (our|the) (national) defence",
            ]
        },
        "climate": {
            "en": [
                "climate change",
                "Paris Agreement",
                "least developed countries",
                "climate [crisis|action]",
                {"lemma": "drought"},
                "emission*",
            ]
        },
        "terror": {
            "en": [
                {"term": "ISIS", "case": "sensitive"},
                "*terror*",
                {"term": "Al-Qaida", "case": "as_written"},
                {"term": "UNO", "case": "as_written"},
            ]
        },
        "de": {
            "any": ["Pariser Klimaabkommen", {"lemma": "Verteidigungsetat"}, "Straße", "Überfall*"]
        },
    },
}
WORDS = [
    "war", "invasion", "in", "of", "the", "Ukraine", "supply", "send", "arms", "weapons",
    "cost", "our", "national", "defence", "climate", "change", "Paris", "Agreement",
    "least", "developed", "countries", "crisis", "action", "droughts", "emissions", "ISIS",
    "Isis", "counterterrorism", "Pariser", "Klimaabkommen", "Verteidigungsetats", "Straße",
    "STRASSE", "Gdańsk", "İ", "€", "😀", "é", "CLIMATE", "Change", "droughtiness",
    "Verteidigungsetatplanung", "Überfalls", "„Überfall“", "’", "Al-Qaida", "AL-QAIDA",
    "al-qaida", "Al-Qaidas", "UNO", "Uno", "UNOs", "ÜNO",
]  # fmt: skip
SEPS = [" ", " ", " ", "  ", "-", "\xa0", "\n", ", ", "\x00", ""]


def sents(texts, *, dtype="str", lang="en") -> pd.DataFrame:
    n = len(texts)
    return pd.DataFrame(
        {
            "doc_id": pd.array([f"d{i}" for i in range(n)], dtype="str"),
            "sent_id": [0] * n,
            "start": [0] * n,
            "text": pd.Series(texts, dtype=dtype),
            "lang": pd.array([lang] * n, dtype="str"),
        }
    )


def _text(tokens):
    return "".join(w + s for w, s in tokens)


texts_st = st.lists(
    st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPS)), max_size=14).map(_text),
    min_size=1,
    max_size=5,
)


def test_latin_image_hand_computed():
    assert _column.latin_image("Ärger über 5 €, ß.".encode()) == b"\xe4rger \xfcber 5 ?, \xdf."
    assert _column.latin_image(b"") == b""
    low, owner = _column._image("aÄ€b".encode())
    assert low == b"a\xe4?b"
    # Ä drops one byte, € two: both belong to the characters at image offsets 1 and 2
    assert owner.tolist() == [1, 2, 2]


@settings(deadline=None, max_examples=200)
@given(st.text(alphabet=st.sampled_from("aZ09 -?\x00ÄäßÀÿÞ×\xa0¡²łŁİ中€😀\U0010ffff")))
def test_property_latin_image_equals_decode_encode(text):
    raw = text.encode()
    low, owner = _column._image(raw)
    assert bytes(low) == text.encode("latin-1", "replace").translate(LOWER)
    # character offset -> byte offset, as used to cut surfaces from the UTF-8 bytes
    for x in range(len(text) + 1):
        assert x + int(np.searchsorted(owner, x)) == len(text[:x].encode())


def test_hand_computed_matches_through_the_fast_paths():
    text = "The invasion of the Ukraine, climate change and the Paris  Agreement; ISIS, Isis."
    m = find_terms(sents([text]), LEX)
    validate(m, "matches")
    got = list(zip(m["start"], m["end"], m["match"], strict=True))
    assert got == [
        (4, 27, "invasion of the Ukraine"),
        (29, 43, "climate change"),
        (52, 68, "Paris  Agreement"),
        (70, 74, "ISIS"),
    ]


def test_surfaces_next_to_multibyte_characters_and_endings():
    texts = [
        "€Straße😀 Überfalls„ ISIS’",
        "droughts droughtiness Verteidigungsetats Verteidigungsetatx",
    ]
    m = find_terms(sents(texts), LEX)
    assert m["match"].tolist() == ["Straße", "Überfalls", "ISIS", "droughts", "Verteidigungsetats"]
    assert m["start"].tolist() == [1, 9, 20, 0, 22]
    pd.testing.assert_frame_equal(m, find_terms(sents(texts, dtype=object), LEX))


def test_case_rules_compared_as_bytes():
    texts = ["Al-Qaida AL-QAIDA al-qaida Al-qaida UNO Uno UNOs", "Ünö UNO€ ÄUNO"]
    m = find_terms(sents(texts), LEX)
    assert m["match"].tolist() == ["Al-Qaida", "AL-QAIDA", "UNO", "UNO"]
    assert m["start"].tolist() == [0, 9, 36, 4]
    pd.testing.assert_frame_equal(m, find_terms(sents(texts, dtype=object), LEX))


def test_literal_phrases_need_word_boundaries_and_stay_in_the_row():
    texts = ["xclimate change", "climate changes", "climate change", "climate", "change"]
    m = find_terms(sents(texts), LEX)
    assert m[["doc_id", "start", "end"]].values.tolist() == [["d2", 0, 14]]


def test_optional_words_widen_the_neighbour_filter():
    codes = _edge_bytes(["[war|invasion]", "[in|of]", "(the)", "Ukraine"], 2, (), last=True)
    assert codes is not None

    def code(word: bytes) -> int:  # the last three bytes, nearest the anchor first
        b = word[-3:][::-1]
        return b[0] << 16 | b[1] << 8 | b[2]

    assert {code(b"the"), code(b" in"), code(b" of")} <= set(codes.tolist())
    assert code(b"for") not in set(codes.tolist())
    # an optional word with nothing required beyond it: any word may stand there
    assert _edge_bytes(["(the)", "Ukraine"], 0, (), last=True) is None
    assert _edge_bytes(["spend", "{0,2}", "(on)", "defence"], 2, (), last=True) is None


def _without_fast_paths(monkeypatch):
    empty = np.zeros(0, dtype=np.int64)
    monkeypatch.setattr(_verify, "_literal_phrases", lambda *a: (empty, empty, empty, empty))


@settings(deadline=None, max_examples=80)
@given(texts_st)
def test_property_arrow_reader_equals_python_strings(texts):
    arrow = find_terms(sents(texts), LEX, overlap="all")
    plain = find_terms(sents(texts, dtype=object), LEX, overlap="all")
    pd.testing.assert_frame_equal(arrow, plain)
    for t, s, e, surface in arrow[["doc_id", "start", "end", "match"]].itertuples(index=False):
        assert texts[int(t[1:])][s:e] == surface


@settings(deadline=None, max_examples=80)
@given(texts_st)
def test_property_literal_fast_path_equals_the_regexes(texts):
    fast = find_terms(sents(texts), LEX, overlap="all")
    with pytest.MonkeyPatch.context() as mp:
        _without_fast_paths(mp)
        slow = find_terms(sents(texts), LEX, overlap="all")
    pd.testing.assert_frame_equal(fast, slow)


def _reference(joined, low, hits, comp):
    """Every (hit, rule) pair checked one by one on the Python string, no filters."""
    out, n = set(), len(joined)
    rev = low[::-1]
    c = _verify._Chunk(joined, low)
    for k, s, e in hits:
        for r in comp.rules[k]:
            if r.phrase is None:
                span = _verify._exact_single(c, r, s, e)
                if span is not None:
                    out.add((span[0], span[1], r.rid))
                continue
            if not r.extend_left and s > 0 and joined[s - 1].isalnum():
                continue
            right, left = r.phrase.match(low, s), r.left.match(rev, n - s)
            if right is None or left is None:
                continue
            span = (n - left.end(), right.end())
            if r.check is None or r.check.fullmatch(joined, *span):
                out.add((*span, r.rid))
    return out


@settings(deadline=None, max_examples=100)
@given(texts_st)
def test_property_verify_equals_the_per_hit_reference(texts):
    comp = merge_lexicons([Lexicon.from_dict(LEX), load_lexicon("defence")]).compiled
    joined = "\x00".join(texts)
    low = joined.encode("latin-1", "replace").translate(LOWER)
    hits = comp.automaton.find(low)
    expected = _reference(joined, low, hits, comp)
    got = set(zip(*[a.tolist() for a in _verify.verify(joined, low, hits, comp)], strict=True))
    assert got == expected
    # the same through the Arrow reader (rows decoded on demand)
    col = _column.TextColumn(pd.Series(texts, dtype="str"))
    starts = np.concatenate(([0], col.cum[:-1]))
    reader, low2 = col.chunk(0, len(texts), starts)
    assert bytes(low2) == low
    got2 = _verify.verify(reader, low2, comp.automaton.find(low2), comp, starts)
    assert set(zip(*[a.tolist() for a in got2], strict=True)) == expected


def test_several_arrow_chunks_and_small_chunks_agree():
    texts = ["Die Straße der STRASSE.", "", "climate change 😀 climate change", None, "ISIS"] * 4
    arrow = sents([t or "" for t in texts])
    arrow["text"] = pd.array(texts, dtype="str")
    several = pd.concat([arrow.iloc[:7], arrow.iloc[7:]], ignore_index=True)
    expected = find_terms(sents([t or "" for t in texts], dtype=object), LEX)
    assert len(expected) == 4 * 5  # Straße, STRASSE, climate change x2, ISIS
    for table in (arrow, several):
        for cc in (1, 10, 4_000_000):
            pd.testing.assert_frame_equal(find_terms(table, LEX, chunk_chars=cc), expected)


def _resolve_reference(s, e, entry):
    """Greedy over all candidates: longest first, then earliest start, then lexicon order."""
    ranked = sorted(range(len(s)), key=lambda i: (s[i] - e[i], s[i], entry[i], i))
    taken, kept = [], []
    for i in ranked:
        if all(e[i] <= a or s[i] >= b for a, b in taken):
            taken.append((s[i], e[i]))
            kept.append(i)
    return sorted(kept)


@settings(deadline=None, max_examples=200)
@given(st.lists(st.tuples(st.integers(0, 30), st.integers(1, 8), st.integers(0, 5)), max_size=25))
def test_property_overlap_resolution_equals_the_greedy_reference(spans):
    from discourse.lexicon._match import _resolve

    s = np.array([a for a, _, _ in spans], dtype=np.int64)
    e = np.array([a + n for a, n, _ in spans], dtype=np.int64)
    entry = np.array([k for _, _, k in spans], dtype=np.int64)
    got = _resolve(s, e, entry).tolist()
    assert got == _resolve_reference(s.tolist(), e.tolist(), entry.tolist())


def test_overlap_resolution_hand_computed():
    from discourse.lexicon._match import _resolve

    s, e = np.array([0, 2, 10, 10, 20, 21, 22]), np.array([5, 9, 14, 14, 23, 30, 25])
    entry = np.array([0, 1, 3, 2, 0, 0, 0])
    # [0,5) vs [2,9): the longer wins; equal spans: the earlier entry; [21,30) beats both
    assert _resolve(s, e, entry).tolist() == [1, 3, 5]

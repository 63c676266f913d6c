"""The fast paths of the statement models equal the simple ones (issue 6, issue 9).

- ``role_split`` (lookup tables, prefix counts) makes the same source/message decisions
  as ``role_split_simple`` (one feature dict per token, ``LinearModel.scores``);
- ``LinearModel.scores`` with indicator features gives the same floats as the sums
  written out term by term;
- the prefilter automaton is built once per call and equals the one built per document;
- ``cue_probs`` (cached weights) gives bit-identical probabilities to
  ``model.cue.scores(cue_features(...))`` (one feature dict per candidate).
"""

from __future__ import annotations

import math
import re

import pandas as pd
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from discourse.statements import find_statements, load_cues, load_model
from discourse.statements._cuefast import CueTables, cue_probs, cue_tables
from discourse.statements._extract import (
    _automaton,
    _cue_words,
    _dedupe,
    _inside_its_quotation,
    rule_statements,
)
from discourse.statements._markers import headline, marker_cues
from discourse.statements._model import (
    LinearModel,
    StatementModel,
    _marks,
    cue_candidates,
    cue_features,
    in_quote,
    primaries,
)
from discourse.statements._prefilter import automaton, with_swiss_spelling
from discourse.statements._refine import refine
from discourse.statements._roles import RoleTables, prefix_counts, role_split, role_split_simple
from discourse.statements._rules import Para, Stmt
from discourse.statements._source import _not_a_source
from discourse.statements._text import QUOTE_CHARS, Tok, pair_quotes, tokenize
from discourse.statements._verbs import verb_cues
from discourse.statements._whole import (
    subject_before,
    subject_elsewhere,
    whole_features,
    whole_statements,
    whole_verb,
)

TEXTS = [
    "„Das ist falsch“, sagte der Minister am Montag in Berlin, und er fügte hinzu, "
    "man werde „alles prüfen“.",
    "Laut Angaben der Polizei seien 13 Menschen verletzt worden; sie hätten, so ein Sprecher, "
    "Glück gehabt.",
    "Er betonte: Wir brauchen mehr Geld, mehr Personal, mehr Zeit, mehr Geduld, mehr Mut, "
    "mehr Ideen, mehr Kraft, mehr Hilfe, mehr Schutz, mehr Ruhe, mehr Licht und mehr Luft.",
    'Die Ministerin erklärte, dass sie "keine Zweifel" habe, während Müller sagte, er sei skeptisch.',
]


def _para(text: str) -> Para:
    toks = tokenize(text, 0, 0)
    return Para(toks, [(0, len(toks))], pair_quotes(toks, {0: len(toks) - 1}), "de")


def _both(p: Para, group, rule, names, model: StatementModel):
    quoted = in_quote(p)
    cue_word = p.toks[group[0]].low
    fast = role_split(
        p, group, rule, names, quoted, cue_word, model, RoleTables(model.role), prefix_counts(p)
    )
    simple = role_split_simple(p, group, rule, names, quoted, cue_word, model)
    return fast, simple


def test_role_split_equals_simple_on_every_cue_position():
    lex = load_cues("de")
    for name in ("news", "speech"):
        model = load_model(name)
        for text in TEXTS:
            p = _para(text)
            n = len(p.toks)
            names = {0, 1, n - 3}
            rules = rule_statements(p, lex, names, False)
            for k in range(n):
                for group in ([k], [k, min(k + 2, n - 1)]):
                    for rule in [None, *rules]:
                        fast, simple = _both(p, sorted(set(group)), rule, names, model)
                        assert fast == simple, (name, text, group, rule)


def test_role_split_hand_computed():
    """A model that only knows "rel=B" (source) and "rel=A" (message)."""
    role = LinearModel(
        ["O", "S", "M"], [0.0, 0.0, 0.0], {"rel=B": [0.0, 5.0, 0.0], "rel=A": [0.0, 0.0, 5.0]}
    )
    model = StatementModel(cue=LinearModel(["0", "1"], [0.0], {}), role=role, vocab=set())
    p = _para("Der Minister sagte, es reiche.")  # Der Minister sagte , es reiche .
    assert role_split(p, [2], None, set(), set(), "sagte", model) == ([0, 1], [3, 4, 5, 6])
    assert role_split_simple(p, [2], None, set(), set(), "sagte", model) == ([0, 1], [3, 4, 5, 6])


def test_role_tables_missing_features_and_rule_spans():
    """Weights for a few features only (the rest absent), a rule with source, message and quote."""
    role = LinearModel(
        ["O", "S", "M"],
        [0.1, -0.2, 0.05],
        {
            "b": [0.0, 0.3, -0.1],
            "rule_src|B": [0.0, 2.0, 0.0],
            "rule_msg": [0.0, -0.5, 1.5],
            "rule_quote": [0.0, 0.0, 0.7],
            "rc=A1": [0.2, 0.0, 0.4],
            "pron|A1": [0.0, 1.0, 0.0],
            "cue=sagteA": [0.0, 0.0, 0.3],
            "w=minister": [0.0, 0.9, 0.0],
        },
    )
    model = StatementModel(cue=LinearModel(["0", "1"], [0.0], {}), role=role, vocab=set())
    p = _para("„Nein“, sagte er, der Minister, „niemals“.")
    rule = Stmt(0, "direct", (1, 2), [4], (5, 6), quote=(0, 2))
    for group in ([4], [3], [4, 5]):
        for r in (None, rule):
            fast, simple = _both(p, group, r, {7, 8}, model)
            assert fast == simple


def test_prefix_counts():
    p = _para("A, „b“; c: d")  # A , „ b “ ; c : d
    cp, qp = prefix_counts(p)
    assert cp == [0, 0, 1, 1, 1, 1, 2, 2, 3, 3]
    assert qp == [0, 0, 0, 1, 1, 2, 2, 2, 2, 2]


_WORDS = ["Der", "Minister", "sagte", ",", "er", "sei", "„", "“", '"', ":", "dass", "Müller", "."]


@settings(max_examples=60, deadline=None)
@given(
    words=st.lists(st.sampled_from(_WORDS), min_size=2, max_size=30),
    data=st.data(),
)
def test_role_split_property(words, data):
    p = _para(" ".join(words))
    n = len(p.toks)
    a = data.draw(st.integers(0, n - 1))
    b = data.draw(st.integers(a, min(n - 1, a + 3)))
    names = set(data.draw(st.lists(st.integers(0, n - 1), max_size=3)))
    model = load_model(data.draw(st.sampled_from(["news", "speech"])))
    fast, simple = _both(p, list(range(a, b + 1)), None, names, model)
    assert fast == simple


def _scores_by_hand(m: LinearModel, feats: dict[str, float]) -> list[float]:
    z = list(m.intercept)
    for f, v in feats.items():
        row = m.weights.get(f)
        if row is not None:
            for k in range(len(z)):
                z[k] += row[k] * v
    if len(z) == 1:
        return [1.0 / (1.0 + math.exp(-z[0]))]
    mx = max(z)
    e = [math.exp(x - mx) for x in z]
    return [x / sum(e) for x in e]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.sampled_from(["a", "b", "c", "d", "e"]), unique=True),
    st.sampled_from([1, 3, 4]),
    st.booleans(),
)
def test_scores_identical_to_term_by_term_sums(names, k, weighted):
    weights = {
        "a": [0.1 * (j + 1) for j in range(k)],
        "b": [-1.3 + j for j in range(k)],
        "c": [1e-17 + 0.7 * j for j in range(k)],
        "d": [3.0] * k,
    }
    m = LinearModel([str(j) for j in range(max(k, 2))], [0.05 * j for j in range(k)], weights)
    feats = {f: (0.5 if weighted and f == "a" else 1.0) for f in names}
    assert m.scores(feats) == _scores_by_hand(m, feats)


def test_automaton_built_once_per_cache():
    lex = load_cues("de")
    model = load_model("news")
    cache: dict = {}
    a1 = _automaton(lex, model, True, cache)
    assert _automaton(lex, model, True, cache) is a1
    # German words also in their Swiss spelling ("hiess")
    words = with_swiss_spelling(lex.words | model.vocab | lex.subjunctive)
    keep = with_swiss_spelling(lex.subjunctive | lex.reportative)  # Konjunktiv, "soll"
    assert a1 is automaton(frozenset(words), frozenset(keep))
    a2 = _automaton(lex, None, False, cache)
    assert a2 is automaton(frozenset(with_swiss_spelling(lex.words)), frozenset(keep))


def test_refine_cache_gives_the_same_statements():
    lex = load_cues("de")
    model = load_model("speech")
    cache: dict = {}
    for text in TEXTS:
        p = _para(text)
        stmts = rule_statements(p, lex, set(), False)
        with_cache = refine(p, rule_statements(p, lex, set(), False), model, lex, set(), cache)
        without = refine(p, stmts, model, lex, set())
        assert with_cache == without


def test_find_statements_does_not_mutate_and_validates():
    text = "Der Minister sagte, es reiche. „Nein“, sagte Müller."
    sents = pd.DataFrame(
        {
            "doc_id": ["a", "a"],
            "sent_id": [0, 1],
            "para_id": [0, 0],
            "start": [0, 31],
            "end": [30, len(text)],
            "text": [text[:30], text[31:]],
        }
    )
    before = sents.copy()
    out = find_statements(sents, lang="de", model="speech")
    pd.testing.assert_frame_equal(sents, before)
    assert out["cue"].tolist() == ["sagte", "sagte"]


def _cue_both(p: Para, cue: LinearModel, lex, vocab: set[str], stmts: list[Stmt]):
    cued = [st for st in stmts if st.cue and st.kind != "headline"]
    rule_parts = {k for st in cued for k in st.cue}
    rule_main = {st.cue[0] for st in cued}
    quoted = in_quote(p)
    prim = primaries(p, lex, vocab, rule_parts)
    cands = cue_candidates(p, lex, vocab, rule_parts, prim)
    fast = cue_probs(p, cands, CueTables(cue, lex), rule_parts, rule_main, quoted, prim)
    ctx: dict = {}
    simple = [
        cue.scores(cue_features(p, i, lex, rule_parts, rule_main, quoted, prim, ctx))[0]
        for i in cands
    ]
    return cands, fast, simple


def test_cue_probs_identical_to_feature_dicts():
    lex = load_cues("de")
    models = [(n, m) for n in ("news", "speech") if (m := load_model(n)).cue is not None]
    if not models:  # the bundled models decide cues with the token tagger instead
        pytest.skip("no bundled model has a candidate cue model")
    for name, model in models:
        for text in TEXTS:
            p = _para(text)
            stmts = rule_statements(p, lex, set(), False)
            cands, fast, simple = _cue_both(p, model.cue, lex, model.vocab, stmts)
            assert cands and fast == simple, (name, text)


def test_cue_probs_hand_computed():
    """Er sagte es . : candidate "sagte" (a lexicon verb); "es" a function word after it."""
    lex = load_cues("de")
    cue = LinearModel(
        ["0", "1"],
        [-1.0],
        {
            "b": 0.5,
            "w=sagte": [1.0],
            "p1=er": [0.25],
            "wn=sagte|es": [-0.5],
            "pw=er|sagte": [0.125],
            "sec": [-2.0],
            "sec|prim=sagte|es": [0.75],
            "sec|clause_end|es": [4.0],  # not at a clause end: "." follows "es"
        },
    )
    cue.weights = {k: v if isinstance(v, list) else [v] for k, v in cue.weights.items()}
    p = _para("Er sagte es.")
    prim = {1}
    got = cue_probs(p, [1, 2], CueTables(cue, lex), set(), set(), set(), prim)
    z_sagte = -1.0 + 0.5 + 1.0 + 0.25 - 0.5 + 0.125
    z_es = -1.0 + 0.5 - 2.0 + 0.75 + 4.0  # "es" is followed by "." (punctuation): clause end
    assert got == [1.0 / (1.0 + math.exp(-z_sagte)), 1.0 / (1.0 + math.exp(-z_es))]


def test_cue_tables_only_for_binary_models():
    lex = load_cues("de")
    three = LinearModel(["a", "b", "c"], [0.0, 0.0, 0.0], {})
    assert cue_tables(three, lex, {}) is None
    model = load_model("news")
    cache: dict = {}
    t1 = cue_tables(model.cue, lex, cache)
    assert t1 is not None and cue_tables(model.cue, lex, cache) is t1


def test_refine_with_a_multiclass_cue_model_takes_the_simple_path():
    lex = load_cues("de")
    news = load_model("news")
    cue3 = LinearModel(["x", "0", "1"], [0.2, 0.0, -0.1], {"w=sagte": [0.9, 0.0, 0.0]})
    model = StatementModel(cue=cue3, role=news.role, vocab=news.vocab)
    p = _para(TEXTS[0])
    out = refine(p, rule_statements(p, lex, set(), False), model, lex, set(), {})
    assert all(0 <= st.msg[0] < st.msg[1] <= len(p.toks) for st in out)


def test_marks_positions():
    lex = load_cues("de")
    p = _para("Er sagte: dass sie komme, ob „sie“ wolle.")
    subj, dass, colon, quote = _marks(p, 0, lex, None)
    lows = p.lows
    assert colon == [2] and dass == [3, 7] and quote is True
    assert subj == [k for k in range(len(lows)) if lows[k] in lex.subjunctive]
    assert _marks(_para("Er sagte nichts."), 0, lex, None) == ([], [], [], False)


_CUE_WORDS = ["Er", "sagte", "es", "|", "mit", "„", "“", ":", "dass", "sei", "teilte", ",", "."]


@settings(max_examples=60, deadline=None)
@given(
    words=st.lists(st.sampled_from(_CUE_WORDS), min_size=2, max_size=25),
    weights=st.dictionaries(
        st.sampled_from(
            [
                "b",
                "w=sagte",
                "p1=er",
                "p1=<s>",
                "n1=|",
                "n2=</s>",
                "p2=|",
                "wn=sagte||",
                "wn=||mit",
                "pw=||sagte",
                "pw=|||",
                "suf=gte",
                "shape=C",
                "first",
                "rule_part",
                "rule_main",
                "rule_main|w=sagte",
                "lex=speech",
                "quoted",
                "ctx=subj_after",
                "ctx=colon_after",
                "ctx=quote",
                "sec",
                "sec|w=mit",
                "sec|w=mitA",
                "sec|w=esB",
                "sec|side=A1",
                "sec|prim=teilte",
                "sec|prim=teilte|mit",
                "sec|particle",
                "sec|w=mit|psuf=te",
                "sec|clause_end|mit",
                "sec|w=|",
            ]  # fmt: skip
        ),
        st.floats(-3.0, 3.0, allow_nan=False),
        max_size=20,
    ),
    intercept=st.floats(-2.0, 2.0),
)
def test_cue_probs_property(words, weights, intercept):
    lex = load_cues("de")
    cue = LinearModel(["0", "1"], [intercept], {k: [v] for k, v in weights.items()})
    p = _para(" ".join(words))
    stmts = rule_statements(p, lex, set(), False)
    _, fast, simple = _cue_both(p, cue, lex, {"es", "|"}, stmts)
    assert fast == simple


# --- session 3: the rule side (tokens, candidate scans, skipped sentences) -------------------

_TOKEN_RE = re.compile(r"\w+(?:[-’'.]\w+)*-?|([^\w\s])")


def _tokens_by_match(text: str, sent: int, base: int) -> list[tuple]:
    """The tokens as match objects give them (the former implementation, one by one)."""
    return [
        (
            m.start() + base,
            m.end() + base,
            m.group(),
            m.group().lower(),
            sent,
            m.group() in QUOTE_CHARS,
            m.lastindex is not None,
        )
        for m in _TOKEN_RE.finditer(text)
    ]


def test_tokenize_hand_computed():
    toks = tokenize("Die „Nato-Mitglied“ sei_x 3.5 ok.", 2, 10)
    assert [(t.start, t.end, t.text) for t in toks] == [
        (10, 13, "Die"),
        (14, 15, "„"),
        (15, 28, "Nato-Mitglied"),
        (28, 29, "“"),
        (30, 35, "sei_x"),
        (36, 39, "3.5"),
        (40, 42, "ok"),
        (42, 43, "."),
    ]
    assert [t.is_punct for t in toks] == [False, True, False, True, False, False, False, True]
    assert [t.is_quote for t in toks] == [False, True, False, True, False, False, False, False]
    assert toks[2].low == "nato-mitglied" and {t.sent for t in toks} == {2}
    assert tokenize("", 0, 0) == [] and tokenize("  \n ", 0, 5) == []


@settings(max_examples=150, deadline=None)
@given(
    text=st.text(
        alphabet=st.sampled_from(
            list("aZß9²_ -’'.,„“\"»«‹›‚‘!?:;()/\u0301\u00a0\tİÄé") + ["\U0001f600"]
        ),
        max_size=40,
    ),
    sent=st.integers(0, 5),
    base=st.integers(0, 1000),
)
def test_tokenize_equals_match_objects(text, sent, base):
    got = tokenize(text, sent, base)
    assert [tuple(t) for t in got] == _tokens_by_match(text, sent, base)
    assert all(isinstance(t, Tok) for t in got)


_RULE_WORDS = [
    "Er", "sagte", "teilte", "mit", "laut", "Polizei", "so", "Müller", "zufolge", "Angaben",
    "nach", "heißt", "es", "sei", "habe", ",", ".", ":", "„", "“", "dass", "betonte", "ist",
    "bekannt", "geworden", "wurde", "Sprecher", "der", "Regierung", "Kritik",
]  # fmt: skip


@settings(max_examples=80, deadline=None)
@given(words=st.lists(st.sampled_from(_RULE_WORDS), min_size=1, max_size=30))
def test_candidates_found_per_paragraph_equal_the_per_sentence_scans(words):
    """rule_statements finds the verb and marker candidates once per paragraph and skips
    sentences without one; verb_cues/marker_cues without ``cands`` scan on their own."""
    lex = load_cues("de")
    # sentences cut at each full stop, then one that always gives a statement
    parts = [part + " ." for part in " ".join(words).split(".") if part.strip()]
    parts.append("Müller sagte, es sei gut.")
    p = _para_of(parts)
    if p is None:
        return
    names = {0}
    h = headline(p, names)
    want: list[Stmt] = [h] if h is not None else []
    for s, (lo, hi) in enumerate(p.bounds):  # the former loop: both rules on every sentence
        if hi > lo:
            found = verb_cues(p, lex, s, names, False) + marker_cues(p, lex, s, names)
            want.extend(_dedupe(found, want))
    for stmt in want:  # the step after the scans: a cue inside a quotation ends with it
        _inside_its_quotation(p, stmt)
    assert rule_statements(p, lex, names, False) == want
    assert rule_statements(p, lex, names, False, _cue_words(lex)) == want


def test_continuation_needs_a_konjunktiv_word():
    text = "Pistorius sagte, Deutschland müsse mehr tun. Auch sei das Geld knapp. Es regnete."
    ends = [text.index(".") + 1, text.index("knapp.") + 6, len(text)]
    starts = [0, ends[0] + 1, ends[1] + 1]
    sents = pd.DataFrame(
        {
            "doc_id": ["d"] * 3,
            "sent_id": [0, 1, 2],
            "para_id": [0, 0, 0],
            "start": starts,
            "end": ends,
            "text": [text[a:b] for a, b in zip(starts, ends, strict=True)],
        }
    )
    out = find_statements(sents, lang="de", model=None)
    assert out[["sent_id", "kind", "content", "inherited"]].values.tolist() == [
        [0, "indirect", "Deutschland müsse mehr tun", False],
        [1, "indirect", "Auch sei das Geld knapp", True],
    ]


def test_whole_statements_skip_equals_the_full_scan():
    """Sentences without any verb form are skipped before the span test: the same result
    as scoring every sentence that ``whole_verb`` accepts."""
    lex = load_cues("de")
    model = load_model("news")
    if model.whole is None:
        return
    for text in [
        *TEXTS,
        "Augenzeugen berichteten von drei Toten. Der Wetterdienst warnte vor Sturm.",
        "Das Wetter war gut. Die Polizei bestätigte den Vorfall am Abend in Berlin.",
    ]:
        p = _para(text)
        want = []
        for s, (lo, hi) in enumerate(p.bounds):
            i = whole_verb(p, s, lex, model.vocab) if hi - lo >= 4 else None
            if i is None:
                continue
            subj = subject_before(p, lo, i)
            feats = whole_features(p, s, i, lex, set(), subj)
            if model.whole.scores(feats)[0] >= model.whole_min:
                if subj is None or _not_a_source(p, *subj):
                    subj = subject_elsewhere(p, lo, hi, i)
                want.append(Stmt(s, "reported", (lo, p.content_end(s)), [], subj))
        assert whole_statements(p, [], model, lex, set()) == want


def test_clause_hand_computed():
    p = _para("Er sagte, „es reiche“; gut.")  # Er sagte , „ es reiche “ ; gut .
    assert [p.clause(i) for i in range(len(p.toks))] == [
        (0, 2), (0, 2), (0, 3), (3, 6), (4, 6), (4, 6), (4, 7), (7, 10), (8, 10), (8, 10)
    ]  # fmt: skip


# --- session 3, round 2: cached sentence rows, nearest primary, warm tagger tables ------


def test_nearest_primary_hand_computed():
    """The nearest primary within 8 tokens of the sentence, the earlier one on a tie."""
    from discourse.statements._model import _nearest_primary

    toks = tokenize("a b c d e f g h i j", 0, 0) + tokenize("k l m n o p q r s t", 1, 20)
    p = Para(toks, [(0, 10), (10, 20)], [], "de")  # two sentences of 10 tokens
    assert _nearest_primary(p, 5, {3, 7}) == 3  # tie at distance 2: the earlier one
    assert _nearest_primary(p, 5, {2, 7}) == 7
    assert _nearest_primary(p, 5, {5}) is None  # never itself
    assert _nearest_primary(p, 9, {11}) is None  # not across the sentence boundary
    assert _nearest_primary(p, 10, {19}) is None  # 9 tokens away
    assert _nearest_primary(p, 10, {18}) == 18
    assert _nearest_primary(p, 3, set()) is None


def test_role_split_shared_sentence_rows_equal_fresh_ones():
    """Groups of one paragraph sharing ``sents`` (and warm tables) decide as fresh calls."""
    for name in ("news", "speech"):
        model = load_model(name)
        tables = RoleTables(model.role)
        for text in TEXTS:
            p = _para(text)
            quoted, counts, sents = in_quote(p), prefix_counts(p), {}
            n = len(p.toks)
            for k in [*range(n), *range(n)]:  # twice: the second pass reads the cache
                args = (p, [k], None, {0}, quoted, p.toks[k].low, model)
                shared = role_split(*args, tables, counts, [n - 1], sents)
                fresh = role_split(*args, RoleTables(model.role), prefix_counts(p), [n - 1])
                assert shared == fresh == role_split_simple(*args, [n - 1]), (name, text, k)
            assert set(sents) == {0}


def test_tag_probs_warm_tables_equal_cold_ones():
    from discourse.statements._tagger import tag_probs, tag_tables, token_flags

    lex = load_cues("de")
    model = load_model("speech")
    warm = tag_tables(model.tagger.weights, model.tagger.intercept[0], lex, {})
    for text in TEXTS * 2:
        p = _para(text)
        flags = token_flags(p, lex, in_quote(p), {0}, {1}, {1})
        cold = tag_tables(model.tagger.weights, model.tagger.intercept[0], lex, None)
        assert tag_probs(p, warm, flags) == tag_probs(p, cold, flags)


@settings(max_examples=60, deadline=None)
@given(
    rows=st.lists(
        st.tuples(st.floats(-30, 30), st.floats(-30, 30), st.floats(-30, 30)),
        min_size=4,
        max_size=4,
    ),
    s_min=st.sampled_from([0.0, 1e-12, 0.05, 0.25, 0.35, 0.9]),
    k=st.integers(0, 9),
)
def test_role_split_clear_leads_decide_as_simple(rows, s_min, k):
    """Large sums (one class far ahead: the softmax is skipped) and any s_min decide as the
    feature dicts do."""
    role = LinearModel(
        ["M", "O", "S"],
        [0.0, 1.0, -1.0],
        {
            "rel=B": list(rows[0]),
            "rel=A": list(rows[1]),
            "rel=I": list(rows[2]),
            "w=,": list(rows[3]),
        },
    )
    model = StatementModel(
        cue=LinearModel(["0", "1"], [0.0], {}), role=role, vocab=set(), s_min=s_min
    )
    p = _para("Der Minister sagte, es reiche, und er lachte.")
    fast, simple = _both(p, [k], None, set(), model)
    assert fast == simple


# --- session 4: prefilter gates, primaries first, tables kept with the model ------------


def test_gates_hand_computed():
    """A gated word opens a paragraph only beside the word its rule needs."""
    from discourse.statements._prefilter import GATED, gates, word_level

    lex = load_cues("de")
    g = gates(lex, frozenset())
    assert {"ist", "wurde", "hatte", "so", "nach", "kritik"} <= set(g)
    assert "sagte" not in g and "laut" not in g and "sei" not in g  # verbs, markers, Konjunktiv
    assert "nach" not in gates(lex, frozenset({"nach"}))  # a model's vocabulary: never gated
    auto = automaton(frozenset(lex.words), frozenset(lex.subjunctive))
    assert word_level(auto, "es wurde gestern bekannt.", g) == GATED
    assert word_level(auto, "es wurde  bekannt, dass", g) == 2
    assert word_level(auto, "das ist so.", g) == GATED
    assert word_level(auto, "gut, so der minister.", g) == 2
    assert word_level(auto, "nach dem spiel", g) == GATED
    assert word_level(auto, "nach polizeiangaben", g) == 2
    assert word_level(auto, "die kritik wuchs", g) == GATED
    assert word_level(auto, "merkels kritik wuchs", g) == 2
    assert word_level(auto, "das ist so, sagte er", g) == 2
    assert word_level(auto, "das ist so, sagte er", None) == 2
    assert word_level(auto, "das ist gut", None) == 2  # without gates: as before
    assert word_level(auto, "er sei da und ist gut", g) == 1 | GATED


_GATE_SENTS = [
    "Der Minister ist in Berlin.",
    "Es wurde gestern bekannt gegeben.",
    "Es wurde bekannt, dass er geht.",
    "Das war so.",
    "Gut, so der Sprecher.",
    "Nach dem Spiel war Ruhe.",
    "Nach Angaben der Polizei kamen viele.",
    "Merkels Kritik wuchs.",
    "Die Kritik wuchs.",
    "Er sagte, es sei gut.",
    "Sie habe keine Zeit.",
    "Die Lage: ernst.",
    "„Wir kommen.",
    "Das ist klar.“",
    "„Das hatte es geheißen“, so Müller.",
    "Er ging nach Hause.",
    "Es regnete.",
    "Laut Müller ist alles gut.",
    "Die Wahl ist am Sonntag: Er tritt an.",
    "Man hatte es erwartet.",
    "“ Aber es sei gut.",
    "Das Gericht ist oft anders.",
]


@settings(max_examples=60, deadline=None)
@given(
    picks=st.lists(
        st.tuples(st.sampled_from(_GATE_SENTS), st.integers(0, 2)), min_size=1, max_size=12
    ),
    model=st.sampled_from([None, "news"]),
)
@example(
    picks=[
        ("Nach Angaben der Polizei kamen viele.", 0),
        ("„Wir kommen.", 0),
        ("Das Gericht ist oft anders.", 0),
        ("“ Aber es sei gut.", 0),
        ("Die Lage: ernst.", 2),
    ],
    model=None,
)
def test_gated_prefilter_equals_the_ungated_one(picks, model):
    """Sentences left without tokens by a gate (a gated word without its partner, a colon
    outside a headline) change nothing: the same statements as with every candidate
    sentence tokenised (quotations over several sentences, headlines, continuations)."""
    import discourse.statements._extract as ex

    rows, off, para = [], 0, 0
    for k, (text, step) in enumerate(picks):
        para += 1 if step == 2 else 0  # a new paragraph now and then
        rows.append(("d", k, para, off, off + len(text), text))
        off += len(text) + 1
    sents = pd.DataFrame(rows, columns=["doc_id", "sent_id", "para_id", "start", "end", "text"])
    docs = pd.DataFrame({"doc_id": ["d"], "text": [" ".join(r[5] for r in rows)], "lang": "de"})
    gated = find_statements(sents, docs=docs, model=model)
    original = ex.model_gates
    ex.model_gates = lambda *a: None  # the prefilter without gates (as before session 4)
    try:
        ungated = find_statements(sents, docs=docs, model=model)
    finally:
        ex.model_gates = original
    pd.testing.assert_frame_equal(gated, ungated)


def test_a_gated_sentence_inside_a_quotation_keeps_its_words():
    """„A. B (only a gated word). “ C: B is part of the quotation's message."""
    parts = [
        "Nach Angaben von Müller ist nichts entschieden.",
        "„Es ist nur eine Meinung.",
        "Das Gericht ist oft anders.",  # only "ist", whose gate stays shut
        "“ Aber es sei gut.",
    ]
    starts = [sum(len(x) + 1 for x in parts[:k]) for k in range(len(parts))]
    sents = pd.DataFrame(
        {
            "doc_id": ["d"] * 4,
            "sent_id": [0, 1, 2, 3],
            "para_id": [0, 0, 0, 0],
            "start": starts,
            "end": [a + len(x) for a, x in zip(starts, parts, strict=True)],
            "text": parts,
        }
    )
    docs = pd.DataFrame({"doc_id": ["d"], "text": [" ".join(parts)], "lang": ["de"]})
    out = find_statements(sents, docs=docs, model=None)
    assert out[["sent_id", "kind", "content"]].values.tolist() == [
        [0, "indirect", "ist nichts entschieden"],
        [1, "direct", "Es ist nur eine Meinung. Das Gericht ist oft anders."],
        [3, "indirect", "“ Aber es sei gut"],
    ]


@settings(max_examples=60, deadline=None)
@given(words=st.lists(st.sampled_from(_RULE_WORDS + ["sagte", "gab", "an", "."]), max_size=40))
def test_primaries_first_equal_scoring_every_candidate(words):
    """_candidates_kept scores the function words only beside a kept primary: the same cues
    as scoring every candidate and dropping the lone function words afterwards."""
    from discourse.statements._model import _nearest_primary
    from discourse.statements._refine import _candidates_kept
    from discourse.statements._verbs import set_phrase_cue

    lex = load_cues("de")
    model = load_model("news")
    if model.cue is None:
        return
    parts = [part + " ." for part in " ".join(words).split(".") if part.strip()]
    p = _para_of(parts)
    if p is None:
        return
    stmts = rule_statements(p, lex, set(), False)
    cued = [st for st in stmts if st.cue and st.kind != "headline"]
    parts_, main = {k for st in cued for k in st.cue}, {st.cue[0] for st in cued}
    quoted = in_quote(p)
    prim = primaries(p, lex, model.vocab, parts_)
    cands = cue_candidates(p, lex, model.vocab, parts_, prim)
    ctx: dict = {}
    probs = [
        model.cue.scores(cue_features(p, i, lex, parts_, main, quoted, prim, ctx))[0] for i in cands
    ]
    kept = [  # the set-phrase veto ("sehr laut und", "Das heißt,") holds for both ways
        i
        for i, pr in zip(cands, probs, strict=True)
        if pr >= model.threshold and not set_phrase_cue(p, i)
    ]
    kept_prim = set(kept) & prim
    want = [i for i in kept if i in prim or _nearest_primary(p, i, kept_prim) is not None]
    assert _candidates_kept(p, model, lex, quoted, parts_, main, {}) == want


def test_model_tables_are_kept_with_the_model():
    """The lookup tables live in ``model.tables`` (built once, reused by the next call) and
    are not part of the model's equality or repr."""
    model = load_model(_news_dict())
    text = "Pistorius sagte, Deutschland müsse mehr tun."
    sents = pd.DataFrame({"doc_id": ["a"], "sent_id": [0], "para_id": [0], "start": [0],
                          "end": [len(text)], "text": [text]})  # fmt: skip
    assert model.tables == {}
    first = find_statements(sents, lang="de", model=model)
    tables = dict(model.tables)
    assert tables  # cue, role and whole-verb tables
    again = find_statements(sents, lang="de", model=model)
    assert all(model.tables[k] is v for k, v in tables.items())
    pd.testing.assert_frame_equal(first, again)
    assert "tables" not in repr(model)
    assert model == load_model(_news_dict())


def _news_dict() -> dict:
    """The bundled news model as a dict (a fresh StatementModel per load_model call)."""
    import json
    from importlib import resources

    res = resources.files("discourse.resources").joinpath("models", "statements_news.json")
    return json.loads(res.read_text(encoding="utf-8"))


def test_a_used_model_pickles_without_its_tables():
    # stream_statements(jobs=...) sends the model to worker processes; the lookup tables
    # hold closures and are rebuilt there
    import pickle

    text = "Das sei falsch, sagte Merkel."
    sents = pd.DataFrame(
        {
            "doc_id": ["d"],
            "sent_id": [0],
            "para_id": [0],
            "start": [0],
            "end": [len(text)],
            "text": [text],
        }
    )
    model = load_model("news")
    before = find_statements(sents, lang="de", model=model)
    assert model.tables
    copy = pickle.loads(pickle.dumps(model))
    assert copy.tables == {} and copy == model
    pd.testing.assert_frame_equal(find_statements(sents, lang="de", model=copy), before)


def _para_of(parts: list[str]) -> Para | None:
    """A German paragraph of the given sentences (None when they hold no token)."""
    toks, bounds, off = [], [], 0
    for s, part in enumerate(parts):
        t = tokenize(part, s, off)
        bounds.append((len(toks), len(toks) + len(t)))
        toks.extend(t)
        off += len(part) + 1
    if not toks:
        return None
    last = {s: hi - 1 for s, (lo, hi) in enumerate(bounds) if hi > lo}
    return Para(toks, bounds, pair_quotes(toks, last), "de")

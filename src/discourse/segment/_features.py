"""The token, lemma, stop-word and punctuation columns of ``tokenize``.

Everything that depends on the token alone is computed once per unique (language, token)
pair: a corpus of 350,000 tokens has about 25,000 of them. The columns are then gathered
with integer codes (numpy and Arrow ``take``), without a Python object per token. The
context rules (sentence-initial words, German attributive adjectives and verbal
participles) touch only the few positions they concern.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping

import numpy as np
import pandas as pd
import pyarrow as pa

from discourse.segment._participles import is_participle_shaped, participle_infinitive
from discourse.segment._resources import load_word_list
from discourse.segment.lemmas import (
    attributive_lemma,
    cached_lemma,
    is_inflected_adjective,
    resolve_stopwords,
)

_ALNUM = re.compile(r"[^\W_]")
_PARTICIPLE = re.compile(r"[^\W\d_A-ZÄÖÜ]{3,}(?:t|en)")
#: Per-unique flags, in this order, as the columns of one boolean array.
_FLAGS = ("stop", "punct", "cap", "det", "adj", "aux", "part")


def _str_array(values: list[str], codes: np.ndarray) -> pd.api.extensions.ExtensionArray:
    """``values[codes]`` as a pandas ``str`` array, built in Arrow without Python objects."""
    arr = pa.array(values, type=pa.large_string()).take(pa.array(codes, type=pa.int64()))
    return pd.array(arr, dtype="str")


def _unique_flags(
    words: list[str], lemmas: list[str], lang: str, stop: frozenset[str]
) -> np.ndarray:
    """A boolean array (one row per word, one column per name in ``_FLAGS``)."""
    lowers = [w.lower() for w in words]
    cols = [
        [w in stop for w in lowers],
        [_ALNUM.search(w) is None for w in words],
        [w[:1].isupper() for w in words],
    ]
    if lang == "de":
        dets = load_word_list("determiners_de.txt")
        auxes = load_word_list("auxiliaries_de.txt")
        fullmatch = _PARTICIPLE.fullmatch
        cols += [
            [w in dets for w in lowers],
            [is_inflected_adjective(w) for w in words],
            [w in auxes for w in lowers],
            # a participle shape that simplemma keeps as it is ("verloren")
            [
                lem == w and fullmatch(w) is not None and is_participle_shaped(w)
                for w, lem in zip(words, lemmas, strict=True)
            ],
        ]
    else:
        cols += [[False] * len(words)] * 4
    return np.array(cols, dtype=bool).T.reshape(len(words), len(_FLAGS))


class Vocabulary(dict):
    """``{token: code}`` that numbers a token it has not seen in order of first sight, so
    that ``map(vocab.__getitem__, tokens)`` encodes a list of tokens at C speed."""

    def __missing__(self, key: str) -> int:
        code = self[key] = len(self)
        return code


def token_columns(
    vocabs: list[Vocabulary],
    codes: np.ndarray,
    tok_lang: np.ndarray,
    tok_sent: np.ndarray,
    langs: list[str],
    firsts: np.ndarray,
    stopwords: Mapping[str, Iterable[str]] | Iterable[str] | None,
    lemmas: bool,
) -> tuple:
    """Token, lemma, stop-word, punctuation and length columns of ``tokenize``.

    ``vocabs`` holds the vocabulary of each language of ``langs``; ``codes`` the code of
    each token in the concatenation of the vocabularies; ``tok_lang`` an index into
    ``langs`` per token, ``tok_sent`` the sentence number; ``firsts`` the first token of
    each non-empty sentence. Two small context rules follow the per-token lemmas: the
    first word of a sentence (its capital is only positional) and, in German, an
    inflected adjective between a determiner or preposition and a noun, and a past
    participle in a sentence with an auxiliary ("hat ... verloren").

    Returns
    -------
    tuple
        ``(token, lemma, is_stop, is_punct, length)``: two ``str`` arrays and three numpy
        arrays, one element per token.
    """
    n = len(codes)
    uniq: list[str] = []
    values: list[str] = []  # lemmas; ``values[k]`` is the lemma of ``uniq[k]`` for k < len(uniq)
    blocks: list[np.ndarray] = []
    for lg, vocab in zip(langs, vocabs, strict=True):
        words = list(vocab)
        uniq.extend(words)
        lems = [cached_lemma(w, lg) for w in words] if lemmas else [w.lower() for w in words]
        values.extend(lems)
        blocks.append(_unique_flags(words, lems, lg, resolve_stopwords(stopwords, lg)))
    flags = np.concatenate(blocks) if blocks else np.zeros((0, len(_FLAGS)), dtype=bool)
    stop_col, punct_col, cap_col, det_col, adj_col, aux_col, part_col = flags[codes].T
    stop_col = np.ascontiguousarray(stop_col)
    punct_col = np.ascontiguousarray(punct_col)
    lengths = np.fromiter(map(len, uniq), dtype=np.int64, count=len(uniq))[codes]
    token_col = _str_array(uniq, codes)
    if not lemmas or not n:
        return token_col, _str_array(values, codes), stop_col, punct_col, lengths
    lemma_codes = codes.copy()
    same_next = np.zeros(n, dtype=bool)
    same_next[:-1] = tok_sent[1:] == tok_sent[:-1]
    before_noun = np.zeros(n, dtype=bool)
    before_noun[:-1] = cap_col[1:] & ~punct_col[1:] & same_next[:-1]

    def override(positions: np.ndarray, fn: Callable[[str], str], /) -> None:
        """Give the tokens at ``positions`` the lemma ``fn(token)``, once per distinct token."""
        distinct, inverse = np.unique(codes[positions], return_inverse=True)
        lemma_codes[positions] = len(values) + inverse
        values.extend(fn(uniq[c]) for c in distinct.tolist())

    # the first word of a sentence, after up to three opening quotes or brackets
    j = firsts.copy()
    for _ in range(3):
        step = punct_col[j] & same_next[j]
        j[step] += 1
    j = j[~punct_col[j]]
    # German attributive adjectives: "die bestellten Speisen" -> "bestellt", not "bestellen"
    attr = np.zeros(n, dtype=bool)
    attr[1:] = adj_col[1:] & det_col[:-1] & same_next[:-1] & before_noun[1:]
    single = len(langs) == 1
    for li, lg in enumerate(langs):
        mine = j if single else j[tok_lang[j] == li]
        for flag in (False, True):
            sel = mine[before_noun[mine] == flag]
            if len(sel):
                override(sel, lambda t, lg=lg, f=flag: cached_lemma(t, lg, True, f))
        if lg == "de":
            attr[j] = False
            sel = np.flatnonzero(attr) if single else np.flatnonzero(attr & (tok_lang == li))
            if len(sel):
                override(sel, attributive_lemma)
            _verbal_participles(part_col, aux_col, tok_sent, codes, uniq, override)
    return token_col, _str_array(values, lemma_codes), stop_col, punct_col, lengths


def _verbal_participles(
    part_col: np.ndarray,
    aux_col: np.ndarray,
    tok_sent: np.ndarray,
    codes: np.ndarray,
    uniq: list[str],
    override: Callable[[np.ndarray, Callable[[str], str]], None],
) -> None:
    """German past participles in a sentence with a form of haben, sein or werden are
    verb forms: "Wir haben uns gefreut" -> "freuen" (see ``_participles``)."""
    if not aux_col.any() or not part_col.any():
        return
    has_aux = np.zeros(int(tok_sent[-1]) + 1, dtype=bool)
    has_aux[tok_sent[aux_col]] = True
    cand = np.flatnonzero(part_col & has_aux[tok_sent])
    if not len(cand):
        return
    verbal = np.zeros(len(uniq), dtype=bool)
    for c in np.unique(codes[cand]).tolist():
        verbal[c] = participle_infinitive(uniq[c]) is not None
    keep = cand[verbal[codes[cand]]]
    if len(keep):
        override(keep, participle_infinitive)

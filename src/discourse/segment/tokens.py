"""Tokenisation with one compiled regular expression; offsets into the document text."""

from __future__ import annotations

import bisect
import functools
import logging
import re
import warnings
from collections.abc import Iterable, Mapping

import numpy as np
import pandas as pd
import pyarrow as pa

from discourse.segment._participles import is_participle_shaped, participle_infinitive
from discourse.segment._resources import SUPPORTED_LANGS, load_word_list
from discourse.segment._rules import LangRules, rules_for
from discourse.segment.lemmas import (
    attributive_lemma,
    is_inflected_adjective,
    lemmatize,
    resolve_stopwords,
    token_features,
)

__all__ = ["tokenize", "token_spans"]

logger = logging.getLogger(__name__)

_W = r"[^\W_]"  # a letter or digit
_URL = (
    r"(?:https?://|ftp://|www\.)[^\s<>\"„“”»«]*[^\s<>\"„“”»«.,;:!?)\]'’]"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
)


def _core(apostrophes: bool) -> str:
    """The token pattern; ``apostrophes`` keeps "don't" and "Google's" whole and runs of
    "!!!" or "?!" together (English UD); German UD splits both."""
    part = _W + r"\w*" + (r"(?:['’]" + _W + r"+)*" if apostrophes else "")
    return (
        r"(?:[^\W\d_]{1,2}\.){2,}"  # dotted abbreviations: U.S., z.B., e.g., a.m.
        r"|\d+(?:[.,:/]\d+)+(?!" + _W + r")"  # 3,5  1.000.000  12:30  12.02.2025
        # words with inner hyphens (US-Verteidigungsminister), file and host names
        # (report.pdf), and a full stop before white space that the abbreviation rules
        # may keep ("Dr.", "z.", "12.")
        r"|" + part + r"(?:-" + part + r")*(?:\.[^\W\d_]\w*)*(?:\.(?=\s))?"
        r"|[#@]"
        + _W
        + r"+"  # hashtags and mentions
        + (r"|[!?]+[!?.]*|\.{2,}[!?.]*" if apostrophes else r"|\.{2,}")  # !!! ?! ...
        + r"|''|``|,,|[:;]-?[()]"  # TeX quotes, smileys
        + r"|[-=]{2,}"  # rules: ----, ==--
        + (r"|([^\w\s])\1+" if apostrophes else r"|([^\w\s!?])\1+")  # ****, $$$, !!!
        + r"|[^\s\x00-\x08\x0e-\x1f\x7f-\x9f\u200b-\u200d\u2060\ufeff]"  # any other char
    )


@functools.lru_cache(maxsize=4)
def _patterns(apostrophes: bool) -> tuple[re.Pattern[str], re.Pattern[str]]:
    core = _core(apostrophes)
    return re.compile(core), re.compile(_URL + "|" + core)


_NEEDS_FULL = re.compile(r"@|://|www\.")
_DOT_SPACE = re.compile(r"\.\s")
_GROUP = re.Match.group
_START = re.Match.start


def _keep_dot(tok: str, abbrev: Mapping[str, str], ordinals: bool) -> bool:
    """Whether a word with a full stop before white space stays one token."""
    if tok in abbrev:
        return True
    word = tok[:-1]
    if "." in word:
        return True  # dotted abbreviations: "U.S.", "z.B."
    if len(word) == 1:
        return word.isalpha()  # initials, "z. B."
    return word.isdigit() and len(word) <= 3 and ordinals  # "am 12. Februar"


def token_spans(text: str, lang: str = "de") -> list[tuple[int, int]]:
    """Tokens of one sentence as ``(start, end)`` offsets into ``text``.

    Returns
    -------
    list of tuple
        ``(start, end)`` per token.

    Examples
    --------
    >>> t = "Am 12. Februar sagte der US-Verteidigungsminister: 3,5 Prozent."
    >>> [t[s:e] for s, e in token_spans(t, "de")]  # doctest: +NORMALIZE_WHITESPACE
    ['Am', '12.', 'Februar', 'sagte', 'der', 'US-Verteidigungsminister', ':', '3,5',
     'Prozent', '.']
    """
    toks: list[str] = []
    starts: list[int] = []
    _tokenize_one(text, 0, rules_for(lang), toks, starts)
    return [(s, s + len(t)) for t, s in zip(toks, starts, strict=True)]


def _split_final_dots(
    dots: list[int], n0: int, toks: list[str], starts: list[int], rules: LangRules
) -> None:
    """Split "word." into "word" and "." unless the rules keep the full stop ("Dr.", "12.").

    ``dots`` are the offsets of full stops before white space in the sentence; the tokens
    from ``n0`` on belong to it. Handled from the last so that indices stay valid.
    """
    for p in reversed(dots):
        i = bisect.bisect_right(starts, p, n0) - 1
        if i < n0:
            continue
        tok = toks[i]
        if starts[i] + len(tok) != p + 1 or len(tok) < 2 or tok[-2] == ".":
            continue
        if not _keep_dot(tok, rules.abbreviations, rules.ordinals):
            toks[i : i + 1] = [tok[:-1], "."]
            starts[i : i + 1] = [starts[i], p]


def _tokenize_one(text: str, off: int, rules, toks: list[str], starts: list[int]) -> int:
    """Append the tokens of one sentence; return how many were added."""
    n0 = len(toks)
    fast, full = _patterns(rules.lang != "de")
    pat = full if _NEEDS_FULL.search(text) else fast
    ms = list(pat.finditer(text))
    toks.extend(map(_GROUP, ms))
    starts.extend(map(_START, ms) if not off else (m.start() + off for m in ms))
    n = len(ms)
    if n:
        dots = [dm.start() + off for dm in _DOT_SPACE.finditer(text)]
        if dots:
            _split_final_dots(dots, n0, toks, starts, rules)
    if len(toks) - n0 >= 2 and toks[-1] == "." and toks[-2] + "." in rules.abbreviations:
        # "etc." at the end of a sentence stays one token, as in UD
        toks[-2:] = [toks[-2] + "."]
        starts.pop()
    return len(toks) - n0


def _features(
    tok_ser: pd.Series,
    tok_lang: np.ndarray,
    tok_sent: np.ndarray,
    langs: list[str],
    firsts: np.ndarray,
    stopwords: Mapping[str, Iterable[str]] | Iterable[str] | None,
    lemmas: bool,
) -> tuple[pd.api.extensions.ExtensionArray, np.ndarray, np.ndarray]:
    """Lemma, stop-word and punctuation columns, computed once per unique token and language.

    ``tok_lang`` holds an index into ``langs`` per token, ``tok_sent`` the sentence number;
    ``firsts`` the first token of each non-empty sentence. Two small context rules follow
    the per-token lemmas: the first word of a sentence (its capital is only positional)
    and, in German, an inflected adjective between a determiner or preposition and a
    noun, and a past participle in a sentence with an auxiliary ("hat ... verloren").
    """
    n = len(tok_ser)
    lemma_codes = np.zeros(n, dtype=np.int64)
    stop_col = np.zeros(n, dtype=bool)
    punct_col = np.zeros(n, dtype=bool)
    cap_col = np.zeros(n, dtype=bool)
    det_col = np.zeros(n, dtype=bool)
    adj_col = np.zeros(n, dtype=bool)
    aux_col = np.zeros(n, dtype=bool)
    part_col = np.zeros(n, dtype=bool)
    values: list[str] = []
    for li, lg in enumerate(langs):
        idx = slice(None) if len(langs) == 1 else np.flatnonzero(tok_lang == li)
        sub = tok_ser if len(langs) == 1 else tok_ser.iloc[idx]
        if not len(sub):
            continue
        codes, uniq = pd.factorize(sub)
        uniq_list = uniq.tolist()
        feats = token_features(uniq_list, lg, resolve_stopwords(stopwords, lg), lemmas)
        lemma_codes[idx] = codes + len(values)
        values.extend(feats[t][0] for t in uniq_list)
        is_de = lg == "de"
        dets = load_word_list("determiners_de.txt") if is_de else frozenset()
        auxes = load_word_list("auxiliaries_de.txt") if is_de else frozenset()
        flags = [
            (
                feats[t][1],
                feats[t][2],
                t[:1].isupper(),
                is_de and t.lower() in dets,
                is_de and is_inflected_adjective(t),
                is_de and t.lower() in auxes,
                # a participle shape that simplemma keeps as it is ("verloren")
                is_de
                and feats[t][0] == t
                and _PARTICIPLE.fullmatch(t) is not None
                and is_participle_shaped(t),
            )
            for t in uniq_list
        ]
        table = np.array(flags, dtype=bool).reshape(len(uniq_list), 7)[codes]
        (
            stop_col[idx],
            punct_col[idx],
            cap_col[idx],
            det_col[idx],
            adj_col[idx],
            aux_col[idx],
            part_col[idx],
        ) = table.T
    if not lemmas or not n:
        return pd.array(values, dtype="str").take(lemma_codes), stop_col, punct_col
    same_next = np.zeros(n, dtype=bool)
    same_next[:-1] = tok_sent[1:] == tok_sent[:-1]
    before_noun = np.zeros(n, dtype=bool)
    before_noun[:-1] = cap_col[1:] & ~punct_col[1:] & same_next[:-1]
    tok_values = tok_ser.to_numpy(dtype=object)

    def override(positions: np.ndarray, fn) -> None:
        table = {t: fn(t, lg) for t in set(tok_values[positions].tolist())}
        pos = {}
        for t, lem in table.items():
            pos[t] = len(values)
            values.append(lem)
        lemma_codes[positions] = [pos[t] for t in tok_values[positions]]

    # the first word of a sentence, after up to three opening quotes or brackets
    j = firsts.copy()
    for _ in range(3):
        step = punct_col[j] & same_next[j]
        j[step] += 1
    j = j[~punct_col[j]]
    # German attributive adjectives: "die bestellten Speisen" -> "bestellt", not "bestellen"
    attr = np.zeros(n, dtype=bool)
    attr[1:] = adj_col[1:] & det_col[:-1] & same_next[:-1] & before_noun[1:]
    for li, lg in enumerate(langs):
        mine = j if len(langs) == 1 else j[tok_lang[j] == li]
        for flag in (False, True):
            sel = mine[before_noun[mine] == flag]
            if len(sel):
                override(sel, lambda t, lg, f=flag: lemmatize(t, lg, initial=True, before_noun=f))
        if lg == "de":
            attr[j] = False
            sel = np.flatnonzero(attr & (tok_lang == li))
            if len(sel):
                override(sel, lambda t, lg: attributive_lemma(t))
            _verbal_participles(part_col, aux_col, tok_sent, tok_values, override)
    lemma_arr = pa.array(values, type=pa.large_string()).take(pa.array(lemma_codes))
    return pd.array(lemma_arr, dtype="str"), stop_col, punct_col


_PARTICIPLE = re.compile(r"[^\W\d_A-ZÄÖÜ]{3,}(?:t|en)")


def _verbal_participles(
    part_col: np.ndarray, aux_col: np.ndarray, tok_sent: np.ndarray, tok_values, override
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
    keep = np.array([participle_infinitive(t) is not None for t in tok_values[cand]], dtype=bool)
    if keep.any():
        override(cand[keep], lambda t, lg: participle_infinitive(t))


def tokenize(
    sents: pd.DataFrame,
    *,
    lang: str | None = None,
    stopwords: Mapping[str, Iterable[str]] | Iterable[str] | None = None,
    lemmas: bool = True,
) -> pd.DataFrame:
    """Split sentences into tokens with lemma, stop-word and punctuation flags.

    Hyphenated compounds ("Nato-Mitgliedschaft"), decimal numbers ("3,5"), dates
    ("12.02.2025"), ordinals ("12."), abbreviations ("z.B.", "Dr.", "U.S."), URLs and
    e-mail addresses are single tokens; English contractions stay whole ("don't",
    "Google's"), like the surface tokens of Universal Dependencies.

    Parameters
    ----------
    sents : DataFrame
        A ``sents`` table (``doc_id``, ``sent_id``, ``start``, ``text``) as from
        :func:`split_sentences`, with a ``lang`` column unless ``lang`` is given.
    lang : str, optional
        Language of every sentence, overriding ``sents.lang``.
    stopwords : mapping or iterable of str, optional
        None: the bundled Snowball lists (``load_stopwords``). A mapping
        ``{lang: words}`` replaces the list of the languages it names. An iterable of
        words is used for every language. Comparison is on the lower-cased token.
    lemmas : bool
        False skips lemmatisation (``lemma`` is then the lower-cased token; faster).

    Returns
    -------
    DataFrame
        A ``tokens`` table: ``doc_id``, ``sent_id``, ``tok_id`` (0-based per sentence),
        ``token``, ``lemma``, ``start``, ``end`` (offsets into the document text),
        ``is_stop``, ``is_punct``. Languages other than de/en get lemma = lower-cased
        token and no stop words unless ``stopwords`` names them. Other columns of
        ``sents`` are not repeated per token; join them on (``doc_id``, ``sent_id``).

    Examples
    --------
    >>> import pandas as pd
    >>> sents = pd.DataFrame({"doc_id": ["a"], "sent_id": [0], "start": [4],
    ...                       "text": ["Die Nato-Staaten zahlen."], "lang": ["de"]})
    >>> tokenize(sents)[["token", "lemma", "start", "is_stop"]].values.tolist()
    [['Die', 'der', 4, True], ['Nato-Staaten', 'Nato-Staat', 8, False], ['zahlen', 'zahlen', 21, False], ['.', '.', 27, False]]
    """
    if not isinstance(sents, pd.DataFrame):
        raise TypeError(f"sents must be a pandas DataFrame, got {type(sents).__name__}")
    for col in ("doc_id", "sent_id", "start", "text"):
        if col not in sents.columns:
            raise ValueError(f"sents has no {col!r} column; columns are {list(sents.columns)}")
    if lang is not None:
        langs = [lang] * len(sents)
    elif "lang" in sents.columns:
        langs = ["" if pd.isna(x) else str(x).lower() for x in sents["lang"]]
    else:
        raise ValueError("sents has no 'lang' column: pass lang='de' or lang='en'")
    other = sorted({x for x in langs if x not in SUPPORTED_LANGS})
    if other:
        warnings.warn(
            f"sentences in languages without dedicated rules {other}: lemma = lower-cased "
            "token, no stop words unless given",
            UserWarning,
            stacklevel=2,
        )
    toks: list[str] = []
    starts: list[int] = []
    counts: list[int] = []
    lang_list = sorted(set(langs))
    lang_index = {lg: i for i, lg in enumerate(lang_list)}
    rules = {lg: rules_for(lg) for lg in lang_list}
    for text, lg in zip(sents["text"].tolist(), langs, strict=True):
        if isinstance(text, str):
            counts.append(_tokenize_one(text, 0, rules[lg], toks, starts))
        else:
            counts.append(0)
    cnt = np.asarray(counts, dtype=np.int64)
    n = len(toks)
    first_idx = (np.cumsum(cnt) - cnt)[cnt > 0]
    offs = sents["start"].to_numpy(dtype=np.int64)
    start_arr = np.asarray(starts, dtype=np.int64) + np.repeat(offs, cnt)
    lengths = np.fromiter(map(len, toks), dtype=np.int64, count=n)
    tok_lang = np.repeat(np.array([lang_index[lg] for lg in langs], dtype=np.int64), cnt)
    tok_ser = pd.Series(toks, dtype="str")
    del toks, starts
    tok_sent = np.repeat(np.arange(len(cnt), dtype=np.int64), cnt)
    lemma_col, stop_col, punct_col = _features(
        tok_ser, tok_lang, tok_sent, lang_list, first_idx, stopwords, lemmas
    )
    tok_id = np.arange(n, dtype=np.int64) - np.repeat(np.cumsum(cnt) - cnt, cnt)
    dcodes, duniq = pd.factorize(sents["doc_id"].astype("str"))
    doc_col = pa.array(duniq.tolist(), type=pa.large_string()).take(
        pa.array(np.repeat(dcodes, cnt))
    )
    logger.debug("tokenized %d sentences into %d tokens", len(sents), n)
    return pd.DataFrame(
        {
            "doc_id": pd.array(doc_col, dtype="str"),
            "sent_id": np.repeat(sents["sent_id"].to_numpy(dtype=np.int64), cnt),
            "tok_id": tok_id,
            "token": tok_ser,
            "lemma": lemma_col,
            "start": start_arr,
            "end": start_arr + lengths,
            "is_stop": stop_col,
            "is_punct": punct_col,
        }
    )

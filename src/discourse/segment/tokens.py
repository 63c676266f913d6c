"""Tokenisation with one compiled regular expression; offsets into the document text."""

from __future__ import annotations

import bisect
import functools
import logging
import operator
import re
import warnings
from collections.abc import Iterable, Mapping

import numpy as np
import pandas as pd
import pyarrow as pa

from discourse.segment._features import Vocabulary, token_columns
from discourse.segment._resources import SUPPORTED_LANGS
from discourse.segment._rules import LangRules, rules_for

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
        # ****, $$$, !!!
        + (r"|(?P<rep>[^\w\s])(?P=rep)+" if apostrophes else r"|(?P<rep>[^\w\s!?])(?P=rep)+")
        + r"|[^\s\x00-\x08\x0e-\x1f\x7f-\x9f\u200b-\u200d\u2060\ufeff]"  # any other char
    )


# A fast first branch for the commonest token, a plain word: a run of word characters
# that starts with a letter and is not followed by a character that the word rule of
# ``_core`` could extend it with (hyphen, apostrophe, full stop). Where it matches,
# ``_core`` gives the same token: its dotted-abbreviation rule needs a full stop within
# the first three characters, its number rule a digit first, and its word rule stops at
# the same place. Elsewhere the rules of ``_core`` decide as before. (With URLs, the URL
# rule comes first: "mail@x.de" must not start as the word "mail".)
_PLAIN_WORD = r"[^\W\d_]\w*+(?![-'’.])"


@functools.lru_cache(maxsize=4)
def _patterns(apostrophes: bool) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The token patterns without and with URLs; group 1 is the token.

    The leading ``\\s*+`` consumes the white space before a token inside the match, so
    the engine does not try every branch at every space; no branch starts with white
    space, so the token and its offset are those of a plain search for ``_core``.
    """
    core = _PLAIN_WORD + "|" + _core(apostrophes)
    return re.compile(r"\s*+(" + core + ")"), re.compile(r"\s*+(" + _URL + "|" + core + ")")


_NEEDS_FULL = re.compile(r"@|://|www\.")
_DOT_SPACE = re.compile(r"\.\s")
_NEEDS_RULES = re.compile(_NEEDS_FULL.pattern + r"|\.\s")  # either of the two above
_TOKEN = operator.itemgetter(1)
_TOKEN_START = operator.methodcaller("start", 1)
_END = re.Match.end  # the end of a match is the end of its token (much faster than start(1))


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
    toks, starts = _tokenize_one(text, rules_for(lang))
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


def _tokenize_one(text: str, rules: LangRules) -> tuple[list[str], list[int]]:
    """The tokens of one sentence and their offsets in ``text``."""
    fast, full = _patterns(rules.lang != "de")
    ms = list((full if _NEEDS_FULL.search(text) else fast).finditer(text))
    toks = list(map(_TOKEN, ms))
    starts = list(map(_TOKEN_START, ms))
    if ms and _DOT_SPACE.search(text) is not None:
        dots = [m.start() for m in _DOT_SPACE.finditer(text)]
        _split_final_dots(dots, 0, toks, starts, rules)
    if len(toks) >= 2 and toks[-1] == "." and toks[-2] + "." in rules.abbreviations:
        # "etc." at the end of a sentence stays one token, as in UD
        toks[-2:] = [toks[-2] + "."]
        starts.pop()
    return toks, starts


def _encode(
    texts: list, sent_lang: list[int], rules: list[LangRules], vocabs: list[Vocabulary]
) -> tuple[list[int], list[int], list[int]]:
    """Tokenise every sentence; return the vocabulary code and end offset of each token
    and the number of tokens of each sentence (a missing text has none).

    Most sentences need nothing but the regular expression: those without a URL or
    e-mail address, without a full stop before white space inside them and without an
    abbreviation at their end are encoded straight from the matches; the others go
    through :func:`_tokenize_one`.
    """
    codes: list[int] = []
    ends: list[int] = []
    counts: list[int] = []
    encoders = [v.__getitem__ for v in vocabs]
    fast = [_patterns(r.lang != "de")[0] for r in rules]
    abbrevs = [r.abbreviations for r in rules]
    for text, li in zip(texts, sent_lang, strict=True):
        if not isinstance(text, str):
            counts.append(0)
            continue
        if _NEEDS_RULES.search(text) is None:
            ms = list(fast[li].finditer(text))
            if len(ms) < 2 or ms[-1][1] != "." or ms[-2][1] + "." not in abbrevs[li]:
                codes.extend(map(encoders[li], map(_TOKEN, ms)))
                ends.extend(map(_END, ms))
                counts.append(len(ms))
                continue
        toks, offs = _tokenize_one(text, rules[li])
        codes.extend(map(encoders[li], toks))
        ends.extend(map(operator.add, offs, map(len, toks)))
        counts.append(len(toks))
    return codes, ends, counts


def _sentence_langs(sents: pd.DataFrame, lang: str | None) -> tuple[np.ndarray, list[str]]:
    """Per sentence an index into the sorted list of its languages (lower case, "" for
    a missing value), and that list."""
    if lang is not None:
        return np.zeros(len(sents), dtype=np.int64), [lang] if len(sents) else []
    if "lang" not in sents.columns:
        raise ValueError("sents has no 'lang' column: pass lang='de' or lang='en'")
    codes, uniq = pd.factorize(sents["lang"])
    names = ["" if pd.isna(x) else str(x).lower() for x in uniq]
    if (codes < 0).any():
        names.append("")  # missing values: factorize codes them -1, i.e. this last entry
    lang_list = sorted(set(names))
    where = np.array([lang_list.index(x) for x in names], dtype=np.int64)
    return where[codes], lang_list


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
    sent_lang, lang_list = _sentence_langs(sents, lang)
    other = [x for x in lang_list if x not in SUPPORTED_LANGS]
    if other:
        warnings.warn(
            f"sentences in languages without dedicated rules {other}: lemma = lower-cased "
            "token, no stop words unless given",
            UserWarning,
            stacklevel=2,
        )
    vocabs = [Vocabulary() for _ in lang_list]
    codes, ends, counts = _encode(
        sents["text"].tolist(), sent_lang.tolist(), [rules_for(lg) for lg in lang_list], vocabs
    )
    cnt = np.asarray(counts, dtype=np.int64)
    n = len(codes)
    first_idx = (np.cumsum(cnt) - cnt)[cnt > 0]
    end_arr = np.asarray(ends, dtype=np.int64) + np.repeat(
        sents["start"].to_numpy(dtype=np.int64), cnt
    )
    del ends
    tok_lang = np.repeat(sent_lang, cnt)
    code_arr = np.asarray(codes, dtype=np.int64)
    del codes
    if len(lang_list) > 1:  # codes of each language follow those of the ones before it
        base = np.cumsum([0] + [len(v) for v in vocabs[:-1]])
        code_arr += base[tok_lang]
    tok_sent = np.repeat(np.arange(len(cnt), dtype=np.int64), cnt)
    token_col, lemma_col, stop_col, punct_col, lengths = token_columns(
        vocabs, code_arr, tok_lang, tok_sent, lang_list, first_idx, stopwords, lemmas
    )
    start_arr = end_arr - lengths
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
            "token": token_col,
            "lemma": lemma_col,
            "start": start_arr,
            "end": end_arr,
            "is_stop": stop_col,
            "is_punct": punct_col,
        }
    )

"""Sentence splitting for German and English with offsets into the original text."""

from __future__ import annotations

import logging
import re
import warnings

import pandas as pd

from discourse.segment._resources import SUPPORTED_LANGS
from discourse.segment._rules import (
    CLOSERS,
    DOTTED,
    OPENERS,
    SPACE_CHARS,
    SPACE_CLASS,
    LangRules,
    rules_for,
)

__all__ = ["split_sentences", "sentence_spans"]

logger = logging.getLogger(__name__)

# A blank line (only white space between two line breaks) separates paragraphs.
# (The first break is one character; the "\r" of a "\r\n" pair is left to the paragraph
# before it, where it is trimmed as white space. This form lets the regex engine scan fast.)
_PARA_BREAK = re.compile(r"[\r\n](?<!\r(?=\n))(?:[^\S\r\n]*(?>\r\n|\r|\n))+")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
# Sentence-final punctuation, any closing quotes or brackets, then white space. (A
# character class first lets the regex engine skip to the candidates at C speed.)
_CAND = re.compile(r"[.!?…][.!?…]*[" + re.escape(CLOSERS) + r"]*(?=[" + SPACE_CLASS + r"])")
_NEXT = re.compile(r"[" + SPACE_CLASS + r"]+([^" + SPACE_CLASS + r"]+)")
_WORD = re.compile(r"\w+")
_TERMINAL = ".!?…" + CLOSERS
_NO_START = ")]},;:.!?"
_SMILEY = re.compile(r"[:;]-?[()DPp]")


# verbs of saying that continue a sentence after a name ending in "!" or "?" ("Yahoo!
# said", "Which? says")
_SAYS = frozenset({"said", "says", "told", "added", "sagte", "sagt", "sagten", "teilte"})


def _is_boundary(text: str, m: re.Match[str], para_start: int, rules: LangRules) -> bool:
    """Decide whether the candidate ``m`` (final punctuation before white space) ends a sentence."""
    nm = _NEXT.match(text, m.end())
    if nm is None:  # only white space follows inside the paragraph
        return True
    nxt = nm.group(1)
    if nxt[0] in _NO_START or _SMILEY.match(nxt):
        return False  # "!!! :-)", "day. )", "region . . ."
    stripped = nxt.lstrip(OPENERS) or nxt
    first = stripped[0]
    punct = m.group()
    if punct != ".":
        # "!", "?", "…", "...", or a full stop followed by a closing quote or bracket:
        # a lower-case word after a closing quote is the attribution („Nein!“, sagte er)
        if first.islower():
            # "Super! tolle Lage", but not „Nein!“, sagte er / „Warum“? fragte er, nor a
            # name with a mark before a verb of saying ("Consumer group Which? said")
            word = _WORD.match(stripped)
            if word is not None and word.group() in _SAYS:
                return False
            return punct[-1] in "!?" and m.start() > 0 and text[m.start() - 1].isalnum()
        return True
    a = m.start()
    if a == para_start or text[a - 1].isspace():
        return not first.islower()  # a stand-alone full stop
    b = max(para_start, a - 60)
    words = text[b:a].rsplit(None, 2)  # the last two words are all that is needed
    prev = words[-1].lstrip(OPENERS)
    if not prev:
        return True
    word = prev + "."
    wm = _WORD.match(stripped)
    nxt_word = wm.group() if wm else ""
    flag = rules.abbreviations.get(word)
    if flag is None and word[:1].isupper():
        flag = rules.abbreviations.get(word.lower())
    if flag is None and word.isupper():
        flag = rules.abbreviations.get(word.capitalize())
    if flag is not None:
        if flag == "num":
            return not (first.isdigit() or first.islower())
        if flag == "final":
            return nxt_word in rules.openers
        return False
    if prev == "X" and len(words) >= 2 and words[-2].lower() in ("on", "via", "auf", "bei"):
        return True  # the platform X: 'Tricia McLaughlin wrote on X. Lawyers ...', "auf X."
    if len(prev) == 1 and prev.isalpha():
        return False  # initials and spaced abbreviations: "J. R.", "z. B."
    if DOTTED.fullmatch(word):
        return nxt_word in rules.openers
    if prev.isdigit():
        if len(words) < 2 or _ends_sentence(words[-2], rules):
            return False  # a numbered list item: "eingelöst. 4. Die ..."
        if rules.ordinals and len(prev) <= 3:
            return nxt_word in rules.openers  # "am 12. Februar", "Platz 3. Die"
        return True
    if first.islower():
        # a lower-case start after a plain word: e-mail and web text ("it. the"); German
        # asks for a longer word, as short unknown abbreviations are common there
        last = prev.rsplit("-", 1)[-1]
        return last.isalpha() and (rules.lang != "de" or len(last) >= 4)
    return True


def _ends_sentence(word: str, rules: LangRules) -> bool:
    """Whether ``word`` (the word before a number) closes a sentence: "eingelöst." or "Ziel:"."""
    if word[-1] in "!?:":
        return True
    return (
        word[-1] == "."
        and len(word) > 2
        and word not in rules.abbreviations
        and not DOTTED.fullmatch(word)
    )


def _hard_wrapped(lines: list[str]) -> bool:
    """True when a paragraph's lines look wrapped at a fixed width (breaks are not boundaries)."""
    body = [len(ln) for ln in lines[:-1]]
    if len(body) < 2:
        return False
    longest = max(body)
    if not 40 <= longest <= 110:
        return False
    near = sum(1 for n in body if n >= longest - 25)
    return near >= 0.75 * len(body)


def sentence_spans(text: str, lang: str = "de") -> list[tuple[int, int, int]]:
    """Sentences of one text as ``(start, end, para_id)`` offsets into ``text``.

    Parameters
    ----------
    text : str
        The document text.
    lang : str
        ISO 639-1 code; ``"de"`` and ``"en"`` have their own rules, every other language
        gets the English rules without abbreviations.

    Returns
    -------
    list of tuple
        ``(start, end, para_id)`` per sentence; ``text[start:end]`` has no leading or
        trailing white space or control characters.

    Examples
    --------
    >>> sentence_spans("Am 12. Februar kam er. Dann ging er.", "de")
    [(0, 22, 0), (23, 36, 0)]
    """
    rules = rules_for(lang)
    out: list[tuple[int, int, int]] = []
    para_id = 0
    pos = 0
    n = len(text)
    breaks = [(m.start(), m.end()) for m in _PARA_BREAK.finditer(text)]
    breaks.append((n, n))
    for ps, next_pos in breaks:
        pe = ps
        ps = pos
        pos = next_pos
        cuts: list[int] = []
        for m in _CAND.finditer(text, ps, pe):
            if _is_boundary(text, m, ps, rules):
                cuts.append(m.end())
        if text.find("\n", ps, pe) >= 0 or text.find("\r", ps, pe) >= 0:
            cuts.extend(_line_cuts(text, ps, pe))
            cuts.sort()
        cuts.append(pe)
        start = ps
        found = False
        for cut in cuts:
            seg = text[start:cut]
            left = seg.lstrip(SPACE_CHARS)
            if left:
                body = left.rstrip(SPACE_CHARS)
                s = start + len(seg) - len(left)
                out.append((s, s + len(body), para_id))
                found = True
            start = cut
        if found:
            para_id += 1
    return out


def _line_cuts(text: str, ps: int, pe: int) -> list[int]:
    """Line breaks inside a paragraph that end a sentence (headings, list items, teasers)."""
    lines = _LINE_BREAK.split(text[ps:pe])
    if _hard_wrapped([ln.strip(SPACE_CHARS) for ln in lines]):
        return []
    cuts = []
    for m in _LINE_BREAK.finditer(text, ps, pe):
        k = m.start() - 1
        while k >= ps and text[k] in SPACE_CHARS:
            k -= 1
        q = m.end()
        while q < pe and text[q] in SPACE_CHARS:
            q += 1
        end = k
        while end > ps and text[end] in CLOSERS:
            end -= 1  # a quotation or bracket closing the line: the mark before it counts
        if k < ps or q >= pe or text[end] in _TERMINAL:
            continue  # sentence punctuation is judged by the punctuation rules
        nxt = text[q : q + 4].lstrip(OPENERS)
        if (nxt[:1] or text[q]).islower():
            continue  # the sentence goes on in the next line
        cuts.append(m.start())
    return cuts


def _doc_langs(docs: pd.DataFrame, lang: str | None) -> list[str]:
    if lang is not None:
        return [lang] * len(docs)
    if "lang" not in docs.columns:
        raise ValueError("docs has no 'lang' column: pass lang='de' or lang='en'")
    langs = ["" if pd.isna(x) else str(x).lower() for x in docs["lang"]]
    other = sorted({x for x in langs if x not in SUPPORTED_LANGS})
    if other:
        n = sum(1 for x in langs if x not in SUPPORTED_LANGS)
        warnings.warn(
            f"{n} document(s) in languages without dedicated rules {other}: split with the English "
            "rules without abbreviations; tokens get lemma = lower-cased token and no stop words",
            UserWarning,
            stacklevel=3,
        )
    return langs


def split_sentences(docs: pd.DataFrame, *, lang: str | None = None) -> pd.DataFrame:
    """Split every document into paragraphs and sentences.

    Paragraphs are separated by blank lines. Inside a paragraph a sentence ends at
    ``. ! ? …`` (plus closing quotes or brackets) before white space unless the rules of
    the document's language say otherwise (abbreviations such as "z. B.", "Dr.", "U.S.",
    ordinals such as "Am 12. Februar", a lower-case continuation), and at a line break
    after a line without final punctuation (headings, teasers, list items) unless the
    paragraph is hard-wrapped or the next line starts in lower case.

    Choices, stated once: a quotation of several sentences is split like any other text
    (as in Universal Dependencies); a closing quote or bracket after the final punctuation
    stays with its sentence ("»Das ist klar.«") and an attribution after a closing quote
    does not start a sentence („Nein!“, sagte er). Leading and trailing white space and
    control characters are not part of a sentence; every other character of a paragraph
    lies in exactly one sentence, so sentences tile their paragraph.

    Parameters
    ----------
    docs : DataFrame
        A ``docs`` table; needs ``doc_id`` (unique: a repeated id raises ValueError) and
        ``text`` and, unless ``lang`` is given, ``lang``. Documents in languages other than ``de``/``en`` are split with the English
        rules without abbreviations (a warning names them); empty or missing texts give no rows.
    lang : str, optional
        Use this language for every document instead of ``docs.lang``.

    Returns
    -------
    DataFrame
        A ``sents`` table: ``doc_id``, ``sent_id`` (0-based per document), ``para_id``
        (0-based per document), ``start``, ``end`` (offsets into ``docs.text``),
        ``text`` (``== docs.text[start:end]``), plus ``lang`` (used by :func:`tokenize`).
        Other document columns are not repeated per sentence; join them on ``doc_id``.

    Examples
    --------
    >>> import pandas as pd
    >>> docs = pd.DataFrame({"doc_id": ["a"], "lang": ["de"],
    ...                      "text": ["Am 12. Februar sprach er, z. B. über Geld. Gut.\\n\\nNeu"]})
    >>> split_sentences(docs)[["sent_id", "para_id", "text"]].values.tolist()
    [[0, 0, 'Am 12. Februar sprach er, z. B. über Geld.'], [1, 0, 'Gut.'], [2, 1, 'Neu']]
    """
    if not isinstance(docs, pd.DataFrame):
        raise TypeError(f"docs must be a pandas DataFrame, got {type(docs).__name__}")
    for col in ("doc_id", "text"):
        if col not in docs.columns:
            raise ValueError(f"docs has no {col!r} column; columns are {list(docs.columns)}")
    repeated = docs["doc_id"].astype(str).duplicated()
    if repeated.any():  # the same corpus loaded twice would count every match twice
        dup = docs.loc[repeated, "doc_id"].astype(str).unique()[:3].tolist()
        raise ValueError(
            f"docs: doc_id must be unique, {int(repeated.sum())} repeated (e.g. {dup}); "
            "drop the copies (docs.drop_duplicates('doc_id')) or give them ids of their own"
        )
    langs = _doc_langs(docs, lang)
    doc_ids: list[str] = []
    sent_ids: list[int] = []
    para_ids: list[int] = []
    starts: list[int] = []
    ends: list[int] = []
    texts: list[str] = []
    out_langs: list[str] = []
    for doc_id, text, lg in zip(docs["doc_id"].tolist(), docs["text"].tolist(), langs, strict=True):
        if not isinstance(text, str) or not text:
            continue
        spans = sentence_spans(text, lg if lg in SUPPORTED_LANGS else "xx")
        k = len(spans)
        if not k:
            continue
        doc_ids.extend([str(doc_id)] * k)
        sent_ids.extend(range(k))
        out_langs.extend([lg] * k)
        ss, es, ps = zip(*spans, strict=True)
        starts.extend(ss)
        ends.extend(es)
        para_ids.extend(ps)
        texts.extend(map(text.__getitem__, map(slice, ss, es)))
    logger.debug("split %d documents into %d sentences", len(docs), len(texts))
    return pd.DataFrame(
        {
            "doc_id": pd.Series(doc_ids, dtype="str"),
            "sent_id": pd.Series(sent_ids, dtype="int64"),
            "para_id": pd.Series(para_ids, dtype="int64"),
            "start": pd.Series(starts, dtype="int64"),
            "end": pd.Series(ends, dtype="int64"),
            "text": pd.Series(texts, dtype="str"),
            "lang": pd.Series(out_langs, dtype="str"),
        }
    )

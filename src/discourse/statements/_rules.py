"""The shared pieces of the paragraph rules: tokens, statements, subjects and messages.

Everything here and in :mod:`discourse.statements._verbs` (speech verbs) and
:mod:`discourse.statements._markers` (attribution markers) works on the tokens of one paragraph (:class:`Tok`, offsets into
the paragraph string) and returns :class:`Stmt` records with token ranges; the
public :func:`discourse.statements.find_statements` maps them to document offsets
and resolves speakers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from operator import attrgetter
from typing import TYPE_CHECKING

from discourse.statements._text import CLAUSE_PUNCT, END_PUNCT, Tok
from discourse.statements._words import AUX, DE_STOP, EN_ADVERBS

if TYPE_CHECKING:
    from discourse.statements._cues import CueLexicon

PRONOUNS = {"er", "sie", "he", "she", "they", "man"}
_LOW = attrgetter("low")
REL_START = {"dass", "ob", "that", "whether", "wie", "how"}


@dataclass
class Stmt:
    sent: int  # sentence index within the paragraph
    kind: str
    msg: tuple[int, int]  # token range [lo, hi)
    cue: list[int] = field(default_factory=list)  # token indices (first = main cue)
    src: tuple[int, int] | None = None
    pronoun: bool = False
    inherit: bool = False  # speaker inherited from an earlier statement
    quote: tuple[int, int] | None = None  # quotation-mark token indices when direct
    addr: tuple[int, int] | None = None
    sure: bool = False  # a construction the rules are sure of (kept whatever the cue model says)
    enclosed: bool = False  # a German object between the cue and its particle or participle
    # tokens inside ``msg`` that are no message: a cue clause set in it ("Die Lage, so X, sei
    # ernst", „Wir müssen“, sagte X, „mehr tun.“); None: found from the cue and source
    gap: tuple[int, int] | None = None


@dataclass
class Para:
    toks: list[Tok]
    bounds: list[tuple[int, int]]  # token range per sentence
    quotes: list[tuple[int, int, int, bool]]
    lang: str
    # the cue lexicon the statements are found with (None: the bundled one of ``lang``)
    lex: CueLexicon | None = field(default=None, repr=False, compare=False)
    lows: list[str] = field(init=False, repr=False)  # lower-cased token texts

    def __post_init__(self) -> None:
        self.lows = list(map(_LOW, self.toks))

    def sent_of(self, i: int) -> int:
        return self.toks[i].sent

    def content_end(self, s: int) -> int:
        lo, hi = self.bounds[s]
        while hi > lo and self.toks[hi - 1].text in END_PUNCT:
            hi -= 1
        return hi

    def clause(self, i: int) -> tuple[int, int]:
        """The tokens around ``i`` up to a clause mark or quotation mark; the commas of a
        parenthesis are no boundary ("sprach für alle (Bosnien, Kosovo, Albanien) und
        betonte")."""
        toks = self.toks
        lo, hi = self.bounds[toks[i].sent]
        a = i
        while a > lo and not (toks[a - 1].text in CLAUSE_PUNCT or toks[a - 1].is_quote):
            a -= 1
            if toks[a].text == ")":
                a = _bracket_match(toks, a, lo - 1)
        b = i + 1
        while b < hi and not (toks[b].text in CLAUSE_PUNCT or toks[b].is_quote):
            if toks[b].text == "(":
                b = _bracket_match(toks, b, hi)
            b += 1
        return a, b

    def closing_quote(self, close: int) -> tuple[int, int] | None:
        for o, c, depth, _ in self.quotes:
            if c == close and depth == 0:
                return o, c
        return None


_BRACKET_SPAN = 12  # tokens: a longer parenthesis is left to the clause marks inside it


def _bracket_match(toks: list, at: int, stop: int) -> int:
    """The other bracket of the "(" or ")" at ``at``, searched towards ``stop`` (exclusive;
    a short parenthesis without a quotation mark), else ``at``."""
    step = 1 if stop > at else -1
    want, other = (")", "(") if step == 1 else ("(", ")")
    for k in range(at + step, stop, step):
        if abs(k - at) >= _BRACKET_SPAN:
            break
        t = toks[k].text
        if t == want:
            return k
        if t == other or toks[k].is_quote:
            break
    return at


def _subject(p: Para, pre: tuple[int, int], marks_free: bool = False) -> tuple[int, int] | None:
    """Trim a pre-verb chunk to its subject noun phrase."""
    a, b = pre
    toks = p.toks
    if p.lang == "en":
        while b > a and (
            toks[b - 1].low in AUX
            or toks[b - 1].low in EN_ADVERBS
            or toks[b - 1].low.endswith("ly")
        ):
            b -= 1
        if b > a and toks[b - 1].low in ("who", "which", "that"):
            b -= 1
            k = b
            while k > a and (
                toks[k - 1].text[:1].isupper()
                or toks[k - 1].low not in DE_STOP
                and not toks[k - 1].is_punct
            ):
                k -= 1
            while k > a and toks[k - 1].low in ("the", "a", "an"):
                k -= 1
            a = k
        if b > a and all(
            toks[k].low in EN_ADVERBS
            or toks[k].low in ("and", "or")
            or toks[k].low.endswith("ly")
            or toks[k].low in AUX
            for k in range(a, b)
        ):
            return None
        if b - a == 1 and toks[a].low == "it":
            return None
    while (
        p.lang != "en"
        and b > a
        and (
            toks[b - 1].low in AUX
            or (toks[b - 1].text[:1].islower() and toks[b - 1].low not in PRONOUNS)
        )
    ):
        b -= 1
    while a < b and (
        toks[a].low in ("und", "aber", "doch", "and", "but", "so", "auch", "also")
        or (p.lang == "en" and toks[a].low == "yet")  # "Yet the emitters said"
    ):
        a += 1
    if p.lang == "de" and a + 1 < b and toks[a].low == "was":
        a += 1  # "..., was Professor Rathkolb jetzt ankündigt": the object before the subject
    # at most ten tokens (``marks_free``: besides quotation marks and hyphens, "wie die
    # „Bild“-Zeitung in der Ausgabe vom 17.12.2005 berichtete")
    n = sum(1 for t in toks[a:b] if not (t.is_quote or t.text == "-")) if marks_free else b - a
    if b <= a or n > 10:
        return None
    return a, b


_FIRST_PERSON = {
    "ich",
    "wir",
    "mir",
    "mich",
    "uns",
    "unser",
    "unsere",
    "man",
    "i",
    "we",
    "my",
    "our",
}


def _message_before(p: Para, lo: int, cs: int) -> tuple[tuple[int, int], tuple[int, int] | None]:
    """Material before the cue clause: (token range, quote marks if it is one direct quote)."""
    end = cs
    while end > lo and p.toks[end - 1].text in ",;:–—(":
        end -= 1
    if end > 0 and p.toks[end - 1].is_quote:
        q = p.closing_quote(end - 1)
        if q and (q[0] <= lo):
            inner_hi = q[1]
            while inner_hi > q[0] + 1 and p.toks[inner_hi - 1].text in ",":
                inner_hi -= 1
            return (q[0] + 1, inner_hi), q
    if end - lo > 1 and p.toks[lo].is_quote:
        for o, c, _, balanced in p.quotes:
            if o == lo and not balanced and c >= end - 1:
                # a quotation never closed: „Wir werden mehr tun, sagte Merz.
                return (lo + 1, end), (lo, end)
    toks = p.toks
    colon = next((k for k in range(end - 3, lo, -1) if toks[k].text == ":"), None)
    if (
        p.lang == "de"
        and colon is not None
        and not any(t.is_quote for t in toks[lo:end])
        # not the speaker's own words before the colon ("Ich habe ... gewonnen: Mexiko ...")
        and not any(t.low in _FIRST_PERSON for t in toks[lo:colon])
    ):
        # "Kritik kam von der SPÖ: Das Paket sei zu klein, meinte Egger": what the colon
        # announces is the message
        return (colon + 1, end), None
    return (lo, end), None


def _message_after(p: Para, k: int, hi: int) -> tuple[tuple[int, int], tuple[int, int] | None]:
    while k < hi and p.toks[k].text in ",;:–—":
        k += 1
    if k < hi and p.toks[k].is_quote:
        for o, c, _, _ in p.quotes:  # also a quotation inside another ("Er hat uns
            if o == k and c >= hi - 2:  # gesagt: ‚Das Werk bleibt offen.‘ Jetzt ...“)
                return (o + 1, c), (o, c)
    return (k, hi), None


_MAX_GAP = 12  # tokens: a longer run between inner cue and source words is message too
_GAP_MARKS = {",", "–", "—"}  # the marks around a cue set in the message


def message_gap(p: Para, st: Stmt) -> tuple[int, int] | None:
    """The token range inside ``st.msg`` that is no message: ``st.gap``, else the cue words
    standing inside the message and its source with them ("Die Armee hat laut Pistorius
    zu wenig Personal"), widened over the commas and dashes around them; None when there is none
    (a cueless report keeps its subject: "Die Polizei sprach von ...")."""
    lo, hi = st.msg
    if st.gap is not None:
        a, b = st.gap
    else:
        inner = [k for k in st.cue if lo < k < hi]
        if not inner:
            return None  # a cueless report keeps its subject in the message
        if st.src is not None:
            inner += [k for k in range(*st.src) if lo < k < hi]
        a, b = min(inner), max(inner) + 1
        if b - a > _MAX_GAP:
            return None
        while a > lo and p.toks[a - 1].text in _GAP_MARKS:
            a -= 1
        while b < hi and p.toks[b].text in _GAP_MARKS:
            b += 1
    return (a, b) if lo < a < b < hi else None


def _opens(p: Para, k: int) -> bool:
    return any(o == k for o, *_ in p.quotes)


def _has_words(p: Para, rng: tuple[int, int]) -> bool:
    return sum(1 for k in range(*rng) if not p.toks[k].is_punct) >= 2

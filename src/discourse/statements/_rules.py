"""The rules that find statements in one paragraph.

Everything here works on the tokens of one paragraph (:class:`Tok`, offsets into
the paragraph string) and returns :class:`Stmt` records with token ranges; the
public :func:`discourse.statements.find_statements` maps them to document offsets
and resolves speakers.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from discourse.statements._cues import CueLexicon
from discourse.statements._text import CLAUSE_PUNCT, END_PUNCT, Tok, is_opener, np_after
from discourse.statements._words import AUX, DE_STOP, EN_ADVERBS, FINITE, OPENERS_NOT_SUBJECT

PRONOUNS = {"er", "sie", "he", "she", "they", "man"}
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


@dataclass
class Para:
    toks: list[Tok]
    bounds: list[tuple[int, int]]  # token range per sentence
    quotes: list[tuple[int, int, int, bool]]
    lang: str
    lows: list[str] = field(init=False, repr=False)  # lower-cased token texts

    def __post_init__(self) -> None:
        self.lows = [t.low for t in self.toks]

    def sent_of(self, i: int) -> int:
        return self.toks[i].sent

    def content_end(self, s: int) -> int:
        lo, hi = self.bounds[s]
        while hi > lo and self.toks[hi - 1].text in END_PUNCT:
            hi -= 1
        return hi

    def clause(self, i: int) -> tuple[int, int]:
        lo, hi = self.bounds[self.toks[i].sent]
        a = i
        while a > lo and not (self.toks[a - 1].text in CLAUSE_PUNCT or self.toks[a - 1].is_quote):
            a -= 1
        b = i + 1
        while b < hi and not (self.toks[b].text in CLAUSE_PUNCT or self.toks[b].is_quote):
            b += 1
        return a, b

    def closing_quote(self, close: int) -> tuple[int, int] | None:
        for o, c, depth, _ in self.quotes:
            if c == close and depth == 0:
                return o, c
        return None


def _subject(p: Para, pre: tuple[int, int]) -> tuple[int, int] | None:
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
    while a < b and toks[a].low in ("und", "aber", "doch", "and", "but", "so", "auch", "also"):
        a += 1
    if b <= a or b - a > 10:
        return None
    return a, b


def _speaker_after(
    p: Para, k: int, stop: int, names: set[int]
) -> tuple[tuple[int, int] | None, bool]:
    while k < stop and (
        p.toks[k].low in AUX or p.toks[k].low in ("auch", "also", "dazu", "nun", "jedoch")
    ):
        k += 1
    if k < stop and p.toks[k].low in PRONOUNS and p.toks[k].low != "man":
        return (k, k + 1), True
    return np_after(p.toks, k, stop, names), False


def _find_particle(p: Para, i: int, particle: str, hi: int) -> int | None:
    toks = p.toks
    if p.lang != "de":
        return i + 1 if i + 1 < hi and toks[i + 1].low == particle else None
    for k in range(i + 1, hi):
        t = toks[k]
        if t.text in ",;:" or t.is_quote:
            return None
        if t.low == particle and (k + 1 >= hi or toks[k + 1].is_punct):
            return k
    return None


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
    return (lo, end), None


def _message_after(p: Para, k: int, hi: int) -> tuple[tuple[int, int], tuple[int, int] | None]:
    while k < hi and p.toks[k].text in ",;:–—":
        k += 1
    if k < hi and p.toks[k].is_quote:
        for o, c, depth, _ in p.quotes:
            if o == k and depth == 0 and c >= hi - 2:
                return (o + 1, c), (o, c)
    return (k, hi), None


def verb_cues(p: Para, lex: CueLexicon, s: int, names: set[int], thought: bool) -> list[Stmt]:
    """Statements introduced by a speech verb in sentence ``s``."""
    toks = p.toks
    lo, hi = p.bounds[s]
    end = p.content_end(s)
    out: list[Stmt] = []
    verbs, joined = lex.verbs, lex.joined
    cands = [i for i in range(lo, hi) if p.lows[i] in verbs or p.lows[i] in joined]
    for i in cands:
        t = toks[i]
        if t.is_punct or not t.text[:1].islower():
            continue
        spec = lex.verbs.get(t.low)
        parts = [i]
        if spec is None:
            j = lex.joined.get(t.low)
            if j is None:
                continue
            lemma, kind = j
        else:
            lemma, particle, kind = spec
            if particle:
                k = _find_particle(p, i, particle, hi)
                if k is None:
                    continue
                parts.append(k)
        if kind == "thought" and not thought:
            continue
        if p.lang == "en":
            if i > lo and toks[i - 1].low in (
                "the",
                "a",
                "an",
                "this",
                "its",
                "our",
                "their",
                "his",
                "her",
                "neutral",
            ):
                continue
            nxt = toks[i + 1].low if i + 1 < hi else ""
            if nxt in lex.verbs or (
                nxt in ("and", "or") and i + 2 < hi and toks[i + 2].low == "done"
            ):
                continue
            if spec is not None and t.low == lemma and nxt in ("and", "or", ",", ".", ";"):
                continue
        cs, ce = p.clause(i)
        aux = [k for k in range(cs, i) if toks[k].low in AUX]
        parts += aux[:1]
        if not aux and i + 1 < ce and toks[i + 1].low in AUX and p.lang == "de":
            parts.append(i + 1)
        top = max(parts)
        for k in range(max(cs, i - 2), min(ce, i + 4)):
            if toks[k].low == "sich" or (
                k > i and k < top and toks[k].low in ("davon", "darauf", "dazu", "damit", "dafür")
            ):
                parts.append(k)
        if lemma in ("bezeichnen", "nennen", "sehen", "betrachten", "werten") and p.lang == "de":
            parts += [k for k in range(i + 1, ce) if toks[k].low == "als"][:1]
        st = _verb_statement(p, lex, s, i, parts, cs, ce, lo, end, names)
        if st is not None:
            out.append(st)
    return out


def _verb_statement(p, lex, s, i, parts, cs, ce, lo, end, names) -> Stmt | None:
    toks = p.toks
    last_cue = max(parts)
    # "..., wie Hegseth sagte." / "as he said"
    if toks[cs].low in ("wie", "as"):
        src = _subject(p, (cs + 1, i))
        msg, q = _message_before(p, lo, cs) if cs > lo else ((cs, cs), None)
        if msg[1] <= msg[0]:
            msg, q = _message_after(p, ce, end)
        return Stmt(
            s,
            "direct" if q else "indirect",
            msg,
            [i, cs, *parts[1:]],
            src,
            bool(src and toks[src[0]].low in PRONOUNS),
            quote=q,
        )
    # "um ... zu fordern": the demand of the main clause's subject
    if i > cs and toks[i - 1].low == "zu" and toks[cs].low in ("um", "und"):
        src = _subject(p, (lo, p.clause(lo)[1]))
        if src:
            src = (src[0], min(src[1], src[0] + 4))
            k = src[0]
            while k < src[1] and not toks[k].text[:1].isupper() and toks[k].low not in PRONOUNS:
                k += 1
            src = np_after(toks, k, src[1], names) or src
        return Stmt(
            s,
            "reported",
            (cs + 1, i - 1),
            parts,
            src,
            bool(src and toks[src[0]].low in PRONOUNS),
            sure=True,
        )
    pre = [k for k in range(cs, i) if toks[k].low not in AUX and k not in parts]
    inverted = (
        not pre
        or toks[pre[0]].low in OPENERS_NOT_SUBJECT
        or (
            p.lang == "de"
            and len(pre) <= 2
            and is_opener(toks[pre[0]].low)
            and (pre[0] not in names)
        )
    )
    appo = _apposition_subject(p, lex, lo, cs, i) if (p.lang == "de" and not pre) else None
    if appo is not None:
        # "Der Leiter des Programms, Klaus Stöhr, sagte: ..." -- the subject is before the commas
        k = max(parts) + 1
        if ce < end and toks[ce].text in ",:":
            msg, q = _message_after(p, ce, end)
            if msg[1] > msg[0]:
                return Stmt(s, "direct" if q else "indirect", msg, parts, appo, False, quote=q)
        rest = [x for x in range(k, ce) if not toks[x].is_punct and x not in parts]
        if len(rest) >= 2:
            return Stmt(s, "reported", (rest[0], rest[-1] + 1), parts, appo, False)
    src: tuple[int, int] | None = None
    pron = False
    after_k = last_cue + 1
    if inverted:
        aux_before = [k for k in parts if k < i]
        start_k = aux_before[0] + 1 if aux_before else min(i, *(k for k in parts if k > i - 3)) + 1
        src, pron = _speaker_after(p, start_k, ce, names)
        if src is None and pre:
            src = _subject(p, (pre[0], i))
        if src:
            after_k = max(after_k, src[1]) if src[0] > i else after_k
    else:
        src = _subject(p, (cs, i))
        pron = bool(src and src[1] - src[0] == 1 and toks[src[0]].low in PRONOUNS)
    if src is None and pre and p.lang == "en":
        k = i
        while k > cs and (toks[k - 1].text[:1].isupper() or toks[k - 1].text == "."):
            k -= 1
        src = (k, i) if k < i else None
    if src is None and p.lang == "en" and cs > lo:
        first_ce = p.clause(lo)[1]
        src = _subject(p, (lo, first_ce)) if first_ce < i else None
    addr = None
    if p.lang == "en" and toks[i].low in ("told", "tells", "tell", "telling") and after_k < ce:
        a = after_k
        b = a
        while (
            b < ce
            and b - a < 4
            and toks[b].low not in ("that", "on", "in", "at", "he", "she", "they", "the")
        ):
            b += 1
        if b > a:
            addr = (a, b)
            after_k = b
    if p.lang == "en" and not inverted:
        k = after_k
        while k < end and toks[k].low in ("that", ",", ":"):
            k += 1
        if end - k >= 3:
            msg, q = _message_after(p, k, end)
            return Stmt(s, "direct" if q else "indirect", msg, parts, src, pron, quote=q, addr=addr)
    if cs > lo and not (toks[cs - 1].is_quote and _opens(p, cs - 1)):
        # the cue clause follows the message: "..., sagte Hegseth." / "„...“, so Hegseth"
        msg, q = _message_before(p, lo, cs)
        if msg[1] > msg[0] and (q or _has_words(p, msg)):
            return Stmt(s, "direct" if q else "indirect", msg, parts, src, pron, quote=q, addr=addr)
    rest = [k for k in range(after_k, ce) if not toks[k].is_punct and k not in parts]
    if p.lang == "en":
        k = after_k
        while k < end and toks[k].low in ("that", ",", ":"):
            k += 1
        if k < end and (ce >= end or len(rest) > 2):
            msg, q = _message_after(p, k, end)
            if msg[1] > msg[0]:
                return Stmt(
                    s, "direct" if q else "indirect", msg, parts, src, pron, quote=q, addr=addr
                )
    conj = ce + 1 < end and toks[ce + 1].low in (
        "aber",
        "und",
        "oder",
        "sondern",
        "denn",
        "doch",
        "but",
        "and",
        "or",
    )
    if (ce < end and toks[ce].text in ",:" and not conj) or (
        ce < end and toks[ce].is_quote and _opens(p, ce)
    ):
        msg, q = _message_after(p, ce, end)
        if msg[1] > msg[0]:
            return Stmt(s, "direct" if q else "indirect", msg, parts, src, pron, quote=q, addr=addr)
    if len(rest) >= 2:
        r_lo, r_hi = rest[0], rest[-1] + 1
        if src and src[0] >= r_lo and src[1] <= r_hi and src[0] == r_lo:
            r_lo = src[1]
        if r_hi > r_lo:
            return Stmt(s, "reported", (r_lo, r_hi), parts, src, pron, addr=addr)
    return None


def _apposition_subject(
    p: Para, lex: CueLexicon, lo: int, cs: int, i: int
) -> tuple[int, int] | None:
    """``NP, apposition, VERB``: the span before the verb when it reads as one subject."""
    toks = p.toks
    if cs <= lo + 1 or toks[cs - 1].text != "," or toks[lo].is_quote:
        return None
    segs, cur = [], [lo]
    for k in range(lo, cs - 1):
        if toks[k].text == ",":
            segs.append((cur[0], k))
            cur = [k + 1]
        elif toks[k].is_quote or toks[k].text in ":;":
            return None
    segs.append((cur[0], cs - 1))
    if len(segs) != 2 or any(b <= a for a, b in segs):
        return None
    check = range(lo, cs - 1)
    if toks[segs[1][0]].low in ("der", "die", "das", "welche", "welcher", "dessen", "deren"):
        check = range(*segs[0])  # "Deiss, der sich ... entschlossen hatte, sagte ..."
        if not all(toks[k].text[:1].isupper() for k in check):
            return None
    if any(
        toks[k].low in FINITE or toks[k].low in lex.subjunctive or toks[k].low in lex.verbs
        for k in check
    ):
        return None

    def name_like(a: int, b: int) -> bool:
        return all(toks[k].text[:1].isupper() or toks[k].text in "()-." for k in range(a, b))

    if not (name_like(*segs[0]) or name_like(*segs[1]) or check != range(lo, cs - 1)):
        return None
    return (lo, cs - 1)


def _opens(p: Para, k: int) -> bool:
    return any(o == k for o, *_ in p.quotes)


def _has_words(p: Para, rng: tuple[int, int]) -> bool:
    return sum(1 for k in range(*rng) if not p.toks[k].is_punct) >= 2

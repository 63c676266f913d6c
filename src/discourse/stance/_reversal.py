"""Reversing predicates: to stop, end, lift or cut X is to be against X.

"Die Sanktionen aufheben", "ein Ende der Sanktionen", "lift sanctions on Russia" and
"cuts to military aid" name the target only as the object of a predicate that undoes it.
Such a predicate counts as an *against* cue, and only when the target's mention is its
object (so "Verhandlungen, um den Krieg zu beenden" stays a call for talks):

* a noun followed by its genitive or prepositional object: "Ende der Sanktionen",
  "Senkung der Verteidigungsausgaben", "an end to sanctions", "cuts to military aid";
* a verb followed by its object: "hebt die Sanktionen auf", "stoppt alle
  Waffenlieferungen", "lift the sanctions", "stop supplying weapons";
* a German verb at the end of its clause after its object, including zu-infinitives and
  participles: "die Sanktionen gegen Russland aufzuheben", "müssen gestoppt werden";
* an English passive or intransitive verb after its subject: "military aid be stopped",
  "sanctions must be lifted", "the deliveries must stop"; and an English noun compound:
  "sanctions relief", "spending cuts".

The words between predicate and mention may only be articles, adjectives, adverbs and
prepositional attributes ("an die Ukraine", "on Russia"); a conjunction, a clause break or
a second noun phrase ends the search. The rule scorer (:mod:`discourse.stance.rules`)
composes a reversal with the cues that govern it: a demand of a reversal is against the
target ("forderte + aufzuheben (reversal) → against"), a rejection of it for the target
("lehnen … ab + Aufhebung (reversal) → favor"), a negated one for it ("nicht aufheben").
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

__all__ = ["Reversal", "find_reversals", "own_reversals"]


def _words(patterns: list[str], flags: int = re.IGNORECASE) -> re.Pattern:
    alt = "|".join(f"(?:{p})" for p in sorted(patterns, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alt})(?![\w-])", flags)


# German nouns (case-sensitive: capitalised), each followed by its object
_DE_NOUNS = _words([
    "Ende", "Stopp", "Stoppen", "Senkung(?:en)?", "Kürzung(?:en)?", "Aufhebung", "Abbau(?:s)?",
    "Reduzierung(?:en)?", "Reduktion(?:en)?", "Einstellung", "Aussetzung", "Abschaffung",
    "Lockerung(?:en)?", "Streichung(?:en)?", "Verringerung(?:en)?", "Rücknahme", "Beendigung",
    "Verzicht", "Schluss", "Zurückfahren",
], flags=0)  # fmt: skip
# German verb forms (infinitive, finite, participle, zu-infinitive)
_DE_VERBS = _words([
    r"(?:zu )?stopp(?:e|en|t|te|ten|st|est)?", "gestoppt",
    r"(?:zu )?beend(?:e|en|et|ete|eten|est|ige|igen|igt)",
    "aufheb(?:e|en|t|st)", "aufzuheben", "aufgehoben",
    r"(?:zu )?senk(?:e|en|t|te|ten|st)", "gesenkt",
    r"(?:zu )?kürz(?:e|en|t|te|ten|st)", "gekürzt",
    r"(?:zu )?reduzier(?:e|en|t|te|ten|st)",
    "zurückfahr(?:e|en)", "zurückzufahren", "zurückgefahren",
    "aussetz(?:e|en|t|te|ten)", "auszusetzen", "ausgesetzt",
    "einstell(?:e|en|t|te|ten)", "einzustellen", "eingestellt",
    "abschaff(?:e|en|t|te|ten)", "abzuschaffen", "abgeschafft",
    r"(?:zu )?locker(?:n|t|te|ten)", "gelockert",
    r"(?:zu )?streich(?:e|en|t)", "gestrichen",
    r"(?:zu )?verringer(?:n|e|t|te|ten)",
    "abbau(?:en|t|te|ten)", "abzubauen", "abgebaut",
    "verzicht(?:e|en|et|ete|eten|est)", "auslaufen",
])  # fmt: skip
# German separable verbs in second position: finite stem … particle at the clause end
_DE_SEPARABLE = [
    (re.compile(r"(?i)^(?:heb(?:e|t|en|st)|hob(?:en|st)?)$"), "auf"),
    (re.compile(r"(?i)^stell(?:e|t|en|te|ten|st)$"), "ein"),
    (re.compile(r"(?i)^setz(?:e|t|en|te|ten)$"), "aus"),
    (re.compile(r"(?i)^schaff(?:e|t|en|te|ten)$"), "ab"),
    (re.compile(r"(?i)^(?:fähr(?:t|st)|fahr(?:e|en)|fuhr(?:en)?)$"), "zurück"),
    (re.compile(r"(?i)^(?:bau(?:e|t|en|te|ten))$"), "ab"),
]
_EN_NOUNS = _words([
    "end", "halt", "stop", "cuts?", "reductions?", "lifting", "withdrawal", "removal",
    "suspension", "abolition", "easing", "cessation", "rollback", "phase-out", "phasing out",
    "termination", "scrapping", "relief",
])  # fmt: skip
_EN_VERBS = _words([
    "stop(?:s|ped|ping)?", "end(?:s|ed|ing)?", "lift(?:s|ed|ing)?", "cut(?:s|ting)?",
    "reduc(?:e|es|ed|ing)", "withdr(?:aw|aws|awn|awing|ew)", "abolish(?:es|ed|ing)?",
    "halt(?:s|ed|ing)?", "suspend(?:s|ed|ing)?", "scrap(?:s|ped|ping)?", "phas(?:e|es|ed|ing) out",
    "eas(?:e|es|ed|ing)", "remov(?:e|es|ed|ing)", "curb(?:s|ed|ing)?", "slash(?:es|ed|ing)?",
    "roll(?:s|ed|ing)? back", "scal(?:e|es|ed|ing) back", "wind(?:s|ing)? down", "wound down",
    "ceas(?:e|es|ed|ing)", "terminat(?:e|es|ed|ing)", "abandon(?:s|ed|ing)?",
])  # fmt: skip
# English nouns that follow their object in a compound ("sanctions relief")
_EN_COMPOUND = {"cut", "cuts", "reduction", "reductions", "relief", "rollback", "halt"}

# German: words that may open the object of a reversal noun ("Ende der", "Stopp aller")
_DE_LINK = {
    "der", "des", "von", "vom", "für", "bei", "an", "aller", "sämtlicher", "jeglicher",
    "weiterer", "neuer", "dieser", "ihrer", "seiner", "unserer",
}  # fmt: skip
_DE_LINK_ONLY = {"verzicht": "auf", "schluss": "mit"}
_DE_PREP = {
    "an", "gegen", "für", "von", "vom", "aus", "in", "im", "ins", "nach", "mit", "bei", "beim",
    "gegenüber", "auf", "über", "zur", "zum", "am", "um", "durch", "seit", "zu",
}  # fmt: skip
_DE_STOP = {
    "und", "oder", "sowie", "dass", "damit", "als", "wie", "wenn", "statt", "sondern", "aber",
    "weil", "ob", "bis", "denn", "während",
}  # fmt: skip
_EN_LINK = {"of", "to", "on", "in", "for", "from"}
_EN_DET = {
    "the", "a", "an", "all", "any", "its", "their", "our", "his", "her", "this", "these",
    "those", "such", "further", "new", "more", "some", "existing", "current", "remaining",
    "additional", "economic", "financial", "punitive", "unilateral", "illegal", "western",
    "military", "international", "sectoral", "planned", "promised", "continued", "ongoing",
    "future", "most", "many", "both", "every", "each", "of", "my", "your", "other", "u.s.",
}  # fmt: skip
_EN_AUX = {
    "must", "should", "would", "will", "shall", "can", "could", "may", "might", "need",
    "needs", "has", "have", "had", "be", "been", "being", "is", "are", "was", "were", "to",
    "not", "never", "also", "finally", "now", "soon", "eventually", "gradually", "against",
    "on", "for", "of", "from", "in", "by", "ought",
}  # fmt: skip
_EN_MODAL = {
    "must", "should", "would", "will", "shall", "can", "could", "may", "might", "to", "need",
    "needs", "not", "never",
}  # fmt: skip
_EN_BE = {"be", "been", "being", "is", "are", "was", "were", "get", "got", "gets"}
_EN_AFTER = {
    "now", "immediately", "at", "in", "by", "until", "unless", "if", "before", "after", "and",
    "soon", "altogether", "completely", "entirely", "forthwith", "once", "today",
}  # fmt: skip
_GENITIVE = {"der", "des", "von", "vom", "of"}
_PARTITIVE = {
    "teil", "großteil", "hälfte", "mehrheit", "rest", "part", "most", "some", "half", "all",
    "many", "remainder", "bulk", "none", "any",
}  # fmt: skip
_TEMPORAL = {
    "am", "zum", "bis", "seit", "nach", "vor", "gegen", "zu", "ab", "at", "by", "in", "until",
    "till", "before", "after", "toward", "towards", "from", "since", "near", "around",
}  # fmt: skip


@dataclass(frozen=True)
class Reversal:
    """A reversing predicate whose object is a mention of the target (or an opposite)."""

    start: int
    end: int
    surface: str
    anchor: str  # the mention it acts on
    opposite: bool  # the mention is one of the target's opposite terms
    anchor_start: int
    anchor_end: int


_Link = tuple[int, re.Match, bool]  # a token of the anchor, its match, is it an opposite


class _Tokens:
    """Token texts, spans and clause ids of one text, with anchor lookup."""

    def __init__(self, text, spans, clause, anchors):
        self.spans, self.clause = spans, clause
        self.tok = [text[s:e] for s, e in spans]
        self.ends_at = [e for _, e in spans]
        self.low = [t.lower() for t in self.tok]
        self.starts: dict[int, _Link] = {}  # first token -> (last token, match, opposite)
        self.ends: dict[int, _Link] = {}  # last token -> (first token, match, opposite)
        for m, opp in anchors:
            a, b = self.index(m.start()), self.index(m.end() - 1)
            self.starts.setdefault(a, (b, m, opp))
            self.ends.setdefault(b, (a, m, opp))

    def index(self, pos: int) -> int:
        i = bisect.bisect_right(self.ends_at, pos)
        return min(i, len(self.spans) - 1)

    def word(self, i: int) -> bool:
        return 0 <= i < len(self.tok) and self.tok[i][:1].isalnum()

    def de_gap_ok(self, i: int) -> bool:
        """German: articles, adjectives, adverbs, numbers, and nouns after a preposition."""
        t = self.tok[i]
        if not self.word(i) or self.low[i] in _DE_STOP:
            return False
        if t[0].isupper():
            return any(self.low[j] in _DE_PREP for j in (i - 1, i - 2) if j >= 0)
        return True

    def en_gap_ok(self, i: int, extra: set[str] = frozenset()) -> bool:
        t, low = self.tok[i], self.low[i]
        if not self.word(i):
            return False
        return low in _EN_DET or low in extra or t[0].isupper() or low.endswith("ly")


def _forward(tk: _Tokens, first: int, ri: int, limit: int, ok) -> _Link | None:
    """An anchor starting at ``first`` or within ``limit`` gap tokens after it, all ``ok``."""
    for k in range(first, min(first + limit + 1, len(tk.tok))):
        if tk.clause[k] != tk.clause[ri]:
            return None
        if k in tk.starts:
            _, m, opp = tk.starts[k]
            return k, m, opp
        if not ok(k):
            return None
    return None


def _backward(tk: _Tokens, last: int, ri: int, limit: int, ok) -> _Link | None:
    """An anchor ending at ``last`` or within ``limit`` gap tokens before it, all ``ok``.

    An anchor in the genitive belongs to the noun before it, which is the object: "die
    Annexion der Krim beenden" acts on the annexation, "die Besetzung der Krim beenden"
    on no mention, "einen Teil der Sanktionen aufheben" on the sanctions."""
    for k in range(last, max(last - limit - 1, -1), -1):
        if tk.clause[k] != tk.clause[ri]:
            return None
        if k in tk.ends:
            first, m, opp = tk.ends[k]
            head = first - 2
            if first >= 2 and tk.low[first - 1] in _GENITIVE and tk.word(head):
                if head in tk.ends:
                    return tk.ends[head]
                if tk.low[head] not in _PARTITIVE and (
                    tk.tok[head][0].isupper() or tk.low[first - 1] == "of"
                ):
                    return None
            return first, m, opp
        if not ok(k):
            return None
    return None


def _temporal_end(tk: _Tokens, i: int) -> bool:
    """'am Ende', 'bis zum Ende der Woche', 'by the end of': time, not a demand."""
    back = [j for j in (i - 1, i - 2) if j >= 0]
    return any(tk.low[j] in _TEMPORAL for j in back)


def _link_de(tk: _Tokens, a: int, b: int, noun: bool) -> _Link | None:
    if noun:
        if tk.low[a] == "ende" and _temporal_end(tk, a):
            return None
        nxt = b + 1
        if nxt >= len(tk.tok):
            return None
        need = _DE_LINK_ONLY.get(tk.low[a])
        if (need and tk.low[nxt] != need) or (not need and tk.low[nxt] not in _DE_LINK):
            return None
        return _forward(tk, nxt + 1, a, 5, tk.de_gap_ok)
    # object before the verb when the verb ends its clause (an infinitive, a zu-infinitive
    # or a participle: "die Sanktionen aufzuheben", "müssen gestoppt werden"); before a
    # finite verb in second position stands its subject ("Verhandlungen beenden den
    # Krieg", "Die Waffenlieferungen stoppen den Vormarsch") ...
    got = _backward(tk, a - 1, a, 6, tk.de_gap_ok) if _clause_final(tk, b) else None
    # ... or after it (finite verb in second position, imperative)
    return got or _forward(tk, b + 1, a, 4, lambda k: tk.de_gap_ok(k) and tk.tok[k][0].islower())


# what may follow a clause-final verb: auxiliaries, modals, "lassen"
_AFTER_FINAL_VERB = {
    "werden", "wird", "wurde", "wurden", "worden", "sein", "ist", "sind", "war", "waren",
    "haben", "hat", "hatte", "hatten", "müssen", "muss", "müsse", "müssten", "sollen",
    "soll", "solle", "sollte", "sollten", "können", "kann", "könne", "könnte", "dürfen",
    "darf", "wollen", "will", "wolle", "lassen", "lasse", "ließ", "zu",
}  # fmt: skip


def _clause_final(tk: _Tokens, b: int) -> bool:
    """The verb ending at token ``b`` ends its clause: punctuation or the sentence's end
    follows, or an auxiliary, a modal or "lassen" ("gestoppt werden", "beenden müssen")."""
    nxt = b + 1
    return nxt >= len(tk.tok) or not tk.word(nxt) or tk.low[nxt] in _AFTER_FINAL_VERB


def _separable(tk: _Tokens) -> list[tuple[int, int, _Link]]:
    """'hebt die Sanktionen auf': stem, particle at the clause end, the anchor between."""
    out = []
    for i, t in enumerate(tk.tok):
        for stem, particle in _DE_SEPARABLE:
            if not stem.match(t):
                continue
            for k in range(i + 1, min(i + 12, len(tk.tok))):
                if tk.clause[k] != tk.clause[i]:
                    break
                if tk.low[k] == particle and not tk.word(k + 1):
                    got = _forward(tk, i + 1, i, 6, tk.de_gap_ok)
                    if got and got[0] < k:
                        out.append((i, k, got))
                    break
    return out


def _link_en(tk: _Tokens, a: int, b: int, noun: bool, verb: bool) -> _Link | None:
    nxt = b + 1
    if noun and tk.low[a] in ("end", "stop", "halt") and _temporal_end(tk, a):
        return None
    if noun and nxt < len(tk.tok) and tk.low[nxt] in _EN_LINK:
        got = _forward(tk, nxt + 1, a, 4, tk.en_gap_ok)
        if got:
            return got
    if verb:
        got = _forward(tk, nxt, a, 3, tk.en_gap_ok)
        if got:
            return got
    if tk.low[a] in _EN_COMPOUND and a - 1 in tk.ends:
        return tk.ends[a - 1]
    if verb and a >= 1:
        prev = tk.low[a - 1]
        passive = prev in _EN_BE
        intransitive = prev in _EN_MODAL and (not tk.word(nxt) or tk.low[nxt] in _EN_AFTER)
        if passive or intransitive:
            return _backward(tk, a - 1, a, 6, lambda k: tk.en_gap_ok(k, _EN_AUX))
    return None


def find_reversals(text: str, spans, clause, anchors, lang: str | None) -> list[Reversal]:
    """Reversing predicates in ``text`` whose object is one of ``anchors``.

    Parameters
    ----------
    text : str
    spans, clause : list
        Token spans and clause ids (as in :mod:`discourse.stance.rules`).
    anchors : list of (re.Match, bool)
        Mentions of the target and whether each is an opposite term.
    lang : {"de", "en"} or None
        None tries both languages.
    """
    if not anchors or not spans:
        return []
    tk = _Tokens(text, spans, clause, anchors)
    out: list[Reversal] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, surface: str, got: _Link | None) -> None:
        if got and all(end <= s or start >= e for s, e in taken):
            taken.append((start, end))
            m = got[1]
            out.append(Reversal(start, end, surface, m.group(0), got[2], m.start(), m.end()))

    if lang in (None, "de"):
        for m in _DE_NOUNS.finditer(text):
            a, b = tk.index(m.start()), tk.index(m.end() - 1)
            add(m.start(), m.end(), m.group(0), _link_de(tk, a, b, noun=True))
        for m in _DE_VERBS.finditer(text):
            a, b = tk.index(m.start()), tk.index(m.end() - 1)
            if tk.tok[a][0].isupper() and tk.low[a] != "zu" and a > 0 and tk.word(a - 1):
                continue  # a capitalised noun inside the sentence ("das Stoppen")
            add(m.start(), m.end(), m.group(0), _link_de(tk, a, b, noun=False))
        for i, k, got in _separable(tk):
            add(spans[i][0], spans[i][1], f"{tk.tok[i]} … {tk.tok[k]}", got)
    if lang in (None, "en"):
        nouns = {(m.start(), m.end()) for m in _EN_NOUNS.finditer(text)}
        verbs = {(m.start(), m.end()) for m in _EN_VERBS.finditer(text)}
        for s, e in sorted(nouns | verbs):
            a, b = tk.index(s), tk.index(e - 1)
            got = _link_en(tk, a, b, (s, e) in nouns, (s, e) in verbs)
            add(s, e, text[s:e], got)
    return sorted(out, key=lambda r: r.start)


def own_reversals(
    text: str, cues: list[tuple[re.Match, int]], found: list[Reversal], lang: str | None
) -> list[Reversal]:
    """The target's own *against* cues that are reversing predicates ("Aufhebung",
    "aufzuheben", "lifting the", "end to"), as reversals without an object.

    Such a cue names the undoing of the target even when the target is not mentioned
    ("Wir lehnen eine Aufhebung ab"), so it composes with the cues that govern it like a
    reversal found by :func:`find_reversals` ("lehnen … ab + Aufhebung (reversal) →
    favor"). Cues overlapping a reversal in ``found`` are left to it."""
    pats = []
    if lang in (None, "de"):
        pats += [_DE_NOUNS, _DE_VERBS]
    if lang in (None, "en"):
        pats += [_EN_NOUNS, _EN_VERBS]
    out: list[Reversal] = []
    for m, pol in cues:
        s, e = m.start(), m.end()
        if pol >= 0 or any(s < r.end and r.start < e for r in [*found, *out]):
            continue
        if any(p.match(text, s) for p in pats):
            out.append(Reversal(s, e, m.group(0), "", False, e, e))
    return sorted(out, key=lambda r: r.start)

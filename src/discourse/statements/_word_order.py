"""Word order of a German cue clause: where its subject stands.

A cue clause after a comma is inverted when a verb opens it ("..., sagte Hegseth", "...,
hatte der Sprecher angekündigt", "..., ließ der Spieler verlauten", "„...“, wollen die
Demonstranten wissen"): the words before the comma are its message. When its subject opens
it ("..., Frontzeck sprach von einem Erfolg") it is a main clause of its own, except after a
dash ("... – der STANDARD berichtete.").
"""

from __future__ import annotations

from discourse.statements._cues import CueLexicon
from discourse.statements._rules import Para
from discourse.statements._words import AUX

_NOMINATIVE = ("ich", "wir", "er", "man", "du")
MODALS = {
    "will", "wollen", "wollte", "wollten", "möchte", "möchten", "soll", "sollen", "sollte",
    "sollten", "muss", "müssen", "musste", "mussten", "kann", "können", "konnte", "konnten",
}  # fmt: skip


def subject_at_auxiliary(p: Para, src: tuple[int, int], aux: int, i: int) -> tuple[int, int]:
    """A subject span that runs across the finite auxiliary: a pronoun right after it is
    the subject ("Kunden und Mitarbeitern hat er Klarheit versprochen"); else the span ends
    at the auxiliary when it opens like a subject ("Gerhard Wagner hat Papst Benedikt XVI.
    gebeten"), and is left alone when not ("aktuell ist der glücklose Peter Zeidler")."""
    toks = p.toks
    first = toks[src[0]].low
    if aux + 1 < i and toks[aux + 1].low in _NOMINATIVE and first not in _NOMINATIVE:
        return (aux + 1, aux + 2)
    if toks[src[0]].text[:1].isupper() or first in _NOMINATIVE or first in _SUBJECT_LEAD:
        return (src[0], aux)
    return src


def verb_opens(p: Para, lex: CueLexicon, k: int) -> bool:
    """A finite verb opens the clause at ``k``: it is inverted, its subject follows ("...,
    hatte der Sprecher angekündigt", "..., ließ der Spieler verlauten", "..., sagt Lueftner
    und verweist auf ..."; not "..., lasse sich ... vereinbaren")."""
    low = p.lows[k]
    if low in AUX or (low in lex.verbs and p.toks[k].text[:1].islower()):
        return True
    return low in VERB_FIRST and not (k + 1 < len(p.lows) and p.lows[k + 1] == "sich")


VERB_FIRST = {"ließ", "ließe", "ließen", "lässt", "lasse", "pflegte", "pflegten", "pflegt"}


def dash_report(p: Para, cs: int, i: int, end: int) -> bool:
    """ "... – der STANDARD berichtete.": after a dash, a subject and its cue verb end the
    sentence (the words before the dash are the message)."""
    toks = p.toks
    return toks[cs - 1].text in "–—-" and all(toks[k].is_punct for k in range(i + 1, end))


def cue_clause_at(p: Para, lex: CueLexicon, k: int) -> bool:
    """Token ``k`` opens an inverted cue clause ("sagte Engel", "so Kiselev", "heißt es")."""
    low = p.lows[k]
    return low in lex.verbs or low in ("so", "heißt", "hieß")


_SUBJECT_LEAD = {"sie", "es", "wer", "der", "die", "das", "keiner", "niemand", "jemand", "jeder", "alle"}  # fmt: skip


def modal_opens(p: Para, lex: CueLexicon, cs: int, lo: int) -> bool:
    """A modal or a verb like "ließ" opens the clause after a comma: its subject follows
    ("„...“, wollen die Demonstranten wissen", "..., ließ der Spieler verlauten")."""
    if not (cs > lo and p.toks[cs - 1].text == ","):
        return False
    low = p.lows[cs]
    return low in MODALS or (low in VERB_FIRST and verb_opens(p, lex, cs))


def subject_opens(
    p: Para, lex: CueLexicon, cs: int, i: int, end: int, src: tuple[int, int] | None, lo: int
) -> bool:
    """The cue clause after a comma is a main clause opening with its subject ``src`` ("...,
    Frontzeck sprach von einem Erfolg"): the words before the comma are no message of it
    (but they are of "..., sagte Frontzeck" and "... – der STANDARD berichtete.").

    Example: ``subject_opens`` is True for "sprach" in "Zieler freute sich über den Sieg,
    Frontzeck sprach von einem Erfolg."
    """
    return (
        src is not None
        and src[0] == cs > lo
        and not verb_opens(p, lex, cs)
        and not dash_report(p, cs, i, end)
    )


def silent_main_clause(p: Para, lex: CueLexicon, i: int, ce: int, end: int) -> bool:
    """A subject-first clause whose cue is "wie berichtet" or that an inverted cue clause
    follows gives no statement ("sie vertritt wie berichtet die Meinung, ...", "..., dass
    Frauen höher sprächen, sagte Engel": the words after it belong to the next cue)."""
    return p.lows[i - 1] == "wie" or (
        ce + 1 < end and p.toks[ce].text == "," and cue_clause_at(p, lex, ce + 1)
    )

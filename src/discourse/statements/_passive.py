"""The speaker of a German passive cue: its agent ("vom LSVD aufgefordert", "seitens der
Regierung") or the institution it was said in ("Im Finanzministerium wurde betont"), never
its grammatical subject ("Klien wurde vorgeworfen, ...")."""

from __future__ import annotations

from discourse.statements._rules import Para, Stmt
from discourse.statements._text import is_agent_word, np_after
from discourse.statements._words import ADJ_ENDINGS, AUX

PASSIVE_AUX = {"wurde", "wurden", "worden", "wird", "werden"}


def passive(p: Para, i: int, parts: list[int]) -> bool:
    """The cue is a participle with a form of "werden": "wurde aufgefordert", "war
    berichtet worden" (not the future "wird fordern"; not "wird X zitiert", whose subject
    is the speaker)."""
    toks = p.toks
    low = toks[i].low
    if len(parts) == 1 and not (i + 1 < len(toks) and toks[i + 1].low == "worden"):
        return False  # a cue word alone ("sagte", "laut")
    werden = any(toks[k].low in PASSIVE_AUX for k in parts) or (
        i + 1 < len(toks) and toks[i + 1].low == "worden"
    )
    # "gesprochen", "vorgeworfen", "bekanntgegeben"; not the infinitive "bekanntgeben"
    k = low.find("ge")
    participle = low.endswith("t") or (low.endswith("en") and k >= 0 and len(low) - k >= 7)
    return werden and participle and low != "zitiert"


def agent_as_source(p: Para, st: Stmt, cs: int, ce: int, names: set[int]) -> None:
    """The speaker of a passive cue is its agent ("vom LSVD aufgefordert", "seitens der
    Regierung"), or the place it was said in ("Im Finanzministerium wurde betont"); never
    its subject ("Klien wurde vorgeworfen, ..."): none when the clause names neither."""
    toks = p.toks
    st.src, st.pronoun = None, False
    if toks[st.cue[0]].low in _NO_AGENT:
        return  # "von der Teilnahme ausgeschlossen": "von" is no agent here
    for k in range(st.cue[0] - 1, cs - 1, -1):  # the agent nearest the participle
        low = toks[k].low
        if low not in ("von", "vom", "durch", "seitens") or k in st.cue:
            continue
        if low == "durch" and k > cs and toks[k - 1].text[:1].isupper():
            continue  # "Seine Niederschlagung durch die Sowjetunion": an attribute
        got = np_after(toks, k + 1, ce, names)
        if got is None:
            continue
        e = got[1]
        if (
            e + 1 < ce
            and toks[e].low.endswith(ADJ_ENDINGS)
            and toks[e].text[:1].islower()
            and toks[e + 1].text[:1].isupper()
        ):
            continue  # "die von der ÖVP geschasste Bezirksvorsteherin"
        st.src = got
        return
    if toks[cs].low in ("im", "beim", "in") and cs + 1 < ce:
        end = np_after(toks, cs + 1, ce, names)
        if (
            end is not None
            and end[1] < ce
            and toks[end[1]].low in AUX
            and (names.intersection(range(*end)) or _institution(toks, end))
        ):
            st.src = (cs, end[1])  # the gold marks "Im Bericht der FIFA" with its preposition


# heads of a document that states something ("In einer Studie des Wifo wurde darauf
# hingewiesen", "Im Antrag der Grünen wird ... aufgefordert")
_DOCUMENT = (
    "bericht", "studie", "erklärung", "mitteilung", "schreiben", "brief", "urteil", "gutachten",
    "papier", "antrag", "resolution", "beschluss", "entwurf", "dokument", "stellungnahme",
    "aussendung",
)  # fmt: skip


def _institution(toks, span: tuple[int, int]) -> bool:
    """A capitalised word of the phrase can speak (an institution, a person noun, an
    acronym: "Im Finanzministerium", "Beim DGB") or is a document."""
    return any(
        toks[k].text[:1].isupper()
        and (is_agent_word(toks[k].text) or toks[k].low.endswith(_DOCUMENT))
        for k in range(*span)
    )


# participles whose "von" names no agent
_NO_AGENT = {"ausgeschlossen", "befreit", "berichtet", "gesprochen", "abgeraten"}

"""Cue spans as the SpkAtt annotators mark them (German): every word of a multi-word cue.

The rules and the news model find a cue's main verb and most of its parts; the gold also
counts the function words between them ("zu dem Schluss gekommen", "mit den Worten") and the
separable particle of a verb the model kept alone ("teilte ... mit").
"""

from __future__ import annotations

from discourse.statements._cues import CueLexicon
from discourse.statements._particles import particle_of
from discourse.statements._rules import Para, Stmt


def complete_cue(p: Para, lex: CueLexicon, st: Stmt, learned: bool) -> None:
    """Add the missing parts of ``st``'s cue in place (``learned``: the cue came from the
    news model, which may keep a verb without its particle).

    Example: in "Er sei zu dem Schluss gekommen, dass ..." the cue "sei ... dem Schluss
    gekommen" becomes "sei zu dem Schluss gekommen".
    """
    fill_cue_gaps(p, st)
    if not (learned and st.cue and p.toks[st.cue[0]].text[:1].islower()):
        return
    _reflexive_state(p, st)
    k = particle_of(p, lex, st.cue[0])
    if k is None or k in st.cue:
        return
    st.cue.append(k)
    a, b = st.msg
    if a < k and k + 1 == b:  # "... am Montag mit": the particle ends no message
        st.msg = (a, k)


def _reflexive_state(p: Para, st: Stmt) -> None:
    """ "zeigte sich überzeugt, dass ...", "gab sich zuversichtlich, ...": the state is part
    of the cue (as the gold marks "zeigte sich besorgt"), the message starts after the
    comma."""
    c, toks = st.cue[0], p.toks
    if not (
        p.lows[c] in _STATE_VERBS
        and c + 3 < len(toks)
        and p.lows[c + 1] == "sich"
        and toks[c + 2].text.islower()
        and not toks[c + 2].is_punct
        and toks[c + 3].text == ","
    ):
        return
    st.cue = sorted({*st.cue, c + 1, c + 2})
    if st.msg[0] in (c + 1, c + 2, c + 3):
        st.msg = (c + 4, st.msg[1])


# verbs of a state shown in words ("zeigte sich besorgt", "gab sich zuversichtlich")
_STATE_VERBS = frozenset(
    {"zeigte", "zeigten", "zeigt", "zeigen", "gab", "gaben", "gibt", "geben", "äußerte",
     "äußerten", "äußert"}
)  # fmt: skip


_GAP_WORDS = frozenset(
    {"der", "die", "das", "den", "dem", "des", "zu", "zum", "zur", "mit", "von", "vom", "ein",
     "eine", "einen", "einem", "einer", "in", "im", "auf", "davon", "darauf", "dazu", "dies"}
)  # fmt: skip


_ADVERB_PARTICLE = frozenset({("davon", "aus"), ("darauf", "hin")})


def fill_cue_gaps(p: Para, st: Stmt) -> None:
    """Articles and prepositions between two parts of a cue belong to it, as the gold marks
    multi-word cues ("zu dem Schluss gekommen", "mit den Worten"; not "teilte ... mit")."""
    if not st.cue:
        return
    parts = sorted(st.cue)
    add = []
    for a, b in zip(parts, parts[1:], strict=False):
        if 1 < b - a <= 3 and all(p.lows[k] in _GAP_WORDS for k in range(a + 1, b)):
            add.extend(range(a + 1, b))
    for k in parts:  # the preposition before a cue's noun phrase: "[zu] dem Schluss"
        if (
            k != st.cue[0]
            and p.lows[k] in _ARTICLES
            and k - 1 not in st.cue
            and p.lows[k - 1] in _PREPOSITIONS
        ):
            add.append(k - 1)
    last, first = parts[-1], parts[0]
    if last + 1 < len(p.toks) and p.lows[last + 1] == "worden":  # "war berichtet worden"
        add.append(last + 1)
    if first > 0 and (p.lows[first - 1], p.lows[first][:3]) in _ADVERB_PARTICLE:
        add.append(first - 1)  # "davon ausgeht", "darauf hinweist"
    if first > 0 and p.lows[first - 1] == "es" and p.lows[first] in {"wird", "wurde"}:
        add.append(first - 1)  # the impersonal passive: "Es wird befürchtet, dass ..."
    hi = p.bounds[p.toks[last].sent][1]
    for k in range(last + 1, min(hi - 2, last + 10)):  # "meldete sich ... mit den Worten"
        if p.toks[k].text in ",;:" or p.toks[k].is_quote:
            break
        if p.lows[k : k + 3] == ["mit", "den", "worten"]:
            add.extend((k, k + 1, k + 2))
            break
    if add:
        st.cue = [st.cue[0], *sorted(set(st.cue[1:]) | set(add))]


_ARTICLES = frozenset({"der", "die", "das", "den", "dem"})
_PREPOSITIONS = frozenset({"zu", "mit", "von", "in", "auf", "aus", "unter"})

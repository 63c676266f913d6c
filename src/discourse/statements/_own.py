"""Speeches: the speaker's own sentences (statements of kind ``own``) and sources.

Sources in parliamentary speech follow the Bundestag annotation of SpkAtt task 1: mostly
bare pronouns ("ich", "wir", "Sie", "man"), the subject of the cue verb's own clause
("..., weil ich weiß, dass ..."), with "alle"/"selbst", an "als" apposition ("wir als
Union") and a leading "auch"; noun-phrase subjects where they can speak (institutions,
parties, person nouns). :func:`speech_source` reshapes the source the role model found.
"""

from __future__ import annotations

from discourse.actors import ActorRegistry
from discourse.statements._rules import Para, Stmt
from discourse.statements._source import _ART, _adjective, _np
from discourse.statements._speaker_span import _NOT_SUBJECT, _REL_PRONOUNS
from discourse.statements._text import Spans, is_agent_word, message_spans
from discourse.statements._words import SKIP_AFTER


def own_statements(
    doc_id, grp, texts, sids, starts, rows, speaker, reg: ActorRegistry
) -> list[dict]:
    ids = reg.lookup(speaker) or reg.lookup(speaker.split()[-1]) if speaker.split() else []
    # what the speaker reports of others (a speech event without content reports nothing)
    reports = [r for r in rows if r["content_start"] is not None]
    spans = [part for r in reports for part in message_spans(r)]
    spans += [(r["cue_start"], r["cue_end"]) for r in reports if r["cue_start"] is not None]
    reported = Spans(spans)
    own_id = ids[0] if len(ids) == 1 else None
    _first_person_to_speaker(rows, own_id, reported)
    out = list(rows)
    for _, i in grp:
        text = texts[i]
        if not isinstance(text, str) or not text.strip():
            continue
        a, b = int(starts[i]), int(starts[i]) + len(text)
        if reported.overlaps(a, b):
            continue  # the speaker reports someone else here
        out.append(
            {
                "doc_id": doc_id,
                "stmt_id": 0,
                "sent_id": int(sids[i]),
                "speaker_id": own_id,
                "speaker_surface": speaker,
                "speaker_start": None,
                "speaker_end": None,
                "cue": None,
                "cue_start": None,
                "cue_end": None,
                "kind": "own",
                "content": text,
                "content_start": a,
                "content_end": b,
                "medium": None,
                "addressee": None,
                "cue_spans": None,
                "inherited": False,
            }
        )
    return out


# the speaker's own voice: "Ich fordere, ...", "We reiterate our support for Ukraine"
FIRST_PERSON = {"ich", "wir", "mir", "mich", "uns", "i", "we", "me", "us"}


def _first_person_to_speaker(rows: list[dict], own_id: str | None, reported: Spans) -> None:
    """Make a statement whose source is a first-person pronoun ("Ich fordere die Regierung
    auf, ...", "Let me stress that ...", "We call for ...") the speaker's own (kind ``own``,
    the speech's speaker, cue and content kept; a speech event without content only gets
    the speaker), unless it stands inside the content of another report ("Er sagte: „Ich
    trete zurück.“" stays his). In place; also statements that inherited such a source."""
    for r in rows:
        surface, a = r["speaker_surface"], r["speaker_start"]
        if r["kind"] == "own" or not isinstance(surface, str) or a is None:
            continue
        if r["speaker_id"] is not None and r["speaker_id"] != own_id:
            continue
        first = surface.split()[0].lower().replace("’", "'").split("'")[0]  # also "I'm"
        if first not in FIRST_PERSON or len(surface.split()) > 3:
            continue
        if reported.contains(a):
            continue
        r["speaker_id"] = own_id
        if r["content_start"] is not None:  # an event without content ("Wir führen eine
            r["kind"] = "own"  # Debatte") stays beside the sentence's own row


_PERSONAL = {"ich", "wir", "sie", "er", "man", "du"}
_DETERMINERS = _ART | {
    "jeder", "jede", "jedes", "kein", "keine", "unser", "unsere", "unserer", "manche", "viele",
}  # fmt: skip


# nominative personal pronouns: unambiguous ones first, "sie"/"Sie" (also accusative) after
_NOMINATIVE = {"ich": 0, "wir": 0, "du": 0, "man": 0, "er": 0, "sie": 1}
# words the role model sometimes takes for a source that cannot be a subject
_NOT_NOMINATIVE = {
    "mich", "mir", "uns", "ihnen", "ihm", "ihn", "dich", "dir", "euch", "meinem", "meinen",
    "meiner", "ihrem", "ihren", "ihrer", "ihres", "seinem", "seinen", "seiner", "seines",
    "unserem", "unseren", "unserer", "von", "vom", "zu", "mit", "für", "aus", "in", "im", "auf",
    "an", "bei", "nach", "über", "um", "des", "dem", "den", "der", "die", "das", "es", "viele",
    "alle", "sehr", "auch", "als",
}  # fmt: skip


def _verb_cue(p: Para, st: Stmt) -> int | None:
    """The first lower-case (verbal) part of a cue, else None (a nominal cue)."""
    for k in sorted(st.cue):
        if p.toks[k].text[:1].islower() and p.toks[k].text.isalpha():
            return k
    return None


def _clause_pronoun(p: Para, st: Stmt) -> int | None:
    """The nominative personal pronoun of the cue verb's clause ("weil ich weiß")."""
    c = _verb_cue(p, st)
    if c is None:
        return None
    a, b = p.clause(c)
    toks = p.toks
    lo = p.bounds[toks[c].sent][0]
    while True:
        best = None
        for k in range(a, b):
            if k in st.cue or (st.msg[0] <= k < st.msg[1] and abs(k - c) > 1):
                continue
            prio = _NOMINATIVE.get(toks[k].low)
            if prio is None:
                continue
            key = (prio, abs(k - c))
            if best is None or key < best[0]:
                best = (key, k)
        if best is not None:
            return best[1]
        # an enumeration of participles shares the subject of its first clause
        # ("Sie haben ... erweitert, ... eingeführt, Staatstrojaner erlaubt")
        if a - 1 <= lo or toks[a - 1].text != "," or toks[a].low in _SUBORD | _REL_PRONOUNS:
            return None
        if any(toks[k].low in _MODALS or toks[k].low in _PERSONAL for k in range(a, b)):
            return None
        if b - 1 not in st.cue or not toks[b - 1].low.endswith(("t", "en")):
            return None  # only a clause-final participle or infinitive
        a, b = p.clause(a - 2)


_POSSESSIVE = {
    "meinem", "meinen", "meiner", "ihrem", "ihren", "ihrer", "ihres", "seinem", "seinen",
    "seiner", "seines", "unserem", "unseren", "unserer",
}  # fmt: skip
_OWNER = _POSSESSIVE | {
    "mein", "meine", "ihr", "ihre", "sein", "seine", "unser", "unsere", "dein", "deine",
    "euer", "eure",
}  # fmt: skip


def _nominal_source(p: Para, st: Stmt) -> tuple[int, int] | None:
    """The owner of a nominal cue: a possessive ("Ihr Antrag", "meiner Meinung nach") or a
    genitive after it ("der Antrag der Linken", "Gesetzentwurf der Bundesregierung")."""
    toks = p.toks
    c = min(st.cue)
    lo, hi = p.bounds[toks[c].sent]
    blocked = set(st.cue) | set(range(*st.msg))
    k = c - 1
    while k >= lo and k not in blocked and _adjective(toks[k].low) and toks[k].low not in _OWNER:
        k -= 1
    if k >= lo and k not in blocked and toks[k].low in _OWNER:
        return k, k + 1
    e = max(st.cue) + 1
    if e + 1 < hi and e not in blocked and toks[e].low in ("der", "des"):
        end = _np(p, e, hi, blocked)
        if end is not None and end - e <= 6:
            return e, end
    return None


def speech_source(p: Para, st: Stmt) -> None:
    """Sources in parliamentary speech: the nominative pronoun of the cue's clause
    ("weil ich weiß"), a bare pronoun ("die wir" -> "wir") or a noun phrase with its
    article ("Bundesregierung" -> "die Bundesregierung")."""
    if st.cue and not st.inherit and _verb_cue(p, st) is None:
        got = _nominal_source(p, st)
        if got is not None:
            st.src = got
            return
    k = _clause_pronoun(p, st) if st.cue and not st.inherit else None
    if k is not None:
        # the clause's own pronoun beats the role model's pick (tried on the tune split:
        # only where the model had none or a non-nominative word: source F1 0.395 vs 0.410
        # in 3-fold cross-validation)
        st.src = (k, k + 1)
        if st.msg[0] == k and st.msg[1] > k + 1:
            st.msg = (k + 1, st.msg[1])  # "reden sie respektlos über andere"
        _speech_extend(p, st)
        return
    # a noun-phrase subject that can speak, else the model's pick (3-fold cross-validation
    # on the tune split: source F1 0.436 vs 0.424 with the model's pick first)
    st.src = _clause_subject(p, st) or st.src
    if st.src is None:
        return
    a, b = st.src
    toks = p.toks
    if b - a <= 3:
        pron = [k for k in range(a, b) if toks[k].low in _PERSONAL]
        if pron:
            st.src = (pron[0], pron[0] + 1)
            _speech_extend(p, st)
            return
    _speech_extend(p, st)
    if st.src is None:
        return
    a, b = st.src
    lo = p.bounds[toks[a].sent][0]
    if not (toks[a].text[:1].isupper() or _adjective(toks[a].low)):
        return
    k = a
    while k > lo and k - 1 not in st.cue and not (st.msg[0] <= k - 1 < st.msg[1]):
        prev = toks[k - 1]
        if prev.low in _DETERMINERS:
            k -= 1
            break
        if _adjective(prev.low) and prev.text[:1].islower():
            k -= 1
            continue
        break
    if k < a and toks[k].low in _DETERMINERS:
        st.src = (k, b)


def _speech_extend(p: Para, st: Stmt) -> None:
    """Complete a speech source to what the annotators mark ("wir alle", "Auch ich",
    "wir als Union"); drop a lone article or preposition (in place)."""
    a, b = st.src
    toks = p.toks
    lo, hi = p.bounds[toks[a].sent]
    blocked = set(st.cue)

    def free(k: int) -> bool:
        return lo <= k < hi and k not in blocked and not (st.msg[0] <= k < st.msg[1])

    if b - a == 1 and toks[a].low in _PERSONAL:
        if free(b) and toks[b].low in ("alle", "selbst", "beide"):
            b += 1
        elif free(b) and toks[b].low == "als" and free(b + 1):
            e = _np(p, b + 1, hi, blocked | set(range(*st.msg)))
            if e is not None and e - b <= 6:
                b = e
        if free(a - 1) and toks[a - 1].low == "auch":
            a -= 1
        st.src = (a, b)
        return
    # a lone article or preposition is no source (unless a relative pronoun: ", die ...");
    # completing such picks to a whole noun phrase lost precision on the tune split
    relative = toks[a].low in _REL_PRONOUNS and a > lo and toks[a - 1].text == ","
    if (
        b - a == 1
        and toks[a].low in _NOT_NOMINATIVE
        and toks[a].low not in _POSSESSIVE
        and not relative
    ):
        st.src = None


_MODALS = {
    "kann", "können", "muss", "müssen", "soll", "sollen", "will", "wollen", "darf", "dürfen",
    "möchte", "möchten", "sollte", "sollten", "könnte", "könnten", "müsste", "müssten", "würde",
    "würden", "wird", "werden", "hat", "haben", "hatte", "hatten", "ist", "sind", "war", "waren",
}  # fmt: skip
_SUBJ_DET = {
    "der", "die", "das", "ein", "eine", "kein", "keine", "meine", "unsere", "ihre", "seine",
    "jeder", "jede", "viele", "alle", "diese", "dieser", "manche", "einige",
}  # fmt: skip
_SUBORD = {"dass", "wenn", "weil", "ob", "wie", "als", "nachdem", "obwohl", "da", "warum", "wo"}


def _subject_np(p: Para, k: int, stop: int, blocked: set[int]) -> tuple[int, int] | None:
    t = p.toks[k]
    if t.low in _NOT_SUBJECT or t.low in _NOT_NOMINATIVE and t.low not in _SUBJ_DET:
        return None
    if not (t.low in _SUBJ_DET or (t.text[:1].isupper() and t.text.isalpha())):
        return None
    e = _np(p, k, stop, blocked)
    if e is None or e - k > 8:
        return None
    heads = [j for j in range(k, e) if p.toks[j].text[:1].isupper()]
    if not heads or not any(is_agent_word(p.toks[j].text) for j in heads):
        return None
    return k, e


def _clause_subject(p: Para, st: Stmt) -> tuple[int, int] | None:
    """A noun-phrase subject next to the finite verb of the cue's clause ("Der DGB sagt",
    "am 27. März hat der Bundesrat ... beschlossen", "dass der Staat ... antworten soll")."""
    c = _verb_cue(p, st)
    if c is None:
        return None
    a, b = p.clause(c)
    toks = p.toks
    blocked = set(st.cue) | set(range(*st.msg))
    fin = [k for k in range(a, b) if k not in blocked and toks[k].low in _MODALS]
    f = fin[0] if fin else c
    if toks[c].low in ("spricht", "sprechen", "spreche"):
        got = _next_speaker(p, c + 1, b, set(st.cue))
        if got is not None:
            return got
    k = a
    while k < b and toks[k].low in ("und", "aber", "denn", "doch", "oder"):
        k += 1
    if k < b and toks[k].low in _SUBORD:
        got = _subject_np(p, k + 1, b, blocked)
        return got if got and not (st.msg[0] <= got[0] < st.msg[1]) else None
    if f is None:
        return None
    # "Der DGB sagt": the noun phrase right before the finite verb at the clause start
    if k < f:
        got = _subject_np(p, k, f, blocked)
        if got is not None and got[1] == f:
            return got
    # "hat der Bundesrat ... beschlossen": right after the finite verb
    j = f + 1
    while j < b and toks[j].low in SKIP_AFTER:
        j += 1
    if j < b and j not in blocked:
        got = _subject_np(p, j, b, blocked)
        if got is not None:
            return got
    return None


_SPEAKER_TITLES = {
    "kollege", "kollegin", "kollegen", "abgeordnete", "abgeordneter", "mitglied", "herr",
    "frau", "minister", "ministerin", "bundesminister", "bundesministerin", "staatssekretär",
    "staatssekretärin", "redner", "rednerin",
}  # fmt: skip


def _next_speaker(p: Para, k: int, b: int, blocked: set[int]) -> tuple[int, int] | None:
    """The announced speaker of the presiding officer's formula ("Als Nächste spricht für
    die Fraktion Die Linke die Kollegin Heike Hänsel", "spricht zu uns ein Mitglied des
    Bundesrates")."""
    toks = p.toks
    for j in range(k, b):
        if j in blocked:
            return None
        t = toks[j]
        title = t.low in _SPEAKER_TITLES or t.low.endswith(("minister", "ministerin"))
        if t.low in _SUBJ_DET | {"ein"} and j + 1 < b and j + 1 not in blocked:
            nxt = toks[j + 1].low
            title = nxt in _SPEAKER_TITLES or nxt.endswith(("minister", "ministerin"))
        if title:
            end = _np(p, j, b, blocked)
            if end is None:
                return None
            cut = next((x for x in range(j + 1, end) if toks[x].low == "für"), end)
            return j, cut
    return None

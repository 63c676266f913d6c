"""Interviews and transcripts: each answer is a direct statement of the one who answers.

A news interview prints its turns with the speaker's name and a colon::

    STANDARD: Wie wird Mazedonien darauf reagieren?
    Poposki: Wir koordinieren unsere Bemühungen mit den europäischen Partnern. ...

A document is read as an interview when sentences start with such labels, one label asks
(most of its turns end with a question mark) and another answers, each at least twice.
Every turn of an answering label becomes a statement of kind ``direct``: the label is the
speaker, its colon the cue, the turn (up to the next label; the last turn up to the end of
its paragraph) the content. The questions are no statements. A statement the rules found
inside an answer with "ich"/"wir" as its speaker ("Wir haben gesagt, dass ...") is the
answerer's (``speaker_id``, ``speaker_name`` and ``nested_in`` follow the answer), and so
is one with the polite "Sie" inside the question before the answer ("Sie haben gefordert,
...").
"""

from __future__ import annotations

import bisect
import operator
import re
from collections import Counter
from typing import Any

from discourse.statements._extract import _para_text
from discourse.statements._own import FIRST_PERSON
from discourse.statements._words import RUBRICS

_PARTICLE = r"(?:(?:von|van|de|der|zu|al|el|bin)\s+)*"
# "Poposki:", "Karin Heitzmann:", "STANDARD:", "Q:", "von der Leyen:", "tagesschau.de:" at a
# sentence's start, also with a stage direction before the colon ("Pistorius (lacht):")
_LABEL = re.compile(
    rf"\s*({_PARTICLE}[A-ZÄÖÜ][\w.'’\-]*(?:\s+{_PARTICLE}[A-ZÄÖÜ][\w.'’\-]*){{0,2}}"
    r"|[a-z][\w\-]*\.(?:de|at|ch|com|net|org))"
    r"(?:\s*\([^()]{1,30}\))?(:)\s+(?=\S)"
)
# labels that stand for no one ("A: ..."): an explainer's answers, or no name to count by
_ANONYMOUS = {
    "a", "antwort", "answer", "pro", "contra", "kontra", "these", "antithese", "fazit",
}  # fmt: skip
_QUESTION = {"frage", "f", "q", "question"}  # labels of the one who asks
_POLITE = {"Sie", "you", "You"}

# the author's credit at an interview's end: "(Maria Sterkl, 19.10.2015)"
_CREDIT = re.compile(r"\s*\([^()]*,[^()]*\d[^()]*\)\s*$")

_SPEAKER_START = operator.itemgetter("speaker_start")

Turn = tuple[int, str, int, int, int, int]  # position, label, its start, end, colon, content


def interview_statements(
    doc_id: Any,
    grp: list[tuple[int, int]],
    texts: list,
    sids: list,
    starts: list,
    rows: list[dict[str, Any]],
    mentions: list[tuple],
    doc_text: str | None = None,
) -> list[dict[str, Any]]:
    """``rows`` (one document's statement records) with the answers of an interview added
    and, where the document is one, the rules' statements inside its turns linked to them.

    ``grp`` lists (para_id, sentence row) in text order; ``texts``, ``sids`` and
    ``starts`` are the sentence columns; ``mentions`` the document's actor mentions
    (start, end, actor id, surface); ``doc_text`` the document's text (else the gaps
    between sentences are spaces).

    Examples
    --------
    >>> texts = ["STANDARD: Wie geht es?", "Huber: Gut.", "STANDARD: Und sonst?",
    ...          "Huber: Wir sind zufrieden.", "Das sagt alles."]
    >>> starts = [0, 23, 35, 56, 83]
    >>> rows = interview_statements("d", [(0, i) for i in range(5)], texts, list(range(5)),
    ...                             starts, [], [])
    >>> [(r["speaker_surface"], r["content"]) for r in rows]
    [('Huber', 'Gut.'), ('Huber', 'Wir sind zufrieden. Das sagt alles.')]
    """
    turns = _turns(grp, texts, starts)
    if len({t[1] for t in turns}) < 2:
        return rows
    ends = [_turn_end(grp, turns, k) for k in range(len(turns))]
    ends[-1] = _before_third_person(grp, texts, turns[-1], ends[-1])
    asking = _asking(turns, ends, grp, texts)
    answering = {t[1] for t in turns if _last_word(t[1]) not in _ANONYMOUS} - asking
    if not asking or not answering:
        return rows  # no interview; or the questions and answers of an explainer
    colons = {t[4] for t in turns}
    labels_at = sorted(t[2] for t in turns)
    # a short turn in a paragraph of its own reads like a headline: the turn replaces it;
    # a rule statement whose message runs over a label into the next turn is a misreading
    out = [
        r
        for r in rows
        if not (r["kind"] == "headline" and r["cue_start"] in colons) and not _crosses(r, labels_at)
    ]
    registry_ids = {(a, b): aid for a, b, aid, _ in mentions if isinstance(aid, str)}
    # the statements with a speaker, by its start: those inside a turn are found by bisection
    speakers = sorted(
        (r for r in out if isinstance(r.get("speaker_start"), int)), key=_SPEAKER_START
    )
    at = [r["speaker_start"] for r in speakers]
    answers = []
    for k, (s, label, a, b, colon, content_start) in enumerate(turns):
        if label not in answering:
            continue
        base = int(starts[grp[s][1]])
        text = _para_text(texts, starts, [j for _, j in grp[s : ends[k] + 1]], base, doc_text)
        content = _CREDIT.sub("", text[content_start - base :]).rstrip()
        content_end = content_start + len(content)
        answer = {
            "doc_id": doc_id,
            "stmt_id": 0,
            "sent_id": int(sids[grp[s][1]]),
            "speaker_id": registry_ids.get((a, b)),
            "speaker_surface": label,
            "speaker_start": a,
            "speaker_end": b,
            "cue": ":",
            "cue_start": colon,
            "cue_end": colon + 1,
            "kind": "direct",
            "content": content,
            "content_start": content_start,
            "content_end": content_end,
            "medium": None,
            "addressee": None,
            "cue_spans": f"{colon}-{colon + 1}",
            "inherited": False,
        }
        answers.append(answer)
        question = turns[k - 1] if k and turns[k - 1][1] in asking else None
        lo = question[5] if question else content_start  # the question before, the answer
        for r in speakers[bisect.bisect_left(at, lo) : bisect.bisect_left(at, content_end)]:
            if _inside(r, content_start, content_end, FIRST_PERSON, lower=True) or (
                question and _inside(r, question[5], a, _POLITE)
            ):
                r["speaker_id"] = answer["speaker_id"]
                r["answer"] = answer
    return out + answers


def _turns(grp: list[tuple[int, int]], texts: list, starts: list) -> list[Turn]:
    """(position in ``grp``, label, label start, label end, colon offset, content start)
    of each sentence that starts with a speaker label that comes back: used at least
    twice, or a full name whose surname is ("Peter Kaiser:", then "Kaiser:"), or one
    question ("Frage:", "SPIEGEL:") and the answer after it. A label used once otherwise
    ("Zum Vergleich:", "Also:") is part of the turn it stands in."""
    found = _labelled(grp, texts, starts)
    count = Counter(t[1] for t in found)
    again = {x for x, n in count.items() if n >= 2}
    for t, u in zip(found, found[1:], strict=False):
        before = texts[grp[u[0] - 1][1]] if u[0] > t[0] else None
        asks = t[1].lower() in _QUESTION or (t[1].isupper() and len(t[1]) > 2)
        if asks and u[1] != t[1] and isinstance(before, str) and before.rstrip().endswith("?"):
            again |= {t[1], u[1]}  # one question and its answer: "SPIEGEL: …?" "Pistorius: …"
    surnames = {x.split()[-1] for x in again}
    return [t for t in found if t[1] in again or t[1].split()[-1] in surnames]


def _labelled(grp: list[tuple[int, int]], texts: list, starts: list) -> list[Turn]:
    """The turns of :func:`_turns`, also those whose label is used once."""
    out = []
    for s, (_, i) in enumerate(grp):
        text = texts[i]
        # a label is a few words before a colon: most sentences have none near their start
        m = _LABEL.match(text) if isinstance(text, str) and ":" in text[:80] else None
        if m is None or m.group(1).lower() in RUBRICS or m.group(1)[-1] in ".-'’":
            continue
        at = int(starts[i])
        out.append((s, m.group(1), at + m.start(1), at + m.end(1), at + m.start(2), at + m.end()))
    return out


def _turn_end(grp: list[tuple[int, int]], turns: list[Turn], k: int) -> int:
    """The position in ``grp`` of turn ``k``'s last sentence: the one before the next
    turn, for the last turn the last of its paragraph."""
    if k + 1 < len(turns):
        return turns[k + 1][0] - 1
    s = turns[k][0]
    while s + 1 < len(grp) and grp[s + 1][0] == grp[s][0]:
        s += 1
    return s


def _before_third_person(grp, texts: list, turn: Turn, end: int) -> int:
    """The last turn ends before a sentence that names its speaker in the third person
    ("Karl Huber ist Bürgermeister von Graz."): in a text without paragraph breaks the
    article goes on there, not the answer."""
    surname = turn[1].split()[-1]
    for s in range(turn[0] + 1, end + 1):
        text = texts[grp[s][1]]
        if isinstance(text, str) and re.search(rf"\b{re.escape(surname)}\b", text):
            return s - 1
    return end


def _asking(turns: list[Turn], ends: list[int], grp, texts) -> set[str]:
    """The labels most of whose turns end with a question mark."""
    asked: dict[str, list[bool]] = {}
    for (_, label, *_), last in zip(turns, ends, strict=True):
        text = texts[grp[last][1]]
        asked.setdefault(label, []).append(isinstance(text, str) and text.rstrip().endswith("?"))
    return {x for x, qs in asked.items() if sum(qs) * 2 > len(qs) or _last_word(x) in _QUESTION}


def _last_word(label: str) -> str:
    """The label's last word in lower case ("Die Antwort" -> "antwort")."""
    return label.split()[-1].lower()


def _crosses(rec: dict[str, Any], labels_at: list[int]) -> bool:
    """The statement's message contains the start of a turn's label, or starts with it
    ("Varoufakis: Ich kenne ...": the answer is the statement)."""
    a, b = rec.get("content_start"), rec.get("content_end")
    if a is None or b is None:
        return False
    k = bisect.bisect_left(labels_at, a)
    return k < len(labels_at) and labels_at[k] < b


def _inside(rec: dict[str, Any], start: int, end: int, words: set[str], lower=False) -> bool:
    """A statement whose speaker is one of ``words`` and stands between the offsets."""
    a, surface = rec.get("speaker_start"), rec.get("speaker_surface")
    if not isinstance(surface, str) or a is None or not start <= a < end:
        return False
    return (surface.strip().lower() if lower else surface.strip()) in words

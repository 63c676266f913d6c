"""Who-said-what problems found in session 22 (the news tune split and the German blind
audit of round 16), each with its fix. The tests of a fix failed on the session's starting
code (85cc55b, checked in a worktree); the controls pass on both."""

from __future__ import annotations

import pandas as pd
import pytest

from discourse.segment import split_sentences
from discourse.statements import find_statements


def found(text: str, model: str | None = "auto") -> pd.DataFrame:
    docs = pd.DataFrame({"doc_id": ["d"], "text": [text], "lang": ["de"]})
    return find_statements(split_sentences(docs), docs=docs, model=model)


def rows(got: pd.DataFrame, *cols: str) -> list[list]:
    return got[list(cols)].values.tolist()


def parts(got: pd.DataFrame, text: str, i: int = 0) -> list[str]:
    """The message parts of row ``i`` (``content_spans``, else the content)."""
    spans = got["content_spans"].iloc[i]
    if not isinstance(spans, str):
        return [got["content"].iloc[i]]
    return [text[int(a) : int(b)] for a, b in (s.split("-") for s in spans.split(";"))]


# -- a quoted phrase fronted before the cue clause -----------------------------------------


@pytest.mark.parametrize("model", ["auto", None])
@pytest.mark.parametrize(
    ("text", "cue", "rest"),
    [
        (
            "„In absehbarer Zeit“, so Pötsch, wird VW ein Fahrzeug für Indien entwickeln.",
            "so",
            "wird VW ein Fahrzeug für Indien entwickeln",
        ),
        (
            "„Bis Ende des Jahres“, sagte die Ministerin, werde das Gesetz vorliegen.",
            "sagte",
            "werde das Gesetz vorliegen",
        ),
    ],
)
def test_fronted_quoted_phrase_keeps_the_rest_of_its_clause(
    text: str, cue: str, rest: str, model: str | None
) -> None:
    got = found(text, model)
    first = got.iloc[0]
    assert (first["kind"], first["cue"]) == ("indirect", cue)
    assert parts(got, text) == [text.split(",")[0], rest]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a whole quoted sentence before the cue clause: a clause of its own follows
        ("„Das ist falsch“, sagte Merz, und verließ den Saal.", "Das ist falsch"),
        # a split quotation stays one direct statement
        ("„Wir müssen“, sagte Pistorius, „mehr tun.“", "Wir müssen“, sagte Pistorius, „mehr tun."),
    ],
)
def test_quotation_before_cue_clause_controls(text: str, content: str) -> None:
    got = found(text)
    assert rows(got, "kind", "content")[0] == ["direct", content]


# -- "ließ ... ausrichten, ..." ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "Die Sängerin ließ über ihre Agentur ausrichten, sie sei nicht mehr verfügbar.",
            "ausrichten",
            "sie sei nicht mehr verfügbar",
        ),
        (
            "Der Minister ließ am Montag verbreiten, er habe keine Kenntnis von den Plänen gehabt.",
            "verbreiten",
            "er habe keine Kenntnis von den Plänen gehabt",
        ),
    ],
)
def test_let_report_speaks_through_its_infinitive(text: str, cue: str, content: str) -> None:
    got = found(text)
    assert rows(got, "kind", "cue", "content") == [["indirect", cue, content]]
    assert got["speaker_surface"].iloc[0] in ("Die Sängerin", "Der Minister")


def test_let_with_another_infinitive_is_no_report() -> None:
    # "ließ eine Klage prüfen": the subject had something done, said nothing
    text = (
        "Auch der Kurier ließ eine Klage prüfen, verzichtete aber darauf, weil die Zeitung "
        "nicht Zielscheibe gewesen sei."
    )
    assert "der Kurier" not in found(text)["speaker_surface"].tolist()

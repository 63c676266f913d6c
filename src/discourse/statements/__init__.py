"""Who said what: direct quotes, reported speech, headline attributions, interviews.

:func:`find_statements` turns a ``sents`` table into a ``statements`` table
(German and English). The rules are transparent and the cue lexicon is YAML
(``discourse/resources/cues/{de,en}.yaml``, extensible):

- direct quotes in every common quote style („…“ “…” "…" »…« «…» ‚…‘), also over
  several sentences, with the cue and speaker before, inside or after them;
- reported speech with a speech verb (sagte, betonte, teilte … mit; said, told),
  the attribution markers "laut X", "X zufolge", "nach Angaben von X", ", so X",
  "heißt es", "according to X";
- Konjunktiv continuation ("Auch eine Nato-Mitgliedschaft sei …"), inheriting the
  last speaker of the paragraph (or of the previous paragraph when it ended with
  a statement);
- headline attributions ("USA: Würden keine Friedenstruppe schicken");
- interview answers ("STANDARD: …? Poposki: Wir koordinieren …"): each answer a
  ``direct`` statement of the label before it (see :mod:`._interview`);
- in speeches (documents with a ``speaker``), the speaker's own sentences and the
  statements with a first-person source ("Ich fordere …", "We call on …", with cue and
  content) as kind ``own``, and speech events without a message ("Ihr Antrag", kind
  ``reported``, content NA).

An unbalanced quotation mark never reaches beyond its sentence.

Examples
--------
>>> import pandas as pd
>>> from discourse.statements import find_statements
>>> text = "Pistorius sagte, Deutschland müsse mehr tun."
>>> sents = pd.DataFrame({"doc_id": ["a"], "sent_id": [0], "para_id": [0], "start": [0],
...                       "end": [len(text)], "text": [text]})
>>> out = find_statements(sents, lang="de")
>>> out[["speaker_id", "cue", "kind", "content"]].values.tolist()
[['pistorius', 'sagte', 'indirect', 'Deutschland müsse mehr tun']]
"""

from __future__ import annotations

import bisect
import functools
import logging
import re
import warnings
from typing import Any

import pandas as pd

from discourse.actors import ActorRegistry, doc_languages, find_actors, load_registry
from discourse.schema import validate
from discourse.statements._cues import CueLexicon, load_cues
from discourse.statements._extract import _doc_statements, _paragraphs, rule_statements
from discourse.statements._interview import interview_statements
from discourse.statements._medium import find_medium, medium_in_speaker
from discourse.statements._model import StatementModel, load_model
from discourse.statements._names import name_speakers
from discourse.statements._nesting import mark_nested
from discourse.statements._own import own_statements

__all__ = [
    "find_statements",
    "load_cues",
    "load_model",
    "CueLexicon",
    "StatementModel",
    "STATEMENT_COLUMNS",
    "rule_statements",
    "_paragraphs",
]

logger = logging.getLogger(__name__)

STATEMENT_COLUMNS = [
    "doc_id",
    "stmt_id",
    "sent_id",
    "speaker_id",
    "speaker_surface",
    "speaker_start",
    "speaker_end",
    "cue",
    "cue_start",
    "cue_end",
    "kind",
    "content",
    "content_start",
    "content_end",
    "medium",
    "addressee",
]
_INT_COLS = ["speaker_start", "speaker_end", "cue_start", "cue_end", "content_start", "content_end"]


def find_statements(
    sents: pd.DataFrame,
    actors: pd.DataFrame | None = None,
    *,
    docs: pd.DataFrame | None = None,
    registry: Any = None,
    cues: dict[str, Any] | None = None,
    lang: str | None = None,
    include_thought: bool = False,
    own: bool = True,
    model: str | StatementModel | dict | None = "auto",
    free_subjunctive: bool = True,
    media: tuple[str, ...] | list[str] = (),
) -> pd.DataFrame:
    """Find attributed statements (who said what) in sentences.

    Parameters
    ----------
    sents : DataFrame
        A ``sents`` table: doc_id, sent_id, para_id, start, end, text (offsets into
        ``docs.text``); an optional ``lang`` column.
    actors : DataFrame, optional
        The ``actors`` table of the same sentences (:func:`discourse.actors.find_actors`);
        computed with ``registry`` and ``docs`` when omitted.
    docs : DataFrame, optional
        Gives ``published`` (roles resolved by date), ``lang`` and ``speaker`` (speeches:
        the speaker's own sentences and first-person statements become kind ``own``).
    registry : see :func:`discourse.actors.load_registry`
        Used to find actors when ``actors`` is None, and for the kinds of actors.
    cues : dict, optional
        Language -> cue lexicon (``"de"``/``"en"``, a YAML path, a dict or a CueLexicon);
        defaults to the bundled lexicons. A CueLexicon (and a StatementModel) is read-only
        once used: lookup tables built from it are kept with the model between calls, so
        change a lexicon by loading a new one.
    lang : str, optional
        Force one language for all documents (otherwise from ``sents.lang``/``docs.lang``,
        falling back to German).
    include_thought : bool
        Also treat verbs of thinking and believing (glauben, hoffen; believe) as cues in
        the rules. The news model learned the ones its annotated training text counts as
        statements ("geht davon aus", "glaubt") and keeps them either way; pass
        ``model=None`` for the rules alone.
    own : bool
        Emit ``own`` statements for documents with a ``speaker``.
    model : {"auto", "news", "speech", None}, StatementModel or dict
        The learned cue and role models (German only) that refine the rules' cues,
        sources and messages; ``"auto"`` uses ``"speech"`` for documents with a
        ``speaker`` and ``"news"`` otherwise; ``None`` uses the rules alone. The speech
        model scores every token as a possible cue (nouns such as "Antrag", verbs of
        thinking) and keeps a speech event without a message as a ``reported`` statement
        without content. A dict is a model as ``scripts/train_statements.py`` writes it.
    free_subjunctive : bool
        In German documents without a ``speaker`` (news), a main clause in Konjunktiv I
        is reported speech even without a cue or an earlier statement (speaker NA unless
        a statement precedes it closely).
    media : list of str
        More names of outlets and platforms for the ``medium`` column, as written in the
        text, beside the bundled ``resources/cues/media.txt`` ("Kleine Zeitung", "Rumble").

    Returns
    -------
    DataFrame
        ``statements`` table: doc_id, stmt_id (per document, in text order), sent_id,
        speaker_id (NA if unresolved), speaker_surface, speaker_start, speaker_end, cue,
        cue_start, cue_end, kind (direct, indirect, reported, headline, own), content,
        content_start, content_end, medium, addressee (offsets into the document text,
        Int64 with NA where the part is absent; content and its offsets are NA for a speech
        event without a message), plus ``speaker_name`` (who spoke as a label to count by:
        the registry name, else the name the text gives, with pronouns, "Demnach",
        inherited speakers and references back such as "der Kanzler" resolved to the name
        they refer to; see :mod:`discourse.statements._names`), ``cue_spans`` (all cue parts, e.g.
        the particle of "teilte … mit", as "start-end;start-end"), ``content_spans`` (the
        message's parts in the same form: the content less a cue clause set inside it, "Die
        Lage, so Hegseth, sei ernst", „Wir müssen“, sagte X, „mehr tun.“, whose content runs
        over the cue clause; else the content's offsets), ``inherited``
        (True when the speaker was carried over from an earlier statement) and
        ``nested_in`` (Int64: the ``stmt_id`` of the smallest statement of the same
        speaker whose content contains this one's, NA if none: a phrase quoted inside a
        reported statement, „volle Verantwortung“; keep ``nested_in.isna()`` to count
        each passage once).

    Examples
    --------
    >>> text = '"Das ist falsch", so Hegseth.'
    >>> sents = pd.DataFrame({"doc_id": ["a"], "sent_id": [0], "para_id": [0], "start": [0],
    ...                       "end": [len(text)], "text": [text]})
    >>> find_statements(sents, lang="de")[["speaker_id", "cue", "kind", "content"]].values.tolist()
    [['hegseth', 'so', 'direct', 'Das ist falsch']]
    """
    for col in ("doc_id", "sent_id", "start", "end", "text"):
        if col not in sents.columns:
            raise ValueError(
                f"sents: missing column {col!r}; find_statements needs doc_id, sent_id, start, end, text"
            )
    reg: ActorRegistry = load_registry(registry)
    if actors is None:
        actors = find_actors(sents, reg, docs)
    lexicons: dict[str, CueLexicon] = {}
    wanted = {"de": "de", "en": "en", **(cues or {})}
    langs = doc_languages(sents, docs, lang)
    doc_texts: dict[str, str] = {}
    if docs is not None and "text" in docs:
        doc_texts = {
            d: t
            for d, t in zip(docs["doc_id"].tolist(), docs["text"].tolist(), strict=True)
            if isinstance(t, str)
        }
    # (start, end, actor id, surface) of each actor mention, by document
    mentions: dict[str, list[tuple[int, int, str | None, str]]] = {}
    surfaces = actors["surface"].tolist() if "surface" in actors else [""] * len(actors)
    for d, a, b, aid, surface in zip(
        actors["doc_id"].tolist(),
        actors["start"].tolist(),
        actors["end"].tolist(),
        actors["actor_id"].tolist(),
        surfaces,
        strict=True,
    ):
        aid = aid if isinstance(aid, str) else None
        mentions.setdefault(d, []).append((int(a), int(b), aid, str(surface)))
    for ms in mentions.values():
        ms.sort(key=lambda m: (m[0], m[1]))
    paras = sents["para_id"].tolist() if "para_id" in sents else [0] * len(sents)
    by_doc: dict[str, list[tuple[int, int, int]]] = {}
    for i, (d, st, pa) in enumerate(
        zip(sents["doc_id"].tolist(), sents["start"].tolist(), paras, strict=True)
    ):
        by_doc.setdefault(d, []).append((int(st), int(pa), i))
    speech_of: dict[str, str] = {}  # the speaker of each speech
    if docs is not None and "speaker" in docs:
        speech_of = {
            d: v
            for d, v in zip(docs["doc_id"].tolist(), docs["speaker"].tolist(), strict=True)
            if isinstance(v, str) and v
        }
    has_speaker = set(speech_of)
    speakers = speech_of if own else {}  # the speeches that get own statements
    models: dict[str | None, StatementModel | None] = {None: None}
    if isinstance(model, dict):  # a model as parsed from its JSON file
        model = load_model(model)
    if isinstance(model, StatementModel):
        models["custom"] = model
    else:
        for name in ("news", "speech") if model == "auto" else ((model,) if model else ()):
            models[name] = load_model(name)
    rows: list[dict[str, Any]] = []
    texts, sids, starts = sents["text"].tolist(), sents["sent_id"].tolist(), sents["start"].tolist()
    cache: dict = {}  # prefilter automata and model tables, shared by the documents
    other: dict[str, list] = {}  # documents of a language without a cue lexicon, by code
    for doc_id, items in by_doc.items():
        items.sort()
        grp = [(pa, i) for _, pa, i in items]
        code = langs.get(doc_id, "de")
        if code not in wanted:
            other.setdefault(str(code) if code else "missing", []).append(doc_id)
            code = "de"
        if code not in lexicons:
            src = wanted[code]
            lexicons[code] = _bundled_cues(src) if src in ("de", "en") else load_cues(src)
        lex = lexicons[code]
        name = _model_name(model, code, doc_id in has_speaker)
        shadows: list[dict] = []
        doc_rows = _doc_statements(
            doc_id,
            grp,
            texts,
            sids,
            starts,
            lex,
            code,
            mentions.get(doc_id, []),
            reg,
            include_thought,
            doc_texts.get(doc_id),
            models.get(name),
            free_subjunctive=code == "de" and doc_id not in has_speaker and free_subjunctive,
            noun_phrases=name != "speech",  # speech annotation marks shorter sources
            cache=cache,
            speech=doc_id in has_speaker,
            shadows_out=shadows,
        )
        if doc_id not in has_speaker:
            doc_rows = interview_statements(
                doc_id,
                grp,
                texts,
                sids,
                starts,
                doc_rows,
                mentions.get(doc_id, []),
                doc_texts.get(doc_id),
            )
        if doc_id in speakers:
            doc_rows = own_statements(
                doc_id, grp, texts, sids, starts, doc_rows, speakers[doc_id], reg
            )
        _set_media(doc_rows, items, texts, tuple(media))  # (cuts "X der dpa" before naming)
        doc_rows.sort(key=_text_order)
        for k, r in enumerate(doc_rows):
            r["stmt_id"] = k
        mark_nested(doc_rows)
        name_speakers(
            # the speakers of rule statements the model dropped stay antecedents
            sorted(doc_rows + shadows, key=_text_order) if shadows else doc_rows,
            reg,
            text=doc_texts.get(doc_id),
            mentions=mentions.get(doc_id, []),
            sent_starts=[s for s, _, _ in items],
            speech=speech_of.get(doc_id),
            lang=code,
            markers=lex.after_nouns,
        )
        rows.extend(doc_rows)
    if other:
        _warn_languages(other, wanted)
    return _frame(rows)


def _warn_languages(other: dict[str, list], wanted: dict[str, Any]) -> None:
    """Say which documents were read with the German rules for want of a cue lexicon of
    their language."""
    parts = [
        f"{len(ids)} with lang {code!r} (e.g. doc_id {ids[0]!r})"
        for code, ids in sorted(other.items())
    ]
    warnings.warn(
        "find_statements: documents of a language without a cue lexicon were read with the "
        f"German rules: {'; '.join(parts)}. Cue lexicons exist for {sorted(wanted)}; set "
        "docs.lang, pass lang='en', or give one with cues={'xx': 'my_cues.yaml'}.",
        UserWarning,
        stacklevel=3,
    )


def _set_media(
    doc_rows: list[dict[str, Any]], items: list[tuple], texts: list, extra: tuple[str, ...]
) -> None:
    """Fill ``medium`` of each record from the sentence of its cue (else of its message):
    see :func:`discourse.statements._medium.find_medium`."""
    starts = [st for st, _, _ in items]
    for rec in doc_rows:
        at = rec["cue_start"] if rec["cue_start"] is not None else rec["content_start"]
        if at is None or rec["kind"] == "own":
            continue
        if _quoted_medium_first(rec, texts, items, starts):
            continue
        surface = rec["speaker_surface"]
        cut = (
            medium_in_speaker(surface, extra)
            if isinstance(surface, str) and " " in surface  # a medium after the speaker
            else None
        )
        if cut is not None and cut[0] > 0:  # "sagte Pistorius der Deutschen Presse-Agentur"
            rec["speaker_surface"] = surface[: cut[0]]
            rec["speaker_end"] = rec["speaker_start"] + cut[0]
            rec["medium"] = cut[1]
            continue
        k = bisect.bisect_right(starts, at) - 1
        text = texts[items[k][2]] if k >= 0 else None
        if isinstance(text, str):
            rec["medium"] = find_medium(rec, text, starts[k], extra)


# a quoted outlet that opens a message ("sagte dem „Handelsblatt“, die Bundeswehr ...",
# "im ARD-„Morgenmagazin“, das sei ..."): the medium, not the message
_QUOTED_NAME_FIRST = re.compile(r"[„“\"»]([A-ZÄÖÜ][^„“”\"»«,.]{0,40})[“”\"«],\s+")
_MEDIUM_ARTICLE_BEFORE = re.compile(r"(?:\b(?:dem|der|im|beim)\s*|[\w]-)$")


def _quoted_medium_first(
    rec: dict[str, Any], texts: list, items: list[tuple], starts: list[int]
) -> bool:
    """Move a quoted outlet name at the start of ``rec``'s content to its ``medium``;
    True if there was one."""
    content, a = rec["content"], rec["content_start"]
    if not isinstance(content, str) or a is None or rec["kind"] == "direct":
        return False
    m = _QUOTED_NAME_FIRST.match(content)
    if m is None:
        return False
    k = bisect.bisect_right(starts, a) - 1
    text = texts[items[k][2]] if k >= 0 else None
    if not isinstance(text, str) or not _MEDIUM_ARTICLE_BEFORE.search(text[: a - starts[k]]):
        return False
    rec["content"] = content[m.end() :]
    rec["content_start"] = a + m.end()
    rec["medium"] = m.group(1)
    return True


@functools.lru_cache(maxsize=2)
def _bundled_cues(name: str) -> CueLexicon:
    """A bundled cue lexicon, parsed once per process (find_statements never changes it and
    never hands it out, so its lookup tables in the models stay valid across calls)."""
    return load_cues(name)


def _text_order(rec: dict[str, Any]) -> tuple[int, bool]:
    """Statements in text order: by content, or by cue for one without content."""
    at = rec["content_start"]
    return (rec["cue_start"] if at is None else at, rec["kind"] != "own")


def _model_name(model: Any, code: str, speech: bool) -> str | None:
    if model is None or code != "de":
        return None
    if isinstance(model, StatementModel):
        return "custom"
    if model == "auto":
        return "speech" if speech else "news"
    return str(model)


def _frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    cols = [
        *STATEMENT_COLUMNS,
        "speaker_name",
        "cue_spans",
        "content_spans",
        "inherited",
        "nested_in",
    ]
    out = pd.DataFrame(rows, columns=cols)
    for c in (*_INT_COLS, "nested_in"):
        out[c] = out[c].astype("Int64")
    out["stmt_id"] = out["stmt_id"].astype("int64")
    out["sent_id"] = out["sent_id"].astype("int64")
    out["inherited"] = out["inherited"].astype("bool")
    # one part, the whole content, unless a cue clause stands inside it
    spans = out["content_spans"].astype(object)
    whole = spans.isna() & out["content_start"].notna()
    spans[whole] = [
        f"{a}-{b}"
        for a, b in zip(out.loc[whole, "content_start"], out.loc[whole, "content_end"], strict=True)
    ]
    out["content_spans"] = spans
    for c in (
        "doc_id",
        "speaker_id",
        "speaker_surface",
        "speaker_name",
        "cue",
        "kind",
        "content",
        "medium",
        "addressee",
        "cue_spans",
        "content_spans",
    ):
        out[c] = out[c].astype("str")
    return validate(out.reset_index(drop=True), "statements")

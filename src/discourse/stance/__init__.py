"""Stance toward named targets: who is for and who is against.

``score_stance(statements_or_sents, targets)`` gives the ``stance`` table, one row per
(statement or sentence, mentioned target): ``label`` favor/against/none, ``score`` in
[-1, 1], ``method`` and a readable ``evidence`` string. Targets and cue lexicons are YAML
(``resources/targets``, ``resources/stance``). Beside the rule scorer there is a
scikit-learn :class:`StanceClassifier`, the coding workflow (:func:`sample_for_coding`,
:func:`read_codings`, :func:`agreement`), :func:`evaluate_stance` and the result tables
(:func:`stance_matrix`, :func:`stance_timeline`).

Examples
--------
>>> import pandas as pd
>>> from discourse.stance import score_stance
>>> sents = pd.DataFrame({"doc_id": ["d"], "sent_id": [0], "lang": ["de"],
...     "text": ["Die USA würden keine Friedenstruppen in der Ukraine stationieren."]})
>>> score_stance(sents, "peacekeeping_troops")[["target", "label", "score"]]
                target    label  score
0  peacekeeping_troops  against   -1.0
"""

from __future__ import annotations

import logging
import warnings
from typing import Any

import numpy as np
import pandas as pd

from discourse.schema import validate
from discourse.stance.coding import agreement, krippendorff_alpha, read_codings, sample_for_coding
from discourse.stance.evaluate import evaluate_stance
from discourse.stance.model import StanceClassifier
from discourse.stance.results import stance_matrix, stance_timeline
from discourse.stance.rules import CueLexicon, _negators, load_cues, score_text
from discourse.stance.targets import Target, list_targets, load_targets, read_targets

__all__ = [
    "score_stance",
    "StanceClassifier",
    "Target",
    "list_targets",
    "load_targets",
    "read_targets",
    "load_cues",
    "sample_for_coding",
    "read_codings",
    "agreement",
    "krippendorff_alpha",
    "evaluate_stance",
    "stance_matrix",
    "stance_timeline",
]

logger = logging.getLogger(__name__)

OUTPUT = ["label", "score", "method", "evidence"]


def _key_column(table: pd.DataFrame) -> str:
    for key in ("stmt_id", "sent_id"):
        if key in table.columns:
            return key
    raise ValueError(
        "table needs a 'stmt_id' (statements) or 'sent_id' (sents) column beside 'doc_id'; "
        f"got columns {list(table.columns)}"
    )


def _nested_rows(table: pd.DataFrame, key: str) -> set[int]:
    """Positions of statements nested in another statement of the same table."""
    if key != "stmt_id" or "nested_in" not in table.columns:
        return set()
    own = set(zip(table["doc_id"], table["stmt_id"], strict=True))
    return {
        i
        for i, (d, n) in enumerate(zip(table["doc_id"], table["nested_in"], strict=True))
        if not pd.isna(n) and (d, n) in own
    }


def _numbers_hits(table: pd.DataFrame, text: str, tmap: dict[str, Target]) -> dict[int, str]:
    """Row position -> readable percentages for targets with a ``numbers`` spec."""
    specs = [t.numbers for t in tmap.values() if t.numbers]
    if not specs or table.empty:
        return {}
    from discourse.numbers import find_numbers  # lazy: optional stage of the chain

    tmp = pd.DataFrame(
        {
            "doc_id": [f"r{i}" for i in range(len(table))],
            "sent_id": np.arange(len(table)),
            "start": 0,
            "text": table[text].fillna("").astype(str).to_numpy(),
        }
    )
    if "lang" in table.columns:
        tmp["lang"] = table["lang"].where(table["lang"].isin(["de", "en"]), None).to_numpy()
    nums = find_numbers(tmp)
    floor = min(float(s.get("min_percent", 0)) for s in specs)
    nums = nums[(nums["unit"] == "percent") & (nums["value"] >= floor)]
    out: dict[int, str] = {}
    for row, grp in nums.groupby("sent_id"):
        out[int(row)] = ", ".join(
            f"{s} ({v:g} percent)" for s, v in zip(grp["surface"], grp["value"], strict=True)
        )
    return out


def score_stance(
    table: pd.DataFrame,
    targets: Any = None,
    *,
    method: str = "rules",
    text: str | None = None,
    lang: str | None = None,
    model: StanceClassifier | None = None,
    cues: CueLexicon | Any = None,
    docs: pd.DataFrame | None = None,
    nested: bool = False,
) -> pd.DataFrame:
    """Score stance toward targets in statements or sentences.

    Parameters
    ----------
    table : DataFrame
        ``statements`` (``doc_id``, ``stmt_id``, ``content``, optional ``cue``) or ``sents``
        (``doc_id``, ``sent_id``, ``text``), or any table with such keys and a text column.
        With a ``target`` column (e.g. a coded sample) each row is scored for its own
        target, mentioned or not; otherwise for every target its terms mention.
    targets : None, str, path, dict, Target or list
        Bundled target ids, user YAML files or dicts (:func:`load_targets`); None = all.
    method : {"rules", "model"}
        The rule scorer, or a fitted :class:`StanceClassifier` given as ``model``.
    text : str, optional
        The text column; default ``content`` if present, else ``text``.
    lang : str, optional
        Language of every row; default the ``lang`` column, else both languages' cues.
    model : StanceClassifier, optional
        Fitted classifier for ``method="model"``.
    cues : CueLexicon or source for :func:`load_cues`, optional
        General cue lexicons; default the bundled German and English ones.
    docs : DataFrame, optional
        ``docs`` table; when given, a target's context terms may occur anywhere in the
        statement's document (e.g. "Gespräche" in a text about Ukraine).
    nested : bool
        Also score statements nested in another one of the table on their own. By default
        a statement whose ``nested_in`` names a statement of the table (a phrase quoted
        inside a reported statement, "kein „realistisches Ergebnis“") gives no rows: its
        enclosing statement contains its text and is scored with the words around it (the
        negation outside the quote), so each passage is scored once. Without a
        ``nested_in`` column, with a ``target`` column or when the enclosing statement is
        not in the table, every row is scored.

    Returns
    -------
    DataFrame
        A ``stance`` table, RangeIndex: ``doc_id``, ``stmt_id`` or ``sent_id``, ``target``,
        ``label`` (favor/against/none), ``score`` (float in [-1, 1]), ``method``,
        ``evidence`` (the cues that fired, e.g. ``"realistisch (favor) negated by:
        Weder"``), then the input's other columns. Unmentioned targets give no row, nor
        (by default) do statements nested in another statement of the table.

    Raises
    ------
    ValueError
        Unknown ``method``, missing columns, a ``target`` value that is not loaded.

    Examples
    --------
    >>> import pandas as pd
    >>> st = pd.DataFrame({"doc_id": ["d"], "stmt_id": [0], "content": [
    ...     "Eine Rückkehr zu den Grenzen der Ukraine vor 2014 sei unrealistisch"]})
    >>> score_stance(st, ["ukraine_pre2014_borders"]).loc[0, ["label", "evidence"]].tolist()
    ['against', 'unrealistisch (against)']
    """
    if method not in ("rules", "model"):
        raise ValueError(f"method must be 'rules' or 'model', got {method!r}")
    if method == "model" and (model is None or not hasattr(model, "classes_")):
        raise ValueError("method='model' needs a fitted StanceClassifier as model=")
    if not isinstance(table, pd.DataFrame):
        raise TypeError(f"table must be a DataFrame, got {type(table).__name__}")
    if "doc_id" not in table.columns:
        raise ValueError(f"table needs a 'doc_id' column; got {list(table.columns)}")
    key = _key_column(table)
    text = text or ("content" if "content" in table.columns else "text")
    if text not in table.columns:
        raise ValueError(
            f"text column {text!r} is not in the table; columns: {list(table.columns)}"
        )
    tmap = load_targets(targets)
    lex = cues if isinstance(cues, CueLexicon) else load_cues(cues)
    given = "target" in table.columns
    if given:
        unknown = sorted(set(table["target"].dropna()) - set(tmap))
        if unknown:
            raise ValueError(
                f"table column 'target' has targets that are not loaded: {unknown}; loaded: {list(tmap)}"
            )
    clash = [c for c in OUTPUT if c in table.columns]
    if clash:
        warnings.warn(
            f"score_stance: input columns {clash} are replaced by the stance output", stacklevel=2
        )
    base = table.drop(columns=clash).reset_index(drop=True)
    langs = (
        base["lang"]
        if lang is None and "lang" in base.columns
        else pd.Series(lang, index=base.index)
    )
    texts = base[text].fillna("").astype(str)
    extra = base["cue"] if "cue" in base.columns else pd.Series("", index=base.index)
    doc_text = None
    if docs is not None:
        doc_text = docs.set_index("doc_id")["text"].to_dict()
    numbers = _numbers_hits(base, text, tmap) if method == "rules" else {}
    inner = set() if nested or given else _nested_rows(base, key)
    rows: list[tuple[int, str]] = []
    for i, (t_txt, lg) in enumerate(zip(texts, langs, strict=True)):
        lg = lg if isinstance(lg, str) and lg in ("de", "en") else None
        if given:
            tid = base.at[i, "target"]
            if isinstance(tid, str):
                rows.append((i, tid))
            continue
        if i in inner:
            continue
        for tid, tg in tmap.items():
            hit = bool(tg.terms.get(lg if lg else None) and tg._pat(tg.terms, lg).search(t_txt))
            if hit and not tg.has_context(t_txt, lg):
                ctx = doc_text.get(base.at[i, "doc_id"], "") if doc_text else ""
                hit = bool(ctx) and tg.has_context(ctx, lg)
            if not hit and tg.numbers and i in numbers:
                hit = tg.has_context(t_txt, lg)
            if hit:
                rows.append((i, tid))
    if method == "rules" and doc_text and text == "content":
        texts = _with_negated_gap(base, texts, langs, doc_text, lex)
    out = _score_rows(base, rows, texts, langs, extra, tmap, lex, method, model, numbers)
    cols = ["doc_id", key, "target", *OUTPUT]
    out = out[cols + [c for c in out.columns if c not in cols]]
    return validate(out, "stance", unique_key=False)


def _with_negated_gap(base, texts, langs, doc_text, lex) -> pd.Series:
    """A negator between the speech verb and the content belongs to the content: "We ask
    our partners not to lift sanctions" (content "to lift sanctions …") is scored as "our
    partners not to lift sanctions …". Needs the statements' offsets and ``docs``."""
    if not {"cue_end", "content_start"} <= set(base.columns):
        return texts
    out = texts.copy()
    for i, (d, a, b) in enumerate(
        zip(base["doc_id"], base["cue_end"], base["content_start"], strict=True)
    ):
        if pd.isna(a) or pd.isna(b) or not 0 < int(b) - int(a) <= 60:
            continue
        gap = doc_text.get(d, "")[int(a) : int(b)]
        if not gap or any(c in gap for c in ".!?;\n"):
            continue
        lg = (
            langs.iat[i] if isinstance(langs.iat[i], str) and langs.iat[i] in ("de", "en") else None
        )
        if _negators(gap, lex, lg)[0]:
            out.iat[i] = f"{gap.strip()} {texts.iat[i]}"
    return out


def _score_rows(base, rows, texts, langs, extra, tmap, lex, method, model, numbers) -> pd.DataFrame:
    idx = [i for i, _ in rows]
    out = base.iloc[idx].drop(columns=["target"], errors="ignore").reset_index(drop=True)
    out.insert(0, "target", pd.Series([t for _, t in rows], dtype="str"))
    if method == "model":
        X = pd.DataFrame({"text": texts.iloc[idx].to_numpy(), "target": out["target"].to_numpy()})
        labels, scores, evid = _model_rows(model, X)
    else:
        labels, scores, evid = [], [], []
        for i, tid in rows:
            lg = (
                langs.iat[i]
                if isinstance(langs.iat[i], str) and langs.iat[i] in ("de", "en")
                else None
            )
            lab, sc, ev = score_text(texts.iat[i], tmap[tid], lex, lang=lg, extra_cues=extra.iat[i])
            if tmap[tid].numbers and i in numbers:
                ev = " ; ".join(p for p in (ev, f"number: {numbers[i]}") if p)
            labels.append(lab)
            scores.append(sc)
            evid.append(ev)
    out["label"] = pd.Series(labels, dtype="str")
    out["score"] = pd.Series(scores, dtype="float64")
    out["method"] = pd.Series([method] * len(out), dtype="str")
    out["evidence"] = pd.Series(evid, dtype="str")
    out["doc_id"] = out["doc_id"].astype("str")
    return out


def _model_rows(model: StanceClassifier, X: pd.DataFrame) -> tuple[list, list, list]:
    if X.empty:
        return [], [], []
    proba = model.predict_proba(X)
    classes = list(model.classes_)
    pred = [classes[k] for k in proba.argmax(axis=1)]
    fav = proba[:, classes.index("favor")] if "favor" in classes else np.zeros(len(X))
    ag = proba[:, classes.index("against")] if "against" in classes else np.zeros(len(X))
    ev = [f"model: p(favor)={f:.2f}, p(against)={a:.2f}" for f, a in zip(fav, ag, strict=True)]
    return pred, list(np.clip(fav - ag, -1, 1)), ev

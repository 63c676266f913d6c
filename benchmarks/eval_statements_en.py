"""The English statement test sets: statement-level scores of find_statements on
hand-annotated real sentences from State of the Union and UN General Debate speeches.
Printed by ``eval_statements.py``.

- ``tests/data/statements_en_gold.jsonl``: 44 sentences that quote others (development set);
- ``tests/data/statements_en_random.jsonl``: 240 sentences drawn at random from those with a
  cue word (``scripts/sample_statements_en.py``), annotated blind, split into ``dev`` (rules
  were refined on it) and ``held-out`` halves. Most have no statement, so it measures
  precision in real use.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pandas as pd

from discourse.statements import find_statements

REPO = Path(__file__).resolve().parents[1]
EN_GOLD = REPO / "tests" / "data" / "statements_en_gold.jsonl"
EN_RANDOM = REPO / "tests" / "data" / "statements_en_random.jsonl"


def _words(text: str | None) -> list[str]:
    return re.findall(r"\w+", (text or "").lower())


def _tok_f1(a: str | None, b: str | None) -> float:
    x, y = Counter(_words(a)), Counter(_words(b))
    common = sum((x & y).values())
    if not common:
        return 0.0
    p, r = common / sum(x.values()), common / sum(y.values())
    return 2 * p * r / (p + r)


def _items(path: Path, split: str = "all") -> list[dict]:
    items = [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    return [it for it in items if split == "all" or it.get("split", "all") == split]


def message_text(text: str, spans: str | None) -> str | None:
    """The message parts of ``content_spans`` in ``text`` joined by a space (the content
    less a cue clause set inside it: '"We will," X said, "do it."' -> 'We will do it.')."""
    if not isinstance(spans, str) or spans == "nan":
        return None
    return " ".join(text[int(a) : int(b)] for a, b in (p.split("-") for p in spans.split(";")))


def score_english(items: list[dict]) -> dict[str, float]:
    """Statement-level scores of find_statements (rules, ``own=False``) on annotated sentences.

    A gold statement is found when a predicted statement of its sentence has a content
    word-F1 >= 0.5; its speaker is right when the surfaces' word-F1 >= 0.5 (or both absent),
    its cue when the first cue words agree. Gold statements marked ``borderline`` are
    neither required nor errors: a prediction that matches one is left out of the counts.
    """
    rows = [(f"en{i}", 0, 0, 0, len(it["text"]), it["text"]) for i, it in enumerate(items)]
    sents = pd.DataFrame(rows, columns=["doc_id", "sent_id", "para_id", "start", "end", "text"])
    pred = find_statements(sents, lang="en", own=False)
    n_gold = found = spk = cue = exact = ignored = 0
    used: set[int] = set()
    texts = dict(zip(sents["doc_id"], sents["text"], strict=True))
    pred["content"] = [
        message_text(texts[d], s)
        for d, s in zip(pred["doc_id"], pred["content_spans"], strict=True)
    ]
    for i, it in enumerate(items):
        cands = pred[pred["doc_id"] == f"en{i}"]
        golds = [  # a split quotation's halves, given as a list, joined like the parts
            {**g, "content": " ".join(g["content"])} if isinstance(g["content"], list) else g
            for g in sorted(it["statements"], key=lambda g: bool(g.get("borderline")))
        ]
        for g in golds:
            clear = not g.get("borderline")
            n_gold += clear
            best, score = None, 0.5
            for k, r in cands.iterrows():
                f = _tok_f1(r["content"], g["content"])
                if k not in used and f >= score:
                    best, score = k, f
            if best is None:
                continue
            used.add(best)
            if not clear:
                ignored += 1
                continue
            r = pred.loc[best]
            found += 1
            exact += int(r["content"].strip(" \"“”'`") == g["content"].strip(" \"“”'`"))
            sp = None if pd.isna(r["speaker_surface"]) else r["speaker_surface"]
            spk += int((sp is None and g["speaker"] is None) or _tok_f1(sp, g["speaker"]) >= 0.5)
            pc = "" if pd.isna(r["cue"]) else r["cue"]
            cue += int(pc.lower() == g["cue"].split()[0].lower())
    n_pred = len(pred) - ignored
    prec = found / n_pred if n_pred else 0.0
    rec = found / n_gold if n_gold else 0.0
    return {
        "sentences": len(items),
        "gold": n_gold,
        "predicted": n_pred,
        "P": prec,
        "R": rec,
        "F1": 2 * prec * rec / (prec + rec) if prec + rec else 0.0,
        "speaker_acc": spk / found if found else 0.0,
        "cue_acc": cue / found if found else 0.0,
        "content_exact": exact / found if found else 0.0,
    }


def evaluate_english(path: Path = EN_GOLD) -> dict[str, float]:
    """Scores on the hand-annotated English sentences that quote others (development set)."""
    return score_english(_items(path))


def evaluate_english_random(path: Path = EN_RANDOM, split: str = "held-out") -> dict[str, float]:
    """Scores on the random sample of speech sentences with a cue word (``dev`` or
    ``held-out``): most have no statement, so precision here is precision in real use."""
    return score_english(_items(path, split))


def english_table(results: dict[str, dict[str, float]]) -> str:
    """A Markdown table, one row per named result of :func:`score_english`."""
    lines = [
        "| set | sentences | gold | predicted | statement P | R | F1 | speaker acc. | cue acc. | content exact |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for name, res in results.items():
        lines.append(
            f"| {name} | {res['sentences']} | {res['gold']} | {res['predicted']} | {res['P']:.3f} "
            f"| {res['R']:.3f} | {res['F1']:.3f} | {res['speaker_acc']:.3f} | {res['cue_acc']:.3f} "
            f"| {res['content_exact']:.3f} |"
        )
    return "\n".join(lines)


def english_results() -> dict[str, dict[str, float]]:
    """The three English rows: the quoting set, and the random sample's dev and held-out halves."""
    out = {"English quoting sentences (development)": evaluate_english()}
    if EN_RANDOM.is_file():
        for split in ("dev", "held-out"):
            out[f"English random sample, {split}"] = evaluate_english_random(split=split)
    return out

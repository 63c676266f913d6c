"""The English statement test set: statement-level scores of find_statements on
hand-annotated real sentences (``tests/data/statements_en_gold.jsonl``: State of the Union
and UN General Debate sentences that quote others). Printed by ``eval_statements.py``.
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


def _words(text: str | None) -> list[str]:
    return re.findall(r"\w+", (text or "").lower())


def _tok_f1(a: str | None, b: str | None) -> float:
    x, y = Counter(_words(a)), Counter(_words(b))
    common = sum((x & y).values())
    if not common:
        return 0.0
    p, r = common / sum(x.values()), common / sum(y.values())
    return 2 * p * r / (p + r)


def evaluate_english(path: Path = EN_GOLD) -> dict[str, float]:
    """Statement-level scores on the hand-annotated English sentences.

    A gold statement is found when a predicted statement of its sentence has a content
    word-F1 >= 0.5; its speaker is right when the surfaces' word-F1 >= 0.5 (or both absent),
    its cue when the first cue words agree.
    """
    items = [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    rows = [(f"en{i}", 0, 0, 0, len(it["text"]), it["text"]) for i, it in enumerate(items)]
    sents = pd.DataFrame(rows, columns=["doc_id", "sent_id", "para_id", "start", "end", "text"])
    pred = find_statements(sents, lang="en", own=False)
    n_gold = sum(len(it["statements"]) for it in items)
    n_pred = len(pred)
    found = spk = cue = exact = 0
    used: set[int] = set()
    for i, it in enumerate(items):
        cands = pred[pred["doc_id"] == f"en{i}"]
        for g in it["statements"]:
            best, score = None, 0.5
            for k, r in cands.iterrows():
                f = _tok_f1(r["content"], g["content"])
                if k not in used and f >= score:
                    best, score = k, f
            if best is None:
                continue
            used.add(best)
            r = pred.loc[best]
            found += 1
            exact += int(r["content"].strip(" \"“”'`") == g["content"].strip(" \"“”'`"))
            sp = None if pd.isna(r["speaker_surface"]) else r["speaker_surface"]
            spk += int((sp is None and g["speaker"] is None) or _tok_f1(sp, g["speaker"]) >= 0.5)
            pc = "" if pd.isna(r["cue"]) else r["cue"]
            cue += int(pc.lower() == g["cue"].split()[0].lower())
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


def english_table(res: dict[str, float]) -> str:
    return (
        "| set | sentences | gold | predicted | statement P | R | F1 | speaker acc. | cue acc. | content exact |\n"
        "|---|---|---|---|---|---|---|---|---|---|\n"
        f"| English (own test set) | {res['sentences']} | {res['gold']} | {res['predicted']} | {res['P']:.3f} "
        f"| {res['R']:.3f} | {res['F1']:.3f} | {res['speaker_acc']:.3f} | {res['cue_acc']:.3f} "
        f"| {res['content_exact']:.3f} |"
    )

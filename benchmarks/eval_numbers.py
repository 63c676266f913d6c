"""Evaluate discourse.numbers against the hand-coded gold file tests/data/numbers_gold.csv.

Each gold sentence (real sentences from the demo corpus: the seed article, Bundestag
speeches, UN General Debate, State of the Union) is run through ``find_numbers`` as its
own sentence, so segmentation errors do not enter the score. Predictions are matched
to the gold numbers of the same sentence by value (relative tolerance 1e-6) and unit.

* value+unit: precision = matched / predicted, recall = matched / gold numbers.
* concept link (``target_mentions`` with the bundled lexicon via
  ``discourse.lexicon.find_terms``): a (number, concept) pair counts when the number
  is matched and its linked concept equals the gold concept; precision over predicted
  links, recall over gold links. If ``find_terms`` cannot be imported, a FALLBACK
  matcher built from trigger words is used and the output says so.

Run: ``.venv/bin/python benchmarks/eval_numbers.py [--gold PATH] [--fallback]``
"""

from __future__ import annotations

import argparse
import math
import re
import sys
from pathlib import Path

import pandas as pd

from discourse.numbers import find_numbers, target_mentions

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "tests" / "data" / "numbers_gold.csv"
BARS = {"value+unit": 0.95, "concept link": 0.90}

# FALLBACK ONLY (used when discourse.lexicon is unavailable): trigger words per concept.
_FALLBACK_TRIGGERS = {
    "spending_target": r"\w*Prozent-Ziel\w*|Rüstungsziel|per cent target|percent target",
    "military_aid": r"[Mm]ilitary [Aa]ssistance|security assistance|military aid|Militärhilfe",
    "defence_spending": (
        r"Verteidigungs(?:ausgaben|haushalt|etat)\w*|Militäretat\w*|Rüstungsausgaben"
        r"|für Verteidigung|in Verteidigung|für Rüstung|(?:defen[cs]e|military) "
        r"(?:spending|budgets?|expenditures?|expenses)"
    ),
}


def load_gold(path: Path = GOLD) -> pd.DataFrame:
    """The gold table with numeric columns parsed (empty cells -> NaN / NA)."""
    gold = pd.read_csv(path, dtype=str, keep_default_na=False)
    for col in ("value", "low", "high"):
        gold[col] = pd.to_numeric(gold[col].replace("", None), errors="raise")
    return gold


def gold_sents(gold: pd.DataFrame) -> pd.DataFrame:
    """One row per gold sentence, as a sents table (sent_id unique over the whole table)."""
    uniq = gold.drop_duplicates(["doc_id", "sentence"])[["doc_id", "lang", "sentence"]]
    # offsets into a synthetic document per doc_id: its gold sentences joined by one space
    lengths = uniq["sentence"].str.len() + 1
    start = lengths.groupby(uniq["doc_id"]).cumsum() - lengths
    sents = pd.DataFrame(
        {
            "doc_id": uniq["doc_id"].to_numpy(),
            "sent_id": range(len(uniq)),
            "para_id": 0,
            "start": start.to_numpy(),
            "end": (start + lengths - 1).to_numpy(),
            "text": uniq["sentence"].to_numpy(),
            "lang": uniq["lang"].to_numpy(),
        }
    )
    return sents


def fallback_matches(sents: pd.DataFrame) -> pd.DataFrame:
    """FALLBACK matches from trigger words (only when the lexicon module is missing)."""
    rows = []
    for doc_id, sent_id, start, text in zip(
        sents["doc_id"], sents["sent_id"], sents["start"], sents["text"], strict=True
    ):
        for concept, pattern in _FALLBACK_TRIGGERS.items():
            for m in re.finditer(pattern, text):
                rows.append((doc_id, sent_id, start + m.start(), start + m.end(), concept))
    return pd.DataFrame(rows, columns=["doc_id", "sent_id", "start", "end", "concept"])


def lexicon_matches(sents: pd.DataFrame, *, fallback: bool = False) -> tuple[pd.DataFrame, str]:
    """Matches from discourse.lexicon.find_terms, or the labelled fallback."""
    if not fallback:
        try:
            from discourse.lexicon import find_terms
        except ImportError:
            pass
        else:
            return find_terms(sents), "discourse.lexicon.find_terms (bundled lexicons)"
    return fallback_matches(sents), "FALLBACK trigger words (discourse.lexicon not used)"


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 1.0
    r = tp / n_gold if n_gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def evaluate(
    path: Path = GOLD,
    *,
    fallback: bool = False,
    window: str = "sentence",
    subset: str | None = None,
) -> dict:
    """Score value+unit and the concept link; return counts, scores and the errors.

    ``subset`` restricts the gold file to its ``set`` column ("dev": sentences used while
    developing the extractor; "heldout": coded afterwards and never used for tuning).
    """
    gold = load_gold(path)
    if subset is not None:
        gold = gold[gold["set"] == subset].reset_index(drop=True)
    sents = gold_sents(gold)
    numbers = find_numbers(sents)
    matches, source = lexicon_matches(sents, fallback=fallback)
    linked = target_mentions(numbers, matches, window=window, sents=sents)
    key = {
        (d, t): s for d, t, s in zip(sents["doc_id"], sents["text"], sents["sent_id"], strict=True)
    }
    g = gold[gold["surface"] != ""].copy()
    g["sent_id"] = [key[(d, t)] for d, t in zip(g["doc_id"], g["sentence"], strict=True)]
    tp = link_tp = base_ok = 0
    errors: list[str] = []
    text_of = dict(zip(sents["sent_id"], sents["text"], strict=True))
    pred_by: dict[int, list[dict]] = {}
    for p in linked[["sent_id", "value", "unit", "base", "concept", "surface"]].to_dict("records"):
        pred_by.setdefault(int(p["sent_id"]), []).append(p)
    gold_by: dict[int, list[dict]] = {}
    for row in g[["sent_id", "surface", "value", "unit", "base", "concept"]].to_dict("records"):
        gold_by.setdefault(int(row["sent_id"]), []).append(row)
    for sid in sorted(set(pred_by) | set(gold_by)):
        preds, used = pred_by.get(sid, []), set()
        for row in gold_by.get(sid, []):
            hit = next(
                (
                    k
                    for k, p in enumerate(preds)
                    if k not in used
                    and p["unit"] == row["unit"]
                    and math.isclose(p["value"], row["value"], rel_tol=1e-6)
                ),
                None,
            )
            if hit is None:
                errors.append(
                    f"MISS {row['surface']!r} {row['value']} {row['unit']}: {text_of[sid][:90]}"
                )
                continue
            used.add(hit)
            tp += 1
            p = preds[hit]
            base_ok += (p["base"] if isinstance(p["base"], str) else "") == row["base"]
            gc = row["concept"]
            pc = p["concept"] if isinstance(p["concept"], str) else ""
            if gc and gc == pc:
                link_tp += 1
            elif gc or pc:
                errors.append(
                    f"LINK gold={gc or 'NA'} pred={pc or 'NA'} {row['surface']!r}: {text_of[sid][:70]}"
                )
        for k, p in enumerate(preds):
            if k not in used:
                errors.append(
                    f"FALSE {p['surface']!r} {p['value']} {p['unit']}: {text_of[sid][:90]}"
                )
    n_pred = len(linked)
    n_gold = len(g)
    # how many gold links are reachable at all: the gold concept is matched in the sentence
    in_sent: dict[int, set[str]] = {}
    for sid, concept in zip(matches["sent_id"], matches["concept"], strict=True):
        in_sent.setdefault(int(sid), set()).add(concept)
    reachable = sum(
        1
        for sid, gc in zip(g["sent_id"], g["concept"], strict=True)
        if gc
        and (
            gc in in_sent.get(int(sid), set())
            or (gc == "defence_spending" and "spending_target" in in_sent.get(int(sid), set()))
        )
    )
    n_pred_links = int(linked["concept"].notna().sum())
    n_gold_links = int((g["concept"] != "").sum())
    return {
        "sentences": len(sents),
        "gold_numbers": n_gold,
        "predicted": n_pred,
        "value+unit": _prf(tp, n_pred, n_gold),
        "concept link": _prf(link_tp, n_pred_links, n_gold_links),
        "counts": {
            "tp": tp,
            "link_tp": link_tp,
            "pred_links": n_pred_links,
            "gold_links": n_gold_links,
            "reachable_links": reachable,
        },
        "base_accuracy": base_ok / tp if tp else float("nan"),
        "link_source": source,
        "window": window,
        "errors": errors,
    }


def _table(res: dict, extras: tuple[dict, ...] = ()) -> str:
    lines = [
        "| measure | precision | recall | F1 | bar (P and R) | met |",
        "|---|---|---|---|---|---|",
    ]
    for name in ("value+unit", "concept link"):
        p, r, f = res[name]
        met = "yes" if min(p, r) >= BARS[name] else "NO"
        label = f"{name} ({res['window']})" if name == "concept link" else name
        lines.append(f"| {label} | {p:.3f} | {r:.3f} | {f:.3f} | >= {BARS[name]:.2f} | {met} |")
    for extra in extras:
        p, r, f = extra["concept link"]
        met = "yes" if min(p, r) >= BARS["concept link"] else "NO"
        lines.append(
            f"| concept link ({extra['window']}) | {p:.3f} | {r:.3f} | {f:.3f} | >= 0.90 | {met} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--fallback", action="store_true", help="use the trigger-word fallback matcher")
    ap.add_argument(
        "--errors", action="store_true", help="list every miss, false hit and link error"
    )
    args = ap.parse_args(argv)
    res = evaluate(args.gold, fallback=args.fallback)
    c = res["counts"]
    print(
        f"gold: {args.gold.name}: {res['sentences']} sentences, {res['gold_numbers']} numbers; "
        f"predicted {res['predicted']}"
    )
    print(f"concept links from: {res['link_source']}")
    clause = evaluate(args.gold, fallback=args.fallback, window="clause")
    print(_table(res, (clause,)))
    for subset in ("dev", "heldout", "heldout2"):
        sub = evaluate(args.gold, fallback=args.fallback, subset=subset)
        p, r, f = sub["value+unit"]
        print(
            f"value+unit on the {subset} sentences ({sub['sentences']} sentences, "
            f"{sub['gold_numbers']} numbers): P {p:.3f} R {r:.3f} F1 {f:.3f}"
        )
    print(
        f"matched {c['tp']}; links correct {c['link_tp']} of {c['pred_links']} predicted, "
        f"{c['gold_links']} gold; base agreement on matched numbers {res['base_accuracy']:.3f}"
    )
    print(
        f"gold links whose concept is matched in the sentence at all (upper bound of link recall "
        f"with these matches): {c['reachable_links']} of {c['gold_links']} "
        f"= {c['reachable_links'] / max(1, c['gold_links']):.3f}"
    )
    if args.errors:
        print("\n".join(res["errors"]))
    else:
        print(f"{len(res['errors'])} errors (run with --errors to list them)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

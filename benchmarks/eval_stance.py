"""Evaluate stance scoring on the hand-coded gold (tests/data/stance_gold.csv).

Prints, for the rule scorer and the StanceClassifier (cross-validated with GroupKFold by
doc_id, so no document is in both train and test), macro-F1 overall and per target, the
per-class scores, and beside them the human agreement (Krippendorff's alpha, percent
agreement) of the doubly coded items as the ceiling; then the bars of issue 7, and a small
held-out check (items coded after the rule lexicons were frozen, from unseen documents).
Also times both methods against the obvious alternative (a target-blind tf-idf + logistic
regression) on the same data in the same run.

    .venv/bin/python benchmarks/eval_stance.py [--folds 5]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold, cross_val_predict
from sklearn.pipeline import make_pipeline

from discourse.stance import StanceClassifier, agreement, evaluate_stance, score_stance
from discourse.stance.evaluate import StanceEvaluation

GOLD = Path(__file__).resolve().parents[1] / "tests" / "data" / "stance_gold.csv"


def load_gold(path: Path = GOLD) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Coder A rows (the gold labels) and all rows (for agreement)."""
    allrows = pd.read_csv(path, dtype={"note": str}, keep_default_na=False)
    gold = allrows[allrows["coder"] == "A"].reset_index(drop=True)
    gold["lang"] = np.where(gold["doc_id"].str.startswith(("bt-", "seed-")), "de", "en")
    gold["heldout"] = gold["item_id"].str.startswith("h")
    return gold, allrows


def heldout_check(gold: pd.DataFrame) -> tuple[StanceEvaluation, StanceEvaluation]:
    """Rules and the classifier (trained on the development items) on the held-out items,
    coded after the rule lexicons were frozen, from documents not in the development set."""
    dev, held = gold[~gold["heldout"]], gold[gold["heldout"]].reset_index(drop=True)
    ev_rules = evaluate_stance(held, rules_predict(held), on=["item_id"])
    X = dev[["sentence", "target"]].rename(columns={"sentence": "text"})
    clf = StanceClassifier().fit(X, dev["label"])
    pred = clf.predict(held[["sentence", "target"]].rename(columns={"sentence": "text"}))
    return ev_rules, evaluate_stance(held, pred)


def rules_predict(gold: pd.DataFrame) -> pd.DataFrame:
    table = gold[["item_id", "doc_id", "sent_id", "sentence", "target", "lang"]].rename(
        columns={"sentence": "text"}
    )
    return score_stance(table)


def model_predict(gold: pd.DataFrame, folds: int, **params) -> np.ndarray:
    X = gold[["sentence", "target"]].rename(columns={"sentence": "text"})
    cv = GroupKFold(n_splits=folds)
    return cross_val_predict(
        StanceClassifier(**params), X, gold["label"], groups=gold["doc_id"], cv=cv
    )


def baseline_predict(gold: pd.DataFrame, folds: int) -> np.ndarray:
    pipe = make_pipeline(
        TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True), LogisticRegression(max_iter=3000)
    )
    cv = GroupKFold(n_splits=folds)
    return cross_val_predict(pipe, gold["sentence"], gold["label"], groups=gold["doc_id"], cv=cv)


def main(argv: list[str] | None = None) -> dict[str, float]:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--folds", type=int, default=5)
    args = ap.parse_args(argv)
    gold, allrows = load_gold()
    print(
        f"gold: {len(gold)} items, {gold['doc_id'].nunique()} documents, {gold['target'].nunique()} targets"
    )
    print(pd.crosstab(gold["target"], gold["label"], margins=True).to_string(), "\n")

    t0 = time.perf_counter()
    rules = rules_predict(gold)
    t_rules = time.perf_counter() - t0
    ev_rules = evaluate_stance(gold, rules, on=["item_id"])

    t0 = time.perf_counter()
    pred_model = model_predict(gold, args.folds)
    t_model = time.perf_counter() - t0
    ev_model = evaluate_stance(gold, pred_model)

    pred_ngrams = model_predict(gold, args.folds, rule_features=False)
    ev_ngrams = evaluate_stance(gold, pred_ngrams)

    t0 = time.perf_counter()
    pred_base = baseline_predict(gold, args.folds)
    t_base = time.perf_counter() - t0
    ev_base = evaluate_stance(gold, pred_base)

    agr = agreement(allrows)
    overall = agr[agr["target"] == "all"].iloc[0]

    print(
        "macro-F1 per target (rules | classifier CV | classifier without rule features CV | human alpha, % agreement)"
    )
    table = ev_rules.per_target[["target", "n", "macro_f1"]].rename(columns={"macro_f1": "rules"})
    table["classifier"] = ev_model.per_target["macro_f1"].to_numpy()
    table["ngrams_only"] = ev_ngrams.per_target["macro_f1"].to_numpy()
    table = table.merge(
        agr[["target", "n_items", "alpha", "percent_agreement"]].rename(
            columns={"n_items": "n_double"}
        ),
        on="target",
        how="left",
    )
    print(table.to_string(index=False, float_format=lambda v: f"{v:.3f}"), "\n")
    for name, ev in (
        ("rules", ev_rules),
        ("classifier", ev_model),
        ("classifier, n-grams only", ev_ngrams),
    ):
        print(f"{name}: macro-F1 {ev.macro_f1:.3f}")
        print(ev.per_class.to_string(index=False, float_format=lambda v: f"{v:.3f}"))
        print(ev.confusion.to_string(), "\n")
    print(f"target-blind tf-idf baseline (CV): macro-F1 {ev_base.macro_f1:.3f}")
    print(
        f"human agreement on {int(overall['n_items'])} doubly coded items: "
        f"alpha {overall['alpha']:.3f}, percent agreement {overall['percent_agreement']:.3f} (ceiling)\n"
    )
    h_rules, h_model = heldout_check(gold)
    print(
        f"held-out check ({int(gold['heldout'].sum())} items from unseen documents, coded after the lexicons"
        f" were frozen): rules macro-F1 {h_rules.macro_f1:.3f} (accuracy"
        f" {np.mean(h_rules.confusion.to_numpy().trace() / h_rules.n):.3f}), classifier trained on the"
        f" development items {h_model.macro_f1:.3f} (accuracy {h_model.confusion.to_numpy().trace() / h_model.n:.3f})\n"
    )
    n = len(gold)
    print(
        f"throughput: rules {n / t_rules:,.0f} items/s; classifier {args.folds}-fold CV {n / t_model:,.1f} items/s;"
        f" target-blind baseline CV {n / t_base:,.1f} items/s (classifier takes {t_model / t_base:.1f}x the"
        " baseline's time; machine shared, numbers taken under load)"
    )
    bars = {
        "classifier >= 0.70": ev_model.macro_f1 >= 0.70,
        "classifier > rules": ev_model.macro_f1 > ev_rules.macro_f1,
        "rules >= 0.60": ev_rules.macro_f1 >= 0.60,
    }
    for bar, ok in bars.items():
        print(f"bar {bar}: {'met' if ok else 'MISSED'}")
    return {
        "rules": ev_rules.macro_f1,
        "classifier": ev_model.macro_f1,
        "classifier_ngrams_only": ev_ngrams.macro_f1,
        "baseline": ev_base.macro_f1,
        "alpha": float(overall["alpha"]),
        "heldout_rules": h_rules.macro_f1,
        "heldout_classifier": h_model.macro_f1,
    }


if __name__ == "__main__":
    main()

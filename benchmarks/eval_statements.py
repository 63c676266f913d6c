"""Evaluate find_statements against the SpkAtt-2023 gold data (news and Bundestag).

Data (read-only, never copied): ``../shared/data/spkatt_news/train`` (700 German
Wikinews articles, task 2 format) and ``../shared/data/spkatt/train/task1`` (177
Bundestag speeches, task 1 format). Each file is split deterministically by the
sha1 of its file name: ``tune`` (70 %, used while writing the rules and the cue
lexicon) and ``held-out`` (30 %, only measured).

Text: the gold is pre-tokenised. Each sentence is rebuilt from its tokens with one
spacing rule (a space between tokens, none before ``. , ; : ! ? ) ] %`` and closing
quotation marks, none after ``( [`` and opening quotation marks; straight ``"``
alternate open/close), keeping each token's character offsets; all sentences of a
document form one paragraph. Predicted spans map back to the gold tokens they overlap.

Scoring (like the shared task): each predicted statement is aligned to at most one
gold annotation (greedy, by the number of shared cue and message tokens; ``--align cue``:
by shared cue tokens first, the annotation's anchor, then as before); for each
role (cue, source, message) precision = shared tokens of aligned pairs / predicted
tokens, recall = shared tokens / gold tokens. Exact-span F1 counts a role as right
when the aligned pair has exactly the same token set. Message tokens of a prediction
are its content span minus its cue and source tokens, plus the quotation marks
around a direct quote (the gold includes them); a speech event without content (the
speech model's "Ihr Antrag") has no message tokens; kind ``own`` is not scored.

``--errors`` adds a table of where the tokens go: the gold tokens found, missed inside a
found statement, or lost with a statement not found at all (with a cue / without one), and
the predicted tokens outside the gold span of a found statement or in a statement the gold
does not have (shares of the gold resp. predicted tokens of each role).

Usage: ``python benchmarks/eval_statements.py [--shared DIR] [--limit N] [--split tune|held-out|all|both] [--align span|cue] [--errors]``
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from discourse.statements import find_statements

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eval_statements_en import EN_GOLD, english_results, english_table  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
BARS = {
    "news": {"cue": 0.80, "source": 0.70, "message": 0.70},
    "bundestag": {"cue": 0.60, "source": 0.50, "message": 0.50},
}
ROLES = ("cue", "source", "message")
GOLD_KEYS = {"cue": "Cue", "source": "Source", "message": "Message"}
NO_SPACE_BEFORE = set(".,;:!?)]}%“”«’")
NO_SPACE_AFTER = set("([{„»‚")


@dataclass
class GoldDoc:
    name: str
    text: str
    sent_spans: list[tuple[int, int]]
    tok_spans: list[list[tuple[int, int]]]
    gold: list[dict[str, set[tuple[int, int]]]] = field(default_factory=list)


def split_of(name: str) -> str:
    """Deterministic 70/30 split of a file name."""
    return "tune" if int(hashlib.sha1(name.encode()).hexdigest()[:8], 16) % 10 < 7 else "held-out"


def rebuild(
    sentences: list[list[str]],
) -> tuple[str, list[tuple[int, int]], list[list[tuple[int, int]]]]:
    """Text, sentence spans and token spans from pre-tokenised sentences."""
    parts: list[str] = []
    pos = 0
    sent_spans, tok_spans = [], []
    for toks in sentences:
        if parts:
            parts.append(" ")
            pos += 1
        s0 = pos
        spans = []
        straight_open = False
        glue = True
        for t in toks:
            closing = t in NO_SPACE_BEFORE or (t == '"' and straight_open)
            if not glue and not closing:
                parts.append(" ")
                pos += 1
            parts.append(t)
            spans.append((pos, pos + len(t)))
            pos += len(t)
            if t == '"':
                glue = not straight_open
                straight_open = not straight_open
            else:
                glue = t in NO_SPACE_AFTER
        sent_spans.append((s0, pos))
        tok_spans.append(spans)
    return "".join(parts), sent_spans, tok_spans


def _pos(ref: str) -> tuple[int, int]:
    s, t = ref.split(":")
    return int(s), int(t)


def load_gold(folder: Path, limit: int | None = None, split: str = "all") -> list[GoldDoc]:
    files = sorted(folder.glob("*.json"))
    if split != "all":
        files = [f for f in files if split_of(f.name) == split]
    if limit:
        files = files[:limit]
    docs = []
    for f in files:
        data = json.loads(f.read_text(encoding="utf-8"))
        sents = [s["Tokens"] for s in data["Sentences"]]
        text, sspans, tspans = rebuild(sents)
        doc = GoldDoc(f.name, text, sspans, tspans)
        for ann in data["Annotations"]:
            doc.gold.append({r: {_pos(x) for x in ann.get(k) or []} for r, k in GOLD_KEYS.items()})
        docs.append(doc)
    return docs


def speaker_of(name: str) -> str | None:
    """The speaker's surname in a SpkAtt speech file name
    ("19092_Tagesordnungspunkt_5_SPD_Felgentreu_ID199203900_04.04.2019"), else None."""
    m = re.match(r"^\d+_.*?_(CDUCSU|GRUENE|LINKE|SPD|FDP|AfD|[Ff]raktionslos)_(.+?)_ID\d+", name)
    return m.group(2).replace("_", " ") if m else None


def documents(docs: list[GoldDoc]) -> pd.DataFrame:
    """The ``docs`` table of gold documents; a speech has its ``speaker``, as in real use."""
    return pd.DataFrame(
        {
            "doc_id": [d.name for d in docs],
            "text": [d.text for d in docs],
            "lang": "de",
            "speaker": [speaker_of(d.name) for d in docs],
        }
    )


def predict(
    docs: list[GoldDoc], *, include_thought: bool, model: str | None = "news"
) -> pd.DataFrame:
    rows = [
        (d.name, i, 0, a, b, d.text[a:b]) for d in docs for i, (a, b) in enumerate(d.sent_spans)
    ]
    sents = pd.DataFrame(rows, columns=["doc_id", "sent_id", "para_id", "start", "end", "text"])
    meta = documents(docs)
    return find_statements(
        sents, docs=meta, lang="de", include_thought=include_thought, own=False, model=model
    )


def _tokens(doc: GoldDoc, a: int, b: int) -> set[tuple[int, int]]:
    out = set()
    for s, (s0, s1) in enumerate(doc.sent_spans):
        if s1 <= a or s0 >= b:
            continue
        for t, (x, y) in enumerate(doc.tok_spans[s]):
            if x < b and a < y:
                out.add((s, t))
    return out


def predicted_sets(doc: GoldDoc, rows: pd.DataFrame) -> list[dict[str, set[tuple[int, int]]]]:
    out = []
    for r in rows.itertuples():
        cue: set = set()
        if isinstance(r.cue_spans, str):
            for part in r.cue_spans.split(";"):
                a, b = map(int, part.split("-"))
                cue |= _tokens(doc, a, b)
        src = (
            _tokens(doc, int(r.speaker_start), int(r.speaker_end))
            if not pd.isna(r.speaker_start)
            else set()
        )
        if pd.isna(r.content_start):  # a speech event without a message
            out.append({"cue": cue, "source": src, "message": set()})
            continue
        spans = getattr(r, "content_spans", None)
        if isinstance(spans, str) and ";" in spans:  # the message around a cue clause in it
            msg = set()
            for part in spans.split(";"):
                a, b = map(int, part.split("-"))
                msg |= _tokens(doc, a, b)
        else:
            msg = _tokens(doc, int(r.content_start), int(r.content_end))
        if cue:  # a cue clause inside the content ("Die Lage, so Hegseth, sei ernst") is no
            msg = msg - cue - src  # part of the message; a whole-sentence statement (no cue)
            # keeps its subject in the message, as the gold's "Reported" statements do
        if r.kind == "direct":
            a, b = int(r.content_start), int(r.content_end)
            if a > 0 and doc.text[a - 1] in '„“”"»«‚‘':
                msg |= _tokens(doc, a - 1, a)
            if b < len(doc.text) and doc.text[b] in '„“”"»«‚‘’':
                msg |= _tokens(doc, b, b + 1)
        out.append({"cue": cue, "source": src, "message": msg})
    return out


def align(
    preds: list[dict[str, set]], gold: list[dict[str, set]], align: str = "span"
) -> list[tuple[int, int]]:
    """Greedy one-to-one alignment of predicted and gold statements of one document.

    Pairs share cue or message tokens; the most shared first (``align="cue"``: shared cue
    tokens first), ties by position. Returns (prediction index, gold index) pairs.
    """
    pairs = []
    for i, p in enumerate(preds):
        for j, g in enumerate(gold):
            ov = len((p["cue"] | p["message"]) & (g["cue"] | g["message"]))
            if ov:
                cue_ov = len(p["cue"] & g["cue"]) if align == "cue" else 0
                pairs.append((cue_ov, ov, i, j))
    pairs.sort(key=lambda x: (-x[0], -x[1], x[2], x[3]))
    used_p, used_g, match = set(), set(), []
    for _, _, i, j in pairs:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            match.append((i, j))
    return match


def _doc_sets(doc: GoldDoc, by_doc: dict, pred: pd.DataFrame) -> list[dict[str, set]]:
    rows = by_doc.get(doc.name, pred.iloc[:0])
    return predicted_sets(doc, rows[rows["kind"] != "own"])


def score(
    docs: list[GoldDoc], pred: pd.DataFrame, align_by: str = "span"
) -> dict[str, dict[str, float]]:
    tot = {r: {"tp": 0, "p": 0, "g": 0, "ex_tp": 0, "ex_p": 0, "ex_g": 0} for r in ROLES}
    by_doc = dict(tuple(pred.groupby("doc_id"))) if len(pred) else {}
    for doc in docs:
        preds = _doc_sets(doc, by_doc, pred)
        match = align(preds, doc.gold, align_by)
        for r in ROLES:
            t = tot[r]
            t["p"] += sum(len(p[r]) for p in preds)
            t["g"] += sum(len(g[r]) for g in doc.gold)
            t["ex_p"] += sum(1 for p in preds if p[r])
            t["ex_g"] += sum(1 for g in doc.gold if g[r])
            for i, j in match:
                t["tp"] += len(preds[i][r] & doc.gold[j][r])
                t["ex_tp"] += int(bool(preds[i][r]) and preds[i][r] == doc.gold[j][r])
    res = {}
    for r, t in tot.items():
        p = t["tp"] / t["p"] if t["p"] else 0.0
        rec = t["tp"] / t["g"] if t["g"] else 0.0
        ep = t["ex_tp"] / t["ex_p"] if t["ex_p"] else 0.0
        er = t["ex_tp"] / t["ex_g"] if t["ex_g"] else 0.0
        res[r] = {
            "P": p,
            "R": rec,
            "F1": 2 * p * rec / (p + rec) if p + rec else 0.0,
            "exact_F1": 2 * ep * er / (ep + er) if ep + er else 0.0,
        }
    return res


ERROR_ROWS = (
    ("found", "gold tokens found (aligned statement, same token)"),
    ("partial", "gold tokens missed in a found statement (span too short or wrong)"),
    ("missed_cued", "gold tokens of a statement with a cue that was not found at all"),
    ("missed_uncued", "gold tokens of a statement without a cue that was not found at all"),
    ("extra_aligned", "predicted tokens outside the gold span of a found statement"),
    ("extra_unaligned", "predicted tokens of a statement the gold does not have"),
)


def errors(
    docs: list[GoldDoc], pred: pd.DataFrame, align_by: str = "span"
) -> dict[str, dict[str, int]]:
    """Where the tokens go: per role, the counts of ``ERROR_ROWS``.

    The first four add up to the gold tokens (recall's denominator), ``found`` and the
    two ``extra`` rows to the predicted tokens (precision's denominator).
    """
    out = {r: dict.fromkeys([k for k, _ in ERROR_ROWS], 0) for r in ROLES}
    by_doc = dict(tuple(pred.groupby("doc_id"))) if len(pred) else {}
    for doc in docs:
        preds = _doc_sets(doc, by_doc, pred)
        match = align(preds, doc.gold, align_by)
        gold_of = {i: j for i, j in match}
        found = {j for _, j in match}
        for r in ROLES:
            o = out[r]
            for j, g in enumerate(doc.gold):
                if j not in found:
                    o["missed_cued" if g["cue"] else "missed_uncued"] += len(g[r])
            for i, p in enumerate(preds):
                if i not in gold_of:
                    o["extra_unaligned"] += len(p[r])
                    continue
                g = doc.gold[gold_of[i]]
                o["found"] += len(p[r] & g[r])
                o["partial"] += len(g[r] - p[r])
                o["extra_aligned"] += len(p[r] - g[r])
    return out


def errors_table(results: dict[tuple[str, str], dict]) -> str:
    """Markdown table of ``errors`` per set and split: share of gold / predicted tokens."""
    lines = [
        "| set | split | tokens | " + " | ".join(ROLES) + " |",
        "|---|---|---|" + "---|" * len(ROLES),
    ]
    for (ds, split), err in results.items():
        for key, label in ERROR_ROWS:
            cells = []
            for r in ROLES:
                e = err[r]
                gold = e["found"] + e["partial"] + e["missed_cued"] + e["missed_uncued"]
                predicted = e["found"] + e["extra_aligned"] + e["extra_unaligned"]
                base = predicted if key.startswith("extra") else gold
                cells.append(f"{e[key] / base:.1%}" if base else "-")
            lines.append(f"| {ds} | {split} | {label} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def evaluate(
    shared: Path,
    dataset: str,
    split: str = "all",
    limit: int | None = None,
    model: str | None = "auto",
    align_by: str = "span",
) -> dict:
    folder = shared / ("spkatt_news/train" if dataset == "news" else "spkatt/train/task1")
    docs = load_gold(folder, limit=limit, split=split)
    if model == "auto":
        model = "news" if dataset == "news" else "speech"
    pred = predict(docs, include_thought=True, model=model)
    out = score(docs, pred, align_by)
    out["errors"] = errors(docs, pred, align_by)
    out["n_docs"] = len(docs)
    out["n_gold"] = sum(len(d.gold) for d in docs)
    out["n_pred"] = int((pred["kind"] != "own").sum())
    return out


def table(results: dict[tuple[str, str], dict]) -> str:
    lines = [
        "| set | split | docs | role | P | R | F1 | bar | met | exact-span F1 |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for (ds, split), res in results.items():
        for r in ROLES:
            m = res[r]
            bar = BARS[ds][r]
            lines.append(
                f"| {ds} | {split} | {res['n_docs']} | {r} | {m['P']:.3f} | {m['R']:.3f} | {m['F1']:.3f} "
                f"| ≥ {bar:.2f} | {'yes' if m['F1'] >= bar else 'NO'} | {m['exact_F1']:.3f} |"
            )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="SpkAtt evaluation of find_statements")
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared" / "data")
    ap.add_argument(
        "--limit", type=int, default=None, help="first N documents per split (fast check)"
    )
    ap.add_argument("--split", default="both", choices=["tune", "held-out", "all", "both"])
    ap.add_argument("--sets", default="news,bundestag")
    ap.add_argument("--rules-only", action="store_true", help="no learned models (model=None)")
    ap.add_argument(
        "--align", default="span", choices=["span", "cue"], help="how predictions meet gold"
    )
    ap.add_argument(
        "--errors", action="store_true", help="also print where the tokens are lost or added"
    )
    args = ap.parse_args(argv)
    if not (args.shared / "spkatt_news").is_dir():
        print(f"shared data not found at {args.shared}; nothing to evaluate", file=sys.stderr)
        return 1
    splits = ["tune", "held-out"] if args.split == "both" else [args.split]
    results = {}
    for ds in args.sets.split(","):
        for sp in splits:
            results[(ds, sp)] = evaluate(
                args.shared, ds, sp, args.limit, None if args.rules_only else "auto", args.align
            )
    print(table(results))
    if args.errors:
        print()
        print(errors_table({k: v["errors"] for k, v in results.items()}))
    if EN_GOLD.is_file():
        print()
        print(english_table(english_results()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

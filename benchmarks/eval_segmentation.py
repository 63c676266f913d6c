"""Score the text layer against Universal Dependencies gold (German GSD, English EWT).

Run from the repository root::

    .venv/bin/python benchmarks/eval_segmentation.py            # test sets (the reported numbers)
    .venv/bin/python benchmarks/eval_segmentation.py --split dev  # tuning
    .venv/bin/python benchmarks/eval_segmentation.py --baselines  # also pysbd / NLTK / plain simplemma

How the raw text is rebuilt from the CoNLL-U files (no raw text ships with them):

* EWT: one document per ``# newdoc``; paragraphs (``# newpar``) are joined with a blank line,
  the sentences of a paragraph with one space.
* GSD has no document or paragraph markers: runs of 20 consecutive sentences are joined with
  one space into one paragraph of a pseudo-document.

Measures

* sentence F1 (punctuated): boundaries are gold sentence ends *inside a paragraph* (paragraph
  ends are given away by the blank line). As the issue asks, only gold boundaries after
  ``. ! ? …`` (optionally followed by closing quotes or brackets) count; predicted boundaries
  at unpunctuated gold boundaries are ignored on both sides. ``sentence F1 raw`` counts all.
* token F1 on (start, end) character spans of surface tokens (a multiword token such as
  "zum" or "don't" counts once, by its surface form). Hyphenated compounds that UD splits
  ("Elberadweg - Tour", "search - engine") are merged into one gold token, as the issue says.
* lemma accuracy on gold tokens whose span our tokenizer reproduces, punctuation excluded;
  multiword tokens are excluded (they have no single gold lemma); merged compounds get the
  joined gold lemmas ("search-engine").

Licence note: the UD data (CC BY-SA 4.0) is read from ../shared/data and never copied.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from discourse.segment import split_sentences, tokenize

DEFAULT_SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"
TREEBANKS = {"de_gsd": "de", "en_ewt": "en"}
#: The bars of issue 3 (percent).
BARS = {
    ("de_gsd", "sentence F1"): 99.0,
    ("de_gsd", "token F1"): 99.7,
    ("de_gsd", "lemma accuracy"): 97.0,
    ("en_ewt", "sentence F1"): 98.0,
    ("en_ewt", "token F1"): 98.8,
    ("en_ewt", "lemma accuracy"): 94.5,
}
GSD_DOC_SIZE = 20
_PUNCT_END = re.compile(r"[.!?…][\"'”“»«’‘)\]]*$")


@dataclass
class Gold:
    """Rebuilt documents with gold sentence and token spans."""

    lang: str
    docs: list[str] = field(default_factory=list)
    sents: list[list[tuple[int, int, bool]]] = field(default_factory=list)  # start, end, para end
    tokens: list[list[tuple[int, int, str, bool]]] = field(default_factory=list)  # lemma, scored


def _sentences(path: Path):
    """Yield (comments dict, token rows) per sentence of a CoNLL-U file."""
    meta: dict[str, str] = {}
    rows: list[list[str]] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line:
                if rows:
                    yield meta, rows
                meta, rows = {}, []
            elif line.startswith("#"):
                key, _, val = line[1:].partition("=")
                meta[key.strip()] = val.strip()
            else:
                rows.append(line.split("\t"))
    if rows:
        yield meta, rows


def _surface(text: str, rows: list[list[str]], base: int) -> list[tuple[int, int, str, bool]]:
    """Surface tokens of one sentence as (start, end, lemma, scored) in document offsets."""
    out: list[tuple[int, int, str, bool]] = []
    pos = 0
    skip_until = 0
    for r in rows:
        tid = r[0]
        if "." in tid:
            continue  # empty nodes
        if "-" in tid:
            a, b = (int(x) for x in tid.split("-"))
            skip_until = b
            form, lemma, scored = r[1], "", False
        else:
            if int(tid) <= skip_until:
                continue
            form, lemma, scored = r[1], r[2], r[3] != "PUNCT"
        i = text.find(form, pos)
        if i < 0:
            raise ValueError(f"form {form!r} not found in {text!r}")
        out.append((base + i, base + i + len(form), lemma, scored))
        pos = i + len(form)
    return _merge_hyphens(out, text, base)


def _merge_hyphens(toks, text, base):
    """Merge 'A - B' written without spaces ("Elberadweg-Tour") into one token."""
    out: list[tuple[int, int, str, bool]] = []
    i = 0
    while i < len(toks):
        cur = toks[i]
        while (
            i + 2 < len(toks)
            and text[toks[i + 1][0] - base : toks[i + 1][1] - base] == "-"
            and cur[1] == toks[i + 1][0]
            and toks[i + 1][1] == toks[i + 2][0]
            and text[cur[1] - base - 1].isalnum()
            and text[toks[i + 2][0] - base].isalnum()
        ):
            nxt = toks[i + 2]
            scored = cur[3] and nxt[3] and bool(cur[2]) and bool(nxt[2])
            cur = (cur[0], nxt[1], f"{cur[2]}-{nxt[2]}", scored)
            i += 2
        out.append(cur)
        i += 1
    return out


def read_gold(path: Path, lang: str, treebank: str) -> Gold:
    """Rebuild raw documents and gold spans from one CoNLL-U file."""
    gold = Gold(lang)
    parts: list[str] = []
    sents: list[tuple[int, int, bool]] = []
    toks: list[tuple[int, int, str, bool]] = []

    def flush():
        if parts:
            gold.docs.append("".join(parts))
            gold.sents.append(sents.copy())
            gold.tokens.append(toks.copy())
        parts.clear()
        sents.clear()
        toks.clear()

    for n, (meta, rows) in enumerate(_sentences(path)):
        if treebank == "en_ewt":
            new_doc = "newdoc id" in meta or "newdoc" in meta
            new_par = "newpar id" in meta or "newpar" in meta
        else:
            new_doc = n % GSD_DOC_SIZE == 0
            new_par = new_doc
        if new_doc:
            flush()
        elif parts:
            if new_par:
                s, e, _ = sents[-1]
                sents[-1] = (s, e, True)
            parts.append("\n\n" if new_par else " ")
        text = meta["text"]
        base = sum(len(p) for p in parts)
        parts.append(text)
        sents.append((base, base + len(text), False))
        toks.extend(_surface(text, rows, base))
    flush()
    for s in gold.sents:
        if s:
            s[-1] = (s[-1][0], s[-1][1], True)
    return gold


def _f1(pred: set, gold: set) -> tuple[float, float, float]:
    tp = len(pred & gold)
    p = tp / len(pred) if pred else 1.0
    r = tp / len(gold) if gold else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(gold: Gold, sents: pd.DataFrame, tokens: pd.DataFrame) -> dict[str, float]:
    """Sentence-boundary F1 (punctuated and raw), token F1 and lemma accuracy, in percent."""
    pred_b: set = set()
    for doc, ends in sents.groupby("doc_id")["end"]:
        pred_b.update((doc, int(e)) for e in ends)
    gold_all, gold_punct, para_ends = set(), set(), set()
    for d, (text, ss) in enumerate(zip(gold.docs, gold.sents, strict=True)):
        doc = str(d)
        for s, e, para_end in ss:
            if para_end:
                para_ends.add((doc, e))
                continue
            gold_all.add((doc, e))
            if _PUNCT_END.search(text[s:e]):
                gold_punct.add((doc, e))
    pred_b -= para_ends
    ignored = gold_all - gold_punct
    _, _, f_punct = _f1(pred_b - ignored, gold_punct)
    _, _, f_raw = _f1(pred_b, gold_all)
    pred_t = {
        (d, s, e): lem
        for d, s, e, lem in zip(
            tokens["doc_id"], tokens["start"], tokens["end"], tokens["lemma"], strict=True
        )
    }
    gold_t = {}
    for d, tt in enumerate(gold.tokens):
        for s, e, lem, scored in tt:
            gold_t[(str(d), s, e)] = (lem, scored)
    _, _, f_tok = _f1(set(pred_t), set(gold_t))
    n = ok = 0
    for key, (lem, scored) in gold_t.items():
        if scored and key in pred_t:
            n += 1
            ok += pred_t[key] == lem
    return {
        "sentence F1": 100 * f_punct,
        "sentence F1 raw": 100 * f_raw,
        "token F1": 100 * f_tok,
        "lemma accuracy": 100 * ok / max(n, 1),
    }


def run_layer(gold: Gold) -> tuple[pd.DataFrame, pd.DataFrame]:
    docs = pd.DataFrame(
        {"doc_id": [str(i) for i in range(len(gold.docs))], "text": gold.docs, "lang": gold.lang}
    )
    sents = split_sentences(docs)
    return sents, tokenize(sents)


def evaluate(shared: Path, split: str = "test") -> pd.DataFrame:
    """Score every treebank; one row per (treebank, measure) with the bar beside it."""
    rows = []
    for tb, lang in TREEBANKS.items():
        gold = read_gold(shared / "ud" / tb / f"{tb}-ud-{split}.conllu", lang, tb)
        sents, tokens = run_layer(gold)
        for measure, value in score(gold, sents, tokens).items():
            bar = BARS.get((tb, measure))
            met = "" if bar is None else ("yes" if value >= bar else "NO")
            rows.append(
                {
                    "treebank": tb,
                    "measure": measure,
                    "value": round(value, 2),
                    "bar": bar,
                    "met": met,
                }
            )
    return pd.DataFrame(rows)


def _sents_from_strings(gold: Gold, pieces_per_doc: list[list[str]]) -> pd.DataFrame:
    """A sents table from sentence strings found in order in each document."""
    rows = []
    for d, (text, pieces) in enumerate(zip(gold.docs, pieces_per_doc, strict=True)):
        pos = 0
        for piece in pieces:
            body = piece.strip()
            if not body:
                continue
            i = text.find(body, pos)
            if i < 0:
                continue
            rows.append((str(d), i, i + len(body)))
            pos = i + len(body)
    out = pd.DataFrame(rows, columns=["doc_id", "start", "end"])
    out["sent_id"] = out.groupby("doc_id").cumcount()
    out["text"] = [gold.docs[int(d)][a:b] for d, a, b in rows]
    out["lang"] = gold.lang
    return out


def baseline_table(shared: Path, split: str = "test") -> pd.DataFrame:
    """The candidates of the issue on the same rebuilt text, one measure each.

    Sentences: pysbd and simplemma's splitter (tokens and lemmas then from discourse);
    tokens: NLTK ``NLTKWordTokenizer().span_tokenize`` per discourse sentence; lemmas:
    plain ``simplemma.lemmatize`` on discourse tokens (no rules of ours).
    """
    import pysbd  # noqa: PLC0415
    import simplemma  # noqa: PLC0415
    from nltk.tokenize import NLTKWordTokenizer  # noqa: PLC0415
    from simplemma.sentences import split_sentences as sm_split  # noqa: PLC0415

    rows = []
    for tb, lang in TREEBANKS.items():
        gold = read_gold(shared / "ud" / tb / f"{tb}-ud-{split}.conllu", lang, tb)
        ours_s, ours_t = run_layer(gold)
        seg = pysbd.Segmenter(language=lang, clean=False, char_span=True)
        paras = [re.split(r"\n\n", t) for t in gold.docs]
        cands = {
            "pysbd (MIT)": [[sp.sent for p in ps for sp in seg.segment(p)] for ps in paras],
            "simplemma splitter": [[x for p in ps for x in sm_split(p, lang)] for ps in paras],
        }
        for name, pieces in cands.items():
            sents = _sents_from_strings(gold, pieces)
            sc = score(gold, sents, tokenize(sents))
            rows.append((tb, "sentence F1", name, sc["sentence F1"]))
            rows.append((tb, "sentence F1 raw", name, sc["sentence F1 raw"]))
        nltk_tok = NLTKWordTokenizer()
        trows = []
        for d, st, text in zip(ours_s["doc_id"], ours_s["start"], ours_s["text"], strict=True):
            for a, b in nltk_tok.span_tokenize(text):
                trows.append((d, st + a, st + b, text[a:b]))
        nt = pd.DataFrame(trows, columns=["doc_id", "start", "end", "lemma"])
        rows.append((tb, "token F1", "NLTK span_tokenize", score(gold, ours_s, nt)["token F1"]))
        plain = ours_t.assign(lemma=[simplemma.lemmatize(t, lang) for t in ours_t["token"]])
        rows.append(
            (tb, "lemma accuracy", "simplemma alone", score(gold, ours_s, plain)["lemma accuracy"])
        )
        mine = score(gold, ours_s, ours_t)
        for measure in ("sentence F1", "sentence F1 raw", "token F1", "lemma accuracy"):
            rows.append((tb, measure, "discourse", mine[measure]))
    out = pd.DataFrame(rows, columns=["treebank", "measure", "candidate", "value"])
    out["value"] = out["value"].round(2)
    return out.sort_values(["treebank", "measure", "value"], kind="stable").reset_index(drop=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="../shared/data")
    ap.add_argument("--split", choices=["test", "dev"], default="test")
    ap.add_argument("--baselines", action="store_true", help="also score reference tools")
    args = ap.parse_args(argv)
    if not (args.shared / "ud").is_dir():
        print(f"skipped: {args.shared / 'ud'} does not exist", file=sys.stderr)
        return 0
    t0 = time.perf_counter()
    table = evaluate(args.shared, args.split)
    print(f"discourse text layer on UD {args.split} sets ({time.perf_counter() - t0:.1f} s)")
    print(table.to_markdown(index=False) if _has_tabulate() else table.to_string(index=False))
    if args.baselines and importlib.util.find_spec("pysbd") is None:
        print("--baselines needs pysbd (pip install pysbd); skipped", file=sys.stderr)
    elif args.baselines:
        print("\nreference tools on the same text (same measures; the gain of our rules)")
        bt = baseline_table(args.shared, args.split)
        print(bt.to_markdown(index=False) if _has_tabulate() else bt.to_string(index=False))
    return 0


def _has_tabulate() -> bool:
    try:
        import tabulate  # noqa: F401, PLC0415
    except ImportError:
        return False
    return True


if __name__ == "__main__":
    raise SystemExit(main())

"""Who is the speaker? ``speaker_name`` of find_statements against hand annotation.

``tests/data/speaker_names_gnad.jsonl`` holds 2 x 200 statements of the 10kGNAD test articles
(Austrian news, ../shared/data/gnad/test.csv; read here, never copied) whose speaker the
text gives only by a pronoun, "Demnach", a description or not at all (an inherited
speaker), each with the speaker two annotators named by reading the article (without the
extractor's output): the fullest name the text gives, or a description for an unnamed
speaker, a group or a document. The file holds only row numbers, offsets and the names.

A statement counts as right when every word of the name the extractor gives is a word of
the annotated name ("Faymann" or "Werner Faymann" for "Werner Faymann"; not "Auch Faymann"
nor "Werner Faymann, Kanzler"; a genitive "s", accents and hyphens ignored); a statement the extractor no longer finds at the same offset counts as
wrong; statements the annotators judged no statement at all are left out. The baseline
is what the table gave before ``speaker_name`` existed: the registry name where
``speaker_id`` is set, else ``speaker_surface`` ("er", "Demnach").

The rules were written on the first sample (``dev``, then also ``held-out`` after one
scoring); the second sample, ``test``, was scored once at the end.

Usage: ``python benchmarks/eval_speaker_names.py [--shared ../shared/data]``
"""

from __future__ import annotations

import argparse
import json
import re
import unicodedata
from pathlib import Path

import pandas as pd

from discourse.actors import find_actors, load_registry
from discourse.segment import split_sentences
from discourse.statements import find_statements

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "tests" / "data" / "speaker_names_gnad.jsonl"


def load_gold(path: Path = GOLD) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def gnad_docs(shared: Path, rows: list[int]) -> pd.DataFrame:
    """The 10kGNAD test articles of the given rows as a ``docs`` table."""
    table = pd.read_csv(
        shared / "gnad" / "test.csv", sep=";", quotechar="'", header=None, names=["label", "text"]
    )
    rows = sorted(set(rows))
    return pd.DataFrame(
        {
            "doc_id": [f"g{r}" for r in rows],
            "text": [table["text"].iloc[r] for r in rows],
            "lang": "de",
            "source": "gnad",
            "published": pd.to_datetime(["2016-01-01"] * len(rows), utc=True),
            "title": "",
        }
    )


def _words(name: str) -> list[str]:
    """Lower-case words without accents, articles and hyphens ("Ki-moon" = "Ki Moon")."""
    plain = unicodedata.normalize("NFKD", name.lower())
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return [w for w in re.sub(r"[^\w\s]", " ", plain).split() if w not in _ARTICLES]


_ARTICLES = {"der", "die", "das", "des", "dem", "den", "the"}


def same_speaker(ours: str | None, gold: str | None) -> bool:
    """Every word of our name is a word of the annotated one (a genitive "s" aside):
    "Faymann" and "Werner Faymann" for "Werner Faymann" are right, "Auch Stöger" for
    "Peter Stöger" and "Maria Schmidt, Chefin der Firma" for "Maria Schmidt" are not."""
    if not ours or not gold:
        return False
    a, b = _words(ours), set(_words(gold))
    return bool(a) and all(w in b or (w.endswith("s") and w[:-1] in b) for w in a)


def score(gold: list[dict], statements: pd.DataFrame, registry) -> dict[str, dict]:
    """Accuracy of ``speaker_name`` and of the baseline, per split and case."""
    by_doc = dict(tuple(statements.groupby("doc_id")))
    out: dict[str, dict] = {}
    for g in gold:
        if g["type"] == "not_a_statement":
            continue
        doc_rows = by_doc.get(f"g{g['row']}", statements.iloc[:0])
        rows = doc_rows.iloc[:0]
        if g["content_start"] is not None:
            rows = doc_rows[doc_rows["content_start"] == g["content_start"]]
        if not len(rows) and g["cue_start"] is not None:
            # the same statement (its cue) when its content now starts elsewhere
            rows = doc_rows[doc_rows["cue_start"] == g["cue_start"]]
        ours = base = None
        if len(rows):
            r = rows.iloc[0]
            ours = r["speaker_name"] if isinstance(r["speaker_name"], str) else None
            aid = r["speaker_id"]
            if isinstance(aid, str) and aid in registry.actors:
                base = registry.actors[aid]["name"]
            elif isinstance(r["speaker_surface"], str):
                base = r["speaker_surface"]
        for key in (g["split"], f"{g['split']} / {g['case']}"):
            t = out.setdefault(key, {"n": 0, "new": 0, "base": 0})
            t["n"] += 1
            t["new"] += same_speaker(ours, g["name"])
            t["base"] += same_speaker(base, g["name"])
    return out


def evaluate(shared: Path) -> dict[str, dict]:
    gold = load_gold()
    docs = gnad_docs(shared, [g["row"] for g in gold])
    reg = load_registry()
    sents = split_sentences(docs)
    found = find_statements(sents, find_actors(sents, reg, docs), docs=docs, registry=reg)
    return score(gold, found, reg)


def table(results: dict[str, dict]) -> str:
    lines = [
        "| split / case | statements | speaker_name right | before (surface) |",
        "|---|---|---|---|",
    ]
    for key in sorted(results, key=lambda k: (k.split(" / ")[0] != "dev", k)):
        t = results[key]
        name = f"**{key}**" if " / " not in key else key
        lines.append(f"| {name} | {t['n']} | {t['new'] / t['n']:.3f} | {t['base'] / t['n']:.3f} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared" / "data")
    args = ap.parse_args(argv)
    if not (args.shared / "gnad" / "test.csv").is_file():
        print(f"skipped: {args.shared}/gnad/test.csv not found")
        return 0
    print(table(evaluate(args.shared)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""CSV/TSV, JSONL, JSON and Parquet readers: mapping, line numbers of bad rows, real data."""

from __future__ import annotations

import json
import warnings

import pandas as pd
import pytest

from discourse.io import load_report, read_corpus
from discourse.schema import validate

ARTICLES = [
    {
        "id": "tg-1",
        "headline": "Hegseth fordert mehr Geld",
        "body": "Die Nato-Partner sollen ihre Verteidigungsausgaben deutlich erhöhen, sagte Hegseth.",
        "datum": "12.02.2025",
        "outlet": "tagesschau.de",
    },
    {
        "id": "rt-1",
        "headline": "Hegseth: allies must spend more",
        "body": "Allies must spend far more on their armed forces, the U.S. defence secretary said.",
        "datum": "Feb 12, 2025 3:00 PM",
        "outlet": "reuters.com",
    },
    {
        "id": "sp-1",
        "headline": "Pistorius bleibt gelassen",
        "body": "Der Verteidigungsminister verweist auf die gestiegenen Ausgaben der Bundeswehr.",
        "datum": "13. Februar 2025",
        "outlet": "spiegel.de",
    },
]


def quiet_read(*args, **kwargs):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        return read_corpus(*args, **kwargs)


def write_csv(path, sep=","):
    import csv

    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter=sep)
        w.writerow(["id", "headline", "body", "datum", "outlet", "ressort"])
        for i, a in enumerate(ARTICLES):
            w.writerow([a["id"], a["headline"], a["body"], a["datum"], a["outlet"], f"r{i}"])


def check_articles(docs):
    validate(docs, "docs")
    assert docs["doc_id"].tolist() == ["tg-1", "rt-1", "sp-1"]
    assert docs["title"].tolist() == [a["headline"] for a in ARTICLES]
    assert docs["text"].tolist() == [a["body"] for a in ARTICLES]
    assert docs["source"].tolist() == ["tagesschau.de", "reuters.com", "spiegel.de"]
    assert docs["published"].tolist() == [
        pd.Timestamp("2025-02-12", tz="UTC"),
        pd.Timestamp("2025-02-12 15:00", tz="UTC"),
        pd.Timestamp("2025-02-13", tz="UTC"),
    ]
    assert docs["lang"].tolist() == ["de", "en", "de"]


@pytest.mark.parametrize(
    ("name", "sep"), [("a.csv", ","), ("b.csv", ";"), ("c.tsv", "\t"), ("d.csv", "|")]
)
def test_csv_detects_separator_and_names(tmp_path, name, sep):
    write_csv(tmp_path / name, sep)
    docs = quiet_read(tmp_path / name)
    check_articles(docs)
    assert docs["ressort"].tolist() == ["r0", "r1", "r2"]  # unknown columns kept


def test_csv_wrong_field_count_reported_with_line_and_rest_loads(tmp_path):
    text = (
        "id,title,text\n"
        "1,Eins,Erster Text über die Nato.\n"
        '2,Zwei,"Zweiter Text,\nüber zwei Zeilen."\n'
        "3,Drei,zu,viele,Felder\n"
        "4,Vier,Vierter Text.\n"
    )
    (tmp_path / "x.csv").write_text(text, encoding="utf-8")
    with pytest.warns(UserWarning, match="1 fields"):
        docs = read_corpus(tmp_path / "x.csv", lang="de")
    assert docs["doc_id"].tolist() == ["1", "2", "4"]
    assert docs["text"].iloc[1] == "Zweiter Text,\nüber zwei Zeilen."
    report = load_report(docs)
    assert report[["line", "problem", "action"]].values.tolist() == [[5, "fields", "skipped"]]
    assert (
        "expected 3 fields" in report["message"].iloc[0] and "found 5" in report["message"].iloc[0]
    )


def test_explicit_columns_and_constant_source(tmp_path):
    (tmp_path / "x.csv").write_text(
        "Nr;Artikeltext;Erschienen;Partei;Sprecher\n"
        "7;Wir brauchen eine starke Bundeswehr.;12.02.2025;SPD;Pistorius\n",
        encoding="utf-8",
    )
    docs = quiet_read(
        tmp_path / "x.csv",
        text="Artikeltext",
        date="Erschienen",
        id="Nr",
        source="Bundestag",
        columns={"Partei": "party", "Sprecher": "speaker"},
        lang="Deutsch",
    )
    validate(docs, "docs")
    row = docs.iloc[0]
    assert (row["doc_id"], row["source"], row["party"], row["speaker"], row["lang"]) == (
        "7", "Bundestag", "SPD", "Pistorius", "de",
    )  # fmt: skip
    assert row["published"] == pd.Timestamp("2025-02-12", tz="UTC")


def test_missing_text_column_is_reported(tmp_path):
    (tmp_path / "x.csv").write_text("id,note\n1,hallo\n2,welt\n", encoding="utf-8")
    with pytest.warns(UserWarning, match="missing_text_column"):
        docs = read_corpus(tmp_path / "x.csv")
    assert len(docs) == 0
    validate(docs, "docs")
    report = load_report(docs)
    assert report["problem"].tolist() == ["missing_text_column"]
    assert "2 record" in report["message"].iloc[0]


def test_huge_csv_field(tmp_path):
    big = "Nato " * 60_000  # 300,000 characters, above the csv module's default limit
    (tmp_path / "x.csv").write_text(f"id,text\n1,{big}\n", encoding="utf-8")
    docs = quiet_read(tmp_path / "x.csv", lang="de")
    assert docs["text"].iloc[0] == big.strip()


def test_jsonl_malformed_line_number(tmp_path):
    lines = [json.dumps(a, ensure_ascii=False) for a in ARTICLES]
    content = (
        lines[0] + "\n\n" + '{"id": "x", "body": "kaputt"\n' + "[1, 2]\n" + "\n".join(lines[1:])
    )
    (tmp_path / "a.jsonl").write_text(content + "\n", encoding="utf-8")
    with pytest.warns(UserWarning, match="2 json"):
        docs = read_corpus(tmp_path / "a.jsonl")
    check_articles(docs)
    report = load_report(docs)
    assert report["line"].tolist() == [3, 4]
    assert report["problem"].tolist() == ["json", "json"]
    assert "expected an object" in report["message"].iloc[1]


def test_jsonl_nested_dotted_paths(tmp_path):
    recs = [
        {"meta": {"published": "2025-02-12T10:00:00+01:00", "by": {"name": "A. Autor"}},
         "content": {"body": "Die Nato berät in Brüssel über das Fünf-Prozent-Ziel."}},
    ]  # fmt: skip
    (tmp_path / "n.jsonl").write_text("\n".join(json.dumps(r) for r in recs), encoding="utf-8")
    docs = quiet_read(tmp_path / "n.jsonl", text="content.body", date="meta.published")
    assert docs["text"].tolist() == [recs[0]["content"]["body"]]
    assert docs["published"].iloc[0] == pd.Timestamp("2025-02-12 09:00", tz="UTC")
    assert docs["meta.by.name"].tolist() == ["A. Autor"]


def test_jsonl_types_of_extra_columns(tmp_path):
    recs = [
        {"text": "Erster Text.", "n": 1, "x": 1.5, "ok": True, "tags": ["a", "b"]},
        {"text": "Zweiter Text.", "n": None, "x": None, "ok": None, "tags": None},
    ]
    (tmp_path / "t.jsonl").write_text("\n".join(json.dumps(r) for r in recs), encoding="utf-8")
    docs = quiet_read(tmp_path / "t.jsonl", lang="de")
    assert str(docs["n"].dtype) == "Int64" and str(docs["ok"].dtype) == "boolean"
    assert docs["x"].dtype == "float64" and pd.isna(docs["x"].iloc[1])
    assert json.loads(docs["tags"].iloc[0]) == ["a", "b"]


def test_json_document_with_records(tmp_path):
    doc = {"meta": {"count": 3}, "data": {"articles": ARTICLES}}
    (tmp_path / "a.json").write_text(json.dumps(doc), encoding="utf-8")
    check_articles(quiet_read(tmp_path / "a.json", records="data.articles"))
    (tmp_path / "b.json").write_text(json.dumps({"articles": ARTICLES}), encoding="utf-8")
    check_articles(quiet_read(tmp_path / "b.json"))
    (tmp_path / "c.json").write_text(json.dumps(ARTICLES, indent=2), encoding="utf-8")
    check_articles(quiet_read(tmp_path / "c.json"))


def test_json_malformed_reports_line(tmp_path):
    (tmp_path / "a.json").write_text('[\n {"text": "a"},\n {"text": }\n]', encoding="utf-8")
    with pytest.warns(UserWarning):
        docs = read_corpus(tmp_path / "a.json")
    assert load_report(docs)[["line", "problem"]].values.tolist() == [[3, "json"]]


def test_parquet(tmp_path):
    frame = pd.DataFrame(ARTICLES)
    frame["n_words"] = [12, 14, 11]
    frame.to_parquet(tmp_path / "a.parquet")
    docs = quiet_read(tmp_path / "a.parquet")
    check_articles(docs)
    assert docs["n_words"].tolist() == [12, 14, 11] and docs["n_words"].dtype == "int64"


def test_headerless_csv(tmp_path):
    (tmp_path / "g.csv").write_text(
        "Inland;'Die Regierung in Wien plant, das Budget für das Bundesheer zu erhöhen.'\n"
        "Sport;'Rapid gewinnt 2:0.'\n",
        encoding="utf-8",
    )
    docs = quiet_read(tmp_path / "g.csv", header=False, names=["label", "text"], quotechar="'")
    assert docs["label"].tolist() == ["Inland", "Sport"]
    assert docs["text"].iloc[0].startswith("Die Regierung in Wien plant, das Budget")


@pytest.mark.shared
def test_gnad_real_articles(shared_data):
    path = shared_data / "gnad" / "test.csv"
    docs = read_corpus(path, sep=";", quotechar="'", header=False, names=["label", "text"],
                       errors="raise")  # fmt: skip
    validate(docs, "docs")
    assert len(docs) == 1028
    assert (docs["lang"] == "de").all()
    assert docs["source"].unique().tolist() == ["gnad"]
    assert docs["label"].nunique() == 9


def test_cp1252_csv_decoded_line_by_line(tmp_path):
    rows = [
        "id;text",
        "1;Plain ASCII first line.",
        "2;Noch ASCII.",
        "3;Größere Ausgaben für „Verteidigung“: 5 €.",
    ]
    (tmp_path / "alt.csv").write_bytes("\r\n".join(rows).encode("cp1252") + b"\r\n")
    docs = quiet_read(tmp_path / "alt.csv", lang="de")
    assert docs["text"].tolist() == [r.split(";", 1)[1] for r in rows[1:]]


def test_jsonl_broken_utf8_byte_line_reported(tmp_path):
    good = json.dumps({"text": "Über die Nato."}, ensure_ascii=False).encode()
    bad = b'{"text": "kaputt \xff hier"}'
    (tmp_path / "b.jsonl").write_bytes(
        good + b"\n" + bad + b"\n" + good.replace(b"Nato", b"EU") + b"\n"
    )
    with pytest.warns(UserWarning, match="encoding"):
        docs = read_corpus(tmp_path / "b.jsonl", lang="de")
    assert docs["text"].tolist() == ["Über die Nato.", "kaputt \ufffd hier", "Über die EU."]
    report = load_report(docs)
    assert report[["line", "problem", "action"]].values.tolist() == [[2, "encoding", "loaded"]]


@pytest.mark.shared
def test_english_speeches_detected_as_english(shared_data):
    docs = read_corpus(shared_data / "ungd" / "session78_2023", errors="raise")
    assert len(docs) == 192
    assert (docs["lang"] == "en").all()
    assert docs["source"].unique().tolist() == ["session78_2023"]
    assert docs["published"].isna().all()


def test_parquet_nested_in_zip_and_chunked(tmp_path):
    import zipfile

    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.table(
        {
            "content": ["Die Nato berät in Brüssel.", "Allies meet in Brussels.", "Dritter Text."],
            "meta": [{"published": "2025-02-12", "rank": 1}, {"published": None, "rank": None},
                     {"published": "13.02.2025", "rank": 3}],
        }
    )  # fmt: skip
    buf = pa.BufferOutputStream()
    pq.write_table(table, buf, row_group_size=1)
    with zipfile.ZipFile(tmp_path / "p.zip", "w") as zf:
        zf.writestr("dump/part-0.parquet", buf.getvalue().to_pybytes())
    docs = quiet_read(tmp_path / "p.zip", date="meta.published", lang="de")
    assert docs["text"].tolist() == table.column("content").to_pylist()
    assert str(docs["meta.rank"].dtype) == "Int64" and docs["meta.rank"].tolist()[0] == 1
    assert docs["published"].iloc[2] == pd.Timestamp("2025-02-13", tz="UTC")
    assert docs["source"].unique().tolist() == ["dump"]
    chunks = list(read_corpus(tmp_path / "p.zip", date="meta.published", lang="de", chunksize=2))
    pd.testing.assert_frame_equal(pd.concat(chunks, ignore_index=True), docs)


def test_lone_surrogate_escapes_replaced_and_reported(tmp_path):
    (tmp_path / "s.jsonl").write_text(
        '{"text": "kaputt \\ud800 hier", "tags": ["\\udfff"]}\n'
        '{"text": "Emoji \\ud83c\\udf89 ist ein gültiges Paar."}\n',
        encoding="utf-8",
    )
    with pytest.warns(UserWarning, match="encoding"):
        docs = read_corpus(tmp_path / "s.jsonl", lang="de")
    assert docs["text"].tolist() == ["kaputt \ufffd hier", "Emoji 🎉 ist ein gültiges Paar."]
    assert json.loads(docs["tags"].iloc[0]) == ["\ufffd"]
    assert load_report(docs)[["line", "problem"]].values.tolist() == [[1, "encoding"]]
    (tmp_path / "s.json").write_text('[\n{"text": "a"},\n{"text": "b \\uDBFF"}\n]', "utf-8")
    with pytest.warns(UserWarning, match="encoding"):
        docs = read_corpus(tmp_path / "s.json", lang="de")
    assert docs["text"].tolist() == ["a", "b \ufffd"]
    assert load_report(docs)[["line", "problem"]].values.tolist() == [[3, "encoding"]]

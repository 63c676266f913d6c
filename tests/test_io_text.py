"""Folders of .txt/.md files: sidecars, front matter, encodings, ids, languages, sources."""

from __future__ import annotations

import json
import warnings

import pandas as pd
import pytest

from discourse.io import load_report, read_corpus
from discourse.schema import validate

DE = (
    "Die Verteidigungsminister der Nato haben in Brüssel über höhere Ausgaben beraten.\n\n"
    "Bundesverteidigungsminister Boris Pistorius sagte, Deutschland werde seinen Beitrag leisten. "
    "Über ein neues Ziel soll beim Gipfel im Sommer entschieden werden."
)
EN = (
    "NATO defence ministers met in Brussels on Wednesday to discuss higher spending.\n\n"
    "U.S. Defense Secretary Pete Hegseth said that two percent of GDP was no longer enough "
    "and that allies had to do more for their own security."
)
# a cp1252 text with umlauts, sharp s, German quotes and the euro sign
CP1252 = "Für die Bundeswehr: „Wir müssen mehr tun“, sagte er. Kosten: 100 Mrd. € – Straße, Größe."


def quiet_read(*args, **kwargs):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        return read_corpus(*args, **kwargs)


@pytest.fixture
def folder(tmp_path):
    root = tmp_path / "tagesschau"
    root.mkdir()
    (root / "b_nato.txt").write_text(DE + "\n", encoding="utf-8")
    (root / "a_hegseth.txt").write_text(EN, encoding="utf-8")
    (root / "metadata.csv").write_text(
        "file,title,date,author\n"
        "a_hegseth.txt,Hegseth wants more,2025-02-12T10:00:00Z,Jane Doe\n"
        "b_nato,Nato berät,12. Februar 2025,\n",
        encoding="utf-8",
    )
    return root


def test_folder_with_sidecar_csv(folder):
    docs = quiet_read(folder)
    validate(docs, "docs")
    assert list(docs.columns[:6]) == ["doc_id", "source", "published", "title", "text", "lang"]
    assert isinstance(docs.index, pd.RangeIndex)
    # files sorted by path: a_ before b_
    assert docs["title"].tolist() == ["Hegseth wants more", "Nato berät"]
    assert docs["published"].tolist() == [
        pd.Timestamp("2025-02-12 10:00", tz="UTC"),
        pd.Timestamp("2025-02-12", tz="UTC"),
    ]
    assert docs["lang"].tolist() == ["en", "de"]
    assert docs["source"].tolist() == ["tagesschau", "tagesschau"]  # the folder name
    assert docs["author"].iloc[0] == "Jane Doe" and pd.isna(docs["author"].iloc[1])
    assert docs["text"].iloc[1] == DE  # paragraphs kept, trailing newline stripped
    assert "\n\n" in docs["text"].iloc[1]
    assert str(docs["published"].dtype) == "datetime64[ns, UTC]"
    assert len(load_report(docs)) == 0


def test_doc_id_is_stable_and_documented(folder):
    import hashlib

    first = read_corpus(folder)["doc_id"].tolist()
    second = read_corpus(folder)["doc_id"].tolist()
    assert first == second
    expected = hashlib.sha1(f"tagesschau\x1f{EN}".encode()).hexdigest()[:16]
    assert first[0] == expected


def test_front_matter_and_per_file_json(tmp_path):
    root = tmp_path / "blog"
    root.mkdir()
    (root / "post.md").write_text(
        "---\ntitle: Zwei Prozent reichen nicht\ndate: 2025-02-13\nsource: spiegel.de\n"
        "tags: [nato, bundeswehr]\n---\n" + DE,
        encoding="utf-8",
    )
    (root / "speech.txt").write_text(EN, encoding="utf-8")
    (root / "speech.json").write_text(
        json.dumps({"title": "Remarks", "speaker": "Pete Hegseth", "party": "R"}), encoding="utf-8"
    )
    docs = quiet_read(root)
    assert docs["title"].tolist() == ["Zwei Prozent reichen nicht", "Remarks"]
    assert docs["source"].tolist() == ["spiegel.de", "blog"]
    assert docs["text"].iloc[0] == DE  # the front matter is not part of the text
    assert docs["published"].iloc[0] == pd.Timestamp("2025-02-13", tz="UTC")
    assert docs["speaker"].tolist()[1] == "Pete Hegseth"
    assert json.loads(docs["tags"].iloc[0]) == ["nato", "bundeswehr"]
    validate(docs, "docs")


def test_broken_front_matter_is_reported_text_still_loads(tmp_path):
    (tmp_path / "x.md").write_text("---\ntitle: [unclosed\n---\n" + DE, encoding="utf-8")
    with pytest.warns(UserWarning, match="front_matter"):
        docs = read_corpus(tmp_path)
    assert docs["text"].tolist() == [DE]
    report = load_report(docs)
    assert report["problem"].tolist() == ["front_matter"]
    assert report["action"].tolist() == ["loaded"]


def test_cp1252_file_decodes_exactly(tmp_path):
    (tmp_path / "alt.txt").write_bytes(CP1252.encode("cp1252"))
    docs = quiet_read(tmp_path)
    assert docs["text"].tolist() == [CP1252]


def test_utf8_with_broken_byte_is_reported(tmp_path):
    data = (
        ("Erste Zeile über die Nato.\nZweite Zeile ").encode() + b"\xff" + " für mehr.\n".encode()
    )
    (tmp_path / "kaputt.txt").write_bytes(data)
    with pytest.warns(UserWarning, match="encoding"):
        docs = read_corpus(tmp_path)
    assert docs["text"].iloc[0] == "Erste Zeile über die Nato.\nZweite Zeile \ufffd für mehr."
    report = load_report(docs)
    assert report[["problem", "line", "action"]].values.tolist() == [["encoding", 2, "loaded"]]
    assert "1 undecodable" in report["message"].iloc[0]


def test_utf16_and_bom(tmp_path):
    (tmp_path / "a.txt").write_bytes(DE.encode("utf-16"))
    (tmp_path / "b.txt").write_bytes(b"\xef\xbb\xbf" + EN.encode())
    docs = quiet_read(tmp_path)
    assert docs["text"].tolist() == [DE, EN]


def test_text_normalisation(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"  Zeile eins\r\nZeile\x00 zwei\r\rAbsatz\x07 drei\t!  \n\n")
    docs = quiet_read(tmp_path, lang="de")
    assert docs["text"].tolist() == ["Zeile eins\nZeile zwei\n\nAbsatz drei\t!"]
    assert docs["lang"].tolist() == ["de"]


def test_empty_text_is_skipped_and_reported(tmp_path):
    (tmp_path / "empty.txt").write_text("  \n\n \x00", encoding="utf-8")
    (tmp_path / "full.txt").write_text(EN, encoding="utf-8")
    with pytest.warns(UserWarning, match="1 empty_text"):
        docs = read_corpus(tmp_path)
    assert docs["text"].tolist() == [EN]
    report = load_report(docs)
    assert report["problem"].tolist() == ["empty_text"]
    assert report["file"].iloc[0].endswith("empty.txt")


def test_lang_from_metadata_is_normalised(tmp_path):
    (tmp_path / "a.txt").write_text("---\nlanguage: German\n---\nShort.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("---\nlang: en-GB\n---\nKurz.", encoding="utf-8")
    docs = quiet_read(tmp_path)
    assert docs["lang"].tolist() == ["de", "en"]


def test_detect_lang_false_leaves_na(folder):
    docs = quiet_read(folder, detect_lang=False)
    assert docs["lang"].isna().all()
    validate(docs, "docs")


def test_recursive_and_hidden(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "top.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "sub" / "inner.txt").write_text(DE, encoding="utf-8")
    (tmp_path / ".git" / "x.txt").write_text("hidden", encoding="utf-8")
    assert quiet_read(tmp_path)["source"].tolist() == ["sub", tmp_path.name]
    assert quiet_read(tmp_path, recursive=False)["text"].tolist() == [EN]


def test_explicit_encoding(tmp_path):
    (tmp_path / "a.txt").write_bytes("Größe und Maß.".encode("latin-1"))
    assert quiet_read(tmp_path, encoding="latin-1", lang="de")["text"].tolist() == [
        "Größe und Maß."
    ]
    (tmp_path / "a.txt").write_bytes("Größe".encode())
    with pytest.warns(UserWarning, match="encoding"):
        docs = read_corpus(tmp_path, encoding="ascii", lang="de")
    assert docs["text"].iloc[0].startswith("Gr\ufffd")

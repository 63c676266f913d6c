"""Archives (zip, tar.gz, gz), globs and lists of paths."""

from __future__ import annotations

import gzip
import io
import json
import tarfile
import warnings
import zipfile

import pandas as pd
import pytest

from discourse.io import load_report, read_corpus
from discourse.schema import validate

DE = "Die Nato-Verteidigungsminister beraten in Brüssel über höhere Ausgaben für die Bündnisverteidigung."
EN = "NATO defence ministers discuss higher spending on collective defence in Brussels this week."


def quiet_read(*args, **kwargs):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        return read_corpus(*args, **kwargs)


def make_zip(path, members: dict[str, bytes]) -> None:
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in members.items():
            zf.writestr(zipfile.ZipInfo(name), data)


def test_zip_with_text_folder_and_metadata(tmp_path):
    make_zip(
        tmp_path / "corpus.zip",
        {
            "korpus/metadata.csv": b"file,title,date\na.txt,Nato,12.02.2025\nb.txt,NATO,2025-02-13\n",
            "korpus/b.txt": EN.encode(),
            "korpus/a.txt": DE.encode(),
            "rows.jsonl": json.dumps({"id": "j1", "text": EN + " More."}).encode(),
        },
    )
    docs = quiet_read(tmp_path / "corpus.zip")
    validate(docs, "docs")
    assert docs["text"].tolist() == [DE, EN, EN + " More."]
    assert docs["title"].tolist()[:2] == ["Nato", "NATO"]
    assert docs["published"].iloc[0] == pd.Timestamp("2025-02-12", tz="UTC")
    assert docs["source"].tolist() == ["korpus", "korpus", "corpus"]  # member folder, else archive


def test_zip_unsafe_members_are_reported(tmp_path):
    make_zip(
        tmp_path / "evil.zip",
        {
            "../evil.txt": b"evil",
            "/abs.txt": b"absolute",
            "C:/win.txt": b"drive",
            "ok.txt": EN.encode(),
        },
    )
    with pytest.warns(UserWarning, match="3 unsafe_path"):
        docs = read_corpus(tmp_path / "evil.zip")
    assert docs["text"].tolist() == [EN]
    report = load_report(docs)
    assert sorted(report["file"].str.split("!").str[1]) == ["../evil.txt", "/abs.txt", "C:/win.txt"]
    assert set(report["problem"]) == {"unsafe_path"} and set(report["action"]) == {"skipped"}
    assert not (tmp_path.parent / "evil.txt").exists()


def test_tar_gz_and_report_names(tmp_path):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tf:
        for name, data in {"x/a.txt": DE.encode(), "x/empty.txt": b"   "}.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
        link = tarfile.TarInfo("x/link.txt")
        link.type = tarfile.SYMTYPE
        link.linkname = "/etc/passwd"
        tf.addfile(link)
    (tmp_path / "set.tar.gz").write_bytes(buf.getvalue())
    with pytest.warns(UserWarning):
        docs = read_corpus(tmp_path / "set.tar.gz")
    assert docs["text"].tolist() == [DE]
    report = load_report(docs)
    got = dict(zip(report["problem"], report["file"].str.split("!").str[1], strict=True))
    assert got == {"empty_text": "x/empty.txt", "unsafe_path": "x/link.txt"}


def test_jsonl_gz_is_streamed(tmp_path):
    lines = [json.dumps({"id": str(i), "text": f"{EN} Nummer {i}."}) for i in range(50)]
    lines[10] = "{kaputt"
    with gzip.open(tmp_path / "big.jsonl.gz", "wt", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    with pytest.warns(UserWarning):
        docs = read_corpus(tmp_path / "big.jsonl.gz", lang="en")
    assert len(docs) == 49
    report = load_report(docs)
    assert report[["line", "problem"]].values.tolist() == [[11, "json"]]
    assert report["file"].iloc[0].endswith("big.jsonl.gz")


def test_csv_gz(tmp_path):
    with gzip.open(tmp_path / "t.csv.gz", "wt", encoding="utf-8") as f:
        f.write(f"id;text\n1;{DE}\n")
    assert quiet_read(tmp_path / "t.csv.gz")["text"].tolist() == [DE]


def test_bad_archive_is_reported(tmp_path):
    (tmp_path / "broken.zip").write_bytes(b"PK\x03\x04 not really a zip")
    (tmp_path / "ok.txt").write_text(EN, encoding="utf-8")
    with pytest.warns(UserWarning, match="unreadable"):
        docs = read_corpus(tmp_path)
    assert docs["text"].tolist() == [EN]


def test_glob_and_list(tmp_path):
    for i, text in enumerate([DE, EN]):
        (tmp_path / f"{i}.txt").write_text(text, encoding="utf-8")
    (tmp_path / "n.jsonl").write_text(json.dumps({"text": EN + " Jsonl."}), encoding="utf-8")
    assert quiet_read(str(tmp_path / "*.txt"))["text"].tolist() == [DE, EN]
    docs = quiet_read([tmp_path / "n.jsonl", str(tmp_path / "0.*")])
    assert docs["text"].tolist() == [EN + " Jsonl.", DE]


def test_missing_paths_raise(tmp_path):
    with pytest.raises(FileNotFoundError, match="does not exist"):
        read_corpus(tmp_path / "nope.csv")
    with pytest.raises(FileNotFoundError, match="matches no file"):
        read_corpus(str(tmp_path / "*.nothing"))


def test_unknown_extension_reported(tmp_path):
    (tmp_path / "a.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    with pytest.warns(UserWarning, match="unsupported_format"):
        docs = read_corpus(tmp_path)
    assert len(docs) == 1
    # format= forces a reader for every file
    (tmp_path / "rows.data").write_text(json.dumps({"text": DE}), encoding="utf-8")
    assert quiet_read(tmp_path / "rows.data", format="jsonl")["text"].tolist() == [DE]

"""Fixes from the usability review: invisible characters, restricted language detection,
orphan sidecar rows, write_corpus and attrs, one source per feed, month-year dates."""

from __future__ import annotations

import json
import warnings
import zipfile

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import discourse
from discourse.io import detect_lang, load_report, parse_date, read_corpus, write_corpus
from discourse.io._arrowtext import clean_strings
from discourse.io._read import read_all
from discourse.io._records import INVISIBLE, Options, clean_text
from discourse.schema import validate

INVISIBLE_TEXT = (
    "Die Nato-Staaten wollen ihre Verteidigungs\xadausgaben erhöhen. "
    "Die Verteidigungs\u200bausgaben steigen, die Rüstungs\u2060ausgaben auch.\r\n\r\n"
    "Mehr Geld für die Bundes\xadwehr\u200c, sagte der Minister\u200d.\ufeff"
)
CLEAN_TEXT = (
    "Die Nato-Staaten wollen ihre Verteidigungsausgaben erhöhen. "
    "Die Verteidigungsausgaben steigen, die Rüstungsausgaben auch.\n\n"
    "Mehr Geld für die Bundeswehr, sagte der Minister."
)


def quiet_read(*args, **kwargs):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        return read_corpus(*args, **kwargs)


# --- 1. soft hyphens and zero-width characters ---------------------------------------


def _write(tmp_path, fmt: str) -> object:
    title = "Verteidigungs\xadausgaben\u200b steigen"
    record = {"id": "a", "title": title, "text": INVISIBLE_TEXT, "lang": "de"}
    if fmt == "txt":
        path = tmp_path / "a.txt"
        path.write_text(INVISIBLE_TEXT, encoding="utf-8")
    elif fmt == "csv":
        path = tmp_path / "a.csv"
        pd.DataFrame([record]).to_csv(path, index=False)
    elif fmt == "jsonl":
        path = tmp_path / "a.jsonl"
        path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    elif fmt == "parquet":
        path = tmp_path / "a.parquet"
        pq.write_table(pa.Table.from_pylist([record]), path)
    elif fmt == "html":
        path = tmp_path / "a.html"
        paragraphs = INVISIBLE_TEXT.replace("\xad", "&shy;").split("\r\n\r\n")
        body = "".join(f"<p>{p}</p>" for p in paragraphs)
        path.write_text(
            f'<html lang="de"><head><title>t</title></head><body><article><h1>Nato</h1>'
            f"{body}</article></body></html>",
            encoding="utf-8",
        )
    else:
        path = tmp_path / "a.rss"
        path.write_text(
            '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            "<title>T</title><link>https://www.example.de/</link><item>"
            f"<title>{title}</title><link>https://www.example.de/a</link>"
            f"<description>{INVISIBLE_TEXT}</description></item></channel></rss>",
            encoding="utf-8",
        )
    return path


@pytest.mark.parametrize("fmt", ["txt", "csv", "jsonl", "parquet", "html", "feed"])
def test_invisible_characters_are_removed_in_every_format(tmp_path, fmt):
    docs = quiet_read(_write(tmp_path, fmt), lang="de")
    text = docs["text"].iloc[0]
    assert not set(text) & set(INVISIBLE)
    assert "Verteidigungsausgaben erhöhen" in text and "Bundeswehr, sagte" in text
    if fmt in ("txt", "csv", "jsonl", "parquet"):
        assert text == CLEAN_TEXT
    if fmt in ("csv", "jsonl", "parquet", "feed"):
        assert docs["title"].iloc[0] == "Verteidigungsausgaben steigen"


def test_compounds_with_soft_hyphens_are_found_with_valid_offsets(tmp_path):
    docs = quiet_read(_write(tmp_path, "jsonl"))
    matches = discourse.find_terms(discourse.split_sentences(docs))
    spending = matches[matches["concept"] == "defence_spending"]
    assert spending["match"].tolist()[:3] == [
        "Verteidigungsausgaben",
        "Verteidigungsausgaben",
        "Rüstungsausgaben",
    ]
    text = docs["text"].iloc[0]
    for row in matches.itertuples():
        assert text[row.start : row.end] == row.match


def test_invisible_characters_same_on_both_paths(tmp_path):
    texts = [
        INVISIBLE_TEXT,
        "\u200b",
        "\ufeff Nur\xad Rand \u2060",
        "Emoji 👨\u200d👩\u200d👧 hier",
    ]
    pq.write_table(pa.table({"text": texts}), tmp_path / "t.parquet")
    slow = read_all([tmp_path / "t.parquet"], Options(vectorised=False, lang="de"), "ignore")
    fast = read_all([tmp_path / "t.parquet"], Options(vectorised=True, lang="de"), "ignore")
    pd.testing.assert_frame_equal(fast, slow)
    pd.testing.assert_frame_equal(load_report(fast), load_report(slow))
    assert fast["text"].tolist() == [CLEAN_TEXT, "Nur Rand", "Emoji 👨👩👧 hier"]
    assert load_report(fast)["problem"].tolist() == ["empty_text"]


ALPHABET = "a ä\r\n\x00€„" + INVISIBLE  # one-, two- and three-byte neighbours


@settings(max_examples=80, deadline=None)
@given(st.lists(st.one_of(st.none(), st.text(alphabet=ALPHABET, max_size=10))))
def test_clean_strings_drops_invisible_characters_like_clean_text(values):
    arr = pa.array(values, pa.large_string())
    got = clean_strings(arr).to_pylist()
    assert got == [clean_text(v) for v in values]
    assert not any(set(v) & set(INVISIBLE) for v in got)
    if len(values) > 1:  # a slice starts inside the buffers
        assert clean_strings(arr.slice(1)).to_pylist() == got[1:]


# --- 2. language detection restricted to a set of languages ----------------------------

SHORT = ["Die Nato tagt.", "NATO meets in Brussels.", "Die Ukraine fordert Hilfe."]


@pytest.fixture
def teasers(tmp_path):
    path = tmp_path / "teaser.jsonl"
    rows = [{"id": f"t{i}", "text": t} for i, t in enumerate(SHORT)]
    rows.append({"id": "t3", "text": "La Nato se réunit.", "lang": "fr"})
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    return path


@pytest.mark.parametrize("langs", [("de", "en"), ["German", "english", "de"]])
def test_read_corpus_langs_restricts_detection(teasers, langs):
    docs = quiet_read(teasers, langs=langs)
    validate(docs, "docs")
    # without langs= the first three are detected as af, af and da (py3langid 0.4)
    assert docs["lang"].tolist() == ["de", "en", "de", "fr"]  # a given lang is kept


def test_read_corpus_langs_same_on_both_paths(teasers):
    opts = {"langs": ("de", "en")}
    slow = read_all([teasers], Options(vectorised=False, **opts), "ignore")
    fast = read_all([teasers], Options(vectorised=True, **opts), "ignore")
    pd.testing.assert_frame_equal(fast, slow)
    chunks = list(read_corpus(teasers, langs=("de", "en"), chunksize=2))
    assert pd.concat(chunks)["lang"].tolist() == ["de", "en", "de", "fr"]


def test_detect_lang_langs():
    assert [detect_lang(t, langs=("de", "en")) for t in SHORT] == ["de", "en", "de"]
    assert detect_lang("NATO meets in Brussels.", langs=["de"]) == "de"
    long_en = "The defence ministers of NATO met in Brussels on Wednesday. " * 20
    assert detect_lang(long_en, langs=("de", "en")) == "en"
    # the restricted copy leaves the full model alone
    assert detect_lang("La Nato se réunit à Bruxelles pour discuter des dépenses.") == "fr"


@pytest.mark.parametrize(
    ("langs", "error", "match"),
    [
        ("de", TypeError, "langs must be a list"),
        (("de", "xx"), ValueError, "langs: 'xx' is not a language"),
        ((), ValueError, "at least one language"),
    ],
)
def test_read_corpus_langs_errors(teasers, langs, error, match):
    with pytest.raises(error, match=match):
        read_corpus(teasers, langs=langs)


# --- 3. sidecar rows that name no file -------------------------------------------------


def _side_folder(root):
    root.mkdir()
    (root / "artikel_1.txt").write_text("Pistorius sagte in Berlin, es gehe voran.", "utf-8")
    (root / "artikel_2.txt").write_text("Merz sagte in Berlin, das Ziel gelte.", "utf-8")
    (root / "Kurz.TXT").write_text("Ein kurzer Text über die Nato.", "utf-8")
    (root / "metadata.csv").write_text(
        "file,date,source\n"
        "artikel_1.txt,12.02.2025,SZ\n"
        "artikel_02.txt,13.02.2025,FAZ\n"
        "Kurz.txt,14.02.2025,taz\n"  # matches Kurz.TXT by its stem, as the lookup does
        "artikel_2,14.02.2025,Welt\n"
        "sub/artikel_1.txt,14.02.2025,Bild\n",
        encoding="utf-8",
    )
    return root


def test_sidecar_row_without_a_file_is_reported(tmp_path):
    root = _side_folder(tmp_path / "side")
    with pytest.warns(discourse.CorpusWarning, match="2 sidecar"):
        docs = read_corpus(root, lang="de")
    assert docs["source"].tolist() == ["taz", "SZ", "Welt"]
    report = load_report(docs)
    assert report["file"].tolist() == [str(root / "metadata.csv")] * 2
    assert report["line"].tolist() == [3, 6]
    assert report["problem"].tolist() == ["sidecar", "sidecar"]
    assert report["action"].tolist() == ["skipped", "skipped"]
    assert "'artikel_02.txt'" in report["message"].iloc[0]
    assert "'sub/artikel_1.txt'" in report["message"].iloc[1]


def test_sidecar_row_without_a_file_is_reported_in_archives(tmp_path):
    root = _side_folder(tmp_path / "side")
    with zipfile.ZipFile(tmp_path / "a.zip", "w") as zf:
        for path in sorted(root.iterdir()):
            zf.write(path, f"side/{path.name}")
    with pytest.warns(discourse.CorpusWarning):
        docs = read_corpus(tmp_path / "a.zip", lang="de")
    report = load_report(docs)
    assert report["file"].tolist() == [f"{tmp_path / 'a.zip'}!side/metadata.csv"] * 2
    assert report["line"].tolist() == [3, 6]


def test_sidecar_json_object_with_unknown_name(tmp_path):
    (tmp_path / "a.txt").write_text("Die Nato tagt in Brüssel.", "utf-8")
    meta = {"a.txt": {"source": "SZ"}, "b.txt": {"source": "FAZ"}}
    (tmp_path / "metadata.json").write_text(json.dumps(meta), "utf-8")
    docs = read_corpus(tmp_path, lang="de", errors="ignore")
    assert docs["source"].tolist() == ["SZ"]
    report = load_report(docs)
    assert (report["problem"].tolist(), report["line"].tolist()) == (["sidecar"], [2])
    assert "'b.txt'" in report["message"].iloc[0]


# --- 4. write_corpus and attrs ---------------------------------------------------------


def test_write_corpus_parquet_without_attrs_warning(tmp_path):
    (tmp_path / "c.csv").write_text("id,text,date\na,Die Nato tagt.,kein Datum\n", "utf-8")
    docs = read_corpus(tmp_path / "c.csv", lang="de", errors="ignore")
    assert len(load_report(docs)) == 1
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        out = write_corpus(docs, tmp_path / "out.parquet")
    assert len(load_report(docs)) == 1  # the caller's table keeps its report
    assert pq.read_schema(out).pandas_metadata["attributes"] == {}
    back = quiet_read(out)
    pd.testing.assert_frame_equal(back, docs)


# --- 5. feeds: an entry without a link has the feed's source; url only for http(s) ---------

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Tagesschau</title><id>urn:x</id>
<updated>2025-02-12T10:00:00Z</updated>{feed_link}
<entry><title>A</title><id>urn:e1</id><updated>2025-02-12T10:00:00Z</updated>
<link href="https://www.tagesschau.de/a1"/><summary>Die Nato tagt in Brüssel.</summary></entry>
<entry><title>B</title><id>urn:e2</id><updated>2025-02-12T11:00:00Z</updated>
<summary>Pistorius sagte in Brüssel, Deutschland müsse mehr ausgeben.</summary></entry>
<entry><title>C</title><id>urn:e3</id><updated>2025-02-12T12:00:00Z</updated>
<link href="{third}"/><summary>Merz sagte, man brauche mehr Geld.</summary></entry>
</feed>"""


@pytest.mark.parametrize(
    ("feed_link", "third", "sources"),
    [
        # the link-less entry B: the host of the feed's link, of all entries, else the title;
        # an entry with a link keeps its host (an aggregator's entries keep their outlets)
        (
            '<link href="https://www.tagesschau.de/"/>',
            "https://www.ndr.de/c",
            ["tagesschau.de", "tagesschau.de", "ndr.de"],
        ),
        ("", "https://www.tagesschau.de/c", ["tagesschau.de"] * 3),
        ("", "https://www.ndr.de/c", ["tagesschau.de", "Tagesschau", "ndr.de"]),
    ],
)
def test_a_feed_entry_without_a_link_has_the_feeds_source(tmp_path, feed_link, third, sources):
    path = tmp_path / "f.atom"
    path.write_text(ATOM.format(feed_link=feed_link, third=third), encoding="utf-8")
    docs = quiet_read(path, lang="de")
    assert docs["source"].tolist() == sources
    assert docs["doc_id"].tolist() == ["urn:e1", "urn:e2", "urn:e3"]
    assert docs["url"].iloc[0] == "https://www.tagesschau.de/a1"
    assert pd.isna(docs["url"].iloc[1])
    assert docs["url"].iloc[2] == third


def test_rss_item_with_a_non_url_guid_has_no_url(tmp_path):
    path = tmp_path / "f.rss"
    path.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Example News</title>'
        "<link>https://www.example-news.de/</link>"
        "<item><guid>artikel-1</guid><description>Die Nato tagt.</description></item>"
        "<item><guid>https://www.other.de/2</guid><description>Merz spricht.</description></item>"
        "</channel></rss>",
        encoding="utf-8",
    )
    docs = quiet_read(path, lang="de")
    assert docs["source"].tolist() == ["example-news.de", "other.de"]
    assert pd.isna(docs["url"].iloc[0])
    assert docs["url"].iloc[1] == "https://www.other.de/2"


# --- 6. month-year dates; a slashed date against the order stays no date ----------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Februar 2025", "2025-02-01"),
        ("Feb. 2025", "2025-02-01"),
        ("märz 2025", "2025-03-01"),
        ("December, 2024", "2024-12-01"),
        ("Stand: Juni 2025", "2025-06-01"),
    ],
)
def test_month_and_year_is_the_first_of_the_month(value, expected):
    assert parse_date(value) == pd.Timestamp(expected, tz="UTC")


def test_month_and_year_in_a_time_zone_and_in_read_corpus(tmp_path):
    assert parse_date("Februar 2025", tz="Europe/Berlin") == parse_date(
        "1. Februar 2025", tz="Europe/Berlin"
    )
    (tmp_path / "c.csv").write_text("text,date\nDie Nato tagt.,Februar 2025\n", "utf-8")
    docs = quiet_read(tmp_path / "c.csv", lang="de")
    assert docs["published"].tolist() == [pd.Timestamp("2025-02-01", tz="UTC")]


def test_a_slashed_date_against_the_order_is_no_date():
    """Reading "12/13/2025" month first while "01/02/2025" is read day first would mix the
    orders of one column silently; the load report names the date instead."""
    assert parse_date("12/13/2025") is pd.NaT  # dayfirst=True, and 13 is no month
    assert parse_date("13/12/2025", dayfirst=False) is pd.NaT
    assert parse_date("01/02/2025") == pd.Timestamp("2025-02-01", tz="UTC")
    assert parse_date("01/02/2025", dayfirst=False) == pd.Timestamp("2025-01-02", tz="UTC")
    assert parse_date("Februar 25") is pd.NaT  # a two-digit year could be a day

"""Saved HTML article pages and RSS/Atom feeds, parsed offline."""

from __future__ import annotations

import warnings

import pandas as pd
import pytest

from discourse.io import load_report, read_corpus
from discourse.io._web import html_to_text
from discourse.schema import validate

P1 = (
    "US-Verteidigungsminister Pete Hegseth hat die Nato-Partner in Brüssel aufgefordert, ihre "
    "Verteidigungsausgaben deutlich zu erhöhen. Zwei Prozent des Bruttoinlandsprodukts reichten "
    "nicht mehr aus, sagte er beim Treffen der Verteidigungsminister."
)
P2 = (
    "Bundesverteidigungsminister Boris Pistorius reagierte zurückhaltend. Deutschland habe seine "
    "Ausgaben bereits stark gesteigert, sagte der SPD-Politiker. Über neue Ziele werde beim Gipfel "
    "im Sommer entschieden."
)
P3 = (
    "Auch andere Bündnispartner äußerten sich skeptisch. Spanien und Italien verwiesen auf ihre "
    "angespannten Haushalte und forderten mehr Zeit für die Umsetzung."
)
ARTICLE_HTML = f"""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8">
<title>Hegseth fordert fünf Prozent | tagesschau.de</title>
<meta property="og:title" content="Hegseth fordert fünf Prozent">
<meta property="og:site_name" content="tagesschau.de">
<meta property="og:url" content="https://www.tagesschau.de/ausland/hegseth-nato-100.html">
<link rel="canonical" href="https://www.tagesschau.de/ausland/hegseth-nato-100.html">
<meta name="author" content="Anna Schmidt">
<meta property="article:published_time" content="2025-02-12T10:00:00+01:00">
</head><body>
<nav><a href="/">Startseite</a> <a href="/inland">Inland</a> <a href="/ausland">Ausland</a></nav>
<article><h1>Hegseth fordert fünf Prozent</h1>
<p>{P1}</p>
<p>{P2}</p>
<p>{P3}</p>
</article>
<footer>© ARD-aktuell / tagesschau.de</footer>
</body></html>
"""
EMPTY_HTML = """<html><head><title>Startseite</title></head><body>
<nav><a href="/a">A</a> <a href="/b">B</a></nav><footer>Impressum</footer></body></html>"""

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Nachrichten aus aller Welt</title>
  <link>https://www.example-news.de/</link>
  <description>Die wichtigsten Meldungen</description>
  <item>
    <title>Nato streitet über Fünf-Prozent-Ziel</title>
    <link>https://www.example-news.de/nato-ziel-101.html</link>
    <guid isPermaLink="false">nato-ziel-101</guid>
    <pubDate>Wed, 12 Feb 2025 10:00:00 +0100</pubDate>
    <dc:creator>Anna Schmidt</dc:creator>
    <description>Kurzfassung.</description>
    <content:encoded><![CDATA[<p>Die Nato-Staaten streiten über ein neues Ausgabenziel.</p><p>Deutschland <b>zögert</b> noch.</p>]]></content:encoded>
  </item>
  <item>
    <title>Pistorius in Brüssel</title>
    <link>https://www.example-news.de/pistorius-102.html</link>
    <guid>https://www.example-news.de/pistorius-102.html</guid>
    <pubDate>Thu, 13 Feb 2025 08:30:00 GMT</pubDate>
    <description>&lt;p&gt;Der Verteidigungsminister trifft seine Amtskollegen.&lt;/p&gt;</description>
  </item>
</channel></rss>
"""
ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Defence Desk</title>
  <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
  <updated>2025-02-12T18:30:02Z</updated>
  <entry>
    <title>Hegseth tells allies to spend more</title>
    <link href="https://www.reuters.example/world/hegseth-allies"/>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <published>2025-02-12T15:00:00Z</published>
    <updated>2025-02-12T16:00:00Z</updated>
    <author><name>John Smith</name></author>
    <content type="html">&lt;p&gt;U.S. Defense Secretary Pete Hegseth said allies must spend five percent of GDP.&lt;/p&gt;&lt;p&gt;European ministers were sceptical.&lt;/p&gt;</content>
  </entry>
</feed>
"""


def quiet_read(*args, **kwargs):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        return read_corpus(*args, **kwargs)


def test_html_article(tmp_path):
    (tmp_path / "hegseth.html").write_text(ARTICLE_HTML, encoding="utf-8")
    docs = quiet_read(tmp_path / "hegseth.html")
    validate(docs, "docs")
    row = docs.iloc[0]
    assert row["text"] == f"{P1}\n\n{P2}\n\n{P3}"
    assert row["title"] == "Hegseth fordert fünf Prozent"
    assert row["source"] == "tagesschau.de"
    assert row["url"] == "https://www.tagesschau.de/ausland/hegseth-nato-100.html"
    assert row["author"] == "Anna Schmidt"
    assert row["published"] == pd.Timestamp("2025-02-12 09:00", tz="UTC")
    assert row["lang"] == "de"


def test_html_without_main_text(tmp_path):
    (tmp_path / "a.html").write_text(ARTICLE_HTML, encoding="utf-8")
    (tmp_path / "index.html").write_text(EMPTY_HTML, encoding="utf-8")
    with pytest.warns(UserWarning, match="no_main_text"):
        docs = read_corpus(tmp_path)
    assert len(docs) == 1
    report = load_report(docs)
    assert report[["problem", "action"]].values.tolist() == [["no_main_text", "skipped"]]
    assert report["file"].iloc[0].endswith("index.html")


def test_rss_feed(tmp_path):
    (tmp_path / "news.rss").write_text(RSS, encoding="utf-8")
    docs = quiet_read(tmp_path / "news.rss")
    validate(docs, "docs")
    assert docs["doc_id"].tolist() == [
        "nato-ziel-101",
        "https://www.example-news.de/pistorius-102.html",
    ]
    assert docs["text"].tolist() == [
        "Die Nato-Staaten streiten über ein neues Ausgabenziel.\n\nDeutschland zögert noch.",
        "Der Verteidigungsminister trifft seine Amtskollegen.",
    ]
    assert docs["published"].tolist() == [
        pd.Timestamp("2025-02-12 09:00", tz="UTC"),
        pd.Timestamp("2025-02-13 08:30", tz="UTC"),
    ]
    assert docs["source"].tolist() == ["example-news.de", "example-news.de"]
    assert docs["author"].iloc[0] == "Anna Schmidt"
    assert docs["url"].iloc[1] == "https://www.example-news.de/pistorius-102.html"


def test_atom_feed_as_xml(tmp_path):
    (tmp_path / "desk.xml").write_text(ATOM, encoding="utf-8")
    docs = quiet_read(tmp_path / "desk.xml")
    row = docs.iloc[0]
    assert row["text"] == (
        "U.S. Defense Secretary Pete Hegseth said allies must spend five percent of GDP."
        "\n\nEuropean ministers were sceptical."
    )
    assert row["published"] == pd.Timestamp("2025-02-12 15:00", tz="UTC")
    assert (row["source"], row["author"], row["lang"]) == ("reuters.example", "John Smith", "en")


def test_broken_feed_keeps_entries_and_reports(tmp_path):
    broken = RSS.replace("</channel></rss>", "<item><title>kaputt & </title>")
    (tmp_path / "b.rss").write_text(broken, encoding="utf-8")
    with pytest.warns(UserWarning, match="feed"):
        docs = read_corpus(tmp_path / "b.rss")
    assert len(docs) >= 2
    assert "feed" in load_report(docs)["problem"].tolist()


def test_xml_that_is_not_a_feed(tmp_path):
    (tmp_path / "config.xml").write_text("<config><a>1</a></config>", encoding="utf-8")
    with pytest.warns(UserWarning, match="unsupported_format"):
        docs = read_corpus(tmp_path)
    assert len(docs) == 0


def test_html_to_text_blocks():
    assert html_to_text(
        "<h2>Titel</h2><p>Eins <i>und</i> zwei.</p><ul><li>a</li><li>b</li></ul>"
    ) == ("Titel\n\nEins und zwei.\n\na\n\nb")
    assert html_to_text("Erster Absatz.\n\nZweiter\nAbsatz.") == "Erster Absatz.\n\nZweiter Absatz."


def test_nothing_touches_the_network(tmp_path, monkeypatch):
    import socket

    def refuse(*args, **kwargs):
        raise AssertionError("read_corpus tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    (tmp_path / "a.html").write_text(ARTICLE_HTML, encoding="utf-8")
    (tmp_path / "b.rss").write_text(RSS, encoding="utf-8")
    (tmp_path / "c.atom").write_text(ATOM, encoding="utf-8")
    docs = quiet_read(tmp_path)
    assert len(docs) == 4

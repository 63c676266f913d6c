"""Saved HTML article pages (trafilatura) and RSS/Atom feeds (feedparser), offline.

Both get bytes, never a URL, so nothing touches the network.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from typing import Any

import pandas as pd

from discourse.io._encoding import decode_bytes
from discourse.io._records import Options, url_host
from discourse.io._report import Reporter
from discourse.io._sources import Item

Fixed = tuple[dict, dict, int | None]
_DATE_PARAMS = {
    "outputformat": "%Y-%m-%dT%H:%M:%S%z",
    "original_date": True,
    "extensive_search": False,
}
_BLOCKS = {
    "p", "div", "section", "article", "header", "footer", "aside", "blockquote", "pre",
    "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "tr",
    "figure", "figcaption", "hr", "address", "main", "nav",
}  # fmt: skip
_FEED_SNIFF = re.compile(rb"<(?:rss|feed|rdf:RDF)[\s>]", re.I)


def _paragraph_text(element: Any) -> str:
    if element.tag == "list":
        return "\n".join(" ".join("".join(i.itertext()).split()) for i in element)
    return " ".join("".join(element.itertext()).split())


def iter_html(item: Item, opts: Options, reporter: Reporter) -> Iterator[Fixed]:
    """One record for a saved article page: main text (paragraphs as blank-line
    separated blocks), title, date, author, url and site from its metadata."""
    import trafilatura

    with item.opener() as stream:
        data = stream.read()
    html = decode_bytes(data, encoding=opts.encoding, file=item.name, reporter=reporter)
    doc = None
    if html.strip():
        try:
            doc = trafilatura.bare_extraction(
                html,
                with_metadata=True,
                include_comments=False,
                include_tables=True,
                date_extraction_params=_DATE_PARAMS,
            )
        except (ValueError, TypeError, AttributeError, RecursionError) as exc:
            reporter.add(item.name, None, "unreadable", f"HTML not parsed: {exc}", "skipped")
            return
    body = getattr(doc, "body", None) if doc is not None else None
    title = getattr(doc, "title", None) if doc is not None else None
    paragraphs = []
    if body is not None:
        for element in body:
            text = _paragraph_text(element)
            if text:
                paragraphs.append(text)
        if paragraphs and body[0].tag == "head" and paragraphs[0] == (title or "").strip():
            paragraphs = paragraphs[1:]
    text = "\n\n".join(paragraphs)
    if not text.strip():
        reporter.add(item.name, None, "no_main_text", "no main text found in the HTML page")
        return
    url = getattr(doc, "url", None)
    fixed = {
        "text": text,
        "title": title,
        "published": getattr(doc, "date", None),
        "author": getattr(doc, "author", None),
        "url": url,
        "source": getattr(doc, "sitename", None) or url_host(url),
    }
    yield {}, fixed, None


def html_to_text(fragment: str) -> str:
    """Plain text with paragraphs (block elements -> blank lines) from an HTML fragment."""
    if "<" not in fragment:
        paras = re.split(r"\n\s*\n", fragment)
        return "\n\n".join(" ".join(p.split()) for p in paras if p.strip())
    import lxml.etree
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return " ".join(fragment.split())
    for bad in root.xpath(".//script|.//style"):
        bad.drop_tree()
    parts: list[str] = []

    def walk(el: Any) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        block = tag.lower() in _BLOCKS
        if tag.lower() == "br":
            parts.append("\n")
        if block:
            parts.append("\n\n")
        if el.text and isinstance(el.tag, str):
            parts.append(el.text)
        for child in el:
            walk(child)
            if child.tail:
                parts.append(child.tail)
        if block:
            parts.append("\n\n")

    walk(root)
    paras = re.split(r"\n\s*\n", "".join(parts))
    return "\n\n".join(" ".join(p.split()) for p in paras if p.strip())


def looks_like_feed(data: bytes) -> bool:
    return _FEED_SNIFF.search(data[:4096]) is not None


def _entry_date(entry: Any) -> Any:
    for key in ("published", "updated", "created"):
        raw = entry.get(key)
        if raw:
            parsed = entry.get(f"{key}_parsed")
            return raw, parsed
    return None, None


def iter_feed(item: Item, opts: Options, reporter: Reporter) -> Iterator[Fixed]:
    """One record per entry of an RSS/Atom feed (content, else summary)."""
    import feedparser

    with item.opener() as stream:
        data = stream.read()
    if not looks_like_feed(data):
        reporter.add(item.name, None, "unsupported_format", "XML file is not an RSS/Atom feed")
        return
    feed = feedparser.parse(data)
    entries = feed.get("entries") or []
    if feed.get("bozo"):
        exc = feed.get("bozo_exception")
        if entries:
            reporter.add(
                item.name, None, "feed",
                f"feed is not well-formed ({exc}); {len(entries)} entries loaded", "loaded",
            )  # fmt: skip
    if not entries:
        why = f" ({feed.get('bozo_exception')})" if feed.get("bozo") else ""
        reporter.add(item.name, None, "feed", f"feed has no entries{why}", "skipped")
        return
    links = [_http(entry.get("link")) for entry in entries]
    source = _feed_source(feed.get("feed") or {}, links)
    for n, (entry, link) in enumerate(zip(entries, links, strict=True), 1):
        content = entry.get("content") or []
        html = content[0].get("value") if content else entry.get("summary")
        text = html_to_text(html or "")
        raw_date, parsed = _entry_date(entry)
        published: Any = raw_date
        if raw_date and parsed and pd.isna(_try(raw_date, opts)):
            published = pd.Timestamp(calendar.timegm(parsed), unit="s", tz="UTC")
        fixed = {
            "text": text,
            "title": entry.get("title"),
            "published": published,
            "author": entry.get("author"),
            "url": link,
            "source": url_host(link) or source,
            "doc_id": entry.get("id"),
        }
        yield {}, fixed, n


def _http(link: Any) -> str | None:
    """An http(s) link, else None (feedparser gives an entry's id as its link when it
    has none, such as ``urn:uuid:...``)."""
    if isinstance(link, str) and link.strip().lower().startswith(("http://", "https://")):
        return link
    return None


def _feed_source(feed: Any, links: list[str | None]) -> str | None:
    """The source of a feed's entries without a link of their own (an entry with a link
    has its link's host, as everywhere: an aggregator's entries keep their outlets): the
    host of the feed's own link, else the host all entry links share, else the feed's
    title, so that one outlet's feed is not split in two by its link-less entries."""
    hosts = {url_host(link) for link in links} - {None}
    shared = next(iter(hosts)) if len(hosts) == 1 else None
    return url_host(_http(feed.get("link"))) or shared or feed.get("title") or None


def _try(raw: str, opts: Options) -> Any:
    from discourse.io._dates import parse_date

    return parse_date(raw, tz=opts.tz, dayfirst=opts.dayfirst)

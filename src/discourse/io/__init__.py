"""Reading article corpora into the ``docs`` table, and writing them back.

>>> import discourse
>>> docs = discourse.read_corpus("data/raw/*.jsonl")       # doctest: +SKIP
>>> discourse.load_report(docs)                            # doctest: +SKIP
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence

import pandas as pd

from discourse.io._dates import parse_date
from discourse.io._langid import check_langs, detect_lang, normalise_lang
from discourse.io._read import check_options, read_all, read_chunks
from discourse.io._records import Options
from discourse.io._report import CorpusError, CorpusWarning, LoadReport, load_report
from discourse.io._sources import resolve_paths
from discourse.io._write import write_corpus

__all__ = [
    "read_corpus",
    "write_corpus",
    "load_report",
    "parse_date",
    "detect_lang",
    "normalise_lang",
    "CorpusError",
    "CorpusWarning",
    "LoadReport",
]

PathArg = str | os.PathLike | Sequence[str | os.PathLike]


def read_corpus(
    path: PathArg,
    *,
    format: str | None = None,
    columns: dict[str, str] | None = None,
    text: str | None = None,
    title: str | None = None,
    date: str | None = None,
    source: str | None = None,
    id: str | None = None,
    lang: str | None = None,
    encoding: str | None = None,
    sep: str | None = None,
    quotechar: str = '"',
    records: str | None = None,
    tz: str = "UTC",
    dayfirst: bool = True,
    recursive: bool = True,
    detect_lang: bool = True,
    langs: Sequence[str] | None = None,
    errors: str = "warn",
    chunksize: int | None = None,
    header: bool = True,
    names: Sequence[str] | None = None,
) -> pd.DataFrame | Iterator[pd.DataFrame]:
    """Load articles from files into one ``docs`` table, reporting every bad record.

    Parameters
    ----------
    path : str, Path, glob pattern, or a list of these
        A file, a folder (walked recursively, files sorted by path, hidden files
        ignored), a glob such as ``"data/*.jsonl"``, or a list. Formats by extension:
        ``.txt``/``.md`` (one document per file), ``.csv``/``.tsv``, ``.jsonl``/``.ndjson``,
        ``.json``, ``.parquet``, ``.html``/``.htm`` (saved article pages),
        ``.rss``/``.atom``/``.xml`` (feeds), and ``.zip``, ``.tar(.gz)``, ``.tgz``, ``.gz``
        archives of any of these (read in memory, never extracted).
    format : str, optional
        Force the reader for every (non-archive) file: one of ``txt``, ``md``, ``csv``,
        ``tsv``, ``jsonl``, ``json``, ``parquet``, ``html``, ``feed``.
    columns : dict, optional
        More ``{input_name: docs_name}`` renames (e.g. ``{"Partei": "party"}``).
    text, title, date, source, id : str, optional
        The input column/field holding the text, title, publication date, source
        and document id (dotted paths such as ``"meta.published"`` reach into
        nested JSON). Without them, common names are detected case-insensitively
        (text/body/content/article/inhalt..., title/headline/titel..., published/
        date/pubdate/datum..., source/outlet/publisher/site/quelle..., id/doc_id/
        guid/uuid..., url/link, author/byline/autor, lang/language). A ``source``
        that is not a field name is used as the constant source of every document.
    lang : str, optional
        Language of every document (``"de"``, ``"German"``...); no detection.
    encoding : str, optional
        Force a text encoding. Default: UTF-8 (BOM handled), UTF-16/32 with a BOM,
        cp1252 for non-UTF-8 files; broken UTF-8 bytes are replaced and reported.
    sep, quotechar : str
        CSV separator (default: sniffed among ``, ; tab |``; tab for ``.tsv``) and quote.
    header, names
        ``header=False`` for CSV/TSV without a header line; ``names`` gives column names.
    records : str, optional
        Dotted path of the list of records inside a JSON document (default: a
        top-level list, or the only list of objects in a top-level object).
    tz : str
        Time zone of naive times (converted to UTC).
    dayfirst : bool
        Read ``01/02/2025`` as 1 February.
    recursive : bool
        Walk sub-folders of a folder.
    detect_lang : bool
        Detect missing languages offline with py3langid: the first 500 characters,
        or the first 2,000 when the two best languages score close (see
        :func:`detect_lang`).
    langs : sequence of str, optional
        Restrict detection to these languages (codes or names), e.g. ``("de", "en")``
        for a German and English corpus: short texts such as headlines and teasers
        are otherwise now and then taken for a related language (``"Die Nato tagt."``
        for Afrikaans), which then gets no German lemmas or stopwords. Languages
        named by the input's ``lang`` field are kept as given.
    errors : {"warn", "raise", "ignore"}
        After reading everything: one :class:`CorpusWarning` with a count by problem
        (default), a :class:`CorpusError`, or nothing. The report is attached either way.
    chunksize : int, optional
        Return an iterator of docs tables of at most ``chunksize`` records each;
        duplicate ids are detected across chunks; each chunk carries its own report.
        With ``errors="raise"`` the first chunk with problems raises; with ``"warn"``
        one warning is issued after the last chunk. Column types stay the same from
        chunk to chunk, so ``pd.concat`` of the chunks keeps them: Parquet columns are
        typed by the file's schema (integers ``int64``, or ``Int64`` in a chunk with
        missing values; booleans ``bool``/``boolean``); CSV/TSV extra columns are
        always text; for JSON/JSONL (and other metadata) the first chunk that has a
        column fixes its type, as text when all its values there are missing, and
        later chunks follow it (numbers become text in a text column, integers
        float in a float column); a column seen before is carried, all missing,
        by later chunks that lack it. A later value of another kind (text in a
        number column) keeps its own type in that chunk.

    Returns
    -------
    DataFrame (or an iterator of them with ``chunksize``)
        One row per document, in input order, RangeIndex: ``doc_id`` (str: the given
        id, else the first 16 hex digits of sha1(source + "\\x1f" + text)), ``source``
        (metadata, else the URL host without ``www.``, else the folder name of the
        file; one value for all entries of a feed: the host of the feed's link, else
        the one host of its entries' links, else its title), ``published``
        (datetime64[ns, UTC], NaT if missing/unparseable), ``title``, ``text``
        (newlines normalised, paragraphs kept, control characters and invisible ones
        such as soft hyphens and zero-width spaces removed, stripped), ``lang``
        (ISO 639-1), then ``url`` (NA for a feed entry without an http(s) link),
        ``author`` when the input has them, then every other input field (nested
        JSON as dotted names; a field whose name clashes with a docs column gets the
        suffix ``_orig``).
        ``load_report(docs)`` gives the table of problems. A record is skipped for
        an empty text; a later record with an already loaded id is dropped when its
        text is identical (``duplicate_record``), else kept with the id suffixed
        ``~2``, ``~3`` (``duplicate_id``).

    Raises
    ------
    FileNotFoundError
        ``path`` does not exist or the glob matches nothing.
    ValueError
        An unknown ``format`` or ``errors`` value; :class:`CorpusError` (a
        ValueError) with ``errors="raise"`` when any record had a problem.

    Examples
    --------
    >>> docs = read_corpus("articles/", lang="de")                       # doctest: +SKIP
    >>> docs = read_corpus("export.csv", text="Artikeltext", date="Datum")  # doctest: +SKIP
    >>> for chunk in read_corpus("big.jsonl", chunksize=50_000): ...       # doctest: +SKIP
    """
    check_options(
        format=format,
        errors=errors,
        chunksize=chunksize,
        columns=columns,
        names=names,
        sep=sep,
        quotechar=quotechar,
        tz=tz,
        encoding=encoding,
    )
    if lang is not None and normalise_lang(lang) is None:
        raise ValueError(
            f"lang must be a language code or name such as 'de' or 'German'; got {lang!r}"
        )
    codes = check_langs(langs)
    files = resolve_paths(path, recursive=recursive)
    opts = Options(
        format=format,
        columns=dict(columns or {}),
        text=text,
        title=title,
        date=date,
        source=source,
        id=id,
        lang=lang,
        encoding=encoding,
        sep=sep,
        quotechar=quotechar,
        records=records,
        tz=tz,
        dayfirst=dayfirst,
        recursive=recursive,
        detect_lang=detect_lang,
        langs=codes,
        header=header,
        names=tuple(names) if names is not None else None,
    )
    if chunksize is not None:
        return read_chunks(files, opts, errors, chunksize)
    return read_all(files, opts, errors)

"""Build the bundled demo corpus in data/demo from ../shared/data.

One Parquet file per part (seed, bundestag, ungd, sotu), written deterministically
(fixed row and column order, zstd, no pandas metadata), so that rebuilding gives the
same bytes. How each part is built is documented in data/SOURCES.md.

Usage::

    .venv/bin/python scripts/build_demo_corpus.py [--shared PATH] [--out PATH] [--parts a,b]

The part builders (:func:`build_seed`, :func:`build_bundestag`, :func:`build_ungd`,
:func:`build_sotu`) are plain functions of the shared-data folder, so tests can call them.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = REPO.parent / "shared" / "data"
DEFAULT_OUT = REPO / "data" / "demo"
BASE_COLUMNS = ["doc_id", "source", "published", "title", "text", "lang", "collection"]
BASE_COLUMNS += ["date_precision", "year"]

# --------------------------------------------------------------------------- detokeniser
_NO_SPACE_BEFORE = {".", ",", ";", ":", "!", "?", ")", "]", "}", "%", "“", "”", "«", "‘"}
_NO_SPACE_AFTER = {"(", "[", "{", "„", "»", "‚"}
_GLUE_BOTH = {"/", "’", "'", "ʼ"}
_APOSTROPHES = ("’", "'", "ʼ")


def detokenize(tokens: Sequence[str]) -> str:
    """Join the tokens of one sentence with German spacing rules.

    No space before ``. , ; : ! ? ) ] } %`` and closing quotes (``“ ” « ‘``), none after
    ``( [ { „ » ‚``; ``/`` and a lone apostrophe glue both sides, a token starting with
    an apostrophe (``’s``) glues to the one before; straight ``"`` alternate between
    opening and closing within the sentence; dashes (``-``, ``–``) keep their spaces.

    >>> detokenize(["Er", "sagte", ":", "„", "Ja", "!", "“"])
    'Er sagte: „Ja!“'
    """
    out: list[str] = []
    glue_next = True
    straight_open = False
    for tok in tokens:
        space = not glue_next
        glue_next = False
        if tok == '"':
            if straight_open:
                space = False
            else:
                glue_next = True
            straight_open = not straight_open
        elif tok in _NO_SPACE_BEFORE:
            space = False
        elif tok in _NO_SPACE_AFTER:
            glue_next = True
        elif tok in _GLUE_BOTH:
            space = False
            glue_next = True
        elif tok.startswith(_APOSTROPHES):
            space = False
        if space:
            out.append(" ")
        out.append(tok)
    return "".join(out)


def detokenize_sentences(sentences: Sequence[Sequence[str]]) -> str:
    """Detokenise each sentence and join them with one space (none before a closing
    quote or bracket that the sentence splitter put at the start of the next sentence).

    >>> detokenize_sentences([["„", "Was", "?"], ["“", "Nichts", "."]])
    '„Was?“ Nichts.'
    """
    out = ""
    for tokens in sentences:
        tokens = [t for t in tokens if t]
        if not tokens:
            continue
        glue = not out or tokens[0] in _NO_SPACE_BEFORE
        out += ("" if glue else " ") + detokenize(tokens)
    return out


def _clean_token(token: str) -> str:
    """Drop soft hyphens and the typesetting marker ``_`` (``600 _ 000``) from a token."""
    return token.replace("\u00ad", "").replace("_", "").strip()


# --------------------------------------------------------------------------- seed
def build_seed(shared: Path) -> pd.DataFrame:
    """The project's reference article, text byte-identical to the file (final newline cut)."""
    path = shared / "seed" / "tagesschau_2025-02-12.txt"
    text = path.read_bytes().decode("utf-8").removesuffix("\n")
    row = {
        "doc_id": "seed-tagesschau-2025-02-12",
        "source": "tagesschau.de",
        "published": pd.Timestamp("2025-02-12", tz="UTC"),
        "title": None,  # the file has no headline; none is invented
        "text": text,
        "lang": "de",
        "collection": "seed",
        "date_precision": "day",
        "year": 2025,
        "agencies": "dpa, AFP, Reuters",
    }
    return _frame([row], ["agencies"])


# --------------------------------------------------------------------------- bundestag
_BT_NAME = re.compile(
    r"(?P<session>\d{5})_(?P<agenda>(?:Tagesordnungspunkt|Zusatzpunkte?)_.+?)_"
    r"(?P<party>AfD|CDUCSU|FDP|GRUENE|LINKE|SPD|[Ff]raktionslos)_(?P<speaker>.+)_"
    r"(?P<id>ID\d+)_(?P<date>\d\d\.\d\d\.\d{4})\.json$"
)
PARTIES = {
    "AfD": "AfD",
    "CDUCSU": "CDU/CSU",
    "FDP": "FDP",
    "GRUENE": "BÜNDNIS 90/DIE GRÜNEN",
    "LINKE": "DIE LINKE",
    "SPD": "SPD",
    "fraktionslos": "fraktionslos",
    "Fraktionslos": "fraktionslos",
}
BT_COLUMNS = ["speaker", "party", "session", "agenda_item", "speech_id", "split"]


def build_bundestag(shared: Path) -> pd.DataFrame:
    """Bundestag speeches of SpkAtt (train/task1 and unlabelled), text rebuilt from tokens."""
    rows = []
    for split, folder in (("train", "spkatt/train/task1"), ("unlabelled", "spkatt/unlabelled")):
        for path in sorted((shared / folder).glob("*.json")):
            m = _BT_NAME.match(path.name)
            if m is None:
                raise ValueError(f"{path}: file name does not follow the SpkAtt pattern")
            sents = json.loads(path.read_text(encoding="utf-8"))["Sentences"]
            sents = sorted(sents, key=lambda s: s["SentenceId"])
            text = detokenize_sentences([[_clean_token(t) for t in s["Tokens"]] for s in sents])
            day = pd.Timestamp(pd.to_datetime(m["date"], format="%d.%m.%Y"), tz="UTC")
            speaker = m["speaker"].replace("_", " ")
            party = PARTIES[m["party"]]
            agenda = m["agenda"].replace("_", " ")
            period, sitting = int(m["session"][:2]), int(m["session"][2:])
            rows.append(
                {
                    "doc_id": "bt-" + m["id"],
                    "source": "Deutscher Bundestag",
                    "published": day,
                    "title": f"Rede von {speaker} ({party}), {period}. Bundestag, "
                    f"Sitzung {sitting}, {agenda}",
                    "text": text,
                    "lang": "de",
                    "collection": "bundestag",
                    "date_precision": "day",
                    "year": day.year,
                    "speaker": speaker,
                    "party": party,
                    "session": m["session"],
                    "agenda_item": agenda,
                    "speech_id": m["id"],
                    "split": split,
                }
            )
    rows.sort(key=lambda r: (r["published"], r["session"], r["speech_id"]))
    return _frame(rows, BT_COLUMNS)


# --------------------------------------------------------------------------- ungd
_PAGE = (
    r"\d{2}/\d{2}/\d{4} A/\d+/PV\.\d+|A/\d+/PV\.\d+ \d{2}/\d{2}/\d{4}"
    r"|\d+/\d+ \d{2}-\d{5}|\d{2}-\d{5} \d+/\d+|\d{2}-\d{5} \(E\) \*\d+\*"
)
_FURNITURE = re.compile(rf"^({_PAGE})$")
_FURNITURE_START = re.compile(rf"^({_PAGE}) (?=\S)")
_SENT_END = re.compile(r"[.!?:;\"”’)\]…]$")
_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
_LINE_HYPHEN = re.compile(r"([A-Za-z0-9]+)-$")
NUMBER_WORDS = frozenset(
    re.findall(
        r"[a-z]+",
        "one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy "
        "eighty ninety hundred thousand first second third fourth fifth sixth seventh eighth "
        "ninth tenth eleventh twelfth",
    )
)
# Speakers_by_session.xlsx codes that differ from the file names' ISO codes (Portugal,
# South Africa, North Korea in 2016, 2017, 2020); the build checks that no row collides.
XLSX_CODE_FIX = {"POR": "PRT", "ZFA": "ZAF", "PKR": "PRK"}
UNGD_COLUMNS = ["country", "country_name", "session", "speaker", "post"]


def word_counts(texts: Iterable[str]) -> Counter:
    """Lower-cased words and every adjacent pair inside hyphenated words (``a-b``)."""
    counts: Counter = Counter()
    for text in texts:
        counts.update(_WORD.findall(text.lower()))
    for word, n in list(counts.items()):
        parts = word.split("-")
        for a, b in zip(parts, parts[1:], strict=False) if len(parts) > 2 else ():
            counts[f"{a}-{b}"] += n
    return counts


def _join_hyphen(left: str, right: str, counts: Counter) -> str:
    """Join ``left`` (ending in ``word-``) and ``right`` across a line break."""
    stem = _LINE_HYPHEN.search(left)
    head = re.match(r"[A-Za-z0-9]+", right)
    if stem is None or head is None:
        return left + " " + right
    a, b = stem.group(1), head.group(0)
    keep = (
        a.isdigit()
        or b[0].isdigit()
        or b[0].isupper()
        or a.lower() in NUMBER_WORDS
        or counts[(a + b).lower()] <= counts[(a + "-" + b).lower()]
    )
    return left + right if keep else left[:-1] + right


def _join_lines(lines: list[str], counts: Counter) -> str:
    text = lines[0]
    for line in lines[1:]:
        text = _join_hyphen(text, line, counts) if text.endswith("-") else text + " " + line
    return text


def ungd_text(raw: str, counts: Counter) -> str:
    """Rebuild the paragraphs of one UN General Debate file (rules in data/SOURCES.md)."""
    lines = raw.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    lines = [re.sub(r"[ \t\f\v]+", " ", line).strip() for line in lines]
    lines = [_FURNITURE_START.sub("", x) for x in lines if not _FURNITURE.match(x)]
    filled = [line for line in lines if line]
    if not filled:
        return ""
    open_ends = sum(1 for line in filled if not _SENT_END.search(line)) / len(filled)
    wrapped = open_ends >= 0.7 and statistics.median(len(x) for x in filled) < 80
    if wrapped:  # paragraphs are blocks between blank lines, their lines hard-wrapped
        units = [b.split("\n") for b in re.split(r"\n{2,}", "\n".join(lines).strip("\n"))]
    else:  # one paragraph per line
        units = [[line] for line in filled]
    paras: list[list[str]] = []
    for unit in units:  # continue a paragraph cut off by a page break or a broken line
        prev, first = (paras[-1][-1] if paras else ""), unit[0][0]
        cont = prev and not _SENT_END.search(prev) and first.islower()
        cont = cont or (len(prev) >= 80 and prev[-1].islower())
        if cont or (prev.endswith("-") and first.isalnum()):
            paras[-1].extend(unit)
        else:
            paras.append(list(unit))
    return "\n\n".join(_join_lines(p, counts) for p in paras)


def _clean(value: object) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return None
    return " ".join(value.split())


def _speakers(shared: Path) -> tuple[dict, dict]:
    """(year, code) -> (speaker, post) and code -> latest country name, from the xlsx."""
    xl = pd.read_excel(shared / "ungd" / "Speakers_by_session.xlsx", dtype=str)
    xl = xl.rename(columns={"ISO Code": "code", "Name of Person Speaking": "name"})
    xl = xl[xl["code"].notna()].sort_values("Year", kind="stable")
    names = {
        c.strip(): _clean(n) for c, n in zip(xl["code"], xl["Country"], strict=True) if _clean(n)
    }
    rows: dict[tuple[int, str], tuple] = {}
    for rec in xl[xl["Year"].astype(int).between(2014, 2023)].to_dict("records"):
        key = (int(rec["Year"]), XLSX_CODE_FIX.get(rec["code"].strip(), rec["code"].strip()))
        if key in rows:
            raise ValueError(f"Speakers_by_session.xlsx: two rows for {key}")
        speaker = _clean(rec["name"])
        speaker = re.sub(r"^(Mr|Mrs|Ms)\.? ", "", speaker) if speaker else None
        rows[key] = (speaker, _clean(rec["Post"]))
    for bad in XLSX_CODE_FIX:
        names.pop(bad, None)
    return rows, names


def build_ungd(shared: Path) -> pd.DataFrame:
    """UN General Debate speeches 2014-2023 with speaker and post where the xlsx has them."""
    files = sorted((shared / "ungd").glob("session*/*.txt"))
    raws = {p: p.read_bytes().decode("utf-8") for p in files}
    counts = word_counts(raws.values())
    speakers, names = _speakers(shared)
    rows = []
    for path, raw in raws.items():
        code, session, year = path.stem.split("_")
        year_i, session_i = int(year), int(session)
        if not 2014 <= year_i <= 2023:
            continue
        name = names.get(code, code)
        speaker, post = speakers.get((year_i, code), (None, None))
        rows.append(
            {
                "doc_id": f"ungd-{code}-{year}",
                "source": "UN General Debate",
                "published": pd.Timestamp(f"{year}-01-01", tz="UTC"),
                "title": f"{name}, UN General Debate {year} (session {session_i})",
                "text": ungd_text(raw, counts),
                "lang": "en",
                "collection": "ungd",
                "date_precision": "year",
                "year": year_i,
                "country": code,
                "country_name": name,
                "session": str(session_i),
                "speaker": speaker,
                "post": post,
            }
        )
    rows.sort(key=lambda r: (r["year"], r["country"]))
    return _frame(rows, UNGD_COLUMNS)


# --------------------------------------------------------------------------- sotu
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_DATE = re.compile(rf"({_MONTHS}) (\d{{1,2}}), (\d{{4}})")
_CLOCK = re.compile(r"^(END )?\d{1,2}:\d\d [AP]\.M\. E[SD]T$")
_PHOTO = re.compile(r"^.*White House photo by Eric Draper\s*")
_BIG5_OK = set("—’‘“”…\u3000")


def _decode(data: bytes) -> str:
    """UTF-8 (ASCII); else Big5 when it yields only typographic punctuation (the Nixon
    files); else cp1252."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("big5")
        if {c for c in text if ord(c) > 127} <= _BIG5_OK:
            return text
    except UnicodeDecodeError:
        pass
    return data.decode("cp1252")


def sotu_document(path: Path) -> dict:
    """Title, date, speaker and paragraphs of one State of the Union file."""
    raw = _decode(path.read_bytes()).replace("\u3000", " ")
    lines = [re.sub(r"\s+", " ", line).strip() for line in raw.splitlines()]
    filled = [i for i, line in enumerate(lines) if line]
    title, body_from, day = lines[filled[0]], filled[0] + 1, None
    for k, i in enumerate(filled[:2]):
        m = _DATE.search(lines[i])
        if m and (k == 0 or len(lines[i]) < 80):
            day = pd.Timestamp(pd.to_datetime(m.group(0), format="%B %d, %Y"), tz="UTC")
            before = lines[i][: m.start()].strip(" .")
            title = before if k == 0 else (title + " " + before).strip()
            body_from = i + 1
            break
    paras = [_PHOTO.sub("", line) for line in lines[body_from:]]
    paras = [p for p in paras if p and not _CLOCK.match(p)]
    year_s, _, rest = path.stem.partition("-")
    who = re.match(r"PRESIDENT (.+?)'S ", title)
    return {
        "year": int(year_s),
        "key": rest.split("-")[0],
        "full": who.group(1).title() if who else None,
        "published": day if day is not None else pd.Timestamp(f"{year_s}-01-01", tz="UTC"),
        "date_precision": "day" if day is not None else "year",
        "title": title.rstrip(" .:"),
        "text": "\n\n".join(paras),
    }


def build_sotu(shared: Path) -> pd.DataFrame:
    """US State of the Union addresses 1945-2006 (NLTK state_union)."""
    paths = sorted((shared / "nltk" / "state_union").glob("*.txt"))
    docs = {p: sotu_document(p) for p in paths}
    full = {d["key"]: d["full"] for d in docs.values() if d["full"]}  # name from any title
    rows = [
        {
            "doc_id": f"sotu-{p.stem}",
            "source": "State of the Union",
            "published": d["published"],
            "title": d["title"],
            "text": d["text"],
            "lang": "en",
            "collection": "sotu",
            "date_precision": d["date_precision"],
            "year": d["year"],
            "speaker": d["full"] or full.get(d["key"], d["key"]),
        }
        for p, d in docs.items()
    ]
    return _frame(rows, ["speaker"])


# --------------------------------------------------------------------------- writing
def _frame(rows: list[dict], extra: list[str]) -> pd.DataFrame:
    df = pd.DataFrame(rows, columns=BASE_COLUMNS + extra)
    for col in df.columns:
        if col == "published":
            df[col] = pd.to_datetime(df[col], utc=True).astype("datetime64[ns, UTC]")
        elif col == "year":
            df[col] = df[col].astype("int64")
        else:
            df[col] = df[col].astype("str")
    return df.reset_index(drop=True)


def write_part(df: pd.DataFrame, path: Path) -> None:
    """Write one part as Parquet with the same bytes for the same table."""
    table = pa.Table.from_pandas(df, preserve_index=False).replace_schema_metadata(None)
    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(table, path, compression="zstd", compression_level=9, use_dictionary=True)


PARTS: dict[str, Callable[[Path], pd.DataFrame]] = {
    "seed": build_seed,
    "bundestag": build_bundestag,
    "ungd": build_ungd,
    "sotu": build_sotu,
}


def build(shared: Path, out: Path, parts: Sequence[str] | None = None) -> pd.DataFrame:
    """Build the named parts (all by default) into ``out``; return one stats row per part."""
    stats = []
    for name in parts or list(PARTS):
        df = PARTS[name](shared)
        path = out / f"{name}.parquet"
        write_part(df, path)
        stats.append(
            {
                "part": name,
                "documents": len(df),
                "tokens": int(df["text"].str.split().str.len().sum()),
                "bytes": path.stat().st_size,
            }
        )
    return pd.DataFrame(stats)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="../shared/data")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder")
    parser.add_argument("--parts", default=",".join(PARTS), help="comma-separated parts")
    args = parser.parse_args(argv)
    parts = [p for p in args.parts.split(",") if p]
    unknown = sorted(set(parts) - set(PARTS))
    if unknown:
        parser.error(f"unknown part(s) {unknown}; valid: {list(PARTS)}")
    if not args.shared.is_dir():
        parser.error(f"--shared {args.shared} is not a folder")
    stats = build(args.shared, args.out, parts)
    print(stats.to_string(index=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The bundled demo corpus: loader, contents, the build script's rules, byte-identical rebuild."""

from __future__ import annotations

import importlib.resources
import importlib.util
import re
from collections import Counter
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from discourse.demo import DEMO_PARTS, demo_corpus_dir, load_demo_corpus
from discourse.schema import validate

REPO = Path(__file__).resolve().parent.parent
COUNTS = {"seed": 1, "bundestag": 249, "ungd": 1940, "sotu": 65}


def _load_script():
    spec = importlib.util.spec_from_file_location(
        "build_demo_corpus", REPO / "scripts" / "build_demo_corpus.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build = _load_script()


@pytest.fixture(scope="module")
def docs() -> pd.DataFrame:
    return load_demo_corpus()


# --------------------------------------------------------------------------- loader
def test_row_counts_per_part_and_order(docs):
    assert docs.groupby("collection", sort=False).size().to_dict() == COUNTS
    assert list(docs["collection"].drop_duplicates()) == list(DEMO_PARTS)


def test_schema_index_and_unique_ids(docs):
    validate(docs, "docs")
    assert isinstance(docs.index, pd.RangeIndex)
    assert docs["doc_id"].is_unique
    assert str(docs["published"].dtype) == "datetime64[ns, UTC]"
    assert docs["year"].dtype == "int64"
    for col in ("doc_id", "source", "text", "lang", "collection", "date_precision"):
        assert pd.api.types.is_string_dtype(docs[col]), col
        assert docs[col].notna().all(), col
    assert set(docs["lang"]) == {"de", "en"}
    assert (docs["published"].dt.year == docs["year"]).all()


@pytest.mark.parametrize("part", DEMO_PARTS)
def test_each_part_alone_validates(part):
    one = load_demo_corpus(part)
    validate(one, "docs")
    assert len(one) == COUNTS[part]
    assert set(one["collection"]) == {part}


def test_parts_argument_order_and_errors():
    two = load_demo_corpus(["sotu", "seed"])
    assert list(two["collection"].drop_duplicates()) == ["seed", "sotu"]
    assert len(two) == 66
    assert isinstance(two.index, pd.RangeIndex)
    with pytest.raises(ValueError, match="'seed', 'bundestag', 'ungd', 'sotu'"):
        load_demo_corpus("news")
    with pytest.raises(ValueError, match="parts"):
        load_demo_corpus([])


def test_missing_files_raise_file_not_found(monkeypatch, tmp_path):
    monkeypatch.setattr("discourse.demo.demo_corpus_dir", lambda: tmp_path)
    with pytest.raises(FileNotFoundError, match="seed"):
        load_demo_corpus("seed")
    monkeypatch.undo()
    monkeypatch.setattr(importlib.resources, "files", lambda package: tmp_path / "nowhere")
    with pytest.raises(FileNotFoundError, match="demo corpus folder"):
        demo_corpus_dir()


def test_package_folder_holds_the_parts_and_is_small():
    folder = demo_corpus_dir()
    files = sorted(folder.glob("*.parquet"))
    assert [f.stem for f in files] == sorted(DEMO_PARTS)
    assert sum(f.stat().st_size for f in files) <= 30 * 1024**2


def test_dates_and_precision_per_part(docs):
    by = docs.groupby("collection")
    span = by["published"].agg(["min", "max"])
    utc = lambda s: pd.Timestamp(s, tz="UTC")  # noqa: E731
    assert span.loc["seed", "min"] == utc("2025-02-12") == span.loc["seed", "max"]
    assert utc("2017-11-21") <= span.loc["bundestag", "min"]
    assert span.loc["bundestag", "max"] <= utc("2021-12-31")
    assert span.loc["ungd", "min"] == utc("2014-01-01")
    assert span.loc["ungd", "max"] == utc("2023-01-01")
    assert utc("1945-04-16") == span.loc["sotu", "min"]
    assert span.loc["sotu", "max"] == utc("2006-01-31")
    precision = docs.groupby(["collection", "date_precision"]).size().to_dict()
    assert precision == {
        ("bundestag", "day"): 249,
        ("seed", "day"): 1,
        ("sotu", "day"): 55,
        ("sotu", "year"): 10,
        ("ungd", "year"): 1940,
    }
    yearly = docs[docs["date_precision"] == "year"]["published"]
    assert ((yearly.dt.month == 1) & (yearly.dt.day == 1)).all()


def test_bundestag_metadata(docs):
    bt = docs[docs["collection"] == "bundestag"].set_index("doc_id")
    for col in ("speaker", "party", "session", "agenda_item", "speech_id", "split", "title"):
        assert bt[col].notna().all(), col
    assert set(bt["party"]) == {
        "AfD",
        "BÜNDNIS 90/DIE GRÜNEN",
        "CDU/CSU",
        "DIE LINKE",
        "FDP",
        "SPD",
        "fraktionslos",
    }
    assert bt["split"].value_counts().to_dict() == {"train": 177, "unlabelled": 72}
    row = bt.loc["bt-ID1919206500"]
    assert (row["speaker"], row["party"], row["session"]) == ("Elsner von Gronow", "AfD", "19192")
    assert row["agenda_item"] == "Tagesordnungspunkt 13"
    assert row["published"] == pd.Timestamp("2020-11-19", tz="UTC")
    assert bt.loc["bt-ID1921804200", "agenda_item"] == "Zusatzpunkte 10 und 11"
    assert bt.loc["bt-ID199203300", "title"] == (
        "Rede von Annen (SPD), 19. Bundestag, Sitzung 92, Tagesordnungspunkt 5"
    )
    assert bt.loc["bt-ID20304800", "title"].startswith("Rede von ")
    assert ", 20. Bundestag, Sitzung 3, " in bt.loc["bt-ID20304800", "title"]
    assert (bt["lang"] == "de").all() and (bt["source"] == "Deutscher Bundestag").all()


def test_the_nato_debate_of_session_19092(docs):
    nato = docs[(docs["collection"] == "bundestag") & (docs["session"] == "19092")]
    assert len(nato) == 12
    assert set(nato["published"]) == {pd.Timestamp("2019-04-04", tz="UTC")}
    assert nato["text"].str.contains("NATO").all()
    assert set(nato["speaker"]) >= {"Leyen", "Annen", "Djir-Sarai", "Trittin", "Mieruch"}


def test_bundestag_text_spacing(docs):
    text = " | ".join(docs.loc[docs["collection"] == "bundestag", "text"])
    for bad in (" ,", "( ", " )", "„ ", " “", " / ", "\u00ad", "_", "  ", "\n"):
        assert bad not in text, repr(bad)
    assert not re.search(r" [.;:!?](?!\.)", text)  # " ..." (an ellipsis) is fine
    assert "Frau Präsidentin! Liebe Kolleginnen und Kollegen!" in text
    assert "„70 Jahre NATO“" in text


def test_ungd_metadata(docs):
    un = docs[docs["collection"] == "ungd"].set_index("doc_id")
    assert un["country"].str.fullmatch(r"[A-Z]{3}|EU").all()
    assert un.groupby("year").size().to_dict() == {
        2014: 194,
        2015: 193,
        2016: 194,
        2017: 196,
        2018: 196,
        2019: 195,
        2020: 193,
        2021: 194,
        2022: 193,
        2023: 192,
    }
    assert (un["session"].astype(int) == un["year"] - 1945).all()
    ukr = un.loc["ungd-UKR-2023"]
    assert (ukr["speaker"], ukr["post"]) == ("Volodymyr Zelenskyy", "President")
    assert ukr["title"] == "Ukraine, UN General Debate 2023 (session 78)"
    # the xlsx codes POR/ZFA/PKR are matched to the files' PRT/ZAF/PRK
    assert un.loc["ungd-PRT-2016", "speaker"] == "Marcelo Rebelo de Sousa"
    assert un.loc["ungd-ZAF-2016", "speaker"] == "Jacob Zuma"
    assert pd.isna(un.loc["ungd-EU-2014", "speaker"])  # no row in the xlsx
    assert un["speaker"].isna().sum() == 1


def test_ungd_text_has_no_wrapping_artefacts(docs):
    un = docs.loc[docs["collection"] == "ungd", "text"]
    assert not un.str.contains("\r").any()
    assert not un.str.contains("-\n").any()
    assert not un.str.contains(r"A/\d+/PV\.\d+ \d\d/\d\d/\d{4}").any()  # page headers
    assert not un.str.contains("\n\n\n").any()
    assert not un.str.contains(r"[^\n]\n[^\n]").any()  # only blank-line paragraph breaks
    deu = docs.set_index("doc_id").loc["ungd-DEU-2014", "text"]
    assert deu.startswith("The year 2014 is a special one for Europeans — a special year of")
    assert "the world’s decades-long division" in deu


def test_sotu_metadata(docs):
    so = docs[docs["collection"] == "sotu"].set_index("doc_id")
    assert so.loc["sotu-1945-Truman", "speaker"] == "Harry S. Truman"
    assert so.loc["sotu-1965-Johnson-2", "speaker"] == "Lyndon B. Johnson"  # from 1965-1
    assert so.loc["sotu-1970-Nixon", "speaker"] == "Nixon"  # no full name in any file
    nixon = so.loc["sotu-1973-Nixon"]
    assert nixon["title"] == "State of the Union Message to the Congress: Overview and Goals"
    assert nixon["published"] == pd.Timestamp("1973-02-02", tz="UTC")
    assert so.loc["sotu-1956-Eisenhower", "date_precision"] == "year"
    text = "\n".join(so["text"])
    for bad in ("\r", "\u3000", "photo by Eric Draper", "P.M. EST", "\n\n\n"):
        assert bad not in text, repr(bad)
    assert "President’s annual report" in so.loc["sotu-1973-Nixon", "text"]
    assert "½¢ decrease" in so.loc["sotu-1954-Eisenhower", "text"]


def test_seed_text_equals_the_shared_file(docs, shared_data):
    raw = (shared_data / "seed" / "tagesschau_2025-02-12.txt").read_text(encoding="utf-8")
    seed = docs.set_index("doc_id").loc["seed-tagesschau-2025-02-12"]
    assert seed["text"] == raw.removesuffix("\n")
    assert pd.isna(seed["title"])
    assert (seed["source"], seed["agencies"]) == ("tagesschau.de", "dpa, AFP, Reuters")


# --------------------------------------------------------------------------- detokeniser
@pytest.mark.parametrize(
    ("tokens", "expected"),
    [
        (["Frau", "Präsidentin", "!"], "Frau Präsidentin!"),
        (["Er", "sagte", ":", "„", "Ja", ",", "gern", ".", "“"], "Er sagte: „Ja, gern.“"),
        (["das", "Gericht", "(", "BVerfG", ")", "und"], "das Gericht (BVerfG) und"),
        (["um", "3,5", "Prozent", "und", "2", "%"], "um 3,5 Prozent und 2%"),
        (["z.", "B.", "die", "NATO"], "z. B. die NATO"),
        (["Kinder-", "und", "Jugendhilfe"], "Kinder- und Jugendhilfe"),
        (
            ["Wir", "werden", "-", "so", "ist", "es", "-", ",", "dann"],
            "Wir werden - so ist es -, dann",
        ),
        (["Kosten", "–", "Nutzen"], "Kosten – Nutzen"),
        (["die", "CDU", "/", "CSU-Fraktion"], "die CDU/CSU-Fraktion"),
        (["Let", "’s", "go", "und", "Kant", "’", "schen"], "Let’s go und Kant’schen"),
        (["er", "rief", '"', "Nein", '"', "und", '"', "Ja", '"', "."], 'er rief "Nein" und "Ja".'),
        (["»", "Nie", "wieder", "«", "!"], "»Nie wieder«!"),
        (["das", "Wort", "‚", "Europa", "‘"], "das Wort ‚Europa‘"),
        (["[", "1", "]", "{", "x", "}"], "[1] {x}"),
        (["eine", "Angelegenheit", "…", ",", "die"], "eine Angelegenheit …, die"),
        ([], ""),
    ],
)
def test_detokenize(tokens, expected):
    assert build.detokenize(tokens) == expected


def test_detokenize_sentences_glues_a_closing_quote_split_off():
    sents = [["„", "Was", "denn", "?"], ["“"], ["Hören", "Sie", "zu", "!"], []]
    assert build.detokenize_sentences(sents) == "„Was denn?“ Hören Sie zu!"


def test_clean_token():
    assert build._clean_token("Hardware\u00adnachrüstung") == "Hardwarenachrüstung"
    assert build._clean_token("_ ") == ""
    assert build.detokenize_sentences([[build._clean_token(t) for t in ["600", "_", "000"]]]) == (
        "600 000"
    )


_WORDS = st.lists(st.text("abcäöüßXYZ0123456789", min_size=1, max_size=8), max_size=20)
_ANY = st.lists(
    st.one_of(
        st.text("abcXY19", min_size=1, max_size=5),
        st.sampled_from([".", ",", "!", "(", ")", "„", "“", '"', "/", "-", "’", "%", "»", "«"]),
    ),
    max_size=25,
)


@settings(deadline=None, max_examples=60)
@given(_WORDS)
def test_plain_words_are_joined_by_single_spaces(tokens):
    assert build.detokenize(tokens) == " ".join(tokens)


@settings(deadline=None, max_examples=60)
@given(_ANY)
def test_detokenize_only_inserts_single_spaces(tokens):
    out = build.detokenize(tokens)
    assert out.replace(" ", "") == "".join(tokens)
    assert "  " not in out and not out.startswith(" ")


# --------------------------------------------------------------------------- ungd rules
def test_line_end_hyphen_rule():
    counts = Counter({"cooperation": 5, "co-operation": 1, "peace-keeping": 3, "peacekeeping": 2})
    join = build._join_hyphen
    assert join("more co-", "operation now", counts) == "more cooperation now"
    assert join("the peace-", "keeping", counts) == "the peace-keeping"
    assert join("self-", "determination", counts) == "self-determination"  # unseen joined
    assert join("sixty-", "ninth", Counter({"sixtyninth": 9})) == "sixty-ninth"  # number word
    assert join("post-", "2015 agenda", counts) == "post-2015 agenda"
    assert join("Secretary-", "General", Counter({"secretarygeneral": 9})) == ("Secretary-General")


def test_word_counts_include_pairs_inside_compounds():
    counts = build.word_counts(["A state-of-the-art plan, state-of-the-art."])
    assert counts["state-of-the-art"] == 2 and counts["of-the"] == 2 and counts["a"] == 1


def test_ungd_text_rebuilds_wrapped_paragraphs():
    raw = (
        "The world is at a cross-\nroads today, and \nthe Organiza-\ntion must act.\n\n"
        "A second para-\ngraph starts here \nand it goes on \nand on.\n"
    )
    counts = Counter({"crossroads": 3, "organization": 10, "paragraph": 2})
    assert build.ungd_text(raw, counts) == (
        "The world is at a crossroads today, and the Organization must act.\n\n"
        "A second paragraph starts here and it goes on and on."
    )


def test_ungd_text_keeps_lines_as_paragraphs_and_drops_page_furniture():
    raw = (
        "First paragraph is a long line that ends with a full stop.\n"
        "Second paragraph runs over a page break and the\n"
        "16/23 15-29595\n\x0c\n29/09/2015 A/70/PV.18\n"
        "sentence goes on here.\n \nThird one.\n"
        "A long fourth paragraph is cut off by a page break just after the name of the United\n"
        "16-29667 3/58 Nations, which the next line continues.\nMr. President,\nThank you.\n"
    )
    assert build.ungd_text(raw, Counter()) == (
        "First paragraph is a long line that ends with a full stop.\n\n"
        "Second paragraph runs over a page break and the sentence goes on here.\n\n"
        "Third one.\n\n"
        "A long fourth paragraph is cut off by a page break just after the name of the United "
        "Nations, which the next line continues.\n\nMr. President,\n\nThank you."
    )


# --------------------------------------------------------------------------- rebuild
@pytest.mark.shared
def test_rebuild_is_byte_identical_small_parts(shared_data, tmp_path):
    parts = ["seed", "bundestag", "sotu"]
    build.build(shared_data, tmp_path / "a", parts)
    build.build(shared_data, tmp_path / "b", parts)
    for part in parts:
        first = (tmp_path / "a" / f"{part}.parquet").read_bytes()
        assert first == (tmp_path / "b" / f"{part}.parquet").read_bytes(), part
        assert first == (demo_corpus_dir() / f"{part}.parquet").read_bytes(), part


@pytest.mark.shared
@pytest.mark.slow
def test_rebuild_is_byte_identical_ungd(shared_data, tmp_path):
    stats = build.build(shared_data, tmp_path, ["ungd"])
    assert stats.loc[0, "documents"] == COUNTS["ungd"]
    built = (tmp_path / "ungd.parquet").read_bytes()
    assert built == (demo_corpus_dir() / "ungd.parquet").read_bytes()


@pytest.mark.shared
def test_built_part_matches_the_loaded_table(shared_data):
    built = build.build_sotu(shared_data)
    loaded = load_demo_corpus("sotu")
    pd.testing.assert_frame_equal(built, loaded)

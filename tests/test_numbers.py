"""find_numbers and parse_number: every form of the issue in German and English."""

from __future__ import annotations

import math
import re

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from discourse.numbers import find_numbers, parse_number
from discourse.schema import validate


def _sents(
    texts: list[str], lang: str | None = "de", doc_id: str = "d"
) -> tuple[pd.DataFrame, str]:
    """One document made of ``texts`` joined by a space, as a sents table and its text."""
    starts, pos = [], 0
    for t in texts:
        starts.append(pos)
        pos += len(t) + 1
    sents = pd.DataFrame(
        {
            "doc_id": [doc_id] * len(texts),
            "sent_id": list(range(len(texts))),
            "para_id": [0] * len(texts),
            "start": starts,
            "end": [s + len(t) for s, t in zip(starts, texts, strict=True)],
            "text": texts,
        }
    )
    if lang is not None:
        sents["lang"] = lang
    return sents, " ".join(texts)


def _found(text: str, lang: str | None) -> list[tuple[float, str]]:
    out = find_numbers(_sents([text], lang)[0])
    return [(round(v, 6), u) for v, u in zip(out["value"], out["unit"], strict=True)]


# (text, lang, expected [(value, unit)])
FORMS = [
    # German digits: decimal comma, thousands point and space
    ("Die Quote liegt bei 3,5 Prozent.", "de", [(3.5, "percent")]),
    ("Es kostet 2.000 Euro.", "de", [(2000.0, "currency")]),
    ("Es kostet 1.000,5 Euro.", "de", [(1000.5, "currency")]),
    ("Es sind 35 000 Euro.", "de", [(35000.0, "currency")]),
    ("Es sind 5 % mehr.", "de", [(5.0, "percent")]),
    ("Es sind 5% mehr.", "de", [(5.0, "percent")]),
    ("Die Steuer beträgt 7 v. H. des Umsatzes.", "de", [(7.0, "percent")]),
    ("Das sind 6 Prozentpunkte weniger.", "de", [(6.0, "percentage_points")]),
    # German number words, compounds and fractions
    ("Die Nato fordert fünf Prozent.", "de", [(5.0, "percent")]),
    ("Zweieinhalb Prozent reichen nicht.", "de", [(2.5, "percent")]),
    ("Es sind anderthalb Prozent.", "de", [(1.5, "percent")]),
    ("Es sind eineinhalb Prozent.", "de", [(1.5, "percent")]),
    ("Es sind dreieinhalb Prozent.", "de", [(3.5, "percent")]),
    ("Es sind zweiundzwanzig Prozent.", "de", [(22.0, "percent")]),
    ("Es sind dreihundert Prozent.", "de", [(300.0, "percent")]),
    ("Es sind fünfzig Prozent.", "de", [(50.0, "percent")]),
    ("Es ist ein halbes Prozent.", "de", [(0.5, "percent")]),
    ("Es ist drei Komma fünf Prozent.", "de", [(3.5, "percent")]),
    # German target compounds
    ("Das Zwei-Prozent-Ziel gilt.", "de", [(2.0, "percent")]),
    ("Das 2-Prozent-Ziel gilt.", "de", [(2.0, "percent")]),
    ("Die Fünf-Prozent-Marke fällt.", "de", [(5.0, "percent")]),
    ("Das 5%-Ziel fällt.", "de", [(5.0, "percent")]),
    ("Das Zweiprozentziel gilt.", "de", [(2.0, "percent")]),
    ("Das 3,5-Prozent-Ziel gilt.", "de", [(3.5, "percent")]),
    # German currency and scale words
    ("Das Sondervermögen umfasst 100 Milliarden Euro.", "de", [(1e11, "currency")]),
    ("Es geht um 1,5 Billionen Dollar.", "de", [(1.5e12, "currency")]),
    ("Es geht um 4 Milliarden US-Dollar.", "de", [(4e9, "currency")]),
    ("Es geht um 10 Mrd. Euro.", "de", [(1e10, "currency")]),
    ("Es geht um 250 Mio. €.", "de", [(2.5e8, "currency")]),
    ("Es fehlt eine Milliarde Euro.", "de", [(1e9, "currency")]),
    ("Über 65 Millionen Menschen sind auf der Flucht.", "de", [(6.5e7, "count")]),
    # English digits, words, compounds
    ("Spending rose by 1,000.5 dollars.", "en", [(1000.5, "currency")]),
    ("Allies spend 2.5 percent of GDP.", "en", [(2.5, "percent")]),
    ("Allies spend 2.5 per cent of GDP.", "en", [(2.5, "percent")]),
    ("Allies spend 3% of GDP.", "en", [(3.0, "percent")]),
    ("Allies spend five percent.", "en", [(5.0, "percent")]),
    ("Allies spend two and a half per cent.", "en", [(2.5, "percent")]),
    ("Allies spend a half percent more.", "en", [(0.5, "percent")]),
    ("Allies spend half a percent more.", "en", [(0.5, "percent")]),
    ("Allies spend twenty-five percent more.", "en", [(25.0, "percent")]),
    ("Allies spend one hundred percent.", "en", [(100.0, "percent")]),
    ("Spending rose by 5 percentage points.", "en", [(5.0, "percentage_points")]),
    ("They meet the two-percent target.", "en", [(2.0, "percent")]),
    ("They meet the 2% target.", "en", [(2.0, "percent")]),
    ("The fund holds €100bn.", "en", [(1e11, "currency")]),
    ("The budget is $850 billion.", "en", [(8.5e11, "currency")]),
    ("The budget is 1.9 trillion dollars.", "en", [(1.9e12, "currency")]),
    ("It cost a billion dollars.", "en", [(1e9, "currency")]),
    ("It cost $4 1/2 billion.", "en", [(4.5e9, "currency")]),
    ("It cost $1 billion 600 million.", "en", [(1.6e9, "currency")]),
    ("Over 20 million people joined.", "en", [(2e7, "count")]),
    # signs: a minus before the number, not the hyphen of a range
    ("GDP fell to an estimated -3.4 per cent.", "en", [(-3.4, "percent")]),
    (
        "Das Wachstum lag bei minus 2 Prozent, nicht bei 2-3 %.",
        "de",
        [(-2.0, "percent"), (2.0, "percent")],
    ),
]


@pytest.mark.parametrize("text,lang,expected", FORMS)
def test_forms(text, lang, expected):
    assert _found(text, lang) == [(round(v, 6), u) for v, u in expected]


NEGATIVES = [
    ("de", "Eine Rückkehr zu den Grenzen vor 2014 sei unrealistisch."),
    ("de", "Im Jahr 2014 annektierte Russland die Krim."),
    ("de", "Am 5. Mai und am 12. Februar 2025 wurde verhandelt."),
    ("de", "Der 19. Bundestag tagte zum 70. Jahrestag."),
    ("de", "Siehe Nr. 5 und Artikel 5 des Vertrags, § 10a Absatz 2."),
    ("de", "Die G7 und die G20 berieten über F-35, Su-57 und A400M."),
    ("de", "Die Sitzung beginnt um 10 Uhr, um 10:30 Uhr ist Pause."),
    ("de", "70 Jahre NATO, 360-Grad-Blick und Kalter Krieg 2.0."),
    ("de", "Es gab keine hundertprozentige Zustimmung, nur eine 100%ige."),
    ("de", "Da geht es um mehrere Hundert Milliarden Euro."),
    ("de", "Zwei Drittel der 35 000 Soldaten bleiben."),
    ("de", "Es geht um Milliarden Euro und die Euro-Zone."),
    ("en", "Russia annexed Crimea in 2014 and on 29 September 2014 talks began."),
    ("en", "The G-20 met; Belgium sent six F-16 fighters under Article 5."),
    ("en", "Resolution 2216 (2015) was adopted at 10:30 on page 5."),
    ("en", "He was the fourth President, see A/61/PV.13."),
    ("en", "Several hundred million dollars and billions of dollars were lost."),
]


@pytest.mark.parametrize("lang,text", NEGATIVES)
def test_negatives_not_reported(lang, text):
    assert _found(text, lang) == []


def test_years_never_percent():
    out = find_numbers(_sents(["Bis 2024 sollen es 2 Prozent sein, seit 2014 mehr."], "de")[0])
    assert out["value"].tolist() == [2.0]
    assert out["surface"].tolist() == ["2 Prozent"]


def test_base_range_currency_target_columns():
    texts = [
        "Die Nato soll zwei bis drei Prozent des BIP ausgeben.",
        "Das sind 1,5 Prozent des Bruttoinlandsprodukts und 2 Prozent der Wirtschaftsleistung.",
        "Das Zwei-Prozent-Ziel und 100 Milliarden Euro.",
    ]
    out = find_numbers(_sents(texts, "de")[0])
    assert out["surface"].tolist() == [
        "zwei bis drei Prozent",
        "1,5 Prozent",
        "2 Prozent",
        "Zwei-Prozent-Ziel",
        "100 Milliarden Euro",
    ]
    assert out["base"].tolist()[:3] == ["GDP", "GDP", "GDP"]
    assert out["base"].isna().tolist()[3:] == [True, True]
    assert (out.loc[0, "low"], out.loc[0, "high"], out.loc[0, "value"]) == (2.0, 3.0, 2.0)
    assert out["low"].isna().tolist()[1:] == [True] * 4
    assert out["is_target"].tolist() == [False, False, False, True, False]
    assert out["currency"].tolist()[4] == "EUR" and out["currency"].isna().sum() == 4


def test_english_base_and_range():
    texts = [
        "Allies should spend between 2 and 3 percent of GDP.",
        "That is 0.7 per cent of gross national income and 2 per cent of gross domestic product.",
        "Damages of 10 per cent and 50 per cent of GDP are common.",
    ]
    out = find_numbers(_sents(texts, "en")[0])
    assert out["value"].tolist() == [2.0, 0.7, 2.0, 10.0, 50.0]
    assert out["base"].tolist() == ["GDP", "GNI", "GDP", "GDP", "GDP"]
    assert (out.loc[0, "low"], out.loc[0, "high"]) == (2.0, 3.0)


def test_shared_unit_change_and_list():
    out = find_numbers(
        _sents(["Der Satz sinkt von 10,7 auf 9,5 Prozent, nicht 1,5 oder 2 Prozent."])[0]
    )
    assert out["value"].tolist() == [10.7, 9.5, 1.5, 2.0]
    assert set(out["unit"]) == {"percent"}
    assert out["low"].isna().all()


def test_separators_follow_language():
    de = find_numbers(_sents(["Es kostet 1,000 Euro."], "de")[0])
    en = find_numbers(_sents(["It costs 1,000 euros."], "en")[0])
    assert de["value"].tolist() == [1.0] and en["value"].tolist() == [1000.0]
    assert find_numbers(_sents(["Es kostet 1,000 Euro."], "en")[0], lang="de")[
        "value"
    ].tolist() == [1.0]


def test_billion_depends_on_language():
    assert _found("Es geht um 2 Billionen Euro.", "de") == [(2e12, "currency")]
    assert _found("It is 2 billion euros.", "en") == [(2e9, "currency")]


def test_schema_offsets_and_index():
    texts = ["Verteidigung: 2 Prozent.", "Und dann 100 Milliarden Euro!", "It is 5% of GDP."]
    sents, doc = _sents(texts, None)
    out = find_numbers(sents)
    validate(out, "numbers")
    assert isinstance(out.index, pd.RangeIndex)
    assert [doc[s:e] for s, e in zip(out["start"], out["end"], strict=True)] == out[
        "surface"
    ].tolist()
    assert out["sent_id"].tolist() == [0, 1, 2]
    assert out["lang"].tolist() == ["de", "de", "en"]  # guessed without a lang column


def test_empty_and_missing_text():
    sents, _ = _sents(["Keine Zahl hier.", ""], "de")
    sents.loc[1, "text"] = None
    out = find_numbers(sents)
    assert len(out) == 0
    validate(out, "numbers")
    out = find_numbers(sents.iloc[0:0])
    assert list(out.columns)[:8] == [
        "doc_id",
        "sent_id",
        "start",
        "end",
        "value",
        "unit",
        "base",
        "surface",
    ]


def test_unknown_language_warns_and_guesses():
    sents, _ = _sents(["Es sind 5 Prozent.", "It is 1,000 dollars."], "fr")
    with pytest.warns(UserWarning, match="'lang' has values \\['fr'\\]"):
        out = find_numbers(sents)
    assert out["value"].tolist() == [5.0, 1000.0]
    assert out["lang"].tolist() == ["de", "en"]


def test_no_mutation():
    sents, _ = _sents(["Es sind 5 Prozent.", "It is 2 percent."], "de")
    sents["extra"] = [1, 2]
    before = sents.copy(deep=True)
    find_numbers(sents)
    pd.testing.assert_frame_equal(sents, before)


def test_errors_name_the_problem():
    with pytest.raises(ValueError, match="missing column"):
        find_numbers(pd.DataFrame({"doc_id": ["a"], "text": ["x"]}))
    with pytest.raises(ValueError, match="lang must be"):
        find_numbers(_sents(["x"])[0], lang="fr")
    with pytest.raises(TypeError, match="DataFrame"):
        find_numbers(["5 Prozent"])  # type: ignore[arg-type]


# -------------------------------------------------------------- parse_number
@pytest.mark.parametrize(
    "text,lang,value",
    [
        ("3,5", "de", 3.5),
        ("2.000", "de", 2000.0),
        ("1.000,5", "de", 1000.5),
        ("1,000.5", "en", 1000.5),
        ("1,000", "en", 1000.0),
        ("3.5", "en", 3.5),
        ("35 000", None, 35000.0),
        ("fünf", None, 5.0),
        ("zweieinhalb", None, 2.5),
        ("anderthalb", None, 1.5),
        ("dreihundertzwölf", None, 312.0),
        ("zweitausendvierundzwanzig", None, 2024.0),
        ("two and a half", "en", 2.5),
        ("a half", "en", 0.5),
        ("twenty-five", "en", 25.0),
        ("one hundred", "en", 100.0),
        ("100 Milliarden", "de", 1e11),
        ("1,5 Bio.", "de", 1.5e12),
        ("850 billion", "en", 8.5e11),
        ("100bn", "en", 1e11),
        ("4 1/2", "en", 4.5),
    ],
)
def test_parse_number(text, lang, value):
    assert math.isclose(parse_number(text, lang=lang), value)


@pytest.mark.parametrize("bad", ["", "Prozent", "billion", "zwei Hund", "1.2.3.4,5,6"])
def test_parse_number_rejects(bad):
    with pytest.raises(ValueError):
        parse_number(bad)


# -------------------------------------------------------------- round trip (Hypothesis)
_DE_U = ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"]
_DE_T = ["zehn", "elf", "zwölf", "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn",
         "achtzehn", "neunzehn"]  # fmt: skip
_DE_TENS = ["", "", "zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig",
            "neunzig"]  # fmt: skip
_EN_U = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
         "nineteen"]  # fmt: skip
_EN_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _de_unit(n: int) -> str:
    return "ein" if n == 1 else _DE_U[n]


def _de_lt100(n: int) -> str:
    if n < 10:
        return _DE_U[n]
    if n < 20:
        return _DE_T[n - 10]
    u, t = n % 10, n // 10
    return _DE_TENS[t] if u == 0 else _de_unit(u) + "und" + _DE_TENS[t]


def _de_lt1000(n: int) -> str:
    h, r = divmod(n, 100)
    head = (_de_unit(h) + "hundert") if h else ""
    return head + (_de_lt100(r) if r or not h else "")


def de_words(n: int) -> str:
    """German words for 0 <= n < 1,000,000, written by hand for the test."""
    t, r = divmod(n, 1000)
    if not t:
        return _de_lt1000(r)
    left = "ein" if t == 1 else _de_lt1000(t)
    return left + "tausend" + (_de_lt1000(r) if r else "")


def _en_lt1000(n: int, use_and: bool) -> str:
    h, r = divmod(n, 100)
    parts = [f"{_EN_U[h]} hundred"] if h else []
    if r:
        if h and use_and:
            parts.append("and")
        parts.append(
            _EN_U[r] if r < 20 else _EN_TENS[r // 10] + (f"-{_EN_U[r % 10]}" if r % 10 else "")
        )
    return " ".join(parts) if parts else "zero"


def en_words(n: int, use_and: bool = False) -> str:
    t, r = divmod(n, 1000)
    if not t:
        return _en_lt1000(r, use_and)
    return f"{_en_lt1000(t, use_and)} thousand" + (f" {_en_lt1000(r, use_and)}" if r else "")


def test_renderers_by_hand():
    assert de_words(21) == "einundzwanzig" and de_words(101) == "einhunderteins"
    assert de_words(2024) == "zweitausendvierundzwanzig" and de_words(1000) == "eintausend"
    assert (
        en_words(105, True) == "one hundred and five"
        and en_words(2025) == "two thousand twenty-five"
    )


@settings(deadline=None, max_examples=150)
@given(st.integers(min_value=0, max_value=999_999), st.booleans())
def test_round_trip_words(n, use_and):
    assert parse_number(de_words(n)) == n
    assert parse_number(en_words(n, use_and), lang="en") == n


@settings(deadline=None, max_examples=60)
@given(st.integers(min_value=1, max_value=99))
def test_round_trip_halves(n):
    de = ("ein" if n == 1 else de_words(n)) + "einhalb"
    assert parse_number(de) == n + 0.5
    assert parse_number(f"{en_words(n)} and a half", lang="en") == n + 0.5


def _digits(value: float, lang: str) -> str:
    s = f"{value:,.2f}".rstrip("0").rstrip(".")
    if lang == "de":
        s = s.replace(",", "_").replace(".", ",").replace("_", ".")
    return s


@settings(deadline=None, max_examples=150)
@given(st.integers(min_value=0, max_value=99_999_999))
def test_round_trip_digits(cents):
    value = cents / 100
    for lang in ("de", "en"):
        assert math.isclose(parse_number(_digits(value, lang), lang=lang), value)


@settings(deadline=None, max_examples=60)
@given(st.integers(min_value=0, max_value=999), st.sampled_from(["de", "en"]))
def test_round_trip_in_text(n, lang):
    words = de_words(n) if lang == "de" else en_words(n)
    unit = "Prozent" if lang == "de" else "percent"
    for form in (words, str(n)):
        out = find_numbers(_sents([f"Es sind {form} {unit} mehr."], lang)[0])
        assert out["value"].tolist() == [float(n)] and out["unit"].tolist() == ["percent"]


_FRAGMENTS = st.sampled_from(
    [
        "5 Prozent",
        "2-Prozent-Ziel",
        "100 Milliarden Euro",
        "€100bn",
        "two percent of GDP",
        "im Jahr 2014",
        "G7",
        "zwei bis drei Prozent",
        "der 5. Mai",
        "$1.9 trillion",
        "Nato",
        ",",
        ".",
        "und",
        "auf",
        "3,5 v. H.",
        "1,000 dollars",
        "Zweiprozentziel",
        "ein halbes Prozent",
    ]  # fmt: skip
)


@settings(deadline=None, max_examples=80)
@given(
    st.lists(st.lists(_FRAGMENTS, min_size=1, max_size=8), min_size=1, max_size=4),
    st.sampled_from(["de", "en", None]),
)
def test_offsets_reconstruct_surface(parts, lang):
    texts = [" ".join(p) for p in parts]
    sents, doc = _sents(texts, lang)
    out = find_numbers(sents)
    validate(out, "numbers")
    assert all(
        doc[s:e] == sf for s, e, sf in zip(out["start"], out["end"], out["surface"], strict=True)
    )
    assert not out["surface"].str.fullmatch(r"(?:19|20)\d\d").any()


def test_reference_article(shared_data):
    """The seed article: the five percent demand, value 5, percent, linked to defence spending."""
    from discourse.numbers import target_mentions

    text = (shared_data / "seed" / "tagesschau_2025-02-12.txt").read_text(encoding="utf-8")
    spans = [
        (m.start(), m.end()) for m in re.finditer(r"[^\n.!?]+[.!?]?", text) if m.group().strip()
    ]
    sents = pd.DataFrame(
        {
            "doc_id": "seed",
            "sent_id": range(len(spans)),
            "para_id": 0,
            "start": [s for s, _ in spans],
            "end": [e for _, e in spans],
            "text": [text[s:e] for s, e in spans],
            "lang": "de",
        }
    )
    out = find_numbers(sents)
    assert out["surface"].tolist() == ["fünf Prozent"]
    assert (out.loc[0, "value"], out.loc[0, "unit"]) == (5.0, "percent")
    assert text[out.loc[0, "start"] : out.loc[0, "end"]] == "fünf Prozent"
    try:
        from discourse.lexicon import find_terms
    except ImportError:
        pytest.skip("discourse.lexicon not available for the concept link")
    linked = target_mentions(out, find_terms(sents))
    assert linked["concept"].tolist() == ["defence_spending"]

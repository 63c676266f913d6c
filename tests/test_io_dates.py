"""parse_date: the date forms of German and English news, hand-checked."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from discourse.io import parse_date


def utc(*args: int) -> pd.Timestamp:
    return pd.Timestamp(dt.datetime(*args), tz="UTC")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-02-12", utc(2025, 2, 12)),
        ("2025-02-12T10:00:00", utc(2025, 2, 12, 10)),
        ("2025-02-12T10:00:00Z", utc(2025, 2, 12, 10)),
        ("2025-02-12T10:00:00+01:00", utc(2025, 2, 12, 9)),
        ("2025-02-12 10:00:00+0100", utc(2025, 2, 12, 9)),
        ("Wed, 12 Feb 2025 10:00:00 +0100", utc(2025, 2, 12, 9)),
        ("Wed, 12 Feb 2025 10:00:00 GMT", utc(2025, 2, 12, 10)),
        ("12. Februar 2025", utc(2025, 2, 12)),
        ("12. Feb. 2025", utc(2025, 2, 12)),
        ("3. März 2025", utc(2025, 3, 3)),
        ("3. Jänner 2016", utc(2016, 1, 3)),
        ("12.02.2025", utc(2025, 2, 12)),
        ("12.2.25", utc(2025, 2, 12)),
        ("Mittwoch, 12. Februar 2025, 14:30 Uhr", utc(2025, 2, 12, 14, 30)),
        ("Stand: 12.02.2025 14:30 Uhr", utc(2025, 2, 12, 14, 30)),
        ("February 12, 2025", utc(2025, 2, 12)),
        ("12 February 2025", utc(2025, 2, 12)),
        ("Feb 12, 2025 3:00 PM", utc(2025, 2, 12, 15)),
        ("Wednesday, February 12, 2025 at 12:15 am", utc(2025, 2, 12, 0, 15)),
        ("1739354400", utc(2025, 2, 12, 10)),
        (1739354400, utc(2025, 2, 12, 10)),
        (1739354400000, utc(2025, 2, 12, 10)),
        (dt.date(2025, 2, 12), utc(2025, 2, 12)),
        (
            dt.datetime(2025, 2, 12, 10, tzinfo=dt.timezone(dt.timedelta(hours=1))),
            utc(2025, 2, 12, 9),
        ),
        (pd.Timestamp("2025-02-12 10:00", tz="Europe/Berlin"), utc(2025, 2, 12, 9)),
    ],
)
def test_forms(value, expected):
    assert parse_date(value) == expected


def test_naive_times_are_in_tz():
    got = parse_date("Mittwoch, 12. Februar 2025, 14:30 Uhr", tz="Europe/Berlin")
    assert got == utc(2025, 2, 12, 13, 30)
    # summer time: +02:00
    assert parse_date("12.07.2025 14:30", tz="Europe/Berlin") == utc(2025, 7, 12, 12, 30)


def test_dayfirst_only_for_slashes():
    assert parse_date("01/02/2025") == utc(2025, 2, 1)
    assert parse_date("01/02/2025", dayfirst=False) == utc(2025, 1, 2)
    assert parse_date("01.02.2025", dayfirst=False) == utc(2025, 2, 1)


def test_nanoseconds_survive():
    assert parse_date("2025-02-12T10:00:00.123456789Z").value % 1000 == 789


@pytest.mark.parametrize("value", [None, "", "   ", float("nan"), pd.NaT])
def test_missing_is_nat(value):
    assert parse_date(value) is pd.NaT


@pytest.mark.parametrize("value", ["gestern", "31. Februar 2025", "kein Datum", "13/13/2025", True])
def test_unparseable_is_nat(value):
    assert parse_date(value) is pd.NaT


@settings(max_examples=150, deadline=None)
@given(st.datetimes(min_value=dt.datetime(1950, 1, 1), max_value=dt.datetime(2080, 12, 31)))
def test_german_and_iso_forms_agree(moment):
    months = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
              "September", "Oktober", "November", "Dezember"]  # fmt: skip
    german = f"{moment.day}. {months[moment.month - 1]} {moment.year}, {moment:%H:%M} Uhr"
    iso = moment.replace(second=0, microsecond=0).isoformat()
    assert parse_date(german) == parse_date(iso) == pd.Timestamp(iso, tz="UTC")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_never_raises_on_text(value):
    got = parse_date(value)
    assert got is pd.NaT or got.tz is not None

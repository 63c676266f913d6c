"""Publication dates as UTC timestamps from the forms news data actually uses.

A few compiled regular expressions cover ISO 8601, RFC 822/2822, German
("12. Februar 2025", "12.02.2025", "Mittwoch, 12. Februar 2025, 14:30 Uhr"),
English ("February 12, 2025", "12 February 2025", "Feb 12, 2025 3:00 PM") and
month-year ("Februar 2025") forms; results are cached per distinct string.
dateutil is only the last resort, and only for strings that contain a four-digit year.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
from typing import Any
from zoneinfo import ZoneInfo

import pandas as pd

_MONTHS = {
    "jan": 1, "januar": 1, "january": 1, "jän": 1, "jänner": 1, "jaen": 1, "jaenner": 1,
    "feb": 2, "febr": 2, "februar": 2, "february": 2,
    "mar": 3, "mär": 3, "mrz": 3, "märz": 3, "maerz": 3, "march": 3,
    "apr": 4, "april": 4,
    "may": 5, "mai": 5,
    "jun": 6, "juni": 6, "june": 6,
    "jul": 7, "juli": 7, "july": 7,
    "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9,
    "oct": 10, "okt": 10, "oktober": 10, "october": 10,
    "nov": 11, "november": 11,
    "dec": 12, "dez": 12, "dezember": 12, "december": 12,
}  # fmt: skip
_ZONES = {
    "z": 0, "utc": 0, "gmt": 0, "ut": 0, "mez": 60, "cet": 60, "mesz": 120, "cest": 120,
    "est": -300, "edt": -240, "cst": -360, "cdt": -300, "mst": -420, "mdt": -360,
    "pst": -480, "pdt": -420, "bst": 60,
}  # fmt: skip
_MONTH = "(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_ZONE = (
    r"(?P<zone>z|utc|gmt|ut|mesz|mez|cest|cet|est|edt|cst|cdt|mst|mdt|pst|pdt|bst|[+-]\d{2}:?\d{2})"
)
_TIME = (
    r"(?:[,\s]+(?:um\s+|at\s+|-\s+)?(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?::(?P<second>\d{2})"
    r"(?:\.(?P<frac>\d{1,9}))?)?\s*(?P<ampm>[ap]\.?m\.?)?\s*(?:uhr|h)?\s*(?:\(?"
    + _ZONE
    + r"\)?)?)?"
)
_PREFIX = re.compile(
    r"^(?:(?:stand|veröffentlicht|aktualisiert|published|updated|posted|datum|date)"
    r"(?:\s+(?:am|on))?\s*:?\s*)?"
    r"(?:(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|"
    r"mo|di|mi|do|fr|sa|so)\.?,?\s+)?",
    re.IGNORECASE,
)
_DMY_NUM = re.compile(
    r"^(?P<day>\d{1,2})(?P<sep>[./])\s?(?P<mon>\d{1,2})(?P=sep)\s?(?P<year>\d{4}|\d{2})"
    + _TIME
    + "$",
    re.IGNORECASE,
)
_DMY_NAME = re.compile(
    r"^(?P<day>\d{1,2})\.?\s*" + _MONTH + r"\s*,?\s*(?P<year>\d{4}|\d{2})" + _TIME + "$",
    re.IGNORECASE,
)
_MDY_NAME = re.compile(
    "^" + _MONTH + r"\s*(?P<day>\d{1,2})(?:st|nd|rd|th)?\s*,?\s*(?P<year>\d{4})" + _TIME + "$",
    re.IGNORECASE,
)
_MY_NAME = re.compile("^" + _MONTH + r"\s*,?\s*(?P<year>\d{4})$", re.IGNORECASE)
_ISO_LIKE = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}")
_NUMBER = re.compile(r"^[+-]?\d+(?:\.\d+)?$")
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")

_LONG_FRACTION = re.compile(r"\.\d{7,}")


def _utc_ns(value: dt.datetime, tz: str) -> int:
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC if tz == "UTC" else ZoneInfo(tz))
    return pd.Timestamp(value).tz_convert("UTC").value


def _from_match(m: re.Match, month: int, tz: str, dayfirst: bool) -> int | None:
    g = m.groupdict()
    year = int(g["year"])
    if len(g["year"]) == 2:
        year += 2000 if year < 70 else 1900
    day = int(g["day"])
    if g.get("sep") == "/" and not dayfirst:
        day, month = month, day
    hour = int(g["hour"] or 0)
    minute = int(g["minute"] or 0)
    second = int(g["second"] or 0)
    micro = int((g["frac"] or "0")[:6].ljust(6, "0"))
    ampm = (g["ampm"] or "").lower().replace(".", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    try:
        value = dt.datetime(year, month, day, hour, minute, second, micro)
    except ValueError:
        return None
    zone = (g["zone"] or "").lower()
    if zone:
        if zone in _ZONES:
            offset = _ZONES[zone]
        else:
            sign = -1 if zone[0] == "-" else 1
            digits = zone[1:].replace(":", "")
            offset = sign * (int(digits[:2]) * 60 + int(digits[2:]))
        value = value.replace(tzinfo=dt.timezone(dt.timedelta(minutes=offset)))
    return _utc_ns(value, tz)


def _from_number(x: float) -> int | None:
    if not math.isfinite(x):
        return None
    if 1000 <= x <= 9999 and float(x).is_integer():  # a year
        return pd.Timestamp(int(x), 1, 1, tz="UTC").value
    if abs(x) >= 1e11:  # milliseconds since the epoch
        x = x / 1000.0
    try:
        return pd.Timestamp(x, unit="s", tz="UTC").value
    except (ValueError, OverflowError, pd.errors.OutOfBoundsDatetime):
        return None


@functools.lru_cache(maxsize=65536)
def _parse_str(s: str, tz: str, dayfirst: bool) -> int | None:
    s = " ".join(s.split())
    if _ISO_LIKE.match(s):
        try:
            if _LONG_FRACTION.search(s):  # nanoseconds: datetime would truncate them
                return _utc_ns(pd.Timestamp(s), tz)
            return _utc_ns(dt.datetime.fromisoformat(s.replace("z", "Z")), tz)
        except (ValueError, OverflowError, pd.errors.OutOfBoundsDatetime):
            pass
    if _NUMBER.match(s):
        return _from_number(float(s))
    body = _PREFIX.sub("", s, count=1).strip().rstrip(".")
    m = _DMY_NUM.match(body)
    if m:
        return _from_match(m, int(m["mon"]), tz, dayfirst)
    for pattern in (_DMY_NAME, _MDY_NAME):
        m = pattern.match(body)
        if m:
            return _from_match(m, _MONTHS[m["month"].lower()], tz, dayfirst)
    m = _MY_NAME.match(body)
    if m:  # "Februar 2025": the first of the month, as "2025" is 1 January
        return _utc_ns(dt.datetime(int(m["year"]), _MONTHS[m["month"].lower()], 1), tz)
    return _fallback(s, tz, dayfirst)


def _fallback(s: str, tz: str, dayfirst: bool) -> int | None:
    if not _YEAR.search(s):
        return None
    from email.utils import parsedate_to_datetime

    try:
        return _utc_ns(parsedate_to_datetime(s), tz)
    except (TypeError, ValueError, IndexError, OverflowError):
        pass
    from dateutil import parser

    try:
        value = parser.parse(s, dayfirst=dayfirst, default=dt.datetime(1900, 1, 1))
    except (ValueError, OverflowError, parser.ParserError):
        return None
    try:
        return _utc_ns(value, tz)
    except (ValueError, OverflowError, pd.errors.OutOfBoundsDatetime):
        return None


def parse_ns(value: Any, tz: str = "UTC", dayfirst: bool = True) -> tuple[int | None, bool]:
    """``(nanoseconds since the epoch in UTC or None, ok)``; ok is False only for a
    non-empty value that could not be parsed."""
    if value is None or value is pd.NaT:
        return None, True
    if isinstance(value, str):
        s = value.strip()
        if not s:
            return None, True
        ns = _parse_str(s, tz, dayfirst)
        return ns, ns is not None
    if isinstance(value, bool):
        return None, False
    if isinstance(value, (int, float)):
        if isinstance(value, float) and math.isnan(value):
            return None, True
        ns = _from_number(value)
        return ns, ns is not None
    if isinstance(value, dt.datetime):
        try:
            return _utc_ns(value, tz), True
        except (ValueError, OverflowError, pd.errors.OutOfBoundsDatetime):
            return None, False
    if isinstance(value, dt.date):
        return _utc_ns(dt.datetime(value.year, value.month, value.day), tz), True
    if value is pd.NA:
        return None, True
    return None, False


def parse_date(value: Any, *, tz: str = "UTC", dayfirst: bool = True) -> pd.Timestamp:
    """Parse one publication date into a UTC timestamp.

    Parameters
    ----------
    value : str, int, float, datetime, date or pandas Timestamp
        ISO 8601 (``"2025-02-12"``, ``"2025-02-12T10:00:00+01:00"``, ``"...Z"``),
        RFC 822 (``"Wed, 12 Feb 2025 10:00:00 +0100"``), German (``"12. Februar 2025"``,
        ``"12. Feb. 2025"``, ``"12.02.2025"``, ``"12.2.25"``,
        ``"Mittwoch, 12. Februar 2025, 14:30 Uhr"``), English (``"February 12, 2025"``,
        ``"12 February 2025"``, ``"Feb 12, 2025 3:00 PM"``), epoch seconds or
        milliseconds, a month and year (``"Februar 2025"``, ``"Feb. 2025"``: the first
        of the month), or a four-digit year (1 January of that year).
    tz : str
        Time zone of naive times (IANA name); the result is converted to UTC.
    dayfirst : bool
        Read ``"01/02/2025"`` as 1 February (True) or 2 January (False); a date that does
        not fit the order (``"12/13/2025"`` day first) is reported, not silently read the
        other way round. Dotted numeric dates (``"01.02.2025"``) are always day first.

    Returns
    -------
    pandas.Timestamp
        UTC timestamp, or ``NaT`` for a missing or unparseable value.

    Examples
    --------
    >>> parse_date("Mittwoch, 12. Februar 2025, 14:30 Uhr", tz="Europe/Berlin")
    Timestamp('2025-02-12 13:30:00+0000', tz='UTC')
    >>> parse_date("Wed, 12 Feb 2025 10:00:00 +0100")
    Timestamp('2025-02-12 09:00:00+0000', tz='UTC')
    >>> parse_date("Februar 2025")
    Timestamp('2025-02-01 00:00:00+0000', tz='UTC')
    """
    ns, _ = parse_ns(value, tz, dayfirst)
    return pd.NaT if ns is None else pd.Timestamp(ns, tz="UTC")

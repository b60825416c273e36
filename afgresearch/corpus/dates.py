"""Normalise publication dates to ISO ``YYYY-MM-DD`` strings.

Rules (applied in this order by :func:`iso_date`):

* ``date``/``datetime`` values keep their calendar date.
* Numbers and digit strings of 9-10 digits are Unix epoch seconds, of 12-13 digits epoch
  milliseconds; they are converted in UTC.
* Persian and Arabic-Indic digits are read as ASCII digits.
* ``YYYY/MM/DD`` or ``YYYY-MM-DD`` with a year from 1300 to 1499 is a Solar Hijri (Jalali) date and
  is converted to the Gregorian calendar (``jdatetime``).
* All-numeric ``A/B/YYYY`` (or ``-``/``.``) is month-first unless that is invalid: day-first when
  ``A`` is above 12, month-first otherwise (``03/04/2025`` is 2025-03-04, ``13/04/2025`` is
  2025-04-13). This is dateutil's default reading, made explicit.
* Anything else is parsed by ``dateutil``.

A date before 1900 or more than a year after today is implausible for a news article and gives
``""``, as does anything that does not parse.

Example
-------
>>> iso_date("1404/05/21")
'2025-08-12'
>>> iso_date(1722470400000)
'2024-08-01'
>>> iso_date("13/04/2025"), iso_date("03/04/2025")
('2025-04-13', '2025-03-04')
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from typing import Any

MIN_YEAR = 1900
MAX_AHEAD = timedelta(days=365)
#: Persian and Arabic-Indic digits to ASCII (``str.translate`` table)
DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
_EPOCH = re.compile(r"^-?\d{9,10}(?:\.\d+)?$|^-?\d{12,13}$")
_JALALI = re.compile(r"^(1[34]\d\d)([/-])(\d{1,2})\2(\d{1,2})(?:$|[\sT])")
_NUMERIC = re.compile(r"^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?:$|[\sT,])")


def plausible(day: date) -> bool:
    """Return True when ``day`` is in a plausible news range (1900 to one year from today).

    Example
    -------
    >>> plausible(date(1404, 5, 21)), plausible(date(2025, 8, 12))
    (False, True)
    """
    return day.year >= MIN_YEAR and day <= datetime.now(UTC).date() + MAX_AHEAD


def _checked(day: date | None) -> str:
    return day.isoformat() if day is not None and plausible(day) else ""


def _epoch(number: float) -> date | None:
    seconds = number / 1000 if abs(number) >= 1e11 else number
    try:
        return datetime.fromtimestamp(seconds, tz=UTC).date()
    except (OverflowError, OSError, ValueError):
        return None


def _jalali(year: int, month: int, day: int) -> date | None:
    import jdatetime

    try:
        return jdatetime.date(year, month, day).togregorian()
    except (ValueError, OverflowError):
        return None


def _numeric(a: int, b: int, year: int) -> date | None:
    month, day = (b, a) if a > 12 else (a, b)
    try:
        return date(year, month, day)
    except ValueError:
        return None


def iso_date(value: Any) -> str:
    """Return ``value`` as an ISO date string, or ``""`` when missing, unparsable or implausible.

    See the module notes for the rules (epoch numbers, Solar Hijri, ``A/B/YYYY``).

    Example
    -------
    >>> iso_date("2025-07-20T08:15:00+04:30"), iso_date("0001-01-01"), iso_date(None)
    ('2025-07-20', '', '')
    """
    from dateutil import parser as date_parser

    if value is None or value != value:  # None or NaN
        return ""
    if isinstance(value, datetime):
        return _checked(value.date())
    if isinstance(value, date):
        return _checked(value)
    if isinstance(value, bool):
        return ""
    if isinstance(value, int | float):
        return _checked(_epoch(float(value)))
    text = " ".join(str(value).translate(DIGITS).split())
    if not text:
        return ""
    if _EPOCH.match(text):
        return _checked(_epoch(float(text)))
    if m := _JALALI.match(text):
        return _checked(_jalali(int(m.group(1)), int(m.group(3)), int(m.group(4))))
    if m := _NUMERIC.match(text):
        return _checked(_numeric(int(m.group(1)), int(m.group(3)), int(m.group(4))))
    try:
        return _checked(date_parser.parse(text).date())
    except (ValueError, OverflowError, TypeError):
        return ""

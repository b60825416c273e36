"""Normalise publication dates to ISO ``YYYY-MM-DD`` strings.

Rules (applied in this order by :func:`iso_date`):

* ``date``/``datetime`` values keep their calendar date.
* Numbers and digit strings of 9-10 digits are Unix epoch seconds, of 12-13 digits epoch
  milliseconds; they are converted in UTC.
* Persian and Arabic-Indic digits are read as ASCII digits.
* A date written only in digits is read by :func:`numeric_date`, the one reader of such dates
  for fields and text lines alike: year first as written (a year from 1300 to 1499 is a Solar
  Hijri (Jalali) date, converted with ``jdatetime``); year last, dots and dashes day first
  (``03.04.2025`` and ``03-04-2025`` are 2025-04-03), slashes month first (``03/04/2025`` is
  2025-03-04) unless the file being read writes them day first; either order gives way to the
  other where it is not a date (``13/04/2025`` is 2025-04-13).
* A Solar Hijri date written with its month's name, Afghan (``حمل ثور جوزا سرطان اسد سنبله
  میزان عقرب قوس جدی دلو حوت``, or transliterated ``Hamal`` ... ``Hoot``) or Iranian
  (``فروردین`` ... ``اسفند``), day first (``۳۱ اسد ۱۴۰۴`` is 2025-08-22), is converted too.
* Anything else is parsed by ``dateutil``.

Slashed dates in a text dump (``02/08/2025``): which part is the day is decided per file by
:func:`slash_order` from the file's own evidence (slashed dates that can only be read one way,
and dates written with a month name or as ISO that equal one reading of an ambiguous one); the
text dump reader sets it with :func:`file_order` while it segments that file, and
:func:`slash_day_first` tells :func:`numeric_date` and the text reader. Without evidence the
month comes first (a US wire's ``Filed 9/2/2025``).

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
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, date, datetime, timedelta
from typing import Any

MIN_YEAR = 1900
MAX_AHEAD = timedelta(days=365)
#: Persian and Arabic-Indic digits to ASCII (``str.translate`` table)
DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
_EPOCH = re.compile(r"^-?\d{9,10}(?:\.\d+)?$|^-?\d{12,13}$")
#: where a field's date ends and its time or other words begin
_DATE_END = re.compile(r"[\sT,]")
# a date written only in digits, year first or last ('2025-06-30', '30.06.25', '06/30/2025'),
# alone or with its time of day ('2025-06-30T08:15:00+04:30', '30/06/2025 14:05 GMT')
_NUMERIC = re.compile(
    r"^(?:(?P<y1>\d{4})(?P<s1>[./-])(?P<m1>\d{1,2})(?P=s1)(?P<d1>\d{1,2})"
    r"|(?P<a>\d{1,2})(?P<s2>[./-])(?P<b>\d{1,2})(?P=s2)(?P<y2>\d{4}|\d{2}))"
    r"(?:(?:T|,?\s+)\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?"
    r"(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*(?:Z|[A-Z]{2,5})?\s*(?:[+-]\d{1,2}(?::?\d{2})?)?))?$"
)


#: Solar Hijri month names, 1-12: Afghan (Dari), Iranian (Persian), Afghan transliterated
HIJRI_MONTHS: tuple[tuple[str, ...], ...] = (
    ("حمل", "ثور", "جوزا", "سرطان", "اسد", "سنبله", "میزان", "عقرب", "قوس", "جدی", "دلو", "حوت"),
    (
        "فروردین",
        "اردیبهشت",
        "خرداد",
        "تیر",
        "مرداد",
        "شهریور",
        "مهر",
        "آبان",
        "آذر",
        "دی",
        "بهمن",
        "اسفند",
    ),
    (
        "hamal",
        "saur",
        "jawza",
        "saratan",
        "asad",
        "sunbula",
        "mizan",
        "aqrab",
        "qaws",
        "jadi",
        "dalw",
        "hoot",
    ),
)
_HIJRI_MONTH = {name: i for names in HIJRI_MONTHS for i, name in enumerate(names, start=1)}
_HIJRI_NAMED = re.compile(
    r"(?<!\d)(\d{1,2})\s+("
    + "|".join(sorted(map(re.escape, _HIJRI_MONTH), key=lambda n: (-len(n), n)))
    + r")\s*،?\s+(1[34]\d\d)(?!\d)",
    re.IGNORECASE,
)


def hijri_named_date(text: str) -> str:
    """Return the ISO date of a Solar Hijri date with a month name in ``text``, else ``""``.

    Example
    -------
    >>> hijri_named_date("کابل، ۲۰ میزان ۱۴۰۴"), hijri_named_date("۱ فروردین ۱۴۰۴")
    ('2025-10-12', '2025-03-21')
    >>> hijri_named_date("15 Saratan 1403"), hijri_named_date("20 May 2025")
    ('2024-07-05', '')
    """
    found = _HIJRI_NAMED.search(text.translate(DIGITS))
    if not found:
        return ""
    month = _HIJRI_MONTH[found.group(2).casefold()]
    return _checked(_jalali(int(found.group(3)), month, int(found.group(1))))


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


def _day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def numeric_date(text: str) -> str:
    """Return the ISO date of a date written only in digits (a time of day may follow), else ``""``.

    Year first (``2025-06-30``) is read as written; with a year from 1300 to 1499 it is a Solar
    Hijri date. Year last, the order of day and month depends on the separator:

    - dots and dashes (``30.06.2025``, ``09-08-2025``) are day first: the day-first locales'
      forms (European, Russian, Turkish, South and Central Asian sites and exports);
    - slashes are month first (dateutil's and US wires' reading) unless the file being read
      writes them day first (:func:`slash_order`, set with :func:`file_order` or
      :func:`reading_order`);

    and either reading gives way to the other where it is not a date (``06.30.25`` is 30 June,
    ``13/04/2025`` 13 April). A two-digit year is 20YY. Implausible dates give ``""``.

    Example
    -------
    >>> numeric_date("09-08-2025"), numeric_date("06.30.25"), numeric_date("07/06/2025")
    ('2025-08-09', '2025-06-30', '2025-07-06')
    >>> with reading_order("dmy"):
    ...     numeric_date("07/06/2025 10:15 AM")
    '2025-06-07'
    >>> numeric_date("1404/05/21"), numeric_date("31/31/2025"), numeric_date("7/6/2025 onwards")
    ('2025-08-12', '', '')
    """
    m = _NUMERIC.match(" ".join(text.translate(DIGITS).split()))
    if not m:
        return ""
    if m["y1"]:
        year, month, day = int(m["y1"]), int(m["m1"]), int(m["d1"])
        if 1300 <= year < 1500:
            return _checked(_jalali(year, month, day))
        return _checked(_day(year, month, day))
    a, b = int(m["a"]), int(m["b"])
    year = int(m["y2"]) + 2000 if len(m["y2"]) == 2 else int(m["y2"])
    day_first = m["s2"] != "/" or slash_day_first()
    first = (b, a) if day_first else (a, b)
    return _checked(_day(year, *first) or _day(year, first[1], first[0]))


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
    # a field's numeric date may carry more than a time of day after it: read the date alone
    if _NUMERIC.match(head := _DATE_END.split(text, maxsplit=1)[0]):
        return numeric_date(head)
    if named := hijri_named_date(text):
        return named
    try:
        return _checked(date_parser.parse(text).date())
    except (ValueError, OverflowError, TypeError):
        return ""


# --- which part of a slashed date is the day, decided per file --------------------------------

_ORDER: ContextVar[str] = ContextVar("afgresearch_slash_order", default="")
_SLASHED = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})(?![\d/])")
_MONTHS = (
    "jan",
    "feb",
    "mar",
    "apr",
    "may",
    "jun",
    "jul",
    "aug",
    "sep",
    "oct",
    "nov",
    "dec",
)
#: the English weekdays' names
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
#: an English month's name, short or in full ('Sep', 'Sept', 'September'); case-insensitive use
MONTH_WORD = rf"(?:{'|'.join(_MONTHS)})[a-z]*"
_MON = rf"(?P<mon>{MONTH_WORD})\.?"
_NAMED_DATES = (
    re.compile(_MON + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})", re.IGNORECASE),
    re.compile(
        r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MON + r",?\s+(?P<year>\d{4})", re.IGNORECASE
    ),
)
_ISO_DAY = re.compile(r"(?<!\d)(\d{4})[-/](\d{2})[-/](\d{2})(?!\d)")


def _written_days(text: str) -> set[tuple[int, int, int]]:
    """(year, month, day) of the dates ``text`` writes with a month name or year first."""
    days = set()
    for pattern in _NAMED_DATES:
        for m in pattern.finditer(text):
            month = _MONTHS.index(m.group("mon")[:3].casefold()) + 1
            days.add((int(m.group("year")), month, int(m.group("day"))))
    days.update((int(y), int(mo), int(d)) for y, mo, d in _ISO_DAY.findall(text))
    return days


def slash_order(text: str) -> str:
    """Return ``'dmy'`` or ``'mdy'`` when ``text`` shows how its slashed dates are written, else ``''``.

    Evidence, one vote each: a slashed date that reads only one way (``25/08/2025`` day first,
    ``08/25/2025`` month first), and an ambiguous one (``02/08/2025``) whose one reading, not the
    other, is a date the text also writes with a month name or year first (``Aug 2, 2025``,
    ``2025-08-02``: the clipping line and the story's own stamp). The majority decides; a tie is
    no evidence. Class: dumps from clipping services, e-mail digests and exports that date items
    day first with slashes, next to US wires that write month first.

    Example
    -------
    >>> slash_order("Item 1 - 03/09/2025. Posted Sept 3, 2025")
    'dmy'
    >>> slash_order("Filed 4/5/2025. On April 5, 2025 the council met."), slash_order("4/5/2025")
    ('mdy', '')
    """
    written = _written_days(text.translate(DIGITS))
    votes = {"dmy": 0, "mdy": 0}
    for a, b, y in _SLASHED.findall(text.translate(DIGITS)):
        first, second = int(a), int(b)
        year = int(y) + 2000 if len(y) == 2 else int(y)
        if first > 12 >= second >= 1:
            votes["dmy"] += 1
        elif second > 12 >= first >= 1:
            votes["mdy"] += 1
        elif first != second:
            day_first = (year, second, first) in written
            month_first = (year, first, second) in written
            if day_first != month_first:
                votes["dmy" if day_first else "mdy"] += 1
    if votes["dmy"] == votes["mdy"]:
        return ""
    return "dmy" if votes["dmy"] > votes["mdy"] else "mdy"


@contextmanager
def reading_order(order: str) -> Iterator[None]:
    """Read slashed dates in ``order`` (``'dmy'``, ``'mdy'`` or ``''``) inside the block.

    Example
    -------
    >>> with reading_order("dmy"):
    ...     slash_day_first()
    True
    >>> slash_day_first()
    False
    """
    token = _ORDER.set(order)
    try:
        yield
    finally:
        _ORDER.reset(token)


@contextmanager
def file_order(text: str) -> Iterator[None]:
    """Read slashed dates inside the block as the file ``text`` writes them (:func:`slash_order`);
    where the file shows no order, the order already set (by a caller that knows the source)
    stands.

    Example
    -------
    >>> with file_order("Posted 25/08/2025"):
    ...     numeric_date("02/08/2025")
    '2025-08-02'
    >>> with reading_order("dmy"), file_order("Filed 2/8/2025"):
    ...     numeric_date("02/08/2025")
    '2025-08-02'
    """
    with reading_order(slash_order(text) or _ORDER.get()):
        yield


def slash_day_first() -> bool:
    """Return True when the file being read writes slashed dates day first (:func:`slash_order`)."""
    return _ORDER.get() == "dmy"

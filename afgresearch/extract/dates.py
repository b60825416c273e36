"""Calendar expressions: find them in text and resolve them to ISO dates.

Dates that lack a year ('on Friday, May 30', 'on Thursday', 'last month') are resolved
against the article's publication date: past events (the default) to the latest matching day
on or before publication, future ones (``future=True``) to the earliest on or after it.
Ranges stay ranges (``YYYY-MM-DD/YYYY-MM-DD``); a month or a week without a day becomes the
range it covers. Without a publication date only expressions that carry a year resolve.

Example
-------
>>> [s.text for s in find_dates("He visited Kabul from March 21 to March 23.")]
['from March 21 to March 23']
>>> resolve(find_dates("on Friday, May 30")[0], "2025-05-31")
'2025-05-30'
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

MONTHS: dict[str, int] = {}
for _i, _name in enumerate(calendar.month_name):
    if _name:
        MONTHS[_name.lower()] = _i
        MONTHS[_name[:3].lower()] = _i
MONTHS["sept"] = 9
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}

MONTH_RE = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
WEEKDAY_RE = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"

# one calendar day, month or year; named groups feed _parse_point
_POINT = (
    rf"(?:(?P<{{p}}wd>{WEEKDAY_RE})\s*,?\s+)?"
    rf"(?:(?P<{{p}}m1>{MONTH_RE})\s+(?P<{{p}}d1>{_DAY})(?!\d)(?:\s*,?\s*(?P<{{p}}y1>{_YEAR}))?"
    rf"|(?P<{{p}}d2>{_DAY})\s+(?:of\s+)?(?P<{{p}}m2>{MONTH_RE})(?:\s*,?\s*(?P<{{p}}y2>{_YEAR}))?"
    rf"|(?P<{{p}}m3>{MONTH_RE})\s+(?P<{{p}}y3>{_YEAR})"
    rf"|(?P<{{p}}d4>\d{{4}})-(?P<{{p}}m4>\d\d)-(?P<{{p}}dd4>\d\d))"
)


def _point(prefix: str) -> str:
    return _POINT.replace("{p}", prefix)


# in a range a month may stand alone: 'between January and March 2025', 'from May to July'
_RANGE_POINT = _POINT[:-1] + rf"|(?P<{{p}}m5>{MONTH_RE})(?![\w-]))"
_RANGE_RE = re.compile(
    rf"\b(?i:from|between)\s+{_RANGE_POINT.replace('{p}', 'a')}\s+"
    rf"(?:to|until|till|through|and|-|–)\s+{_RANGE_POINT.replace('{p}', 'b')}",
)
# 'March 3-9, 2025' (not 'July 1st - 43,000 returnees': a figure after a dash ends no range)
_DAYRANGE_RE = re.compile(
    rf"\b(?P<m>{MONTH_RE})\s+(?P<d1>{_DAY})\s*(?:-|–|to)\s*(?P<d2>{_DAY})(?![.,]\d)"
    rf"(?:\s*,?\s*(?P<y>{_YEAR}))?\b"
)
# the same with the day first: '1-3 May 2025', 'from 1 to 3 May'
_DAYRANGE_FIRST_RE = re.compile(
    rf"\b(?P<d1>{_DAY})\s*(?:-|–|to)\s*(?P<d2>{_DAY})\s+(?:of\s+)?(?P<m>{MONTH_RE})(?![\w-])"
    rf"(?:\s*,?\s*(?P<y>{_YEAR})\b)?"
)
# the same with 'between ... and': 'between 1 and 4 June' (wire copy words a span of days so)
_DAYRANGE_BETWEEN_RE = re.compile(
    rf"\b(?i:between)\s+(?P<d1>{_DAY})\s+and\s+(?P<d2>{_DAY})\s+(?:of\s+)?(?P<m>{MONTH_RE})(?![\w-])"
    rf"(?:\s*,?\s*(?P<y>{_YEAR})\b)?"
)
_POINT_RE = re.compile(rf"(?<![\w-]){_point('a')}(?![\w-])")
_BARE_MONTH_RE = re.compile(
    rf"\b(?i:in|by|during|until|till|since|early|late|mid-?|last|this|"
    rf"the\s+(?:end|start|beginning|middle|month)\s+of|"
    rf"the\s+(?:first|second|third|fourth|last|final)\s+(?:week|weeks|half|fortnight|days)\s+of)"
    rf"\s*(?P<m>{MONTH_RE})(?!\s*\d)(?![\w-])"
)
_WEEKDAY_ONLY_RE = re.compile(rf"\b(?:on\s+)?(?P<wd>{WEEKDAY_RE})\b")
_RELATIVE_RE = re.compile(
    r"\b(?P<rel>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|"
    r"yesterday|today|tomorrow|tonight|last\s+(?:night|evening)|this\s+(?:morning|afternoon|evening)|"
    # (not 'the last week of April': a part of the month named after it)
    r"(?:last|this|next|past|earlier\s+this|later\s+this|so\s+far\s+this)\s+(?:week|month|year)"
    r"(?!\s+of\b)|"
    # 'last fall', 'last winter': the latest such season ended before publication
    r"last\s+(?:spring|summer|fall|autumn|winter)|"
    # 'over the past two weeks': the days up to publication (not 'the last two weeks of June')
    r"(?:past|last)\s+(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?:days|weeks|months)(?!\s+of\b))\b",
    re.IGNORECASE,
)
# a day of the month without its month: 'on the 5th' (the publication's month, or the one before)
_MONTHDAY_RE = re.compile(
    r"\bon\s+the\s+(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b"
    rf"(?!\s+(?:of\s+)?(?:{MONTH_RE}|century|anniversary|day|floor|time)\b)",
    re.IGNORECASE,
)
_YEAR_RE = re.compile(rf"(?<![\w,.-])(?P<y>{_YEAR})(?P<s>s)?(?![\w-])")


@dataclass(frozen=True)
class DateSpan:
    """A calendar expression found in text.

    ``kind`` is one of 'range', 'day', 'month', 'year', 'decade', 'weekday', 'relative',
    'monthday' ('on the 5th').
    ``parts`` holds the parsed pieces (year, month, day, weekday, rel; 'a_'/'b_' for ranges).
    """

    start: int
    end: int
    text: str
    kind: str
    parts: tuple[tuple[str, int | str], ...]


def _parse_point(m: re.Match[str], p: str) -> dict[str, int | str]:
    g = m.groupdict()
    out: dict[str, int | str] = {}
    if g.get(f"{p}d4"):
        out.update(year=int(g[f"{p}d4"]), month=int(g[f"{p}m4"]), day=int(g[f"{p}dd4"]))
        return out
    for i in ("1", "2", "3", "5"):
        mon = g.get(f"{p}m{i}")
        if mon:
            out["month"] = MONTHS[_month_key(mon)]
            if g.get(f"{p}d{i}"):
                out["day"] = int(re.sub(r"\D", "", g[f"{p}d{i}"]))
            if g.get(f"{p}y{i}"):
                out["year"] = int(g[f"{p}y{i}"])
            break
    if g.get(f"{p}wd"):
        out["weekday"] = WEEKDAYS[g[f"{p}wd"].lower()]
    return out


def _month_key(token: str) -> str:
    key = token.rstrip(".").lower()
    return key if key in MONTHS else key[:3]


def find_dates(text: str) -> list[DateSpan]:
    """Return the calendar expressions in ``text``, longest first where they overlap.

    The same sentence is read by several extractors (clauses, figures, event dates): its dates
    are found once and remembered for the most recent texts.

    Parameters
    ----------
    text : any string.

    Returns
    -------
    list of DateSpan sorted by start offset, non-overlapping.

    Example
    -------
    >>> [(s.text, s.kind) for s in find_dates("between 1 April and 15 July, in 2021")]
    [('between 1 April and 15 July', 'range'), ('2021', 'year')]
    """
    return list(_find_dates(text))


@lru_cache(maxsize=1 << 15)  # a chunk's sentences (about 5 per paragraph)
def _find_dates(text: str) -> tuple[DateSpan, ...]:
    found: list[DateSpan] = []
    for m in _RANGE_RE.finditer(text):
        a, b = _parse_point(m, "a"), _parse_point(m, "b")
        if "month" in a or "month" in b:
            parts = tuple(
                sorted(
                    {
                        **{f"a_{k}": v for k, v in a.items()},
                        **{f"b_{k}": v for k, v in b.items()},
                    }.items()
                )
            )
            found.append(DateSpan(m.start(), m.end(), m.group(0), "range", parts))
    for m in (
        *_DAYRANGE_RE.finditer(text),
        *_DAYRANGE_FIRST_RE.finditer(text),
        *_DAYRANGE_BETWEEN_RE.finditer(text),
    ):
        month = MONTHS[_month_key(m.group("m"))]
        parts: dict[str, int | str] = {
            "a_month": month,
            "b_month": month,
            "a_day": int(re.sub(r"\D", "", m.group("d1"))),
            "b_day": int(re.sub(r"\D", "", m.group("d2"))),
        }
        if m.group("y"):
            parts["a_year"] = parts["b_year"] = int(m.group("y"))
        found.append(
            DateSpan(m.start(), m.end(), m.group(0), "range", tuple(sorted(parts.items())))
        )
    for m in _POINT_RE.finditer(text):
        pt = _parse_point(m, "a")
        if "month" not in pt and "day" not in pt:
            continue
        kind = "day" if "day" in pt else "month"
        found.append(DateSpan(m.start(), m.end(), m.group(0), kind, tuple(sorted(pt.items()))))
    for m in _BARE_MONTH_RE.finditer(text):
        month = MONTHS[_month_key(m.group("m"))]
        found.append(DateSpan(m.start("m"), m.end("m"), m.group("m"), "month", (("month", month),)))
    for m in _WEEKDAY_ONLY_RE.finditer(text):
        found.append(
            DateSpan(
                m.start(),
                m.end(),
                m.group(0),
                "weekday",
                (("weekday", WEEKDAYS[m.group("wd").lower()]),),
            )
        )
    for m in _RELATIVE_RE.finditer(text):
        found.append(
            DateSpan(m.start(), m.end(), m.group(0), "relative", (("rel", m.group("rel").lower()),))
        )
    for m in _MONTHDAY_RE.finditer(text):
        day = int(m.group("d"))
        found.append(DateSpan(m.start(), m.end(), m.group(0), "monthday", (("day", day),)))
    for m in _YEAR_RE.finditer(text):
        kind = "decade" if m.group("s") else "year"
        found.append(DateSpan(m.start(), m.end(), m.group(0), kind, (("year", int(m.group("y"))),)))
    found.sort(key=lambda s: (s.start, -(s.end - s.start)))
    kept: list[DateSpan] = []
    for span in sorted(found, key=lambda s: (-(s.end - s.start), s.start)):
        if all(span.end <= k.start or span.start >= k.end for k in kept):
            kept.append(span)
    return tuple(sorted(kept, key=lambda s: s.start))


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _month_range(year: int, month: int) -> str:
    last = calendar.monthrange(year, month)[1]
    return f"{year:04d}-{month:02d}-01/{year:04d}-{month:02d}-{last:02d}"


def _resolve_point(pt: dict[str, int | str], pub: dt.date | None, future: bool) -> str:
    month, day, year = pt.get("month"), pt.get("day"), pt.get("year")
    if month is None:
        return ""
    if year is None:
        if pub is None:
            return ""
        year = pub.year
        probe = _safe_date(int(year), int(month), int(day or 1))
        if probe is not None and not future and probe > pub + dt.timedelta(days=31):
            year -= 1
        elif probe is not None and future and probe < pub - dt.timedelta(days=31):
            year += 1
    if day is None:
        return _month_range(int(year), int(month))
    found = _safe_date(int(year), int(month), int(day))
    return found.isoformat() if found else ""


def resolve(span: DateSpan, published: str = "", future: bool = False) -> str:
    """Resolve ``span`` to an ISO date or ``start/end`` range, or '' when it cannot be.

    Parameters
    ----------
    span : a DateSpan from :func:`find_dates`.
    published : the article's ISO publication date ('' when unknown).
    future : resolve year-less and weekday expressions forward from publication.

    Returns
    -------
    'YYYY-MM-DD', 'YYYY-MM-DD/YYYY-MM-DD' or ''.

    Example
    -------
    >>> resolve(find_dates("last month")[0], "2025-05-31")
    '2025-04-01/2025-04-30'
    """
    pub = parse_iso(published)
    parts = dict(span.parts)
    if span.kind == "range":
        a = {k[2:]: v for k, v in parts.items() if k.startswith("a_")}
        b = {k[2:]: v for k, v in parts.items() if k.startswith("b_")}
        if "month" not in a and "month" in b:
            a["month"] = b["month"]
        end = _resolve_point(b, pub, future)
        if not end:
            return ""
        end = end.split("/")[-1]
        if "year" not in a and "month" in a:
            end_year, end_month = int(end[:4]), int(end[5:7])
            a["year"] = end_year - 1 if int(a["month"]) > end_month else end_year
        start = _resolve_point(a, pub, future)
        if not start:
            return ""
        start = start.split("/")[0]
        if end < start:
            return ""
        return f"{start}/{end}"
    if span.kind in ("day", "month"):
        return _resolve_point(parts, pub, future)
    if span.kind == "year":
        year = int(parts["year"])
        return f"{year:04d}-01-01/{year:04d}-12-31"
    if span.kind == "decade":
        year = int(parts["year"])
        return f"{year:04d}-01-01/{year + 9:04d}-12-31" if year % 10 == 0 else ""
    if pub is None:
        return ""
    if span.kind == "monthday":
        return _resolve_monthday(int(parts["day"]), pub, future)
    if span.kind == "weekday":
        delta = (int(parts["weekday"]) - pub.weekday()) % 7
        day = pub + dt.timedelta(days=delta) if future else pub - dt.timedelta(days=(7 - delta) % 7)
        return day.isoformat()
    return _resolve_relative(str(parts["rel"]), pub)


def _resolve_monthday(day: int, pub: dt.date, future: bool) -> str:
    """'on the 5th': that day of the publication's month, or of the month before (after, for
    intentions) when the day lies on the other side of publication; '' when no such day."""
    year, month = pub.year, pub.month
    if not future and day > pub.day:
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    elif future and day < pub.day:
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    found = _safe_date(year, month, day)
    return found.isoformat() if found else ""


# the northern meteorological seasons: first month and length in months
_SEASONS = {"spring": (3, 3), "summer": (6, 3), "fall": (9, 3), "autumn": (9, 3), "winter": (12, 3)}


def _last_season(name: str, pub: dt.date) -> str:
    """The latest ``name`` season that ended before ``pub`` ('last fall' on 2025-04-23 is
    2024-09-01/2024-11-30)."""
    first, length = _SEASONS[name]
    for year in range(pub.year, pub.year - 3, -1):
        end_month = first + length - 1
        end_year, end_month = (year + 1, end_month - 12) if end_month > 12 else (year, end_month)
        end = dt.date(end_year, end_month, calendar.monthrange(end_year, end_month)[1])
        if end < pub:
            return f"{year:04d}-{first:02d}-01/{end.isoformat()}"
    return ""


def _resolve_relative(rel: str, pub: dt.date) -> str:
    rel = re.sub(r"\s+", " ", rel)
    rel = re.sub(r"^so far this\b", "earlier this", rel)  # 'so far this year'
    counted = re.fullmatch(r"(?:past|last) (\w+) (day|week|month)s", rel)
    if counted:
        words = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
        n = (
            int(counted.group(1))
            if counted.group(1).isdigit()
            else words.index(counted.group(1)) + 2
        )
        days = n * {"day": 1, "week": 7, "month": 30}[counted.group(2)] - 1
        return f"{(pub - dt.timedelta(days=days)).isoformat()}/{pub.isoformat()}"
    season = re.fullmatch(r"last (spring|summer|fall|autumn|winter)", rel)
    if season:
        return _last_season(season.group(1), pub)
    if rel in ("last night", "last evening"):
        return (pub - dt.timedelta(days=1)).isoformat()
    if rel == "the day before yesterday":
        return (pub - dt.timedelta(days=2)).isoformat()
    if rel == "the day after tomorrow":
        return (pub + dt.timedelta(days=2)).isoformat()
    if rel in ("tonight", "this morning", "this afternoon", "this evening"):
        return pub.isoformat()
    if rel == "yesterday":
        return (pub - dt.timedelta(days=1)).isoformat()
    if rel == "today":
        return pub.isoformat()
    if rel == "tomorrow":
        return (pub + dt.timedelta(days=1)).isoformat()
    which, unit = rel.rsplit(" ", 1)
    if which == "past":  # 'over the past week': the days up to publication
        days = {"week": 6, "month": 29, "year": 364}[unit]
        return f"{(pub - dt.timedelta(days=days)).isoformat()}/{pub.isoformat()}"
    if unit == "week":
        monday = pub - dt.timedelta(days=pub.weekday())
        if which == "earlier this":  # the days of the week up to publication
            return f"{monday.isoformat()}/{pub.isoformat()}"
        shift = {"last": -7, "next": 7}.get(which, 0)
        start = monday + dt.timedelta(days=shift)
        return f"{start.isoformat()}/{(start + dt.timedelta(days=6)).isoformat()}"
    if unit == "month":
        year, month = pub.year, pub.month
        if which == "last":
            year, month = (year - 1, 12) if month == 1 else (year, month - 1)
        elif which == "next":
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        elif which == "earlier this":
            return f"{year:04d}-{month:02d}-01/{pub.isoformat()}"
        return _month_range(year, month)
    year = pub.year + {"last": -1, "next": 1}.get(which, 0)
    if which == "earlier this":
        return f"{year:04d}-01-01/{pub.isoformat()}"
    return f"{year:04d}-01-01/{year:04d}-12-31"


def parse_iso(value: str) -> dt.date | None:
    """Parse an ISO ``YYYY-MM-DD`` (or longer ISO timestamp) string; None when empty or invalid.

    Example
    -------
    >>> parse_iso("2025-05-31")
    datetime.date(2025, 5, 31)
    """
    if not value or not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


_BYLINE_RE = re.compile(
    rf"(?:(?:Published|Updated|Posted|Last updated)(?:\s+on)?\s*:?\s*)?"
    rf"(?:{WEEKDAY_RE}\s*,?\s+)?"
    rf"(?:(?P<d>{_DAY})\s+(?P<m>{MONTH_RE})|(?P<m2>{MONTH_RE})\s+(?P<d2>{_DAY}))\s*,?\s*(?P<y>{_YEAR})",
    re.IGNORECASE,
)


def byline_date(line: str) -> str:
    """Return the ISO date of a byline such as 'Published On 31 May 2025' or 'Updated 21 July 2023'.

    Only lines that are short and consist of a full date (optionally after 'Published',
    'Updated' or 'Posted') count; a date inside a sentence is not a byline.

    Parameters
    ----------
    line : one line of text.

    Returns
    -------
    ISO date string or ''.

    Example
    -------
    >>> byline_date("Published On 31 May 2025")
    '2025-05-31'
    >>> byline_date("He left on 31 May 2025 for Kabul.")
    ''
    """
    stripped = line.strip()
    if len(stripped) > 60:
        return ""
    m = _BYLINE_RE.search(stripped)
    if m is None or stripped[m.end() :].strip(" .|-") or stripped[: m.start()].strip(" |-"):
        return ""
    day = m.group("d") or m.group("d2")
    month = MONTHS[_month_key(m.group("m") or m.group("m2"))]
    found = _safe_date(int(m.group("y")), month, int(re.sub(r"\D", "", day)))
    return found.isoformat() if found else ""


def find_byline_date(text: str, max_lines: int = 12) -> str:
    """Return the publication date from the first byline among the first ``max_lines`` lines.

    Parameters
    ----------
    text : an article's text, headline first.
    max_lines : how many leading lines may hold the byline.

    Returns
    -------
    ISO date or ''.

    Example
    -------
    >>> find_byline_date("Headline\\n\\nAl Jazeera\\nPublished On 31 May 2025\\nBody text.")
    '2025-05-31'
    """
    for line in (text or "").splitlines()[:max_lines]:
        found = byline_date(line)
        if found:
            return found
    return ""


_AGO_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
# South Asian English writes 'back' for 'ago' ('three days back'); 'a couple of' is two
_AGO_RE = re.compile(
    r"\b(?P<n>\d{1,2}|a\s+couple\s+of|a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve)\s+(?P<u>day|week|month|year|fortnight)s?\s+(?:ago|back)\b",
    re.IGNORECASE,
)


# a year of the Solar Hijri calendar that Iran and Afghanistan keep, named as such ('the Iranian
# year 1403', 'in the solar year 1402', '1403 SH'): it runs from Nowruz (20 or 21 March) of
# Gregorian year + 621 to the eve of the next one; a bare four-digit number is left alone
# ('1403' is also a count)
_SOLAR_YEAR_RE = re.compile(
    r"\b(?:(?:Iranian|Persian|Afghan|solar(?:\s+Hijri)?|Hijri\s+Shamsi)\s+(?:calendar\s+)?"
    r"year\s+(?P<y1>1[34]\d\d)|(?P<y2>1[34]\d\d)\s+(?:SH|AP|solar\s+Hijri|Hijri\s+Shamsi))\b",
    re.IGNORECASE,
)
# the same year bare after a preposition ('expelled 800,000 Afghans in 1403,'), read as one only
# where the story's own date lies in it or in the few years after it, and no word follows
# ('in 1403 cases' is a count)
_BARE_SOLAR_YEAR_RE = re.compile(
    r"\b(?:in|during|since|of)\s+(?:the\s+year\s+)?(?P<y1>1[34]\d\d)(?![\w’'-])(?!\s+(?-i:[a-z]))",
    re.IGNORECASE,
)


def find_solar_years(text: str, published: str = "") -> list[DateSpan]:
    """Return the Solar Hijri years of ``text`` as Gregorian ranges (kind 'range', from 20 March
    to 20 March; Nowruz falls on the 20th or the 21st): those named as such ('the Iranian year
    1403', '1403 SH'), and with ``published`` a bare one after a preposition whose Gregorian
    years hold the publication year or lie at most five years before it.

    Kept apart from :func:`find_dates`, which reads Gregorian expressions only.

    Example
    -------
    >>> [resolve(s) for s in find_solar_years("deported in the Iranian year 1403")]
    ['2024-03-20/2025-03-20']
    >>> [s.text for s in find_solar_years("expelled 800,000 in 1403, police said", "2025-04-06")]
    ['in 1403']
    """
    out = []
    named = list(_SOLAR_YEAR_RE.finditer(text))
    bare = []
    if published[:4].isdigit():
        now = int(published[:4])
        bare = [m for m in _BARE_SOLAR_YEAR_RE.finditer(text)
                if 0 <= now - (int(m.group("y1")) + 621) <= 5
                and all(m.end() <= n.start() or m.start() >= n.end() for n in named)]  # fmt: skip
    for m in sorted(named + bare, key=lambda m: m.start()):
        year = int(m.group("y1") or m.groupdict().get("y2")) + 621
        parts = {"a_year": year, "a_month": 3, "a_day": 20}
        parts.update(b_year=year + 1, b_month=3, b_day=20)
        out.append(DateSpan(m.start(), m.end(), m.group(0), "range", tuple(sorted(parts.items()))))
    return out


def find_ago(text: str) -> list[DateSpan]:
    """Return the 'N days/weeks/months/years ago' expressions in ``text`` (kind 'ago').

    Kept apart from :func:`find_dates`, whose spans other extractors treat as dates inside
    which no count stands; resolve them with :func:`resolve_ago`.

    Example
    -------
    >>> [(s.text, dict(s.parts)) for s in find_ago("when it seized power four years ago")]
    [('four years ago', {'n': 4, 'unit': 'year'})]
    """
    out = []
    for m in _AGO_RE.finditer(text):
        word = " ".join(m.group("n").lower().split())
        n = 2 if word == "a couple of" else int(word) if word.isdigit() else _AGO_NUMBERS[word]
        unit = m.group("u").lower()
        if unit == "fortnight":  # 'a fortnight ago': two weeks
            n, unit = 2 * n, "week"
        parts = (("n", n), ("unit", unit))
        out.append(DateSpan(m.start(), m.end(), m.group(0), "ago", parts))
    return out


def resolve_ago(span: DateSpan, published: str) -> str:
    """Resolve an 'ago' span against publication, at the precision of its unit; '' without a
    publication date.

    Example
    -------
    >>> resolve_ago(find_ago("four years ago")[0], "2025-05-31")
    '2021-01-01/2021-12-31'
    >>> resolve_ago(find_ago("two days ago")[0], "2025-05-31")
    '2025-05-29'
    """
    pub = parse_iso(published)
    if pub is None or span.kind != "ago":
        return ""
    parts = dict(span.parts)
    n, unit = int(parts["n"]), str(parts["unit"])
    if unit == "day":
        return (pub - dt.timedelta(days=n)).isoformat()
    if unit == "week":
        monday = pub - dt.timedelta(days=pub.weekday() + 7 * n)
        return f"{monday.isoformat()}/{(monday + dt.timedelta(days=6)).isoformat()}"
    if unit == "month":
        index = pub.year * 12 + pub.month - 1 - n
        return _month_range(index // 12, index % 12 + 1)
    year = pub.year - n
    return f"{year:04d}-01-01/{year:04d}-12-31"


_WEEKEND_RE = re.compile(r"\b(?:over|during|at|on|last|this|past)\s+(?:the\s+)?weekend\b", re.I)


def find_weekend(text: str) -> list[DateSpan]:
    """Return 'over the weekend', 'last weekend' and the like in ``text`` (kind 'weekend');
    resolve them with :func:`resolve_weekend`.

    Example
    -------
    >>> [s.text for s in find_weekend("Iran deported 8,000 Afghans over the weekend.")]
    ['over the weekend']
    """
    return [
        DateSpan(m.start(), m.end(), m.group(0), "weekend", (("rel", "weekend"),))
        for m in _WEEKEND_RE.finditer(text)
    ]


def resolve_weekend(span: DateSpan, published: str, future: bool = False) -> str:
    """The last Saturday-Sunday before publication (up to publication when it falls on one), or
    for an intention (``future``) the next one from publication; '' without a publication date.

    Example
    -------
    >>> resolve_weekend(find_weekend("over the weekend")[0], "2025-05-12")
    '2025-05-10/2025-05-11'
    >>> resolve_weekend(find_weekend("over the weekend")[0], "2025-05-11")
    '2025-05-10/2025-05-11'
    >>> resolve_weekend(find_weekend("over the weekend")[0], "2025-10-09", future=True)
    '2025-10-11/2025-10-12'
    """
    pub = parse_iso(published)
    if pub is None or span.kind != "weekend":
        return ""
    if future:
        saturday = pub + dt.timedelta(days=(5 - pub.weekday()) % 7 if pub.weekday() != 6 else -1)
        start = max(saturday, pub)
        return f"{start.isoformat()}/{(saturday + dt.timedelta(days=1)).isoformat()}"
    saturday = pub - dt.timedelta(days=(pub.weekday() - 5) % 7)
    sunday = min(saturday + dt.timedelta(days=1), pub)
    if saturday == sunday:
        return saturday.isoformat()
    return f"{saturday.isoformat()}/{sunday.isoformat()}"

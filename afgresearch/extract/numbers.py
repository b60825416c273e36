"""Numbers that count or measure, in digits or words, with the things that are not claims removed.

Recognised forms: grouped and decimal digits ('2,385,109', '5.097'), scale words and suffixes
('1.3 million', '5M', '3 bn'), currency ('$3 billion', '600 million dollars'), percentages
('18 percent', '18%'), a decimal comma before a scale word ('1,2 million'), Indian scales and
grouping ('2.5 lakh', '200 crore', '2,00,000'), parts of a scale ('half a million', 'one and a
half million'), thousands grouped by a narrow space ('100 000'), lengths of time in
compounds ('a six-day visit', 'a 30-day deadline': the unit is the days), number words ('four',
'twenty-one', 'two hundred'), dozens ('more than a dozen', 'half a dozen'), a whole and a half
before a noun ('two and a half decades'), fractions of a whole ('two-thirds of', 'one third of', 'half
of'; given as percent), proportions ('1 in 10', 'one in every five'; also given as percent) and
vague magnitudes ('dozens', 'thousands', 'tens of thousands'; given as their lower bound,
qualifier ``at_least``).

Not numbers for claims (by design): calendar dates and years ('March 21', '1 April', '2021',
'1990s'), ordinals ('7th', 'fourth'), identifiers ('B-17', 'Resolution 2803', 'COVID-19'), times
('10:30', '3 pm'), phone numbers, ages ('seven-year-old', 'aged 12', 'girls over 12'),
the pronoun 'one', referential 'the two' ('the two countries'), years of other
calendars ('in 1404', '1403 solar year'), ages after a name ('Abdul Rahim, 52, said') and
household descriptions ('a mother of four', 'a family of nine').

Example
-------
>>> [(n.text, n.value) for n in find_numbers("About 1.84 million Afghans and four people, not B-17.")]
[('1.84 million', 1840000.0), ('four', 4.0)]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from afgresearch.extract.dates import MONTH_RE, find_dates
from afgresearch.extract.prefilter import fold, required_strings, screen_passes, union_screen

SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
# the months of the Afghan solar calendar as English-language outlets write them ('the 8th of
# Cancer' is 29 June): the zodiac signs, and their Dari names
SOLAR_MONTH_RE = (
    r"(?-i:Aries|Taurus|Gemini|Cancer|Leo|Virgo|Libra|Scorpio|Sagittarius|Capricorn|Aquarius|"
    r"Pisces|Hamal|Sawr|Saur|Jawza|Saratan|Asad|Sunbula|Mizan|Aqrab|Qaws|Jadi|Dalw|Hoot|Hut)"
    r"(?![A-Za-z])"
)
# a day of a solar month: '11 Cancer', 'the 8th of Cancer', 'Saratan 8' (a date, not a figure;
# an English sign name before a number may be a person's: 'Leo 12' is left alone)
_SOLAR_DATE_RE = re.compile(
    rf"(?<![\d,.])\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{SOLAR_MONTH_RE}"
    r"|(?-i:Hamal|Sawr|Saur|Jawza|Saratan|Asad|Sunbula|Mizan|Aqrab|Qaws|Jadi|Dalw|Hoot|Hut)"
    r"\s+\d{1,2}(?!\d|[,.]\d)"
)
SCALES = {"hundred": 100.0, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
          "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7}  # fmt: skip
SUFFIX_SCALES = {"k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "b": 1e9, "bn": 1e9, "tn": 1e12}
FRACTIONS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
             "fifth": 5, "fifths": 5}  # fmt: skip
VAGUE = {"dozens": 12.0, "hundreds": 100.0, "thousands": 1e3, "millions": 1e6, "billions": 1e9}
CURRENCIES = {"$": "dollars", "us$": "dollars", "usd": "dollars", "€": "euros", "eur": "euros",
              "£": "pounds", "rs": "rupees", "rs.": "rupees", "pkr": "rupees", "afn": "afghanis"}  # fmt: skip

# left boundary: not inside a word, except where a lower-case letter runs into a capital
# ('famineAbout'), as happens when scraped sentences lose their separating space
LB = r"(?-i:(?<![A-Za-z])|(?<=[a-z])(?=[A-Z]))"
_WORD = "|".join(
    sorted(list(SMALL) + [k for k in SCALES if not k.endswith("s")], key=len, reverse=True)
)
_WORDS_RE = re.compile(
    rf"{LB}(?:(?:a|an)\s+(?=(?:hundred|thousand|million|billion)\b))?(?:{_WORD})"
    rf"(?:(?:[\s-]+(?:and\s+)?)(?:{_WORD}))*(?![A-Za-z])",
    re.IGNORECASE,
)
# a length of time written as a compound: 'a 30-day deadline', 'a one-year extension', 'a
# six-day visit' (a length; 'a 17-year-old' is an age)
_RULE_LENGTH_RE = re.compile(
    rf"(?<![\w-])(?P<num>\d{{1,3}}|{'|'.join(sorted(SMALL, key=len, reverse=True))})-"
    r"(?P<unit>hour|day|week|month|year)(?![\w-])(?=\s+[a-z])",
    re.IGNORECASE,
)
# a length written as a compound: 'an 800-kilometre border', 'a 5-metre wall' (the unit is
# the compound's second word; a body's size, 'a 20-member delegation', is left out: whether
# the sentence's day is its window is not for a rule to say)
_COMPOUND_LENGTH = (
    r"(?P<num>\d{1,3}(?:,\d{3})+|\d{1,4})-(?P<unit>kilomet(?:er|re)|km|mile|met(?:er|re))"
)
_COMPOUND_LENGTH_RE = re.compile(
    rf"(?<![\w,.-]){_COMPOUND_LENGTH}(?![\w-])(?=\s+(?-i:[a-z]))", re.IGNORECASE
)
_COMPOUND_LENGTH_TEXT_RE = re.compile(_COMPOUND_LENGTH, re.IGNORECASE)


def is_compound_length(text: str) -> bool:
    """True when ``text`` is a length written as a compound: a standing attribute ('an
    800-kilometre border'), no count over a window.

    Example
    -------
    >>> is_compound_length("2,600-km"), is_compound_length("30-day")
    (True, False)
    """
    return bool(_COMPOUND_LENGTH_TEXT_RE.fullmatch(text))


# the unit of each compound, by its second word's first letters
_LENGTH_UNITS = {
    "kilo": "km",
    "km": "km",
    "mile": "miles",
    "mete": "metres",
    "metr": "metres",
}
_DIGITS_RE = re.compile(
    # '_450,000_', '**1.2 million**': Markdown emphasis is no part of a word
    r"(?<![^\W_])(?<![.,/:#-])(?<!\w_)(?:(?P<cur>US\$|\$|€|£|Rs\.?|PKR|USD|AFN|EUR)\s?)?"
    r"(?P<num>\d{1,2}(?:,\d\d)+,\d{3}(?![\d,]\d)|\d{1,3}(?:,\d{3})+(?:\.\d+)?"
    r"|\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+(?![\d,.]\d)"
    r"|\d{1,3},\d{1,2}(?=\s?(?:million|billion|trillion)\b)|\d+(?:\.\d+)?)(?![\d,]\d)"
    r"(?:[\s-]?(?P<scale>hundred|thousand|million|billion|trillion|lakhs?|crores?|mln|mn|bn|tn)"
    r"(?![A-Za-z])"
    r"|(?P<suffix>(?-i:[MBKk]|m(?=\s+(?:people\b|[A-Za-z]+s\b))|(?<=\.\d)m|(?<=\.\d\d)m"
    r"|(?(cur)m|(?!))))(?![A-Za-z]))?"
    r"(?:\s?(?P<pct>%|percent\b|per\s+cent\b|percentage\s+points?\b|pc\b|pct\b))?",
    re.IGNORECASE,
)
_RANGE_RE = re.compile(
    r"(?<![\w.,/:#-])(?P<a>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s?[-–]\s?"
    r"(?P<b>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s(?P<scale>thousand|million|billion))?"
    r"(?:\s?(?P<pct>%|percent\b|per\s+cent\b))?(?![\w-])",
    re.IGNORECASE,
)
# a part of a scale word: 'half a million', 'a quarter of a million', 'one and a half million'
_PART_OF_SCALE_RE = re.compile(
    rf"{LB}(?:(?P<whole>\d{{1,3}}|{'|'.join(sorted(SMALL, key=len, reverse=True))})\s+and\s+a\s+"
    r"(?:half|quarter)\s+|(?:half|(?P<three>three[\s-]+quarters)|a\s+quarter|quarter)\s+"
    r"(?:of\s+)?an?\s+)(?P<scale>thousand|million|billion)(?![A-Za-z])",
    re.IGNORECASE,
)
# a dozen as a count, as outlets write it for people and delegations alike: 'a dozen', 'more
# than a dozen', 'two dozen', 'half a dozen' ('dozens' is a vague magnitude, read below)
_DOZEN_RE = re.compile(
    rf"{LB}(?:(?P<half>half\s+a)|(?P<n>an?|\d{{1,2}}|{'|'.join(sorted(SMALL, key=len, reverse=True))}))"
    r"\s+dozen(?![A-Za-z])",
    re.IGNORECASE,
)
# a whole and a half before a noun, not a scale word ('two and a half decades', '3 and a half
# years', 'one and a half months'): the half is part of the figure
_AND_A_HALF_RE = re.compile(
    rf"{LB}(?P<whole>\d{{1,3}}|{'|'.join(sorted(SMALL, key=len, reverse=True))})\s+and\s+a\s+half"
    r"(?=\s+(?!(?:hundred|thousand|million|billion|trillion)\b)[A-Za-z])",
    re.IGNORECASE,
)
# 'one' that opens a range of number words ('between one to two thousand people', 'one or two
# meals a day'): a figure, not the pronoun
_ONE_IN_RANGE_RE = re.compile(
    rf"\s*(?:to|or|-|–)\s*(?:{'|'.join(k for k in SMALL if SMALL[k] > 1)})(?![A-Za-z])",
    re.IGNORECASE,
)
_MONTH_AFTER_RE = re.compile(rf"\s+(?-i:{MONTH_RE})(?![A-Za-z])")
_MONTH_BEFORE_RE = re.compile(rf"(?-i:{MONTH_RE})\.?\s+$")
_FRACTION_RE = re.compile(
    rf"{LB}(?:(?P<n>one|a|two|three|four)[\s-]+(?P<d>half|halves|thirds?|quarters?|fifths?)"
    rf"\s+of\b|(?P<half>half)(?![A-Za-z-]))",
    re.IGNORECASE,
)
_VAGUE_RE = re.compile(
    rf"{LB}(?:(?P<mult>tens|hundreds)\s+of\s+)?(?P<mag>dozens|hundreds|thousands|millions|billions)\b",
    re.IGNORECASE,
)
_PHONE_RE = re.compile(
    r"(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)[\s.-]?)?\d{2,4}[\s.-]\d{3,4}[\s.-]\d{3,4}"
)
_TIME_AFTER_RE = re.compile(
    r"^(?::\d\d|\s?(?:a\.m\.|p\.m\.|am\b|pm\b|GMT\b|UTC\b|hrs\b|o'clock))", re.I
)
_ID_HEADS = re.compile(
    r"(?<![A-Za-z])(?:resolution|article|section|chapter|no\.?|number|flight|route|highway|road|phase|"
    r"level|room|gate|block|sector|unit|decree|order|law|paragraph|clause|annex|platform|"
    r"terminal|building|street|grade|class|camp|version|model|boeing|airbus|item|page|vol\.?|"
    r"volume|issue|edition|part|stage|round|season|episode|district|zone|area|plot|house|apartment)s?\s$",
    re.IGNORECASE,
)
_AGE_BEFORE_RE = re.compile(
    r"(?:\baged?\s+(?:of\s+)?|\bage\s+of\s+|\b(?:girls|boys|children|kids|students|those|minors)"
    r"\s+(?:over|under|above|below|older than|younger than)\s+(?:the\s+age\s+of\s+)?)$",
    re.IGNORECASE,
)
_AGE_AFTER_RE = re.compile(r"^[\s-]*(?:years?|months?)[\s-]+old\b", re.IGNORECASE)
_HYPHEN_COMPOUND_RE = re.compile(r"^-(?!thirds?|quarters?|halves|plus\b)[A-Za-z]")
# 'two days before', 'three years ago': a duration unit, then a word that places it in time
# ('5,000 Afghans before the deadline' counts people: only a duration unit triggers this)
_DURATION_UNITS = (
    r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|centur(?:y|ies))"
)
_ONE_DURATION_RE = re.compile(rf"\s+{_DURATION_UNITS}(?![\w-])", re.IGNORECASE)
_AGO_RE = re.compile(
    rf"^\s+(?:{_DURATION_UNITS}\s+)?(?:ago|earlier|later)\b"
    rf"|^\s+{_DURATION_UNITS}\s+(?:before|after|prior)\b",
    re.I,
)
# 'for 44 years before arrest': a length of time, not a point placed before another
_FOR_BEFORE_RE = re.compile(
    r"\bfor\s+(?:about\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|some\s+)?$", re.I
)
# a year in another calendar ('in 1404', 'the year 1403', '1404 solar year', '1446 AH')
_OTHER_YEAR_BEFORE_RE = re.compile(
    r"(?<![A-Za-z])(?:(?P<year>years?)|in|since|until|till|during)\s+$", re.I
)
_YEAR_ENDS_RE = re.compile(
    r"^\s*(?:[,.;:)]|$|(?:and|to|when|as|after|before|the|a|an|alone|onwards?)\b|(?-i:[A-Z]))",
    re.I,
)
_OTHER_YEAR_AFTER_RE = re.compile(
    r"^(?:\s*(?:solar|hijri|lunar|shamsi|qamari)\b|\s+(?:SH|AH|HS|H\.S\.|A\.H\.)(?![A-Za-z])"
    r"|[-/]\d{2}(?!\d))",
    re.I,
)
# 'Abdul Rahim, 52, said': an age in commas after a name
_NAME_AGE_BEFORE_RE = re.compile(r"(?-i:[A-Z][\w’'-]+),\s$")
# 'a mother of four', 'a family of nine': a description of a person or household, not a claim
_KIN_OF_RE = re.compile(
    r"(?<![A-Za-z])(?:mother|father|parent|grandmother|grandfather|widow|widower|family|"
    r"household)s?\s+of\s+$",
    re.I,
)
# '1 in 10 returnees', 'one in five children', 'one in every three': a proportion
_NUM_WORDS = "|".join(sorted((k for k in SMALL if SMALL[k] > 0), key=len, reverse=True))
_PROPORTION_RE = re.compile(
    rf"{LB}(?<![\d,.])(?P<n>\d{{1,3}}|{_NUM_WORDS})\s+(?:in|out\s+of)\s+(?:every\s+)?"
    rf"(?P<d>\d{{1,3}}(?:,\d{{3}})+|\d{{1,4}}(?![\d,.]\d)|{_NUM_WORDS}|(?:a\s+)?(?:hundred|thousand))"
    rf"(?![\w-])(?!\s+{_DURATION_UNITS}\b)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class NumberSpan:
    """A number found in text.

    ``kind``: 'count', 'percent', 'money', 'fraction' (a fraction of a whole or a proportion
    such as '1 in 10'; value given in percent) or 'vague'
    (value is the lower bound of 'thousands', 'dozens' ...). ``unit_hint`` is the unit the
    number carries itself ('percent', 'dollars'), else ''.
    """

    start: int
    end: int
    value: float
    text: str
    kind: str
    unit_hint: str = ""


def words_to_number(words: str) -> float | None:
    """Convert an English number phrase ('two hundred and five', 'twenty-one') to a float.

    Example
    -------
    >>> words_to_number("two hundred and five thousand")
    205000.0
    >>> words_to_number("a million")
    1000000.0
    """
    tokens = [t for t in re.split(r"[\s-]+", words.lower().strip()) if t and t != "and"]
    if not tokens:
        return None
    total, current, seen = 0.0, 0.0, False
    for i, tok in enumerate(tokens):
        if tok in ("a", "an") and i == 0:
            current, seen = 1.0, True
        elif tok in SMALL:
            current += SMALL[tok]
            seen = True
        elif tok == "hundred":
            current = (current or 1.0) * 100.0
            seen = True
        elif tok in SCALES:
            total += (current or 1.0) * SCALES[tok]
            current, seen = 0.0, True
        else:
            return None
    return total + current if seen else None


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < e and end > s for s, e in spans)


def _excluded_context(text: str, start: int, end: int) -> bool:
    before, after = text[max(0, start - 40) : start], text[end : end + 40]
    if _TIME_AFTER_RE.match(after) or _AGE_AFTER_RE.match(after) or _AGE_BEFORE_RE.search(before):
        return True
    if _HYPHEN_COMPOUND_RE.match(after):
        return True
    if _AGO_RE.match(after) and not _FOR_BEFORE_RE.search(before):
        return True  # 'two days before the vote' places an event; 'for 44 years before' lasts
    if _KIN_OF_RE.search(before):
        return True  # 'a mother of four'
    if (
        _NAME_AGE_BEFORE_RE.search(before)
        and re.fullmatch(r"\d{1,3}", text[start:end])
        and re.match(r",\s+(?:[a-z]|[“\"])", after)
    ):
        return True  # 'Abdul Rahim, 52, said'
    if re.match(r"[/.:]\d", after) or before.endswith(("/", "No.", "no.")):
        return True  # '31/05/2025', '1.2.3', 'No. 5'
    if after[:1].isalpha() or after[:1] == "-" and after[1:2].isdigit():
        return True  # '7th', '3D', '2-3' ranges of ids
    return bool(_ID_HEADS.search(before))


def _other_calendar_year(text: str, start: int, end: int) -> bool:
    """True when the four digits at ``start:end`` read as a year ('in 1404', 'year 1403')."""
    before, after = text[max(0, start - 20) : start], text[end : end + 20]
    if _OTHER_YEAR_AFTER_RE.match(after):
        return True
    m = _OTHER_YEAR_BEFORE_RE.search(before)
    return bool(m and (m.group("year") or _YEAR_ENDS_RE.match(after)))


def _proportion_term(term: str) -> float:
    term = term.lower().replace(",", "")
    if term.isdigit():
        return float(term)
    return words_to_number(term) or 0.0


_DIGIT_RE = re.compile(r"\d")
# what every match of a pattern without digits holds; a proportion's terms ('one in five') are
# number words, and the patterns not listed ('300-400', '$3 billion', phone numbers) need digits
# (tests/extract/test_numbers.py checks the screen against the patterns)
_WORDS_SCREEN = union_screen(
    required_strings(p)
    for p in (_RULE_LENGTH_RE, _PART_OF_SCALE_RE, _DOZEN_RE, _AND_A_HALF_RE, _FRACTION_RE,
              _WORDS_RE, _VAGUE_RE)
)  # fmt: skip
assert _WORDS_SCREEN is not None


def find_numbers(text: str, include_vague: bool = True) -> list[NumberSpan]:
    """Return the counting or measuring numbers in ``text`` (see the module notes for exclusions).

    Parameters
    ----------
    text : any string.
    include_vague : also return vague magnitudes ('thousands', 'tens of thousands').

    Returns
    -------
    list of NumberSpan sorted by start offset, non-overlapping.

    Example
    -------
    >>> [(n.text, n.value, n.kind) for n in find_numbers("18 percent of staff and $3 billion")]
    [('18 percent', 18.0, 'percent'), ('$3 billion', 3000000000.0, 'money')]
    """
    return list(_find_numbers(text, include_vague)) if text else []


def may_hold_number(text: str) -> bool:
    """Whether ``text`` may hold a figure: it has a digit or one of the words that every
    figure written without digits holds (number words, 'half', 'dozen', 'thousands', ...).
    Exact: :func:`find_numbers` finds nothing in a text that fails it.

    Example
    -------
    >>> may_hold_number("Talks resumed in Doha."), may_hold_number("Twelve were freed.")
    (False, True)
    """
    return _DIGIT_RE.search(text) is not None or screen_passes(_WORDS_SCREEN, fold(text))


@lru_cache(maxsize=1 << 15)  # a chunk's sentences, read by the claims, their flags, events
def _find_numbers(text: str, include_vague: bool) -> tuple[NumberSpan, ...]:
    return _scan_numbers(text, include_vague) if may_hold_number(text) else ()


def _scan_numbers(text: str, include_vague: bool) -> tuple[NumberSpan, ...]:
    """Every pattern run over ``text`` (which :func:`may_hold_number` lets through)."""
    blocked = [(d.start, d.end) for d in find_dates(text)]
    blocked += [(m.start(), m.end()) for m in _PHONE_RE.finditer(text)]
    blocked += [(m.start(), m.end()) for m in _SOLAR_DATE_RE.finditer(text)]
    found: list[NumberSpan] = []
    taken: list[tuple[int, int]] = []

    def add(span: NumberSpan) -> None:
        if _overlaps(span.start, span.end, taken):
            return
        found.append(span)
        taken.append((span.start, span.end))

    for m in _RULE_LENGTH_RE.finditer(text):  # 'a 30-day deadline': the days are the figure
        num = m.group("num").lower()
        value = float(num) if num.isdigit() else float(SMALL[num])
        add(
            NumberSpan(
                m.start(), m.end(), value, m.group(0), "count", m.group("unit").lower() + "s"
            )
        )

    for m in _COMPOUND_LENGTH_RE.finditer(text):  # 'an 800-kilometre border'
        unit = m.group("unit").lower()
        add(
            NumberSpan(
                m.start(),
                m.end(),
                float(m.group("num").replace(",", "")),
                m.group(0),
                "count",
                _LENGTH_UNITS[unit[:4]],
            )
        )

    for m in _PART_OF_SCALE_RE.finditer(text):  # 'half a million', 'one and a half million'
        whole = m.group("whole")
        part = 0.75 if m.group("three") else 0.5 if "half" in m.group(0).lower() else 0.25
        base = (float(whole) if whole.isdigit() else float(SMALL[whole.lower()])) if whole else 0.0
        if not _overlaps(m.start(), m.end(), blocked):
            value = (base + part) * SCALES[m.group("scale").lower()]
            add(NumberSpan(m.start(), m.end(), value, m.group(0), "count"))

    for m in _DOZEN_RE.finditer(text):  # 'more than a dozen', 'two dozen', 'half a dozen'
        n = (m.group("n") or "").lower()
        count = 0.5 if m.group("half") else 1.0 if n in ("a", "an") else _proportion_term(n)
        if count and not _overlaps(m.start(), m.end(), blocked):
            add(NumberSpan(m.start(), m.end(), 12.0 * count, m.group(0), "count"))

    for m in _AND_A_HALF_RE.finditer(text):  # 'two and a half decades'
        if _overlaps(m.start(), m.end(), blocked):
            continue
        if _excluded_context(text, m.start(), m.end()):
            blocked.append((m.start(), m.end()))  # 'two and a half years ago': no part is a figure
            continue
        value = _proportion_term(m.group("whole")) + 0.5
        add(NumberSpan(m.start(), m.end(), value, m.group(0), "count"))

    for m in _PROPORTION_RE.finditer(text):  # '1 in 10', 'one in every five': a share
        n, d = _proportion_term(m.group("n")), _proportion_term(m.group("d"))
        if (
            not 0 < n < d
            or (1800 <= d <= 2099 and d.is_integer())
            or _overlaps(m.start(), m.end(), blocked)
        ):
            continue
        add(NumberSpan(m.start(), m.end(), round(100.0 * n / d, 4), m.group(0), "fraction",
                       "percent"))  # fmt: skip

    for m in _FRACTION_RE.finditer(text):
        if m.group("half"):
            prev = text[max(0, m.start() - 12) : m.start()].lower()
            if re.search(r"(?:first|second|latter|other|the|one|a)\s+$", prev):
                continue
            hedged = re.search(
                r"(?:nearly|almost|about|around|roughly|over|than|least|some)\s+$", prev
            )
            if not hedged and not re.match(r"\s+of\b", text[m.end() : m.end() + 4]):
                continue
            value = 50.0
            end = m.start("half") + 4
        else:
            num = 1 if m.group("n").lower() in ("a", "one") else SMALL[m.group("n").lower()]
            value = 100.0 * num / FRACTIONS[m.group("d").lower()]
            end = m.end("d")
        add(
            NumberSpan(
                m.start(), end, round(value, 4), text[m.start() : end], "fraction", "percent"
            )
        )

    for m in _RANGE_RE.finditer(text):  # '300-400 people', '2-3 million'
        a, b = (float(m.group(g).replace(",", "")) for g in ("a", "b"))
        before = text[max(0, m.start() - 40) : m.start()]
        if _ID_HEADS.search(before) or _AGE_BEFORE_RE.search(before):
            continue
        if _MONTH_AFTER_RE.match(text, m.end()) or _MONTH_BEFORE_RE.search(before):
            blocked.append((m.start(), m.end()))  # '20-26 July', 'June 1-28': days of a month
            continue
        if (
            _overlaps(m.start(), m.end(), blocked)
            or a >= b
            or any(1800 <= v <= 2099 and v.is_integer() for v in (a, b))
        ):
            continue
        factor = SCALES[m.group("scale").lower()] if m.group("scale") else 1.0
        kind, hint = ("percent", "percent") if m.group("pct") else ("count", "")
        add(NumberSpan(m.start("a"), m.end("a"), a * factor, m.group("a"), kind, hint))
        add(NumberSpan(m.start("b"), m.end(), b * factor, text[m.start("b") : m.end()], kind, hint))

    for m in _DIGITS_RE.finditer(text):
        start, end = m.start(), m.end()
        if _overlaps(m.start("num"), m.end("num"), blocked):
            continue
        num = m.group("num")
        # '1,2 million': a decimal comma (a comma before one or two digits and a scale word)
        raw = num.replace(",", ".") if re.fullmatch(r"\d+,\d{1,2}", num) else num.replace(",", "")
        raw = re.sub(r"[\u00a0\u202f\u2009]", "", raw)  # '100 000' with a narrow space
        value = float(raw)
        scale = m.group("scale") or m.group("suffix")
        pct, cur = m.group("pct"), m.group("cur")
        if scale:
            value *= SCALES.get(scale.lower(), SUFFIX_SCALES.get(scale.lower(), 1.0))
        end_ctx = end
        if not scale and not pct and not cur:
            if _excluded_context(text, start, end_ctx):
                continue
            if "," not in m.group("num") and "." not in raw and len(raw) == 4:
                if 1800 <= value <= 2099:
                    continue  # a year not caught as a date ('the 2023 report')
                if 1300 <= value <= 1499 and _other_calendar_year(text, start, end):
                    continue  # a Solar or Lunar Hijri year ('in 1404', '1403 solar year')
        elif not (scale or pct) and _excluded_context(text, m.start("num"), m.end("num")):
            continue
        if pct:
            kind, hint = "percent", "percent"
        elif cur:
            kind, hint = "money", CURRENCIES.get(cur.strip().lower(), "")
        else:
            kind, hint = "count", ""
        add(NumberSpan(start, end, value, text[start:end].rstrip(), kind, hint))

    for m in _WORDS_RE.finditer(text):
        phrase = m.group(0)
        value = words_to_number(phrase)
        if value is None:
            continue
        low = phrase.lower()
        if low in ("zero", "a", "an") or (
            low == "one"
            and not _ONE_DURATION_RE.match(text, m.end())
            and not _ONE_IN_RANGE_RE.match(text, m.end())
        ):
            continue  # 'one' is a pronoun, except before a unit of time ('cut to one month')
        prev = text[max(0, m.start() - 10) : m.start()].lower()
        if re.search(r"\b(?:the|these|those|its|their|our|his|her)\s+$", prev) and value < 100:
            continue
        if _excluded_context(text, m.start(), m.end()):
            continue
        if _overlaps(m.start(), m.end(), blocked):
            continue
        # scale words directly after digits ('3 billion') are already consumed above
        add(NumberSpan(m.start(), m.end(), float(value), phrase, "count"))

    if include_vague:
        for m in _VAGUE_RE.finditer(text):
            value = VAGUE[m.group("mag").lower()]
            if m.group("mult"):
                value *= 10.0 if m.group("mult").lower() == "tens" else 100.0
            add(NumberSpan(m.start(), m.end(), value, m.group(0), "vague"))

    return tuple(sorted(found, key=lambda n: n.start))

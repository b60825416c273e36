"""Time windows that a figure covers ('in the past two months', 'since 2021', 'between 1 April
and 15 July'), found verbatim so the brief can quote them.

Example
-------
>>> [p.text for p in find_periods("In the past two months alone, 500,000 returned.")]
['In the past two months alone']
>>> normalise_period("in just the past two months of the current year")
'past 2 months'
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from afgresearch.extract.attribution import SPEECH_VERBS
from afgresearch.extract.dates import MONTH_RE, WEEKDAY_RE
from afgresearch.extract.numbers import SMALL, SOLAR_MONTH_RE

_NUM = r"(?:\d+|" + "|".join(sorted(SMALL, key=len, reverse=True)) + r"|few|several|couple\s+of)"
_UNIT = r"(?:days?|weeks?|fortnights?|months?|years?|decades?|hours?)"
_YEAR = r"(?:1[89]\d\d|20\d\d)(?!\d)"
_MONTH = rf"{MONTH_RE}(?![A-Za-z])"
# a day needs '(?!\d)': 'March 2025' is a month and year, not 'March 20'
_DAY = r"(?<!\d)\d{1,2}(?:st|nd|rd|th)?(?![\d:])"
_DATE = (
    rf"(?:(?:{_DAY}\s+(?:of\s+)?{_MONTH}|{_MONTH}\s+{_DAY})"
    rf"(?:\s*,?\s*{_YEAR})?|{_MONTH}\s+{_YEAR}|{_MONTH}|{_YEAR})"
)
# two days of one month: '1 and 19 July', 'June 1-28', '21 - 27 June', 'June 21 to 28'
_DAYS_OF_MONTH = (
    rf"(?:{_DAY}\s*(?:-|–|to|and|until)\s*{_DAY}\s+{_MONTH}|{_MONTH}\s+{_DAY}\s*(?:-|–|to|and|until)"
    rf"\s*{_DAY})(?:\s*,?\s*{_YEAR})?"
)
_LB = r"(?-i:(?<![A-Za-z])|(?<=[a-z])(?=[A-Z]))"
# the full stop of an abbreviated month inside a phrase ('a Mar. 31 deadline')
_ABBR_DOT = r"(?:(?<=(?-i:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec))|(?<=(?-i:Sept)))\.(?=\s*\d)"
# 'between mid-June and early July', 'from the start of May to the end of July'
# a calendar a year is counted in: 'this solar year', 'the current fiscal year'
_CALENDAR = r"solar|lunar|fiscal|financial|calendar|academic|school|Hijri"
_EDGE = r"(?:(?:early|late|mid)[\s-]+|the\s+(?:end|start|beginning|middle)\s+of\s+)?"
# words that make 'until <day>' an end set for a state, not a window ('valid until 1 May')
_END_SET_BEFORE = "".join(
    rf"(?<!{w}\s)"
    for w in ("extended", "valid", "open", "opened", "closed", "remain", "stay", "granted", "given")
)
_PATTERNS = [
    rf"{_LB}(?:in|during|over|for|within|throughout)\s+(?:just\s+|only\s+)?(?:over\s+)?(?:the\s+)?"
    rf"(?:past|last|previous|first|final|next|coming|recent|preceding)\s+"
    # a hedged count inside the window: 'in the last over a week', 'the past nearly two months'
    rf"(?:(?:over|more\s+than|nearly|almost|about|around|some)\s+(?:{_NUM}|a|an)\s+|{_NUM}\s+)?"
    rf"(?:{_UNIT}|half|quarter)"
    rf"(?:\s+alone)?(?:\s+of\s+(?:(?:the\s+)?(?:current|this|last|previous)\s+year|the\s+year|"
    rf"{_DATE}))?"
    rf"(?:\s+alone)?",
    # a length of time, with the day or month it fell on: 'in a single day on 3 May'
    rf"{_LB}(?:in|within|over|on)\s+(?:just\s+|only\s+)?(?:a\s+|{_NUM}\s+)(?:single\s+)?{_UNIT}"
    rf"(?:\s+(?:in|of|on)\s+{_DATE}|\s+on\s+(?:last\s+)?(?-i:{WEEKDAY_RE}))?(?:\s+alone)?",
    # the whole or the rest of a span: 'for the whole of 2024', 'in the rest of the year'
    rf"{_LB}(?:for|in|during|throughout|over)\s+(?:the\s+)?(?:whole|entire|rest|remainder)\s+of\s+"
    rf"(?:(?:the|this|last)\s+(?:year|month|week)|{_DATE})",
    # a quarter or a fiscal year: 'in Q1 2025', 'in the 2024-25 fiscal year'
    rf"{_LB}(?:in|during)\s+(?:the\s+)?(?:(?-i:Q[1-4])\s+{_YEAR}|(?:fiscal\s+(?:year\s+)?)?"
    r"20\d\d[-–/](?:20)?\d\d(?!\d)(?:\s+fiscal\s+year)?)",
    # a window that ends on a date: 'in the month up to Oct 15', 'in the week to 5 July'
    rf"{_LB}(?:in|during|over)\s+the\s+(?:(?:past|last|previous|first)\s+)?(?:{_NUM}\s+)?"
    rf"(?:{_UNIT}|fortnight)\s+(?:up\s+to|to|until|till|through|ending|ended|before|of)\s+"
    # or on a day of the week: 'in the 24 hours to Sunday morning'
    rf"(?:{_DAYS_OF_MONTH}|{_DATE}|(?-i:{WEEKDAY_RE})(?:\s+(?:morning|afternoon|evening|night))?)",
    rf"{_LB}(?:between|from|during|in|over)\s+{_DAYS_OF_MONTH}",
    # a span of months: 'in April-June 2025', 'during March–May'
    rf"{_LB}(?:in|during|over|between|from|for)\s+{_MONTH}\s*[-–]\s*{_MONTH}(?:\s*,?\s*{_YEAR})?",
    # a length counted from an event: 'in the 10 days since the deadline'
    rf"{_LB}(?:in|during|over|within)\s+the\s+(?:(?:first|past|last)\s+)?{_NUM}\s+{_UNIT}\s+"
    r"(?:since|after|following|before)\s+(?:the|its|their|a|an)\s+[^,.;:“”\"()]{3,60}?(?=\s*[,.;:“”\"(]|$)",
    rf"{_LB}year[\s-]to[\s-]date",
    # a day of the month named before, to a date: 'from the 25th to June 1'
    rf"{_LB}from\s+the\s+{_DAY}\s+(?:to|until|till|through)\s+{_DATE}",
    rf"{_LB}(?:on|since)\s+(?-i:{MONTH_RE})(?:\s+|(?<=\.)){_DAY}(?:\s*,?\s*{_YEAR})?",
    rf"{_LB}(?:on|since)\s+{_DAY}\s+(?-i:{MONTH_RE})(?![A-Za-z])(?:\s*,?\s*{_YEAR})?",
    # two months together: 'in April and May alone', 'during June and July 2025'
    rf"{_LB}(?:in|during)\s+(?-i:{_MONTH})\s+(?:and|&)\s+(?-i:{_MONTH})(?:\s*,?\s*{_YEAR})?"
    r"(?!\.?\s*\d)",
    rf"{_LB}(?:in|during|since)\s+(?:(?:early|late|mid)[\s-]+)?(?-i:{_MONTH})(?!\.?\s*\d)",
    rf"{_LB}between\s+{_EDGE}{_DATE},?\s+and\s+{_EDGE}{_DATE}",
    # a window bounded by a long event: 'during the ceasefire', 'before the Taliban takeover'
    rf"{_LB}(?:during|before|after)\s+the\s+(?:(?-i:[A-Z])[\w’'-]*\s+){{0,2}}(?:ceasefire|truce|"
    r"takeover|war|conflict|pandemic|occupation|lockdown|blockade|siege|fighting|offensive)(?![\w-])",
    # a span of days of the week: 'between Saturday and Tuesday', 'from Monday to Thursday'
    rf"{_LB}(?:between\s+(?:last\s+)?(?-i:{WEEKDAY_RE})\s+and|from\s+(?:last\s+)?(?-i:{WEEKDAY_RE})\s+"
    rf"(?:to|until|till|through))\s+(?-i:{WEEKDAY_RE})(?![\w-])",
    rf"{_LB}from\s+{_EDGE}{_DATE},?\s+(?:to|until|till|through)\s+{_EDGE}{_DATE}",
    # the whole of a year, month or week: 'across the year', 'over the course of the month'
    rf"{_LB}(?:across|throughout|over|during)\s+(?:the\s+course\s+of\s+)?(?:the|this|last)\s+"
    r"(?:whole\s+|entire\s+|full\s+)?"
    r"(?:year|month|week)(?![\w-])(?!\s+(?:of|to|up|until|ending|ended|before)\b)",
    # a month or year as the subject that saw a figure: 'May 2025 saw 15,675 families expelled'
    rf"{_LB}(?:{_MONTH}\s+{_YEAR}|{_MONTH}|{_YEAR})(?=\s+(?:saw|sees|witnessed|recorded|registered)\b)",
    rf"{_LB}since\s+(?:(?:last\s+)?{WEEKDAY_RE}|yesterday|"
    # 'since April began', 'since 2021 started': the date and the verb that opens it
    rf"last\s+(?:week|month|year)|early\s+\w+|{_DATE}|then|the\s+(?:{_ABBR_DOT}|[^,.;:“”\"()]){{3,80}}?"
    # a cause or a later event after the event named ends the window: 'since the start of the
    # scheme due to ...', 'since the launch of the programme in 2002 following the fall of ...'
    r"(?=\s*(?:[,;:“”\"(]|\.(?!\s*\d))|$|\s+(?:for|with|including|amid|while|following|"
    r"due\s+to|because\s+of|owing\s+to)\s"
    # a main clause after an introductory phrase left without its comma: 'Since the March
    # directive a significant exodus has occurred'
    r"|(?<!\bof)(?<!\bfor)(?<!\bin)(?<!\bon)(?<!\bto)(?<!\bby)(?<!\bwith)(?<!\bat)(?<!\bfrom)"
    r"\s+(?:a|an|some|many|most|more|over|nearly|about|around|almost|\d)\b"
    r"(?:(?!\b(?:who|which|that)\b)[^,.;:]){0,60}?\b(?:has|have|had|is|are|was|were)\b))",
    # one year, or two together ('in 2023 and 2024 combined')
    rf"{_LB}(?:in|during|throughout)\s+(?:(?:early|late|mid)[\s-]+)?(?:{MONTH_RE}\s+)?{_YEAR}(?!\d)"
    rf"(?:\s+and\s+{_YEAR}(?!\d))?",
    rf"{_LB}(?:(?:earlier|later|for|during|throughout|in)\s+)?(?:last|this|next|the\s+current|"
    rf"the\s+previous)\s+(?:(?:{_CALENDAR})\s+)?(?:year|month|week)(?![\w-])",
    rf"{_LB}(?:(?:over|during|at)\s+the|last|this)\s+weekend",
    # a horizon ('by 2030', 'by the end of 2025', 'before the end of 2016'); 'by July 6, 2025'
    # is a deadline, not a window
    rf"{_LB}(?:by\s+{_YEAR}|(?:by|before)\s+the\s+end\s+of\s+(?:(?:this|next|the)\s+year|{_MONTH}\s+{_YEAR}|{_YEAR}|"
    rf"{_MONTH}))",
    # a month of a year, without a day, is a point the figure is read at ('By March 2024,
    # the cedi traded at ...'); a year a horizon ('if the blockade lasts until 2027')
    rf"{_LB}by\s+(?-i:{_MONTH})\s+{_YEAR}",
    rf"{_LB}(?:until|till)\s+{_YEAR}",
    # the year a sum or a count is for: '$2.1bn for 2026', 'arrivals for 2023'
    rf"{_LB}for\s+{_YEAR}(?![-–/]\d|\s+(?:and|to)\s+{_YEAR})",
    # a calendar named with the year: 'so far this solar year', 'this fiscal year'
    rf"{_LB}(?:so\s+far|to\s+date|to\s+this\s+day)(?:\s+(?:this|in)\s+(?:(?:{_CALENDAR})\s+)?"
    rf"(?:year|month|week|{_YEAR}))?",
    # a window named by the one it is compared with: 'compared to the same period last year'
    rf"{_LB}the\s+same\s+(?:period|time|month|week|quarter)\s+(?:last|a|the\s+previous)\s+year",
    # the day or the week of the event told before: 'On the same day, seven soldiers ...'
    rf"{_LB}(?:on|during|in)\s+the\s+same\s+(?:day|night|week|month)(?![\w-])",
    rf"{_LB}in\s+recent\s+(?:days|weeks|months|years)",
    # a point the figure is counted at: 'As of Monday', 'as of 19 July'
    rf"{_LB}as\s+of\s+(?:(?:last\s+)?{WEEKDAY_RE}|yesterday|today|now|the\s+end\s+of\s+(?:{_DATE}|"
    rf"(?:this|last|the)\s+(?:year|month|week))|{_EDGE}{_DATE})",
    # a window that ends on a date: 'up to the 8th of Cancer', 'through 5 July'
    # ('reopened until April 15' sets an end, like 'by July 6': no window)
    rf"{_LB}(?:up\s+to|through)\s+(?:the\s+)?(?:{_DAY}\s+(?:of\s+)?(?:{_MONTH}|"
    rf"{SOLAR_MONTH_RE})|{_MONTH}\s+{_DAY})(?:\s*,?\s*{_YEAR})?",
    # a length named as a span: 'in the span of two weeks', 'within the space of a month'
    rf"{_LB}(?:in|within|over)\s+the\s+(?:span|space|course)\s+of\s+(?:just\s+|only\s+)?"
    rf"(?:a|an|{_NUM})\s+{_UNIT}(?![\w-])",
    # the whole of a year: 'over the course of 2023'
    rf"{_LB}(?:over|during|throughout)\s+the\s+course\s+of\s+{_YEAR}",
    # a day of the last week: 'Last Friday, 3,000 families returned'
    rf"{_LB}last\s+(?-i:{WEEKDAY_RE})(?![\w-])",
    # a point in a month a total is read at: 'By mid-July, 1 million had returned'
    rf"{_LB}by\s+(?:early|mid|late)[\s-]+(?-i:{_MONTH})(?:\s*,?\s*{_YEAR})?",
    # a season of the calendar: 'during Ramadan', 'before Eid al-Adha', 'over Nowruz'
    rf"{_LB}(?:during|over|before|after|throughout)\s+(?:the\s+(?:holy\s+)?(?:month|festival|"
    r"holidays?)\s+of\s+)?(?-i:Ramadan|Ramazan|Eid(?:\s+al-(?-i:[A-Z][a-z]+))?|Nowruz|Muharram)"
    r"(?![\w-])",
    # one day of the week, or two together: 'on Sunday and Monday', 'on Friday or Saturday'
    rf"{_LB}on\s+(?:last\s+)?(?-i:{WEEKDAY_RE})(?:\s+(?:and|or|&)\s+(?-i:{WEEKDAY_RE}))?(?![\w-])",
    # a time counted back from the report: 'A few days ago', 'two weeks ago'
    rf"{_LB}(?:(?:an?\s+)?{_NUM}|an?)\s+{_UNIT}\s+ago(?![\w-])",
    # a length bounded above: 'in less than four months' ('in more than three years' is a length)
    rf"{_LB}(?:in|within|over)\s+(?:less|fewer)\s+than\s+(?:a|an|{_NUM})\s+{_UNIT}(?![\w-])",
    # a window named before: 'during this period', 'in the same period'
    rf"{_LB}(?:in|during|over|for|within|throughout)\s+(?:this|that|the\s+same|the\s+reporting)"
    rf"\s+(?:period|timeframe|time\s+frame)(?:\s+(?:last|this|in)\s+(?:year|{_YEAR}))?",
    # some of the days of a window: 'On some high-volume days', 'with some days seeing'
    rf"{_LB}(?:on\s+)?(?:some|many|most|certain)\s+(?:[a-z]+-[a-z]+\s+|peak\s+|busy\s+)?days"
    r"(?!\s+(?:ago|later|earlier|before|after|of)\b)",
    # a window opened by an event with a named subject: 'Since Islamabad launched its campaign'
    # or by a pronoun for one named before: 'since they seized power again in August 2021'
    rf"{_LB}since\s+(?:(?-i:[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{0,2}})|(?-i:they|it|he|she|we))\s+"
    r"(?-i:(?:[a-z]+ed|began|took|"
    r"came|won|fell|left|became|seized|began|rose))\b[^,.;:“”\"()]{0,80}?(?=\s*[,.;:“”\"(]|$)",
    rf"{_LB}(?:yesterday|today)(?![\w-])",
    # a phase or a round of a campaign: 'during the initial phase', 'in the second round'
    rf"{_LB}(?:in|during|over)\s+(?:the|its|this)\s+(?:initial|first|second|third|final|"
    r"latest|current|previous|opening)\s+(?:phase|stage|round|wave)(?![\w-])",
    # a time counted on from the event told: 'another $350 three months later'
    rf"{_LB}(?:(?:an?\s+)?{_NUM}|an?)\s+{_UNIT}\s+later(?![\w-])",
    # a count up to a day, closing its clause: '189,000 returned till November 7' ('extended
    # until April 15', 'valid until 1 May' set an end, no window)
    rf"{_LB}{_END_SET_BEFORE}"
    rf"(?:till|until|up\s+till|up\s+until)\s+(?:{_DAY}\s+(?:of\s+)?(?-i:{_MONTH})|(?-i:{_MONTH})"
    rf"(?:\s+|(?<=\.)){_DAY})(?:\s*,?\s*{_YEAR})?(?=\s*[,;:”\"’]|\s*\.(?!\d)|$)",
    # the present, set off at the head of a sentence: 'Currently, nearly 9 million ...', 'At
    # present, 40 clinics ...' ('are currently enrolled' inside a clause is no window)
    r"(?:^|(?<=[.!?]\s))(?-i:Currently|Presently|At\s+present)(?=\s*,)",
]
_PERIOD_RE = re.compile("|".join(f"(?:{p})" for p in _PATTERNS), re.IGNORECASE)


@dataclass(frozen=True)
class PeriodSpan:
    """A time window phrase found in text."""

    start: int
    end: int
    text: str


def find_periods(text: str) -> list[PeriodSpan]:
    """Return the time-window phrases in ``text``, sorted by position.

    Parameters
    ----------
    text : any string.

    Returns
    -------
    list of PeriodSpan (verbatim text and offsets).

    Example
    -------
    >>> [p.text for p in find_periods("Pakistan deported 286,631 between 1 April and 15 July.")]
    ['between 1 April and 15 July']
    """
    text = text or ""
    spans: list[PeriodSpan] = []
    for m in _PERIOD_RE.finditer(text):
        if spans and m.start() < spans[-1].end:
            continue  # inside a span extended below ('this year so far')
        found = m.group(0)
        # a sentence-final full stop after a month name is not part of the period
        if found.endswith(".") and not re.search(
            r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.$", found
        ):
            found = found[:-1]
        end = m.start() + len(found)
        alone = _ALONE_RE.match(text, end)
        if alone:  # 'In May alone', 'in the week of June 21-28 alone'
            end = alone.end()
        began = _BEGAN_RE.match(text, end)
        if began and re.match(r"since\s", found, re.IGNORECASE):
            end = began.end()  # 'since April began', 'since 2021 started': the verb opens it
        prev = spans[-1] if spans else None
        if (
            prev
            and re.fullmatch(r",\s+", text[prev.end : m.start()])
            and re.match(r"(?:from|between)\s", found, re.IGNORECASE)
        ):
            # 'In just one week, from July 25 to August 1': one window said twice
            spans[-1] = PeriodSpan(prev.start, end, text[prev.start : end])
            continue
        spans.append(PeriodSpan(m.start(), end, text[m.start() : end]))
    return spans


_BEGAN_RE = re.compile(r"\s+(?:began|started|begun)(?![\w-])", re.IGNORECASE)
_ALONE_RE = re.compile(r"\s+(?:alone|so\s+far|to\s+date)(?![\w-])", re.IGNORECASE)


# a possible consequence after the main clause ('..., potentially impacting four million'):
# what might follow has no window of its own ('..., turning 1.4 million into ...' keeps one)
_CONSEQUENCE_RE = re.compile(
    r",\s+(?:potentially|possibly|likely|probably|perhaps)\s+[a-z]{3,}ing\b", re.IGNORECASE
)


# what stands between a figure and a later window that belongs to another figure or phrase:
# a compared figure ('450, down from 1,100 last year', 'compared with 900 in 2023') or a
# participle clause ('$1.4 billion in deals, marking the first visit since 2021')
_OTHER_FIGURE_AFTER_RE = re.compile(
    r"(?:\b(?:down|up|rising|falling|increased?|decreased?)\s+from|\bcompared\s+(?:with|to)|"
    r"\bagainst)\s+(?:about\s+|around\s+|some\s+|nearly\s+|over\s+)?\d"
    r"|,\s+(?!(?:including|excluding|according|among)\b)(?-i:[a-z]{3,}ing)\b",
    re.IGNORECASE,
)
# a relative clause on a noun ('the earthquake that struck ...'), and the main clause's verb
# after it ('... has risen to', '... rose to'), so that a window inside it dates the noun
_RELATIVE_OPEN_RE = re.compile(
    r"\b(?:that|which)\s+(?:had\s+|has\s+|was\s+)?(?-i:[a-z]+ed|struck|hit|began|took|came|"
    r"fell|shook|broke|began|swept|rocked)\b[^,;:()]*$"
)
_MAIN_VERB_RE = re.compile(
    r"\b(?:has|have|had|is|are|was|were|rose|climbed|jumped|reached|stood|stands|"
    r"(?-i:[a-z]+ed))\b"
)


# a planned act right before a day: 'will begin on September 1', 'is set to start on 3 May'
_PLANNED_BEFORE_RE = re.compile(
    r"\b(?:will|shall|(?:is|are|was|were)\s+(?:set|due|scheduled|expected|planned)\s+to)\s+"
    r"(?:be\s+)?(?:(?-i:[a-z]+ly)\s+)?(?:(?-i:[a-z]+)\s+){1,2}$",
    re.IGNORECASE,
)


def _in_relative_clause(text: str, period: PeriodSpan, start: int) -> bool:
    """True when ``period`` lies in a relative clause before the figure at ``start`` and the
    main clause's verb stands between them: the window dates the noun, not the figure."""
    head = re.split(r"[,;:()]", text[: period.start])[-1]
    return bool(_RELATIVE_OPEN_RE.search(head)) and bool(
        _MAIN_VERB_RE.search(text, period.end, start)
    )


# a superlative right before a window from 'since': the window bounds the comparison ('the
# lowest level since 2019', 'the highest single-day toll since the war began'), not the figure
_SUPERLATIVE_BEFORE_RE = re.compile(
    r"\b(?:lowest|highest|largest|smallest|biggest|greatest|worst|fewest|deadliest|"
    r"first\s+time|record)\b(?:[^,;.]|(?<=\d)[,.](?=\d)){0,80}$",
    re.IGNORECASE,
)
# the clause of a figure that states a state now: '483 families are currently waiting'
_PRESENT_STATE_RE = re.compile(
    r"\s+(?:[\w,.-]+\s+){0,5}?(?:are|is|remain|remains)\s+(?:currently|now|still|presently)\b",
    re.IGNORECASE,
)
# a part of a total by where it came from: '98 families coming from Pakistan', '40 from Iran'
_PART_FROM_RE = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:(?:coming|arriving|returning|returned|deported|expelled|sent)\s+)?"
    r"from\s+(?:(?-i:[a-z]+)\s+)?(?-i:[A-Z])",
    re.IGNORECASE,
)


def nearest_period(
    periods: list[PeriodSpan], start: int, end: int, text: str = "", others: tuple[int, ...] = ()
) -> str:
    """Return the verbatim period closest to the character span ``start:end`` ('' if none).

    With ``text`` (the sentence), a period before the figure counts as far when a new phrase
    (', with', ', and', ', while', ', but') stands between them, and is none of its own when it
    ends another figure's clause ('1 million enrolled this year, and 1.5 million ...'; ``others``
    are the start offsets of the sentence's other figures), unless the figure is set against
    that one (', while', ', whereas'). A period after the figure inside an
    aside about another figure (', including 38,000 who finished school this year') is not its
    own either.

    Example
    -------
    >>> nearest_period(find_periods("since 2021, 5 left"), 12, 13)
    'since 2021'
    """
    best, best_gap = "", None
    for p in periods:
        if p.start < end and p.end > start:
            continue
        if text and is_statement_time(text, p):
            continue
        if p.start >= end and re.search(
            r",\s+(?:including|among\s+them)\b(?:[^,;]|,(?=\d))*$", text[end : p.start]
        ):
            continue  # '1.5 million girls, including 38,000 who finished school this year,'
        aside = re.search(r",\s+with\b(?:[^,;]|,(?=\d))*$", text[end : p.start])
        if p.start >= end and aside and any(end + aside.start() < o < p.start for o in others):
            continue  # '700,000 left, with 230,000 departing in June alone, since ...': the aside's
        if re.match(r"since\b", p.text, re.IGNORECASE) and _SUPERLATIVE_BEFORE_RE.search(
            text, 0, p.start
        ):
            continue  # 'the lowest returns - 140,000 - since the scheme began': the comparison's
        if p.end <= start and _CONSEQUENCE_RE.search(text, p.end, start):
            continue  # 'In May, Iran ordered them out, potentially impacting 4 million'
        if p.start >= end and _OTHER_FIGURE_AFTER_RE.search(text[end : p.start]):
            continue  # '450 staff, down from 1,100 last year': the window of the figure compared
        if re.match(r"on\s", p.text, re.IGNORECASE) and _PLANNED_BEFORE_RE.search(text, 0, p.start):
            continue  # 'deportations will begin on September 1': the day a plan is set for
        contrast = re.search(r",\s+(?:although|though|whereas|but|while)\b", text[end : p.start])
        if p.start >= end and contrast and any(end + contrast.end() <= o < p.start for o in others):
            continue  # '1 million are affected, although 5 million were out before the war'
        if text and ";" in (text[p.end : start] if p.end <= start else text[end : p.start]):
            continue  # 'clashes erupted on 11 May; the army reported 200 killed': a new clause
        if re.search(r"\blater$", p.text, re.IGNORECASE) and (
            p.start < end
            or re.search(r"[,;]", text[end : p.start])
            or any(end <= o < p.start for o in others)
        ):
            continue  # '$375 now, and $350 three months later': the window of the last part only
        if p.end <= start and _in_relative_clause(text, p, start):
            continue  # 'the quake that struck on Sunday has killed 800': the quake's day
        gap = start - p.end if p.end <= start else p.start - end
        links = list(re.finditer(r"[,;]\s+(?:with|and|while|whereas|but)\b", text[p.end : start]))
        link = links[-1] if links else None
        if p.end <= start and link and _PRESENT_STATE_RE.match(text, end):
            continue  # '..., while 483 families are currently waiting': a state now, no window
        if p.end <= start and link:
            # one set against it ('while', 'whereas'), added to it ('..., with an additional
            # 1.2 million ...') or a part of the total before it ('2,604 families returned on
            # Tuesday, with 98 coming from Pakistan') is read over the same window
            parallel = (
                link.group(0).endswith(("while", "whereas"))
                or bool(
                    re.match(
                        r"\s+(?:an?\s+|some\s+)?(?:additional|further|another|extra)\b",
                        text[p.end + link.end() :],
                        re.IGNORECASE,
                    )
                )
                or link.group(0).endswith("with")
                and bool(_PART_FROM_RE.match(text, end))
            )
            if not parallel and any(
                o < p.start and not re.search(r"[,;]\s", text[o : p.start]) for o in others
            ):
                # the window ends another figure's clause; one set against it ('500 returned
                # this week, while 300 left') is read over the same window
                continue
            gap += 1000  # 'surged since mid-June, with a peak of 43,000 on July 1': another phrase
        if is_point(p.text):
            gap += 500  # a day the count is read on gives way to a window in the same sentence
        if best_gap is None or gap < best_gap:
            best, best_gap = p.text, gap
    return best


_POINT_RE = re.compile(
    rf"(?:today|yesterday|on\s+(?:last\s+)?{WEEKDAY_RE}|last\s+{WEEKDAY_RE})", re.IGNORECASE
)
_STATED_RE = re.compile(rf"{_POINT_RE.pattern}|last\s+week|earlier\s+this\s+week", re.IGNORECASE)
# a speech verb and the words that say how or to whom ('told AFP', 'said in a statement
# released'); a figure or a clause between them ('said 500 died on Monday') is not one of them
_SAID_HOW = (
    r"(?:in|a|an|the|to|at|its|his|her|their|recent|joint|written|statement|report|release|"
    r"press|conference|briefing|interview|speech|post|released|published|issued|reporters|"
    r"journalists|media|(?-i:[A-Z][\w’'.-]*))"
)
_SAID_BEFORE_RE = re.compile(rf"\b(?:{SPEECH_VERBS})(?:\s+{_SAID_HOW}){{0,6}}\s*$", re.IGNORECASE)
_ACCORDING_BEFORE_RE = re.compile(r"\baccording\s+to\s+[^,;:]*$", re.IGNORECASE)


def is_point(period: str) -> bool:
    """True when ``period`` names a day a count is read on rather than a window ('As of Monday',
    'on Thursday', 'yesterday').

    Example
    -------
    >>> is_point("As of 19 July"), is_point("in the past two days")
    (True, False)
    """
    return bool(_POINT_RE.fullmatch(period) or re.match(r"as\s+of\b", period, re.IGNORECASE))


_LENGTH_RE = re.compile(
    rf"(?:in|within|over|for)\s+(?:just\s+|only\s+)?(?:a|an|{_NUM})\s+(?:single\s+)?{_UNIT}(?:\s+alone)?",
    re.IGNORECASE,
)


def is_length(period: str) -> bool:
    """True when ``period`` is a bare length of time ('within 24 hours', 'in a single day'), which
    is no window for a figure that is itself a length of time.

    Example
    -------
    >>> is_length("within 24 hours"), is_length("in the past two days")
    (True, False)
    """
    return bool(_LENGTH_RE.fullmatch(period))


def is_statement_time(text: str, period: PeriodSpan) -> bool:
    """True when ``period`` dates the statement, not the figure: a day right after a speech verb
    ('the IOM said on Tuesday that ...', 'told AFP today'), before the speaker when it opens the
    sentence ('On Monday, the ministry announced that ...'), inside 'according to ...' or after a
    document's release ('a report released on Sunday', 'figures published by OCHA on Friday').

    Example
    -------
    >>> s = "The IOM said on Tuesday that 500 returned."
    >>> is_statement_time(s, find_periods(s)[0])
    True
    >>> s = "Some 500 returned on Tuesday, the IOM said."
    >>> is_statement_time(s, find_periods(s)[0])
    False
    """
    if not _STATED_RE.fullmatch(period.text):
        return False
    before = text[: period.start]
    if not before.strip() and _SAID_AFTER_RE.match(text, period.end):
        return True  # 'On Monday, the ministry announced that 3,775 ...'
    return bool(
        _SAID_BEFORE_RE.search(before)
        or _ACCORDING_BEFORE_RE.search(before)
        or _RELEASED_BEFORE_RE.search(before)
    )


# a day opening the sentence, then who spoke: 'On Monday, the ministry announced that ...'
_SAID_AFTER_RE = re.compile(
    rf"\s*,\s*(?:the\s+)?[^,;:“”\"\d]{{1,60}}?\s+(?:{SPEECH_VERBS})\s+(?:that\b|\d)", re.IGNORECASE
)
# 'a report released on Sunday', 'figures published today': the day of a document
_RELEASED_BEFORE_RE = re.compile(
    r"\b(?:report|figures|data|statistics|statement|update|survey)s?\s*,?\s+(?:released|"
    r"published|issued|posted|shared)(?:\s+by\s+[^,;]{1,60}?)?\s*$",
    re.IGNORECASE,
)


def normalise_period(period: str) -> str:
    """Reduce a verbatim period to a comparison key ('in the past two months alone' -> 'past 2 months').

    Windows that look back from now ('in the past two months', 'in just 2 months') become
    'past N units'; windows ahead ('over the next two years') become 'next N units'; the opening
    part of a named span ('in the first week of March') keeps what it is a part of ('first 1
    weeks of march'). Other periods are kept as written, lower-cased, without punctuation.

    Example
    -------
    >>> normalise_period("In just 2 months")
    'past 2 months'
    >>> normalise_period("over the next two years"), normalise_period("in the first week of March")
    ('next 2 years', 'first 1 weeks of march')
    >>> normalise_period("in recent days")
    'recent days'
    """
    low = re.sub(r"\s+", " ", period.lower()).strip()
    if not low:
        return ""
    m = re.search(rf"(?:(?P<n>{_NUM})\s+)?(?P<u>{_UNIT})\b", low)
    if (
        m
        and re.match(r"(?:in|during|over|for|within|throughout)\b", low)
        and (m.group("n") or not m.group("u").endswith("s"))  # 'in recent days': no count
    ):
        n = m.group("n") or "1"
        n = str(SMALL[n]) if n in SMALL else n
        unit = m.group("u").rstrip("s") + "s"
        ahead = re.search(r"\b(?:next|coming)\b", low[: m.start()])
        first = re.search(r"\bfirst\b", low[: m.start()])
        if ahead:
            return f"next {n} {unit}"
        if first:
            part = re.sub(r"[^\w ]", "", low[m.end() :]).strip()
            part = re.sub(r"^alone\b|\balone$", "", part).strip()
            return f"first {n} {unit} {part}".strip()
        return f"past {n} {unit}"
    low = re.sub(r"^(?:in|during)\s+", "", low)
    return re.sub(r"[^\w ]", "", low)

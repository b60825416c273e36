"""Rates: a figure per unit of time ('30,000 per day', '3,000 a day', 'daily', 'every month').

A rate is not a time window: '9,000 a day between 1 and 19 July' has the rate 'a day' and the
period 'between 1 and 19 July'. :func:`find_rates` finds the phrases, :func:`rate_for` the one
that belongs to a figure (in its clause, after it or as an adjective before it).

Example
-------
>>> [(r.text, r.per) for r in find_rates("About 30,000 Afghans crossed per day, 200,000 weekly.")]
[('per day', 'day'), ('weekly', 'week')]
>>> s = "Some 9,000 arrived a day, officials said."
>>> rate_for(find_rates(s), s, 5, 10).per
'day'
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_PER = {
    "day": "day", "days": "day", "night": "day", "daily": "day", "nightly": "day",
    "week": "week", "weekly": "week", "month": "month", "monthly": "month", "year": "year",
    "yearly": "year", "annually": "year", "annual": "year", "annum": "year", "hour": "hour",
    "hourly": "hour",
}  # fmt: skip
_LB = r"(?-i:(?<![A-Za-z])|(?<=[a-z])(?=[A-Z]))"
_RATE_RE = re.compile(
    rf"{_LB}(?:"
    # 'per day', 'a day', 'each week', 'every month' (not 'a day after', 'a week ago')
    r"(?:per|a|an|each|every)\s+(?:single\s+)?(?P<u1>day|night|week|month|year|hour)"
    r"(?![\w-])(?!\s+(?:after|before|earlier|later|ago|of|when|in\s+advance|or\s+two|long))"
    r"|per\s+(?P<u2>annum)"
    # 'every 24 hours': a day
    r"|(?:per|every|each)\s+(?P<u5>24|twenty-four)\s+hours(?![\w-])"
    r"|on\s+(?:a|an)\s+(?P<u3>daily|nightly|weekly|monthly|yearly|annual)\s+basis"
    r"|(?P<u4>daily|nightly|weekly|monthly|yearly|annually|hourly)(?![\w-])"
    # an adjective of time on a sum or a count: 'an annual income of $40 million'
    r"|(?P<u6>annual|monthly|weekly|daily)(?=\s+(?:[a-z-]+\s+){1,2}of\s+(?:about\s+|some\s+|"
    r"over\s+|nearly\s+|around\s+)?(?:US\s*)?[$€£\d])"
    r")",
    re.IGNORECASE,
)
# 'for a week', 'by a month', 'given a month': 'a' before a unit of time counts one of them
_LENGTH_BEFORE_RE = re.compile(
    r"\b(?:for|by|given|granted|allowed|within|in|than|after|over|another|extra|additional|"
    r"further|just|only|about|nearly|almost|around|of)\s+$",
    re.IGNORECASE,
)
_LENGTH_AFTER_RE = re.compile(r"\s+to\s+(?:leave|exit|depart|return|register|comply|decide)\b")
# a clause break between a figure and a rate phrase: the phrase is another figure's
_BREAK_RE = re.compile(r"[;:!?]|\.\s|,\s+(?:and|but|while|whereas|which|who)\b|\s[–—]\s")


# a dash and a hedge between a rate and the figure that follows it
_DASH_FIGURE_RE = re.compile(
    r"\s*(?:—|\s–)\s*(?:(?:between|about|around|some|nearly|almost|roughly|approximately|"
    r"up\s+to|at\s+least|over|more\s+than|as\s+many\s+as)\s+)?",
    re.IGNORECASE,
)


# where a clause opens: the sentence's start, or a colon and a quotation mark before it
_OPENS_CLAUSE_RE = re.compile(r"(?:^|[:;]\s*)[“\"‘']?\s*$")


@dataclass(frozen=True)
class RateSpan:
    """A rate phrase found in text, with its unit of time (day, week, month, year, hour)."""

    start: int
    end: int
    text: str
    per: str


def find_rates(text: str) -> list[RateSpan]:
    """Return the rate phrases in ``text`` ('per day', 'a week', 'daily'), sorted by position.

    Example
    -------
    >>> [r.text for r in find_rates("He left a day after the vote; 40 people a day arrive.")]
    ['a day']
    """
    out = []
    for m in _RATE_RE.finditer(text or ""):
        if re.match(r"an?\s", m.group(0), re.IGNORECASE) and (
            _LENGTH_BEFORE_RE.search(text, 0, m.start()) or _LENGTH_AFTER_RE.match(text, m.end())
        ):
            continue  # 'given a month to leave', 'deported for a week': a length, not a rate
        # the one unit group the match went through ('every 24 hours' is a day)
        unit = m.group(m.lastgroup or 0)
        per = "day" if m.lastgroup == "u5" else _PER[unit.lower()]
        out.append(RateSpan(m.start(), m.end(), m.group(0), per))
    return out


def rate_for(
    rates: list[RateSpan], sentence: str, start: int, end: int, others: tuple[int, ...] = ()
) -> RateSpan | None:
    """The rate that belongs to the figure at ``start:end``: the nearest phrase after it in its
    clause (up to 80 characters, no other figure between), else an adjective right before it
    ('daily crossings of 20,000', 'a daily average of 9,000'); None when there is none.

    Parameters
    ----------
    rates : from :func:`find_rates` on ``sentence``.
    sentence : the sentence.
    start, end : the figure's offsets.
    others : start offsets of the sentence's other figures.

    Example
    -------
    >>> s = "Daily crossings exceed 20,000 people."
    >>> rate_for(find_rates(s), s, 23, 29).text
    'Daily'
    """
    for r in rates:
        if r.start >= end and r.start - end <= 80:
            gap = sentence[end : r.start]
            if _BREAK_RE.search(gap) or any(end <= o < r.start for o in others):
                continue
            if (
                r.text.lower() in _ADJECTIVES
                and re.search(r"\b(?:the|a|an|its|their)\s+(?:[a-z]+\s+)?$", gap, re.I)
                and _NOUN_AFTER_RE.match(sentence, r.end)
            ):
                continue  # '250,000, the highest monthly figure': an adjective of another noun
            return r
    for r in rates:
        # a rate that opens its clause, set off by a comma ('Every day, between 1,000 and 2,000
        # people return', 'He said: "Each week, 300 families arrive"'): it covers the clause
        if (
            r.end <= start
            and _OPENS_CLAUSE_RE.search(sentence, 0, r.start)
            and r.text.lower().startswith(("every", "each"))
            and (comma := re.match(r"\s*,", sentence[r.end :]))
            and not _BREAK_RE.search(sentence, r.end + comma.end(), start)
        ):
            return r
    for r in rates:
        # a figure set off by a dash right after the rate puts a number on what the rate
        # counts ('Families are deported each day—between 700 and 800', 'hundreds cross every
        # week – some 3,000'): it is a figure of that rate
        if r.end <= start and _DASH_FIGURE_RE.fullmatch(sentence, r.end, start):
            return r
    for r in reversed(rates):
        if r.end <= start and start - r.end <= 40 and r.text.lower() in _ADJECTIVES:
            gap = sentence[r.end : start]
            if _BREAK_RE.search(gap) or re.match(r"\s+(?-i:[A-Z])", gap):
                continue  # 'the Daily Times said 500 ...': a name, not a rate
            if not any(r.end <= o < start for o in others):
                return r
    return None


# a word after a rate adjective that makes it a noun's ('monthly figure'), not a preposition
_NOUN_AFTER_RE = re.compile(
    r"\s+(?!(?:through|at|in|on|from|to|into|across|via|since|until|for|and|or|but|over|"
    r"during|by|with|as|now|again|alone)\b)[a-z]{3,}\b"
)
_ADJECTIVES = frozenset({"daily", "nightly", "weekly", "monthly", "yearly", "annual"})

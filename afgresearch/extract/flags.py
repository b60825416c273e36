"""Judgements about each claim, kept as columns of the ``claims`` table.

:func:`flag_claims` adds what a reader of the table (and the brief) needs to tell claims apart
without re-reading their quotes:

- ``as_stated``: the figure as the quote writes it, hedge included ('more than 5.097
  million'), so a brief can quote it instead of restating the normalised ``value``;
- ``vague``: the figure is a vague amount ('thousands'), not a count;
- ``counts_people``: the claim counts people (not money, a percentage, a ratio, a multiple or a
  span of time);
- ``duration``: the counted noun is a span of time ('three months');
- ``is_rate``: the period makes the figure a rate ('a day', 'every month', 'daily').

Example
-------
>>> claims = pd.DataFrame({"quote": ["More than 5.097 million Afghans returned last year."],
...     "value": [5097000.0], "unit": ["Afghans"], "period": ["last year"]})
>>> flag_claims(claims)[["as_stated", "vague", "counts_people", "is_rate"]].values.tolist()
[['More than 5.097 million', False, True, False]]
"""

from __future__ import annotations

import math
import re
from typing import Any

import pandas as pd

# the hedge pattern of the claim extractor, so that a hedge is recognised exactly as it was
# when the qualifier was set
from afgresearch.extract.claims import _QUALIFIER_RE
from afgresearch.extract.measures import PEOPLE_HEADS, TIME_HEADS, head_noun, split_measure
from afgresearch.extract.numbers import SCALES, find_numbers

#: the columns :func:`flag_claims` adds, with their dtypes
FLAG_COLUMNS: dict[str, str] = {
    "as_stated": "string",
    "vague": "bool",
    "counts_people": "bool",
    "duration": "bool",
    "is_rate": "bool",
}

#: counted nouns (singular heads, see :func:`~afgresearch.extract.measures.head_noun`) that
#: count people: only these may stand as a figure for returns, deportations or displacement
PEOPLE_COUNT_HEADS: frozenset[str] = PEOPLE_HEADS | frozenset(
    {"refugee", "migrant", "returnee", "deportee", "evacuee", "seeker", "idp", "displaced",
     "repatriate", "expellee", "undocumented", "child", "woman", "man", "girl", "boy",
     "worker", "student", "prisoner", "detainee"}
)  # fmt: skip

_RATE = re.compile(
    r"^\s*(?:(?:a|an|per|each|every)\s+(?:single\s+)?(?:day|night|week|month|year|hour)s?"
    r"|daily|nightly|weekly|monthly|yearly|annually|hourly)\b",
    re.IGNORECASE,
)
#: what joins the two ends of a range ('and' only after 'between')
_RANGE_GAP = re.compile(r"\s*(?:to|-|–|or)\s*", re.IGNORECASE)
_AND_GAP = re.compile(r"\s*and\s*", re.IGNORECASE)
#: how far after a bare figure a scale word may follow ('three or four million')
_SCALE_GAP = 16


def _text(value: Any) -> str:
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(value).strip()


def as_stated(quote: Any, value: Any) -> str:
    """The figure worth ``value`` as ``quote`` writes it, with its hedge; '' when not found.

    A figure scaled by a word after the next one ('three or four million people') is quoted
    through that word; either end of a range is quoted as the whole range.

    Example
    -------
    >>> as_stated("Officials said about 1.3 million people left.", 1300000.0)
    'about 1.3 million'
    >>> as_stated("Three or four million people may return.", 3000000.0)
    'Three or four million'
    >>> as_stated("Between 9,000 and 12,000 people came.", 12000.0)
    'Between 9,000 and 12,000'
    >>> as_stated("Thousands ran to the airport.", 1000.0), as_stated("No figure.", 5.0)
    ('Thousands', '')
    """
    body = _text(quote)
    try:
        target = float(value)
    except (TypeError, ValueError):
        return ""
    spans = find_numbers(body)
    start = end = None
    for i, span in enumerate(spans):
        if float(span.value) == target:
            start, end = span.start, span.end
            break
        nxt = spans[i + 1] if i + 1 < len(spans) else None
        scale = (
            re.search(r"\b(thousand|million|billion|trillion)\b", nxt.text, re.I) if nxt else None
        )
        if (
            nxt is not None
            and scale
            and nxt.start - span.end <= _SCALE_GAP
            and float(span.value) * SCALES[scale.group(1).lower()] == target
        ):
            start, end = span.start, nxt.end
            break
    if start is None:
        return ""
    # a range ('between 9,000 and 12,000', '300 to 400'): both ends, as one figure
    low = next((s for s in reversed(spans) if s.end <= start), None)
    high = next((s for s in spans if s.start >= end), None)
    if low is not None and _joins(body, low.start, low.end, start):
        start = low.start
    elif high is not None and _joins(body, start, end, high.start):
        end = high.end
    between = re.search(r"\bbetween\s+$", body[max(0, start - 12) : start], re.I)
    if between:
        return body[start - len(between.group(0)) : end].strip()
    hedge = _QUALIFIER_RE.search(body[max(0, start - 30) : start])
    if hedge:
        start -= len(hedge.group(0))
    return body[start:end].strip()


def _joins(body: str, low_start: int, low_end: int, high_start: int) -> bool:
    """Whether the figure ending at ``low_end`` and the one at ``high_start`` are a range."""
    gap = body[low_end:high_start]
    if _RANGE_GAP.fullmatch(gap):
        return True
    before = body[max(0, low_start - 12) : low_start]
    return bool(_AND_GAP.fullmatch(gap) and re.search(r"\bbetween\s+$", before, re.I))


def counts_people(unit: Any, measure: Any = "") -> bool:
    """Whether a claim counts people (not money, a percentage, a ratio, a multiple or a span).

    The counted noun is read from ``unit`` (falling back to the head kept in ``measure``).

    Example
    -------
    >>> counts_people("Afghan nationals"), counts_people("asylum seekers")
    (True, True)
    >>> counts_people("percent of returnees"), counts_people("dollars"), counts_people("times")
    (False, False, False)
    >>> counts_people("", "returns_deportations|people|return|2025")
    True
    """
    head = head_noun(_text(unit)) or split_measure(_text(measure))["head"]
    return head in PEOPLE_COUNT_HEADS


def is_rate(period: Any) -> bool:
    """Whether a claim's period makes its figure a rate ('a day', 'every month', 'daily').

    Example
    -------
    >>> is_rate("every day"), is_rate("per month"), is_rate("in 2025"), is_rate("this year")
    (True, True, False, False)
    """
    return bool(_RATE.match(_text(period)))


def is_vague(quote: Any, value: Any) -> bool:
    """Whether the figure worth ``value`` is a vague amount in ``quote`` ('thousands').

    Example
    -------
    >>> is_vague("Thousands ran to the airport.", 1000.0), is_vague("1,000 ran.", 1000.0)
    (True, False)
    """
    try:
        target = float(value)
    except (TypeError, ValueError):
        return False
    return any(s.kind == "vague" and float(s.value) == target for s in find_numbers(_text(quote)))


def flag_claims(claims: pd.DataFrame) -> pd.DataFrame:
    """``claims`` with the columns of :data:`FLAG_COLUMNS` added (replaced if present).

    Reads ``quote``, ``value``, ``unit``, ``period`` and, where present, ``measure`` (its head
    noun stands in for an empty unit) and ``rate_per`` (a non-empty value marks a rate).

    Example
    -------
    >>> flag_claims(pd.DataFrame(columns=["quote", "value", "unit", "period"])).columns[-1]
    'is_rate'
    """
    rows = claims.reset_index(drop=True)
    measure = rows["measure"] if "measure" in rows.columns else pd.Series("", index=rows.index)
    if "rate_per" in rows.columns:
        rate = [
            bool(_text(r)) or is_rate(p)
            for r, p in zip(rows["rate_per"], rows["period"], strict=True)
        ]
    else:
        rate = [is_rate(p) for p in rows["period"]]
    flags = pd.DataFrame(
        {
            "as_stated": [
                as_stated(q, v) for q, v in zip(rows["quote"], rows["value"], strict=True)
            ],
            "vague": [is_vague(q, v) for q, v in zip(rows["quote"], rows["value"], strict=True)],
            "counts_people": [
                counts_people(u, m) for u, m in zip(rows["unit"], measure, strict=True)
            ],
            "duration": [head_noun(_text(u)) in TIME_HEADS for u in rows["unit"]],
            "is_rate": rate,
        },
        index=rows.index,
    ).astype(FLAG_COLUMNS)
    return pd.concat([rows.drop(columns=list(FLAG_COLUMNS), errors="ignore"), flags], axis=1)

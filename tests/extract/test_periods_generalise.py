"""Time windows and rates of figures, on invented sentences in many wordings: a length of
time with the day it fell on, windows ending on a date, spans between two dates, rates."""

import pytest
from extract_support import make_paragraphs

from afgresearch.extract import extract_claims
from afgresearch.extract.periods import find_periods


def periods_of(text):
    table = extract_claims(make_paragraphs(text))
    rows = zip(table["period"], table["rate"], table["rate_per"], strict=True)
    return dict(zip(table["value"], rows, strict=True))


# (sentence, the period expected among those found)
WINDOWS = [
    ("Some 2,100 migrants landed in a single day on July 14.", "in a single day on July 14"),
    ("Over 1,200 boats crossed in a single day on Sunday.", "in a single day on Sunday"),
    ("In one day on 3 May, 800 families arrived at the camp.", "In one day on 3 May"),
    (
        "Border guards turned back 640 people in the month up to Oct 15.",
        "in the month up to Oct 15",
    ),
    (
        "Between 1 April and 15 July, 9,400 returnees were registered.",
        "Between 1 April and 15 July",
    ),
    ("Some 5,000 crossed in a single day.", "in a single day"),
]


@pytest.mark.parametrize(("sentence", "expected"), WINDOWS)
def test_window_found(sentence, expected):
    assert expected in [p.text for p in find_periods(sentence)]


# a figure with its window, or its rate and unit of time
CLAIMS = [
    (
        "Some 2,100 migrants landed in a single day on July 14.",
        2_100.0,
        ("in a single day on July 14", "", ""),
    ),
    ("Aid groups say 300 people cross per day at Chaman.", 300.0, ("", "per day", "day")),
    ("About 40 trucks a week reach Bamiyan.", 40.0, ("", "a week", "week")),
    ("Some 12,000 people arrive daily in Kandahar.", 12_000.0, ("", "daily", "day")),
]


@pytest.mark.parametrize(("sentence", "value", "expected"), CLAIMS)
def test_claim_period_and_rate(sentence, value, expected):
    assert periods_of(sentence)[value] == expected

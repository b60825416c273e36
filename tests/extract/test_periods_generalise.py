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
    # the current or previous year with its preposition
    ("In the current year, over 90,000 Syrians went home.", "In the current year"),
    ("Exports fell 8 percent in the previous year.", "in the previous year"),
    # a month of a year as the point a figure is read at; a year as a horizon or what a sum is for
    ("By March 2024, the cedi traded at 13.2 to the dollar.", "By March 2024"),
    ("If the blockade lasts until 2027, 2 million children will miss school.", "until 2027"),
    ("The appeal seeks $2.1bn for 2026, of which only 12pc is funded.", "for 2026"),
    # a window ending on a day of the week; so far this month; two years together
    (
        "In the 24 hours to Sunday morning, 85 people died in Gaza.",
        "In the 24 hours to Sunday morning",
    ),
    ("So far this month, 4,500 asylum seekers have been registered.", "So far this month"),
    ("In 2023 and 2024 combined, 1.2 million Syrians returned.", "In 2023 and 2024"),
    # more windows in other wordings
    ("Over 9,000 returned in the fortnight ending 30 June.", "in the fortnight ending 30 June"),
    ("In the three months to September, 70,000 returned.", "In the three months to September"),
    ("Between mid-April and early June, 210,000 left.", "Between mid-April and early June"),
    ("During the past 48 hours, 600 people arrived.", "During the past 48 hours"),
]


# a fiscal year or a pair of years is no year of its own
@pytest.mark.parametrize("sentence", ["The 2024-25 budget of $3bn was cut for 2024-25 plans."])
def test_no_bare_year_in_fiscal_year(sentence):
    assert "for 2024" not in [p.text for p in find_periods(sentence)]


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
    # an adjective of time on a sum: 'an annual revenue of $1 billion'
    (
        "The mine should bring an annual income of $40 million to Kunduz.",
        40_000_000.0,
        ("", "annual", "year"),
    ),
    ("The fund pays a monthly stipend of 3,000 afghanis.", 3_000.0, ("", "monthly", "month")),
    ("The annual report found 1,200 cases.", 1_200.0, ("", "", "")),
    ("The appeal seeks $2.1bn for 2026.", 2_100_000_000.0, ("for 2026", "", "")),
]


@pytest.mark.parametrize(("sentence", "value", "expected"), CLAIMS)
def test_claim_period_and_rate(sentence, value, expected):
    assert periods_of(sentence)[value] == expected

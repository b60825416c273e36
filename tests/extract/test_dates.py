import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from afgresearch.extract.dates import byline_date, find_dates, resolve


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("on Friday, May 30", "2025-05-31", "2025-05-30"),
        ("on July 19, 2023", "", "2023-07-19"),
        ("from March 21 to March 23", "2025-03-25", "2025-03-21/2025-03-23"),
        ("between 1 April and 15 July", "2025-07-20", "2025-04-01/2025-07-15"),
        ("between December 20 and January 5", "2025-01-10", "2024-12-20/2025-01-05"),
        ("on Thursday", "2025-05-31", "2025-05-29"),
        ("last month", "2025-01-15", "2024-12-01/2024-12-31"),
        ("last week", "2025-05-31", "2025-05-19/2025-05-25"),
        ("yesterday", "2025-03-01", "2025-02-28"),
        ("in August 2021", "", "2021-08-01/2021-08-31"),
        ("in 2021", "", "2021-01-01/2021-12-31"),
        ("May 30", "", ""),
        ("on Thursday", "", ""),
    ],
)
def test_resolve(text, published, expected):
    spans = find_dates(text)
    assert len(spans) == 1, spans
    assert resolve(spans[0], published) == expected


def test_future_weekday_resolves_forward():
    assert resolve(find_dates("on Monday")[0], "2025-05-31", future=True) == "2025-06-02"


@pytest.mark.parametrize(
    ("line", "expected"),
    [("Published On 31 May 2025", "2025-05-31"), ("Updated 21 July 2023", "2023-07-21"),
     ("31 May 2025", "2025-05-31"), ("Posted: Jan. 5, 2024", "2024-01-05"),
     ("He left on 31 May 2025 for Kabul.", ""), ("Updated 31 February 2025", "")],
)  # fmt: skip
def test_byline_date(line, expected):
    assert byline_date(line) == expected


def test_bare_month_after_a_preposition():
    span = find_dates("possibly in June")[0]
    assert (span.text, span.kind) == ("June", "month")
    assert resolve(span, "2025-05-31", future=True) == "2025-06-01/2025-06-30"
    assert resolve(find_dates("in December")[0], "2025-05-31") == "2024-12-01/2024-12-31"
    assert find_dates("They may come.") == []


def test_find_byline_date_reads_leading_lines_only():
    from afgresearch.extract import find_byline_date

    assert find_byline_date("Title\nAl Jazeera\nPublished On 31 May 2025\nBody.") == "2025-05-31"
    assert find_byline_date("Title\n" + "body\n" * 20 + "Updated 1 May 2025") == ""


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(["between", "from", "and", "to", "on", "Friday", "May", "Feb", "29", "31",
                         "0", "2024", "2023", "last", "month", "week", "in", "1990s", "-", ","]),
        max_size=12,
    ).map(" ".join),
    st.sampled_from(["", "2024-02-29", "2025-01-01", "not a date"]),
    st.booleans(),
)  # fmt: skip
def test_resolve_never_raises_and_returns_iso(text, published, future):
    for span in find_dates(text):
        value = resolve(span, published, future)
        assert value == "" or re.fullmatch(r"\d{4}-\d\d-\d\d(?:/\d{4}-\d\d-\d\d)?", value)


def test_days_between_and_before_their_month_are_one_range():
    # wire copy words a span of days 'between 1 and 4 June' as often as '1-4 June'
    spans = find_dates("Iran returned 2,000 Afghans between 12 and 15 March, IOM said.")
    assert [(s.text, s.kind) for s in spans] == [("between 12 and 15 March", "range")]
    assert resolve(spans[0], "2024-04-02") == "2024-03-12/2024-03-15"
    spans = find_dates("between 28 and 30 of November 2023")
    assert resolve(spans[0], "") == "2023-11-28/2023-11-30"
    # a share between two figures is no span of days
    assert [s.kind for s in find_dates("between 10 and 20 percent in May")] == ["month"]

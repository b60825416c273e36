"""Windows named by their calendar or by another window, on invented sentences: 'so far this
fiscal year', 'the same period last year', 'on the same day'."""

import pytest
from extract_support import make_paragraphs

from afgresearch.extract import extract_claims
from afgresearch.extract.periods import find_periods


def period_of(text: str, value: float) -> str:
    table = extract_claims(make_paragraphs(text))
    rows = table[(table["value"] - value).abs() <= 1e-6 * max(1.0, abs(value))]
    assert len(rows), f"no claim with the value {value}"
    return str(rows.iloc[0]["period"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Some 12,000 permits were issued so far this fiscal year.", "so far this fiscal year"),
        ("Exports fell to $40 million this financial year.", "this financial year"),
        ("The ministry counted 8,100 arrivals so far this solar year.", "so far this solar year"),
        (
            "Arrivals doubled, compared with the same period last year, when 3,000 came.",
            "the same period last year",
        ),
        ("On the same day, four rangers were wounded in Helmand.", "On the same day"),
        ("During the same week, 600 families left Quetta.", "During the same week"),
    ],
)
def test_named_window_is_found_whole(text, expected):
    assert expected in [p.text for p in find_periods(text)]


def test_a_figure_takes_the_window_of_the_same_day():
    text = "On the same day, four rangers were wounded near the border."
    assert period_of(text, 4) == "On the same day"


def test_a_calendar_year_stays_with_its_calendar():
    text = "Officials say 54,000 people have returned so far this solar year."
    assert period_of(text, 54000) == "so far this solar year"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Some 4,000 homes were looted during the occupation.", "during the occupation"),
        ("Around 70 percent of clinics were open before the war.", "before the war"),
        ("Prices rose 30 percent after the blockade.", "after the blockade"),
        ("Some 2,100 trucks crossed between Monday and Thursday.", "between Monday and Thursday"),
        ("About 900 people left from Friday to Sunday.", "from Friday to Sunday"),
    ],
)
def test_window_bounded_by_an_event_or_weekdays(text, expected):
    assert expected in [p.text for p in find_periods(text)]


def test_a_window_in_a_contrasting_clause_belongs_to_its_own_figure():
    text = (
        "The agency says 2 million children are affected, although it estimates 700,000 "
        "were out of school before the war."
    )
    assert period_of(text, 700_000) == "before the war"
    assert period_of(text, 2_000_000) == ""


@pytest.mark.parametrize(
    "text",
    [
        "The return of some 600,000 card holders will begin on March 3.",
        "Registration of 12,000 families is set to start on 4 June.",
        "The transfer of 2,500 detainees is scheduled to take place on Monday.",
    ],
)
def test_the_day_a_plan_is_set_for_is_no_window(text):
    value = float(next(w for w in text.replace(",", "").split() if w.isdigit()))
    assert period_of(text, value) == ""


def test_a_day_something_happened_stays_a_window():
    assert period_of("Some 3,000 people crossed on March 3.", 3000) == "on March 3"


def test_a_window_after_an_aside_belongs_to_the_main_figure():
    text = (
        "More than 90,000 people have left, with some 20,000 leaving in May alone, since "
        "the ban took effect."
    )
    assert period_of(text, 90000) == "since the ban took effect"
    assert period_of(text, 20000) == "in May alone"


def test_an_added_figure_shares_the_window():
    text = "Over 300,000 returned from Tajikistan in 2024, with an additional 40,000 from Russia."
    assert period_of(text, 40000) == "in 2024"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Since the new visa rules a steady outflow has begun, with 12,000 gone.",
            "Since the new visa rules",
        ),
        (
            "Since the start of the harvest more than 800 workers have crossed.",
            "Since the start of the harvest",
        ),
        # a relative clause or a preposition keeps the phrase going
        (
            "Since the arrival of a governor who has promised reforms, 300 left.",
            "Since the arrival of a governor who has promised reforms",
        ),
    ],
)
def test_since_phrase_without_its_comma_ends_before_the_main_clause(text, expected):
    assert [p.text for p in find_periods(text)][0] == expected

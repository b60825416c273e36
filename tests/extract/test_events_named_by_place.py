"""Acts that news names by a place or a side: a city's fall dated by its own words ('with Sanaa
falling on 21 September 2014', 'the fall of Saigon on 30 April 1975'), forces' withdrawal named
by the side that left ('the Soviet withdrawal from Afghanistan in 1989'), a count crossing a
named border ('at least 1,200 of them crossed the Chaman border on Sunday'); a title set off by
a comma between an act and the date that closes its sentence ('after the minister met Ana Ruiz,
Consul of Peru in Lima on Monday evening'); a statement named by its own day ('the 12 March
2024 announcement', "Friday's declaration"); a time limit dated by the day it falls due ('to
leave the country by 31 October'); and the look-alikes that are no such event."""

import pytest
from extract_support import event_dates_of, event_rows

from afgresearch.extract.event_dates import event_date

rows = event_rows
dates_of = event_dates_of


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("The rebels entered the capital, with Sanaa falling on 21 September 2014.", "2014-09-21"),
        ("Civilians fled north after Mosul fell in June 2014, officials recalled.",
         "2014-06-01/2014-06-30"),
        ("Veterans gathered to mark the fall of Saigon on 30 April 1975.", "1975-04-30"),
        ("Thousands have left since the fall of Aleppo in December 2016.", "2016-12-01/2016-12-31"),
    ],
)  # fmt: skip
def test_a_city_falling_dated_by_its_own_words(text, date):
    assert date in dates_of(text, "192")


@pytest.mark.parametrize(
    "text",
    [
        "Exports fell in March 2024, the bureau said.",
        "The prices kept falling in March.",
        "Markets remember the fall of Lehman, a bank that had grown too big.",
    ],
)
def test_a_fall_that_is_no_city_taken(text):
    assert dates_of(text, "192") == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Since the Soviet withdrawal from Afghanistan in 1989, the country has seen war.",
         "1989-01-01/1989-12-31"),
        ("Violence rose after the NATO pull-out from Libya in October 2011.",
         "2011-10-01/2011-10-31"),
    ],
)  # fmt: skip
def test_forces_withdrawal_named_by_the_side_that_left(text, date):
    assert date in dates_of(text, "0874")


@pytest.mark.parametrize(
    "text",
    ["Britain's withdrawal from the EU took years.", "The US withdrawal from the deal hurt trade."],
)
def test_a_withdrawal_from_a_treaty_is_no_retreat(text):
    assert dates_of(text, "0874") == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Returns gained pace as at least 1,200 of them crossed the Chaman border on Sunday while "
         "police began checks.", "2023-10-08"),
        ("Officials said 600 crossed the frontier at Islam Qala on Monday.", "2023-10-09"),
    ],
)  # fmt: skip
def test_a_count_crossing_a_named_border(text, date):
    assert date in dates_of(text, "0841", published="2023-10-09")


def test_trucks_crossing_are_no_return():
    assert dates_of("More than 300 trucks crossed the border on Friday.", "0841") == []


@pytest.mark.parametrize(
    ("text", "verb", "date"),
    [
        ("This follows talks after the minister met Ana Ruiz, Consul of Peru in Lima on Monday "
         "evening.", "met", "2025-05-05"),
        ("It came after Lopez called Omar Said, Minister of Trade of Chile on Friday.", "called",
         "2025-05-09"),
    ],
)  # fmt: skip
def test_a_title_after_the_name_leaves_the_date_with_the_act(text, verb, date):
    at = text.index(f" {verb} ") + 1
    assert event_date(text, at, at + len(verb), "2025-05-10")[0] == date


def test_a_clause_after_the_comma_keeps_its_own_date():
    text = "After the envoy met Ana Ruiz, the talks resumed on Monday."
    at = text.index(" met ") + 1
    assert event_date(text, at, at + 3, "2025-05-10")[0] != "2025-05-05"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("The government of Chad banned rallies across the country. The 12 March 2024 "
         "announcement drew protests from Amnesty International.", "2024-03-12"),
        ("Rights groups criticised Friday's declaration by the junta in Bamako.", "2024-03-15"),
        ("The May 3, 2021, statement by the Kenyan ministry was withdrawn.", "2021-05-03"),
    ],
)  # fmt: skip
def test_a_statement_named_by_its_own_day(text, date):
    assert date in dates_of(text, "010", published="2024-03-20")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("The number rose since Kenya issued an ultimatum to all refugees on its soil to leave "
         "the country by October 31.", "2023-10-31"),
        ("Refugees have been told to leave the country by 31 October, officials said.",
         "2023-10-31"),
        ("The ministry invites comments on the draft rules by June 2, 2025.", "2025-06-02"),
    ],
)  # fmt: skip
def test_a_time_limit_dated_by_the_day_it_falls_due(text, date):
    assert date in dates_of(text, "139", published="2023-10-09")


def test_an_order_keeps_its_own_date_beside_its_deadline():
    got = dates_of("Iran ordered Afghans to leave the country by July 6.", "139", "2023-10-09")
    assert "2023-07-06" not in got and "2024-07-06" not in got
    assert dates_of("The report was written by May 3 staff.", "139") == []

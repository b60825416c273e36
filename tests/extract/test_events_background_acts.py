"""Acts that news names in passing but dates in their own words: a takeover in a 'since'
clause ('since the junta seized power in 2021'), a takeover or an invasion named by its noun
('the army takeover on 1 February 2021'), a letter whose sender stands between it and its date
('a letter from the ministry, dated May 3'), a drive dated by the verb of its onset, an
announcement dated by its own day; and the look-alikes that are no such event (undated,
negated, planned, hypothetical)."""

import pytest
from extract_support import event_dates_of, event_rows

rows = event_rows
dates_of = event_dates_of


# --- a takeover in a background clause, dated by its own words --------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Food prices in Myanmar have tripled since the army seized power in February 2021.",
         "2021-02-01/2021-02-28"),
        ("The health system has collapsed since the Taliban returned to power in 2021.",
         "2021-01-01/2021-12-31"),
        ("Since the rebels took control of Niamey in 2023, exports have slumped.",
         "2023-01-01/2023-12-31"),
    ],
)  # fmt: skip
def test_a_dated_takeover_in_a_since_clause_is_an_event_of_its_own(text, date):
    assert date in dates_of(text, "192")


def test_an_undated_takeover_in_a_since_clause_stays_background():
    assert dates_of("Exports have slumped since the Taliban seized power.", "192") == []


# --- a takeover named by its noun ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("For the first time since the Taliban takeover on 15 August 2021, Japan sent an envoy.",
         "2021-08-15"),
        ("Abuses have grown since their return to power in August 2021.",
         "2021-08-01/2021-08-31"),
        ("Schools reopened after the US-led invasion of Iraq in 2003.",
         "2003-01-01/2003-12-31"),
    ],
)  # fmt: skip
def test_a_takeover_or_invasion_named_by_its_noun_is_dated_by_its_own_words(text, date):
    assert date in dates_of(text, "192")


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban takeover devastated the economy.",
        "Analysts fear a Taliban takeover of the north.",
        "Aid agencies warned that a return to power by the junta would be a disaster.",
    ],
)
def test_an_undated_or_feared_takeover_noun_is_no_event(text):
    assert dates_of(text, "192") == []


# --- a letter whose sender stands between it and its date ---------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("A circular from the health ministry, dated March 3, told clinics to close.", "2025-03-03"),
        ("A letter from Turkey's interior ministry dated 12 April was sent to governors.",
         "2025-04-12"),
    ],
)  # fmt: skip
def test_a_letter_dated_after_its_sender_is_dated_by_its_own_words(text, date):
    assert date in dates_of(text, "010")


def test_a_letter_without_a_date_after_its_sender_is_no_dated_statement():
    assert dates_of("A letter from the health ministry, dated and signed, was leaked.", "010") == []


# --- a drive dated by the verb of its onset -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("The deportation drive began in 2019, months after the election.",
         "2019-01-01/2019-12-31"),
        ("Turkey's eviction campaign started on 3 March 2024.", "2024-03-03"),
    ],
)  # fmt: skip
def test_a_removal_drive_dated_by_its_onset_is_an_event(text, date):
    assert date in [d for c, d in rows(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The deportation drive never began.",
        "Officials said the expulsion drive could begin in 2026.",
    ],
)
def test_a_removal_drive_that_did_not_begin_is_no_event(text):
    assert rows(text) == [] or all(d[:4] != "2026" for c, d in rows(text))


# --- an announcement named by its noun with its maker and its day -------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Clinics shut after the health ministry's announcement on March 3 that fees would rise.",
         "2025-03-03"),
        ("The move follows Nigeria's declaration on 2 April 2024 of a state of emergency.",
         "2024-04-02"),
    ],
)  # fmt: skip
def test_an_announcement_named_with_its_maker_and_day_is_dated_by_it(text, date):
    assert date in dates_of(text, "010")


@pytest.mark.parametrize(
    "text",
    [
        "Traders await the ministry's announcement, expected next week.",
        "The ministry's announcement did not name a date.",
    ],
)
def test_an_announcement_without_its_own_day_is_no_dated_statement(text):
    assert dates_of(text, "010") == []

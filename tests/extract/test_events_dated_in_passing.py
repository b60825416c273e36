"""Acts that news names in passing with a date of their own: foreign forces leaving a country
('since the withdrawal of Soviet troops in 1989'), a return to power told by a verb of motion
('stormed back to power'), a name added to a list of banned groups, passage granted across a
territory, a diplomatic mission evacuated; a date set off by commas after the clause it dates
('although the two sides met in Doha, in 2019, which ...'); a list of acts each with its own
date ('a visit on 3 May 2022 and a visit ... on 9 June 2023'); and the look-alikes that are no
such event."""

import pytest
from extract_support import event_dates_of, event_rows

from afgresearch.extract.clauses import segment_clauses
from afgresearch.extract.event_dates import event_date, sequel_start

rows = event_rows
dates_of = event_dates_of


# --- foreign forces leaving a country ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Mali has faced a jihadist surge since the withdrawal of French forces in August 2022.",
         "2022-08-01/2022-08-31"),
        ("The insurgency grew after the pull-out of most Soviet troops in 1988.",
         "1988-01-01/1988-12-31"),
        ("Iraq held elections in 2010, before US troops left the country in December 2011.",
         "2011-12-01/2011-12-31"),
    ],
)  # fmt: skip
def test_a_dated_withdrawal_of_forces_is_an_event(text, date):
    assert date in dates_of(text, "0874", published="")


def test_an_undated_withdrawal_named_in_passing_takes_no_date():
    assert dates_of("Violence has grown since the withdrawal of NATO troops.", "0874") in ([], [""])


def test_a_withdrawal_of_an_offer_or_of_staff_is_no_military_retreat():
    assert dates_of("The withdrawal of the trade offer in 2019 angered Tehran.", "0874") == []


def test_a_withdrawal_measured_from_the_date_before_it():
    text = ("The rebels are not recognised, although they signed an accord with the army in "
            "Nairobi, in 2019, which led to the withdrawal of government troops the following "
            "year.")  # fmt: skip
    assert "2020-01-01/2020-12-31" in dates_of(text, "0874", published="2024-03-01")


# --- a return to power told by a verb of motion -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Aid fell sharply after the junta stormed back to power in Bamako in May 2021.",
        "It was only after the movement roared back to power in May 2021 that donors left.",
    ],
)
def test_a_return_to_power_by_a_verb_of_motion(text):
    assert "2021-05-01/2021-05-31" in dates_of(text, "192", published="2022-01-10")


# --- a name added to a list of banned groups ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("The movement was added to Kazakhstan’s blacklist in 2005 for its links to militants.",
         "2005-01-01/2005-12-31"),
        ("Canada added the network to its list of terrorist entities in March 2012.",
         "2012-03-01/2012-03-31"),
        ("The group was placed on the sanctions list in 2019.", "2019-01-01/2019-12-31"),
    ],
)  # fmt: skip
def test_a_name_added_to_a_list_of_banned_groups(text, date):
    assert date in dates_of(text, "172", published="")


def test_a_name_added_to_an_ordinary_list_is_no_sanction():
    assert (
        dates_of("Canada added the city to its list of tourist destinations in 2012.", "172") == []
    )


# --- passage granted across a territory ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "After long talks, Tashkent finally granted transit rights in 2023 to Kazakh fuel trucks.",
        "Turkmenistan gave access in 2023 for the aid convoys to reach Herat.",
    ],
)
def test_passage_granted_across_a_territory(text):
    assert "2023-01-01/2023-12-31" in dates_of(text, "081", published="2024-02-01")


# --- a diplomatic mission evacuated -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Oslo sent envoys back for the first time since the embassy of Norway was evacuated "
         "last August.", "2024-08-01/2024-08-31"),
        ("Canada evacuated its embassy in Sanaa in February 2015.", "2015-02-01/2015-02-28"),
    ],
)  # fmt: skip
def test_a_diplomatic_mission_evacuated(text, date):
    assert date in dates_of(text, "166", published="2025-03-06")


# --- a date set off by commas after the clause it dates -----------------------------------------


def test_a_date_aside_before_a_relative_clause_dates_the_clause_before_it():
    s = ("The council is not recognised, although its envoys met and signed a pact with EU "
         "officials in Oslo, in 2018, which ended the blockade.")  # fmt: skip
    at = s.index("signed")
    assert event_date(s, at, at + 6, "2024-02-19") == ("2018-01-01/2018-12-31", "clause")
    clauses = segment_clauses(s)
    although = next(c for c in clauses if c.marker == "although")
    assert "in 2018" in s[although.start : although.end]


def test_a_date_aside_before_a_main_clause_stays_with_the_main_clause():
    s = "After the army withdrew, in 1989, the country fell into civil war."
    after = next(c for c in segment_clauses(s) if c.marker.lower() == "after")
    assert "1989" not in s[after.start : after.end]


# --- a list of acts, each with its own date -----------------------------------------------------


def test_each_act_of_a_dated_list_has_its_own_date():
    text = ("The ministry said the talks followed a visit of Kenya’s foreign minister to Addis "
            "Ababa on 4 March 2021 and a visit of a delegation led by the defence minister of "
            "Kenya to Addis Ababa on 18 October 2022.")  # fmt: skip
    dates = dates_of(text, "042", published="")
    assert "2021-03-04" in dates and "2022-10-18" in dates


def test_a_list_of_dated_acts_starts_a_new_act_after_the_date():
    s = "Mexico closed the route on 2 March 2020 and the closure of the port followed."
    assert sequel_start(s, 0, s.index("closure")) == s.index("closure")
    assert sequel_start(s, 0, s.index("route")) == -1
    s = "Mexico closed the route in 2020 and 2021."
    assert sequel_start(s, 0, len(s)) == -1

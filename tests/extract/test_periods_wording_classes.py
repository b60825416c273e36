"""Windows by class of wording, on invented sentences (other places, other outlets): days or
months named together ('on Friday and Saturday', 'in June and July alone'), a time counted
back ('two weeks ago'), a bounded length ('in less than three weeks'), a horizon ('before the
end of 2019'); and which figure of a sentence takes the window: a part of a total by where it
came from takes it, a state that holds now ('are still waiting') does not, nor does a figure
a superlative compares with a window from 'since' ('the lowest ... since the start of ...')."""

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
    ("text", "value", "expected"),
    [
        # two days of the week, or two months, named together
        (
            "Some 3,200 migrants crossed into Chad on Friday and Saturday.",
            3200,
            "on Friday and Saturday",
        ),
        (
            "About 9,400 families reached the camps on Monday and Tuesday alone.",
            9400,
            "on Monday and Tuesday alone",
        ),
        ("Nearly 70,000 people fled Goma in June and July alone.", 70000, "in June and July alone"),
        (
            "The agency registered 41,000 arrivals during March and April 2023.",
            41000,
            "during March and April 2023",
        ),
        # a time counted back from the report
        ("Two weeks ago some 800 herders left the valley.", 800, "Two weeks ago"),
        ("A few days ago more than 2,300 refugees crossed at Rafah.", 2300, "A few days ago"),
        # a length bounded above
        (
            "Half a million Sudanese have entered Egypt in less than three weeks, officials said.",
            500000,
            "in less than three weeks",
        ),
        # a horizon
        (
            "The appeal covers 250,000 people likely to return before the end of 2019.",
            250000,
            "before the end of 2019",
        ),
        # a length named as a span, the course of a year, a day of last week, a point in a
        # month, a season of the calendar
        (
            "In the space of three weeks, 64,000 Venezuelans entered Peru.",
            64000,
            "In the space of three weeks",
        ),
        (
            "Over the course of 2019, some 71,000 Eritreans reached Italy.",
            71000,
            "Over the course of 2019",
        ),
        ("Last Thursday, 2,250 families reached the Adre crossing.", 2250, "Last Thursday"),
        ("By mid-October, 1.3 million had left Lebanon.", 1300000, "By mid-October"),
        ("During Ramadan, 8,000 prisoners were pardoned.", 8000, "During Ramadan"),
        # a window from an event, ended by a cause or a later event, or opened by a pronoun
        (
            "Over 600,000 Syrians have gone home since the start of the amnesty in 2019 "
            "following the end of the siege of Homs.",
            600000,
            "since the start of the amnesty in 2019",
        ),
        (
            "Nearly 3,400 activists have been detained since they took power again in May 2014.",
            3400,
            "since they took power again in May 2014",
        ),
    ],
)
def test_window_is_found_whole(text, value, expected):
    assert period_of(text, value) == expected


def test_two_days_named_together_are_no_point_read_apart():
    spans = [p.text for p in find_periods("Rains hit on Sunday or Monday, the office said.")]
    assert spans == ["on Sunday or Monday"]


def test_parts_of_a_total_by_origin_take_its_day():
    text = (
        "A total of 1,870 families crossed back on Thursday, with 240 families coming from "
        "neighbouring Turkmenistan, while 1,630 families came from Uzbekistan."
    )
    assert period_of(text, 1870) == "on Thursday"
    assert period_of(text, 240) == "on Thursday"
    assert period_of(text, 1630) == "on Thursday"


def test_a_state_that_holds_now_takes_no_earlier_window():
    text = (
        "Since March 3, some 14,200 Malians have been resettled, while 310 families of "
        "2,050 people are still waiting at the transit site."
    )
    assert period_of(text, 14200) == "Since March 3"
    assert period_of(text, 310) == ""
    assert period_of(text, 2050) == ""


def test_a_window_from_since_after_a_superlative_bounds_the_comparison():
    text = (
        "Last year saw the lowest arrivals in Lesbos – about 9,300 – since the start of the "
        "crisis due to tighter patrols, the coast guard said."
    )
    assert period_of(text, 9300) == "Last year"
    assert [p.text for p in find_periods(text)] == ["Last year", "since the start of the crisis"]


def test_the_present_at_the_head_of_a_sentence_is_a_window():
    assert period_of("At present, some 4,600 Rohingya live in the Delhi camps.", 4600) == (
        "At present"
    )
    assert period_of("Currently, 31 shelters are open in Chernivtsi.", 31) == "Currently"
    # inside a clause it is no window of its own
    assert period_of("Around 5,200 pupils are currently enrolled in Jenin.", 5200) == ""

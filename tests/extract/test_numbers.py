import pytest

from afgresearch.extract.numbers import find_numbers, words_to_number


def values(text):
    return [(n.text, n.value) for n in find_numbers(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5.097 million Afghans", [("5.097 million", 5_097_000.0)]),
        ("2,385,109 single individuals", [("2,385,109", 2_385_109.0)]),
        ("four people died", [("four", 4.0)]),
        ("twenty-one villages", [("twenty-one", 21.0)]),
        ("two hundred and five homes", [("two hundred and five", 205.0)]),
        ("3 billion dollars", [("3 billion", 3e9)]),
        ("$12.5bn in aid", [("$12.5bn", 12.5e9)]),
        ("18 percent of staff", [("18 percent", 18.0)]),
        ("18% of staff", [("18%", 18.0)]),
        ("1.3 million refugees", [("1.3 million", 1.3e6)]),
        ("Over 5M refugees", [("5M", 5e6)]),
        ("a million people", [("a million", 1e6)]),
        ("including 1,2 million from Iran", [("1,2 million", 1.2e6)]),
        ("a 3,45 billion budget", [("3,45 billion", 3.45e9)]),
        ("after a six-day visit", [("six-day", 6.0)]),
        ("a 15-month pause", [("15-month", 15.0)]),
    ],
)
def test_number_forms(text, expected):
    assert values(text) == expected


def test_fractions_are_given_in_percent():
    assert values("Almost two-thirds of the population")[0][1] == pytest.approx(66.6667)
    assert values("One third of girls")[0][1] == pytest.approx(33.3333)
    assert values("nearly half living abroad") == [("half", 50.0)]
    assert values("in the first half of 2024") == []
    assert values("a third country") == []


def test_vague_magnitudes_are_lower_bounds():
    assert values("tens of thousands of refugees") == [("tens of thousands", 10_000.0)]
    assert values("thousands of migrants") == [("thousands", 1000.0)]
    assert find_numbers("thousands of migrants", include_vague=False) == []


@pytest.mark.parametrize(
    "text",
    [
        "on March 21 the talks began",
        "between 1 April and 15 July",
        "on July 19, 2023, in Kabul",
        "in 2021 the Taliban returned",
        "during the 1990s",
        "the 2023 report",
        "the 7th meeting",
        "in Islamabad's B-17 township",
        "under Resolution 2803",
        "COVID-19 cases",
        "at 10:30 local time",
        "at 3 pm",
        "call +93 700 123 456",
        "her seven-year-old son",
        "girls over the age of 12",
        "girls over 12 cannot study",
        "a seven-year-old boy and a 12-year-old girl",
        "nearly four years ago",
        "one resident said",
        "the two countries",
        "the fourth country",
        "On Oct. 4, 2024, the court ruled",
    ],
)
def test_dates_ids_and_descriptors_are_not_numbers(text):
    assert values(text) == []


def test_run_together_sentences_keep_their_numbers():
    assert values("close to famineAbout 1.84 million Afghans") == [("1.84 million", 1.84e6)]
    assert values("happen far too often") == []


def test_words_to_number_rejects_non_numbers():
    assert words_to_number("banana") is None
    assert words_to_number("") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Some 1.4m Afghans", [("1.4m", 1.4e6)]),
        ("5m people", [("5m", 5e6)]),
        ("500m dollars", [("500m", 5e8)]),
        ("a 100m wall", []),
        ("the 100m race", []),
        ("5k people", [("5k", 5000.0)]),
        ("Rs5bn was allocated", [("Rs5bn", 5e9)]),
    ],
)
def test_abbreviated_scales(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "on 2025-05-31 in Kabul",
        "on 31/05/2025 in Kabul",
        "No. 5",
        "version 1.2.3",
        "pages 10-12",
        "in 2020-2021",
    ],
)
def test_numeric_dates_and_versions_are_not_numbers(text):
    assert values(text) == []


def test_hyphenated_ranges():
    assert values("2-3 million people") == [("2", 2e6), ("3 million", 3e6)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("India sent 2.5 lakh tonnes", [("2.5 lakh", 250_000.0)]),
        ("aid worth Rs 200 crore", [("Rs 200 crore", 2e9)]),
        ("some 2,00,000 people", [("2,00,000", 200_000.0)]),
        ("half a million Afghans", [("half a million", 500_000.0)]),
        ("a quarter of a million people", [("a quarter of a million", 250_000.0)]),
        ("one and a half million people", [("one and a half million", 1_500_000.0)]),
        ("more than 100\u202f000 people", [("100\u202f000", 100_000.0)]),
        ("lakhs of people", []),
    ],
)
def test_scales_and_groupings_of_other_outlets(text, expected):
    assert values(text) == expected


def test_a_range_of_percentages_is_two_shares():
    assert [(n.value, n.kind) for n in find_numbers("about 15-20 percent")] == [
        (15.0, "percent"),
        (20.0, "percent"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2.3-million girls", [("2.3-million", 2_300_000.0)]),
        ("some 40pc of returnees", [("40pc", 40.0)]),
        ("40 pct of returnees", [("40 pct", 40.0)]),
        ("€2m for aid", [("€2m", 2_000_000.0)]),
        ("5,000-plus returnees", [("5,000", 5000.0)]),
    ],
)
def test_hyphenated_scales_short_percent_and_currency_millions(text, expected):
    assert values(text) == expected

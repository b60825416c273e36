"""Figures written in words: dozens, a whole and a half, 'one' opening a range of words."""

import pytest

from afgresearch.extract.claims import _sentence_claims
from afgresearch.extract.numbers import find_numbers


def figures(text: str) -> list[tuple[str, float]]:
    return [(n.text, n.value) for n in find_numbers(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Border guards detained more than a dozen traders at Spin Boldak.", ("a dozen", 12.0)),
        ("Nearly two dozen aid workers were expelled from Kandahar.", ("two dozen", 24.0)),
        ("Half a dozen clinics closed in Paktia last month.", ("Half a dozen", 6.0)),
        ("Police held 3 dozen protesters in Mazar overnight.", ("3 dozen", 36.0)),
    ],
)
def test_dozen_is_a_count(text, expected):
    assert expected in figures(text)


def test_dozens_stay_vague():
    assert [(n.text, n.kind) for n in find_numbers("Dozens of families camped at Torkham.")] == [
        ("Dozens", "vague")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She taught in Kunduz for two and a half decades.", ("two and a half", 2.5)),
        ("The crossing stayed shut for 3 and a half weeks.", ("3 and a half", 3.5)),
        ("Talks lasted one and a half days in Tashkent.", ("one and a half", 1.5)),
    ],
)
def test_a_whole_and_a_half(text, expected):
    assert figures(text) == [expected]


def test_and_a_half_before_a_scale_is_unchanged():
    assert figures("one and a half million people") == [("one and a half million", 1_500_000.0)]


def test_and_a_half_placing_an_event_is_no_figure():
    assert figures("The clinic closed two and a half years ago.") == []


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Officials said between one to two thousand returnees arrive daily.", 1000.0, 2000.0),
        ("Each camp hosts one or two hundred families.", 100.0, 200.0),
        ("Families get one or two meals a day in Nimroz.", 1.0, 2.0),
    ],
)
def test_one_opening_a_range_of_words(text, low, high):
    values = [row["n"].value for row in _sentence_claims(text)]
    assert values == [low, high]


@pytest.mark.parametrize(
    "text",
    ["One of the guards said 300 people waited.", "No one knows why 300 people waited."],
)
def test_one_as_pronoun_is_still_left_out(text):
    assert figures(text) == [("300", 300.0)]


def claims_of(text: str) -> list[tuple[float, str, str]]:
    return [(row["n"].value, row["period"], row["rate"]) for row in _sentence_claims(text)]


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        ("Each week, between 300 and 500 families reach the Spin Boldak camp.", "Each week"),
        (
            'The governor told Ariana News: "Every day, some 4,000 people cross at Torkham.',
            "Every day",
        ),
    ],
)
def test_a_rate_opening_its_clause_covers_its_figures(text, rate):
    assert all(r == rate for _, _, r in claims_of(text))


def test_a_rate_inside_another_phrase_stays_apart():
    assert claims_of("In every province, 300 schools closed.") == [(300.0, "", "")]


@pytest.mark.parametrize(
    "text",
    [
        "The envoy met on Tuesday in Tashkent with more than 20 delegations.",
        "Yesterday the minister held talks in Kabul with 12 foreign ambassadors.",
    ],
)
def test_those_met_on_a_day_have_no_window(text):
    assert [p for _, p, _ in claims_of(text)] == [""]


def test_a_count_on_a_day_keeps_its_day():
    assert claims_of("Border police deported 800 Afghans on Monday.") == [(800.0, "on Monday", "")]

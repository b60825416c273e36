"""Claims from layouts and phrasings not in the seeds (invented sentences)."""

import pytest
from extract_support import make_paragraphs

from afgresearch.extract import extract_claims
from afgresearch.extract.attribution import sentence_attribution
from afgresearch.extract.numbers import find_numbers
from afgresearch.extract.periods import find_periods, normalise_period


def claims_of(text):
    return extract_claims(make_paragraphs(text))


def values(text):
    return [(n.text, n.value) for n in find_numbers(text)]


# 1. identifier heads ('round 3', 'road 7', 'order 5') need a word boundary
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Around 4,500 families crossed on Friday.", 4500.0),
        ("Officials counted around 3,000 a day at the gate.", 3000.0),
        ("Relatives abroad 7,000 strong sent money.", 7000.0),
        ("Guards on the border 3,500 were turned back.", 3500.0),
    ],
)
def test_words_ending_in_an_id_head_do_not_hide_a_number(text, value):
    assert value in [v for _, v in values(text)]


@pytest.mark.parametrize("text", ["the third round 3 of talks", "on Road 7 near Jalalabad"])
def test_real_identifier_heads_still_exclude(text):
    assert values(text) == []


# 2. only a duration unit before 'before/after' makes a number a time offset
def test_count_before_a_deadline_is_a_claim():
    claims = claims_of("Turkey expelled 8,000 Afghans before the holiday.")
    assert claims[["value", "unit"]].values.tolist() == [[8000.0, "Afghans"]]


@pytest.mark.parametrize(
    "text", ["three weeks before the vote", "two days after the raid", "four years ago"]
)
def test_duration_offsets_stay_excluded(text):
    assert values(text) == []


# 3. periods: a month and year is not a month and day; forward or partial windows are not 'past'
@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Some 9,000 left between February and April 2024.", "between February and April 2024"),
        ("Some 9,000 left since November 2022.", "since November 2022"),
        ("Some 9,000 left between 2 May and 19 June.", "between 2 May and 19 June"),
        ("Some 9,000 left in the first two weeks of May.", "in the first two weeks of May"),
    ],
)
def test_period_text_is_whole(text, period):
    assert [p.text for p in find_periods(text)] == [period]


@pytest.mark.parametrize(
    ("period", "key"),
    [
        ("over the next three years", "next 3 years"),
        ("over the coming decade", "next 1 decades"),
        ("in the first two weeks of May", "first 2 weeks of may"),
        ("in the first week", "first 1 weeks"),
        ("in the past three weeks", "past 3 weeks"),
        ("in just 4 months", "past 4 months"),
        ("by 2028", "by 2028"),
    ],
)
def test_forward_and_partial_periods_are_not_past(period, key):
    assert normalise_period(period) == key


def test_horizon_is_the_period_of_the_figure_after_it():
    claims = claims_of(
        "The agency said 700,000 children had missed school since 2022, and that by 2028 "
        "more than 2 million children would miss school."
    )
    periods = dict(zip(claims["value"], claims["period"], strict=True))
    assert periods == {700_000.0: "since 2022", 2_000_000.0: "by 2028"}


def test_a_dated_deadline_is_not_a_period():
    assert find_periods("They must leave by May 3, 2026.") == []


# 4. 'N in M' is one proportion, in percent
@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Nurses said 1 in 4 households skipped meals.", 25.0, "percent of households"),
        ("One in every six children is underweight.", pytest.approx(16.6667), "percent of children"),
        ("About 2 out of 5 girls left school.", 40.0, "percent of girls"),
        ("Police said 1 in 3 of those arrested were minors.", pytest.approx(33.3333),
         "percent of those arrested"),
    ],
)  # fmt: skip
def test_proportion_is_one_claim(text, value, unit):
    claims = claims_of(text)
    assert len(claims) == 1, claims
    assert claims.iloc[0]["value"] == value
    assert claims.iloc[0]["unit"] == unit


def test_counts_around_in_are_not_proportions():
    assert values("killed 5 in 2 attacks") == [("5", 5.0), ("2", 2.0)]
    assert values("3 in 2023") == [("3", 3.0)]


# 5. years of other calendars, ages after names, household descriptions are not claims
@pytest.mark.parametrize(
    "text",
    [
        "In 1403, the office registered 640 families.",
        "Figures for the year 1402 show 640 families.",
        "The 1401 solar year budget covered 640 families.",
        "Data for 1445 AH list 640 families.",
        "Gul Ahmad, 61, said 640 families were waiting.",
        "Zarghuna, a widow and a mother of five, said 640 families were waiting.",
        "A family of eight lived beside 640 families in the camp.",
    ],
)
def test_not_claims_are_left_out(text):
    assert claims_of(text)["value"].tolist() == [640.0]


def test_unseparated_four_digit_count_is_still_a_count():
    assert 1350.0 in [v for _, v in values("The floods resulted in 1350 deaths.")]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Nearly 90,000 hold refugee cards in the province.", "refugee card holders"),
        ("Police held 12 women rights defenders overnight.", "women rights defenders"),
        ("Some 5,000 returned from Turkey last month.", ""),
        ("About 300,000 live in the capital.", ""),
        ("About 500 registered refugees waited.", "registered refugees"),
    ],
)
def test_units_leave_out_verbs(text, unit):
    claims = claims_of(text)
    assert claims["unit"].tolist() == [unit]


# 6. topics
@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Almost 700,000 Afghans have left Iran this year, the agency said.",
         "returns_deportations"),
        ("Between 5,000-8,000 people a day crossed at Spin Boldak.", "returns_deportations"),
        ("The ban affects 300 female staff of the agency.", "rights_violations"),
    ],
)  # fmt: skip
def test_topics(text, topic):
    assert set(claims_of(text)["topic"]) == {topic}


def test_leaving_people_in_limbo_is_not_a_return():
    claims = claims_of("The decision has left 4,000 migrants in limbo in Karachi.")
    assert claims["topic"].tolist() != ["returns_deportations"]


# 7. attribution
@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Kabul pays 40 million dollars a year, a figure Islamabad says is too low.", "Islamabad"),
        ("The toll reached 60, a number the governor confirmed.", "the governor"),
        ("About 9,000 people arrived on Monday, said Fatima Noori, a nurse at the camp.",
         "Fatima Noori"),
        ("Some 200 were hurt, said the district governor.", "the district governor"),
        ("One in four children is hungry, WFP said.", "WFP"),
        ("Abdul Haqqani, a ministry spokesman, said 400 returned.", "Abdul Haqqani"),
    ],
)  # fmt: skip
def test_attribution(sentence, source):
    assert sentence_attribution(sentence) == source


def test_abbreviated_sources_and_issue_numbers() -> None:
    assert sentence_attribution("It was only 8% funded, according to U.N. data.") == "U.N. data"
    assert sentence_attribution("About 300 were held, according to the U.S.") == "the U.S."
    assert [n.value for n in find_numbers("Welcome to issue 47: 5,000 returned.")] == [5000.0]

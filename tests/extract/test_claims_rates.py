"""Rates, windows, policy figures and trimmed attributions in claims."""

import pytest
from extract_support import make_paragraphs

from afgresearch.extract import extract_claims
from afgresearch.extract.attribution import sentence_attribution
from afgresearch.extract.measures import measure_key
from afgresearch.extract.periods import find_periods
from afgresearch.extract.rates import find_rates
from afgresearch.schema import CLAIM_COLUMNS, CLAIM_KINDS, RATE_UNITS


def claims_of(text):
    return extract_claims(make_paragraphs(text))


def one(text, value):
    table = claims_of(text)
    rows = table[table["value"] == value]
    assert len(rows) == 1, table
    return rows.iloc[0]


@pytest.mark.parametrize(
    ("text", "value", "rate", "per"),
    [
        ("More than 30,000 Afghans per day crossed from Iran.", 30_000, "per day", "day"),
        ("Officials counted around 3,000 a day at the gate.", 3_000, "a day", "day"),
        ("Up to 20,000 migrants are deported on a daily basis.", 20_000,
         "on a daily basis", "day"),
        ("Some 9,000 families arrive every month.", 9_000, "every month", "month"),
        ("Daily crossings exceed 20,000 people.", 20_000, "Daily", "day"),
        ("Kabul pays 40 million dollars a year.", 40_000_000, "a year", "year"),
    ],
)  # fmt: skip
def test_rate_and_its_unit_of_time(text, value, rate, per):
    row = one(text, value)
    assert (row["rate"], row["rate_per"], row["period"]) == (rate, per, "")


def test_rate_and_window_are_apart_and_both_ends_of_a_range_are_rates():
    row = one("About 9,000 Afghans arrived a day between 1 and 19 July.", 9_000)
    assert (row["rate_per"], row["period"], row["kind"]) == ("day", "between 1 and 19 July", "rate")
    table = claims_of("Between 5,000 and 8,000 people a day crossed at Spin Boldak.")
    assert table["rate_per"].tolist() == ["day", "day"]


@pytest.mark.parametrize(
    "text", ["He left a day after the vote.", "A week ago, talks failed.", "a day of talks"]
)
def test_time_phrases_that_are_no_rate(text):
    assert find_rates(text) == []


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Some 1,200 people crossed in a single day.", "in a single day"),
        ("Over 30,000 crossed in the month up to Oct 15.", "in the month up to Oct 15"),
        (
            "Some 131,912 returned in the week of June 21-28 alone.",
            "in the week of June 21-28 alone",
        ),
        ("Some 460,000 returned between 1 and 19 July.", "between 1 and 19 July"),
        ("Some 9,000 returned since mid-June.", "since mid-June"),
        ("Over 250,000 Afghans returned from Iran in June.", "in June"),
        ("A peak of 43,000 people crossed on July 1.", "on July 1"),
        ("Some 80,000 left last year.", "last year"),
    ],
)
def test_windows_are_periods(text, period):
    assert [p.text for p in find_periods(text)] == [period]
    assert claims_of(text)["period"].tolist()[-1] == period


def test_a_month_name_as_a_word_is_no_period():
    assert find_periods("They may return in may.") == []


def test_policy_figures_are_claims_of_their_own_kind():
    table = claims_of("The duration of visas has been reduced from three or six months to just "
                      "one month, and holders were given 15 days to leave.")  # fmt: skip
    assert table[["value", "unit", "kind"]].values.tolist() == [
        [3.0, "months", "policy"],
        [6.0, "months", "policy"],
        [1.0, "month", "policy"],
        [15.0, "days", "policy"],
    ]
    assert one("He spent three months in a camp near Herat.", 3)["kind"] == "duration"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("About 25 percent of the returnees are children.", "share"),
        ("Trade reached $890 million in 2024.", "money"),
        ("Thousands of Afghans crossed.", "vague"),
        ("Some 5,000 Afghans crossed.", "count"),
    ],
)
def test_kinds(text, kind):
    assert claims_of(text)["kind"].tolist() == [kind]


def test_claims_table_contract():
    table = claims_of("Some 5,000 Afghans crossed per day.")
    assert list(table.columns) == list(CLAIM_COLUMNS)
    assert set(table["kind"]) <= set(CLAIM_KINDS)
    assert set(table["rate_per"]) <= {"", *RATE_UNITS}


def test_a_rate_never_shares_a_measure_with_a_total():
    total = measure_key("returns_deportations", "Afghans", "in June", "return")
    rate = measure_key("returns_deportations", "Afghans", "in June", "return", "count", "day")
    assert total != rate
    assert rate == "returns_deportations|people|return|june per day"


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("On Tuesday, publishing a video, UNHCR said that more than 327,000 Afghans returned.",
         "UNHCR"),
        ("“We are worried,” said UNHCR spokesperson Babar Baloch, adding that 1,200 crossed.",
         "Babar Baloch"),
        ("Speaking to reporters in Kabul, the ministry said 500 returned.", "the ministry"),
        ("Abdul Haqqani, a ministry spokesman, said 400 returned.", "Abdul Haqqani"),
    ],
)  # fmt: skip
def test_attribution_is_the_source_name(sentence, source):
    assert sentence_attribution(sentence) == source


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Some 900 returned in May alone.", "in May alone"),
        ("This year alone, 800 people fled.", "This year alone"),
        ("Over 1,000 crossed in just over the past three months.",
         "in just over the past three months"),
        ("Some 1.2 million left in the first half of this year alone.",
         "in the first half of this year alone"),
        ("As of Monday, at least 691 people had returned.", "As of Monday"),
        ("Some 5,236 Afghans were sent back on Thursday, police said.", "on Thursday"),
        ("Monitors recorded 1,033 incidents during this period.", "during this period"),
        ("On some high-volume days, aid reached three percent of them.",
         "On some high-volume days"),
        ("Some 1,418 migrants entered up to the 8th of Cancer.", "up to the 8th of Cancer"),
        ("Since Kabul launched its campaign in October 2023, 1,300 people have left.",
         "Since Kabul launched its campaign in October 2023"),
        ("In just one week, from July 25 to August 1, 85,000 were deported.",
         "In just one week, from July 25 to August 1"),
    ],
)  # fmt: skip
def test_more_windows_are_periods(text, period):
    assert claims_of(text)["period"].tolist()[-1] == period


@pytest.mark.parametrize(
    "text",
    [
        "The IOM said on Tuesday that 500 people returned.",
        "According to the ministry's release today, 1,418 migrants entered.",
        "A spokesman told reporters yesterday that 700 families left.",
    ],
)
def test_the_day_of_a_statement_is_no_period(text):
    assert claims_of(text)["period"].tolist() == [""]


def test_a_window_outranks_the_day_a_count_is_read_on():
    text = "As of 19 July, 1,541,000 Afghans have returned in 2025."
    assert claims_of(text)["period"].tolist() == ["in 2025"]


def test_a_rate_read_on_a_day_has_no_window():
    row = one("Around 9,000 Afghans were arriving per day as of 19 July.", 9_000)
    assert (row["rate"], row["period"]) == ("per day", "")


def test_a_window_ending_another_figures_clause_is_not_the_next_figures():
    text = (
        "More than 900 girls enrolled this year, and nearly 1,500 girls, including 380 girls "
        "who finished school this year, were affected."
    )
    periods = dict(zip(claims_of(text)["value"], claims_of(text)["period"], strict=True))
    assert periods == {900.0: "this year", 1_500.0: "", 380.0: "this year"}


def test_a_fronted_window_covers_both_clauses():
    text = "In 2024, 500 people were killed, and 300 were injured."
    assert claims_of(text)["period"].tolist() == ["In 2024", "In 2024"]


def test_a_possible_consequence_has_no_window_but_a_real_one_keeps_it():
    maybe = "In late May, Iran ordered Afghans out, potentially impacting 4,000 people."
    real = "In June 2025, Pakistan declined to renew cards, turning 1,400 refugees into outlaws."
    assert claims_of(maybe)["period"].tolist() == [""]
    assert claims_of(real)["period"].tolist() == ["In June 2025"]


def test_a_solar_calendar_date_is_no_figure():
    text = "According to the release (Tuesday, 11 Cancer), 1,418 migrants entered by Saratan 8."
    assert claims_of(text)["value"].tolist() == [1_418.0]


def test_a_length_of_time_before_an_event_is_a_figure():
    text = "Rafi had lived in Iran for 44 years before his arrest, two days before the deadline."
    assert claims_of(text)["value"].tolist() == [44.0]


def test_until_a_date_sets_an_end_and_no_window():
    text = "The crossing was closed for 25 days and then reopened until April 15."
    assert claims_of(text)["period"].tolist() == [""]


def test_a_length_of_time_takes_no_day_as_its_window():
    text = "In his first visit in more than three years, the minister landed on Wednesday."
    assert claims_of(text)["period"].tolist() == [""]


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("In the first six months of the year, 300,000 Afghans returned.",
         "In the first six months of the year"),
        ("As of the end of June, 1.2 million had returned.", "As of the end of June"),
        ("Over the weekend, 4,000 people crossed.", "Over the weekend"),
        ("Some 3,500 families were sent back earlier this year.", "earlier this year"),
        ("Some 900 crossed this weekend.", "this weekend"),
    ],
)  # fmt: skip
def test_windows_of_the_year_and_the_weekend(text, period):
    assert claims_of(text)["period"].tolist() == [period]


def test_a_day_after_a_reported_figure_is_its_window():
    assert claims_of("The IOM said in a report released on Monday that 1,200 arrived.")[
        "period"
    ].tolist() == [""]
    assert claims_of("Police said 500 people died on Monday.")["period"].tolist() == ["on Monday"]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Pakistan set a 30-day deadline for Afghans to leave.", 30, "days"),
        ("They were granted a one-year extension.", 1, "years"),
        ("Iran issued a six-month residency permit.", 6, "months"),
    ],
)
def test_a_compound_length_set_by_a_rule_is_a_policy_figure(text, value, unit):
    row = one(text, value)
    assert (row["unit"], row["kind"]) == (unit, "policy")


def test_an_age_in_a_compound_is_no_figure_a_visit_is_a_length():
    table = claims_of("A 17-year-old girl left after a three-day visit.")
    assert table[["value", "unit", "kind", "period"]].values.tolist() == [
        [3.0, "days", "duration", ""]
    ]


@pytest.mark.parametrize(
    ("text", "value", "unit", "qualifier"),
    [
        ("It is the minister's first trip to Delhi in four years.", 4, "years", "exact"),
        ("“Turkey has hosted refugees for over 30 years,” Demir said.", 30, "years", "more_than"),
        ("Applicants get an answer within 48 hours.", 48, "hours", "exact"),
    ],
)
def test_a_length_read_as_a_bare_window_is_the_figure(text, value, unit, qualifier):
    row = one(text, value)
    assert (row["unit"], row["kind"], row["qualifier"], row["period"]) == (
        unit, "duration", qualifier, "")  # fmt: skip


def test_a_length_that_is_another_figures_window_is_no_figure():
    table = claims_of("More than 500 families returned in three weeks.")
    assert table[["value", "period"]].values.tolist() == [[500.0, "in three weeks"]]


@pytest.mark.parametrize(
    "text",
    [
        "The donor froze aid for three months shortly after the election in January.",
        "Once the two-month grace period expires on August 31, 2025, they must leave.",
        "The envoy began a five-day visit on Monday.",
    ],
)
def test_a_length_of_time_takes_no_window(text):
    table = claims_of(text)
    assert len(table) == 1 and table.iloc[0]["period"] == "", table


def test_a_decimal_comma_in_a_count_of_people():
    table = claims_of("Some 1,668 million Afghans and 1,2 million Iraqis returned.")
    assert table["value"].tolist() == [1_668_000.0, 1_200_000.0]


def test_a_length_of_time_takes_no_other_length_as_its_window():
    row = one("They would get a 30-day transit visa within 24 hours of applying.", 30)
    assert (row["kind"], row["period"]) == ("policy", "")


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Some 7,000 left between mid-June and early July.", "between mid-June and early July"),
        ("Some 7,000 left this year so far.", "this year so far"),
        ("Some 7,000 left in the same period last year.", "in the same period last year"),
        ("Since Sept. 2023, 7,000 have left.", "Since Sept. 2023"),
        ("Some 7,000 left throughout 2024.", "throughout 2024"),
        ("As of mid-July, 7,000 had left.", "As of mid-July"),
    ],
)
def test_windows_with_edges_of_months_and_trailing_so_far(text, period):
    assert claims_of(text)["period"].tolist() == [period]


def test_every_24_hours_is_a_daily_rate_and_no_figure():
    table = claims_of("Around 500 families arrive every 24 hours.")
    assert table[["value", "rate", "rate_per"]].values.tolist() == [
        [500.0, "every 24 hours", "day"]
    ]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Card holders were given a month to leave.", "month"),
        ("Pakistan extended the deadline by a month.", "month"),
        ("The PoR cards were extended for another year.", "year"),
        ("Visas were cut to a month.", "month"),
    ],
)
def test_one_unit_of_time_set_by_a_rule_is_a_policy_figure(text, unit):
    table = claims_of(text)
    assert table[["value", "unit", "kind"]].values.tolist() == [[1.0, unit, "policy"]]


@pytest.mark.parametrize(
    "text",
    [
        "Some 300,000 card holders were given a month to leave.",
        "About 2,000 people were deported for a week.",
    ],
)
def test_a_length_after_for_or_given_is_no_rate(text):
    assert (claims_of(text)["rate"] == "").all()


def test_a_length_without_a_rule_is_no_figure():
    assert claims_of("They lived there for a year.").empty

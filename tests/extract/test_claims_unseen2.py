"""Claims in wording the first development sets did not hold: windows opening a sentence or
running over commas, parts of a whole, contrasting clauses, rates before a figure and sources
behind an aside or a 'citing' of reasons."""

import pytest
from extract_support import make_paragraphs

from afgresearch.extract import extract_claims
from afgresearch.extract.attribution import sentence_attribution
from afgresearch.extract.numbers import find_numbers


def claims_of(*paragraphs):
    return extract_claims(make_paragraphs(*paragraphs))


def one(text, value):
    table = claims_of(text)
    rows = table[table["value"] == value]
    assert len(rows) == 1, table
    return rows.iloc[0]


@pytest.mark.parametrize(
    ("text", "value", "period"),
    [
        ("From March 2, 2024, to June 9, 2025, some 9,120 families were sent back.", 9120,
         "From March 2, 2024, to June 9, 2025"),
        ("Between March 2, 2024, and June 9, 2025, some 9,120 families left.", 9120,
         "Between March 2, 2024, and June 9, 2025"),
        ("Only four million people will get help across the year.", 4_000_000, "across the year"),
        ("Aid reached 300 villages throughout the month.", 300, "throughout the month"),
        ("Data show March 2024 saw 7,250 families expelled, after 3,100 the previous month.",
         7250, "March 2024"),
        ("Some 2,400 came during the final week alone.", 2400, "during the final week alone"),
        ("Then, from the 12th to March 3, 4,100 people were returned.", 4100,
         "from the 12th to March 3"),
        ("For the whole of 2024, 1.1 million returned.", 1_100_000, "For the whole of 2024"),
        ("On a single day in July, 40,000 people crossed.", 40_000, "On a single day in July"),
        ("Between mid-June and the end of July, 500,000 left.", 500_000,
         "Between mid-June and the end of July"),
        ("By the end of June, 700,000 had returned.", 700_000, "By the end of June"),
        ("In the 2024-25 fiscal year, 2 million returned.", 2_000_000,
         "In the 2024-25 fiscal year"),
        ("In Q1 2025, 300,000 returned.", 300_000, "In Q1 2025"),
        ("During the past fortnight, 30,000 returned.", 30_000, "During the past fortnight"),
        ("In the 10 days since the deadline, 30,000 returned.", 30_000,
         "In the 10 days since the deadline"),
        ("Year-to-date, 30,000 have returned.", 30_000, "Year-to-date"),
        ("During 1-15 July, 30,000 returned.", 30_000, "During 1-15 July"),
        ("In April-June 2025, 30,000 returned.", 30_000, "In April-June 2025"),
        ("Some 4,200 left since the end of a Nov. 30 deadline for card holders.", 4200,
         "since the end of a Nov. 30 deadline"),
        ("“Since Oct.3, 2,100 people have been sent back,” the office said.", 2100,
         "Since Oct.3"),
        ("Aid fell by 30 per cent for this year.", 30, "for this year"),
    ],
)  # fmt: skip
def test_windows_in_other_wording(text, value, period):
    assert one(text, value)["period"] == period


def test_a_share_among_a_group_takes_the_groups_window():
    table = claims_of(
        "Between March and June 2024, some 300,000 people left Turkey, the agency said. "
        "Among them, 12% were women and 40% were children."
    )
    assert table["period"].tolist() == ["Between March and June 2024"] * 3


def test_a_share_of_them_in_the_same_sentence_takes_their_window():
    row = one("Some 800,000 people left Turkey in 2023, with nearly 60% of them deported.", 60)
    assert row["period"] == "in 2023"


def test_a_share_opening_its_own_sentence_keeps_no_window():
    table = claims_of("Some 9,000 people left in May. More than 60 percent of them are families.")
    assert table["period"].tolist() == ["in May", ""]


def test_a_figure_set_against_another_shares_its_window():
    row = one("In the report, 4,500 people came back during this period, while 2,100 left.", 2100)
    assert row["period"] == "during this period"


def test_a_rate_adjective_before_a_place_name():
    row = one("Daily arrivals from Turkey averaged around 8,000.", 8000)
    assert (row["rate"], row["rate_per"]) == ("Daily", "day")


def test_days_of_a_month_in_a_range_are_no_figures():
    assert [n.text for n in find_numbers("In that week (12-18 March), 8,000 arrived.")] == ["8,000"]


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("The Food Monitor (FM) — the UN-backed body that tracks hunger — warns that 2 million may go "
         "hungry.", "The Food Monitor (FM)"),
        ("Moreover, Reuters confirms Iraq saw 9,000 people flee Syria—citing both drought and "
         "the war.", "Reuters"),
        ("Some 900 families left, citing high rents and the lack of work.", ""),
        ("Some 900 families left, citing local officials.", "local officials"),
    ],
)  # fmt: skip
def test_sources_behind_an_aside_and_reasons_that_are_cited(sentence, source):
    assert sentence_attribution(sentence) == source


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("UNHCR's latest figures indicate more than 500,000 returns.", "UNHCR's latest figures"),
        ("Per UNICEF, 28% of returnees are children.", "UNICEF"),
        ("As reported by Tolo News, some 3,000 migrants returned.", "Tolo News"),
        ("A report published by Human Rights Watch found that 200 people were detained.",
         "Human Rights Watch"),
        ("Iran's interior ministry put the figure at 1.5 million.", "Iran's interior ministry"),
        ("The figures, released by OCHA on Friday, show 40,000 returns.", "OCHA"),
        ("Taliban officials claim 8,000 returned.", "Taliban officials"),
        ("Some 3,000 crossed, according to a statement from the Ministry of Refugees.",
         "the Ministry of Refugees"),
        ("According to the latest update from OCHA, 9,000 returned.", "OCHA"),
        ("An IOM report released on Sunday found that 6,000 returned.", "An IOM report"),
    ],
)  # fmt: skip
def test_more_reporting_structures(sentence, source):
    assert sentence_attribution(sentence) == source


def test_the_course_of_a_year_is_a_window():
    row = one("Over the course of the year, 500,000 people returned.", 500_000)
    assert row["period"] == "Over the course of the year"


def test_a_rate_adjective_of_another_noun_is_no_rate():
    row = one("April saw 250,000 Afghans return, the highest monthly figure.", 250_000)
    assert row["rate"] == ""


def test_a_rate_adjective_after_a_place_stays_a_rate():
    row = one("Up to 5,000 people are crossing back into the country daily through Torkham.", 5000)
    assert row["rate"] == "daily"


def test_a_range_of_percentages_of_a_group():
    table = claims_of("About 15-20 percent of returnees are children.")
    assert table[["value", "unit", "qualifier"]].values.tolist() == [
        [15.0, "percent of returnees", "about"],
        [20.0, "percent of returnees", "up_to"],
    ]


def test_the_day_a_document_was_released_is_no_window():
    row = one("An IOM report released on Sunday found that 6,000 people returned.", 6000)
    assert row["period"] == ""


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Yesterday, police said 40 were arrested.", "police"),
        ("Last week, the IOM said 500 returned.", "the IOM"),
        ("Earlier this month, officials said 800 crossed.", "officials"),
    ],
)
def test_a_time_opening_the_sentence_is_no_part_of_the_source(sentence, source):
    assert sentence_attribution(sentence) == source


def test_a_day_opening_the_sentence_before_the_speaker_dates_the_statement():
    row = one("On Monday, the ministry announced that 3,775 migrants had been expelled.", 3775)
    assert (row["period"], row["attributed_to"]) == ("", "the ministry")
    assert one("On Monday, 500 people crossed, officials said.", 500)["period"] == "On Monday"


@pytest.mark.parametrize(
    "text", ["Some _450,000_ people returned.", "Some **450,000** people returned."]
)
def test_markdown_emphasis_around_a_figure(text):
    row = one(text, 450_000)
    assert (row["qualifier"], row["unit"]) == ("about", "people")


def test_an_identifier_after_an_underscore_is_no_figure():
    assert find_numbers("see id_300") == []


def test_the_days_before_an_event_without_a_count_are_no_window():
    row = one("Some 9,000 crossed in the days before a deadline set for Sunday, the UN said.", 9000)
    assert row["period"] == ""


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [("Officials counted 5,000-plus returnees.", 5000, "returnees"),
     ("Officials counted 1.5 million+ people.", 1_500_000, "people")],
)  # fmt: skip
def test_a_plus_after_a_figure_is_more_than(text, value, unit):
    row = one(text, value)
    assert (row["qualifier"], row["unit"]) == ("more_than", unit)


def test_window_of_a_compared_figure_or_a_relative_clause_is_not_the_figures():
    from extract_support import make_paragraphs

    from afgresearch.extract import extract_claims

    def periods(text):
        return [(r.value, r.period) for r in extract_claims(make_paragraphs(text)).itertuples()]

    assert periods(
        "The NRC said it has fewer than 200 staff in Herat, down from 600 last year."
    ) == [
        (200.0, ""),
        (600.0, "last year"),
    ]
    assert periods("The toll from the floods that hit Baghlan on Friday has risen to 315.") == [
        (315.0, "")
    ]
    got = periods(
        "The deals include $2 billion in rail projects, marking the first visit since 2021."
    )
    assert got == [(2000000000.0, "")]
    got = periods("About 400 migrants, including 90 children, were expelled over the past week.")
    assert got[0] == (400.0, "over the past week")

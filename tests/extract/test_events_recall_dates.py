"""Event recall and event dates on invented texts: undated articles, 'of the same year', acts
named after 'followed by', and a paragraph's opening date."""

import pandas as pd
from extract_support import make_paragraphs

from afgresearch.extract import extract_events


def table(*texts, published=""):
    paras = make_paragraphs(*texts)
    return extract_events(paras, pd.DataFrame({"article_id": ["a1"], "published": [published]}))


def dated(*texts, published=""):
    t = table(*texts, published=published)
    return sorted(zip(t["cameo_code"], t["date"], t["date_basis"], strict=True))


# --- an undated article: a year-less date takes the year the article's other dates give ------


def test_undated_article_reads_a_year_less_day_in_the_year_of_its_full_dates():
    got = dated(
        "A circular dated May 12 from the Ministry of Interior was sent to all district heads.",
        "The registration drive runs until June 30, 2024, officials said.",
    )
    assert ("010", "2024-05-12", "clause") in got


def test_undated_article_year_from_a_bare_in_year_when_no_month_is_written_with_one():
    got = dated(
        "In 2023 more than 300,000 people crossed at Spin Boldak.",
        "On a single day - March 3rd - 9,000 Afghans were deported, the agency reported.",
    )
    assert ("174", "2023-03-03", "clause") in got


def test_undated_article_with_no_year_anywhere_gives_no_date():
    got = dated("A letter dated May 12 from the Ministry of Interior was sent to the provinces.")
    assert all(d == "" for _, d, _ in got)


def test_an_order_named_by_its_date_in_an_undated_article():
    got = dated(
        "Tajikistan's interior ministry issued a March 9 order that barred Afghan traders "
        "from the Dushanbe market.",
        "By April 2, 2024, most of the traders had left.",
    )
    assert any(c == "172" and d == "2024-03-09" for c, d, _ in got)


def test_a_dated_article_keeps_its_own_year_for_year_less_days():
    got = dated(
        "A letter dated May 12 from the Ministry of Interior was sent to the provinces.",
        "The plan was first drafted in October 2019.",
        published="2025-06-01",
    )
    assert ("010", "2025-05-12", "clause") in got


# --- 'in December of the same year': a month read in the year named before it ----------------


def test_month_of_the_same_year_takes_the_year_named_before():
    got = dated(
        "Uzbekistan closed its consulate in May 2023 and expelled two diplomats in October of "
        "that year.",
        published="2025-03-25",
    )
    assert ("174", "2023-10-01/2023-10-31", "relative") in got
    assert ("161", "2023-05-01/2023-05-31", "clause") in got


def test_month_of_the_following_year_moves_the_year():
    got = dated(
        "Turkmenistan detained 40 Afghan traders in November 2022 and deported them in "
        "February of the following year.",
        published="2025-03-25",
    )
    assert ("174", "2023-02-01/2023-02-28", "relative") in got


# --- 'followed by a ban': a second act named by its noun, dated by its own words -------------


def test_followed_by_a_restriction_is_its_own_dated_event():
    got = dated(
        "Girls were first barred from sports clubs in April 2023, followed by a ban on "
        "gyms in January of the following year.",
        published="2025-03-25",
    )
    assert ("172", "2023-04-01/2023-04-30", "clause") in got
    assert ("172", "2024-01-01/2024-01-31", "relative") in got


def test_followed_by_a_suspension_and_new_curbs():
    got = dated(
        "Women were banned from parks in November 2022, followed by a suspension of "
        "their university studies in December 2022.",
        published="2025-01-10",
    )
    assert ("172", "2022-12-01/2022-12-31", "clause") in got
    got = dated(
        "Students were barred from the border town in June 2024, followed by new curbs on "
        "its schools on July 2, 2024.",
        published="2025-01-10",
    )
    assert ("172", "2024-07-02", "clause") in got


def test_followed_by_an_undated_act_is_no_second_event():
    got = dated(
        "Women were banned from parks in November 2022, followed by a ban on gyms.",
        published="2025-01-10",
    )
    assert [c for c, _, _ in got].count("172") == 1


# --- a paragraph that opens with its date frames its undated sentences (undated article) -----


def test_paragraph_opening_date_dates_the_next_sentences_of_an_undated_article():
    got = dated(
        "In March 2024, tension rose at the Chaman crossing. More than 12,000 Afghans were "
        "deported by Pakistani police, officials said."
    )
    assert ("174", "2024-03-01/2024-03-31", "paragraph") in got


def test_paragraph_frame_does_not_reach_the_next_paragraph_or_a_dated_article():
    got = dated(
        "In March 2024, tension rose at the Chaman crossing.",
        "More than 12,000 Afghans were deported by Pakistani police, officials said.",
    )
    assert all(d == "" for c, d, _ in got if c == "174")
    got = dated(
        "In March 2024, tension rose at the Chaman crossing. More than 12,000 Afghans were "
        "deported by Pakistani police, officials said.",
        published="2025-02-01",
    )
    assert ("174", "2025-02-01", "article_date") in got


def test_paragraph_frame_is_no_date_for_an_intention():
    got = dated(
        "In March 2024, tension rose at the Chaman crossing. Pakistan will deport more than "
        "12,000 Afghans, officials said."
    )
    assert all(d == "" for c, d, _ in got if c == "174")


def test_undated_article_weekday_beside_the_day_picks_the_year():
    # 14 March 2024 was a Thursday; 14 March 2025 a Friday
    got = dated(
        "On Thursday, March 14, Pakistan deported 300 Afghans from Karachi.",
        "The agency asked for $40 million for its 2025 plan by April 2025.",
    )
    assert ("174", "2024-03-14", "clause") in got
    got = dated(
        "On Sunday, March 14, Pakistan deported 300 Afghans from Karachi.",
        "The agency asked for $40 million for its 2025 plan by April 2025.",
    )
    assert not any(d.startswith(("2024-03", "2025-03")) for c, d, _ in got if c == "174")


# --- a peak of returns: a count of people crossing back on a day of its own -----------------


def test_returns_reaching_a_peak_on_a_day_are_a_dated_return():
    got = dated(
        "Border crossings at Torkham have climbed since early May, reaching a peak of more than "
        "12,000 people on May 18, officials said.",
        published="2025-05-25",
    )
    assert ("0841", "2025-05-18", "clause") in got


def test_returns_peaking_or_hitting_a_record_in_other_wordings():
    got = dated(
        "Returns from Pakistan rose sharply in April, peaking at 9,000 Afghans at Chaman on "
        "April 18.",
        published="2025-04-30",
    )
    assert ("0841", "2025-04-18", "clause") in got
    got = dated(
        "Arrivals at Spin Boldak hit a record of 9,500 returnees on Tuesday, the agency said.",
        published="2025-04-30",
    )
    assert ("0841", "2025-04-29", "weekday_relative") in got
    got = dated(
        "The influx from Turkey reached a new high of 4,300 migrants on 2 March 2024.",
        published="2025-04-30",
    )
    assert ("0841", "2024-03-02", "clause") in got


def test_a_peak_of_something_else_is_no_return():
    got = dated(
        "Food prices rose in April, reaching a peak of 40 afghanis per kilo on April 18.",
        "Cholera cases reached a peak of 3,000 people on May 2.",
        published="2025-05-30",
    )
    assert not any(c == "0841" for c, _, _ in got)


# --- date wordings: part of a named month, day-first ranges, a fortnight, the day before -----


def test_the_last_week_of_a_named_month_is_that_month_not_last_week():
    got = dated("Turkey deported 900 Afghans in the last week of April.", published="2025-05-15")
    assert ("174", "2025-04-01/2025-04-30", "clause") in got


def test_day_first_ranges():
    got = dated("Kazakh and Afghan officials held talks in Astana from 1 to 3 May.",
                published="2025-05-15")  # fmt: skip
    assert ("040", "2025-05-01/2025-05-03", "clause") in got
    got = dated("Iran deported 12,000 Afghans on 12-14 March 2024.", published="2025-05-15")
    assert ("174", "2024-03-12/2024-03-14", "clause") in got


def test_a_fortnight_ago_is_the_week_two_weeks_back():
    got = dated("Tajikistan expelled 60 Afghan traders a fortnight ago.", published="2025-05-15")
    assert ("174", "2025-04-28/2025-05-04", "relative") in got


def test_the_previous_day_measures_from_the_day_the_attribution_was_said():
    got = dated(
        "Iran deported 3,000 Afghans through Islam Qala the previous day, provincial officials "
        "said on Tuesday.",
        published="2025-05-15",
    )
    assert ("174", "2025-05-12", "relative") in got


def test_undated_article_year_leaves_out_takeovers_spans_and_targets():
    got = dated(
        "The Taliban seized power in August 2021 and have ruled since.",
        "Uzbekistan deported 40 Afghans on March 3, an official said.",
    )
    assert all(d == "" for c, d, _ in got if c == "174")
    got = dated(
        "Deportations have gone on since October 2023 and aim to end by 2030.",
        "In 2024, the drive widened.",
        "Uzbekistan deported 40 Afghans on March 3, an official said.",
    )
    assert ("174", "2024-03-03", "clause") in got


# --- an undated article's dateline: the day the story was filed dates its 'on Monday' --------


def test_dateline_of_an_undated_article_dates_its_weekdays():
    got = dated(
        "Dushanbe, March 14 (Asia-Plus): Tajik border guards detained 14 Afghans on Wednesday, "
        "officials said.",
        "The detentions follow a rise in crossings in January 2024.",
    )
    # 14 March 2024 was a Thursday: the Wednesday before is 13 March
    assert ("173", "2024-03-13", "weekday_relative") in got


def test_dateline_without_any_year_in_the_article_dates_nothing():
    got = dated(
        "Dushanbe, March 14 (Asia-Plus): Tajik border guards detained 14 Afghans on Wednesday."
    )
    assert all(d == "" for c, d, _ in got if c == "173")


def test_a_dated_article_keeps_its_own_date_over_a_dateline():
    got = dated(
        "Dushanbe, March 14 (Asia-Plus): Tajik border guards detained 14 Afghans on Wednesday.",
        published="2024-03-16",
    )
    assert ("173", "2024-03-13", "weekday_relative") in got

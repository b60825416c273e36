"""Events worded as other outlets word them: statements dated by their own day, meetings held,
convened or taking place, missions set up, bans suspended, designations, deadlines set as a date
or expiring; undated articles and 'a year later'. Sentences are invented."""

import pandas as pd
import pytest
from extract_support import make_paragraphs

from afgresearch.extract import extract_events
from afgresearch.extract.clauses import segment_clauses
from afgresearch.extract.dates import find_dates
from afgresearch.extract.event_dates import month_years, shift_date


def rows(*texts, published="2025-05-10", columns=("cameo_code", "actor_1", "date")):
    paras = make_paragraphs(*texts)
    ev = extract_events(paras, pd.DataFrame({"article_id": ["a1"], "published": [published]}))
    return ev[list(columns)].values.tolist()


def dates_of(code, *texts, published="2025-05-10"):
    return [d for c, _, d in rows(*texts, published=published) if c == code]


# 2025-05-10 is a Saturday
@pytest.mark.parametrize(
    ("text", "code", "date"),
    [
        ("Afghans returned, the UN migration agency said on Monday.", "010", "2025-05-05"),
        (
            "Pakistani officials told reporters on Tuesday that the border was open.",
            "010",
            "2025-05-06",
        ),
        (
            "The foreign ministers of Pakistan and China held a meeting in Kabul on Wednesday.",
            "040",
            "2025-05-07",
        ),
        (
            "The last round of the talks took place in Beijing in March.",
            "040",
            "2025-03-01/2025-03-31",
        ),
        ("A meeting between Pakistan and China will convene on Saturday.", "040", "2025-05-10"),
        ("Russia in April suspended its ban on the Taliban.", "081", "2025-04-01/2025-04-30"),
        (
            "In March, Kazakhstan removed the 'terrorist' label from the Taliban.",
            "081",
            "2025-03-01/2025-03-31",
        ),
        (
            "Russia listed the Taliban in 2003, a designation it lifted in April.",
            "081",
            "2025-04-01/2025-04-30",
        ),
        (
            "Russia designated the Taliban as a terrorist organization in 2003.",
            "172",
            "2003-01-01/2003-12-31",
        ),
        ("The Taliban returned to power in August 2021.", "192", "2021-08-01/2021-08-31"),
        (
            "Uzbekistan and Pakistan signed a roadmap for the railway in February 2021.",
            "057",
            "2021-02-01/2021-02-28",
        ),
        ("India established a technical mission in Kabul in 2022.", "050", "2022-01-01/2022-12-31"),
        (
            "In 2022, India's embassy re-established a diplomatic presence in Kabul.",
            "050",
            "2022-01-01/2022-12-31",
        ),
        (
            "China in 2023 became the first country to accept an ambassador from the Taliban.",
            "054",
            "2023-01-01/2023-12-31",
        ),
        ("Pakistan shut its embassy in Kabul in 2021.", "161", "2021-01-01/2021-12-31"),
        (
            "Pakistan had set November 1, 2023 as the deadline for migrants to leave.",
            "139",
            "2023-11-01",
        ),
        (
            "Afghans spilled into a reception centre at the Islam Qala border on Thursday.",
            "0841",
            "2025-05-08",
        ),
        ("IOM recorded 955 families returning on Friday.", "0841", "2025-05-09"),
    ],
)
def test_wordings_of_other_outlets(text, code, date):
    assert date in dates_of(code, text)


def test_a_deadline_dated_by_its_own_clause_stands_without_an_actor():
    text = ("Once the grace period for voluntary return expires on August 31, 2025, they will "
            "be detained.")  # fmt: skip
    assert ["139", "", "2025-08-31"] in rows(text)
    assert dates_of("139", "The deadline expires soon.") == []


def test_the_expiry_of_a_deadline_is_dated_by_the_deadline():
    text = "Pakistan has deported 13,500 Afghans since the expiry of a March 31 deadline."
    assert dates_of("139", text) == ["2025-03-31"]


def test_a_dated_attack_stands_without_an_actor_but_generic_attacks_do_not():
    assert dates_of("180", "The leaders spoke after the April 22 terrorist attack.") == [
        "2025-04-22"
    ]
    assert dates_of("180", "Pakistan saw a rise in violence, including suicide attacks.") == []


def test_a_relative_clause_takes_the_actor_it_follows():
    text = ("The rise follows announcements by Iranian authorities, who in late April declared "
            "that Afghans must leave.")  # fmt: skip
    assert ["010", "Iran", "2025-04-01/2025-04-30"] in rows(text)


def test_note_that_opens_a_complement_and_its_date_dates_the_verb():
    s = "It is important to note that in 2022, India re-established a presence."
    assert [c.kind for c in segment_clauses(s)][1:] == ["complement"]


def test_an_introductory_phrase_before_a_comma_is_no_attribution():
    s = "On May 29 alone, IOM recorded 955 families returning."
    assert [c.kind for c in segment_clauses(s)] == ["main"]
    # (a story of early June: a past act on a day later than the story's date reads the year
    # before)
    assert dates_of("0841", s, published="2025-06-02") == ["2025-05-29"]
    assert dates_of("0841", s) == ["2024-05-29"]


def test_an_undated_article_gives_a_month_the_year_it_wrote_that_month_with():
    assert month_years("Between January and May 2025, 450,000 were deported.") == {
        1: 2025,
        5: 2025,
    }
    first = "May 2025 saw 15,675 families expelled from Iran."
    then = "On May 29 alone, IOM recorded 955 families returning."
    assert dates_of("0841", first, then, published="") == ["2025-05-29"]
    # a month the article never wrote with a year stays undated
    other = "Russia recognised the Taliban in July 2024."
    assert dates_of("081", other, "In April, Russia lifted the ban on the Taliban.",
                    published="") == [""]  # fmt: skip


def test_a_year_later_measures_from_the_date_named_before():
    text = "India closed its embassy in Kabul in 2021 but reopened a mission a year later."
    assert dates_of("050", text) == ["2022-01-01/2022-12-31"]
    before = "The Taliban seized power in 2021."
    then = "India had then closed its embassy but reopened a mission a year later."
    assert dates_of("050", before, then) == ["2022-01-01/2022-12-31"]
    assert dates_of("161", before, then) == [""]  # closed 'then': not measured
    # measured from nothing the article gives: not the article's date
    assert dates_of("050", "India reopened its mission a year later.") == [""]


@pytest.mark.parametrize(
    ("value", "n", "unit", "want"),
    [
        ("2021-01-01/2021-12-31", 1, "year", "2022-01-01/2022-12-31"),
        ("2025-03-01/2025-03-31", 2, "month", "2025-05-01/2025-05-31"),
        ("2025-03-30", 1, "week", "2025-04-06"),
        ("2025-03-30", 1, "year", "2026-01-01/2026-12-31"),
        ("2021-01-01/2021-12-31", 3, "day", ""),
    ],
)
def test_shift_date_keeps_the_precision_both_give(value, n, unit, want):
    assert shift_date(value, n, unit) == want


def test_a_range_opening_a_sentence_is_a_range():
    assert [s.kind for s in find_dates("From June 1 to July 5, 449,218 returned.")] == ["range"]
    assert [s.kind for s in find_dates("Between January and May 2025, ...")] == ["range"]


@pytest.mark.parametrize(
    ("text", "code", "date"),
    [
        ("The Indian government on Saturday clarified that it had no role.", "010", "2025-05-10"),
        (
            "Muttaqi spoke in a video of a meeting on Thursday with Dmitry Zhirnov.",
            "040",
            "2025-05-08",
        ),
        (
            "China, Pakistan and the Taliban pledged cooperation during a meeting Wednesday in Kabul.",
            "040",
            "2025-05-07",
        ),
        ("Monday's meeting between Dar and Muttaqi focused on trade.", "040", "2025-05-05"),
        ("Dar spoke with Muttaqi by phone on Sunday.", "041", "2025-05-04"),
        ("Dar telephoned Muttaqi on Sunday.", "041", "2025-05-04"),
        ("The talks, held in Doha on Monday, ended without agreement.", "040", "2025-05-05"),
        ("After meeting Dar on Monday, Muttaqi flew to Beijing.", "040", "2025-05-05"),
        ("The UN Security Council extended UNAMA's mandate on March 17.", "050", "2025-03-17"),
    ],
)
def test_a_day_between_subject_and_verb_or_after_a_meeting_dates_it(text, code, date):
    assert date in dates_of(code, text)


def test_each_clause_holds_its_own_act_of_a_code():
    text = "Dar met Muttaqi on Monday, after he met Wang on Sunday."
    assert dates_of("040", text) == ["2025-05-05", "2025-05-04"]
    # two matches in one clause are one act
    assert len(dates_of("040", "Dar met Muttaqi and met Wang on Monday.")) <= 2
    assert len(dates_of("040", "Dar held talks and discussed trade with Muttaqi.")) == 1
    # a further act of the code undated by its own words is the same act, or none to place
    text = "Dar arrived on Thursday and held talks with Muttaqi, where they discussed trade."
    assert dates_of("040", text) == ["2025-05-08"]


@pytest.mark.parametrize(
    ("text", "code", "date"),
    [
        ("The Taliban released a British couple on Friday.", "0841", "2025-05-09"),
        (
            "Pakistan handed over 50 Afghan prisoners to the Taliban on Monday.",
            "0841",
            "2025-05-05",
        ),
        ("India sent 50 tonnes of medicine to Afghanistan on Tuesday.", "070", "2025-05-06"),
        ("China's Wang Yi hosted Muttaqi and Dar in Beijing on Wednesday.", "043", "2025-05-07"),
        (
            "The two sides, India and Afghanistan, signed five memorandums of understanding on "
            "Friday.",
            "057",
            "2025-05-09",
        ),
        (
            "Pakistani forces killed 30 militants in North Waziristan on Monday.",
            "190",
            "2025-05-05",
        ),
        ("The Taliban took over Kabul on August 15, 2021.", "192", "2021-08-15"),
        ("Kabul fell to the Taliban on August 15, 2021.", "192", "2021-08-15"),
    ],
)
def test_releases_aid_hosts_memorandums_force_and_takeovers(text, code, date):
    assert date in dates_of(code, text)


def test_hosts_as_a_noun_and_forces_killed_are_no_act_of_theirs():
    assert dates_of("043", "Afghans return from refugee hosts Pakistan and Iran.") == []
    assert dates_of("190", "In 2023, 200 officials and security personnel were killed.") == []


def test_the_news_present_measures_from_the_article_date():
    assert dates_of("040", "The visit comes two weeks after Dar met Muttaqi in Kabul.") == [
        "2025-04-26"
    ]


def test_an_act_yet_to_happen_is_none_and_lists_may_be_plural():
    text = "Most countries have yet to recognize the Taliban government."
    assert dates_of("054", text) == []
    text = "In March, Kazakhstan and Kyrgyzstan removed the Taliban from their terrorist lists."
    assert dates_of("081", text) == ["2025-03-01/2025-03-31"]


def test_a_pronoun_after_the_reporter_is_the_reporter():
    assert ["174", "Pakistan", "2025-04-28/2025-05-04"] in rows(
        "Pakistan said on Monday it deported 500 Afghans last week."
    )


def test_a_reported_clause_without_that_is_a_complement():
    s = "Pakistan said on Monday it deported 500 Afghans last week."
    assert [(c.kind, s[c.start : c.end]) for c in segment_clauses(s)][1:] == [
        ("complement", "it deported 500 Afghans last week")
    ]


def test_part_of_a_month_is_dated_by_the_month():
    assert dates_of("174", "Iran deported 5,000 Afghans in the first week of July.") == [
        "2024-07-01/2024-07-31"
    ]


def test_the_past_week_is_the_days_up_to_publication():
    assert dates_of("174", "Pakistan deported 2,000 Afghans over the past week.") == [
        "2025-05-04/2025-05-10"
    ]

"""Wording classes of event dates that real news words in many ways, on invented sentences.

Each case names the class it stands for, the sentence (other outlets, other places, other
wording than any development file), the publication date, and the event the sentence must
yield: its CAMEO code, date and ``date_basis``.
"""

import pandas as pd
import pytest
from extract_support import make_paragraphs

from afgresearch.extract import extract_events

CASES = [
    # a deadline named by its date before the noun: the time limit itself is the dated act
    (
        "deadline_noun",
        "Arrests rose sharply after the May 15 deadline for unregistered "
        "Somali traders to leave Kenya expired.",
        "2025-06-02",
        "139",
        "2025-05-15",
        "clause",
    ),
    (
        "deadline_noun",
        "The crackdown comes ahead of an October 1 deadline set by Ankara for Syrian workers.",
        "2025-09-20",
        "139",
        "2025-10-01",
        "clause",
    ),
    (
        "deadline_noun",
        "Turkey’s 30 June deadline for unregistered Syrians passed quietly.",
        "2025-07-03",
        "139",
        "2025-06-30",
        "clause",
    ),
    # an obligation or an order to move or to close by a day: that day is the deadline
    (
        "deadline_by",
        "Families without residence papers must return to Afghanistan by "
        "August 10, Iranian officials said.",
        "2025-07-20",
        "139",
        "2025-08-10",
        "clause",
    ),
    (
        "deadline_by",
        "The authorities in Dhaka have ordered all unlicensed clinics to close by March 3.",
        "2025-02-20",
        "139",
        "2025-03-03",
        "clause",
    ),
    (
        "deadline_by",
        "Rohingya refugees have to relocate to the island camp by 12 December.",
        "2025-11-30",
        "139",
        "2025-12-12",
        "clause",
    ),
    # a takeover told by a gerund after 'since' or 'after', dated by its own words
    (
        "takeover_gerund",
        "Since seizing power in September 2006, the junta has banned all opposition rallies.",
        "2007-03-01",
        "192",
        "2006-09",
        "clause",
    ),
    (
        "takeover_gerund",
        "After taking control of the country in May 1997, the rebels closed "
        "the border with Uganda.",
        "1998-01-10",
        "192",
        "1997-05",
        "clause",
    ),
    # a capital taken: control of a common noun ('the capital', 'the city') with its own date
    (
        "takeover_common_noun",
        "The envoy left after the rebels took control of the capital "
        "on 24 March 2013, according to the statement.",
        "2013-04-02",
        "192",
        "2013-03-24",
        "clause",
    ),
    (
        "takeover_motion",
        "On 27 September 1996, Taliban fighters swept into Kabul unopposed.",
        "1996-10-05",
        "192",
        "1996-09-27",
        "clause",
    ),
    (
        "takeover_motion",
        "In January 2013, Taliban columns rolled into Jalalabad after a short battle.",
        "2013-02-01",
        "192",
        "2013-01",
        "clause",
    ),
    # a crowd named by a quantity and any plural noun of people
    (
        "protest_crowd",
        "A group of shopkeepers took to the streets of Herat on Sunday to "
        "protest the new tax, local media reported.",
        "2025-03-11",
        "141",
        "2025-03-09",
        "weekday_relative",
    ),
    (
        "protest_crowd",
        "Dozens of nurses rallied outside the health ministry in Kabul on Monday.",
        "2025-03-11",
        "141",
        "2025-03-10",
        "weekday_relative",
    ),
    # force used on a crowd, named by its means; a bare weekday with no 'on'
    (
        "repression_means",
        "Police fired into the air and used water cannon Tuesday to disperse "
        "hundreds of students protesting in Herat against the new quota.",
        "2024-07-19",
        "175",
        "2024-07-16",
        "weekday_relative",
    ),
    (
        "repression_means",
        "Taliban guards fired tear gas on Sunday at women protesting outside "
        "a university in Herat.",
        "2025-03-11",
        "175",
        "2025-03-09",
        "weekday_relative",
    ),
    # a month written as 'the month of X'
    (
        "month_of",
        "Kazakhstan's envoy and the Taliban's trade minister met in the month of "
        "October, the ministry said.",
        "2021-12-20",
        "040",
        "2021-10",
        "clause",
    ),
    # a strike on sites, with a day range
    (
        "strike_sites",
        "Israeli jets targeted air defence sites near Isfahan on April 18-19, officials said.",
        "2024-05-02",
        "195",
        "2024-04-18",
        "clause",
    ),
    # force named by the sites it hit, with a subject that is a country
    (
        "strike_sites",
        "During the war, the United States also struck Pakistan's militant camps in Khost on "
        "March 3-4, officials in Kabul said.",
        "2025-03-20",
        "190",
        "2025-03-03",
        "clause",
    ),
    # an arrival named by the meeting it is for
    (
        "arrival_for_talks",
        "A Taliban delegation led by Baradar arrived for the talks in Tashkent on November 2.",
        "2021-11-05",
        "042",
        "2021-11-02",
        "clause",
    ),
    # a dash aside between who moved and the verb, in a sentence dated by a participle aside
    (
        "dash_aside",
        "In the first round, launched in March 2024, some 9,000 Afghan families — roughly "
        "50,000 people — returned via Chaman.",
        "2025-03-20",
        "0841",
        "2024-03",
        "clause",
    ),
    # a government proclaimed, and a forum founded, told in a relative clause in brackets
    (
        "government_declared",
        "Weeks later, on October 2 the Taliban proclaimed a caretaker government in Kabul.",
        "2021-11-20",
        "010",
        "2021-10-02",
        "clause",
    ),
    (
        "forum_founded",
        "The envoys discussed the Tashkent process on Afghanistan (which was launched in 2018 "
        "to bring the neighbours together), the ministry said.",
        "2023-05-02",
        "050",
        "2018",
        "clause",
    ),
    # an envoy taking up the post, told by the verb or by the noun of the appointment
    (
        "envoy_takes_post",
        "Iran's former ambassador to Kabul, Bahadur Aminian, took up his post in 2016 and left "
        "last year.",
        "2023-05-02",
        "054",
        "2016",
        "clause",
    ),
    (
        "envoy_takes_post",
        "The new envoy replaced former ambassador Li Ming who took up the post in 2017 and "
        "left in May.",
        "2023-05-02",
        "054",
        "2017",
        "clause",
    ),
    (
        "envoy_takes_post",
        "It is the first such step since the last Indian envoy's appointment took place in "
        "March 2020.",
        "2023-05-02",
        "054",
        "2020-03",
        "clause",
    ),
    # a tally at a day: 'by <day>', a past perfect with 'already', a share of those counted
    (
        "tally_by_day",
        "By March 10, some 20,000 Afghans had already returned from Pakistan, officials said.",
        "2025-03-20",
        "0841",
        "2025-03-10",
        "clause",
    ),
    (
        "tally_by_day",
        "The governor said that by March 10, one-third of those identified as undocumented had "
        "already left the country.",
        "2025-03-20",
        "0841",
        "2025-03-10",
        "clause",
    ),
    # a Solar Hijri year, named as such or bare after a preposition in a story of its time
    (
        "solar_year",
        "Iranian police deported 1.2 million Afghans in the Iranian year 1403, which ended "
        "on March 20.",
        "2025-04-06",
        "174",
        "2024-03-20",
        "clause",
    ),
    (
        "solar_year",
        "Iran expelled 800,000 Afghans in 1403, the border police said.",
        "2025-04-06",
        "174",
        "2024-03-20",
        "clause",
    ),
]


def _events(text: str, published: str) -> pd.DataFrame:
    arts = pd.DataFrame({"article_id": ["a1"], "published": [published]})
    return extract_events(make_paragraphs(text), arts)


@pytest.mark.parametrize(("kind", "text", "published", "code", "date", "basis"), CASES)
def test_event_of_each_wording_class(kind, text, published, code, date, basis):
    table = _events(text, published)
    got = [
        (c, str(d)[: len(date)], b)
        for c, d, b in table[["cameo_code", "date", "date_basis"]].values.tolist()
    ]
    assert (code, date, basis) in got, (kind, table.to_dict("records"))


def test_a_deadline_named_by_its_day_dates_only_itself_and_keeps_its_year():
    table = _events(
        "Traders in Kabul said they rushed to leave ahead of the 30 June deadline.", "2025-06-11"
    )
    got = table[["cameo_code", "date"]].values.tolist()
    assert ["139", "2025-06-30"] in got
    assert all(not str(d).startswith("2024") for _, d in got)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # shots in the air with no crowd or protest named are no repression
        ("Guards in Kabul fired into the air to celebrate the cricket team's win.", "175"),
        # a four-digit count is no Solar Hijri year
        ("Iran deported 1403 Afghans on Saturday.", "solar"),
        # a deadline whose own verb of running out follows is dated by that verb alone
        ("The 31 March deadline for card holders in Pakistan ends today.", "139"),
    ],
)
def test_wording_that_is_not_the_class(text, code):
    table = _events(text, "2025-03-31")
    got = table[["cameo_code", "date_basis"]].values.tolist()
    if code == "solar":
        assert table["date"].tolist() == ["2025-03-29"]
    elif code == "139":
        assert got.count(["139", "relative"]) == 1 and ["139", "clause"] not in got
    else:
        assert not any(c == code for c, _ in got), got

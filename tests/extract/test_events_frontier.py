"""Events of frontier news as other outlets word them: exchanges of fire named by their noun,
crossings shut, sealed, opened or remaining shut, people crossing a border into a country,
arrivals that touch down, wars that began and ended with a ceasefire, talks that will take
place, orders issued as notifications, decisions finalised, work halted under compulsion,
removals that continued, and an occasion used to urge. Sentences are invented."""

import pandas as pd
import pytest
from extract_support import make_paragraphs

from afgresearch.extract import extract_events


def rows(*texts, published="2025-05-10"):
    paras = make_paragraphs(*texts)
    ev = extract_events(paras, pd.DataFrame({"article_id": ["a1"], "published": [published]}))
    return ev[["cameo_code", "actor_1", "date"]].values.tolist()


def dated(code, *texts, published="2025-05-10"):
    return [d for c, _, d in rows(*texts, published=published) if c == code]


# 2025-05-10 is a Saturday
@pytest.mark.parametrize(
    ("text", "code", "date"),
    [
        # an exchange of fire named by its noun, dated by its own words
        (
            "An exchange of fire between Iranian and Afghan border guards in Nimroz on Tuesday "
            "left two people injured.",
            "190",
            "2025-05-06",
        ),
        (
            "Customs officers said there were several incidents of exchange of small arms fire "
            "on Thursday night, but the area was calm.",
            "190",
            "2025-05-08",
        ),
        (
            "Traffic stopped after an exchange of fire between Tajik and Kyrgyz troops late "
            "last night.",
            "190",
            "2025-05-09",
        ),
        (
            "Tensions rose in April, when an exchange of fire between Indian and Pakistani "
            "troops left four soldiers wounded.",
            "190",
            "2025-04-01/2025-04-30",
        ),
        # crossings shut, sealed, opened, remaining shut
        ("Tehran sealed the Dogharoun border crossing on Monday.", "191", "2025-05-05"),
        ("Uzbekistan shut the main Hairatan border crossing on Wednesday.", "191", "2025-05-07"),
        (
            "A Tajik customs official confirmed that all crossings with Afghanistan remained "
            "shut for trade on Friday.",
            "191",
            "2025-05-09",
        ),
        (
            "Cross-border traffic at the Islam Qala crossing was abruptly suspended on "
            "March 3 after Iranian guards fired warning shots.",
            "191",
            "2025-03-03",
        ),
        (
            "Kazakhstan opened the border with Uzbekistan at Zhibek Zholy on Wednesday for "
            "stranded lorries.",
            "081",
            "2025-05-07",
        ),
        # people crossing a border into a country, an arrival that touches down
        (
            "About 1,200 Syrians, including women and children, crossed the Cilvegozu border "
            "into Syria on April 4, 2025, after their release from detention.",
            "0841",
            "2025-04-04",
        ),
        (
            "On Tuesday, Turkish Foreign Minister Hakan Fidan touched down in Kazakhstan for "
            "a two-day visit.",
            "042",
            "2025-05-06",
        ),
        # a war that began, a war that ended with a ceasefire
        (
            "Thousands fled after the five-day war between Russia and Georgia that began on "
            "August 7, 2008.",
            "190",
            "2008-08-07",
        ),
        (
            "The fighting, which ended with a ceasefire on November 10, 2020, displaced "
            "thousands of families.",
            "0871",
            "2020-11-10",
        ),
        # talks that will take place
        (
            "Kazakhstan said the next round of talks with Kyrgyzstan will take place in Astana "
            "on June 2.",
            "036",
            "2025-06-02",
        ),
        # orders issued as notifications, decisions finalised
        (
            "The provincial interior department of Tajikistan issued a notification on Thursday "
            "ordering unregistered migrants to leave.",
            "172",
            "2025-05-08",
        ),
        (
            "Officials said the Ministry of Interior had finalised the deportation decision "
            "for visa overstayers on April 2.",
            "172",
            "2025-04-02",
        ),
        # work halted under compulsion, inside a quotation
        (
            "“On March 3, following a directive from the local authorities, UNICEF was forced "
            "to suspend activities at its clinics in Herat,” the agency said.",
            "166",
            "2025-03-03",
        ),
        # removals that continued on a day of their own
        (
            "Mass repatriations through the Islam Qala crossing continued on Wednesday, local "
            "officials in Iran said.",
            "174",
            "2025-05-07",
        ),
        # an occasion used to urge
        (
            "The UNICEF chief on Monday used the anniversary to urge the Taliban to reopen "
            "schools for girls.",
            "020",
            "2025-05-05",
        ),
    ],
)
def test_frontier_wording(text, code, date):
    assert date in dated(code, text)


def test_a_statement_by_the_minister_named_before():
    # 'the minister' as a subject stands for the person the article named last
    text = (
        "President Kassym-Jomart Tokayev met the Uzbek envoy in Astana.",
        "In a statement released on Thursday, the president underlined the need for talks.",
    )
    got = [r for r in rows(*text) if r[0] == "010"]
    assert ["010", "Kassym-Jomart Tokayev", "2025-05-08"] in got


@pytest.mark.parametrize(
    "text",
    [
        "Border guards opened fire at the crossing on Monday.",  # opening fire is not opening a border
        "Officials said talks could take place in Astana on June 2.",  # a possibility
        "The exchange of prisoners took place on Monday.",  # an exchange, not of fire
    ],
)
def test_not_these_acts(text):
    assert not {c for c, _, _ in rows(text)} & {"081", "036", "190"}


def test_a_crossing_closed_since_a_day_stands_without_an_actor():
    text = '"All entry points are closed since Thursday after the shelling," an official said.'
    assert [d[:10] for d in dated("191", text)] == ["2025-05-08"]


def test_the_minister_with_a_capital():
    text = (
        "On Wednesday, Pakistan's Interior Minister Mohsin Naqvi visited the Chaman crossing.",
        "In a statement released on Thursday, the Minister underlined the need for order.",
    )
    assert ["010", "Mohsin Naqvi", "2025-05-08"] in rows(*text)


def test_the_minister_is_not_the_agent_of_an_act_named_by_its_noun():
    text = (
        "Pakistan's Interior Minister Mohsin Naqvi visited the Chaman crossing on Monday.",
        "The minister underlined the need for talks on the deportation of refugees.",
    )
    assert not [r for r in rows(*text) if r[0] == "174"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "The cabinet approved the extension, allowing Syrian refugees to continue living "
            "in Jordan until March 31, 2026.",
            "2026-03-31",
        ),
        ("Their residence permits, valid until 31 December 2025, were renewed.", "2025-12-31"),
    ],
)
def test_an_end_written_with_until(text, date):
    assert date in dated("139", text)


def test_until_without_a_year_is_no_end():
    assert not dated("139", "Refugees may continue to stay until June 30.")

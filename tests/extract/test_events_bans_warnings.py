"""Events and sources on invented sentences: restrictions imposed on a group of people (CAMEO
172, 'were barred from', 'by prohibiting X from'), warnings dated by their own day (CAMEO 010,
'UNICEF on Monday warned'), aid stopped (CAMEO 162), dates from the event's own clause, and
sports fixtures, which CAMEO does not code (a match, a toss or a washed-out game is no act of a
political actor towards another): they carry only the package's extension code 993. Each case is one article: its text, its publication date, the
CAMEO code expected and the date its event should carry (None: no event of that code at all).
The cases were written before the rules they check.
"""

from __future__ import annotations

import pandas as pd
import pytest
from extract_support import make_paragraphs

from afgresearch.extract import extract_claims, extract_events

CASES = [
    # restrictions imposed on a group, passive with the group as subject and a date of its own
    (
        "Women were barred from public parks in November 2022, the rights group said.",
        "2025-01-10",
        "172",
        "2022-11-01/2022-11-30",
    ),
    (
        "Female students were banned from sitting university entrance exams in January 2023.",
        "2024-03-01",
        "172",
        "2023-01-01/2023-01-31",
    ),
    (
        "Girls were first prohibited from attending secondary schools in September 2021.",
        "2024-09-18",
        "172",
        "2021-09-01/2021-09-30",
    ),
    # the restriction named by a gerund after a verb of means: 'by banning X from'
    (
        "In March 2024, the Taliban tightened their control by banning journalists from "
        "filming in the capital.",
        "2024-06-01",
        "172",
        "2024-03-01/2024-03-31",
    ),
    (
        "By April 2023, Iranian authorities had deepened the curbs by barring Afghan migrants "
        "from living in 16 provinces.",
        "2024-02-02",
        "172",
        "2023-04-01/2023-04-30",
    ),
    # an adjective, not an act: nothing happened
    ("The banned group held a rally in Peshawar.", "2025-05-05", "172", None),
    # a warning dated by the day between the subject and the verb
    (
        "The World Food Programme on Monday warned that millions face hunger this winter.",
        "2025-11-12",
        "010",
        "2025-11-10",
    ),
    (
        "UNHCR on Thursday warned that the deportations breach international law.",
        "2025-07-05",
        "010",
        "2025-07-03",
    ),
    (
        "Pakistan's foreign office on Friday cautioned that the border would stay closed.",
        "2025-10-20",
        "010",
        "2025-10-17",
    ),
    # aid stopped by a named government, dated by its clause
    (
        "In February 2025, Washington paused all foreign aid programmes in Afghanistan.",
        "2025-04-01",
        "162",
        "2025-02-01/2025-02-28",
    ),
    (
        "Germany froze development assistance to Afghanistan in August 2021.",
        "2023-05-01",
        "162",
        "2021-08-01/2021-08-31",
    ),
    # a disaster dated by a bare weekday with its part of the day
    (
        "More than 900 people died in the earthquake that hit Herat province Sunday night, "
        "officials said.",
        "2025-09-04",
        "990",
        "2025-08-31",
    ),
]

# sports fixtures: CAMEO codes no match, toss or washed-out game (no event of any code)
SPORTS = [
    (
        "Captain Rashid Khan won the toss and chose to bowl against Sri Lanka in Sharjah on "
        "Friday.",
        "2025-03-08",
    ),
    ("Rain washed out Sunday's game between India and Pakistan in Colombo.", "2025-03-04"),
    (
        "Afghanistan beat Bangladesh by five wickets in the World Cup qualifier on Tuesday.",
        "2025-06-12",
    ),
]


def _events(text: str, published: str) -> pd.DataFrame:
    return extract_events(
        make_paragraphs(text),
        pd.DataFrame({"article_id": ["a1"], "published": [published]}),
    )


@pytest.mark.parametrize(("text", "published", "code", "date"), CASES)
def test_invented_events_and_dates(text: str, published: str, code: str, date: str | None) -> None:
    table = _events(text, published)
    got = table.loc[table["cameo_code"] == code, "date"].tolist()
    if date is None:
        assert got == []
    else:
        assert date in got, table[["cameo_code", "date", "actor_1"]].to_dict("records")


@pytest.mark.parametrize(("text", "published"), SPORTS)
def test_sports_fixtures_are_no_cameo_events(text: str, published: str) -> None:
    assert set(_events(text, published)["cameo_code"]) <= {"993"}


def _sources(*paragraphs: str) -> dict[float, str]:
    claims = extract_claims(make_paragraphs(*paragraphs))
    return dict(zip(claims["value"], claims["attributed_to"], strict=True))


def test_a_new_statement_about_the_toll_does_not_source_the_figure_before() -> None:
    got = _sources(
        "Some 3,000 homes were flattened in the valley. The death toll could climb, as "
        "“many people remain trapped,” Rahimi warned."
    )
    assert got.get(3000.0) == ""


def test_a_demonstrative_back_reference_still_sources_the_figure_before() -> None:
    got = _sources(
        "About 12,000 families returned in May. This surge in arrivals has been confirmed by "
        "the Ministry of Refugees and Repatriation."
    )
    assert got.get(12000.0) == "the Ministry of Refugees and Repatriation"

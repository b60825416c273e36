"""Wording classes of events that news names by their noun, on invented sentences.

Each case names its class, the sentence (other outlets, other places, other wording than any
development file), the publication date, and the event the sentence must yield: its CAMEO
code and date.
"""

import pandas as pd
import pytest
from extract_support import make_paragraphs

from afgresearch.extract import extract_events

CASES = [
    # a disaster as the object of what a place went through: 'suffered floods', 'was hit by'
    (
        "disaster_undergone",
        "Northern Pakistan experienced heavy flooding on Tuesday, officials said.",
        "2025-07-03",
        "990",
        "2025-07-01",
    ),
    (
        "disaster_undergone",
        "In March 2019, the region suffered severe floods after days of rain.",
        "2025-07-03",
        "990",
        "2019-03",
    ),
    (
        "disaster_undergone",
        "Eastern Turkey was struck by a powerful earthquake on 6 February 2023.",
        "2025-07-03",
        "990",
        "2023-02-06",
    ),
    # a disaster named as what killed people: 'were killed on Sunday in a landslide'
    (
        "disaster_toll",
        "Twelve villagers were killed on Sunday in a landslide in Badakhshan.",
        "2025-04-15",
        "990",
        "2025-04-13",
    ),
    (
        "disaster_toll",
        "More than 30 people died in floods in Sindh in August 2022.",
        "2025-04-15",
        "990",
        "2022-08",
    ),
    # works on a project named by their noun and the verb of their start or end
    (
        "works_started",
        "Construction of the new dam began in early 2021.",
        "2025-01-20",
        "061",
        "2021",
    ),
    (
        "works_started",
        "Work on the railway link officially commenced on Thursday in Mazar-i-Sharif.",
        "2025-01-20",
        "061",
        "2025-01-16",
    ),
    (
        "works_started",
        "The highway project was formally inaugurated in May 2017.",
        "2025-01-20",
        "061",
        "2017-05",
    ),
    (
        "works_started",
        "A feasibility study for the power line was completed in 2016.",
        "2025-01-20",
        "061",
        "2016",
    ),
    (
        "works_started",
        "Building of the Uzbek stretch of the railway started in October 2019.",
        "2025-01-20",
        "061",
        "2019-10",
    ),
    # a restriction named by its noun, passive, with who made it after 'by'
    (
        "ban_passive",
        "A ban on music at weddings was imposed by the provincial governor in June 2023.",
        "2025-01-20",
        "172",
        "2023-06",
    ),
    (
        "ban_passive",
        "The decree on dress codes was issued by the ministry on 4 March 2024.",
        "2025-01-20",
        "172",
        "2024-03-04",
    ),
    # a communications blackout or shutdown, as news of any country words it
    (
        "blackout",
        "A nationwide internet blackout hit Iran on Wednesday.",
        "2025-06-20",
        "172",
        "2025-06-18",
    ),
    (
        "blackout",
        "Mobile internet services were shut down across Myanmar on 1 February 2021.",
        "2025-06-20",
        "172",
        "2021-02-01",
    ),
]


def _events(text: str, published: str) -> pd.DataFrame:
    arts = pd.DataFrame({"article_id": ["a1"], "published": [published]})
    return extract_events(make_paragraphs(text), arts)


@pytest.mark.parametrize(("kind", "text", "published", "code", "date"), CASES)
def test_event_of_each_wording_class(kind, text, published, code, date):
    table = _events(text, published)
    got = [(c, str(d)[: len(date)]) for c, d in table[["cameo_code", "date"]].values.tolist()]
    assert (code, date) in got, (kind, table.to_dict("records"))


def test_a_restriction_with_its_object_enacted_in_the_passive():
    table = _events(
        "The prohibition on opium farming was enacted by the movement's leader in July 2000.",
        "2025-01-20",
    )
    got = [(c, str(d)[:7]) for c, d in table[["cameo_code", "date"]].values.tolist()]
    assert ("172", "2000-07") in got, table.to_dict("records")

"""Event detection and dating on invented sentences of other outlets, countries and wording.

Each case is one article: its text, its publication date, the CAMEO code expected and the date
that code's event should carry (None: no event of that code at all). The cases were written
before the rules they check: natural disasters (the package's extension code 990), an act named
by its noun and dated by the verb that starts it ('a crackdown that began in 2023'), documents
issued to refugees, agreements and orders named with their own date but no actor ('a roadmap
signed in October 2024'), a permission to visit with its own window, a status that expires, a
dated letter, a decision to start a removal, 'later that year', a date inside the object ('a
June 2 order'), a pluperfect reported by a dated statement.
"""

from __future__ import annotations

import pandas as pd
import pytest
from extract_support import make_paragraphs

from afgresearch.extract import extract_events
from afgresearch.extract.dates import find_dates, resolve

CASES = [
    # natural disasters: the extension code 990
    (
        "A magnitude 5.8 earthquake struck western Nepal on Tuesday, killing at least 40 people.",
        "2025-11-06",
        "990",
        "2025-11-04",
    ),
    (
        "Flash floods swept through Baghlan province on May 10, 2024, killing more than 300 people.",
        "2024-05-20",
        "990",
        "2024-05-10",
    ),
    (
        "In January 2023, a strong quake jolted northern Tajikistan and left thousands homeless.",
        "2025-01-15",
        "990",
        "2023-01-01/2023-01-31",
    ),
    (
        "Torrential floods hit Sindh province on Sunday, the disaster authority said.",
        "2025-08-20",
        "990",
        "2025-08-17",
    ),
    (
        "An avalanche buried a village in Nuristan on February 3, local officials told reporters.",
        "2025-02-05",
        "990",
        "2025-02-03",
    ),
    (
        "A powerful cyclone hit the coast of Bangladesh on 24 October 2024.",
        "2024-10-30",
        "990",
        "2024-10-24",
    ),
    (
        "Experts warned that an earthquake could strike Kabul at any time.",
        "2025-03-01",
        "990",
        None,
    ),
    # an act named by its noun, started on its own date
    (
        "The arrests follow a wider crackdown that started in March 2024 against unregistered "
        "migrants.",
        "2025-02-01",
        "170",
        "2024-03-01/2024-03-31",
    ),
    # documents that let refugees stay, issued from a date
    (
        "Iran began issuing census slips to undocumented Afghans in 2022, allowing them to stay "
        "temporarily.",
        "2025-05-01",
        "081",
        "2022-01-01/2022-12-31",
    ),
    (
        "The Afghan Citizen Card scheme, introduced in 2017 with support from IOM, gave holders "
        "temporary protection.",
        "2025-05-01",
        "081",
        "2017-01-01/2017-12-31",
    ),
    # an agreement or an order named with its own date and no actor
    (
        "The two sides are now implementing a trade agreement signed in March 2023.",
        "2025-06-01",
        "057",
        "2023-03-01/2023-03-31",
    ),
    (
        "Both ministries referred to a transit protocol for rail freight signed last spring.",
        "2025-04-10",
        "057",
        "2024-03-01/2024-05-31",
    ),
    (
        "Provincial police acted on the federal directive issued on March 3, 2025, a spokesman "
        "said.",
        "2025-03-10",
        "172",
        "2025-03-03",
    ),
    (
        "A notification dated June 12 from the Ministry of Interior told provinces to begin the "
        "drive.",
        "2025-06-20",
        "010",
        "2025-06-12",
    ),
    # a decision to start a removal, dated by its own words
    (
        "The cabinet had decided on 2 May 2025 to begin the repatriation of Afghan Citizen Card "
        "holders.",
        "2025-05-09",
        "172",
        "2025-05-02",
    ),
    # a permission to visit carries the visit's own window
    (
        "A UN panel granted an exemption allowing Abdul Ghani Baradar to visit Doha from March 4 "
        "to 7.",
        "2025-02-25",
        "036",
        "2025-03-04/2025-03-07",
    ),
    # a status that runs out
    (
        "The legal status of 2.1 million Afghan migrants in Iran has expired today (March 20).",
        "2025-03-20",
        "139",
        "2025-03-20",
    ),
    # a pluperfect state reported by a dated statement: the statement does not date it
    (
        "Pakistan's interior ministry said on Monday that the cards had expired.",
        "2025-07-09",
        "139",
        "",
    ),
    # 'later that year' after a dated sentence
    (
        "In March 2024, Uzbekistan reopened its consulate in Mazar-i-Sharif. Later that year, it "
        "also signed a transit agreement with Kabul.",
        "2025-06-01",
        "057",
        "2024-01-01/2024-12-31",
    ),
    # a date inside the object: 'a June 2 order'
    (
        "Tehran issued a June 2 order requiring all undocumented Afghans to leave.",
        "2025-06-20",
        "172",
        "2025-06-02",
    ),
    # an order dated at the head of its sentence, with a deadline after it
    (
        "In late April, Tajikistan ordered unregistered Afghans to leave the country by June 1.",
        "2025-05-15",
        "139",
        "2025-04-01/2025-04-30",
    ),
    (
        "Deadly floods in Herat on Friday destroyed hundreds of homes.",
        "2025-03-31",
        "990",
        "2025-03-28",
    ),
]


def _dates(text: str, published: str, code: str) -> list[str]:
    table = extract_events(
        make_paragraphs(text),
        pd.DataFrame({"article_id": ["a1"], "published": [published]}),
    )
    return table.loc[table["cameo_code"] == code, "date"].tolist()


@pytest.mark.parametrize(("text", "published", "code", "date"), CASES)
def test_invented_events_and_dates(text: str, published: str, code: str, date: str | None) -> None:
    got = _dates(text, published, code)
    if date is None:
        assert got == []
    else:
        assert date in got, got


def test_an_act_named_by_its_noun_needs_its_own_date_to_stand_alone() -> None:
    assert _dates("The two sides are implementing a trade agreement signed with Kabul.",
                  "2025-06-01", "057") == []  # fmt: skip


def test_last_season_is_the_latest_one_ended_before_publication() -> None:
    [span] = find_dates("a pact signed last fall")
    assert resolve(span, "2025-04-23") == "2024-09-01/2024-11-30"
    [span] = find_dates("floods last summer")
    assert resolve(span, "2025-10-02") == "2025-06-01/2025-08-31"


def test_same_year_as_the_date_before() -> None:
    got = _dates("In June 2024, Kyrgyzstan hosted Baradar. Later that year, it signed a deal "
                 "with Kabul on rail freight.", "2025-06-01", "057")  # fmt: skip
    assert got == ["2024-01-01/2024-12-31"]

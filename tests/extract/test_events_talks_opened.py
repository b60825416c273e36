"""Talks opened by the parties are a negotiation event (invented sentences, other parties)."""

import pandas as pd
import pytest
from extract_support import make_paragraphs

from afgresearch.extract import extract_events


def events(text: str, published: str = "2025-10-18") -> pd.DataFrame:
    articles = pd.DataFrame({"article_id": ["a1"], "published": [published]})
    return extract_events(make_paragraphs(text), articles)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Iran and Tajikistan began a new round of talks in Dushanbe on Tuesday.", "2025-10-14"),
        (
            "Uzbekistan resumed negotiations with the Taliban over the canal on Monday.",
            "2025-10-13",
        ),
        ("India and China have launched fresh border talks in Beijing.", "2025-10-18"),
        ("Qatar and Turkey kicked off peace talks between the two sides.", "2025-10-18"),
    ],
)
def test_talks_opened_are_a_negotiation(text: str, date: str) -> None:
    found = events(text)
    assert "046" in set(found["cameo_code"])
    assert date in set(found.loc[found["cameo_code"] == "046", "date"])


def test_talks_that_are_only_planned_are_no_opened_talks() -> None:
    found = events("Iran plans to open a consulate in Herat next year.")
    assert "046" not in set(found["cameo_code"])

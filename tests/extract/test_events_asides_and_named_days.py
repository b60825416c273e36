"""Returns with an aside between who returned and the verb, and meetings attended named by
their day (invented texts)."""

import pandas as pd
import pytest
from extract_support import make_paragraphs

from afgresearch.extract import extract_events

PUBLISHED = "2025-05-15"  # a Thursday


def dated(text, published=PUBLISHED):
    t = extract_events(
        make_paragraphs(text), pd.DataFrame({"article_id": ["a1"], "published": [published]})
    )
    return [(c, d) for c, d in zip(t["cameo_code"], t["date"], strict=True)]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("About 1,200 families, most of them from Pakistan, returned to Kunar on Monday.",
         "2025-05-12"),
        ("Some 900 migrants, including women and children, were repatriated via Spin Boldak "
         "on Tuesday.", "2025-05-13"),
    ],
)  # fmt: skip
def test_a_return_with_an_aside_before_the_verb_is_dated(text, date):
    assert date in [d for c, d in dated(text) if c.startswith("08")]


def test_a_meeting_named_by_its_day_is_attended_that_day():
    text = "Uzbekistan's foreign minister attended Wednesday's session with envoys in Tashkent."
    assert ("040", "2025-05-14") in dated(text)


def test_an_aside_of_more_than_one_clause_is_not_read_across():
    text = "The families, who had lived in Karachi; later moved on, returned nothing to the bank."
    assert not [c for c, _ in dated(text) if c.startswith("08")]

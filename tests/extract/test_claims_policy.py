"""Figures set by a rule (visa lengths, deadlines, time to leave or to register) as claims of
their own kind, on invented sentences from other countries and wordings."""

import pytest
from extract_support import make_paragraphs

from afgresearch.extract import extract_claims


def kinds_of(text):
    table = extract_claims(make_paragraphs(text))
    return [(r.value, r.unit, r.kind) for r in table.itertuples()]


CASES = [
    # a change of a rule's length: the second length takes the first one's unit
    (
        "Turkey reduced the validity of residence permits from twelve months to six.",
        [(12.0, "months", "policy"), (6.0, "months", "policy")],
    ),
    (
        "Thailand cut visa-free stays from 60 days to one.",
        [(60.0, "days", "policy"), (1.0, "days", "policy")],
    ),
    (
        "Work permits will be valid for two years instead of five.",
        [(2.0, "years", "policy"), (5.0, "years", "policy")],
    ),
    # a duty with a length of time
    ("Refugees must register within 10 days of arrival.", [(10.0, "days", "policy")]),
    ("Asylum seekers now have 72 hours to lodge an appeal.", [(72.0, "hours", "policy")]),
    ("Migrants were given 30 days to leave the country.", [(30.0, "days", "policy")]),
    # a length that no rule sets stays a duration
    (
        "Some 400 people waited 3 days at the border.",
        [(400.0, "people", "count"), (3.0, "days", "duration")],
    ),
    ("The trip took two days to one village.", [(2.0, "days", "duration")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_policy_kind(text, expected):
    assert kinds_of(text) == expected

"""Shared inputs for the scale tests: a small corpus of my own making with clear themes."""

from __future__ import annotations

import pytest

MIGRATION = [
    "Thousands of migrants were deported and returned across the border to camps.",
    "Deported migrants without documents crossed the border to crowded camps.",
    "Returnees said migrants deported from Iran wait at border camps without documents.",
    "More migrants returned across the border as deportations to the camps rose.",
]
DIPLOMACY = [
    "The foreign minister met the envoy for talks on trade and security cooperation.",
    "The envoy and the foreign minister held talks on diplomatic relations.",
    "Foreign ministers and the envoy discussed recognition during the talks.",
    "After talks with the envoy, the foreign minister announced cooperation.",
]
RIGHTS = [
    "Women and girls remain barred from schools under the education ban on rights.",
    "Rights groups said the ban on girls' schools violates women's rights.",
    "The ban keeps girls from schools and strips women of their rights.",
    "Women's rights and girls' education suffer as schools stay closed by the ban.",
]
SPORT = [
    "The cricket team won the match as the captain scored a century.",
    "The captain scored again and the team won the cricket match on the last day.",
    "Fans cheered as the cricket team won the match after the captain scored.",
    "The team's captain scored twice and the cricket match was won easily.",
]


@pytest.fixture(scope="session")
def themed_texts() -> list[str]:
    return (MIGRATION + DIPLOMACY + RIGHTS + SPORT) * 3


@pytest.fixture(scope="session")
def expected_themes() -> list[str]:
    return (["migration"] * 4 + ["diplomacy"] * 4 + ["rights"] * 4 + ["other"] * 4) * 3

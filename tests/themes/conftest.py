from __future__ import annotations

import pytest


@pytest.fixture
def themed_texts() -> list[str]:
    """Small invented corpus with three lexicon themes and one unrelated topic."""
    migration = [
        "Thousands of refugees were deported across the border and returned to camps.",
        "Undocumented migrants face deportation as visas expire and documents are checked.",
        "The UNHCR says returnees need shelter after mass deportations of refugees.",
        "Asylum seekers fled and were displaced; repatriation continues at the border.",
    ]
    diplomacy = [
        "The foreign minister met the envoy for bilateral talks on diplomatic relations.",
        "An ambassador was appointed as ties improved after a delegation's visit.",
        "Negotiations and dialogue between the two governments led to an agreement.",
        "The embassy hosted a meeting on cooperation and the recognition of the government.",
    ]
    rights = [
        "Women and girls are barred from education and schools under new restrictions.",
        "Human rights groups report killings, torture and persecution of activists.",
        "Humanitarian suffering and hunger grow as violence against women continues.",
        "The ban on girls' schools is discrimination, rights advocates said.",
    ]
    sport = [
        "The cricket team won the match by six wickets in a thrilling final over.",
        "The striker scored twice as the football club won the league title.",
        "The batsman hit a century and the bowler took five wickets in the test match.",
        "Fans cheered as the goalkeeper saved a penalty in the cup final.",
    ]
    return migration + diplomacy + rights + sport

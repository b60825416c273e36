"""Acts named by a participle after their noun, dated statements and speeches, passive counts
and expiries with an inserted list, on invented texts."""

import pandas as pd
from extract_support import make_paragraphs

from afgresearch.extract import extract_events


def events(text, published="2025-09-10"):
    table = extract_events(
        make_paragraphs(text), pd.DataFrame({"article_id": ["a1"], "published": [published]})
    )
    return [(r.cameo_code, r.date) for r in table.itertuples()]


def test_agreement_named_before_its_participle_is_dated_by_its_own_clause():
    got = events("These deals build on a transit roadmap signed in March 2023 by Uzbekistan.")
    assert ("057", "2023-03-01/2023-03-31") in got


def test_forum_set_up_by_a_named_agent():
    got = events(
        "The trilateral forum, launched by Turkey in 2019 and revived in 2023, meets yearly."
    )
    assert ("050", "2019-01-01/2019-12-31") in got


def test_statement_dated_at_the_head_of_its_clause():
    got = events("On May 14, the Ministry of Foreign Affairs of Iran said talks would resume.")
    assert ("010", "2025-05-14") in got


def test_speech_at_a_gathering_is_a_statement():
    assert ("010", "2025-06-03") in events(
        "Japan's prime minister, speaking on June 3 at the annual ASEAN summit, stressed aid."
    )


def test_decision_to_take_a_group_off_a_list():
    got = events(
        "Uzbekistan's decision in March 2024 to remove the group from its list drew praise."
    )
    assert ("081", "2024-03-01/2024-03-31") in got


def test_expiry_with_an_inserted_list_keeps_its_own_date():
    got = events(
        "The ministry said the validity of all travel documents, including visas, had expired "
        "on June 30, 2025."
    )
    assert ("139", "2025-06-30") in got


def test_passive_count_of_returnees():
    got = events("On 12 June 2025, some 12,000 returnees were registered at the Torkham crossing.")
    assert ("0841", "2025-06-12") in got


def test_participle_without_a_date_or_agent_after_it_is_no_new_act():
    assert not any(c == "057" for c, _ in events("The signed copies were kept in Kabul."))

"""Events whose agent is unnamed, a pronoun or a description referring back (invented sentences:
other countries, outlets, acts and wordings than the development sets)."""

import pandas as pd
import pytest
from extract_support import make_paragraphs

from afgresearch.extract import extract_events
from afgresearch.schema import ACTOR_BASES


def events(*texts: str, published: str = "2025-06-20") -> pd.DataFrame:
    articles = pd.DataFrame({"article_id": ["a1"], "published": [published]})
    return extract_events(make_paragraphs(*texts), articles)


def rows(*texts: str, code: str, published: str = "2025-06-20") -> list[list[str]]:
    found = events(*texts, published=published)
    found = found[found["cameo_code"] == code]
    return found[["actor_1", "date", "actor_basis"]].values.tolist()


# --- 1. an act in scope with no named agent stands, with an empty actor marked 'unknown' ---


@pytest.mark.parametrize(
    ("text", "code", "date"),
    [
        ("On May 14, 12 insurgents were killed near the frontier.", "190", "2025-05-14"),
        ("Nine rebels were killed in the hills on Sunday.", "190", "2025-06-15"),
        ("Three aid workers were detained on Monday.", "173", "2025-06-16"),
        ("Two girls' schools were shut down on June 2.", "172", "2025-06-02"),
        ("Five reporters were arrested on Thursday, a rights group said.", "173", "2025-06-19"),
    ],
)
def test_an_act_without_a_named_agent_is_kept_with_an_unknown_actor(
    text: str, code: str, date: str
) -> None:
    assert rows(text, code=code) == [["", date, "unknown"]]


@pytest.mark.parametrize(
    "text",
    [
        # hypotheticals, negations, calls for action, undated headlines, quoted demands
        "Insurgents could be killed on Monday if they cross the frontier.",
        "No insurgents were killed in the sweep on Friday.",
        "Twelve insurgents killed near frontier",
        '"Those who fired must be arrested on Monday," the elders said.',
        "The union called for the arrest of the guards on Tuesday.",
        "Aid workers were never detained on Monday, the governor said.",
    ],
)
def test_look_alikes_of_unnamed_acts_are_no_events(text: str) -> None:
    found = events(text)
    assert not len(found[found["cameo_code"].isin(["190", "173", "180"])])


@pytest.mark.parametrize(
    "text",
    [
        # economic indicators and sports are out of CAMEO's scope: no CAMEO event (only the
        # package's extension codes 992 and 993 may date them)
        "Exports fell 12 percent in December.",
        "The currency weakened to 71 per dollar on Monday.",
        "Nepal beat Oman by six wickets in Kathmandu on Wednesday.",
    ],
)
def test_economic_indicators_and_sports_are_out_of_scope(text: str) -> None:
    assert set(events(text)["cameo_code"]) <= {"992", "993"}


def test_militants_killed_are_the_victims_not_the_attackers() -> None:
    found = events("On May 14, 12 militants were killed near the frontier.")
    assert found["cameo_code"].tolist() == ["190"]


# --- 2. pronouns and descriptions resolved to the nearest earlier fitting actor ---


def test_it_after_a_named_country_is_that_country() -> None:
    text = (
        "Uzbekistan closed its consulate in Mazar-i-Sharif in 2021. However, in 2023, "
        "it opened a trade mission to handle transit permits."
    )
    assert rows(text, code="050") == [["Uzbekistan", "2023-01-01/2023-12-31", "pronoun"]]


def test_it_after_a_background_clause_takes_the_main_clause_subject() -> None:
    text = (
        "In 2020, after the Houthis seized the port following the withdrawal of Saudi forces, "
        "Egypt closed its embassy in Sanaa. In 2024, it reopened a small mission."
    )
    assert rows(text, code="050") == [["Egypt", "2024-01-01/2024-12-31", "pronoun"]]


def test_it_with_two_competing_countries_stays_unresolved() -> None:
    text = "Iran and Turkmenistan signed a transit deal. In 2023, it opened a consulate in Herat."
    assert rows(text, code="050") == [["", "2023-01-01/2023-12-31", "unknown"]]


def test_it_is_not_resolved_across_articles() -> None:
    paras = pd.concat(
        [
            make_paragraphs("Qatar closed its embassy in 2021.", article_id="a1"),
            make_paragraphs("In 2023, it opened a consulate in Herat.", article_id="a2"),
        ],
        ignore_index=True,
    )
    paras["line"] = [1, 3]
    articles = pd.DataFrame({"article_id": ["a1", "a2"], "published": ["2025-06-20"] * 2})
    found = extract_events(paras, articles)
    found = found[found["cameo_code"] == "050"]
    assert found[["actor_1", "actor_basis"]].values.tolist() == [["", "unknown"]]


def test_the_ministry_is_the_last_named_ministry_not_another_organisation() -> None:
    text = (
        "The UN and Pakistan's Foreign Ministry held talks. On Sunday, the ministry closed "
        "the Torkham crossing."
    )
    assert rows(text, code="191") == [
        ["Ministry of Foreign Affairs (Pakistan)", "2025-06-15", "description"]
    ]


def test_the_ministry_with_two_ministries_before_stays_unresolved() -> None:
    text = (
        "Pakistan's Interior Ministry and Pakistan's Foreign Ministry met on Monday. "
        "On Tuesday, the ministry closed the Torkham crossing."
    )
    assert rows(text, code="191") == [["", "2025-06-17", "unknown"]]


def test_he_after_a_named_person_is_recorded_as_a_pronoun() -> None:
    text = "Ishaq Dar arrived in Kabul on Saturday. On Sunday, he met Amir Khan Muttaqi."
    found = events(text)
    met = found[found["cameo_code"] == "040"]
    assert met[["actor_1", "actor_basis"]].values.tolist()[-1] == ["Ishaq Dar", "pronoun"]


def test_an_actor_named_in_the_clause_is_recorded_as_named() -> None:
    found = events("Pakistan deported 300 Afghans on Monday.")
    assert set(found["actor_basis"]) == {"named"}
    assert set(found["actor_basis"]) <= set(ACTOR_BASES)


# --- an act named by a demonstrative noun, dated by its own participle phrase ---


def test_this_decision_communicated_on_a_date_is_a_dated_restriction() -> None:
    text = (
        "The Taliban's vice ministry has barred female presenters from television. "
        "This decision, conveyed during a meeting in Herat on March 4, 2025, was sent to "
        "stations in writing."
    )
    found = events(text)
    dated = found[(found["cameo_code"] == "172") & (found["date"] == "2025-03-04")]
    assert len(dated) == 1


def test_a_decision_still_to_be_conveyed_is_no_event() -> None:
    text = "The decision could be conveyed at a meeting in Herat on March 4, 2026."
    found = events(text)
    assert not len(found[found["cameo_code"] == "172"])


# --- an act dated by the 'since' phrase of the period it opened ---


def test_an_act_after_a_since_phrase_is_dated_by_it() -> None:
    text = (
        "Since March 2024, after Norway suspended all aid programs pending review, "
        "most clinics in Kunar have closed."
    )
    assert rows(text, code="162")[0][:2] == ["Norway", "2024-03-01/2024-03-31"]


def test_a_since_phrase_does_not_date_the_main_clause_act() -> None:
    text = "Since March 2024, Norway has suspended aid programs in Kunar."
    assert rows(text, code="162")[0][1] != "2024-03-01/2024-03-31"


def test_an_aid_cut_by_an_unnamed_order_after_a_since_phrase_is_dated() -> None:
    text = (
        "Ever since May 2024, following a cabinet decree that froze all foreign-funded aid "
        "programs, clinics in Badakhshan have shut."
    )
    assert rows(text, code="162") == [["", "2024-05-01/2024-05-31", "unknown"]]


@pytest.mark.parametrize(
    "text",
    [
        # a plan with its coordinated participles, a share of a total
        "After the deadline passes on July 1, they will be rounded up, held and deported.",
        "Of all returnees in May, 61 percent were deported, the agency said.",
    ],
)
def test_planned_acts_and_shares_are_no_unnamed_events(text: str) -> None:
    found = events(text)
    assert not len(found[found["cameo_code"].isin(["173", "174"])])


def test_it_after_an_object_is_not_resolved_to_the_object() -> None:
    text = (
        "Aid cuts have crippled UNICEF programmes, with the WHO warning of outbreaks. "
        "In May, it closed 40 clinics in Ghor."
    )
    closed = events(text)
    assert "UNICEF" not in set(closed["actor_1"])


def test_it_after_a_name_in_a_subordinate_clause_looks_no_further_back() -> None:
    text = (
        "Kyrgyzstan hosted a trade fair. Although Qatar criticised the decree, in 2024 it "
        "closed its consulate."
    )
    assert rows(text, code="161") == [["", "2024-01-01/2024-12-31", "unknown"]]

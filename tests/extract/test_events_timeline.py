"""Events a reader puts on a timeline: deadlines, returns through a border, statements, bans,
takeovers, decisions; actors from clause structure and from the sentence before; dates from the
event's own clause (datelines, bracketed dates, 'when' after a date, 'N years ago')."""

import pandas as pd
import pytest
from extract_support import make_paragraphs

from afgresearch.extract import extract_events
from afgresearch.extract.clauses import segment_clauses
from afgresearch.extract.dates import find_ago, find_weekend, resolve_ago, resolve_weekend
from afgresearch.extract.event_dates import dateline_end, event_date


def events(*texts, published="2025-05-10"):
    paras = make_paragraphs(*texts)
    return extract_events(paras, pd.DataFrame({"article_id": ["a1"], "published": [published]}))


def rows(*texts, published="2025-05-10", columns=("cameo_code", "actor_1", "actor_2", "date")):
    return events(*texts, published=published)[list(columns)].values.tolist()


def dated(text, verb, published="2025-05-10"):
    at = text.index(verb)
    return event_date(text, at, at + len(verb), published)


# --- the lexicon -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code", "date"),
    [
        ("The March 31 deadline for Afghan refugees in Pakistan ends today.", "139",
         "2025-05-10"),
        ("Pakistan set a deadline for undocumented Afghans to leave on Monday.", "139",
         "2025-05-05"),
        ("Uzbekistan's foreign minister held a phone call with Muttaqi on Tuesday.", "041",
         "2025-05-06"),
        ("Wang Yi flew to Kabul on Wednesday.", "042", "2025-05-07"),
        ("Muttaqi landed at Delhi airport on Thursday.", "042", "2025-05-08"),
        ("India reopened its embassy in Kabul in 2022.", "050", "2022-01-01/2022-12-31"),
        ("India closed its embassy in Kabul in 2021.", "161", "2021-01-01/2021-12-31"),
        ("The UNSC on April 30 approved a travel ban exemption for Muttaqi.", "081",
         "2025-04-30"),
        ("In June 2025, Pakistan declined to renew the cards.", "120", "2025-06-01/2025-06-30"),
        ("The Taliban ordered a ban on women attending nursing schools on Monday.", "172",
         "2025-05-05"),
        ("Pakistan’s Interior Ministry announced on March 6 that migrants must leave.", "010",
         "2025-03-06"),
        ("In July 2024, Vladimir Putin called the Taliban 'allies against terrorism'.", "010",
         "2024-07-01/2024-07-31"),
        ("After Pakistani airstrikes killed 46 people in December 2024, the Taliban spoke.",
         "195", "2024-12-01/2024-12-31"),
        ("Pakistan closed the Torkham crossing on Sunday.", "191", "2025-05-04"),
        ("The validity of the cards Pakistan issued ran out on Sunday.", "139", "2025-05-04"),
        ("Kazakhstan removed the Taliban from its list of banned organisations on Friday.", "081",
         "2025-05-09"),
        ("Pakistan’s interior ministry issued a May 2 order that expired the cards.", "172",
         "2025-05-02"),
        ("The Taliban issued an edict on Tuesday banning women from parks.", "172", "2025-05-06"),
        ("The UN Security Council voted unanimously to extend UNAMA's mandate on Monday.", "050",
         "2025-05-05"),
        ("Dar paid a two-day visit to Kabul in April.", "042", "2025-04-01/2025-04-30"),
        ("Iran launched a crackdown on undocumented migrants in late April.", "170",
         "2025-04-01/2025-04-30"),
    ],
)  # fmt: skip
def test_timeline_verbs(text, code, date):
    table = events(text)
    assert date in table.loc[table["cameo_code"] == code, "date"].tolist()


def test_a_verb_group_inside_a_longer_pattern_is_the_events_verb():
    # the deadline's own day sits next to the noun; the verb 'ends' is nearest to 'today'
    text = "The March 31 deadline for Afghan refugees to leave Pakistan ends today."
    assert rows(text, published="2025-03-31", columns=("cameo_code", "date", "date_basis")) == [
        ["139", "2025-03-31", "relative"]
    ]
    table = events("Pakistan said the cards of Afghans expire today.")
    assert table[["cameo_code", "actor_1", "date_basis"]].values.tolist() == [
        ["139", "Pakistan", "relative"]
    ]


def test_a_participle_used_as_an_adjective_is_no_event():
    text = "US forces supporting the country's internationally recognised government left."
    assert rows(text) == []
    assert rows("Kazakhstan removed the group from its list of banned organisations.") == [
        ["081", "Kazakhstan", "", "2025-05-10"]
    ]


def test_an_act_asked_for_or_asked_about_is_no_event():
    assert [r[0] for r in rows("Afghanistan asked Pakistan to deport fewer Afghans.")] == ["020"]
    assert rows("It is unclear whether Russia will recognise the Taliban government.") == []


def test_a_takeover_in_a_background_clause_dates_another_event_and_only_itself():
    text = "Pakistan has deported 9,000 Afghans since the Taliban seized power in August 2021."
    assert [r[0] for r in rows(text)] == ["174", "192"]
    assert rows(text)[1][3] == "2021-08-01/2021-08-31"
    assert [
        r[0] for r in rows("Pakistan has deported 9,000 Afghans since the Taliban seized power.")
    ] == ["174"]
    assert rows("The Taliban seized power in Afghanistan in August 2021.") == [
        ["192", "Taliban", "Afghanistan", "2021-08-01/2021-08-31"]
    ]


# --- actors --------------------------------------------------------------------------------


def test_returns_through_a_border_need_no_gazetteer_actor():
    text = "The Islamic Emirate reported that 11,605 people returned to the country yesterday."
    assert rows(text) == [["0841", "", "", "2025-05-09"]]
    text = "As many as 5,236 Afghans were repatriated through Torkham from Pakistan on Thursday."
    assert rows(text) == [["0841", "Pakistan", "Afghanistan", "2025-05-08"]]


def test_a_pattern_that_names_who_was_deported_needs_no_gazetteer_actor():
    assert rows("More than 2,000 Afghans were deported on Monday, officials said.") == [
        ["174", "", "", "2025-05-05"]
    ]
    assert rows("Mass deportations have increased.") == []


def test_an_event_with_a_place_and_its_own_date_stands_without_actors():
    text = "A press conference was held at New Delhi on 10th October 2025."
    assert rows(text) == [["010", "", "", "2025-10-10"]]
    assert rows("A press conference was held at New Delhi.") == []


def test_an_actor_in_another_clause_is_not_the_subject():
    text = "Wang Yi, who met Narendra Modi on Tuesday, flew to Kabul on Wednesday."
    assert rows(text, published="2025-08-21") == [
        ["040", "Wang Yi", "Narendra Modi", "2025-08-19"],
        ["042", "Wang Yi", "Afghanistan", "2025-08-20"],
    ]
    text = "Muttaqi, who visited Islamabad in April, met Ishaq Dar on Wednesday."
    assert ["042", "Amir Khan Muttaqi", "Pakistan", "2025-04-01/2025-04-30"] in rows(text)


def test_a_capital_as_subject_stands_for_its_country():
    text = "Since Islamabad launched its deportation campaign in October 2023, many left."
    assert rows(text) == [["174", "Pakistan", "", "2023-10-01/2023-10-31"]]
    assert rows("Talks in Islamabad resumed the deportation of Afghans.") == []


def test_a_definite_description_takes_its_actor_from_the_sentence_before():
    assert rows(
        "The Taliban have ruled Afghanistan since 2021.",
        "The group seized power in Kabul in August 2021.",
    ) == [["192", "Taliban", "", "2021-08-01/2021-08-31"]]
    assert rows(
        "India closed its embassy in Kabul after the fall of the republic.",
        "The embassy resumed limited operations in 2022.",
    )[-1] == ["050", "India", "", "2022-01-01/2022-12-31"]
    assert rows(
        "Iran and Pakistan host millions of Afghans.",
        "In 2023, both countries began pushing refugees out.",
    ) == [["174", "Iran", "Pakistan", "2023-01-01/2023-12-31"]]
    # a description that names its actor is not resolved elsewhere
    assert rows("India met Iran.", "The Taliban government closed its embassy.")[-1] == [
        "161", "Taliban government", "", "2025-05-10"]  # fmt: skip


def test_the_demonym_of_a_strike_is_its_agent_and_the_reporter_is_not():
    text = "The Taliban said that Pakistani drone strikes killed 10 civilians on Thursday."
    assert rows(text) == [["195", "Pakistan", "", "2025-05-08"]]


def test_coordinated_subjects_are_the_two_parties():
    assert rows("Last month, Uzbekistan and Afghanistan signed 35 agreements.") == [
        ["057", "Uzbekistan", "Afghanistan", "2025-04-01/2025-04-30"]
    ]
    text = "Pakistani and Afghan forces exchanged fire at Torkham on Saturday night."
    assert rows(text) == [["190", "Afghanistan", "", "2025-05-10"]]


def test_the_object_inside_a_pattern_is_the_other_party():
    assert rows("Russia recognised the Taliban government on Thursday.") == [
        ["054", "Russia", "Taliban government", "2025-05-08"]
    ]
    assert rows("Muttaqi received Pakistan's envoy Muhammad Sadiq in Kabul on Monday.") == [
        ["043", "Amir Khan Muttaqi", "Muhammad Sadiq Khan", "2025-05-05"]
    ]


def test_more_returns_appeals_and_appointments():
    assert rows("Over 12,000 Afghans left Pakistan via Torkham on Sunday.")[0][::3] == [
        "0841", "2025-05-04"]  # fmt: skip
    assert rows("Pakistan appointed a new ambassador to Kabul on Friday.") == [
        ["054", "Pakistan", "", "2025-05-09"]
    ]
    assert rows("Iran sent them back to Afghanistan on Friday.")[0][0] == "174"
    assert rows("Last year, 1.2 million returned from Iran.") == [
        ["0841", "Iran", "", "2024-01-01/2024-12-31"]
    ]
    text = "Thousands of women and children crossed into Afghanistan on Friday."
    assert rows(text) == [["0841", "", "Afghanistan", "2025-05-09"]]
    assert rows("The UN requested access to detainees on Tuesday.")[0][0] == "020"


def test_a_passive_verbs_agent_follows_by():
    text = "The ban was ordered by Taliban leader Haibatullah Akhundzada on Monday."
    assert rows(text) == [["172", "Hibatullah Akhundzada", "", "2025-05-05"]]
    text = "Muttaqi was granted a travel exemption by the UN Security Council on Monday."
    assert rows(text) == [["081", "UN Security Council", "Amir Khan Muttaqi", "2025-05-05"]]


# --- dates ---------------------------------------------------------------------------------


def test_a_dateline_does_not_date_the_story():
    text = "Islamabad [Pakistan], April 12 (ANI): Pakistan deported 500 Afghans on Thursday."
    assert text[dateline_end(text) :].startswith("Pakistan deported")
    assert dated(text, "deported", "2025-04-12") == ("2025-04-10", "weekday_relative")
    assert dateline_end("In July 2024, Putin spoke.") == 0


def test_a_bracketed_date_names_the_same_day_and_stays_in_its_clause():
    text = "Wang, who met Modi on Tuesday (August 19, 2025) evening, flew to Kabul on Wednesday."
    assert dated(text, "met", "") == ("2025-08-19", "clause")
    assert dated(text, "flew", "") == ("", "none")
    text = "Their Proof of Registration (POR) cards expire today, June 30."
    assert [c.kind for c in segment_clauses("After their (POR) cards expire, they go.")] == [
        "main", "background"]  # fmt: skip
    assert dated(text, "expire", "2024-06-30") == ("2024-06-30", "relative")


def test_a_when_clause_after_a_date_happens_at_that_date():
    text = "Things worsened since April 2025, when Pakistan set a deadline for Afghans."
    assert dated(text, "set", "") == ("2025-04-01/2025-04-30", "clause")


def test_a_year_inside_a_name_is_no_date():
    text = "On May 3, the Security Council's 1988 Committee extended the exemption."
    assert dated(text, "extended") == ("2025-05-03", "clause")


def test_an_intention_reported_on_a_day_is_not_dated_by_that_day():
    text = "India announced on Friday that it would upgrade its mission in Kabul."
    assert dated(text, "announced") == ("2025-05-09", "weekday_relative")
    assert dated(text, "upgrade") == ("", "none")


def test_years_ago():
    assert [s.text for s in find_ago("It seized power four years ago and 2 days ago.")] == [
        "four years ago", "2 days ago"]  # fmt: skip
    assert resolve_ago(find_ago("three months ago")[0], "2025-02-10") == "2024-11-01/2024-11-30"
    assert resolve_ago(find_ago("a week ago")[0], "2025-05-10") == "2025-04-28/2025-05-04"
    assert resolve_ago(find_ago("a day ago")[0], "") == ""
    text = "When the Taliban regained power four years ago, everything changed."
    assert dated(text, "regained", "2025-05-31") == ("2021-01-01/2021-12-31", "relative")


def test_the_weekend():
    assert resolve_weekend(find_weekend("over the weekend")[0], "2025-05-13") == (
        "2025-05-10/2025-05-11")  # fmt: skip
    assert resolve_weekend(find_weekend("last weekend")[0], "") == ""
    assert dated("Iran deported 8,000 Afghans over the weekend.", "deported", "2025-05-12") == (
        "2025-05-10/2025-05-11", "relative")  # fmt: skip


def test_an_after_clause_measured_from_its_main_clause_takes_its_date_moved():
    text = "The trip came one day after Muttaqi urged Tehran to slow deportations."
    assert dated(text, "urged", "2025-06-27") == ("2025-06-26", "relative")
    text = "Talks on May 20 came two weeks after Pakistan deported 900 Afghans."
    assert dated(text, "deported") == ("2025-05-06", "relative")
    text = "The visit came a month after Russia recognised the Taliban government."
    assert dated(text, "recognised", "2025-08-04") == ("2025-07-01/2025-07-31", "relative")
    text = "Talks came nearly two weeks after Pakistan deported 900 Afghans."
    assert dated(text, "deported") == ("", "none")  # an earlier act, on no day the text gives
    text = "The visit will come a day after Pakistan deports them."
    assert dated(text, "deports") == ("", "none")


def test_an_undated_act_in_a_background_clause_is_not_dated_by_the_article():
    text = "Dar visited Kabul after Pakistan deported 900 Afghans."
    assert dated(text, "deported") == ("", "none")
    assert dated(text, "visited") == ("2025-05-10", "article_date")
    text = "Dar visited Kabul after Pakistan deported 900 Afghans on May 2."
    assert dated(text, "deported") == ("2025-05-02", "clause")


def test_a_deadline_does_not_date_the_order_that_sets_it():
    text = "Iran ordered undocumented Afghans to leave the country by July 6."
    assert dated(text, "ordered") == ("2025-05-10", "article_date")
    text = "By July 6, Iran had deported 9,000 Afghans."
    assert dated(text, "deported")[0] == "2024-07-06"


def test_a_marker_with_a_bare_date_is_a_phrase_that_ends_with_it():
    text = "Tajikistan's minister visited Kabul for the first time since 2021 on Tuesday."
    assert dated(text, "visited") == ("2025-05-06", "weekday_relative")
    kinds = [(c.kind, text[c.start : c.end]) for c in segment_clauses(text)][1:]
    assert kinds == [("background", "since 2021")]


def test_an_intention_looks_forward_for_its_day():
    text = "Pakistan is expected to sign the agreement on Monday."
    assert dated(text, "sign", "2025-10-22") == ("2025-10-27", "weekday_relative")
    assert dated("Pakistan signed the agreement on Monday.", "signed", "2025-10-22") == (
        "2025-10-20", "weekday_relative")  # fmt: skip


def test_a_clause_marker_after_a_complementiser_opens_its_clause():
    text = "The president noted that after the Taliban regained power, Kazakhstan stayed."
    assert [c.kind for c in segment_clauses(text)] == ["main", "complement", "background"]
    assert rows(text) == []  # the takeover only sets the time of another event


def test_the_month_may_is_no_modal():
    assert rows("In early May Pakistan deported 3,000 Afghans.", published="2025-05-20") == [
        ["174", "Pakistan", "", "2025-05-01/2025-05-31"]
    ]
    assert rows("Pakistan may deport 3,000 Afghans.") == []


def test_examples_after_a_comma_stay_in_their_clause():
    text = "After talks on Friday, including a meeting with Dar, Muttaqi flew to Kabul."
    assert [(c.kind, text[c.start : c.end]) for c in segment_clauses(text)][1:] == [
        ("background", "After talks on Friday, including a meeting with Dar")
    ]


def test_an_intended_weekend_is_the_next_one():
    assert resolve_weekend(find_weekend("over the weekend")[0], "2025-10-09", future=True) == (
        "2025-10-11/2025-10-12")  # fmt: skip
    text = "Muttaqi is expected to travel to Agra over the weekend."
    assert rows(text, published="2025-10-09")[0][::3] == ["036", "2025-10-11/2025-10-12"]


def test_the_place_of_a_dateline_and_an_adjectival_light_verb_name_no_agent():
    text = "Kabul [Afghanistan], July 17 : Jamal voiced concern over the intensifying deportation."
    assert rows(text) == []


def test_last_and_next_weekdays():
    assert dated("Dar met Muttaqi last Thursday.", "met", "2025-05-29") == (
        "2025-05-22", "weekday_relative")  # fmt: skip
    assert dated("Dar met Muttaqi on Thursday.", "met", "2025-05-29") == (
        "2025-05-29", "weekday_relative")  # fmt: skip
    text = "Dar is due to visit Kabul next Monday."
    at = text.index("visit")
    assert event_date(text, at, at + 5, "2025-05-26", True) == ("2025-06-02", "weekday_relative")

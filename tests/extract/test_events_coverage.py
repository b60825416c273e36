"""The CAMEO codebook's main codes in the forms news writes them: headline present tense,
nominal acts with their agent ('Muttaqi's visit to ...', 'a meeting between X and Y'), appeals,
offers, pledges, threats, denials, summons and recalls, claimed attacks; and relative dates
against the publication date ('on the 5th', 'last night', 'earlier this week'). Sentences are
invented."""

import pandas as pd
import pytest
from extract_support import make_paragraphs

from afgresearch.extract import extract_events
from afgresearch.extract.dates import find_dates, resolve

# 2025-07-16 is a Wednesday
PUBLISHED = "2025-07-16"


def events(text: str) -> list[tuple[str, str, str, str]]:
    """(code, actor_1, actor_2, date) of each event of ``text``."""
    ev = extract_events(
        make_paragraphs(text), pd.DataFrame({"article_id": ["a1"], "published": [PUBLISHED]})
    )
    return [tuple(r) for r in ev[["cameo_code", "actor_1", "actor_2", "date"]].values.tolist()]


def dated(text: str, code: str) -> list[str]:
    return [d for c, _, _, d in events(text) if c == code]


@pytest.mark.parametrize(
    ("text", "code", "date"),
    [
        # headline present tense: the act the article reports
        ("Pakistan deports 500 Afghans", "174", PUBLISHED),
        ("Iran expels 1,200 Afghan migrants", "174", PUBLISHED),
        ("Pakistan arrests 300 Afghans", "173", PUBLISHED),
        ("Muttaqi arrives in Tehran", "042", PUBLISHED),
        ("Muttaqi travels to Tehran", "042", PUBLISHED),
        ("China hosts Muttaqi in Beijing", "043", PUBLISHED),
        # nominal acts with their agent
        ("Muttaqi's visit to Islamabad on Tuesday was praised.", "042", "2025-07-15"),
        ("The arrival of Muttaqi in Tehran on Monday was welcomed.", "042", "2025-07-14"),
        (
            "Russia's recognition of the Taliban government on Monday was welcomed.",
            "054",
            "2025-07-14",
        ),  # fmt: skip
        # the codebook's verbs
        ("Pakistan appealed for calm on Monday.", "020", "2025-07-14"),
        (
            "China offered to mediate between Pakistan and Afghanistan on Monday.",
            "030",
            "2025-07-14",
        ),  # fmt: skip
        ("Iran and Afghanistan agreed on Monday to boost trade.", "030", "2025-07-14"),
        ("Japan has pledged $5 million in aid to Afghanistan.", "033", PUBLISHED),
        ("Muttaqi took part in the Moscow Format talks on Monday.", "040", "2025-07-14"),
        (
            "The WFP distributed food aid to 10,000 families in Herat on Monday.",
            "070",
            "2025-07-14",
        ),  # fmt: skip
        ("Pakistan eased visa rules for Afghans on Monday.", "081", "2025-07-14"),
        ("Iran repatriated 5,000 Afghans last week.", "0841", "2025-07-07/2025-07-13"),
        ("Pakistan summoned the Afghan envoy on Monday.", "110", "2025-07-14"),
        ("Pakistan warned Afghanistan of serious consequences on Monday.", "130", "2025-07-14"),
        ("Pakistan threatened to close the Torkham border on Monday.", "130", "2025-07-14"),
        ("Pakistan recalled its ambassador from Kabul on Monday.", "161", "2025-07-14"),
        ("Pakistan denied the allegations on Monday.", "016", "2025-07-14"),
        ("The TTP claimed responsibility for the attack on Monday.", "015", "2025-07-14"),
        ("Pakistani police apprehended 40 Afghans on Monday.", "173", "2025-07-14"),
        ("UNAMA unveiled its report on Monday.", "010", "2025-07-14"),
        ("A blast struck a mosque in Kabul on Monday.", "180", "2025-07-14"),
        ("Gunmen opened fire on a bus in Kabul on Monday.", "180", "2025-07-14"),
    ],
)
def test_codebook_form_is_an_event_with_its_date(text, code, date):
    assert dated(text, code) == [date]


def test_a_meeting_between_two_names_both_parties():
    found = events("A meeting between Muttaqi and Dar on Tuesday focused on trade.")
    assert ("040", "Amir Khan Muttaqi", "Ishaq Dar", "2025-07-15") in found


def test_a_threat_to_act_is_no_act():
    assert dated("Pakistan threatened to expel all Afghans on Monday.", "174") == []


def test_hosts_after_a_common_noun_is_no_act():
    assert dated("Afghans return from refugee hosts Pakistan and Iran.", "043") == []


def test_headline_present_needs_a_headline():
    # in running text a present tense reports no completed act
    assert dated("Pakistan deports Afghans who lack papers.", "174") == [""]


def test_a_habit_is_no_act():
    assert dated("Thousands of Afghans return home every day.", "0841") == []
    assert dated("Pakistan deports hundreds of Afghans every day.", "174") == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Muttaqi visited Tehran on the 5th.", "2025-07-05"),
        ("Muttaqi visited Tehran on the 20th.", "2025-06-20"),
        ("Muttaqi visited Tehran last night.", "2025-07-15"),
        ("Muttaqi visited Tehran this morning.", PUBLISHED),
        ("Muttaqi visited Tehran earlier this week.", "2025-07-14/2025-07-16"),
    ],
)
def test_relative_day_resolves_against_publication(text, date):
    assert dated(text, "042") == [date]


def test_day_of_month_reads_forward_for_intentions():
    span = find_dates("on the 5th")[0]
    assert resolve(span, PUBLISHED, future=True) == "2025-08-05"


def test_day_of_a_named_month_is_no_bare_day():
    assert [s.kind for s in find_dates("on the 5th of July")] == ["day"]


@pytest.mark.parametrize(
    ("text", "code", "actor_1", "date"),
    [
        # passives, their agent after 'by' or their parties after 'between'
        ("An agreement was signed between Pakistan and Afghanistan on Monday.", "057",
         "Pakistan", "2025-07-14"),
        ("A memorandum of understanding was signed by Uzbekistan and Afghanistan on Monday.",
         "057", "Uzbekistan", "2025-07-14"),
        ("The ban was lifted by the Taliban on Monday.", "081", "Taliban", "2025-07-14"),
        ("Muttaqi was received by Dar in Islamabad on Monday.", "043", "Ishaq Dar",
         "2025-07-14"),
        ("Two British nationals were released by the Taliban on Monday.", "0841", "Taliban",
         "2025-07-14"),
        ("Five people were killed in an attack in Kabul on Monday.", "180", "", "2025-07-14"),
        ("Aid was delivered to Herat by the WFP on Monday.", "070", "", "2025-07-14"),
        ("The UN Security Council voted on Monday to extend UNAMA's mandate.", "050",
         "UN Security Council", "2025-07-14"),
        ("The Taliban flogged two men in Logar on Monday.", "175", "Taliban", "2025-07-14"),
        ("Pakistani jets struck targets in Khost on Monday.", "195", "Pakistan", "2025-07-14"),
        ("Pakistan carried out strikes in Paktika on Monday.", "195", "Pakistan", "2025-07-14"),
    ],
)  # fmt: skip
def test_passive_and_agentive_forms(text, code, actor_1, date):
    assert (actor_1, date) in [(a, d) for c, a, _, d in events(text) if c == code]


def test_an_extension_is_dated_by_its_day_not_the_new_deadline():
    text = "Pakistan extended the deadline to June 30 on Monday."
    assert dated(text, "081") == ["2025-07-14"]


@pytest.mark.parametrize(
    ("text", "code", "date"),
    [
        # headlines in the bare present of a plural subject
        ("Pakistan and Afghanistan agree ceasefire", "057", PUBLISHED),
        ("Pakistan, Afghanistan sign trade deal", "057", PUBLISHED),
        ("Taliban ban women from parks", "172", PUBLISHED),
        ("UN extends UNAMA mandate", "050", PUBLISHED),
        # more of the codebook's wording
        ("Dar welcomed Muttaqi to Islamabad on Monday.", "043", "2025-07-14"),
        ("Muttaqi led a delegation to Moscow on Monday.", "042", "2025-07-14"),
        ("The attack on a mosque in Kabul on Monday killed five.", "180", "2025-07-14"),
        ("Pakistan shelled Afghan border villages on Monday.", "190", "2025-07-14"),
    ],
)
def test_headline_and_codebook_wording(text, code, date):
    assert dated(text, code) == [date]


def test_welcomed_by_a_crowd_is_no_hosting():
    text = "The reopening of the Torkham crossing on Monday was welcomed by traders."
    assert dated(text, "043") == []


def test_the_ban_from_is_a_noun():
    assert dated("The ban from the ministry angered Afghans.", "172") == []


@pytest.mark.parametrize(
    ("text", "code", "date"),
    [
        ("Dar arrived in Kabul on July 3. Muttaqi met Dar the next day.", "040", "2025-07-04"),
        ("Dar arrived in Kabul on July 3. Muttaqi met Dar a day earlier.", "040", "2025-07-02"),
        ("Dar arrived in Kabul on July 3. Muttaqi met Dar the previous day.", "040",
         "2025-07-02"),
        ("Dar arrived in Kabul on July 3. Muttaqi met Dar the day before.", "040",
         "2025-07-02"),
    ],
)  # fmt: skip
def test_a_day_measured_from_the_date_before(text, code, date):
    assert dated(text, code) == [date]


@pytest.mark.parametrize(
    ("text", "code", "date"),
    [
        ("Muttaqi offered condolences to Pakistan on Monday.", "018", "2025-07-14"),
        ("Muttaqi congratulated Dar on Monday.", "051", "2025-07-14"),
        ("Pakistan and Afghanistan resumed trade on Monday.", "061", "2025-07-14"),
        ("China and Afghanistan launched a joint mining project on Monday.", "061",
         "2025-07-14"),
        ("Pakistan lodged a protest with the Afghan embassy on Monday.", "110", "2025-07-14"),
        ("Pakistan voiced concern over the attack on Monday.", "110", "2025-07-14"),
        ("The Taliban dismissed the report on Monday.", "120", "2025-07-14"),
        ("The United States suspended aid to Afghanistan on Monday.", "162", "2025-07-14"),
        ("Pakistan suspended trade with Afghanistan on Monday.", "163", "2025-07-14"),
        ("The UN suspended its operations in Afghanistan on Monday.", "166", "2025-07-14"),
        ("Two aid workers were abducted in Kabul on Monday.", "181", "2025-07-14"),
        ("Gunmen assassinated a Taliban official in Kabul on Monday.", "186", "2025-07-14"),
        ("Ten soldiers were killed in clashes on the border on Monday.", "190", "2025-07-14"),
        ("Pakistan started the second phase of deportations on Monday.", "174", "2025-07-14"),
        ("The Taliban pledged on Monday to protect aid workers.", "030", "2025-07-14"),
    ],
)  # fmt: skip
def test_rest_of_the_codebook(text, code, date):
    assert dated(text, code) == [date]


def test_a_vow_to_go_on_is_no_act():
    assert dated("Pakistan vowed on Monday to continue deportations.", "174") == []


def test_a_pledge_to_protect_aid_workers_is_no_aid_pledge():
    assert dated("The Taliban pledged on Monday to protect aid workers.", "033") == []


def test_arriving_in_an_opening_phrase_takes_the_subject_after_it():
    found = events("After arriving in Islamabad on Monday, Muttaqi met Dar.")
    assert ("042", "Amir Khan Muttaqi", "Pakistan", "2025-07-14") in found


def test_a_phone_call_between_two_names_both_parties():
    found = events("A phone call between Muttaqi and Dar on Monday focused on trade.")
    assert ("041", "Amir Khan Muttaqi", "Ishaq Dar", "2025-07-14") in found


@pytest.mark.parametrize(
    ("text", "code", "date"),
    [
        ("Taliban official killed in Kabul blast", "180", PUBLISHED),
        ("Muttaqi is visiting Islamabad this week.", "042", "2025-07-14/2025-07-20"),
    ],
)
def test_participles_of_attacks_and_visits(text, code, date):
    assert dated(text, code) == [date]


@pytest.mark.parametrize(
    ("text", "code", "date"),
    [
        ("500 Afghans return from Iran", "0841", PUBLISHED),
        ("The UN endorsed the plan on Monday.", "051", "2025-07-14"),
        ("Pakistan blamed Afghanistan for the attack on Monday.", "112", "2025-07-14"),
        ("Russia vetoed the resolution on Monday.", "120", "2025-07-14"),
        ("The Taliban confiscated smuggled goods in Herat on Monday.", "171", "2025-07-14"),
        ("Clashes between Pakistani and Afghan forces erupted at Torkham on Monday.", "190",
         "2025-07-14"),
    ],
)  # fmt: skip
def test_returns_endorsements_blame_vetoes_seizures_and_clashes(text, code, date):
    assert dated(text, code) == [date]


@pytest.mark.parametrize(
    ("text", "code", "date"),
    [
        ("In a statement on Monday, the UN said it was concerned.", "010", "2025-07-14"),
        ("In a statement issued on Monday, Pakistan said the border would reopen.", "010",
         "2025-07-14"),
        ("Iran has deported 1,000 Afghans so far this year.", "174", "2025-01-01/2025-07-16"),
        ("Iran deported 1,000 Afghans over the past two weeks.", "174",
         "2025-07-03/2025-07-16"),
    ],
)  # fmt: skip
def test_statements_by_their_day_and_spans_up_to_publication(text, code, date):
    assert dated(text, code) == [date]


def test_the_last_weeks_of_a_month_are_no_span_up_to_publication():
    assert [s.kind for s in find_dates("in the last two weeks of June")] != ["relative"]


@pytest.mark.parametrize(
    ("text", "code", "date"),
    [
        ("Pakistan's closure of the Torkham crossing on Monday stranded traders.", "191",
         "2025-07-14"),
        ("Pakistan's reopening of the Torkham crossing on Monday helped traders.", "081",
         "2025-07-14"),
        ("The Taliban's release of two Americans on Monday was welcomed.", "0841",
         "2025-07-14"),
    ],
)  # fmt: skip
def test_acts_named_as_nouns_with_their_agent(text, code, date):
    assert dated(text, code) == [date]


def test_a_release_without_its_agent_is_no_event():
    assert dated("The release of two Americans on Monday was welcomed.", "0841") == []


@pytest.mark.parametrize(
    ("text", "code", "date"),
    [
        ("Dar is scheduled to arrive in Kabul on Monday.", "036", "2025-07-21"),
        ("Dar will arrive in Kabul on the 20th.", "036", "2025-07-20"),
        ("Dar is set to lead a delegation to Kabul next week.", "036", "2025-07-21/2025-07-27"),
        ("Dar heads to Kabul", "042", PUBLISHED),
    ],
)
def test_arrivals_and_delegations_announced_or_under_way(text, code, date):
    assert dated(text, code) == [date]


def test_people_expected_to_arrive_are_no_intended_visit():
    assert dated("More people are expected to arrive as the deadline passes.", "036") == []

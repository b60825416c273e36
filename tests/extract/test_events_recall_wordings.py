"""Acts in the CAMEO scope in wordings other outlets use (invented texts): protests, arrests
by forces named by a demonym, closures of places, money pledged, and their dates."""

import pandas as pd
import pytest
from extract_support import make_paragraphs

from afgresearch.extract import extract_events

PUBLISHED = "2025-05-15"  # a Thursday


def dated(text, published=PUBLISHED):
    t = extract_events(
        make_paragraphs(text), pd.DataFrame({"article_id": ["a1"], "published": [published]})
    )
    return sorted(zip(t["cameo_code"], t["date"], t["date_basis"], strict=True))


# --- protests (CAMEO 141): the crowd names who acted -----------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Hundreds of women protested in Kabul on Sunday against the ban on education.",
         "2025-05-11"),
        ("Dozens of Afghan refugees rallied outside the UN office in Islamabad on Monday.",
         "2025-05-12"),
        ("Women's rights activists staged a protest in Mazar-i-Sharif on Thursday.",
         "2025-05-15"),
        ("Students held a demonstration in front of Herat University on May 6.", "2025-05-06"),
        ("Thousands of residents took to the streets of Jalalabad on Tuesday over power cuts.",
         "2025-05-13"),
        ("Afghan migrants marched to the Iranian consulate in Herat yesterday.", "2025-05-14"),
    ],
)  # fmt: skip
def test_protests_in_many_wordings(text, date):
    assert ("141", date) in [(c, d) for c, d, _ in dated(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The report demonstrated that returnees lack shelter.",
        "Activists plan to stage a protest in Kabul next week.",
    ],
)
def test_no_protest_event(text):
    assert not any(c == "141" and d for c, d, _ in dated(text))


# --- arrests by forces named by a demonym, and counted arrests ------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Tajik border guards detained 14 Afghan nationals earlier this week.", "2025-05-12"),
        ("Iranian soldiers arrested 40 Afghan migrants near Zahedan on Monday.", "2025-05-12"),
        ("Police in Karachi rounded up more than 200 Afghans on Tuesday.", "2025-05-13"),
        ("At least 35 Afghan migrants were arrested in Istanbul on Sunday.", "2025-05-11"),
    ],
)
def test_arrests_in_many_wordings(text, date):
    assert any(c == "173" and d.startswith(date) for c, d, _ in dated(text))


def test_no_arrest_without_an_act():
    assert dated("Fear of arrest keeps many Afghans indoors.") == []


# --- closures of places people use (CAMEO 172) ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("On 2 May the Taliban closed all beauty salons in Kandahar.", "2025-05-02"),
        ("Taliban authorities shut down two private radio stations in Takhar on Monday.",
         "2025-05-12"),
        ("The Taliban ordered the closure of girls' madrasas in Ghazni on Tuesday.",
         "2025-05-13"),
    ],
)  # fmt: skip
def test_closures_of_places_in_many_wordings(text, date):
    assert ("172", date) in [(c, d) for c, d, _ in dated(text)]


def test_closing_a_border_crossing_is_no_administrative_sanction():
    assert not any(
        c == "172" for c, _, _ in dated("Pakistan closed the Torkham crossing on Saturday.")
    )


# --- money pledged (CAMEO 033) ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("The World Bank pledged $300 million to Afghanistan on Tuesday.", "2025-05-13"),
        ("Japan on Monday promised 12 million dollars for Afghan returnees.", "2025-05-12"),
        ("Germany committed €40 million to the UN appeal for Afghanistan last week.", "2025-05"),
    ],
)
def test_money_pledged_in_many_wordings(text, date):
    assert any(c == "033" and d.startswith(date) for c, d, _ in dated(text))


# --- visits, meetings, aid, attacks, sanctions, appeals, removals in other outlets' words ------


@pytest.mark.parametrize(
    ("text", "code", "date"),
    [
        ("A Kazakh delegation toured the Hairatan port on Tuesday.", "042", "2025-05-13"),
        ("Turkmen officials toured Herat's industrial park last week.", "042", "2025-05"),
        ("Muttaqi received the Chinese ambassador in Kabul on Wednesday.", "043", "2025-05-14"),
        ("Baradar received a Qatari delegation in Kabul on May 3.", "043", "2025-05-03"),
        ("Taliban officials sat down with a US delegation in Doha on Monday.", "040",
         "2025-05-12"),
        ("Kazakhstan delivered 5,000 tonnes of flour to Afghanistan on Monday.", "070",
         "2025-05-12"),
        ("China donated 300 tonnes of rice to Afghan returnees on Tuesday.", "070", "2025-05-13"),
        ("Japan handed over 40 ambulances to the Afghan health ministry on Tuesday.", "070",
         "2025-05-13"),
        ("Turkey sent tents and blankets to Herat on Sunday.", "070", "2025-05-11"),
        ("A roadside bomb killed four Taliban fighters in Kunar on Tuesday.", "180",
         "2025-05-13"),
        ("A car bomb wounded 12 people near Jalalabad on Monday.", "180", "2025-05-12"),
        ("Taliban fighters killed two civilians in Panjshir on Monday.", "190", "2025-05-12"),
        ("The UN Security Council renewed sanctions on Taliban leaders on Tuesday.", "163",
         "2025-05-13"),
        ("The United States froze the assets of two Taliban officials on Monday.", "163",
         "2025-05-12"),
        ("Iran warned Afghans on Tuesday that they must leave by July 6.", "010", "2025-05-13"),
        ("Turkey sent 200 Afghans back to Kabul on a charter flight on Tuesday.", "174",
         "2025-05-13"),
        ("UNHCR appealed on Monday for $400 million to help Afghan returnees.", "020",
         "2025-05-12"),
        ("UNICEF called yesterday for more funding for Afghan schools.", "020", "2025-05-14"),
        ("Pakistani police raided Afghan homes in Islamabad on Tuesday.", "170", "2025-05-13"),
    ],
)  # fmt: skip
def test_acts_in_other_wordings(text, code, date):
    assert any(c == code and d.startswith(date) for c, d, _ in dated(text)), dated(text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Pakistan sent 5,000 tonnes of coal to Pakistan's power plants.", "070"),
        ("The minister received praise for the plan.", "043"),
        ("A mine collapse in Baghlan killed five workers on Monday.", "180"),
        ("Officials sent the documents back to the ministry.", "174"),
        ("Villagers toured the fields.", "042"),
    ],
)
def test_no_act_in_look_alike_wordings(text, code):
    assert not any(c == code for c, _, _ in dated(text))


# --- statements, denials, threats and orders with a time word inside the phrase ---------------


@pytest.mark.parametrize(
    ("text", "code", "date"),
    [
        ("Taliban spokesman Zabihullah Mujahid wrote on X on Tuesday that the talks were useful.",
         "010", "2025-05-13"),
        ("Pakistan's foreign ministry posted on Facebook on Monday that the crossing was shut.",
         "010", "2025-05-12"),
        ("Pakistan's Foreign Office spokesperson told a weekly briefing on Thursday that "
         "deportations would continue.", "010", "2025-05-15"),
        ("The Taliban denied on Monday that its forces had fired first.", "016", "2025-05-12"),
        ("Iran denied yesterday that it had mistreated Afghan migrants.", "016", "2025-05-14"),
        ("Pakistan threatened on Tuesday to strike militant hideouts in Afghanistan.", "130",
         "2025-05-13"),
        ("The Taliban ordered NGOs on Tuesday to stop employing Afghan women.", "172",
         "2025-05-13"),
        ("The Taliban instructed universities last week to suspend classes for women.", "172",
         "2025-05"),
    ],
)  # fmt: skip
def test_statements_and_orders_with_a_time_word_inside(text, code, date):
    assert any(c == code and d.startswith(date) for c, d, _ in dated(text)), dated(text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Pakistan may threaten on Friday to close the border.", "130"),
        ("The Taliban did not order NGOs to stop their work.", "172"),
        ("Officials posted guards on the border.", "010"),
    ],
)
def test_no_statement_or_order_in_look_alike_wordings(text, code):
    assert not any(c == code and d for c, d, _ in dated(text))


# --- the passive and the headline: who was hurt or what was closed names the act --------------


@pytest.mark.parametrize(
    ("text", "code", "date"),
    [
        ("Three soldiers killed in Pakistani strike on Khost", "195", PUBLISHED),
        ("Four civilians were killed in a drone strike in Paktika on Monday.", "195",
         "2025-05-12"),
        ("Ten people were killed when a bomb exploded in a market in Kunduz on Friday.", "180",
         "2025-05-09"),
        ("At least 20 worshippers were wounded in a blast at a Shia mosque on Friday.", "180",
         "2025-05-09"),
        ("Aid worth $5 million was delivered to Kunar by Qatar on Sunday.", "070", "2025-05-11"),
        ("Several shops were closed by the Taliban in Kandahar on Monday for playing music.",
         "172", "2025-05-12"),
        ("Two girls' schools were shut down in Paktia on Tuesday.", "172", "2025-05-13"),
        ("Women protesters were beaten by Taliban fighters in Kabul on Monday.", "175",
         "2025-05-12"),
        ("A protest was held outside the Pakistani embassy in Kabul on Tuesday.", "141",
         "2025-05-13"),
    ],
)  # fmt: skip
def test_passive_and_headline_wordings(text, code, date):
    assert any(c == code and d.startswith(date) for c, d, _ in dated(text)), dated(text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Three people were killed in a road accident in Salang on Monday.", "180"),
        ("Three people were killed in a landslide in Badakhshan on Monday.", "195"),
        ("The schools were closed for the winter holidays on Monday.", "172"),
    ],
)
def test_no_violence_or_closure_in_look_alike_passives(text, code):
    assert not any(c == code for c, _, _ in dated(text))


# --- headlines in the present: the news of the day ------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Afghan women protest in Kabul against university ban", "141"),
        ("Refugees rally outside UN office in Islamabad", "141"),
        ("Taliban close beauty salons across Afghanistan", "172"),
        ("Taliban shut down two radio stations in Takhar", "172"),
        ("China donates 300 tonnes of rice to Afghanistan", "070"),
        ("Taliban deny involvement in border clash", "016"),
        ("Pakistan threatens strikes on Afghan soil", "130"),
        ("EU renews sanctions on Taliban leaders", "163"),
        ("Bomb kills four Pakistani soldiers in Waziristan", "180"),
        ("Kazakh delegation tours Hairatan port", "042"),
        ("Muttaqi receives Chinese ambassador in Kabul", "043"),
    ],
)
def test_headline_present_reports_the_day_of_the_news(text, code):
    assert (code, PUBLISHED, "article_date") in dated(text), dated(text)


def test_the_same_present_in_running_text_is_no_dated_act():
    got = dated("Women protest in Kabul every week against the ban.")
    assert not any(c == "141" and d for c, d, _ in got)


# --- removals, accreditation, agreements and fire in further wordings ------------------------


@pytest.mark.parametrize(
    ("text", "code", "date"),
    [
        ("Pakistani authorities forcibly removed 1,200 Afghans from Karachi on Tuesday.", "174",
         "2025-05-13"),
        ("Turkey returned 800 Afghan migrants to Kabul on a charter flight on Monday.", "174",
         "2025-05-12"),
        ("Germany flew 81 Afghan convicts to Kabul on Friday.", "174", "2025-05-09"),
        ("Some 2,500 families were evicted from Islamabad's slums on Monday.", "170",
         "2025-05-12"),
        ("Russia accredited the Taliban's ambassador on Monday.", "054", "2025-05-12"),
        ("Uzbekistan and Afghanistan inked 12 memorandums of understanding in Kabul on Tuesday.",
         "057", "2025-05-13"),
        ("Pakistan's army said on Monday it killed 30 militants who tried to cross the border.",
         "190", "2025-05-12"),
        ("Taliban forces fired mortars at Pakistani posts on Saturday night.", "190",
         "2025-05-10"),
        ("Pakistani troops launched rockets into Kunar on Sunday.", "190", "2025-05-11"),
    ],
)  # fmt: skip
def test_removals_accreditation_agreements_and_fire(text, code, date):
    assert any(c == code and d.startswith(date) for c, d, _ in dated(text)), dated(text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The minister returned 800 books to the library.", "174"),
        ("Officials flew 81 journalists to Herat for a tour.", "174"),
        ("The firm fired 30 workers on Monday.", "190"),
    ],
)
def test_no_removal_or_fire_in_look_alike_wordings(text, code):
    assert not any(c == code for c, _, _ in dated(text))


# --- an act named by its noun with the verb of its onset, dated by its own words ------------


@pytest.mark.parametrize(
    ("text", "code", "date"),
    [
        ("Deportations resumed on April 1 after a month-long pause.", "174", "2025-04-01"),
        ("Mass expulsions from Tajikistan continued on Monday.", "174", "2025-05-12"),
        ("The crackdown began on April 1.", "170", "2025-04-01"),
        ("A new police campaign against undocumented migrants started in Karachi on May 2.",
         "170", "2025-05-02"),
        ("Kabul's ban on poppy cultivation took effect in April 2022.", "172", "2022-04"),
        ("The ban on women working for NGOs came into force on December 24, 2022.", "172",
         "2022-12-24"),
    ],
)  # fmt: skip
def test_acts_named_by_their_noun_and_dated_by_their_onset(text, code, date):
    assert any(c == code and d.startswith(date) for c, d, _ in dated(text)), dated(text)


@pytest.mark.parametrize(
    "text",
    [
        "Deportations resumed after a pause.",  # no date of its own: no agent, no event
        "The crackdown began, officials said.",
        "The ban took effect.",
    ],
)
def test_an_undated_act_named_by_its_noun_needs_its_agent(text):
    assert dated(text) == []


def test_soldiers_killed_by_militants_are_no_use_of_military_force():
    got = dated("Militants killed 12 soldiers in an ambush in Kunar on Monday.")
    assert ("180", "2025-05-12") in [(c, d) for c, d, _ in got]
    assert not any(c == "190" for c, _, _ in got)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The company closed its shops in Kabul on Monday for Eid.", "172"),
        ("The Taliban closed schools in Herat on Monday for the winter holidays.", "172"),
        ("Pakistan's team held a rally in the stands after the match.", "141"),
        ("Residents marched through the mud to reach the clinic.", "141"),
    ],
)
def test_no_closure_or_protest_in_everyday_wordings(text, code):
    assert not any(c == code for c, _, _ in dated(text))

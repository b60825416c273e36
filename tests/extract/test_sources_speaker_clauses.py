"""Reporting clauses that name the speaker away from the verb's subject slot, and sources that
need trimming to the name: invented sentences from other outlets and wordings."""

from extract_support import make_paragraphs

from afgresearch.extract.attribution import figure_source, sentence_attribution
from afgresearch.extract.claims import extract_claims, paragraph_sources
from afgresearch.extract.speaker_clauses import (
    back_reference_agent,
    coordinated_head,
    relative_speaker,
)

# --- a relative 'who' on the speaker ----------------------------------------------------------


def test_relative_who_after_statements_by() -> None:
    s = (
        "The warning follows remarks by Kenya's deputy health minister, who said some 12,000 "
        "cases had been recorded since March."
    )
    assert sentence_attribution(s) == "Kenya's deputy health minister"


def test_relative_who_after_comments_from() -> None:
    s = "Her visit followed comments from the provincial governor, who said 40 villages were cut off."
    assert relative_speaker("Her visit followed comments from the provincial governor, who ") == (
        "the provincial governor"
    )
    assert sentence_attribution(s) == "the provincial governor"


def test_relative_who_on_a_long_clause_without_author_is_no_speaker() -> None:
    assert relative_speaker("Officials in the capital met the families of the victims, who ") == ""


# --- a reporting verb coordinated with an earlier predicate ----------------------------------


def test_coordinated_speech_verb_takes_the_first_subject() -> None:
    s = (
        "After talks in Nairobi, Okonjo welcomed the ceasefire, the aid corridor and the new "
        "budget and said that 250,000 people would be reached by June."
    )
    assert sentence_attribution(s) == "Okonjo"


def test_coordinated_head_needs_a_closing_and() -> None:
    assert coordinated_head("On Friday, Mendes visited the camp and ") == "On Friday, Mendes"
    assert coordinated_head("On Friday, Mendes visited the camp, ") == ""


def test_coordinated_verb_inside_a_reported_clause_stays_with_the_speaker() -> None:
    s = (
        "Speaking in Lima, Ortega said that shelters were being opened in every district and "
        "added that a hotline was set up, the daily reported."
    )
    assert sentence_attribution(s) == "Ortega"


# --- a sentence that names the source of the figures before it -------------------------------


def test_back_reference_names_the_source_of_the_sentence_before() -> None:
    out = paragraph_sources(
        [
            "Eighteen people have died and 64 were injured by Saturday.",
            "These figures were released by the regional civil protection office.",
        ]
    )
    assert out[0] == "the regional civil protection office"


def test_back_reference_agent_stops_at_the_channel() -> None:
    s = "This was stated by the national disaster agency through its website, cited by Reuters."
    assert back_reference_agent(s) == "the national disaster agency"


def test_writers_sentence_after_a_back_reference_has_no_source() -> None:
    out = paragraph_sources(
        [
            "The toll stands at 300 dead.",
            "This was stated by the interior ministry, cited by local media.",
            "By evening, at least 412 deaths had been counted in the valley.",
        ]
    )
    assert out[0] == "the interior ministry"
    assert out[2] == ""


def test_passive_destruction_is_no_back_reference() -> None:
    assert back_reference_agent("The bridges were destroyed by the storm.") == ""


# --- statements and reports in the plural, first accounts ------------------------------------


def test_statements_from_a_spokesperson_trims_to_the_speaker() -> None:
    s = "The toll has risen above 700, according to statements from a Peruvian army spokesman."
    assert sentence_attribution(s) == "a Peruvian army spokesman"


def test_initial_reports_from_local_officials() -> None:
    s = "Initial reports from local officials indicated 40 deaths in the two villages."
    assert sentence_attribution(s) == "local officials"


def test_agency_tag_in_brackets_before_the_source() -> None:
    s = "(Xinhua) A new report from the World Meteorological Organization shows 2,300 deaths."
    assert sentence_attribution(s) == "the World Meteorological Organization"


def test_dateline_with_agency_tag_before_the_source() -> None:
    s = "NAIROBI (Reuters) — The Kenyan interior ministry has announced that 5,000 were moved."
    assert sentence_attribution(s) == "The Kenyan interior ministry"


# --- other wordings of reporting -------------------------------------------------------------


def test_progressive_reporting_that() -> None:
    s = "Regional broadcasters are reporting that at least 14 fishermen are missing off Mombasa."
    assert sentence_attribution(s) == "Regional broadcasters"


def test_with_reports_saying_gives_the_figure_inside_its_clause() -> None:
    s = (
        "Officials confirmed 9 deaths, with some residents saying the toll is as high as 30, "
        "with 12 people still missing."
    )
    assert figure_source(s, s.index("30"), s.index("30") + 2) == "some residents"
    assert figure_source(s, s.index("9 "), s.index("9 ") + 1) is None
    assert figure_source(s, s.index("12"), s.index("12") + 2) is None


def test_expressed_pleasure_names_who_states_the_figure() -> None:
    s = (
        "Amina Yusuf, chief spokeswoman of the Lake Chad Basin Commission (LCBC), expressed "
        "satisfaction over a corridor 40 years in planning."
    )
    assert sentence_attribution(s) == "Amina Yusuf"


def test_claimed_responsibility_is_no_statement() -> None:
    s = "A separatist group claimed responsibility for a bombing in Quetta that killed 23 people."
    assert sentence_attribution(s) == ""


# --- relays, figures put at a value, forecasts ------------------------------------------------


def test_relaying_outlet_after_according_to_keeps_the_source() -> None:
    s = (
        "Some 48,000 herders have crossed into Kenya since March, according to the World Food "
        "Programme (WFP), Capital FM reported."
    )
    assert sentence_attribution(s) == "the World Food Programme (WFP)"


def test_outer_speaker_before_a_second_tag_keeps_the_statement() -> None:
    s = "The officer said that 7,300 people live in the camp, another officer at the site said."
    assert sentence_attribution(s) == "The officer"


def test_pronoun_speaker_takes_the_closing_tag() -> None:
    s = "He said 1,200 families were registered, the district commissioner said."
    assert sentence_attribution(s) == "the district commissioner"


def test_source_puts_the_figure_at_a_value() -> None:
    s = "Reuters has this figure at 260, and, citing hospital staff, says two clinics were hit."
    assert sentence_attribution(s) == "Reuters"


def test_agency_projects_that() -> None:
    s = "The commission projects that as many as 90,000 more migrants may arrive by winter."
    assert sentence_attribution(s) == "The commission"


# --- acts whose subject states the figure ------------------------------------------------------


def test_promising_to_act_on_a_number() -> None:
    s = "Provincial leaders are promising to train 4,000 teachers before the school year."
    assert sentence_attribution(s) == "Provincial leaders"


def test_extending_a_deadline_by_days() -> None:
    s = "The Thai interior ministry has extended the deadline for Myanmar workers by 45 days."
    assert sentence_attribution(s) == "The Thai interior ministry"


def test_giving_people_until_a_date() -> None:
    s = "Last month the Turkish government gave 2.1 million Syrians until June 30 to register."
    assert sentence_attribution(s) == "the Turkish government"


def test_sending_people_back_is_no_grant() -> None:
    s = "Police sent back 3,000 migrants at the border on Friday."
    assert sentence_attribution(s) == ""


# --- the writer's turn after an opening tag ----------------------------------------------------


def test_meanwhile_is_not_covered_by_the_speaker_before() -> None:
    out = paragraph_sources(
        [
            "Port officials confirmed that 120 trucks crossed on Monday.",
            "Meanwhile, 45 fishing boats remained stuck in the harbour.",
        ]
    )
    assert out == ["Port officials", ""]


def test_cause_clause_is_the_writers_account() -> None:
    out = paragraph_sources(
        [
            "The health ministry announced that a new campaign starts in May.",
            "Because of years of fighting, some 2 million children missed their doses.",
        ]
    )
    assert out[1] == ""


def test_plain_next_sentence_still_follows_an_opening_tag() -> None:
    out = paragraph_sources(
        [
            "Port officials confirmed that 120 trucks crossed on Monday.",
            "Another 60 are expected on Tuesday.",
        ]
    )
    assert out == ["Port officials", "Port officials"]


def test_in_addition_to_opens_the_writers_addition() -> None:
    out = paragraph_sources(
        [
            "Officials announced on Friday that the evictions had resumed.",
            "In addition to the tenants, about 3,000 traders are also at risk.",
        ]
    )
    assert out[1] == ""


def test_inverted_tag_naming_a_document_and_its_author() -> None:
    s = "Some 40 percent of clinics in the north have closed, says a report by Médecins Sans Frontières."
    assert sentence_attribution(s) == "Médecins Sans Frontières"


def test_inverted_tag_with_release_day() -> None:
    s = (
        "About 900 teachers lost their posts in 2024, claims a study by the Norwegian Refugee "
        "Council released on Friday."
    )
    assert sentence_attribution(s) == "the Norwegian Refugee Council"


# --- a figure inside the speaker's own name --------------------------------------------------


def test_unspaced_dash_aside_between_subject_and_verb_goes() -> None:
    s = "Delegates from three Andean states—Peru, Bolivia and Ecuador—stressed that 12,000 crossed."
    assert sentence_attribution(s) == "Delegates from three Andean states"


def test_figure_inside_the_speakers_name_has_no_source() -> None:
    text = (
        "Delegates from three Andean states—Peru, Bolivia and Ecuador—stressed that 12,000 crossed."
    )
    paras = make_paragraphs(text)
    claims = extract_claims(paras)
    got = dict(zip(claims["value"], claims["attributed_to"], strict=True))
    assert got[12000.0] == "Delegates from three Andean states"
    assert got.get(3.0, "") == ""


def _sources_of(text: str) -> dict[float, str]:
    paras = make_paragraphs(text)
    claims = extract_claims(paras)
    return dict(zip(claims["value"], claims["attributed_to"], strict=True))


def test_figure_in_the_setting_before_an_opening_tag_is_the_writers() -> None:
    got = _sources_of(
        "In Kolo, a hamlet that once had some 1,800 residents, survivors reported that 40 "
        "homes were still standing."
    )
    assert got[1800.0] == ""
    assert got[40.0] == "survivors"


def test_figure_after_the_opening_tag_keeps_the_speaker() -> None:
    got = _sources_of("With the border shut, officials warned that 6,000 trucks were stranded.")
    assert got[6000.0] == "officials"


def test_another_actors_act_ends_the_speakers_cover() -> None:
    out = paragraph_sources(
        [
            "The UN refugee agency reports that 80,000 people have fled since March.",
            "Last week, Uganda issued an order closing two transit centres.",
            "Within days, some 9,000 refugees were moved to the south.",
        ]
    )
    assert out == ["The UN refugee agency", "", ""]


def test_the_speakers_own_next_act_stays_covered() -> None:
    out = paragraph_sources(
        [
            "UNHCR reports that 80,000 people have fled since March.",
            "Last week, UNHCR opened 2 more camps near the border.",
        ]
    )
    assert out[1] == "UNHCR"


# --- cleft sentences and ranks before a name ---------------------------------------------------


def test_cleft_sentence_subject_follows_that() -> None:
    s = (
        "It was only after the storm had passed that Manila had announced relief of 8,000 "
        "tonnes of rice for the islands."
    )
    assert sentence_attribution(s) == "Manila"


def test_rank_before_a_name_is_part_of_the_person() -> None:
    s = (
        "General Tomas Riquelme Ortiz, the border force's spokesman, said that 640 crossings "
        "were stopped."
    )
    assert sentence_attribution(s) == "General Tomas Riquelme Ortiz"


def test_general_before_a_body_is_no_rank() -> None:
    from afgresearch.extract.attribution import is_person

    assert not is_person("General Assembly")
    assert not is_person("General Dynamics Corporation")

"""Event roles, nominal acts, accreditation and date ranges on invented texts."""

import pandas as pd
from extract_support import make_paragraphs

from afgresearch.extract import extract_events
from afgresearch.extract.dates import find_dates, resolve


def events(*texts, published="2025-06-30"):
    paras = make_paragraphs(*texts)
    table = extract_events(paras, pd.DataFrame({"article_id": ["a1"], "published": [published]}))
    return table


def rows(*texts, published="2025-06-30"):
    table = events(*texts, published=published)
    return table[["cameo_code", "actor_1", "actor_2"]].values.tolist()


def test_coordinated_predicate_keeps_the_clause_subject_and_attribution_is_no_target():
    got = rows(
        "Kazakh officials met Turkmenistan’s envoy in Herat and urged a faster rail link, "
        "the Ministry of Refugees and Repatriation said."
    )
    assert ["020", "Kazakhstan", ""] in got
    assert ["040", "Kazakhstan", "Turkmenistan"] in got
    assert not any("Ministry of Refugees" in a2 for _, _, a2 in got)


def test_trailing_attribution_is_never_the_source_after_the_verb():
    assert rows("Uzbekistan praised the project, according to UNICEF.") == [
        ["051", "Uzbekistan", ""]
    ]
    got = rows("Uzbekistan praised the project, the Norwegian Refugee Council said.")
    assert got == [["051", "Uzbekistan", ""]]


def test_quoted_nominal_deportation_is_not_an_act_of_the_speaker():
    assert rows('"Expulsions of families must stop now," Grandi told the press.') == []
    assert rows("“The deportation of Afghans has to be orderly,” Baradar said.") == []


def test_nominal_act_needs_an_agent():
    assert rows("The expulsion of workers worried Baradar.") == []
    assert rows("Tajikistan’s deportation of migrants continued.") == [["174", "Tajikistan", ""]]


def test_light_verb_makes_its_subject_the_agent():
    assert rows("Turkey on Friday resumed the deportation of Afghan migrants, officials said.")[0][
        :2
    ] == ["174", "Turkey"]
    assert rows("Kazakhstan stepped up expulsions in May.")[0][:2] == ["174", "Kazakhstan"]
    assert rows("Kazakhstan halted the expulsions in May.") == []


def test_presenting_credentials_is_accreditation_with_the_titled_person_as_target():
    got = rows(
        "Russia's new envoy, Zamir Kabulov, presented his credentials to Taliban Prime "
        "Minister Mohammad Hassan Akhund in Kabul on Sunday."
    )
    assert got == [["054", "Zamir Kabulov", "Mohammad Hassan Akhund"]]
    assert rows("Baradar received the credentials of the Kazakh ambassador.")[0][0] == "054"


def test_apposition_describes_the_actor_before_it():
    got = rows("Sirajuddin Haqqani, the Taliban's interior minister, visited Doha.")
    assert got == [["042", "Sirajuddin Haqqani", "Qatar"]]
    got = rows("Qatar, a partner of the European Union, hosted a delegation.")
    assert got[0][:2] == ["043", "Qatar"]


def test_bare_month_ranges_stay_ranges():
    [span] = find_dates("between February and April 2024")
    assert resolve(span) == "2024-02-01/2024-04-30"
    [span] = find_dates("from November to January")
    assert resolve(span, "2025-02-10") == "2024-11-01/2025-01-31"
    row = events("Uzbekistan detained 40 smugglers between January and March 2025.").iloc[0]
    assert (row["cameo_code"], row["date"]) == ("173", "2025-01-01/2025-03-31")


def test_travelled_to_is_a_visit():
    row = events("Grandi travelled to Kandahar on 2 June 2025.").iloc[0]
    assert (row["cameo_code"], row["actor_1"], row["actor_2"], row["place"], row["date"]) == (
        "042",
        "Filippo Grandi",
        "Afghanistan",
        "Kandahar",
        "2025-06-02",
    )


def test_target_stays_in_the_verb_clause():
    got = rows("Germany deported 40 men to Kabul, the first flight since the Taliban took power.")
    assert got == [["174", "Germany", ""]]
    got = rows('Otunbayeva said the rule "has no equal" and called on the Taliban to end it.')
    assert got == [["020", "Roza Otunbayeva", "Taliban"]]


def test_meet_before_a_name_targets_that_name():
    got = rows("Grandi flew to Doha to meet Taliban envoys and to meet the press.")
    assert ["040", "Filippo Grandi", "Taliban"] in got

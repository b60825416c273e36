import pandas as pd
import pytest
from extract_support import DATA, make_paragraphs
from hypothesis import given, settings
from hypothesis import strategies as st

from afgresearch.extract import CameoPatternError, extract_events, load_cameo
from afgresearch.schema import EVENT_COLUMNS


def events(text, published="2025-05-31"):
    paras = make_paragraphs(text)
    return extract_events(paras, pd.DataFrame({"article_id": ["a1"], "published": [published]}))


def codes(text, published="2025-05-31"):
    return events(text, published)["cameo_code"].tolist()


@pytest.mark.parametrize(
    "text",
    [
        "Amir Khan Muttaqi is due to visit Pakistan in the coming days.",
        "Masoud Pezeshkian has expressed his willingness to visit Afghanistan.",
        "Ishaq Dar will visit Kabul next week.",
    ],
)
def test_intent_to_visit_is_036(text):
    assert "036" in codes(text)


def test_visit_with_actors_place_and_date_range():
    row = events("Pakistan's special envoy Muhammad Sadiq visited Kabul from March 21 to March 23.",
                 "2025-03-25").iloc[0]  # fmt: skip
    assert (row["cameo_code"], row["label"]) == ("042", "Make a visit")
    assert (row["actor_1"], row["place"], row["date"]) == (
        "Muhammad Sadiq Khan",
        "Kabul",
        "2025-03-21/2025-03-23",
    )


def test_meeting_date_resolved_against_publication():
    row = events("On Friday, May 30, Ishaq Dar met Amir Khan Muttaqi in Islamabad.").iloc[0]
    assert (row["cameo_code"], row["actor_1"], row["actor_2"], row["place"], row["date"]) == (
        "040",
        "Ishaq Dar",
        "Amir Khan Muttaqi",
        "Islamabad",
        "2025-05-30",
    )
    assert events("On Thursday, Ishaq Dar met Muttaqi.").iloc[0]["date"] == "2025-05-29"
    assert events("Ishaq Dar met Muttaqi last month.").iloc[0]["date"] == "2025-04-01/2025-04-30"
    assert events("On Thursday, Ishaq Dar met Muttaqi.", published="").iloc[0]["date"] == ""


def test_other_codes():
    assert codes("Pakistan deported 286,631 Afghan nationals.") == ["174"]
    assert codes("Pakistani police arrested dozens of Afghan migrants.") == ["173"]
    assert codes("Pakistan and Uzbekistan signed a transit trade agreement.") == ["057"]
    assert codes("Negotiations between Pakistan and the Taliban continued.") == ["046"]
    assert codes("Russia criticized NATO.") == ["111"]


def test_negated_events_are_dropped():
    assert "054" not in codes("Pakistan has not officially recognised the Taliban government.")
    assert codes("Nothing happened here.") == []


def test_event_table_contract_and_quotes():
    text = "Intro. Russia criticized NATO. Outro."
    table = events(text)
    assert list(table.columns) == list(EVENT_COLUMNS)
    assert table.iloc[0]["quote"] == "Russia criticized NATO."
    assert table.iloc[0]["event_id"] == "a1-p0-e01"
    assert extract_events(make_paragraphs("")).empty


def test_bad_cameo_file(tmp_path):
    with pytest.raises(CameoPatternError, match="bad pattern"):
        load_cameo(DATA / "bad_cameo.yaml")
    with pytest.raises(CameoPatternError, match="cannot read"):
        load_cameo(tmp_path / "none.yaml")


def test_seed_events(seed_paragraphs):
    pub = {"000_80ff25dce704ba91.txt": "2025-05-31", "001_0968570e9ccbae07.txt": "2025-03-25"}
    articles = pd.DataFrame({"article_id": list(pub), "published": list(pub.values())})
    table = extract_events(seed_paragraphs, articles)
    got = {(r.source_file, r.line, r.cameo_code): r for r in table.itertuples()}
    visit = got[("001_0968570e9ccbae07.txt", 3, "042")]
    assert (visit.actor_1, visit.place, visit.date) == (
        "Muhammad Sadiq Khan",
        "Kabul",
        "2025-03-21/2025-03-23",
    )
    intent = got[("000_80ff25dce704ba91.txt", 66, "036")]
    assert (intent.actor_1, intent.actor_2) == ("Amir Khan Muttaqi", "Pakistan")
    assert got[("003_36ac887a2783dbf1.txt", 31, "174")].actor_1 == "Pakistan"
    assert ("002_5fd66b92c6fc2c14.txt", 15, "042") in got  # Durrani arrived in Kabul


def test_envoy_meets_minister_in_kabul():
    row = events("Pakistan's envoy met Muttaqi in Kabul on Tuesday.", "2025-04-18").iloc[0]
    assert (row["cameo_code"], row["actor_1"], row["actor_2"], row["place"], row["date"]) == (
        "040",
        "Pakistan",
        "Amir Khan Muttaqi",
        "Kabul",
        "2025-04-15",
    )


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_events_and_mentions_never_raise(text):
    from afgresearch.extract import extract_mentions

    paras = make_paragraphs(text)
    for quote in events(text)["quote"]:
        assert quote in text
    extract_mentions(paras)


def test_hypothetical_and_actorless_mentions_are_not_events():
    assert codes("That could lead to the deportation of Afghans.") == []
    assert codes("Pakistan says migrants are at risk of arrest and deportation.") == []
    assert codes("Mass deportations have increased.") == []
    assert codes("Analysts recognize the fact that Pakistan matters.") == []
    assert codes("Russia recognised the Taliban government in July.") == ["054"]


def test_visit_to_a_place_has_the_place_country_as_host():
    row = events("Durrani arrived in Kabul on a three-day visit on July 19.", "2023-07-21").iloc[0]
    assert (row["cameo_code"], row["actor_1"], row["actor_2"], row["place"], row["date"]) == (
        "042",
        "Asif Durrani",
        "Afghanistan",
        "Kabul",
        "2023-07-19",
    )


def test_pronoun_subject_after_an_adverbial_and_passive_agent():
    table = events("Ishaq Dar spoke in Islamabad. Last week, he also met Muttaqi in Beijing.")
    met = table[table["cameo_code"] == "040"].iloc[0]
    assert (met["actor_1"], met["actor_2"], met["place"]) == (
        "Ishaq Dar",
        "Amir Khan Muttaqi",
        "Beijing",
    )
    visit = events("Officials spoke amid a visit by the Pakistani envoy to Kabul.").iloc[0]
    assert (visit["cameo_code"], visit["actor_1"], visit["actor_2"]) == (
        "042",
        "Pakistan",
        "Afghanistan",
    )


def test_passive_deportation_takes_the_agent_after_from_or_by():
    row = events(
        "In two months, 268,000 Afghans have been deported and returned from Iran and Pakistan."
    ).iloc[0]
    assert (row["cameo_code"], row["actor_1"]) == ("174", "Iran")
    row = events("Dozens of migrants were detained by Pakistani police.").iloc[0]
    assert (row["cameo_code"], row["actor_1"]) == ("173", "Pakistan")

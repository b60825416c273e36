"""Actors and places beyond the seeds: central 2021-2026 actors, accent folding, place aliases."""

import pytest
from extract_support import make_paragraphs

from afgresearch.extract import extract_mentions, load_gazetteer
from afgresearch.extract.gazetteer import fold, fold_with_offsets, gazetteer_from_dict


def actors_in(text):
    return extract_mentions(make_paragraphs(text))["actor"].tolist()


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Spokesman Zabiullah Mujahid rejected the report.", "Zabihullah Mujahid"),
        ("Mullah Baradar opened a new market.", "Abdul Ghani Baradar"),
        ("A decree from Hibatullah was read out.", "Hibatullah Akhundzada"),
        ("Mullah Hassan Akhund chaired the cabinet.", "Mohammad Hassan Akhund"),
        ("Siraj Haqqani spoke at a graduation.", "Sirajuddin Haqqani"),
        ("Otunbayeva briefed the council.", "Roza Otunbayeva"),
        ("Antonio Guterres appealed for funds.", "António Guterres"),
        ("Volker Turk spoke in Geneva.", "Volker Türk"),
        ("Grandi visited a camp.", "Filippo Grandi"),
        ("Kabulov spoke to reporters.", "Zamir Kabulov"),
        ("Envoy Zhao Sheng arrived.", "Zhao Sheng"),
        ("The Norwegian Refugee Council and the NRC are one.", "Norwegian Refugee Council"),
        ("Doctors Without Borders runs a clinic.", "Médecins Sans Frontières"),
        ("The International Committee of the Red Cross helped.", "ICRC"),
        ("UN Women published a survey.", "UN Women"),
        ("The Organisation of Islamic Cooperation met.", "Organisation of Islamic Cooperation"),
        ("The Asian Development Bank paused loans.", "Asian Development Bank"),
        ("The vice and virtue ministry issued rules.",
         "Ministry for the Propagation of Virtue and the Prevention of Vice (Afghanistan)"),
        ("Iran’s interior ministry set a deadline.", "Ministry of Interior (Iran)"),
    ],
)  # fmt: skip
def test_central_actors_have_aliases(text, actor):
    assert actor in actors_in(text)


def test_new_actors_have_known_types():
    gaz = load_gazetteer()
    by_name = gaz.by_name
    assert by_name["Zabihullah Mujahid"].type == "person"
    assert by_name["UNESCO"].type == "organisation"
    assert by_name["Zamir Kabulov"].country == "Russia"


def test_short_common_surnames_are_not_aliases():
    # 'Khan' and 'Ali' alone are too common to name one person
    for alias in ("Khan", "Ali", "Akhund", "Haqqani"):
        assert actors_in(f"Mr {alias} spoke at length.") == []


def test_accented_spellings_match_and_keep_the_text_as_written():
    gaz = load_gazetteer()
    text = "Returnees reached Hērāt and Kābul’s outskirts via Tōrkham; Türkiye helped."
    found = [(m.actor, m.text, text[m.start : m.end]) for m in gaz.find(text)]
    assert found == [
        ("Herat", "Hērāt", "Hērāt"),
        ("Kabul", "Kābul", "Kābul"),
        ("Torkham", "Tōrkham", "Tōrkham"),
        ("Turkey", "Türkiye", "Türkiye"),
    ]


def test_decomposed_accents_map_back_to_original_offsets():
    gaz = load_gazetteer()
    text = "Aid to Bam\u0304ya\u0304n and the UNHCR."  # combining macrons
    found = {m.actor: (m.start, m.end, m.text) for m in gaz.find(text)}
    assert found["Bamyan"] == (7, 15, "Bam\u0304ya\u0304n")
    assert found["UNHCR"][2] == "UNHCR"
    mentions = extract_mentions(make_paragraphs("The ÚNHCR and Pakistan’s Foreign Ministry met."))
    assert mentions["matched"].tolist() == ["Pakistan’s Foreign Ministry", "ÚNHCR"]


def test_fold_helpers():
    assert fold("Mazār-e Sharīf’s") == "Mazar-e Sharif's"
    folded, origin = fold_with_offsets("a\u0301b")
    assert (folded, origin) == ("ab", [0, 2])


def test_place_aliases_and_bad_place_entries():
    gaz = gazetteer_from_dict(
        {"places": {"Ruritania": [{"name": "Strelsau", "aliases": ["Strelsaw"]}, "Zenda"]}}
    )
    assert [(m.actor, m.text) for m in gaz.find("From Strelsaw to Zenda.")] == [
        ("Strelsau", "Strelsaw"),
        ("Zenda", "Zenda"),
    ]
    assert gaz.place_country["Strelsau"] == "Ruritania"
    from afgresearch.extract import GazetteerError

    with pytest.raises(GazetteerError, match="name"):
        gazetteer_from_dict({"places": [{"aliases": ["X"]}]})
    with pytest.raises(GazetteerError, match="non-empty"):
        gazetteer_from_dict({"places": [3]})


def test_accented_place_gives_an_event_place():
    import pandas as pd

    from afgresearch.extract import extract_events

    paras = make_paragraphs("Pakistan’s envoy visited Jalālābād on Sunday.")
    row = extract_events(paras, pd.DataFrame({"article_id": ["a1"], "published": ["2025-04-15"]}))
    assert row[["actor_1", "place", "date"]].values.tolist() == [
        ["Pakistan", "Jalalabad", "2025-04-13"]
    ]

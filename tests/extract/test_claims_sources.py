"""Sources trimmed to a name, and what a sentence that names none takes from its paragraph."""

import pytest
from extract_support import make_paragraphs

from afgresearch.extract import extract_claims
from afgresearch.extract.attribution import name_only, sentence_attribution


def sources_of(*paragraphs):
    table = extract_claims(make_paragraphs(*paragraphs))
    return dict(zip(table["value"], table["attributed_to"], strict=True))


@pytest.mark.parametrize(
    ("source", "name"),
    [
        ("Jamal Noori, the district governor of Chak", "Jamal Noori"),
        ("Sara Ahmadi, a migrants' rights advocate", "Sara Ahmadi"),
        ("Kabul's Deputy Minister of Refugees, Nasir Jalal", "Nasir Jalal"),
        ("Hamid, who also returned through Torkham", "Hamid"),
        ("WFP spokesman Omar Farid Latif", "Omar Farid Latif"),
        ("UNICEF Representative Lena Holm", "Lena Holm"),
        (
            "HERAT, Afghanistan — The provincial Ministry of Health",
            "The provincial Ministry of Health",
        ),
        ("the UN migration agency IOM", "the UN migration agency IOM"),
        ("the Norwegian Refugee Council", "the Norwegian Refugee Council"),
    ],
)
def test_a_source_is_trimmed_to_its_name(source, name):
    assert name_only(source) == name


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("UNICEF has emphasised that 2.3 million girls are enrolled.", "UNICEF"),
        ("The ban could affect up to four million people, the IOM warns.", "the IOM"),
        ("IOM data shows that 3,000 people crossed daily.", "IOM data"),
        ("The UN estimates another 1.6 million could be deported.", "The UN"),
        ("Since April, an estimated 5,500 people have returned.", ""),
        ("According to the ministry's press release today (Tuesday, 11 Cancer), 1,418 entered.",
         "the ministry's press release"),
        ("Aid cuts bit hard, with the IOM saying it helped a fraction of them.", "the IOM"),
    ],
)  # fmt: skip
def test_more_ways_of_naming_a_source(sentence, source):
    assert sentence_attribution(sentence) == source


def test_a_pronoun_object_takes_the_speaker_named_before():
    got = sources_of(
        "Pakistan's Deputy Minister of the Interior, Talal Noor, says no extension will be given.",
        "According to him, over 800,000 migrants have been deported.",
    )
    assert got[800_000.0] == "Talal Noor"


def test_every_sentence_of_a_quotation_takes_its_speaker():
    got = sources_of(
        "Talal Noor, a deputy minister, says no extension will be given.",
        "“Those with cards are being sent back. In the past days, 11,000 were returned. "
        "This will go on,” he added.",
    )
    assert got[11_000.0] == "Talal Noor"


def test_a_paragraph_ending_in_a_colon_lends_its_speaker_to_the_next():
    got = sources_of(
        "UN Women warned that returning women need help. The statement noted:",
        "“Only 10 percent of female-headed households have shelter.”",
    )
    assert got[10.0] == "UN Women"


def test_it_never_resolves_to_a_person():
    got = sources_of(
        "The IOM said returns were rising.",
        "Ali Noor, a farmer, said his village was empty.",
        "“Assistance reached three percent of returnees,” it said.",
    )
    assert got[3.0] == "The IOM"


def test_a_later_sentence_that_refers_back_names_the_source():
    got = sources_of(
        "The UN has allocated $10 million to help returnees. The announcement was made by "
        "UN spokesperson Sami Haddad, who stressed the urgency."
    )
    assert got[10_000_000.0] == "Sami Haddad"


def test_a_speaker_named_later_does_not_cover_an_earlier_plain_sentence():
    got = sources_of("Some 1,300 people have left. The UN estimates another 1.6 million will.")
    assert (got[1_300.0], got[1_600_000.0]) == ("", "The UN")


def test_a_person_title_in_capitals_goes_like_one_in_lower_case():
    got = sources_of("According to UNHCR Representative Lena Holm, Pakistan hosts 1.52 million.")
    assert got[1_520_000.0] == "Lena Holm"


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Ariana News reported that local officials in Kunar estimate more than 9,000 returned.",
         "local officials in Kunar"),
        ("According to Pajhwok, UN Women highlighted that only 10 percent have shelter.",
         "UN Women"),
        ("According to him, over 800,000 migrants have been deported.", "him"),
        ("At the meeting, Dickson also said that the UK has added seven million pounds.",
         "Dickson"),
        ("Iran ordered them out, potentially impacting four million people, Tehran says.",
         "Tehran"),
        ("Iran ordered them out, potentially impacting four million people out of the six "
         "million Afghans says.", ""),
        ("According to customs data from the mentioned provinces, 40 families returned.",
         "customs data"),
    ],
)  # fmt: skip
def test_the_source_nearest_the_figure_and_no_figure_as_a_source(sentence, source):
    assert sentence_attribution(sentence) == source


def test_an_aside_between_dashes_is_no_part_of_the_name():
    assert name_only("Murkowski and Shaheen — the ranking member of the committee") == (
        "Murkowski and Shaheen"
    )


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Data from the IOM show 9,000 crossed.", "the IOM"),
        ("A UN report published on Tuesday said 1,500 were detained.", "A UN report"),
        ("Officials in Herat, speaking on condition of anonymity, said 20 were killed.",
         "Officials in Herat"),
        ("Kabul has 300 schools, according to a recent report.", ""),
    ],
)  # fmt: skip
def test_plural_show_a_published_report_and_a_participle_aside(sentence, source):
    assert sentence_attribution(sentence) == source


def test_he_resolves_to_the_last_person_named():
    got = sources_of(
        "Ahmad Wali, a district official, met the delegation.",
        "Ahmad Wali said the roads were closed. The IOM said aid was short.",
        "He added that 250 families had no shelter.",
    )
    assert got[250.0] == "Ahmad Wali"


def test_acronym_who_is_a_source_not_a_relative_pronoun():
    from afgresearch.extract.attribution import sentence_attribution

    got = sentence_attribution("The WHO reported that 5,200 cholera cases were found in Kandahar.")
    assert got == "The WHO"


def test_sentence_adverb_before_the_source_is_dropped():
    from afgresearch.extract.attribution import sentence_attribution

    got = sentence_attribution("Separately, the governor of Nimroz announced that 900 people left.")
    assert got == "the governor of Nimroz"


def test_prediction_names_its_source():
    from afgresearch.extract.attribution import sentence_attribution

    got = sentence_attribution("The agency also predicted that 800,000 more would return.")
    assert got == "The agency"


def test_passive_speech_verb_takes_the_agent_after_by():
    from afgresearch.extract.attribution import sentence_attribution

    got = sentence_attribution("The displaced were reported to number 14,000 by the Red Crescent.")
    assert got == "the Red Crescent"
    got = sentence_attribution("Losses were estimated to be over 3,500 by the Kabul municipality.")
    assert got == "the Kabul municipality"
    assert sentence_attribution("About 300 houses were estimated to be damaged.") == ""


def test_with_officials_confirming():
    from afgresearch.extract.attribution import sentence_attribution

    got = sentence_attribution(
        "Floods hit Baghlan this month, with officials confirming that 120 people died."
    )
    assert got == "officials"

"""What makes two figures the same measure, and when they count as a disagreement."""

import pandas as pd
import pytest
from extract_support import make_paragraphs

from afgresearch.extract import claim_disagreements, extract_claims
from afgresearch.extract.claims import split_glued
from afgresearch.extract.measures import head_noun, measure_key, predicate_for, singular


@pytest.mark.parametrize(
    ("word", "expected"),
    [("countries", "country"), ("refugees", "refugee"), ("children", "child"),
     ("bus", "bus"), ("crises", "crise"), ("matches", "match"), ("status", "status")],
)  # fmt: skip
def test_singular(word, expected):
    assert singular(word) == expected


@pytest.mark.parametrize(
    ("unit", "head"),
    [("Afghan citizens", "people"), ("Afghan nationals", "people"), ("returnees", "people"),
     ("Afghan women refugees", "refugee"), ("other Muslim-majority countries", "country"),
     ("percent of staff", "percent of staff"), ("dollars", "dollar"), ("", "")],
)  # fmt: skip
def test_head_noun(unit, head):
    assert head_noun(unit) == head


@pytest.mark.parametrize(
    ("sentence", "number", "predicate"),
    [
        ("Officials said 3,100 migrants were expelled from the province.", "3,100", "return"),
        ("The country shelters 900,000 refugees.", "900,000", "host"),
        ("Police arrested 45 traders near the market.", "45", "arrest"),
        ("Some 70 people were wounded and 12 were killed.", "70", "injure"),
        ("Some 70 people were wounded and 12 were killed.", "12", "kill"),
        ("It set a deadline for 40,000 families and those living in camps.", "40,000", ""),
        ("The weather was mild for 3 weeks.", "3", ""),
    ],
)
def test_predicate_for(sentence, number, predicate):
    start = sentence.index(number)
    assert predicate_for(sentence, start, start + len(number)) == predicate


def test_measure_key_parts_and_non_comparable_claims():
    assert measure_key("aid_humanitarian", "people", "In the past 3 weeks", "need") == (
        "aid_humanitarian|people|need|past 3 weeks"
    )
    assert measure_key("other", "days", "", "") == ""  # a duration
    assert measure_key("refugee_population", "refugees", "", "host", kind="vague") == ""
    assert measure_key("returns_deportations", "", "since 2021", "return") == ""
    # the noun names the event
    assert measure_key("returns_deportations", "returnees", "", "").split("|")[2] == "return"


def test_split_glued_sentences_keep_offsets():
    text = "Aid is short in the provinceNearly 900 families wait. Next."
    parts = split_glued(text)
    assert [t for _, t in parts] == [
        "Aid is short in the province",
        "Nearly 900 families wait. Next.",
    ]
    assert all(text[o : o + len(t)] == t for o, t in parts)
    claim = extract_claims(make_paragraphs(text)).iloc[0]
    assert claim["quote"] == "Nearly 900 families wait."


def _disagree(*texts, articles=None):
    paras = make_paragraphs(*texts)
    if articles:
        paras["article_id"] = articles
    return claim_disagreements(extract_claims(paras), paragraphs=paras)


def test_two_sources_same_measure_disagree():
    table = _disagree(
        "The ministry said 40,000 Syrians were deported in the past three weeks.",
        "According to the IOM, over 65,000 Syrians were returned over the past 3 weeks.",
    )
    assert sorted(table["value"]) == [40_000.0, 65_000.0]
    assert set(table["n_sources"]) == {2}


def test_figures_in_one_sentence_never_disagree():
    table = _disagree(
        "In the past week, at least nine people were killed and 30 were injured, police said.",
        "In the past week, three or six people were killed, police said.",
    )
    assert table.empty
    # another source for the same measure: a real conflict with the police's figures
    table = _disagree(
        "In the past week, at least nine people were killed and 30 were injured, police said.",
        "In the past week, 14 people were killed, the army said.",
    )
    assert sorted(table["value"]) == [9.0, 14.0]
    assert set(table["measure"]) == {"security_violence|people|kill|past 1 weeks"}


def test_same_source_and_different_predicates_do_not_disagree():
    same_source = _disagree(
        "UNHCR said 10,000 Afghans returned in the past month.",
        "UNHCR said 12,500 Afghans returned in the past month.",
    )
    assert same_source.empty
    different_events = _disagree(
        "The ministry said 10,000 Afghans returned in the past month.",
        "UNHCR said 12,500 Afghans were hosted in the past month.",
    )
    assert different_events.empty


def test_vague_amounts_and_different_periods_do_not_disagree():
    vague = _disagree(
        "The ministry said thousands of Afghans returned in the past month.",
        "UNHCR said 12,500 Afghans returned in the past month.",
    )
    assert vague.empty
    periods = _disagree(
        "The ministry said 10,000 Afghans returned in the past month.",
        "UNHCR said 12,500 Afghans returned in the past two months.",
    )
    assert periods.empty


def test_unattributed_claims_need_different_articles():
    texts = (
        "In the past month, 10,000 Afghans returned from Iran.",
        "In the past month, 12,500 Afghans returned from Iran.",
    )
    assert _disagree(*texts).empty
    table = _disagree(*texts, articles=["a1", "a2"])
    assert sorted(table["value"]) == [10_000.0, 12_500.0]


def test_rounded_restatement_is_not_a_disagreement():
    table = _disagree(
        "The ministry said 5,097,373 Afghans returned in the past year.",
        "UNHCR said 5.1 million Afghans returned in the past year.",
    )
    assert table.empty
    assert isinstance(table, pd.DataFrame)


@pytest.mark.parametrize(
    ("unit", "head"),
    [("Syrians", "people"), ("Pakistanis", "people"), ("Refugees", "refugee"),
     ("Soldiers", "soldier"), ("UNHCR", "unhcr")],
)  # fmt: skip
def test_demonyms_count_people_but_title_case_nouns_keep_their_head(unit, head):
    assert head_noun(unit) == head


def test_outlet_told_is_not_the_actor_of_an_event():
    from afgresearch.extract import extract_events

    events = extract_events(
        make_paragraphs(
            "A ministry spokesperson told TOLOnews that the ministry thanked Kazakhstan for "
            "its support."
        )
    )
    assert "TOLOnews" not in set(events["actor_1"]) | set(events["actor_2"])


def test_a_noun_for_deportation_does_not_make_the_speaker_the_deporter():
    from afgresearch.extract import extract_events

    events = extract_events(
        make_paragraphs(
            "Previously, the UNHCR had also expressed concerns about the mass deportation of "
            "Afghan migrants.",
            "Pakistan's deportation of Afghans continued.",
        )
    )
    deport = events[events["cameo_code"] == "174"]
    assert "UNHCR" not in set(deport["actor_1"])
    assert list(deport["actor_1"]) == ["Pakistan"]


def test_a_conditional_is_not_an_event():
    from afgresearch.extract import extract_events

    conditional = make_paragraphs(
        "If Kazakhstan signs economic agreements with Afghanistan, trade grows."
    )
    assert "057" not in set(extract_events(conditional)["cameo_code"])
    apposition = make_paragraphs(
        "If regional countries, including Kazakhstan, sign agreements with Afghanistan, trade grows."
    )
    assert "057" not in set(extract_events(apposition)["cameo_code"])
    factual = make_paragraphs("Kazakhstan signed economic agreements with Afghanistan.")
    assert "057" in set(extract_events(factual)["cameo_code"])

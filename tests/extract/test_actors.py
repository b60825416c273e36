import pandas as pd
import pytest
from extract_support import DATA, make_paragraphs

from afgresearch.extract import (
    GazetteerError,
    actors_table,
    co_mentions,
    extract_mentions,
    load_gazetteer,
)
from afgresearch.schema import ACTOR_COLUMNS, ACTOR_TYPES, CO_MENTION_COLUMNS, MENTION_COLUMNS


def actors_in(text, gazetteer=None):
    return extract_mentions(make_paragraphs(text), gazetteer)["actor"].tolist()


@pytest.mark.parametrize(
    "spelling",
    ["TTP", "Tehreek-e-Taliban Pakistan", "Tehrik-i-Taliban Pakistan", "Tehreek-i-Taliban Pakistan",
     "Pakistani Taliban"],
)  # fmt: skip
def test_ttp_spellings_are_one_armed_group_not_pakistan(spelling):
    mentions = extract_mentions(make_paragraphs(f"Attacks by the {spelling} rose."))
    assert mentions[["actor", "type"]].values.tolist() == [
        ["Tehreek-e-Taliban Pakistan", "armed group"]
    ]


@pytest.mark.parametrize("spelling", ["Ishaq Dar", "Ishq Dar", "Mohammad Ishaq Dar", "Dar"])
def test_person_spellings_are_one_canonical_person(spelling):
    assert actors_in(f"Foreign Minister,{spelling} said on Friday.") == ["Ishaq Dar"]


@pytest.mark.parametrize(
    "name", ["the Islamic Emirate", "the Taliban government", "the Islamic Emirate of Afghanistan"]
)
def test_islamic_emirate_is_the_taliban_government(name):
    assert actors_in(f"A statement from {name} followed.") == ["Taliban government"]


def test_demonyms_count_only_before_institutions():
    assert actors_in("Pakistani police detained Afghan refugees.") == ["Pakistan"]
    assert actors_in("The Kazakh President met Afghan migrants.") == ["Kazakhstan"]
    assert actors_in("Pakistani citizens and Afghan families.") == []


def test_one_row_per_actor_per_paragraph_with_provenance():
    paras = make_paragraphs(
        "UNHCR and the UN High Commissioner for Refugees (UNHCR) met IOM.", "Nothing."
    )
    mentions = extract_mentions(paras)
    assert list(mentions.columns) == list(MENTION_COLUMNS)
    assert mentions["actor"].tolist() == ["IOM", "UNHCR"]
    row = mentions[mentions["actor"] == "UNHCR"].iloc[0]
    assert (row["source_file"], row["line"]) == ("t.txt", 1)
    assert row["matched"] == "UNHCR; UN High Commissioner for Refugees"


def test_places_are_not_actors_and_lowercase_words_do_not_match():
    assert actors_in("They met in Kabul and told us that the us dar was near.") == []


def test_custom_gazetteer_file():
    gaz = load_gazetteer(DATA / "mini_gazetteer.yaml")
    text = "Rufus T. Firefly of the Freedonian government met the HF and the Relief League in Sylvania City."
    assert actors_in(text, gaz) == ["Freedonia", "Hill Front", "Relief League", "Rufus Firefly"]
    table = actors_table(gazetteer=gaz)
    assert list(table.columns) == [*ACTOR_COLUMNS, "office", "country"]
    assert table.set_index("actor").loc["Rufus Firefly", ["office", "country"]].tolist() == [
        "President",
        "Freedonia",
    ]
    assert (
        table.set_index("actor").loc["Hill Front", "aliases"]
        == "Hill Front; HF; Front of the Hills"
    )


@pytest.mark.parametrize(("name", "message"), [("broken.yaml", "not valid YAML"),
                                               ("nameless.yaml", "'name' string"),
                                               ("missing.yaml", "cannot read")])  # fmt: skip
def test_bad_gazetteer_files_raise_named_errors(name, message):
    with pytest.raises(GazetteerError, match=message):
        load_gazetteer(DATA / name)


def test_actors_table_types_and_co_mentions():
    table = actors_table()
    assert set(table["type"]) <= set(ACTOR_TYPES)
    assert table["actor"].is_unique
    mentions = extract_mentions(make_paragraphs(
        "Pakistan and the Taliban government met.", "Pakistan and the Islamic Emirate met again.",
        "Pakistan alone."))  # fmt: skip
    pairs = co_mentions(mentions)
    assert list(pairs.columns) == list(CO_MENTION_COLUMNS)
    assert pairs.values.tolist() == [["Pakistan", "Taliban government", 2]]
    assert actors_table(mentions)["actor"].tolist() == ["Pakistan", "Taliban government"]


def test_seed_mentions(seed_paragraphs):
    mentions = extract_mentions(seed_paragraphs)
    got = set(zip(mentions["source_file"], mentions["line"], mentions["actor"], strict=True))
    assert ("003_36ac887a2783dbf1.txt", 33, "Ishaq Dar") in got  # 'Ishq Dar'
    assert ("004_1102bcf91718608e.txt", 13, "Tehreek-e-Taliban Pakistan") in got
    assert (
        "002_5fd66b92c6fc2c14.txt",
        42,
        "Tehreek-e-Taliban Pakistan",
    ) in got  # Pakistani Taliban
    assert ("000_80ff25dce704ba91.txt", 5, "Taliban government") in got
    assert not mentions.duplicated(["paragraph_id", "actor"]).any()
    assert pd.api.types.is_integer_dtype(mentions["line"])


def test_gazetteer_may_be_given_as_a_path():
    mentions = extract_mentions(make_paragraphs("The HF attacked."), DATA / "mini_gazetteer.yaml")
    assert mentions["actor"].tolist() == ["Hill Front"]
    with pytest.raises(GazetteerError, match="Gazetteer or a YAML path"):
        extract_mentions(make_paragraphs("x"), 42)

"""A length written as a compound ('an 800-kilometre border') is a figure with its unit, and a
standing attribute with no window: invented sentences."""

import pandas as pd
from extract_support import make_paragraphs

from afgresearch.extract.claims import extract_claims
from afgresearch.extract.numbers import find_numbers, is_compound_length


def _claims(text: str) -> pd.DataFrame:
    paras = make_paragraphs(text)
    return extract_claims(paras)


def test_compound_length_is_a_figure_with_its_unit() -> None:
    got = [(n.text, n.value, n.unit_hint) for n in find_numbers("Chile shares a 860-km frontier.")]
    assert got == [("860-km", 860.0, "km")]


def test_grouped_compound_length() -> None:
    got = [(n.value, n.unit_hint) for n in find_numbers("along the 1,622-mile border with Mexico")]
    assert got == [(1622.0, "miles")]


def test_compound_length_takes_no_window() -> None:
    c = _claims(
        "Since 2019, smugglers have used the 3,100-kilometre frontier between the two states."
    )
    assert c["value"].tolist() == [3100.0]
    assert c["period"].tolist() == [""]
    assert c["unit"].tolist() == ["km"]


def test_other_hyphen_compounds_stay_out() -> None:
    assert find_numbers("A 12-member team and a B-52 bomber, and a 17-year-old boy.") == []


def test_is_compound_length() -> None:
    assert is_compound_length("2,600-kilometre")
    assert not is_compound_length("30-day")

"""'Claimed' with lives as its object is a toll taken, not a statement (invented sentences)."""

import pytest

from afgresearch.extract.attribution import sentence_attribution


@pytest.mark.parametrize(
    "sentence",
    [
        "The floods this month have claimed more than 340 lives in Sindh.",
        "The landslide claimed the lives of 12 miners in Badakhshan.",
        "Cholera has claimed dozens of lives in the camps since May.",
        "The storm, which claims hundreds of lives each year, struck again.",
    ],
)
def test_a_toll_claimed_names_no_source(sentence: str) -> None:
    assert sentence_attribution(sentence) == ""


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("The ministry claimed that 40 fighters were killed.", "The ministry"),
        ("Rebels claimed 30 soldiers died, a figure the army denied.", "Rebels"),
    ],
)
def test_a_statement_claimed_still_names_its_source(sentence: str, source: str) -> None:
    assert sentence_attribution(sentence) == source

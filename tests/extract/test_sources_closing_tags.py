"""A speech tag that closes its sentence ('..., the agency said.') covers the statement before
it; the writer's next sentence is not carried to it unless it goes on with that statement."""

from afgresearch.extract.attribution import closes_with_tag
from afgresearch.extract.claims import paragraph_sources


def test_closing_tag_after_comma() -> None:
    s = "Roughly 4,200 people crossed the bridge last week, the border agency said on Friday."
    assert closes_with_tag(s, "the border agency")


def test_closing_according_to() -> None:
    s = "Since 2019 about 9,000 herders have left the valley, according to data from Oxfam."
    assert closes_with_tag(s, "Oxfam")


def test_closing_tag_after_quotation() -> None:
    s = "“We have fed 600 families this month,” Mr Okafor told journalists in Lagos."
    assert closes_with_tag(s, "Mr Okafor")


def test_opening_tag_is_not_closing() -> None:
    s = "The border agency said on Friday that roughly 4,200 people crossed the bridge."
    assert not closes_with_tag(s, "The border agency")


def test_clause_with_its_own_statement_is_not_a_tag() -> None:
    s = "Besides the floods in the south, the Red Cross reported new outbreaks of cholera."
    assert not closes_with_tag(s, "the Red Cross")


def test_next_sentence_after_closing_tag_is_the_writers() -> None:
    out = paragraph_sources(
        [
            "Since 2019 about 9,000 herders have left the valley, according to Oxfam.",
            "In the town of Marsa, between 10 and 20 trucks leave every morning.",
        ]
    )
    assert out == ["Oxfam", ""]


def test_opening_tag_still_covers_next_sentence() -> None:
    out = paragraph_sources(
        [
            "Oxfam said that about 9,000 herders have left the valley since 2019.",
            "Another 2,000 are expected to go this year.",
        ]
    )
    assert out == ["Oxfam", "Oxfam"]


def test_part_of_and_additions_go_on_after_closing_tag() -> None:
    out = paragraph_sources(
        [
            "Some 7,300 migrants were returned in March, according to the coast guard.",
            "Of these, 12 percent were minors.",
            "In addition, 40 boats were seized.",
        ]
    )
    assert out == ["the coast guard"] * 3


def test_document_named_again_goes_on_after_closing_tag() -> None:
    out = paragraph_sources(
        [
            "Exports grew for a third year, according to the central bank's annual review.",
            "The review expects growth of 3.1 percent in 2026.",
        ]
    )
    assert out[1] == out[0]


def test_quotation_goes_on_after_closing_tag() -> None:
    out = paragraph_sources(
        ["“We lost 30 goats in the storm,” Ms Amani said.", "“Only 5 survived.”"]
    )
    assert out == ["Ms Amani", "Ms Amani"]

"""Sources of figures stated by acts: handing out aid, asking for a sum, a participle after a
main clause, and a body named in quotation marks after 'a report by'."""

import pytest

from afgresearch.extract.claims import paragraph_sources


def source(sentence: str) -> str:
    return paragraph_sources([sentence], [], "", "")[0]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # who hands out aid counts those it reaches
        (
            "On Sunday, in a camp near Spin Boldak, the Aga Khan Foundation distributed blankets "
            "to 3,400 returnee families.",
            "the Aga Khan Foundation",
        ),
        ("Mercy Corps delivered water tanks to some 90 villages in Ghor.", "Mercy Corps"),
        # who asks for a sum states it
        (
            "To reach 600,000 returnees, the head of CARE in Kabul has asked for emergency "
            "funding worth $12 million.",
            "the head of CARE in Kabul",
        ),
        (
            "The Herat governor asked for 40 million dollars to rebuild the camps.",
            "The Herat governor",
        ),
        # a participle after the main clause: its subject requests
        (
            "The Norwegian Refugee Council launched a winter drive on Monday, seeking $8 million "
            "for 40,000 families.",
            "The Norwegian Refugee Council",
        ),
        (
            "UNICEF has released a statement, urgently requesting $9.5 million for 70,000 "
            "children.",
            "UNICEF",
        ),
        # a body named in quotation marks after 'a report by'
        (
            'According to a recent survey by "Rawadari", a rights group, 40 percent of girls '
            "had left school.",
            "Rawadari",
        ),
        ("According to data from “Afghan Witness”, 61 media workers were held.", "Afghan Witness"),
    ],
)
def test_act_and_quoted_sources(sentence, expected):
    assert source(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Police moved the detainees to 3 prisons in Kabul.",
        "The ministry’s winter appeal calls for $12 million.",
        "Families asked for help after 300 homes flooded.",
    ],
)
def test_no_source_from_other_acts(sentence):
    assert source(sentence) == ""


def test_according_to_a_plain_report_is_unchanged():
    assert source("According to a report by the UN, 300 people returned.") == "the UN"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Returnees reach a province where the UN’s children agency estimates 40,000 children "
            "are malnourished.",
            "the UN’s children agency",
        ),
        ("Families fled to Herat, where officials said 300 tents were set up.", "officials"),
    ],
)
def test_a_clause_opened_by_where_has_its_own_subject(sentence, expected):
    assert source(sentence) == expected


def test_a_time_adverb_before_the_subject_is_no_part_of_it():
    sentence = (
        "It came after recently Save the Children announced that 300,000 children had crossed "
        "from Iran this year."
    )
    assert source(sentence) == "Save the Children"

"""Sources of figures in wordings news of any country shares, on invented sentences: a
statement released by a named official after a quotation, a quotation carried over several
paragraphs, a figure confirmed in the next sentence ('This figure was confirmed by ...'), an
appeal issued with its figure, 'he'/'she' after a person named as a subject, an expletive 'It
is important to note that' (no source), 'the total estimated cost' (an adjective, no source) and
a document's short name with its year in brackets."""

import pytest
from extract_support import make_paragraphs

from afgresearch.extract import extract_claims


def sources_of(*paragraphs):
    table = extract_claims(make_paragraphs(*paragraphs))
    return dict(zip(table["value"], table["attributed_to"], strict=True))


CASES = [
    # 'says a statement released by X on <date>': the official named is the source (a
    # capitalised title stays part of the name)
    (
        (
            "“More than 2,100 classrooms in Mali have shut since the coup,” says a statement "
            "released by UNESCO Regional Director Maria Gomez on Monday.",
        ),
        {2_100.0: "Maria Gomez"},
    ),
    (
        (
            "“Nearly 900 nurses have left Zimbabwe this year,” said a statement issued by the "
            "Health Services Board on 3 May.",
        ),
        {900.0: "the Health Services Board"},
    ),
    # a quotation over several paragraphs: each opens with a quotation mark, only the last
    # closes; the speaker of the first speaks in all
    (
        (
            "“Floods have destroyed 4,300 homes in Sindh,” says a statement released by WFP "
            "Country Director Coco Ushiyama on June 4.",
            "“The needs are rising every week.",
            "“We have delivered food to 61,000 families so far.",
        ),
        {
            4_300.0: "Coco Ushiyama",
            61_000.0: "Coco Ushiyama",
        },
    ),
    (
        (
            "“About 7,500 people have fled the river banks,” said Ruth Okello of the Kenya Red "
            "Cross. “Boats are scarce.",
            "“Another 1,200 are waiting on the roofs.",
        ),
        {
            7_500.0: "Ruth Okello of the Kenya Red Cross",
            1_200.0: "Ruth Okello of the Kenya Red Cross",
        },
    ),
    # a figure confirmed in the next sentence that points back to it
    (
        (
            "Some 12,000 Sudanese have crossed into Chad since March. This figure was confirmed "
            "by the UN refugee agency (UNHCR).",
        ),
        {12_000.0: "the UN refugee agency (UNHCR)"},
    ),
    (
        (
            "Almost 80,000 Venezuelans entered Colombia in May. This rise in arrivals has been "
            "confirmed by the Colombian migration authority Migración Colombia.",
        ),
        {80_000.0: "the Colombian migration authority Migración Colombia"},
    ),
    # who issues an appeal or a warning with a figure is its source
    (
        (
            "With donors pulling back, the World Food Programme has launched an emergency "
            "appeal: $48 million needed to feed families in Haiti.",
        ),
        {48_000_000.0: "the World Food Programme"},
    ),
    (
        ("The Nepal Red Cross issued an urgent warning: 3,000 landslide sites remain unstable.",),
        {3_000.0: "The Nepal Red Cross"},
    ),
    # 'he'/'she' is the person named as the subject of the sentence before, whatever its verb
    (
        (
            "The IOM said the camps were full.",
            "Save the Children's country director in Yemen, Rama Hansraj, described the "
            "situation as dire. She noted a change: 40% of the displaced are now children.",
        ),
        {40.0: "Rama Hansraj"},
    ),
    # an expletive 'it' with a verb of saying is no source
    (
        (
            "The ring road was finished in March. It is important to note that the total "
            "estimated cost of the road is $900 million.",
        ),
        {900_000_000.0: ""},
    ),
    (
        ("It is worth noting that about 5,000 families in Tigray still lack seeds.",),
        {5_000.0: ""},
    ),
    # 'the total estimated cost': an adjective, not a speech verb
    (
        ("The total estimated cost of the Padma rail link is $4.6 billion.",),
        {4_600_000_000.0: ""},
    ),
    # a plan or overview's short name with its year in brackets is part of its name
    (
        (
            "According to the Sudan Humanitarian Response Plan (HRP 2024), 24.8 million people "
            "need assistance.",
        ),
        {24_800_000.0: "the Sudan Humanitarian Response Plan (HRP 2024)"},
    ),
    # unchanged: a year alone in brackets after a name still goes
    (
        ("According to the Global Report on Food Crises (2023), 258 million people faced hunger.",),
        {258_000_000.0: "the Global Report on Food Crises"},
    ),
    # unchanged: an adverb between subject and verb
    (
        (
            "The UN Humanitarian Coordinator recently announced that $1.1 billion is needed for "
            "Haiti.",
        ),
        {1_100_000_000.0: "The UN Humanitarian Coordinator"},
    ),
    # unchanged: a new quotation with its own speaker after a carried one
    (
        (
            "“Some 300 schools reopened,” says a statement released by Minister Amina Diallo "
            "on Friday.",
            "“Another 150 will follow,” the teachers’ union said.",
        ),
        {300.0: "Amina Diallo", 150.0: "the teachers’ union"},
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), CASES)
def test_source(paragraphs, expected):
    got = sources_of(*paragraphs)
    assert {k: got.get(k) for k in expected} == expected

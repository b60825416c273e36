"""Who a figure is attributed to, on invented sentences from other outlets and countries:
documents as sources, speech tags after a quotation, reporting verbs, data 'from' a body,
a participle clause naming who reports, and a section of a document that is no source."""

import pytest
from extract_support import make_paragraphs

from afgresearch.extract import extract_claims


def sources_of(*paragraphs):
    table = extract_claims(make_paragraphs(*paragraphs))
    return dict(zip(table["value"], table["attributed_to"], strict=True))


# (paragraphs, {value: expected source})
CASES = [
    # a report, survey or study named as such is the source, not a pronoun to resolve
    (
        (
            "The Danish Refugee Council published its annual review on Monday.",
            "The review says that 41,000 Syrians crossed into Lebanon during the winter.",
        ),
        {41_000.0: "The review"},
    ),
    (
        ("The survey found that 62 percent of households in Idlib skip meals.",),
        {62.0: "The survey"},
    ),
    (
        ("Based on this report, 3,400 families in Tigray have no shelter.",),
        {3_400.0: "this report"},
    ),
    (
        (
            "Save the Children released a study on child labour in Yemen.",
            "According to the study, 1.2 million children work instead of attending school.",
        ),
        {1_200_000.0: "the study"},
    ),
    (
        ("The report states: “In the first half of the year, 870 schools closed in Mali.”",),
        {870.0: "The report"},
    ),
    # a part of a document ('this section', 'this part') names no source; the sentence after it
    # that names the document does
    (
        (
            "According to this section, 14 clinics in Darfur closed during the quarter. "
            "Additionally, the assessment notes that nine ambulances were looted.",
        ),
        {14.0: "", 9.0: "the assessment"},
    ),
    # a speech tag after a closing quotation, whatever its verb, names the speaker; 'she' in
    # the next paragraph is the person the one before named as its subject ('described' stays
    # no speech verb: unattributed sentences after it take no source from it)
    (
        (
            "Maria Lopez, the mayor of Tapachula, described the arrivals.",
            "“About 2,300 migrants reached the shelter this week,” she lamented.",
        ),
        {2_300.0: "Maria Lopez"},
    ),
    (
        ("“We counted 118 boats in a single night,” Captain Joao Silva recalled.",),
        {118.0: "Captain Joao Silva"},
    ),
    (
        (
            "Nguyen Van An, who heads the provincial relief office, spoke to reporters.",
            "“Some 640 homes were flooded and 35 bridges collapsed,” he voiced.",
        ),
        {640.0: "Nguyen Van An", 35.0: "Nguyen Van An"},
    ),
    # reporting verbs beyond 'said': clarified, acknowledged, reiterated, pointed out, reveals
    (
        ("The Red Crescent has clarified that 2,750 tents were delivered to Hatay.",),
        {2_750.0: "The Red Crescent"},
    ),
    (
        ("The interior ministry acknowledged that 310 detainees were transferred.",),
        {310.0: "The interior ministry"},
    ),
    (
        ("Amnesty International reiterated that at least 57 protesters were killed.",),
        {57.0: "Amnesty International"},
    ),
    (
        ("The World Bank pointed out that remittances fell by 18 percent.",),
        {18.0: "The World Bank"},
    ),
    (
        ("Figures from the Kenyan Red Cross reveal that 4,900 people were displaced.",),
        {4_900.0: "the Kenyan Red Cross"},
    ),
    (
        ("Data from the Office of National Statistics shows 9 percent unemployment in Wales.",),
        {9.0: "the Office of National Statistics"},
    ),
    # who counted or registered the figure is its source
    (
        (
            "Between May and July, the border monitoring team counted 12,480 crossings at Ras Ajdir.",
        ),
        {12_480.0: "the border monitoring team"},
    ),
    # a participle clause inside a quotation names who reports the figures after it
    (
        (
            '"Rescue work continues, with the local authorities now reporting 260 dead '
            'and 1,100 injured," the agency said.',
        ),
        {260.0: "the local authorities", 1_100.0: "the local authorities"},
    ),
    # attribution that stays as it was: a plain 'according to', a subject with 'said'
    (
        ("According to the UN refugee agency, 75,000 Sudanese fled into Chad in May.",),
        {75_000.0: "the UN refugee agency"},
    ),
    (
        ("Police in Lahore said 48 people were arrested overnight.",),
        {48.0: "Police in Lahore"},
    ),
    # no source: an unattributed figure stays without one
    (
        ("Some 3,000 people attended the funeral in Jalalabad.",),
        {3_000.0: ""},
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), CASES)
def test_sources_of_invented_sentences(paragraphs, expected):
    got = sources_of(*paragraphs)
    assert {value: got.get(value) for value in expected} == expected


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        # an inverted tag as an aside keeps its speaker
        ("The drought, said the ministry, has left 90,000 herders without water.", "the ministry"),
        # a name and its appositive before a verb with an object: no inversion
        ("Ana Ruiz, head of the shelter network in Oaxaca, confirmed the arrivals of 700 people.",
         "Ana Ruiz"),
        # 'based on' names a source only when it names a document, data or a body
        ("Rations were cut by 30 percent based on need.", ""),
    ],
)  # fmt: skip
def test_inverted_asides_and_appositives(sentence, source):
    from afgresearch.extract.attribution import sentence_attribution

    assert sentence_attribution(sentence) == source


def test_a_day_before_a_semicolon_is_no_window_of_the_figures_after_it():
    table = extract_claims(
        make_paragraphs(
            "Fighting broke out in Goma on March 3 after rebels shelled the airport; the army "
            "said it killed 140 fighters and lost 12 soldiers."
        )
    )
    assert dict(zip(table["value"], table["period"], strict=True)) == {140.0: "", 12.0: ""}
    table = extract_claims(make_paragraphs("Since January, 9,000 people have fled Goma."))
    assert table["period"].tolist() == ["Since January"]


def test_defending_a_policy_on_a_named_day_is_a_dated_statement():
    import pandas as pd

    from afgresearch.extract import extract_events

    paras = make_paragraphs(
        "Turkey’s interior minister defended the deportations on Monday, May 5, 2025, "
        "citing public order."
    )
    table = extract_events(paras, pd.DataFrame({"article_id": ["a1"], "published": ["2025-05-07"]}))
    got = table[["cameo_code", "date"]].values.tolist()
    assert ["010", "2025-05-05"] in got

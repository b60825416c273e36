"""Who a figure is attributed to, on invented sentences in many wordings (other outlets,
agencies, officials, countries): the source's name without what surrounds it (list bullets,
agency tags, connectives, adverbs, a document's topic or where it was published), a figure's
own reporting clause in a sentence with several, and what is never a source."""

import pytest
from extract_support import make_paragraphs

from afgresearch.extract import extract_claims
from afgresearch.extract.attribution import sentence_attribution


def sources_of(*paragraphs):
    table = extract_claims(make_paragraphs(*paragraphs))
    return dict(zip(table["value"], table["attributed_to"], strict=True))


# (sentence, expected source)
SENTENCES = [
    # the common constructions, in other outlets' wording
    (
        "According to the Danish Refugee Council, 12,000 people fled Marib.",
        "the Danish Refugee Council",
    ),
    ("The Red Crescent said 340 families had been moved to tents.", "The Red Crescent"),
    ("Some 2,300 homes were flooded, said Carla Mendes, a civil defence officer.", "Carla Mendes"),
    ("The governor told Reuters that 85 villages were cut off.", "The governor"),
    (
        "Figures from the Kenyan interior ministry show 4,100 arrivals in May.",
        "the Kenyan interior ministry",
    ),
    ("The World Bank estimated that 38 percent of households lack food.", "The World Bank"),
    (
        "The toll of 212 was reported by the provincial health office.",
        "the provincial health office",
    ),
    ("Some 5,000 tents are needed, as per the Sudanese Red Crescent.", "the Sudanese Red Crescent"),
    # a list bullet or an agency tag glued before the subject is no part of the name
    ("• UNHCR figures indicate that 61,000 people crossed in June.", "UNHCR figures"),
    ("- Caritas estimated that 9,000 meals were served.", "Caritas"),
    ("Xinhua- The Nepal Army has reported that 1,200 people were rescued.", "The Nepal Army"),
    (
        "Anadolu- The Turkish Red Crescent said it delivered 300 tonnes of flour.",
        "The Turkish Red Crescent",
    ),
    # a connective that opens the sentence is no part of the subject
    (
        "This comes as Kenyan officials warned that 400,000 refugees face cuts.",
        "Kenyan officials",
    ),
    ("It comes as the UN warns that 3 million face hunger in Haiti.", "the UN"),
    # an adverb between the subject and its verb goes
    (
        "Local officials in Sindh separately reported that 90 people drowned.",
        "Local officials in Sindh",
    ),
    (
        "Relief groups in Tigray repeatedly warned that 700,000 people need food.",
        "Relief groups in Tigray",
    ),
    # an acronym in brackets ends the name it abbreviates; the country office after it goes
    (
        "The World Food Programme (WFP) in Sudan has reported that 1.3 million people were reached.",
        "The World Food Programme (WFP)",
    ),
    (
        "The UN Children's Fund (UNICEF) for Yemen said 11,000 children were treated.",
        "The UN Children's Fund (UNICEF)",
    ),
    # the author of a document 'by' is the source; the document's topic and where it was
    # published are no part of the name
    (
        "Nearly 80% of wells dried up, according to a survey by the charity WaterAid.",
        "the charity WaterAid",
    ),
    ("About 60 percent of schools closed, according to a study by Oxfam.", "Oxfam"),
    (
        "A preliminary World Bank assessment of the floods in Libya found that 1,500 homes were lost.",
        "A preliminary World Bank assessment",
    ),
    (
        "Some 3,000 tonnes of wheat arrived, according to a statement posted on the agency's Telegram channel.",
        "a statement",
    ),
    (
        "Exports reached $90 million, according to a report published in the state gazette.",
        "a report",
    ),
    # a name before a long appositive naming its office
    (
        "Maria Oyelaran-Bello, Director of Refugee Affairs in Nigeria's Borno State Emergency "
        "Management Agency, announced that 2,500 people returned.",
        "Maria Oyelaran-Bello",
    ),
    # an inverted speech tag followed by a participle phrase
    (
        "“Some 450 people crossed today,” said district official Omar Haidari speaking to AFP.",
        "Omar Haidari",
    ),
    (
        "“Some 900 tents went up,” said Lucia Ferraro talking to reporters in Lampedusa.",
        "Lucia Ferraro",
    ),
    # a noun-like verb form before a clause with its own subject
    ("UNICEF estimates the cyclone has displaced 120,000 children.", "UNICEF"),
    ("The ministry estimates the drought has killed 40,000 cattle.", "The ministry"),
    # who releases or publishes statistics, a report or data is their source
    (
        "UNEP released its annual forest survey on Tuesday, showing a 12 percent rise.",
        "UNEP",
    ),
    (
        "The statistics office published new data last week, confirming that 7 percent are jobless.",
        "The statistics office",
    ),
    # a participle of acknowledging names its source after 'with'
    (
        "Fighting continued, with Ethiopia acknowledging 14 soldiers killed.",
        "Ethiopia",
    ),
]


# the same constructions in more wordings: verbs, passives, possessives, asides, leads
WORDINGS = [
    (
        "Data from the Bangladesh Refugee Relief Commissioner show 12,400 new arrivals.",
        "the Bangladesh Refugee Relief Commissioner",
    ),
    (
        "Statistics compiled by the Pakistani interior ministry show 3,100 arrests.",
        "the Pakistani interior ministry",
    ),
    (
        "Some 600 people were killed, the Lebanese health ministry told AFP.",
        "the Lebanese health ministry",
    ),
    ("The mayor of Goma told reporters that 1,500 homes were lost.", "The mayor of Goma"),
    ("A total of 2,400 arrests were reported by local police.", "local police"),
    ("At least 45 people died, as reported by the state broadcaster.", "the state broadcaster"),
    (
        "Nearly 1 in 3 children are malnourished, the UN refugee agency (UNHCR) said.",
        "the UN refugee agency (UNHCR)",
    ),
    (
        "Speaking to reporters in Geneva, UNHCR spokesperson Olga Sarrado said 4,000 had fled.",
        "Olga Sarrado",
    ),
    (
        "Publishing a video on Tuesday, the Norwegian Refugee Council said 700 tents burned.",
        "the Norwegian Refugee Council",
    ),
    ("In a post on X, the ministry said 5,200 families had been helped.", "the ministry"),
    ("The agency estimated that 15% of returnees were women.", "The agency"),
    ("Human Rights Watch documented 37 executions in 2024.", "Human Rights Watch"),
    ("Médecins Sans Frontières reported treating 1,100 patients.", "Médecins Sans Frontières"),
    ("Officials in Herat said on Sunday that 2,000 people returned.", "Officials in Herat"),
    ("Some 250 people were arrested, police in Karachi said on Monday.", "police in Karachi"),
    (
        "“We have received 3,000 people since Friday,” a camp manager in Spin Boldak told The Guardian.",
        "a camp manager in Spin Boldak",
    ),
    (
        "In its latest report, the World Food Programme said 9.5 million face hunger.",
        "the World Food Programme",
    ),
    ("Government figures put the number of returnees at 1.2 million.", "Government figures"),
    ("The Red Cross counted 52 bodies.", "The Red Cross"),
    (
        "According to figures released by the interior ministry, 4,500 people were deported.",
        "the interior ministry",
    ),
    (
        "According to the latest UNICEF data, 1.4 million children are out of school.",
        "the latest UNICEF data",
    ),
    (
        "As many as 800 people were detained, Amnesty International said in a report.",
        "Amnesty International",
    ),
    ("Save the Children said in a statement that 500 schools had closed.", "Save the Children"),
    (
        "The United Nations High Commissioner for Refugees (UNHCR) said on Thursday that 40,000 crossed.",
        "The United Nations High Commissioner for Refugees (UNHCR)",
    ),
    ("Health ministry spokesman Ahmed Sharif told Xinhua that 120 were injured.", "Ahmed Sharif"),
    ("In Kandahar, provincial officials reported 340 deaths.", "provincial officials"),
    (
        "Earlier this week, the Iranian interior ministry announced that 600,000 had left.",
        "the Iranian interior ministry",
    ),
    (
        "More than 3,000 children have been separated, according to a Save the Children report.",
        "a Save the Children report",
    ),
    ("The WHO said in its latest update that 12 hospitals had shut.", "The WHO"),
    ("The figures, released by UNHCR on Monday, show 5,000 returns.", "UNHCR"),
    (
        "An estimated 20,000 people fled, the report by the Danish Refugee Council said.",
        "the Danish Refugee Council",
    ),
]


# a title written short is part of the name; a group named without a determiner after an
# inverted speech verb is the source
MORE = [
    (
        "“At least 25 bodies were recovered,” according to Dr. Samir Haddad, head of the hospital.",
        "Dr. Samir Haddad",
    ),
    ("Some 300 troops arrived, according to Gen. Moses Otieno.", "Gen. Moses Otieno"),
    (
        "More than 70 people died, said officials in Balochistan province.",
        "officials in Balochistan province",
    ),
    ("Around 40 houses burned, said local residents.", "local residents"),
    ("About 15 boats sank, said rescuers speaking to reporters.", "rescuers"),
]

# a person's office goes, capitalised or not; a body keeps its description
NAMES = [
    (
        "Speaking at a press conference, Interior Minister Juan Ortega said 900 were detained.",
        "Juan Ortega",
    ),
    ("“Some 80 boats were seized,” said Coast Guard Commander Elena Rossi.", "Elena Rossi"),
    ("The EU's aid arm ECHO said it gave 12 million euros.", "The EU's aid arm ECHO"),
    (
        "The UN children's agency (UNICEF) said 300 schools closed.",
        "The UN children's agency (UNICEF)",
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), SENTENCES + WORDINGS + NAMES + MORE)
def test_sentence_source(sentence, expected):
    assert sentence_attribution(sentence) == expected


# what is no source at all: a verb phrase is never returned as a name
NO_SOURCE = [
    "More than 150 clinics run by the health ministry in Malawi, serving 2 million people, have "
    "closed or stopped work after the donor cuts announced by the government shut off funding.",
    "Dozens of schools built with Japanese aid, teaching 40,000 pupils, were shut after the cuts "
    "decided by parliament took effect.",
]


@pytest.mark.parametrize("sentence", NO_SOURCE)
def test_no_verb_phrase_as_source(sentence):
    assert sentence_attribution(sentence) == ""


# a figure's own reporting clause, in a sentence with several
FIGURE_CASES = [
    (
        (
            "According to Indian army statements, the firing began at dawn; New Delhi reported "
            "killing 40 infiltrators while confirming 6 of its own soldiers dead.",
        ),
        {40.0: "New Delhi", 6.0: "New Delhi"},
    ),
    (
        ("The death toll was put at 3,000 by the Sudanese government, and at 1,800 by the WHO.",),
        {3_000.0: "the Sudanese government", 1_800.0: "the WHO"},
    ),
    (
        (
            "The flood toll was estimated to be over 700 by local officials, and about 450 by the "
            "Red Cross.",
        ),
        {700.0: "local officials", 450.0: "the Red Cross"},
    ),
]


FIGURE_CASES += [
    # a figure's own clause after a semicolon names its source
    (
        (
            "According to army statements, the fighting began on 3 May after an ambush; Kigali "
            "reported eliminating 150 rebels and said it lost 12 of its own soldiers.",
        ),
        {150.0: "Kigali", 12.0: "Kigali"},
    ),
    # a reduced relative clause after the figure names who holds it
    (
        (
            "The order could affect 500,000 people out of the 3 million Syrians Ankara says "
            "live in Turkey.",
        ),
        {3_000_000.0: "Ankara", 500_000.0: ""},
    ),
    (
        ("The rule covers the 2.5 million Venezuelans Bogota believes are in Colombia.",),
        {2_500_000.0: "Bogota"},
    ),
    # the writer's gloss after a reported statement is no one's statement
    (
        (
            "Kenya announced on Monday that the Dadaab camp would close, a move that could "
            "affect 230,000 refugees.",
        ),
        {230_000.0: ""},
    ),
    (
        (
            "The ministry said the border would shut, a decision which may strand 40,000 "
            "traders, according to officials in Torkham.",
        ),
        {40_000.0: "officials in Torkham"},
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), FIGURE_CASES)
def test_figure_source(paragraphs, expected):
    got = sources_of(*paragraphs)
    for value, source in expected.items():
        assert got.get(value) == source


# sources carried across sentences and paragraphs of the same article
CARRIED = [
    (
        ("The Norwegian Refugee Council said 8,000 people fled.", "Another 2,000 are expected."),
        {8_000.0: "The Norwegian Refugee Council", 2_000.0: "The Norwegian Refugee Council"},
    ),
    (
        ("“We registered 600 families this week.", "Most had walked for days,” Amina Diallo said."),
        {600.0: "Amina Diallo"},
    ),
    (
        (
            "Peter Maurer, the ICRC's president, visited Goma.",
            "He said 1,100 wounded were treated.",
        ),
        {1_100.0: "Peter Maurer"},
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), CARRIED)
def test_carried_source(paragraphs, expected):
    got = sources_of(" ".join(paragraphs))
    for value, source in expected.items():
        assert got.get(value) == source


# a clause set against the one before names its own source
CONTRASTS = [
    (
        "The health ministry put the toll at 120, while the WHO counted 150 deaths.",
        {120.0: "The health ministry", 150.0: "the WHO"},
    ),
    (
        "Police said 45 people were detained, whereas activists put the number at 80.",
        {45.0: "Police", 80.0: "activists"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CONTRASTS)
def test_contrast_clause_source(text, expected):
    assert sources_of(text) == expected


def test_subject_person_named_in_an_earlier_paragraph_resolves_she():
    got = sources_of(
        "Ana Ruiz, who heads the refugee office in Quito, described the situation as dire.",
        "She said 1,800 people arrived last week.",
    )
    assert got[1_800.0] == "Ana Ruiz"


def test_a_new_paragraph_without_attribution_takes_no_earlier_source():
    got = sources_of(
        "The Danish Refugee Council said 14,000 people had fled Marib since January.",
        "Of them, 6,000 are children.",
    )
    assert got[6_000.0] == ""

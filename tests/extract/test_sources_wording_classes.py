"""Who states a figure, by class of attribution wording, on invented paragraphs (other
outlets, other agencies, other wording): the attributing clause nearest the figure in its
sentence, else the paragraph's attribution, else the speaker of a quotation the paragraph
continues; what is no source (the outlet's own reporting, a document named by no one)."""

import pytest
from extract_support import make_paragraphs

from afgresearch.extract import extract_claims


def source_of(paragraphs: tuple[str, ...], value: float) -> str:
    table = extract_claims(make_paragraphs(*paragraphs))
    rows = table[(table["value"] - value).abs() <= 1e-6 * max(1.0, abs(value))]
    assert len(rows), f"no claim with the value {value}"
    return str(rows.iloc[0]["attributed_to"])


# (class, paragraphs, the figure's value, its source)
CASES = [
    # 'according to' with a nested organisation
    (
        "according",
        ("According to data from the Norwegian Refugee Council, 7,400 families fled Sennar.",),
        7400,
        "the Norwegian Refugee Council",
    ),
    (
        "according",
        ("Some 3,100 people crossed into Chad last week, according to the UN refugee agency.",),
        3100,
        "the UN refugee agency",
    ),
    (
        "according",
        ("According to the World Health Organization (WHO), 46 clinics have closed.",),
        46,
        "the World Health Organization (WHO)",
    ),
    (
        "according",
        ("As per the Bangladesh Red Crescent, 2,800 shelters were damaged.",),
        2800,
        "the Bangladesh Red Crescent",
    ),
    (
        "according",
        ("Nearly 900 schools remain shut, according to Save the Children.",),
        900,
        "Save the Children",
    ),
    # 'said' far after the figure, or an inverted tag
    (
        "said late",
        (
            "More than 14,000 people have been displaced by the fighting around the town "
            "since the start of the month, the regional governor said on Thursday.",
        ),
        14000,
        "the regional governor",
    ),
    (
        "said late",
        ("Around 600 trucks wait at the crossing, said Yusuf Karimov, a customs officer.",),
        600,
        "Yusuf Karimov",
    ),
    (
        "said late",
        ("“We received 1,200 calls in one night,” said Leila Haddad of the Lebanese Red Cross.",),
        1200,
        "Leila Haddad of the Lebanese Red Cross",
    ),
    (
        "said late",
        ("Some 45 villages were cut off, local officials said.",),
        45,
        "local officials",
    ),
    # reported speech to an outlet
    (
        "told",
        ("The provincial health director told Al Jazeera that 38 patients had died.",),
        38,
        "The provincial health director",
    ),
    (
        "told",
        ("Ahmad Noori told the BBC that 250 teachers had not been paid.",),
        250,
        "Ahmad Noori",
    ),
    (
        "told",
        ("At least 70 homes burned, a police spokesman told reporters.",),
        70,
        "a police spokesman",
    ),
    (
        "told",
        ("Officials told the Nation that 5,500 tonnes of flour were held at the border.",),
        5500,
        "Officials",
    ),
    # a quotation over several paragraphs; the paragraph's speaker
    (
        "continuation",
        (
            "Maria Costa, who runs the clinic, described the situation.",
            "“We see 300 children a day,” she said.",
        ),
        300,
        "Maria Costa",
    ),
    (
        "continuation",
        (
            "The World Food Programme said stocks were running out.",
            "Only 40 percent of the appeal has been funded, the agency added.",
        ),
        40,
        "the agency",
    ),
    (
        "continuation",
        (
            "Farid Amini, a camp manager, said: “The camp was built for 5,000 people.",
            "“Now 11,000 live here.”",
        ),
        11000,
        "Farid Amini",
    ),
    (
        "continuation",
        ("UNICEF said 2,000 schools were damaged. Another 350 were destroyed.",),
        350,
        "UNICEF",
    ),
    (
        "continuation",
        (
            "Hamid Rezai, the district chief, spoke to reporters.",
            "He said 19 people had been detained.",
        ),
        19,
        "Hamid Rezai",
    ),
    # documents: a report by, data released by, figures provided by
    (
        "document",
        ("A report by Amnesty International found that 112 journalists were detained.",),
        112,
        "Amnesty International",
    ),
    (
        "document",
        ("Data released by the statistics office show 9 percent inflation in May.",),
        9,
        "the statistics office",
    ),
    (
        "document",
        ("According to figures provided by an aid agency, the shortfall exceeds $800 million.",),
        800_000_000,
        "an aid agency",
    ),
    (
        "document",
        ("According to estimates compiled by a monitoring group, 4,000 homes were lost.",),
        4000,
        "a monitoring group",
    ),
    (
        "document",
        ("A survey by the charity Mercy Corps showed 62 percent of families skip meals.",),
        62,
        "the charity Mercy Corps",
    ),
    # an agency's spokesperson: the person named
    (
        "spokesperson",
        ("WFP spokesperson Rana Saleh said 1.2 million people need food aid.",),
        1_200_000,
        "Rana Saleh",
    ),
    (
        "spokesperson",
        ("Some 800 families arrived, said UNHCR spokesman Dario Lenz.",),
        800,
        "Dario Lenz",
    ),
    (
        "spokesperson",
        ("Interior ministry spokesman Karim Nazari said 140 suspects were held.",),
        140,
        "Karim Nazari",
    ),
    # generic officials
    (
        "officials",
        ("Officials in Balkh province said 60 wells had dried up.",),
        60,
        "Officials in Balkh province",
    ),
    (
        "officials",
        ("Local authorities reported that 230 houses were flooded.",),
        230,
        "Local authorities",
    ),
    (
        "officials",
        ("Health officials confirmed 17 new cases on Monday.",),
        17,
        "Health officials",
    ),
    # pronouns resolve to the person named before
    (
        "pronoun",
        (
            "Sara Rahimi is a teacher in Mazar.",
            "She said that 30 of her 45 pupils had left the country.",
        ),
        30,
        "Sara Rahimi",
    ),
    (
        "pronoun",
        ("Ali Jan visited the camp on Sunday. He said 2,000 tents had arrived.",),
        2000,
        "Ali Jan",
    ),
    # the outlet's own reporting, a document no one is named for: no source
    (
        "none",
        ("More than 1,300 people returned through the crossing on Tuesday.",),
        1300,
        "",
    ),
    (
        "none",
        ("Estimates suggest that nearly 2 million people have left since 2021.",),
        2_000_000,
        "",
    ),
    (
        "none",
        ("Projections indicate that 700,000 more people will return next year.",),
        700_000,
        "",
    ),
    (
        "none",
        ("Forecasts show that 4 million people could face hunger by March.",),
        4_000_000,
        "",
    ),
    (
        "none",
        ("The earthquake killed more than 900 people in three districts.",),
        900,
        "",
    ),
    # an introductory phrase or a conjunction before the subject is no part of the name
    (
        "introductory",
        ("Despite the truce, the army announced on Monday that 12 soldiers had been killed.",),
        12,
        "the army",
    ),
    (
        "introductory",
        ("After the talks, the foreign ministry said 300 prisoners would be freed.",),
        300,
        "the foreign ministry",
    ),
    (
        "introductory",
        ("Following the floods, Oxfam warned that 40,000 people lack clean water.",),
        40000,
        "Oxfam",
    ),
    (
        "introductory",
        ("Amid the protests, the police said 85 people had been arrested.",),
        85,
        "the police",
    ),
    (
        "introductory",
        (
            "The UN food agency says 3 million children are malnourished, although it "
            "estimates 1 million were already at risk before the drought.",
        ),
        3_000_000,
        "The UN food agency",
    ),
    (
        "introductory",
        (
            "The UN food agency says 3 million children are malnourished, although it "
            "estimates 1 million were already at risk before the drought.",
        ),
        1_000_000,
        "The UN food agency",
    ),
    (
        "introductory",
        ("Prices rose sharply after the central bank reported that inflation hit 14 percent.",),
        14,
        "the central bank",
    ),
    (
        "introductory",
        ("Fears grew when Tajikistan said 1,500 troops had been sent to the border.",),
        1500,
        "Tajikistan",
    ),
    # a participle of speech after the main clause: its subject speaks
    (
        "participle",
        (
            "The agency posted a video on its website, stating that 420,000 children "
            "had lost access to school meals.",
        ),
        420_000,
        "The agency",
    ),
    (
        "participle",
        ("Omar Sadiq, a farmer, recalls the drought, saying, “We lost 60 sheep in a month.”",),
        60,
        "Omar Sadiq",
    ),
    (
        "participle",
        (
            "The Red Cross released a short statement on Friday, noting that 37 aid workers "
            "had been injured this year.",
        ),
        37,
        "The Red Cross",
    ),
    (
        "participle",
        ("One mother, Gulalai Zaman, describes her journey, stating, “We walked for nine days.”",),
        9,
        "Gulalai Zaman",
    ),
    # what a body pledges, sends, seeks or appeals for, it states
    (
        "commitment",
        ("Japan has pledged $15 million to support the returnees.",),
        15_000_000,
        "Japan",
    ),
    (
        "commitment",
        # a shipment sent is the writer's report of an act, not a body's statement
        ("Qatar has sent 40 tonnes of medical supplies to Herat.",),
        40,
        "",
    ),
    (
        "commitment",
        ("The European Union has donated 2,000 winter kits to the province.",),
        2000,
        "The European Union",
    ),
    (
        "commitment",
        ("The Red Crescent is seeking $4 million to run its mobile clinics.",),
        4_000_000,
        "The Red Crescent",
    ),
    (
        "commitment",
        ("UNICEF is currently appealing for $90 million for the winter response.",),
        90_000_000,
        "UNICEF",
    ),
    (
        "commitment",
        ("The health ministry has informed donors that 350 clinics will close by June.",),
        350,
        "The health ministry",
    ),
    (
        "commitment",
        ("Turkey has promised 500 prefabricated homes for the survivors.",),
        500,
        "Turkey",
    ),
    (
        "commitment",
        ("Germany has allocated €25 million for the new programme.",),
        25_000_000,
        "Germany",
    ),
    (
        "commitment",
        ("The government is appealing for help after floods destroyed more than 3,000 homes.",),
        3000,
        "The government",
    ),
    (
        "commitment",
        ("Uzbekistan has signaled its readiness to admit 10,000 seasonal workers.",),
        10000,
        "Uzbekistan",
    ),
    # a verb in the plural present, or one of alleging or accusing
    (
        "present plural",
        ("Officials at the border directorate report that 8,300 people crossed this week.",),
        8300,
        "Officials at the border directorate",
    ),
    (
        "present plural",
        ("Residents allege that 14 houses were searched without a warrant.",),
        14,
        "Residents",
    ),
    (
        "present plural",
        ("Aid groups warn that 6 million people could go hungry this winter.",),
        6_000_000,
        "Aid groups",
    ),
    (
        "present plural",
        ("Rights monitors allege that soldiers detained 27 men in the raid.",),
        27,
        "Rights monitors",
    ),
    (
        "present plural",
        ("Kabul accused Islamabad of an airstrike that killed 9 civilians.",),
        9,
        "Kabul",
    ),
    # a speech tag that cites who first gave the figure: the cited source
    (
        "citing",
        (
            "“More than 400 families left the district,” the website reports, citing "
            "officials in Kunduz province.",
        ),
        400,
        "officials in Kunduz province",
    ),
    (
        "citing",
        ("Some 90 people were detained, the newspaper wrote, citing local police.",),
        90,
        "local police",
    ),
    (
        "citing",
        ("“Around 1,000 trucks are stuck,” the channel said, citing customs officials.",),
        1000,
        "customs officials",
    ),
    # a participle phrase after a body's name is no part of it
    (
        "trailing participle",
        ("Some 12,000 people fled, according to estimates by local groups helping the displaced.",),
        12000,
        "local groups",
    ),
    (
        "trailing participle",
        ("According to volunteers working in the camp, 280 children were vaccinated.",),
        280,
        "volunteers",
    ),
    # a warning raised by a body, after a dateline with a date
    (
        "alarm",
        (
            "Nairobi/Juba, 4 May 2025 – The Danish Refugee Council (DRC) is raising the alarm "
            "over a surge in arrivals, with over 31,000 people crossing in April.",
        ),
        31000,
        "The Danish Refugee Council (DRC)",
    ),
    (
        "alarm",
        (
            "Medical charity MSF has raised the alarm over malnutrition, with 1,700 children "
            "admitted in a week.",
        ),
        1700,
        "Medical charity MSF",
    ),
    # more wordings of the same classes
    (
        "according",
        ("According to the interior ministry of Tajikistan, 640 people were deported.",),
        640,
        "the interior ministry of Tajikistan",
    ),
    (
        "according",
        ("Around 75 percent of the wells are dry, according to the village council.",),
        75,
        "the village council",
    ),
    (
        "told",
        ("A border official told AFP that 2,400 people had crossed since dawn.",),
        2400,
        "A border official",
    ),
    (
        "document",
        ("A study by the University of Peshawar found that 33 percent of graduates were jobless.",),
        33,
        "the University of Peshawar",
    ),
    (
        "document",
        ("Statistics released by the labour ministry show 210,000 new permits in 2024.",),
        210_000,
        "the labour ministry",
    ),
    (
        "none",
        ("Projections suggest that 1.5 million people will need shelter by December.",),
        1_500_000,
        "",
    ),
    (
        "none",
        ("About 250 trucks cross the bridge each day.",),
        250,
        "",
    ),
    (
        "commitment",
        ("South Korea has pledged $8 million in humanitarian aid.",),
        8_000_000,
        "South Korea",
    ),
    (
        "commitment",
        ("Kazakhstan has sent 5,000 tonnes of wheat to the north.",),
        5000,
        "",
    ),
    (
        "introductory",
        ("Despite the agreement, the Iranian police said 2,500 migrants were held.",),
        2500,
        "the Iranian police",
    ),
    (
        "introductory",
        ("Tensions rose again when the militia said it had captured 40 soldiers.",),
        40,
        "the militia",
    ),
    (
        "participle",
        (
            "The ministry issued a notice on Sunday, saying that 95 private schools would "
            "be closed.",
        ),
        95,
        "The ministry",
    ),
    (
        "citing",
        ("About 3,000 people marched, the broadcaster reported, citing organisers of the rally.",),
        3000,
        "organisers of the rally",
    ),
]


@pytest.mark.parametrize(
    ("paragraphs", "value", "expected"),
    [case[1:] for case in CASES],
    ids=[f"{case[0]}-{i}" for i, case in enumerate(CASES)],
)
def test_source_by_wording_class(paragraphs, value, expected):
    assert source_of(paragraphs, value) == expected


# the writer's gloss after a statement ('..., a move UNHCR predicts could ...') has a speaker
# of its own: the figure before it keeps the statement's source, one inside it the gloss's
GLOSSES = [
    (
        "Tehran has signaled its intention to deport as many as 2 million people, a move "
        "the IOM predicts could overwhelm the border.",
        2_000_000,
        "Tehran",
    ),
    (
        "Islamabad announced it would close 54 camps, a move rights groups say will leave "
        "300,000 people homeless.",
        54,
        "Islamabad",
    ),
    (
        "Islamabad announced it would close 54 camps, a move rights groups say will leave "
        "300,000 people homeless.",
        300_000,
        "rights groups",
    ),
]


@pytest.mark.parametrize(("sentence", "value", "expected"), GLOSSES)
def test_gloss_keeps_its_own_speaker(sentence, value, expected):
    assert source_of((sentence,), value) == expected


# a count or a pledge covers its own sentence and a part of its figure in the next one, not
# the sentences after it; a relative pronoun stands for the name before it
CARRIED = [
    (
        ("Monitors counted 3,200 crossings in May. Of these, 60 per cent were children.",),
        60,
        "Monitors",
    ),
    (
        (
            "On Friday alone, the border office recorded 740 families. In the week to Sunday, "
            "2,900 families were deported.",
        ),
        2900,
        "",
    ),
    (
        ("Norway has pledged $20 million. Another 400 tents arrived on Monday.",),
        400,
        "",
    ),
    (
        ("Aid also came from the Islamic Development Bank, which has allocated $7 million.",),
        7_000_000,
        "the Islamic Development Bank",
    ),
    (
        ("Talks were held with Ana Ruiz, who told reporters that 45 shelters were full.",),
        45,
        "Ana Ruiz",
    ),
    (
        ("In 2022, the Civil Registry Office issued over 90,000 identity cards.",),
        90000,
        "the Civil Registry Office",
    ),
]


@pytest.mark.parametrize(("paragraphs", "value", "expected"), CARRIED)
def test_counts_and_pledges_cover_their_sentence(paragraphs, value, expected):
    assert source_of(paragraphs, value) == expected


# a quotation a sentence opens with a colon: the person the sentence names first speaks
COLON_QUOTES = [
    (
        "Omar Sadiq, a shepherd, recalled the night: “We lost 60 sheep before dawn.”",
        60,
        "Omar Sadiq",
    ),
    (
        "Gulnaz, 41, her hands bandaged after the fire, spoke outside the clinic: “Only 3 "
        "of the 20 beds were free.”",
        3,
        "Gulnaz",
    ),
]


@pytest.mark.parametrize(("sentence", "value", "expected"), COLON_QUOTES)
def test_a_quotation_opened_by_a_colon_is_the_person_named_first(sentence, value, expected):
    assert source_of((sentence,), value) == expected


def test_a_participle_of_accusing_names_no_source():
    text = "The court issued warrants for two commanders, accusing them of killing 40 villagers."
    assert source_of((text,), 40) == ""


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Refugees granted asylum numbered 4,000 last year.", 4000),
        ("An appeal for $50 million was launched on Monday.", 50_000_000),
        ("The cuts announced by the treasury closed 120 clinics.", 120),
        ("Aid pledged at the conference reached $900 million.", 900_000_000),
    ],
)
def test_no_act_without_a_body_stating_it(text, value):
    assert source_of((text,), value) == ""


# who assists people counts them
ASSISTED = [
    ("Due to funding cuts, UNICEF was only able to treat 4,200 children.", 4200, "UNICEF"),
    (
        "The Red Crescent assisted over 9,000 families in the flooded districts.",
        9000,
        "The Red Crescent",
    ),
    ("The total number of returnees has reached 12,000.", 12000, ""),
]


@pytest.mark.parametrize(("sentence", "value", "expected"), ASSISTED)
def test_who_assists_people_counts_them(sentence, value, expected):
    assert source_of((sentence,), value) == expected

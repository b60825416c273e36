"""Who states a figure, by class of wording, on invented paragraphs (other outlets, other
agencies, other wording): an inverted tag with the day it was said, or a body's officer; an
outlet quoting someone 'as saying' or ', quoting X,' (X is the source), an anonymous official
('who asked not to be named' goes); 'according to' a name with an acronym inside it; a
dateline before the subject (a place in title case, an agency's tag without a year); the
subject of a need for money, of a planned act on people, of a concern voiced for people, and a
subject before its relative clause (not a name inverted after the verb); and no source from a passive after
a modal ('so that ... can be confirmed') or for a policy's own figures; a tag that ends the
sentence with a verb that is also a noun ('..., OCHA figures show.'); what follows a name and is
no part of it (when or where it spoke, the hearer of 'told')."""

import pytest
from extract_support import make_paragraphs

from afgresearch.extract import extract_claims
from afgresearch.extract.attribution import name_only, sentence_attribution


def source_of(paragraphs: tuple[str, ...], value: float) -> str:
    table = extract_claims(make_paragraphs(*paragraphs))
    rows = table[(table["value"] - value).abs() <= 1e-6 * max(1.0, abs(value))]
    assert len(rows), f"no claim with the value {value}"
    return str(rows.iloc[0]["attributed_to"])


# (class, paragraphs, the figure's value, its source)
CASES = [
    # an inverted tag, then the day it was said
    (
        "inverted tag and its day",
        (
            "Some 1,900 Sudanese families crossed into Chad in a single day, reported the "
            "official Chadian press agency on Thursday.",
        ),
        1900,
        "the official Chadian press agency",
    ),
    (
        "inverted tag and its day",
        ("About 640 migrants were rescued off Lampedusa, said the coast guard late on Sunday.",),
        640,
        "the coast guard",
    ),
    # an inverted tag naming a body's officer at length
    (
        "inverted tag with an officer of a body",
        (
            "More than 12,000 people have left the camps since Monday, said an official from "
            "the Department of Disaster Management and Relief on Saturday.",
        ),
        12000,
        "an official from the Department of Disaster Management and Relief",
    ),
    # an outlet relays someone's words: who said them is the source
    (
        "quoted as saying",
        (
            "“Of these, about 700 are children,” the daily Al-Sabah quoted Karim Haddad, head "
            "of the provincial health office, as saying.",
        ),
        700,
        "Karim Haddad",
    ),
    # 'according to' a name with an acronym in brackets inside it
    (
        "according to a name with an acronym inside",
        (
            "Nearly 90,000 Rohingya have arrived since May, according to the Office of the "
            "European Union (EU) Special Envoy for Myanmar.",
        ),
        90000,
        "the Office of the European Union (EU) Special Envoy for Myanmar",
    ),
    # a dateline before the subject
    (
        "dateline: a place in title case",
        ("Somalia - WFP is appealing for USD 48 million to feed 600,000 people.",),
        48000000,
        "WFP",
    ),
    (
        "dateline with an agency tag",
        (
            "MOGADISHU, 3 March 2011 (IRIN) - The World Food Programme (WFP) has asked for "
            "about US$60 million from donors for its operations this year.",
        ),
        60000000,
        "The World Food Programme (WFP)",
    ),
    (
        "dateline with an agency tag",
        (
            "Lima, Feb 9 (EFE).- The Pan American Health Organization (PAHO) said on Monday "
            "that 310 clinics had closed.",
        ),
        310,
        "The Pan American Health Organization (PAHO)",
    ),
    # a subject and a relative clause on it before the verb: no name inverted after the verb
    (
        "subject with a relative clause",
        (
            "Okafor, who recently finished a tour of the camps, stressed the scale of hunger, "
            "noting that some 8,000 children were treated last week.",
        ),
        8000,
        "Okafor",
    ),
    # who voices concern for people states their number
    (
        "concern voiced",
        (
            "On Friday the Council of Europe Commissioner voiced concern for the reporters and "
            "three of their colleagues, who remain in custody.",
        ),
        3,
        "the Council of Europe Commissioner",
    ),
    # the subject of a need for money states it and the figures of its purpose
    (
        "a need for money",
        (
            "The Red Cross will need over $12 million in 2012 to assist 75,000 returnees who "
            "are expected to come back from Kenya.",
        ),
        12000000,
        "The Red Cross",
    ),
    (
        "a need for money",
        (
            "The Red Cross will need over $12 million in 2012 to assist 75,000 returnees who "
            "are expected to come back from Kenya.",
        ),
        75000,
        "The Red Cross",
    ),
    # the subject of a planned act on people states their number
    (
        "a planned act on people",
        (
            "The Kenyan government is set to relocate 150,000 refugees from Dadaab in 2026, "
            "while Ugandan officials have asked donors for more land.",
        ),
        150000,
        "The Kenyan government",
    ),
    (
        "a planned act on people",
        ("Germany plans to admit some 2,400 at-risk Afghans next year.",),
        2400,
        "Germany",
    ),
]


# a relayed source: the one relayed is the figure's ('local officials' / 'Tolo News')
RELAYED = [
    ("Radio Dabanga, quoting camp leaders, reported that 340 people died in Tawila.", 340,
     "camp leaders"),
    ("The state broadcaster, citing hospital sources, said 27 people were injured.", 27,
     "hospital sources"),
    ("Some 1,100 homes burned, a police officer who spoke on condition of anonymity said.", 1100,
     "a police officer"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "source"), RELAYED)
def test_relayed_and_anonymous_sources(text, value, source):
    assert source_of((text,), value) == source


def test_according_to_an_office_and_its_holder_gives_the_holder():
    text = "Some 640 detainees were freed, according to the prison director, Omar Farouk."
    assert source_of((text,), 640) == "Omar Farouk"
    # a name that opens the main clause is no appositive
    text = "According to the spokesman, Omar Farouk was among 640 detainees freed."
    assert sentence_attribution(text) == "the spokesman"


def test_according_to_what_someone_told_gives_who_told():
    text = "According to what elders told Radio Azadi, 75 houses were flooded."
    assert source_of((text,), 75) == "elders"


# a person's full name after words in lower case that describe the person, a name
# hyphenated over a wrapped line, a free relative that reports no one
def test_words_in_lower_case_before_a_full_name_describe_the_person():
    text = "Some 90 schools closed, veteran teacher Laila Rahimi told the BBC."
    assert source_of((text,), 90) == "Laila Rahimi"
    text = "EU representative for women, peace and security Anna Berg said 45 activists were held."
    assert source_of((text,), 45) == "Anna Berg"


def test_a_name_hyphenated_over_a_wrapped_line_is_joined():
    text = "The World Health Organi- zation (WHO) said 210 clinics had closed."
    assert source_of((text,), 210) == "The World Health Organization (WHO)"


def test_a_free_relative_reports_no_one():
    text = "Contrary to what the guards claim, 70 men were beaten at the post."
    assert sentence_attribution(text) == ""


# a tag that ends the sentence with a verb that is also a noun ('show', 'estimate', 'suggests')
TAGS_AT_THE_END = [
    ("Some 41,000 homes were damaged, UNOSAT images show.", 41000, "UNOSAT images"),
    ("Around 1.9 million people lack clean water, Ethiopian officials estimate.", 1900000,
     "Ethiopian officials"),
    ("As many as 3,500 children are unaccompanied, Save the Children data suggests.", 3500,
     "Save the Children data"),
    ("WHO data suggests as many as 600 clinics have shut.", 600, "WHO data"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "source"), TAGS_AT_THE_END)
def test_a_tag_ending_the_sentence(text, value, source):
    assert source_of((text,), value) == source


def test_a_noun_at_the_end_is_no_tag():
    assert sentence_attribution("Some 300 people attended, despite the threats.") == ""
    assert sentence_attribution("Officials rejected the figure of 4,000 and the claims.") == ""


# what follows a source's name and is no part of it
TRIMMED = [
    # when it spoke or counted
    ("Some 6,300 arrivals were recorded by the Red Crescent in the week to Friday.", 6300,
     "the Red Crescent"),
    ("Nearly 2,000 boats were reported by Frontex during the past month.", 2000, "Frontex"),
    # where it spoke, in an aside after its name
    ("The WHO, in its weekly bulletin, said 118 clinics had closed.", 118, "The WHO"),
    # the hearer of 'told' after a name and its office
    (
        "About 1,700 people fled, the council's regional head, Ingrid Moe, told Deutsche Welle.",
        1700,
        "Ingrid Moe",
    ),
    (
        "About 1,700 people fled, Ingrid Moe, the council's regional head, told Deutsche Welle.",
        1700,
        "Ingrid Moe",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "source"), TRIMMED)
def test_source_is_trimmed_to_the_name(text, value, source):
    assert source_of((text,), value) == source


@pytest.mark.parametrize(("kind", "paragraphs", "value", "source"), CASES)
def test_source_by_wording_class(kind, paragraphs, value, source):
    assert source_of(paragraphs, value) == source, kind


def test_a_passive_after_a_modal_names_no_source():
    text = (
        "Another 2,100 families will receive tents and stoves before the rains, as well as "
        "phones, so that their locations can be confirmed."
    )
    assert sentence_attribution(text) == ""
    assert source_of((text,), 2100) == ""


def test_a_policy_change_is_stated_by_no_one():
    # a policy figure is the policy's own, not a statement of the body that changed it
    assert (
        source_of(("Oman has shortened the stay for visitors from 60 days to 30 days.",), 30) == ""
    )
    text = (
        "The Thai government had set a firm deadline of 1 May for all unregistered workers – "
        "an estimated two million people – to leave."
    )
    assert source_of((text,), 2000000) == ""


def test_a_need_is_money_only():
    assert sentence_attribution("The clinic needs about 40 nurses to reopen.") == ""


def test_a_place_before_a_spaced_dash_is_a_dateline():
    assert name_only("Yemen - UNICEF") == "UNICEF"


# a pronoun or 'the statement' points back to the named body that opened the sentence before
BACK_TO_A_BODY = [
    (
        ("Oxfam and CARE released a joint appeal. They said 52,000 households had no water.",),
        52000,
        "Oxfam and CARE",
    ),
    (
        ("The Health Ministry issued a statement on Friday. The statement said 37 clinics shut.",),
        37,
        "The Health Ministry",
    ),
    (
        ("Earlier, a rights group spoke of abuses.", "The Red Cross published its figures.",
         "It said 2,900 detainees were registered."),
        2900,
        "The Red Cross",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("paragraphs", "value", "source"), BACK_TO_A_BODY)
def test_a_pronoun_points_back_to_the_body_before(paragraphs, value, source):
    assert source_of(paragraphs, value) == source


# a passive names its agent after 'by', before the day it was said or what was reported
PASSIVES = [
    ("Some 1,650 cases were confirmed by the district health office on Thursday.", 1650,
     "the district health office"),
    ("It was reported by Radio Tamazuj that 212 cattle raiders were arrested.", 212,
     "Radio Tamazuj"),
    ("A total of 7,800 arrivals was registered by the border police last week.", 7800,
     "the border police"),
    ("The deaths of 95 miners were announced by the labour ministry late on Friday.", 95,
     "the labour ministry"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "source"), PASSIVES)
def test_a_passive_names_its_agent(text, value, source):
    assert source_of((text,), value) == source


def test_by_a_date_is_no_agent():
    assert sentence_attribution("Some 900 permits were registered by the end of May.") == ""


def test_where_the_subject_spoke_between_it_and_its_verb_goes():
    text = (
        "The Office of the High Commissioner (OHCHR) in a report on the protests in March "
        "and April said that at least 31 people were killed."
    )
    assert source_of((text,), 31) == "The Office of the High Commissioner (OHCHR)"


def test_a_document_that_documents_is_the_source():
    text = "The report documents that on 3 May the police detained 14 students in Herat."
    assert source_of((text,), 14) == "The report"
    # 'documents' as a noun names no one
    assert sentence_attribution("The documents list 40 sites.") == ""


def test_who_calls_for_release_states_the_number():
    text = "The Committee to Protect Journalists has called for the release of six reporters."
    assert source_of((text,), 6) == "The Committee to Protect Journalists"

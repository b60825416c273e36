import pandas as pd
import pytest
from extract_support import make_paragraphs
from hypothesis import given, settings
from hypothesis import strategies as st

from afgresearch.extract import InputTableError, claim_disagreements, extract_claims
from afgresearch.schema import CLAIM_COLUMNS, CLAIM_TOPICS, QUALIFIERS


def one(text):
    claims = extract_claims(make_paragraphs(text))
    assert len(claims) == 1, claims
    return claims.iloc[0]


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("More than 500,000 Afghans returned.", "more_than"),
        ("Over 3 million refugees live there.", "more_than"),
        ("At least four people were killed.", "at_least"),
        ("Around 600 million dollars in trade.", "about"),
        ("About 80,000 Afghans have returned.", "about"),
        ("Nearly 2,000 families were evicted.", "nearly"),
        ("Almost 40 percent of children are hungry.", "nearly"),
        ("Up to 10,000 people may be deported.", "up_to"),
        ("Fewer than 300 migrants crossed.", "less_than"),
        ("Exactly 286,631 Afghan nationals were deported.", "exact"),
        ("Tens of thousands of refugees were expelled.", "at_least"),
    ],
)
def test_hedges(text, qualifier):
    assert one(text)["qualifier"] == qualifier


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("In the past two months, 268,000 Afghans were deported.", "In the past two months"),
        (
            "Pakistan deported 286,631 Afghans between 1 April and 15 July.",
            "between 1 April and 15 July",
        ),
        ("Since 2021, 5 million Afghans have returned.", "Since 2021"),
        (
            "Since the return of the Islamic Emirate, 5 million Afghans have returned.",
            "Since the return of the Islamic Emirate",
        ),
        ("In just 2 months, 500,000 Afghans were returned.", "In just 2 months"),
        ("Last year 8,200 Afghans were covered.", "Last year"),
        ("So far, about 80,000 Afghans have returned.", "So far"),
        ("1,200 people were deported.", ""),
    ],
)
def test_periods(text, period):
    assert one(text)["period"] == period


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("According to UNHCR, 500,000 Afghans returned.", "UNHCR"),
        ("500,000 Afghans returned, according to the UN refugee agency.", "the UN refugee agency"),
        (
            "The ministry's spokesperson said 268,000 Afghans were deported.",
            "The ministry's spokesperson",
        ),
        (
            "Ahmad Khan, the ministry's spokesperson, said 268,000 returned.",
            "Ahmad Khan",
        ),
        ("The Ministry of Refugees reported that 5 million returned.", "The Ministry of Refugees"),
        ("At least four people were killed, the police said.", "the police"),
        ("A board member told TOLOnews that trade reached 600 million dollars.", "A board member"),
        ("“We counted 3,000 returnees,” said Maria Lopez.", "Maria Lopez"),
        ("Pakistan hosts 3 million refugees.", ""),
    ],
)
def test_attribution_forms(text, source):
    assert one(text)["attributed_to"] == source


def test_paragraph_speaker_and_pronouns():
    claims = extract_claims(
        make_paragraphs(
            "The IOM said on Monday that returns were rising. In May, 120,000 people crossed.",
            "He added that 40,000 of them were children.",
        )
    )
    assert claims["attributed_to"].tolist() == ["The IOM", "The IOM"]


def test_units_and_topics():
    rows = extract_claims(
        make_paragraphs(
            "Pakistan hosts over 3 million Afghan refugees.",
            "Trade rose to $3 billion.",
            "At least four people were killed and 10 were injured in an attack.",
            "18 percent of staff will be cut.",
        )
    )
    assert rows["unit"].tolist() == [
        "Afghan refugees",
        "dollars",
        "people",
        "people",
        "percent of staff",
    ]
    assert rows["topic"].tolist()[:3] == [
        "refugee_population",
        "trade_economy",
        "security_violence",
    ]


def test_no_numbers_gives_an_empty_table_with_the_contract_columns():
    claims = extract_claims(make_paragraphs("No figures here.", "", "On March 21, 2024 in Kabul."))
    assert claims.empty
    assert list(claims.columns) == list(CLAIM_COLUMNS)


def test_ids_are_stable_and_output_deterministic():
    paras = make_paragraphs("More than 500 people returned; 20 were deported.")
    first, second = extract_claims(paras), extract_claims(paras.iloc[::-1])
    pd.testing.assert_frame_equal(first, second)
    assert first["claim_id"].tolist() == ["a1-p0-c01", "a1-p0-c02"]


def test_quote_is_verbatim_span_of_paragraph():
    text = "Intro sentence. Meanwhile, UNHCR said more than 500,000 Afghans returned. Outro."
    row = one(text)
    assert row["quote"] in text
    assert row["quote"].startswith("Meanwhile") and "500,000" in row["quote"]


def test_repeats_and_measures():
    claims = extract_claims(
        make_paragraphs(
            "The ministry said 268,000 Afghans were deported in the past two months.",
            "UNHCR reported that more than 500,000 Afghans were returned in the past two months.",
            "A UNHCR post read: “In just 2 months, 500,000 Afghans were forcibly returned home.”",
            "The ministry reported that since 2021, more than 5.097 million Afghans have returned.",
            "The ministry said the total was 5,097,373 returnees.",
        )
    )
    repeat = dict(zip(claims["claim_id"], claims["repeat_of"], strict=True))
    assert repeat["a1-p2-c01"] == "a1-p1-c01"
    assert repeat["a1-p4-c01"] == "a1-p3-c01"
    assert repeat["a1-p0-c01"] == repeat["a1-p1-c01"] == ""
    assert claims.loc[0, "measure"] == claims.loc[1, "measure"]
    disagreements = claim_disagreements(claims)
    assert sorted(disagreements["value"]) == [268_000.0, 500_000.0]
    assert set(disagreements["n_values"]) == {2}


def test_bad_input_raises_a_named_error():
    with pytest.raises(InputTableError, match=r"lacks column\(s\): text"):
        extract_claims(
            pd.DataFrame({"paragraph_id": [], "article_id": [], "source_file": [], "line": []})
        )
    with pytest.raises(InputTableError, match="DataFrame"):
        extract_claims(["not a table"])


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_extraction_never_raises(text):
    claims = extract_claims(make_paragraphs(text))
    assert set(claims["qualifier"]) <= set(QUALIFIERS)
    assert set(claims["topic"]) <= set(CLAIM_TOPICS)
    for quote in claims["quote"]:
        assert quote in text  # verbatim, line breaks included


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["more than", "about", "5,000", "two-thirds of", "Afghans",
                                 "said", "since 2021", "March 3", "B-17", "—", "“", ",", "."]),
                max_size=25).map(" ".join))  # fmt: skip
def test_extraction_never_raises_on_near_miss_text(text):
    extract_claims(make_paragraphs(text))


def test_line_points_at_the_line_of_the_quote_in_multiline_paragraphs():
    paras = make_paragraphs("First line has no figure.\nUNHCR said 500,000 Afghans returned.")
    row = extract_claims(paras).iloc[0]
    assert (row["line"], row["quote"]) == (2, "UNHCR said 500,000 Afghans returned.")


def test_articles_table_is_checked():
    with pytest.raises(InputTableError, match="published"):
        extract_claims(make_paragraphs("5 people."), pd.DataFrame({"article_id": ["a1"]}))


@pytest.mark.parametrize(
    ("text", "unit", "value"),
    [
        ("Three or four million people fled.", "people", 3e6),
        ("Aid worth 216 million US dollars arrived.", "dollars", 216e6),
        ("UNHCR needs US$ 216 million.", "dollars", 216e6),
        ("Police detained some 300 migrants since Saturday.", "migrants", 300.0),
    ],
)
def test_units_of_other_forms(text, unit, value):
    row = extract_claims(make_paragraphs(text)).iloc[0]
    assert (row["unit"], row["value"]) == (unit, value)


def test_duplicate_paragraph_ids_are_refused():
    paras = make_paragraphs("5 people.", "6 people.")
    paras["paragraph_id"] = "same"
    with pytest.raises(InputTableError, match="paragraph_id.*duplicate values.*same"):
        extract_claims(paras)


def test_empty_table_gives_empty_outputs():
    from afgresearch.extract import co_mentions, extract_events, extract_mentions

    empty = make_paragraphs()
    assert extract_claims(empty).empty
    assert extract_events(empty).empty
    assert co_mentions(extract_mentions(empty)).empty


@pytest.mark.parametrize(
    "text",
    [
        "Between 300 and 400 people crossed.",
        "300 to 400 people crossed.",
        "300-400 people crossed.",
    ],
)
def test_ranges_become_lower_and_upper_bounds(text):
    claims = extract_claims(make_paragraphs(text))
    assert claims[["value", "qualifier", "unit"]].values.tolist() == [
        [300.0, "at_least", "people"],
        [400.0, "up_to", "people"],
    ]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The UN says 23.7 million people need aid.", "The UN"),
        ("The agency estimates 2 million people are displaced.", "The agency"),
        ("OCHA reports that 3 million need aid.", "OCHA"),
        ("The claims of 500 deaths were denied.", ""),
        ("Pakistan, which said it would comply, deported 5,000 people.", "Pakistan"),
    ],
)
def test_attribution_verbs_and_nouns(text, source):
    assert one(text)["attributed_to"] == source

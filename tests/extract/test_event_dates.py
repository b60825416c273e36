"""Event dates come from the event's own clause; background clauses never date it."""

import pandas as pd
import pytest
from extract_support import make_paragraphs
from hypothesis import given, settings
from hypothesis import strategies as st

from afgresearch.extract import extract_events
from afgresearch.extract.clauses import clause_of, segment_clauses
from afgresearch.extract.event_dates import event_date
from afgresearch.schema import DATE_BASES

WORDS = [
    " since ",
    " after ",
    " which ",
    " who ",
    " said ",
    " that ",
    " and has ",
    ", becoming ",
    " on Thursday",
    " in August 2021",
    " July 3, 2025",
    " visited ",
    " will ",
    " had ",
]


def dated(text, verb, published="2025-07-04", future=False):
    at = text.index(verb)
    return event_date(text, at, at + len(verb), published, future)


def test_since_clause_date_is_background():
    text = ("Russia became the first country to officially recognise the Taliban government "
            "since the Islamist group seized power in August 2021.")  # fmt: skip
    assert dated(text, "recognise") == ("2025-07-04", "background_excluded")


def test_a_visit_is_not_dated_by_the_takeover_it_is_compared_with():
    text = ("Muttaqi visited New Delhi, the first visit by a senior Taliban leader since the "
            "group seized power in August 2021.")  # fmt: skip
    assert dated(text, "visited", "2025-10-11") == ("2025-10-11", "background_excluded")
    text = "Muttaqi visited New Delhi a year after the Taliban's August 2021 takeover."
    assert dated(text, "visited", "2025-10-11") == ("2025-10-11", "background_excluded")
    text = "The Taliban seized power in August 2021 and have since barred girls from school."
    assert dated(text, "seized", "2025-10-11") == ("2021-08-01/2021-08-31", "clause")


def test_a_bare_since_date_is_the_span_of_the_act_unless_it_follows_a_comparison():
    text = "Pakistan has deported 5,000 Afghans since April 1."
    assert dated(text, "deported", "2025-04-20") == ("2025-04-01/2025-04-20", "clause")
    text = "Russia became the first country to recognise the Taliban government since 2021."
    assert dated(text, "recognise") == ("2025-07-04", "background_excluded")
    text = "Iran has expelled 25,000 Afghans since the war began on June 13."
    assert dated(text, "expelled") == ("2025-07-04", "background_excluded")
    assert dated("Pakistan will deport them since May.", "deport", future=True) == ("", "none")


def test_participle_shares_the_date_of_its_clause():
    text = ("Russia on Thursday accepted the credentials of the Taliban envoy, becoming the "
            "first country to recognise the Taliban government since it took power in 2021.")  # fmt: skip
    assert dated(text, "recognise") == ("2025-07-03", "weekday_relative")


@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        ("After Pakistani airstrikes killed 46 people in December 2024, the Taliban "
         "criticized Islamabad.", "criticized", ("2025-07-04", "background_excluded")),
        ("Muttaqi, who visited Kabul in 2019, met Dar.", "met",
         ("2025-07-04", "background_excluded")),
        ("Muttaqi, who visited Kabul in 2019, met Dar.", "visited",
         ("2019-01-01/2019-12-31", "clause")),
        ("Dar met Muttaqi when he visited Kabul on 2 June.", "met", ("2025-06-02", "clause")),
        ("Police arrested and deported 40 men yesterday.", "deported",
         ("2025-07-03", "relative")),
        ("Pakistan has deported 300 Afghans.", "deported", ("2025-07-04", "article_date")),
        ("Pakistan will deport 300 Afghans.", "deport", ("", "none")),
        ("Pakistan had deported 300 Afghans.", "deported", ("", "none")),
        ("Pakistan deports Afghans every winter.", "deports", ("", "none")),
        ("The envoy's visit to Kabul, the first since the 2021 takeover, was brief.", "visit",
         ("2025-07-04", "background_excluded")),
    ],
)  # fmt: skip
def test_date_and_basis(text, verb, expected):
    assert dated(text, verb) == expected


def test_undated_article_gives_no_date():
    assert dated("Pakistan deported 300 Afghans on Thursday.", "deported", "") == ("", "none")
    assert dated("Pakistan deported 300 Afghans.", "deported", "") == ("", "none")


def test_intention_resolves_forward_and_is_never_given_the_article_date():
    assert dated("Dar will visit Kabul on Monday.", "visit", future=True) == (
        "2025-07-07",
        "weekday_relative",
    )
    assert dated("Dar is due to visit Kabul.", "visit", future=True) == ("", "none")


def test_clauses_nest_and_dates_keep_their_commas():
    text = "Since January 1, 2024, Pakistan, which hosts refugees, deported 5,000 Afghans."
    clauses = segment_clauses(text)
    assert [(c.kind, text[c.start : c.end]) for c in clauses[1:]] == [
        ("background", "Since January 1, 2024"),
        ("relative", "which hosts refugees"),
    ]
    assert clause_of(clauses, text.index("deported")) == 0
    assert dated(text, "deported") == ("2024-01-01/2025-07-04", "clause")


def test_events_table_has_a_date_basis():
    paras = make_paragraphs(
        "Kazakhstan recognised the Taliban government on Thursday.",
        "Germany deported 40 men to Kabul, the first flight since the Taliban took power in 2021.",
    )
    table = extract_events(paras, pd.DataFrame({"article_id": ["a1"], "published": ["2025-07-04"]}))
    assert table[["cameo_code", "date", "date_basis"]].values.tolist() == [
        ["054", "2025-07-03", "weekday_relative"],
        ["174", "2025-07-04", "background_excluded"],
        ["192", "2021-01-01/2021-12-31", "clause"],  # the takeover dates only itself
    ]
    assert set(table["date_basis"]) <= set(DATE_BASES)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(list("abc ,;.()“”-") + WORDS), max_size=40).map("".join))
def test_clauses_always_nest_and_dating_never_raises(text):
    clauses = segment_clauses(text)
    assert clauses[0].kind == "main" and clauses[0].parent == -1
    for c in clauses[1:]:
        parent = clauses[c.parent]
        assert parent.start <= c.start < c.end <= parent.end
    for at in range(0, len(text), 7):
        date, basis = event_date(text, at, min(len(text), at + 3), "2025-07-04")
        assert basis in DATE_BASES and (basis == "none") == (date == "")


def test_a_since_date_closed_by_a_comma_spans_the_act_whatever_follows():
    text = "Kazakhstan has sent back 9,000 migrants since May 2024, including 600 so far this year."
    assert dated(text, "sent back") == ("2024-05-01/2025-07-04", "clause")


def test_without_a_publication_date_a_full_since_date_opens_the_act():
    text = "Turkey has deported 70,000 Afghans since October 2023."
    assert dated(text, "deported", "") == ("2023-10-01/2023-10-31", "clause")
    # a since date without its year gives an undated article nothing to read
    assert dated("Turkey has deported 7,000 Afghans since October.", "deported", "") == (
        "",
        "none",
    )


def test_datelines_with_a_country_or_a_day_before_its_month():
    from afgresearch.extract.event_dates import dateline_day, dateline_end

    s = "ISLAM QALA, Afghanistan (AP) — Iranian police deported 300 Afghans."
    assert s[dateline_end(s) :] == "Iranian police deported 300 Afghans."
    s = "BISHKEK, Kyrgyzstan, May 3 (Xinhua) -- Guards detained 14 Afghans."
    assert s[dateline_end(s) :] == "Guards detained 14 Afghans."
    assert dateline_day(s, 2024) == "2024-05-03"
    assert dateline_day("HERAT, 12 March 2009 (IRIN) - Floods hit the province.") == "2009-03-12"
    # a sentence that opens with a name and a comma is no dateline
    assert dateline_end("Pakistan, Iran and Turkey deported 900 Afghans.") == 0

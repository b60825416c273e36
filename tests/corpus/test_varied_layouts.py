"""Variations on the wrapped-newsletter, one-paragraph-per-line and copied-page layouts that
the development sets do not hold: boundaries, titles, outlets and line kinds (invented text)."""

from __future__ import annotations

from afgresearch.corpus.textdump import segment_text

from . import layouts


def _roles(article) -> dict[int, tuple[str, str]]:
    return {n: (kind, reason) for n, kind, reason, _ in article.lines}


def test_a_headline_wrapped_above_its_standfirst_is_one_title() -> None:
    arts = segment_text(layouts.WRAPPED_HEADLINE_NEWSLETTER)
    assert [(a.line_start, a.title) for a in arts] == [
        (
            1,
            "Kabul and Islamabad agree to reopen the Torkham crossing for trade after a"
            " two-week closure",
        ),
        (20, "Aid groups want schools for returnees in Nangarhar"),
    ]
    assert [a.published for a in arts] == ["2025-03-13", "2025-03-12"]
    roles = _roles(arts[0])
    assert roles[4] == ("headline", "")
    assert roles[1][0] == roles[6][0] == "metadata"
    assert roles[9] == ("body", "")


def test_a_standfirst_in_sentence_case_above_the_byline_is_no_outlet() -> None:
    arts = segment_text(layouts.WRAPPED_HEADLINE_NEWSLETTER)
    assert [a.outlet for a in arts] == ["", ""]
    assert _roles(arts[1])[21][0] == "metadata"
    assert (
        arts[1]
        .paragraphs[0][1]
        .startswith("JALALABAD: Thousands of families who returned from Pakistan\nthis winter")
    )


def test_a_question_opening_a_block_heads_a_story_in_a_per_line_file() -> None:
    arts = segment_text(layouts.PER_LINE_SENTENCE_CASE)
    assert [(a.line_start, a.line_end, a.title) for a in arts] == [
        (1, 5, "Pakistan extends deadline for Afghan card holders"),
        (7, 10, "Can Kabul's new trade corridor survive the winter?"),
        (12, 15, "Floods damage hundreds of homes in Kunar"),
        (16, 17, ""),
        (18, 20, "'We will reach every child,' minister says"),
    ]
    assert [n for n, _ in arts[1].paragraphs] == [8, 9, 10]
    assert _roles(arts[1])[7] == ("headline", "")
    assert [n for n, _ in arts[0].paragraphs] == [2, 3, 4, 5]
    assert arts[3].outlet == "Bakhtar"


def test_a_headline_above_a_dateline_lead_beats_a_masthead_line() -> None:
    arts = segment_text(layouts.DATELINE_NEWSLETTER)
    assert [(a.line_start, a.line_end, a.title) for a in arts] == [
        (1, 12, "Wheat prices fall in Herat as imports from Kazakhstan resume"),
        (14, 22, "Returnees struggle to find work in Nangarhar"),
    ]
    roles = _roles(arts[0])
    assert roles[3] == ("headline", "")
    assert roles[1][0] == "metadata"


def test_numbered_items_in_a_wrapped_block_are_paragraphs_of_their_own() -> None:
    arts = segment_text(layouts.DATELINE_NEWSLETTER)
    assert [n for n, _ in arts[1].paragraphs] == [16, 19, 20, 21, 22]
    assert arts[1].paragraphs[1][1] == "1. Construction has slowed because banks cannot move money."


def test_a_numbered_item_wrapped_onto_the_next_line_is_one_paragraph() -> None:
    arts = segment_text(layouts.WRAPPED_HEADLINE_NEWSLETTER)
    assert [n for n, _ in arts[0].paragraphs] == [9, 15, 16, 18]
    assert arts[0].paragraphs[2][1] == (
        "1. Cargo trucks may cross from 6 a.m. to 6 p.m. each day\nfrom Saturday onward."
    )
    assert all(kind == "body" for n, kind, _, _ in arts[0].lines if 15 <= n <= 18)


def test_a_standfirst_directly_under_its_headline_above_a_dateline_lead_is_no_title() -> None:
    text = (
        "Masthead Weekly\n\n"
        "Wheat prices fall in Herat\n"
        "Rail shipments from Kazakhstan resumed through Hairatan this week\n\n"
        "HERAT: The price of flour fell by a fifth this week, traders said.\n"
    )
    (art,) = segment_text(text)
    assert art.title == "Wheat prices fall in Herat"
    assert _roles(art)[4] == ("metadata", "header line")


def test_a_short_headline_retold_by_its_lead_heads_a_story_in_a_per_line_file() -> None:
    arts = segment_text(layouts.PER_LINE_SHORT_HEADLINES)
    assert [(a.line_start, a.line_end, a.title) for a in arts] == [
        (1, 3, "Kabul airport resumes night flights"),
        (4, 7, "Herat gets new hospital wing"),
        (8, 12, "Snow closes Salang pass"),
    ]
    roles = _roles(arts[2])
    assert roles[8] == ("headline", "")
    assert roles[11][0] != "headline"  # a subheading its sentence does not retell
    assert [n for n, _ in arts[2].paragraphs][:2] == [9, 10]


def test_teasers_with_dates_and_an_author_box_open_no_story() -> None:
    (art,) = segment_text(layouts.PAGE_WITH_TEASERS)
    assert (art.line_start, art.title, art.published) == (
        1,
        "Taliban reopen universities for men after winter break",
        "2025-03-15",
    )
    roles = _roles(art)
    assert all(roles[n] == ("boilerplate", "related link") for n in (21, 22, 23, 24))
    assert roles[26][0] == roles[27][0] == "boilerplate"


def test_a_lead_glued_under_its_header_block_is_text() -> None:
    (art,) = segment_text(layouts.PAGE_WITH_TEASERS)
    assert [n for n, _ in art.paragraphs] == [10, 12, 14]
    roles = _roles(art)
    assert roles[7][0] == "boilerplate"  # the author's one-line note stays out of the text
    assert roles[10] == ("body", "")


def test_a_byline_date_under_the_headline_beats_the_issue_date_above_it() -> None:
    arts = segment_text(layouts.BYLINE_DATED_NEWSLETTER)
    assert [(a.line_start, a.line_end, a.title) for a in arts] == [
        (1, 16, "UN warns of funding gap for Afghan returnees"),
        (18, 26, "Kunduz farmers plant cotton as wheat prices drop"),
    ]
    assert [a.published for a in arts] == ["2025-04-20", "2025-04-19"]
    assert [n for n, _ in arts[0].paragraphs] == [6, 10, 15]


def test_a_blank_line_before_the_source_footer_does_not_end_the_story() -> None:
    arts = segment_text(layouts.FOOTED_EXPORT)
    assert [(a.line_start, a.line_end, a.title) for a in arts] == [
        (1, 4, "Afghan traders report losses after border closure"),
        (6, 11, "Iran deports 3,000 Afghans in one day"),
        (13, 16, "World Bank grant to support Afghan clinics"),
    ]
    assert [n for n, _ in arts[1].paragraphs] == [8, 10]


def test_a_source_footer_dates_its_story_after_a_comma_or_in_brackets() -> None:
    arts = segment_text(layouts.FOOTED_EXPORT)
    assert [(a.outlet, a.published) for a in arts] == [
        ("Pajhwok Afghan News", "2025-06-03"),
        ("TOLOnews", "2025-06-03"),
        ("Reuters", ""),
    ]


def test_social_counts_and_dated_teasers_open_no_story() -> None:
    arts = segment_text(layouts.TWO_PAGES_WITH_COUNTS)
    assert [(a.line_start, a.title, a.published) for a in arts] == [
        (1, "Afghan cricket team arrives in Sharjah for series", "2025-05-02"),
        (25, "Pakistan and Afghanistan hold talks on refugees", "2025-05-04"),
    ]
    roles = _roles(arts[0])
    assert roles[17] == ("boilerplate", "navigation")
    assert roles[20] == roles[21] == ("boilerplate", "related link")
    assert [n for n, _ in arts[0].paragraphs] == [9, 11, 15]


def test_a_headline_above_a_dateline_lead_beats_a_dated_newsletter_name() -> None:
    arts = segment_text(layouts.NEWSLETTER_WITH_PRICES)
    assert [(a.line_start, a.title) for a in arts] == [
        (1, "Helmand opium crop falls again, survey finds"),
        (21, "Pakistan reopens Chaman crossing after protests"),
    ]
    assert _roles(arts[0])[4] == ("headline", "")


def test_label_and_figure_lines_under_a_heading_are_text() -> None:
    arts = segment_text(layouts.NEWSLETTER_WITH_PRICES)
    texts = dict(arts[0].paragraphs)
    assert texts[18] == "Wheat flour: 2,150 afghanis per sack"
    assert texts[19] == "Cooking oil: 1,300 afghanis per can"
    assert _roles(arts[0])[17] == ("boilerplate", "section heading")


def test_a_digest_title_and_intro_above_a_rule_are_no_story() -> None:
    arts = segment_text(layouts.RULED_DIGEST)
    assert [(a.title, a.outlet, a.published) for a in arts] == [
        ("UN says half of Afghans need aid in 2025", "UNOCHA", "2025-06-09"),
        ("Kabul launches electric buses", "Bakhtar News Agency", "2025-06-08"),
        ("Drought warning for the north", "Pajhwok", "2025-06-07"),
    ]
    roles = _roles(arts[0])
    assert roles[1][0] == roles[3][0] == "boilerplate"
    assert [n for n, _ in arts[0].paragraphs] == [9, 11]


def test_a_headline_its_wrapped_lead_retells_opens_the_next_story() -> None:
    arts = segment_text(layouts.BARE_HEADLINE_NEWSLETTER)
    assert [(a.line_start, a.line_end, a.title) for a in arts] == [
        (1, 8, "Herat airport to get new terminal"),
        (10, 19, "Kandahar pomegranate exports rise"),
    ]
    assert [n for n, _ in arts[1].paragraphs] == [12, 15, 19]
    assert _roles(arts[1])[17] == ("boilerplate", "section heading")

"""Segmenting text dumps: each layout shape, on text of our own making."""

from __future__ import annotations

import pytest

from afgresearch.corpus import lines as L
from afgresearch.corpus.records import drop_repeats
from afgresearch.corpus.textdump import detect_one_per_line, segment_text

from . import layouts


def check_provenance(text: str, articles) -> None:
    raw = text.splitlines()
    for art in articles:
        texts = [t for _, t in art.paragraphs]
        assert len(set(texts)) == len(texts), "duplicate paragraph in article"
        for line, para in art.paragraphs:
            assert raw[line - 1].strip() == para.split(" ")[0] or para.startswith(
                raw[line - 1].strip()
            )
            assert L.classify(raw[line - 1]) in (L.BODY, L.TITLE)
            assert para.casefold() != art.title.casefold()


def test_read_more_layout():
    arts = segment_text(layouts.READ_MORE)
    assert [a.title for a in arts] == [
        "Harvest Fair Draws Record Crowds in Herat",
        "New Bridge Opens Over the Amu River",
    ]
    assert [len(a.paragraphs) for a in arts] == [3, 2]
    assert all("read more" not in t.lower() for a in arts for _, t in a.paragraphs)
    assert (arts[0].line_start, arts[0].line_end) == (1, 10)
    check_provenance(layouts.READ_MORE, arts)


def test_outlet_published_and_source_line():
    (art,) = segment_text(layouts.PUBLISHED_SOURCE)
    assert art.title == "Water talks stall as dam dispute deepens"
    assert art.outlet == "Riverside Chronicle"  # not in the outlet list: the line above the date
    assert art.published == "2024-03-03"
    assert [line for line, _ in art.paragraphs] == [6, 8]
    check_provenance(layouts.PUBLISHED_SOURCE, [art])


def test_source_line_alone_gives_outlet():
    text = layouts.PUBLISHED_SOURCE.replace("Riverside Chronicle\nPublished On 3 March 2024\n", "")
    (art,) = segment_text(text)
    assert art.outlet == "Riverside Chronicle"
    assert art.published == ""


def test_header_bullets_dateline_and_gap_inside_article():
    arts = segment_text(layouts.HEADER_BULLETS)
    assert [a.title for a in arts] == [
        "Envoy visits capital to discuss border trade",
        "Ministers back new regional railway plan",
    ]
    assert [a.published for a in arts] == ["2024-05-04", "2025-06-09"]
    first = [t for _, t in arts[0].paragraphs]
    assert first[0].startswith("KARACHI: The special envoy")
    assert len(first) == 3  # blank-line run and photo caption inside the article do not split it
    assert not any("Photo" in t or "•" in t or "Short Url" in t for t in first)
    check_provenance(layouts.HEADER_BULLETS, arts)


def test_byline_outlet_lines_and_section_headings():
    (art,) = segment_text(layouts.BYLINE_SECTIONS)
    texts = [t for _, t in art.paragraphs]
    assert art.title == "Why the Winter Aid Appeal Matters"
    assert len(texts) == 5
    assert "The Numbers Behind the Appeal" not in texts and "What Comes Next" not in texts
    assert not any(t.startswith("By ") or t == "Policy Forum Review" for t in texts)
    check_provenance(layouts.BYLINE_SECTIONS, [art])


def test_untitled_items_and_lead_printed_twice():
    arts = segment_text(layouts.ONE_PER_LINE_ITEMS)
    assert len(arts) == 3
    assert arts[0].title == "Clinic Network Expands Across Northern Provinces"
    assert [a.title for a in arts[1:]] == ["", ""]
    assert len(arts[0].paragraphs) == 3  # the repeated lead is kept once
    assert [a.paragraphs[0][0] for a in arts] == [3, 10, 14]
    check_provenance(layouts.ONE_PER_LINE_ITEMS, arts)


def test_key_points_heading_and_bullets_are_not_text():
    (art,) = segment_text(layouts.KEY_POINTS)
    assert art.title == ""
    assert [line for line, _ in art.paragraphs] == [4, 5, 6]


def test_navigation_lines_and_headings_in_one_per_line_file():
    arts = segment_text(layouts.NAV_HEADINGS)
    assert len(arts) == 1  # a two-line lead before a longer block is not an article
    texts = [t for _, t in arts[0].paragraphs]
    assert len(texts) == 6
    assert not any(t.startswith(("Related", "See also")) or t == "A Long Dispute" for t in texts)
    check_provenance(layouts.NAV_HEADINGS, arts)


def test_wrapped_paragraphs_joined_and_caption_pair_dropped():
    (art,) = segment_text(layouts.WRAPPED)
    assert [line for line, _ in art.paragraphs] == [3, 7, 13, 16, 17]
    # a wrapped paragraph keeps its line breaks: line k of its text is source line (line + k)
    line, text = art.paragraphs[0]
    raw = layouts.WRAPPED.splitlines()
    assert text.split("\n") == [raw[line - 1 + k].strip() for k in range(text.count("\n") + 1)]
    assert text.endswith("the culture\nministry said in a statement.")
    assert not any("lamp" in t for _, t in art.paragraphs)


def test_two_short_items_without_titles_stay_apart():
    text = (
        "Police said three people were hurt in the blast.\nThe area was sealed off.\n"
        "Witnesses heard gunfire afterwards.\n\nA new school opened in the district on Monday.\n"
        "It has twelve classrooms.\nPupils started lessons at once.\n"
    )
    assert len(segment_text(text)) == 2


def test_headline_only_text_has_no_articles():
    assert segment_text("Headline One\n\nHeadline Two\nread more\n") == []


def test_detect_paragraph_style():
    assert detect_one_per_line([L.BODY, L.BODY, L.BODY, L.BLANK, L.BODY, L.BODY, L.BODY])
    assert not detect_one_per_line([L.BODY, L.BLANK, L.BODY, L.BLANK, L.TITLE, L.BODY])


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("read more", L.END),
        ("Continue reading »", L.END),
        ("Read More: Floods Hit the Valley", L.NAV),
        ("Short Url", L.NAV),
        ("Share this article", L.NAV),
        ("Updated 21 July 2023", L.DATE),
        ("Published On 31 May 2025", L.DATE),
        ("2024-02-03", L.DATE),
        ("Monday, 4 March 2024 10:15 GMT", L.DATE),
        ("By Jane Roe and Ali Khan", L.BYLINE),
        ("Source: Example Wire", L.SOURCE),
        ("  • First point", L.BULLET),
        ("- second point", L.BULLET),
        ("A man walks past the market. (AFP Photo)", L.CAPTION),
        ("Talks Resume in the Capital", L.TITLE),
        ("“We will return,” she said.", L.BODY),
        ("Officials said more than 2,000 families had returned in 2024.", L.BODY),
        ("pr/mud", L.FOOTER),
        ("mh/llp/arc/gfa", L.FOOTER),
        ("top of page", L.END),
        ("bottom of page", L.END),
        ("0 / 2", L.NAV),
        ("Share", L.NAV),
        ("Follow", L.NAV),
        ("(MENAFN- Khaama Press)", L.AGENCY),
        ("HERAT CITY (Pajhwok):", L.AGENCY),
        ("Fahad Shabbir (@FahadShabbir) Published May 21, 2025 | 11:20 AM", L.DATE),
        ("Representational image. | Reuters", L.CAPTION),
        ("HERAT CITY (Pajhwok): Officials said 5,000 families returned.", L.BODY),
        ("India, Afghanistan Discuss Trade Through Chabahar Port", L.TITLE),
    ],
)
def test_line_kinds(line, kind):
    assert L.classify(line) == kind


def test_drop_repeats_keeps_longer_near_duplicate():
    short = "the minister said that in the past two months many families have returned home"
    long = (
        "Ali Khan, the minister, said that in the past two months many families have returned home."
    )
    kept = drop_repeats([(1, short + "."), (3, "Something else entirely here."), (5, long)])
    assert kept == [(3, "Something else entirely here."), (5, long)]


def test_markdown_headings_and_emphasis():
    text = (
        "# Clinics reopen in the north\n\n*Published 2 February 2025*\n\n**By Sara Example**\n\n"
        "Health workers reopened three clinics on Sunday.\n\n## Why does it matter?\n\n"
        "The nearest hospital is a day's drive away.\n"
    )
    (art,) = segment_text(text)
    assert art.title == "Clinics reopen in the north"
    assert art.published == "2025-02-02"
    assert [t for _, t in art.paragraphs] == [
        "Health workers reopened three clinics on Sunday.",
        "The nearest hospital is a day's drive away.",
    ]


def test_separator_rules_and_question_headlines():
    text = (
        "Will the crossing reopen?\n\nTraders waited at the border for a third day on Friday.\n\n"
        "Officials gave no date for reopening.\n\n-----\n\n"
        "Grain Prices Ease\n\nFlour became cheaper in the main markets this week.\n\n* * *\n\n"
        "A storm cut power to the eastern city on Sunday night.\n"
    )
    arts = segment_text(text)
    assert [a.title for a in arts] == ["Will the crossing reopen?", "Grain Prices Ease", ""]
    assert [len(a.paragraphs) for a in arts] == [2, 1, 1]


def test_wire_layout_byline_dateline_and_credits():
    text = (
        "Pakistan extends deadline for refugees\nBy Jane Example\nMarch 4, 2025 10:32 AM GMT+5\n"
        "ISLAMABAD, March 4 (Example Wire) - Pakistan on Tuesday extended the deadline by a month.\n"
        "The decision comes after talks with the refugee agency.\n"
        "Reporting by Jane Example; Editing by John Sample\n\n"
        "Iran deports 20,000 Afghans in a week\nBy Ali Sample\nMarch 5, 2025\n"
        "TEHRAN - Iranian authorities deported about 20,000 Afghans last week, officials said.\n"
        "Most crossed at the main border point.\nAdvertisement\n"
        "Aid groups said many returnees had no shelter.\n"
    )
    arts = segment_text(text)
    assert [(a.title, a.published) for a in arts] == [
        ("Pakistan extends deadline for refugees", "2025-03-04"),
        ("Iran deports 20,000 Afghans in a week", "2025-03-05"),
    ]
    assert [[line for line, _ in a.paragraphs] for a in arts] == [[4, 5], [11, 12, 14]]


def test_blank_separated_with_metadata_lines_and_no_end_markers():
    text = (
        "Headline One Here\n\nPublished: 2024-05-03 | Reporter Name\n\n"
        "First paragraph of the story is here.\n\nSecond paragraph follows with more detail.\n\n"
        "Headline Two Here\n\nUpdated: 05/06/2024\n\nAnother story starts here with its lead.\n\n"
        "And it goes on.\n"
    )
    arts = segment_text(text)
    assert [(a.title, a.published, len(a.paragraphs)) for a in arts] == [
        ("Headline One Here", "2024-05-03", 2),
        ("Headline Two Here", "2024-05-06", 2),  # numeric dates are read month first
    ]


def test_yaml_front_matter():
    text = (
        "---\ntitle: Clinics reopen in the north\nsource: Valley Courier\ndate: 2025-02-02\n---\n\n"
        "Health workers reopened three clinics on Sunday.\n\nThe nearest hospital is far away.\n"
    )
    (art,) = segment_text(text)
    assert (art.title, art.outlet, art.published) == (
        "Clinics reopen in the north",
        "Valley Courier",
        "2025-02-02",
    )
    assert [line for line, _ in art.paragraphs] == [7, 9]

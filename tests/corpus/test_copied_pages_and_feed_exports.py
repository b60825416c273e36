"""Pages copied with "select all, copy" one after another, and feed exports whose rows give
only a summary (invented pages and rows)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from afgresearch.corpus import lines as L
from afgresearch.corpus.tabular import read_csv, row_record
from afgresearch.corpus.textdump import segment_text

PAGE_ONE = [
    "Skip to content",
    "KHYBER VOICE Logo",
    "Home  Politics  Region  Videos",
    "",
    "Traders in Landi Kotal count losses as crossing stays shut",
    "By Gul Rahman - 12 Mar, 2025",
    "",
    "Traders in Landi Kotal said on Tuesday that 300 trucks were stuck at the crossing.",
    "",
    "They asked the authorities to reopen it before the harvest, a trader said.",
    "",
    "Share this content",
    "Facebook",
    "Weibo",
    "Subscribe to our newsletter",
    "Enter your email address",
    "Subscribe",
    "Khyber Voice Weekly",
    "About Us  Contact Us  Privacy Policy",
    "© 2025 Khyber Voice. All rights reserved.",
]
PAGE_TWO = [
    "-",
    "Who we are",
    "What we do",
    "- Where we work",
    "",
    "Clinic in Bamyan opens a ward for mothers and newborns",
    "A new ward in Bamyan has 40 beds for mothers and newborns, the health office said.",
    "",
    "Nurses trained in Kabul will staff it from next month, the office added.",
    "",
    "XS",
    "SM",
]


def test_pages_copied_one_after_another_split_at_the_next_page_not_in_the_footer() -> None:
    text = "\n".join([*PAGE_ONE, "", "", *PAGE_TWO]) + "\n"
    arts = segment_text(text)
    assert [a.title for a in arts] == [
        "Traders in Landi Kotal count losses as crossing stays shut",
        "Clinic in Bamyan opens a ward for mothers and newborns",
    ]
    # the footer (site name, links, copyright) ends the first page; the second page's menu opens
    # the second
    assert arts[0].line_end >= PAGE_ONE.index("© 2025 Khyber Voice. All rights reserved.") + 1
    assert arts[1].line_start > len(PAGE_ONE)


def test_page_furniture_forms_are_navigation() -> None:
    for line in (
        "Enter your email address",
        "Your email address*",
        "KHYBER VOICE Logo",
        "About Us  Contact Us  Privacy Policy",
        "Share this content",
        "WeChat",
        "LG",
    ):
        assert L.classify(line) == L.NAV, line
    # a headline that merely mentions a logo or a contact is no furniture
    assert L.classify("Taliban unveil a new flag and logo for ministries in Kabul") != L.NAV
    assert L.classify("Contact lost with aid convoy in Badakhshan") != L.NAV


def _csv(rows: list[list[str]]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    return buf.getvalue()


def test_a_feed_export_row_with_an_empty_content_is_read_from_its_summary(tmp_path: Path) -> None:
    path = tmp_path / "feed.csv"
    path.write_text(
        _csv(
            [
                ["title", "link", "published", "source", "summary", "content"],
                [
                    "Full",
                    "https://a.example/1",
                    "2025-03-02",
                    "Outlet A",
                    "",
                    "<p>One.</p>\n<p>Two.</p>",
                ],
                ["Short", "https://b.example/2", "", "Outlet B", "<p>Only this.</p>", ""],
                ["Empty", "https://c.example/3", "", "Outlet C", "", ""],
            ]
        ),
        encoding="utf-8",
    )
    records = [rec for batch in read_csv(path) for _, rec in batch]
    assert [r.title for r in records] == ["Full", "Short"]
    assert records[1].paragraphs == [(4, "Only this.")]
    assert records[1].outlet == "Outlet B"


def test_the_text_column_wins_over_the_summary_where_both_are_filled() -> None:
    rec = row_record(5, {"text": "Body text.", "summary": "Teaser."})
    assert rec is not None and rec.paragraphs == [(5, "Body text.")]


def test_a_breadcrumb_trail_ending_with_the_headline_gives_way_to_the_headline() -> None:
    text = "\n".join(
        [
            "Home  Region  Wheat harvest in Kunduz falls short of forecast",
            "",
            "Wheat harvest in Kunduz falls short of forecast",
            "By Staff Reporter",
            "",
            "Farmers in Kunduz said on Sunday that the harvest was 20 percent below forecast.",
        ]
    )
    (art,) = segment_text(text + "\n")
    assert art.title == "Wheat harvest in Kunduz falls short of forecast"


def test_past_a_wide_gap_a_related_list_ends_and_a_headline_above_its_text_opens_a_story() -> None:
    text = "\n".join(
        [
            "Kandahar: Traders said on Monday that 120 trucks crossed at Spin Boldak.",
            "",
            "You may also like",
            "Dry spell hits farms in Balkh",
            "",
            "",
            "Flour prices fall in Herat as crossing reopens",
            "",
            "Flour prices in Herat fell by 8 percent after the crossing reopened, traders said.",
        ]
    )
    arts = segment_text(text + "\n")
    assert [a.title for a in arts][-1] == "Flour prices fall in Herat as crossing reopens"
    assert len(arts) == 2


def test_a_day_first_dateline_names_its_agency() -> None:
    from afgresearch.corpus.outlets import agency_outlet

    assert agency_outlet("GENEVA, 14 February 2019 (IRIN) - Aid agencies said ...") == "IRIN"
    assert agency_outlet("HERAT, 2 May 2025 (Pajhwok): Officials said ...") == "Pajhwok"
    assert agency_outlet("HERAT, 2 May 2025 — Officials said ...") == ""


def test_a_short_name_above_a_copied_page_menu_is_the_outlet() -> None:
    text = "\n".join(
        [
            "Kabul Ledger",
            "Home  Politics  Economy  Culture  Opinion",
            "",
            "Wheat prices ease in Kabul markets after imports resume",
            "",
            "Wheat prices in Kabul fell by 5 percent on Monday, traders said.",
        ]
    )
    (art,) = segment_text(text + "\n")
    assert art.outlet == "Kabul Ledger"
    assert art.title == "Wheat prices ease in Kabul markets after imports resume"


def test_a_feed_source_naming_an_aggregator_copy_gives_the_outlet_it_carries() -> None:
    from afgresearch.corpus.feeds import segment_feed

    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Saved</title>'
        "<item><title>Border reopens</title><source>MENAFN - Kabul Ledger</source>"
        "<description>Traders said the border reopened on Monday.</description></item>"
        "</channel></rss>"
    )
    (art,) = segment_feed(feed).records
    assert art.outlet == "Kabul Ledger"


def test_a_byline_credit_outranks_the_masthead_above_the_menu() -> None:
    text = "\n".join(
        [
            "Kabul Ledger",
            "Home  Politics  Economy  Culture  Opinion",
            "",
            "Wheat prices ease in Kabul markets after imports resume",
            "By Xinhua Published: Jun 2, 2025 10:05 AM",
            "",
            "Wheat prices in Kabul fell by 5 percent on Monday, traders said.",
        ]
    )
    (art,) = segment_text(text + "\n")
    assert art.outlet == "Xinhua"

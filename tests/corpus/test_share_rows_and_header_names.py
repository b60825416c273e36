"""Share and follow rows set apart by middle dots or icons, follow links naming the site,
pooled wire credits, language editions and bracketed outlet tags on date lines (invented
lines, outlets and wording)."""

from __future__ import annotations

import pytest

from afgresearch.corpus import lines as L
from afgresearch.corpus.textdump import segment_text


@pytest.mark.parametrize(
    "line",
    [
        "Share  ·  Copy link  ·  4.8K views",
        "Tweet • Email • Print",
        "Share   ⎙ Print   ✉ Email",
        "Follow Hill Country Herald on Google News",
        "Follow The Valley Ledger on Telegram  ·  Share",
        "WhatsApp Channel  |  Follow us on Google News",
        "Join our Telegram channel",
    ],
)
def test_share_and_follow_rows_are_navigation(line: str) -> None:
    assert L.classify(line) == L.NAV


@pytest.mark.parametrize(
    "line",
    [
        "Valley Post · Region · 3 May 2025",
        "Follow the money across the border",
        "Share prices fell",
    ],
)
def test_header_lines_and_text_are_no_share_rows(line: str) -> None:
    assert L.classify(line) != L.NAV


def test_pooled_wire_credits_name_no_outlet() -> None:
    assert L.source_outlet("Source: Agencies") is None
    assert L.source_outlet("Source: News agencies") is None
    assert L.source_outlet("Source: Valley Post") == "Valley Post"


def test_a_language_edition_beside_a_date_names_the_outlet() -> None:
    assert L.date_line_outlet("Valley Voice English  |  Published: 4 May 2025") == (
        "Valley Voice English"
    )
    assert L.edition_name("Al Noor Urdu")
    assert not L.edition_name("Classes Taught In English")
    # a headline ending in a language is no edition outside a date line
    assert not L.looks_like_outlet("Lessons Resume In English")


def test_a_bracketed_outlet_tag_before_a_date_names_the_outlet() -> None:
    assert L.classify("[HILL TIMES]  04.05.2025") == L.DATE
    assert L.date_line_outlet("[HILL TIMES]  04.05.2025") == "HILL TIMES"
    assert L.date_line_outlet("[Update] 4 May 2025") is None
    assert L.classify("[Hill Times] talks resume") != L.DATE


def test_a_follow_row_under_a_story_opens_no_story() -> None:
    text = "\n".join(
        [
            "Road to the north reopens after repairs",
            "Valley Voice English  |  Published: 4 May 2025",
            "The ministry said repairs on the pass took a week and traffic resumed on Sunday.",
            "Traders welcomed the news and said prices would fall.",
            "Follow Valley Voice English on Google News  ·  Share  ·  Copy link",
            "",
            "",
            "Clinics extend their hours in the north",
            "Hill Times  |  Published: 5 May 2025",
            "Health officials said clinics would stay open until eight in the evening.",
        ]
    )
    arts = segment_text(text)
    assert [(a.title, a.outlet, a.published[:10]) for a in arts] == [
        ("Road to the north reopens after repairs", "Valley Voice English", "2025-05-04"),
        ("Clinics extend their hours in the north", "Hill Times", "2025-05-05"),
    ]

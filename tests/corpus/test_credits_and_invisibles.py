"""Credit and kicker lines, decorated headlines, and characters without width (invented text)."""

from __future__ import annotations

import pytest

from afgresearch.corpus import lines as L
from afgresearch.corpus.outlets import agency_outlet, is_agency_tag
from afgresearch.corpus.source import split_lines
from afgresearch.corpus.textdump import segment_text

LEAD = "Officials in Herat said 4,200 families had returned from the border this month."
MORE = "The provincial council asked donors for shelter, water and seed before the winter."


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Valley Post  |  World", "Valley Post"),
        ("Herald.Kz | Region", "Herald.Kz"),
        ("Mountain Times | Asia | Politics", "Mountain Times"),
        ("News | Sport | Business", None),  # a site menu, not a kicker
        ("Sara Ahmadi | Kabul", None),  # a byline, no outlet
        ("Valley Post | 3 killed in blast", None),  # a number: no section name
    ],
)
def test_kicker_outlet(line: str, outlet: str | None) -> None:
    assert L.kicker_outlet(line) == outlet


def test_kicker_is_a_header_line_not_a_title() -> None:
    assert L.classify("Valley Post  |  World") == L.BYLINE
    assert L.clean_title("Valley Post | World") == "Valley Post | World"


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Talks ended in Doha on Monday. -- KUNA", "KUNA"),
        ("Talks ended in Doha on Monday. — AFP", "AFP"),
        ("(c) 2024 Steppe News Agency", "Steppe News Agency"),
        ("Published in Valley Times, March 2nd, 2024", "Valley Times"),
        ("© 2024 Valley Times. All rights reserved.", None),  # a site's page footer
        ("Talks ended -- for now", None),
        ("Published in 2024, the survey found gaps.", None),
    ],
)
def test_credit_outlet(line: str, outlet: str | None) -> None:
    assert L.credit_outlet(line) == outlet


def test_sentence_with_wire_credit_is_body() -> None:
    assert L.classify("The envoy will travel to Tashkent on June 4. -- KUNA") == L.BODY


def test_carrier_tag_without_its_opening_parenthesis() -> None:
    assert is_agency_tag("IANS - Valley Post)")
    assert agency_outlet("IANS - Valley Post)") == "Valley Post"
    assert L.classify("IANS - Valley Post)") == L.AGENCY
    assert not is_agency_tag("Officials - the council said)")


def test_outlet_credit_under_story_closes_it_and_names_outlet() -> None:
    text = "\n".join(
        [
            "Herald.Kz | 05.03.2024",
            "",
            LEAD,
            MORE,
            "",
            "Herald.Kz",
            "",
            "",
            "Relief update  |  11/04/2024",
            "",
            "MAZAR-I-SHARIF: Aid agencies said 900 tents reached the camp on Sunday.",
            "The camp holds 12,000 people who left the border crossing in March.",
            "",
        ]
    )
    recs = segment_text(text)
    assert [(r.line_start, r.title, r.outlet) for r in recs] == [
        (1, "", "Herald.Kz"),
        (9, "", ""),
    ]
    kinds = {n: (kind, reason) for n, kind, reason, _ in recs[0].lines}
    assert 6 in kinds and kinds[6][0] != "headline"


def test_kicker_under_headline_and_kicker_opening_untitled_story() -> None:
    text = "\n".join(
        [
            "Border crossing at Spin Boldak reopens after two weeks",
            "Valley Post  |  World",
            "",
            LEAD,
            "",
            MORE,
            "",
            "",
            "",
            "Valley Post  |  Region",
            "",
            "Traders in Jalalabad said 300 lorries crossed at Torkham on the first day.",
            "Customs officers said the queue had shrunk to two kilometres by evening.",
            "",
        ]
    )
    recs = segment_text(text)
    assert [(r.line_start, r.title, r.outlet) for r in recs] == [
        (1, "Border crossing at Spin Boldak reopens after two weeks", "Valley Post"),
        (10, "", "Valley Post"),
    ]


def test_print_footer_names_outlet() -> None:
    text = "\n".join(
        [
            "Seed prices double in Balkh",
            "",
            LEAD,
            MORE,
            "",
            "Published in Valley Times, March 2nd, 2024",
            "",
        ]
    )
    (rec,) = segment_text(text)
    assert rec.outlet == "Valley Times"


@pytest.mark.parametrize("mark", ["\U0001f4e2 ", "\u25ba ", "\u2b50\ufe0f ", "\U0001f534"])
def test_decorated_headline(mark: str) -> None:
    assert L.clean_title(f"{mark}Floods close the Salang road") == "Floods close the Salang road"
    assert L.classify(f"{mark}Floods close the Salang road") == L.TITLE


def test_decorated_headline_under_post_header_lines() -> None:
    text = "\n".join(
        [
            "3 March 2025",
            "Source: Valley Post",
            "\U0001f4e2 Floods close the Salang road for a third day",
            LEAD,
            MORE,
            "",
        ]
    )
    (rec,) = segment_text(text)
    assert rec.title == "Floods close the Salang road for a third day"
    assert rec.outlet == "Valley Post"
    assert rec.published == "2025-03-03"


@pytest.mark.parametrize("ch", ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"])
def test_invisible_characters_do_not_change_a_line_kind(ch: str) -> None:
    assert L.classify(ch) == L.BLANK
    assert L.classify(f"{ch}  {ch}") == L.BLANK
    assert L.classify(f"{ch}Published 12 May 2025") == L.DATE
    assert L.parse_date(f"12 May{ch} 2025") == "2025-05-12"
    assert L.classify(f"{ch}Floods close the Salang road") == L.TITLE
    assert L.classify(f"By Sara{ch} Ahmadi") == L.BYLINE
    assert L.classify(f"{ch}{LEAD}") == L.BODY


@pytest.mark.parametrize("space", ["\u00a0", "\u202f"])
def test_no_break_spaces(space: str) -> None:
    assert L.classify(space) == L.BLANK
    assert L.parse_date(f"Published 6{space}July 2025") == "2025-07-06"
    assert L.classify(f"Aid reached 4,200{space}families on Monday.") == L.BODY


def test_invisible_characters_keep_paragraph_text_and_blank_lines() -> None:
    text = "\n".join(
        [
            "Floods close the Salang road",
            "\u200b",
            "\u200b" + LEAD,
            "\ufeff",
            "Aid worth $2\u00a0million reached 4,200\u00a0families on Monday.",
            "",
        ]
    )
    (rec,) = segment_text(text)
    assert rec.title == "Floods close the Salang road"
    assert rec.paragraphs == [
        (3, "\u200b" + LEAD),
        (5, "Aid worth $2\u00a0million reached 4,200\u00a0families on Monday."),
    ]


def test_line_numbers_count_only_line_ends() -> None:
    text = (
        "Floods close the Salang road\n\nThe road\x0cwas shut.\u2028Crews worked\x85overnight.\n"
        "Traffic resumed\x1con Tuesday.\n"
    )
    assert len(split_lines(text)) == 4
    (rec,) = segment_text(text)
    assert [n for n, _ in rec.paragraphs] == [3, 4]
    assert "\u2028" in rec.paragraphs[0][1] and "\x85" in rec.paragraphs[0][1]

"""Article boundaries, titles, outlets and line kinds from layout evidence, on invented text."""

from __future__ import annotations

import pytest

from afgresearch.corpus import lines as L
from afgresearch.corpus.outlets import dateline
from afgresearch.corpus.textdump import segment_text

from . import layouts


def _roles(article) -> dict[int, tuple[str, str]]:
    return {n: (kind, reason) for n, kind, reason, _ in article.lines}


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("  • Police detained 300 traders at the market on Monday.", L.BODY),
        ("  • Writer: Herat Chronicle", L.BYLINE),
        ("- Fri, 14 Mar 2025 10:20 AM (IST)", L.DATE),
        ("- Source:VCN", L.SOURCE),
        ("  • 2 min read", L.NAV),
        ("- Grain prices fall for the third month", L.BULLET),
        ("Riverside24 Desk", L.BYLINE),
        ("06.30.25", L.DATE),
        ("Monday, 9 June", L.DATE),
        ("  • Aug 9", L.DATE),
        ("May 5 talks resume", L.TITLE),
        ("5 hours ago", L.NAV),
        ("Title:", L.LABEL),
        ("article author: ", L.LABEL),
        ("He said:", L.BODY),
        ("Read the full story at the Valley Courier website.", L.END),
        ("The meeting ended without a statement. (Read More)", L.BODY),
        ("STORY CONTINUES BELOW THIS AD", L.NAV),
        ("Download on the App Store", L.NAV),
    ],
)
def test_line_kinds_from_shape(line: str, kind: str) -> None:
    assert L.classify(line) == kind


def test_digit_only_dates() -> None:
    assert L.parse_date("06.30.25") == "2025-06-30"
    assert L.parse_date("Story by VCN | Posted by Omid Rahimi | Date 09-08-2025") == "2025-08-09"
    assert L.parse_date("2025-06-07") == "2025-06-07"
    assert L.parse_date("07/06/2025") == "2025-07-06"


def test_wire_datelines_and_names_that_are_not_places() -> None:
    found = dateline("Kunduz [Afghanistan], March 14 (ANI): Farmers said ...")
    assert found is not None and (found.place, found.agency) == ("Kunduz", "ANI")
    assert dateline("Herat [Afghanistan], July 17 : Officials said ...") is not None
    assert dateline("The External Affairs Ministry (MEA) declined to comment.") is None
    for lead, agency in [
        ("KABUL, March 3 (Reuters) - Iran deported 38,000 people.", "Reuters"),
        ("QUETTA, Pakistan, May 5 (Xinhua) -- Officials said ...", "Xinhua"),
        ("Islamabad, Oct. 9 (AP) — Pakistan said ...", "AP"),
    ]:
        found = dateline(lead)
        assert found is not None and found.agency == agency, lead


def test_masthead_letters_agency_credit_datelines_footers_and_desks() -> None:
    arts = segment_text(layouts.MASTHEAD_AND_DESK)
    assert [a.line_start for a in arts] == [1, 10, 22, 29, 38]
    assert [a.title for a in arts] == [
        "Grain convoy reaches Bamyan after road reopens",
        "Herat schools reopen after winter break with new teachers",
        "",
        "",
        "",
    ]
    # an agency credited by its initials is given as the dump writes it
    assert [a.outlet for a in arts[1:]] == [
        "ANI",
        "ANI",
        "VCN",
        "Riverside24",
    ]
    assert [a.published for a in arts] == ["2025-03-03", "2025-03-12", "", "2025-03-14", ""]
    assert _roles(arts[2])[26] == ("boilerplate", "credit footer")
    assert _roles(arts[3])[29] == ("metadata", "byline")
    assert arts[3].paragraphs[0] == (
        33,
        "Kicker Row: Officials in Balkh said 18 clinics would open in the spring, a month early.",
    )


def test_credit_footer_names_the_outlet() -> None:
    text = (
        "Border post reopens\n\nISLAMABAD: The border post reopened on Monday.\n\n"
        "Read the full story at the Valley Courier website.\n"
    )
    (art,) = segment_text(text)
    assert art.outlet == "Valley Courier"
    assert [n for n, _ in art.paragraphs] == [3]


def test_page_furniture_menus_related_headlines_and_bullets() -> None:
    arts = segment_text(layouts.PAGE_FURNITURE)
    assert [a.title for a in arts] == [
        "Clinics reopen in Kunar after floods",
        "Court hears case of 300 detained traders",
        "Governors discuss new tariffs at the border",
        "",
        "Reservoir levels fall in the north",
    ]
    assert arts[1].outlet == "Riverpost.news"
    assert [n for n, _ in arts[1].paragraphs] == [18, 22, 24]  # sentence bullets are text
    roles = _roles(arts[1])
    assert roles[14] == ("boilerplate", "navigation")
    assert roles[31] == ("boilerplate", "related link")
    assert [n for n, _ in arts[2].paragraphs] == [37, 39]  # '(Read More)' ends no text
    assert (arts[3].line_start, arts[3].published) == (44, "2025-06-30")
    assert arts[4].outlet == "Herat Chronicle"
    assert [n for n, _ in arts[4].paragraphs] == [61]


def test_ad_break_and_agency_initials_under_a_headline() -> None:
    arts = segment_text(layouts.AD_BREAK_CREDIT)
    assert [a.title for a in arts] == [
        "Wheat harvest expected to rise in the north",
        "WFP Warns of Funding Gap for Returnees in Winter",
    ]
    assert [n for n, _ in arts[0].paragraphs] == [2, 3, 5]
    assert _roles(arts[0])[4] == ("boilerplate", "navigation")
    assert arts[1].outlet == "WFP"


def test_separator_directly_above_the_text_and_empty_labels() -> None:
    arts = segment_text(layouts.SCRAPER_GLUED)
    assert [a.line_start for a in arts] == [1, 10]
    assert [a.title for a in arts] == ["", ""]
    assert [a.outlet for a in arts] == ["Valley Courier", "Herat Ledger"]
    assert [a.published for a in arts] == ["2024-07-21", ""]
    assert [n for n, _ in arts[0].paragraphs] == [6, 8]
    assert [n for n, _ in arts[1].paragraphs] == [14]
    assert _roles(arts[1])[11] == ("metadata", "empty header label")


def test_headline_is_settled_once_its_date_follows() -> None:
    text = (
        "Why the valley's orchards matter\n\nFarid Noori\nValley Courier\n12 May 2025\n"
        "Apricot trees line the road to the old bazaar in spring\n\n"
        "Growers said the harvest would be large this year.\n"
    )
    (art,) = segment_text(text)
    assert art.title == "Why the valley's orchards matter"


def test_picture_captions_are_not_text() -> None:
    text = (
        "Convoy reaches the valley\n\n"
        "The convoy of 40 trucks reached the valley on Monday, officials said.\n\n"
        "Image\n\n"
        "Drivers rest beside their trucks at the pass on May 2.\n\n"
        "0 / 2\n\n"
        "Traders said 300 families would receive flour this week.\n\n"
        "Ministers shake hands before their meeting in Kabul on August 20, 2025.\n\n"
        "Ministers shake hands before their meeting in Kabul on August 20, 2025.\n\n"
        "| Photo Credit: Valley Courier\n\n"
        "The meeting ended with a joint statement on 12 projects.\n"
    )
    (art,) = segment_text(text)
    assert art.title == "Convoy reaches the valley"
    assert [n for n, _ in art.paragraphs] == [3, 11, 19]
    roles = _roles(art)
    assert roles[7] == roles[13] == roles[15] == ("boilerplate", "caption")
    assert L.classify("Families wait at the crossing Courtesy: Photo: Valley Courier") == L.CAPTION


def test_guards_on_the_new_evidence() -> None:
    # a place with its country is a dateline; a ministry's name is not
    assert dateline("Kabul, Afghanistan (Pajhwok) Officials said 20 schools reopened.") is not None
    assert dateline("The Interior Ministry (MOI): officials said ...") is None
    # a headline ending in 'bureau' is no desk credit
    assert L.classify("Taliban shut women's bureau") == L.TITLE
    # furniture between paragraphs after a wide gap opens no article
    text = (
        "Wheat prices fall in Herat\n\nTraders said prices fell by a third in May.\n\n\n"
        "Advertisement\n\nMillers expect prices to stay low until the harvest.\n"
    )
    (art,) = segment_text(text)
    assert [n for n, _ in art.paragraphs] == [3, 8]
    # a headline above its author's name keeps its title when no date or byline follows
    text = (
        "Why the valley's orchards matter\n\nFarid Noori\n\n"
        "Apricot trees line the road to the old bazaar in spring\n\n"
        "Growers said the harvest would be large this year.\n"
    )
    (art,) = segment_text(text)
    assert art.title == "Why the valley's orchards matter"

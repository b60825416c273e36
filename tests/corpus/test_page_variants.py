"""Copied web pages and Markdown digests: story starts across headline furniture variants.

The dumps are laid out from invented items (:mod:`tests.corpus.page_variants`); each variant
class must keep the number of items it gets right (start line, body lines and title), and no
body line may be lost.
"""

from __future__ import annotations

import pytest

from afgresearch.corpus.textdump import segment_text
from tests.corpus import page_variants as P

#: items right (start line, body lines and title) per variant class, at least
FLOORS = {
    "web: plain": 26,
    "web: kicker above": 26,
    "web: breadcrumb >": 28,
    "web: breadcrumb /": 28,
    "web: date above": 30,
    "web: date below": 30,
    "web: byline By": 30,
    "web: byline bare + date": 30,
    "web: updated line": 30,
    "web: last modified + reading time": 30,
    "web: caption + photo credit": 30,
    "web: share row": 30,
    "web: follow row": 30,
    "web: related list": 26,
    "web: read more links": 30,
    "web: newsletter box": 26,
    "web: comment counter": 26,
    "web: copyright footer": 26,
    "web: everything": 30,
    "md headline: #": 12,
    "md headline: ##": 12,
    "md headline: ###": 12,
    "md headline: setext =": 12,
    "md headline: setext -": 12,
    "md headline: bold": 10,
    "md headline: numbered 1.": 10,
    "md headline: numbered 1)": 10,
    "md headline: numbered ## 1.": 12,
    "md headline: numbered bold 1.": 10,
    "md source: none": 14,
    "md source: Source: X": 18,
    "md source: *X*": 14,
    "md source: — X, date": 14,
    "md source: [Read more](url)": 18,
    "md source: source + link": 18,
    "md: rules between items": 36,
    "md: front matter / issue header": 30,
    "md: item with no headline": 18,
}


@pytest.fixture(scope="module")
def scores() -> dict[str, P.Score]:
    return P.score_all()


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_variant_class_keeps_its_score(scores: dict[str, P.Score], name: str) -> None:
    got = scores[name]
    assert got.title >= FLOORS[name], f"{name}: {got}"
    assert got.lost == 0, f"{name}: body lines lost: {got}"


def test_every_variant_class_is_scored(scores: dict[str, P.Score]) -> None:
    assert set(scores) == set(FLOORS)


def _found(text: str) -> list[tuple[int, str, list[int]]]:
    return [(r.line_start, r.title, [n for n, _ in r.paragraphs]) for r in segment_text(text)]


def test_caption_over_a_picture_credit_is_no_paragraph() -> None:
    text = (
        "Ferry service resumes on the Amu Darya\n\n"
        "By Olim Rahimov\n\n"
        "Passengers board a boat at the river crossing in a file picture.\n\n"
        "Image: EPA\n\n"
        "A ferry across the river resumed service on Thursday after a two-week halt.\n\n"
        "Operators said the water level had dropped.\n"
    )
    assert _found(text) == [(1, "Ferry service resumes on the Amu Darya", [9, 11])]


def test_page_address_above_the_headline_is_no_title() -> None:
    text = (
        "https://www.riverpost.example/news/ferry-resumes\n\n"
        "Ferry service resumes on the Amu Darya\n\n"
        "A ferry across the river resumed service on Thursday after a two-week halt.\n\n"
        "Operators said the water level had dropped.\n"
    )
    got = segment_text(text)
    assert [(r.line_start, r.title) for r in got] == [(1, "Ferry service resumes on the Amu Darya")]
    assert got[0].url == "https://www.riverpost.example/news/ferry-resumes"


def test_date_over_each_headline_opens_each_page() -> None:
    text = (
        "3 April 2025\n\n"
        "Saffron growers expect a record harvest\n\n"
        "Farmers in the west said on Tuesday the saffron harvest would be the largest yet.\n\n"
        "Prices have held steady.\n\n"
        "5 April 2025\n\n"
        "New bus line links Kunduz and Takhar\n\n"
        "A private company opened a daily bus line between the two cities on Friday.\n\n"
        "Tickets cost less than the shared taxis.\n"
    )
    assert _found(text) == [
        (1, "Saffron growers expect a record harvest", [5, 7]),
        (9, "New bus line links Kunduz and Takhar", [13, 15]),
    ]


def test_foot_date_stays_with_its_story_where_pages_do_not_open_with_one() -> None:
    text = (
        "Saffron growers expect a record harvest\n\n"
        "Farmers in the west said on Tuesday the saffron harvest would be the largest yet.\n\n"
        "3 April 2025\n\n"
        "New bus line links Kunduz and Takhar\n\n"
        "A private company opened a daily bus line between the two cities on Friday.\n"
    )
    assert [r.line_start for r in segment_text(text)][0] == 1
    assert segment_text(text)[0].line_end >= 5


def test_headline_retold_over_the_lead_and_the_next_paragraph() -> None:
    text = (
        "Power cuts return to Mazar as imports fall\n\n"
        "Households in the northern city went without electricity for hours on Sunday.\n\n"
        "The utility said power imports from the north had fallen by half.\n\n"
        "Locust swarms threaten cotton fields in Baghlan\n\n"
        "Farmers in the province reported swarms of insects over their fields this week.\n\n"
        "Agronomists warned that the cotton crop and wheat fields were at risk from locusts.\n"
    )
    assert [(n, t) for n, t, _ in _found(text)] == [
        (1, "Power cuts return to Mazar as imports fall"),
        (7, "Locust swarms threaten cotton fields in Baghlan"),
    ]


def test_subheading_between_paragraphs_stays_in_its_story() -> None:
    text = (
        "Power cuts return to Mazar as imports fall\n\n"
        "Households in the northern city went without electricity for hours on Sunday.\n\n"
        "What residents say\n\n"
        "Shopkeepers said they had bought generators.\n"
    )
    assert len(segment_text(text)) == 1


def test_numbered_digest_items_are_headlines() -> None:
    text = (
        "1. Saffron growers expect a record harvest\n\n"
        "Farmers in the west said on Tuesday the harvest would be the largest yet.\n\n"
        "2) New bus line links Kunduz and Takhar\n\n"
        "*Kunduz Times*\n\n"
        "A private company opened a daily bus line between the two cities on Friday.\n"
    )
    assert [(n, t) for n, t, _ in _found(text)] == [
        (1, "Saffron growers expect a record harvest"),
        (5, "New bus line links Kunduz and Takhar"),
    ]


def test_numbered_points_under_a_story_stay_in_it() -> None:
    text = (
        "Council sets out plan for the winter\n\n"
        "The city council said on Monday it had a plan with two parts.\n\n"
        "1. Open warm rooms\n\n"
        "Mosques and schools will stay open at night.\n\n"
        "2. Hand out fuel\n\n"
        "Families will receive coal vouchers.\n"
    )
    assert len(segment_text(text)) == 1


def test_outlet_line_under_a_bold_headline_opens_the_next_item() -> None:
    text = (
        "**Saffron growers expect a record harvest**\n\n"
        "*Valley Ledger*\n\n"
        "Farmers in the west said on Tuesday the harvest would be the largest yet.\n\n"
        "**Bus line opens**\n\n"
        "*Northern Observer*\n\n"
        "A private company opened a daily bus line between the two cities on Friday.\n"
    )
    assert [(n, t) for n, t, _ in _found(text)] == [
        (1, "Saffron growers expect a record harvest"),
        (7, "Bus line opens"),
    ]


def test_issue_header_over_the_first_item_heading() -> None:
    text = (
        "# Border Weekly, issue 7\n\n"
        "## Saffron growers expect a record harvest\n\n"
        "Farmers in the west said on Tuesday the harvest would be the largest yet.\n\n"
        "## New bus line links Kunduz and Takhar\n\n"
        "A private company opened a daily bus line between the two cities on Friday.\n"
    )
    assert [t for _, t, _ in _found(text)] == [
        "Saffron growers expect a record harvest",
        "New bus line links Kunduz and Takhar",
    ]


def test_front_matter_title_of_a_digest_leaves_item_headlines() -> None:
    text = (
        "---\ntitle: Border Weekly\ndate: 2025-04-05\n---\n\n"
        "## Saffron growers expect a record harvest\n\n"
        "Farmers in the west said on Tuesday the harvest would be the largest yet.\n\n"
        "## New bus line links Kunduz and Takhar\n\n"
        "A private company opened a daily bus line between the two cities on Friday.\n"
    )
    assert [t for _, t, _ in _found(text)][1] == "New bus line links Kunduz and Takhar"


def test_related_list_ends_at_a_headline_its_lead_retells() -> None:
    text = (
        "Saffron growers expect a record harvest\n\n"
        "Farmers in the west said on Tuesday the saffron harvest would be the largest yet.\n\n"
        "Related:\n\n"
        "Wheat prices fall in Herat markets\n\n"
        "Bus line links Kunduz and Takhar\n\n"
        "A new bus line links Kunduz and Takhar, its owners said on Friday.\n"
    )
    assert [(n, t) for n, t, _ in _found(text)] == [
        (1, "Saffron growers expect a record harvest"),
        (9, "Bus line links Kunduz and Takhar"),
    ]


def test_links_under_a_read_more_marker_with_a_colon_are_no_headlines() -> None:
    text = (
        "Saffron growers expect a record harvest\n\n"
        "Farmers in the west said on Tuesday the saffron harvest would be the largest yet.\n\n"
        "Read more:\n\n"
        "Wheat prices fall in Herat markets\n\n"
        "Read more\n\n"
        "Bus line links Kunduz and Takhar\n\n"
        "A new bus line links Kunduz and Takhar, its owners said on Friday.\n"
    )
    assert [(n, t) for n, t, _ in _found(text)] == [
        (1, "Saffron growers expect a record harvest"),
        (11, "Bus line links Kunduz and Takhar"),
    ]

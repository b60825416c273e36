"""Desk bylines with a role or a closing date, and bracketed item markers (invented lines)."""

from __future__ import annotations

import pytest

from afgresearch.corpus import lines as L


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Valley Times 24 | Staff Reporter", "Valley Times 24"),
        ("Frontier News Network | Staff Writer", "Frontier News Network"),
        ("Herat Courier — Special Correspondent", "Herat Courier"),
        ("Sara Ahmadi | Staff Reporter", None),
    ],
)
def test_name_and_role_is_a_byline(line, outlet):
    assert L.classify(line) == L.BYLINE
    assert L.byline_outlet(line) == outlet


@pytest.mark.parametrize(
    ("line", "outlet", "day"),
    [
        ("Written by Kunduz Media on 7 June 2025", "Kunduz Media", "2025-06-07"),
        ("By Sara Ahmadi on May 3, 2025", None, "2025-05-03"),
        ("Written by Balkh Herald Staff", "Balkh Herald", None),
        ("By Oxus News Editorial Team", "Oxus News", None),
        # a view or comment counter a CMS prints after the date
        ("By Laila Noori - 14 Feb, 2024 1,204", None, "2024-02-14"),
        ("By Karim Sadat - 3 Nov, 2023 87", None, "2023-11-03"),
    ],
)
def test_byline_with_desk_or_closing_date(line, outlet, day):
    assert L.classify(line) == L.BYLINE
    assert L.byline_outlet(line) == outlet
    assert L.byline_date(line) == day


@pytest.mark.parametrize("line", ["[ARTICLE 2/9]", "[Story 4 of 12]", "[ITEM #3]"])
def test_bracketed_item_markers_separate_articles(line):
    assert L.classify(line) == L.END


@pytest.mark.parametrize("line", ["[End of feed - 12 items]", "[END]", "[END OF EXPORT]"])
def test_bracketed_end_markers_are_furniture(line):
    assert L.classify(line) == L.NAV


@pytest.mark.parametrize("line", ["[Photo: AFP]", "[Updated 3 May 2025]"])
def test_other_bracketed_lines_are_not_markers(line):
    assert L.classify(line) != L.END

"""Stories whose credits and dates stand at their end, between separator lines (invented)."""

from __future__ import annotations

from afgresearch.corpus.endcredits import end_credits
from afgresearch.corpus.textdump import segment_text

DUMP = """\
Farmers in Nangarhar said the first olive harvest in three years had reached the Jalalabad market.

Prices fell by a third within a week, traders said.

Reporting by Valley Desk; Editing by Omid Karimi
Jalalabad, October 12, 2024

###

Teachers in Ghazni said they had not been paid for two months, the third delay this year.

-- Highland Courier

###

Mine Clearance Resumes in Helmand

Deminers resumed work in Nad Ali on Sunday after a pause of four weeks, an official said.

Reporting by Sara Ahmadi; Editing by Peter Lund

~~~
END
"""


def test_footer_credits_and_dates_belong_to_the_story_above() -> None:
    arts = segment_text(DUMP)
    assert len(arts) == 3
    olives, teachers, mines = arts
    assert (olives.outlet, olives.published[:10]) == ("Valley", "2024-10-12")
    # the date under the first story does not open or date the next one
    assert (teachers.outlet, teachers.published) == ("Highland Courier", "")
    assert mines.title == "Mine Clearance Resumes in Helmand"
    # a person's credit names no outlet
    assert mines.outlet == ""
    assert olives.line_start == 1 and teachers.line_start in (8, 10)


def test_footer_lines_leave_the_view_with_their_reason() -> None:
    raw = DUMP.split("\n")
    frames = end_credits(raw)
    assert frames.dropped[raw.index("Jalalabad, October 12, 2024")] == "end credit"
    assert frames.dropped[raw.index("-- Highland Courier")] == "end credit"
    # the end line under the last separator opens no story
    assert raw.index("~~~") not in frames.starts


def test_a_date_above_a_story_is_no_footer() -> None:
    raw = [
        "###",
        "March 3, 2025",
        "Officials in Kunduz opened a new bridge over the river on Monday, residents said.",
        "###",
        "A second bridge will open in Baghlan next year, the ministry said in a statement.",
    ]
    assert not end_credits(raw).dropped


def test_one_separator_is_no_story_layout() -> None:
    raw = ["A story about wheat prices in Herat that rose again this week.", "* * *", "-- Desk"]
    assert not end_credits(raw).starts


def test_a_marker_framed_by_dashes_is_no_credit() -> None:
    raw = [
        "Wheat prices in Herat rose again this week, traders in the main bazaar said.",
        "* * *",
        "Flour mills in Balkh said they would raise output next month to meet demand.",
        "",
        "— end of digest —",
        "* * *",
    ]
    frames = end_credits(raw)
    assert 4 not in frames.dropped and not frames.told


def test_separators_without_footers_are_left_to_the_segmenter() -> None:
    raw = [
        "Press clippings, compiled 2 June 2025",
        "",
        "Bakeries Close in Herat",
        "Valley Post | 5 May 2025",
        "",
        "At least 60 bakeries in Herat have closed in the past month, traders said on Monday.",
        "",
        "* * *",
        "",
        "Crossings Rise at Islam Qala",
        "Western Wire — 31 May 2025",
        "",
        "More than 5,000 people crossed from Iran on Friday, the refugee department said.",
        "",
        "* * *",
    ]
    assert not end_credits(raw).starts

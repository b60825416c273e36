"""Dumps with irregular whitespace: stories without a headline set apart by a wide gap, a
theme's 'Post by : Name' byline above a photo credit (invented dumps)."""

from __future__ import annotations

from afgresearch.corpus import lines as L
from afgresearch.corpus.textdump import segment_text

FIRST = [
    "Health workers in Ghor said on Tuesday that 310 children were treated for measles.",
    "  ",
    "The clinic in Chaghcharan received two more nurses, officials said.",
]
SECOND = [
    "\tTraders in Herat said on Monday that the price of flour rose by 12 percent in a week.",
    "\t",
    "\tThey blamed the closure of a crossing and the cost of fuel.",
]


def test_text_after_a_gap_far_wider_than_the_paragraph_gaps_is_a_new_story() -> None:
    text = "\r\n".join([*FIRST, "", " ", "\t", "\u00a0", "", *SECOND]) + "\r\n"
    arts = segment_text(text)
    assert len(arts) == 2
    assert arts[1].paragraphs[0][1].startswith("Traders in Herat")


def test_a_gap_of_two_or_three_blank_lines_inside_a_story_does_not_split_it() -> None:
    text = "\n".join([*FIRST, "", "   ", "", *SECOND]) + "\n"
    assert len(segment_text(text)) == 1


def test_where_paragraphs_are_set_apart_by_wide_gaps_a_wide_gap_is_no_boundary() -> None:
    gap = ["", "", "", ""]
    text = "\n".join([FIRST[0], *gap, FIRST[2], *gap, SECOND[0].strip(), *gap, SECOND[2]]) + "\n"
    assert len(segment_text(text)) == 1


def test_a_post_by_label_is_a_byline_and_opens_an_untitled_story_above_a_photo_credit() -> None:
    assert L.classify("Post by : Farida") == L.BYLINE
    assert L.classify("Posted by: Farida Noori") == L.BYLINE
    assert L.classify("By the river, the camp grew quickly.") == L.BODY
    text = "\n".join([*FIRST, "", "", "", "Post by : Farida", "Photo: AFP", "", *SECOND]) + "\n"
    arts = segment_text(text)
    assert len(arts) == 2 and arts[1].title == ""


def test_a_story_on_one_line_with_a_name_glued_at_its_end_is_text() -> None:
    story = (
        "GHAZNI: Some 2,400 families received winter aid this week, the provincial office said. "
        "The aid included flour, oil and blankets. Officials said more would follow in January. "
        "One of them, Gul Ahmad, said his family had nothing left after the floods. "
        "He asked for help to rebuild his house before the snow. Reported by Noor Wali"
    )
    assert L.classify(story) == L.BODY
    caption = (
        "Villagers carry sacks of flour along a mountain path after the floods in the district "
        "of Jaghori in Ghazni province. Photo / Valley Post"
    )
    assert L.classify(caption) != L.BODY

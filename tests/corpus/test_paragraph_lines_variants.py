"""One paragraph per line, no blank lines: story starts across headline and header variants.

The dumps are laid out from invented stories (:mod:`tests.corpus.paragraph_variants`); each
variant class must keep the score it reaches, and no body line may be lost.
"""

from __future__ import annotations

import pytest

from afgresearch.corpus.textdump import segment_text
from tests.corpus import paragraph_variants as P

#: stories right (start line and body lines) per variant class, at least; the misses left are
#: headlines ending in a question mark or full stop with nothing under them but a lead that
#: does not retell them, which read as the last sentence of the story above
FLOORS = {
    "headline sentence case": 56,
    "headline Title Case": 56,
    "headline ALL CAPS": 56,
    "headline colon or dash": 56,
    "headline quoted": 56,
    "headline question mark": 56,
    "headline full stop": 50,
    "headline long (15-20 words)": 56,
    "headline numbers": 56,
    "no headline, dateline lead": 16,
    "mixed: headlines and dateline-only stories": 8,
    "same outlet, consecutive": 72,
    "subheading and quote line in body": 138,
    "single-paragraph stories": 138,
    "whitespace: trailing spaces": 48,
    "whitespace: space-only lines": 48,
    "whitespace: tab indents": 48,
    "whitespace: CRLF": 48,
}


@pytest.fixture(scope="module")
def scores() -> dict[str, P.Score]:
    return P.score_all()


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_variant_class_keeps_its_score(scores: dict[str, P.Score], name: str) -> None:
    got = scores[name]
    assert got.right >= FLOORS[name], f"{name}: {got}"
    assert got.titles == got.right, f"{name}: a story found with a wrong title: {got}"
    assert got.lost == 0, f"{name}: body lines lost: {got}"


def test_every_variant_class_is_scored(scores: dict[str, P.Score]) -> None:
    assert set(scores) == set(FLOORS)


def _starts(text: str) -> list[tuple[int, str]]:
    return [(r.line_start, r.title) for r in segment_text(text)]


def test_question_headlines_in_a_file_that_opens_with_one() -> None:
    text = (
        "Will the ferry to Kunduz run again this year?\n"
        "Boat owners on the river said on Monday they had not sailed since the spring floods.\n"
        "The provincial office gave no date for repairs to the landing stage.\n"
        "Who will pay for the new clinic in Bamyan?\n"
        "Residents of the valley raised part of the money for the clinic themselves last winter, "
        "elders said on Tuesday.\n"
        "A charity from abroad has promised the rest, its director said.\n"
    )
    assert _starts(text) == [
        (1, "Will the ferry to Kunduz run again this year?"),
        (4, "Who will pay for the new clinic in Bamyan?"),
    ]


def test_full_stop_headline_with_byline_opens_a_story() -> None:
    text = (
        "Border market reopens after two months.\n"
        "By Zarina Yusufi\n"
        "Traders returned to the market at the border town on Thursday after a long closure.\n"
        "Prices of flour fell within hours, shoppers said.\n"
        "Farmers sell saffron directly to buyers abroad.\n"
        "By Karim Azizi\n"
        "A new online platform lets growers in the west reach buyers in the Gulf.\n"
        "The first orders were shipped last week.\n"
    )
    assert [n for n, _ in _starts(text)] == [1, 5]


def test_short_last_sentence_above_an_untitled_story_stays_text() -> None:
    # the last sentence of one story above a byline or a dateline lead of a story without a
    # headline: it reads as running text (an article, a reporting clause), not a headline
    text = (
        "Clinic opens in remote district\n"
        "A new clinic opened in the district on Sunday with twelve beds and two doctors.\n"
        "The nearest hospital is a day's drive away.\n"
        "By Hasan Rezaie\n"
        "Teachers in the north said on Saturday that they had not been paid for three months.\n"
        "The education office said salaries would be paid before the holiday.\n"
        "Local officials said the problem had been solved.\n"
        "FAIZABAD (Northern Wire) — Snow closed the road to the provincial capital on Friday.\n"
        "Drivers were stranded overnight, police said.\n"
    )
    got = segment_text(text)
    assert [r.line_start for r in got] == [1, 4, 8]
    assert got[0].paragraphs[-1][0] == 3
    assert got[1].paragraphs[-1][0] == 7


def test_outlet_name_under_each_headline_of_the_same_outlet() -> None:
    text = (
        "Wheat prices rise across northern provinces\n"
        "Hill Times\n"
        "Wheat prices rose by a fifth in the north this month, traders said.\n"
        "Millers blamed the closure of a border crossing.\n"
        "Kabul airport adds flights to Istanbul and Dubai\n"
        "Hill Times\n"
        "Two carriers added weekly flights from the capital, the aviation authority said.\n"
    )
    got = segment_text(text)
    assert [(r.line_start, r.title) for r in got] == [
        (1, "Wheat prices rise across northern provinces"),
        (5, "Kabul airport adds flights to Istanbul and Dubai"),
    ]
    assert [n for n, _ in got[0].paragraphs] == [3, 4]


def test_headline_ending_in_says_does_not_swallow_the_outlet_line() -> None:
    text = (
        "Snowfall cuts power to three provinces, utility says\n"
        "Valley Ledger\n"
        "Heavy snow brought down power lines in the centre of the country on Tuesday.\n"
        "Repairs could take a week, the utility said.\n"
    )
    assert segment_text(text)[0].title == "Snowfall cuts power to three provinces, utility says"


def test_subheading_and_quote_line_do_not_split_a_story() -> None:
    text = (
        "Refugee school in Peshawar closes its doors\n"
        "A school run by refugees in Peshawar closed on Monday after its lease ran out.\n"
        "About 300 pupils attended classes there.\n"
        '"We have taught here for twenty years"\n'
        "What comes next\n"
        "Parents said they would look for places in other schools.\n"
    )
    got = segment_text(text)
    assert len(got) == 1
    assert [n for n, _ in got[0].paragraphs][-1] == 6

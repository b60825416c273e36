"""Invented dumps in the six layout classes, other surface variants: layout evidence (rules,
record identifiers, header fields, outlet lines, sign-offs, page furniture) read generally."""

from afgresearch.corpus import lines as L
from afgresearch.corpus.dates import reading_order, slash_order
from afgresearch.corpus.outlets import dateline
from afgresearch.corpus.textdump import segment_text


def _segment(text: str):
    with reading_order(slash_order(text)):
        return segment_text(text)


# --- a database export: underscore rules, record identifiers, search header, filing fields ---

UNDERSCORE_EXPORT = (
    "\ufeffRiverDesk Library — text export\r\n"
    "Query: (Balkh AND canal)   Results: 2   Sorted by: date\r\n"
    "Generated for: Policy team, 2025-04-02\r\n"
    "\r\n"
    "________________________________________\r\n"
    "\r\n"
    "Record 1 of 2\r\n"
    "\r\n"
    "Source: Northern Courier\r\n"
    "Edition: Morning\r\n"
    "\r\n"
    "Full text:\r\n"
    "MAZAR: Engineers said on Monday that the canal would reach Dawlatabad by June.\r\n"
    "\r\n"
    "Farmers in 14 villages expect water for the spring sowing.\r\n"
    "\r\n"
    "Copyright Northern Courier. All rights reserved.\r\n"
    "Accession Number: RDL-20250402-0091\r\n"
    "\r\n"
    "________________________________________\r\n"
    "\r\n"
    "Record 2 of 2\r\n"
    "\r\n"
    "Source: Amu Valley Post\r\n"
    "Date: 3 March 2025\r\n"
    "Section: Regions\r\n"
    "\r\n"
    "Full text:\r\n"
    "Officials in Balkh said the second phase of the canal would cost $80 million.\r\n"
    "\r\n"
    "Work on it is due to begin next year.\r\n"
    "\r\n"
    "Copyright Amu Valley Post. All rights reserved.\r\n"
    "Accession Number: RDL-20250303-0017\r\n"
    "\r\n"
    "________________________________________\r\n"
    "End of export\r\n"
)


def test_an_underscore_rule_is_a_separator_not_a_headline() -> None:
    assert L.classify("________________________________") == L.END


def test_record_identifiers_search_headers_and_filing_fields_are_furniture() -> None:
    for line in (
        "Accession Number: RDL-20250402-0091",
        "Document ID: VX-0001234-KT",
        "Query: (Balkh AND canal)   Results: 2   Sorted by: date",
        "Generated for: Policy team, 2025-04-02",
        "Section: Regions",
        "Edition: Morning",
    ):
        assert L.classify(line) == L.NAV, line


def test_export_records_open_at_their_rule_and_keep_their_source_field() -> None:
    arts = _segment(UNDERSCORE_EXPORT)
    assert [(a.title, a.outlet, a.published) for a in arts] == [
        ("", "Northern Courier", ""),
        ("", "Amu Valley Post", "2025-03-03"),
    ]
    # a record's identifier under its copyright line opens nothing
    assert arts[1].line_start < 30


# --- a wrapped newsletter: emphasised headlines, outlet lines, intro lines, sign-offs --------

NEWSLETTER = """NORTHERN BRIEF -- Issue 12
Water and trade, read for you.

======================================================================
  WATER
======================================================================

*Balkh farmers count losses as canal work slips into a second year*
The Herald of Mazar

MAZAR (HOM) — Farmers in three districts of Balkh said on Sunday that
the delay to the canal had cost them a second harvest, and that wells
in 40 villages were now dry.

Officials said work would resume in April.

Laila Noori, HOM

Read more: <https://herald.example/canal>

----------------------------------------------------------------------

From Kunduz Evening Star:

Traders in Kunduz said on Monday that prices of flour had risen by a
fifth in a month as fewer trucks crossed from the north.

Read more: <https://star.example/flour>

----------------------------------------------------------------------

Valley Radio reports:

Officials in Takhar said on Tuesday that a new bridge over the Kokcha
river would open to trucks in May, shortening the route to Kunduz.

--
You are receiving this because you subscribed.
"""


def test_an_emphasised_headline_does_not_take_the_outlet_line_under_it() -> None:
    arts = _segment(NEWSLETTER)
    assert arts[0].title == "Balkh farmers count losses as canal work slips into a second year"
    # the outlet's line under the headline beats the dateline's initials
    assert arts[0].outlet == "The Herald of Mazar"


def test_outlet_intro_lines_name_the_outlet_and_open_untitled_items() -> None:
    arts = _segment(NEWSLETTER)
    assert [(a.title, a.outlet) for a in arts[1:]] == [
        ("", "Kunduz Evening Star"),
        ("", "Valley Radio"),
    ]
    assert L.source_outlet("The Frontier Courier writes:") == "The Frontier Courier"
    assert L.classify("Officials said:") != L.SOURCE


def test_a_reporters_sign_off_closes_the_story_and_opens_nothing() -> None:
    arts = _segment(NEWSLETTER)
    assert len(arts) == 3
    assert L.classify("Laila Noori, HOM") == L.NAV


def test_an_outlet_named_as_a_paper_of_a_place_reads_as_an_outlet() -> None:
    assert L.looks_like_outlet("The Chronicle of Herat")
    assert not L.looks_like_outlet("The Fall of Kabul")


def test_a_plain_dash_kicker_names_the_outlet_before_its_section() -> None:
    assert L.kicker_outlet("Valley Radio -- Afghanistan") == "Valley Radio"


# --- paragraph lines: credits under a story, one-name bylines, site lines, bracket datelines --

PARAGRAPH_LINES = """KUNDUZ BRIDGE TO OPEN TO TRUCKS IN MAY, OFFICIALS SAY
Officials in Kunduz said on Tuesday that the new bridge would open to trucks in May.
The bridge cost $12 million and took three years to build.
Read more: Associated Press

Flour prices climb in northern markets as trucks wait at the border
Traders in Mazar said flour had risen by a fifth in a month.
Officials blamed the closure of the crossing for a week.
Northern Courier – Economy



By Steppewire | Updated: Mar 4, 2024
Central Asian rail links to Afghanistan are back on the agenda.
Uzbek officials said the line to Mazar would carry 5 million tonnes a year.
Kabul Daily Newspaper
Officials in Herat said on Monday that 2,000 families had returned from Iran.
They said the returnees would receive land and seed.

Boston [US], March 5 (ANI): The UN said on Tuesday it needed $2 billion for Afghanistan this year.
It said 23 million people needed help.
"""


def test_paragraph_line_credits_bylines_and_site_lines() -> None:
    arts = _segment(PARAGRAPH_LINES)
    assert [(a.title, a.outlet) for a in arts] == [
        ("KUNDUZ BRIDGE TO OPEN TO TRUCKS IN MAY, OFFICIALS SAY", "Associated Press"),
        ("Flour prices climb in northern markets as trucks wait at the border", "Northern Courier"),
        ("", ""),
        ("", "Kabul Daily Newspaper"),
        ("", "ANI"),
    ]
    assert arts[2].published == "2024-03-04"


def test_a_bracketed_country_code_dateline_names_its_agency() -> None:
    found = dateline("Boston [US], March 5 (ANI): The UN said it needed more.")
    assert found is not None and found.agency == "ANI"


def test_a_generic_desk_byline_names_no_outlet() -> None:
    assert L.byline_outlet("By News Desk") is None


# --- copied pages: comment forms, author boxes, logos above a menu toggle ---------------------

COPIED_PAGES = """Skip to content
VALLEY VOICE
Menu
News   Politics   World   Opinion   Donate
Kunduz traders say flour prices rose by a fifth in a month
Listen to the story

Traders in Kunduz said on Monday that prices of flour had risen by a fifth in a month.

Officials said fewer trucks had crossed from the north since the start of March.

Share this:
About the author
Leave a comment
Please enter your comment!
Please type your name here
Join the conversation   Sign in to comment


Kabul Evening Post
Home | World | Asia | Business | Sport
Page 4 › Asia
A A   Print   Send to friend

The ministry said on Sunday that 1,200 families had returned from Pakistan this week.

Officials said the families would receive food for three months.

Back to top
"""


def test_copied_page_furniture_is_no_headline() -> None:
    for line in (
        "Please type your name here",
        "Join the conversation   Sign in to comment",
        "Page 4 › Asia",
        "A A   Print   Send to friend",
        "Back to top button",
        "› Donate",
        "Listen to the story",
    ):
        assert L.classify(line) in (L.NAV, L.END), line


def test_copied_pages_keep_their_headline_and_logo() -> None:
    arts = _segment(COPIED_PAGES)
    assert [(a.title, a.outlet) for a in arts] == [
        ("Kunduz traders say flour prices rose by a fifth in a month", "VALLEY VOICE"),
        ("", "Kabul Evening Post"),
    ]

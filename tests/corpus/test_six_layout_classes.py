"""Invented dumps in the six layout classes users paste most (Markdown digests, database exports
with CRLF, BOM and footers, wrapped newsletters, paragraph lines, copied pages, spreadsheet CSV):
furniture of each class is never a headline, an outlet line names the outlet, a footer's loading
date is never the publication date."""

from afgresearch.corpus.dates import reading_order, slash_order
from afgresearch.corpus.textdump import names_only_outlet, segment_text


def _segment(text: str):
    with reading_order(slash_order(text)):
        return segment_text(text)


DATABASE_EXPORT = (
    "\ufeffSaved search: Herat AND drought -- 2 documents\r\n"
    "Exported 2025-03-02 11:40\r\n"
    "\r\n"
    "==================================================\r\n"
    "Document 1 of 2\r\n"
    "\r\n"
    "Valley Ledger\r\n"
    "12 February 2025\r\n"
    "\r\n"
    "Farmers in Herat said on Tuesday that wells had run dry in three districts.\r\n"
    "\r\n"
    "The provincial office counted 4,100 families in need of water.\r\n"
    "\r\n"
    "Source: Valley Ledger\r\n"
    "Copyright 2025 Valley Ledger Media. All rights reserved.\r\n"
    "Tags: drought; Herat; water\r\n"
    "Load-Date: February 14, 2025\r\n"
    "\r\n"
    "==================================================\r\n"
    "Document 2 of 2\r\n"
    "\r\n"
    "Ghor Weekly\r\n"
    "\r\n"
    "Aid convoys reached Chaghcharan on Sunday after the road reopened.\r\n"
    "\r\n"
    "Officials said 60 trucks carried flour and seed.\r\n"
    "\r\n"
    "Source: Ghor Weekly\r\n"
    "Load-Date: March 1, 2025\r\n"
)


def test_a_database_export_record_counter_and_outlet_line_are_no_headlines() -> None:
    arts = _segment(DATABASE_EXPORT)
    assert [(a.title, a.outlet) for a in arts] == [("", "Valley Ledger"), ("", "Ghor Weekly")]
    # the loading date under the record is not when the story was published
    assert [a.published for a in arts] == ["2025-02-12", ""]


def test_an_outlet_name_line_is_no_headline() -> None:
    assert names_only_outlet("GHOR WEEKLY", "Ghor Weekly")
    assert names_only_outlet("via Ghor Weekly", "Ghor Weekly")
    assert not names_only_outlet("Ghor Weekly wins press award", "Ghor Weekly")


NEWSLETTER = """PAMIR WEEKLY LETTER
No. 48 -- free to forward
Open this email in a browser <https://pamir.example/48>

Hello again. Two stories on water this week.

======================================================================
WATER AND BORDERS
======================================================================

Valley Wire | 14:05 GMT 03.02.2024

Officials in Balkh said on Friday that the new canal would carry water
to 3,000 hectares of farmland by the spring.

Read the full story: <https://valley.example/canal>

----------------------------------------------------------------------

Kunar dam talks stall as both sides wait for surveys
Ridge Post | 2 February 2024

Engineers from both provinces met in Asadabad but agreed only to
commission new surveys of the river.

Read the full story: <https://ridge.example/dam>
"""


def test_a_newsletter_masthead_and_boxed_section_header_are_no_story_or_headline() -> None:
    arts = _segment(NEWSLETTER)
    assert len(arts) == 2
    assert arts[0].title == "" and arts[0].published == "2024-02-03"
    assert arts[1].title == "Kunar dam talks stall as both sides wait for surveys"
    kinds = {n: kind for n, kind, _, _ in arts[0].lines}
    assert kinds[1] == kinds[5] == kinds[8] == "boilerplate"


def test_dates_stamped_with_the_hour_first_or_the_outlet_after() -> None:
    from afgresearch.corpus.lines import parse_date

    assert parse_date("Valley Wire | 09:40 GMT 21.03.2024 (Updated: 10:02 GMT 21.03.2024)") == (
        "2024-03-21"
    )
    assert parse_date("Published 07.11.2022, Steppe Daily") == "2022-11-07"
    assert parse_date("Published today, officials said") is None


def test_a_via_line_and_a_one_word_name_line_name_the_outlet_not_the_headline() -> None:
    text = (
        "-----\n\nvia Pamir Ledger\n\nOfficials in Badakhshan said on Monday that the road "
        "had reopened after snow.\n\nTraders said prices fell.\n\n-----\n\n"
        "Grain convoys reach Faizabad after the pass reopens\nSteppewire\n\n"
        "The first trucks arrived on Tuesday, drivers said.\n"
    )
    arts = _segment(text)
    assert [(a.title, a.outlet) for a in arts] == [
        ("", "Pamir Ledger"),
        ("Grain convoys reach Faizabad after the pass reopens", "Steppewire"),
    ]


def test_a_menu_item_repeated_as_a_kicker_is_no_outlet() -> None:
    text = (
        "Home  |  Politics  |  Society  |  Economy  |  Video\nPolitics\n\n"
        "Border markets reopen in Spin Boldak after two weeks\n\n"
        "Traders returned to the market on Sunday, officials said.\n"
    )
    arts = _segment(text)
    assert arts[0].outlet != "Politics"


MARKDOWN_DIGEST = """# Border Notes — weekly

---

### [Wheat prices climb in Mazar as imports slow](https://example.org/wheat)
*Balkh Monitor · Economy*

Traders in Mazar-i-Sharif said on Sunday that flour had risen by 12 percent in a month.

---

*From SteppeLine — Region › Trade*

Officials said 40 trucks a day now cross at Hairatan, down from 90.

---

Web Desk (VNA); The ministry said on Monday that 2,300 families had returned to Kunduz.

[Source](https://example.org/kunduz) · [Share](https://example.org/share)
"""


def test_digest_credit_lines_and_desk_tags_name_the_outlet() -> None:
    arts = _segment(MARKDOWN_DIGEST)
    assert [(a.title, a.outlet) for a in arts] == [
        ("Wheat prices climb in Mazar as imports slow", "Balkh Monitor"),
        ("", "SteppeLine"),
        ("", "VNA"),
    ]


def test_a_source_line_citing_the_original_names_the_relaying_outlet() -> None:
    from afgresearch.corpus.lines import source_outlet

    assert source_outlet("**Source:** Pamir Ledger (quoting Reuters)") == "Pamir Ledger"


PARAGRAPH_LINES = """Returns from Iran reach a new monthly high as summer heat rises
More than 40,000 people crossed at Islam Qala last week, officials said.
VNA
More than 40,000 people crossed at Islam Qala in the week to Friday, border officials in Herat said.
Aid groups said shelters were full.
"""


def test_agency_initials_under_a_standfirst_credit_the_story() -> None:
    arts = _segment(PARAGRAPH_LINES)
    assert arts[0].outlet == "VNA"


HEADLINED_LINES = """Wells run dry across western Herat as the drought enters a third year
Pamir Times
Farmers in Kushk said on Monday that their wells had been dry since spring.
The provincial office said 4,000 families had left.
\t
\x20
  Kabul clinic reopens after donors restore funds for a year
This article was originally published by Steppe Daily and is reprinted with permission.
The clinic in Dasht-e Barchi reopened on Sunday after a six-month closure.
Doctors said 200 patients came on the first day.
"""


def test_paragraph_lines_with_an_outlet_line_under_the_headline_open_each_story() -> None:
    arts = _segment(HEADLINED_LINES)
    assert [(a.title, a.outlet) for a in arts] == [
        ("Wells run dry across western Herat as the drought enters a third year", "Pamir Times"),
        ("Kabul clinic reopens after donors restore funds for a year", "Steppe Daily"),
    ]


COPIED_PAGES = """Skip to main content
Toggle navigation
Relief Agency Kabul
Home  About  Our Work  Media  Contact

Home / Media / Press Releases

Winter kits reach 9,000 families in the central highlands

Date Published:
Monday, December 4, 2023

Aid workers in Bamyan handed out blankets and stoves to 9,000 families last week, the agency said.

Deliveries to Daikundi begin on Friday.

Share this:
Facebook   Twitter   Email

Related Press Releases
Agency Appeals for Funds to Help Returnees
Floods Damage Canals in Parwan

© Relief Agency | Privacy | Terms of Use


Steppe Daily
Menu
Central Asia

Kazakh and Afghan officials sign a grain transit deal

Share
Print

Officials sign the deal in Astana (file photo)

Officials in Astana signed a deal on Tuesday to move grain to Afghanistan by rail.

The first trains are due in March, the ministry said.

Based on reporting by AFP and local media
Copyright (c) 2023. Steppe Daily. All rights reserved.
View full site
Previous Post
Next Post
"""


def test_copied_pages_related_lists_date_labels_share_rows_and_page_feet() -> None:
    arts = _segment(COPIED_PAGES)
    assert [a.title for a in arts] == [
        "Winter kits reach 9,000 families in the central highlands",
        "Kazakh and Afghan officials sign a grain transit deal",
    ]
    assert arts[0].published == "2023-12-04"


def test_a_list_introduced_by_a_sentence_of_the_text_is_text() -> None:
    text = (
        "## Council tightens rules on markets\n\n"
        "The council met in Herat on Monday, officials said.\n\n"
        "Since the spring, the council has:\n- Closed two markets\n- Fined 40 traders\n\n"
        "Traders said they would appeal.\n"
    )
    rec = _segment(text)[0]
    kept = [n for n, kind, _, _ in rec.lines if kind == "body"]
    assert {5, 6, 7} <= set(kept)


def test_a_wrapped_sentence_with_a_capitalised_second_line_is_one_paragraph() -> None:
    lines = [
        "Officials said the new rail link between the two border towns would be",
        "ready by spring, and traders welcomed the plan on Monday in Hairatan.",
        "",
        "According to people aware of the matter, the governor is likely to meet",
        "Deputy Minister Abdul Rahman and Governor Noor Ahmad on October 10.",
        "",
        "The delegation returned to Kabul on the same day, the ministry said in a",
        "statement, and talks on transit fees will resume after the winter.",
        "",
        "Traders said the plan would cut the cost of moving goods, and officials",
        "said the first trains would carry fruit and cement across the river.",
        "",
        "The ministry said a technical team would visit the site in the coming",
        "weeks, and that funding for the link had been found at last.",
    ]
    rec = _segment("\n".join(lines) + "\n")[0]
    kinds = {n: kind for n, kind, _, _ in rec.lines}
    assert kinds[4] == "body"


def test_an_agency_is_named_as_the_dump_writes_it() -> None:
    from afgresearch.corpus.outlets import known_outlet

    assert known_outlet("IANS") == "IANS"
    assert known_outlet("indo-asian news service") == "Indo-Asian News Service"
    arts = _segment("Talks resume in Kabul\n\nNEW DELHI, Oct 8 (PTI): Officials met on Monday.\n")
    assert arts[0].outlet == "PTI"


def test_a_markdown_image_line_is_a_caption_never_a_header_line() -> None:
    from afgresearch.corpus.lines import classify

    assert classify("![Families wait at the crossing. AFP](https://example.org/a.jpg)") == "caption"
    assert classify("See ![icon](x.png) for details.") != "caption"


CLASSIC_DATABASE_EXPORT = (
    "\ufeff1 of 2 DOCUMENTS\r\n\r\nValley Post\r\n\r\nMarch 3, 2025 Monday\r\n\r\n"
    "Border crossing reopens after talks\r\n\r\nBYLINE: Staff reporter\r\n\r\n"
    "LENGTH: 312 words\r\n\r\nBODY:\r\n\r\n"
    "The Torkham crossing reopened on Sunday after talks between officials, traders said.\r\n\r\n"
    "About 1,200 trucks were waiting on both sides.\r\n\r\n"
    "LOAD-DATE: March 4, 2025\r\n\r\nLANGUAGE: ENGLISH\r\n\r\n"
    "2 of 2 DOCUMENTS\r\n\r\nSteppe Daily\r\n\r\nMarch 5, 2025 Wednesday\r\n\r\n"
    "Wheat arrives in Mazar by rail\r\n\r\n"
    "The first wheat train from Kazakhstan reached Hairatan on Tuesday, officials said.\r\n\r\n"
    "LOAD-DATE: March 6, 2025\r\n"
)


def test_a_database_record_header_outlet_and_date_above_the_headline() -> None:
    arts = _segment(CLASSIC_DATABASE_EXPORT)
    assert [(a.title, a.outlet, a.published) for a in arts] == [
        ("Border crossing reopens after talks", "Valley Post", "2025-03-03"),
        ("Wheat arrives in Mazar by rail", "Steppe Daily", "2025-03-05"),
    ]

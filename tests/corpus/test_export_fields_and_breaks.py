"""Layout classes read since the fifteenth development set: labelled-field export items,
unbracketed end-of-item closers and one-ornament section breaks (invented examples)."""

from __future__ import annotations

from afgresearch.corpus import lines as L
from afgresearch.corpus.colonfields import colon_field, colon_fields
from afgresearch.corpus.lines import classify, is_dinkus
from afgresearch.corpus.textdump import segment_text

EXPORT = """PRESS MONITOR — weekly extract
Prepared 14.02.2026 for the Mazar liaison desk
=================================
ITEM 1/3

Publication: Herat Evening Mail
Date: 11.02.2026
Section: Region
Words: 120
Title: Wheat convoy reaches Maimana after snow closes pass
---------------------------------
MAIMANA: A convoy of 40 trucks carrying wheat reached the city on Tuesday, officials said.

The pass had been closed for nine days by snow.
---------------------------------
Load-Date: 13.02.2026
END OF ITEM

=================================
ITEM 2/3

Publication: Balkh Weekly
Section: Economy
Words: 95
Summary: Traders count the cost of the closure
and ask for a second road
---------------------------------
Traders in Mazar said the closure had doubled the price of flour in a week.
---------------------------------
Load-Date: 13.02.2026
END OF ITEM

=================================
ITEM 3/3

Publication: Pamir Post
Date: 12.02.2026
Section: Health
Title: Clinics in Faizabad run out of fuel
---------------------------------
Three clinics in Faizabad closed their wards on Wednesday for lack of fuel.
---------------------------------
END OF ITEM
"""


def test_a_colon_field_needs_a_form_label() -> None:
    assert colon_field("Publication: Herat Evening Mail") == ("publication", "Herat Evening Mail")
    assert colon_field("Words: 120") == ("words", "120")
    assert colon_field("Maimana: a convoy arrived") is None
    assert colon_field("Officials said: the pass is open") is None


def test_labelled_field_items_open_articles_and_tell_outlet_date_and_title() -> None:
    arts = segment_text(EXPORT)
    assert [a.outlet for a in arts] == ["Herat Evening Mail", "Balkh Weekly", "Pamir Post"]
    assert [a.title for a in arts] == [
        "Wheat convoy reaches Maimana after snow closes pass",
        "",
        "Clinics in Faizabad run out of fuel",
    ]
    assert arts[0].published == "2026-02-11"  # day-first, dots; never the Load-Date
    assert arts[2].published == "2026-02-12"
    texts = [" ".join(p for _, p in a.paragraphs) for a in arts]
    assert "doubled the price of flour" in texts[1]
    assert not any("END OF ITEM" in t or "Load-Date" in t or "second road" in t for t in texts)


def test_one_block_of_fields_or_yaml_front_matter_is_not_an_export() -> None:
    one = (
        "Publication: Pamir Post\nSection: Health\nTitle: Clinics close\n\nThree clinics closed.\n"
    )
    assert not colon_fields(one.split("\n")).starts
    yaml = "---\ntitle: Clinics close\nsource: Pamir Post\nsite: Pamir Post\n---\n"
    assert not colon_fields((yaml + "Text.\n" + yaml + "Text.\n").split("\n")).starts


def test_end_of_item_closers_close_and_never_title() -> None:
    for line in ("End of Document", "END OF STORY", "-- End of article --", "End of report."):
        assert classify(line) == "end", line
    assert classify("End") != "end"  # a bare word may be a headline's first word
    assert classify("The end of the siege") == "title"


def test_a_single_ornament_is_a_section_break_but_punctuation_is_noise() -> None:
    for mark in ("⁂", "❦", "✤ ✤", "◇"):
        assert is_dinkus(mark) and classify(mark) == "end", mark
    for mark in ("|", "•", "…", "→", "»", "*"):
        assert not is_dinkus(mark), mark
    text = (
        "Wheat convoy reaches Maimana\n"
        "A convoy of 40 trucks reached the city on Tuesday.\n"
        "❦\n"
        "Balkh Weekly › Economy\n"
        "Traders in Mazar said flour prices doubled in a week.\n"
    )
    assert len(segment_text(text)) == 2


def test_a_feed_stamp_before_a_headline_is_not_part_of_the_title() -> None:
    assert L.clean_title("Mon Mar 02 08:15:00 UTC 2026: **Flour prices double in Mazar**") == (
        "Flour prices double in Mazar"
    )
    assert L.clean_title("2026-03-02 08:15 | Flour prices double in Mazar") == (
        "Flour prices double in Mazar"
    )
    # a clock time without a date, or a place before a colon, is no stamp
    assert L.clean_title("08:15 - Flour prices double") == "08:15 - Flour prices double"
    assert L.time_stamp("Mazar: flour prices double") == ""


def test_widgets_notices_and_print_edges_are_furniture() -> None:
    for line in (
        "Click to share on Tumblr (Opens in new window)",
        "Click to email a link to a friend",
        "Like this:",
        "Like Loading...",
        "Any use of the materials is permitted only with a hyperlink to valley.example",
        "Reproduction of these articles is forbidden without written consent",
        "3/2/26, 10:41 PM\tFlour prices double in Mazar | Balkh Weekly",
        "https://balkh.example/news/flour-prices\t2/3",
        "« Previous post   Next post »",
    ):
        assert L.classify(line) == "nav", line
    for line in (
        "Like many traders, he closed his shop.",
        "Use of the road was forbidden by the governor.",
        "3/2/26 was the day the pass closed.",
    ):
        assert L.classify(line) != "nav", line


def test_a_line_reading_as_an_outlet_name_is_the_outlet_not_the_headline() -> None:
    assert L.expanded_acronym("KNA – Kabul News Agency")
    assert L.expanded_acronym("BNA (Bakhtar News Agency)")
    assert not L.expanded_acronym("UN – Talks Resume")
    text = (
        "Pamir Evening Times\n"
        "\n"
        "Three clinics in Faizabad closed their wards on Wednesday for lack of fuel.\n"
        "\n"
        "Doctors said 40 patients were moved to Kishim.\n"
    )
    (art,) = segment_text(text)
    assert (art.title, art.outlet) == ("", "Pamir Evening Times")


def test_a_scraper_template_with_empty_fields_is_left_to_the_text_layout() -> None:
    item = "=====\nTitle:\nDate: 2026-02-11\nSource: Balkh Weekly\n-----\nFlour prices doubled.\n"
    full = (
        "=====\nTitle: Clinics close\nDate: 2026-02-12\nSource: Pamir Post\n-----\nClinics shut.\n"
    )
    assert not colon_fields((item + full + full).split("\n")).starts


DIGEST = """---
newsletter: Valley Briefing
issue: 12
---

# Valley Briefing: the week in the north

> Four items from the northern provinces, picked by the editors this week.

## 1 · Trade

**Balkh Weekly** · Tue 3 Mar 2026 · 2 min

Traders in Mazar said flour prices doubled in a week after the pass closed.

## 2 · Health

### [Clinics in Faizabad run out of fuel](https://pamir.example/clinics)

*Pamir Post · Health*

Three clinics in Faizabad closed their wards on Wednesday for lack of fuel.
"""


def test_a_digests_section_level_and_front_matter_head_no_story() -> None:
    arts = segment_text(DIGEST)
    assert [a.title for a in arts] == ["", "Clinics in Faizabad run out of fuel"]
    assert arts[0].outlet == "Balkh Weekly"
    assert arts[0].published == "2026-03-03"
    assert not any("Four items" in p for a in arts for _, p in a.paragraphs)


def test_a_short_line_in_capitals_is_a_section_label_not_a_headline() -> None:
    text = (
        "ELSEWHERE ON THE BORDER\n"
        "\n"
        "[3] Herat Evening Mail | 11 February 2026\n"
        "\n"
        "A convoy of 40 trucks carrying wheat reached the city on Tuesday, officials said.\n"
    )
    (art,) = segment_text(text)
    assert art.title == ""
    assert art.outlet == "Herat Evening Mail"


def test_the_name_heading_a_date_line_is_its_outlet_when_set_as_a_masthead() -> None:
    assert L.lead_name("[2] The Evening Ledger (Herat) | 8 July 2025 | AFP") == "The Evening Ledger"
    assert L.lead_name("**KNA** · Fri 18 Jul 2025 · 2 min") == "KNA"
    assert L.lead_name("Farid Ahmadi | 3 May 2025") is None  # a writer's name, unmarked
    assert L.lead_name("Updated | 3 May 2025") is None
    assert L.classify("**Valley Post** — metro desk") == "byline"


def test_a_photo_caption_between_a_dated_headline_and_its_text_is_looked_past() -> None:
    text = (
        "[VALLEY LEDGER] 2026-02-11 · Region\n"
        "Wheat convoy reaches Maimana after snow\n"
        "Photo: Trucks wait at the foot of the pass near Maimana on Feb. 9, 2026.\n"
        "A convoy of 40 trucks carrying wheat reached the city on Tuesday, officials said.\n"
        "The pass had been closed for nine days by snow.\n"
    )
    (art,) = segment_text(text)
    assert art.title == "Wheat convoy reaches Maimana after snow"


def test_summary_bullets_above_a_dated_lead_stay_with_their_story() -> None:
    text = (
        "Wheat convoy reaches Maimana after snow\n"
        "• Forty trucks carrying wheat crossed the pass after nine days of closure\n"
        "• Traders expect the price of flour in Faryab to fall within a week\n"
        "MAIMANA: A convoy of 40 trucks carrying wheat reached the city on Tuesday.\n"
        "The pass had been closed for nine days by snow.\n"
    )
    assert len(segment_text(text)) == 1


def test_a_desk_credit_with_its_section_is_a_byline() -> None:
    assert L.classify("Herat Times News Desk | Region & Border") == "byline"
    assert L.role_byline("Herat Times Web Desk · World") == "Herat Times"


def test_a_masthead_over_a_path_from_the_home_page_is_the_site_not_the_headline() -> None:
    text = (
        "Faryab Notes\n"
        "Home  »  Region  »  North\n"
        "\n"
        "A convoy of 40 trucks carrying wheat reached Maimana on Tuesday, officials said.\n"
        "\n"
        "The pass had been closed for nine days by snow.\n"
    )
    (art,) = segment_text(text)
    assert (art.title, art.outlet) == ("", "Faryab Notes")


def test_a_page_with_its_own_line_breaks_inside_sentences_is_all_text() -> None:
    lines = [
        "Traders in Mazar say the price of flour has doubled in a week, with a sack now costing",
        "3,000 afghanis in the main bazaar, shopkeepers report.",
        "Many families say their savings are gone",
        "and they are buying bread on credit",
        "According to the traders, the pass has been closed for nine days.",
        "The provincial council has asked for a second road",
        "to be opened before the spring",
        "I sold my cart last week, one porter said",
        "Officials at the customs post confirm the queue of trucks",
    ]
    text = "Balkh Weekly\n\n" + "\n".join(lines) + "\n"
    (art,) = segment_text(text)
    joined = " ".join(p for _, p in art.paragraphs)
    for line in lines:
        assert line in joined, line


def test_a_pages_copyright_line_names_its_site_as_a_last_resort() -> None:
    assert L.copyright_holder("© 2026 Pamir Post. All rights reserved.") == "Pamir Post"
    assert L.copyright_holder("pamirpost.af © 2026. .") == "pamirpost.af"
    assert L.copyright_holder("© Reuters 2026") is None  # a wire's credit, not the site
    assert L.classify("pamirpost.af © 2026") == "nav"
    text = (
        "Any use of materials is allowed only with a hyperlink to the site\n"
        "© 2026 Pamir Post. All rights reserved.\n"
        "\n"
        "Clinics in Faizabad run out of fuel\n"
        "\n"
        "Three clinics in Faizabad closed their wards on Wednesday for lack of fuel.\n"
        "\n"
        "Doctors said 40 patients were moved to Kishim.\n"
    )
    (art,) = segment_text(text)
    assert art.outlet == "Pamir Post"
    # under the text it may be a newsletter's own notice: no outlet is read from it
    (art,) = segment_text(
        text.split("\n\n", 1)[1] + "\n© 2026 Valley Briefing. All rights reserved.\n"
    )
    assert art.outlet == ""


def test_a_desk_signing_for_a_section_names_its_outlet() -> None:
    assert L.desk_section_outlet("Herat Times News Desk | Region") == "Herat Times"
    assert L.desk_section_outlet("Herat Times | Region") is None


def test_a_feed_stamp_dates_an_undated_story() -> None:
    text = (
        "Mon Mar 02 08:15:00 UTC 2026: **Flour prices double in Mazar**\n"
        "\n"
        "Traders in Mazar said the price of flour had doubled in a week.\n"
    )
    (art,) = segment_text(text)
    assert (art.title, art.published) == ("Flour prices double in Mazar", "2026-03-02")


def test_an_emphasised_masthead_and_section_under_a_headline_name_the_outlet() -> None:
    assert L.lead_name("*Pamir Post · Health*", dated=False) == "Pamir Post"
    assert L.lead_name("Pamir Post · Health", dated=False) is None  # unmarked: maybe a writer
    text = (
        "## Clinics in Faizabad run out of fuel\n"
        "\n"
        "*Pamir Post · Health*\n"
        "\n"
        "Three clinics in Faizabad closed their wards on Wednesday for lack of fuel.\n"
    )
    (art,) = segment_text(text)
    assert art.outlet == "Pamir Post"


def test_two_capitalised_words_over_an_uncredited_story_are_its_sites_name() -> None:
    text = (
        "Clinics in Faizabad run out of fuel\n"
        "Three clinics in Faizabad closed their wards on Wednesday for lack of fuel.\n"
        "❦\n"
        "Kishim Courier\n"
        "Traders in Kishim said the price of fuel had doubled since the pass closed.\n"
    )
    arts = segment_text(text)
    assert [a.title for a in arts] == ["Clinics in Faizabad run out of fuel", ""]
    assert arts[-1].outlet == "Kishim Courier"
    # a headline in sentence case, or of three words, stays a headline
    text = "Returning refugees\nThree families crossed at Torkham on Monday, officials said.\n"
    assert segment_text(text)[0].title == "Returning refugees"


def test_a_masthead_heading_the_date_line_outranks_the_wire_tag_under_it() -> None:
    text = (
        "**KNA** · Thu 12 Feb 2026 · 3 min\n"
        "\n"
        "(MENAFN- Bakhtar News Agency)\n"
        "\n"
        "KABUL (BNA): Three clinics in Faizabad closed their wards on Wednesday, officials said.\n"
    )
    (art,) = segment_text(text)
    assert art.outlet == "KNA"
    # a writer's name set in bold before a place is no masthead
    assert L.lead_name("**Sara Ahmadi** Kabul · 3 May 2025") is None


def test_a_first_sentence_as_long_as_the_next_is_no_headline() -> None:
    text = (
        "The council said 12 trucks reached Maimana on Tuesday.\n"
        "The council said 40 trucks reached Maimana on Wednesday.\n"
    )
    (art,) = segment_text(text)
    assert art.title == ""
    assert [n for n, _ in art.paragraphs] == [1, 2]

"""Invented dumps and lines: Markdown digests with Setext headings and a contents list of
anchor links, newsletter item headers ``[n] via Outlet``, dash-led desk credits, share rows,
section menu rows and sign-in boxes of copied pages."""

import afgresearch.corpus.lines as L
from afgresearch.corpus.setext import setext_headings
from afgresearch.corpus.textdump import segment_text

SETEXT_DIGEST = """# Frontier Notes
_Weekly excerpts on trade across the northern border._

**Contents**

1. [Grain trucks queue at Hairatan](#one)
2. [Customs office opens in Aqina](#two)
3. [A note from the valley](#three)

- - -

Grain trucks queue at Hairatan
==============================

> Northern Courier · Trade

Hundreds of grain trucks waited at the Hairatan crossing on Monday, drivers said.

Customs officers processed 140 trucks in one shift, an official told the paper.

<https://northern-courier.example/hairatan>

- - -

Customs office opens in Aqina
-----------------------------

> Steppe Daily · Business

A new customs office opened at the Aqina crossing on Wednesday, officials said.

It will handle up to 90 trucks a day, the provincial governor said.

- - -

> Valley Wire · Economy

Traders in Faryab said on Thursday that cotton prices had fallen by a third since spring.

Buyers from Turkmenistan paid 20 percent less than last year, a trader said.

- - -

_You receive this note because you asked for it._
"""


def test_setext_headings_read_as_headings():
    f = setext_headings(["Convoy reaches Bamyan", "=====", "", "Trucks arrived."])
    assert f.rewritten == {0: ["# Convoy reaches Bamyan"]}
    assert f.dropped == {1: "setext underline"}
    f = setext_headings(["", "Dam talks stall", "---------------", "", "Text."])
    assert f.rewritten == {1: ["## Dam talks stall"]}


def test_dashed_rule_under_a_sentence_stays_a_separator():
    # a plain-text dump's rule directly under the last sentence of a story is no underline
    assert setext_headings(["Officials met in Doha.", "-----", "Next story"]).rewritten == {}
    # a heading over two lines, or one glued to the text above it, is not taken
    lines = ["Text above", "Wells run dry", "=============", "", "Body."]
    assert setext_headings(lines).rewritten == {}


def test_setext_heading_inside_a_code_block_is_no_heading():
    lines = ["    Inside code", "    ===========", "", "Body text."]
    assert setext_headings(lines).rewritten == {}


def test_setext_digest_items_with_and_without_headlines():
    records = segment_text(SETEXT_DIGEST)
    assert [r.title for r in records] == [
        "Grain trucks queue at Hairatan",
        "Customs office opens in Aqina",
        "",
    ]
    assert [r.outlet for r in records] == ["Northern Courier", "Steppe Daily", "Valley Wire"]
    assert all("[" not in r.title for r in records)
    assert records[2].paragraphs[0][1].startswith("Traders in Faryab")
    # the underlines keep their named reason in the lines table (1-based dump lines)
    rows = {row[0]: row for r in records for row in r.lines}
    assert rows[13][2] == "setext underline"
    assert rows[26][2] == "setext underline"


def test_numbered_markdown_link_is_no_bracketed_outlet_item():
    from afgresearch.corpus.transport import read_view

    view = read_view(["1. [Wells run dry](#a)", "2. [Talks resume](#b)", "", "Body."])
    assert not view.starts


def test_newsletter_item_header_names_the_outlet():
    assert L.classify("[7] via Herat Courier") == L.SOURCE
    assert L.source_outlet("[7] via Herat Courier") == "Herat Courier"
    assert L.source_outlet("12. via Kabul Ledger") == "Kabul Ledger"
    assert L.clean_title("[3] Wells Run Dry Across Western Provinces") == (
        "Wells Run Dry Across Western Provinces"
    )


def test_dash_led_desk_credit_is_a_byline():
    assert L.classify("-KNB Desk") == L.BYLINE
    assert L.classify("— Valley Bureau") == L.BYLINE
    assert L.classify("– Frontier Post Desk") == L.BYLINE
    assert L.classify("Desk officers met.") == L.BODY


def test_single_spaced_share_and_menu_rows_are_furniture():
    assert L.classify("Share on LinkedIn Share on Reddit Pin it") == L.NAV
    assert L.classify("TWEET SHARE EMAIL PRINT") == L.NAV
    assert L.classify("Home World Business Sport Opinion") == L.NAV
    assert L.classify("Hello! Sign into your account") != L.BODY
    assert L.classify("Forgot your username? Recover it") == L.NAV
    # a headline with a section word or two stays a headline
    assert L.classify("World Bank Pledges Aid To Herat Farmers") == L.TITLE
    assert L.classify("Share Prices Fall in Kabul Market") == L.TITLE


def test_comment_forms_and_bare_breadcrumbs_are_furniture():
    assert L.classify("Leave a Reply Cancel reply") == L.NAV
    assert L.classify("Comment rules * Denotes required field 800 / 800") == L.NAV
    assert L.classify("* Indicates required fields") == L.NAV
    assert L.classify("Home Politics") == L.NAV
    assert L.classify("Home Business Economy") == L.NAV
    assert L.classify("Home Ministry Orders Border Checks") == L.TITLE

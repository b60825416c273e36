"""Header lines as plain-text e-mails and copied pages write them (invented lines)."""

from __future__ import annotations

from afgresearch.corpus import lines as L
from afgresearch.corpus.outlets import agency_outlet


def test_a_double_hyphen_separates_a_source_from_its_date() -> None:
    assert L.source_outlet("Source: Hill Times -- 4 March 2025") == "Hill Times"
    assert L.source_outlet("Source: Valley Post --- 12 May 2025") == "Valley Post"
    # a hyphenated name is not split
    assert (
        L.source_outlet("Source: Radio Free Europe-Radio Liberty")
        == "Radio Free Europe-Radio Liberty"
    )


def test_a_today_stamp_in_a_site_header_is_furniture() -> None:
    assert L.classify("Today : Mar 4, 2025") == L.NAV
    assert L.classify("Today: Tuesday, 4 March 2025") == L.NAV
    assert L.classify("Today: talks resume in Doha") != L.NAV


def test_a_financial_wire_tag_names_its_agency() -> None:
    assert agency_outlet("FRANKFURT (dpa-AFX) - Shares in the bank fell on Monday.") == "dpa-AFX"


def test_an_outlet_name_tagged_onto_the_first_sentence_names_the_outlet() -> None:
    from afgresearch.corpus.textdump import segment_text

    assert L.lead_tag_outlet("Herat Times – The council met on Monday.") == "Herat Times"
    assert L.lead_tag_outlet("KABUL: The council met on Monday.") is None
    assert L.lead_tag_outlet("Update: The council met on Monday.") is None
    (art,) = segment_text(
        "Valley News Agency: Officials in Bamyan said on Monday that 90 families returned.\n\n"
        "They were given tents and flour.\n"
    )
    assert art.outlet == "Valley News Agency"


def test_a_quoted_phrase_under_a_teaser_is_a_pull_quote_and_the_teaser_is_text() -> None:
    from afgresearch.corpus.textdump import segment_text

    text = (
        "12 May 2025\n\n"
        "Officials said on Monday that returns from the west doubled in April, as families "
        "crossed with nothing but their clothes.\n"
        "\u201creturns doubled in April\u201d\n"
    )
    (art,) = segment_text(text)
    assert art.paragraphs and art.paragraphs[0][1].startswith("Officials said on Monday")


def test_a_quoted_line_with_text_under_it_is_no_pull_quote() -> None:
    from afgresearch.corpus.textdump import _pull_quotes

    raw = [
        "They expect lower prices until the harvest.",
        "\u201cWe have nothing left in the villages of the north\u201d",
        "Families in Kabul said on Monday that their savings ran out during the winter.",
    ]
    kinds = [L.classify(line) for line in raw]
    _pull_quotes(raw, kinds)
    assert kinds[1] == L.TITLE

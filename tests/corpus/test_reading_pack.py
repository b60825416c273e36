"""Word-processor reading packs: an excerpt's ``Source:`` line among its own header lines
(a byline, a date line) under a numbered heading of any length (invented packs)."""

from __future__ import annotations

from afgresearch.corpus.layouts import memo_excerpts

PACK = [
    "WATER AND BORDERS: A READING PACK",  # 0
    "",
    "1. Water",  # 2
    "",
    "1.1 Farmers in Balkh Say the New Canal Has Cut Their Share of the Amu River Water",  # 4
    "Staff Report",  # 5
    "Source: Mazar Daily Monitor[1]",  # 6
    "",
    "Farmers said on Sunday that the canal took 30 percent of the flow.",  # 8
    "",
    "1.2 Canal works (Kabul Water Bulletin)",  # 10
    "By Kabul Water Bulletin",  # 11
    "Date: 12 February 2025",  # 12
    "Source: Kabul Water Bulletin[2]",  # 13
    "",
    "Engineers said the first 108 kilometres were finished.",  # 15
    "",
    "1.3 Quotas (Herat Courier)",  # 17
    "Source: Herat Courier[3]",  # 18
    "Published: 3 March 2025",  # 19
    "",
    "Officials in Herat said quotas would be agreed in April.",  # 21
    "",
    "Notes",
    "[1] https://example.org/a",
    "[2] https://example.org/b",
]


def test_a_source_line_under_a_byline_or_above_a_date_opens_the_excerpt() -> None:
    frames = memo_excerpts(PACK)
    assert frames.starts == {6, 13, 18}
    assert frames.told[13] == {"outlet": "Kabul Water Bulletin", "published": "2025-02-12"}
    assert frames.told[18]["published"] == "2025-03-03"
    # the excerpts' text stays; the pack's own headings and credits are its furniture
    assert not {8, 15, 21} & set(frames.dropped)
    assert frames.dropped[4] == "memo section"


def test_a_sentence_above_a_source_line_keeps_it_from_opening_an_excerpt() -> None:
    pack = [*PACK]
    pack[5] = "The pack's editor notes that the figures below are disputed by the ministry."
    frames = memo_excerpts(pack)
    assert 6 not in frames.starts


def test_a_numbered_heading_above_the_excerpt_header_is_its_headline_unless_a_caption() -> None:
    frames = memo_excerpts(PACK)
    assert frames.told[6]["title"] == (
        "Farmers in Balkh Say the New Canal Has Cut Their Share of the Amu River Water"
    )
    # the compiler's own captions: one naming the source in brackets
    assert "title" not in frames.told[13] and "title" not in frames.told[18]


def test_a_short_numbered_heading_is_no_headline() -> None:
    pack = [
        "NOTE",
        "",
        "1. Returns",
        "",
        "1.1 Excerpts",
        "Source: Tolo News, 3 May 2025 [1]",
        "",
        "Officials met on Monday.",
        "",
        "Source: Pajhwok [2]",
        "",
        "Trade resumed.",
    ]
    frames = memo_excerpts(pack)
    assert 5 in frames.starts and "title" not in frames.told[5]

"""Pages printed from a browser: running headers and footers, page breaks inside articles
(invented pages, other outlets and wording)."""

from __future__ import annotations

from afgresearch.corpus import lines as L
from afgresearch.corpus.layouts import print_pages
from afgresearch.corpus.textdump import segment_text

PRINTED = """\
3/11/25, 4:05 PM                              Hill Country Times

Updated: Mar 10, 2025, 08:15 AM

Officials in Bamyan said on Monday that 1,200 families had received seed for the spring.

The programme will reach another 800 families in April, the agriculture office said.

https://hillcountry.example/news/seed-programme-bamyan                    Page 1 of 2

3/11/25, 4:05 PM                              Hill Country Times

Farmers said the seed arrived late, after the first sowing had begun in lower valleys.

https://hillcountry.example/news/seed-programme-bamyan                    Page 2 of 2


3/11/25, 4:07 PM                              Eastern Ledger

Wells Dry Up in Two Districts of Paktia

Villagers in Zurmat said on Sunday that 40 wells had dried up since January.

https://ledger.example/paktia-wells                    Page 1 of 1
"""


def test_headers_and_footers_are_furniture_and_each_document_opens_an_article() -> None:
    raw = PRINTED.split("\n")
    frames = print_pages(raw)
    assert set(frames.dropped.values()) == {"print header", "print footer"}
    assert len(frames.starts) == 2
    arts = segment_text(PRINTED)
    assert len(arts) == 2
    first, second = arts
    texts = [p for _, p in first.paragraphs]
    assert any(t.startswith("Farmers said the seed arrived late") for t in texts)
    assert first.published == "2025-03-10"  # the printing date is no publication date
    assert second.title == "Wells Dry Up in Two Districts of Paktia"


def test_a_file_with_one_address_line_is_not_read_as_printed_pages() -> None:
    raw = ["Talks resume", "", "Officials met.", "", "https://example.org/a    1/2"]
    assert print_pages(raw).starts == set() and print_pages(raw).dropped == {}


def test_a_tag_list_is_furniture_and_a_glued_read_full_story_ends_a_sentence() -> None:
    assert L.classify("#Kabul #Refugees, #Winter") == L.NAV
    assert L.classify("#Kabul") != L.NAV
    teaser = (
        "Aid groups on Friday warned that winter stocks were short in the north... read full story"
    )
    assert L.classify(teaser) == L.BODY


def test_the_site_in_a_print_header_is_the_outlet_only_where_the_text_names_none() -> None:
    arts = segment_text(PRINTED)
    assert [a.outlet for a in arts] == ["Hill Country Times", "Eastern Ledger"]
    wired = PRINTED.replace("Villagers in Zurmat said", "GARDEZ (AFP) — Villagers in Zurmat said")
    assert [a.outlet for a in segment_text(wired)] == ["Hill Country Times", "AFP"]

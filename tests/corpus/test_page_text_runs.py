"""Copied pages whose text sits one paragraph per line in a block with its furniture, page
copyright lines before a wide gap, region and language switches, and wire credits under a
headline (invented pages)."""

from __future__ import annotations

from afgresearch.corpus import lines as L
from afgresearch.corpus.textdump import _page_copyright, _sentence_runs, segment_text

GLUED_PAGE = [
    "Skip to content",
    "HINDU KUSH HERALD",
    "News  Provinces  Economy  Opinion",
    "Sign in",
    "",
    "Bamyan farmers count losses after late frost",
    "Photo: Orchards near Bamyan in April",
    "Farmers in Bamyan said on Monday that a late frost had destroyed 40 percent of the apricot crop.",
    "The provincial agriculture office said 1,200 orchards were hit in three districts.",
    "Officials said seed and fertiliser would be handed out before the next season began.",
    "Aid groups warned that 8,000 families depend on the harvest for their yearly income.",
    "A farmer said the frost came two weeks later than anyone in the valley could remember.",
    "Share on Facebook Share on Twitter",
    "Latest news",
    "- Wheat prices rise in Mazar markets",
    "© 2024 Hindu Kush Herald. All rights reserved.",
    "",
    "",
    "Steppe Wire",
    "Kabul | Herat | Balkh",
    "English Русский Қазақша",
    "",
    "Border market reopens at Hairatan after repairs",
    "",
    "AFP",
    "",
    "The border market at Hairatan reopened on Sunday after a month of repairs, officials said.",
    "Traders said 150 lorries crossed on the first day.",
]


def test_sentence_runs_keep_only_long_runs() -> None:
    kinds = ["title", "body", "body", "nav"] + ["body"] * 5 + ["nav"]
    assert _sentence_runs(kinds, list(range(len(kinds)))) == [4, 5, 6, 7, 8]


def test_page_copyright_needs_a_wide_gap() -> None:
    raw = ["Copyright 2022 Pamir Times", "", "Next page"]
    assert not _page_copyright(raw, ["nav", "blank", "title"], 0)
    assert _page_copyright(raw[:1], ["nav"], 0)
    # no year needed: a site that writes '© Outlet' alone ends its page there too
    assert _page_copyright(["© Pamir Times", "", "", "X"], ["nav", "blank", "blank", "title"], 0)


def test_glued_page_text_kept_and_next_page_split() -> None:
    records = segment_text("\n".join(GLUED_PAGE) + "\n")
    assert len(records) == 2
    first, second = records
    assert [n for n, _ in first.paragraphs] == [8, 9, 10, 11, 12]
    assert first.line_end <= 16
    assert second.title == "Border market reopens at Hairatan after repairs"
    assert second.outlet == "AFP"
    reasons = {n: (kind, reason) for n, kind, reason, _ in second.lines}
    assert reasons[20] == ("boilerplate", "site menu")
    assert reasons[21][0] == "boilerplate"


def test_region_and_language_switches_are_navigation() -> None:
    assert L.classify("Kabul | Herat | Balkh") == L.NAV
    assert L.classify("English Français Русский") == L.NAV
    assert L.is_language_switch("EN | العربية")
    assert not L.is_language_switch("Talks resume in Doha")
    assert not L.is_menu("Kabul | Herat")
    assert not L.is_menu("Floods hit Kunar | Dozens missing | Roads cut")  # items too long


def test_field_code_line_and_sourcing_note_close_an_export_record() -> None:
    text = "\n".join(
        [
            "PUBLICATION: Valley Post",
            "DATE: 3 March 2024",
            "",
            "BODY:",
            "Officials in Herat said on Sunday that 2,000 families had returned from Iran.",
            "",
            'SRC "Valley Post Weekly"',
            "Based on materials from IRNA",
            "URL: https://valley.example/returns",
            "",
            "--- 2 of 2 DOCUMENTS ---",
            "",
            "PUBLICATION: Herat Daily",
            "DATE: 4 March 2024",
            "",
            "BODY:",
            "The border crossing at Islam Qala stayed open on Monday, officials said.",
        ]
    )
    records = segment_text(text + "\n")
    assert [r.line_start for r in records][1] >= 11
    assert not records[1].title
    reasons = {n: (kind, reason) for n, kind, reason, _ in records[0].lines}
    assert reasons[7] == ("metadata", "field code")
    assert L.is_field_code("CO «Herat Mining»")
    assert not L.is_field_code('UN "deeply concerned" over returns')

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

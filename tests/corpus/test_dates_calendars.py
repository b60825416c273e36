"""Solar Hijri month names and the per-file order of slashed dates."""

from __future__ import annotations

from pathlib import Path

from afgresearch.corpus import load_corpus
from afgresearch.corpus.dates import hijri_named_date, iso_date, reading_order, slash_order
from afgresearch.corpus.lines import parse_date


def test_solar_hijri_month_names_afghan_iranian_and_transliterated() -> None:
    assert hijri_named_date("۱ حمل ۱۴۰۳") == "2024-03-20"  # Nowruz 1403
    assert hijri_named_date("مزار شریف، ۱۵ جدی ۱۴۰۲") == "2024-01-05"
    assert hijri_named_date("٢٩ اسفند ١٤٠٢") == "2024-03-19"  # Arabic-Indic digits
    assert hijri_named_date("3 Qaws 1403") == "2024-11-23"
    assert hijri_named_date("32 حوت 1403") == ""  # no such day
    assert iso_date("۱۰ ثور ۱۴۰۴") == "2025-04-30"


def test_slashed_dates_order_decided_by_the_files_own_evidence() -> None:
    # an unambiguous slashed date elsewhere in the file
    assert slash_order("Brief 1 - 05/03/2025\nBrief 2 - 19/03/2025") == "dmy"
    assert slash_order("Posted 03/19/2025 and 03/05/2025") == "mdy"
    # the story's own stamp names the day
    assert slash_order("Item 2 | 11/04/2025\nLast modified: 11 April 2025 09:10") == "dmy"
    assert slash_order("Dispatch 11/04/2025\nOn Nov. 4, 2025 the governor said") == "mdy"
    # no evidence, or as much one way as the other
    assert slash_order("Filed 3/4/2025") == ""
    assert slash_order("13/01/2025 and 01/13/2025") == ""


def test_date_lines_read_in_the_files_order() -> None:
    assert parse_date("Dispatch | 11/04/2025") == "2025-11-04"
    with reading_order("dmy"):
        assert parse_date("Dispatch | 11/04/2025") == "2025-04-11"
        assert parse_date("Dispatch | 11.04.2025") == "2025-04-11"
    with reading_order("mdy"):
        assert parse_date("Dispatch | 11.04.2025") == "2025-04-11"  # dots stay day first


def test_loaded_dump_uses_its_own_order(tmp_path: Path) -> None:
    body = "Officials in Kandahar said 300 families returned from Quetta this week after talks."
    dump = "\n".join(
        [
            "Returns rise in Kandahar",
            "Frontier Post | 09/05/2025",
            "",
            body,
            "",
            "Note: this story was updated on 9 May 2025.",
        ]
    )
    (tmp_path / "d.txt").write_text(dump + "\n", encoding="utf-8")
    assert list(load_corpus(tmp_path).articles["published"]) == ["2025-05-09"]

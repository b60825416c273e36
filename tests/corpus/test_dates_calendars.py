"""Solar Hijri month names and the per-file order of slashed dates."""

from __future__ import annotations

from pathlib import Path

import pytest

from afgresearch.corpus import load_corpus
from afgresearch.corpus.dates import (
    file_order,
    hijri_named_date,
    iso_date,
    numeric_date,
    reading_order,
    slash_order,
)
from afgresearch.corpus.lines import parse_date
from afgresearch.corpus.textdump import segment_text


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025-06-07", "2025-06-07"),
        ("2025.06.07", "2025-06-07"),
        ("1403-02-20", "2024-05-09"),  # Solar Hijri, year first
        ("14-03-2025", "2025-03-14"),
        ("04-03-2025", "2025-03-04"),  # dashes: day first
        ("03-14-2025", "2025-03-14"),  # ... unless only the month-first reading is a date
        ("04.03.25", "2025-03-04"),  # dots: day first, two-digit year 20YY
        ("04/03/2025", "2025-04-03"),  # slashes: month first without the file's evidence
        ("2025-06-07T08:15:00+04:30", "2025-06-07"),
        ("04-03-2025 16:40 PKT", "2025-03-04"),
        ("04-03-2025 officials said", ""),  # a sentence, not a date
        ("31-31-2025", ""),
    ],
)
def test_one_numeric_reader_for_fields_and_date_lines(text: str, expected: str) -> None:
    assert numeric_date(text) == expected
    if expected:
        # a structured field and a text date line read the same digits alike
        assert iso_date(text) == expected
        assert parse_date(f"Posted: {text}") == expected


def test_file_order_keeps_a_callers_order_where_the_file_shows_none() -> None:
    with reading_order("dmy"):
        with file_order("Filed 5/4/2025"):
            assert numeric_date("05/04/2025") == "2025-04-05"
        with file_order("Filed 5/4/2025; earlier brief 4/19/2025"):
            assert numeric_date("05/04/2025") == "2025-05-04"


def _dated_dump(stamp: str, stamp_two: str) -> str:
    return "\n".join(
        [
            "Wheat convoy reaches Bamyan",
            f"Highland Courier | {stamp}",
            "",
            "Forty lorries of wheat reached Bamyan city after the pass reopened, drivers said.",
            "",
            "Clinics reopen in Daikundi",
            f"Highland Courier | {stamp_two}",
            "",
            "Two clinics closed since the winter reopened in Nili, the health office said.",
            "",
        ]
    )


def test_segmenting_a_day_first_dump_reads_its_slashed_dates_day_first() -> None:
    # no caller sets the order: the dump's own unambiguous 21/03/2025 decides it
    recs = segment_text(_dated_dump("02/03/2025", "21/03/2025"))
    assert [r.published for r in recs] == ["2025-03-02", "2025-03-21"]


def test_segmenting_a_month_first_dump_reads_its_slashed_dates_month_first() -> None:
    recs = segment_text(_dated_dump("02/03/2025", "03/21/2025"))
    assert [r.published for r in recs] == ["2025-02-03", "2025-03-21"]

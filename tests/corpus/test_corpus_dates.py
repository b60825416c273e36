"""Publication date normalisation (afgresearch.corpus.dates)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from afgresearch.corpus.dates import iso_date, plausible


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (1715212800, "2024-05-09"),  # epoch seconds
        (1715212800000, "2024-05-09"),  # epoch milliseconds
        ("1715212800000", "2024-05-09"),
        (1715212800.5, "2024-05-09"),
        ("1403/02/20", "2024-05-09"),  # Solar Hijri
        ("1403-02-20", "2024-05-09"),
        ("۱۴۰۳/۰۲/۲۰", "2024-05-09"),  # Persian digits
        ("1399/12/30", "2021-03-20"),
        ("1403/13/01", ""),  # no 13th month: rejected, not guessed
        ("9 May 2024", "2024-05-09"),
        ("2024-05-09T23:30:00+04:30", "2024-05-09"),
        ("05/09/2024", "2024-05-09"),  # both orders valid: month first
        ("13/05/2024", "2024-05-13"),  # month first invalid: day first
        ("05/13/2024", "2024-05-13"),
        ("31/31/2024", ""),
        ("1850-01-01", ""),  # implausibly old
        ("0001-01-01", ""),
        ("nonsense", ""),
        ("", ""),
        (None, ""),
        (float("nan"), ""),
        (True, ""),
        (date(2024, 5, 9), "2024-05-09"),
        (datetime(2024, 5, 9, 22, 0), "2024-05-09"),
    ],
)
def test_iso_date(value, expected):
    assert iso_date(value) == expected


def test_far_future_dates_are_dropped():
    soon = datetime.now(UTC).date() + timedelta(days=30)
    later = datetime.now(UTC).date() + timedelta(days=800)
    assert iso_date(soon.isoformat()) == soon.isoformat()
    assert iso_date(later.isoformat()) == ""
    assert not plausible(date(1899, 12, 31))

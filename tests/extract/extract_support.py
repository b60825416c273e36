"""Helpers shared by the extraction tests (a module of its own, so that test folders with
their own conftest.py can run in one session)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
DATA = Path(__file__).resolve().parents[1] / "data" / "extract"


def make_paragraphs(
    *texts: str, article_id: str = "a1", source_file: str = "t.txt"
) -> pd.DataFrame:
    """One paragraph per text, on lines 1, 3, 5 ..."""
    return pd.DataFrame(
        {
            "paragraph_id": [f"{article_id}-p{i}" for i in range(len(texts))],
            "article_id": [article_id] * len(texts),
            "source_file": [source_file] * len(texts),
            "line": [2 * i + 1 for i in range(len(texts))],
            "text": list(texts),
        }
    )


def event_rows(text: str, published: str = "2025-05-10") -> list[list[str]]:
    """``[cameo_code, date]`` of each event in ``text``, one article published on ``published``."""
    from afgresearch.extract import extract_events

    arts = pd.DataFrame({"article_id": ["a1"], "published": [published]})
    return extract_events(make_paragraphs(text), arts)[["cameo_code", "date"]].values.tolist()


def event_dates_of(text: str, code: str, published: str = "2025-05-10") -> list[str]:
    """The dates of the events of ``code`` in ``text`` (see :func:`event_rows`)."""
    return [d for c, d in event_rows(text, published) if c == code]

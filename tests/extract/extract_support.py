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

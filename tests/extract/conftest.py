"""Fixtures for extraction tests: paragraphs built by hand and from the seed files."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

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


@pytest.fixture(scope="session")
def seed_paragraphs() -> pd.DataFrame:
    """Every non-empty seed line as a paragraph keyed by source_file and line."""
    rows = []
    for path in sorted(SEEDS.glob("*.txt")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if line.strip():
                rows.append(
                    {
                        "paragraph_id": f"{path.name}:{number}",
                        "article_id": path.name,
                        "source_file": path.name,
                        "line": number,
                        "text": line,
                    }  # fmt: skip
                )
    return pd.DataFrame(rows)


@pytest.fixture(scope="session")
def seed_claims(seed_paragraphs: pd.DataFrame) -> pd.DataFrame:
    from afgresearch.extract import extract_claims

    return extract_claims(seed_paragraphs)

"""Fixtures for extraction tests: paragraphs built by hand and from the seed files."""

from __future__ import annotations

import pandas as pd
import pytest
from extract_support import DATA, SEEDS, make_paragraphs  # noqa: F401 (re-exported)


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

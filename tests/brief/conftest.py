"""Fixtures for the brief tests."""

from __future__ import annotations

import pandas as pd
import pytest
from brief_tables import build_seed_tables


@pytest.fixture(scope="session")
def seed_tables() -> dict[str, pd.DataFrame]:
    """Hand-made tables for the seed corpus (independent of the extraction modules)."""
    return build_seed_tables()

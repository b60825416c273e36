"""Evidence extraction: quantitative claims, actors, CAMEO-coded events and dates.

Every table carries provenance (``source_file``, 1-based ``line``) and uses the column
contracts of :mod:`afgresearch.schema`. Rule-based throughout (spaCy blank pipeline,
regular expressions, editable YAML data); deterministic.

Example
-------
>>> import pandas as pd
>>> from afgresearch.extract import extract_claims
>>> p = pd.DataFrame({"paragraph_id": ["p"], "article_id": ["a"], "source_file": ["f"],
...                   "line": [1], "text": ["At least four people were killed."]})
>>> extract_claims(p)[["value", "qualifier", "unit"]].values.tolist()
[[4.0, 'at_least', 'people']]
"""

from afgresearch.extract.actors import actors_table, co_mentions, extract_mentions
from afgresearch.extract.claims import claim_disagreements, extract_claims
from afgresearch.extract.dates import byline_date, find_byline_date, find_dates, resolve
from afgresearch.extract.errors import (
    CameoPatternError,
    ExtractError,
    GazetteerError,
    InputTableError,
)
from afgresearch.extract.events import extract_events, load_cameo
from afgresearch.extract.evidence import evidence_tables
from afgresearch.extract.flags import flag_claims
from afgresearch.extract.gazetteer import Gazetteer, load_gazetteer
from afgresearch.extract.numbers import find_numbers

__all__ = [
    "CameoPatternError",
    "ExtractError",
    "Gazetteer",
    "GazetteerError",
    "InputTableError",
    "actors_table",
    "byline_date",
    "claim_disagreements",
    "co_mentions",
    "evidence_tables",
    "extract_claims",
    "extract_events",
    "extract_mentions",
    "find_byline_date",
    "find_dates",
    "find_numbers",
    "flag_claims",
    "load_cameo",
    "load_gazetteer",
    "resolve",
]

"""``afgresearch extract``: claims, mentions, actors, co-mentions and events from a paragraphs table.

Example
-------
>>> import argparse
>>> sub = argparse.ArgumentParser().add_subparsers()
>>> register(sub)
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import Any

import pandas as pd

from afgresearch.extract.errors import ExtractError, InputTableError

log = logging.getLogger(__name__)


def register(subparsers: Any) -> None:
    """Add the ``extract`` subcommand."""
    parser = subparsers.add_parser(
        "extract",
        help="extract claims, actors and CAMEO events from a paragraphs table",
        description="Read a paragraphs table (CSV or Parquet, PARAGRAPH_COLUMNS) and write "
        "claims, disagreements, mentions, actors, co_mentions and events as CSV and Parquet.",
    )
    parser.add_argument(
        "paragraphs", metavar="PARAGRAPHS", help="paragraphs table (.csv or .parquet)"
    )
    parser.add_argument(
        "--articles", metavar="FILE", default=None, help="articles table, for dates"
    )
    parser.add_argument("--gazetteer", metavar="YAML", default=None, help="actor gazetteer YAML")
    parser.add_argument("--out", metavar="DIR", default=".", help="output folder (default: .)")
    parser.set_defaults(func=run)


def read_table(path: str | Path) -> pd.DataFrame:
    """Read a CSV or Parquet table; raise InputTableError naming the file on failure.

    Example
    -------
    >>> read_table("missing.csv")
    Traceback (most recent call last):
    ...
    afgresearch.extract.errors.InputTableError: cannot read table missing.csv: file not found
    """
    path = Path(path)
    if not path.exists():
        raise InputTableError(f"cannot read table {path}: file not found")
    try:
        if path.suffix.lower() == ".parquet":
            return pd.read_parquet(path)
        return pd.read_csv(path, dtype=str, keep_default_na=False)
    except Exception as exc:  # any reader failure becomes one clear message
        raise InputTableError(f"cannot read table {path}: {exc}") from None


def run(args: argparse.Namespace) -> int:
    """Run the extraction; write the tables; return the exit code."""
    from afgresearch.extract import (
        actors_table,
        claim_disagreements,
        co_mentions,
        extract_claims,
        extract_events,
        extract_mentions,
        load_gazetteer,
    )

    try:
        paragraphs = read_table(args.paragraphs)
        articles = read_table(args.articles) if args.articles else None
        gazetteer = load_gazetteer(args.gazetteer) if args.gazetteer else None
        claims = extract_claims(paragraphs, articles)
        mentions = extract_mentions(paragraphs, gazetteer)
        tables = {
            "claims": claims,
            "disagreements": claim_disagreements(claims),
            "mentions": mentions,
            "actors": actors_table(mentions, gazetteer),
            "co_mentions": co_mentions(mentions),
            "events": extract_events(paragraphs, articles, gazetteer),
        }
    except ExtractError as exc:
        print(f"afgresearch extract: {exc}", file=sys.stderr)
        return 1
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for name, table in tables.items():
        table.to_csv(out / f"{name}.csv", index=False)
        table.to_parquet(out / f"{name}.parquet", index=False)
        log.info("%s: %d rows", name, len(table))
    print(out)
    return 0

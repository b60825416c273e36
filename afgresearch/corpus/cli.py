"""``afgresearch corpus PATH [--write DIR]``: summarise a corpus and optionally write its tables.

Example
-------
>>> import argparse
>>> sub = argparse.ArgumentParser().add_subparsers()
>>> register(sub)
"""

from __future__ import annotations

import argparse
import sys

from afgresearch.corpus.decode import DEFAULT_MAX_BYTES
from afgresearch.corpus.errors import CorpusError


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``corpus`` subcommand to ``subparsers``."""
    parser = subparsers.add_parser(
        "corpus",
        help="parse news files into articles and paragraphs; print a summary",
        description="Parse news files (text dumps, HTML, RSS/Atom feeds, CSV, JSONL, Parquet) into "
        "articles, body paragraphs and rejects; print articles and paragraphs per file.",
    )
    parser.add_argument("path", nargs="+", help="file(s) or folder(s) holding the news files")
    parser.add_argument(
        "--write",
        metavar="DIR",
        help="write articles/paragraphs/rejects/lines as CSV and Parquet",
    )
    parser.add_argument(
        "--root", metavar="DIR", help="folder that source_file paths are relative to"
    )
    parser.add_argument(
        "--max-bytes",
        type=int,
        default=DEFAULT_MAX_BYTES,
        help="size limit for text dumps and HTML pages",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Run the ``corpus`` subcommand; returns the exit code (1 when nothing usable remains)."""
    from afgresearch.corpus.load import load_corpus

    try:
        corpus = load_corpus(args.path, root=args.root, max_bytes=args.max_bytes)
    except CorpusError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    summary = corpus.summary()
    print(summary.to_string(index=False))
    print(
        f"\n{len(corpus.articles)} articles, {len(corpus.paragraphs)} paragraphs, "
        f"{len(corpus.rejects)} rejects (root: {corpus.root})"
    )
    if len(corpus.lines):
        print("\nlines of the text dumps by kind (dropped_share: share that is boilerplate):")
        print(corpus.line_summary().to_string(index=False))
    if args.write:
        for path in corpus.write_tables(args.write):
            print(f"wrote {path}")
    return 0

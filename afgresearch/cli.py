"""The ``afgresearch`` command line: one subcommand per pipeline step, plus ``report``.

Each step module exposes ``register(subparsers)``, which adds its subcommand and sets
``func`` (called with the parsed arguments, returning an exit code).

Example
-------
>>> main(["--version"])  # doctest: +SKIP
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from afgresearch import __version__

# modules that contribute subcommands, in the order --help lists them
COMMAND_MODULES: tuple[str, ...] = (
    "afgresearch.corpus.cli",
    "afgresearch.extract.cli",
    "afgresearch.pipeline.cli",
)


def build_parser() -> argparse.ArgumentParser:
    """Return the top-level argument parser with every subcommand registered."""
    parser = argparse.ArgumentParser(
        prog="afgresearch",
        description="Research briefs on Afghanistan from news dumps.",
    )
    parser.add_argument("--version", action="version", version=f"afgresearch {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug messages")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the process exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO,
        format="%(levelname)s %(name)s: %(message)s",
    )
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    return int(args.func(args) or 0)


if __name__ == "__main__":
    sys.exit(main())

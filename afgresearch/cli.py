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

# subcommand -> module that registers it, in the order --help lists them
COMMANDS: dict[str, str] = {
    "corpus": "afgresearch.corpus.cli",
    "extract": "afgresearch.extract.cli",
    "report": "afgresearch.pipeline.cli",
}
COMMAND_MODULES: tuple[str, ...] = tuple(COMMANDS.values())


def _requested_command(argv: Sequence[str] | None) -> str | None:
    """The subcommand named on the command line, if it is a known one."""
    words = [w for w in (sys.argv[1:] if argv is None else argv) if not w.startswith("-")]
    return words[0] if words and words[0] in COMMANDS else None


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """Return the top-level argument parser.

    With ``command`` only that subcommand's module is imported (each step pulls in its own
    heavy libraries, so ``afgresearch report`` does not pay for spaCy); without it, every
    subcommand is registered, as ``--help`` needs.
    """
    parser = argparse.ArgumentParser(
        prog="afgresearch",
        description="Research briefs on Afghanistan from news dumps.",
    )
    parser.add_argument("--version", action="version", version=f"afgresearch {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug messages")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    modules = [COMMANDS[command]] if command else COMMAND_MODULES
    for name in modules:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the process exit code."""
    parser = build_parser(_requested_command(argv))
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

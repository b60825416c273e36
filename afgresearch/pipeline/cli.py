"""``afgresearch report``: run the whole pipeline into a new run folder.

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
from typing import Any

from afgresearch.pipeline.params import help_text

EXAMPLES = """
parameters (-p NAME VALUE, or a YAML file of NAME: VALUE with -f):
{params}

examples:
  afgresearch report
  afgresearch report --corpus ~/dumps --out ~/runs -p n_clusters 8 -p title "Returns in 2025"
  afgresearch report -f params.yaml --quiet      # for cron: prints only the run folder
"""


def register(subparsers: Any) -> None:
    """Add the ``report`` subcommand."""
    parser = subparsers.add_parser(
        "report",
        help="run the whole pipeline into a new run folder and print where the brief is",
        description="Run the numbered notebooks on a corpus into OUT/<run_id>/ (tables, figures, "
        "brief.md, brief.html, manifest.json, executed notebooks); OUT/latest then points at it.",
        epilog=EXAMPLES.format(params=help_text()),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--corpus", metavar="DIR", default=None, help="corpus folder or file (default: seeds)"
    )
    parser.add_argument(
        "--out", metavar="DIR", default="outputs", help="output folder (default: outputs)"
    )
    parser.add_argument(
        "-p",
        "--param",
        nargs=2,
        action="append",
        metavar=("NAME", "VALUE"),
        default=[],
        help="set a parameter (repeatable)",
    )
    parser.add_argument(
        "-f", "--params-file", metavar="YAML", default=None, help="YAML file of parameters"
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress bar or step log")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Run the report; print the run folder and the brief; return the exit code."""
    from afgresearch.pipeline.errors import ParameterError, ParameterFileError, PipelineError
    from afgresearch.pipeline.run import run_report

    if args.quiet:
        logging.getLogger("afgresearch").setLevel(logging.WARNING)
    params: dict[str, str] = {}
    for name, value in args.param:
        params[name] = value
    try:
        result = run_report(
            corpus=args.corpus,
            out=args.out,
            params=params,
            params_file=args.params_file,
            quiet=args.quiet,
        )
    except PipelineError as exc:
        print(f"afgresearch report: error: {exc}", file=sys.stderr)
        return 2 if isinstance(exc, ParameterError | ParameterFileError) else 1
    except KeyboardInterrupt:
        print("afgresearch report: interrupted", file=sys.stderr)
        return 130
    print(result.run_dir)
    if not args.quiet:
        print(f"brief: {result.brief_md} ({result.brief_html.name} beside it)")
    return 0

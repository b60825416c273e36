"""Event extraction on the probe set of real news sentences (tests/data/extract/event_probe.csv):
rows with any event, with an event of the labelled CAMEO root, with that event's date right, and
negative checks that hold. ``--verbose`` lists each row that misses.

Usage: ``python benchmarks/event_probe.py [--verbose]``
"""

from __future__ import annotations

import argparse
from pathlib import Path

from afgresearch.extract.evaluate import ratio
from afgresearch.extract.probe import load_probe, probe_events, root_of, score_probe

PROBE = Path(__file__).resolve().parents[1] / "tests" / "data" / "extract" / "event_probe.csv"


def main(argv: list[str] | None = None) -> int:
    """Print the figures (and, verbose, each row's events)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--verbose", action="store_true", help="list each row's events")
    args = ap.parse_args(argv)
    rows = load_probe(PROBE)
    events = probe_events(rows)
    for name, pair in score_probe(rows, events).items():
        print(f"probe  {name:<6} {pair[0]:>3} / {pair[1]:<3} {ratio(pair):.2f}")
    if args.verbose:
        for row in rows.itertuples(index=False):
            got = events[events["source_file"] == f"{row.id}.txt"]
            pairs = [(root_of(c), d, b) for c, d, b in
                     zip(got["cameo_code"], got["date"], got["date_basis"], strict=True)]  # fmt: skip
            print(f"{row.id:<14} want {row.expected_root or '-':<6} {row.expected_date or '-':<10} "
                  f"not {row.forbidden_root or '-'}@{row.forbidden_date or '-'}  got {pairs}")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

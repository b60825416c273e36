"""Event extraction on the probe sets of real news sentences: ``probe``
(tests/data/extract/event_probe.csv, whose misses the rules were written from) and ``check``
(event_probe_check.csv, labelled and scored once after those rules, never tuned on): rows with any
event, with an event of the labelled CAMEO root, with that event's date right, and negative checks
that hold. ``--verbose`` lists each row's events.

Usage: ``python benchmarks/event_probe.py [--verbose]``
"""

from __future__ import annotations

import argparse
from pathlib import Path

from afgresearch.extract.evaluate import ratio
from afgresearch.extract.probe import load_probe, probe_events, root_of, score_probe

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "extract"
SETS = {
    "probe": DATA / "event_probe.csv",
    "check": DATA / "event_probe_check.csv",
    "check2": DATA / "event_probe_check2.csv",
    "check3": DATA / "event_probe_check3.csv",
    "check4": DATA / "event_probe_check4.csv",
    "check5": DATA / "event_probe_check5.csv",
    "check6": DATA / "event_probe_check6.csv",
}


def main(argv: list[str] | None = None) -> int:
    """Print the figures (and, verbose, each row's events)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--verbose", action="store_true", help="list each row's events")
    args = ap.parse_args(argv)
    for label, path in SETS.items():
        rows = load_probe(path)
        events = probe_events(rows)
        for name, pair in score_probe(rows, events).items():
            print(f"{label:<6} {name:<6} {pair[0]:>3} / {pair[1]:<3} {ratio(pair):.2f}")
        if not args.verbose:
            continue
        for row in rows.itertuples(index=False):
            got = events[events["source_file"] == f"{row.id}.txt"]
            pairs = [(root_of(c), d, b) for c, d, b in
                     zip(got["cameo_code"], got["date"], got["date_basis"], strict=True)]  # fmt: skip
            print(f"{row.id:<14} want {row.expected_root or '-':<6} {row.expected_date or '-':<10} "
                  f"not {row.forbidden_root or '-'}@{row.forbidden_date or '-'}  got {pairs}")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

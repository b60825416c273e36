"""Event dates and claims on the development set (tests/data/extract/dev_*.yaml, tuned on) and
on the check set (check_*.yaml, labelled after the rules were written, never tuned on).

Usage: ``python benchmarks/extract_dev.py``; prints one line per set and measure (hits / total).
"""

from __future__ import annotations

from pathlib import Path

from afgresearch.extract.evaluate import load_labelled, ratio, score_claims, score_events

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "extract"


def main() -> None:
    """Print the scores."""
    for label in ("dev", "check"):
        events = score_events(load_labelled(DATA / f"{label}_events.yaml"))
        claims = score_claims(load_labelled(DATA / f"{label}_claims.yaml"))
        for name, table in (("events", events), ("claims", claims)):
            for measure, pair in table.items():
                print(f"{label:<6} {name:<7} {measure:<15} {pair[0]:>3} / {pair[1]:<3} "
                      f"{ratio(pair):.2f}")  # fmt: skip


if __name__ == "__main__":
    main()

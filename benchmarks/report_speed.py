"""The whole report's time on the seeds, as a ratio to papermill running a one-cell notebook.

``python benchmarks/report_speed.py [--repeat N] [--corpus DIR]``

Both sides are measured in the same run, as fresh processes, the way a user starts them:

- baseline: ``python -m papermill one_cell.ipynb out.ipynb`` where the one cell imports
  pandas, scikit-learn and matplotlib;
- report: ``afgresearch report --quiet --corpus seeds --out <tmp>`` (all notebooks, tables,
  figures, brief and manifest).

The median of ``--repeat`` runs of each is reported; the last line is
``baseline_s=.. report_s=.. ratio=..`` (issue target: ratio <= 3).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
IMPORTS = "import pandas\nimport sklearn\nimport matplotlib\nimport matplotlib.pyplot as plt"


def _timed(cmd: list[str]) -> float:
    began = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    seconds = time.perf_counter() - began
    if proc.returncode != 0:
        raise SystemExit(
            f"command failed ({proc.returncode}): {' '.join(cmd)}\n{proc.stderr[-3000:]}"
        )
    return seconds


def main(argv: list[str] | None = None) -> int:
    """Measure both, print the times and the ratio; return 0."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs of each (median reported)")
    parser.add_argument("--corpus", default=str(ROOT / "seeds"), help="corpus for the report")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="afg-bench-") as tmp:
        tmp_path = Path(tmp)
        nb = nbformat.v4.new_notebook()
        nb.cells = [nbformat.v4.new_code_cell(IMPORTS)]
        nb.metadata["kernelspec"] = {
            "name": "python3",
            "display_name": "Python 3",
            "language": "python",
        }
        one_cell = tmp_path / "one_cell.ipynb"
        nbformat.write(nb, str(one_cell))
        baseline_cmd = [
            sys.executable,
            "-m",
            "papermill",
            "--no-progress-bar",
            "-k",
            "python3",
            str(one_cell),
            str(tmp_path / "one_cell_out.ipynb"),
        ]
        report_cmd = [
            str(BIN / "afgresearch"),
            "report",
            "--quiet",
            "--corpus",
            args.corpus,
            "--out",
            str(tmp_path / "out"),
        ]
        _timed(baseline_cmd)  # warm the file-system cache for both before measuring
        _timed(report_cmd)
        baseline, report = [], []
        for _ in range(max(1, args.repeat)):
            baseline.append(_timed(baseline_cmd))
            report.append(_timed(report_cmd))
    b, r = statistics.median(baseline), statistics.median(report)
    print(
        f"papermill one-cell notebook (pandas, sklearn, matplotlib): {b:.2f}s  runs: {[round(x, 2) for x in baseline]}"
    )
    print(
        f"afgresearch report on {Path(args.corpus).name}: {r:.2f}s  runs: {[round(x, 2) for x in report]}"
    )
    print(f"baseline_s={b:.2f} report_s={r:.2f} ratio={r / b:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

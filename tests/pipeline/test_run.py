"""Run mechanics with throwaway notebooks: completeness, failures, signals, concurrency."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import pytest

from afgresearch.pipeline import NotebookCellError, ParameterError, run_report
from afgresearch.pipeline.manifest import sha256_file
from afgresearch.pipeline.runfolder import FAILED_PREFIX, PARTIAL_PREFIX, latest_run

REQUIRED = ("brief.md", "tables")


def _entries(out: Path) -> list[str]:
    return sorted(p.name for p in out.iterdir())


def test_complete_run(tmp_path: Path, corpus: Path, books: list[Path]):
    out = tmp_path / "out"
    result = run_report(
        corpus,
        out,
        params={"n_clusters": "5", "title": "T"},
        notebooks=books,
        required_outputs=REQUIRED,
        quiet=True,
    )
    assert result.run_dir.parent == out and (out / "latest").resolve() == result.run_dir.resolve()
    m = json.loads((result.run_dir / "manifest.json").read_text())
    assert m == result.manifest
    assert m["parameters"]["n_clusters"] == 5 and m["parameters"]["corpus"] == str(corpus.resolve())
    assert m["inputs"] == {"a.txt": sha256_file(corpus / "a.txt")}
    assert set(m["durations_s"]) == {"01_first", "02_second"}
    assert {"python", "pandas", "papermill"} <= set(m["versions"])
    for rel, digest in m["outputs"].items():
        assert sha256_file(result.run_dir / rel) == digest
    assert {
        "brief.md",
        "tables/x.csv",
        "notebooks/01_first.ipynb",
        "notebooks/02_second.ipynb",
    } <= set(m["outputs"])
    # parameters reached the notebooks (only those each declares)
    nb = nbformat.read(str(result.run_dir / "notebooks" / "02_second.ipynb"), 4)
    injected = next(c for c in nb.cells if "injected-parameters" in c.metadata.get("tags", []))
    assert "title = " in injected.source and "n_clusters" not in injected.source
    assert nb.cells[-1].outputs[0]["text"] == "T\n"
    assert m["started"] <= m["finished"] and m["previous_run"] is None
    # the second run sees the first as its previous run
    again = run_report(corpus, out, notebooks=books, required_outputs=REQUIRED, quiet=True)
    assert again.manifest["previous_run"] == result.run_dir.name
    assert latest_run(out) == again.run_dir


def test_bad_parameter_refused_before_anything_runs(
    tmp_path: Path, corpus: Path, books: list[Path]
):
    out = tmp_path / "out"
    with pytest.raises(ParameterError, match="'n_clusters'"):
        run_report(corpus, out, params={"n_clusters": "many"}, notebooks=books)
    with pytest.raises(ParameterError, match="unknown parameter 'run_dir'"):
        run_report(corpus, out, params={"run_dir": "/etc"}, notebooks=books)
    assert not out.exists()


def test_failing_cell_keeps_failed_run_and_latest(
    tmp_path: Path, corpus: Path, books: list[Path], notebook_factory
):
    out = tmp_path / "out"
    good = run_report(corpus, out, notebooks=books, required_outputs=REQUIRED, quiet=True).run_dir
    bad = notebook_factory(
        tmp_path / "books" / "03_bad.ipynb", ["x = 1", "raise RuntimeError('boom in cell')"]
    )
    with pytest.raises(NotebookCellError) as info:
        run_report(corpus, out, notebooks=[*books, bad], required_outputs=REQUIRED, quiet=True)
    err = info.value
    assert (
        "03_bad.ipynb" in str(err)
        and "cell" in str(err)
        and "RuntimeError: boom in cell" in str(err)
    )
    assert err.ename == "RuntimeError"
    failed = Path(err.executed_path)
    assert failed.is_file() and failed.parent.parent.name.startswith(FAILED_PREFIX)
    executed = nbformat.read(str(failed), 4)
    assert any(
        o.get("ename") == "RuntimeError" for c in executed.cells for o in c.get("outputs", [])
    )
    assert latest_run(out) == good
    assert not [n for n in _entries(out) if n.startswith(PARTIAL_PREFIX)]


def test_missing_outputs_fail_the_run(tmp_path: Path, corpus: Path, notebook_factory):
    book = notebook_factory(tmp_path / "01_nothing.ipynb", ["pass"])
    with pytest.raises(Exception, match="did not write brief.md"):
        run_report(
            corpus, tmp_path / "out", notebooks=[book], required_outputs=REQUIRED, quiet=True
        )
    assert [n.startswith(FAILED_PREFIX) for n in _entries(tmp_path / "out")] == [True]


SCRIPT = """
import sys
from afgresearch.pipeline import run_report
r = run_report(sys.argv[1], sys.argv[2], notebooks=sys.argv[3:], required_outputs=("brief.md",), quiet=True)
print(r.run_dir, flush=True)
"""


def _start(corpus: Path, out: Path, books: list[Path]) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", SCRIPT, str(corpus), str(out), *map(str, books)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_signal_leaves_earlier_runs_and_latest(
    tmp_path: Path, corpus: Path, books: list[Path], notebook_factory, signum
):
    out = tmp_path / "out"
    good = run_report(corpus, out, notebooks=books, required_outputs=REQUIRED, quiet=True).run_dir
    before = {p.relative_to(good): p.read_bytes() for p in good.rglob("*") if p.is_file()}
    flag = tmp_path / "started"
    slow = notebook_factory(
        tmp_path / "books" / "03_slow.ipynb",
        [f"open({str(flag)!r}, 'w').close()\nimport time\ntime.sleep(60)"],
    )
    proc = _start(corpus, out, [*books, slow])
    deadline = time.monotonic() + 30
    while not flag.exists() and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.1)
    assert flag.exists(), (
        proc.stderr.read() if proc.poll() is not None else "notebook did not start"
    )
    proc.send_signal(signum)
    proc.wait(timeout=30)
    assert proc.returncode != 0
    assert latest_run(out) == good
    assert {p.relative_to(good): p.read_bytes() for p in good.rglob("*") if p.is_file()} == before
    names = _entries(out)
    assert not [n for n in names if n.startswith(PARTIAL_PREFIX)]
    failed = [n for n in names if n.startswith(FAILED_PREFIX)]
    assert len(failed) == 1 and (out / failed[0] / "notebooks" / "03_slow.ipynb").is_file()
    assert not (out / failed[0] / "manifest.json").exists()


def test_concurrent_runs_complete_into_distinct_folders(
    tmp_path: Path, corpus: Path, books: list[Path]
):
    out = tmp_path / "out"
    procs = [_start(corpus, out, books) for _ in range(2)]
    dirs = []
    for proc in procs:
        stdout, stderr = proc.communicate(timeout=120)
        assert proc.returncode == 0, stderr
        dirs.append(Path(stdout.strip()))
    assert dirs[0] != dirs[1] and all((d / "manifest.json").is_file() for d in dirs)
    assert (out / os.readlink(out / "latest")) in dirs
    assert sorted(_entries(out)) == sorted([d.name for d in dirs] + ["latest"])

"""End to end on the seeds: a complete run folder, citations that resolve, byte-identical
reruns, and the "since the previous run" section."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from afgresearch.brief import find_citations, verify_citations
from afgresearch.pipeline import run_report
from afgresearch.pipeline.manifest import stable_part
from afgresearch.pipeline.run import PROJECT_ROOT
from afgresearch.schema import TABLES

SEEDS = PROJECT_ROOT / "seeds"
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def two_runs(tmp_path_factory) -> tuple[Path, Path]:
    base = tmp_path_factory.mktemp("report")
    first = run_report(SEEDS, base / "a", quiet=True).run_dir
    second = run_report(SEEDS, base / "b", quiet=True).run_dir
    return first, second


def _files(run: Path) -> dict[str, bytes]:
    return {
        p.relative_to(run).as_posix(): p.read_bytes()
        for p in sorted(run.rglob("*"))
        if p.is_file() and p.name != "manifest.json" and "notebooks" not in p.relative_to(run).parts
    }


def test_run_folder_is_complete(two_runs):
    run = two_runs[0]
    for name in ("brief.md", "brief.html", "manifest.json"):
        assert (run / name).is_file(), name
    for table in TABLES:
        for ext in ("csv", "parquet"):
            assert (run / "tables" / f"{table}.{ext}").is_file(), f"{table}.{ext}"
    pngs = sorted(p.stem for p in (run / "figures").glob("*.png"))
    assert pngs and pngs == sorted(p.stem for p in (run / "figures").glob("*.svg"))
    assert sorted(p.name for p in (run / "notebooks").iterdir()) == [
        "01_corpus.ipynb",
        "02_themes.ipynb",
        "03_evidence.ipynb",
        "04_brief.ipynb",
    ]
    manifest = json.loads((run / "manifest.json").read_text())
    assert set(manifest["inputs"]) == {p.name for p in SEEDS.iterdir() if p.is_file()}
    assert set(manifest["durations_s"]) == {"01_corpus", "02_themes", "03_evidence", "04_brief"}
    assert (run.parent / "latest").resolve() == run.resolve()


def test_brief_citations_resolve_to_real_lines(two_runs):
    text = (two_runs[0] / "brief.md").read_text(encoding="utf-8")
    assert len(find_citations(text)) >= 10
    assert verify_citations(text, SEEDS) == []


def test_two_runs_are_byte_identical(two_runs):
    a, b = (_files(run) for run in two_runs)
    assert sorted(a) == sorted(b)
    assert {"brief.md", "brief.html"} <= set(a)
    assert any(k.endswith(".parquet") for k in a) and any(k.endswith(".svg") for k in a)
    differing = [name for name in a if a[name] != b[name]]
    assert differing == []
    ma, mb = (json.loads((run / "manifest.json").read_text()) for run in two_runs)
    assert stable_part(ma) == stable_part(mb)
    assert ma["run_id"] != mb["run_id"]


def test_second_run_compares_with_the_first(two_runs):
    first = two_runs[0]
    again = run_report(SEEDS, first.parent, quiet=True)
    assert again.manifest["previous_run"] == first.name
    assert "Since the previous run" in again.brief_md.read_text(encoding="utf-8")
    assert "Since the previous run" not in (first / "brief.md").read_text(encoding="utf-8")

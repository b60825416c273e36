"""The brief is made from the run's tables alone: rebuilt from the written tables it is the
same file, and it says what the tables say (disagreements, figures quoted as stated)."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from report_run import write_report_tables
from verbatim import assert_figures_verbatim, source_lines

from afgresearch.brief import write_brief
from afgresearch.figures import make_figures
from afgresearch.pipeline.tables import TABLES_DIR, read_table

# two unattributed reports of one measure, in two articles of one file
REPORTS = [
    "Some 40,000 Afghans were deported from Iran in the past three weeks, leaving camps full.",
    "More than 65,000 Afghans were deported from Iran in the past three weeks, a survey found.",
]
FILLER = [
    "The foreign ministers met in Doha to discuss a new transit agreement and trade routes.",
    "Women and girls remain barred from secondary schools across the country this year.",
    "Rights monitors said dozens of journalists were detained in Kabul over the winter.",
    "The envoy visited Islamabad for talks on border crossings and the transit of goods.",
    "Flour prices rose again in the eastern markets, traders told reporters on Monday.",
    "Aid agencies said about 1.3 million children need food support before the winter.",
]


def _corpus(root: Path) -> Path:
    """One JSON Lines file: each record an untitled, undated article of two paragraphs."""
    folder = root / "corpus"
    folder.mkdir()
    bodies = [REPORTS[0] + "\n\n" + FILLER[0], REPORTS[1] + "\n\n" + FILLER[1]]
    bodies += [FILLER[i] + "\n\n" + FILLER[(i + 1) % len(FILLER)] for i in range(2, 6)]
    lines = [json.dumps({"text": body, "outlet": "Wire"}) for body in bodies]
    (folder / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict[str, pd.DataFrame]]:
    """A run folder written as the notebooks write it: tables, figures, then the brief."""
    root = tmp_path_factory.mktemp("run")
    corpus_dir = _corpus(root)
    run_dir = root / "run"
    tables = write_report_tables(corpus_dir, run_dir)
    make_figures(tables, run_dir / "figures")
    write_brief(
        tables, run_dir, corpus_root=corpus_dir, strict=True, figures_dir=run_dir / "figures"
    )
    return run_dir, corpus_dir, tables


def test_brief_rebuilt_from_the_written_tables_is_the_same_file(run) -> None:
    run_dir, corpus_dir, _ = run
    first = [(run_dir / n).read_bytes() for n in ("brief.md", "brief.html")]
    names = sorted(p.stem for p in (run_dir / TABLES_DIR).glob("*.parquet"))
    tables = {name: read_table(run_dir, name) for name in names}
    for name in ("brief.md", "brief.html"):
        (run_dir / name).unlink()
    write_brief(
        tables, run_dir, corpus_root=corpus_dir, strict=True, figures_dir=run_dir / "figures"
    )
    assert [(run_dir / n).read_bytes() for n in ("brief.md", "brief.html")] == first
    # and from the CSV files alone
    csv_only = run_dir.parent / "csv_only"
    (csv_only / TABLES_DIR).mkdir(parents=True)
    for path in (run_dir / TABLES_DIR).glob("*.csv"):
        (csv_only / TABLES_DIR / path.name).write_bytes(path.read_bytes())
    tables = {name: read_table(csv_only, name) for name in names}
    md, _ = write_brief(tables, run_dir / "again", corpus_root=corpus_dir, strict=True)
    plain = run_dir.parent / "plain"
    write_brief({name: read_table(run_dir, name) for name in names}, plain, corpus_root=corpus_dir)
    assert md.read_bytes() == (plain / "brief.md").read_bytes()


def test_disagreements_table_and_brief_agree_on_two_unattributed_articles(run) -> None:
    run_dir, _, tables = run
    table = tables["disagreements"]
    assert sorted(table["value"]) == [40_000.0, 65_000.0]
    assert table["attributed_to"].fillna("").eq("").all()
    assert table["source_file"].nunique() == 1 and table["paragraph_id"].nunique() == 2
    md = (run_dir / "brief.md").read_text(encoding="utf-8")
    section = md.split("## Where sources disagree")[1].split("\n## ")[0]
    rows = [line for line in section.splitlines() if line.startswith("  - ")]
    assert len(rows) == len(table)
    assert "from Some 40,000 to More than 65,000" in section
    # with no disagreements in the table, the brief shows none, whatever the claims hold
    quiet = {**tables, "disagreements": table.iloc[:0]}
    out, _ = write_brief(quiet, run_dir.parent / "quiet")
    assert "No measure is reported with different figures" in out.read_text(encoding="utf-8")


def test_every_figure_in_the_brief_is_verbatim_in_the_line_it_cites(run) -> None:
    run_dir, corpus_dir, _ = run
    md = (run_dir / "brief.md").read_text(encoding="utf-8")
    assert_figures_verbatim(md, source_lines(corpus_dir))

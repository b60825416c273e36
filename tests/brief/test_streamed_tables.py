"""Tables left on disk and read a chunk at a time give the brief and figures of whole tables."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from report_run import write_report_tables

from afgresearch import table_file
from afgresearch.brief import claims as brief_claims
from afgresearch.brief import method as brief_method
from afgresearch.brief import read_brief_tables, write_brief
from afgresearch.brief.events import actor_sections
from afgresearch.brief.inputs import TABLES_ON_DISK, get_table, section_limits
from afgresearch.brief.method import corpus_summary
from afgresearch.brief.themes import theme_sections
from afgresearch.brief.values import records, sorted_frame, text
from afgresearch.figures import make_figures
from afgresearch.pipeline.tables import read_table, write_tables
from afgresearch.table_file import TableFile, select_rows, table_chunks

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def seeds_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tables of a run on the seed corpus, written as the notebooks write them."""
    run_dir = tmp_path_factory.mktemp("seeds") / "run"
    write_report_tables(ROOT / "seeds", run_dir)
    return run_dir


def _brief(run_dir: Path, out: Path, on_disk: tuple[str, ...]) -> list[bytes]:
    tables = read_brief_tables(run_dir, on_disk=on_disk)
    tables.pop("run_settings", None)
    make_figures(tables, out / "figures")
    write_brief(tables, out, corpus_root=ROOT / "seeds", figures_dir=out / "figures")
    files = ["brief.md", "brief.html", *(f"figures/{p.name}" for p in (out / "figures").iterdir())]
    return [(out / name).read_bytes() for name in sorted(files)]


@pytest.mark.parametrize("rows", [1, 3, 7, 1000])
def test_chunks_of_a_table_file_are_the_table_read_whole(seeds_run: Path, rows: int) -> None:
    whole = read_table(seeds_run, "claims")
    claims = TableFile("claims", seeds_run / "tables" / "claims.parquet")
    parts = list(claims.chunks(rows=rows))
    assert all(len(p) <= rows for p in parts) and len(claims) == len(whole) > 10
    pd.testing.assert_frame_equal(pd.concat(parts, ignore_index=True), whole)
    pd.testing.assert_frame_equal(claims.read(["value", "topic"]), whole[["value", "topic"]])
    kept = select_rows(claims, lambda f: f["topic"] == "returns_deportations")
    pd.testing.assert_frame_equal(
        kept, whole[whole["topic"] == "returns_deportations"].reset_index(drop=True)
    )


def test_an_empty_table_file_gives_one_empty_chunk(tmp_path: Path) -> None:
    write_tables(tmp_path, {"claims": read_table(tmp_path, "claims", missing_ok=True)})
    claims = TableFile("claims", tmp_path / "tables" / "claims.parquet")
    parts = list(table_chunks(claims, rows=5))
    assert len(parts) == 1 and parts[0].empty and claims.empty
    assert list(parts[0].columns) == list(read_table(tmp_path, "claims").columns)


@pytest.mark.parametrize("rows", [1, 4, 5_000])
def test_key_figures_of_claims_on_disk_are_those_of_the_whole_table(
    seeds_run: Path, rows: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    whole = read_brief_tables(seeds_run, on_disk=())["claims"]
    one = brief_claims.key_figures(whole, ROOT / "seeds", 9)
    monkeypatch.setattr(brief_claims, "SLICE_ROWS", rows)
    on_disk = read_brief_tables(seeds_run)["claims"]
    assert isinstance(on_disk, TableFile)
    assert brief_claims.key_figures(on_disk, ROOT / "seeds", 9) == one
    assert one["main"] and one["returns"] and one["total"] > one["unique"] > 9


@pytest.mark.parametrize("rows", [2, 13])
def test_brief_and_figures_from_tables_on_disk_are_those_of_whole_tables(
    seeds_run: Path, tmp_path: Path, rows: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    whole = _brief(seeds_run, tmp_path / "whole", on_disk=())
    monkeypatch.setattr(brief_claims, "SLICE_ROWS", rows)
    monkeypatch.setattr(table_file, "CHUNK_ROWS", rows)
    assert _brief(seeds_run, tmp_path / "streamed", on_disk=TABLES_ON_DISK) == whole


@pytest.mark.parametrize("rows", [1, 6, 10_000])
def test_theme_sections_counted_by_chunks_are_those_of_the_whole_table(
    seeds_run: Path, rows: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    whole = read_brief_tables(seeds_run, on_disk=())
    args = [get_table(whole, n) for n in ("clusters", "theme_terms", "representatives")]
    limits = section_limits({})
    one = theme_sections(whole["paragraphs"], *args, ROOT / "seeds", limits)
    monkeypatch.setattr(table_file, "CHUNK_ROWS", rows)
    on_disk = read_brief_tables(seeds_run)["paragraphs"]
    assert isinstance(on_disk, TableFile)
    for paragraphs in (on_disk, whole["paragraphs"]):
        assert theme_sections(paragraphs, *args, ROOT / "seeds", limits) == one
    assert one["available"] and one["by"] == "cluster" and len(one["groups"]) > 1
    assert all(g["examples"] or g["mixed_examples"] for g in one["groups"])
    # without clusters the paragraphs are grouped by theme
    themed = whole["paragraphs"].drop(columns="cluster")
    by_theme = theme_sections(themed, *args, ROOT / "seeds", limits)
    monkeypatch.setattr(table_file, "CHUNK_ROWS", 10_000)
    assert by_theme == theme_sections(themed, *args, ROOT / "seeds", limits)
    counted = [{k: s[k] for k in ("theme", "paragraphs", "share")} for s in one["shares"]]
    assert (
        by_theme["by"] == "theme"
        and [{k: s[k] for k in ("theme", "paragraphs", "share")} for s in by_theme["shares"]]
        == counted
    )


@pytest.mark.parametrize("rows", [1, 5, 10_000])
def test_actor_sections_read_by_chunks_are_those_of_the_whole_table(
    seeds_run: Path, rows: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    whole = read_brief_tables(seeds_run, on_disk=())
    args = [get_table(whole, n) for n in ("actors", "co_mentions")]
    limits = section_limits({"max_actors": 30, "max_pairs": 25})
    one = actor_sections(whole["mentions"], *args, ROOT / "seeds", limits)
    monkeypatch.setattr(table_file, "CHUNK_ROWS", rows)
    on_disk = read_brief_tables(seeds_run)["mentions"]
    assert isinstance(on_disk, TableFile)
    for mentions in (on_disk, whole["mentions"]):
        assert actor_sections(mentions, *args, ROOT / "seeds", limits) == one
    assert len(one["top"]) > 5 and len(one["pairs"]) > 5 and one["total"] >= len(one["top"])
    assert all(p["first"] for p in one["pairs"])


def _actor_sections_whole(mentions, actors, co, root, limits):
    """The actor section as it was computed on the whole mentions table (the reference)."""
    types = {text(a): text(t) for a, t in zip(actors["actor"], actors["type"], strict=True)}
    ments = mentions.assign(actor=mentions["actor"].map(text))
    ments = ments[ments["actor"] != ""]
    counts = ments.groupby("actor")["paragraph_id"].nunique()
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[: limits["max_actors"]]
    rows = []
    for actor, n in top:
        first = records(
            sorted_frame(ments[ments["actor"] == actor], ["source_file", "line"]).head(1), root
        )[0]
        rows.append(
            {"actor": actor, "type": types.get(actor, text(first.get("type"))),
             "paragraphs": int(n), "first": first}
        )  # fmt: skip
    c = co.assign(
        a=co["actor_1"].map(text),
        b=co["actor_2"].map(text),
        n=pd.to_numeric(co["paragraphs"], errors="coerce").fillna(0).astype(int),
    )
    c = sorted_frame(c[c["n"] > 0], ["n", "a", "b"], [False, True, True]).head(limits["max_pairs"])
    where = {a: set(g["paragraph_id"].map(text)) for a, g in ments.groupby("actor")}
    pairs = []
    for r in c.itertuples():
        shared = where.get(r.a, set()) & where.get(r.b, set())
        both = ments[ments["paragraph_id"].map(text).isin(shared)]
        first = records(sorted_frame(both, ["source_file", "line"]).head(1), root)
        pairs.append(
            {"actor_1": r.a, "actor_2": r.b, "paragraphs": int(r.n),
             "first": first[0] if first else None}
        )  # fmt: skip
    return {"top": rows, "pairs": pairs, "total": int(counts.size)}


def test_actor_sections_are_those_of_the_whole_table_computation(
    seeds_run: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    whole = read_brief_tables(seeds_run, on_disk=())
    args = [get_table(whole, n) for n in ("actors", "co_mentions")]
    limits = section_limits({"max_actors": 40, "max_pairs": 40})
    reference = _actor_sections_whole(whole["mentions"], *args, ROOT / "seeds", limits)
    monkeypatch.setattr(table_file, "CHUNK_ROWS", 3)
    on_disk = read_brief_tables(seeds_run)["mentions"]
    assert actor_sections(on_disk, *args, ROOT / "seeds", limits) == reference


@pytest.mark.parametrize("rows", [1, 4, 5_000])
def test_corpus_summary_by_slices_lists_the_first_articles_and_counts_all(
    seeds_run: Path, rows: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    articles = get_table(read_brief_tables(seeds_run), "articles")
    full = corpus_summary(articles, [], ROOT / "seeds")
    monkeypatch.setattr(brief_method, "SUMMARY_ROWS", rows)
    for limit in (1, 3, 1_000):
        short = corpus_summary(articles, [], ROOT / "seeds", limit)
        assert short["list"] == full["list"][:limit]
        assert short["undated_list"] == full["undated_list"][:limit]
        assert {k: v for k, v in short.items() if not k.endswith("list")} == {
            k: v for k, v in full.items() if not k.endswith("list")
        }
    assert len(full["list"]) == full["articles"] > 3 and full["earliest"] and full["latest"]
    dated = sorted(
        (a for a in full["list"] if a["published"]),
        key=lambda a: (a["published"], a["source_file"], a["line_start"]),
    )
    assert full["earliest"] is dated[0] and full["latest"] is dated[-1]


def test_since_the_previous_run_from_tables_on_disk_is_that_of_whole_tables(
    seeds_run: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    previous = tmp_path / "previous"
    for name in ("articles", "claims", "paragraphs"):
        table = read_table(seeds_run, name)
        write_tables(previous, {name: table.iloc[::3].reset_index(drop=True)})
    monkeypatch.setattr(table_file, "CHUNK_ROWS", 5)
    briefs = []
    for on_disk in ((), TABLES_ON_DISK):
        tables = read_brief_tables(seeds_run, on_disk=on_disk)
        tables.pop("run_settings", None)
        out = tmp_path / f"brief{len(on_disk)}"
        md, _ = write_brief(tables, out, params={"max_sources": 3}, previous_run_dir=previous)
        briefs.append(md.read_text(encoding="utf-8"))
    assert briefs[0] == briefs[1] and "## Since the previous run" in briefs[0]
    assert "3 of " in briefs[0] and " articles listed" in briefs[0]

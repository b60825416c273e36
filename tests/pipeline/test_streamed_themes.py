"""The theme stage read and written chunk by chunk gives the tables of the whole-table path:
the same CSV bytes and the same Parquet frames, for both engines, for chunks of a few articles
(several per corpus) and one chunk; above the map's sample limit the map is the same for any
chunk size; a paragraphs table stored out of corpus order takes the whole-table path."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import afgresearch
from afgresearch.pipeline import read_table
from afgresearch.pipeline.evidence import stored_in_corpus_order
from afgresearch.pipeline.steps import theme_tables
from afgresearch.pipeline.tables import TABLES_DIR, write_tables
from afgresearch.pipeline.themes import (
    THEME_TABLES,
    article_codes,
    sampled_texts,
    text_chunks,
    write_theme_tables,
)
from afgresearch.schema import PARAGRAPH_COLUMNS
from afgresearch.themes.context import group_codes

ROOT = Path(__file__).resolve().parents[2]
SETTINGS = dict(
    n_clusters=0,
    n_extra_clusters=2,
    lexicons="default",
    random_state=0,
    max_features=0,
    min_df=0,
    max_df=0.0,
    ngram_max=0,
    lsa_components=0,
    context_share=0.5,
)


def _tables_of(run: Path, names: list[str]) -> dict[str, tuple[bytes, pd.DataFrame]]:
    folder = run / TABLES_DIR
    return {
        n: ((folder / f"{n}.csv").read_bytes(), pd.read_parquet(folder / f"{n}.parquet"))
        for n in names
    }


def _assert_same(a: dict, b: dict, skip: tuple[str, ...] = ()) -> None:
    assert list(a) == list(b)
    for name in a:
        if name in skip:
            continue
        assert a[name][0] == b[name][0], name
        pd.testing.assert_frame_equal(a[name][1], b[name][1], check_exact=True, obj=name)


@pytest.fixture(scope="module")
def corpus_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds' corpus tables, as the corpus stage writes them."""
    run = tmp_path_factory.mktemp("seeds")
    write_tables(run, afgresearch.load_corpus(str(ROOT / "seeds")).tables())
    return run


def _copy(corpus_run: Path, to: Path) -> Path:
    names = ("paragraphs", "articles")
    write_tables(to, {n: read_table(corpus_run, n) for n in names})
    return to


@pytest.mark.parametrize("engine", ["pandas", "ooc"])
def test_streamed_theme_tables_are_the_whole_tables(
    corpus_run: Path, tmp_path: Path, engine: str
) -> None:
    kw = dict(engine=engine, stability_seeds=2, k_max=4, **SETTINGS)
    whole_run = _copy(corpus_run, tmp_path / "whole")
    tables, _ = theme_tables(
        read_table(whole_run, "paragraphs", columns=list(PARAGRAPH_COLUMNS)),
        read_table(whole_run, "articles", columns=["article_id", "outlet", "published"]),
        **kw,
    )
    write_tables(whole_run, tables)
    names = list(tables)
    assert names == [n for n in THEME_TABLES if n in tables]
    whole = _tables_of(whole_run, names)
    for size in (9, 40, 10_000):
        run = _copy(corpus_run, tmp_path / f"chunks-{size}")
        assert stored_in_corpus_order(run / TABLES_DIR / "paragraphs.parquet")
        stage = write_theme_tables(run, chunk_size=size, **kw)
        assert stage.rows == {n: len(tables[n]) for n in names}
        assert set(stage.tables) == set(names) - {"paragraphs", "paragraph_map", "article_themes"}
        _assert_same(whole, _tables_of(run, names))
        counts = tables["paragraphs"].groupby("theme").size().rename("paragraphs").to_frame()
        pd.testing.assert_frame_equal(stage.paragraphs_per_theme(), counts)


def test_sampled_map_is_the_same_for_any_chunk_size(corpus_run: Path, tmp_path: Path) -> None:
    """Above ``map_fit_rows`` paragraphs the map's axes come from the even sample; every other
    table is still the whole-table one, and nothing depends on the chunk size."""
    kw = dict(engine="ooc", map_fit_rows=50, **SETTINGS)
    exact = _copy(corpus_run, tmp_path / "exact")
    write_theme_tables(exact, chunk_size=10_000, engine="ooc", **SETTINGS)
    runs = []
    for size in (7, 60, 10_000):
        run = _copy(corpus_run, tmp_path / f"sampled-{size}")
        stage = write_theme_tables(run, chunk_size=size, **kw)
        runs.append(_tables_of(run, list(stage.rows)))
    for other in runs[1:]:
        _assert_same(runs[0], other)
    names = list(runs[0])
    _assert_same(_tables_of(exact, names), runs[0], skip=("paragraph_map",))
    sampled = runs[0]["paragraph_map"][1]
    whole_map = _tables_of(exact, ["paragraph_map"])["paragraph_map"][1]
    pd.testing.assert_frame_equal(
        sampled.drop(columns=["x", "y"]), whole_map.drop(columns=["x", "y"])
    )
    assert sampled[["x", "y"]].abs().to_numpy().sum() > 0


def test_a_table_out_of_corpus_order_takes_the_whole_path(corpus_run: Path, tmp_path: Path) -> None:
    paragraphs = read_table(corpus_run, "paragraphs")
    run = tmp_path / "shuffled"
    shuffled = paragraphs.iloc[::-1].reset_index(drop=True)
    write_tables(run, {"paragraphs": shuffled, "articles": read_table(corpus_run, "articles")})
    assert not stored_in_corpus_order(run / TABLES_DIR / "paragraphs.parquet")
    stage = write_theme_tables(run, engine="ooc", **SETTINGS)
    tables, _ = theme_tables(shuffled, read_table(run, "articles"), engine="ooc", **SETTINGS)
    pd.testing.assert_frame_equal(read_table(run, "paragraphs"), tables["paragraphs"])
    assert stage.rows["paragraphs"] == len(paragraphs)


def test_file_readers_cut_and_number_as_the_whole_column(corpus_run: Path, tmp_path: Path) -> None:
    path = corpus_run / TABLES_DIR / "paragraphs.parquet"
    paragraphs = read_table(corpus_run, "paragraphs")
    texts = paragraphs["text"].fillna("").tolist()
    chunks = list(text_chunks(path, 17))
    assert [len(c) for c in chunks[:-1]] == [17] * (len(chunks) - 1)
    assert [t for c in chunks for t in c] == texts
    rows = np.array([0, 5, len(texts) - 1])
    assert sampled_texts(path, rows) == [texts[i] for i in rows]
    ids = paragraphs["article_id"].astype("string").tolist()
    np.testing.assert_array_equal(
        group_codes(article_codes(path), len(texts)), group_codes(ids, len(texts))
    )


def test_article_codes_leave_a_paragraph_without_article_alone(tmp_path: Path) -> None:
    frame = pd.DataFrame(
        {
            "paragraph_id": ["p1", "p2", "p3", "p4"],
            "article_id": pd.array(["a", None, "a", "b"], dtype="string"),
            "source_file": ["f"] * 4,
            "line": [1, 2, 3, 4],
            "text": ["x"] * 4,
        }
    )
    write_tables(tmp_path, {"paragraphs": frame})
    codes = article_codes(tmp_path / TABLES_DIR / "paragraphs.parquet")
    ids = frame["article_id"].tolist()
    assert group_codes(codes, 4).tolist() == group_codes(ids, 4).tolist() == [0, 2, 0, 1]

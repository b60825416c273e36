"""The theme stage over a run folder's tables, chunk by chunk: memory flat in corpus size.

:func:`write_theme_tables` fits the theme model on the texts of ``tables/paragraphs.parquet``
(the out-of-core engine takes them a chunk at a time, read from the file, the Spark engine's
tasks read them themselves; the in-memory engine holds them, as it must), then reads the
paragraphs again in chunks of whole articles and writes each chunk's themed paragraphs and
paragraph-map rows as it goes. Of the rest it keeps
only what the other tables need: the paragraphs nearest each cluster's centre (the
representatives' candidates, :class:`afgresearch.themes.nearest.NearestMembers`) and the
characters per article and theme (:func:`afgresearch.themes.aggregate.theme_weights`, for the
article, outlet and month shares).

The tables are those :func:`afgresearch.pipeline.steps.theme_tables` gives for the whole
tables, written as :func:`~afgresearch.pipeline.tables.write_tables` writes them (the same CSV
bytes), for any chunk size, with one rule of its own: the paragraph map's two axes are fitted on
every paragraph up to :data:`~afgresearch.themes.diagnostics.MAP_FIT_ROWS` paragraphs (the map
of the whole tables) and above that on that many paragraphs drawn evenly
(:func:`~afgresearch.themes.diagnostics.map_sample_rows`), every paragraph then projected onto
them. The Spark engine reads the texts from the file in its own tasks
(:class:`~afgresearch.scale.parquet_texts.ParquetTexts`). A paragraphs table not stored in
corpus order takes the whole tables (:func:`~afgresearch.pipeline.steps.theme_tables`).

Example
-------
>>> stage = write_theme_tables("outputs/latest", engine="ooc")  # doctest: +SKIP
>>> stage.rows["paragraphs"], stage.tables["clusters"].shape  # doctest: +SKIP
(100000, (5, 5))
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from afgresearch.pipeline.evidence import stored_article_chunks, stored_in_corpus_order
from afgresearch.pipeline.steps import (
    REPRESENTATIVE_CANDIDATES,
    add_representative_candidates,
    refit_tables,
    representatives_table,
    theme_model_kwargs,
    theme_tables,
)
from afgresearch.pipeline.tables import TABLES_DIR, TableWriter, read_table, write_tables
from afgresearch.table_file import open_parquet

#: paragraphs per chunk of whole articles read after the fit
CHUNK_PARAGRAPHS = 10_000
#: the tables with a row per paragraph: written chunk by chunk, not kept
PER_PARAGRAPH = ("paragraphs", "paragraph_map")
#: the tables of the stage, in the order :func:`~afgresearch.pipeline.steps.theme_tables`
#: gives them (``stability`` only where it was measured)
THEME_TABLES = (
    "paragraphs",
    "clusters",
    "theme_terms",
    "paragraph_map",
    "article_themes",
    "outlet_themes",
    "date_themes",
    "k_selection",
    "representatives",
    "stability",
)


@dataclass
class ThemeStage:
    """What :func:`write_theme_tables` wrote.

    Attributes
    ----------
    tables : every table but those with a row per paragraph (``paragraphs``,
        ``paragraph_map``) and per article (``article_themes``), by name
    rows : rows of each table written, in the stage's table order
    model : the fitted theme model
    """

    tables: dict[str, pd.DataFrame]
    rows: dict[str, int]
    model: Any

    def paragraphs_per_theme(self) -> pd.DataFrame:
        """Paragraphs per theme (the ``paragraphs`` table's themes counted), by theme.

        Example
        -------
        >>> from types import SimpleNamespace
        >>> ThemeStage({}, {}, SimpleNamespace(themes_=np.array(["rights", "other", "rights"],
        ...     dtype=object))).paragraphs_per_theme()["paragraphs"].tolist()
        [1, 2]
        """
        themes = pd.array(np.asarray(self.model.themes_, dtype=object), dtype="string")
        frame = pd.DataFrame({"theme": themes})
        return frame.groupby("theme").size().rename("paragraphs").to_frame()


def write_theme_tables(
    run_dir: str | Path,
    engine: str = "pandas",
    stability_seeds: int = 0,
    k_max: int = 0,
    chunk_size: int = CHUNK_PARAGRAPHS,
    map_fit_rows: int | None = None,
    **settings: Any,
) -> ThemeStage:
    """Fit the theme model on the run folder's paragraphs and write the theme tables.

    Parameters
    ----------
    run_dir : the run folder (``tables/paragraphs.parquet`` and ``tables/articles`` in it).
    engine, stability_seeds, k_max, **settings : as in
        :func:`~afgresearch.pipeline.steps.theme_tables`.
    chunk_size : paragraphs per chunk read after the fit (whole articles each); the tables do
        not depend on it.
    map_fit_rows : most paragraphs the map's axes are fitted on (None:
        :data:`~afgresearch.themes.diagnostics.MAP_FIT_ROWS`).

    Returns
    -------
    ThemeStage
    """
    path = Path(run_dir) / TABLES_DIR / "paragraphs.parquet"
    articles = read_table(run_dir, "articles", columns=["article_id", "outlet", "published"])
    if not path.is_file() or not stored_in_corpus_order(path):
        return _write_whole(run_dir, articles, engine, stability_seeds, k_max, settings)
    n = open_parquet(path).metadata.num_rows
    if n == 0:
        return _write_whole(run_dir, articles, engine, stability_seeds, k_max, settings)
    from afgresearch.themes.diagnostics import MAP_FIT_ROWS

    limit = MAP_FIT_ROWS if map_fit_rows is None else int(map_fit_rows)
    return _write_streamed(
        run_dir, path, n, articles, engine, stability_seeds, k_max, chunk_size, limit, settings
    )


def _write_whole(
    run_dir: str | Path,
    articles: pd.DataFrame,
    engine: str,
    stability_seeds: int,
    k_max: int,
    settings: dict[str, Any],
) -> ThemeStage:
    """The stage on the whole tables (:func:`~afgresearch.pipeline.steps.theme_tables`)."""
    from afgresearch.schema import PARAGRAPH_COLUMNS

    paragraphs = read_table(run_dir, "paragraphs", columns=list(PARAGRAPH_COLUMNS))
    tables, model = theme_tables(
        paragraphs,
        articles,
        engine=engine,
        stability_seeds=stability_seeds,
        k_max=k_max,
        **settings,
    )
    write_tables(run_dir, tables)
    rows = {name: len(tables[name]) for name in THEME_TABLES if name in tables}
    kept = {
        name: frame
        for name, frame in tables.items()
        if name not in (*PER_PARAGRAPH, "article_themes")
    }
    return ThemeStage(kept, rows, model)


def _write_streamed(
    run_dir: str | Path,
    path: Path,
    n: int,
    articles: pd.DataFrame,
    engine: str,
    stability_seeds: int,
    k_max: int,
    chunk_size: int,
    map_fit_rows: int,
    settings: dict[str, Any],
) -> ThemeStage:
    """The stage reading ``path`` (``n`` paragraphs, in corpus order) a chunk at a time."""
    import warnings

    from afgresearch import themes

    with warnings.catch_warnings():
        # tqdm.auto (imported by the scale engines) warns in a kernel without ipywidgets; no
        # progress bar is shown here (as in theme_tables)
        warnings.filterwarnings("ignore", message="IProgress not found")
        from afgresearch.scale import make_theme_model
    from afgresearch.schema import TABLES, THEMED_PARAGRAPH_COLUMNS, conform
    from afgresearch.themes.diagnostics import MapAxes, map_rows, map_sample_rows
    from afgresearch.themes.nearest import NearestMembers

    kwargs = theme_model_kwargs(engine, **settings)
    model = make_theme_model(engine, **kwargs)
    groups = article_codes(path)
    texts: list[str] | None = None
    if engine == "pandas":  # the in-memory engine holds every text (its refits too)
        texts = [t for chunk in text_chunks(path, n) for t in chunk]
        model.fit(texts, groups=groups)
    else:  # read from the file by the engine: out-of-core a chunk at a time (the chunks it
        # cuts from a flat list), Spark a range of rows in each task
        from afgresearch.scale.parquet_texts import ParquetTexts

        size = int(getattr(model, "chunksize", CHUNK_PARAGRAPHS))
        model.fit(ParquetTexts(path, chunksize=size), groups=groups)
    del groups
    sample = map_sample_rows(n, map_fit_rows)
    axes = MapAxes.fit(model, sampled_texts(path, sample)) if sample is not None else None
    nearest = NearestMembers(model, REPRESENTATIVE_CANDIDATES)
    weights = []
    whole_map: list[pd.DataFrame] = []  # the map of the whole tables: at most MAP_FIT_ROWS
    rows: dict[str, int] = {}
    offset = 0
    with (
        TableWriter(run_dir, "paragraphs") as themed_out,
        TableWriter(run_dir, "paragraph_map") as map_out,
    ):
        for chunk in stored_article_chunks(path, chunk_size):
            part = slice(offset, offset + len(chunk))
            themed = conform(
                chunk.assign(
                    cluster=np.asarray(model.labels_[part], dtype=np.int64),
                    theme=pd.array(np.asarray(model.themes_[part], dtype=object), dtype="string"),
                    theme_score=np.asarray(model.theme_scores_[part], dtype=float),
                ),
                THEMED_PARAGRAPH_COLUMNS,
            )
            themed_out.write(themed)
            chunk_texts = chunk["text"].fillna("").tolist()
            if axes is not None:
                map_out.write(map_rows(model, chunk_texts, chunk["paragraph_id"].tolist(), axes))
            else:
                whole_map.append(chunk[["paragraph_id", "text"]])
            add_representative_candidates(nearest, chunk, themed)
            weights.append(themes.theme_weights(themed))
            offset += len(chunk)
        if axes is None:
            held = pd.concat(whole_map, ignore_index=True)
            map_out.write(
                themes.paragraph_map(
                    model, held["text"].fillna("").tolist(), held["paragraph_id"].tolist()
                )
            )
            del held, whole_map
        rows["paragraphs"], rows["paragraph_map"] = themed_out.rows, map_out.rows
    if offset != n:
        raise RuntimeError(f"read {offset} paragraphs of {n} after the fit")
    weighed = pd.concat(weights, ignore_index=True)
    terms = model.term_table(10)
    tables = {
        "clusters": model.cluster_table(),
        "theme_terms": terms,
        "article_themes": themes.article_theme_shares(weighed, articles),
        "outlet_themes": conform(
            themes.outlet_theme_shares(weighed, articles), TABLES["outlet_themes"]
        ),
        "date_themes": conform(
            themes.date_theme_shares(weighed, articles, freq="M"), TABLES["date_themes"]
        ),
        "representatives": representatives_table(nearest, terms),
    }
    tables.update(refit_tables(texts or [], model, engine, kwargs, k_max, stability_seeds))
    write_tables(run_dir, tables)
    rows.update({name: len(frame) for name, frame in tables.items()})
    rows = {name: rows[name] for name in THEME_TABLES if name in rows}
    tables.pop("article_themes")
    return ThemeStage(tables, rows, model)


def text_chunks(path: str | Path, size: int) -> Iterator[list[str]]:
    """The ``text`` column of the paragraphs Parquet file at ``path`` in lists of ``size``
    texts (the last one shorter), a missing text as ``""``: the chunks a theme model cuts
    from the whole column.

    Example
    -------
    >>> [len(c) for c in text_chunks("outputs/latest/tables/paragraphs.parquet", 500)]  # doctest: +SKIP
    [500, 500, 123]
    """
    from afgresearch.scale.parquet_texts import ParquetTexts

    return iter(ParquetTexts(path, chunksize=size))


def sampled_texts(path: str | Path, rows: np.ndarray) -> list[str]:
    """The texts of the given rows (ascending) of the paragraphs Parquet file at ``path``.

    Example
    -------
    >>> sampled_texts("outputs/latest/tables/paragraphs.parquet", np.array([0, 7]))  # doctest: +SKIP
    ['Officials said ...', 'The envoy ...']
    """
    out: list[str] = []
    start = 0
    for batch in open_parquet(path).iter_batches(batch_size=65_536, columns=["text"]):
        end = start + batch.num_rows
        inside = rows[(rows >= start) & (rows < end)] - start
        if inside.size:
            picked = batch.column(0).take(inside).to_pylist()
            out.extend("" if t is None else t for t in picked)
        start = end
    return out


def article_codes(path: str | Path) -> np.ndarray:
    """A number per paragraph for its article (NaN where it has none), for a paragraphs
    Parquet file whose articles are each stored in one run of rows.

    The theme models group paragraphs by these numbers as by the article ids themselves (a
    paragraph without an article is a group of its own), without holding an id per paragraph.

    Example
    -------
    >>> article_codes("outputs/latest/tables/paragraphs.parquet")[:4]  # doctest: +SKIP
    array([0., 0., 0., 1.])
    """
    pf = open_parquet(path)
    codes = np.empty(pf.metadata.num_rows, dtype=np.float64)
    current: str | None = None
    code = -1
    i = 0
    for batch in pf.iter_batches(batch_size=65_536, columns=["article_id"]):
        for aid in batch.column(0).to_pylist():
            if aid is None:
                codes[i] = np.nan
            else:
                if aid != current:
                    current, code = aid, code + 1
                codes[i] = code
            i += 1
    return codes

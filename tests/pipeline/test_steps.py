"""The glue between run parameters and the theme stage."""

from __future__ import annotations

import pandas as pd
import pytest

from afgresearch.pipeline import defaults
from afgresearch.pipeline.steps import settings_table, theme_model_kwargs, theme_tables
from afgresearch.schema import TABLES

THEME_SETTINGS = (
    "n_clusters",
    "n_extra_clusters",
    "lexicons",
    "random_state",
    "max_features",
    "min_df",
    "max_df",
    "ngram_max",
    "lsa_components",
)


def _settings(**over):
    values = {k: defaults()[k] for k in THEME_SETTINGS}
    values.update(over)
    return values


def _paragraphs() -> tuple[pd.DataFrame, pd.DataFrame]:
    texts = [
        "Pakistan deported thousands of Afghan refugees across the Torkham border crossing.",
        "Iran expelled undocumented Afghan migrants; returnees crowd the camps at Islam Qala.",
        "The foreign minister met the envoy in Kabul to discuss trade and recognition.",
        "Kazakhstan and the Taliban government signed agreements on rail transit and trade.",
        "Girls remain banned from secondary school and women from most work, the UN said.",
        "Rights groups documented killings and detentions of former officials and journalists.",
        "A cricket match drew a large crowd in the capital on Friday.",
    ]
    paragraphs = pd.DataFrame(
        {
            "paragraph_id": [f"p{i}" for i in range(len(texts))],
            "article_id": ["a1", "a1", "a2", "a2", "a3", "a3", "a4"],
            "source_file": "x.txt",
            "line": range(1, len(texts) + 1),
            "text": texts,
            "theme": "stale",  # columns from an earlier theming are replaced
        }
    )
    articles = pd.DataFrame({"article_id": ["a1", "a2", "a3", "a4", "a5"]})
    return paragraphs, articles


def test_kwargs_map_zero_to_automatic():
    kw = theme_model_kwargs("pandas", **_settings(ngram_max=3))
    assert kw["n_clusters"] is None and kw["lsa_components"] is None
    assert kw["ngram_range"] == (1, 3)
    auto = theme_model_kwargs("ooc", **_settings(min_df=0, max_df=0.0, ngram_max=0))
    # every engine takes the TF-IDF settings, 0 meaning chosen from the corpus size
    assert {
        k: auto[k] for k in ("max_features", "min_df", "max_df", "ngram_range")
    } == dict.fromkeys(("max_features", "min_df", "max_df", "ngram_range"), "auto")
    assert "lsa_components" not in auto


@pytest.mark.parametrize("engine", ["pandas", "ooc"])
def test_theme_tables_follow_the_contracts(engine):
    paragraphs, articles = _paragraphs()
    tables, model = theme_tables(
        paragraphs, articles, engine=engine, stability_seeds=2, **_settings()
    )
    for name in ("paragraphs", "clusters", "theme_terms", "paragraph_map", "article_themes"):
        assert name in tables
        if name != "paragraphs":
            assert list(tables[name].columns)[: len(TABLES[name])] == list(TABLES[name])
    themed = tables["paragraphs"]
    assert themed["paragraph_id"].tolist() == paragraphs["paragraph_id"].tolist()
    assert "stale" not in set(themed["theme"])
    assert set(tables["article_themes"]["article_id"]) == {"a1", "a2", "a3", "a4", "a5"}
    if engine == "pandas":
        assert len(tables["clusters"]) >= 2 and len(tables["paragraph_map"]) == len(paragraphs)
        ari = float(tables["stability"]["ari"].iloc[0])
        assert -1.0 <= ari <= 1.0
    again, _ = theme_tables(paragraphs, articles, engine=engine, **_settings())
    pd.testing.assert_frame_equal(again["paragraphs"], themed)


def test_settings_table_is_sorted_text():
    table = settings_table({"n_clusters": 0, "engine": "pandas"})
    assert table.values.tolist() == [["engine", "pandas"], ["n_clusters", "0"]]


def _with_metadata(articles: pd.DataFrame) -> pd.DataFrame:
    return articles.assign(
        outlet=["Dawn", "Dawn", "", None, "Ariana News"],
        published=["2025-05-01", "2025-05-20", "2025-06-02", "", "2025-06-30"],
    )


def test_diagnostic_tables_of_the_in_memory_engine():
    paragraphs, articles = _paragraphs()
    tables, model = theme_tables(
        paragraphs, _with_metadata(articles), engine="pandas", k_max=10, **_settings()
    )
    ks = tables["k_selection"]
    assert list(ks.columns) == list(TABLES["k_selection"])
    # k runs from 2 to one fewer than the seven distinct paragraphs, the fitted k marked once
    assert ks["k"].tolist() == [2, 3, 4, 5, 6]
    assert ks["chosen"].sum() == 1
    assert int(ks.loc[ks["chosen"], "k"].iloc[0]) == model.n_clusters_
    assert ks["silhouette"].between(-1, 1).all() and (ks["inertia"] >= 0).all()

    reps = tables["representatives"]
    assert list(reps.columns) == list(TABLES["representatives"])
    assert set(reps["cluster"]) == set(range(model.n_clusters_))
    assert (
        reps.groupby("cluster")["rank"]
        .apply(lambda r: r.tolist() == list(range(1, len(r) + 1)))
        .all()
    )
    by_id = paragraphs.set_index("paragraph_id")
    for row in reps.itertuples():
        assert by_id.loc[row.paragraph_id, "line"] == row.line
        assert by_id.loc[row.paragraph_id, "text"] == row.text

    outlets = tables["outlet_themes"]
    assert set(outlets["outlet"]) == {"Dawn", "unknown"}  # a3 has an empty outlet, a4 none
    assert outlets.groupby("outlet")["share"].sum().round(9).eq(1.0).all()
    months = tables["date_themes"]
    assert set(months["period"]) == {"2025-05", "2025-06"}  # the undated a4 is left out
    assert months.groupby("period")["n_paragraphs"].sum().to_dict() == {"2025-05": 4, "2025-06": 2}


def test_k_selection_skipped_and_other_engines_give_empty_diagnostics():
    paragraphs, articles = _paragraphs()
    tables, _ = theme_tables(paragraphs, articles, engine="pandas", k_max=0, **_settings())
    assert tables["k_selection"].empty and list(tables["k_selection"].columns) == list(
        TABLES["k_selection"]
    )
    assert tables["outlet_themes"].empty  # the articles table has no outlet column here
    tables, _ = theme_tables(
        paragraphs, _with_metadata(articles), engine="ooc", k_max=10, **_settings()
    )
    assert tables["k_selection"].empty and not tables["representatives"].empty
    assert not tables["outlet_themes"].empty


def _spark_or_skip(engine: str) -> None:
    if engine != "spark":
        return
    pytest.importorskip("pyspark", reason="pyspark is not installed (extra 'spark')")
    from afgresearch.scale import JavaNotFoundError
    from afgresearch.scale.spark import find_java

    try:
        find_java()
    except JavaNotFoundError as exc:
        pytest.skip(f"no usable Java runtime: {exc}")


@pytest.mark.parametrize(
    "engine", ["pandas", "ooc", pytest.param("spark", marks=pytest.mark.spark)]
)
def test_every_engine_writes_complete_theme_tables(engine):
    _spark_or_skip(engine)
    paragraphs, articles = _paragraphs()
    tables, model = theme_tables(paragraphs, articles, engine=engine, **_settings())
    n_clusters = len(model.cluster_names_)
    clusters = tables["clusters"]
    assert clusters["cluster"].tolist() == list(range(n_clusters))
    assert clusters["size"].sum() == len(paragraphs)
    assert (clusters["top_terms"].str.len() > 0).any()
    terms = tables["theme_terms"]
    assert not terms.empty and set(terms["cluster"]) <= set(range(n_clusters))
    assert (terms["weight"] > 0).all()
    reps = tables["representatives"]
    assert not reps.empty and list(reps.columns) == list(TABLES["representatives"])
    assert set(reps["paragraph_id"]) <= set(paragraphs["paragraph_id"])
    assert len(tables["paragraph_map"]) == len(paragraphs)
    for name in ("clusters", "theme_terms", "representatives", "paragraph_map"):
        assert list(tables[name].columns)[: len(TABLES[name])] == list(TABLES[name])

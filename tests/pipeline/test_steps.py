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
    assert kw["n_clusters"] is None and kw["max_features"] is None and kw["lsa_components"] is None
    assert kw["ngram_range"] == (1, 3)
    assert set(theme_model_kwargs("ooc", **_settings())) == {
        "n_clusters",
        "n_extra_clusters",
        "lexicons",
        "random_state",
        "context_share",
    }


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

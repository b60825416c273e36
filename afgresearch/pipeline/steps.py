"""Glue between the run parameters and the stage APIs, shared by the notebooks.

Example
-------
>>> kw = theme_model_kwargs("ooc", n_clusters=0, n_extra_clusters=2, lexicons="default",
...                         random_state=0, max_features=0, min_df=0, max_df=0.0, ngram_max=2,
...                         lsa_components=0, context_share=0.5)
>>> kw["ngram_range"], kw["min_df"]
((1, 2), 'auto')
"""

from __future__ import annotations

from typing import Any

import pandas as pd

#: the theme models' value for a setting chosen from the corpus size
#: (:data:`afgresearch.themes.defaults.AUTO`; not imported, to keep this module light)
AUTO = "auto"


def theme_model_kwargs(
    engine: str,
    *,
    n_clusters: int,
    n_extra_clusters: int,
    lexicons: str,
    random_state: int,
    max_features: int,
    min_df: int,
    max_df: float,
    ngram_max: int,
    lsa_components: int,
    context_share: float = 0.5,
) -> dict[str, Any]:
    """Map the report's theme parameters to the constructor of ``engine``'s theme model.

    ``0`` means "chosen from the corpus size" (``"auto"``, see
    :mod:`afgresearch.themes.defaults`) for ``max_features``, ``min_df``, ``max_df`` and
    ``ngram_max``, "one per lexicon theme plus the extra clusters" for ``n_clusters``, "no LSA
    step" for ``lsa_components`` and "never" for ``context_share``. Every engine takes the
    TF-IDF settings; LSA is the in-memory engine's.

    Returns
    -------
    dict for :func:`afgresearch.scale.make_theme_model`.
    """
    kwargs: dict[str, Any] = {
        "n_clusters": n_clusters or None,
        "n_extra_clusters": n_extra_clusters,
        "lexicons": lexicons,
        "random_state": random_state,
        "context_share": context_share or None,
        "max_features": max_features or AUTO,
        "min_df": min_df or AUTO,
        "max_df": max_df or AUTO,
        "ngram_range": (1, ngram_max) if ngram_max else AUTO,
    }
    if engine == "pandas":
        kwargs["lsa_components"] = lsa_components or None
    return kwargs


def settings_table(values: dict[str, Any]) -> pd.DataFrame:
    """A two-column table (``name``, ``value`` as text) of the settings a step used, sorted.

    The brief lists it under Method.

    Example
    -------
    >>> settings_table({"b": 2, "a": "x"})["name"].tolist()
    ['a', 'b']
    """
    rows = sorted((str(k), str(v)) for k, v in values.items())
    return pd.DataFrame(rows, columns=["name", "value"]).astype("string")


def theme_tables(
    paragraphs: pd.DataFrame,
    articles: pd.DataFrame,
    engine: str = "pandas",
    stability_seeds: int = 0,
    k_max: int = 0,
    **settings: Any,
) -> tuple[dict[str, pd.DataFrame], Any]:
    """Fit ``engine``'s theme model on the paragraphs and return the theme tables and the model.

    Parameters
    ----------
    paragraphs, articles : the corpus tables (theme columns already on ``paragraphs`` are
        replaced).
    engine : ``pandas``, ``ooc`` or ``spark``.
    stability_seeds : refit with this many seeds and record the mean pairwise adjusted Rand
        index in a ``stability`` table (in-memory engine; 0 or 1: skipped).
    k_max : refit with k = 2 .. ``k_max`` clusters (at most one fewer than the distinct
        paragraphs) and record inertia and cosine silhouette in a ``k_selection`` table, the
        fitted k marked ``chosen`` (in-memory engine; below 2: an empty table).
    **settings : the theme parameters of :func:`theme_model_kwargs`.

    Returns
    -------
    ({"paragraphs", "clusters", "theme_terms", "paragraph_map", "article_themes",
    "outlet_themes", "date_themes", "k_selection", "representatives"[, "stability"]}, fitted
    model). ``representatives`` holds the three paragraphs nearest each cluster's centre (those
    of the cluster's own theme first) with their source file and line; ``date_themes`` is by
    month of publication. Every engine writes the clusters, terms, map and representatives
    (the theme-engine base owns them); the choice-of-k and stability refits are the in-memory
    engine's (empty tables with the contract's columns for the others).
    """
    import warnings

    import numpy as np

    from afgresearch import themes

    with warnings.catch_warnings():
        # tqdm.auto (imported by the scale engines) warns in a kernel without ipywidgets;
        # no progress bar is shown here, so the warning would only be noise in the notebook
        warnings.filterwarnings("ignore", message="IProgress not found")
        from afgresearch.scale import make_theme_model
    from afgresearch.schema import (
        PARAGRAPH_COLUMNS,
        TABLES,
        THEMED_PARAGRAPH_COLUMNS,
        conform,
        empty_table,
    )

    base = conform(paragraphs[list(PARAGRAPH_COLUMNS)], PARAGRAPH_COLUMNS).reset_index(drop=True)
    texts = base["text"].fillna("").tolist()
    kwargs = theme_model_kwargs(engine, **settings)
    model = make_theme_model(engine, **kwargs).fit(
        texts, groups=base["article_id"].astype("string").tolist()
    )
    themed = base.assign(
        cluster=np.asarray(model.labels_, dtype=np.int64),
        theme=pd.array(np.asarray(model.themes_, dtype=object), dtype="string"),
        theme_score=np.asarray(model.theme_scores_, dtype=float),
    )
    themed = conform(themed, THEMED_PARAGRAPH_COLUMNS)
    ids = base["paragraph_id"].tolist()
    out = {
        "paragraphs": themed,
        "clusters": model.cluster_table(),
        "theme_terms": model.term_table(10),
        "paragraph_map": themes.paragraph_map(model, texts, ids),
        "article_themes": themes.article_theme_shares(themed, articles),
        # shares per outlet and per month need the articles' outlet and date columns
        "outlet_themes": conform(
            themes.outlet_theme_shares(themed, articles), TABLES["outlet_themes"]
        )
        if "outlet" in articles.columns
        else empty_table("outlet_themes"),
        "date_themes": conform(
            themes.date_theme_shares(themed, articles, freq="M"), TABLES["date_themes"]
        )
        if "published" in articles.columns
        else empty_table("date_themes"),
        "k_selection": empty_table("k_selection"),
    }
    out["representatives"] = _representatives(model, base, themed, out["theme_terms"])
    out.update(refit_tables(texts, model, engine, kwargs, k_max, stability_seeds))
    return out, model


def refit_tables(
    texts: list[str],
    model: Any,
    engine: str,
    kwargs: dict[str, Any],
    k_max: int = 0,
    stability_seeds: int = 0,
) -> dict[str, pd.DataFrame]:
    """The ``k_selection`` and ``stability`` tables of the in-memory engine (its refits on
    ``texts``); for another engine, the empty ``k_selection`` table.

    Example
    -------
    >>> refit_tables([], None, "ooc", {})["k_selection"].empty
    True
    """
    from afgresearch import themes
    from afgresearch.schema import TABLES, conform, empty_table

    out = {"k_selection": empty_table("k_selection")}
    if engine == "pandas":
        ks = range(2, min(int(k_max), len(set(texts)) - 1) + 1)
        if len(ks):
            chosen = themes.k_selection(texts, ks, **kwargs)
            chosen["chosen"] = chosen["k"] == model.n_clusters_
            out["k_selection"] = conform(chosen, TABLES["k_selection"])
    if engine == "pandas" and stability_seeds > 1:
        ari = themes.stability(texts, seeds=range(stability_seeds), **kwargs)
        out["stability"] = pd.DataFrame({"seeds": [stability_seeds], "ari": [float(ari)]})
    return out


#: paragraphs nearest each centre from which the representatives are chosen
REPRESENTATIVE_CANDIDATES = 25


def _representatives(
    model: Any, paragraphs: pd.DataFrame, themed: pd.DataFrame, terms: pd.DataFrame, n: int = 3
) -> pd.DataFrame:
    """The ``n`` best examples of each cluster (see :func:`themes.examples.rank_examples`)
    among the paragraphs nearest its centre, with their source file and line."""
    from afgresearch.themes.nearest import NearestMembers

    nearest = NearestMembers(model, REPRESENTATIVE_CANDIDATES)
    add_representative_candidates(nearest, paragraphs, themed)
    return representatives_table(nearest, terms, n)


def add_representative_candidates(
    nearest: Any, paragraphs: pd.DataFrame, themed: pd.DataFrame
) -> None:
    """Offer the paragraphs of a chunk of whole articles (``PARAGRAPH_COLUMNS``, and the same
    rows themed) to ``nearest`` (:class:`afgresearch.themes.nearest.NearestMembers`)."""
    nearest.add(
        paragraphs["text"].fillna("").tolist(),
        paragraphs["paragraph_id"].astype(str).tolist(),
        groups=paragraphs["article_id"].astype("string").tolist(),
        extra={
            "source_file": paragraphs["source_file"].tolist(),
            "line": paragraphs["line"].tolist(),
            "own_theme": themed["theme"].astype(str).tolist(),
        },
    )


def representatives_table(nearest: Any, terms: pd.DataFrame, n: int = 3) -> pd.DataFrame:
    """The ``representatives`` table from the candidates ``nearest`` kept: the ``n`` best
    examples of each cluster (:func:`afgresearch.themes.examples.rank_examples`, by the
    cluster's top ``terms``), with their source file and line.

    Example
    -------
    >>> from afgresearch.themes import ThemeModel
    >>> from afgresearch.themes.nearest import NearestMembers
    >>> representatives_table(NearestMembers(ThemeModel()), pd.DataFrame(
    ...     columns=["cluster", "rank", "term"])).empty
    True
    """
    from afgresearch.schema import TABLES, conform
    from afgresearch.themes.examples import rank_examples
    from afgresearch.themes.nearest import NEAREST_COLUMNS

    candidates = nearest.table()
    reps = candidates[list(NEAREST_COLUMNS)]
    if "own_theme" in candidates.columns:
        own = dict(
            zip(candidates["paragraph_id"], candidates["own_theme"].astype(str), strict=True)
        )
    else:
        own = {}
    ordered = terms.sort_values(["cluster", "rank"], kind="stable")
    top = {int(c): g["term"].astype(str).tolist() for c, g in ordered.groupby("cluster")}
    reps = rank_examples(reps, own, top, n)
    where = pd.DataFrame(
        {
            "paragraph_id": candidates["paragraph_id"].astype(str),
            "source_file": pd.array(candidates.get("source_file", []), dtype="string"),
            "line": pd.array(candidates.get("line", []), dtype="int64"),
        }
    )
    reps = reps.merge(where, on="paragraph_id", how="left", validate="many_to_one")
    return conform(reps, TABLES["representatives"])

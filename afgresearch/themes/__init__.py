"""Themes: guided TF-IDF + k-means over migration, diplomacy and rights.

Public entry points: :class:`ThemeModel` and the base every theme engine shares
(:class:`ThemeEngine`: naming, assignment, theme tables), :func:`load_lexicons`, :func:`theme_paragraphs`,
theme shares (:func:`article_theme_shares`, :func:`outlet_theme_shares`,
:func:`date_theme_shares`), diagnostics (:func:`k_selection`, :func:`stability`,
:func:`representative_paragraphs`, :func:`paragraph_map`), evaluation
(:func:`compare_methods`, :func:`keyword_themes`, :func:`macro_f1`), article context
(:func:`article_context`, :func:`borrow_article_evidence`), the theme assignment every
engine shares (:func:`assign_from_evidence`) and the pieces other feature spaces reuse
(:mod:`afgresearch.themes.seeding`, :mod:`afgresearch.themes.naming`).

Example
-------
>>> from afgresearch.themes import ThemeModel
>>> ThemeModel(n_clusters=2).fit(["refugees deported", "envoy visit"]).themes_.tolist()
['migration', 'diplomacy']
"""

from __future__ import annotations

from afgresearch.themes.aggregate import (
    article_theme_shares,
    date_theme_shares,
    outlet_theme_shares,
    theme_weights,
)
from afgresearch.themes.assign import ThemeAssignment, assign_from_evidence, themes_for_new
from afgresearch.themes.context import article_context, borrow_article_evidence
from afgresearch.themes.diagnostics import (
    k_selection,
    paragraph_map,
    representative_paragraphs,
    stability,
)
from afgresearch.themes.engine import THEME_DEFAULTS, ThemeEngine
from afgresearch.themes.errors import (
    LexiconError,
    ThemeError,
    ThemeInputError,
    ThemeNotFittedError,
    ThemeTableError,
)
from afgresearch.themes.evaluate import compare_methods, keyword_themes, load_labels, macro_f1
from afgresearch.themes.lexicons import OTHER, available_lexicons, load_lexicons, load_weak_terms
from afgresearch.themes.model import ThemeModel
from afgresearch.themes.naming import (
    assign_text_themes,
    assign_themes,
    cluster_profiles,
    cluster_themes,
    match_clusters,
    name_clusters,
    text_theme_shares,
    top_term_indices,
    typicality,
)
from afgresearch.themes.seeding import (
    extend_centers,
    lexicon_counts,
    lexicon_indicator,
    lexicon_mass,
    lexicon_matrix,
    lexicon_similarity,
    lexicon_term_vectors,
    seed_centroids,
)
from afgresearch.themes.tables import theme_paragraphs
from afgresearch.themes.texts import check_texts

__all__ = [
    "OTHER",
    "THEME_DEFAULTS",
    "ThemeEngine",
    "LexiconError",
    "ThemeError",
    "ThemeInputError",
    "ThemeModel",
    "ThemeAssignment",
    "ThemeNotFittedError",
    "ThemeTableError",
    "article_context",
    "assign_from_evidence",
    "borrow_article_evidence",
    "themes_for_new",
    "article_theme_shares",
    "assign_text_themes",
    "assign_themes",
    "available_lexicons",
    "check_texts",
    "cluster_profiles",
    "cluster_themes",
    "compare_methods",
    "date_theme_shares",
    "extend_centers",
    "k_selection",
    "keyword_themes",
    "lexicon_counts",
    "lexicon_indicator",
    "lexicon_mass",
    "lexicon_matrix",
    "lexicon_similarity",
    "lexicon_term_vectors",
    "load_labels",
    "load_lexicons",
    "load_weak_terms",
    "macro_f1",
    "match_clusters",
    "name_clusters",
    "outlet_theme_shares",
    "paragraph_map",
    "representative_paragraphs",
    "seed_centroids",
    "stability",
    "text_theme_shares",
    "theme_paragraphs",
    "theme_weights",
    "top_term_indices",
    "typicality",
]

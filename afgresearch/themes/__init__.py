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

from afgresearch.lazy import lazy_exports

# public name -> the module that defines it, imported on first use
_EXPORTS: dict[str, str] = {
    "article_theme_shares": "afgresearch.themes.aggregate",
    "date_theme_shares": "afgresearch.themes.aggregate",
    "outlet_theme_shares": "afgresearch.themes.aggregate",
    "theme_weights": "afgresearch.themes.aggregate",
    "ThemeAssignment": "afgresearch.themes.assign",
    "assign_from_evidence": "afgresearch.themes.assign",
    "themes_for_new": "afgresearch.themes.assign",
    "article_context": "afgresearch.themes.context",
    "borrow_article_evidence": "afgresearch.themes.context",
    "k_selection": "afgresearch.themes.diagnostics",
    "paragraph_map": "afgresearch.themes.diagnostics",
    "representative_paragraphs": "afgresearch.themes.diagnostics",
    "stability": "afgresearch.themes.diagnostics",
    "THEME_DEFAULTS": "afgresearch.themes.engine",
    "ThemeEngine": "afgresearch.themes.engine",
    "LexiconError": "afgresearch.themes.errors",
    "ThemeError": "afgresearch.themes.errors",
    "ThemeInputError": "afgresearch.themes.errors",
    "ThemeNotFittedError": "afgresearch.themes.errors",
    "ThemeTableError": "afgresearch.themes.errors",
    "compare_methods": "afgresearch.themes.evaluate",
    "keyword_themes": "afgresearch.themes.evaluate",
    "load_labels": "afgresearch.themes.evaluate",
    "macro_f1": "afgresearch.themes.evaluate",
    "OTHER": "afgresearch.themes.lexicons",
    "available_lexicons": "afgresearch.themes.lexicons",
    "load_lexicons": "afgresearch.themes.lexicons",
    "load_weak_terms": "afgresearch.themes.lexicons",
    "ThemeModel": "afgresearch.themes.model",
    "assign_text_themes": "afgresearch.themes.naming",
    "assign_themes": "afgresearch.themes.naming",
    "cluster_profiles": "afgresearch.themes.naming",
    "cluster_themes": "afgresearch.themes.naming",
    "match_clusters": "afgresearch.themes.naming",
    "name_clusters": "afgresearch.themes.naming",
    "text_theme_shares": "afgresearch.themes.naming",
    "top_term_indices": "afgresearch.themes.naming",
    "typicality": "afgresearch.themes.naming",
    "extend_centers": "afgresearch.themes.seeding",
    "lexicon_counts": "afgresearch.themes.seeding",
    "lexicon_indicator": "afgresearch.themes.seeding",
    "lexicon_mass": "afgresearch.themes.seeding",
    "lexicon_matrix": "afgresearch.themes.seeding",
    "lexicon_similarity": "afgresearch.themes.seeding",
    "lexicon_term_vectors": "afgresearch.themes.seeding",
    "seed_centroids": "afgresearch.themes.seeding",
    "theme_paragraphs": "afgresearch.themes.tables",
    "check_texts": "afgresearch.themes.texts",
}

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

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)

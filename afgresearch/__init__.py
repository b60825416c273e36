"""afgresearch: reproducible research briefs on Afghanistan from news dumps.

The public API is importable from the package root; submodules load on first use so that
``import afgresearch`` stays fast.

Example
-------
>>> import afgresearch
>>> callable(afgresearch.load_corpus)
True
"""

from __future__ import annotations

from afgresearch.lazy import lazy_exports

__version__ = "0.1.0"

# public name -> module that defines it (each stage adds its entry points here)
_EXPORTS: dict[str, str] = {
    "AfgResearchError": "afgresearch.errors",
    "TableContractError": "afgresearch.errors",
    "load_corpus": "afgresearch.corpus",
    "iter_corpus": "afgresearch.corpus",
    "Corpus": "afgresearch.corpus",
    "CorpusError": "afgresearch.corpus",
    "write_corpus_parquet": "afgresearch.corpus",
    "line_summary": "afgresearch.corpus",
    "read_source": "afgresearch.corpus",
    "run_report": "afgresearch.pipeline",
    "extract_claims": "afgresearch.extract",
    "claim_disagreements": "afgresearch.extract",
    "evidence_tables": "afgresearch.extract",
    "write_evidence_tables": "afgresearch.pipeline.evidence",
    "flag_claims": "afgresearch.extract",
    "extract_mentions": "afgresearch.extract",
    "actors_table": "afgresearch.extract",
    "co_mentions": "afgresearch.extract",
    "extract_events": "afgresearch.extract",
    "load_gazetteer": "afgresearch.extract",
    "load_cameo": "afgresearch.extract",
    "byline_date": "afgresearch.extract",
    "find_byline_date": "afgresearch.extract",
    "ExtractError": "afgresearch.extract",
    "OutOfCoreThemeModel": "afgresearch.scale",
    "make_theme_model": "afgresearch.scale",
    "ScaleError": "afgresearch.scale",
    "make_figures": "afgresearch.figures",
    "save_figure": "afgresearch.figures",
    "theme_share_by_article": "afgresearch.figures",
    "theme_share_by_outlet": "afgresearch.figures",
    "top_terms": "afgresearch.figures",
    "paragraph_map": "afgresearch.figures",
    "returns_claims": "afgresearch.figures",
    "event_timeline": "afgresearch.figures",
    "co_mention_network": "afgresearch.figures",
    "FigureError": "afgresearch.figures",
    "ThemeModel": "afgresearch.themes",
    "ThemeError": "afgresearch.themes",
    "load_lexicons": "afgresearch.themes",
    "load_weak_terms": "afgresearch.themes",
    "theme_paragraphs": "afgresearch.themes",
    "article_theme_shares": "afgresearch.themes",
    "outlet_theme_shares": "afgresearch.themes",
    "date_theme_shares": "afgresearch.themes",
    "k_selection": "afgresearch.themes",
    "stability": "afgresearch.themes",
    "representative_paragraphs": "afgresearch.themes",
    "write_brief": "afgresearch.brief",
    "render_html": "afgresearch.brief",
    "verify_citations": "afgresearch.brief",
    "md_inert": "afgresearch.brief",
    "BriefError": "afgresearch.brief",
}

__all__ = sorted(_EXPORTS) + ["__version__"]


__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)

"""The tables of a small report, written to a run folder as the notebooks write them."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from afgresearch.corpus import load_corpus
from afgresearch.extract import evidence_tables
from afgresearch.pipeline.steps import theme_tables
from afgresearch.pipeline.tables import write_tables


def write_report_tables(corpus_dir: Path, run_dir: Path) -> dict[str, pd.DataFrame]:
    """Read ``corpus_dir``, theme it and extract its evidence with small-corpus settings, and
    write every table to ``run_dir``; return the tables."""
    corpus = load_corpus(corpus_dir)
    themed, _ = theme_tables(
        corpus.paragraphs, corpus.articles, n_clusters=0, n_extra_clusters=1,
        lexicons="default", random_state=0, max_features=0, min_df=1, max_df=0.9,
        ngram_max=1, lsa_components=0, context_share=0.5, stability_seeds=2, k_max=3,
    )  # fmt: skip
    tables = {"articles": corpus.articles, "rejects": corpus.rejects, **themed}
    tables.update(evidence_tables(themed["paragraphs"], corpus.articles))
    write_tables(run_dir, tables)
    return tables

"""BBC News benchmark: the unguided ThemeModel (k=5) beside plain scikit-learn k-means.

Reads ``../shared/data/bbc-news.csv`` (columns ``category``, ``text``; not shipped with
the package) and prints V-measure, NMI and ARI (mean, standard deviation, range over
random seeds 0-4) for:

- ``sklearn tfidf+kmeans``: TfidfVectorizer(max_df=0.5, min_df=5, stop_words="english"),
  KMeans(n_clusters=5, n_init=10);
- ``sklearn tfidf+lsa+kmeans``: the same with TruncatedSVD(100) and Normalizer;
- ``ThemeModel unguided``: ``ThemeModel(n_clusters=5, guided=False, ...)``.

Run: ``.venv/bin/python benchmarks/bbc_themes.py [--data PATH] [--seeds 0 1 2 3 4]``
Exits 0 with a message when the data file is absent.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.cluster import KMeans
from sklearn.decomposition import TruncatedSVD
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import (
    adjusted_rand_score,
    normalized_mutual_info_score,
    v_measure_score,
)
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import Normalizer

from afgresearch.themes import ThemeModel

DEFAULT_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "bbc-news.csv"

# the model's settings for long documents: the same document-frequency bounds as the
# reference, unigrams+bigrams, sublinear tf and LSA before k-means
MODEL_PARAMS = dict(
    n_clusters=5,
    guided=False,
    max_df=0.5,
    min_df=5,
    ngram_range=(1, 2),
    sublinear_tf=True,
    lsa_components=100,
    n_init=10,
)


def _sklearn_labels(texts: list[str], seed: int, lsa: bool) -> np.ndarray:
    X = TfidfVectorizer(max_df=0.5, min_df=5, stop_words="english").fit_transform(texts)
    if lsa:
        X = make_pipeline(
            TruncatedSVD(100, random_state=seed), Normalizer(copy=False)
        ).fit_transform(X)
    return KMeans(n_clusters=5, n_init=10, random_state=seed).fit(X).labels_


def _model_labels(texts: list[str], seed: int) -> np.ndarray:
    return ThemeModel(**MODEL_PARAMS, random_state=seed).fit(texts).labels_


def run(data: Path, seeds: list[int]) -> pd.DataFrame:
    """Score every method on every seed; return one row per (method, seed)."""
    frame = pd.read_csv(data)
    texts = frame["text"].astype(str).tolist()
    truth = frame["category"].astype(str).to_numpy()
    methods = {
        "sklearn tfidf+kmeans": lambda s: _sklearn_labels(texts, s, lsa=False),
        "sklearn tfidf+lsa+kmeans": lambda s: _sklearn_labels(texts, s, lsa=True),
        "ThemeModel unguided": lambda s: _model_labels(texts, s),
    }
    rows = []
    for name, fit in methods.items():
        for seed in seeds:
            start = time.perf_counter()
            labels = fit(seed)
            rows.append(
                {
                    "method": name,
                    "seed": seed,
                    "v_measure": v_measure_score(truth, labels),
                    "nmi": normalized_mutual_info_score(truth, labels),
                    "ari": adjusted_rand_score(truth, labels),
                    "seconds": time.perf_counter() - start,
                }
            )
    return pd.DataFrame(rows)


def summarise(scores: pd.DataFrame) -> pd.DataFrame:
    """Mean, standard deviation, min and max of each metric per method."""
    parts = []
    for metric in ("v_measure", "nmi", "ari"):
        g = scores.groupby("method", sort=False)[metric]
        parts.append(
            pd.DataFrame(
                {
                    f"{metric}_mean": g.mean(),
                    f"{metric}_std": g.std(ddof=0),
                    f"{metric}_min": g.min(),
                    f"{metric}_max": g.max(),
                }
            )
        )
    out = pd.concat(parts, axis=1)
    out["seconds_per_fit"] = scores.groupby("method", sort=False)["seconds"].mean()
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 2, 3, 4])
    args = parser.parse_args(argv)
    if not args.data.is_file():
        print(f"skipped: BBC News data not found at {args.data}")
        return 0
    scores = run(args.data, args.seeds)
    summary = summarise(scores)
    with pd.option_context("display.width", 250, "display.max_columns", 20, "display.precision", 3):
        print(f"BBC News, k=5, seeds {args.seeds}, {len(pd.read_csv(args.data))} texts")
        print(summary[[c for c in summary.columns if c.endswith(("mean", "std"))]])
        print(
            summary[[c for c in summary.columns if c.startswith("ari") or c == "seconds_per_fit"]]
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

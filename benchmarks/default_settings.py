"""The theme model with its automatic feature settings beside the scikit-learn anchor.

For each labelled corpus available offline (BBC News from ``../shared/data/bbc-news.csv``; 20
Newsgroups' test split when scikit-learn's cache already holds it, never downloaded), fits

- ``anchor``: TfidfVectorizer(min_df=5, stop_words="english") -> TruncatedSVD(100) ->
  Normalizer -> KMeans(n_init=10), scikit-learn alone;
- ``default``: ``ThemeModel(n_clusters=k, guided=False)``, every feature setting ``"auto"``;

over random seeds, and prints the median seconds per fit, mean V-measure and ARI, and the time
ratio default/anchor, measured in the same run. The last line reads
``bbc_time_ratio=.. bbc_v_default=.. bbc_v_anchor=..`` (and the same for ``news20`` if present).

Run: ``.venv/bin/python benchmarks/default_settings.py [--seeds 0 1 2]``
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.cluster import KMeans
from sklearn.decomposition import TruncatedSVD
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import adjusted_rand_score, v_measure_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import Normalizer

from afgresearch.themes import ThemeModel

BBC = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "bbc-news.csv"


def corpora() -> dict[str, tuple[list[str], np.ndarray]]:
    """Labelled corpora found offline: name -> (texts, labels)."""
    out = {}
    if BBC.is_file():
        frame = pd.read_csv(BBC)
        out["bbc"] = (frame["text"].astype(str).tolist(), frame["category"].to_numpy())
    try:
        from sklearn.datasets import fetch_20newsgroups

        news = fetch_20newsgroups(
            subset="test", remove=("headers", "footers", "quotes"), download_if_missing=False
        )
        out["news20"] = (list(news.data), np.asarray(news.target))
    except OSError:
        print("20 Newsgroups: not in scikit-learn's cache (offline), skipped")
    return out


def anchor(texts: list[str], k: int, seed: int) -> np.ndarray:
    """TF-IDF(min_df=5) + LSA(100) + KMeans(n_init=10), scikit-learn only."""
    X = TfidfVectorizer(min_df=5, stop_words="english").fit_transform(texts)
    X = make_pipeline(TruncatedSVD(100, random_state=seed), Normalizer(copy=False)).fit_transform(X)
    return KMeans(n_clusters=k, n_init=10, random_state=seed).fit(X).labels_


def default(texts: list[str], k: int, seed: int) -> np.ndarray:
    """The theme model, unguided, with every feature setting left at ``"auto"``."""
    return ThemeModel(n_clusters=k, guided=False, random_state=seed).fit(texts).labels_


def measure(
    fit: Callable[[list[str], int, int], np.ndarray],
    texts: list[str],
    truth: np.ndarray,
    seeds: list[int],
) -> dict[str, float]:
    times, v, ari = [], [], []
    for seed in seeds:
        start = time.perf_counter()
        labels = fit(texts, len(set(truth.tolist())), seed)
        times.append(time.perf_counter() - start)
        v.append(v_measure_score(truth, labels))
        ari.append(adjusted_rand_score(truth, labels))
    return {"seconds": float(np.median(times)), "v": float(np.mean(v)), "ari": float(np.mean(ari))}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 2])
    args = parser.parse_args(argv)
    found = corpora()
    if not found:
        print("skipped: no labelled corpus found offline")
        return 0
    closing = []
    for name, (texts, truth) in found.items():
        a = measure(anchor, texts, truth, args.seeds)
        d = measure(default, texts, truth, args.seeds)
        ratio = d["seconds"] / a["seconds"]
        print(
            f"{name} ({len(texts)} texts, seeds {args.seeds}): anchor {a['seconds']:.2f} s "
            f"V {a['v']:.3f} ARI {a['ari']:.3f}; default {d['seconds']:.2f} s V {d['v']:.3f} "
            f"ARI {d['ari']:.3f}; time ratio {ratio:.2f}",
            flush=True,
        )
        closing += [
            f"{name}_time_ratio={ratio:.2f}",
            f"{name}_v_default={d['v']:.3f}",
            f"{name}_v_anchor={a['v']:.3f}",
        ]
    print(" ".join(closing))
    return 0


if __name__ == "__main__":
    sys.exit(main())

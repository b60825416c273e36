"""Theme agreement and cluster ARI of the out-of-core and Spark engines against the in-memory one.

The reference is the in-memory ``ThemeModel`` as the report runs it (TF-IDF without LSA,
random state 0, see ``afgresearch.pipeline.steps.theme_model_kwargs``); the out-of-core and
Spark engines run with their defaults (Spark in ``local[2]``). Two corpora:

* ``seeds``: the seed paragraphs (``afgresearch.load_corpus('seeds').paragraphs``), each with its
  article as context (``groups``), as the report fits them;
* ``bbc``: the BBC News texts (``../shared/data/bbc-news.csv``, 2,225 texts, column ``text``),
  read in place; skipped with a message where the file is absent.

For each corpus and engine it prints the share of texts given the in-memory engine's theme and
the adjusted Rand index of the two cluster partitions, then one closing line::

    agreement: seeds ooc=<share>/<ari> spark=<share>/<ari> bbc ooc=<share>/<ari> spark=...

Run: ``PYTHONPATH=$PWD .venv/bin/python benchmarks/engine_agreement.py [--corpus seeds]
[--engines ooc spark] [--master local[2]]``

Example
-------
>>> agreement_figures(np.array([0, 0, 1]), np.array(["a", "a", "b"]),
...                   np.array([1, 1, 0]), np.array(["a", "a", "c"]))
(0.666667, 1.0)
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
BBC = ROOT.parent / "shared" / "data" / "bbc-news.csv"
if not BBC.exists():  # a git worktree sits one folder deeper than the project's shared data
    BBC = Path("/work/shared/data/bbc-news.csv")


def agreement_figures(
    ref_labels: np.ndarray, ref_themes: np.ndarray, labels: np.ndarray, themes: np.ndarray
) -> tuple[float, float]:
    """(share of texts with the reference theme, ARI of the cluster labels), 6 digits.

    Example
    -------
    >>> agreement_figures(np.array([0, 1]), np.array(["a", "b"]), np.array([0, 1]),
    ...                   np.array(["a", "b"]))
    (1.0, 1.0)
    """
    from sklearn.metrics import adjusted_rand_score

    from afgresearch.numeric import round_sig

    share = float(np.mean(np.asarray(ref_themes) == np.asarray(themes)))
    ari = float(adjusted_rand_score(ref_labels, labels))
    return round_sig(share), round_sig(ari)


def load_texts(name: str) -> tuple[list[str], list[str] | None] | None:
    """Texts and groups of a corpus (``seeds`` or ``bbc``); None with a message if absent."""
    if name == "seeds":
        from afgresearch import load_corpus

        paragraphs = load_corpus(str(ROOT / "seeds")).paragraphs
        return paragraphs["text"].tolist(), paragraphs["article_id"].astype(str).tolist()
    if not BBC.exists():
        print(f"[bbc] skipped: {BBC} is absent (see the shared data README)")
        return None
    return pd.read_csv(BBC)["text"].astype(str).tolist(), None


def fit_engine(engine: str, texts: list[str], groups: list[str] | None, master: str) -> Any:
    """Fit one engine (``memory``, ``ooc`` or ``spark``) as the comparison runs it."""
    if engine == "memory":
        from afgresearch.themes import ThemeModel

        model: Any = ThemeModel(random_state=0, lsa_components=None)
    elif engine == "ooc":
        from afgresearch.scale import OutOfCoreThemeModel

        model = OutOfCoreThemeModel(random_state=0)
    else:
        from afgresearch.scale.spark import SparkThemeModel

        model = SparkThemeModel(random_state=0, master=master)
    return model.fit(texts, groups=groups)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", nargs="+", default=["seeds", "bbc"], choices=["seeds", "bbc"])
    parser.add_argument("--engines", nargs="+", default=["ooc", "spark"], choices=["ooc", "spark"])
    parser.add_argument("--master", default="local[2]")
    args = parser.parse_args(argv)
    if "spark" in args.engines:
        from afgresearch.scale.spark import get_spark

        get_spark(args.master, config={"spark.default.parallelism": "2"})
    parts = []
    for name in args.corpus:
        loaded = load_texts(name)
        if loaded is None:
            parts.append(f"{name} skipped")
            continue
        texts, groups = loaded
        t0 = time.perf_counter()
        memory = fit_engine("memory", texts, groups, args.master)
        print(f"[{name}] {len(texts):,} texts; in-memory {time.perf_counter() - t0:.1f} s")
        figures = []
        for engine in args.engines:
            t0 = time.perf_counter()
            model = fit_engine(engine, texts, groups, args.master)
            share, ari = agreement_figures(
                memory.labels_, memory.themes_, model.labels_, model.themes_
            )
            print(
                f"  {engine} vs in-memory: theme agreement {share:.3f}, ARI {ari:.3f} "
                f"({time.perf_counter() - t0:.1f} s); clusters {model.cluster_names_} "
                f"(in-memory {memory.cluster_names_})"
            )
            figures.append(f"{engine}={share:.3f}/{ari:.3f}")
        parts.append(" ".join([name, *figures]))
    print("agreement: " + " ".join(parts))
    return 0


if __name__ == "__main__":
    sys.exit(main())

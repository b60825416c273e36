"""Macro-F1 of the theme model on the hand-labelled seed paragraphs.

Fits on the body paragraphs of ``seeds/`` (from ``afgresearch.load_corpus``), with each
paragraph's article as its context, then scores the labelled paragraphs
(``tests/data/themes/seed_labels.csv``) over random seeds 0-4 for:

* ``guided``: the default ``ThemeModel`` as the report runs it (article context on);
* ``unguided``: plain k-means named afterwards, with the same article context;
* ``keywords``: the lexicon keyword-count baseline (each paragraph on its own; weak terms
  count half, so one alone is no evidence), and ``keywords, weak as full``: the same with
  every term counted in full (the lexicon read as a plain word list);
* two ablations: ``guided, no context`` (``context_share=None``) and
  ``keywords + context`` (the keyword baseline given the model's article-context step), to
  show what the clusters and what the article context each add.

With ``--split`` the theme-assignment settings are also chosen honestly, leaving one file
out at a time: on the other files a small grid (``text_weight``, ``min_typicality``, LSA
on/off, article context on/off) is tuned by the guided model's macro-F1, every method
predicts the held-out file with the chosen settings, and the pooled held-out predictions
are scored (the models are still fitted, without labels, on all paragraphs).

Run: ``.venv/bin/python benchmarks/seed_themes.py [--split]``
"""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.metrics import accuracy_score

from afgresearch.themes import ThemeModel, keyword_themes, load_labels, macro_f1

ROOT = Path(__file__).resolve().parents[1]
LABELS = ROOT / "tests" / "data" / "themes" / "seed_labels.csv"
SEEDS = ROOT / "seeds"


def dev_set(
    seeds_dir: Path = SEEDS, labels_path: Path = LABELS
) -> tuple[list[str], pd.Series, pd.Series, pd.Series]:
    """All body paragraphs to fit on, their labels (NA where unlabelled), their article
    (the context key) and their source file."""
    from afgresearch.corpus import load_corpus

    labels = load_labels(labels_path)
    paragraphs = load_corpus(seeds_dir).paragraphs[["article_id", "source_file", "line", "text"]]
    paragraphs = paragraphs.astype({"source_file": "string", "line": "int64"})
    merged = paragraphs.merge(
        labels[["source_file", "line", "theme"]], on=["source_file", "line"], how="left"
    )
    missing = len(labels) - int(merged["theme"].notna().sum())
    if missing:
        print(f"note: {missing} labelled lines are not paragraph starts", file=sys.stderr)
    return (
        merged["text"].astype(str).tolist(),
        merged["theme"],
        merged["article_id"].astype(str),
        merged["source_file"],
    )


GRID = {
    "text_weight": [0.3, 0.4, 0.5, 0.6],
    "min_typicality": [0.5, 0.75, 1.0],
    "lsa_components": [None, 100],
    "context_share": [0.5, None],
}

# (method, ThemeModel or keyword settings); "context" marks the article-context step
METHODS = {
    "guided": {"guided": True},
    "unguided": {"guided": False},
    "keywords": {"keywords": True, "context_share": None},
    "keywords, weak as full": {"keywords": True, "context_share": None, "weak": False},
    "guided, no context": {"guided": True, "context_share": None},
    "keywords + context": {"keywords": True},
}


def predict(method: str, texts, groups, seed: int, params: dict) -> np.ndarray:  # noqa: ANN001
    """Themes of ``texts`` by ``method`` (see ``METHODS``) with ThemeModel ``params``."""
    settings = {**params, **METHODS[method]}
    share = settings.get("context_share", 0.5)
    if settings.pop("keywords", False):
        lex = settings.get("lexicons", "default")
        weak = settings.get("weak", True)
        return np.asarray(keyword_themes(texts, lex, groups, share, weak=weak), dtype=object)
    model = ThemeModel(random_state=seed, **settings).fit(texts, groups=groups)
    return np.asarray(model.themes_, dtype=object)


def split_evaluate(seeds: list[int] = [0, 1, 2, 3, 4]) -> pd.DataFrame:  # noqa: B006
    """Leave one file out: tune on the other files, predict the held-out file; pool.

    For each labelled file the grid is searched on the other files' labelled paragraphs
    (guided macro-F1, seed 0) and every method predicts the held-out file with the
    chosen settings. The held-out predictions of all files are pooled (as in
    cross-validated prediction) and scored once per seed, so no label of a file ever
    informs the settings used on it. Returns one row per method (means over seeds) and
    prints the settings chosen per file.
    """
    texts, theme, groups, files = dev_set()
    groups = groups.tolist()
    y = theme.fillna("").astype(str).to_numpy()
    labelled = theme.notna().to_numpy()
    names = sorted(set(files[labelled]))
    runs = {m: ([seeds[0]] if "keywords" in METHODS[m] else list(seeds)) for m in METHODS}
    pooled = {m: {s: np.empty(len(texts), dtype=object) for s in runs[m]} for m in METHODS}
    for held in names:
        test_mask = labelled & (files == held).to_numpy()
        tune_mask = labelled & ~test_mask
        best, best_f1 = None, -1.0
        for values in itertools.product(*GRID.values()):
            params = dict(zip(GRID, values, strict=True))
            f1 = macro_f1(y[tune_mask], predict("guided", texts, groups, 0, params)[tune_mask])
            if f1 > best_f1 + 1e-12:
                best, best_f1 = params, f1
        assert best is not None
        print(f"held out {held} ({int(test_mask.sum())} paragraphs): chose {best}")
        for method in METHODS:
            for seed in runs[method]:
                pred = predict(method, texts, groups, seed, best)
                pooled[method][seed][test_mask] = pred[test_mask]
    rows = []
    for method in METHODS:
        f1 = [macro_f1(y[labelled], pooled[method][s][labelled]) for s in runs[method]]
        acc = [accuracy_score(y[labelled], pooled[method][s][labelled]) for s in runs[method]]
        rows.append((method, float(np.mean(f1)), float(np.min(f1)), float(np.mean(acc))))
    return pd.DataFrame(rows, columns=["method", "macro_f1_mean", "macro_f1_min", "accuracy"])


def evaluate(seeds: list[int] = [0, 1, 2, 3, 4], **params: object) -> pd.DataFrame:  # noqa: B006
    """One row per (method, seed): macro-F1 and accuracy on the labelled paragraphs."""
    texts, theme, groups, _ = dev_set()
    groups = groups.tolist()
    mask = theme.notna().to_numpy()
    y = theme[mask].astype(str).to_numpy()
    rows = []
    for method in METHODS:
        for seed in seeds:
            pred = predict(method, texts, groups, seed, dict(params))[mask]
            rows.append((method, seed, macro_f1(y, pred), accuracy_score(y, pred)))
    return pd.DataFrame(rows, columns=["method", "seed", "macro_f1", "accuracy"])


def main() -> int:
    if "--split" in sys.argv[1:]:
        table = split_evaluate()
        with pd.option_context("display.precision", 3, "display.width", 200):
            print(table.to_string(index=False))
        return 0
    scores = evaluate()
    texts, theme, _, _ = dev_set()
    print(f"seed paragraphs: {len(texts)} fitted, {int(theme.notna().sum())} labelled")
    print(theme.value_counts().to_string())
    table = scores.groupby("method", sort=False).agg(
        macro_f1_mean=("macro_f1", "mean"),
        macro_f1_min=("macro_f1", "min"),
        macro_f1_max=("macro_f1", "max"),
        accuracy_mean=("accuracy", "mean"),
    )
    with pd.option_context("display.precision", 3, "display.width", 200):
        print(table.to_string())
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Macro-F1 of the theme model on the hand-labelled seed paragraphs.

Fits on the body paragraphs of ``seeds/`` (from ``afgresearch.load_corpus``; falls back to
the labelled lines themselves when the loader is unavailable), then scores the labelled
paragraphs (``tests/data/themes/seed_labels.csv``) for the guided model, unguided k-means
named afterwards and the lexicon keyword-count baseline, over random seeds 0-4.

With ``--split`` the theme-assignment settings are also chosen honestly: the labelled
files are split in two folds by file; on each fold a small grid (``text_weight``,
``min_typicality``, LSA on/off) is tuned by the guided model's macro-F1, and the three
methods are scored on the other fold's files only (the models are still fitted, without
labels, on all paragraphs).

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
    seeds_dir: Path = SEEDS, labels_path: Path = LABELS, with_files: bool = False
) -> tuple[list[str], pd.Series] | tuple[list[str], pd.Series, pd.Series]:
    """Return (all body paragraphs to fit on, labels aligned to them or NA where unlabelled)
    and, with ``with_files``, the source file of each paragraph."""
    labels = load_labels(labels_path)
    try:
        from afgresearch.corpus import load_corpus

        paragraphs = load_corpus(seeds_dir).paragraphs[["source_file", "line", "text"]]
    except Exception as exc:  # the loader is optional here: read the labelled lines
        print(f"note: load_corpus unavailable ({exc}); using the labelled lines", file=sys.stderr)
        rows = []
        for f, line in zip(labels["source_file"], labels["line"], strict=True):
            lines = (seeds_dir / f).read_text(encoding="utf-8").split("\n")
            rows.append((f, line, lines[line - 1].strip()))
        paragraphs = pd.DataFrame(rows, columns=["source_file", "line", "text"])
    paragraphs = paragraphs.astype({"source_file": "string", "line": "int64"})
    merged = paragraphs.merge(
        labels[["source_file", "line", "theme"]], on=["source_file", "line"], how="left"
    )
    if with_files:
        return merged["text"].astype(str).tolist(), merged["theme"], merged["source_file"]
    return merged["text"].astype(str).tolist(), merged["theme"]


GRID = {
    "text_weight": [0.3, 0.4, 0.5, 0.6],
    "min_typicality": [0.5, 0.75, 1.0],
    "lsa_components": [None, 100],
}


def _scores(texts, y, mask, params, seeds):  # noqa: ANN001, ANN202
    """Mean macro-F1 per method over ``seeds`` on the paragraphs where ``mask`` holds."""
    kw = np.asarray(keyword_themes(texts, params.get("lexicons", "default")), dtype=object)
    out = {"guided": [], "unguided": [], "keywords": [macro_f1(y[mask], kw[mask])]}
    for seed in seeds:
        for method, guided in (("guided", True), ("unguided", False)):
            model = ThemeModel(guided=guided, random_state=seed, **params).fit(texts)
            out[method].append(macro_f1(y[mask], np.asarray(model.themes_)[mask]))
    return {m: float(sum(v) / len(v)) for m, v in out.items()}


def split_evaluate(seeds: list[int] = [0, 1, 2, 3, 4]) -> pd.DataFrame:  # noqa: B006
    """Tune on one fold of files, score on the other (both ways); one row per fold."""
    texts, theme, files = dev_set(with_files=True)
    y = theme.fillna("").astype(str).to_numpy()
    labelled = theme.notna().to_numpy()
    names = sorted(set(files[labelled]))
    # largest file alone against the rest keeps the two folds of similar size
    sizes = files[labelled].value_counts()
    fold_a = {str(sizes.index[0])}
    folds = [(fold_a, set(names) - fold_a), (set(names) - fold_a, fold_a)]
    rows = []
    for tune, test in folds:
        tune_mask = labelled & files.isin(tune).to_numpy()
        test_mask = labelled & files.isin(test).to_numpy()
        best, best_f1 = None, -1.0
        for values in itertools.product(*GRID.values()):
            params = dict(zip(GRID, values, strict=True))
            model = ThemeModel(random_state=0, **params).fit(texts)
            f1 = macro_f1(y[tune_mask], np.asarray(model.themes_)[tune_mask])
            if f1 > best_f1 + 1e-12:
                best, best_f1 = params, f1
        assert best is not None
        held = _scores(texts, y, test_mask, best, seeds)
        rows.append(
            {
                "tuned_on": ",".join(sorted(tune)),
                "n_test": int(test_mask.sum()),
                "chosen": best,
                **{f"{m}_f1": v for m, v in held.items()},
            }
        )
    return pd.DataFrame(rows)


def evaluate(seeds: list[int] = [0, 1, 2, 3, 4], **params: object) -> pd.DataFrame:  # noqa: B006
    """One row per (method, seed): macro-F1 and accuracy on the labelled paragraphs."""
    texts, theme = dev_set()
    mask = theme.notna().to_numpy()
    y = theme[mask].astype(str).tolist()
    rows = []
    kw = [
        t
        for t, m in zip(keyword_themes(texts, params.get("lexicons", "default")), mask, strict=True)
        if m
    ]
    for seed in seeds:
        for method, guided in (("guided", True), ("unguided", False)):
            model = ThemeModel(guided=guided, random_state=seed, **params).fit(texts)
            pred = [t for t, m in zip(model.themes_.tolist(), mask, strict=True) if m]
            rows.append((method, seed, macro_f1(y, pred), accuracy_score(y, pred)))
        rows.append(("keywords", seed, macro_f1(y, kw), accuracy_score(y, kw)))
    return pd.DataFrame(rows, columns=["method", "seed", "macro_f1", "accuracy"])


def main() -> int:
    if "--split" in sys.argv[1:]:
        table = split_evaluate()
        with pd.option_context("display.precision", 3, "display.width", 200):
            print(table.to_string(index=False))
            print(table[["guided_f1", "unguided_f1", "keywords_f1"]].mean().round(3).to_string())
        return 0
    scores = evaluate()
    texts, theme = dev_set()
    print(f"seed paragraphs: {len(texts)} fitted, {int(theme.notna().sum())} labelled")
    print(theme.value_counts().to_string())
    table = scores.groupby("method", sort=False).agg(
        macro_f1_mean=("macro_f1", "mean"),
        macro_f1_min=("macro_f1", "min"),
        macro_f1_max=("macro_f1", "max"),
        accuracy_mean=("accuracy", "mean"),
    )
    with pd.option_context("display.precision", 3):
        print(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Score the parser against a hand-labelled corpus (``*_expected.csv`` with ``body_lines``).

Each expected row is one article: ``first_body_line`` (its boundary), ``body_lines`` (ranges such
as ``3-6,9``), ``title`` (empty where the dump has none), ``outlet``, ``published``. Printed
figures: articles expected and found, boundary precision/recall/F1 (an article found is right when
its first paragraph starts at the expected first body line), titles and outlets right, and body
lines lost (in no paragraph of the corpus).

Run: ``.venv/bin/python tests/corpus/dev_score.py tests/data/corpus/dev tests/data/corpus/dev_expected.csv``
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

from afgresearch.corpus import load_corpus


def expand(ranges: str) -> list[int]:
    """``"3-5,9"`` -> ``[3, 4, 5, 9]``."""
    out: list[int] = []
    for part in str(ranges).split(","):
        lo, _, hi = part.strip().partition("-")
        out += list(range(int(lo), int(hi or lo) + 1))
    return out


def score(corpus_dir: str | Path, expected_csv: str | Path) -> dict[str, float]:
    """Return the figures (see the module docstring) for one labelled corpus."""
    corpus = load_corpus(corpus_dir)
    expected = pd.read_csv(expected_csv, keep_default_na=False, dtype=str)
    firsts = corpus.paragraphs.groupby("article_id", sort=False)["line"].min()
    found = corpus.articles.assign(first=corpus.articles["article_id"].map(firsts))
    got = {(r.source_file, int(r.first)): r for r in found.itertuples()}
    want = {(r.source_file, int(r.first_body_line)): r for r in expected.itertuples()}
    hits = set(got) & set(want)
    precision = len(hits) / len(got) if got else 0.0
    recall = len(hits) / len(want) if want else 0.0
    f1 = 2 * precision * recall / (precision + recall) if hits else 0.0
    titles = sum(got[k].title.casefold() == want[k].title.casefold() for k in hits)
    outlets = sum((got[k].outlet or "") == want[k].outlet for k in hits)
    body = {(r.source_file, n) for r in expected.itertuples() for n in expand(r.body_lines)}
    para_lines = set(zip(corpus.paragraphs["source_file"], corpus.paragraphs["line"], strict=True))
    in_body = corpus.lines[corpus.lines["kind"] == "body"]
    body_kind = set(zip(in_body["source_file"], in_body["line"], strict=True))
    lost = sorted(body - (para_lines | body_kind))
    extra = sorted((body_kind | para_lines) - body)
    return {
        "articles_expected": len(want),
        "articles_found": len(got),
        "boundary_precision": round(precision, 3),
        "boundary_recall": round(recall, 3),
        "boundary_f1": round(f1, 3),
        "titles_right": titles,
        "outlets_right": outlets,
        "body_lines": len(body),
        "body_lines_lost": len(lost),
        "non_body_read_as_body": len(extra),
        "lost": lost,
        "extra": extra,
    }


if __name__ == "__main__":
    for key, value in score(sys.argv[1], sys.argv[2]).items():
        print(f"{key}: {value}")

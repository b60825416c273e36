"""Six dumps in layouts the parser was not written against, read as a careful reader would.

The files (``tests/data/corpus/unseen/``, invented articles) are a scraper dump with
``Title:``/``Date:``/``Source:``/``URL:`` headers, two web pages copied with navigation,
share buttons, captions and credits, a Markdown digest with pull quotes and key points, one
paragraph per line, a hard-wrapped e-mail newsletter with numbered headlines, and a Windows
(CRLF, BOM) file of clippings with Solar Hijri dates. ``unseen_expected.csv`` holds each
article's title, outlet, date and body-paragraph count as the reader gave them.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from afgresearch.corpus import load_corpus

DATA = Path(__file__).resolve().parents[1] / "data" / "corpus"


def _articles() -> tuple[pd.DataFrame, pd.DataFrame]:
    corpus = load_corpus(DATA / "unseen")
    counts = corpus.paragraphs.groupby("article_id").size()
    got = corpus.articles.assign(
        paragraphs=corpus.articles["article_id"].map(counts).fillna(0).astype(int)
    )
    expected = pd.read_csv(DATA / "unseen_expected.csv", keep_default_na=False)
    return got, expected


def test_every_article_is_found_with_its_metadata_and_paragraphs() -> None:
    got, expected = _articles()
    assert corpus_rejects() == 0
    for row in expected.itertuples():
        same = got[
            (got["source_file"] == row.source_file)
            & (got["title"].str.casefold() == row.title.casefold())
        ]
        assert len(same) == 1, (row.source_file, row.title, got["title"].tolist())
        art = same.iloc[0]
        assert art["paragraphs"] == row.paragraphs, (row.title, art["paragraphs"])
        assert (art["outlet"] or "") == row.outlet, (row.title, art["outlet"])
        assert (art["published"] or "") == row.published, (row.title, art["published"])


def test_only_front_matter_is_read_as_extra_articles() -> None:
    # the newsletter's greeting and the clippings' compiler's note sit before the first
    # story: each becomes a one-paragraph article of its own (a known limit), nothing else
    got, expected = _articles()
    extra = got[~got["title"].str.casefold().isin(expected["title"].str.casefold())]
    assert sorted(extra["source_file"]) == [
        "05_newsletter_wrapped.txt",
        "06_clippings_windows_bom.txt",
    ]
    assert (extra["paragraphs"] == 1).all()
    # the newsletter's message headers (From:/Subject:/Date:) are transport, not its start
    starts = dict(zip(extra["source_file"], extra["line_start"], strict=True))
    assert starts == {"05_newsletter_wrapped.txt": 5, "06_clippings_windows_bom.txt": 1}


def corpus_rejects() -> int:
    return len(load_corpus(DATA / "unseen").rejects)

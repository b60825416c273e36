"""What :func:`afgresearch.brief.read_brief_tables` reads of a run folder."""

from __future__ import annotations

import pandas as pd

from afgresearch.brief import read_brief_tables, write_brief
from afgresearch.brief.inputs import share_repeated_strings
from afgresearch.pipeline.tables import write_table


def _articles() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "article_id": ["a1", "a2", "a3"],
            "source_file": ["wire/feed.txt", "wire/feed.txt", "desk/notes.md"],
            "line_start": [1, 9, 4],
            "line_end": [7, 15, 12],
            "title": ["Border crossing reopens", "", "  "],
            "outlet": ["Valley Wire", "Valley Wire", "Hill Desk"],
            "published": ["2024-05-02", "", "2024-06-11"],
            "text": [
                "Traders queued at dawn as the crossing reopened.",
                "Relief convoys reached the northern districts on Tuesday.",
                "Clinics in the east reported new cases of measles.",
            ],
        }
    )


def test_article_text_kept_only_for_untitled_articles(tmp_path):
    write_table(tmp_path, "articles", _articles())
    articles = read_brief_tables(tmp_path)["articles"]
    assert articles["text"].isna().tolist() == [True, False, False]
    assert articles.loc[1, "text"] == "Relief convoys reached the northern districts on Tuesday."
    assert "line_end" not in articles.columns
    assert articles["article_id"].tolist() == ["a1", "a2", "a3"]


def test_brief_from_read_tables_matches_brief_from_whole_tables(tmp_path):
    write_table(tmp_path, "articles", _articles())
    whole = {"articles": _articles()}
    md_whole, _ = write_brief(whole, tmp_path / "whole")
    md_read, _ = write_brief(read_brief_tables(tmp_path), tmp_path / "read")
    assert md_read.read_text(encoding="utf-8") == md_whole.read_text(encoding="utf-8")
    assert "Relief convoys reached" in md_read.read_text(encoding="utf-8")


def test_repeated_strings_shared_values_unchanged(tmp_path):
    frame = pd.DataFrame(
        {
            "topic": pd.array(["aid_delivery", "aid_delivery", None, "health"], "string"),
            "mixed": pd.Series([1, True, "1", None], dtype=object),
            "n": [1, 2, 3, 4],
        }
    )
    shared = share_repeated_strings(frame.copy())
    assert shared.equals(frame)
    assert shared.dtypes.to_dict() == frame.dtypes.to_dict()
    assert shared["topic"].iloc[0] is shared["topic"].iloc[1]
    assert shared["mixed"].tolist() == [1, True, "1", None]

"""What each figure shows and the table it is drawn from, for captions in the brief.

Example
-------
>>> CAPTIONS["returns_claims"].table
'claims'
"""

from __future__ import annotations

from typing import NamedTuple


class Caption(NamedTuple):
    """A figure's caption (what it shows) and its source table."""

    text: str
    table: str


#: figure name (as in :data:`afgresearch.figures.make.FIGURES`) -> caption
CAPTIONS: dict[str, Caption] = {
    "theme_share_by_article": Caption(
        "Share of each article's paragraphs in each theme, one bar per article.", "article_themes"
    ),
    "theme_share_by_outlet": Caption(
        "Share of paragraphs in each theme by outlet, with the number of articles behind each bar.",
        "article_themes",
    ),
    "top_terms": Caption(
        "The words that weigh most in each group of paragraphs (TF-IDF weight at the group's "
        "centre).",
        "theme_terms",
    ),
    "paragraph_map": Caption(
        "Paragraphs placed by the similarity of their wording (two dimensions of the TF-IDF "
        "vectors), coloured by each paragraph's own theme.",
        "paragraph_map",
    ),
    "returns_claims": Caption(
        "Numbers of people reported returned or deported, by the period the source states and "
        "by who the figure is attributed to (log scale).",
        "claims",
    ),
    "event_timeline": Caption(
        "Dated events by kind (CAMEO code); undated events are left out.", "events"
    ),
    "co_mention_network": Caption(
        "Actors named in the same paragraph; a thicker line means more paragraphs.",
        "co_mentions",
    ),
}

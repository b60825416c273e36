"""Furniture of alert digests, broadcast transcripts, read-later exports, pasted memos and
static-site exports is navigation (``nav``), never a headline or a sentence of a story."""

from __future__ import annotations

import pytest

from afgresearch.corpus.lines import NAV, classify


@pytest.mark.parametrize(
    "line",
    [
        "Talkwalker Alerts",
        "Weekly digest ⋅ March 2, 2024",
        "Daily update · 14 May 2023",
        "Flag as irrelevant",
        "See more results | Edit this alert",
        "Receive this alert as RSS feed",
        "(BEGIN VIDEOTAPE)",
        "(END VIDEO CLIP)",
        "[SCREEN: MAP OF THE PROVINCE]",
        "[END OF TRANSCRIPT]",
        "(CROSSTALK)",
        "Saved from: https://example.org/harbour-strike",
        "Reading time: 6 min",
        "Highlights (3)",
        "End of export",
        "Prepared for: Regional office",
        "Page 2 of 9",
        "Table of Contents",
        "Table 3. Arrivals by province, 2022",
        "Figure 2: Returns by month",
        '{{< youtube id="abc123" >}}',
        "draft: false",
        "weight: 20",
    ],
)
def test_layout_furniture_is_navigation(line: str) -> None:
    assert classify(line) == NAV


@pytest.mark.parametrize(
    "line",
    [
        "Page after page of testimony was read out in court on Monday.",
        "The ministry saved from closure three clinics in the province.",
        "Contents of the convoy were inspected at the crossing on Friday.",
        "Table 2. shows that arrivals rose by 40 percent in the first quarter.",
    ],
)
def test_sentences_that_open_alike_stay_body(line: str) -> None:
    assert classify(line) == "body"

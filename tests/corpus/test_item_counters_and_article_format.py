"""Digest and newsletter item counters that name each item's outlet, Factiva's article format
(fields without their codes), and front matter that numbers a digest's issue (invented dumps,
outlets and wording)."""

from __future__ import annotations

from afgresearch.corpus.exports import factiva_articles
from afgresearch.corpus.layouts import front_matter
from afgresearch.corpus.textdump import segment_text
from afgresearch.corpus.transport import counter_items

ARTICLE_FORMAT = """\
Saved query: wheat AND Bamyan    Results: 2
------------------------------------------

Result 1 of 2

Wheat convoy reaches Bamyan
By Laila Noori
214 words
2 April 2025
The Hindu Kush Observer
HKOBS
English
Copyright 2025 Observer Media Ltd.

A convoy of 40 trucks carrying wheat reached Bamyan on Tuesday, the provincial office said.

Distribution to 3,000 families will start next week, officials added.

Document HKOBS00020250402el420000q

Result 2 of 2

98 words
3 April 2025
09:15
FRONTIER TRADE WEEKLY
FRTW
English

Traders said the market at the crossing reopened after a closure of nine days.

Document FRTW000020250403el430001b

Search Summary
Text\twheat AND Bamyan
Date\tAll Dates
"""


def test_article_format_documents_open_at_their_header_with_outlet_and_date() -> None:
    f = factiva_articles(ARTICLE_FORMAT.split("\n"))
    told = [f.told[i] for i in sorted(f.told)]
    assert told == [
        {"title": "Wheat convoy reaches Bamyan", "outlet": "The Hindu Kush Observer",
         "published": "2025-04-02"},
        {"title": "", "outlet": "FRONTIER TRADE WEEKLY", "published": "2025-04-03"},
    ]  # fmt: skip
    reasons = set(f.dropped.values())
    assert reasons == {"export header", "export field", "export trailer"}


def test_article_format_segments_into_its_documents_without_ids_or_fields() -> None:
    arts = segment_text(ARTICLE_FORMAT)
    assert [(a.title, a.outlet, a.published[:10]) for a in arts] == [
        ("Wheat convoy reaches Bamyan", "The Hindu Kush Observer", "2025-04-02"),
        ("", "FRONTIER TRADE WEEKLY", "2025-04-03"),
    ]
    texts = [p for a in arts for _, p in a.paragraphs]
    assert any(t.startswith("A convoy of 40 trucks") for t in texts)
    assert any(t.startswith("Traders said the market") for t in texts)
    assert not any(t.startswith(("Document ", "Search Summary", "214 words")) for t in texts)
    # the accession number closing the first document does not open the second
    assert arts[1].line_start > ARTICLE_FORMAT.split("\n").index("Result 2 of 2")


def test_text_without_word_counts_or_accession_numbers_is_no_article_format() -> None:
    lines = ["Talks resume in Doha", "", "Document review ends next week, the court said."]
    assert not factiva_articles(lines).starts
    # an accession-like line alone: documents of the format always give their word count
    assert not factiva_articles(["Talks resume", "", "Text.", "", "Document AB12345678XYZ0"]).starts


def test_counter_lines_name_the_items_outlet_and_date() -> None:
    lines = [
        "**1/3** · Hill Times · Region · 4 May 2025",
        "",
        "Officials said the road reopened on Sunday.",
        "",
        "**2/3** — via Valley Post",
        "## Road to the north reopens",
        "",
        "The ministry said repairs took a week.",
        "",
        "**3/3** · Frontier Daily",
        "",
        "Traders welcomed the news.",
    ]
    assert counter_items(lines) == {
        0: ["Source: Hill Times, 4 May 2025"],
        4: ["Source: Valley Post"],
        9: ["Source: Frontier Daily"],
    }
    arts = segment_text("\n".join(lines))
    assert [(a.title, a.outlet) for a in arts] == [
        ("", "Hill Times"),
        ("Road to the north reopens", "Valley Post"),
        ("", "Frontier Daily"),
    ]


def test_counters_heading_headlines_or_counted_once_name_no_outlet() -> None:
    # one counter line opens on a headline: the counters head headlines
    assert not counter_items(["(1) Hill Times", "Text.", "(2) Wheat prices fall again in Herat"])
    # one counter alone is no recurring item shape; numbers must run upwards
    assert not counter_items(["(1) Hill Times", "Text."])
    assert not counter_items(["[2] Hill Times", "Text.", "[1] Valley Post", "Text."])


def test_a_quoted_newsletter_items_open_at_their_counter_lines() -> None:
    text = "\n".join(
        [
            "> (1) Hill Times",
            ">",
            "> The provincial council met on Monday to discuss the",
            "> budget for schools in the valley.",
            ">",
            "> (2) Valley Post",
            "> Clinics extend their opening hours in the north",
            ">",
            "> Health officials said clinics would stay open until",
            "> eight in the evening from next week.",
        ]
    )
    arts = segment_text(text)
    assert [(a.title, a.outlet) for a in arts] == [
        ("", "Hill Times"),
        ("Clinics extend their opening hours in the north", "Valley Post"),
    ]


def test_front_matter_that_numbers_an_issue_names_no_story() -> None:
    digest = ["---", 'title: "Weekly Valley Digest"', "issue: 7", "---", "", "Text."]
    f = front_matter(digest)
    assert not f.told and not f.starts
    assert set(f.dropped) == {0, 1, 2, 3}
    story = ["---", 'title: "Road reopens"', "date: 2025-05-04", "---", "", "Text."]
    assert front_matter(story).told[0]["title"] == "Road reopens"


def test_counters_written_in_words_or_with_a_hash_name_the_outlet() -> None:
    of = ["Item 1 of 3 — Hill Times", "Text.", "", "Item 2 of 3 — via Valley Post", "Text."]
    hashed = ["#1 · Hill Times", "Text.", "", "#2 · Valley Post · 4 May 2025", "Text."]
    numbered = ["No. 1: Hill Times", "Text.", "", "No. 2: Valley Post", "Text."]
    assert counter_items(of) == {0: ["Source: Hill Times"], 3: ["Source: Valley Post"]}
    assert counter_items(hashed) == {
        0: ["Source: Hill Times"],
        3: ["Source: Valley Post, 4 May 2025"],
    }
    assert counter_items(numbered) == {0: ["Source: Hill Times"], 3: ["Source: Valley Post"]}
    # a clipping line's 'via' names the outlet it relays
    arts = segment_text("\n".join([*of[:3], "Item 2 of 3 — via Valley Post", "", "Text two."]))
    assert [a.outlet for a in arts] == ["Hill Times", "Valley Post"]


def test_a_markdown_heading_holding_a_counter_names_the_outlet() -> None:
    lines = [
        "### 1/2 — Hill Times",
        "",
        "Officials said the pass reopened on Sunday after repairs.",
        "",
        "### 2/2 — Valley Post",
        "#### Clinics extend their hours in the north",
        "",
        "Health officials said clinics would stay open until eight.",
    ]
    assert counter_items(lines) == {0: ["Source: Hill Times"], 4: ["Source: Valley Post"]}
    arts = segment_text("\n".join(lines))
    assert [(a.title, a.outlet) for a in arts] == [
        ("", "Hill Times"),
        ("Clinics extend their hours in the north", "Valley Post"),
    ]
    # headings whose counters head headlines are no outlet lines
    assert not counter_items(["## 1/2 — Talks resume in Doha after a pause", "Text.", "## 2/2 — X"])

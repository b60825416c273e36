"""Export and digest layouts that wrap whole articles: invented site exports, alert e-mails,
programme transcripts and research memos."""

from afgresearch.corpus.dates import reading_order, slash_order
from afgresearch.corpus.layouts import alert_items, front_matter, memo_excerpts, transcript
from afgresearch.corpus.textdump import segment_text
from afgresearch.corpus.transport import read_view


def _segment(text: str):
    with reading_order(slash_order(text)):
        return segment_text(text)


def _reasons(rec):
    return {n: (kind, reason) for n, kind, reason, _ in rec.lines}


def _body(rec):
    return [n for n, kind, _, _ in rec.lines if kind == "body"]


JEKYLL = """<!-- export: _posts (3 files) -->
<!-- file: _posts/2024-11-02-herat-quake.md -->
---
title: "Aftershocks rattle Herat as families sleep outdoors"
date: 2024-11-02
publisher: Kabul Now
tags: [herat, earthquake]
layout: post
---

HERAT: Two aftershocks shook the city on Saturday, officials said.

More than 1,200 families have slept in tents since the first quake.

<!-- file: _posts/undated-wheat.md -->
---
title: ""
source: Salam Watandar
categories:
  - economy
---

**SALAM WATANDAR DESK**

Wheat prices in Mazar-e-Sharif rose by 12 percent this week, traders said.

Traders blamed the closure of the Hairatan crossing for the rise.
"""

ZOLA = """+++
title = "Clinics reopen in Khost"
date = 2025-02-14T08:00:00+04:30
outlet = "Pajhwok"
+++

Four clinics reopened in Khost on Friday after repairs, health officials said.

+++
date = "14/03/2025"
outlet = "Tolo News"
+++

Officials counted 340 returnees at Islam Qala on Thursday, 13 March 2025.
"""


def test_front_matter_blocks_open_articles_and_give_their_metadata():
    recs = _segment(JEKYLL)
    assert len(recs) == 2
    first, second = recs
    assert first.title == "Aftershocks rattle Herat as families sleep outdoors"
    assert (first.outlet, first.published) == ("Kabul Now", "2024-11-02")
    assert first.paragraphs[0][1].startswith("HERAT: Two aftershocks")
    # an empty title gives no title, never the byline under the block
    assert second.title == ""
    assert second.outlet == "Salam Watandar"
    assert _body(second) == [25, 27]
    reasons = _reasons(second)
    assert reasons[17] == ("boilerplate", "front matter")  # the fence
    assert reasons[15] == ("boilerplate", "markup comment")
    assert reasons[19] == ("boilerplate", "front matter")  # a YAML list key


def test_toml_front_matter_and_day_first_dates():
    recs = _segment(ZOLA)
    assert [r.title for r in recs] == ["Clinics reopen in Khost", ""]
    assert [r.outlet for r in recs] == ["Pajhwok", "Tolo News"]
    assert recs[0].published == "2025-02-14"
    assert recs[1].published == "2025-03-14"  # '14/03/2025' reads day first


def test_a_rule_above_capitalised_headers_is_no_front_matter():
    # a clipping's own header between rules is the text's layout, not a site export's
    lines = ["---", "Title: Floods in Badakhshan", "Date: 3 May 2025", "---", "", "Text."]
    assert front_matter(lines).starts == set()


ALERT = """From: Alert Service <alerts@monitor.example>
Subject: Media alert - Salang tunnel
Date: Tue, 4 Mar 2025 07:00:00 +0000

Media Monitor
Salang tunnel
Weekly digest · March 4, 2025
TOP STORIES
Salang tunnel reopens after avalanche clearance
Kabul Tribune Online
Traffic resumed through the Salang tunnel on Monday after crews cleared snow from the ...
Mute this source
https://kabultribune.example/salang-reopens

--- article text ---
Home
Salang tunnel reopens after avalanche clearance
04/03/2025 09:10
Salang tunnel reopens after avalanche clearance
Traffic resumed through the Salang tunnel on Monday after crews cleared snow from the northern entrance, officials said.
The public works ministry said 2,300 vehicles crossed in the first six hours.
Tags
Salang

Second item without text: herders move early in Ghor
Ghor Weekly
Herders in Ghor moved their flocks to summer pastures two weeks early, elders said ...
https://ghorweekly.example/herders

You receive this digest because you follow Salang tunnel. Unsubscribe
"""


def test_alert_item_and_its_full_text_are_one_article():
    recs = _segment(ALERT)
    assert len(recs) == 2
    item, bare = recs
    assert item.title == "Salang tunnel reopens after avalanche clearance"
    assert item.outlet == "Kabul Tribune Online"
    assert _body(item) == [20, 21]
    reasons = _reasons(item)
    assert reasons[6][1] == "alert header"  # the query line is never a title
    assert reasons[10] == ("boilerplate", "alert source")
    assert reasons[11] == ("boilerplate", "alert snippet")  # the lead follows in full
    assert reasons[12] == ("boilerplate", "alert furniture")
    assert reasons[13] == ("boilerplate", "alert link")
    assert reasons[15] == ("boilerplate", "full-text divider")
    # an item without its full text keeps its snippet as its text
    assert bare.title == "Second item without text: herders move early in Ghor"
    assert bare.outlet == "Ghor Weekly"
    assert _body(bare) == [27]


def test_alert_items_need_snippet_and_address():
    lines = ["Floods hit Badakhshan", "Ariana News", "Rain destroyed homes.", "https://x.org/a"]
    assert alert_items(lines).starts == set()  # no snippet cut with '...'


RADIO = """MORNING EDITION KABUL — SHOW TRANSCRIPT
Auto-generated transcript; pasted pages added by the producer.

SEGMENT 1 — WATER
[00:00:03] HOST: Good morning. We start with the Qosh Tepa canal.
[00:00:10] CORRESPONDENT (on the line): The second phase is now complete.
[ON AIR: PRINTED STORY]

PRINTED STORY — Amu TV — 05.06.2025
Canal's second phase opens in Balkh
Officials said on Thursday that the canal's second phase would irrigate 20,000 hectares.

Farmers in Dawlatabad said water reached their fields for the first time.

Engineers said the third phase would start in 2026.
[00:02:40] HOST: Now to the economy.
[ON AIR: PRINTED STORY]

PRINTED STORY — Bakhtar News
KABUL (BNA): Exports through Hairatan rose 8 percent in May, the chamber of commerce said.
[00:03:10] HOST: That is all for this hour.
[END]
"""


def test_transcript_stories_open_at_their_caption_and_keep_their_paragraphs():
    recs = _segment(RADIO)
    assert len(recs) == 2
    canal, exports = recs
    assert canal.title == "Canal's second phase opens in Balkh"
    assert (canal.outlet, canal.published) == ("Amu TV", "2025-06-05")
    assert _body(canal) == [11, 13, 15]  # blank-line paragraphs do not split the story
    assert exports.outlet == "Bakhtar News"
    assert exports.title == ""
    assert _body(exports) == [20]
    reasons = {**_reasons(canal), **_reasons(exports)}
    assert reasons[1] == ("boilerplate", "programme header")
    assert reasons[4] == ("boilerplate", "segment heading")
    assert reasons[5] == ("boilerplate", "transcript turn")
    assert reasons[7] == ("boilerplate", "stage cue")
    assert reasons[16] == ("boilerplate", "transcript turn")
    assert reasons[22] == ("boilerplate", "stage cue")


def test_datelines_are_no_speaker_turns():
    lines = [
        "KABUL: Officials met on Monday.",
        "",
        "Talks resume",
        "ISLAMABAD: Ministers met on Tuesday.",
    ]
    assert transcript(lines).dropped == {}


MEMO = """SITUATION NOTE — FOOD PRICES IN THE NORTH
Author: Markets unit
Date: 2 June 2025

1. Prices
1.1 Overview
Wheat flour rose in four provinces in May [1][2].

Table A. Prices
Province	Price (AFN/kg)	Source
Balkh	38	WFP [1]

1.2 Press excerpts

Source: Hasht-e Subh (undated) [1]

Bakers in Mazar-e-Sharif said flour prices rose by 15 percent in May.

1. The first bakery closed on Monday.

Source: Wakht summary of Tolo News, 28/05/2025 [2]

Tolo News reported that 40 bakeries raised bread prices in Kunduz.

2. Notes

[1] Hasht-e Subh, web story.
[2] Wakht, summary of a Tolo News report.
"""


def test_memo_excerpts_are_articles_and_the_memo_is_furniture():
    recs = _segment(MEMO)
    assert len(recs) == 2
    first, second = recs
    assert (first.title, first.outlet, first.published) == ("", "Hasht-e Subh", "")
    assert _body(first) == [17, 19]  # a numbered sentence inside an excerpt stays its text
    assert (second.outlet, second.published) == ("Tolo News", "2025-05-28")
    assert _body(second) == [23]
    reasons = {**_reasons(first), **_reasons(second)}
    assert reasons[3][1] == "memo title block"  # the memo's date dates no article
    assert reasons[6] == ("boilerplate", "memo section")
    assert reasons[11] == ("boilerplate", "table row")  # kept with its reason, never silently
    assert reasons[27] == ("boilerplate", "footnotes")


def test_numbered_lists_without_memo_sections_are_no_memo():
    lines = [
        "1. Pakistan closes Torkham",
        "",
        "Source: Dawn, 3 May 2025",
        "",
        "Text one.",
        "",
        "2. Iran sets deadline",
        "",
        "Source: Tolo News, 4 May 2025",
        "",
        "Text two.",
    ]
    assert memo_excerpts(lines).starts == set()


def test_an_address_in_the_title_field_is_no_headline():
    text = (
        "Title: https://herat-daily.example/?p=4410\n"
        "Site: Herat Daily\n"
        "\n"
        "Officials in Herat said 52 schools reopened on Saturday after the winter break.\n"
        "\n"
        "Teachers said 900 girls enrolled in primary classes.\n"
    )
    recs = _segment(text)
    assert len(recs) == 1
    assert recs[0].title == ""


def test_read_later_highlights_repeat_the_text_and_open_nothing():
    text = (
        "Title: Girls' schools stay shut in Kandahar\n"
        "Site: Hasht-e Subh\n"
        "\n"
        "Schools for girls above grade six stayed shut for a fourth year, parents said.\n"
        "\n"
        "About 4,000 girls were affected in the province, teachers said.\n"
        "\n"
        "Highlights (2)\n"
        "> \u201cAbout 4,000 girls were affected in the province, teachers said.\u201d\n"
        "\u2014 highlighted 2 March 2025\n"
        "Note: check the provincial figure\n"
        "\n"
        "End of export\n"
    )
    recs = _segment(text)
    assert len(recs) == 1
    reasons = _reasons(recs[0])
    assert reasons[9] == ("boilerplate", "highlights")
    assert reasons[11] == ("boilerplate", "highlights")
    assert _body(recs[0]) == [4, 6]


def test_quoted_highlights_block_above_the_article_leaves_the_text():
    # a read-later export that puts the reader's highlights first: a run of three or more
    # ``>`` lines is also what a quote prefix looks like, so the block is read before the
    # prefix comes off, else the quotes read as body and the article's own lines as repeats
    text = (
        "Annotations (3):\n"
        "> Wheat flour rose to 1,900 afghanis a sack in Mazar-i-Sharif this week.\n"
        "> Traders blamed the closure of the Hairatan crossing.\n"
        "> The governor's office promised to release reserves on Sunday.\n"
        "\n"
        "Flour prices climb in Balkh as crossing stays shut\n"
        "Bakhtar Monitor\n"
        "\n"
        "Wheat flour rose to 1,900 afghanis a sack in Mazar-i-Sharif this week.\n"
        "\n"
        "Traders blamed the closure of the Hairatan crossing.\n"
        "\n"
        "The governor's office promised to release reserves on Sunday.\n"
    )
    recs = _segment(text)
    assert len(recs) == 1
    assert recs[0].title == "Flour prices climb in Balkh as crossing stays shut"
    reasons = _reasons(recs[0])
    assert [reasons[n] for n in (1, 2, 3, 4)] == [("boilerplate", "highlights")] * 4
    assert _body(recs[0]) == [9, 11, 13]


def test_quoted_lines_without_a_highlights_label_still_lose_their_prefix():
    view = read_view(["Forwarded note", "", "> Roads reopened.", ">", "> Trucks moved."])
    assert view.lines[2:] == ["Roads reopened.", "", "Trucks moved."]
    assert not view.dropped

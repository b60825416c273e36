"""Research-database text exports, chat exports, caption files and Notion-like page exports
around articles (invented dumps, outlets and wording)."""

from __future__ import annotations

from afgresearch.corpus.exports import (
    caption_cues,
    chat_messages,
    database_documents,
    factiva_documents,
)
from afgresearch.corpus.notes import page_sections
from afgresearch.corpus.textdump import segment_text

NEXIS = """\
LexisNexis Academic
Date and Time: Tuesday, April 8, 2025 8:02:00 AM EST
Job Number: 11223344

Documents (2)

1. Wheat convoy reaches Bamyan
Client/Matter: -None-
Search Terms: Bamyan AND wheat
2. Border market reopens at Angoor Ada

Wheat convoy reaches Bamyan
The Hindu Kush Observer
April 2, 2025 Wednesday
Copyright 2025 Observer Media Ltd.

Section: PROVINCES
Length: 140 words
Byline: Laila Noori

Body

A convoy of 40 trucks carrying wheat reached Bamyan on Tuesday, the provincial office said.

Distribution to 3,000 families will start next week.

Load-Date: April 3, 2025

End of Document

Border market reopens at Angoor Ada
Frontier Trade Weekly
Copyright 2025 Frontier Trade Weekly

Length: 95 words

Body

Traders said the market reopened after six weeks, with 120 stalls back in business.

End of Document

Classification

Language: ENGLISH
Subject: TRADE (90%)
"""


def test_database_documents_open_at_their_headline_with_outlet_and_date() -> None:
    frames = database_documents(NEXIS.split("\n"))
    raw = NEXIS.split("\n")
    heads = sorted(frames.starts)
    assert [raw[i] for i in heads] == [
        "Wheat convoy reaches Bamyan",
        "Border market reopens at Angoor Ada",
    ]
    first, second = (frames.told[i] for i in heads)
    assert first == {
        "title": "Wheat convoy reaches Bamyan",
        "outlet": "The Hindu Kush Observer",
        "published": "2025-04-02",
    }
    # the load date is when the database took the story in, never its publication date
    assert second == {
        "title": "Border market reopens at Angoor Ada",
        "outlet": "Frontier Trade Weekly",
        "published": "",
    }
    reasons = {raw[i]: r for i, r in frames.dropped.items()}
    assert reasons["Load-Date: April 3, 2025"] == "export field"
    assert reasons["End of Document"] == "export field"
    assert reasons["1. Wheat convoy reaches Bamyan"] == "export header"
    assert reasons["Subject: TRADE (90%)"] == "export trailer"


def test_database_export_segments_into_its_documents() -> None:
    arts = segment_text(NEXIS)
    assert [(a.title, a.outlet, a.published[:10]) for a in arts] == [
        ("Wheat convoy reaches Bamyan", "The Hindu Kush Observer", "2025-04-02"),
        ("Border market reopens at Angoor Ada", "Frontier Trade Weekly", ""),
    ]
    texts = [p for a in arts for _, p in a.paragraphs]
    assert any(t.startswith("A convoy of 40 trucks") for t in texts)
    assert any(t.startswith("Traders said the market") for t in texts)
    assert not any("Load-Date" in t or "End of Document" in t for t in texts)


def test_plain_text_without_document_ends_is_no_database_export() -> None:
    assert not database_documents(["Body", "Text of a story.", "", "More text."]).starts


FACTIVA = """\
Factiva

HD\tSaffron growers in Herat expect a record harvest
BY\tBy Staff Writer
WC\t210 words
PD\t14 November 2024
SN\tWestern Valley News
SC\tWVNEWS
LA\tEnglish
CY\t(c) 2024 Western Valley News

LP
Saffron farmers in Ghoryan said the harvest could reach 90 tonnes this season.

TD
Buyers from the Gulf have already visited the district, the traders' union said.

NS\tgagri : Agriculture
RE\tafgh : Afghanistan
AN\tDocument WVNEWS0020241114ekbe0001

HD\tNew clinic opens in Daikundi
WC\t120 words
PD\t2 December 2024
SN\tCentral Highlands Daily
LP
A clinic with 12 beds opened in Nili on Sunday, health officials said.
AN\tDocument CHDAIL0020241202ekc20002

Search Summary
Text\tsaffron OR clinic
Results Found\t2
"""


def test_factiva_codes_give_title_outlet_and_date_and_leave_the_view() -> None:
    raw = FACTIVA.split("\n")
    frames = factiva_documents(raw)
    heads = sorted(frames.starts)
    assert [frames.told[i]["title"] for i in heads] == [
        "Saffron growers in Herat expect a record harvest",
        "New clinic opens in Daikundi",
    ]
    assert [frames.told[i]["outlet"] for i in heads] == [
        "Western Valley News",
        "Central Highlands Daily",
    ]
    assert [frames.told[i]["published"] for i in heads] == ["2024-11-14", "2024-12-02"]
    reasons = {raw[i]: r for i, r in frames.dropped.items()}
    assert reasons["LP"] == reasons["TD"] == reasons["WC\t210 words"] == "coded field"
    assert reasons["Results Found\t2"] == "export trailer"
    # the headline line stays in the view, read without its code
    assert frames.rewritten[heads[0]] == ["Saffron growers in Herat expect a record harvest"]


def test_factiva_export_keeps_lead_and_text_paragraphs() -> None:
    arts = segment_text(FACTIVA)
    assert [a.title for a in arts] == [
        "Saffron growers in Herat expect a record harvest",
        "New clinic opens in Daikundi",
    ]
    texts = [p for a in arts for _, p in a.paragraphs]
    assert any(t.startswith("Saffron farmers in Ghoryan") for t in texts)
    assert any(t.startswith("Buyers from the Gulf") for t in texts)
    assert not any(t.startswith(("AN", "NS", "LP")) for t in texts)


CHAT = """\
03/05/2025, 08:10 - Messages and calls are end-to-end encrypted.
03/05/2025, 08:11 - Jawid M: pasting the Mazar piece
Health officials in Balkh said on Friday that 2,400 children had been vaccinated against measles in the first week of the campaign, which runs until the end of the month.
The provincial director said teams would visit remote villages next.
03/05/2025, 08:15 - Sara T: thanks
03/05/2025, 08:16 - Sara T: and the Kandahar one:
Traders in Kandahar said pomegranate exports through Spin Boldak had doubled compared with last season, with 300 trucks crossing in a week.

The chamber of commerce said cold storage remained the main problem.
03/05/2025, 08:20 - Jawid M: Replying to Sara T: "and the Kandahar one:"
source?
03/05/2025, 08:21 - Sara T: <Media omitted>
"""


def test_chat_messages_are_chat_and_pasted_text_opens_articles() -> None:
    raw = CHAT.split("\n")
    frames = chat_messages(raw)
    assert [raw[i][:20] for i in sorted(frames.starts)] == [
        "Health officials in ",
        "Traders in Kandahar ",
    ]
    assert frames.dropped[raw.index("source?")] == "chat message"
    assert all(
        frames.dropped.get(i) == "chat message" for i, t in enumerate(raw) if t.startswith("03/05")
    )


def test_chat_export_segments_into_the_pasted_articles_without_stamps_or_dates() -> None:
    arts = segment_text(CHAT)
    assert len(arts) == 2
    # the time a message was sent is not the article's publication date
    assert [a.published for a in arts] == ["", ""]
    texts = [p for a in arts for _, p in a.paragraphs]
    assert any(t.startswith("The chamber of commerce said") for t in texts)
    assert not any("Sara T" in t or "Jawid M" in t for t in texts)


def test_transcript_turns_and_print_headers_are_no_chat() -> None:
    turns = [
        "[00:00:03] HOST: Good morning.",
        "[00:00:09] GUEST: Thank you.",
        "[00:01:10] HOST: Bye.",
    ]
    assert not chat_messages(turns).dropped
    printed = ["3/11/25, 4:05 PM      Valley Times", "Text.", "3/11/25, 4:06 PM      Valley Times"]
    assert not chat_messages(printed + printed).dropped


CAPTIONS = """\
1
00:00:00,000 --> 00:00:02,500
Floods have hit
northern Jawzjan.

2
00:00:02,500 --> 00:00:05,000
[water rushing]

Flooding in Jawzjan destroyed 150 homes on Wednesday, the disaster management office said.

Aid agencies sent tents and food to the worst-hit villages.

WEBVTT
Kind: captions
Language: en

00:00.000 --> 00:02.000
<v Reporter>Schools reopen in Khost.

00:02.000 --> 00:04.000
<v Reporter>Teachers are back.

Schools in Khost reopened on Saturday after the winter break, education officials said.
"""


def test_caption_cues_are_furniture_and_each_caption_file_opens_an_article() -> None:
    raw = CAPTIONS.split("\n")
    frames = caption_cues(raw)
    assert sorted(frames.starts) == [0, raw.index("WEBVTT")]
    assert frames.dropped[raw.index("northern Jawzjan.")] == "caption cue"
    assert frames.dropped[raw.index("Kind: captions")] == "caption cue"
    arts = segment_text(CAPTIONS)
    assert len(arts) == 2
    texts = [p for a in arts for _, p in a.paragraphs]
    assert any(t.startswith("Flooding in Jawzjan") for t in texts)
    assert any(t.startswith("Schools in Khost") for t in texts)
    assert not any("-->" in t or "Reporter" in t for t in texts)


def test_one_timing_line_is_no_caption_file() -> None:
    assert not caption_cues(["00:00:01,000 --> 00:00:02,000", "Text."]).dropped


PAGES = """\
# Reading: wheat prices

Created: June 1, 2025 9:00 AM
Source: Balkh Market Report
Published: May 30, 2025
Tags: Prices, Wheat

<aside>
💡 Compare with last year's May figures.
</aside>

| Item | Price |
| --- | --- |
| Wheat | 38 AFN |

Flour prices in Mazar-i-Sharif rose 12 percent in May, traders said.

---

# Reading: clinic staffing

Created: June 2, 2025 10:30 AM
Status: To read
Tags: Health

> 📌 Ask the NGO for the full list.

- Full text

    The clinic in Shortepa has two midwives for 18,000 people, its director said.
"""


def test_page_titles_and_properties_frame_each_page() -> None:
    raw = PAGES.split("\n")
    frames = page_sections(raw)
    assert sorted(frames.starts) == [0, raw.index("# Reading: clinic staffing")]
    first = frames.told[0]
    assert first == {"title": "", "outlet": "Balkh Market Report", "published": "2025-05-30"}
    reasons = {raw[i]: r for i, r in frames.dropped.items()}
    assert reasons["Created: June 1, 2025 9:00 AM"] == "note field"
    assert reasons["| Wheat | 38 AFN |"] == "note table"
    assert reasons["💡 Compare with last year's May figures."] == "note callout"
    assert reasons["> 📌 Ask the NGO for the full list."] == "note callout"
    assert reasons["- Full text"] == "note toggle"


def test_page_export_segments_without_the_analysts_titles_or_creation_dates() -> None:
    arts = segment_text(PAGES)
    assert [(a.title, a.outlet, a.published[:10]) for a in arts] == [
        ("", "Balkh Market Report", "2025-05-30"),
        ("", "", ""),
    ]
    texts = [p for a in arts for _, p in a.paragraphs]
    assert any("Flour prices in Mazar-i-Sharif" in t for t in texts)
    assert any("two midwives for 18,000 people" in t for t in texts)
    assert not any("|" in t or "Created" in t for t in texts)


def test_channel_post_lines_are_left_to_the_channel_reader() -> None:
    posts = [
        "[01.02.25 10:00] Valley Bulletin:",
        "Text one.",
        "",
        "[02.02.25 11:00] Valley Bulletin:",
    ]
    assert not chat_messages(posts + ["Text two."]).dropped


def test_a_video_label_under_captions_names_the_site_and_is_no_title() -> None:
    dump = CAPTIONS.replace(
        "[water rushing]\n\n", "[water rushing]\n\nNorthern Plains TV Video · 2:05\n\n"
    )
    raw = dump.split("\n")
    frames = caption_cues(raw)
    at = raw.index("Northern Plains TV Video · 2:05")
    assert frames.dropped[at] == "video credit"
    assert frames.told[at] == {"site": "Northern Plains TV"}
    floods = segment_text(dump)[0]
    assert floods.outlet == "Northern Plains TV"
    assert floods.title != "Northern Plains TV Video · 2:05"


def test_a_short_point_in_a_run_of_summary_points_is_text_too() -> None:
    dump = (
        "Seed Aid Reaches Bamyan Farmers\n"
        "Published: 4 March 2025\n\n"
        "• The provincial office distributed wheat seed to 2,000 families this week\n"
        "• Donors plan a second round\n\n"
        "Farmers in Yakawlang said the seed arrived before the spring sowing.\n"
    )
    texts = [p for _, p in segment_text(dump)[0].paragraphs]
    assert any("Donors plan a second round" in t for t in texts)


def test_summary_points_under_a_pages_short_link_are_text() -> None:
    dump = (
        "https://valley.example/s/x7k2\n"
        "- Officials opened a new clinic in Nili with twelve beds and two midwives\n"
        "- The clinic will serve some 18,000 people in the district\n\n"
        "NILI: A new clinic opened on Sunday, health officials said.\n"
    )
    texts = [p for _, p in segment_text(dump)[0].paragraphs]
    assert any(t.startswith("- Officials opened") or "Officials opened" in t for t in texts)


def test_an_outlet_named_by_the_sharer_is_the_pasted_articles_site() -> None:
    dump = CHAT.replace(
        "Jawid M: pasting the Mazar piece", "Jawid M: Reuters on the Mazar campaign"
    )
    raw = dump.split("\n")
    frames = chat_messages(raw)
    first = min(frames.starts)
    assert frames.told[first] == {"site": "Reuters"}
    assert segment_text(dump)[0].outlet == "Reuters"
    # a message naming no outlet tells nothing
    assert all(i == first for i in frames.told)


def test_lines_opening_with_two_capitals_in_a_story_are_no_factiva_codes() -> None:
    raw = [
        "HD video shows the flooded road near Pul-e Khumri",
        "AN official in Baghlan said the road would reopen on Friday.",
        "SN teams cleared the mud overnight, residents said.",
    ]
    assert not factiva_documents(raw).starts


def test_a_story_pasted_right_under_the_last_cue_is_no_caption() -> None:
    raw = [
        "1",
        "00:00:00,000 --> 00:00:02,000",
        "Floods in Jawzjan.",
        "",
        "2",
        "00:00:02,000 --> 00:00:04,000",
        "Homes destroyed.",
        "Flooding in Jawzjan destroyed 150 homes on Wednesday, officials said.",
        "Aid agencies sent tents to the worst-hit villages.",
        "The provincial office asked for more help.",
        "Schools in the district were closed until further notice.",
    ]
    dropped = caption_cues(raw).dropped
    assert 9 not in dropped and 10 not in dropped

"""Dot-leader field blocks of clipping reports, box-drawing rules around text, ``From Outlet``
credits of newsletters, emphasised names after a ``Source:`` label, and blog, AMP and
newsletter furniture (invented dumps, outlets and wording)."""

from __future__ import annotations

from afgresearch.corpus import lines as L
from afgresearch.corpus.leaderfields import leader_field, leader_fields
from afgresearch.corpus.textdump import segment_text

MONITOR_REPORT = """\
PRESS WATCH — DAILY CLIPS
Client: Water Desk      Period: 23/05/2025 – 24/05/2025      Clips: 3
==========================================================

<1> ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
Outlet ......... Valley Ledger
Date ........... 23/05/2025
Headline ....... Canal intake reopens after repairs
Words .......... 96

Engineers reopened the intake of the Nahr-e Shahi canal on Saturday after two weeks of repairs.

The provincial water office said 1,200 farms would receive water again.

━━━━ end of clip 1 · id VL-0503-77 ━━━━

<2> ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
Outlet ......... Herat Morning Post
Date ........... 24/05/2025
Words .......... 61

Wells in three districts ran dry this week, residents told the paper.

━━━━ end of clip 2 · id HMP-0504-12 ━━━━

<3> ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
Outlet ......... Kandahar Evening News
Words .......... 40

Traders said the price of a water tanker doubled in May.
"""


def test_a_leader_field_is_a_label_dots_and_a_value() -> None:
    assert leader_field("Publication .... Kabul Weekly") == ("publication", "Kabul Weekly")
    assert leader_field("Date…………… 4 May 2025") == ("date", "4 May 2025")
    # an ellipsis inside a sentence is no field
    assert leader_field("Officials said ... the talks resume") is None
    assert leader_field("He waited... and then left.") is None


def test_each_field_block_opens_a_clip_with_its_outlet_date_and_headline() -> None:
    f = leader_fields(MONITOR_REPORT.split("\n"))
    told = [f.told[i] for i in sorted(f.told)]
    assert told == [
        {"title": "Canal intake reopens after repairs", "outlet": "Valley Ledger",
         "published": "2025-05-23"},
        {"title": "", "outlet": "Herat Morning Post", "published": "2025-05-24"},
        {"title": "", "outlet": "Kandahar Evening News", "published": ""},
    ]  # fmt: skip
    # each clip opens at its item line, right above the fields
    assert [MONITOR_REPORT.split("\n")[i][:3] for i in sorted(f.starts)] == ["<1>", "<2>", "<3>"]
    assert set(f.dropped.values()) == {"export field"}


def test_a_clipping_report_segments_into_its_clips() -> None:
    recs = segment_text(MONITOR_REPORT)
    assert [(r.title, r.outlet, r.published) for r in recs] == [
        ("Canal intake reopens after repairs", "Valley Ledger", "2025-05-23"),
        ("", "Herat Morning Post", "2025-05-24"),
        ("", "Kandahar Evening News", ""),
    ]
    assert recs[0].paragraphs[-1][1].startswith("The provincial water office")
    assert not any("end of clip" in p for r in recs for _, p in r.paragraphs)


def test_one_lone_leader_block_needs_a_source_and_a_date() -> None:
    table = ["Wheat ........ 40 tonnes", "Rice ......... 12 tonnes", "", "Stocks are low."]
    assert not leader_fields(table).starts
    form = ["Source ..... Delta Times", "Date ....... 9 June 2024", "", "Stocks are low."]
    assert leader_fields(form).starts == {0}


def test_box_drawing_rules_around_text_are_banners() -> None:
    assert L.is_banner("━━━━ end of clip 1 · id VL-0503-77 ━━━━")
    assert L.is_banner("═══ REGION ═══")
    assert not L.is_banner("The river — once wide — ran dry")


def test_a_from_credit_names_the_outlet_not_its_supplying_agency() -> None:
    assert L.from_credit("From Delta Times") == "Delta Times"
    assert L.from_credit("From KDN") == "KDN"
    assert L.from_credit("From Ashes To Hope") is None  # a title-cased headline
    assert L.from_credit("From: editor@example.org") is None  # a mail header
    assert L.credit_lead("From KDN · Reuters · Wed, 7 May 2025") == "KDN"
    assert L.date_line_outlet("From Delta Times · AFP · 7 May 2025") == "Delta Times"


def test_a_from_credit_with_an_agency_dateline_keeps_the_item_outlet() -> None:
    text = (
        "From Delta Times · Associated Press · Wed, 7 May 2025\n\n"
        "KABUL (AP) — Officials reopened the northern road on Wednesday.\n\n"
        "Traffic resumed by noon, police said.\n"
    )
    (rec,) = segment_text(text)
    assert (rec.outlet, rec.published, rec.title) == ("Delta Times", "2025-05-07", "")


def test_an_emphasised_name_after_a_source_label_is_read_without_its_marks() -> None:
    assert L.source_outlet("Source: **Herat Daily** | By AFP") == "Herat Daily"
    assert L.source_outlet("Source: _Kabul Weekly_ · 3 min read") == "Kabul Weekly"


def test_blog_amp_and_newsletter_furniture_are_boilerplate() -> None:
    pattern = L.boilerplate_patterns()
    for line in (
        "Labels: Politics, Region",
        "Newer Post Older Post Home",
        "Featured image",
        "View comments",
        "Share or comment on this article:",
        "⚡ AMP | View non-AMP version",
        "amp-img: river-crossing.jpg",
        "Open in app",
        "FROM THE ARCHIVES",
        "In case you missed it",
        "Previous 1 2 3 4 Next",
        "Listen · 3:40",
    ):
        assert pattern.match(line), line
    for line in ("Labels on the sacks were in Dari.", "From the archive of the ministry, he said."):
        assert not pattern.match(line), line


def test_a_crumb_above_a_lone_separator_line_is_no_headline() -> None:
    text = (
        "Valley Builds\n"
        "Bridges  ·  Dams  ·  Canals  ·  About\n"
        "Irrigation\n"
        "|\n"
        "A new canal reaches the desert north of Sheberghan\n"
        "\n"
        "Engineers opened the first 20 kilometres of the canal on Monday, the ministry said.\n"
    )
    (rec,) = segment_text(text)
    assert rec.title == "A new canal reaches the desert north of Sheberghan"


def test_a_publishers_imprint_is_boilerplate() -> None:
    pattern = L.boilerplate_patterns()
    assert pattern.match("Published by Valley Media Ltd · Part of the Valley Group")
    assert not pattern.match("Published by the ministry on Monday, the report lists 40 sites.")

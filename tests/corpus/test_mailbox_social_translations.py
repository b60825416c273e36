"""Mailboxes saved as text, copied channel posts and threads, translated stories (invented)."""

from __future__ import annotations

from afgresearch.corpus.endcredits import sign_offs
from afgresearch.corpus.mailbox import mailbox_messages
from afgresearch.corpus.social import social_posts
from afgresearch.corpus.textdump import segment_text
from afgresearch.corpus.translations import translation_marks
from afgresearch.corpus.transport import mail_furniture

MAILBOX = """\
From news@valleyletter.example Tue Mar 04 06:00:12 2025
Return-Path: <news@valleyletter.example>
Received: from mx.valleyletter.example (mx.valleyletter.example [203.0.113.9])
\tby mail.example.net; Tue, 04 Mar 2025 06:00:11 +0000
From: Valley Letter <news@valleyletter.example>
To: desk@example.net
Subject: This week: wheat prices, clinics
Date: Tue, 04 Mar 2025 06:00:10 +0000
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="b1_77aa"

--b1_77aa
Content-Type: text/plain; charset="UTF-8"

View this email in your browser <https://valleyletter.example/archive/12>

*****

Wheat Prices Climb in Mazar Markets
Northern Herald | 2 March 2025

Flour sellers in Mazar-i-Sharif said the price of a 50 kg sack had risen by 400 afghanis in a week.

Traders blamed the closure of a northern crossing for the rise, a market official said.

Read on site: https://www.google.com/url?rct=j&sa=t&url=https://northernherald.example/wheat
Flag as irrelevant <https://valleyletter.example/f?s=1>

*****

HEALTH
Mobile Clinics Reach Daikundi Villages
Central Voice | 1 March 2025

Six mobile clinics began visiting villages in Daikundi on Saturday, the provincial health office said.

Read on site: https://www.google.com/url?rct=j&sa=t&url=https://centralvoice.example/clinics

*****
Unsubscribe: https://valleyletter.example/u | Update preferences

--b1_77aa--

From reza@example.net Wed Mar 05 09:15:02 2025
From: Reza K <reza@example.net>
To: desk@example.net
Subject: Re: clinics
Date: Wed, 05 Mar 2025 09:15:00 +0100

Useful, I will add the clinic figures to Thursday's note.

Reza

On Tue, 4 Mar 2025 at 20:01, Lina M <lina@example.net> wrote:
> Daikundi Post, 4 March 2025
>
> Health workers said the clinics had treated 1,200 patients in their first three days of work.
>
> The provincial office said two more teams would start work in April.

From lina@example.net Thu Mar 06 08:00:00 2025
From: Lina M <lina@example.net>
To: desk@example.net
Subject: for the file
Date: Thu, 06 Mar 2025 08:00:00 +0100

Dear colleagues,

the Highland Courier story on the road works, pasted in full:

Work on the road between Bamyan and Yakawlang resumed on Monday after the winter pause, officials said.

Engineers said 30 km of the road would be paved by the end of the summer.

--
Lina M
CONFIDENTIALITY NOTICE: This e-mail is intended only for its recipients.
"""


def test_each_message_and_each_newsletter_item_opens_an_article() -> None:
    arts = segment_text(MAILBOX)
    assert [a.title for a in arts] == [
        "Wheat Prices Climb in Mazar Markets",
        "Mobile Clinics Reach Daikundi Villages",
        "",
        "",
    ]
    wheat, clinics, reply, road = arts
    assert (wheat.outlet, wheat.published[:10]) == ("Northern Herald", "2025-03-02")
    assert (clinics.outlet, clinics.published[:10]) == ("Central Voice", "2025-03-01")
    # the quoted story of a reply, not the reply's own words
    assert reply.paragraphs[0][1].startswith("Health workers said")
    assert reply.published[:10] == "2025-03-04"
    # a pasted story: the outlet the sender names above it
    assert road.outlet == "Highland Courier"
    assert road.paragraphs[0][1].startswith("Work on the road")
    assert all("CONFIDENTIALITY" not in p for _, p in road.paragraphs)


def test_mailbox_lines_leave_the_view_with_their_reasons() -> None:
    raw = MAILBOX.split("\n")
    f = mailbox_messages(raw)
    why = {raw[i]: r for i, r in f.dropped.items()}
    assert why["\tby mail.example.net; Tue, 04 Mar 2025 06:00:11 +0000"] == "message header"
    assert why["--b1_77aa"] == "MIME boundary"
    assert why["Flag as irrelevant <https://valleyletter.example/f?s=1>"] == "newsletter furniture"
    assert why["Useful, I will add the clinic figures to Thursday's note."] == "reply text"
    assert why["On Tue, 4 Mar 2025 at 20:01, Lina M <lina@example.net> wrote:"] == "reply header"
    assert why["Dear colleagues,"] == "sender's note"
    assert why["HEALTH"] == "section label"
    # every dropped line of the segmented file keeps its reason in the lines table
    reasons = {reason for a in segment_text(MAILBOX) for _, _, reason, _ in a.lines}
    assert {"message header", "reply text", "sender's note"} <= reasons


def test_a_text_without_mbox_separators_is_no_mailbox() -> None:
    raw = ["From: A <a@example.net>", "To: B", "", "Officials said the road reopened."]
    assert not mailbox_messages(raw).dropped


def test_a_forwarding_note_is_read_in_its_own_message() -> None:
    raw = [
        "From: Desk <d@example.net>",
        "Subject: digest",
        "",
        "Talks on transit trade resumed in Termez on Monday, the ministry said.",
        "",
        "From: Omar <o@example.net>",
        "Subject: Fwd: story",
        "",
        "See below.",
        "---------- Forwarded message ---------",
        "From: Paper <p@example.net>",
        "Subject: story",
        "",
        "Text of the forwarded story.",
    ]
    got = mail_furniture(raw)
    assert got[8] == "forwarding note"
    # the first message's text is no forwarding note of the second
    assert 3 not in got


CHANNEL = """\
Kabul Morning Wire, [14.05.2025 09:12]
Border Market Reopens at Hairatan

Traders said the market at Hairatan reopened on Tuesday after a closure of nine days.

https://kabulmorning.example/1234

Kabul Morning Wire pinned «Border Market Reopens at Hairatan»

Kabul Morning Wire, [15.05.2025 18:40]
Floods Cut Road in Baghlan

Floods cut the main road through Baghlan on Thursday, the provincial office said.
"""


def test_copied_channel_posts_open_articles_with_their_date_and_channel() -> None:
    arts = segment_text(CHANNEL)
    assert [a.title for a in arts] == [
        "Border Market Reopens at Hairatan",
        "Floods Cut Road in Baghlan",
    ]
    assert [a.published[:10] for a in arts] == ["2025-05-14", "2025-05-15"]
    assert {a.outlet for a in arts} == {"Kabul Morning Wire"}
    pinned = CHANNEL.split("\n").index(
        "Kabul Morning Wire pinned «Border Market Reopens at Hairatan»"
    )
    assert social_posts(CHANNEL.split("\n")).dropped[pinned] == "pinned message"


THREAD = """\
Herat Radio
@heratradio
·
4h
1/ Farmers in Injil said the saffron harvest had doubled this year, the agriculture office said.
2
14
90
3.1K

Herat Radio
@heratradio
·
4h
Replying to @heratradio
2/ Buyers from Kabul and Mashhad paid up to 90,000 afghanis a kilo, traders said.
1
5
33
1.4K

Mina Sadat
@minasadat
·
Jun 3
Officials in Ghor said a new bridge over the Harirud would open in July, linking four villages.
Show more
Quote
Ghor Office
@ghoroffice
·
Jun 2
Bridge works are in their last phase.
0
2
7
800
"""


def test_a_thread_is_one_article_and_another_author_opens_the_next() -> None:
    arts = segment_text(THREAD)
    assert len(arts) == 2
    saffron, bridge = arts
    assert saffron.outlet == "Herat Radio"
    assert [p for _, p in saffron.paragraphs][-1].startswith("2/ Buyers from Kabul")
    assert bridge.outlet == "Mina Sadat"
    # the quoted post and the counts are furniture
    assert all("last phase" not in p for _, p in bridge.paragraphs)
    raw = THREAD.split("\n")
    f = social_posts(raw)
    assert f.dropped[raw.index("3.1K")] == "post counts"
    assert f.dropped[raw.index("Bridge works are in their last phase.")] == "quoted post"


TRANSLATED = """\
Ghazni Today — English edition
افتتاح مکتب جدید در غزنی
New School Opens in Ghazni
سه‌شنبه ۱۲ حمل ۱۴۰۴ | Tuesday, 12 Hamal 1404 (1 April 2025)
Translated from Pashto by the newsroom

A new school for 600 pupils opened in Ghazni city on Tuesday, the education department said.

Original (Pashto): ghaznitoday.example/ps/881

* * *

Tourists Return to Band-e Amir
Bamyan Weekly | ۳ ثور ۱۴۰۴

Visitors returned to Band-e Amir as the road reopened, the park's director said on Tuesday.
"""


def test_translated_stories_keep_the_english_headline_and_the_hijri_date() -> None:
    arts = segment_text(TRANSLATED)
    assert [a.title for a in arts] == [
        "New School Opens in Ghazni",
        "Tourists Return to Band-e Amir",
    ]
    school, park = arts
    assert (school.outlet, school.published[:10]) == ("Ghazni Today", "2025-04-01")
    assert (park.outlet, park.published[:10]) == ("Bamyan Weekly", "2025-04-23")
    raw = TRANSLATED.split("\n")
    f = translation_marks(raw)
    assert f.dropped[raw.index("افتتاح مکتب جدید در غزنی")] == "original-language headline"
    assert f.dropped[raw.index("Translated from Pashto by the newsroom")] == "translation note"


def test_a_persian_headline_in_a_persian_dump_stays() -> None:
    raw = ["افتتاح مکتب جدید در غزنی", "مکتب جدید برای ۶۰۰ شاگرد در شهر غزنی افتتاح شد."]
    assert not translation_marks(raw).dropped


CLIPPINGS = """\
---
title: "Wheat Convoy Reaches Faizabad"
source: "https://northpost.example/2025/05/wheat-convoy"
site: "North Post"
author:
published: 2025-05-06
created: 2025-06-01
tags:
  - "clippings"
---
Accept all cookies | Manage settings

# Wheat Convoy Reaches Faizabad

A convoy of 40 trucks carrying wheat reached Faizabad on Monday, the provincial office said.

---
title: "Clinic Opens in Kishim"
source: "https://northpost.example/2025/05/clinic"
published:
created: 2025-06-01
---

# Clinic Opens in Kishim

A clinic for mothers and children opened in Kishim district on Sunday, health officials said.
"""


def test_a_clippers_source_address_names_no_outlet() -> None:
    wheat, clinic = segment_text(CLIPPINGS)
    assert (wheat.title, wheat.outlet, wheat.published[:10]) == (
        "Wheat Convoy Reaches Faizabad",
        "North Post",
        "2025-05-06",
    )
    # only an address: no outlet rather than the address
    assert clinic.outlet == ""


PDF_PACK = (
    "Regional Media Digest 2024\n"
    "\n"
    "NORTHERN CORRIDOR: TRADE AND TRANSIT\n"
    "Compiled by the Research Office\n"
    "\n"
    "Contents\n"
    "1. Rail freight to Termez rises .......... 1\n"
    "2. Hairatan customs reform .......... 2\n"
    "\n"
    "Source: Northern Herald | 4 March 2024\n"
    "\n"
    "Rail freight between Termez and Hairatan rose by a fifth in February, the rail\n"
    "authority said, as traders moved more wheat and fuel through the northern route.\n"
    "\n"
    "Page 1 of 2\n"
    "\fRegional Media Digest 2024                                      2\n"
    "\n"
    "Hairatan Customs Reform Cuts Waiting Times\n"
    "Source: Balkh Today | 5 March 2024\n"
    "\n"
    "Customs officers in Hairatan said a new electronic form had cut waiting times for\n"
    "trucks from three days to one, the provincial office said on Tuesday.\n"
    "\n"
    "Page 2 of 2\n"
    "\fRegional Media Digest 2024                                      3\n"
)


def test_a_pdf_packs_cover_contents_and_numbered_running_header_are_furniture() -> None:
    arts = segment_text(PDF_PACK)
    assert [a.title for a in arts] == ["", "Hairatan Customs Reform Cuts Waiting Times"]
    assert arts[0].paragraphs[0][1].startswith("Rail freight between Termez")
    # the first page's header carries no page number and is the same running header
    assert all("Digest" not in a.title for a in arts)


ESSAYS = """\
Letters from Kandahar

The market reopened this week and the bakers were out before dawn, as they were years ago.

We bought bread for the neighbours and walked home past the shuttered girls' school.
12-03-2024
۲۲ حوت ۱۴۰۲
Sahar
SHARE THIS PAGE

* * *

Snow Closes the Salang

The Salang pass was closed on Saturday after heavy snow, the public works ministry said.
"""


def test_an_essays_dates_and_name_under_its_last_sentence_close_it() -> None:
    letters, salang = segment_text(ESSAYS)
    assert letters.title == "Letters from Kandahar"
    assert letters.published[:10] == "2024-03-12"
    # the sign-off neither opens nor dates the next story
    assert (salang.title, salang.published) == ("Snow Closes the Salang", "")
    reasons = {reason for _, _, reason, _ in letters.lines}
    assert "sign-off" in reasons


JUMP = (
    "Documentation Office                                            1\n"
    "\n"
    "Source: Valley Post | 9 May 2024\n"
    "\n"
    "Officials in Kunduz said on Thursday that 4,000 families had returned to the\n"
    "province since March, most of them from Pakistan, and that the provincial\n"
    "office had registered all of them at the border crossings in the north. Of\n"
    "the families who came back this spring, the office said that 1,200 of them\n"
    "Continued on page 2\n"
    "\n"
    "Page 1 of 2\n"
    "\fDocumentation Office                                            2\n"
    "\n"
    "(Continued from page 1)\n"
    "had received cash grants from aid groups before the end of the month.\n"
    "\n"
    "\n"
    "Source: Northern Wire | 10 May 2024\n"
    "\n"
    "Mazar, 10 May 2024 (NW): Traders in Mazar-i-Sharif said prices of cooking oil\n"
    "fell by a tenth this week after a convoy of trucks arrived from Uzbekistan on\n"
    "Tuesday.\n"
    "The market office said another convoy was expected on Sunday, with flour.\n"
    "\n"
    "Page 2 of 2\n"
    "\fDocumentation Office                                            3\n"
)


def test_a_paragraph_reads_on_across_a_jump_line_and_a_dated_dateline_opens_a_lead() -> None:
    kunduz, mazar = segment_text(JUMP)
    texts = " ".join(" ".join(p.split()) for _, p in kunduz.paragraphs)
    # the text on both sides of the jump stays in the story, the jump lines do not
    assert "1,200 of them" in texts and "had received cash grants" in texts
    assert "Continued" not in texts
    assert mazar.title == ""
    assert mazar.paragraphs[0][1].startswith("Mazar, 10 May 2024 (NW): Traders")
    reasons = {reason for _, _, reason, _ in kunduz.lines}
    assert "page jump" in reasons


FORWARDED_NEWSLETTER = """\
From desk@example.net Fri Feb 07 10:00:00 2025
From: Desk <desk@example.net>
To: team@example.net
Subject: Fwd: morning briefing
Date: Fri, 07 Feb 2025 10:00:00 +0100

For Monday's meeting.

---------- Forwarded message ---------
From: Al Jazeera <newsletters@aljazeera.example>
Date: Fri, 7 Feb 2025 at 07:00
Subject: Morning briefing

Aid convoys reached Badakhshan on Thursday after the road reopened, officials said.

From briefing@example.org Sat Feb 08 09:00:00 2025
From: Regional Briefing <briefing@example.org>
To: team@example.net
Subject: Weekly briefing
Date: Sat, 08 Feb 2025 09:00:00 +0000

-----

Flour Prices Ease in Kunduz
Kunduz Observer

Flour prices in Kunduz fell by a tenth this week as convoys arrived from Tajikistan, traders said.

-----

Herat Gazette
HG Desk

Herat's new water network reached 3,000 more homes this month, the municipality said on Sunday.
"""


def test_forwarded_known_outlet_and_item_source_lines_name_the_outlet() -> None:
    convoy, flour, water = segment_text(FORWARDED_NEWSLETTER)
    assert convoy.outlet == "Al Jazeera"
    assert (flour.title, flour.outlet) == ("Flour Prices Ease in Kunduz", "Kunduz Observer")
    # two name lines and no headline: site and desk, no title
    assert water.title == ""
    assert water.outlet in ("Herat Gazette", "HG Desk")


SAVED_MESSAGE = """\
Return-Path: <alerts@newsdesk.example>
Received: from out.newsdesk.example by mx.example.net; Mon, 10 Mar 2025 07:00:01 +0000
From: Newsdesk Alerts <alerts@newsdesk.example>
To: me@example.net
Subject: Your alert: Nimroz
Date: Mon, 10 Mar 2025 07:00:00 +0000
Message-ID: <a1@newsdesk.example>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"

-----

Returnees Crowd Zaranj Camp
Nimroz Times

More than 5,000 people crossed from Iran into Nimroz on Sunday, camp officials said.

-----

Solar Pumps for Chakhansur Farms
Farah Weekly | 8 March 2025

Farmers in Chakhansur received 200 solar water pumps from an aid group, the district office said.
"""


def test_a_single_saved_message_is_read_like_a_mailbox() -> None:
    camp, pumps = segment_text(SAVED_MESSAGE)
    assert (camp.title, camp.outlet) == ("Returnees Crowd Zaranj Camp", "Nimroz Times")
    assert (pumps.outlet, pumps.published[:10]) == ("Farah Weekly", "2025-03-08")
    # a pasted forward's plain headers are no saved message
    assert not mailbox_messages(
        ["From: A <a@example.net>", "To: B", "Subject: x", "", "Text."]
    ).dropped


def test_a_copied_post_in_a_us_locale_gives_its_date() -> None:
    raw = [
        "Valley Wire, [6/27/2025 4:48 PM]",
        "Crossing Reopens at Spin Boldak",
        "",
        "The Spin Boldak crossing reopened on Friday after a closure of five days, officials said.",
        "",
        "Valley Wire, [6/28/2025 9:02 AM]",
        "Traders Count Losses",
        "",
        "Traders in Chaman said they had lost millions of rupees during the closure of the gate.",
    ]
    arts = segment_text("\n".join(raw) + "\n")
    assert [a.published[:10] for a in arts] == ["2025-06-27", "2025-06-28"]


QUOTED_PRINTABLE = """\
From desk@example.net Mon Apr 07 08:00:00 2025
From: Desk <desk@example.net>
Subject: story
Date: Mon, 07 Apr 2025 08:00:00 +0000
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Officials in Paktia said the province=E2=80=99s new hospital would treat up t=
o 300 patients a day, the health ministry said on Sunday.

The hospital=20cost $4 million, officials said.
"""


def test_a_quoted_printable_body_is_read_decoded_line_by_line() -> None:
    (story,) = segment_text(QUOTED_PRINTABLE)
    text = " ".join(" ".join(p.split()) for _, p in story.paragraphs)
    assert "province’s new hospital would treat up to 300 patients a day" in text
    assert "The hospital cost $4 million" in text
    # each line keeps its own words: the cut word is read on the line where it starts
    raw = QUOTED_PRINTABLE.split("\n")
    f = mailbox_messages(raw)
    first = raw.index(
        "Officials in Paktia said the province=E2=80=99s new hospital would treat up t="
    )
    assert f.rewritten[first][0].endswith("would treat up to")
    assert f.rewritten[first + 1][0].lstrip().startswith("300 patients")


def test_sentences_that_mention_a_hijri_date_or_a_translation_stay_text() -> None:
    raw = [
        "New Rules for Shops in Herat",
        "",
        "The decree was issued on 12 Hamal 1404.",
        "Translated into English by a local group, the decree bans music in shops across the city.",
    ]
    f = translation_marks(raw)
    assert not f.dropped and not f.rewritten


def test_a_short_headline_and_date_under_a_sentence_are_no_sign_off() -> None:
    raw = [
        "",
        "Officials said the road to Bamyan would reopen after the snow was cleared.",
        "Kabul Markets Calm",
        "May 3, 2025",
        "",
        "Prices in Kabul's markets held steady this week, traders said on Saturday.",
    ]
    assert not sign_offs(raw).dropped


BLUESKY = """\
Kunar Monitor
@kunarmonitor.bsky.social
· 2h
Rescuers in Kunar said on Tuesday that 40 more bodies had been recovered from collapsed homes.
3
12
48

Kunar Monitor
@kunarmonitor.bsky.social
· 2h
The provincial office said 600 homes were destroyed in the two districts.
2:41 PM · Sep 2, 2025 · 18K Views

Amina R.
@aminar@mastodon.example
· 1h
Aid trucks reached Chawkay district on Wednesday, the Red Crescent said.
"""


def test_bluesky_and_mastodon_handles_and_full_stamps() -> None:
    quake, aid = segment_text(BLUESKY)
    assert (quake.outlet, aid.outlet) == ("Kunar Monitor", "Amina R.")
    text = " ".join(p for _, p in quake.paragraphs)
    assert "600 homes" in text and "Views" not in text and "· 2h" not in text


def test_a_story_quoted_twice_in_a_reply_is_read_without_its_quote_marks() -> None:
    dump = "\n".join(
        [
            "From a@example.net Tue Jun 03 10:00:00 2025",
            "From: A <a@example.net>",
            "Subject: Re: Re: clinics",
            "Date: Tue, 03 Jun 2025 10:00:00 +0000",
            "",
            "Agreed.",
            "",
            "On Mon, 2 Jun 2025 at 09:00, B <b@example.net> wrote:",
            "> On Sun, 1 Jun 2025 at 08:00, C <c@example.net> wrote:",
            "> > Ghor Herald, 1 June 2025",
            "> >",
            "> > Health workers in Ghor said 900 children were vaccinated this week.",
            "> >",
            "> > The campaign will reach two more districts in July, the office said.",
        ]
    )
    (story,) = segment_text(dump + "\n")
    texts = [p for _, p in story.paragraphs]
    assert texts[0].startswith("Health workers in Ghor said 900 children")
    assert not any(t.startswith(">") for t in texts)

"""Markdown digests, Windows exports with footers, wrapped newsletters, one paragraph per line
and copied web pages: boundaries, titles, outlets and line kinds (invented text)."""

from __future__ import annotations

from pathlib import Path

from afgresearch.corpus import lines as L
from afgresearch.corpus import load_corpus
from afgresearch.corpus.textdump import segment_text

from . import layouts


def _roles(article) -> dict[int, tuple[str, str]]:
    return {n: (kind, reason) for n, kind, reason, _ in article.lines}


def _all_roles(articles) -> dict[int, tuple[str, str]]:
    return {n: role for art in articles for n, role in _roles(art).items()}


def test_digest_title_intro_and_section_headings_are_no_headlines() -> None:
    arts = segment_text(layouts.MARKDOWN_DIGEST)
    assert [a.title for a in arts] == [
        "Ministers agree on new border trade rules",
        "Clinics in Kunar reopen after floods",
    ]
    roles = _all_roles(arts)
    assert roles[1] == roles[5] == roles[31] == ("boilerplate", "section heading")
    assert roles[3] == ("boilerplate", "italic note")
    assert roles[33][0] == "boilerplate"


def test_markdown_metadata_lines_give_dates_and_outlets() -> None:
    arts = segment_text(layouts.MARKDOWN_DIGEST)
    assert [a.published for a in arts] == ["2025-07-03", "2025-07-05"]
    assert arts[0].outlet == "Valley Courier"  # '**Source:** Valley Courier'
    assert (
        L.classify("**Source:** [Valley Courier](https://example.org/a-long/address)") == L.SOURCE
    )
    assert L.date_line_outlet("*Published 20 August 2025* | **Source:** Valley Courier") == (
        "Valley Courier"
    )


def test_markdown_link_lines_and_rules_close_a_story() -> None:
    arts = segment_text(layouts.MARKDOWN_DIGEST)
    assert [(a.line_start, a.line_end) for a in arts[:1]] == [(1, 19)]
    assert arts[1].line_start == 21
    assert _roles(arts[0])[17] == ("boilerplate", "end marker")
    assert L.strip_markup("**[Talks resume](https://example.org/talks)**") == "Talks resume"


def test_emphasis_inside_a_headline_is_stripped_from_the_title() -> None:
    assert L.clean_title("### Ministers agree on new **border trade** rules") == (
        "Ministers agree on new border trade rules"
    )
    (art,) = segment_text("## Talks on _water_ resume\n\nThe talks resumed on Monday.\n")
    assert art.title == "Talks on water resume"


def test_source_footers_close_their_story_in_a_windows_file(tmp_path: Path) -> None:
    path = tmp_path / "export.txt"
    path.write_bytes(layouts.SOURCE_FOOTERS.encode("utf-8"))
    corpus = load_corpus(tmp_path)
    arts = corpus.articles
    assert arts["title"].tolist() == ["Grain convoy reaches Bamyan", "Schools reopen in Herat", ""]
    assert arts["outlet"].tolist() == ["Valley Courier", "Herat Ledger", "Balkh Tribune"]
    assert arts["line_start"].tolist() == [1, 9, 15]
    paragraphs = corpus.paragraphs.groupby("article_id").size().tolist()
    assert paragraphs == [2, 1, 2]


def test_banners_close_stories_and_are_named() -> None:
    arts = segment_text(layouts.WRAPPED_NEWSLETTER)
    assert [a.title for a in arts] == [
        "Border crossing reopens after three-week closure",
        "Clinics in Kunar reopen after floods",
        "Wheat prices fall in Herat",
    ]
    roles = _all_roles(arts)
    assert roles[1] == roles[3] == roles[24] == ("boilerplate", "section banner")
    assert roles[32] == roles[33] == ("boilerplate", "navigation")


def test_short_wrapped_lines_stay_in_their_paragraph() -> None:
    arts = segment_text(layouts.WRAPPED_NEWSLETTER)
    assert [n for n, _ in arts[0].paragraphs] == [8, 14]
    text = dict(arts[0].paragraphs)
    assert text[8].replace("\n", " ").endswith("had risen by a fifth during the closure.")
    assert text[14].replace("\n", " ") == "Drivers said they had slept in their cabs for nights."
    assert [n for n, _ in arts[1].paragraphs] == [20]


def test_a_wrapped_paragraph_may_end_without_a_full_stop() -> None:
    text = (
        "Bridge repairs finish early\n\n"
        "Engineers finished repairing the river bridge on Tuesday, and the governor\n"
        "said lorries could use it again from next week, according to\n"
        "officials in the province\n"
    )
    (art,) = segment_text(text)
    assert [n for n, _ in art.paragraphs] == [3]
    assert (
        art.paragraphs[0][1].replace("\n", " ").endswith("according to officials in the province")
    )


def test_a_number_opening_a_wrapped_line_is_no_list_item() -> None:
    text = (
        "Aid cuts deepen hunger\n\n"
        "The agency said that without new funding, assistance to households in\n"
        "the worst affected provinces, about 40 percent of them in (IPC Phase\n"
        "5) is at risk.\n"
    )
    (art,) = segment_text(text)
    assert [n for n, _ in art.paragraphs] == [3]
    assert art.paragraphs[0][1].replace("\n", " ").endswith("in (IPC Phase 5) is at risk.")


def test_a_masthead_above_a_banner_is_no_title() -> None:
    text = (
        "VALLEY WATCH -- weekly briefing\nReturns, rights and regional news\n\n"
        "*** TOP STORIES ***\n\n"
        "Border crossing reopens after closure\nBy Sara Rahimi\n\n"
        "The crossing reopened on Monday after three weeks, officials said.\n"
    )
    (art,) = segment_text(text)
    assert art.title == "Border crossing reopens after closure"


def test_summary_points_under_a_header_are_text() -> None:
    text = (
        "Border crossing reopens after closure\nBy Sara Rahimi\nUpdated 8 April 2025\n\n"
        "  • Officials set a deadline for some 800,000 people carrying cards to leave\n"
        "  • A total of 48,187 people crossed at the main post since September\n\n"
        "PESHAWAR: The crossing reopened on Monday after three weeks, officials said.\n"
    )
    (art,) = segment_text(text)
    assert [n for n, _ in art.paragraphs] == [5, 6, 8]
    # under a list heading the points stay a list
    text = text.replace("Updated 8 April 2025\n\n", "Updated 8 April 2025\n\nKey points\n")
    (art,) = segment_text(text)
    assert [n for n, _ in art.paragraphs] == [9]


def test_one_paragraph_per_line_headlines_and_last_lines() -> None:
    arts = segment_text(layouts.PER_LINE_HEADLINES)
    assert [a.title for a in arts] == [
        "Ministers Agree on New Border Trade Rules",
        "Kunar Clinics Reopen",
        "Wheat Prices Fall in Herat Markets",
        "Envoys Meet in Doha on Trade Corridor",
    ]
    assert [a.line_start for a in arts] == [1, 5, 9, 12]
    assert arts[0].outlet == "Valley Courier"
    # a story's last line keeps its place even without a full stop
    assert [n for n, _ in arts[1].paragraphs] == [7, 8]
    assert [n for n, _ in arts[3].paragraphs] == [13, 14]


def test_subheadings_in_a_per_line_file_whose_headlines_carry_dates() -> None:
    text = (
        "Ministers agree on new border trade rules for the northern crossings\n"
        "3 July 2025\n"
        "Ministers agreed on Monday to extend trading hours at 3 crossings.\n"
        "Traders said waiting times would fall.\n"
        "New Hours Begin in August\n"
        "The new hours begin on 1 August, officials said.\n"
    )
    (art,) = segment_text(text)
    assert [n for n, _ in art.paragraphs] == [3, 4, 6]
    assert _roles(art)[5] == ("boilerplate", "section heading")


def test_web_page_menus_share_tags_comments_and_cookies_are_navigation() -> None:
    (art,) = segment_text(layouts.WEB_PAGE)
    assert art.title == "Ministers agree on new border trade rules"
    assert [n for n, _ in art.paragraphs] == [11, 18]
    roles = _roles(art)
    assert roles[1] == ("boilerplate", "site menu")
    assert (
        roles[2]
        == roles[3]
        == roles[24]
        == roles[26]
        == roles[28]
        == (
            "boilerplate",
            "navigation",
        )
    )
    assert L.classify("Share this article:  Facebook  X  WhatsApp  Email") == L.NAV
    assert L.is_menu("Valley TV  |  Politics  |  Society  |  Women") is True
    assert L.is_menu("Valley TV | 21 June 2025") is False


def test_a_caption_among_sentences_leaves_them_text() -> None:
    text = (
        "Ministers meet in Kabul\n\n"
        "Published Aug 21, 2025\n"
        "KABUL (AP) — Ministers from 3 countries met in Kabul on Wednesday.\n"
        "In this photo released by the ministry, ministers shake hands. (Ministry via AP)\n"
        "In this photo released by the ministry, ministers shake hands. (Ministry via AP)\n"
        "They agreed to extend a road corridor, a statement said.\n"
        "It gave no further details.\n\n"
        "The corridor would link 2 ports, officials said.\n\n"
        "Work is due to start next year.\n\n"
        "Traders welcomed the news.\n"
    )
    (art,) = segment_text(text)
    assert [n for n, _ in art.paragraphs] == [4, 7, 8, 10, 12, 14]
    assert _roles(art)[5] == _roles(art)[6] == ("boilerplate", "caption")


def test_a_date_line_between_sentences_opens_an_untitled_story_per_line() -> None:
    text = (
        "Ministers agree on new border trade rules\n"
        "3 July 2025\n"
        "Ministers agreed on Monday to extend trading hours at 3 crossings.\n"
        "Traders said waiting times would fall.\n"
        "10/10/2025\n"
        "New Delhi, Oct. 10: Officials said the embassy would reopen within 2 months.\n"
        "Staff have already been appointed, they said.\n"
    )
    arts = segment_text(text)
    assert [(a.line_start, a.title, a.published) for a in arts] == [
        (1, "Ministers agree on new border trade rules", "2025-07-03"),
        (5, "", "2025-10-10"),
    ]
    assert [n for n, _ in arts[1].paragraphs] == [6, 7]


def _page(lead_block: str) -> str:
    return (
        "Envoys meet in Doha\n\n"
        "Envoys from 5 countries met in Doha on Tuesday.\n\n"
        "The talks will resume next month, officials said.\n\n"
        "Traders welcomed the news.\n\n"
        "Officials said 2 more rounds were planned.\n\n"
        "The first round ended in May.\n\n"
        "No date was set for a deal.\n\n\n"
        "Valley Post  Home  World  Asia  Politics  Login\n\n" + lead_block + "\n\n"
        "0 comments  |  Share  |  Also read: Envoys meet in Doha\n"
    )


def test_a_site_menu_after_a_wide_gap_opens_the_next_page() -> None:
    arts = segment_text(_page("KABUL - Officials said 20 clinics had reopened this week."))
    assert [(a.line_start, a.title) for a in arts] == [(1, "Envoys meet in Doha"), (18, "")]
    roles = _all_roles(arts)
    assert roles[16] == ("boilerplate", "site menu")
    assert roles[20] == ("boilerplate", "navigation")


def test_paragraphs_one_per_line_keep_their_text_around_a_subheading_and_a_post() -> None:
    block = (
        "KABUL - Officials said 20 clinics had reopened this week.\n"
        "JUST IN: clinics reopen\n"
        "— Valley Post (@valleypost) October 10, 2025\n"
        "The health office said 300 staff had returned to work.\n"
        "A New Phase for Clinics\n"
        "Doctors said supplies would last until 2026.\n"
        "Patients said waiting times had fallen by half.\n"
        "The office plans to open 5 more clinics in the spring.\n"
        "It did not say how they would be funded.\n"
    )
    arts = segment_text(_page(block))
    assert [n for n, _ in arts[1].paragraphs] == [18, 21, 23, 24, 25, 26]


def test_a_long_paragraph_without_a_full_stop_between_paragraphs_is_text() -> None:
    text = (
        "Embassy to reopen in Kabul\n\n"
        "Officials said the embassy would reopen within 2 months.\n\n"
        "Advertisement\n"
        "The minister at the meeting in Kabul. (Photo: Valley Post)\n\n"
        "The minister announced the upgrade of the technical mission to a full embassy, "
        "as he met his counterpart on Friday during a visit that officials described as a "
        "first step towards normal ties\n\n"
        "Staff have already been appointed, they said.\n"
    )
    (art,) = segment_text(text)
    assert [n for n, _ in art.paragraphs] == [3, 8, 10]


def test_a_desk_credit_beside_its_date_is_a_date_line() -> None:
    assert L.parse_date("Valley News Desk October 10, 2025, 12:49:32 IST") == "2025-10-10"
    (art,) = segment_text(
        "Embassy to reopen in Kabul\n\nValley News Desk October 10, 2025, 12:49:32 IST\n\n"
        "Officials said the embassy would reopen within 2 months.\n"
    )
    assert art.published == "2025-10-10"


def test_a_short_first_heading_over_text_is_a_headline() -> None:
    text = (
        "# Kabul floods\n\n*Published 3 July 2025*\n\n"
        "Floods hit 3 districts of Kabul on Monday, officials said.\n\n"
        "## Aid arrives\n\nAid groups sent tents to 200 families.\n"
    )
    (art,) = segment_text(text)
    assert art.title == "Kabul floods"
    assert _roles(art)[7] == ("boilerplate", "section heading")
    assert [n for n, _ in art.paragraphs] == [5, 9]


def test_a_headline_wrapped_over_two_lines_is_one_title() -> None:
    text = (
        "Thousands of refugees return from Pakistan via the Torkham crossing as\n"
        "Pakistan intensifies deportations\n\n"
        "PESHAWAR: Thousands of refugees are being sent back through the border\n"
        "pass in the northwest, officials said on Tuesday.\n\n"
        "Officials said 13,500 people had crossed since the deadline expired.\n"
    )
    (art,) = segment_text(text)
    assert art.title == (
        "Thousands of refugees return from Pakistan via the Torkham crossing as "
        "Pakistan intensifies deportations"
    )
    assert [n for n, _ in art.paragraphs] == [4, 7]


def test_a_digest_header_above_a_rule_and_a_bold_headline_is_no_title() -> None:
    text = (
        "# Valley Weekly\n\nIssue 42 · 5 July 2025\n\n* * *\n\n"
        "**Kabul hosts regional water conference**\n\n"
        "_3 July 2025_ · Source: [Valley Post](https://valleypost.example/water)\n\n"
        "Delegates from 6 countries met in Kabul on Wednesday, officials said.\n\n"
        "[Continue reading →](https://valleypost.example/water)\n"
    )
    (art,) = segment_text(text)
    assert (art.title, art.outlet, art.published) == (
        "Kabul hosts regional water conference",
        "Valley Post",
        "2025-07-03",
    )
    # a rule directly under a headline underlines it
    (art,) = segment_text("Kabul hosts talks\n-----------------\n\nDelegates met on Monday.\n")
    assert art.title == "Kabul hosts talks"


def test_a_footer_dates_its_story_and_unsubscribe_lines_are_furniture() -> None:
    text = (
        "Kunar clinics reopen\n\nDoctors returned to 14 clinics on Sunday.\n\n"
        "Source: Valley Post, 3 July 2025\n\n-----\nTo stop these e-mails, unsubscribe here.\n"
    )
    (art,) = segment_text(text)
    assert (art.outlet, art.published) == ("Valley Post", "2025-07-03")
    assert _roles(art)[8] == ("boilerplate", "navigation")


def test_an_unpunctuated_last_line_above_a_dated_headline_stays_with_its_story() -> None:
    text = (
        "Taliban Reopen Schools for Boys in Kunduz\n"
        "Published: 3 July 2025\n"
        "Schools for boys in Kunduz reopened on Saturday, officials said.\n"
        '"We are happy to be back," said one teacher\n'
        "Pakistan Extends Deadline for Afghan Refugees\n"
        "By Omid Noori\n"
        "Pakistan extended the deadline for refugees by 3 months on Monday.\n"
        "Officials gave no reason\n"
    )
    arts = segment_text(text)
    assert [a.title for a in arts] == [
        "Taliban Reopen Schools for Boys in Kunduz",
        "Pakistan Extends Deadline for Afghan Refugees",
    ]
    assert [[n for n, _ in a.paragraphs] for a in arts] == [[3, 4], [7, 8]]


def test_account_links_share_buttons_and_most_read_lists_are_furniture() -> None:
    text = (
        "Sign in\n\nKunar clinics reopen\n\nBy Sara Rahimi\n\n"
        "Doctors returned to 14 clinics on Sunday, officials said.\n\n"
        "Share\nFacebook\nWhatsApp\n\nMost Read\n\n"
        "Kunduz floods displace 3,000 families\nIran deports 5,000 Afghans\n"
    )
    (art,) = segment_text(text)
    roles = _roles(art)
    assert roles[1] == roles[10] == roles[11] == ("boilerplate", "navigation")
    assert roles[15] == roles[16] == ("boilerplate", "related link")


def test_short_title_cased_headlines_between_sentences_per_line() -> None:
    text = (
        "Kabul Floods Kill 12\n"
        "Floods killed 12 people in Kabul on Friday, officials said.\n"
        "Rescue teams searched for 8 missing people.\n"
        "Herat Traders Strike Again\n"
        "Traders in Herat closed their shops on Tuesday.\n"
        "What Comes Next\n"
        "They protested a new 10 percent tax.\n"
    )
    arts = segment_text(text)
    assert [a.title for a in arts] == ["Kabul Floods Kill 12", "Herat Traders Strike Again"]
    assert [n for n, _ in arts[1].paragraphs] == [5, 7]


def test_a_newsletter_footer_after_the_last_rule_is_furniture() -> None:
    text = (
        "UN warns of funding gap\nBY OMID NOORI\n\n"
        "The UN said it had received only 20 percent of the $400\n"
        "million it needs for returnees this year.\n\n"
        "=====================\nYou are receiving this because you subscribed.\n"
    )
    (art,) = segment_text(text)
    assert [n for n, _ in art.paragraphs] == [4]
    assert _roles(art)[8] == ("boilerplate", "navigation")


def test_a_markdown_heading_at_the_headline_level_opens_the_next_story() -> None:
    text = (
        "## Talks resume in Doha\n\nEnvoys resumed talks on Monday.\n\n"
        "### What comes next\n\nTalks go on for 3 days.\n\n"
        "## Floods hit Kunar province\n\nFloods hit 3 districts on Friday.\n"
    )
    arts = segment_text(text)
    assert [(a.line_start, a.title) for a in arts] == [
        (1, "Talks resume in Doha"),
        (9, "Floods hit Kunar province"),
    ]
    assert [n for n, _ in arts[0].paragraphs] == [3, 7]


def test_a_cookie_banner_a_standfirst_and_a_topics_list_around_a_page() -> None:
    text = (
        "We value your privacy. We use cookies to enhance your browsing experience.\n"
        "Accept All  Reject All  Customize\n\n"
        "Valley Post\nHome › Asia › Afghanistan\n\n"
        "Kabul hosts regional water conference\n"
        "Delegates from six countries discuss sharing of the Amu Darya\n"
        "Sara Rahimi | Published July 3, 2025 | 4 min read\n\n"
        "Delegates from 6 countries met in Kabul on Wednesday, officials said.\n\n"
        "Topics\nAfghanistan\nCentral Asia\n\n"
        "You might also like\nHerat farmers face drought\n"
    )
    (art,) = segment_text(text)
    assert art.title == "Kabul hosts regional water conference"
    assert [n for n, _ in art.paragraphs] == [11]
    roles = _roles(art)
    assert roles[1] == roles[2] == roles[13] == roles[14] == ("boilerplate", "navigation")
    assert roles[18] == ("boilerplate", "related link")


def test_a_sentence_case_line_without_a_full_stop_between_sentences_is_text() -> None:
    text = (
        "Iran deports 5,000 Afghans in a single day\n"
        "Iran deported 5,000 Afghans on Tuesday, border officials in Herat said.\n"
        "Most were young men\n"
        "Aid groups said they needed more funds.\n"
        "Background and Context\n"
        "Iran has deported 1.2 million Afghans in 2025.\n"
    )
    (art,) = segment_text(text)
    assert [n for n, _ in art.paragraphs] == [2, 3, 4, 6]
    assert _roles(art)[5] == ("boilerplate", "section heading")


def test_an_italic_standfirst_under_a_headline_is_metadata() -> None:
    text = (
        "## Floods hit Kunar province\n\n*Rescue teams are searching for 8 missing people.*\n\n"
        "Floods hit 3 districts on Friday, officials said.\n"
    )
    (art,) = segment_text(text)
    assert art.title == "Floods hit Kunar province"
    assert _roles(art)[3] == ("metadata", "standfirst")
    assert [n for n, _ in art.paragraphs] == [5]


def test_a_digest_title_and_its_plain_intro_are_furniture() -> None:
    text = (
        "# Valley Weekly Digest\n\nThis week: returns surge and talks resume in Doha.\n\n"
        "## Migration\n\n**Source:** Valley Post\n\n"
        "Officials said 3,000 people returned on Monday.\n"
    )
    (art,) = segment_text(text)
    assert (art.title, art.outlet) == ("", "Valley Post")
    assert [n for n, _ in art.paragraphs] == [9]
    roles = _roles(art)
    assert roles[1] == roles[5] == ("boilerplate", "section heading")
    assert roles[3][0] == "boilerplate"
    # a story's own subheading under its lead leaves its headline alone
    (art,) = segment_text(
        "# Floods hit Kunar\n\nFloods hit 3 districts on Friday.\n\n## Aid arrives\n\n"
        "Aid groups sent tents to 200 families.\n"
    )
    assert art.title == "Floods hit Kunar"
    assert [n for n, _ in art.paragraphs] == [3, 7]


def test_a_newsletter_name_without_a_rule_yields_to_the_headline_above_its_byline() -> None:
    text = (
        "VALLEY WATCH -- weekly email briefing\nReturns, rights and regional news\n\n"
        "Border crossing reopens after closure\nBy Sara Rahimi\n\n"
        "The crossing reopened on Monday after three weeks, officials said.\n"
    )
    (art,) = segment_text(text)
    assert art.title == "Border crossing reopens after closure"
    assert _roles(art)[1][0] != "headline"

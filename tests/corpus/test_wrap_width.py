"""Hard-wrapped digests: the wrap width tells a wrapped headline or lead from header lines
(invented digests, other outlets and wording)."""

from __future__ import annotations

import textwrap

import pytest

from afgresearch.corpus.textdump import segment_text
from afgresearch.corpus.wrapping import wrap_width, wraps_onto

STORIES = [
    (
        "Provincial Clinics Reopen in Badghis After Six Months of Closure Under",
        "Source: Herat Evening Bulletin -- 4 March 2025",
        "Qala-e-Naw, 4 March 2025 - Eleven provincial clinics reopened on Tuesday after six "
        "months without staff, the provincial health department said, adding that about 2,300 "
        "patients were seen in the first two days of the service.",
        "Doctors said the most common complaints were respiratory infections and malnutrition "
        "among children under five, and that supplies would last until the end of April.",
    ),
    (
        "Wheat Prices Fall Across Northern Markets as Border Trade Resumes With",
        "Source: Mazar Trade Weekly -- 11 March 2025",
        "Traders in Mazar-i-Sharif said on Monday that the price of a 49-kilogram sack of wheat "
        "fell by 180 afghanis within a week, after trucks carrying grain were again allowed to "
        "cross the border in February 2025, officials said.",
        "Millers expect prices to stay lower until the spring harvest, they added.",
    ),
]


def digest(width: int) -> str:
    parts = ["REGIONAL NEWS DIGEST", "Issue 7 -- 12 March 2025", "", "=" * width, ""]
    for headline, source, lead, second in STORIES:
        headline_text = f"{headline} {'Local Traders' if 'Wheat' in headline else 'Review'}"
        parts += textwrap.wrap(headline_text, width=width)
        parts += [source, ""]
        parts += [textwrap.fill(lead, width=width), "", textwrap.fill(second, width=width), ""]
        parts += ["-" * width, ""]
    return "\n".join(parts) + "\n"


@pytest.mark.parametrize("width", [66, 72, 78])
def test_a_wrapped_headline_is_one_title_and_a_dated_lead_is_text(width: int) -> None:
    text = digest(width)
    arts = [a for a in segment_text(text) if a.paragraphs]
    titles = [a.title for a in arts]
    assert "Provincial Clinics Reopen in Badghis After Six Months of Closure Under Review" in titles
    assert (
        "Wheat Prices Fall Across Northern Markets as Border Trade Resumes With Local Traders"
        in titles
    )
    texts = [" ".join(p.split()) for a in arts for _, p in a.paragraphs]
    assert any(t.startswith("Qala-e-Naw, 4 March 2025 - Eleven provincial clinics") for t in texts)
    assert any("sack of wheat fell by 180 afghanis" in t for t in texts)


def test_the_wrap_width_ignores_addresses_broken_by_hand() -> None:
    body = textwrap.fill(" ".join(["the council met again and agreed on a plan"] * 12), width=64)
    raw = [
        *body.split("\n"),
        "Read more: https://example.org/2025/03/a-very-long-address-broken-",
        "by-hand",
    ]
    assert wrap_width(raw) == max(len(line) for line in body.split("\n")[:-1])


def test_a_line_wraps_only_where_the_next_word_did_not_fit() -> None:
    raw = ["Talks on the water treaty resume in Tashkent", "Reuters"]
    assert not wraps_onto(raw, 0, 72)
    raw = ["Talks on the water treaty between the two neighbours resume in", "Tashkent"]
    assert wraps_onto(raw, 0, 70)
    assert not wraps_onto(raw, 0, None)


def test_a_file_without_wrapped_lines_has_no_width() -> None:
    raw = ["Short title", "One paragraph per line here.", "Another paragraph."]
    assert wrap_width(raw) is None


def test_a_digest_masthead_with_a_wrapped_intro_is_no_story() -> None:
    width = 70
    intro = (
        "In this issue: clinics reopen in Badghis, wheat prices fall in the north and "
        "exchange dealers face new rules."
    )
    head = [
        "NORTHERN PROVINCES WEEKLY",
        "Issue 12 -- 14 March 2025",
        "View this email in your browser: https://weekly.example.net/12",
        "",
        *textwrap.wrap(intro, width=width),
        "",
        "=" * width,
        "",
    ]
    story = [
        "Exchange Dealers in Balkh Told to Register Before the End of the Month",
        "Source: Balkh Market Letter -- 13 March 2025",
        "",
        textwrap.fill(
            "Money changers in Mazar-i-Sharif were told on Wednesday that 240 unregistered "
            "dealers must apply for licences by 31 March, the provincial bank office said.",
            width=width,
        ),
        "",
        textwrap.fill(
            "Dealers said the fee of 5,000 afghanis was too high for small traders, and asked "
            "for more time to gather the papers the office demands.",
            width=width,
        ),
        "",
        textwrap.fill(
            "The office said the register would let it trace transfers from abroad, which "
            "families in the province rely on more since aid was cut last year, and that "
            "dealers who fail to apply could lose their stalls in the main bazaar.",
            width=width,
        ),
        "",
        textwrap.fill(
            "Two associations of traders said they would meet the governor next week to ask "
            "for the deadline to be moved to the end of April.",
            width=width,
        ),
        "",
    ]
    text = "\n".join(head + story) + "\n"
    arts = segment_text(text)
    assert [a.title for a in arts if a.paragraphs] == [
        "Exchange Dealers in Balkh Told to Register Before the End of the Month"
    ]
    assert all("In this issue" not in p for a in arts for _, p in a.paragraphs)


def test_a_wrapped_last_line_that_opens_with_a_date_is_text() -> None:
    from afgresearch.corpus import lines as L
    from afgresearch.corpus.textdump import _wrapped_header_lines

    raw = [
        "The council in Kunduz met on Tuesday and agreed that the new market would",
        "March 2025, officials said.",
    ]
    kinds = [L.classify(line) for line in raw]
    assert kinds[1] == L.DATE
    _wrapped_header_lines(raw, kinds, 74)
    assert kinds[1] == L.BODY
    # a date line under a short line is a header line still
    raw = ["Wheat prices fall", "March 2025"]
    kinds = [L.classify(line) for line in raw]
    _wrapped_header_lines(raw, kinds, 74)
    assert kinds[1] == L.DATE

"""A kicker that names the section first and the outlet last is a header line, never a title
(invented kickers)."""

from __future__ import annotations

from afgresearch.corpus import lines as L
from afgresearch.corpus.textdump import segment_text


def test_a_section_first_kicker_names_its_outlet() -> None:
    assert L.kicker_outlet("Analysis | Valley Herald") == "Valley Herald"
    assert L.kicker_outlet("Opinion | Straits Times") is not None
    assert L.kicker_outlet("Sara Ahmadi | Kabul") is None
    assert L.kicker_outlet("Kabul | Herat | Mazar") is None


def test_a_story_under_a_section_first_kicker_has_no_title_from_it() -> None:
    text = (
        "Analysis | Valley Herald\n"
        "12 Mar 2025 07:00AM\n"
        "\n"
        "KABUL: Aid agencies said on Tuesday that 2,000 families in Kabul had no heating.\n"
        "\n"
        "The agencies asked donors for fuel before the next cold spell.\n"
    )
    (art,) = segment_text(text)
    assert art.title == ""
    assert art.outlet == "Valley Herald"


def test_a_section_label_above_the_date_gives_way_to_the_headline_above_the_text() -> None:
    text = (
        "Region News\n"
        "4 March 2025\n"
        "Herat Traders Reopen Their Stalls After the Floods Recede\n"
        "Traders in Herat reopened 300 stalls on Monday after the water receded, officials said.\n"
        "They said losses ran to millions of afghanis.\n"
    )
    (art,) = segment_text(text)
    assert art.title == "Herat Traders Reopen Their Stalls After the Floods Recede"
    assert art.published == "2025-03-04"


def test_a_short_headline_above_its_date_keeps_its_title() -> None:
    text = (
        "Talks resume\n"
        "4 March 2025\n"
        "\n"
        "Delegations from the two neighbours met in Doha on Monday, officials said.\n"
        "\n"
        "Another round is due in April.\n"
    )
    (art,) = segment_text(text)
    assert art.title == "Talks resume"

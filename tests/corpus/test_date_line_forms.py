"""Date lines in forms scrapers and translated copies produce: an outlet's name before a
numeric date, a date glued to a reading time (invented lines, other outlets and wording)."""

from __future__ import annotations

import pytest

from afgresearch.corpus import lines as L
from afgresearch.corpus.textdump import segment_text


@pytest.mark.parametrize(
    ("line", "iso", "outlet"),
    [
        ("Kommersant, 06.04.2025", "2025-04-06", "Kommersant"),
        ("Daily Outlook, 21.11.2024", "2024-11-21", "Daily Outlook"),
        ("Voice of the Valley, 3 May 2025", "2025-05-03", "Voice of the Valley"),
        ("Sabah Gazetesi, 09-02-2025", "2025-02-09", "Sabah Gazetesi"),
        ("TASS, 2025-01-17", "2025-01-17", "TASS"),
    ],
)
def test_a_name_before_a_date_is_a_date_line_naming_its_outlet(
    line: str, iso: str, outlet: str
) -> None:
    assert L.classify(line) == L.DATE
    assert L.parse_date(line) == iso
    assert L.date_line_outlet(line) == outlet


@pytest.mark.parametrize(
    "line", ["Monday, 06.04.2025", "Herat, 06.04.2025", "MAZAR-I-SHARIF, 06.04.2025"]
)
def test_a_weekday_or_a_place_before_a_date_is_no_outlet(line: str) -> None:
    assert L.parse_date(line) == "2025-04-06"
    assert L.date_line_outlet(line) is None


@pytest.mark.parametrize(
    "line", ["The council met again, 06.04.2025", "Attack kills 5, 06.04.2025", "Bamyan, spring"]
)
def test_a_sentence_or_a_place_without_a_date_is_no_date_line(line: str) -> None:
    assert L.parse_date(line) is None


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("03.11.20244 min read", "2024-11-03"),
        ("11/03/202412 min read", "2024-11-03"),
        ("3 November 2024 6 min read", "2024-11-03"),
        ("Sunday, Nov 3, 2024 · 4 minute read", "2024-11-03"),
    ],
)
def test_a_date_with_its_reading_time_glued_or_spaced_is_a_date_line(line: str, iso: str) -> None:
    assert L.classify(line) == L.DATE
    assert L.parse_date(line) == iso
    assert L.has_read_time(line)


def test_a_writer_with_a_date_and_reading_time_stays_a_byline() -> None:
    assert L.parse_date("Staff Writer November 3, 2024 1 min read") is None
    assert not L.has_read_time("Read more")
    assert L.parse_date("4 min read") is None


def test_translated_copy_headed_by_outlet_and_dotted_date() -> None:
    text = (
        "Flour prices rise in Herat as crossings stay shut\n"
        "Kommersant, 14.02.2025\n"
        "Flour prices in Herat rose by a fifth this week as trucks waited at the Islam Qala "
        "crossing, traders said on Thursday.\n"
        "Officials said the crossing would reopen after talks with the Iranian side.\n"
    )
    (art,) = segment_text(text)
    assert (art.title, art.outlet, art.published) == (
        "Flour prices rise in Herat as crossings stay shut",
        "Kommersant",
        "2025-02-14",
    )


def test_blog_byline_block_gives_the_date_and_keeps_the_writer_out_of_the_outlet() -> None:
    text = (
        "Wheat Harvest Falls Short in Balkh After Dry Spring\n"
        "Nadia Rahimi\n"
        "05.06.20253 min read\n"
        "\n"
        "Farmers in Balkh said on Wednesday that the wheat harvest would fall by a third after "
        "the driest spring in a decade, leaving many families short of flour.\n"
        "The provincial agriculture office said 12,000 hectares had not been sown.\n"
    )
    (art,) = segment_text(text)
    assert (art.published, art.outlet) == ("2025-06-05", "")


def test_dateline_places_are_the_gazetteers_places():
    # the corpus layer reads the packaged gazetteer's places as data; they must be the places
    # (and other spellings) the extractors' gazetteer knows
    from afgresearch.corpus.lines import _place_names
    from afgresearch.extract.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    names = set(gazetteer.places)
    for aliases in gazetteer.place_aliases.values():
        names.update(aliases)
    assert _place_names() == frozenset(n.casefold() for n in names)


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("[2] via Kabul Wire | March 9, 2023", "2023-03-09"),
        ("[14] Daily Star | 3 March 2021", "2021-03-03"),
        ("(3) Reuters · 5 May 2024", "2024-05-05"),
    ],
)
def test_a_digest_item_number_is_no_day(line, date):
    assert L.parse_date(line) == date

"""An act told in a clause that describes the date just given takes that date."""

from afgresearch.extract.event_dates import _described_date, _sentence_dates, event_date


def _date(sentence: str, verb: str, published: str = "2026-01-10") -> tuple[str, str]:
    i = sentence.index(verb)
    return event_date(sentence, i, i + len(verb), published)


def test_when_clause_between_dashes_takes_the_date() -> None:
    s = "Abuses recorded since 3 March 2019 - when the militia took the district - go on."
    assert _date(s, "took") == ("2019-03-03", "clause")


def test_the_day_appositive_with_em_dashes_is_the_day_not_a_span() -> None:
    s = "Schools stayed shut since May 2, 2022\u2014the day the governor closed them\u2014and after."
    assert _date(s, "closed") == ("2022-05-02", "clause")


def test_when_clause_after_comma() -> None:
    s = "On 4 July 2024, when the ministry announced the ban, traders protested."
    assert _date(s, "announced") == ("2024-07-04", "clause")


def test_the_year_appositive() -> None:
    s = "In 2016, the year he became the movement's leader, he met donors."
    assert _date(s, "became") == ("2016-01-01/2016-12-31", "clause")


def test_the_day_that_appositive_at_sentence_end() -> None:
    s = "The camp stayed open until March 31, 2025, the day that the deadline expired."
    assert _date(s, "expired") == ("2025-03-31", "clause")


def test_when_as_a_question_is_not_described() -> None:
    s = "Talks resumed on May 3, 2025 - when will they end?"
    assert _described_date(s, s.index("end"), _sentence_dates(s)) is None


def test_unrelated_next_clause_is_not_described() -> None:
    s = "The talks ended on 12 June 2024, and the envoy left for Doha."
    assert _described_date(s, s.index("left"), _sentence_dates(s)) is None
    s2 = "The talks ended on 12 June 2024, the day after the envoy left."
    assert _described_date(s2, s2.index("left"), _sentence_dates(s2)) is None


def test_non_event_when_clause_does_not_date_the_main_act() -> None:
    s = "On 2 February 2024, when roads were still closed by snow, the convoy reached Bamyan."
    assert _date(s, "reached") == ("2024-02-02", "clause")
    assert _described_date(s, s.index("reached"), _sentence_dates(s)) is None


def test_verb_after_the_describing_clause_is_not_inside_it() -> None:
    s = "Since 9 May 2023, the day the office closed, the agency has deported 4,000 people."
    # the main act keeps its 'since' span; only the closing is dated by the day
    assert _date(s, "closed") == ("2023-05-09", "clause")
    assert _date(s, "deported")[0] != "2023-05-09"

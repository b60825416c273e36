"""Windows, rates and sources of wordings met on real news: a count up to a day ('till 3
March'), a hedged length ('in the past nearly two weeks'), a phase of a campaign, a time
counted on ('a year later'), a window opened by a month that began; a rate and a source set
off by dashes; a source inside a relative clause; a document released by a body; a quotation
whose speaker the next sentence's tag names."""

from extract_support import make_paragraphs

from afgresearch.extract import extract_claims
from afgresearch.extract.attribution import figure_source, sentence_attribution
from afgresearch.extract.claims import paragraph_sources
from afgresearch.extract.periods import find_periods
from afgresearch.extract.rates import find_rates, rate_for


def _periods(text: str) -> list[str]:
    return [p.text for p in find_periods(text)]


def test_count_up_to_a_day_is_a_window() -> None:
    s = "Some 41,000 people had registered at the camps till 3 March, a relief worker said."
    assert "till 3 March" in _periods(s)
    s = "“More than 7,500 crossed at Chaman until October 22,” the district chief said."
    assert "until October 22" in _periods(s)


def test_end_set_for_a_state_is_no_window() -> None:
    assert not _periods("The permits stay valid until 12 May for 30,000 holders.")
    assert not _periods("The crossing remained closed until June 3 for 2,000 lorries.")


def test_hedged_length_inside_a_window() -> None:
    assert _periods("Over 900 were sent back in the past nearly two weeks.") == [
        "in the past nearly two weeks"
    ]
    assert _periods("About 60 arrived in the last more than a month.") == [
        "in the last more than a month"
    ]


def test_window_opened_by_a_month_that_began() -> None:
    assert _periods("At least 12,000 fled since March began, the agency said.") == [
        "since March began"
    ]


def test_phase_of_a_campaign() -> None:
    assert _periods("In the second round, health teams vaccinated 2.1 million children.") == [
        "In the second round"
    ]


def test_time_counted_on_belongs_to_its_own_figure_only() -> None:
    df = extract_claims(
        make_paragraphs(
            "Each family gets $200 on arrival, $100 at the camp and a further $150 a year later."
        )
    )
    by_value = dict(zip(df.value, df.period, strict=True))
    assert by_value[150.0] == "a year later"
    assert by_value[200.0] == "" and by_value[100.0] == ""


def test_rate_before_a_figure_set_off_by_a_dash() -> None:
    s = "Lorries leave the depot every week — some 300 of them — for the northern valleys."
    start = s.index("300")
    rate = rate_for(find_rates(s), s, start, start + 3, ())
    assert rate is not None and rate.per == "week"


def test_according_to_inside_dashes_covers_the_aside_only() -> None:
    s = (
        "Herders are losing cattle every month—roughly 4,000 head according to district "
        "vets—while as many as 90,000 more could die by the spring."
    )
    inside = s.index("4,000")
    outside = s.index("90,000")
    assert figure_source(s, inside, inside + 5) == "district vets"
    assert figure_source(s, outside, outside + 6) == ""


def test_according_to_inside_a_relative_clause_is_not_the_figures() -> None:
    s = "Last year the board cut 3,400 jobs, a step which, according to unions, hurt exports."
    at = s.index("3,400")
    assert figure_source(s, at, at + 5) == ""


def test_statement_released_by_a_body() -> None:
    s = "Nearly 700 pupils returned to class, according to a statement issued by the Education Bureau."
    assert sentence_attribution(s) == "the Education Bureau"


def test_quotation_spoken_in_first_person_takes_the_next_tag() -> None:
    out = paragraph_sources(
        [
            "“Today we moved 120 families to the new site.”",
            "The provincial governor tweeted, sharing photos of the tents.",
        ],
        ["Local police"],
    )
    assert out[0] == "The provincial governor"

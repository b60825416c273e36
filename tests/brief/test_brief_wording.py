"""What the brief says must be true of its tables: units, stability, dates, themes, grammar."""

from __future__ import annotations

import pandas as pd
import pytest

from afgresearch.brief import build_context, render_markdown
from afgresearch.brief.write import plural
from afgresearch.extract.flags import counts_people, flag_claims, is_rate
from afgresearch.themes.examples import is_aside, rank_examples


def _claim(i: int, value: float, unit: str, *, src: str = "", period: str = "", **kw) -> dict:
    row = {
        "claim_id": f"c{i}",
        "paragraph_id": f"p{i}",
        "source_file": "feed.txt",
        "line": 10 + i,
        "quote": kw.pop("quote", f"Invented sentence {i}: {value:,.0f} {unit} at most."),
        "value": value,
        "qualifier": kw.pop("qualifier", "exact"),
        "unit": unit,
        "topic": kw.pop("topic", "returns_deportations"),
        "period": period,
        "rate": kw.pop("rate", ""),
        "attributed_to": src,
        "repeat_of": "",
        "measure": kw.pop("measure", ""),
    }
    return row


def _brief(tables: dict, **params) -> str:
    if "claims" in tables:  # the flags the evidence stage adds
        tables = {**tables, "claims": flag_claims(tables["claims"])}
    return render_markdown(build_context(tables, params=params))


def _headline(md: str) -> str:
    return md.split("## Headline findings")[1].split("## Key figures")[0]


# -- 1. only counts of people compete for the largest returns figure -------------------------


@pytest.mark.parametrize(
    ("unit", "people"),
    [
        ("returning families' members", False),
        ("Afghan nationals", True),
        ("deportees", True),
        ("asylum seekers", True),
        ("Iranians", True),
        ("percent", False),
        ("percent of returnees", False),
        ("dollars", False),
        ("times", False),
        ("months", False),
        ("", False),
    ],
)
def test_counts_people(unit: str, people: bool) -> None:
    assert counts_people(unit) is people


def test_largest_returns_figure_is_a_count_of_people_never_money_or_percent() -> None:
    claims = pd.DataFrame(
        [
            _claim(1, 410_000_000, "dollars", src="A relief agency", period="this year"),
            _claim(2, 45, "percent", src="A relief agency", qualifier="up_to"),
            _claim(3, 4, "times", src="A bank", qualifier="about"),
            _claim(4, 61_500, "Afghan nationals", src="The border police", period="in May"),
            _claim(5, 9_000, "people", src="Camp officials", period="every day"),
            _claim(6, 12_000, "people", src="Camp officials", period="every day",
                   qualifier="up_to", quote="Between 9,000 and 12,000 people came every day."),
            _claim(7, 9_000, "people", src="Camp officials", period="every day",
                   qualifier="at_least", quote="Between 9,000 and 12,000 people came every day."),
        ]
    )  # fmt: skip
    head = _headline(_brief({"claims": claims}))
    lines = [x for x in head.splitlines() if "returns and deportations" in x]
    assert lines[0].startswith("- Largest count of people reported for returns and deportations")
    assert "61,500 Afghan nationals" in lines[0]
    # money, percentages and multiples are never headlined as returns figures
    assert not any(w in head for w in ("dollars", "percent", "times"))
    # rates after totals, and one figure per quoted range
    assert "Between 9,000 and 12,000 people, every day" in lines[1]
    assert "Between 9,000 and 12,000" not in "".join(lines[2:])


def test_largest_says_named_source_when_a_larger_unattributed_total_exists() -> None:
    claims = pd.DataFrame(
        [
            _claim(1, 30_000, "returnees", src="The ministry"),
            _claim(2, 90_000, "returnees"),
        ]
    )
    head = _headline(_brief({"claims": claims}))
    first = next(x for x in head.splitlines() if x.startswith("- Largest"))
    assert first.startswith("- Largest count of people reported by a named source")
    assert "30,000 returnees" in first
    # without the larger unattributed total, the plain wording is true
    md = _brief({"claims": claims.head(1)})
    assert "- Largest count of people reported for returns" in md


def test_is_rate() -> None:
    assert is_rate("each week") and is_rate("Daily")
    assert not is_rate("in the past week") and not is_rate("")


# -- 2. stability and undated events say what was computed -----------------------------------


def test_stability_summary_row_reports_mean_pairwise_over_seeds_without_a_minimum() -> None:
    md = _brief({"stability": pd.DataFrame({"seeds": [4], "ari": [0.66]})}, stability_seeds=4)
    line = next(x for x in md.splitlines() if x.startswith("- Stability"))
    assert "refitted with 4 random seeds" in line
    assert "each pair of groupings averaged 0.66" in line
    assert "lowest" not in line and "run(s)" not in line and "1 clustering" not in line


def test_stability_reports_the_row_with_the_most_seeds() -> None:
    table = pd.DataFrame({"seeds": [3, 5], "ari": [0.5, 0.7]})
    line = next(x for x in _brief({"stability": table}).splitlines() if "Stability" in x)
    assert "refitted with 5 random seeds" in line and "averaged 0.70" in line


def _events_tables(published: list[str]) -> dict:
    articles = pd.DataFrame(
        {
            "article_id": ["a1", "a2"],
            "source_file": ["news.txt", "news.txt"],
            "line_start": [1, 20],
            "title": ["One", "Two"],
            "outlet": ["", ""],
            "published": published,
        }
    )
    events = pd.DataFrame(
        {
            "event_id": ["e1", "e2"],
            "cameo_code": ["042", "042"],
            "label": ["Make a visit", "Make a visit"],
            "actor_1": ["Norway", "Chile"],
            "actor_2": ["Afghanistan", "Afghanistan"],
            "place": ["", ""],
            "date": ["", ""],
            "source_file": ["news.txt", "news.txt"],
            "line": [3, 22],
            "quote": ["An envoy of Norway visited.", "An envoy of Chile visited."],
        }
    )
    return {"articles": articles, "events": events}


def test_undated_events_in_dated_articles_do_not_blame_the_articles() -> None:
    md = _brief(_events_tables(["2024-02-01", "2024-02-03"]))
    assert "2 events have no date (the text names no date for them)" in md
    assert "publication date" not in md.split("### Timeline")[1].split("##")[0]


def test_undated_events_in_undated_articles_say_so_and_mixed_counts_split() -> None:
    md = _brief(_events_tables(["", ""]))
    assert "their articles carry no publication date and the text names none" in md
    md = _brief(_events_tables(["", "2024-02-03"]))
    assert "2 events have no date: for 1 of them the article carries no publication date" in md
    one = _events_tables(["", ""])
    one["events"] = one["events"].head(1)
    assert "1 event has no date (its article carries no publication date" in _brief(one)


# -- 3. theme sections use the cluster's own theme and matching examples ---------------------


def _theme_tables() -> dict:
    texts = [
        "*Dana Obi is a correspondent who writes about regional diplomacy.*",
        "The two foreign ministers met in the capital to discuss a transit agreement.",
        "Rights monitors said dozens of teachers were barred from their schools last month.",
        "Prices of flour rose again in the eastern markets, traders told reporters.",
        "Bus fares between the two provinces doubled after the fuel tax was raised.",
    ]
    paragraphs = pd.DataFrame(
        {
            "paragraph_id": [f"p{i}" for i in range(5)],
            "article_id": ["a1"] * 5,
            "source_file": ["d.txt"] * 5,
            "line": [1, 3, 5, 7, 9],
            "text": texts,
            "cluster": [0, 0, 0, 1, 1],
            "theme": ["diplomacy", "diplomacy", "rights", "migration", "rights"],
            "theme_score": [0.9, 0.4, 0.8, 0.2, 0.3],
        }
    )
    clusters = pd.DataFrame(
        {
            "cluster": [0, 1],
            "name": ["diplomacy", "prices, fares"],
            "theme": ["diplomacy", "other"],
            "size": [3, 2],
            "top_terms": ["ministers, diplomacy", "prices, fares"],
        }
    )
    # the representatives table as the theme stage ranks it (nearest the centre: score)
    candidates = paragraphs.assign(
        theme=paragraphs["cluster"].map({0: "diplomacy", 1: "other"}),
        rank=1,
        distance=1.0 - paragraphs["theme_score"],
    )
    own = dict(zip(paragraphs["paragraph_id"], paragraphs["theme"], strict=True))
    reps = rank_examples(candidates, own, {0: ["ministers"], 1: ["prices"]}, 3)
    return {"paragraphs": paragraphs, "clusters": clusters, "representatives": reps}


def test_theme_sections_follow_the_clusters_table_and_quote_only_own_theme() -> None:
    md = _brief(_theme_tables())
    themes = md.split("## What each theme covers")[1].split("## Actors")[0]
    assert "### diplomacy, cluster 0\n" in themes
    assert "### other, cluster 1 (prices, fares)" in themes
    assert "### migration" not in themes and "### rights" not in themes
    diplomacy = themes.split("### diplomacy, cluster 0")[1].split("###")[0]
    # the rights paragraph of the diplomacy cluster is not quoted as diplomacy
    assert "teachers" not in diplomacy
    assert "2 of them with diplomacy as their own theme" in diplomacy
    # real sentences before an author's bio line
    quotes = [x for x in diplomacy.splitlines() if x.startswith("- ")]
    assert "foreign ministers" in quotes[0] and "Obi" in quotes[1]
    other = themes.split("### other, cluster 1")[1]
    assert "No paragraph of this group has other as its own theme" in other
    assert "- migration: “Prices of flour" in other or "- rights: “Bus fares" in other
    # the headline example of diplomacy is the sentence, not the bio
    head = _headline(md)
    assert "diplomacy 40% (e.g. `d.txt:3`)" in head


def test_is_aside_and_rank_examples() -> None:
    assert is_aside("_Photo: a convoy of buses near the border crossing._")
    assert is_aside("**Editor's note:** An earlier version misspelled a name.")
    assert is_aside("Tuesday, 4 March")
    assert not is_aside("Several hundred families reached the border town late on Tuesday.")
    c = pd.DataFrame(
        {
            "cluster": [0, 0],
            "theme": ["migration", "migration"],
            "paragraph_id": ["x", "y"],
            "distance": [0.2, 0.1],
            "text": ["Trucks queued at the crossing for a week, drivers said on Monday."] * 2,
        }
    )
    own = {"x": "migration", "y": "migration"}
    assert rank_examples(c, own, {}, 2)["paragraph_id"].tolist() == ["y", "x"]


# -- 4. grammar -----------------------------------------------------------------------------


def test_plural_filter() -> None:
    assert plural(1, "paragraph") == "1 paragraph"
    assert plural(2, "paragraph") == "2 paragraphs"
    assert plural(3, "country") == "3 countries"
    assert plural(2, "day") == "2 days"
    assert plural(2, "analysis", "analyses") == "2 analyses"
    assert plural(2, "article", show=False) == "articles"


def test_brief_has_no_plural_placeholders_or_one_plurals() -> None:
    tables = {**_theme_tables(), **_events_tables(["2024-02-01", ""])}
    tables["events"] = tables["events"].head(1)
    md = _brief(tables)
    assert "(s)" not in md
    assert "1 events" not in md and "1 paragraphs" not in md and "1 articles" not in md
    assert "1 event has no date" in md
    assert "from 1 file;" in md


# -- 5. citations: wording true of text dumps and tabular records ----------------------------


def test_citation_wording_covers_records() -> None:
    intro = _brief({}).split("## Headline findings")[0]
    assert "the paragraph that starts at that line" not in intro
    assert "the paragraph, or the record that holds it" in intro


def test_a_quoted_sentence_that_opens_with_a_quotation_gets_no_second_pair() -> None:
    from afgresearch.brief.write import _quote

    assert _quote("The envoy arrived on Monday.") == "“The envoy arrived on Monday.”"
    assert _quote("“We will go,” the minister told reporters on Friday.") == (
        "“We will go,” the minister told reporters on Friday."
    )
    assert _quote('"No," she said.') == '"No," she said.'
    assert _quote("«Non», a-t-il dit, " + "mot " * 30, limit=40).endswith("…")

"""Rates from the claims' ``rate_per`` column rank after totals in the brief's returns."""

from __future__ import annotations

import pandas as pd

from afgresearch.brief import build_context
from afgresearch.extract import flag_claims


def _claim(i: int, value: float, rate_per: str) -> dict:
    return {
        "claim_id": f"c{i}", "paragraph_id": f"p{i}", "source_file": "feed.txt",
        "line": 10 + i, "quote": f"Invented sentence {i}.", "value": value,
        "qualifier": "exact", "unit": "Afghans", "topic": "returns_deportations",
        "period": "", "attributed_to": "IOM", "repeat_of": "", "measure": "",
        "kind": "rate" if rate_per else "count", "rate": "per day" if rate_per else "",
        "rate_per": rate_per,
    }  # fmt: skip


def test_a_rate_is_never_ranked_as_the_largest_total():
    claims = pd.DataFrame([_claim(1, 30_000, "day"), _claim(2, 20_000, "")])
    # the evidence stage flags the rate (is_rate) from rate_per; the brief ranks by the flag
    returns = build_context({"claims": flag_claims(claims)})["claims"]["returns"]
    assert [r["value"] for r in returns] == [20_000.0, 30_000.0]
    claims["rate_per"] = ""
    returns = build_context({"claims": flag_claims(claims)})["claims"]["returns"]
    assert [r["value"] for r in returns] == [30_000.0, 20_000.0]


def test_the_brief_states_a_rate_with_its_window():
    from afgresearch.brief.write import render_markdown

    rate = _claim(1, 30_000, "day") | {"period": "since April"}
    md = render_markdown(build_context({"claims": flag_claims(pd.DataFrame([rate]))}))
    table = md.split("## Key figures")[1].split("\n## ")[0]
    assert "| per day, since April | IOM |" in table
    assert "Afghans, per day, since April, according to IOM" in md

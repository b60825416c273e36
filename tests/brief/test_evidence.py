"""The evidence sections: which figures lead, which disagreements are shown, event order."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from afgresearch.brief import verify_citations, write_brief
from afgresearch.brief.context import build_context
from afgresearch.brief.events import event_priority
from afgresearch.extract import claim_disagreements, extract_claims, flag_claims
from afgresearch.extract.flags import as_stated, is_vague
from afgresearch.schema import TABLES, conform
from afgresearch.themes.examples import rank_examples

TEXTS = [
    "The ministry said 40,000 Syrians were deported in the past three weeks.",
    "In the past three weeks, at least nine people were killed and 30 were injured, police said.",
    "According to the IOM, over 65,000 Syrians were returned over the past 3 weeks.",
    "Thousands of families crossed the border.",
    "Visas were cut from three or six months to one month.",
    "The chamber of commerce said trade stands at 600 million dollars.",
]


def corpus(tmp_path: Path) -> tuple[dict[str, pd.DataFrame], Path]:
    """A corpus file with one paragraph per line, and its paragraphs and claims tables."""
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "news.txt").write_text("\n".join(TEXTS) + "\n", encoding="utf-8")
    paragraphs = pd.DataFrame(
        {
            "paragraph_id": [f"a{i}-p1" for i in range(len(TEXTS))],
            "article_id": [f"a{i}" for i in range(len(TEXTS))],
            "source_file": ["news.txt"] * len(TEXTS),
            "line": list(range(1, len(TEXTS) + 1)),
            "text": TEXTS,
        }
    )
    claims = flag_claims(extract_claims(paragraphs))
    tables = {
        "paragraphs": conform(paragraphs, TABLES["paragraphs"]),
        "claims": claims,
        "disagreements": flag_claims(claim_disagreements(claims, paragraphs=paragraphs)),
    }
    return tables, root


def test_only_different_sources_on_one_measure_disagree(tmp_path: Path) -> None:
    tables, root = corpus(tmp_path)
    ctx = build_context(tables, corpus_root=root)
    assert [d["measure"] for d in ctx["disagreements"]] == [
        "returns_deportations|people|return|past 3 weeks"
    ]
    d = ctx["disagreements"][0]
    assert sorted(r["value"] for r in d["claims"]) == [40_000.0, 65_000.0]
    assert d["words"]["what"] == "people returned or deported"
    md, _ = write_brief(tables, tmp_path / "out", corpus_root=root, strict=True)
    text = md.read_text(encoding="utf-8")
    section = text.split("## Where sources disagree")[1].split("\n## ")[0]
    # the figures as their sources state them
    assert "from 40,000 to over 65,000" in section
    assert "3 to 6" not in section and "from 9 to 30" not in section
    assert verify_citations(text, root) == []


def test_key_figures_lead_with_named_counts_and_keep_vague_words(tmp_path: Path) -> None:
    tables, root = corpus(tmp_path)
    main = build_context(tables, corpus_root=root)["claims"]["main"]
    values = [r["value"] for r in main]
    # named counts on returns first; vague amounts and durations last
    assert values[:2] == [65_000.0, 40_000.0]
    tail = main[-4:]  # 'Thousands', then the visa durations: three, six and one month
    assert {r["as_stated"] for r in tail if r["vague"]} >= {"Thousands"}
    assert all(r["vague"] or r["duration"] for r in tail)
    md, _ = write_brief(tables, tmp_path / "out", corpus_root=root, strict=True)
    figures = md.read_text(encoding="utf-8").split("## Key figures")[1].split("\n## ")[0]
    assert "| Thousands |" in figures and "1,000" not in figures


def test_figures_are_kept_as_stated_and_vague_amounts_flagged() -> None:
    assert as_stated("Tens of thousands of refugees left.", 10_000.0) == "Tens of thousands"
    assert is_vague("Tens of thousands of refugees left.", 10_000.0)
    assert as_stated("Dozens of people were held.", 12.0) == "Dozens"
    assert as_stated("At least 1,000 people were held.", 1_000.0) == "At least 1,000"
    assert not is_vague("At least 1,000 people were held.", 1_000.0)
    assert as_stated("more than 5.097 million Afghan citizens", 5_097_000.0) == (
        "more than 5.097 million"
    )
    assert as_stated("", None) == "" and as_stated("No figure here.", 3.0) == ""


def test_timeline_puts_statements_after_visits_and_expulsions() -> None:
    assert event_priority("042") < event_priority("036") < event_priority("057")
    assert event_priority("057") < event_priority("174") < event_priority("111")
    rows = [
        ("e1", "111", "Criticize or denounce", "A", "", ""),
        ("e2", "174", "Expel or deport individuals", "B", "C", ""),
        ("e3", "042", "Make a visit", "D", "E", ""),
        ("e4", "051", "Praise or endorse", "F", "G", "2024-03-01"),
        ("e5", "040", "Consult", "H", "I", "2024-02-01"),
    ]
    events = pd.DataFrame(
        [
            {"event_id": i, "cameo_code": c, "label": lab, "actor_1": a, "actor_2": b,
             "place": "", "date": d, "source_file": "f.txt", "line": n + 1, "quote": "q"}
            for n, (i, c, lab, a, b, d) in enumerate(rows)
        ]
    )  # fmt: skip
    ctx = build_context({"events": conform(events, TABLES["events"])})
    assert [r["event_id"] for r in ctx["events"]["rows"]] == ["e5", "e4", "e3", "e2", "e1"]
    # headline: dated diplomatic events naming both parties; praise is not one
    assert [r["event_id"] for r in ctx["events"]["diplomatic"]] == ["e5"]


def test_representative_examples_prefer_reported_text_with_the_groups_terms() -> None:
    paras = pd.DataFrame(
        {
            "cluster": [0, 0, 0],
            "theme": ["migration"] * 3,
            "paragraph_id": ["p1", "p2", "p3"],
            "distance": [0.01, 0.5, 0.6],
            "text": [
                "“We will never accept this,” the senator said about the visa cuts.",
                "The weather was mild in the capital this week, officials noted.",
                "Visa renewals for refugees were suspended, leaving migrants in limbo.",
            ],
        }
    )
    own = dict.fromkeys(["p1", "p2", "p3"], "migration")
    ranked = rank_examples(paras, own, {0: ["visa", "refugees", "migrants"]}, 3)
    assert ranked["paragraph_id"].tolist() == ["p3", "p2", "p1"]
    assert ranked["rank"].tolist() == [1, 2, 3]

"""Hand-made run tables for the seed corpus: paragraphs split naively, claims, actors and events
found by simple patterns (independent of the extraction modules)."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pandas as pd

from afgresearch.extract import claim_disagreements, flag_claims
from afgresearch.schema import TABLES, conform

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def split_paragraphs(root: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Articles = whole files, paragraphs = non-blank lines longer than 80 characters."""
    articles, paragraphs = [], []
    for path in sorted(root.glob("*.txt")):
        lines = path.read_text(encoding="utf-8").split("\n")
        art = hashlib.sha1(path.name.encode()).hexdigest()[:10]
        start = next((i for i, x in enumerate(lines, start=1) if x.strip()), 1)
        title = lines[start - 1].strip()
        articles.append(
            {
                "article_id": art,
                "source_file": path.name,
                "line_start": start,
                "line_end": len(lines),
                "title": title,
                "outlet": "",
                "published": "",
                "text": "\n".join(lines),
            }
        )
        for number, text in enumerate(lines, start=1):
            if len(text.strip()) > 80:
                paragraphs.append(
                    {
                        "paragraph_id": f"{art}-{number}",
                        "article_id": art,
                        "source_file": path.name,
                        "line": number,
                        "text": text.strip(),
                    }
                )
    return (
        conform(pd.DataFrame(articles), TABLES["articles"]),
        conform(pd.DataFrame(paragraphs), TABLES["paragraphs"]),
    )


def themed(paragraphs: pd.DataFrame) -> pd.DataFrame:
    """Assign themes by keywords (a stand-in for the theme model)."""

    def theme(text: str) -> str:
        low = text.lower()
        if any(w in low for w in ("deport", "return", "refugee", "migrant")):
            return "migration"
        if any(w in low for w in ("women", "girls", "rights")):
            return "rights"
        if any(w in low for w in ("minister", "envoy", "talks", "visit")):
            return "diplomacy"
        return "other"

    themes = paragraphs["text"].map(theme)
    codes = {t: i for i, t in enumerate(sorted(themes.unique()))}
    return paragraphs.assign(
        cluster=themes.map(codes).astype("int64"),
        theme=themes,
        theme_score=paragraphs["text"].str.len().astype(float) / 1000.0,
    )


NUMBER = re.compile(r"\b\d{1,3}(?:,\d{3})+\b|\b\d+(?:\.\d+)?\b")
ACTORS = {
    "Pakistan": "country",
    "Afghanistan": "country",
    "Iran": "country",
    "UNHCR": "organisation",
    "Taliban": "armed group",
}


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", text) if s]


def hand_claims(paragraphs: pd.DataFrame) -> pd.DataFrame:
    """One claim per number in a paragraph; the quote is the sentence holding it."""
    rows = []
    for p in paragraphs.itertuples(index=False):
        for n, sentence in enumerate(sentences(p.text)):
            for k, m in enumerate(NUMBER.finditer(sentence)):
                low = sentence.lower()
                topic = "returns_deportations" if ("deport" in low or "return" in low) else "other"
                window = re.search(r"(?:in|over)\s+(?:just\s+)?the\s+past\s+two\s+months", low)
                period = "past 2 months" if window else ""
                source = next((s for s in ("UNHCR", "ministry") if s in sentence), "")
                verb = "return" if topic == "returns_deportations" else ""
                rows.append(
                    {
                        "claim_id": f"{p.paragraph_id}-{n}-{m.start()}-{k}",
                        "paragraph_id": p.paragraph_id,
                        "source_file": p.source_file,
                        "line": p.line,
                        "quote": sentence,
                        "value": float(m.group().replace(",", "")),
                        "qualifier": "exact",
                        "unit": "people",
                        "topic": topic,
                        "period": window.group(0) if window else "",
                        "attributed_to": source,
                        "repeat_of": "",
                        "measure": f"{topic}|people|{verb}|{period}",
                    }
                )
    return conform(pd.DataFrame(rows), TABLES["claims"])


def hand_mentions(paragraphs: pd.DataFrame) -> pd.DataFrame:
    rows = [
        {
            "actor": a,
            "type": t,
            "paragraph_id": p.paragraph_id,
            "article_id": p.article_id,
            "source_file": p.source_file,
            "line": p.line,
            "matched": a,
        }
        for p in paragraphs.itertuples(index=False)
        for a, t in ACTORS.items()
        if a in p.text
    ]
    return conform(pd.DataFrame(rows), TABLES["mentions"])


def hand_co_mentions(mentions: pd.DataFrame) -> pd.DataFrame:
    pairs: dict[tuple[str, str], int] = {}
    for _, group in mentions.groupby("paragraph_id"):
        names = sorted(set(group["actor"]))
        for i, a in enumerate(names):
            for b in names[i + 1 :]:
                pairs[(a, b)] = pairs.get((a, b), 0) + 1
    rows = [{"actor_1": a, "actor_2": b, "paragraphs": n} for (a, b), n in sorted(pairs.items())]
    return conform(pd.DataFrame(rows), TABLES["co_mentions"])


def hand_events(paragraphs: pd.DataFrame) -> pd.DataFrame:
    rows = []
    for p in paragraphs.itertuples(index=False):
        for sentence in sentences(p.text):
            if re.search(r"\b(met|meets|visited)\b", sentence):
                year = re.search(r"\b(20\d\d)\b", sentence)
                rows.append(
                    {
                        "event_id": f"e{len(rows)}",
                        "cameo_code": "040",
                        "label": "Consult",
                        "actor_1": "Pakistan" if "Pakistan" in sentence else "",
                        "actor_2": "",
                        "place": "Kabul" if "Kabul" in sentence else "",
                        "date": year.group(1) if year else "",
                        "source_file": p.source_file,
                        "line": p.line,
                        "quote": sentence,
                    }
                )
    return conform(pd.DataFrame(rows), TABLES["events"])


def hand_representatives(paragraphs: pd.DataFrame, n: int = 3) -> pd.DataFrame:
    """The first ``n`` paragraphs of each cluster, in file order, as its representatives."""
    rows = paragraphs.sort_values(["cluster", "source_file", "line"], kind="stable")
    rows = rows.groupby("cluster").head(n)
    reps = rows.assign(
        name=rows["theme"], rank=rows.groupby("cluster").cumcount() + 1, distance=0.0
    )
    return conform(reps, TABLES["representatives"])


def article_shares(paragraphs: pd.DataFrame) -> pd.DataFrame:
    counts = paragraphs.groupby(["article_id", "theme"]).size().rename("n").reset_index()
    counts["share"] = counts["n"] / counts.groupby("article_id")["n"].transform("sum")
    return conform(counts.drop(columns="n"), TABLES["article_themes"])


def build_seed_tables(root: Path = SEEDS) -> dict[str, pd.DataFrame]:
    articles, paragraphs = split_paragraphs(root)
    paragraphs = themed(paragraphs)
    mentions = hand_mentions(paragraphs)
    terms = [
        {"cluster": int(c), "theme": t, "rank": r + 1, "term": w, "weight": 1.0 / (r + 1)}
        for c, t in sorted(set(zip(paragraphs["cluster"], paragraphs["theme"], strict=True)))
        for r, w in enumerate(("afghan", "pakistan", t))
    ]
    claims = flag_claims(hand_claims(paragraphs))
    return {
        "articles": articles,
        "paragraphs": paragraphs,
        "claims": claims,
        "disagreements": flag_claims(claim_disagreements(claims, paragraphs=paragraphs)),
        "representatives": hand_representatives(paragraphs),
        "mentions": mentions,
        "actors": conform(
            pd.DataFrame(
                {
                    "actor": list(ACTORS),
                    "type": list(ACTORS.values()),
                    "aliases": [""] * len(ACTORS),
                }
            ),
            TABLES["actors"],
        ),
        "co_mentions": hand_co_mentions(mentions),
        "events": hand_events(paragraphs),
        "rejects": conform(
            pd.DataFrame({"source_file": ["broken.bin"], "reason": ["binary file"]}),
            TABLES["rejects"],
        ),
        "article_themes": article_shares(paragraphs),
        "theme_terms": conform(pd.DataFrame(terms), TABLES["theme_terms"]),
    }

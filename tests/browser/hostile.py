"""A corpus and run tables full of hostile text, for the browser proof."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from afgresearch.extract import flag_claims
from afgresearch.schema import TABLES, conform

BEACON = "http://127.0.0.1:9"

#: payloads that would run script, navigate or load something if they reached the page as HTML
PAYLOADS: tuple[str, ...] = (
    "<script>window.__pwned = 1; document.title = 'pwned'</script>",
    f'<img src="{BEACON}/img.png" onerror="window.__pwned = 2">',
    "[click here](javascript:window.__pwned=3) and [data](data:text/html,<b>x</b>)",
    f'<iframe src="{BEACON}/frame"></iframe> <svg onload="window.__pwned = 4"></svg>',
    f'<link rel="stylesheet" href="{BEACON}/x.css"> <meta http-equiv="refresh" content="0;url={BEACON}/">',
    f"<style>@import url({BEACON}/y.css); body {{ background: url({BEACON}/z.png) }}</style>",
    "&lt;b&gt;entity&lt;/b&gt; &amp;amp; &#x3C;script&#x3E; *not bold* | not a cell",
    f"![tracker]({BEACON}/pixel.gif) <{BEACON}/autolink> [x][ref]",
    f"[ref]: {BEACON}/ref",
    f'<a href="{BEACON}/a" onclick="window.__pwned = 5">link</a> <base href="{BEACON}/">',
)


def build(root: Path) -> tuple[Path, dict[str, pd.DataFrame]]:
    """Write a corpus file holding every payload and return (corpus folder, run tables).

    Each payload sits on its own line (1-based line ``2 * i + 1``), so every citation resolves.
    """
    corpus = root / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    name = "hostile <b>.txt"
    (corpus / name).write_text("\n\n".join(PAYLOADS) + "\n", encoding="utf-8")
    lines = {p: 2 * i + 1 for i, p in enumerate(PAYLOADS)}
    first = PAYLOADS[0]
    articles = pd.DataFrame(
        {
            "article_id": ["a1"],
            "source_file": [name],
            "line_start": [1],
            "line_end": [len(lines) * 2],
            "title": [first],
            "outlet": [PAYLOADS[1]],
            "published": ["2025-01-01"],
            "text": ["x"],
        }
    )
    paragraphs = pd.DataFrame(
        {
            "paragraph_id": [f"p{i}" for i in range(len(PAYLOADS))],
            "article_id": ["a1"] * len(PAYLOADS),
            "source_file": [name] * len(PAYLOADS),
            "line": list(lines.values()),
            "text": list(PAYLOADS),
            "cluster": [i % 2 for i in range(len(PAYLOADS))],
            "theme": ["migration" if i % 2 else PAYLOADS[2] for i in range(len(PAYLOADS))],
            "theme_score": [1.0 - i / 100 for i in range(len(PAYLOADS))],
        }
    )
    claims = pd.DataFrame(
        [
            {
                "claim_id": f"c{i}",
                "paragraph_id": f"p{i}",
                "source_file": name,
                "line": lines[p],
                "quote": p,
                "value": float(i + 1) * 1000,
                "qualifier": "about",
                "unit": PAYLOADS[3],
                "topic": "returns_deportations",
                "period": PAYLOADS[4],
                "attributed_to": PAYLOADS[5],
                "repeat_of": "",
                "measure": PAYLOADS[6],
            }
            for i, p in enumerate(PAYLOADS)
        ]
    )
    mentions = pd.DataFrame(
        [
            {
                "actor": PAYLOADS[7],
                "type": "person",
                "paragraph_id": f"p{i}",
                "article_id": "a1",
                "source_file": name,
                "line": lines[p],
                "matched": p[:20],
            }
            for i, p in enumerate(PAYLOADS)
        ]
    )
    events = pd.DataFrame(
        [
            {
                "event_id": f"e{i}",
                "cameo_code": "040",
                "label": PAYLOADS[8],
                "actor_1": PAYLOADS[9],
                "actor_2": "",
                "place": PAYLOADS[0],
                "date": "2025-01-02",
                "source_file": name,
                "line": lines[p],
                "quote": p,
            }
            for i, p in enumerate(PAYLOADS)
        ]
    )
    tables = {
        "articles": conform(articles, TABLES["articles"]),
        "paragraphs": paragraphs,
        "claims": flag_claims(conform(claims, TABLES["claims"])),
        "disagreements": flag_claims(
            conform(claims.head(2), TABLES["claims"]).assign(n_values=2, n_sources=2)
        ),
        "representatives": conform(
            paragraphs.assign(name=PAYLOADS[5], rank=1, distance=0.0), TABLES["representatives"]
        ),
        "clusters": conform(
            pd.DataFrame(
                {
                    "cluster": [0, 1],
                    "name": [PAYLOADS[4], PAYLOADS[6]],
                    "theme": ["migration"] * 2,
                    "size": [5, 5],
                    "top_terms": [PAYLOADS[3], PAYLOADS[7]],
                }
            ),
            TABLES["clusters"],
        ),
        "mentions": conform(mentions, TABLES["mentions"]),
        "actors": conform(
            pd.DataFrame({"actor": [PAYLOADS[7]], "type": ["person"], "aliases": [""]}),
            TABLES["actors"],
        ),
        "co_mentions": conform(
            pd.DataFrame({"actor_1": [PAYLOADS[7]], "actor_2": [PAYLOADS[9]], "paragraphs": [1]}),
            TABLES["co_mentions"],
        ),
        "events": conform(events, TABLES["events"]),
        "rejects": conform(
            pd.DataFrame({"source_file": [PAYLOADS[1]], "reason": [PAYLOADS[0]]}), TABLES["rejects"]
        ),
        "theme_terms": conform(
            pd.DataFrame(
                {
                    "cluster": [0],
                    "theme": ["x"],
                    "rank": [1],
                    "term": [PAYLOADS[3]],
                    "weight": [1.0],
                }
            ),
            TABLES["theme_terms"],
        ),
    }
    return corpus, tables

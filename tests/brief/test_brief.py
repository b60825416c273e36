"""The written brief: content, citations, determinism, previous-run comparison, bad input."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pandas as pd
import pytest
from brief_tables import SEEDS
from verbatim import assert_figures_verbatim, source_lines

from afgresearch.brief import (
    BriefTableError,
    CitationCheckError,
    PreviousRunError,
    find_citations,
    render_html,
    verify_citations,
    write_brief,
)
from afgresearch.extract import flag_claims
from afgresearch.schema import TABLES, empty_table

SECTIONS = [
    "## Headline findings",
    "## Key figures",
    "## What each theme covers",
    "## Actors and events",
    "## Where sources disagree",
    "## Rejected inputs",
    "## Method and limits",
    "## Sources",
]


@pytest.fixture(scope="module")
def seed_brief(tmp_path_factory: pytest.TempPathFactory, seed_tables) -> str:
    out = tmp_path_factory.mktemp("brief")
    params = {"k": 4, "title": "Afghanistan <b>returns</b>"}
    md, html = write_brief(seed_tables, out, params=params, corpus_root=SEEDS, strict=True)
    assert "<title>Afghanistan &lt;b&gt;returns&lt;/b&gt;</title>" in html.read_text()
    assert html.exists()
    return md.read_text(encoding="utf-8")


def test_seed_brief_has_every_section_in_order(seed_brief: str) -> None:
    assert seed_brief.startswith("# Afghanistan \\<b\\>returns\\</b\\>\n")
    positions = [seed_brief.index(s) for s in SECTIONS]
    assert positions == sorted(positions)
    assert "## Since the previous run" not in seed_brief


def test_seed_brief_citations_all_resolve_and_quotes_are_verbatim(seed_brief: str) -> None:
    cited = find_citations(seed_brief)
    assert len(cited) > 50
    assert sum(c.quote is not None for c in cited) > 30
    assert {c.path for c in cited} == {p.name for p in SEEDS.glob("*.txt")}
    assert verify_citations(seed_brief, SEEDS) == []


def test_seed_brief_figures_are_quoted_as_their_sources_write_them(seed_brief: str) -> None:
    assert assert_figures_verbatim(seed_brief, source_lines(SEEDS)) > 10


def test_every_finding_and_table_row_cites(seed_brief: str) -> None:
    head = seed_brief.split("## Headline findings")[1].split("## Key figures")[0]
    for line in head.strip().splitlines():
        if "could not be used" not in line:
            assert find_citations(line), line
    for section in ("## Key figures", "## Where sources disagree", "## Sources"):
        body = seed_brief.split(section)[1].split("\n## ")[0]
        rows = [
            x
            for x in body.splitlines()
            if x.startswith("| ") and not x.startswith("| Value") and not x.startswith("| Article")
        ]
        assert rows or section == "## Where sources disagree"
        assert all(find_citations(r) for r in rows)


def test_brief_reports_rejects_and_the_corpus(seed_brief: str, seed_tables) -> None:
    assert "| broken.bin | binary file |" in seed_brief
    n = len(seed_tables["articles"])
    assert (
        f"Corpus: {n} articles with {len(seed_tables['paragraphs'])} body paragraphs" in seed_brief
    )


def test_brief_reports_the_lines_each_text_dump_dropped(tmp_path: Path, seed_tables) -> None:
    import afgresearch

    summary = afgresearch.load_corpus(SEEDS).line_summary()
    md, _ = write_brief({**seed_tables, "line_summary": summary}, tmp_path, corpus_root=SEEDS)
    text = md.read_text(encoding="utf-8")
    section = text.split("## Lines read", 1)[1].split("\n## ", 1)[0]
    first = summary.iloc[0]
    escaped = first["source_file"].replace("_", "\\_")
    row = (
        f"| {escaped} | {first['lines']} | {first['body']} | {first['headline']} | "
        f"{first['metadata']} | {first['boilerplate']} | {first['dropped_share']:.0%} |"
    )
    assert row in section
    assert section.count("\n| ") == len(summary) + 1  # header row and one row per file
    bare, _ = write_brief(seed_tables, tmp_path / "bare", corpus_root=SEEDS)
    assert "No text dump was read" in bare.read_text(encoding="utf-8")


def test_brief_is_deterministic_and_has_no_paths_or_times(tmp_path: Path, seed_tables) -> None:
    a = write_brief(seed_tables, tmp_path / "a", corpus_root=SEEDS)
    b = write_brief(dict(reversed(list(seed_tables.items()))), tmp_path / "b", corpus_root=SEEDS)
    assert a[0].read_bytes() == b[0].read_bytes()
    assert a[1].read_bytes() == b[1].read_bytes()
    text = a[0].read_text()
    assert str(tmp_path) not in text and str(SEEDS) not in text
    assert not re.search(r"\b\d{2}:\d{2}:\d{2}\b", text)


def test_absolute_source_paths_are_shown_relative(tmp_path: Path, seed_tables) -> None:
    tables = {k: v.copy() for k, v in seed_tables.items()}
    for name in ("articles", "paragraphs", "claims", "mentions", "events"):
        tables[name]["source_file"] = tables[name]["source_file"].map(lambda f: str(SEEDS / f))
    md, _ = write_brief(tables, tmp_path, corpus_root=SEEDS, strict=True)
    assert str(SEEDS) not in md.read_text()


def test_empty_run_gives_a_complete_brief(tmp_path: Path) -> None:
    md, html = write_brief({n: empty_table(n) for n in TABLES}, tmp_path)
    text = md.read_text()
    assert all(s in text for s in SECTIONS)
    assert "No usable articles" in text and "No numeric claims were found." in text
    assert "Content-Security-Policy" in html.read_text()


def write_run(folder: Path, tables: dict[str, pd.DataFrame]) -> Path:
    (folder / "tables").mkdir(parents=True)
    for name, frame in tables.items():
        frame.to_csv(folder / "tables" / f"{name}.csv", index=False)
    return folder


def test_since_previous_run(tmp_path: Path, seed_tables) -> None:
    before = {k: v.copy() for k, v in seed_tables.items()}
    dropped = sorted(before["articles"]["source_file"])[-1]
    for name in ("articles", "paragraphs", "claims"):
        before[name] = before[name][before[name]["source_file"] != dropped]
    before["paragraphs"] = before["paragraphs"].assign(theme="migration")
    previous = write_run(tmp_path / "run1", before)
    md, _ = write_brief(
        seed_tables, tmp_path / "run2", previous_run_dir=previous, corpus_root=SEEDS, strict=True
    )
    text = md.read_text()
    since = text.split("## Since the previous run")[1].split("\n## ")[0]
    n_new_claims = int((seed_tables["claims"]["source_file"] == dropped).sum())
    assert "- Articles: 1 new, 0 no longer present (previous run: 4)." in since
    assert f"- Claims: {n_new_claims} new" in since
    assert f"`{dropped}:" in since
    assert "| migration | 100% |" in since


def test_previous_run_errors_are_clear(tmp_path: Path) -> None:
    with pytest.raises(PreviousRunError, match="does not exist"):
        write_brief({}, tmp_path / "out", previous_run_dir=tmp_path / "nope")
    (tmp_path / "empty").mkdir()
    with pytest.raises(PreviousRunError, match="holds none of the tables"):
        write_brief({}, tmp_path / "out", previous_run_dir=tmp_path / "empty")


def test_bad_tables_are_refused_by_name(tmp_path: Path) -> None:
    with pytest.raises(BriefTableError, match="'claims' lacks column"):
        write_brief({"claims": pd.DataFrame({"value": [1.0]})}, tmp_path)
    with pytest.raises(BriefTableError, match="'events' must be a pandas DataFrame"):
        write_brief({"events": "not a table"}, tmp_path)


def test_strict_mode_raises_on_a_citation_that_does_not_check(tmp_path: Path, seed_tables) -> None:
    tables = {k: v.copy() for k, v in seed_tables.items()}
    tables["claims"]["line"] = tables["claims"]["line"] + 1000
    with pytest.raises(CitationCheckError, match="does not exist"):
        write_brief(tables, tmp_path, corpus_root=SEEDS, strict=True)


def test_hostile_text_is_inert_in_markdown_and_html(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    hostile = (
        'Evil <script>alert(1)</script> said 5,000 | people <img src=x onerror="alert(2)"> '
        "[go](javascript:alert(3)) &amp; *bold*"
    )
    shutil.copy(SEEDS / "000_80ff25dce704ba91.txt", corpus / "seed.txt")
    (corpus / "bad.txt").write_text(f"# {hostile}\n\n{hostile}\n", encoding="utf-8")
    claims = empty_table("claims")
    claims.loc[0] = [
        "c1",
        "p1",
        "bad.txt",
        3,
        hostile,
        5000.0,
        "exact",
        "people | <b>",
        "returns_deportations",
        "<i>2025</i>",
        "[x](javascript:y)",
        "",
        "m",
        "count",
        "",
        "",
    ]
    claims.loc[1] = [
        "c2",
        "p1",
        "bad.txt",
        3,
        "5,000",
        5.0,
        "exact",
        "people",
        "returns_deportations",
        "",
        "",
        "",
        "m",
        "count",
        "",
        "",
    ]
    claims = flag_claims(claims)
    md, html = write_brief({"claims": claims}, tmp_path / "out", corpus_root=corpus, strict=True)
    page = html.read_text()
    assert "<script" not in page.replace('<meta http-equiv="Content-Security-Policy"', "")
    assert "<img" not in page and "<i>" not in page and "<b>" not in page
    assert "javascript:" not in re.sub(r">[^<]*<", "><", page)  # only ever inside text nodes
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&amp;amp;" in page
    assert page.count("<tr>") == 3  # header + 2 claims: the pipe did not split the row
    assert render_html("[ok](https://example.org)").count('href="https://example.org"') == 1


def test_method_reports_stability_and_caps_long_sections(tmp_path: Path, seed_tables) -> None:
    tables = dict(seed_tables, stability=pd.DataFrame({"seeds": [3], "ari": [0.8]}))
    params = {"max_sources": 2, "max_disagreements": 1, "claims_per_disagreement": 2}
    md, _ = write_brief(tables, tmp_path, params=params, corpus_root=SEEDS, strict=True)
    text = md.read_text()
    assert (
        "refitted with 3 random seeds; the adjusted Rand index between each pair of groupings "
        "averaged 0.80" in text
    )
    n = len(seed_tables["articles"])
    assert f"2 of {n} articles listed" in text
    disagree = text.split("## Where sources disagree")[1].split("\n## ")[0]
    assert disagree.count("\n  - ") == 2
    # the seeds' one disagreement: the ministry's 268,000 against UNHCR's 500,000
    assert disagree.count("\n- ") == 1
    assert "from 268,000 to more than 500,000" in disagree and "(2 of 3 claims shown)" in disagree
    assert "measures with differing values shown" not in disagree


def test_untitled_and_undated_sources_can_be_told_apart(tmp_path: Path, seed_tables) -> None:
    articles = seed_tables["articles"].copy()
    articles.loc[0, "title"] = ""
    articles.loc[0, "text"] = "Kabul, 3 May. Officials said the border crossing reopened on Monday."
    articles.loc[1, "published"] = "2025-05-03"
    md, _ = write_brief(
        dict(seed_tables, articles=articles), tmp_path, corpus_root=SEEDS, strict=True
    )
    sources = md.read_text().split("## Sources")[1]
    assert (
        "| *untitled:* Kabul, 3 May. Officials said the border crossing reopened on… |" in sources
    )
    undated = sources.split("### Articles without a date")[1]
    assert f"{len(articles) - 1} articles carry no publication date" in undated
    assert "*untitled:* Kabul, 3 May." in undated and "`Date: 2025-06-21`" in undated
    assert articles.loc[1, "title"] not in undated
    listed = [x for x in undated.splitlines() if x.startswith("- `")]
    assert len(listed) == len(articles) - 1  # one line each


def test_small_corpus_caveat(tmp_path: Path, seed_tables) -> None:
    tables = {k: v.head(20) if k == "paragraphs" else v for k, v in seed_tables.items()}
    md, _ = write_brief(tables, tmp_path, corpus_root=SEEDS, strict=True)
    assert "Small corpus: with fewer than 200 paragraphs" in md.read_text()


@pytest.mark.slow
def test_brief_is_byte_identical_across_processes(tmp_path: Path) -> None:
    import subprocess
    import sys

    here = Path(__file__).parent
    script = (
        "import sys; sys.path.insert(0, sys.argv[2])\n"
        "from pathlib import Path\n"
        "from brief_tables import SEEDS, build_seed_tables\n"
        "from afgresearch.brief import write_brief\n"
        "write_brief(build_seed_tables(), sys.argv[1], params={'k': 4}, corpus_root=SEEDS)\n"
    )
    outs = []
    for seed in ("1", "2"):
        out = tmp_path / seed
        subprocess.run(
            [sys.executable, "-c", script, str(out), str(here)],
            check=True,
            timeout=120,
            env={"PYTHONHASHSEED": seed, "PATH": "/usr/bin:/bin"},
        )
        outs.append(((out / "brief.md").read_bytes(), (out / "brief.html").read_bytes()))
    assert outs[0] == outs[1]


def test_method_reports_the_choice_of_k(tmp_path: Path, seed_tables) -> None:
    ks = pd.DataFrame(
        {
            "k": [2, 3, 4, 5],
            "inertia": [10.0, 9.0, 8.5, 8.0],
            "silhouette": [0.31, 0.42, 0.18, float("nan")],
            "chosen": [False, False, True, False],
            "best_silhouette": [False, True, False, False],  # as k_selection marks it
        }
    )
    md, _ = write_brief(dict(seed_tables, k_selection=ks), tmp_path / "a", corpus_root=SEEDS)
    line = next(x for x in md.read_text().splitlines() if x.startswith("- Choice of k:"))
    # the undefined silhouette at k = 5 is left out of the range
    assert "refitted with 2 to 4 groups" in line
    assert "highest at k = 3 (0.42); this run used k = 4 (0.18)." in line
    assert "groups overlap" not in line
    flat = ks.assign(silhouette=[0.01, 0.02, 0.0, 0.01])
    md, _ = write_brief(dict(seed_tables, k_selection=flat), tmp_path / "b", corpus_root=SEEDS)
    assert "the corpus shows no clear number of groups" in md.read_text()
    md, _ = write_brief(dict(seed_tables), tmp_path / "c", corpus_root=SEEDS)
    assert "Choice of k" not in md.read_text()
    sampled = ks.assign(n_texts=50)
    md, _ = write_brief(dict(seed_tables, k_selection=sampled), tmp_path / "d", corpus_root=SEEDS)
    assert "refitted with 2 to 4 groups on a random sample of 50 paragraphs," in md.read_text()
    md, _ = write_brief(
        dict(seed_tables, k_selection=ks.assign(n_texts=len(seed_tables["paragraphs"]))),
        tmp_path / "e",
        corpus_root=SEEDS,
    )
    assert "random sample" not in md.read_text()

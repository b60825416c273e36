"""The lines table: every non-blank line of a text dump is accounted for, with a reason."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from afgresearch.corpus import lines as L
from afgresearch.corpus import load_corpus, outlets, segment_text
from afgresearch.corpus.linetable import LINE_KINDS, line_summary
from afgresearch.corpus.source import read_source
from afgresearch.schema import LINE_COLUMNS

from .dev_score import score

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "corpus"
FOLDERS = [ROOT / "seeds", DATA / "unseen", DATA / "dev"]


@pytest.fixture(scope="module", params=FOLDERS, ids=lambda p: p.name)
def loaded(request):
    return request.param, load_corpus(request.param)


def _raw(folder: Path, rel: str) -> tuple[str, ...]:
    return read_source(folder / rel, rel).lines


def test_every_non_blank_line_has_one_row(loaded) -> None:
    folder, corpus = loaded
    assert list(corpus.lines.columns) == list(LINE_COLUMNS)
    assert not corpus.lines.duplicated(["source_file", "line"]).any()
    for rel, rows in corpus.lines.groupby("source_file"):
        raw = _raw(folder, rel)
        non_blank = [n for n, s in enumerate(raw, start=1) if s.strip()]
        assert rows["line"].tolist() == non_blank, rel
    assert set(corpus.lines["kind"]) <= set(LINE_KINDS)
    unexplained = corpus.lines[(corpus.lines["kind"] != "body") & (corpus.lines["reason"] == "")]
    assert set(unexplained["kind"]) <= {"headline"}


def test_paragraph_lines_are_body_lines_of_their_article(loaded) -> None:
    _, corpus = loaded
    body = corpus.lines[corpus.lines["kind"] == "body"]
    keys = set(zip(body["source_file"], body["line"], body["article_id"], strict=True))
    for p in corpus.paragraphs.itertuples():
        assert (p.source_file, p.line, p.article_id) in keys
    glued = corpus.lines["reason"] == "headline glued to its first sentence"
    headlines = corpus.lines[(corpus.lines["kind"] == "headline") | glued]
    titled = corpus.articles[corpus.articles["title"] != ""]
    assert set(headlines["article_id"]) == set(titled["article_id"])


def test_dropped_sentences_with_numbers_name_their_reason(loaded) -> None:
    folder, corpus = loaded
    dropped = corpus.lines[corpus.lines["kind"] == "boilerplate"]
    for row in dropped.itertuples():
        text = _raw(folder, row.source_file)[row.line - 1]
        if re.search(r"\d", text) and L.ends_sentence(text):
            assert row.reason not in ("", "outside any article"), (row.source_file, row.line)


def test_titles_are_never_boilerplate_initials_or_cut_off(loaded) -> None:
    _, corpus = loaded
    first_paragraph = corpus.paragraphs.groupby("article_id")["text"].first()
    for art in corpus.articles.itertuples():
        if not art.title:
            continue
        assert L.classify(art.title) not in (L.NAV, L.END, L.FOOTER, L.AGENCY, L.CAPTION)
        assert not re.fullmatch(r"[a-z]{1,6}(?:/[a-z]{1,6})+", art.title)
        lead = " ".join(first_paragraph.get(art.article_id, "").casefold().split())
        key = " ".join(art.title.casefold().split())
        assert not (lead.startswith(key) and lead[len(key) : len(key) + 1].isalnum())


def test_dev_corpus_figures() -> None:
    got = score(DATA / "dev", DATA / "dev_expected.csv")
    assert got["articles_found"] == got["articles_expected"] == 23
    assert got["boundary_f1"] >= 0.95
    assert got["titles_right"] == got["articles_expected"]
    assert got["outlets_right"] >= 0.9 * got["articles_expected"]
    assert got["body_lines_lost"] == 0 and got["non_body_read_as_body"] == 0


def test_per_line_dump_keeps_the_last_line_before_each_headline() -> None:
    text = (
        "Pakistan and Afghanistan Agree to Upgrade Their Missions\n"
        "Officials said the two countries would exchange ambassadors.\n"
        "Trade between the two reached $1.6 billion in 2024, officials said.\n"
        "India and Afghanistan Discuss Trade Through Chabahar\n"
        "The two sides discussed an air freight corridor, officials said.\n"
        "Bilateral trade reached $890 million in 2024, the ministry said.\n"
        "Kazakhstan Calls for Stronger Ties With Kabul Government\n"
        "The president said 120 Kazakh firms were ready to invest.\n"
    )
    arts = segment_text(text)
    assert [a.title[:5] for a in arts] == ["Pakis", "India", "Kazak"]
    assert [[n for n, _ in a.paragraphs] for a in arts] == [[2, 3], [5, 6], [8]]


def test_short_heading_in_a_per_line_story_is_not_a_headline() -> None:
    text = (
        "Pakistan and Afghanistan Agree to Upgrade Their Missions\n"
        "Officials said the two countries would exchange ambassadors.\n"
        "The foreign ministers met in Beijing with their Chinese counterpart.\n"
        "What Comes Next\n"
        "Trade between the two reached $1.6 billion in 2024, officials said.\n"
        "Both sides said they would meet again in Kabul.\n"
    )
    (art,) = segment_text(text)
    assert [n for n, _ in art.paragraphs] == [2, 3, 5, 6]
    assert (4, "boilerplate", "section heading", True) in art.lines


def test_whitespace_only_lines_and_runs_of_blanks_are_blank() -> None:
    text = (
        "Women barred from UN offices in Kabul\n \t\n"
        "(MENAFN- Khaama Press) The UN said about 400 staff were affected.\n   \n\n\n"
        "Girls out of school as ban enters fourth year\n  \n"
        "(MENAFN- Khaama Press) UNICEF says 400,000 more girls will be out of school.\n"
    )
    arts = segment_text(text)
    assert [(a.title[:5], a.outlet, a.paragraphs[0][0]) for a in arts] == [
        ("Women", "Khaama Press", 3),
        ("Girls", "Khaama Press", 9),
    ]
    assert [r[0] for a in arts for r in a.lines] == [1, 3, 7, 9]


def test_glued_headline_is_split_and_cited_at_its_line() -> None:
    text = (
        "top of page\n"
        "Muttaqi visits New Delhi in first high-level trip to IndiaNEW DELHI — Taliban foreign "
        "minister Amir Khan Muttaqi arrived on Thursday for a six-day visit.\n"
        "Share\n"
        "Officials said the talks would cover trade and 1,000 visas.\n"
        "India sent 50,000 tonnes of wheat to Afghanistan in 2022, officials said.\n"
        "bottom of page\n"
    )
    (art,) = segment_text(text)
    assert art.title == "Muttaqi visits New Delhi in first high-level trip to India"
    assert art.paragraphs[0] == (2, art.paragraphs[0][1])
    assert art.paragraphs[0][1].startswith("NEW DELHI — Taliban")
    reasons = {n: (kind, why) for n, kind, why, _ in art.lines}
    assert reasons[1] == ("boilerplate", "page furniture")
    assert reasons[3] == ("boilerplate", "navigation")


def test_truncated_title_becomes_empty() -> None:
    text = "The global body sa\n\nThe global body said 400,000 more girls would be out of school.\n"
    (art,) = segment_text(text)
    assert art.title == ""
    assert (1, "boilerplate", "truncated sentence", True) in art.lines


@pytest.mark.parametrize(
    ("lead", "outlet"),
    [
        ("(MENAFN- Khaama Press) The UN said 400 staff were affected.", "Khaama Press"),
        ("HERAT CITY (Pajhwok): Officials said 5,000 families returned.", "Pajhwok"),
        ("KABUL (BNA) The ministry said 1,370 people returned.", "Bakhtar News Agency"),
        (
            "Kabul (dpa) - More than 2.2 million girls are barred from school.",
            "Deutsche Presse-Agentur",
        ),
        ("ISLAMABAD, (UrduPoint / Pakistan Point News - 21st May, 2025) Talks began.", "UrduPoint"),
        ("NEW DELHI — India will upgrade its mission in Kabul.", ""),
        ("(Photo: AFP) Officials met on Monday.", ""),
    ],
)
def test_outlet_from_agency_tags_and_datelines(lead: str, outlet: str) -> None:
    assert outlets.agency_outlet(lead) == outlet


def test_users_extend_the_gazetteer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    mine = tmp_path / "mine.txt"
    mine.write_text("# our outlets\nHerat Weekly Observer | HWO\n", encoding="utf-8")
    monkeypatch.setattr(outlets, "_extra_files", [])
    monkeypatch.setenv(outlets.ENV_VAR, str(mine))
    outlets._gazetteer.cache_clear()
    try:
        (art,) = segment_text("HERAT (HWO): Officials said 5,000 families returned.\n")
        assert art.outlet == "Herat Weekly Observer"
        assert outlets.known_outlet("herat weekly observer") == "Herat Weekly Observer"
    finally:
        monkeypatch.delenv(outlets.ENV_VAR)
        outlets._gazetteer.cache_clear()
    assert outlets.known_outlet("HWO") is None


def test_line_summary_gives_the_share_dropped_per_file() -> None:
    corpus = load_corpus(DATA / "dev")
    summary = corpus.line_summary()
    assert summary["source_file"].tolist() == sorted(corpus.lines["source_file"].unique())
    row = summary.set_index("source_file").loc["04_web_furniture.txt"]
    kinds = corpus.lines[corpus.lines["source_file"] == "04_web_furniture.txt"]["kind"]
    assert row["lines"] == len(kinds) == 18
    assert row["boilerplate"] == (kinds == "boilerplate").sum()
    assert row["dropped_share"] == round(row["boilerplate"] / row["lines"], 4)
    assert (summary[list(LINE_KINDS)].sum(axis=1) == summary["lines"]).all()
    assert line_summary(corpus.lines.iloc[:0]).empty


def test_run_tables_include_lines(tmp_path: Path) -> None:
    corpus = load_corpus(DATA / "dev")
    assert list(corpus.tables()) == ["articles", "paragraphs", "rejects", "lines"]
    corpus.write_tables(tmp_path)
    back = pd.read_parquet(tmp_path / "lines.parquet").astype(LINE_COLUMNS)
    pd.testing.assert_frame_equal(back, corpus.lines)
    assert (tmp_path / "lines.csv").exists()


def test_short_one_per_line_dump_keeps_its_sentences() -> None:
    # two body lines only: the last line of the file says nothing about the layout
    text = (
        "Pakistan and Afghanistan Agree to Upgrade Their Missions\n"
        "Officials said the two countries would exchange ambassadors.\n"
        "Kazakhstan Calls for Stronger Ties With the Kabul Government\n"
        "The president said 120 Kazakh firms were ready to invest.\n"
    )
    arts = segment_text(text)
    assert [(a.title[:5], [n for n, _ in a.paragraphs]) for a in arts] == [
        ("Pakis", [2]),
        ("Kazak", [4]),
    ]


_LINE_SHAPES = [
    "Pakistan and Afghanistan Agree to Upgrade Their Missions",
    "Fahad Shabbir (@FahadShabbir) Published May 21, 2025 | 11:20 AM",
    "HERAT CITY (Pajhwok): Officials said {n} families had returned from Iran.",
    "(MENAFN- Khaama Press) UNICEF says {n} more girls are out of school.",
    "The ministry said {n} people crossed at Torkham on Monday.",
    "Aid agencies warned that funding covered less than a quarter of the need.",
    "pr/mud",
    "top of page",
    "Share",
    "0 / 2",
    "Related: India reopens embassy in Kabul",
    "   ",
    "",
]


@settings(max_examples=40, deadline=None)
@given(
    picks=st.lists(
        st.tuples(st.integers(0, len(_LINE_SHAPES) - 1), st.integers(2, 99_999)),
        min_size=1,
        max_size=30,
    ),
    newline=st.sampled_from(["\n", "\r\n", "\r"]),
)
def test_any_layout_accounts_for_every_line(picks: list[tuple[int, int]], newline: str) -> None:
    raw = [_LINE_SHAPES[k].format(n=f"{n:,}") for k, n in picks]
    text = newline.join(raw) + newline
    arts = segment_text(text)
    rows = sorted((r[0], r[1], r[2]) for a in arts for r in a.lines)
    if arts:
        assert [n for n, _, _ in rows] == [i for i, s in enumerate(raw, start=1) if s.strip()]
    body = {n for n, kind, _ in rows if kind == "body"}
    for a in arts:
        for n, para in a.paragraphs:
            first = raw[n - 1].strip()
            assert n in body and (first.startswith(para) or para.startswith(first))
    for n, kind, reason in rows:
        if kind != "body" and re.search(r"\d", raw[n - 1]) and L.ends_sentence(raw[n - 1]):
            assert reason not in ("", "outside any article"), (n, raw[n - 1])
    with_numbers = [i for i, s in enumerate(raw, start=1) if "said" in s or "says" in s]
    assert set(with_numbers) <= {n for n, _, _ in rows} or not arts

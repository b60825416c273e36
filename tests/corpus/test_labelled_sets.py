"""The hand-labelled real-news sets' labels agree with their files (not the parser's scores).

``tests/data/heldout/`` (the test set) and ``tests/data/news_dev/`` (a development set) hold
real articles in several dump layouts (``dumps/``) and hand labels (``labels/``), described in
each set's ``LABELLING.md``. The parser and extractors are measured on them by
``benchmarks/heldout_eval.py``. These tests check only that every label points at what it says:
lines exist and are numbered as ``grep -n`` numbers them, quoted spans and titles occur verbatim
where labelled, dates parse.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from pathlib import Path

import pandas as pd
import pytest

from afgresearch.corpus.source import read_source

DATA = Path(__file__).resolve().parents[1] / "data"
SETS = [
    d
    for d in (
        DATA / "heldout",
        DATA / "news_dev",
        DATA / "news_dev2",
        DATA / "news_dev3",
        DATA / "news_dev4",
        DATA / "news_dev5",
        DATA / "news_dev6",
        DATA / "news_dev7",
        DATA / "news_dev8",
        DATA / "news_dev9",
        DATA / "news_dev10",
        DATA / "news_dev11",
        DATA / "news_dev12",
        DATA / "news_dev13",
        DATA / "news_dev14",
        DATA / "news_dev15",
    )
    if (d / "labels").is_dir()
]
KINDS = {"headline", "metadata", "body", "boilerplate"}


def _labels(folder: Path, name: str) -> pd.DataFrame:
    return pd.read_csv(folder / "labels" / f"{name}.csv", dtype=str, keep_default_na=False)


def _lines(folder: Path, file: str) -> list[str]:
    return list(read_source(folder / "dumps" / file).lines)


#: the field names a record may give each labelled field under (case-insensitive)
FIELDS = {
    "text": ("text", "body", "content", "body_html", "article", "story"),
    "title": ("title", "headline", "heading"),
    "outlet": ("outlet", "source", "publisher", "site", "site_name", "source_name"),
}


def _field(record: dict[str, str], name: str) -> str:
    """A record's value for ``name`` under any of its field names (``Headline``, ``site_name``)."""
    folded = {str(k).strip().casefold(): v for k, v in record.items()}
    for alias in FIELDS[name]:
        if alias in folded:
            return "" if folded[alias] is None else str(folded[alias])
    raise KeyError(name)


def _delimiter(text: str) -> str:
    """The CSV delimiter its header row uses (``,``, ``;`` or a tab)."""
    header = text.split("\n", 1)[0]
    return max(",;\t", key=header.count) if any(c in header for c in ",;\t") else ","


def _records(folder: Path, file: str) -> dict[int, dict[str, str]]:
    """A CSV or JSONL file's records, keyed by the line each starts on."""
    if file.endswith(".jsonl"):
        return {i: json.loads(t) for i, t in enumerate(_lines(folder, file), 1)}
    out = {}
    text = read_source(folder / "dumps" / file).text
    with io.StringIO(text, newline="") as fh:
        reader = csv.DictReader(fh, delimiter=_delimiter(text))
        if reader.fieldnames is None:  # reading the header row moves line_num past it
            return out
        start = reader.line_num + 1
        for row in reader:
            out[start] = row
            start = reader.line_num + 1
    return out


def _tabular(file: str) -> bool:
    return file.endswith((".csv", ".jsonl"))


def _text_at(folder: Path, file: str, line: int) -> str:
    """The labelled unit's text: the line, or for CSV and JSONL the record's text field."""
    if not _tabular(file):
        return _lines(folder, file)[line - 1]
    return _field(_records(folder, file)[line], "text")


def _paragraph_at(folder: Path, file: str, line: int) -> str:
    """The claim's paragraph, whitespace collapsed: for a text dump the run of non-blank lines
    holding the line, joined with spaces (a hard-wrapped sentence's window may lie on a
    neighbouring line); for CSV and JSONL the record's text field."""
    if _tabular(file):
        return _collapse(_text_at(folder, file, line))
    src = _lines(folder, file)
    start = end = line - 1
    while start > 0 and src[start - 1].strip():
        start -= 1
    while end + 1 < len(src) and src[end + 1].strip():
        end += 1
    return _collapse(" ".join(src[start : end + 1]))


def _collapse(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(params=SETS, ids=lambda d: d.name)
def folder(request: pytest.FixtureRequest) -> Path:
    return request.param


def _valid_date(value: str) -> bool:
    formats = {4: "%Y", 7: "%Y-%m", 10: "%Y-%m-%d"}
    if len(value) not in formats or not re.fullmatch(r"\d{4}(-\d{2}){0,2}", value):
        return False
    try:
        dt.datetime.strptime(value, formats[len(value)])
    except ValueError:
        return False
    return True


def test_the_set_is_large_and_varied_enough(folder: Path) -> None:
    arts = _labels(folder, "articles")
    assert len(arts) >= 30
    assert arts["site"].nunique() >= 15
    assert arts["file"].nunique() >= 5
    assert sorted(arts["file"].unique()) == sorted(p.name for p in (folder / "dumps").iterdir())


def test_every_non_blank_line_is_labelled_once_with_a_kind(folder: Path) -> None:
    lines = _labels(folder, "lines")
    assert set(lines["kind"]) <= KINDS
    assert not lines.duplicated(["file", "line"]).any()
    for file, rows in lines.groupby("file"):
        src = _lines(folder, file)
        labelled = set(rows["line"].astype(int))
        non_blank = {i for i, t in enumerate(src, 1) if t.strip()}
        if file.endswith(".csv"):  # the header row and each record's first line
            non_blank = {1} | set(_records(folder, file))
        assert labelled == non_blank, (file, sorted(labelled ^ non_blank)[:10])
        for row in rows.itertuples():
            has_digit = bool(re.search(r"\d", src[int(row.line) - 1]))
            if not _tabular(file):
                assert int(row.has_number) == has_digit, (file, row.line)


def test_articles_are_ordered_spans_with_their_titles_at_the_headline(folder: Path) -> None:
    arts = _labels(folder, "articles")
    kinds = {(r.file, int(r.line)): r.kind for r in _labels(folder, "lines").itertuples()}
    for file, rows in arts.groupby("file", sort=False):
        src = _lines(folder, file)
        previous_end = 0
        for row in rows.sort_values("article", key=lambda s: s.astype(int)).itertuples():
            block, start, body, end = (
                int(x) for x in (row.block_start, row.line_start, row.body_start, row.line_end)
            )
            assert previous_end < block <= start <= body <= end <= len(src), (file, row.article)
            assert kinds[(file, body)] == "body", (file, body)
            previous_end = end
            if _tabular(file):
                record = _records(folder, file)[start]
                title, outlet = _field(record, "title"), _field(record, "outlet")
                assert (title, outlet) == (row.title, row.outlet), (file, row.article)
                continue
            heads = [n for n in range(block, body) if kinds.get((file, n)) == "headline"]
            if row.title:  # a headline hard-wrapped over consecutive lines reads as one
                run = [n for n in heads if n - heads[0] == heads.index(n)]
                # a forwarded newsletter's quote marks ('> ') are transport, not the headline's
                parts = (re.sub(r"^>\s?", "", src[n - 1]) for n in run)
                headline = _collapse(" ".join(parts)) if heads else ""
                assert heads and row.title in headline, (file, row.article, row.title)
            else:
                assert not heads, (file, row.article)


@pytest.mark.parametrize("column", ["published"])
def test_publication_dates_parse(folder: Path, column: str) -> None:
    for value in _labels(folder, "articles")[column]:
        assert value == "" or _valid_date(value), value


def test_claims_quote_their_line_verbatim(folder: Path) -> None:
    claims = _labels(folder, "claims")
    assert len(claims) >= 60
    for row in claims.itertuples():
        line = int(row.line)
        assert row.quote in _text_at(folder, row.file, line), (row.file, row.line, row.quote)
        float(row.value)
        paragraph = _paragraph_at(folder, row.file, line)
        for span in [row.period, *row.period_alt.split(";")]:
            assert span == "" or _collapse(span) in paragraph, (row.file, row.line, span)


def test_claims_and_events_sit_inside_their_article(folder: Path) -> None:
    spans = {
        (r.file, r.article): (int(r.block_start), int(r.line_end))
        for r in _labels(folder, "articles").itertuples()
    }
    for name in ("claims", "events"):
        for row in _labels(folder, name).itertuples():
            lo, hi = spans[(row.file, row.article)]
            assert lo <= int(row.line) <= hi, (name, row.file, row.line)


def test_events_quote_their_line_and_have_a_date(folder: Path) -> None:
    events = _labels(folder, "events")
    assert len(events) >= 20
    for row in events.itertuples():
        assert row.anchor in _text_at(folder, row.file, int(row.line)), (
            row.file,
            row.line,
            row.anchor,
        )
        assert _valid_date(row.date), (row.file, row.line, row.date)

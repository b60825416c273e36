"""Measure the parser and the extractors on a hand-labelled set of real news dumps.

The default set, ``tests/data/heldout/``, is the test set: never tune on it.
``--set tests/data/news_dev`` scores the development set of real news, which the rules may be
tuned on. Each set holds dumps of real articles in several layouts and hand labels for them
(see its ``LABELLING.md``). This script loads the dumps with the
package's public API, extracts claims and events, and prints:

- articles found against articles labelled, per file and in all;
- article boundaries: precision, recall and F1. A labelled article is matched by at most one
  found article, and a found article by at most one labelled one; they match when the found
  article's ``line_start`` lies in the labelled article's header window, from its first line
  (``block_start``: page furniture above the headline included) to its first body line
  (``body_start``), both inclusive;
- titles exactly right (whitespace collapsed, case kept) among labelled articles; an article
  that was not found counts as wrong;
- outlets and publication dates right among matched articles (outlet: same name, one
  containing the other, or the same acronym; empty when the dump names none);
- titles that are boilerplate: a found title equal to a line labelled ``boilerplate`` or
  ``metadata``, or equal to a body line or a truncated start of one;
- body lines holding a number that are in no paragraph (for CSV and JSONL, each paragraph of
  a record's text field, its tags removed and entities decoded where the field holds HTML; a
  CSV's delimiter is the one its header row uses, and field names match case-insensitively);
- event dates: the share of labelled dated events whose extracted event on that line has the
  labelled date at the labelled precision (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``);
- key claims recall: a labelled claim is found when a claim on its line has its value; among
  found claims, period and source right (strict: equal to the label after collapsing
  whitespace and case; lenient: equal to, containing or contained in the label or one of its
  listed alternatives, or naming the same acronym). A claim's period reads as its ``period``,
  its ``rate``, or both joined as the brief shows them (``per day, since April``).

"On its line": in a text dump, a claim or event is cited at the line where its quote starts;
one whose quote starts above the labelled line and runs onto it in the same wrapped paragraph
counts as on that line. ``--verbose`` lists every miss (lost lines with their kind and reason
in the ``lines`` table, boilerplate titles, wrong titles, dates, periods and sources); without
it only the figures are printed, so a test set can be scored without being read.

It is a measurement, not a test: it exits 0 whatever the figures (2 only when the labels are
missing). Columns the tables gain later (a ``lines`` table, ``date_basis``, a claim ``kind``)
are ignored unless named above.

Usage: ``python benchmarks/heldout_eval.py [--set tests/data/heldout] [--verbose] [--json FILE]``
"""

from __future__ import annotations

import argparse
import csv
import html
import io
import json
import quopri
import re
import sys
import traceback
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from afgresearch.corpus.source import read_source

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SET = ROOT / "tests" / "data" / "heldout"


def norm(text: object) -> str:
    """Collapse whitespace; '' for missing values."""
    if text is None or (isinstance(text, float) and pd.isna(text)) or text is pd.NA:
        return ""
    return " ".join(str(text).split())


def fold(text: object) -> str:
    return norm(text).casefold()


def read_labels(folder: Path) -> dict[str, pd.DataFrame]:
    labels = folder / "labels"
    return {
        name: pd.read_csv(labels / f"{name}.csv", dtype=str, keep_default_na=False)
        for name in ("articles", "lines", "claims", "events")
    }


def file_lines(path: Path) -> list[str]:
    """The file's lines as ``grep -n`` numbers them (index 0 is line 1), decoded by the package's
    one reader (UTF-8 with or without a BOM, UTF-16, cp1252 and other legacy encodings)."""
    return list(read_source(path).lines)


def records(path: Path) -> dict[int, dict[str, str]]:
    """CSV or JSONL records keyed by the line each starts on (as the tabular reader numbers)."""
    if path.suffix == ".jsonl":
        return {i: json.loads(t) for i, t in enumerate(file_lines(path), 1) if t.strip()}
    out: dict[int, dict[str, str]] = {}
    text = read_source(path).text
    header = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=header.count) if any(c in header for c in ",;\t") else ","
    with io.StringIO(text, newline="") as fh:
        reader = csv.DictReader(fh, delimiter=delimiter)
        if reader.fieldnames is None:  # reading the header row moves line_num past it
            return out
        start = reader.line_num + 1
        for row in reader:
            out[start] = row
            start = reader.line_num + 1
    return out


def record_text(record: dict[str, str]) -> str:
    """The record's text field, its name matched case-insensitively (``Text``, ``body_html``)."""
    folded = {str(k).strip().casefold(): v for k, v in record.items()}
    for name in ("text", "body", "content", "body_html", "story"):
        if name in folded:
            return str(folded[name] or "")
    return ""


def col(df: pd.DataFrame, name: str, default: object = "") -> pd.Series:
    return df[name] if name in df.columns else pd.Series([default] * len(df), index=df.index)


def prf(matched: int, found: int, labelled: int) -> tuple[float, float, float]:
    p = matched / found if found else 0.0
    r = matched / labelled if labelled else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


# --- boundaries and titles ---------------------------------------------------------------


def match_articles(found: pd.DataFrame, labelled: pd.DataFrame) -> dict[int, int]:
    """labelled row index -> found row index, one to one, by the header-window rule."""
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for li, lab in labelled.iterrows():
        lo, hi = int(lab["block_start"]), int(lab["body_start"])
        same = found[(found["source_file"] == lab["file"])]
        for fi, art in same.sort_values("line_start", kind="stable").iterrows():
            if fi not in used and lo <= int(art["line_start"]) <= hi:
                pairs[li] = fi
                used.add(fi)
                break
    return pairs


def title_kind(
    title: str,
    near: int,
    file: str,
    lines: pd.DataFrame,
    texts: dict[str, list[str]],
    labelled_titles: set[tuple[str, str]],
) -> str:
    """Why a found title is junk, or '' when it is not (the nearest line to ``near`` that fits)."""
    t = norm(title)
    if not t or (file, t) in labelled_titles:
        return ""
    rows = lines[lines["file"] == file]
    rows = rows.iloc[(rows["line"].astype(int) - near).abs().argsort(kind="stable")]
    src = texts.get(file, [])
    for _, row in rows.iterrows():
        n = int(row["line"])
        line = norm(src[n - 1]) if 0 < n <= len(src) else ""
        if not line:
            continue
        if row["kind"] in ("boilerplate", "metadata") and t == line:
            return f"{row['kind']} line {n}"
        if row["kind"] == "body" and t == line:
            return f"body line {n}"
        if row["kind"] == "body" and len(t) >= 8 and line.startswith(t):
            return f"truncated body line {n}"
    return ""


# --- lost body lines ---------------------------------------------------------------------


def body_units(
    labels: dict[str, pd.DataFrame], folder: Path, texts: dict[str, list[str]]
) -> list[tuple[str, int, str]]:
    """(file, line, text) for each labelled body line (JSONL: each paragraph of the record)."""
    units = []
    body = labels["lines"][labels["lines"]["kind"] == "body"]
    tabular = {f: records(folder / "dumps" / f) for f in texts if f.endswith((".csv", ".jsonl"))}
    for _, row in body.iterrows():
        file, n = row["file"], int(row["line"])
        if file in tabular:
            text = record_text(tabular[file][n])
            html_body = bool(_HTML_BODY.search(text))
            for para in re.split(r"\n\s*\n", text):
                para = transport_free(para) if html_body else para
                if para.strip():
                    units.append((file, n, para))
        else:
            text = transport_free(texts[file][n - 1])
            if text.strip():
                units.append((file, n, text))
    return units


_QP_ESCAPE = re.compile(r"=[0-9A-F]{2}")
_QUOTE_PREFIX = re.compile(r"^\s*(?:>\s?)+")
_TAG = re.compile(r"<[^<>]*>")
_CDATA = re.compile(r"<!\[CDATA\[|\]\]>")
_HTML_BODY = re.compile(r"</?(?:p|div|h[1-6]|ul|ol|li|br|span|figure|blockquote)\b", re.I)


def transport_free(line: str) -> str:
    """A labelled body line as text: without the e-mail quote prefix (``> ``), the HTML or XML
    tags and CDATA markers a dump carries it in, entities decoded, and a quoted-printable
    line's escapes (``=E2=80=99``) and soft break (a final ``=``) decoded (the paragraph holds
    the text, not its transport)."""
    line = _QUOTE_PREFIX.sub("", line)
    if line.endswith("=") or _QP_ESCAPE.search(line):
        soft = line[:-1] if line.endswith("=") else line
        line = quopri.decodestring(soft.encode("utf-8")).decode("utf-8", errors="replace")
    if "<" in line or "&" in line or "]]>" in line:
        line = _CDATA.sub(" ", line)
        line = html.unescape(_TAG.sub(" ", line))
    return line


def lost_units(
    units: Iterable[tuple[str, int, str]], paragraphs: pd.DataFrame
) -> list[tuple[str, int, str]]:
    by_file: dict[str, list[tuple[int, str]]] = {}
    for p in paragraphs.itertuples():
        by_file.setdefault(str(p.source_file), []).append((int(p.line), norm(p.text)))
    lost = []
    for file, n, text in units:
        t = norm(text)
        paras = by_file.get(file, [])
        if not any(start <= n and t in ptext for start, ptext in paras):
            lost.append((file, n, text))
    return lost


# --- events and claims -------------------------------------------------------------------


def overlaps(anchor: str, quote: str) -> bool:
    a, q = fold(anchor), fold(quote)
    if not a or not q:
        return False
    if a in q or q in a:
        return True
    aw, qw = set(re.findall(r"\w+", a)), set(re.findall(r"\w+", q))
    return bool(aw) and len(aw & qw) / len(aw) >= 0.5


def quote_lines(lines: list[str], first: int, quote: object) -> range:
    """The source lines a quote covers when it starts on line ``first`` of a text dump: the
    lines of its block (a paragraph wrapped over several lines) up to the one where the quote
    is complete, each read without its transport (:func:`transport_free`); ``first`` alone
    when it cannot be followed."""
    want = norm(quote)
    text = ""
    for n in range(first, len(lines) + 1):
        if not want or not lines[n - 1].strip():
            break
        # a quoted-printable soft break inside a word ('cr=' / 'ossing') joins without a space
        above = lines[n - 2] if n > first else ""
        glue = "" if above.endswith("=") and not above[:-1].endswith((" ", "\t")) else " "
        text = f"{text}{glue}{norm(transport_free(lines[n - 1]))}".strip()
        if want in text:
            return range(first, n + 1)
    return range(first, first + 1)


def at_line(rows: pd.DataFrame, file: str, line: int, lines: list[str] | None) -> pd.DataFrame:
    """Rows of ``file`` cited at ``line``, or (text dumps) whose quote starts above ``line`` and
    runs on to it in the same wrapped paragraph."""
    same = rows[rows["source_file"] == file]
    if lines is None or file.endswith((".csv", ".jsonl")):
        return same[same["line"] == line]
    keep = [
        int(r_line) == line or line in quote_lines(lines, int(r_line), quote)
        for r_line, quote in zip(same["line"], col(same, "quote"), strict=True)
    ]
    return same[keep]


def date_right(extracted: object, label: str) -> bool:
    d = norm(extracted)[:10]
    return len(d) >= len(label) and d[: len(label)] == label


def alternatives(label: pd.Series, column: str) -> list[str]:
    """Other acceptable readings of a label (``period_alt``, ``source_alt``: ';'-separated)."""
    return [a for a in str(label.get(column, "") or "").split(";") if a.strip()]


def acronyms(text: str) -> set[str]:
    inner = set(re.findall(r"\(([A-Z][A-Za-z]{1,9})\)", text))
    bare = set(re.findall(r"\b[A-Z]{2,}\b", text))
    return inner | bare


def same_text(got: object, want: str, lenient: bool) -> bool:
    g, w = fold(got), fold(want)
    if g == w:
        return True
    if not lenient or not g or not w:
        return False
    if g in w or w in g:
        return True
    return bool(acronyms(norm(got)) & acronyms(want))


# --- main --------------------------------------------------------------------------------


def evaluate(folder: Path, verbose: bool = False) -> dict[str, object]:
    import afgresearch

    labels = read_labels(folder)
    dumps = folder / "dumps"
    texts = {p.name: file_lines(p) for p in sorted(dumps.iterdir()) if p.is_file()}
    corpus = afgresearch.load_corpus(dumps)
    found = corpus.articles.reset_index(drop=True)
    found["source_file"] = found["source_file"].astype(str).map(lambda s: Path(s).name)
    paragraphs = corpus.paragraphs.copy()
    paragraphs["source_file"] = paragraphs["source_file"].astype(str).map(lambda s: Path(s).name)
    out: dict[str, object] = {}

    lab_art = labels["articles"]
    print(f"held-out set: {folder}")
    print(f"rejected inputs: {len(corpus.rejects)}")
    for r in corpus.rejects.itertuples():
        print(f"  {r.source_file}: {r.reason}")

    # articles and boundaries
    print("\narticles found / labelled, per file:")
    for file in sorted(texts):
        nf = int((found["source_file"] == file).sum())
        nl = int((lab_art["file"] == file).sum())
        print(f"  {file:34s} {nf:3d} / {nl:3d}")
    pairs = match_articles(found, lab_art)
    p, r, f = prf(len(pairs), len(found), len(lab_art))
    out.update(
        articles_found=len(found),
        articles_labelled=len(lab_art),
        boundaries_matched=len(pairs),
        boundary_precision=p,
        boundary_recall=r,
        boundary_f1=f,
    )

    # titles
    title_ok = 0
    wrong_titles = []
    for li, lab in lab_art.iterrows():
        got = norm(found.loc[pairs[li], "title"]) if li in pairs else None
        if got is not None and got == norm(lab["title"]):
            title_ok += 1
        else:
            wrong_titles.append((lab["file"], lab["line_start"], lab["title"], got))
    labelled_titles = {
        (a["file"], norm(a["title"])) for _, a in lab_art.iterrows() if norm(a["title"])
    }
    junk = []
    for _, art in found.iterrows():
        why = title_kind(
            art["title"],
            int(art["line_start"]),
            art["source_file"],
            labels["lines"],
            texts,
            labelled_titles,
        )
        if why:
            junk.append((art["source_file"], int(art["line_start"]), norm(art["title"]), why))
    out.update(titles_right=title_ok, boilerplate_titles=len(junk))

    # outlets and publication dates, among matched articles
    outlet_ok = outlet_named = published_ok = 0
    for li, fi in pairs.items():
        lab, art = lab_art.loc[li], found.loc[fi]
        outlet_ok += same_text(art.get("outlet", ""), lab["outlet"], True)
        outlet_named += bool(norm(art.get("outlet", "")))
        published_ok += norm(art.get("published", ""))[:10] == norm(lab["published"])
    out.update(outlets_right=outlet_ok, outlets_named=outlet_named, published_right=published_ok)

    # lost body lines with numbers
    units = body_units(labels, folder, texts)
    lost = lost_units(units, paragraphs)
    lost_num = [u for u in lost if re.search(r"\d", u[2])]
    with_num = [u for u in units if re.search(r"\d", u[2])]
    line_table = getattr(corpus, "lines", None)
    out.update(
        body_units=len(units),
        body_units_lost=len(lost),
        number_units=len(with_num),
        number_units_lost=len(lost_num),
    )

    # extraction
    claims = events = None
    try:
        claims = afgresearch.extract_claims(corpus.paragraphs, corpus.articles)
        events = afgresearch.extract_events(corpus.paragraphs, corpus.articles)
    except Exception:  # a measurement reports a failing stage and goes on
        print("\nextraction failed:")
        traceback.print_exc(file=sys.stdout)

    lab_ev = labels["events"]
    ev_found = ev_right = 0
    ev_wrong = []
    if events is not None:
        events = events.copy()
        events["source_file"] = events["source_file"].astype(str).map(lambda s: Path(s).name)
        for _, lab in lab_ev.iterrows():
            cands = at_line(events, lab["file"], int(lab["line"]), texts.get(lab["file"]))
            near = cands[[overlaps(lab["anchor"], q) for q in col(cands, "quote")]]
            pool = near if len(near) else cands
            if len(pool):
                ev_found += 1
            if any(date_right(d, lab["date"]) for d in col(pool, "date")):
                ev_right += 1
            else:
                got = sorted({norm(d) for d in col(pool, "date")})
                ev_wrong.append(
                    (lab["file"], int(lab["line"]), lab["description"], lab["date"], got)
                )
    out.update(
        events_labelled=len(lab_ev), events_with_candidate=ev_found, event_dates_right=ev_right
    )

    lab_cl = labels["claims"]
    cl_found = per_strict = per_len = src_strict = src_len = 0
    cl_missed, cl_period, cl_source = [], [], []
    if claims is not None:
        claims = claims.copy()
        claims["source_file"] = claims["source_file"].astype(str).map(lambda s: Path(s).name)
        for _, lab in lab_cl.iterrows():
            v = float(lab["value"])
            cands = at_line(claims, lab["file"], int(lab["line"]), texts.get(lab["file"]))
            hits = cands[
                [
                    abs(float(x) - v) <= 1e-6 * max(1.0, abs(v))
                    for x in col(cands, "value", float("nan"))
                ]
            ]
            if not len(hits):
                cl_missed.append((lab["file"], int(lab["line"]), lab["quote"]))
                continue
            cl_found += 1
            # what the brief states as the claim's time: its period, its rate ('per day', kept
            # in the rate column by the claims contract), or both as the brief joins them
            periods = []
            for pair in zip(col(hits, "rate"), col(hits, "period"), strict=True):
                stated = [norm(x) for x in pair if norm(x)]
                periods += [", ".join(stated), *(stated if len(stated) > 1 else [])]
            sources = list(col(hits, "attributed_to"))
            want_p = [lab["period"], *alternatives(lab, "period_alt")]
            want_s = [lab["source"], *alternatives(lab, "source_alt")]
            per_strict += any(same_text(x, lab["period"], False) for x in periods)
            ok_p = any(same_text(x, w, True) for x in periods for w in want_p)
            per_len += ok_p
            src_strict += any(same_text(x, lab["source"], False) for x in sources)
            ok_s = any(same_text(x, w, True) for x in sources for w in want_s)
            src_len += ok_s
            if not ok_p:
                cl_period.append(
                    (
                        lab["file"],
                        int(lab["line"]),
                        lab["quote"],
                        lab["period"],
                        sorted({norm(x) for x in periods}),
                    )
                )
            if not ok_s:
                cl_source.append(
                    (
                        lab["file"],
                        int(lab["line"]),
                        lab["quote"],
                        lab["source"],
                        sorted({norm(x) for x in sources}),
                    )
                )
    out.update(
        claims_labelled=len(lab_cl),
        claims_found=cl_found,
        period_right_strict=per_strict,
        period_right_lenient=per_len,
        source_right_strict=src_strict,
        source_right_lenient=src_len,
    )

    def share(a: int, b: int) -> str:
        return f"{a}/{b} = {a / b:.2f}" if b else f"{a}/0"

    print("\nfigures:")
    print(f"  articles found / labelled            {len(found)} / {len(lab_art)}")
    print(f"  boundaries matched                   {len(pairs)}")
    print(f"  boundary precision, recall, F1       {p:.2f}, {r:.2f}, {f:.2f}")
    print(f"  titles exactly right                 {share(title_ok, len(lab_art))}")
    print(f"  boilerplate titles produced          {len(junk)}")
    print(f"  outlets right among matched          {share(outlet_ok, len(pairs))}")
    print(f"  dates right among matched            {share(published_ok, len(pairs))}")
    print(f"  body lines (units) lost              {share(len(lost), len(units))}")
    print(f"  ... of them holding a number         {share(len(lost_num), len(with_num))}")
    print(f"  events with an extracted event       {share(ev_found, len(lab_ev))}")
    print(f"  event dates right                    {share(ev_right, len(lab_ev))}")
    print(f"  key claims recall                    {share(cl_found, len(lab_cl))}")
    print(f"  period right among found (strict)    {share(per_strict, cl_found)}")
    print(f"  period right among found (lenient)   {share(per_len, cl_found)}")
    print(f"  source right among found (strict)    {share(src_strict, cl_found)}")
    print(f"  source right among found (lenient)   {share(src_len, cl_found)}")

    if not verbose:  # a test set is scored, not read: misses are listed on request
        return out
    print("\nbody lines with a number lost (file:line):")
    for file, n, text in lost_num:
        reason = ""
        if isinstance(line_table, pd.DataFrame) and {"source_file", "line"} <= set(
            line_table.columns
        ):
            lt = line_table[
                (line_table["source_file"].astype(str).map(lambda s: Path(s).name) == file)
                & (line_table["line"] == n)
            ]
            if len(lt):
                reason = (
                    " ["
                    + ", ".join(
                        f"{c}={lt.iloc[0][c]}" for c in ("kind", "reason") if c in lt.columns
                    )
                    + "]"
                )
        print(f"  {file}:{n}{reason}  {norm(text)[:90]}")
    print("\nboilerplate titles:")
    for file, n, t, why in junk:
        print(f"  {file}:{n}  {t[:70]!r}  ({why})")
    print("\ntitles not right (file, labelled line_start, labelled, found):")
    for row in wrong_titles:
        print("  ", row)
    print("\nevent dates not right (file, line, event, labelled, extracted on the line):")
    for row in ev_wrong:
        print("  ", row)
    print("\nclaims missed (file, line, quote):")
    for row in cl_missed:
        print("  ", row)
    print("\nperiod not right (file, line, quote, labelled, extracted):")
    for row in cl_period:
        print("  ", row)
    print("\nsource not right (file, line, quote, labelled, extracted):")
    for row in cl_source:
        print("  ", row)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--set", type=Path, default=DEFAULT_SET, help="labelled set folder (dumps/, labels/)"
    )
    ap.add_argument("--verbose", action="store_true", help="list every miss")
    ap.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    args = ap.parse_args(argv)
    if not (args.set / "labels" / "articles.csv").is_file():
        print(f"no labels under {args.set / 'labels'}", file=sys.stderr)
        return 2
    try:
        figures = evaluate(args.set, verbose=args.verbose)
    except Exception:
        print("evaluation stopped:")
        traceback.print_exc(file=sys.stdout)
        return 0
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

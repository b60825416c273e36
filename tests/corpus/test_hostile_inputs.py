"""Hostile and broken input files beside good ones: each bad file is listed in ``rejects`` with
its name and a plain reason (no exception name, no traceback), every good file is read in full
with its line numbers as ``sed -n Np`` counts them, and a file the reader can take (UTF-16
without a byte-order mark, cp1252, mixed encodings, a UTF-8 BOM, CR line ends) is read.

The corpus is generated here, in ``tmp_path``: one writer per case (:data:`CASES`); nothing
large is committed. Cost is bounded by construction (line caps, size limits), never timed.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import zipfile
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest

from afgresearch.cli import main
from afgresearch.corpus import load, load_corpus
from afgresearch.corpus.discover import discover
from afgresearch.corpus.load import MAX_LINE_CHARS

from . import layouts

GOOD = layouts.READ_MORE
#: an invented paragraph for the files that are read
PARA = (
    "Officials in Mazar-i-Sharif said the new grain depot would open before the winter, "
    "according to a statement released by the provincial council on Tuesday."
)
PARA2 = (
    "Traders at the Hairatan crossing reported longer queues of lorries this week as customs "
    "checks on fuel imports were tightened."
)
STORY = f"Grain Depot to Open in Balkh\n\n{PARA}\n"


def _zip_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("story.txt", STORY)
    return buffer.getvalue()


def _write(name: str, content: bytes | str) -> Callable[[Path], None]:
    def write(folder: Path) -> None:
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")

    return write


def _link(name: str, target: str) -> Callable[[Path], None]:
    def write(folder: Path) -> None:
        (folder / name).symlink_to(target)

    return write


def _parquet(name: str, frame: pd.DataFrame) -> Callable[[Path], None]:
    return lambda folder: frame.to_parquet(folder / name)


#: case: (writer, file, expected reason); a reason of ``None``: the file is read
CASES: dict[str, tuple[Callable[[Path], None], str, str | None]] = {
    "empty": (_write("empty.txt", b""), "empty.txt", "empty file"),
    "whitespace only": (_write("blank.md", b" \n\t\r\n  \n"), "blank.md", "only whitespace"),
    "PNG bytes named .txt": (
        _write("photo.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4),
        "photo.txt",
        "binary file: PNG image",
    ),
    "ZIP bytes named .txt": (_write("pack.txt", _zip_bytes()), "pack.txt", "ZIP archive"),
    "PDF bytes named .txt": (
        _write("report.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< >>\nendobj\n"),
        "report.txt",
        "binary file: PDF document",
    ),
    "NUL bytes in text": (
        _write("nul.txt", b"Some words here\x00\x00\x01 and more words\n" * 20),
        "nul.txt",
        "NUL bytes",
    ),
    "gzip archive": (
        _write("story.txt.gz", gzip.compress(STORY.encode())),
        "story.txt.gz",
        "compressed archive (.gz) is not unpacked",
    ),
    "zip archive": (
        _write("stories.zip", _zip_bytes()),
        "stories.zip",
        "compressed archive (.zip)",
    ),
    "UTF-16 with BOM": (_write("wide.txt", STORY.encode("utf-16")), "wide.txt", None),
    "UTF-16-LE without BOM": (_write("le.txt", STORY.encode("utf-16-le")), "le.txt", None),
    "UTF-16-BE without BOM": (_write("be.txt", STORY.encode("utf-16-be")), "be.txt", None),
    "cp1252 curly quotes": (
        _write(
            "legacy.txt", STORY.replace("said", "said \u201cat last\u201d \u2014").encode("cp1252")
        ),
        "legacy.txt",
        None,
    ),
    "latin-1": (
        _write(
            "latin.txt", STORY.replace("Balkh", "Balkh (caf\u00e9 r\u00e9gion)").encode("latin-1")
        ),
        "latin.txt",
        None,
    ),
    "UTF-8 BOM": (_write("bom.txt", b"\xef\xbb\xbf" + STORY.encode()), "bom.txt", None),
    "CR-only line ends": (_write("mac.txt", STORY.replace("\n", "\r").encode()), "mac.txt", None),
    "line of 2 x MAX_LINE_CHARS with no newline": (
        _write("blob.txt", "word " * (2 * MAX_LINE_CHARS // 5)),
        "blob.txt",
        f"line 1 holds {2 * MAX_LINE_CHARS:,} characters, more than a line of text",
    ),
    "deeply nested HTML": (
        _write("deep.html", "<html><body>" + "<div>" * 3000 + "<p>x</p>" + "</div>" * 3000),
        "deep.html",
        "no body paragraphs",
    ),
    "malformed HTML (unclosed tags)": (
        _write("broken.html", f"<html><body><div><h1>Grain Depot to Open<p>{PARA}<b><i><p>{PARA}"),
        "broken.html",
        None,
    ),
    "truncated JSON": (
        _write("result.json", '{"name": "Chan", "messages": [{"id": 1, "type": "message", "da'),
        "result.json",
        "invalid JSON: Unterminated string",
    ),
    "JSON that is no channel export": (
        _write("config.json", '{"a": 1}'),
        "config.json",
        "read only as a channel export",
    ),
    "CSV with no text column": (
        _write("meta.csv", "title,url\nA headline,https://example.org/a\n"),
        "meta.csv",
        "CSV has no text column (columns found: title, url;",
    ),
    "CSV with a wrong delimiter": (
        _write("colon.csv", f"title:text\nGrain:{PARA}\n"),
        "colon.csv",
        "no text column (columns found: title:text;",
    ),
    "CSV with an unterminated quote": (
        _write("open.csv", f'title,text\nGrain,"{PARA}\nand on\n'),
        "open.csv",
        "no rows with text (malformed CSV at line 2: unexpected end of data",
    ),
    "corrupt Parquet": (
        _write("broken.parquet", b"PAR1" + bytes(range(200)) + b"PAR1"),
        "broken.parquet",
        "not a readable Parquet file",
    ),
    "Parquet with no text column": (
        _parquet("meta.parquet", pd.DataFrame({"title": ["a"], "url": ["u"]})),
        "meta.parquet",
        "Parquet has no text column (columns found: title, url;",
    ),
    "symlink loop": (
        lambda d: (_link("loop_a.txt", "loop_b.txt")(d), _link("loop_b.txt", "loop_a.txt")(d)),
        "loop_a.txt",
        "symbolic link loop; not followed",
    ),
    "broken symlink": (
        _link("gone.txt", "nowhere.txt"),
        "gone.txt",
        "broken symbolic link: its target does not exist",
    ),
    "symlink to a parent folder": (
        lambda d: ((d / "sub").mkdir(), (d / "sub" / "up").symlink_to(".."))[-1],
        "sub/up",
        "symlink to a folder; not followed",
    ),
    "name with spaces and unicode": (
        _write("Kābul news (1).txt", STORY),
        "Kābul news (1).txt",
        None,
    ),
    "name with a newline and a tab": (_write("odd\nname\t.txt", STORY), "odd\nname\t.txt", None),
    "folder named like a file": (_write("x.txt/inner.txt", STORY), "x.txt/inner.txt", None),
    "hidden file": (_write(".draft.txt", STORY), ".draft.txt", "hidden file; not read"),
    "hidden folder": (_write(".git/notes.txt", STORY), ".git", "hidden folder; not searched"),
    "LibreOffice lock file": (
        _write(".~lock.story.txt#", ",someone,host,01.02.2025 10:00,file:///x;"),
        ".~lock.story.txt#",
        "editor lock file; not read",
    ),
    "Office owner file": (_write("~$story.docx", b"\x05someone"), "~$story.docx", "editor lock"),
    "editor backup (~)": (_write("story.txt~", STORY), "story.txt~", "editor backup file"),
    "Emacs autosave": (_write("#story.txt#", STORY), "#story.txt#", "editor backup file"),
    "Vim swap": (_write(".story.txt.swp", b"b0VIM 9.0\x00\x00"), ".story.txt.swp", "backup"),
    ".DS_Store": (_write(".DS_Store", b"\x00\x00\x00\x01Bud1"), ".DS_Store", "system metadata"),
    "Thumbs.db": (_write("Thumbs.db", b"\xd0\xcf\x11\xe0"), "Thumbs.db", "system metadata file"),
}


def _good_alone(tmp_path: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    folder = tmp_path / "alone"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    corpus = load_corpus(folder)
    return corpus.articles, corpus.paragraphs


def _of(frame: pd.DataFrame, name: str) -> pd.DataFrame:
    return frame[frame["source_file"] == name].reset_index(drop=True)


def assert_cited_lines(folder: Path, paragraphs: pd.DataFrame, name: str) -> None:
    """Each paragraph of ``name`` starts on the line it cites, lines counted as ``sed -n Np``
    does (``\\n`` ends a line)."""
    rows = _of(paragraphs, name)
    assert len(rows)
    lines = (folder / name).read_text(encoding="utf-8").split("\n")
    for row in rows.itertuples():
        assert lines[row.line - 1].strip().startswith(row.text.split("\n")[0][:40]), row


@pytest.mark.parametrize("case", list(CASES))
def test_hostile_file_beside_a_good_one(tmp_path: Path, case: str) -> None:
    write, name, reason = CASES[case]
    alone_articles, alone_paragraphs = _good_alone(tmp_path)
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    write(folder)

    corpus = load_corpus(folder)

    # the good file is read in full, as it is alone, with its cited lines
    pd.testing.assert_frame_equal(_of(corpus.articles, "good.txt"), alone_articles)
    pd.testing.assert_frame_equal(_of(corpus.paragraphs, "good.txt"), alone_paragraphs)
    assert_cited_lines(folder, corpus.paragraphs, "good.txt")
    rejects = corpus.rejects
    assert not rejects["reason"].str.contains("Traceback|Error:|Exception", regex=True).any()
    if reason is None:
        assert name not in set(rejects["source_file"]), rejects
        assert (corpus.articles["source_file"] == name).sum() == 1
        text = " ".join(_of(corpus.paragraphs, name)["text"])
        assert "provincial council on Tuesday" in text or "Mazar" in text
    else:
        got = rejects.loc[rejects["source_file"] == name, "reason"].tolist()
        assert len(got) == 1 and reason in got[0], (got, reason)
        assert name not in set(corpus.articles["source_file"])


@pytest.mark.parametrize(
    ("name", "encoding"),
    [("le.txt", "utf-16-le"), ("be.txt", "utf-16-be"), ("bom.txt", "utf-8-sig")],
)
def test_decoded_files_cite_their_lines(tmp_path: Path, name: str, encoding: str) -> None:
    text = f"Grain Depot to Open in Balkh\n\nBy a staff reporter\n\n{PARA}\n\n{PARA2}\n"
    (tmp_path / name).write_bytes(text.encode(encoding))
    corpus = load_corpus(tmp_path)
    lines = text.split("\n")
    for row in corpus.paragraphs.itertuples():
        assert lines[row.line - 1].startswith(row.text[:40])


def test_cr_only_line_ends_count_as_line_ends(tmp_path: Path) -> None:
    # old Mac files: a lone CR ends a line, as editors count it (grep -n sees one line)
    (tmp_path / "mac.txt").write_bytes(f"Grain Depot to Open\r\r{PARA}\r\r{PARA2}\r".encode())
    corpus = load_corpus(tmp_path)
    assert corpus.paragraphs["line"].tolist() == [3, 5]


def test_mixed_encodings_keep_line_numbers(tmp_path: Path) -> None:
    # UTF-8 with a line pasted from a cp1252 file: its bytes read as cp1252, the lines stay
    data = (
        f"Caf\u00e9 Owners Return to Herat\n\n{PARA}\n\n".encode()
        + "The caf\u00e9 \u201cOld Bazaar\u201d reopened on Monday, its owner said.\n\n".encode(
            "cp1252"
        )
        + f"{PARA2}\n".encode()
    )
    (tmp_path / "mixed.txt").write_bytes(data)
    corpus = load_corpus(tmp_path)
    paragraphs = corpus.paragraphs.set_index("line")["text"]
    assert (
        paragraphs[5] == "The caf\u00e9 \u201cOld Bazaar\u201d reopened on Monday, its owner said."
    )
    assert paragraphs[7] == PARA2
    assert corpus.rejects.empty


def test_a_long_line_is_left_unread_and_the_rest_of_the_file_read(tmp_path: Path) -> None:
    blob = "x" * (MAX_LINE_CHARS + 1)
    text = f"Grain Depot to Open in Balkh\n\n{PARA}\n\n{blob}\n\n{PARA2}\n"
    (tmp_path / "dump.txt").write_text(text, encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert corpus.paragraphs["line"].tolist() == [3, 7]
    reason = corpus.rejects.set_index("source_file")["reason"]["dump.txt"]
    assert reason == (
        f"line 5 holds {MAX_LINE_CHARS + 1:,} characters, more than a line of text "
        f"(limit {MAX_LINE_CHARS:,}); not read, the rest of the file was"
    )


def test_no_line_over_the_cap_reaches_the_segmenter(tmp_path: Path, monkeypatch) -> None:
    # the cost of a text dump is bounded by its line cap and its size limit, not by its content
    longest: list[int] = []
    real = load.segment_text

    def watched(text: str):
        longest.append(max(len(line) for line in text.splitlines() or [""]))
        return real(text)

    monkeypatch.setattr(load, "segment_text", watched)
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "blob.txt").write_text("y" * (3 * MAX_LINE_CHARS), encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert max(longest) <= MAX_LINE_CHARS
    assert "nothing else to read" in corpus.rejects.set_index("source_file")["reason"]["blob.txt"]


def test_jsonl_keeps_good_lines_and_names_the_bad_one(tmp_path: Path) -> None:
    rows = [json.dumps({"title": "A", "text": PARA}), "{cut off", json.dumps({"text": PARA2})]
    (tmp_path / "recs.jsonl").write_text("\n".join(rows) + '\n{"text": "trunc', encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert corpus.paragraphs["line"].tolist() == [1, 3]
    reason = corpus.rejects.set_index("source_file")["reason"]["recs.jsonl"]
    assert reason.startswith("line 2: invalid JSON") and "line 4: invalid JSON" in reason


def test_json_nested_too_deeply(tmp_path: Path) -> None:
    deep = "[" * 100_000 + "]" * 100_000
    good = json.dumps({"text": PARA})
    (tmp_path / "recs.jsonl").write_text(f'{good}\n{{"text": {deep}}}\n', encoding="utf-8")
    (tmp_path / "result.json").write_text(f'{{"messages": {deep}}}', encoding="utf-8")
    corpus = load_corpus(tmp_path)
    reasons = corpus.rejects.set_index("source_file")["reason"]
    assert reasons["recs.jsonl"] == "line 2: JSON nested too deeply to be read"
    assert reasons["result.json"] == "nested too deeply to be read"
    assert corpus.paragraphs["text"].tolist() == [PARA]


def test_csv_with_a_ten_megabyte_cell_is_read(tmp_path: Path) -> None:
    body = "The council met again. " * 460_000  # about 10 MB in one field
    (tmp_path / "big.csv").write_text(f'title,text\nBig,"{body}"\nSmall,"{PARA}"\n')
    corpus = load_corpus(tmp_path)
    assert corpus.articles["line_start"].tolist() == [2, 3]
    assert corpus.rejects.empty


def test_csv_rows_before_an_unterminated_quote_are_kept(tmp_path: Path) -> None:
    (tmp_path / "open.csv").write_text(f'title,text\nA,"{PARA}"\nB,"never closed\nmore\n')
    corpus = load_corpus(tmp_path)
    assert corpus.articles["line_start"].tolist() == [2]
    reason = corpus.rejects.set_index("source_file")["reason"]["open.csv"]
    assert reason.startswith("malformed CSV at line 3")


def test_utf16_csv_without_bom_is_read(tmp_path: Path) -> None:
    (tmp_path / "wide.csv").write_bytes(f'title,text\nA,"{PARA}"\n'.encode("utf-16-le"))
    corpus = load_corpus(tmp_path)
    assert corpus.paragraphs["text"].tolist() == [PARA]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores file permissions")
def test_unreadable_files_beside_good_ones(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    for name in ("locked.txt", "locked.csv", "locked.parquet", "locked.jsonl"):
        (tmp_path / name).write_text("text\nx\n")
        (tmp_path / name).chmod(0)
    try:
        corpus = load_corpus(tmp_path)
    finally:
        for name in ("locked.txt", "locked.csv", "locked.parquet", "locked.jsonl"):
            (tmp_path / name).chmod(0o644)
    reasons = corpus.rejects.set_index("source_file")["reason"]
    assert all(reasons[n].startswith("cannot read file") for n in reasons.index), reasons
    assert len(reasons) == 4


@pytest.mark.parametrize("name", ["vanish.txt", "vanish.csv", "vanish.jsonl", "vanish.parquet"])
@pytest.mark.parametrize("change", ["deleted", "replaced by a folder"])
def test_file_that_changes_between_listing_and_reading(
    tmp_path: Path, monkeypatch, name: str, change: str
) -> None:
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / name).write_text(STORY, encoding="utf-8")

    def listing_then_change(*args, **kwargs):
        entries = list(discover(*args, **kwargs))
        (tmp_path / name).unlink()
        if change != "deleted":
            (tmp_path / name).mkdir()
        yield from entries

    monkeypatch.setattr(load, "discover", listing_then_change)
    corpus = load_corpus(tmp_path)
    assert (corpus.articles["source_file"] == "good.txt").sum() == 2
    reason = corpus.rejects.set_index("source_file")["reason"][name]
    assert reason.startswith("cannot read file: ")
    assert ("No such file" in reason) if change == "deleted" else ("directory" in reason)


def test_whole_hostile_corpus_at_once(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    for write, _, _ in CASES.values():
        write(folder)
    corpus = load_corpus(folder)
    rejected = corpus.rejects.groupby("source_file")["reason"].agg(" | ".join)
    for case, (_, name, reason) in CASES.items():
        if reason is None:
            assert name in set(corpus.articles["source_file"]), case
        else:
            assert reason in rejected[name], (case, rejected.get(name))
    assert_cited_lines(folder, corpus.paragraphs, "good.txt")
    assert (corpus.articles["source_file"] == "good.txt").sum() == 2


def test_corpus_command_on_a_hostile_folder(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    for write, _, _ in CASES.values():
        write(folder)
    out = tmp_path / "tables"
    code = main(["corpus", str(folder), "--write", str(out)])
    printed = capsys.readouterr()
    assert code == 0, printed.err
    assert "Traceback" not in printed.err + printed.out
    rejects = pd.read_csv(out / "rejects.csv", keep_default_na=False)
    assert set(rejects["source_file"]) == {n for _, n, r in CASES.values() if r is not None} | {
        "loop_b.txt"
    }
    assert rejects["reason"].str.len().gt(0).all()


def test_folder_of_nothing_but_hostile_files_names_them(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for case in ("empty", "PNG bytes named .txt", "gzip archive", "broken symlink"):
        CASES[case][0](folder)
    code = main(["corpus", str(folder)])
    err = capsys.readouterr().err
    assert code == 1
    assert "Traceback" not in err
    assert "empty.txt: empty file" in err and "photo.txt: binary file" in err


@pytest.mark.slow
def test_a_fifty_megabyte_line_and_two_hundred_thousand_short_lines(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    with open(folder / "one_line.txt", "wb") as handle:
        handle.write(b"word " * (10 * 1024 * 1024))  # 50 MiB, no newline
    (folder / "short.txt").write_bytes(b"".join(b"x%d\n" % (i % 10) for i in range(200_000)))
    corpus = load_corpus(folder)
    reasons = corpus.rejects.set_index("source_file")["reason"]
    assert reasons["one_line.txt"].startswith("line 1 holds 52,428,800 characters")
    assert reasons["short.txt"].startswith("no body paragraphs")
    assert (corpus.articles["source_file"] == "good.txt").sum() == 2

"""Bad and hostile input: every reason becomes a reject row, the rest loads."""

from __future__ import annotations

import logging
import os
import tempfile
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from afgresearch.corpus import (
    CorpusPathError,
    EmptyCorpusError,
    load_corpus,
)
from afgresearch.corpus import decode as decode_mod
from afgresearch.corpus.decode import decode_bytes
from afgresearch.corpus.errors import UndecodableError

from . import layouts

GOOD = layouts.READ_MORE


def load_with(tmp_path, name, content, **kwargs):
    """Write ``content`` next to a good dump; return (corpus, reject reason for ``name``)."""
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    corpus = load_corpus(tmp_path, **kwargs)
    assert corpus.articles["source_file"].eq("good.txt").sum() == 2
    reasons = corpus.rejects.loc[corpus.rejects.source_file == name, "reason"].tolist()
    return corpus, " | ".join(reasons)


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\t\n\n", "only whitespace"),
        ("nul.txt", b"Some text\x00\x01\x02 more", "NUL bytes"),
        ("report.txt", b"%PDF-1.7\n1 0 obj", "PDF document"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00", "PNG image"),
        ("ctrl.txt", bytes(range(1, 32)) * 20 + b"abc", "control characters"),
        (
            "menu.txt",
            "Home\n\nWorld News\nShare this article\nFollow\nread more\n",
            "no body paragraphs",
        ),
        ("notes.docx", b"PK\x03\x04 whatever", "unsupported file type '.docx'"),
        ("README", b"Plain text.", "unsupported file type '(no extension)'"),
        (
            "no_text.csv",
            "title,notes\nA,Some body text.\n",
            "no text column (columns found: title, notes; accepted for the text: text, body,",
        ),
        (
            "quotes.csv",
            'text,title\n"Good row.",A\n"bad "quote" row.",B\n',
            "malformed CSV at line 3",
        ),
        ("bad.jsonl", '{"text": "Fine line."}\n{not json\n', "line 2: invalid JSON"),
        ("typed.jsonl", '{"text": 42}\n', "'text' is int"),
        ("none.jsonl", '{"notes": "x"}\n', "no text column (columns found: notes; accepted"),
        ("corrupt.parquet", b"PAR1 not really", "not a readable Parquet file"),
    ],
)
def test_reject_reasons(tmp_path, name, content, expected, caplog):
    with caplog.at_level(logging.WARNING, logger="afgresearch.corpus"):
        _, reason = load_with(tmp_path, name, content)
    assert expected in reason
    assert any(name in rec.getMessage() and expected in rec.getMessage() for rec in caplog.records)


def test_malformed_csv_keeps_rows_before_the_error(tmp_path):
    corpus, reason = load_with(tmp_path, "quotes.csv", 'text\n"Good row."\n"bad "quote" row."\n')
    assert corpus.articles["source_file"].eq("quotes.csv").sum() == 1
    assert "rows from there on skipped" in reason


def test_parquet_with_wrong_column_type(tmp_path):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    pd.DataFrame({"text": [1, 2], "title": ["a", "b"]}).to_parquet(tmp_path / "ints.parquet")
    pd.DataFrame({"text": ["Fine text."], "title": [3.5]}).to_parquet(tmp_path / "title.parquet")
    pd.DataFrame({"notes": ["x"]}).to_parquet(tmp_path / "cols.parquet")
    rej = load_corpus(tmp_path).rejects.set_index("source_file")["reason"]
    assert "column 'text' has type int64, expected string" in rej["ints.parquet"]
    assert "column 'title' has type double" in rej["title.parquet"]
    assert "no text column (columns found: notes;" in rej["cols.parquet"]


def test_too_large_file_rejected_without_reading(tmp_path, monkeypatch):
    big = tmp_path / "huge.txt"
    with open(big, "wb") as handle:  # a 200 MB single line (sparse file)
        handle.truncate(200 * 1024 * 1024)

    def boom(*args, **kwargs):
        raise AssertionError("the file must not be read")

    monkeypatch.setattr(decode_mod, "decode_bytes", boom)
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    corpus = load_corpus(tmp_path)
    reason = corpus.rejects.set_index("source_file")["reason"]["huge.txt"]
    assert "file too large" in reason and "209,715,200 bytes" in reason


def test_max_bytes_is_a_parameter(tmp_path):
    _, reason = load_with(tmp_path, "long.txt", GOOD * 3, max_bytes=len(GOOD.encode()) + 10)
    assert "file too large" in reason


def test_unreadable_file(tmp_path, monkeypatch):
    real_open = open

    def guarded(path, *args, **kwargs):
        if str(path).endswith("locked.txt"):
            raise PermissionError(13, "Permission denied")
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr("builtins.open", guarded)
    _, reason = load_with(tmp_path, "locked.txt", layouts.WRAPPED)
    assert reason == "cannot read file: Permission denied"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores file permissions")
def test_unreadable_file_permissions(tmp_path):
    path = tmp_path / "locked.txt"
    path.write_text(layouts.WRAPPED, encoding="utf-8")
    path.chmod(0)
    try:
        (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
        corpus = load_corpus(tmp_path)
        assert "cannot read file" in corpus.rejects.set_index("source_file")["reason"]["locked.txt"]
    finally:
        path.chmod(0o644)


def test_symlinks_outside_the_corpus_are_not_followed(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(layouts.WRAPPED, encoding="utf-8")
    corpus_dir = tmp_path / "corpus"
    corpus_dir.mkdir()
    (corpus_dir / "good.txt").write_text(GOOD, encoding="utf-8")
    (corpus_dir / "leak.txt").symlink_to(outside / "secret.txt")
    (corpus_dir / "dir").symlink_to(outside, target_is_directory=True)
    (corpus_dir / "inside.txt").symlink_to(corpus_dir / "good.txt")
    corpus = load_corpus(corpus_dir)
    rej = corpus.rejects.set_index("source_file")["reason"]
    assert "outside the corpus folder" in rej["leak.txt"]
    assert "outside the corpus folder" in rej["dir"]
    assert sorted(corpus.articles["source_file"].unique()) == ["good.txt", "inside.txt"]
    assert not corpus.paragraphs["text"].str.contains("archive").any()


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1", "utf-16", "utf-8-sig"])
def test_known_encodings_are_decoded(tmp_path, encoding):
    text = (
        "Café owners in Hérat said “prices” rose — again.\n"
        "Exporters of dried apricots and raisins expected better prices this season, the chamber said.\n"
        "Traders in the old bazaar said they hoped the crossings would stay open through the winter.\n"
    )
    if encoding == "latin-1":
        text = text.replace("“", '"').replace("”", '"').replace("—", "-")
    path = tmp_path / "legacy.txt"
    path.write_bytes(text.encode(encoding))
    corpus = load_corpus(path)
    assert corpus.rejects.empty
    assert corpus.paragraphs["text"].tolist()[0] == text.splitlines()[0]


def test_truncated_utf8_is_decoded_with_the_partial_character_dropped(caplog):
    data = "Officials said the talks — at last — would resume next week at the café".encode()
    with caplog.at_level(logging.WARNING):
        text = decode_bytes(data[:-1], "cut.txt")  # cut inside the two bytes of "é"
    assert text == "Officials said the talks — at last — would resume next week at the caf"
    assert "truncated UTF-8" in caplog.text


def test_undecodable_bytes_are_rejected(monkeypatch):
    monkeypatch.setattr(decode_mod.charset_normalizer, "from_bytes", lambda data: [])
    with pytest.raises(UndecodableError, match="undecodable bytes"):
        decode_bytes(b"caf\xe9 and more text here. " * 10, "x.txt")


def test_short_legacy_text_and_cyrillic_are_decoded():
    assert decode_bytes("café".encode("cp1252"), "x.txt") == "café"
    russian = "Переговоры в Кабуле возобновятся на следующей неделе, сообщили официальные лица."
    assert decode_bytes(russian.encode("cp1251"), "ru.txt") == russian


def test_empty_corpus_is_an_error(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01")
    with pytest.raises(EmptyCorpusError, match=r"empty\.txt: empty file"):
        load_corpus(tmp_path)
    (tmp_path / "sub").mkdir()
    with pytest.raises(EmptyCorpusError, match="no files found"):
        load_corpus(tmp_path / "sub")


def test_missing_path_is_an_error(tmp_path):
    with pytest.raises(CorpusPathError, match="does not exist"):
        load_corpus(tmp_path / "nope")


@pytest.mark.slow
def test_many_tiny_articles_load(tmp_path):
    # how the time grows with the number of articles is measured in benchmarks/parse_scale.py
    (tmp_path / "many.txt").write_text(tiny_articles(20_000), encoding="utf-8")
    many = load_corpus(tmp_path / "many.txt")
    assert len(many.articles) == 20_000
    assert many.articles["title"].iloc[-1] == "Item number 19999 headline"


def tiny_articles(n: int) -> str:
    """A dump of ``n`` two-line stories, each followed by a repeated headline and a link."""
    return "".join(
        f"Item number {i} headline\n\nThe council met on day {i} and approved the plan.\n\n"
        f"Item number {i} headline\nread more\n\n"
        for i in range(n)
    )


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    data=st.binary(max_size=2000),
    suffix=st.sampled_from([".txt", ".md", ".csv", ".jsonl", ".html"]),
)
def test_any_bytes_give_articles_or_a_reject(tmp_path, data, suffix):
    folder = Path(tempfile.mkdtemp(dir=tmp_path))
    (folder / f"any{suffix}").write_bytes(data)
    try:
        corpus = load_corpus(folder)
    except EmptyCorpusError as exc:
        assert f"any{suffix}" in str(exc)
        return
    assert len(corpus.articles) > 0
    assert corpus.paragraphs["text"].str.len().gt(0).all()


@settings(max_examples=40, deadline=None)
@given(
    text=st.text(alphabet=st.sampled_from(list("ab .\n•-:’“”\t")) | st.characters(), max_size=400)
)
def test_any_text_segments_without_error(text):
    from afgresearch.corpus.lines import paragraph_text
    from afgresearch.corpus.source import split_lines
    from afgresearch.corpus.textdump import segment_text

    lines = split_lines(text)  # lines as the corpus reader numbers them, not str.splitlines
    for art in segment_text(text):
        for line, para in art.paragraphs:
            # the paragraph starts its line, less a Markdown quote mark ('> ')
            assert para and paragraph_text(lines[line - 1]).startswith(para.split()[0])


def test_mixed_encodings_are_decoded(caplog):
    data = "Kabul — talks resumed.\n".encode() + "Le café a rouvert.\n".encode("cp1252")
    with caplog.at_level(logging.WARNING):
        text = decode_bytes(data, "mixed.txt")
    assert text == "Kabul — talks resumed.\nLe café a rouvert.\n"
    assert "mixed encodings" in caplog.text


def test_linked_corpus_folder_named_by_the_caller_is_read(tmp_path):
    real = tmp_path / "real"
    real.mkdir()
    (real / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "link").symlink_to(real, target_is_directory=True)
    corpus = load_corpus(tmp_path / "link")
    assert corpus.articles["source_file"].tolist() == ["good.txt", "good.txt"]


def test_long_csv_field_is_read(tmp_path):
    body = "The council met again. " * 10_000  # about 230 KB in one field
    pd.DataFrame({"text": [body]}).to_csv(tmp_path / "long.csv", index=False)
    corpus = load_corpus(tmp_path / "long.csv")
    assert corpus.articles["text"].iloc[0] == body.strip()

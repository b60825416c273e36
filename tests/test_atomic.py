"""atomic_write: the target changes only when the block completes; nothing is left behind."""

import os
from pathlib import Path

import pytest

from afgresearch.atomic import atomic_write


def _entries(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_writes_bytes_and_text(tmp_path: Path) -> None:
    with atomic_write(tmp_path / "a.bin") as fh:
        fh.write(b"\x00\x01")
    with atomic_write(tmp_path / "b.txt", "w") as fh:
        fh.write("é\nline\n")
    assert (tmp_path / "a.bin").read_bytes() == b"\x00\x01"
    assert (tmp_path / "b.txt").read_bytes() == "é\nline\n".encode()  # UTF-8, \n on every OS
    assert _entries(tmp_path) == ["a.bin", "b.txt"]


def test_replaces_an_earlier_file_and_creates_the_folder(tmp_path: Path) -> None:
    target = tmp_path / "new" / "deeper" / "t.txt"
    for content in ("first", "second"):
        with atomic_write(target, "w") as fh:
            fh.write(content)
    assert target.read_text() == "second"
    assert _entries(target.parent) == ["t.txt"]


def test_a_failure_leaves_the_earlier_file_untouched_and_no_temporary_file(
    tmp_path: Path,
) -> None:
    target = tmp_path / "brief.md"
    target.write_text("earlier")
    with pytest.raises(RuntimeError, match="stopped"), atomic_write(target, "w") as fh:
        fh.write("half of the new")
        fh.flush()
        raise RuntimeError("stopped")
    assert target.read_text() == "earlier"
    assert _entries(tmp_path) == ["brief.md"]


def test_a_failed_rename_leaves_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "taken"
    target.mkdir()  # a folder cannot be replaced by a file
    (target / "inside").write_text("kept")
    with pytest.raises(OSError), atomic_write(target) as fh:
        fh.write(b"data")
    assert _entries(tmp_path) == ["taken"]
    assert (target / "inside").read_text() == "kept"


def test_the_file_is_written_beside_the_target_under_a_hidden_name(tmp_path: Path) -> None:
    target = tmp_path / "t.parquet"
    with atomic_write(target) as fh:
        temp = Path(fh.name)
        assert temp.parent == tmp_path and temp.name.startswith(".t.parquet.")
        assert not target.exists()
    assert target.exists() and not temp.exists()


def test_permissions_follow_the_umask_like_open(tmp_path: Path) -> None:
    with atomic_write(tmp_path / "a") as fh:
        fh.write(b"x")
    (tmp_path / "b").write_bytes(b"x")
    assert os.stat(tmp_path / "a").st_mode == os.stat(tmp_path / "b").st_mode


def test_refuses_other_modes(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="mode 'a'"), atomic_write(tmp_path / "x", "a"):
        pass
    assert _entries(tmp_path) == []


def test_a_failed_corpus_write_keeps_the_earlier_tables(tmp_path: Path) -> None:
    from afgresearch.corpus import EmptyCorpusError, write_corpus_parquet

    out = tmp_path / "tables"
    out.mkdir()
    for name in ("articles", "paragraphs", "rejects"):
        (out / f"{name}.parquet").write_bytes(b"earlier " + name.encode())
    (tmp_path / "empty").mkdir()
    with pytest.raises(EmptyCorpusError):
        write_corpus_parquet(tmp_path / "empty", out)
    assert _entries(out) == ["articles.parquet", "paragraphs.parquet", "rejects.parquet"]
    assert (out / "articles.parquet").read_bytes() == b"earlier articles"

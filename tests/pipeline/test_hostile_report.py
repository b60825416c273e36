"""End to end on a hostile corpus: the run completes on the good input, every reject is listed
with its reason in the run folder and the brief, article markup stays inert, and a corpus with
nothing usable fails the run without touching earlier runs or ``latest``."""

from __future__ import annotations

import csv
import gzip
import os
from pathlib import Path

import pandas as pd
import pytest

from afgresearch.cli import main
from afgresearch.pipeline import run_report
from afgresearch.pipeline.run import PROJECT_ROOT

pytestmark = pytest.mark.slow

GOOD = PROJECT_ROOT / "seeds" / "003_36ac887a2783dbf1.txt"


def _hostile_files(folder: Path, outside: Path) -> set[str]:
    """Write one bad file per failure kind; return the names that must be rejected."""
    (folder / "binary.txt").write_bytes(b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 8)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.md").write_text("\n   \n\t\n", encoding="utf-8")
    (folder / "no_text_column.csv").write_text("title,url\nA headline,https://example.org\n")
    (folder / "wrong_types.parquet").write_bytes(b"")
    pd.DataFrame({"text": [1, 2, 3]}).to_parquet(folder / "wrong_types.parquet")
    (folder / "only_boilerplate.txt").write_text(
        "Short Url\nFollow\nread more\nShare this article\n", encoding="utf-8"
    )
    secret = outside / "secret.txt"
    secret.write_text("Outside the corpus. This text must never be read into the brief.\n")
    os.symlink(secret, folder / "link_outside.txt")
    return {
        "binary.txt",
        "empty.txt",
        "blank.md",
        "no_text_column.csv",
        "wrong_types.parquet",
        "only_boilerplate.txt",
        "link_outside.txt",
    }


def test_run_completes_on_good_input_and_lists_every_reject(tmp_path: Path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    outside = tmp_path / "outside"
    outside.mkdir()
    (corpus / GOOD.name).write_bytes(GOOD.read_bytes())
    # a cp1252 file with a script payload: decoded, kept, and inert in the HTML
    (corpus / "cp1252.txt").write_bytes(
        (
            "Hostile markup test\n\n"
            "Officials said 1,200 Afghans returned from Iran last week \u2013 "
            "<script>window.__pwned=1</script> according to the ministry.\n"
        ).encode("cp1252")
    )
    bad = _hostile_files(corpus, outside)

    run = run_report(corpus, tmp_path / "out", quiet=True).run_dir

    with open(run / "tables" / "rejects.csv", newline="", encoding="utf-8") as handle:
        rejects = {row["source_file"]: row["reason"] for row in csv.DictReader(handle)}
    assert set(rejects) == bad
    assert all(reason.strip() for reason in rejects.values())

    brief = (run / "brief.md").read_text(encoding="utf-8")
    for name in bad:
        assert name.replace("_", "\\_") in brief or name in brief, name
    assert "Outside the corpus" not in brief

    html = (run / "brief.html").read_text(encoding="utf-8")
    assert "<script>window.__pwned" not in html
    articles = pd.read_parquet(run / "tables" / "articles.parquet")
    assert set(articles["source_file"]) == {GOOD.name, "cp1252.txt"}


def test_nothing_usable_fails_and_keeps_latest(tmp_path: Path, capsys):
    out = tmp_path / "out"
    good = tmp_path / "good"
    good.mkdir()
    (good / GOOD.name).write_bytes(GOOD.read_bytes())
    first = run_report(good, out, quiet=True).run_dir

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    outside = tmp_path / "outside"
    outside.mkdir()
    _hostile_files(corpus, outside)

    code = main(["report", "--corpus", str(corpus), "--out", str(out), "--quiet"])
    assert code != 0
    assert (out / "latest").resolve() == first.resolve()
    complete = [p for p in out.iterdir() if p.is_dir() and p.name[0].isdigit()]
    assert complete == [first]
    err = capsys.readouterr().err
    assert "EmptyCorpusError" in err and "empty.txt" in err and "01_corpus.ipynb" in err


def test_report_command_on_good_and_broken_files(tmp_path: Path, capsys):
    """The ``afgresearch report`` path: broken, cut-off and stray files beside a good dump are
    each listed with their reason, a UTF-16 export without a byte-order mark is read, and no
    traceback reaches the user."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / GOOD.name).write_bytes(GOOD.read_bytes())
    story = (
        "Grain Depot to Open in Balkh\n\nOfficials in Mazar-i-Sharif said the new grain depot "
        "would open before the winter, according to the provincial council on Tuesday.\n"
    )
    (corpus / "wide.txt").write_bytes(story.encode("utf-16-le"))
    (corpus / "odd\nname.txt").write_bytes(b"")
    (corpus / "pipe|name.txt").write_bytes(b"\x89PNG\r\n\x1a\n")
    (corpus / "story.txt~").write_text(story, encoding="utf-8")
    (corpus / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    (corpus / "blob.txt").write_text("y" * 200_001, encoding="utf-8")
    (corpus / "dump.txt.gz").write_bytes(gzip.compress(story.encode()))
    (corpus / "result.json").write_text('{"messages": [', encoding="utf-8")
    (corpus / "open.csv").write_text('title,text\nA,"never closed\n', encoding="utf-8")
    (corpus / "gone.txt").symlink_to("nowhere.txt")
    expected = {
        "odd\nname.txt": "empty file",
        "pipe|name.txt": "binary file: PNG image",
        "story.txt~": "editor backup file",
        ".DS_Store": "system metadata file",
        "blob.txt": "line 1 holds 200,001 characters",
        "dump.txt.gz": "compressed archive (.gz)",
        "result.json": "invalid JSON",
        "open.csv": "malformed CSV at line 2",
        "gone.txt": "broken symbolic link",
    }

    out = tmp_path / "out"
    code = main(["report", "--corpus", str(corpus), "--out", str(out), "--quiet"])
    printed = capsys.readouterr()
    assert code == 0, printed.err
    assert "Traceback" not in printed.err + printed.out
    run = (out / "latest").resolve()
    with open(run / "tables" / "rejects.csv", newline="", encoding="utf-8") as handle:
        rejects = {row["source_file"]: row["reason"] for row in csv.DictReader(handle)}
    assert set(rejects) == set(expected)
    for name, reason in expected.items():
        assert reason in rejects[name], (name, rejects[name])
    articles = pd.read_parquet(run / "tables" / "articles.parquet")
    assert set(articles["source_file"]) == {GOOD.name, "wide.txt"}
    brief = (run / "brief.md").read_text(encoding="utf-8")
    assert "pipe\\|name.txt" in brief and "odd name.txt" in brief

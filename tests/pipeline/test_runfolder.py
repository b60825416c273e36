"""Run folders: unique ids, atomic publication, ``latest``, and paths that cannot escape."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from afgresearch.pipeline import OutputFolderError
from afgresearch.pipeline.runfolder import (
    FAILED_PREFIX,
    PARTIAL_PREFIX,
    RunFolder,
    latest_run,
    new_run_id,
    point_latest,
    safe_child,
)


def test_run_ids_are_unique():
    assert len({new_run_id() for _ in range(2000)}) == 2000


def test_complete_renames_and_points_latest(tmp_path: Path):
    run = RunFolder.create(tmp_path)
    assert run.path.name.startswith(PARTIAL_PREFIX)
    assert latest_run(tmp_path) is None  # a partial run is never "latest"
    (run.path / "manifest.json").write_text("{}")
    final = run.complete()
    assert final == tmp_path / run.run_id and final.is_dir()
    assert os.readlink(tmp_path / "latest") == run.run_id  # relative: the folder can move
    assert latest_run(tmp_path) == final


def test_complete_refuses_without_manifest(tmp_path: Path):
    run = RunFolder.create(tmp_path)
    with pytest.raises(OutputFolderError, match="manifest.json"):
        run.complete()


def test_fail_keeps_folder_and_latest(tmp_path: Path):
    first = RunFolder.create(tmp_path)
    (first.path / "manifest.json").write_text("{}")
    done = first.complete()
    second = RunFolder.create(tmp_path)
    failed = second.fail()
    assert failed.name == FAILED_PREFIX + second.run_id and failed.is_dir()
    assert latest_run(tmp_path) == done


def test_latest_falls_back_when_link_is_broken(tmp_path: Path):
    runs = []
    for _ in range(2):
        run = RunFolder.create(tmp_path)
        (run.path / "manifest.json").write_text("{}")
        runs.append(run.complete(update_latest=False))
    os.symlink("does-not-exist", tmp_path / "latest")
    assert latest_run(tmp_path) == max(runs)
    point_latest(tmp_path, runs[0])
    assert latest_run(tmp_path) == runs[0]


def test_out_that_is_a_file_is_refused(tmp_path: Path):
    f = tmp_path / "file"
    f.write_text("x")
    with pytest.raises(OutputFolderError, match="output folder"):
        RunFolder.create(f)


@pytest.mark.parametrize("bad", ["../x", "/etc/passwd", "a/../../b", ""])
def test_safe_child_refuses_escapes(tmp_path: Path, bad: str):
    with pytest.raises(OutputFolderError):
        safe_child(tmp_path, bad)


def test_safe_child_refuses_symlink_escape(tmp_path: Path):
    os.symlink("/", tmp_path / "root")
    with pytest.raises(OutputFolderError, match="escapes"):
        safe_child(tmp_path, "root/etc")
    assert safe_child(tmp_path, "tables/x.csv") == tmp_path / "tables" / "x.csv"

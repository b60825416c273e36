"""Run-folder tables: byte-stable CSV and Parquet, contracts enforced, clear errors."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from afgresearch.pipeline import TableError, read_table, write_table
from afgresearch.pipeline.manifest import stable_part
from afgresearch.schema import empty_table


def _rejects() -> pd.DataFrame:
    return pd.DataFrame({"reason": ["binary", "empty"], "source_file": ["b.bin", "ä.txt"]})


def test_write_is_byte_stable_and_conformed(tmp_path: Path):
    a = write_table(tmp_path / "a", "rejects", _rejects())
    b = write_table(tmp_path / "b", "rejects", _rejects())
    assert [p.read_bytes() for p in a] == [p.read_bytes() for p in b]
    assert a[0].read_text(encoding="utf-8").splitlines()[0] == "source_file,reason"
    back = read_table(tmp_path / "a", "rejects")
    assert back.dtypes.astype(str).tolist() == ["string", "string"]
    assert back["source_file"].tolist() == ["b.bin", "ä.txt"]
    assert not list((tmp_path / "a" / "tables").glob(".*tmp"))  # no temporary files left


def test_missing_columns_and_names(tmp_path: Path):
    with pytest.raises(TableError, match="'claims' lacks column"):
        write_table(tmp_path, "claims", pd.DataFrame({"quote": ["x"]}))
    with pytest.raises(TableError, match="table name"):
        write_table(tmp_path, "../evil", _rejects())
    with pytest.raises(TableError, match="must be a pandas DataFrame"):
        write_table(tmp_path, "rejects", [1, 2])
    with pytest.raises(TableError, match="no claims.parquet or claims.csv"):
        read_table(tmp_path, "claims")
    assert (
        read_table(tmp_path, "claims", missing_ok=True).columns.tolist()
        == empty_table("claims").columns.tolist()
    )


def test_corrupt_parquet_is_reported(tmp_path: Path):
    (tmp_path / "tables").mkdir()
    (tmp_path / "tables" / "rejects.parquet").write_bytes(b"PAR1 not really")
    with pytest.raises(TableError, match="'rejects'.*cannot be read"):
        read_table(tmp_path, "rejects")


def test_wrong_parquet_types_are_reported(tmp_path: Path):
    (tmp_path / "tables").mkdir()
    pd.DataFrame({"claim_id": [1]}).to_parquet(tmp_path / "tables" / "claims.parquet")
    with pytest.raises(TableError, match="'claims'"):
        read_table(tmp_path, "claims")


def test_stable_manifest_part_ignores_times_and_notebooks():
    a = {
        "run_id": "1",
        "started": "t",
        "parameters": {"x": 1},
        "outputs": {"brief.md": "h", "notebooks/a": "1"},
    }
    b = {
        "run_id": "2",
        "started": "u",
        "parameters": {"x": 1},
        "outputs": {"brief.md": "h", "notebooks/a": "2"},
    }
    assert stable_part(a) == stable_part(b)
    b["outputs"]["brief.md"] = "g"
    assert stable_part(a) != stable_part(b)


def test_csv_fallback_keeps_booleans_and_missing_numbers(tmp_path: Path) -> None:
    ks = pd.DataFrame(
        {
            "k": [2, 3],
            "inertia": [1.0, 0.5],
            "silhouette": [float("nan"), 0.2],
            "n_texts": [10, 10],
            "chosen": [False, True],
        }
    )
    write_table(tmp_path, "k_selection", ks)
    (tmp_path / "tables" / "k_selection.parquet").unlink()
    back = read_table(tmp_path, "k_selection")
    assert back["chosen"].tolist() == [False, True]  # 'False' is not truthy text
    assert back["silhouette"].isna().tolist() == [True, False]
    pd.testing.assert_frame_equal(back, read_table_parquet(tmp_path, ks))


def read_table_parquet(folder: Path, ks: pd.DataFrame) -> pd.DataFrame:
    write_table(folder / "again", "k_selection", ks)
    return read_table(folder / "again", "k_selection")

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


def _many_rejects(n: int) -> pd.DataFrame:
    return pd.DataFrame({"source_file": [f"f{i % 7}.txt" for i in range(n)], "reason": ["r"] * n})


@pytest.mark.parametrize("head", [0, 1, 3, 2_500, 10_000])
def test_head_reads_the_first_rows_as_the_whole_table_gives_them(tmp_path: Path, head: int):
    from afgresearch.pipeline.tables import TableWriter

    frame = _many_rejects(5_000)
    with TableWriter(tmp_path, "rejects") as out:  # several row groups
        for start in range(0, 5_000, 1_200):
            out.write(frame.iloc[start : start + 1_200])
    whole = read_table(tmp_path, "rejects")
    got = read_table(tmp_path, "rejects", head=head)
    pd.testing.assert_frame_equal(got, whole.head(head).reset_index(drop=True))
    cols = read_table(tmp_path, "rejects", columns=["reason"], head=head)
    assert cols.columns.tolist() == ["reason"] and len(cols) == min(head, 5_000)
    (tmp_path / "tables" / "rejects.parquet").unlink()  # the CSV gives the same preview
    pd.testing.assert_frame_equal(read_table(tmp_path, "rejects", head=head), got)


def test_table_counts_most_first_ties_by_value(tmp_path: Path):
    from afgresearch.pipeline import table_counts

    frame = pd.DataFrame(
        {"source_file": ["b", "a", "c", "a", "b", "d"], "reason": ["x", "y", "x", "y", "x", "x"]}
    )
    write_table(tmp_path, "rejects", frame)
    counts = table_counts(tmp_path, "rejects", ["source_file", "reason"])
    assert counts.index.tolist() == [("a", "y"), ("b", "x"), ("c", "x"), ("d", "x")]
    assert counts["rows"].tolist() == [2, 2, 1, 1]
    expected = (
        frame.groupby(["source_file", "reason"]).size().sort_values(ascending=False, kind="stable")
    )
    assert counts["rows"].tolist() == expected.tolist()
    (tmp_path / "tables" / "rejects.parquet").unlink()  # from the CSV: the same counts
    pd.testing.assert_frame_equal(
        table_counts(tmp_path, "rejects", ["source_file", "reason"]), counts, check_dtype=False
    )


def test_packages_load_their_modules_on_first_use():
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from afgresearch.pipeline.run import run_report\n"
        "from afgresearch.themes.lexicon_sets import available_lexicons\n"
        "heavy = {'pandas', 'sklearn', 'spacy', 'matplotlib'} & set(sys.modules)\n"
        "assert not heavy, heavy\n"
        "from afgresearch.themes import ThemeModel, available_lexicons as a\n"
        "from afgresearch.pipeline import read_table\n"
        "import afgresearch.themes as t\n"
        "assert 'ThemeModel' in dir(t) and a() == available_lexicons()\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)

import pandas as pd
import pytest

from afgresearch.schema import REJECT_COLUMNS, TABLES, conform, empty_table


@pytest.mark.parametrize("name", sorted(TABLES))
def test_empty_table_has_contract_columns(name):
    table = empty_table(name)
    assert list(table.columns) == list(TABLES[name])
    assert len(table) == 0


def test_unknown_table_is_named_in_error():
    with pytest.raises(KeyError, match="nope"):
        empty_table("nope")


def test_conform_reports_missing_columns():
    with pytest.raises(ValueError, match="reason"):
        conform(pd.DataFrame({"source_file": ["a"]}), REJECT_COLUMNS)

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


def test_tables_written_before_later_columns_still_conform():
    from afgresearch.schema import CLAIM_COLUMNS, EVENT_COLUMNS, LATER_COLUMNS

    claims = empty_table("claims").drop(columns=["kind", "rate", "rate_per"])
    events = empty_table("events").drop(columns=["date_basis"])
    assert list(conform(claims, CLAIM_COLUMNS).columns) == list(CLAIM_COLUMNS)
    assert list(conform(events, EVENT_COLUMNS).columns) == list(EVENT_COLUMNS)
    row = conform(pd.DataFrame({"source_file": ["a"]}).assign(reason="x"), REJECT_COLUMNS)
    assert "kind" not in row.columns  # only the table's own later columns are added
    with pytest.raises(ValueError, match="quote"):
        conform(events.drop(columns=["quote"]), EVENT_COLUMNS)
    assert set(LATER_COLUMNS) <= set(CLAIM_COLUMNS) | set(EVENT_COLUMNS)

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


# --- require: the one check of a table against its contract -------------------------------

from afgresearch.errors import TableContractError  # noqa: E402
from afgresearch.schema import require  # noqa: E402


def _claims(**changes) -> pd.DataFrame:
    row = {
        "claim_id": "a1-p0-c01",
        "paragraph_id": "a1-p0",
        "source_file": "a.txt",
        "line": 3,
        "quote": "500,000 Afghans returned",
        "value": 500_000.0,
        "qualifier": "exact",
        "unit": "people",
        "topic": "returns_deportations",
        "period": "",
        "attributed_to": "",
        "repeat_of": "",
        "measure": "people returned",
    }
    frame = pd.DataFrame([row, {**row, "claim_id": "a1-p0-c02", "line": 4}])
    return frame.assign(**changes)


def test_require_returns_a_good_table_unchanged():
    frame = _claims()
    assert require(frame, "claims") is frame
    assert require(conform(frame, TABLES["claims"]), "claims").shape == (2, len(TABLES["claims"]))


@pytest.mark.parametrize(
    ("changes", "column", "reason"),
    [
        ({"line": [0, 4]}, "line", r"line number >= 1.*first at row 0 \(0\)"),
        ({"line": [3, -2]}, "line", r"line number >= 1.*first at row 1 \(-2\)"),
        ({"line": [3.5, 4]}, "line", "integers without gaps"),
        ({"line": [3, None]}, "line", "integers without gaps"),
        ({"line": ["three", "4"]}, "line", r"integers without gaps.*'three'"),
        ({"line": [True, False]}, "line", "integers without gaps"),
        ({"value": ["many", 1.0]}, "value", "numbers"),
        ({"qualifier": ["exact", "roughly"]}, "qualifier", r"one of exact, more_than.*'roughly'"),
        ({"topic": ["weather", "other"]}, "topic", "one of returns_deportations"),
        ({"source_file": ["a.txt", ""]}, "source_file", "must not be empty"),
        ({"source_file": [None, "a.txt"]}, "source_file", "must not be empty"),
        ({"claim_id": ["c", "c"]}, "claim_id", "duplicate values.*: c"),
        ({"claim_id": ["c", " "]}, "claim_id", "must not be empty"),
    ],
)
def test_require_names_table_column_and_reason(changes, column, reason):
    with pytest.raises(TableContractError, match=rf"table 'claims', column '{column}': .*{reason}"):
        require(_claims(**changes), "claims")


def test_require_checks_shares_booleans_and_missing_columns():
    shares = pd.DataFrame(
        {"article_id": ["a", "b"], "theme": ["rights", "other"], "share": [0.5, 1.2]}
    )
    with pytest.raises(TableContractError, match="'share': must be a share between 0 and 1"):
        require(shares, "article_themes")
    k = pd.DataFrame({"k": [2], "inertia": [1.0], "silhouette": [float("nan")], "n_texts": [9],
                      "chosen": ["yes"]})  # fmt: skip
    with pytest.raises(TableContractError, match="'chosen': must hold True or False"):
        require(k, "k_selection")
    assert require(k.assign(chosen=[True]), "k_selection") is not None  # NaN silhouette is allowed
    with pytest.raises(
        TableContractError, match="table 'claims' lacks column\\(s\\): quote, value"
    ):
        require(_claims().drop(columns=["quote", "value"]), "claims")
    with pytest.raises(
        TableContractError, match="table 'events' must be a pandas DataFrame, got list"
    ):
        require([1], "events")


def test_require_checks_only_the_columns_a_stage_reads():
    frame = _claims(qualifier=["roughly", "exact"]).drop(columns=["quote"])
    assert require(frame, "claims", ["claim_id", "line"]) is frame
    with pytest.raises(TableContractError, match="'qualifier'"):
        require(frame, "claims", ["claim_id", "qualifier"])


def test_require_none_and_tables_outside_the_contracts():
    assert require(None, "rejects", none_ok=True).columns.tolist() == ["source_file", "reason"]
    with pytest.raises(TableContractError, match="got NoneType"):
        require(None, "rejects")
    labels = pd.DataFrame({"source_file": ["a.txt"], "line": [0], "theme": ["rights"]})
    with pytest.raises(TableContractError, match="table 'labels', column 'line': must be a line"):
        require(labels, "labels", ["source_file", "line", "theme"])
    with pytest.raises(TableContractError, match="'labels' lacks column\\(s\\): theme"):
        require(labels.drop(columns="theme"), "labels", ["theme"])


def test_require_raises_the_stage_error_it_is_given():
    class StageError(TableContractError):
        pass

    with pytest.raises(StageError, match="'rejects'"):
        require(
            pd.DataFrame({"source_file": [""], "reason": ["binary"]}), "rejects", error=StageError
        )


def _paragraphs(**changes) -> pd.DataFrame:
    frame = pd.DataFrame(
        {
            "paragraph_id": ["a1-p0", "a1-p1"],
            "article_id": ["a1", "a1"],
            "source_file": ["a.txt", "a.txt"],
            "line": [3, 5],
            "text": ["UNHCR said 500,000 Afghans returned.", "Envoys met in Doha."],
        }
    )
    return frame.assign(**changes)


def _stage_calls(tmp_path):
    from afgresearch.brief import write_brief
    from afgresearch.extract import extract_claims, extract_events, extract_mentions
    from afgresearch.figures import returns_claims
    from afgresearch.pipeline import write_table
    from afgresearch.themes import article_theme_shares, theme_paragraphs

    bad_paragraphs = _paragraphs(line=[3, 0])
    bad_claims = _claims(topic="returns_deportations", line=[3, 0])
    return {
        "extract_claims": lambda: extract_claims(bad_paragraphs),
        "extract_mentions": lambda: extract_mentions(bad_paragraphs),
        "extract_events": lambda: extract_events(bad_paragraphs),
        "theme_paragraphs": lambda: theme_paragraphs(bad_paragraphs),
        "article_theme_shares": lambda: article_theme_shares(
            _paragraphs(theme="rights"), pd.DataFrame({"article_id": ["a1", "a1"]})
        ),
        "returns_claims": lambda: returns_claims(bad_claims),
        "write_brief": lambda: write_brief({"claims": bad_claims}, tmp_path),
        "write_table": lambda: write_table(tmp_path, "claims", bad_claims),
    }


@pytest.mark.parametrize(
    "stage",
    [
        "extract_claims",
        "extract_mentions",
        "extract_events",
        "theme_paragraphs",
        "article_theme_shares",
        "returns_claims",
        "write_brief",
        "write_table",
    ],
)
def test_every_stage_checks_its_tables_with_require(stage, tmp_path):
    call = _stage_calls(tmp_path)[stage]
    with pytest.raises(TableContractError, match=r"table '(paragraphs|claims|articles)', column"):
        call()


def test_tables_written_before_later_columns_still_conform():
    from afgresearch.schema import CLAIM_COLUMNS, EVENT_COLUMNS, K_SELECTION_COLUMNS, LATER_COLUMNS

    claims = empty_table("claims").drop(columns=["kind", "rate", "rate_per"])
    events = empty_table("events").drop(columns=["date_basis"])
    assert list(conform(claims, CLAIM_COLUMNS).columns) == list(CLAIM_COLUMNS)
    assert list(conform(events, EVENT_COLUMNS).columns) == list(EVENT_COLUMNS)
    row = conform(pd.DataFrame({"source_file": ["a"]}).assign(reason="x"), REJECT_COLUMNS)
    assert "kind" not in row.columns  # only the table's own later columns are added
    with pytest.raises(ValueError, match="quote"):
        conform(events.drop(columns=["quote"]), EVENT_COLUMNS)
    assert set(LATER_COLUMNS) <= set(CLAIM_COLUMNS) | set(EVENT_COLUMNS) | set(K_SELECTION_COLUMNS)

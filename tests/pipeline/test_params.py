"""The parameter schema: validation, YAML files and the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from afgresearch.cli import build_parser
from afgresearch.pipeline import (
    PARAMETERS,
    ParameterError,
    ParameterFileError,
    defaults,
    load_params_file,
    validate_params,
)
from afgresearch.pipeline.cli import register
from afgresearch.pipeline.params import help_text, params_for_step
from afgresearch.pipeline.run import resolve_params


def test_required_parameters_exist():
    names = {p.name for p in PARAMETERS}
    assert {"corpus", "engine", "n_clusters", "lexicons", "random_state", "title"} <= names
    assert {"max_features", "lsa_components", "examples_per_theme", "max_claims"} <= names


def test_defaults_are_valid():
    assert validate_params({}) == defaults()
    assert validate_params(defaults()) == defaults()


@pytest.mark.parametrize(
    ("values", "fragment"),
    [
        ({"n_cluster": 3}, "unknown parameter 'n_cluster'"),
        ({"__import__('os')": 1}, "unknown parameter"),
        ({"n_clusters": "3.5"}, "'n_clusters': expected an integer"),
        ({"n_clusters": True}, "'n_clusters': expected an integer"),
        ({"n_clusters": 1}, "'n_clusters': 1 cluster cannot separate themes"),
        ({"n_clusters": -2}, "'n_clusters': -2 is below the minimum 0"),
        ({"n_clusters": 10_000}, "'n_clusters': 10000 is above the maximum"),
        ({"max_df": "nan"}, "'max_df': expected a finite number"),
        ({"max_df": 1.5}, "'max_df': 1.5 is above the maximum 1"),
        ({"engine": "dask"}, "'engine': 'dask' is not one of pandas, ooc, spark"),
        ({"title": ""}, "'title': must be at least 1 characters"),
        ({"title": "x" * 500}, "'title': must be at most 200 characters"),
        ({"title": 5}, "'title': expected text"),
        ({"title": "a\x00b"}, "'title': control characters"),
        ({"random_state": -1}, "'random_state': -1 is below the minimum 0"),
    ],
)
def test_bad_values_are_refused_naming_the_parameter(values, fragment):
    with pytest.raises(ParameterError, match=None) as info:
        validate_params(values)
    assert fragment in str(info.value)


def test_strings_are_parsed_by_type():
    values = validate_params({"n_clusters": " 8 ", "max_df": "0.5", "engine": "spark"})
    assert values["n_clusters"] == 8 and values["max_df"] == 0.5 and values["engine"] == "spark"
    assert validate_params({"max_df": 1})["max_df"] == 1.0


def test_every_parameter_belongs_to_a_notebook_step():
    steps = {"01_corpus", "02_themes", "03_evidence", "04_brief"}
    for p in PARAMETERS:
        assert p.steps and set(p.steps) <= steps, p.name
    assert set(params_for_step(defaults(), "02_themes")) >= {"engine", "n_clusters", "random_state"}


def test_yaml_file_loaded_safely(tmp_path: Path):
    good = tmp_path / "p.yaml"
    good.write_text("n_clusters: 5\ntitle: Kabul weekly\n", encoding="utf-8")
    assert validate_params(load_params_file(good))["title"] == "Kabul weekly"
    evil = tmp_path / "evil.yaml"
    evil.write_text(
        "n_clusters: !!python/object/apply:os.system ['echo pwned']\n", encoding="utf-8"
    )
    with pytest.raises(ParameterFileError, match="not valid YAML"):
        load_params_file(evil)
    listy = tmp_path / "list.yaml"
    listy.write_text("- 1\n- 2\n", encoding="utf-8")
    with pytest.raises(ParameterFileError, match="expected a mapping"):
        load_params_file(listy)
    with pytest.raises(ParameterFileError, match="cannot be read"):
        load_params_file(tmp_path / "absent.yaml")
    empty = tmp_path / "empty.yaml"
    empty.write_text("", encoding="utf-8")
    assert load_params_file(empty) == {}


def test_resolve_params_checks_corpus_and_priority(tmp_path: Path, corpus: Path):
    f = tmp_path / "p.yaml"
    f.write_text("n_clusters: 5\nrandom_state: 3\n", encoding="utf-8")
    values = resolve_params({"n_clusters": "7"}, f, corpus)
    assert values["n_clusters"] == 7 and values["random_state"] == 3
    assert values["corpus"] == str(corpus.resolve())
    with pytest.raises(ParameterError, match="'corpus'"):
        resolve_params(corpus=tmp_path / "missing")
    with pytest.raises(ParameterError, match="'lexicons'.*neither a lexicon set"):
        resolve_params({"lexicons": str(tmp_path / "nope")}, corpus=corpus)
    assert resolve_params({"lexicons": "default"}, corpus=corpus)["lexicons"] == "default"
    own = tmp_path / "mine.yaml"
    own.write_text("security: [attack, militants]\n", encoding="utf-8")
    assert resolve_params({"lexicons": str(own)}, corpus=corpus)["lexicons"] == str(own.resolve())


def test_help_lists_every_parameter(capsys):
    text = help_text()
    for p in PARAMETERS:
        assert p.name in text
    import argparse

    sub = argparse.ArgumentParser(prog="afgresearch").add_subparsers()
    register(sub)
    report = sub.choices["report"]
    helptext = report.format_help()
    assert "n_clusters" in helptext and "int 0..40" in helptext and "pandas|ooc|spark" in helptext


def test_cli_refuses_bad_parameter_before_running(tmp_path: Path, corpus: Path, capsys):
    from afgresearch.pipeline.cli import run

    parser = build_parser_or_local()
    out = tmp_path / "out"
    args = parser.parse_args(
        ["report", "--corpus", str(corpus), "--out", str(out), "-p", "n_clusters", "x"]
    )
    assert run(args) == 2
    assert "parameter 'n_clusters'" in capsys.readouterr().err
    assert not out.exists()


def build_parser_or_local():
    """The package parser when every subcommand module is importable, else just ``report``."""
    try:
        return build_parser()
    except ImportError:
        import argparse

        parser = argparse.ArgumentParser(prog="afgresearch")
        register(parser.add_subparsers(dest="command"))
        return parser


def test_cli_prints_run_folder_and_quiet_prints_only_it(tmp_path: Path, monkeypatch, capsys):
    import afgresearch.pipeline.run as run_module
    from afgresearch.pipeline.cli import run
    from afgresearch.pipeline.run import RunResult

    seen = {}

    def fake_run_report(**kwargs):
        seen.update(kwargs)
        return RunResult(run_dir=tmp_path / "out" / "r1", manifest={})

    monkeypatch.setattr(run_module, "run_report", fake_run_report)
    parser = build_parser_or_local()
    args = parser.parse_args(
        ["report", "--out", str(tmp_path / "out"), "-p", "n_clusters", "5", "-q"]
    )
    assert run(args) == 0
    assert capsys.readouterr().out == f"{tmp_path / 'out' / 'r1'}\n"
    assert seen["params"] == {"n_clusters": "5"} and seen["quiet"] is True
    args = parser.parse_args(["report", "--out", str(tmp_path / "out")])
    assert run(args) == 0
    assert "brief.md" in capsys.readouterr().out

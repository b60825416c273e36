"""The conda environment lists the same dependency ranges as pyproject.toml."""

from __future__ import annotations

import tomllib
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


def test_environment_yml_matches_pyproject() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    wanted = set(project["dependencies"]) | {
        d
        for d in project["optional-dependencies"]["spark"] + project["optional-dependencies"]["lab"]
    }
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    listed = {d for d in env["dependencies"] if isinstance(d, str)}
    assert wanted - listed == set()
    assert f"python{project['requires-python']}" in listed

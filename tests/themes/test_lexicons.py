from __future__ import annotations

from pathlib import Path

import pytest

from afgresearch.themes import LexiconError, ThemeError, available_lexicons, load_lexicons

DATA = Path(__file__).resolve().parents[1] / "data" / "themes"


def test_default_has_three_themes_of_general_vocabulary() -> None:
    lex = load_lexicons("default")
    assert list(lex) == ["migration", "diplomacy", "rights"]
    assert all(t == t.lower() and t.strip() == t for terms in lex.values() for t in terms)
    assert load_lexicons(None) == lex


def test_shipped_sets_and_include() -> None:
    assert {"default", "extended"} <= set(available_lexicons())
    ext = load_lexicons("extended")
    assert list(ext)[:3] == ["migration", "diplomacy", "rights"]
    assert {"security", "trade"} <= set(ext)


def test_user_file_adds_themes() -> None:
    lex = load_lexicons(DATA / "user_lexicons.yaml")
    assert list(lex) == ["migration", "diplomacy", "rights", "security", "trade"]
    assert lex["security"][-1] == "suicide bomber"


def test_mapping_is_normalised() -> None:
    assert load_lexicons({"Trade": [" Exports ", "exports", "Free  Trade"]}) == {
        "trade": ["exports", "free trade"]
    }


def test_json_file(tmp_path: Path) -> None:
    path = tmp_path / "lex.json"
    path.write_text('{"themes": {"security": ["attack"]}}', encoding="utf-8")
    assert load_lexicons(path) == {"security": ["attack"]}


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        ("themes: {security: []}", "security"),
        ("themes: {security: attack}", "must be a list"),
        ("themes: {other: [x]}", "reserved"),
        ("themes: {'9lives': [x]}", "theme name"),
        ("themes: {security: [1, 2]}", "not a string"),
        ("- a\n- b\n", "expected a mapping"),
        ("themes: [a, b]", "'themes' must be a mapping"),
        ("themes: {a: [x]\n", "not valid yaml"),
        ("include: nowhere\nthemes: {a: [x]}", "unknown lexicon set"),
    ],
)
def test_bad_lexicon_files_name_file_and_reason(tmp_path: Path, content: str, needle: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(LexiconError) as info:
        load_lexicons(path)
    message = str(info.value)
    assert needle in message
    if "unknown lexicon set" not in needle:
        assert "bad.yaml" in message


def test_missing_file_and_unknown_name() -> None:
    with pytest.raises(LexiconError, match="does not exist"):
        load_lexicons("no/such/file.yaml")
    with pytest.raises(LexiconError, match="unknown lexicon set 'nope'"):
        load_lexicons("nope")
    with pytest.raises(ThemeError, match="set name, a file path or a mapping"):
        load_lexicons(42)  # type: ignore[arg-type]

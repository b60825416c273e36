"""Every exception class afgresearch defines derives from the one root, AfgResearchError."""

import importlib
import inspect
import pkgutil

import pytest
from sklearn.exceptions import NotFittedError

import afgresearch
from afgresearch.errors import AfgResearchError, TableContractError

OPTIONAL = {"pyspark"}  # modules that need an optional extra may be absent


def _modules() -> list:
    found = []
    for info in pkgutil.walk_packages(afgresearch.__path__, prefix="afgresearch."):
        try:
            found.append(importlib.import_module(info.name))
        except ImportError as exc:
            if exc.name not in OPTIONAL:
                raise
    return found


def _exception_classes() -> list[type[BaseException]]:
    return sorted(
        {
            obj
            for module in _modules()
            for _, obj in inspect.getmembers(module, inspect.isclass)
            if issubclass(obj, BaseException) and obj.__module__.startswith("afgresearch")
        },
        key=lambda cls: f"{cls.__module__}.{cls.__qualname__}",
    )


# Signals that must get past ``except Exception`` (a KeyboardInterrupt raised by a signal
# handler) cannot derive from the root; they stay private to the module that raises them.
SIGNALS = [c for c in _exception_classes() if not issubclass(c, Exception)]
CLASSES = [c for c in _exception_classes() if issubclass(c, Exception)]


def test_the_walk_finds_every_stage() -> None:
    modules = {cls.__module__ for cls in CLASSES}
    for stage in ("corpus", "themes", "extract", "figures", "brief", "pipeline", "scale"):
        assert f"afgresearch.{stage}.errors" in modules
    assert len(CLASSES) > 40


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: f"{c.__module__}.{c.__qualname__}")
def test_every_exception_derives_from_the_root(cls: type[BaseException]) -> None:
    assert issubclass(cls, AfgResearchError)


def test_signals_outside_the_root_are_private() -> None:
    assert all(c.__name__.startswith("_") for c in SIGNALS)


@pytest.mark.parametrize(
    "cls", [c for c in CLASSES if "NotFitted" in c.__name__], ids=lambda c: c.__name__
)
def test_not_fitted_errors_are_also_scikit_learns(cls: type[BaseException]) -> None:
    assert issubclass(cls, NotFittedError)


@pytest.mark.parametrize(
    "name",
    [
        "extract.InputTableError",
        "themes.ThemeTableError",
        "figures.FigureTableError",
        "brief.BriefTableError",
        "pipeline.TableError",
    ],
)
def test_table_errors_of_every_stage_are_contract_errors(name: str) -> None:
    stage, cls = name.split(".")
    assert issubclass(
        getattr(importlib.import_module(f"afgresearch.{stage}"), cls), TableContractError
    )


def test_root_is_exported_from_the_package() -> None:
    assert afgresearch.AfgResearchError is AfgResearchError
    assert afgresearch.TableContractError is TableContractError

"""``run_report``: validate parameters, run the numbered notebooks, publish the run folder.

Example
-------
>>> result = run_report(corpus="seeds", out="outputs")  # doctest: +SKIP
>>> result.brief_md.name  # doctest: +SKIP
'brief.md'
"""

from __future__ import annotations

import contextlib
import logging
import signal
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from afgresearch.atomic import atomic_write
from afgresearch.pipeline.errors import (
    NotebookCellError,
    NotebookError,
    OutputFolderError,
    ParameterError,
    PipelineError,
    RunInterrupted,
)
from afgresearch.pipeline.execute import SharedKernel
from afgresearch.pipeline.manifest import (
    build_manifest,
    corpus_hashes,
    git_commit,
    hash_tree,
    manifest_bytes,
)
from afgresearch.pipeline.params import load_params_file, validate_params
from afgresearch.pipeline.runfolder import MANIFEST, RunFolder, latest_run, safe_child

log = logging.getLogger("afgresearch.report")

PROJECT_ROOT = Path(__file__).resolve().parents[2]
NOTEBOOKS_DIR = PROJECT_ROOT / "notebooks"
# what a complete run of the default notebooks must hold
REQUIRED_OUTPUTS: tuple[str, ...] = ("brief.md", "brief.html", "tables", "figures")


@dataclass
class RunResult:
    """A complete run: its folder, brief and manifest."""

    run_dir: Path
    manifest: dict[str, Any] = field(repr=False)

    @property
    def brief_md(self) -> Path:
        """The Markdown brief."""
        return self.run_dir / "brief.md"

    @property
    def brief_html(self) -> Path:
        """The HTML brief."""
        return self.run_dir / "brief.html"


def pipeline_notebooks(folder: str | Path = NOTEBOOKS_DIR) -> list[Path]:
    """Return the numbered notebooks (``NN_name.ipynb``) of ``folder`` in run order."""
    folder = Path(folder)
    books = sorted(p for p in folder.glob("[0-9][0-9]_*.ipynb") if p.is_file())
    if not books:
        raise NotebookError(f"no numbered notebooks (NN_name.ipynb) in {folder}")
    return books


def declared_parameters(notebook: str | Path) -> set[str]:
    """Return the names assigned in ``notebook``'s cell tagged ``parameters``."""
    import papermill as pm

    try:
        return set(pm.inspect_notebook(str(notebook)))
    except Exception as exc:  # nbformat and papermill raise several kinds
        raise NotebookError(f"notebook {notebook}: cannot be read ({exc})") from None


class _Stop(KeyboardInterrupt):
    """Raised by the signal handler. A KeyboardInterrupt, because asyncio (which runs the
    notebook client) re-raises only KeyboardInterrupt and SystemExit out of its tasks."""


@contextlib.contextmanager
def _signals_raise() -> Iterator[None]:
    """Turn SIGTERM and SIGINT into :class:`RunInterrupted` while a run is in progress."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handler(signum: int, _frame: object) -> None:
        raise _Stop(signal.Signals(signum).name)

    old = {s: signal.signal(s, handler) for s in (signal.SIGTERM, signal.SIGINT)}
    try:
        yield
    finally:
        for s, h in old.items():
            signal.signal(s, h)


def _utc() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())


def _resolve_lexicons(value: str) -> str:
    """A lexicon set shipped with the package by name (:func:`themes.lexicon_sets.available_lexicons`),
    or an existing file (made absolute)."""
    from afgresearch.themes.lexicon_sets import available_lexicons

    names = available_lexicons()
    if value in names:
        return value
    path = Path(value).expanduser()
    if path.is_file():
        return str(path.resolve())
    raise ParameterError(
        f"parameter 'lexicons': {value!r} is neither a lexicon set shipped with the package "
        f"({', '.join(names)}) nor an existing file"
    )


def resolve_params(
    params: Mapping[str, Any] | None = None,
    params_file: str | Path | None = None,
    corpus: str | Path | None = None,
) -> dict[str, Any]:
    """Merge a YAML file, explicit parameters and ``corpus`` (in rising priority) and validate.

    The corpus path is made absolute and must exist.

    Example
    -------
    >>> resolve_params({"n_clusters": "5"}, corpus=".")["n_clusters"]
    5
    """
    merged: dict[str, Any] = {}
    if params_file is not None:
        merged.update(load_params_file(params_file))
    merged.update(params or {})
    if corpus is not None:
        merged["corpus"] = str(corpus)
    values = validate_params(merged)
    path = Path(values["corpus"]).expanduser()
    if not path.is_absolute() and not path.exists() and (PROJECT_ROOT / path).exists():
        path = PROJECT_ROOT / path  # the default ``seeds`` from anywhere
    if not path.exists():
        raise ParameterError(f"parameter 'corpus': {values['corpus']!r} does not exist")
    values["corpus"] = str(path.resolve())
    values["lexicons"] = _resolve_lexicons(values["lexicons"])
    return values


def run_report(
    corpus: str | Path | None = None,
    out: str | Path = "outputs",
    params: Mapping[str, Any] | None = None,
    params_file: str | Path | None = None,
    quiet: bool = False,
    notebooks: Sequence[str | Path] | None = None,
    required_outputs: Sequence[str] | None = None,
) -> RunResult:
    """Run the whole report into a new run folder under ``out`` and return it.

    Parameters
    ----------
    corpus : folder or file of news dumps (default: the ``corpus`` parameter, ``seeds``).
    out : output folder; the run lands in ``out/<run_id>`` and ``out/latest`` points at it.
    params : parameter values by name (see ``afgresearch report --help``).
    params_file : YAML file of parameter values (explicit ``params`` win).
    quiet : no progress bar, and only warnings are logged (for cron).
    notebooks : notebooks to run in order (default: ``notebooks/NN_*.ipynb``).
    required_outputs : run-folder entries that must exist for the run to count as complete
        (default: the brief, tables and figures when the default notebooks run).

    Returns
    -------
    RunResult with ``run_dir``, ``brief_md``, ``brief_html`` and ``manifest``.

    Raises
    ------
    ParameterError / ParameterFileError before anything runs; NotebookCellError naming the
    notebook, cell and exception; RunInterrupted on SIGINT/SIGTERM. A failed run is kept as
    ``out/failed-<run_id>`` and ``out/latest`` is left unchanged.

    Example
    -------
    >>> run_report("seeds", "outputs", params={"n_clusters": 5}).run_dir  # doctest: +SKIP
    PosixPath('outputs/20261125T101500Z-3f9a1c2e')
    """
    values = resolve_params(params, params_file, corpus)
    logging.getLogger("papermill").setLevel(logging.WARNING)  # one line per step is ours
    books = [Path(b) for b in notebooks] if notebooks is not None else pipeline_notebooks()
    if required_outputs is None:
        required_outputs = REQUIRED_OUTPUTS if notebooks is None else ()
    declared = {b: declared_parameters(b) for b in books}
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise OutputFolderError(f"output folder {out}: exists and is not a folder")
    previous = latest_run(out)
    run = RunFolder.create(out)
    started, began = _utc(), time.perf_counter()
    timings: dict[str, float] = {}
    say = log.debug if quiet else log.info  # quiet: warnings and errors only
    say("run %s: corpus %s -> %s", run.run_id, values["corpus"], out / run.run_id)
    try:
        with _signals_raise():
            (run.path / "notebooks").mkdir()
            available = {
                **values,
                "run_dir": str(run.path.resolve()),
                "previous_run_dir": str(previous.resolve()) if previous else "",
            }
            kernel = SharedKernel(cwd=run.path, quiet=quiet)
            _in_worker(
                kernel,
                lambda: _execute(kernel, books, declared, available, run.path, timings, quiet),
            )
            missing = [name for name in required_outputs if not (run.path / name).exists()]
            if missing:
                raise PipelineError(
                    f"run {run.run_id}: the notebooks did not write {', '.join(missing)}"
                )
            outputs = hash_tree(run.path, exclude=(MANIFEST,))
            manifest = build_manifest(
                run.run_id,
                values,
                inputs=corpus_hashes(values["corpus"]),
                outputs=outputs,
                timings=timings,
                started=started,
                finished=_utc(),
                commit=git_commit(PROJECT_ROOT),
                previous_run=previous.name if previous else None,
            )
            with atomic_write(run.path / MANIFEST) as fh:
                fh.write(manifest_bytes(manifest))
            final = run.complete()
    except NotebookCellError as exc:
        failed = run.fail()
        log.error("run %s failed; kept in %s", run.run_id, failed)
        raise NotebookCellError(
            exc.notebook,
            exc.cell_index,
            exc.execution_count,
            exc.ename,
            exc.evalue,
            str(failed / "notebooks" / exc.notebook),
        ) from None
    except _Stop as stop:
        failed = run.fail()
        log.error("run %s interrupted by %s; kept in %s", run.run_id, stop, failed)
        raise RunInterrupted(f"run {run.run_id} interrupted by {stop}; kept in {failed}") from None
    except BaseException:
        failed = run.fail()
        log.error("run %s failed; kept in %s", run.run_id, failed)
        raise
    say("run %s complete in %.1fs: %s", run.run_id, time.perf_counter() - began, final)
    return RunResult(run_dir=final, manifest=manifest)


def _execute(
    kernel: SharedKernel,
    books: Sequence[Path],
    declared: Mapping[Path, set[str]],
    available: Mapping[str, Any],
    run_path: Path,
    timings: dict[str, float],
    quiet: bool,
) -> None:
    """Run every notebook in ``kernel``, recording seconds per notebook in ``timings``."""
    from tqdm.contrib.logging import logging_redirect_tqdm

    bar = _progress(len(books), quiet)
    try:
        with kernel, logging_redirect_tqdm():
            for book in books:
                bar.set_description(book.stem)
                given = {k: v for k, v in available.items() if k in declared[book]}
                seconds = kernel.run(book, safe_child(run_path, f"notebooks/{book.name}"), given)
                timings[book.stem] = seconds
                bar.update(1)
                (log.debug if quiet else log.info)("step %s done in %.1fs", book.stem, seconds)
    finally:
        bar.close()


def _in_worker(kernel: SharedKernel, work: Callable[[], None]) -> None:
    """Run ``work`` in a worker thread while this thread stays free to handle signals.

    The notebook client may wait on a socket in C code, where a signal delivered to another
    thread would not wake it; the main thread therefore only waits, a fifth of a second at a
    time. On a signal the kernel is killed, the worker finishes (its running cell fails) and
    the signal's exception propagates.
    """
    failure: list[BaseException] = []

    def target() -> None:
        try:
            work()
        except BaseException as exc:  # handed to the waiting thread
            failure.append(exc)

    worker = threading.Thread(target=target, name="afgresearch-notebooks", daemon=True)
    worker.start()
    try:
        while worker.is_alive():
            worker.join(0.2)
    except BaseException:
        kernel.kill()
        worker.join(30)
        raise
    if failure:
        raise failure[0]


def _progress(total: int, quiet: bool) -> Any:
    from tqdm import tqdm

    return tqdm(total=total, unit="notebook", disable=quiet, leave=False)

"""Execute the pipeline's notebooks with papermill in one kernel manager.

Starting a kernel and importing pandas, scikit-learn and matplotlib costs more than the whole
analysis of a small corpus, so one kernel manager runs every notebook of a run: papermill passes
the started manager (``km``) to nbclient, which then leaves the kernel running. Between
notebooks the kernel's namespace is cleared (``%reset -f``; imported modules stay loaded), but
a kernel that has grown past ``recycle_mb`` of resident memory (a large corpus: the allocator
of a long-lived process keeps most of what a notebook freed), with the processes it started
(the Spark engine's JVM and Python workers, kept until the kernel ends), is replaced by a new
process first, so each notebook of a large run starts with only the interpreter.

Example
-------
>>> with SharedKernel(cwd=".") as kernel:  # doctest: +SKIP
...     kernel.run("notebooks/01_corpus.ipynb", "run/notebooks/01_corpus.ipynb", {"run_dir": "run"})
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import subprocess
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from afgresearch.pipeline.errors import NotebookCellError, NotebookError

log = logging.getLogger(__name__)

KERNEL_NAME = "python3"
ENGINE_NAME = "afgresearch-shared-kernel"
#: resident memory (MB) past which the kernel is restarted between notebooks: more than a
#: small corpus's kernel holds with every library loaded (about 400 MB at 10,000 paragraphs)
RECYCLE_MB = 600.0


def _register_engine() -> None:
    """Register a papermill engine that closes its kernel client's channels when done.

    nbclient leaves a kernel it did not start running (as wanted) but also leaves its client's
    sockets open; over several notebooks they pile up and warn at exit.
    """
    from papermill.clientwrap import PapermillNotebookClient
    from papermill.engines import NBClientEngine, papermill_engines
    from papermill.utils import merge_kwargs, remove_args

    if ENGINE_NAME in papermill_engines._engines:
        return

    class SharedKernelEngine(NBClientEngine):
        @classmethod
        def execute_managed_notebook(
            cls,
            nb_man: Any,
            kernel_name: str,
            log_output: bool = False,
            stdout_file: Any = None,
            stderr_file: Any = None,
            start_timeout: int = 60,
            execution_timeout: int | None = None,
            **kwargs: Any,
        ) -> Any:
            kwargs = remove_args(["input_path", "timeout", "startup_timeout"], **kwargs)
            final = merge_kwargs(
                kwargs,
                timeout=execution_timeout,
                startup_timeout=start_timeout,
                kernel_name=kernel_name,
                log=logging.getLogger("papermill"),
                log_output=log_output,
                stdout_file=stdout_file,
                stderr_file=stderr_file,
            )
            client = PapermillNotebookClient(nb_man, **final)
            try:
                return client.execute()
            finally:
                if client.kc is not None:
                    client.kc.stop_channels()

    papermill_engines.register(ENGINE_NAME, SharedKernelEngine)


class SharedKernel:
    """A Jupyter kernel started once and reused for several papermill executions.

    The kernel manager is asynchronous (as the one nbclient makes for itself), so that waiting
    for a cell never blocks the event loop and a dead kernel is noticed. Use it from one
    thread; :meth:`kill` may be called from any thread.

    Parameters
    ----------
    cwd : working directory of the kernel process.
    kernel_name : kernel spec; ``python3`` is the interpreter running the pipeline.
    startup_timeout : seconds to wait for the kernel to start.
    quiet : reserved for callers that want the kernel silent; the kernel's terminal output
        is always discarded (cell output is recorded in the notebook).
    recycle_mb : before a notebook, a kernel holding more resident memory than this (MB), its
        child processes included, is restarted (a new process); one holding less only has its
        namespace cleared. 0 restarts it before every notebook but the first.
    """

    def __init__(
        self,
        cwd: str | Path,
        kernel_name: str = KERNEL_NAME,
        startup_timeout: int = 60,
        quiet: bool = False,
        recycle_mb: float = RECYCLE_MB,
    ) -> None:
        self.cwd = Path(cwd)
        self.quiet = quiet
        self.recycle_mb = recycle_mb
        self.restarts = 0
        self._used = False
        self.kernel_name = kernel_name
        self.startup_timeout = startup_timeout
        self.km: Any = None
        self.pid: int | None = None

    def start(self) -> SharedKernel:
        """Start the kernel process and wait until it answers."""
        from jupyter_client.manager import AsyncKernelManager
        from jupyter_core.utils import run_sync

        self.km = AsyncKernelManager(kernel_name=self.kernel_name)
        # the kernel's own terminal output is only its start-up chatter; cell output travels
        # over the kernel protocol into the executed notebook
        streams = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
        run_sync(self.km.start_kernel)(cwd=str(self.cwd), **streams)
        self.pid = getattr(self.km.provisioner, "pid", None)
        run_sync(self._wait_ready)()
        return self

    async def _wait_ready(self) -> None:
        kc = self.km.client()
        kc.start_channels()
        try:
            await kc.wait_for_ready(timeout=self.startup_timeout)
        finally:
            kc.stop_channels()

    async def _reset(self) -> None:
        kc = self.km.client()
        kc.start_channels()
        try:
            await kc.execute_interactive(
                "get_ipython().run_line_magic('reset', '-f')", timeout=60, store_history=False
            )
        finally:
            kc.stop_channels()

    def reset(self) -> None:
        """Clear the kernel's namespace (modules stay imported)."""
        from jupyter_core.utils import run_sync

        run_sync(self._reset)()

    def restart(self) -> None:
        """Replace the kernel process by a new one and wait until it answers."""
        from jupyter_core.utils import run_sync

        run_sync(self.km.restart_kernel)(now=True)
        self.pid = getattr(self.km.provisioner, "pid", None)
        run_sync(self._wait_ready)()
        self.restarts += 1

    def resident_mb(self) -> float | None:
        """Resident memory in MB of the kernel process and the processes it started (a Spark
        JVM and its Python workers, which live as long as the kernel), None when the kernel's
        cannot be read."""
        import psutil  # installed with ipykernel

        if not self.pid:
            return None
        try:
            kernel = psutil.Process(self.pid)
            total = kernel.memory_info().rss
            children = kernel.children(recursive=True)
        except psutil.Error:
            return None
        for child in children:
            with contextlib.suppress(psutil.Error):  # a child may end while it is read
                total += child.memory_info().rss
        return total / 1e6

    def _grown(self) -> bool:
        held = self.resident_mb()
        grown = held is None or held > self.recycle_mb
        log.debug("kernel holds %s MB: %s", held and round(held), "restart" if grown else "kept")
        return grown

    def kill(self) -> None:
        """Kill the kernel process at once (from any thread); a running cell then fails."""
        if self.pid:
            with contextlib.suppress(OSError):
                os.kill(self.pid, signal.SIGKILL)

    def shutdown(self) -> None:
        """Stop the kernel process immediately (idempotent)."""
        from jupyter_core.utils import run_sync

        if self.km is not None:
            try:
                run_sync(self.km.shutdown_kernel)(now=True)
            except Exception:  # the kernel may already be gone; nothing to clean up then
                log.debug("kernel shutdown failed", exc_info=True)
                self.kill()
            self.km = None

    def __enter__(self) -> SharedKernel:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.shutdown()

    def run(self, source: str | Path, target: str | Path, parameters: Mapping[str, Any]) -> float:
        """Execute notebook ``source`` with ``parameters`` into ``target``; return seconds taken.

        Raises
        ------
        NotebookError if ``source`` cannot be read.
        NotebookCellError naming the notebook, cell and exception if a cell raises; ``target``
        then holds the executed notebook showing the error.
        """
        import papermill as pm
        from papermill.exceptions import PapermillExecutionError

        source, target = Path(source), Path(target)
        if not source.is_file():
            raise NotebookError(f"notebook {source} does not exist")
        if self.km is None:
            raise NotebookError("the kernel is not started")
        _register_engine()
        began = time.perf_counter()
        if self._used and self._grown():
            self.restart()
        else:
            self.reset()
        self._used = True
        try:
            pm.execute_notebook(
                str(source),
                str(target),
                parameters=dict(parameters),
                kernel_name=self.kernel_name,
                km=self.km,
                engine_name=ENGINE_NAME,
                progress_bar=False,
                log_output=False,
                start_timeout=self.startup_timeout,
            )
        except PapermillExecutionError as exc:
            raise NotebookCellError(
                notebook=source.name,
                cell_index=exc.cell_index,
                execution_count=exc.exec_count,
                ename=exc.ename,
                evalue=exc.evalue,
                executed_path=str(target),
            ) from None
        except (OSError, ValueError) as exc:
            raise NotebookError(f"notebook {source.name}: cannot be executed ({exc})") from exc
        except Exception as exc:  # a dead kernel, a timeout: nbclient raises several kinds
            raise NotebookError(
                f"notebook {source.name}: execution stopped ({type(exc).__name__}: {exc}); "
                f"executed notebook kept at {target}"
            ) from exc
        return time.perf_counter() - began

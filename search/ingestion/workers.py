"""Reading documents in worker processes, each with a time and a memory limit.

A PDF can make a parser loop or allocate without end; one such file must not
stop a batch.  Every document is read and extracted in a worker process (one
per core).  The parent only sends paths and receives frozen results, and
keeps all store writes to itself.

- Time: the parent kills a worker (and the tesseract processes it started)
  when a document takes longer than ``Limits.seconds``.
- Memory: a worker caps its own address space with ``RLIMIT_AS`` at what it
  uses when idle plus ``Limits.memory_mb``.  Python code that hits the cap
  gets a MemoryError; C code (pdfium) usually dies, which the parent notices.

A worker that was killed or died is replaced; the batch goes on.

On a Dask cluster (``search/ingestion/_dask.py``) every Dask worker runs such
a pool of its own, so the same limits hold there.

Workers die with the batch: they stay in the CLI's process group (Ctrl-C
reaches them, they ignore it and let the parent stop them), and a watchdog
thread in each worker ends it when its parent is gone (a killed
``raadslens ingest``).  tesseract processes die with their worker
(``PR_SET_PDEATHSIG``, see ``ingest/ocr.py``).  Each worker's temporary
files (OCR page images) live in a folder of its own, removed by the parent
when it stops or kills the worker, and by the worker itself when it leaves
(its watchdog saw the parent die, or its pipe to the parent broke: SIGPIPE is
ignored so that a broken pipe is an exception the worker survives long enough
to clean up).  A worker whose parent went away leaves without a word (no
traceback from a broken pipe).
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import resource
import shutil
import signal
import sys
import tempfile
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from multiprocessing.connection import wait
from pathlib import Path
from typing import Iterable, Iterator

from extract import Extraction, extract, prepare
from ingest import Document, IngestError, OcrConfig, preload, read_document
from ingest.ocr import cores

_CONTEXT = multiprocessing.get_context("spawn")  # no fork: the parent may hold threads and open files
STARTUP_SECONDS = 120.0  # a new worker must have taken up its first file by then
WATCHDOG_SECONDS = 0.5  # how often a worker checks that its parent is still there
UNEXPECTED = (
    "kon niet worden gelezen door een onverwachte fout in het leesprogramma; het bestand is waarschijnlijk "
    "op een ongebruikelijke manier beschadigd. Exporteer of download het opnieuw als PDF; blijft het "
    "misgaan, meld het dan met het bestand erbij"
)
TOO_DEEP = "de PDF is te diep genest om te lezen; sla hem opnieuw op als PDF en probeer opnieuw"


@dataclass(frozen=True)
class Limits:
    """Per-document limits and the number of parallel workers."""

    seconds: float = 600.0
    memory_mb: int = 2048
    workers: int = field(default_factory=cores)

    def timeout_reason(self) -> str:
        return (
            f"duurde langer dan {self.seconds:g} s en is afgebroken; controleer het bestand "
            f"of lees het apart in met een ruimere --timeout"
        )

    def memory_reason(self, detail: str = "") -> str:
        return (
            f"gebruikte meer dan {self.memory_mb} MB geheugen en is afgebroken{detail}; controleer het "
            f"bestand of lees het apart in met een ruimere --max-memory"
        )


class ClusterUnavailable(Exception):
    """The Dask cluster given to ``ingest --dask`` cannot be used; the message is Dutch and says what to do."""


@dataclass(frozen=True)
class Outcome:
    """What a worker made of one file: a document and its extraction, or a Dutch reason."""

    path: Path
    document: Document | None = None
    extraction: Extraction | None = None
    error: str = ""
    embedded: tuple["Outcome", ...] = ()  # the PDFs inside this one (path: this file's path + "/" + name)


@dataclass(frozen=True)
class Job:
    """One file for a worker: its path, and its bytes when the worker cannot read the path itself (a cluster)."""

    path: Path
    data: bytes | None = None


def read_and_extract(
    path: Path, ocr: OcrConfig | None, data: bytes | None = None
) -> tuple[Document, Extraction, tuple[Outcome, ...]]:
    """The work done for one file (in a worker); the word boxes stay behind (the store does not keep them).

    PDFs embedded in the file (a portfolio's documents) are read too, one level deep, each as an Outcome.
    ``data``: the file's bytes, already read (the path then only names it).
    """
    document = read_document(path, data=data, ocr=ocr)
    embedded = tuple(_read_embedded(path, attachment, ocr) for attachment in document.embedded)
    return document.without_layout(), extract(document), embedded


def _read_embedded(parent: Path, attachment, ocr: OcrConfig | None) -> Outcome:
    path = Path(f"{parent}/{attachment.file_name}")
    try:
        document = read_document(path, data=attachment.data, ocr=ocr)
    except IngestError as err:
        return Outcome(path, error=str(err))
    return Outcome(path, document.without_layout(), extract(document))


class WorkerPool:
    """Worker processes that read files; ``map`` yields Outcomes as they finish.

    >>> with WorkerPool(Limits(workers=1)) as pool:  # doctest: +SKIP
    ...     [o.error for o in pool.map([Path("leeg.pdf")])]
    ['leeg bestand (0 bytes); ...']
    """

    def __init__(self, limits: Limits | None = None, ocr: OcrConfig | None = None):
        self.limits = limits or Limits()
        self.ocr = ocr
        self._idle: list[_Worker] = []

    def __enter__(self) -> "WorkerPool":
        return self

    def warm(self, count: int) -> None:
        """Start up to ``count`` workers now, so their start-up (Python, language data) overlaps the caller's work."""
        while len(self._idle) < min(count, self.limits.workers):
            self._idle.append(_Worker(self.limits.memory_mb, self.ocr))

    def describe(self) -> str:
        """Where the files are read, for the summary: here, so nothing to say."""
        return ""

    def __exit__(self, *exc) -> None:
        for worker in self._idle:
            worker.stop()
        self._idle = []

    def map(self, paths: Iterable[Path | Job]) -> Iterator[Outcome]:
        queue = deque(p if isinstance(p, Job) else Job(p) for p in paths)
        busy: dict[_Worker, _Task] = {}
        try:
            yield from self._run(queue, busy)
        finally:  # an error or interrupt in the caller: no worker outlives the batch
            for worker in busy:
                worker.kill()

    def _run(self, queue: deque, busy: dict) -> Iterator[Outcome]:
        while queue or busy:
            while queue and len(busy) < self.limits.workers:
                worker = self._idle.pop() if self._idle else _Worker(self.limits.memory_mb, self.ocr)
                job = queue.popleft()
                task = _Task(job.path, time.monotonic() + STARTUP_SECONDS)
                worker.send(job)
                busy[worker] = task
            nearest = min(task.deadline for task in busy.values())
            wait(
                [w.conn for w in busy] + [w.process.sentinel for w in busy],
                timeout=max(0.0, nearest - time.monotonic()),
            )
            for worker in list(busy):
                outcome = self._check(worker, busy[worker])
                if outcome is not None:
                    del busy[worker]
                    yield outcome

    def _check(self, worker: "_Worker", task: "_Task") -> Outcome | None:
        """The worker's outcome if it has one (or died, or ran out of time), else None."""
        path = task.path
        while worker.conn.poll():
            try:
                kind, *payload = worker.conn.recv()
            except (EOFError, OSError):
                return self._died(worker, task)
            if kind == "started":  # the clock starts when the worker takes the file up
                task.deadline = time.monotonic() + self.limits.seconds
                task.started = True
                continue
            if kind == "ok":
                self._idle.append(worker)
                return Outcome(path, payload[0], payload[1], embedded=payload[2])
            if kind == "memory":
                worker.stop()
                return Outcome(path, error=self.limits.memory_reason())
            self._idle.append(worker)
            return Outcome(path, error=payload[0])
        if not worker.process.is_alive():
            return self._died(worker, task)
        if time.monotonic() >= task.deadline:
            worker.kill()
            return Outcome(path, error=self.limits.timeout_reason())
        return None

    def _died(self, worker: "_Worker", task: "_Task") -> Outcome:
        worker.kill()
        code = worker.process.exitcode
        how = f"signaal {signal.Signals(-code).name}" if code and code < 0 else f"code {code}"
        if not task.started:
            return Outcome(
                task.path,
                error=f"het leesproces kon niet starten (het stopte met {how}); probeer het "
                f"opnieuw en meld het met de foutmelding hierboven als het blijft gebeuren",
            )
        return Outcome(
            task.path,
            error=self.limits.memory_reason(" (het leesproces stopte onverwacht; waarschijnlijk te weinig geheugen)"),
        )


@dataclass
class _Task:
    path: Path
    deadline: float
    started: bool = False  # the worker took the file up (it was ready)


class _Worker:
    def __init__(self, memory_mb: int, ocr: OcrConfig | None):
        self.conn, child = _CONTEXT.Pipe()
        self.tmp = tempfile.mkdtemp(prefix="raadslens-worker-")
        self.process = _CONTEXT.Process(target=_serve, args=(child, memory_mb, ocr, self.tmp, os.getpid()), daemon=True)
        self.process.start()
        child.close()

    def send(self, job: Job) -> None:
        try:
            self.conn.send(job)
        except OSError:  # the worker died while starting (started early, before the batch): _check reports it
            pass

    def stop(self) -> None:
        try:
            self.conn.send(None)
        except OSError:
            pass
        self.process.join(timeout=5)
        self.kill()

    def kill(self) -> None:
        """Kill the worker (its tesseract processes die with it) and remove its temporary files."""
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        self.conn.close()
        shutil.rmtree(self.tmp, ignore_errors=True)


def _serve(conn, memory_mb: int, ocr: OcrConfig | None, tmp: str, parent: int) -> None:
    """The worker's loop: a path in, ("ok", document, extraction) or ("error", reason) out.

    Whatever happens, the worker leaves quietly: a parent that is gone gets
    no traceback printed into its terminal.
    """
    try:
        _start(tmp, parent, memory_mb)
        _loop(conn, ocr)
    except BaseException:  # noqa: BLE001  (a broken pipe, an interrupt: the parent reports what matters)
        pass
    shutil.rmtree(tmp, ignore_errors=True)  # the folder is this worker's alone; a killed parent cannot remove it
    _leave(0)


def _start(tmp: str, parent: int, memory_mb: int) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle; it stops the workers
    # writing to a gone parent or a closed terminal raises BrokenPipeError, which _serve swallows before it
    # removes the worker's temporary folder and leaves (SIG_DFL would end it at once and leave the folder)
    signal.signal(signal.SIGPIPE, signal.SIG_IGN)
    tempfile.tempdir = tmp
    os.environ["TMPDIR"] = tmp
    threading.Thread(target=_watch, args=(parent, tmp), daemon=True, name="raadslens-watchdog").start()
    prepare()  # before the limits: loading language data is not the first document's cost
    preload()
    gc.freeze()  # the language data lives as long as the worker: no collection needs to scan it again
    _limit_memory(memory_mb)


def _loop(conn, ocr: OcrConfig | None) -> None:
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            job = None
        if job is None:
            return
        conn.send(("started",))
        conn.send(_read(job, ocr))


def _read(job: Job, ocr: OcrConfig | None) -> tuple:
    """One file's message to the parent; every failure is a Dutch reason."""
    try:
        return ("ok", *read_and_extract(job.path, ocr, job.data))
    except IngestError as err:
        return ("error", str(err))
    except MemoryError:
        return ("memory",)
    except RecursionError:
        return ("error", TOO_DEEP)
    except (ImportError, OSError) as err:
        if _out_of_memory(err):
            return ("memory",)
        return ("error", UNEXPECTED)
    except Exception:  # noqa: BLE001  (any bug in a parser must not stop the batch)
        return ("error", UNEXPECTED)


def _out_of_memory(err: BaseException) -> bool:
    """A library loaded late under the address-space cap fails with "failed to map segment" or ENOMEM."""
    import errno

    return getattr(err, "errno", None) == errno.ENOMEM or "map segment" in str(err) or "memory" in str(err).lower()


def _watch(parent: int, tmp: str) -> None:
    """End this worker when its parent is gone (killed or crashed): no orphan keeps reading."""
    while True:
        time.sleep(WATCHDOG_SECONDS)
        if os.getppid() != parent:
            shutil.rmtree(tmp, ignore_errors=True)
            _leave(0)


def _leave(code: int) -> None:
    """Exit at once: nothing to flush; tearing down the lookup tables and the last document costs ~0.3 s."""
    try:
        sys.stderr.flush()
    except BaseException:  # noqa: BLE001
        pass
    os._exit(code)


def _limit_memory(memory_mb: int) -> None:
    """Cap the address space at the idle size plus ``memory_mb``."""
    page = os.sysconf("SC_PAGE_SIZE")
    with open("/proc/self/statm") as statm:
        idle = int(statm.read().split()[0]) * page
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = idle + (memory_mb << 20)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


class OnceTimedOut(Exception):
    """``run_once`` stopped the process: it took longer than its seconds."""


class OnceDied(Exception):
    """``run_once``'s process ended without an answer (C code past the memory cap, a crash)."""


def run_once(function, args: tuple, seconds: float, memory_mb: int) -> tuple[str, object]:
    """Run module-level ``function(*args)`` once in a fresh process, capped like a worker; what came back.

    Returns ("ok", result), ("memory", "") for a MemoryError, or ("error", Dutch reason) for an
    IngestError or any other exception; raises OnceTimedOut or OnceDied.  The process runs in a
    group of its own, killed with what it started (tesseract).  For one-off jobs of the web process
    (an uploaded draft, a page image) that must not run pdfium in the server itself.

    >>> run_once(len, ("abc",), 30, 256)  # doctest: +SKIP
    ('ok', 3)
    """
    parent, child = _CONTEXT.Pipe(duplex=False)
    process = _CONTEXT.Process(target=_once_child, args=(child, function, args, memory_mb), daemon=True)
    process.start()
    child.close()
    try:
        if not parent.poll(seconds):
            raise OnceTimedOut()
        try:
            return parent.recv()
        except (EOFError, OSError):
            raise OnceDied() from None
    finally:
        _kill_group(process)
        parent.close()


def _kill_group(process) -> None:
    if process.is_alive() and process.pid is not None:
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            process.kill()
    process.join(timeout=5)


def _once_child(conn, function, args: tuple, memory_mb: int) -> None:
    os.setpgrp()
    preload()  # before the cap: a late import under it fails
    _limit_memory(memory_mb)
    try:
        conn.send(("ok", function(*args)))
    except IngestError as err:
        conn.send(("error", str(err)))
    except MemoryError:
        conn.send(("memory", ""))
    except RecursionError:
        conn.send(("error", "de PDF is te diep genest om te lezen"))
    except Exception as err:  # noqa: BLE001  (a parser bug must come back as a reason, not a hang)
        conn.send(("error", f"onverwachte fout ({type(err).__name__})"))
    conn.close()
    os._exit(0)

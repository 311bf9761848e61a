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
"""
from __future__ import annotations

import gc
import multiprocessing
import os
import resource
import signal
import time
from collections import deque
from dataclasses import dataclass, field
from multiprocessing.connection import wait
from pathlib import Path
from typing import Iterable, Iterator

from extract import Extraction, extract, prepare
from ingest import Document, IngestError, OcrConfig, read_document
from ingest.ocr import cores

_CONTEXT = multiprocessing.get_context("spawn")  # no fork: the parent may hold threads and open files
STARTUP_SECONDS = 120.0  # a new worker must have taken up its first file by then


@dataclass(frozen=True)
class Limits:
    """Per-document limits and the number of parallel workers."""

    seconds: float = 600.0
    memory_mb: int = 2048
    workers: int = field(default_factory=cores)

    def timeout_reason(self) -> str:
        return (f"duurde langer dan {self.seconds:g} s en is afgebroken; controleer het bestand "
                f"of lees het apart in met een ruimere --timeout")

    def memory_reason(self, detail: str = "") -> str:
        return (f"gebruikte meer dan {self.memory_mb} MB geheugen en is afgebroken{detail}; controleer het "
                f"bestand of lees het apart in met een ruimere --max-memory")


@dataclass(frozen=True)
class Outcome:
    """What a worker made of one file: a document and its extraction, or a Dutch reason."""

    path: Path
    document: Document | None = None
    extraction: Extraction | None = None
    error: str = ""


def read_and_extract(path: Path, ocr: OcrConfig | None) -> tuple[Document, Extraction]:
    """The work done for one file (in a worker); the word boxes stay behind (the store does not keep them)."""
    document = read_document(path, ocr=ocr)
    return document.without_layout(), extract(document)


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

    def __exit__(self, *exc) -> None:
        for worker in self._idle:
            worker.stop()
        self._idle = []

    def map(self, paths: Iterable[Path]) -> Iterator[Outcome]:
        queue = deque(paths)
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
                task = _Task(queue.popleft(), time.monotonic() + STARTUP_SECONDS)
                worker.send(task.path)
                busy[worker] = task
            nearest = min(task.deadline for task in busy.values())
            wait([w.conn for w in busy] + [w.process.sentinel for w in busy],
                 timeout=max(0.0, nearest - time.monotonic()))
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
                return Outcome(path, payload[0], payload[1])
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
            return Outcome(task.path, error=f"het leesproces kon niet starten (het stopte met {how}); probeer het "
                                            f"opnieuw en meld het met de foutmelding hierboven als het blijft gebeuren")
        return Outcome(task.path, error=self.limits.memory_reason(
            f" (het leesproces stopte onverwacht met {how}; waarschijnlijk te weinig geheugen)"))


@dataclass
class _Task:
    path: Path
    deadline: float
    started: bool = False  # the worker took the file up (it was ready)


class _Worker:
    def __init__(self, memory_mb: int, ocr: OcrConfig | None):
        self.conn, child = _CONTEXT.Pipe()
        self.process = _CONTEXT.Process(target=_serve, args=(child, memory_mb, ocr), daemon=True)
        self.process.start()
        child.close()

    def send(self, path: Path) -> None:
        self.conn.send(path)

    def stop(self) -> None:
        try:
            self.conn.send(None)
        except OSError:
            pass
        self.process.join(timeout=5)
        self.kill()

    def kill(self) -> None:
        """Kill the worker and, through its process group, the tesseract processes it started."""
        pid = self.process.pid
        if self.process.is_alive() and pid is not None:
            try:
                if os.getpgid(pid) == pid:
                    os.killpg(pid, signal.SIGKILL)
                else:
                    self.process.kill()
            except ProcessLookupError:
                pass
        self.process.join()
        self.conn.close()


def _serve(conn, memory_mb: int, ocr: OcrConfig | None) -> None:
    """The worker's loop: a path in, ("ok", document, extraction) or ("error", reason) out."""
    os.setpgrp()
    prepare()  # before the limits: loading language data is not the first document's cost
    gc.freeze()  # the language data lives as long as the worker: no collection needs to scan it again
    _limit_memory(memory_mb)
    while True:
        try:
            path = conn.recv()
        except (EOFError, OSError):
            path = None
        if path is None:
            os._exit(0)  # nothing to flush; tearing down spaCy and the last document's objects costs ~0.3 s
        conn.send(("started",))
        try:
            conn.send(("ok", *read_and_extract(path, ocr)))
        except IngestError as err:
            conn.send(("error", str(err)))
        except MemoryError:
            conn.send(("memory",))
            return
        except RecursionError:
            conn.send(("error", "de PDF is te diep genest om te lezen; sla hem opnieuw op als PDF en probeer opnieuw"))
        except Exception as err:  # noqa: BLE001  (any bug in a parser must not stop the batch)
            conn.send(("error", f"onverwachte fout bij het lezen ({type(err).__name__}: {err}); "
                                f"meld dit met het bestand erbij"))


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

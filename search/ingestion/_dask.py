"""Reading files on a Dask distributed cluster (``raadslens ingest --dask tcp://HOST:8786``); the one dask module.

The parent stays the one writer: it sends each file (its path and its bytes)
as a task, a Dask worker reads and extracts it, and the Outcome comes back to
the parent, which stores and indexes it exactly as without a cluster.

- **Limits as on one machine**: a Dask worker does not read in its own
  process but through a ``WorkerPool`` of its own (one reading process per
  worker thread, reused across files), so ``--timeout`` and ``--max-memory``
  hold per file, and a file that kills its reader is reported, not retried.
- **Bytes, not paths**: workers need not see the parent's files, and they
  read exactly the bytes whose sha256 the parent checked.
- **A lost worker**: when a Dask worker dies mid-file (its machine lost, its
  process killed), the scheduler runs the task again on another worker (up
  to ``distributed.scheduler.allowed-failures`` times, 3 by default).  A
  task has one result, and only a result is stored: nothing is written twice.
- **Bounded**: at most two files per worker thread are in flight, so memory
  stays bounded on the parent, the scheduler and the workers.
- **Same versions**: a worker whose reader or extractor version differs from
  the parent's returns a Dutch error for the file instead of a document.
"""

from __future__ import annotations

import multiprocessing
import os
import socket
import threading
import warnings
from collections import deque
from dataclasses import replace
from pathlib import Path
from typing import Iterable, Iterator
from uuid import uuid4

from distributed import Client, KilledWorker, as_completed

from ingest import OcrConfig
from search.ingestion.workers import UNEXPECTED, ClusterUnavailable, Job, Limits, Outcome, WorkerPool

CONNECT_SECONDS = 10  # to reach the scheduler
WORKER_WAIT_SECONDS = 30  # for a first worker when the cluster has none yet
IN_FLIGHT_PER_THREAD = 2  # one being read, one waiting: no worker idles between files
_LOCAL = threading.local()  # on a Dask worker: each worker thread's own reading pool


class DaskPool:
    """Readers on a Dask cluster, with the interface of ``WorkerPool``: ``map`` yields Outcomes as they finish.

    >>> with DaskPool("tcp://127.0.0.1:8786", Limits()) as pool:  # doctest: +SKIP
    ...     [o.path.name for o in pool.map([Path("corpus/regionaal-beleidskader-mensenhandel.pdf")])]
    ['regionaal-beleidskader-mensenhandel.pdf']
    """

    def __init__(self, address: str, limits: Limits | None = None, ocr: OcrConfig | None = None):
        self.address = address
        self.limits = limits or Limits()
        self.ocr = ocr
        self.client: Client | None = None

    def __enter__(self) -> "DaskPool":
        self.client = _connect(self.address)
        return self

    def __exit__(self, *exc) -> None:
        if self.client is not None:
            self.client.close()
            self.client = None

    def warm(self, count: int) -> None:
        """Nothing to start here: a Dask worker starts its reading process with its first file."""

    def describe(self) -> str:
        """Dutch, for the summary: where the files were read."""
        threads = self._threads()
        return f"gelezen op het Dask-cluster {self.address} ({threads} worker{'s' if threads != 1 else ''})"

    def map(self, paths: Iterable[Path | Job]) -> Iterator[Outcome]:
        queue = deque(p.path if isinstance(p, Job) else p for p in paths)
        pending = as_completed(loop=self.client.loop if self.client else None)
        paths_of: dict = {}
        try:
            while queue or paths_of:
                while queue and len(paths_of) < max(1, self._threads()) * IN_FLIGHT_PER_THREAD:
                    path = queue.popleft()
                    future = self._submit(path)
                    if isinstance(future, Outcome):
                        yield future
                        continue
                    paths_of[future] = path
                    pending.add(future)
                if paths_of:
                    future = next(pending)
                    yield _outcome(future, paths_of.pop(future))
        finally:  # an error or interrupt in the caller: nothing keeps running for this batch
            if paths_of and self.client is not None:
                self.client.cancel(list(paths_of))

    def _submit(self, path: Path):
        """The task for one file, or an error Outcome when the parent cannot read the file."""
        assert self.client is not None
        try:
            data = path.read_bytes()
        except OSError as err:
            return Outcome(path, error=f"kan het bestand niet lezen ({err.strerror})")
        from search.ingestion.pipeline import VERSION

        with warnings.catch_warnings():  # a large PDF is a large task: that is the point here
            warnings.filterwarnings("ignore", message=".*[Ll]arge graph.*")
            return self.client.submit(
                _read_on_worker,
                Job(path, data),
                self.limits,
                self.ocr,
                VERSION,
                key=f"raadslens-lees-{path.name}-{uuid4().hex[:8]}",
                pure=False,
            )

    def _threads(self) -> int:
        assert self.client is not None
        return sum(self.client.nthreads().values())


def _connect(address: str) -> Client:
    """A client on the scheduler at ``address``, with at least one worker; ClusterUnavailable (Dutch) if not."""
    _probe(address)
    try:
        client = Client(address, timeout=CONNECT_SECONDS, set_as_default=False)
    except Exception as err:  # noqa: BLE001  (OSError, TimeoutError, ValueError for a malformed address)
        raise ClusterUnavailable(
            f"het Dask-cluster op {address} is niet bereikbaar ({err}); start de scheduler "
            f"(`dask scheduler`) en workers (`dask worker {address}`), of controleer het adres"
        ) from err
    try:
        client.wait_for_workers(1, timeout=WORKER_WAIT_SECONDS)
    except Exception as err:  # noqa: BLE001  (TimeoutError)
        client.close()
        raise ClusterUnavailable(
            f"het Dask-cluster op {address} heeft geen workers (na {WORKER_WAIT_SECONDS} s wachten); "
            f"start er een met `dask worker {address}`"
        ) from err
    return client


def _probe(address: str) -> None:
    """Fail at once, in Dutch, on a malformed address or a closed port (the client would retry for seconds).

    >>> _probe("scheduler")
    Traceback (most recent call last):
    ...
    search.ingestion.workers.ClusterUnavailable: 'scheduler' is geen adres van een Dask-scheduler; schrijf het als tcp://HOST:8786
    """
    scheme, _, rest = address.rpartition("://")
    host, _, port = rest.rpartition(":")
    if scheme not in ("", "tcp", "tls") or not host or not port.isdigit():
        raise ClusterUnavailable(f"{address!r} is geen adres van een Dask-scheduler; schrijf het als tcp://HOST:8786")
    try:
        socket.create_connection((host.strip("[]"), int(port)), timeout=CONNECT_SECONDS).close()
    except OSError as err:
        raise ClusterUnavailable(
            f"het Dask-cluster op {address} is niet bereikbaar ({_why(err)}); start de scheduler "
            f"(`dask scheduler`) en workers (`dask worker {address}`), of controleer het adres"
        ) from err


def _why(err: OSError) -> str:
    """A failed connection in Dutch words."""
    if isinstance(err, ConnectionRefusedError):
        return "verbinding geweigerd: daar luistert geen scheduler"
    if isinstance(err, socket.gaierror):
        return "onbekende hostnaam"
    if isinstance(err, TimeoutError):
        return f"geen antwoord binnen {CONNECT_SECONDS} s"
    return err.strerror or str(err)


def _outcome(future, path: Path) -> Outcome:
    """A finished task as an Outcome; a task that failed everywhere as a Dutch reason."""
    error = future.exception() if future.status == "error" else None
    if isinstance(error, KilledWorker):
        return Outcome(
            path,
            error="de Dask-workers stopten telkens tijdens het lezen van dit bestand; controleer het "
            "geheugen van de workers, of lees het bestand apart in zonder --dask",
        )
    if error is not None or future.status != "finished":
        return Outcome(path, error=UNEXPECTED)
    return future.result()


def _read_on_worker(job: Job, limits: Limits, ocr: OcrConfig | None, version: str) -> Outcome:
    """The task, run on a Dask worker: the file read by this thread's own reading process, within ``limits``."""
    from search.ingestion.pipeline import VERSION

    if version != VERSION:
        return Outcome(
            job.path,
            error=f"de Dask-worker draait raadslens {VERSION}, dit programma {version}; installeer op de "
            f"workers dezelfde versie van raadslens",
        )
    (outcome,) = _pool(limits, _writable_cache(ocr)).map([job])
    return outcome


def _writable_cache(ocr: OcrConfig | None) -> OcrConfig | None:
    """The writer's OCR settings, without the cache when this machine cannot write the writer's cache folder.

    >>> _writable_cache(OcrConfig(cache_dir=Path("/proc/geen-cache"))).cache_dir is None
    True
    """
    if ocr is None or ocr.cache_dir is None:
        return ocr
    try:
        Path(ocr.cache_dir).mkdir(parents=True, exist_ok=True)
    except OSError:
        return replace(ocr, cache_dir=None)
    return ocr if os.access(ocr.cache_dir, os.W_OK) else replace(ocr, cache_dir=None)


def _pool(limits: Limits, ocr: OcrConfig | None) -> WorkerPool:
    """This worker thread's reading pool (one process), kept across files and batches with the same settings."""
    wanted = (limits, ocr)
    if getattr(_LOCAL, "settings", None) != wanted:
        if getattr(_LOCAL, "pool", None) is not None:
            _LOCAL.pool.__exit__(None, None, None)
        _allow_children()
        _LOCAL.pool = WorkerPool(Limits(limits.seconds, limits.memory_mb, workers=1), ocr)
        _LOCAL.settings = wanted
    return _LOCAL.pool


def _allow_children() -> None:
    """Let a Dask worker start its reading process.

    A nanny starts its worker as a daemonic process, and multiprocessing
    forbids those children (so that none outlives it).  Our readers keep that
    promise themselves: they are daemonic too and end when their parent is
    gone (the watchdog in ``workers.py``), their tesseract processes with them.
    """
    process = multiprocessing.current_process()
    if process.daemon:
        process.daemon = False

"""What a view needs from the running app: the archive and whether the caller wants JSON.

Views import this module, never the app factory.  The archive is opened once
per process and data folder and shared by the server's threads; when the
store changes (another process ingested or removed a document, so the store
generation moved on) the next request opens a fresh one.

>>> wants_json.__doc__.split(".")[0]
'True for the JSON twins under /api/'
"""
from __future__ import annotations

import atexit
import threading
import time

from flask import current_app, g, request

from search import Archive, IndexBusy
from search import refresh_figure_index as refresh

RETIRE_SECONDS = 60.0  # an archive replaced by a newer one is closed this long after (requests still using it finish)


class ArchiveHolder:
    """One open Archive for a data folder, reopened when the store generation changes."""

    def __init__(self, directory: str):
        self.directory = directory
        self._lock = threading.Lock()
        self._archive: Archive | None = None
        self._generation: int | None = None
        self._retired: list[tuple[float, Archive]] = []

    def get(self) -> Archive:
        with self._lock:
            archive = self._archive
            if archive is not None and archive.store.generation() == self._generation:
                return archive
            return self._reopen()

    def _reopen(self) -> Archive:
        try:
            fresh = Archive.open(self.directory)
        except IndexBusy:  # an ingest holds the index: keep serving what we have
            if self._archive is None:
                raise
            return self._archive
        refresh(fresh.store)  # the claim lookup table, brought up to date once here and not by racing requests
        if self._archive is not None:
            self._retired.append((time.monotonic(), self._archive))
        self._archive, self._generation = fresh, fresh.store.generation()
        self._close_retired()
        return fresh

    def _close_retired(self, everything: bool = False) -> None:
        now = time.monotonic()
        keep = []
        for since, archive in self._retired:
            if everything or now - since > RETIRE_SECONDS:
                archive.close()
            else:
                keep.append((since, archive))
        self._retired = keep

    def close(self) -> None:
        with self._lock:
            if self._archive is not None:
                self._archive.close()
                self._archive = None
            self._close_retired(everything=True)


_HOLDERS: dict[str, ArchiveHolder] = {}
_HOLDERS_LOCK = threading.Lock()


def holder(directory: str) -> ArchiveHolder:
    """The process's holder for ``directory`` (one per data folder)."""
    with _HOLDERS_LOCK:
        if directory not in _HOLDERS:
            _HOLDERS[directory] = ArchiveHolder(directory)
        return _HOLDERS[directory]


@atexit.register
def _close_all() -> None:
    for held in list(_HOLDERS.values()):
        held.close()


def get_archive() -> Archive:
    """The archive of the app's data folder (the same object for the request's whole life)."""
    if "archive" not in g:
        g.archive = holder(current_app.config["DATA_DIR"]).get()
    return g.archive


def wants_json() -> bool:
    """True for the JSON twins under /api/."""
    return request.path.startswith("/api/")

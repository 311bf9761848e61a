"""Ingest a batch of files: read, extract, store, index.  One bad file never stops the batch.

The store is written one document per transaction and marks each document
unindexed until the index has it, so an interrupted run can be re-run: files
already stored are recognised by path and sha256 and skipped, and the index
catches up with the store.
"""
from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable

from extract import EXTRACTOR_VERSION
from ingest import READER_VERSION, OcrConfig, discover, sha256_of
from ingest.ocr import unavailable_reason
from search.archive import Archive
from search.ingestion.workers import Limits, Outcome, WorkerPool
from search.settings import setting

OCR_CACHE = "ocr-cache"
VERSION = f"reader-{READER_VERSION}/extractor-{EXTRACTOR_VERSION}"  # stored with each document

FileProgress = Callable[[Path], None]
INDEX_EVERY = 100  # stored documents per indexing round (the index commits by units)


@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    moved: list[str] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (path, stored path)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (path, Dutch reason)
    needs_ocr: list[tuple[str, tuple[int, ...]]] = field(default_factory=list)
    ocr_unavailable: str = ""  # why pages were not OCR'd (tesseract missing), Dutch
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (path, Dutch warning): ingested anyway

    @property
    def ok(self) -> bool:
        return not self.failed

    def to_json(self) -> dict:
        return {
            "added": self.added, "replaced": self.replaced, "unchanged": self.unchanged,
            "moved": self.moved,
            "duplicates": [{"file": p, "same_as": o} for p, o in self.duplicates],
            "failed": [{"file": p, "reason": r} for p, r in self.failed],
            "warnings": [{"file": p, "warning": w} for p, w in self.warnings],
            "needs_ocr": [{"file": p, "pages": list(n)} for p, n in self.needs_ocr],
            "ocr_unavailable": self.ocr_unavailable if self.needs_ocr else "",
        }

    def sort(self) -> None:
        """Put every list in file order (workers finish in any order)."""
        for name in ("added", "replaced", "unchanged", "moved", "duplicates", "failed", "needs_ocr", "warnings"):
            getattr(self, name).sort()


def ingest_paths(archive: Archive, paths: list[str], on_file: FileProgress | None = None,
                 limits: Limits | None = None, ocr: OcrConfig | None = None) -> IngestReport:
    """Ingest every supported file below ``paths`` into the archive.

    Files are read in worker processes (``limits``); the store is written
    here, one transaction per document.  ``on_file`` is called once per file
    when it is done.  ``ocr`` defaults to :func:`ocr_config`.
    """
    report = IngestReport()
    ocr = ocr or ocr_config(archive)
    report.ocr_unavailable = unavailable_reason(ocr) or ""
    todo: dict[str, Path] = {}  # sha256 → the first file with those bytes in this batch
    for path in discover(paths):
        sha = _needs_reading(archive, path, report, ocr_ready=not report.ocr_unavailable)
        if sha and sha in todo:
            report.duplicates.append((shown(path), shown(todo[sha].resolve())))
        elif sha:
            todo[sha] = path
            continue
        if on_file:
            on_file(path)
    stored: list[int] = []
    with WorkerPool(limits, ocr) as pool:
        for outcome in pool.map(todo.values()):
            doc_id = _save(archive, outcome, report)
            if doc_id is not None:
                stored.append(doc_id)
            if len(stored) >= INDEX_EVERY:
                archive.index_documents(stored)
                stored = []
            if on_file:
                on_file(outcome.path)
    archive.index_documents(stored)
    archive.reconcile()
    report.sort()
    return report


def ocr_config(archive: Archive) -> OcrConfig:
    """OCR settings for an archive.

    The cache lives in the data folder (``RAADSLENS_OCR_CACHE`` overrides);
    the binary is ``tesseract`` (``RAADSLENS_TESSERACT`` overrides).
    """
    cache = setting("RAADSLENS_OCR_CACHE") or (archive.path / OCR_CACHE if archive.path else None)
    return OcrConfig(cache_dir=Path(cache) if cache else None,
                     binary=setting("RAADSLENS_TESSERACT") or "tesseract")


def _needs_reading(archive: Archive, path: Path, report: IngestReport, ocr_ready: bool) -> str | None:
    """Settle what can be settled without reading the file; its sha256 when it must be read."""
    try:
        sha = sha256_of(path)
    except OSError as err:
        report.failed.append((shown(path), f"kan het bestand niet lezen ({err.strerror})"))
        return None
    at_path = archive.store.document_by_path(shown(path.resolve()))
    if at_path is not None and at_path["sha256"] == sha:
        if ocr_ready and _pages_needing_ocr(archive, at_path["id"]):
            return sha  # stored before tesseract was available: read again to OCR it
        if at_path["version"] != VERSION:
            return sha  # stored by an older reader or extractor: read again
        report.unchanged.append(shown(path))
        return None
    return None if _settled_by_content(archive, path, sha, report) else sha


def _settled_by_content(archive: Archive, path: Path, sha: str, report: IngestReport) -> bool:
    """Same bytes stored under another name: a duplicate, or a move when that file is gone."""
    same = archive.store.document_by_sha(sha)
    resolved = shown(path.resolve())
    if same is None or same["path"] == resolved:
        return False
    if Path(same["path"]).exists():
        report.duplicates.append((shown(path), same["path"]))
    else:
        archive.store.move(same["id"], resolved, shown(path.name))
        report.moved.append(shown(path))
    return True


def _save(archive: Archive, outcome: Outcome, report: IngestReport) -> int | None:
    """Store one worker outcome (one transaction); returns the new document id."""
    name = shown(outcome.path)
    if outcome.error:
        report.failed.append((name, outcome.error))
        return None
    document, extraction = outcome.document, outcome.extraction
    assert document is not None and extraction is not None  # an outcome without error has both
    if _settled_by_content(archive, outcome.path, document.sha256, report):
        return None  # the same bytes were stored meanwhile (another run into the same archive)
    resolved = shown(outcome.path.resolve())
    if resolved != str(outcome.path.resolve()):
        report.warnings.append((name, f"de bestandsnaam is geen geldige UTF-8 en is opgeslagen als "
                                      f"{Path(resolved).name!r}; hernoem het bestand zo om het origineel "
                                      f"te kunnen openen"))
    at_path = archive.store.document_by_path(resolved)
    document = replace(document, path=resolved)
    try:  # one transaction: a failure leaves nothing of this document behind
        doc_id = archive.store.save(document, extraction, replace_id=at_path["id"] if at_path else None,
                                    version=VERSION)
    except sqlite3.Error as err:
        report.failed.append((name, f"kon niet worden opgeslagen ({err}); meld dit met het bestand erbij"))
        return None
    (report.replaced if at_path else report.added).append(name)
    ocr_pages = tuple(p.number for p in document.pages if p.needs_ocr)
    if ocr_pages:
        report.needs_ocr.append((name, ocr_pages))
    return doc_id


def shown(path: Path | str) -> str:
    """A path as text that SQLite, JSON and terminals accept.

    A name part that is not valid UTF-8 (a zip from an old Windows machine)
    is read as Windows-1252, the usual culprit for Dutch names.

    >>> shown(os.fsdecode("Café/".encode("utf-8") + b"caf\\xe9.pdf"))
    'Café/café.pdf'
    """
    return "/".join(_decode_part(part) for part in os.fsencode(path).split(b"/"))


def _decode_part(part: bytes) -> str:
    try:
        return part.decode("utf-8")
    except UnicodeDecodeError:
        return part.decode("cp1252", "replace")


def _pages_needing_ocr(archive: Archive, doc_id: int) -> int:
    rows = archive.store.rows("SELECT count(*) FROM pages WHERE doc_id = ? AND needs_ocr = 1", (doc_id,))
    return next(rows)[0]


def remove_path(archive: Archive, path: str) -> list[str]:
    """Drop the documents stored for a file (or every file below a folder)."""
    target = str(Path(path).resolve())
    removed = []
    for doc in archive.store.documents():
        if doc["path"] == target or doc["path"].startswith(target.rstrip("/") + "/") or doc["file"] == path:
            archive.remove_document(doc["id"])
            removed.append(doc["path"])
    return removed

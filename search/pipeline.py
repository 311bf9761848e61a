"""Ingest a batch of files: read, extract, store, index.  One bad file never stops the batch.

The store is written one document per transaction and marks each document
unindexed until the index has it, so an interrupted run can be re-run: files
already stored are recognised by path and sha256 and skipped, and the index
catches up with the store.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from extract import extract
from ingest import IngestError, discover, read_document, sha256_of

from .archive import Archive

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

    @property
    def ok(self) -> bool:
        return not self.failed

    def to_json(self) -> dict:
        return {
            "added": self.added, "replaced": self.replaced, "unchanged": self.unchanged,
            "moved": self.moved,
            "duplicates": [{"file": p, "same_as": o} for p, o in self.duplicates],
            "failed": [{"file": p, "reason": r} for p, r in self.failed],
            "needs_ocr": [{"file": p, "pages": list(n)} for p, n in self.needs_ocr],
        }


def ingest_paths(archive: Archive, paths: list[str], on_file: FileProgress | None = None) -> IngestReport:
    """Ingest every supported file below ``paths`` into the archive."""
    report = IngestReport()
    files = discover(paths)
    stored: list[int] = []
    for path in files:
        if on_file:
            on_file(path)
        doc_id = _ingest_one(archive, path, report)
        if doc_id is not None:
            stored.append(doc_id)
        if len(stored) >= INDEX_EVERY:
            archive.index_documents(stored)
            stored = []
    archive.index_documents(stored)
    archive.reconcile()
    return report


def _ingest_one(archive: Archive, path: Path, report: IngestReport) -> int | None:
    name = str(path)
    resolved = str(path.resolve())
    try:
        sha = sha256_of(path)
    except OSError as err:
        report.failed.append((name, f"kan het bestand niet lezen ({err.strerror})"))
        return None
    store = archive.store
    at_path = store.document_by_path(resolved)
    if at_path is not None and at_path["sha256"] == sha:
        report.unchanged.append(name)
        return None
    same = store.document_by_sha(sha)
    if same is not None:
        if Path(same["path"]).exists():
            report.duplicates.append((name, same["path"]))
            return None
        store.move(same["id"], resolved, path.name)
        report.moved.append(name)
        return None
    try:
        document = read_document(path)
        extraction = extract(document)
    except IngestError as err:
        report.failed.append((name, str(err)))
        return None
    document = _with_path(document, resolved)
    doc_id = store.save(document, extraction, replace_id=at_path["id"] if at_path else None)
    (report.replaced if at_path else report.added).append(name)
    ocr_pages = tuple(p.number for p in document.pages if p.needs_ocr)
    if ocr_pages:
        report.needs_ocr.append((name, ocr_pages))
    return doc_id


def _with_path(document, resolved: str):
    from dataclasses import replace

    return replace(document, path=resolved)


def remove_path(archive: Archive, path: str) -> list[str]:
    """Drop the documents stored for a file (or every file below a folder)."""
    target = str(Path(path).resolve())
    removed = []
    for doc in archive.store.documents():
        if doc["path"] == target or doc["path"].startswith(target.rstrip("/") + "/") or doc["file"] == path:
            archive.remove_document(doc["id"])
            removed.append(doc["path"])
    return removed

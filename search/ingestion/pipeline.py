"""Ingest a batch of files: read, extract, store, index.  One bad file never stops the batch.

The store is written one document per transaction and marks each document
unindexed until the index has it, so an interrupted run can be re-run: files
already stored are recognised by path and sha256 and skipped, and the index
catches up with the store.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Iterable, Iterator, Protocol

from extract import EXTRACTOR_VERSION
from ingest import READER_VERSION, OcrConfig, discover, sha256_of
from ingest.ocr import unavailable_reason
from search.archive import Archive
from search.ingestion.workers import ClusterUnavailable, Limits, Outcome, WorkerPool
from search.read.originals import still_on_disk
from search.settings import setting
from search.store.db import AlreadyStored

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
    low_quality: list[tuple[str, tuple[int, ...]]] = field(default_factory=list)  # pages with unreliable text
    ocr_pages: int = 0  # pages read with OCR in this run
    seconds: float = 0.0
    cluster: str = ""  # where the files were read when not on this machine (Dutch), e.g. a Dask cluster

    @property
    def ok(self) -> bool:
        return not self.failed

    def summary(self) -> str:
        """One Dutch line: what the run did.

        >>> IngestReport(added=["a.pdf"], failed=[("b.pdf", "leeg")], ocr_pages=3, seconds=2.5).summary()
        "klaar in 2,5 s: 1 ingelezen, 1 geweigerd, 0 met waarschuwingen, 3 pagina's met OCR gelezen"
        """
        stored = len(self.added) + len(self.replaced)
        warned = len({p for p, _ in self.warnings} | {p for p, _ in self.low_quality})
        parts = [
            f"{stored} ingelezen",
            f"{len(self.failed)} geweigerd",
            f"{warned} met waarschuwingen",
            f"{self.ocr_pages} pagina{'' if self.ocr_pages == 1 else chr(39) + 's'} met OCR gelezen",
        ]
        if self.unchanged:
            parts.append(f"{len(self.unchanged)} ongewijzigd")
        if self.duplicates:
            parts.append(f"{len(self.duplicates)} dubbel")
        if self.cluster:
            parts.append(self.cluster)
        seconds = f"{self.seconds:.1f}".replace(".", ",")
        return f"klaar in {seconds} s: " + ", ".join(parts)

    def to_json(self) -> dict:
        return {
            "added": self.added,
            "replaced": self.replaced,
            "unchanged": self.unchanged,
            "moved": self.moved,
            "duplicates": [{"file": p, "same_as": o} for p, o in self.duplicates],
            "failed": [{"file": p, "reason": r} for p, r in self.failed],
            "warnings": [{"file": p, "warning": w} for p, w in self.warnings],
            "needs_ocr": [{"file": p, "pages": list(n)} for p, n in self.needs_ocr],
            "ocr_unavailable": self.ocr_unavailable if self.needs_ocr else "",
            "low_quality": [{"file": p, "pages": list(n)} for p, n in self.low_quality],
            "ocr_pages": self.ocr_pages,
            "seconds": round(self.seconds, 2),
            "cluster": self.cluster,
            "summary": self.summary(),
        }

    def sort(self) -> None:
        """Put every list in file order (workers finish in any order)."""
        for name in (
            "added",
            "replaced",
            "unchanged",
            "moved",
            "duplicates",
            "failed",
            "needs_ocr",
            "warnings",
            "low_quality",
        ):
            getattr(self, name).sort()


def ingest_paths(
    archive: Archive,
    paths: list[str],
    on_file: FileProgress | None = None,
    limits: Limits | None = None,
    ocr: OcrConfig | None = None,
    dask: str | None = None,
) -> IngestReport:
    """Ingest every supported file below ``paths`` into the archive.

    Files are read in worker processes (``limits``), or on the Dask cluster
    whose scheduler is at ``dask`` ("tcp://host:8786"; ClusterUnavailable
    when it cannot be reached); the store is written here, one transaction
    per document.  ``on_file`` is called once per file when it is done.
    ``ocr`` defaults to :func:`ocr_config`.
    """
    started = time.monotonic()
    report = IngestReport()
    ocr = ocr or ocr_config(archive)
    files = discover(paths)
    with _readers(limits, ocr, dask) as pool:
        pool.warm(sum(1 for path in files if archive.store.document_by_path(shown(path.resolve())) is None))
        report.cluster = pool.describe()
        report.ocr_unavailable = unavailable_reason(ocr) or ""
        todo = _to_read(archive, files, report, on_file)
        _read_and_store(archive, pool, todo, report, on_file)
    archive.reconcile()
    report.sort()
    report.seconds = time.monotonic() - started
    return report


class Readers(Protocol):
    """What reads files for the pipeline: ``WorkerPool`` on this machine, ``DaskPool`` on a cluster."""

    def __enter__(self) -> "Readers": ...
    def __exit__(self, *exc) -> None: ...
    def warm(self, count: int) -> None: ...
    def describe(self) -> str: ...
    def map(self, paths: Iterable[Path]) -> Iterator[Outcome]: ...


def _readers(limits: Limits | None, ocr: OcrConfig, dask: str | None) -> Readers:
    """Worker processes on this machine, or the Dask cluster at ``dask``."""
    if not dask:
        return WorkerPool(limits, ocr)
    try:
        from search.ingestion._dask import DaskPool
    except ImportError as err:
        raise ClusterUnavailable(
            "--dask vraagt de pakketten dask en distributed; installeer ze met: pip install 'raadslens[dask]'"
        ) from err
    return DaskPool(dask, limits, ocr)


def _to_read(archive: Archive, files: list[Path], report: IngestReport, on_file: FileProgress | None) -> dict:
    """The files that must be read, by sha256 (the first file with those bytes); the others settled in ``report``."""
    todo: dict[str, Path] = {}
    for path in files:
        sha = _needs_reading(archive, path, report, ocr_ready=not report.ocr_unavailable)
        if sha and sha in todo:
            report.duplicates.append((shown(path), shown(todo[sha].resolve())))
        elif sha:
            todo[sha] = path
            continue
        if on_file:
            on_file(path)
    return todo


def _read_and_store(
    archive: Archive, pool: Readers, todo: dict, report: IngestReport, on_file: FileProgress | None
) -> None:
    """Workers read, this process stores one document per transaction and indexes every ``INDEX_EVERY``."""
    stored: list[int] = []
    for outcome in pool.map(todo.values()):
        for part in (outcome, *outcome.embedded):
            doc_id = _save(archive, part, report, parent=outcome if part is not outcome else None)
            if doc_id is not None:
                stored.append(doc_id)
        if len(stored) >= INDEX_EVERY:
            archive.index_documents(stored)
            stored = []
        if on_file:
            on_file(outcome.path)
    archive.index_documents(stored)


def ocr_config(archive: Archive) -> OcrConfig:
    """OCR settings for an archive.

    The cache lives in the data folder (``RAADSLENS_OCR_CACHE`` overrides);
    the binary is ``tesseract`` (``RAADSLENS_TESSERACT`` overrides).
    """
    cache = setting("RAADSLENS_OCR_CACHE") or (archive.path / OCR_CACHE if archive.path else None)
    return OcrConfig(cache_dir=Path(cache) if cache else None, binary=setting("RAADSLENS_TESSERACT") or "tesseract")


def _needs_reading(archive: Archive, path: Path, report: IngestReport, ocr_ready: bool) -> str | None:
    """Settle what can be settled without reading the file; its sha256 when it must be read."""
    try:
        sha = sha256_of(path)
    except OSError as err:
        report.failed.append((shown(path), f"kan het bestand niet lezen ({err.strerror})"))
        return None
    at_path = archive.store.document_by_path(shown(path.resolve()))
    if at_path is not None and at_path["sha256"] == sha:
        if not _current(archive, at_path, sha, ocr_ready):
            return sha  # stored by an older reader or extractor, or before tesseract was available: read again
        report.unchanged.append(shown(path))
        return None
    return None if _settled_by_content(archive, path, sha, report) else sha


def _current(archive: Archive, stored, sha: str, ocr_ready: bool) -> bool:
    """Whether the stored document ``stored`` already is what reading the file with ``sha`` would store."""
    if stored["sha256"] != sha or stored["version"] != VERSION:
        return False
    return not (ocr_ready and _pages_needing_ocr(archive, stored["id"]))


def _settled_by_content(archive: Archive, path: Path, sha: str, report: IngestReport, embedded: bool = False) -> bool:
    """Same bytes stored under another name: a duplicate, or a move when that file is gone.

    A file on disk wins over a copy embedded in another PDF: the stored copy becomes the file's.
    """
    same = archive.store.document_by_sha(sha)
    resolved = shown(path.resolve())
    if same is None or same["path"] == resolved:
        return False
    held = Path(same["path"])
    if held.exists() or (embedded and still_on_disk(held)):
        report.duplicates.append((shown(path), same["path"]))
    else:
        archive.store.move(same["id"], resolved, shown(path.name))
        report.moved.append(shown(path))
    return True


def _save(archive: Archive, outcome: Outcome, report: IngestReport, parent: Outcome | None = None) -> int | None:
    """Store one worker outcome (one transaction); returns the new document id.

    An embedded PDF (``parent`` given) that cannot be read is a warning on its parent, not a failure.
    """
    name = shown(outcome.path)
    if outcome.error and parent is not None:
        report.warnings.append(
            (shown(parent.path), f"de ingesloten PDF {outcome.path.name} is niet ingelezen: {outcome.error}")
        )
        return None
    if outcome.error:
        report.failed.append((name, outcome.error))
        return None
    document, extraction = outcome.document, outcome.extraction
    assert document is not None and extraction is not None  # an outcome without error has both
    if _settled_by_content(archive, outcome.path, document.sha256, report, embedded=parent is not None):
        return None  # the same bytes were stored meanwhile (another run into the same archive)
    resolved = shown(outcome.path.resolve())
    if resolved != str(outcome.path.resolve()):
        report.warnings.append(
            (
                name,
                f"de bestandsnaam is geen geldige UTF-8 en is opgeslagen als "
                f"{Path(resolved).name!r}; hernoem het bestand zo om het origineel "
                f"te kunnen openen",
            )
        )
    at_path = archive.store.document_by_path(resolved)
    if at_path is not None and _current(archive, at_path, document.sha256, ocr_ready=not report.ocr_unavailable):
        report.unchanged.append(name)  # stored meanwhile by another ingest of the same file
        return None
    document = replace(document, path=resolved)
    try:  # one transaction: a failure leaves nothing of this document behind
        doc_id = archive.store.save(
            document, extraction, replace_id=at_path["id"] if at_path else None, version=VERSION
        )
    except AlreadyStored:  # another ingest stored these bytes (or this path) between our check and our write
        report.unchanged.append(name)
        return None
    except archive.store.errors as err:
        report.failed.append((name, f"kon niet worden opgeslagen ({err}); meld dit met het bestand erbij"))
        return None
    (report.replaced if at_path else report.added).append(name)
    ocr_pages = tuple(p.number for p in document.pages if p.needs_ocr)
    if ocr_pages:
        report.needs_ocr.append((name, ocr_pages))
    report.warnings.extend((name, warning) for warning in document.warnings)
    low = tuple(p.number for p in document.pages if p.quality == "low")
    if low:
        report.low_quality.append((name, low))
    report.ocr_pages += sum(1 for p in document.pages if p.ocr)
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

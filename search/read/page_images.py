"""Page images for the document page: a stored PDF's page rendered by pdfium, cached on disk.

The picture of a page sits beside its extracted text so a reader can check the text against the
source.  Rendering runs in a spawned worker process with a time and a memory limit (a stored file
was read once by ingest, but a page can still be costly to draw), at most ``SLOTS`` at once; the
PNG is kept under ``<data>/page-images/`` keyed by the file's sha256, page and size, and the folder
is held under ``MAX_CACHE_BYTES`` by removing the least recently used images.

>>> cache_name("ab12", 3)
'ab12-3-1400.png'
"""

from __future__ import annotations

import hashlib
import os
import threading
from dataclasses import dataclass
from pathlib import Path

from ..ingestion.workers import OnceDied, OnceTimedOut, run_once
from .originals import original_file, still_on_disk

FOLDER = "page-images"
MAX_SIDE = 1400  # pixels on the long side: sharp enough to read beside the text, ~100-300 KB
MAX_CACHE_BYTES = 256 << 20
SECONDS = 20.0
MEMORY_MB = 512
SLOTS = 2
WAIT = 30.0
_SLOTS = threading.BoundedSemaphore(SLOTS)
_WRITE = threading.Lock()


class PageImageError(Exception):
    """No image for this page; ``str()`` is the Dutch reason, ``status`` the HTTP status."""

    def __init__(self, message: str, status: int = 404):
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class ImageLimits:
    seconds: float = SECONDS
    memory_mb: int = MEMORY_MB


def cache_name(sha256: str, number: int) -> str:
    return f"{sha256}-{number}-{MAX_SIDE}.png"


def can_render(doc) -> bool:
    """Whether ``doc`` (a store row) is a PDF whose file (or the file it is embedded in) is still on disk."""
    return doc["kind"] == "pdf" and still_on_disk(doc["path"])


def page_image(data_dir: str | os.PathLike, doc, number: int, limits: ImageLimits = ImageLimits()) -> Path:
    """The cached PNG of page ``number`` of stored document ``doc`` (a store row), rendered when missing.

    Raises PageImageError with a Dutch reason (not a PDF, file gone or changed, too slow or too big).
    """
    if doc["kind"] != "pdf":
        raise PageImageError("Van dit document is geen paginabeeld te maken: het is geen PDF.")
    if not 1 <= number <= doc["n_pages"]:
        raise PageImageError(f"Pagina {number} bestaat niet in dit document (het heeft {doc['n_pages']} pagina's).")
    folder = Path(data_dir) / FOLDER
    path = folder / cache_name(doc["sha256"], number)
    if path.is_file():
        os.utime(path)  # recently used: pruned last
        return path
    png = _render(_source_bytes(doc), number, limits)
    folder.mkdir(parents=True, exist_ok=True)
    with _WRITE:
        partial = path.with_suffix(f".{os.getpid()}.{threading.get_ident()}.tmp")
        partial.write_bytes(png)
        partial.replace(path)
        prune(folder)
    return path


def _source_bytes(doc) -> bytes:
    found = original_file(doc["path"])
    if found is None:
        raise PageImageError(
            f"Het bestand {doc['file']} staat niet meer op de plek waar het is ingelezen; lees het opnieuw in met "
            f"raadslens ingest."
        )
    data = found.read_bytes() if isinstance(found, Path) else found
    if hashlib.sha256(data).hexdigest() != doc["sha256"]:
        raise PageImageError(
            f"Het bestand {doc['file']} is veranderd sinds het is ingelezen; lees het opnieuw in met raadslens ingest."
        )
    return data


def prune(folder: Path, budget: int = MAX_CACHE_BYTES) -> int:
    """Remove the least recently used images until the folder holds at most ``budget`` bytes; how many went."""
    images = []
    for entry in folder.glob("*.png"):
        try:
            stat = entry.stat()
        except FileNotFoundError:
            continue
        images.append((stat.st_mtime, stat.st_size, entry))
    total = sum(size for _, size, _ in images)
    removed = 0
    for _, size, entry in sorted(images, key=lambda image: image[0]):
        if total <= budget:
            break
        entry.unlink(missing_ok=True)
        total -= size
        removed += 1
    return removed


def _render(data: bytes, number: int, limits: ImageLimits) -> bytes:
    if not _SLOTS.acquire(timeout=WAIT):
        raise PageImageError("raadslens tekent al andere pagina's; probeer het over een minuut opnieuw.", 429)
    try:
        return _in_worker(data, number, limits)
    finally:
        _SLOTS.release()


def _in_worker(data: bytes, number: int, limits: ImageLimits) -> bytes:
    try:
        kind, payload = run_once(_draw, (data, number), limits.seconds, limits.memory_mb)
    except OnceTimedOut:
        raise PageImageError(
            f"Het tekenen van pagina {number} duurde langer dan {limits.seconds:g} seconden en is afgebroken; "
            f"open het originele bestand.",
            503,
        ) from None
    except OnceDied:
        raise PageImageError(
            f"Het tekenen van pagina {number} is mislukt (te weinig geheugen); open het originele bestand.", 503
        ) from None
    if kind == "memory":
        payload = f"meer dan {limits.memory_mb} MB geheugen nodig"
    if kind != "ok":
        raise PageImageError(f"Pagina {number} kan niet getekend worden ({payload}); open het originele bestand.", 503)
    assert isinstance(payload, bytes)
    return payload


def _draw(data: bytes, number: int) -> bytes:
    """In the worker process: the page as PNG."""
    from ingest import page_png

    return page_png(data, number, MAX_SIDE)

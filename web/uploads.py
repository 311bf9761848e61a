"""Reading an uploaded draft: text decoded whatever its encoding, a PDF parsed in a worker process with
a time and a memory limit (as ingest does, see ``search/ingestion/workers.py``), and a cap on how many
uploads are read at once (more waiting callers get a 429).

>>> decode_text("cliënten".encode("utf-16")), decode_text("cliënten".encode("cp1252"))
('cliënten', 'cliënten')
"""

from __future__ import annotations

import tempfile
import threading
from dataclasses import dataclass, replace
from pathlib import Path

from ingest import PDF_SUFFIXES, WORD_SUFFIXES, Document, OcrConfig, read_document, text_pages
from search import OnceDied, OnceTimedOut, run_once

TEXT_SUFFIXES = {".txt", ".md", ".text", ""}


@dataclass(frozen=True)
class UploadLimits:
    """Per upload: seconds and MB for the reading process; ``slots`` uploads read at once, ``wait`` s queue."""

    seconds: float = 60.0
    memory_mb: int = 1024
    slots: int = 2
    wait: float = 15.0


class UploadRefused(Exception):
    """The upload cannot be read; ``str()`` is the Dutch reason, ``status`` the HTTP status to answer."""

    def __init__(self, message: str, status: int = 400):
        super().__init__(message)
        self.status = status


class Busy(UploadRefused):
    def __init__(self):
        super().__init__("raadslens leest al andere concepten; probeer het over een minuut opnieuw.", 429)


_SLOTS: dict[int, threading.BoundedSemaphore] = {}
_SLOTS_LOCK = threading.Lock()


def _slots(n: int) -> threading.BoundedSemaphore:
    with _SLOTS_LOCK:
        return _SLOTS.setdefault(n, threading.BoundedSemaphore(n))


def decode_text(data: bytes) -> str:
    """Text bytes as str: a UTF-16/UTF-8 byte order mark wins, then UTF-16 without one (every other byte
    NUL), then UTF-8, then Windows-1252 (old Dutch exports)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _decoded(data, "utf-16")
    if data.startswith(b"\xef\xbb\xbf"):
        return _decoded(data, "utf-8-sig")
    sample = data[:4096]
    if len(sample) >= 4 and sample[1::2].count(0) > len(sample) // 4:
        return _decoded(data, "utf-16-le")
    if len(sample) >= 4 and sample[0::2].count(0) > len(sample) // 4:
        return _decoded(data, "utf-16-be")
    if b"\x00" in sample:
        raise UploadRefused(
            "Dit bestand is geen tekst (het bevat binaire gegevens); kies een PDF of een "
            ".txt-bestand, of plak de tekst."
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _decoded(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise UploadRefused(
            f"Dit tekstbestand is niet goed te lezen als {encoding.upper()}; sla het op als "
            f"UTF-8 (in Kladblok: Opslaan als, codering UTF-8) of plak de tekst."
        ) from None


def read_upload(name: str, data: bytes, limits: UploadLimits, ocr: OcrConfig | None = None) -> Document:
    """An uploaded file as a Document, or UploadRefused with a Dutch reason."""
    suffix = Path(name).suffix.lower()
    if suffix in PDF_SUFFIXES + WORD_SUFFIXES:
        return read_pdf(name, data, limits, ocr)
    if suffix not in TEXT_SUFFIXES:
        raise UploadRefused(
            f"Een {suffix}-bestand kan raadslens niet lezen; kies een PDF, .docx, .txt of .md, of plak "
            f"de tekst (uit Word: Opslaan als PDF)."
        )
    return text_document(name, decode_text(data))


def text_document(name: str, text: str) -> Document:
    """Pasted or uploaded text as a Document (pages split on form feeds)."""
    import hashlib

    data = text.encode("utf-8")
    return Document(name, hashlib.sha256(data).hexdigest(), "text", text_pages(data), size=len(data))


def read_pdf(name: str, data: bytes, limits: UploadLimits, ocr: OcrConfig | None = None) -> Document:
    """Parse a PDF (or a .docx) in a fresh process with ``limits``; the web process never parses an upload."""
    slots = _slots(limits.slots)
    if not slots.acquire(timeout=limits.wait):
        raise Busy()
    try:
        with tempfile.TemporaryDirectory(prefix="raadslens-upload-") as folder:
            path = Path(folder) / ("concept" + Path(name).suffix.lower())
            path.write_bytes(data)
            document = _in_worker(path, limits, ocr)
        return replace(document, path=name, size=len(data))
    finally:
        slots.release()


def _in_worker(path: Path, limits: UploadLimits, ocr: OcrConfig | None) -> Document:
    try:
        kind, payload = run_once(read_document, (str(path), None, ocr), limits.seconds, limits.memory_mb)
    except OnceTimedOut:
        raise UploadRefused(
            f"Het lezen van dit bestand duurde langer dan {limits.seconds:g} seconden en is "
            f"afgebroken; plak de tekst of kies een kleiner bestand.",
            413,
        ) from None
    except OnceDied:
        raise UploadRefused(
            "Het lezen van dit bestand is mislukt (het leesproces stopte onverwacht, "
            "waarschijnlijk te weinig geheugen); plak de tekst of kies een ander bestand.",
            413,
        ) from None
    if kind == "ok":
        assert isinstance(payload, Document)
        return payload
    if kind == "memory":
        raise UploadRefused(
            f"Dit bestand vraagt meer dan {limits.memory_mb} MB geheugen om te lezen en is "
            f"afgebroken; plak de tekst of kies een ander bestand.",
            413,
        )
    raise UploadRefused(f"Kan het bestand niet lezen: {payload}. Plak de tekst of kies een PDF, .docx, .txt of .md.")

"""File → Document with Pages.  Knows nothing about figures.

>>> read_document("corpus/regionaal-beleidskader-mensenhandel.pdf").pages[10].number
11
"""

from __future__ import annotations

import os
from pathlib import Path

from .errors import EmptyFile, IngestError, UnsupportedFile
from .files import PDF_SUFFIXES, SUPPORTED_SUFFIXES, TEXT_SUFFIXES, WORD_SUFFIXES, discover, sha256_of
from .finish import finish
from .model import Attachment, Cell, Document, Page, RawTable, Word
from .ocr import OcrConfig
from .pdf import page_png, pdf_attachments, pdf_pages
from .text import text_pages
from .warn import attachment_warnings, text_warnings

# Bump when a change to reading changes what a stored document would hold:
# `raadslens ingest` then reads unchanged files again.
READER_VERSION = "3"

__all__ = [
    "READER_VERSION",
    "Attachment",
    "Cell",
    "Document",
    "IngestError",
    "OcrConfig",
    "Page",
    "RawTable",
    "Word",
    "SUPPORTED_SUFFIXES",
    "WORD_SUFFIXES",
    "discover",
    "embedded_file",
    "page_png",
    "preload",
    "read_document",
    "sha256_of",
]


def preload() -> None:
    """Import now what reading may import late (pdfplumber, Pillow): under a memory cap a late import fails."""
    from . import _plumber, pdf

    _plumber.preload()
    pdf.preload()


def embedded_file(path: str | os.PathLike) -> bytes | None:
    """The bytes of a PDF embedded in a PDF on disk, named as ingest names it ("portfolio.pdf/inhoud.pdf").

    None when the parent file is gone or holds no attachment of that name.

    >>> embedded_file("corpus/regionaal-beleidskader-mensenhandel.pdf/geen.pdf") is None
    True
    """
    path = Path(path)
    parent, name = path.parent, path.name
    if not parent.is_file() or parent.suffix.lower() not in PDF_SUFFIXES:
        return None
    for attachment in pdf_attachments(parent.read_bytes()):
        if attachment.file_name == name:
            return attachment.data
    return None


def read_document(
    path: str | os.PathLike, data: bytes | None = None, ocr: OcrConfig | None = None, *, as_text: bool = False
) -> Document:
    """Read one file into a Document; raises IngestError with a Dutch reason.

    ``ocr`` says how to OCR pages without a text layer (None: leave them marked).  ``as_text``: read
    ``data`` as a text file unless the name says PDF or .docx (a draft pasted on a page, or read from stdin "-"),
    with the same text repair as every document; data that starts as a PDF does is read as a PDF.

    >>> read_document("-", "Er zijn 115 slachtoffers van uit- buiting.".encode(), as_text=True).pages[0].text
    'Er zijn 115 slachtoffers van uitbuiting.'
    """
    import hashlib

    path = Path(path)
    suffix = path.suffix.lower()
    if as_text and suffix not in PDF_SUFFIXES + WORD_SUFFIXES:
        suffix = PDF_SUFFIXES[0] if data is not None and data.startswith(b"%PDF-") else TEXT_SUFFIXES[0]
    if suffix not in SUPPORTED_SUFFIXES:
        raise UnsupportedFile(suffix or "(geen extensie)")
    if data is None:
        data = path.read_bytes()
    if not data:
        raise EmptyFile()
    sha = hashlib.sha256(data).hexdigest()
    if suffix in PDF_SUFFIXES:
        content = pdf_pages(data, ocr)
        pages = finish(content.pages)
        embedded = tuple(a for a in content.attachments if a.is_pdf)
        warnings = content.warnings + attachment_warnings(content.attachments, path.name) + text_warnings(pages)
        return Document(
            str(path), sha, "pdf", pages, size=len(data), pdf_title=content.title, warnings=warnings, embedded=embedded
        )
    if suffix in WORD_SUFFIXES:
        from ._word import docx_text

        pages = finish(text_pages(docx_text(data).encode("utf-8")), plain_text=True)
        return Document(str(path), sha, "docx", pages, size=len(data), warnings=text_warnings(pages))
    assert suffix in TEXT_SUFFIXES
    pages = finish(text_pages(data), plain_text=True)
    return Document(str(path), sha, "text", pages, size=len(data), warnings=text_warnings(pages))

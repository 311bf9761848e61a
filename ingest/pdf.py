"""PDF reading: the fast text path through pdfium, one page at a time.

pdfium (pypdfium2) extracts text about 80 times faster than pdfplumber; the
precise but slow pdfplumber is only used where its precision is needed
(tables and word boxes, see ``_plumber``).  This is the only module that
imports pypdfium2.
"""
from __future__ import annotations

import pypdfium2 as pdfium

from .errors import BrokenPdf, EncryptedPdf, NotAPdf
from .model import Page

# pdfium's marker for a hyphen at a line end, and the Symbol-font bullet
PDFIUM_CHARS = str.maketrans({"\ufffe": "-", "\uf0b7": "•"})
MIN_TEXT_CHARS = 20  # fewer printable characters than this: no usable text layer


def open_pdf(data: bytes) -> pdfium.PdfDocument:
    """Open PDF bytes, turning pdfium's errors into IngestErrors with a reason."""
    if not data.lstrip()[:1024].startswith(b"%PDF") and b"%PDF" not in data[:1024]:
        raise NotAPdf()
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as err:
        message = str(err).lower()
        if "password" in message or "security" in message:
            raise EncryptedPdf() from err
        raise BrokenPdf(str(err)) from err


def pdf_pages(data: bytes) -> tuple[tuple[Page, ...], str]:
    """Read every page's text; returns the pages and the PDF's own title."""
    pdf = open_pdf(data)
    try:
        title = (pdf.get_metadata_dict().get("Title") or "").strip()
        pages = tuple(_read_page(pdf, index) for index in range(len(pdf)))
        return pages, title
    finally:
        pdf.close()


def _read_page(pdf: pdfium.PdfDocument, index: int) -> Page:
    page = pdf[index]
    try:
        textpage = page.get_textpage()
        try:
            text = textpage.get_text_range().replace("\r\n", "\n").replace("\r", "\n").translate(PDFIUM_CHARS)
        finally:
            textpage.close()
        width, height = page.get_size()
    finally:
        page.close()
    has_text = sum(ch.isalnum() for ch in text) >= MIN_TEXT_CHARS
    return Page(
        number=index + 1,
        text=text if has_text else "",
        width=width,
        height=height,
        has_text_layer=has_text,
        needs_ocr=not has_text,
    )

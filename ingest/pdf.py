"""PDF reading: the fast text path through pdfium, one page at a time.

pdfium (pypdfium2) extracts text about 80 times faster than pdfplumber; the
precise but slow pdfplumber is only used where its precision is needed
(tables and word boxes, see ``_plumber``).  This is the only module that
imports pypdfium2.
"""
from __future__ import annotations

import ctypes
import re
from dataclasses import replace
from itertools import islice

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from . import layout
from . import ocr as _ocr
from .errors import BrokenPdf, EncryptedPdf, IngestError, NotAPdf
from .model import Page, Word

# pdfium's marker for a hyphen at a line end, and the Symbol-font bullet
PDFIUM_CHARS = str.maketrans({"\ufffe": "-", "\uf0b7": "•"})
MIN_TEXT_CHARS = 20  # fewer printable characters than this: no usable text layer
STAMP_CHARS = 100  # a full-page scan with less text than this has only stamps on it (e.g. Woo codes): OCR it
SCAN_COVERAGE = 0.9  # share of the page one image must cover to count as a scan
_PAGE_OBJECT = re.compile(rb"/Type\s*/Page(?!s)")
_ALNUM = re.compile(r"[^\W_]")  # exactly what str.isalnum() accepts


def open_pdf(data: bytes) -> pdfium.PdfDocument:
    """Open PDF bytes, turning pdfium's errors into IngestErrors with a reason."""
    if not data.lstrip()[:1024].startswith(b"%PDF") and b"%PDF" not in data[:1024]:
        raise NotAPdf()
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as err:
        raise _load_error(data) from err


def _load_error(data: bytes) -> IngestError:
    """Why pdfium could not open the bytes, judged from the bytes themselves.

    pdfium's own error code is not used: it is sticky per process (a worker
    that read an encrypted file before reports "password" for the next
    broken one) and some failures (a PDF without pages) set no code at all.
    """
    if b"%%EOF" not in data[-2048:]:
        return BrokenPdf("afgekapt: het einde van het bestand ontbreekt")
    if b"/Encrypt" in data:
        return EncryptedPdf()
    if b"/ObjStm" not in data and not _PAGE_OBJECT.search(data):
        return BrokenPdf("de PDF heeft geen pagina's")
    return BrokenPdf("pdfium kan de opbouw van het bestand niet lezen")


def pdf_pages(data: bytes, ocr: _ocr.OcrConfig | None = None) -> tuple[tuple[Page, ...], str]:
    """Read every page's text; returns the pages and the PDF's own title.

    With an ``ocr`` config (and tesseract installed), pages without a usable
    text layer are OCR'd; otherwise they stay marked ``needs_ocr``.
    """
    pdf = open_pdf(data)
    try:
        title = (pdf.get_metadata_dict().get("Title") or "").strip()
        pages = [_read_page(pdf, index) for index in range(len(pdf))]
        if ocr is not None and _ocr.unavailable_reason(ocr) is None:
            _ocr_pages(pdf, pages, ocr)
        return tuple(pages), title
    finally:
        pdf.close()


def _ocr_pages(pdf: pdfium.PdfDocument, pages: list[Page], config: _ocr.OcrConfig) -> None:
    """Replace pages that need OCR by their OCR'd version, a few pages (one per core) at a time.

    Rendering stays in this thread (pdfium is not thread-safe); tesseract runs
    as separate processes.  Only ``workers`` images are held at once.
    """
    todo = [page.number - 1 for page in pages if page.needs_ocr]
    for start in range(0, len(todo), config.workers):
        chunk = todo[start:start + config.workers]
        images = [render_page(pdf, index, config.dpi) for index in chunk]
        for index, image, result in zip(chunk, images, _ocr.recognise(images, config)):
            if result is not None:
                pages[index] = _ocr_page(pages[index], image, result)


def render_page(pdf: pdfium.PdfDocument, index: int, dpi: int = _ocr.DPI) -> _ocr.PageImage:
    """Render a page to 8-bit grayscale at ``dpi``, the long side capped at A4 size."""
    page = pdf[index]
    try:
        width, height = page.get_size()
        scale = min(dpi / 72, _ocr.MAX_SIDE / max(width, height, 1))
        image = page.render(scale=scale, grayscale=True).to_pil().convert("L")
        return _ocr.PageImage(image.tobytes(), image.width, image.height, scale)
    finally:
        page.close()


def _ocr_page(page: Page, image: _ocr.PageImage, result: _ocr.OcrResult) -> Page:
    s = image.scale
    words = tuple(Word(w[3], w[4] / s, w[5] / s, w[6] / s, w[7] / s) for w in result.words)
    return replace(page, text=result.text(), words=words, needs_ocr=False, ocr=True,
                   ocr_confidence=result.confidence)


def _read_page(pdf: pdfium.PdfDocument, index: int) -> Page:
    page = pdf[index]
    try:
        textpage = page.get_textpage()
        try:
            text = textpage.get_text_range()
            width, height = page.get_size()
            laid_out = layout.geometry(TextPage(textpage), text, width, height)  # layout: ingest/layout.py
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        finally:
            textpage.close()
        chars = _alnum_count(text, STAMP_CHARS)
        stamped_scan = MIN_TEXT_CHARS <= chars < STAMP_CHARS and _covered_by_an_image(page, width * height)
    finally:
        page.close()
    has_text = chars >= MIN_TEXT_CHARS
    result = Page(
        number=index + 1,
        text=text if has_text else "",
        width=width,
        height=height,
        has_text_layer=has_text,
        needs_ocr=not has_text or stamped_scan,
    )
    return layout.apply(result, laid_out) if has_text else result


class TextPage:
    """The calls the layout makes on a pdfium text page (``get_charbox``, ``get_index``, ``page``).

    The layout reads about two hundred character boxes per page; pypdfium2's
    ``get_charbox`` allocates four ctypes numbers for each, this reuses one
    set (a page is read by one thread).  Same boxes, same error.
    """

    def __init__(self, textpage: pdfium.PdfTextPage):
        self.page = textpage.page
        self.get_index = textpage.get_index
        self._raw = textpage.raw
        self._doubles = tuple(ctypes.c_double() for _ in range(4))
        self._rect = pdfium_c.FS_RECTF()

    def get_charbox(self, index: int, loose: bool = False) -> tuple[float, float, float, float]:
        """The box of character ``index``: left, bottom, right, top (PDF coordinates)."""
        if loose:
            rect = self._rect
            ok = pdfium_c.FPDFText_GetLooseCharBox(self._raw, index, rect)
            box = rect.left, rect.bottom, rect.right, rect.top
        else:
            left, bottom, right, top = self._doubles
            ok = pdfium_c.FPDFText_GetCharBox(self._raw, index, left, right, bottom, top)  # pdfium's order: lrbt
            box = left.value, bottom.value, right.value, top.value
        if not ok:
            raise pdfium.PdfiumError("Failed to get charbox.")
        return box


def _alnum_count(text: str, limit: int) -> int:
    """The letters and digits of ``text``, counted up to ``limit`` (the largest threshold they are held to).

    >>> _alnum_count("Pagina 2 van 4 ___", 100), _alnum_count("x" * 500, 100)
    (11, 100)
    """
    return sum(1 for _ in islice(_ALNUM.finditer(text), limit))


def _covered_by_an_image(page: pdfium.PdfPage, area: float) -> bool:
    """True when one image covers (nearly) the whole page: a scan."""
    for obj in page.get_objects(max_depth=1):
        if obj.type == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            left, bottom, right, top = obj.get_bounds()
            if (right - left) * (top - bottom) >= SCAN_COVERAGE * area > 0:
                return True
    return False

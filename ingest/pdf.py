"""PDF reading: the fast text path through pdfium, one page at a time.

pdfium (pypdfium2) extracts text about 80 times faster than pdfplumber; the
precise but slow pdfplumber is only used where its precision is needed
(tables and word boxes, see ``_plumber``).  This is the only module that
imports pypdfium2.
"""

from __future__ import annotations

import ctypes
import functools
import re
from dataclasses import dataclass, replace
from itertools import islice

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from . import layout, quality
from . import ocr as _ocr
from .errors import BrokenPdf, EncryptedPdf, IngestError, NotAPdf
from .model import Attachment, Page, Word

# pdfium's marker for a hyphen at a line end, and the Symbol-font bullet
PDFIUM_CHARS = str.maketrans({"\ufffe": "-", "\uf0b7": "•"})
OCR_CONFIDENT = 60  # mean tesseract word confidence below this: the OCR reading is marked low quality
STAMP_CHARS = 100  # a full-page scan with less text than this has only stamps on it (e.g. Woo codes): OCR it
SCAN_COVERAGE = 0.9  # share of the page one image must cover to count as a scan
_PAGE_OBJECT = re.compile(rb"/Type\s*/Page(?!s)")
_STARTXREF = re.compile(rb"startxref\s+(\d+)")
_OBJECT_AT = re.compile(rb"\s*\d+\s+\d+\s+obj")
_ALNUM = re.compile(r"[^\W_]")  # exactly what str.isalnum() accepts


@dataclass(frozen=True)
class PdfContent:
    """What ``pdf_pages`` read: the pages, the PDF's own title, Dutch warnings, embedded files."""

    pages: tuple[Page, ...]
    title: str = ""
    warnings: tuple[str, ...] = ()
    attachments: tuple[Attachment, ...] = ()


def fresh_library() -> None:
    """Start pdfium afresh, so that nothing a previous file left (fonts, glyph caches) changes this one.

    Rendering a page fills pdfium's process-wide font caches, and those
    changed the text boxes of a later PDF read by the same worker (3 or 4
    figures depending on batch order).  Re-initialising the library costs
    well under a millisecond.  Every document must be closed first.
    """
    pdfium_c.FPDF_DestroyLibrary()
    pdfium_c.FPDF_InitLibraryWithConfig(
        pdfium_c.FPDF_LIBRARY_CONFIG(version=2, m_pUserFontPaths=None, m_pIsolate=None, m_v8EmbedderSlot=0)
    )


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
        return BrokenPdf("afgekapt of beschadigd: het einde van het bestand ontbreekt")
    if b"/Encrypt" in data:
        return EncryptedPdf()
    if b"/ObjStm" not in data and not _PAGE_OBJECT.search(data):
        return BrokenPdf("de PDF heeft geen pagina's")
    return BrokenPdf("de inhoudsopgave van het bestand (de kruisverwijzingstabel) of de paginaboom is kapot")


def pdf_pages(data: bytes, ocr: _ocr.OcrConfig | None = None) -> PdfContent:
    """Read every page's text, with the PDF's own title, warnings and embedded files.

    With an ``ocr`` config (and tesseract installed), pages without a usable
    text layer are OCR'd, and garbled text layers get an OCR reading beside
    them (the better one is kept); otherwise they stay marked ``needs_ocr``.
    A page pdfium cannot load is kept empty and named in a warning.
    """
    fresh_library()
    pdf = open_pdf(data)
    try:
        count = len(pdf)
        if count == 0:
            raise BrokenPdf("de PDF heeft geen pagina's")
        pages: list[Page] = []
        failed: list[int] = []
        attached: list[Attachment] = []
        for index in range(count):
            try:
                pages.append(_read_page(pdf, index, attached))
            except pdfium.PdfiumError:
                failed.append(index + 1)
                pages.append(Page(number=index + 1, text="", has_text_layer=False, quality="low"))
        if len(failed) == count:
            which = "de enige pagina kan niet" if count == 1 else f"geen van de {count} pagina's kan"
            raise BrokenPdf(f"{which} worden geopend: de paginaboom is kapot")
        if ocr is not None and _ocr.unavailable_reason(ocr) is None:
            _ocr_pages(pdf, pages, ocr, set(failed))
        attachments = _attachments(pdf) + tuple(attached)
        return PdfContent(tuple(pages), _title(pdf), _warnings(pdf, data, failed, count), attachments)
    finally:
        pdf.close()


def _title(pdf: pdfium.PdfDocument) -> str:
    try:
        return (pdf.get_metadata_dict().get("Title") or "").strip()
    except pdfium.PdfiumError:
        return ""


def _warnings(pdf: pdfium.PdfDocument, data: bytes, failed: list[int], count: int) -> tuple[str, ...]:
    """Dutch warnings about the file as a whole: failed pages, damage, XFA, embedded files."""
    out = []
    if failed:
        out.append(
            f"onvolledig: {_pages_phrase(failed)} van de {count} kon niet worden geopend (de PDF is daar "
            f"beschadigd); de andere pagina's zijn ingelezen. Vraag een onbeschadigde versie op"
        )
    damage = damaged(data)
    if damage:
        out.append(
            f"het bestand is beschadigd ({damage}) maar kon worden gelezen; controleer of er tekst of "
            f"pagina's ontbreken en download of exporteer het zo nodig opnieuw"
        )
    if pdf.get_formtype() in (pdfium_c.FORMTYPE_XFA_FULL, pdfium_c.FORMTYPE_XFA_FOREGROUND):
        out.append(
            "dit is een XFA-formulier: de ingelezen tekst is alleen de vervangende pagina die andere "
            "programma's dan Adobe Reader tonen, niet het formulier zelf; open het in Adobe Reader, druk "
            "het af naar PDF en lees die PDF in"
        )
    return tuple(out)


def _pages_phrase(numbers: list[int]) -> str:
    """ "pagina 3" or "pagina's 2, 5 en 7" (at most 10 numbers named).

    >>> _pages_phrase([3]), _pages_phrase([2, 5, 7])
    ('pagina 3', "pagina's 2, 5 en 7")
    """
    if len(numbers) == 1:
        return f"pagina {numbers[0]}"
    shown = [str(n) for n in numbers[:10]]
    more = f" en nog {len(numbers) - 10}" if len(numbers) > 10 else ""
    if more:
        return "pagina's " + ", ".join(shown) + more
    return "pagina's " + ", ".join(shown[:-1]) + " en " + shown[-1]


def damaged(data: bytes) -> str:
    """What is wrong with the file's structure that a reader must repair ("" when nothing is).

    >>> damaged(b"%PDF-1.4\\nxref ... trailer << >> startxref 9 %%EOF"), damaged(b"%PDF-1.4 1 0 obj")
    ('', 'het einde van het bestand ontbreekt')
    """
    tail = data[-2048:]
    if b"%%EOF" not in tail:
        return "het einde van het bestand ontbreekt"
    if not data.startswith(b"%PDF"):
        return "er staat iets anders voor het begin van de PDF"
    match = _STARTXREF.search(data, max(0, len(data) - 2048))
    if match is None:
        return "de verwijzing naar de inhoudsopgave ontbreekt"
    offset = int(match.group(1))
    if not (data.startswith(b"xref", offset) or _OBJECT_AT.match(data, offset)):
        return "de inhoudsopgave staat niet waar het bestand zegt"
    return ""


def pdf_attachments(data: bytes) -> tuple[Attachment, ...]:
    """The files embedded in the PDF bytes (the document's list; page annotations hold no data)."""
    fresh_library()
    pdf = open_pdf(data)
    try:
        return _attachments(pdf)
    finally:
        pdf.close()


def _attachments(pdf: pdfium.PdfDocument) -> tuple[Attachment, ...]:
    """The files embedded in the PDF (a portfolio's documents, attachments)."""
    out = []
    for index in range(pdf.count_attachments()):
        try:
            attachment = pdf.get_attachment(index)
            out.append(Attachment(attachment.get_name() or f"bijlage-{index + 1}", bytes(attachment.get_data())))
        except pdfium.PdfiumError:
            out.append(Attachment(f"bijlage-{index + 1}", b""))  # an entry without data (or encrypted)
    return tuple(out)


def _annotation_attachments(pdf: pdfium.PdfDocument, page: pdfium.PdfPage) -> list[Attachment]:
    """Files attached to a page (paperclip annotations), which the document's own list does not hold."""
    out = []
    for n in range(pdfium_c.FPDFPage_GetAnnotCount(page.raw)):
        annot = pdfium_c.FPDFPage_GetAnnot(page.raw, n)
        try:
            if pdfium_c.FPDFAnnot_GetSubtype(annot) != pdfium_c.FPDF_ANNOT_FILEATTACHMENT:
                continue
            handle = pdfium_c.FPDFAnnot_GetFileAttachment(annot)
            try:
                name = pdfium.PdfAttachment(handle, pdf).get_name() if handle else ""
            except pdfium.PdfiumError:  # a damaged attachment still counts; the page stays readable
                name = ""
            if handle:
                out.append(Attachment(name or "bijlage", b""))
        finally:
            pdfium_c.FPDFPage_CloseAnnot(annot)
    return out


def _ocr_pages(pdf: pdfium.PdfDocument, pages: list[Page], config: _ocr.OcrConfig, failed: set[int]) -> None:
    """OCR the pages that need it as one queue, one tesseract per core; keep the better reading.

    Rendering stays in this thread (pdfium is not thread-safe) and happens when
    a tesseract process is free for the page; tesseract runs as separate
    processes.  Only the images of running processes are held.
    """
    todo = [page.number - 1 for page in pages if page.needs_ocr and page.number not in failed]
    render = functools.partial(render_page, pdf, dpi=config.dpi)
    for index, image, result in _ocr.recognise_each(todo, render, config):
        if result is not None:
            pages[index] = better_reading(pages[index], _ocr_page(pages[index], image, result))


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
    text = result.text()
    confident = result.confidence is not None and result.confidence >= OCR_CONFIDENT
    low = bool(text) and (not confident or quality.garbled(text))
    return replace(
        page,
        text=text,
        words=words,
        tables=(),
        header="",
        footer="",
        footnotes="",
        needs_ocr=False,
        ocr=True,
        ocr_confidence=result.confidence,
        quality="low" if low else "ok",
    )


def better_reading(layer: Page, ocr: Page) -> Page:
    """The text layer or the OCR reading of a page, whichever is better; OCR never replaces a usable layer.

    - no text layer: the OCR reading (marked low quality when unsure);
    - a garbled layer: OCR when it scores higher (character classes times
      tesseract's confidence), else the layer, still marked low quality;
    - a usable but short layer on a full-page scan (stamps, Woo codes): OCR
      when it is confident and reads more than the layer, else the layer.

    >>> layer = Page(1, "Test Vertical Layout", needs_ocr=True)
    >>> better_reading(layer, Page(1, "inoÂej |E212A 1soL", ocr=True, ocr_confidence=41.0, quality="low")).text
    'Test Vertical Layout'
    """
    if not layer.has_text_layer:
        return ocr
    kept = replace(layer, needs_ocr=False)
    ocr_score = quality.score(ocr.text) * (ocr.ocr_confidence or 0) / 100 if ocr.text else 0.0
    if layer.quality == "low":
        return ocr if ocr_score > quality.score(layer.text) else kept
    more = _alnum_count(ocr.text, 10**6) > _alnum_count(layer.text, 10**6)
    return ocr if ocr.quality == "ok" and ocr.text and more else kept


def _read_page(pdf: pdfium.PdfDocument, index: int, attached: list | None = None) -> Page:
    """One page's text layer, judged: empty (OCR it), garbled (OCR beside it), a stamped scan, or fine.

    Files attached to the page (annotations) are added to ``attached``.
    """
    page = pdf[index]
    try:
        if attached is not None:
            attached.extend(_annotation_attachments(pdf, page))
        textpage = page.get_textpage()
        try:
            text = textpage.get_text_range()
            width, height = page.get_size()
            chars = _alnum_count(text, STAMP_CHARS)
            laid_out = layout.geometry(TextPage(textpage), text, width, height) if chars else None
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        finally:
            textpage.close()
        if not chars:
            drawn = _has_content(page)
            return Page(number=index + 1, text="", width=width, height=height, has_text_layer=False, needs_ocr=drawn)
        stamped_scan = chars < STAMP_CHARS and _covered_by_an_image(page, width * height)
    finally:
        page.close()
    garbled = quality.garbled(text.translate(PDFIUM_CHARS))
    result = Page(
        number=index + 1,
        text=text,
        width=width,
        height=height,
        needs_ocr=garbled or stamped_scan,
        quality="low" if garbled else "ok",
    )
    assert laid_out is not None  # laid out whenever there is text
    return layout.apply(result, laid_out)


def _has_content(page: pdfium.PdfPage) -> bool:
    """True when something is drawn on the page (an image, a path, text in a font without text): worth OCR."""
    return pdfium_c.FPDFPage_CountObjects(page.raw) > 0


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


def preload() -> None:
    """Import what pypdfium2 imports only when a page is first rendered (Pillow), before a worker caps its memory."""
    import importlib

    importlib.import_module("PIL.Image")


def page_png(data: bytes, number: int, max_side: int = 1400) -> bytes:
    """Page ``number`` (1-based) of PDF bytes as a grayscale PNG, its long side ``max_side`` pixels at most.

    For showing a page beside its text (``search/read/page_images.py`` caches it); IngestError when the
    file or the page cannot be opened.
    """
    import io

    pdf = open_pdf(data)
    try:
        if not 1 <= number <= len(pdf):
            raise IngestError(f"pagina {number} bestaat niet in dit bestand")
        page = pdf[number - 1]
        try:
            width, height = page.get_size()
            scale = min(2.0, max_side / max(width, height, 1))
            image = page.render(scale=scale, grayscale=True).to_pil().convert("L")
        finally:
            page.close()
    finally:
        pdf.close()
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()

"""The data that leaves ``ingest``: a Document made of Pages.

Everything here is a frozen dataclass so that later stages cannot change
what was read from the file.  Coordinates are PDF points with the origin at
the top-left of the page (pdfplumber's convention).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace


@dataclass(frozen=True)
class Word:
    """A word on a page with its box: ``Word("5.000", 72.0, 100.2, 98.4, 110.0)``."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float


@dataclass(frozen=True)
class Cell:
    """One table cell as printed; ``bbox`` is None for tables from text files."""

    text: str
    row: int
    col: int
    bbox: tuple[float, float, float, float] | None = None


@dataclass(frozen=True)
class RawTable:
    """A grid of cells as found on a page, before any interpretation.

    ``rows`` holds the cell texts row by row; ``cells`` keeps their positions.
    """

    rows: tuple[tuple[str, ...], ...]
    bbox: tuple[float, float, float, float] | None = None
    cells: tuple[Cell, ...] = ()
    caption: str = ""


@dataclass(frozen=True)
class Page:
    """One page of a document; ``number`` is 1-based.

    ``text`` is the reading-order text of the page.  ``needs_ocr`` is True
    when the page has no usable text layer and was not OCR'd (yet).
    """

    number: int
    text: str
    words: tuple[Word, ...] = ()
    tables: tuple[RawTable, ...] = ()
    width: float = 0.0
    height: float = 0.0
    has_text_layer: bool = True
    needs_ocr: bool = False
    ocr: bool = False
    ocr_confidence: float | None = None
    quality: str = "ok"  # "ok" or "low" (broken encoding, garbage)
    header: str = ""  # running header removed from ``text``
    footer: str = ""  # running footer / page number removed from ``text``
    footnotes: str = ""  # footnote block kept apart from the body


@dataclass(frozen=True)
class Attachment:
    """A file embedded in a PDF (a portfolio's documents, an attachment): its name and bytes."""

    name: str
    data: bytes

    @property
    def is_pdf(self) -> bool:
        return b"%PDF" in self.data[:1024]

    @property
    def file_name(self) -> str:
        """The name it is stored under, after its parent's path: one path part, ending in .pdf.

        >>> Attachment("bijlagen/inhoud", b"").file_name
        'bijlagen_inhoud.pdf'
        """
        name = self.name.replace("/", "_").replace("\\", "_") or "bijlage.pdf"
        return name if name.lower().endswith(".pdf") else name + ".pdf"


@dataclass(frozen=True)
class Document:
    """A file as read: ``Document(path, sha256, "pdf", pages)``."""

    path: str
    sha256: str
    kind: str  # "pdf" or "text"
    pages: tuple[Page, ...]
    size: int = 0
    pdf_title: str = ""
    warnings: tuple[str, ...] = field(default=())
    embedded: tuple[Attachment, ...] = ()  # PDFs inside this PDF, read as documents of their own

    @property
    def file(self) -> str:
        """The file name without folders."""
        return self.path.replace("\\", "/").rsplit("/", 1)[-1]

    @property
    def text(self) -> str:
        return "\n\n".join(page.text for page in self.pages)

    def without_layout(self) -> "Document":
        """The document without word boxes and raw tables: what a store keeps, cheap to send between processes.

        >>> page = Page(1, "5.000 meldingen", words=(Word("5.000", 72, 700, 100, 712),))
        >>> Document("a.pdf", "0" * 64, "pdf", (page,)).without_layout().pages[0].words
        ()
        """
        return replace(self, pages=tuple(replace(p, words=(), tables=()) for p in self.pages), embedded=())

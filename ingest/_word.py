"""Word documents (.docx) as text; the one module that imports python-docx.

A .docx is read as the text a person sees in Word, in body order: each paragraph one line (a blank
line between paragraphs), each table as tab-separated rows under the paragraph before it (the form
``extract.tables.text_tables`` reads as a table, with that paragraph as its caption), and a form feed
where Word starts a new page (a hard page break, or a page break Word recorded when it last laid the
document out), so that page numbers match the printed document where Word recorded them.
Headers, footers, comments and tracked deletions are left out.

A .docx is a zip file: it is refused before parsing when it would unpack to more than
``MAX_UNPACKED`` bytes (a zip bomb) or is not a Word file at all (an old .doc or a password-protected
file: both are OLE files, not zips).

>>> from docx import Document as Word
>>> import io
>>> word = Word()
>>> _ = word.add_paragraph("Antwoord op vraag 1")
>>> _ = word.add_paragraph("In 2024 zijn 115 slachtoffers begeleid.")
>>> out = io.BytesIO(); word.save(out)
>>> docx_text(out.getvalue())
'Antwoord op vraag 1\\n\\nIn 2024 zijn 115 slachtoffers begeleid.'
"""

from __future__ import annotations

import io
import zipfile

from .errors import IngestError

MAX_UNPACKED = 200 * 1024 * 1024  # bytes a .docx may unpack to
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .doc, and any Office file protected with a password
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


class UnreadableWord(IngestError):
    """A .docx that cannot be read; the message says what to do."""


def docx_text(data: bytes) -> str:
    """The text of a .docx: paragraphs, tables as tab-separated rows, form feeds between pages."""
    _check_container(data)
    from docx import Document as Word
    from docx.opc.exceptions import PackageNotFoundError

    try:
        word = Word(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as err:
        raise UnreadableWord(
            f"geen leesbaar Word-bestand ({type(err).__name__}); open het in Word en sla het opnieuw op als "
            f".docx, of kies Opslaan als PDF"
        ) from None
    pages: list[list[str]] = [[]]
    for block in word.iter_inner_content():
        if hasattr(block, "rows"):
            rows = _table_rows(block)
            if rows:
                pages[-1].append("\n".join(rows))
            continue
        for n, piece in enumerate(_paragraph_pages(block._p)):
            if n and any(pages[-1]):  # a break with nothing before it on this page is that page's own start
                pages.append([])
            if piece:
                pages[-1].append(piece)
    return "\f".join("\n\n".join(blocks) for blocks in pages if blocks)


def _check_container(data: bytes) -> None:
    if data.startswith(OLE_MAGIC):
        raise UnreadableWord(
            "een beveiligd Word-bestand of een oud .doc-bestand; haal het wachtwoord eraf en sla het op als "
            ".docx, of kies Opslaan als PDF"
        )
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except zipfile.BadZipFile:
        raise UnreadableWord(
            "geen Word-bestand: een .docx is een zip-bestand en dit is er geen; open het in Word en sla het "
            "opnieuw op als .docx, of kies Opslaan als PDF"
        ) from None
    if not any(m.filename == "word/document.xml" for m in members):
        raise UnreadableWord(
            "geen Word-document: word/document.xml ontbreekt; open het in Word en sla het opnieuw op als .docx"
        )
    if sum(m.file_size for m in members) > MAX_UNPACKED:
        raise UnreadableWord(
            f"het bestand pakt uit tot meer dan {MAX_UNPACKED // 1024 // 1024} MB; verwijder grote afbeeldingen "
            f"of kies Opslaan als PDF"
        )


def _paragraph_pages(paragraph) -> list[str]:
    """The paragraph's text cut where a page starts: [before the break, after it, ...].

    A hard page break, a page break Word recorded at its last lay-out, and "page break before"
    all start a page; a line break is a new line, a tab a space.  Deleted text and field codes are
    other elements (``w:delText``, ``w:instrText``) and so stay out.
    """
    pieces: list[list[str]] = [[]]
    for element in paragraph.iter(
        f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}cr", f"{_W}lastRenderedPageBreak", f"{_W}pageBreakBefore"
    ):
        tag = element.tag[len(_W) :]
        if tag == "t":
            pieces[-1].append(element.text or "")
        elif tag == "tab":
            pieces[-1].append(" ")
        elif tag in ("lastRenderedPageBreak", "pageBreakBefore") or element.get(f"{_W}type") == "page":
            if tag != "pageBreakBefore" or element.get(f"{_W}val") not in ("0", "false"):
                pieces.append([])
        elif tag in ("br", "cr"):
            pieces[-1].append("\n")
    return ["".join(piece).strip() for piece in pieces]


def _table_rows(table) -> list[str]:
    """Tab-separated rows; a merged cell's text once, at its first column."""
    rows = []
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:
            key = id(cell._tc)
            text = "" if key in seen else " ".join(cell.text.split())
            seen.add(key)
            cells.append(text)
        if any(cells):
            rows.append("\t".join(cells))
    return rows

"""Dutch warnings about a document that was read but is not what it seems: empty, unreadable, with attachments.

A warning does not stop a document from being stored; it is kept with the
document (``Document.warnings``), listed by ``raadslens ingest`` and shown on
the document's page.

>>> from ingest.model import Page
>>> text_warnings((Page(1, ""), Page(2, "")))[0][:25]
'geen tekst gevonden op de'
"""

from __future__ import annotations

import re

from .model import Page

MOSTLY = 0.5  # share of pages with unreadable text above which the whole document is said to be unreadable
_ALNUM = re.compile(r"[^\W_]")


def text_warnings(pages: tuple[Page, ...]) -> tuple[str, ...]:
    """Empty documents and documents whose text is mostly unreadable."""
    if not pages:
        return ()
    if not any(_ALNUM.search(p.text + p.footnotes + p.header + p.footer) for p in pages):
        waiting = any(p.needs_ocr for p in pages)
        how = "nog niet met OCR gelezen" if waiting else "ook niet met OCR"
        count = "de pagina" if len(pages) == 1 else f"de {len(pages)} pagina's"
        return (
            f"geen tekst gevonden op {count} ({how}): het document is opgeslagen maar niet doorzoekbaar; "
            f"controleer of het een lege pagina, een foto of een onleesbare scan is",
        )
    low = [p.number for p in pages if p.quality == "low"]
    if len(low) > MOSTLY * len(pages):
        return (
            f"de tekst van {len(low)} van de {len(pages)} pagina's is grotendeels onleesbaar (een lettertype "
            f"zonder tekentabel, een slechte scan of een beschadigd bestand); zoekresultaten en cijfers uit "
            f"dit document zijn onbetrouwbaar, vraag zo mogelijk een betere PDF op",
        )
    return ()


def attachment_warnings(attachments, parent: str = "dit bestand") -> tuple[str, ...]:
    """Files embedded in a PDF: PDFs are read as documents of their own, other files are not; say which.

    >>> from ingest.model import Attachment
    >>> attachment_warnings((Attachment("a.pdf", b"%PDF-1.7"), Attachment("b.txt", b"x")))[1][:41]
    'bevat 1 ingesloten bestand (b.txt) dat ni'
    """
    pdfs = [a for a in attachments if a.is_pdf]
    others = [a for a in attachments if not a.is_pdf]
    out = []
    if pdfs:
        what = "1 ingesloten PDF" if len(pdfs) == 1 else f"{len(pdfs)} ingesloten PDF's"
        shown = ", ".join(f"{parent}/{a.name}" for a in pdfs[:5])
        out.append(f"bevat {what}, apart ingelezen als eigen document{'' if len(pdfs) == 1 else 'en'}: {shown}")
    if len(others) == 1:
        out.append(
            f"bevat 1 ingesloten bestand ({_names(others)}) dat niet mee is ingelezen; open de PDF, sla de "
            f"bijlage op en lees die apart in"
        )
    elif others:
        out.append(
            f"bevat {len(others)} ingesloten bestanden ({_names(others)}) die niet mee zijn ingelezen; open "
            f"de PDF, sla de bijlagen op en lees ze apart in"
        )
    return tuple(out)


def _names(attachments) -> str:
    return ", ".join(a.name for a in attachments[:5]) + (", ..." if len(attachments) > 5 else "")

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
        return (f"geen tekst gevonden op {count} ({how}): het document is opgeslagen maar niet doorzoekbaar; "
                f"controleer of het een lege pagina, een foto of een onleesbare scan is",)
    low = [p.number for p in pages if p.quality == "low"]
    if len(low) > MOSTLY * len(pages):
        return (f"de tekst van {len(low)} van de {len(pages)} pagina's is grotendeels onleesbaar (een lettertype "
                f"zonder tekentabel, een slechte scan of een beschadigd bestand); zoekresultaten en cijfers uit "
                f"dit document zijn onbetrouwbaar, vraag zo mogelijk een betere PDF op",)
    return ()


def attachment_warnings(attachments) -> tuple[str, ...]:
    """Files embedded in a PDF are not read with it: say which, and what to do.

    >>> from ingest.pdf import Attachment
    >>> attachment_warnings((Attachment("a.pdf", b"%PDF"), Attachment("b.txt", b"x")))[0][:43]
    'bevat 2 ingesloten bestanden (a.pdf, b.txt)'
    """
    if not attachments:
        return ()
    names = ", ".join(a.name for a in attachments[:5]) + (", ..." if len(attachments) > 5 else "")
    if len(attachments) == 1:
        return (f"bevat 1 ingesloten bestand ({names}) dat niet mee is ingelezen; open de PDF, sla de bijlage op "
                f"en lees die apart in",)
    return (f"bevat {len(attachments)} ingesloten bestanden ({names}) die niet mee zijn ingelezen; open de PDF, "
            f"sla de bijlagen op en lees ze apart in",)

"""After reading: what needs the whole document (running lines, the glyph table) and text repair.

``finish`` is the one step ``read_document`` calls on the pages of every
document, whatever produced them (pdfium, OCR or a text file).
"""

from __future__ import annotations

from .cleanup import private_use_table, repair
from .model import Page
from .running import running_lines


def finish(pages: tuple[Page, ...], plain_text: bool = False) -> tuple[Page, ...]:
    """Running headers/footers out, text repaired.  ``plain_text``: the pages come from a text file.

    >>> from ingest.model import Page
    >>> pages = tuple(Page(n, f"Monitor | Regio\\nTekst van pagina {n} met ver-\\nsnipperd beeld.\\npagina {n}")
    ...               for n in (1, 2, 3))
    >>> [(p.header, p.text, p.footer) for p in finish(pages, plain_text=True)][1]
    ('Monitor | Regio', 'Tekst van pagina 2 met versnipperd\\nbeeld.', 'pagina 2')
    """
    pages = running_lines(pages, plain_text=plain_text)
    glyphs = private_use_table([p.text for p in pages] + [p.footnotes for p in pages])
    return tuple(repair(page, glyphs) for page in pages)

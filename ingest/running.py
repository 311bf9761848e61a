"""Running headers and footers, recognised across the pages of a document.

A line is running when it recurs at the top (or bottom) of many pages once
its digits are normalised ("pagina 4" → "pagina #"), or when it is a page
number on its own ("Pagina 2 van 4", "- 3 -", "12").  Running lines stay in
``Page.header`` / ``Page.footer``; other candidates the layout set apart are
put back into the text.  For text files (no geometry) the first and last
line of each page are the candidates.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from .model import Page

MIN_SHARE = 0.4  # a line on at least 40% of the pages (and on 2 or more) is running
_PAGE_NUMBER = re.compile(r"^[-–—\s]*((pagina|page|blz\.?|p\.)\s*)?#+(\s*(van|of|/)\s*#+)?[-–—\s]*$")
_DIGITS = re.compile(r"\d+")


def key(line: str) -> str:
    """The form in which running lines repeat.

    >>> key("Pagina 12 van 40 ")
    'pagina # van #'
    """
    return re.sub(r"\s+", " ", _DIGITS.sub("#", line.lower())).strip()


def is_page_number(line: str) -> bool:
    """
    >>> [is_page_number(x) for x in ("pagina 4", "Pagina 2 van 4", "- 3 -", "4 mei", "1 van 7")]
    [True, True, True, False, True]
    """
    return bool(_PAGE_NUMBER.match(key(line)))


def running_lines(pages: tuple[Page, ...], plain_text: bool = False) -> tuple[Page, ...]:
    """Confirm header/footer candidates across pages; put the others back.

    ``plain_text``: the pages come from a text file, so their first and last
    lines are the candidates; so are those of OCR'd pages (no geometry either).
    Only for documents of three pages or more.
    """
    lined = [plain_text or p.ocr for p in pages] if len(pages) >= 3 else [False] * len(pages)
    pages = tuple(_text_candidates(p) if by_line else p for p, by_line in zip(pages, lined))
    counted = [p for p in pages if p.text or p.header or p.footer]
    threshold = max(2, MIN_SHARE * len(counted))
    heads = Counter(k for p in counted for k in {key(x) for x in p.header.splitlines() if x.strip()})
    feet = Counter(k for p in counted for k in {key(x) for x in p.footer.splitlines() if x.strip()})
    settled = tuple(_settle(p, heads, feet, threshold, "\n" if by_line else "\n\n") for p, by_line in zip(pages, lined))
    settled = tuple(_trailing_running(p, feet, threshold) for p in settled)
    return settled if plain_text else repeated_leading_blocks(settled)


def repeated_leading_blocks(pages: tuple[Page, ...]) -> tuple[Page, ...]:
    """Blocks that open many pages word for word (a letter's "Datum … Kenmerk …" column on every
    page) join the header, except where they first appear: there they are the letterhead.

    >>> from ingest.model import Page
    >>> pages = tuple(Page(n, f"Datum\\n8 mei 2025\\n\\nTekst {n}.") for n in (1, 2, 3))
    >>> [(p.header, p.text) for p in repeated_leading_blocks(pages)][1:]
    [('Datum\\n8 mei 2025', 'Tekst 2.'), ('Datum\\n8 mei 2025', 'Tekst 3.')]
    """
    counted = [p for p in pages if p.text]
    threshold = max(3, MIN_SHARE * len(counted))
    counts = Counter(b for p in counted for b in set(_leading(p.text)))
    running = {b for b, n in counts.items() if n >= threshold}
    if not running:
        return pages
    seen: set[str] = set()
    out = []
    for page in pages:
        blocks = page.text.split("\n\n")
        moved = [b for b in _leading(page.text) if b in running and b in seen]
        seen.update(_norm(b) for b in blocks)
        if moved:
            keep: list[str] = []
            gone: list[str] = []
            for index, block in enumerate(blocks):
                (gone if index < 3 and _norm(block) in moved else keep).append(block)
            page = replace(page, text="\n\n".join(keep), header="\n".join(x for x in [page.header, *gone] if x))
        out.append(page)
    return tuple(out)


def _leading(text: str) -> list[str]:
    """The first three blocks of a page when they are short (running material, not body)."""
    return [_norm(b) for b in text.split("\n\n")[:3] if b.strip() and len(b) <= 200]


def _norm(block: str) -> str:
    return re.sub(r"\s+", " ", block).strip()


def _text_candidates(page: Page) -> Page:
    """First and last non-empty line of a text page as candidates."""
    lines = page.text.strip("\n").split("\n")
    if len(lines) < 3 or page.header or page.footer:
        return page
    head, body, foot = lines[0], lines[1:-1], lines[-1]
    return replace(page, text="\n".join(body), header=head.strip(), footer=foot.strip())


def _settle(page: Page, heads: Counter, feet: Counter, threshold: float, sep: str) -> Page:
    keep_head, back_head = _split(page.header, heads, threshold)
    keep_foot, back_foot = _split(page.footer, feet, threshold)
    if not back_head and not back_foot:
        return page
    text = sep.join(x for x in ("\n".join(back_head), page.text, "\n".join(back_foot)) if x)
    return replace(page, text=text, header="\n".join(keep_head), footer="\n".join(keep_foot))


def _trailing_running(page: Page, feet: Counter, threshold: float, depth: int = 3) -> Page:
    """Running footer lines the bands missed at the end of the text (the page
    printed them higher up, or glued a place and year to them) join the footer."""
    running = [k for k, n in feet.items() if n >= threshold and len(k) >= 15]
    if not running:
        return page
    lines = page.text.rstrip().split("\n")
    for index in range(max(0, len(lines) - depth), len(lines)):
        if lines[index].strip() and _is_running(lines[index], feet, threshold, running):
            footer = "\n".join(x for x in [lines[index].strip(), page.footer] if x)
            return replace(page, text="\n".join(lines[:index] + lines[index + 1:]).rstrip(), footer=footer)
    return page


def _split(block: str, counts: Counter, threshold: float) -> tuple[list[str], list[str]]:
    running = [k for k, n in counts.items() if n >= threshold and len(k) >= 15]
    keep: list[str] = []
    back: list[str] = []
    for line in block.splitlines():
        if not line.strip():
            continue
        (keep if _is_running(line, counts, threshold, running) else back).append(line)
    return keep, back


def _is_running(line: str, counts: Counter, threshold: float, running: list[str]) -> bool:
    """Running itself, a page number, or a running line with a place/date glued on
    ("’s-Gravenhage 2021 Tweede Kamer, vergaderjaar 2020–2021, Aanhangsel 1")."""
    k = key(line)
    if counts[k] >= threshold or is_page_number(line):
        return True
    return any(k.endswith(" " + r) or k.startswith(r + " ") for r in running)


def has_leaders(text: str) -> bool:
    """Dot leaders, as a table of contents draws them: four dots or two ellipses in a row.

    >>> has_leaders("1. Aanleiding.......... 3"), has_leaders("Zie p. 3... en verder")
    (True, False)
    """
    return "...." in text or "……" in text


def is_contents(rows, caption: str = "") -> bool:
    """A table of contents (page furniture, not data): dot leaders, or captioned "Inhoud(sopgave)".

    >>> is_contents([("1. Aanleiding.....", "3"), ("2. Aard en omvang.....", "4")])
    True
    """
    if re.search(r"\binhoud", caption, re.I):
        return True
    leaders = sum(has_leaders(" ".join(row)) for row in rows)
    return bool(rows) and leaders >= 0.3 * len(rows)

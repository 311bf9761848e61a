"""The lines of a letter, cleaned of page furniture and footnotes, each with its page.

Running headers and footers may still be inside page text ("pagina 2",
"Gemeente Amsterdam, raadsinformatiebrief Datum 31 oktober 2023"), so they
are removed here defensively: "pagina N" lines and short lines that repeat
on several pages.  Footnotes are the numbered block at the bottom of a page;
they are found by following the footnote numbers through the letter.

>>> from ingest import Page
>>> body, notes = letter_lines((Page(1, "Tekst met noot1.\\nMeer tekst.\\n1 Een bron.\\npagina 1"),))
>>> [l.text for l in body], notes
(['Tekst met noot1.', 'Meer tekst.'], [('1', 'Een bron.', 1)])
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

_PAGE_LINE = re.compile(r"^\s*(pagina|page|blad)\s+\d+(\s*(van|/)\s*\d+)?\s*$", re.IGNORECASE)
_FOOTNOTE_START = re.compile(r"^\s*(\d{1,2}|[s+*])\s+(?=\S)(?!\d)")
_OCR_MARKERS = "s+*"  # OCR readings of superscript footnote numbers ("s" for 5, "+" for 1)
_SOFT_HYPHEN = re.compile("[\ufffe\u00ad]")


@dataclass(frozen=True)
class Line:
    """One line of letter text and the page it stands on."""

    page: int
    text: str


def letter_lines(pages) -> tuple[list[Line], list[tuple[str, str, int]]]:
    """Body lines (furniture removed) and footnotes ``(marker, text, page)``."""
    raw = [[_clean(t) for t in page.text.split("\n")] for page in pages]
    running = _running_lines(raw)
    body: list[Line] = []
    notes: list[tuple[str, str, int]] = []
    for page, lines in zip(pages, raw):
        kept = [t for t in lines if t.strip() and not _is_furniture(t, running)]
        kept, found = _split_footnotes(kept, len(notes) + 1)
        notes.extend((marker, text, page.number) for marker, text in found)
        notes.extend((m, t, page.number) for m, t in _footnote_block(page.footnotes, len(notes) + 1))
        body.extend(Line(page.number, t) for t in kept)
    return body, notes


def _clean(text: str) -> str:
    return _SOFT_HYPHEN.sub("", text).replace("\u2022", "").replace("\uf0b7", "").rstrip()


def _shape(text: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", " ", text.strip().lower()))


def _running_lines(pages: list[list[str]]) -> set[str]:
    """Short lines (as shapes) that occur on more than one page: headers and footers."""
    if len(pages) < 2:
        return set()
    counts = Counter(shape for lines in pages for shape in {_shape(t) for t in lines if 12 <= len(t.strip()) <= 100})
    return {shape for shape, n in counts.items() if n >= 2 and not shape.startswith(("vraag", "antwoord"))}


def _is_furniture(text: str, running: set[str]) -> bool:
    if _PAGE_LINE.match(text):
        return True
    shape = _shape(text)
    return shape in running or any(len(r) >= 20 and r in shape for r in running)


def _split_footnotes(lines: list[str], expected: int) -> tuple[list[str], list[tuple[str, str]]]:
    """Find the earliest bottom block of numbered lines that continues the footnote numbering."""
    for start in range(max(0, len(lines) - 30), len(lines)):
        found = _as_footnotes(lines[start:], expected)
        if found is not None:
            return lines[:start], found
    return lines, []


def _as_footnotes(lines: list[str], expected: int) -> list[tuple[str, str]] | None:
    """The lines as footnotes numbered from ``expected`` on, or None when they are not."""
    notes: list[list[str]] = []
    for text in lines:
        match = _FOOTNOTE_START.match(text)
        marker = match.group(1) if match else None
        wanted = expected + len(notes)
        if match and marker is not None and (marker == str(wanted) or marker in _OCR_MARKERS):
            notes.append([str(wanted), text[match.end():].strip()])
            _split_inline(notes)
        elif notes and not (marker and marker.isdigit()):
            notes[-1][1] += " " + text.strip()
            _split_inline(notes)
        else:
            return None
    if not notes or any("?" in t and "http" not in t and "www" not in t for _, t in notes):
        return None  # numbered questions, not footnotes
    return [(m, t) for m, t in notes]


def _split_inline(notes: list[list[str]]) -> None:
    """Split "2 Bron A 3 Bron B" (two footnotes on one line) into two notes."""
    number = int(notes[-1][0])
    text = notes[-1][1]
    nxt = re.search(rf"(?:^|\s){number + 1}\s+(?=[A-Z])", text)
    if nxt:
        notes[-1][1] = text[:nxt.start()].strip()
        notes.append([str(number + 1), text[nxt.end():].strip()])
        _split_inline(notes)


def _footnote_block(block: str, expected: int) -> list[tuple[str, str]]:
    """Footnotes that ``ingest`` already set apart (``Page.footnotes``)."""
    lines = [_clean(t) for t in block.split("\n") if t.strip()]
    return _as_footnotes(lines, expected) or ([(str(expected), " ".join(lines))] if lines else [])

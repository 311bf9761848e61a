"""Page layout: reading order, blocks, side columns, bands and word boxes.

pdfium gives text in content-stream order, which is usually the author's
order, but without paragraph breaks, with running headers and page numbers
in the middle of the text, and with a letter's right-hand column (Datum,
Kenmerk) glued to the body.  This module rebuilds a page's text from its
lines *with their boxes*:

- lines in the top and bottom bands become header/footer *candidates*
  (``running.py`` confirms them across pages or puts them back);
- small-print lines starting with a marker at the foot of the page become
  footnotes;
- a narrow right-hand column beside the body becomes its own block;
- two columns whose lines the stream interleaves are read column by column;
- a vertical gap, a jump back up or to another column starts a new block
  (a blank line in the text, so passages follow paragraphs).

Everything except ``geometry()`` is a pure function over ``Line``s.
``geometry()`` gets the lines and number boxes from the pdfium text page it
is handed (``lines.py``) and the tables (``pdftables.py``).
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, replace
from typing import Any

from .lines import Line, number_words, pdfium_lines
from .model import Page, RawTable, Word
from .pdftables import find_tables
from .running import is_page_number

TOP_BAND = 0.10  # lines ending above 10% of the page height: header candidates
BOTTOM_BAND = 0.90  # lines starting below 90%: footer candidates
FOOTNOTE_MARK = re.compile(r"^\s*(\d{1,2}|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)\s*[^\d\s.,]")
LONE_MARK = re.compile(r"^\s*(\d{1,2}|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)\s*$")  # a marker printed on a line of its own
BULLET = re.compile(r"[•\uf0b7\uf0a7\uf0d8\uf0fc▪◦●○■□➢✓–-]\s")


@dataclass(frozen=True)
class Layout:
    """A page's text in reading order plus what was set apart from it."""

    text: str
    header: str = ""
    footer: str = ""
    footnotes: str = ""
    words: tuple[Word, ...] = ()
    tables: tuple[RawTable, ...] = ()


def geometry(textpage: Any, text: str, width: float, height: float) -> Layout:
    """Lay out a pdfium text page whose full text (``get_text_range()``) is ``text``."""
    lines = pdfium_lines(textpage, text, width, height)
    words = tuple(number_words(textpage, text, height))
    tables = find_tables(textpage, text, lines, width, height)
    return replace(arrange(lines, width, height), words=words, tables=tables)


def apply(page: Page, layout: Layout) -> Page:
    """The page with its text replaced by the laid-out text and parts."""
    return replace(
        page,
        text=layout.text,
        header=layout.header,
        footer=layout.footer,
        footnotes=layout.footnotes,
        words=layout.words,
        tables=layout.tables,
    )


# -- pure layout over lines ----------------------------------------------------


def arrange(lines: list[Line], width: float, height: float) -> Layout:
    """Order ``lines`` (given in stream order) into blocks and set parts apart.

    >>> a = Line("Kop | Regio", 90, 30, 200, 40)
    >>> b = Line("Eerste regel", 90, 100, 300, 110)
    >>> c = Line("tweede regel.", 90, 113, 300, 123)
    >>> d = Line("Nieuwe alinea", 90, 150, 300, 160)
    >>> e = Line("pagina 1", 90, 750, 120, 758)
    >>> layout = arrange([a, b, c, d, e], 612, 792)
    >>> layout.header, layout.footer
    ('Kop | Regio', 'pagina 1')
    >>> layout.text
    'Eerste regel\\ntweede regel.\\n\\nNieuwe alinea'
    """
    header = _apart([ln for ln in lines if ln.bottom <= TOP_BAND * height], lines, below=True)
    footer = _apart([ln for ln in lines if ln.top >= BOTTOM_BAND * height and ln not in header], lines, below=False)
    banded = set(header) | set(footer)
    body = [ln for ln in lines if ln not in banded]
    body, notes = split_footnote_lines(body, height)
    body, side = split_side_column(body, width)
    body = column_order(body, width)
    blocks = blocks_of(side) + blocks_of(body)
    return Layout(
        text="\n\n".join("\n".join(ln.text for ln in block) for block in blocks),
        header="\n".join(ln.text for ln in header),
        footer="\n".join(ln.text for ln in footer),
        footnotes="\n".join(ln.text for ln in notes),
    )


def _apart(band: list[Line], lines: list[Line], below: bool) -> list[Line]:
    """Band lines count as header (footer) only when white space parts them from the body."""
    if not band:
        return band
    inside = set(band)
    rest = [ln for ln in lines if ln not in inside]
    if below:
        edge = max(ln.bottom for ln in band)
        gap = min((ln.top - edge for ln in rest if ln.top >= edge - 1), default=float("inf"))
    else:
        edge = min(ln.top for ln in band)
        gap = min((edge - ln.bottom for ln in rest if ln.bottom <= edge + 1), default=float("inf"))
    if gap >= 0.8 * statistics.median(ln.height for ln in band):
        return band
    return [ln for ln in band if is_page_number(ln.text)]


def _pitch(lines: list[Line]) -> float:
    """The usual distance between consecutive line tops (the leading)."""
    gaps = [b.top - a.top for a, b in zip(lines, lines[1:]) if 0 < b.top - a.top < 3 * max(a.height, 1)]
    return statistics.median(gaps) if gaps else 14.0


def blocks_of(lines: list[Line]) -> list[list[Line]]:
    """Cut ordered lines into blocks at vertical gaps, jumps back up, or to another column."""
    blocks: list[list[Line]] = []
    pitch = _pitch(lines)
    for line in lines:
        if blocks:
            prev = blocks[-1][-1]
            step = line.top - prev.top
            same_column = line.x0 < prev.x1 and line.x1 > prev.x0
            same_line = abs(step) < 2 and line.x0 >= prev.x1 - 1
            next_line = 0 <= step <= 1.45 * pitch and same_column and not BULLET.match(line.text)
            if next_line or same_line or _continues(prev, line, step):
                blocks[-1].append(line)
                continue
        blocks.append([line])
    return blocks


def _continues(prev: Line, line: Line, step: float) -> bool:
    """A sentence running on at the top of the next column."""
    return step < 0 and line.x0 > prev.x1 and not prev.text.endswith((".", ":", "!", "?")) and line.text[:1].islower()


def split_footnote_lines(lines: list[Line], height: float) -> tuple[list[Line], list[Line]]:
    """Small-print lines at the foot of the page that start with a marker.

    The run is taken from the bottom up while lines are clearly smaller than
    the body text; it must begin with a marker ("1 Zie ...", "³ Bron ...").
    """
    if len(lines) < 4:
        return lines, []
    body_height = statistics.median(ln.height for ln in lines)
    by_top = sorted(lines, key=lambda ln: ln.top)
    run: list[Line] = []
    for line in reversed(by_top):
        if line.height < 0.92 * body_height and line.top > 0.5 * height:
            run.insert(0, line)
        else:
            if run and FOOTNOTE_MARK.match(line.text) and line.top > 0.5 * height:
                run.insert(0, line)  # its raised marker makes the first line of a note look tall
            break
    while run and not (FOOTNOTE_MARK.match(run[0].text) or _lone_mark_with_note(run)):
        run.pop(0)
    if not run or len(run) > 0.5 * len(lines):
        return lines, []
    notes = set(run)
    return [ln for ln in lines if ln not in notes], run


def _lone_mark_with_note(run: list[Line]) -> bool:
    """A marker on a line of its own, followed by the words of its note."""
    return bool(LONE_MARK.match(run[0].text)) and len(run) > 1 and len(re.findall(r"[^\W\d_]{2,}", run[1].text)) >= 3


def split_side_column(lines: list[Line], width: float) -> tuple[list[Line], list[Line]]:
    """A letter's narrow right-hand column (Datum, Kenmerk, address) beside the body."""
    side = [ln for ln in lines if ln.x0 >= 0.6 * width and ln.x1 - ln.x0 <= 0.38 * width]
    if len(side) < 3:
        return lines, []
    left_edge = min(ln.x0 for ln in side)
    in_side = set(side)
    rest = [ln for ln in lines if ln not in in_side]
    beside = [ln for ln in rest if ln.x1 <= left_edge + 2]
    if len(beside) < 0.8 * len(rest) or len(rest) < 3:
        return lines, []
    return rest, sorted(side, key=lambda ln: ln.top)


def column_order(lines: list[Line], width: float) -> list[Line]:
    """Read two columns one after the other when the stream interleaves them.

    Stream order is kept unless the lines alternate between a left and a
    right column (as with PDFs written line by line across the page).
    """
    middle = width / 2
    sides = ["R" if ln.x0 >= middle - 0.04 * width else "L" if ln.x1 <= middle + 0.04 * width else "W" for ln in lines]
    left = [ln for ln, side in zip(lines, sides) if side == "L"]
    right = [ln for ln, side in zip(lines, sides) if side == "R"]
    if len(left) < 4 or len(right) < 4 or len(left) + len(right) < 0.8 * len(lines):
        return lines
    switches = sum(1 for a, b in zip(sides, sides[1:]) if {a, b} == {"L", "R"})
    if switches < 4:
        return lines
    wide = [ln for ln, side in zip(lines, sides) if side == "W"]
    return _bands(sorted(wide, key=lambda ln: ln.top), left, right)


def _bands(wide: list[Line], left: list[Line], right: list[Line]) -> list[Line]:
    """Full-width lines cut the page into bands; each band is read left, then right."""
    out: list[Line] = []
    edges = [ln.top for ln in wide] + [float("inf")]
    start = float("-inf")
    for edge, separator in zip(edges, wide + [None]):
        for column in (left, right):
            out.extend(sorted((ln for ln in column if start <= ln.top < edge), key=lambda ln: ln.top))
        if separator is not None:
            out.append(separator)
        start = edge
    return out

"""Tables on a PDF page from pdfium's geometry, only on pages whose lines look like table rows.

- Ruled tables: thin path objects and rectangles become edges; pdfplumber's
  lattice algorithm (``_plumber.lattice``) turns them into cells, which are
  filled with the characters whose centre lies inside (multi-line cells stay
  one cell).
- Otherwise a table laid out with whitespace only (``grid.whitespace_table``)
  is built from the words.

Like ``layout.geometry`` this reads a pdfium text page it is handed
(``get_charbox``, ``page.get_objects``); ``ingest/pdf.py`` owns the import.
"""
from __future__ import annotations

import re
import statistics
from typing import Any

from .grid import Chars, grid_table, has_table_rows, is_row_like, plausible, union_boxes, whitespace_table
from .model import Cell, RawTable
from .running import is_page_number

PATH_OBJECT = 2  # pdfium's FPDF_PAGEOBJ_PATH
THIN = 3.0  # a path thinner than this (points) is a ruling line
_TOKEN = re.compile(r"\S+")


def find_tables(textpage: Any, text: str, lines: list, width: float, height: float) -> tuple[RawTable, ...]:
    """The tables of one page; ``lines`` are the page's ``layout.Line``s (for captions)."""
    if not has_table_rows([line.text for line in lines]):
        return ()
    grids = _ruled_grids(textpage, height)
    if grids:
        located = Chars(_chars(textpage, text, _overlapping(lines, [_extent(rows) for rows in grids])))
        tables = [t for t in (_ruled(rows, located, lines) for rows in grids) if t]
        if tables:
            return tuple(tables)
    found = whitespace_table(_words(text, _chars(textpage, text, _near_rows(lines))))
    if found is None:
        return ()
    raw = grid_table(found)
    raw = _with_caption(raw, lines) if raw else None
    return (raw,) if raw and plausible(raw) else ()


def _ruled_grids(textpage: Any, height: float) -> list:
    edges = list(_edges(textpage, height))
    if len(edges) < 4:
        return []
    from ._plumber import lattice

    return lattice(edges)


def _edges(textpage: Any, height: float):
    for obj in textpage.page.get_objects(filter=(PATH_OBJECT,), max_depth=2):
        left, bottom, right, top = obj.get_bounds()
        box = dict(x0=left, x1=right, top=height - top, bottom=height - bottom, width=right - left, height=top - bottom)
        if box["width"] < THIN and box["height"] >= THIN:
            x = (left + right) / 2
            yield dict(box, x0=x, x1=x, width=0.0, orientation="v", object_type="line")
        elif box["height"] < THIN and box["width"] >= THIN:
            y = box["top"] + box["height"] / 2
            yield dict(box, top=y, bottom=y, height=0.0, orientation="h", object_type="line")
        elif box["width"] >= THIN and box["height"] >= THIN:
            yield from _rect_edges(box)


def _rect_edges(box: dict):
    for y in (box["top"], box["bottom"]):
        yield dict(box, top=y, bottom=y, height=0.0, orientation="h", object_type="rect_edge")
    for x in (box["x0"], box["x1"]):
        yield dict(box, x0=x, x1=x, width=0.0, orientation="v", object_type="rect_edge")


def _extent(rows: list) -> tuple[float, float]:
    boxes = [box for row in rows for box in row if box]
    return min(b[1] for b in boxes), max(b[3] for b in boxes)


def _overlapping(lines: list, bands: list[tuple[float, float]]) -> list:
    return [ln for ln in lines if any(ln.bottom >= top and ln.top <= bottom for top, bottom in bands)]


def _near_rows(lines: list) -> list:
    """The lines from two lines above the first row-like line to three below the last."""
    rows = [i for i, line in enumerate(lines) if is_row_like(line.text)]
    ordered = sorted(lines, key=lambda ln: ln.top)
    top = min(lines[i].top for i in rows)
    bottom = max(lines[i].bottom for i in rows)
    pitch = statistics.median(ln.height for ln in lines)
    return [ln for ln in ordered if top - 2.5 * pitch <= ln.top <= bottom + 3.5 * pitch]


def _chars(textpage: Any, text: str, lines: list) -> list[dict]:
    """The visible characters of ``lines``: the glyph's own width, the line's height (one top per line)."""
    chars = []
    for line in lines:
        for index in range(line.start, line.end):
            if not text[index].isspace():
                left, _, right, _ = textpage.get_charbox(index)
                chars.append(dict(text=text[index], index=index, x0=left, top=line.top, x1=right, bottom=line.bottom))
    return chars


def _words(text: str, chars: list[dict]) -> list[dict]:
    by_index = {c["index"]: c for c in chars}
    words = []
    for match in _TOKEN.finditer(text):
        parts = [by_index[i] for i in range(match.start(), match.end()) if i in by_index]
        if parts:
            words.append(dict(text=match.group(), x0=min(c["x0"] for c in parts), top=min(c["top"] for c in parts),
                              x1=max(c["x1"] for c in parts), bottom=max(c["bottom"] for c in parts)))
    return words


def _ruled(rows: list, chars: Chars, lines: list) -> RawTable | None:
    texts, cells = [], []
    for r, row in enumerate(rows):
        texts.append(tuple(chars.text_in(box) if box else "" for box in row))
        cells += [Cell(text, r, c, tuple(round(v, 1) for v in box))
                  for c, (box, text) in enumerate(zip(row, texts[-1])) if box is not None]
    if not cells:
        return None
    raw = _with_caption(RawTable(tuple(texts), union_boxes([c.bbox for c in cells]), tuple(cells)), lines)
    return raw if plausible(raw) and any(c.text for c in cells) else None


def _last_sentence(text: str) -> str:
    return re.split(r"(?<=[.!?])\s+", text)[-1]


def _with_caption(raw: RawTable, lines: list) -> RawTable:
    """The text line just above the table (within 30 points), its last sentence."""
    if raw.bbox is None:
        return raw
    x0, top, x1, _ = raw.bbox
    above = [ln for ln in lines if top - 30 <= ln.bottom <= top + 1 and ln.x0 >= x0 - 6 and ln.x0 < x1
             and not is_page_number(ln.text)]
    if not above:
        return raw
    line = max(above, key=lambda ln: ln.bottom)
    caption = _last_sentence(line.text)
    if caption[:1].islower():  # "Herkomstgemeente van slachtoffers mensenhandel, per" / "hulpverleningstraject ESSM"
        before = [ln for ln in lines if line.top - 20 <= ln.bottom <= line.top + 1 and abs(ln.x0 - line.x0) <= 6]
        if before and not before[-1].text.rstrip().endswith((".", "!", "?", ":")):
            caption = f"{_last_sentence(before[-1].text)} {caption}"
    return RawTable(raw.rows, raw.bbox, raw.cells, caption)

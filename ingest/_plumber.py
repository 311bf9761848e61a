"""Tables with pdfplumber, only on the pages that need it.  The only module importing pdfplumber.

pdfplumber is precise but slow (about 6 pages/s against pdfium's hundreds),
so a page is only opened with pdfplumber when its pdfium text looks like it
holds a table (``is_candidate``: several lines that read like table rows).
On such a page:

1. ruled tables come from pdfplumber's line strategy;
2. otherwise a table laid out with whitespace only is built from the words:
   the rows are the run of row-like lines, the columns the vertical strips
   of the run that no word crosses, and lines that leave the first column
   empty continue the row above (multi-line cells stay one cell).

Every pdfplumber page is closed after use (memory stays flat).
"""
from __future__ import annotations

import io
import re
from dataclasses import replace

import pdfplumber

from .cleanup import join_hyphens
from .model import Cell, Page, RawTable
from .running import is_contents, is_page_number

MIN_ROWS = 3
MIN_GUTTER = 7.0  # points of empty space that separate two columns
_NUMERIC = re.compile(r"^[(€]?[-–+]?\d[\d.,]*%?[)]?$|^[-–]$|^[¹²³⁴⁵⁶⁷⁸⁹⁰]+$|^\d{1,2}-\d{1,2}-\d{2,4}$")
_LEADERS = re.compile(r"\.{4,}|…{2,}")


def is_row_like(line: str) -> bool:
    """A line that reads like a table row: several values, ending in one, or a numbered dated entry.

    >>> is_row_like("Capelle a/d IJssel 3 1 ³ 1 -"), is_row_like("In 2025 is 191 keer het meldpunt benaderd.")
    (True, False)
    >>> is_row_like("1 16-12-2024 jaarrekening 2023 van ESZL Economische Ter")
    True
    """
    if "\t" in line:
        return True
    tokens = line.split()
    if len(tokens) < 2:
        return False
    numeric = sum(bool(_NUMERIC.match(t)) for t in tokens)
    if numeric >= 2 and _NUMERIC.match(tokens[-1]) and numeric >= 0.3 * len(tokens):
        return not _LEADERS.search(line)
    return bool(re.match(r"\d{1,3} \d{1,2}-\d{1,2}-\d{2,4} ", line))


def is_candidate(page: Page) -> bool:
    """Worth opening with pdfplumber: at least three row-like lines, and not a table of contents."""
    lines = page.text.splitlines()
    if sum(bool(_LEADERS.search(line)) for line in lines) >= 3 or re.search(r"^inhoud", page.text[:300], re.I | re.M):
        return False
    return sum(is_row_like(line) for line in lines) >= MIN_ROWS


def with_tables(data: bytes, pages: tuple[Page, ...]) -> tuple[Page, ...]:
    """The pages, with ``tables`` filled in on the candidate pages."""
    wanted = [p.number for p in pages if p.text and is_candidate(p)]
    if not wanted:
        return pages
    found: dict[int, tuple[RawTable, ...]] = {}
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for number in wanted:
            page = pdf.pages[number - 1]
            try:
                found[number] = tuple(tables_on(page))
            finally:
                page.close()
    return tuple(replace(p, tables=found[p.number]) if found.get(p.number) else p for p in pages)


def tables_on(page) -> list[RawTable]:
    """Ruled tables first; a whitespace table when there are none."""
    ruled = [t for t in (_ruled(page, table) for table in page.find_tables()) if t is not None]
    if ruled:
        return ruled
    table = _whitespace(page)
    return [table] if table is not None else []


def _clean(text: str | None) -> str:
    return re.sub(r"\s+", " ", join_hyphens(text or "")).strip()


def _ruled(page, table) -> RawTable | None:
    rows, cells = [], []
    for r, (row, texts) in enumerate(zip(table.rows, table.extract())):
        rows.append(tuple(_clean(t) for t in texts))
        for c, (bbox, text) in enumerate(zip(row.cells, texts)):
            if bbox is not None:
                cells.append(Cell(_clean(text), r, c, tuple(round(v, 1) for v in bbox)))
    raw = RawTable(tuple(rows), tuple(round(v, 1) for v in table.bbox), tuple(cells), _caption(page, table.bbox))
    return raw if _plausible(raw) else None


def _plausible(table: RawTable) -> bool:
    """Two columns and two rows at least, and not a table of contents."""
    if len(table.rows) < 2 or max(len(r) for r in table.rows) < 2:
        return False
    return not is_contents(table.rows, table.caption) and not _page_numbers(table)


def _page_numbers(table: RawTable) -> bool:
    """A table of contents: two columns, the last one rising page numbers."""
    if max(len(r) for r in table.rows) != 2:
        return False
    last = [r[-1] for r in table.rows if r[-1]]
    return all(x.isdigit() for x in last) and [int(x) for x in last] == sorted(int(x) for x in last)


def _caption(page, bbox: tuple[float, float, float, float]) -> str:
    """The text line just above the table (within two and a half lines)."""
    area = (max(bbox[0] - 5, 0), max(bbox[1] - 30, 0), page.width, max(bbox[1] - 0.5, 1))
    words = [w for w in page.crop(area, strict=False).extract_words()
             if w["bottom"] <= bbox[1] + 1 and w["x0"] > area[0] + 0.5]
    if not words:
        return ""
    for top in sorted({round(w["top"]) for w in words}, reverse=True):
        line = " ".join(w["text"] for w in sorted(words, key=lambda w: w["x0"]) if abs(w["top"] - top) < 3)
        if not is_page_number(line):
            return re.split(r"(?<=[.!?])\s+", line)[-1]
    return ""


# -- whitespace tables ---------------------------------------------------------

def _lines(words: list[dict]) -> list[list[dict]]:
    lines: list[list[dict]] = []
    for word in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        if lines and abs(lines[-1][0]["top"] - word["top"]) < 3:
            lines[-1].append(word)
        else:
            lines.append([word])
    return [sorted(line, key=lambda w: w["x0"]) for line in lines]


def _text(line: list[dict]) -> str:
    return " ".join(w["text"] for w in line)


def _region(lines: list[list[dict]]) -> list[list[dict]]:
    """The longest run of lines from a row-like line to a row-like line, without big gaps."""
    best: list[list[dict]] = []
    run: list[list[dict]] = []
    rows_in_run = 0
    for line in lines:
        gap = line[0]["top"] - run[-1][0]["bottom"] if run else 0
        if run and gap > 2.2 * (run[-1][0]["bottom"] - run[-1][0]["top"]):
            run, rows_in_run = [], 0
        if is_row_like(_text(line)):
            run.append(line)
            rows_in_run += 1
            if rows_in_run >= MIN_ROWS and rows_in_run > sum(is_row_like(_text(x)) for x in best):
                best = list(run)
        elif run:
            run.append(line)
    return best


def _within_rows(lines: list[list[dict]]) -> list[list[dict]]:
    """Drop words left of the row-like lines (a letter's side column beside the table)."""
    rows = [line for line in lines if is_row_like(_text(line))]
    if not rows:
        return []
    left = min(line[0]["x0"] for line in rows) - 2
    kept = [[w for w in line if w["x0"] >= left] for line in lines]
    return [line for line in kept if line]


def _gutters(lines: list[list[dict]]) -> list[float]:
    """x positions between columns: strips at least MIN_GUTTER wide that no word covers."""
    spans = sorted((w["x0"], w["x1"]) for line in lines for w in line)
    cuts, reach = [], spans[0][1]
    for x0, x1 in spans[1:]:
        if x0 - reach >= MIN_GUTTER:
            cuts.append((reach + x0) / 2)
        reach = max(reach, x1)
    return cuts


def _whitespace(page) -> RawTable | None:
    lines = _within_rows(_region(_lines(page.extract_words(keep_blank_chars=False))))
    if not lines:
        return None
    cuts = _gutters(lines)
    if not cuts:
        return None
    grid: list[list[list[dict]]] = []
    for line in lines:
        by_col: list[list[dict]] = [[] for _ in range(len(cuts) + 1)]
        for word in line:
            by_col[sum(word["x0"] > cut for cut in cuts)].append(word)
        if grid and not by_col[0]:
            for col, words in enumerate(by_col):
                grid[-1][col].extend(words)
        else:
            grid.append(by_col)
    return _assemble(page, grid)


def _assemble(page, grid: list[list[list[dict]]]) -> RawTable | None:
    rows, cells = [], []
    for r, row in enumerate(grid):
        texts = []
        for c, words in enumerate(row):
            text = _clean(" ".join(w["text"] for w in words))
            texts.append(text)
            if words:
                box = (min(w["x0"] for w in words), min(w["top"] for w in words),
                       max(w["x1"] for w in words), max(w["bottom"] for w in words))
                cells.append(Cell(text, r, c, tuple(round(v, 1) for v in box)))
        rows.append(tuple(texts))
    boxes = [c.bbox for c in cells]
    bbox = (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))
    raw = RawTable(tuple(rows), tuple(round(v, 1) for v in bbox), tuple(cells), _caption(page, bbox))
    return raw if _plausible(raw) and len(rows) >= MIN_ROWS else None

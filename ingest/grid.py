"""Tables as grids of text: row-like lines, whitespace columns, cells.  Pure functions.

Used by ``ingest/pdftables.py`` for the geometry that pdfium gives.  Words
and characters are plain dicts with ``text, x0, top, x1, bottom`` (points,
top-left origin), the shape pdfplumber uses too.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from .cleanup import join_hyphens
from .model import Cell, RawTable
from .running import has_leaders, is_contents

MIN_ROWS = 3
MIN_GUTTER = 7.0  # points of empty space that separate two columns
_NUMERIC = re.compile(r"^[(€]?[-–+]?\d[\d.,]*%?[)]?$|^[-–]$|^[¹²³⁴⁵⁶⁷⁸⁹⁰]+$|^\d{1,2}-\d{1,2}-\d{2,4}$")
_DATED_ENTRY = re.compile(r"\d{1,3} \d{1,2}-\d{1,2}-\d{2,4} ")  # "1 16-12-2024 jaarrekening ..."


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
    if _NUMERIC.match(tokens[-1]):  # the values are counted only for lines that end in one
        numeric = sum(bool(_NUMERIC.match(t)) for t in tokens)
        if numeric >= 2 and numeric >= 0.3 * len(tokens):
            return not has_leaders(line)
    return bool(_DATED_ENTRY.match(line))


def has_table_rows(lines: list[str]) -> bool:
    """Worth looking for a table: three row-like lines, and not a table of contents."""
    if sum(has_leaders(line) for line in lines) >= 3:
        return False
    if any(re.match(r"inhoud(sopgave)?\s*$", line.strip(), re.I) for line in lines[:5]):
        return False
    return sum(is_row_like(line) for line in lines) >= MIN_ROWS


def clean(text: str | None) -> str:
    """A cell's text on one line, hyphenated breaks mended."""
    return re.sub(r"\s+", " ", join_hyphens(text or "")).strip()


def plausible(table: RawTable) -> bool:
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


class Chars:
    """A page's characters, sorted by the height of their centre so a cell finds its own quickly."""

    def __init__(self, chars: list[dict]):
        self.chars = sorted(chars, key=lambda c: (c["top"] + c["bottom"]) / 2)
        self.middles = [(c["top"] + c["bottom"]) / 2 for c in self.chars]

    def text_in(self, bbox: tuple[float, float, float, float]) -> str:
        """The characters whose centre lies in ``bbox``, in stream order; skipped characters
        (a line break, text outside the cell) become a space.

        >>> chars = Chars([dict(text=t, index=i, x0=10 * i, top=0, x1=10 * i + 8, bottom=10)
        ...                for i, t in enumerate("12 ³|9")])
        >>> chars.text_in((0, 0, 40, 10)), chars.text_in((45, 0, 60, 10))
        ('12 ³', '9')
        """
        x0, top, x1, bottom = bbox
        band = self.chars[bisect_left(self.middles, top) : bisect_right(self.middles, bottom)]
        inside = sorted((c for c in band if x0 <= (c["x0"] + c["x1"]) / 2 <= x1), key=lambda c: c["index"])
        out, last = [], None
        for char in inside:
            if last is not None and char["index"] != last + 1:
                out.append(" ")
            out.append(char["text"])
            last = char["index"]
        return clean("".join(out))


def lines_of(items: list[dict]) -> list[list[dict]]:
    """Group words into lines by their top, left to right."""
    lines: list[list[dict]] = []
    for item in sorted(items, key=lambda w: (round(w["top"]), w["x0"])):
        if lines and abs(lines[-1][0]["top"] - item["top"]) < 3:
            lines[-1].append(item)
        else:
            lines.append([item])
    return [sorted(line, key=lambda w: w["x0"]) for line in lines]


# -- whitespace tables -----------------------------------------------------------


def whitespace_table(words: list[dict]) -> list[list[list[dict]]] | None:
    """The grid of a table laid out with whitespace only, as cells of words.

    Rows are the run of row-like lines; a line that leaves the first column
    empty continues the row above (multi-line cells stay one cell).  Columns
    are the vertical strips of the run that no word crosses.
    """
    lines = _within_rows(_region(lines_of(words)))
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
            for col, cell_words in enumerate(by_col):
                grid[-1][col].extend(cell_words)
        else:
            grid.append(by_col)
    return grid


def grid_table(grid: list[list[list[dict]]], caption: str = "") -> RawTable | None:
    """A RawTable from a grid of words per cell, with cell boxes."""
    rows, cells = [], []
    for r, row in enumerate(grid):
        texts = []
        for c, words in enumerate(row):
            text = clean(" ".join(w["text"] for w in words))
            texts.append(text)
            if words:
                cells.append(Cell(text, r, c, _round(_union(words))))
        rows.append(tuple(texts))
    if not cells or len(rows) < MIN_ROWS:
        return None
    raw = RawTable(tuple(rows), _round(union_boxes([c.bbox for c in cells])), tuple(cells), caption)
    return raw if plausible(raw) else None


def _union(items: list[dict]) -> tuple[float, float, float, float]:
    return (
        min(w["x0"] for w in items),
        min(w["top"] for w in items),
        max(w["x1"] for w in items),
        max(w["bottom"] for w in items),
    )


def union_boxes(boxes) -> tuple[float, float, float, float]:
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def _round(box) -> tuple[float, float, float, float]:
    return tuple(round(v, 1) for v in box)


def _line_text(line: list[dict]) -> str:
    return " ".join(w["text"] for w in line)


def _region(lines: list[list[dict]]) -> list[list[dict]]:
    """The longest run of lines around row-like lines without big gaps: a header line just
    above the first row, the rows, and continuation lines (first column empty) after the last."""
    runs: list[list[list[dict]]] = [[]]
    for line in lines:
        run = runs[-1]
        if run and line[0]["top"] - run[-1][0]["bottom"] > 1.8 * (run[-1][0]["bottom"] - run[-1][0]["top"]):
            runs.append([])
        runs[-1].append(line)
    best = max(runs, key=lambda run: sum(is_row_like(_line_text(x)) for x in run))
    rows = [i for i, line in enumerate(best) if is_row_like(_line_text(line))]
    if len(rows) < MIN_ROWS:
        return []
    first, last = rows[0], rows[-1]
    if first > 0 and len(best[first - 1]) >= 2:
        first -= 1  # the header line
    left = min(best[i][0]["x0"] for i in rows)
    tail = 0
    while last + tail + 1 < len(best) and best[last + tail + 1][0]["x0"] > left + 8:
        tail += 1
    return best[first : last + tail + 1]


def _within_rows(lines: list[list[dict]]) -> list[list[dict]]:
    """Drop words left of the row-like lines (a letter's side column beside the table)."""
    rows = [line for line in lines if is_row_like(_line_text(line))]
    if not rows:
        return []
    starts = sorted(line[0]["x0"] for line in rows)
    left = starts[len(starts) // 2] - 8  # where most rows start; a stray row-like line beside them does not count
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

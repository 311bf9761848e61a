"""Do a table's totals add up?  Total rows and total columns against the sum of their parts.

A table from the store (``tables`` row: cells as JSON with row and column
labels) becomes a grid of numbers; "-" counts as 0 and footnote markers
glued to a value ("1 ³") are kept apart, so that a footnote that may explain
a difference ("Deze melding werd samen met gemeente Rotterdam gedaan") can be
shown with it.  Nested totals are understood: a grand total may be the sum of
the subtotals above it plus the rows no subtotal covers.  A total is only
reported when no reading of the table makes it add up.

>>> grid = Grid(["Seksueel 18-", "Seksueel 18+", "Totaal"], ["2025"], {(0, 0): 23, (1, 0): 120, (2, 0): 142}, {})
>>> [(m.row_label, m.stated, m.computed) for m in total_mismatches(grid)]
[('Totaal', 142, 143)]
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from extract.numbers import parse_numeral
from extract.tables import split_footnote_mark
from search.index.analysis import fold

_TOTAL = re.compile(r"^\s*(sub)?tota(a)?l\b|^\s*som\b", re.I)
_TAG = re.compile(r"<[^>]+>")
from extract.tables import SUPERSCRIPTS as _SUPERSCRIPT  # noqa: E402  (one table of superscripts)

_YEAR = re.compile(r"^(19|20)\d\d$")


@dataclass(frozen=True)
class Mismatch:
    row_label: str
    col_label: str
    stated: float
    computed: float
    parts: tuple[tuple[str, float], ...]
    notes: tuple[str, ...] = ()  # footnote markers on the cells involved
    axis: str = "row"  # "row": a total row; "column": a total column


@dataclass
class Grid:
    rows: list[str]
    cols: list[str]
    values: dict[tuple[int, int], float]
    notes: dict[tuple[int, int], str] = field(default_factory=dict)


def clean(label: str) -> str:
    return " ".join(_TAG.sub("", label or "").split())


def is_total(label: str) -> bool:
    return bool(_TOTAL.match(fold(clean(label))))


def cell_value(text: str) -> tuple[float, str] | None:
    """The number in a cell and its footnote marker.

    >>> cell_value("1 ³"), cell_value("-"), cell_value("1.372"), cell_value("Nog niet bekend")
    ((1.0, '3'), (0.0, ''), (1372.0, ''), None)
    """
    num, note = split_footnote_mark(text or "")
    if num in ("-", "–", "—"):
        return 0.0, note
    value = parse_numeral(num)
    return None if value is None else (value, note)


def grid_from_row(row) -> Grid:
    """A Grid from a stored ``tables`` row.

    A cell's own row and column labels win; the table's ``row_labels`` and last
    header row are the fallback (their indexes need not match the cells').
    """
    cells = json.loads(row["cells"])
    row_labels = json.loads(row["row_labels"])
    header = json.loads(row["header"])
    n_rows = 1 + max((c["row"] for c in cells), default=-1)
    n_cols = 1 + max((c["col"] for c in cells), default=-1)
    rows = [""] * n_rows
    cols = [""] * n_cols
    grid = Grid(rows, cols, {}, {})
    for cell in cells:
        r, c = cell["row"], cell["col"]
        rows[r] = rows[r] or clean(cell.get("row_label", ""))
        cols[c] = cols[c] or clean(cell.get("col_label", ""))
        parsed = cell_value(cell.get("text", ""))
        if parsed is None:
            continue
        grid.values[(r, c)] = parsed[0]
        note = cell.get("footnote") or parsed[1]
        if note:
            grid.notes[(r, c)] = str(note).translate(_SUPERSCRIPT)
    for i in range(n_rows):
        rows[i] = rows[i] or (clean(row_labels[i]) if i < len(row_labels) else "")
    for j in range(n_cols):
        cols[j] = cols[j] or (clean(header[-1][j]) if header and j < len(header[-1]) else "")
    return grid


_AGE = re.compile(r"\(?\b(?:alleen\s+)?\d+\s?[+-](?!\w)\)?", re.I)


def block_labels(grid: Grid) -> dict[str, str]:
    """What each bare "Totaal" row totals, by its cells: ``"row,col" → "Criminele uitbuiting"``.

    The rows since the previous total share words once their ages are
    stripped ("Criminele uitbuiting 18-", "Criminele uitbuiting 18+"); a total
    of a single row, or of rows with nothing in common, gets no label.

    >>> grid = Grid(["Criminele uitbuiting 18-", "Criminele uitbuiting 18+", "Totaal"], ["2025"],
    ...             {(0, 0): 5, (1, 0): 6, (2, 0): 11})
    >>> block_labels(grid)
    {'2,0': 'criminele uitbuiting'}
    """
    out: dict[str, str] = {}
    section: list[str] = []
    for r, label in enumerate(grid.rows):
        if not is_total(label):
            section.append(label)
            continue
        words = [set(_AGE.sub(" ", fold(leaf)).split()) for leaf in section]
        common = set.intersection(*words) if len(words) >= 2 else set()
        if common and fold(clean(label)) in ("totaal", "subtotaal", "total"):
            first = _AGE.sub(" ", fold(section[0])).split()
            for c in range(len(grid.cols)):
                out[f"{r},{c}"] = " ".join(w for w in first if w in common)
        section = []
    return out


def total_mismatches(grid: Grid) -> list[Mismatch]:
    """Total rows and total columns that no reading of the table makes add up."""
    found = []
    for c in range(len(grid.cols)):
        found += _column_totals(grid, c)
    for r in range(len(grid.rows)):
        found += _row_total(grid, r)
    return found


def _column_totals(grid: Grid, c: int) -> list[Mismatch]:
    leaves: list[int] = []  # rows since the last total
    uncovered: list[int] = []  # rows no total has covered yet
    subtotals: list[int] = []
    out = []
    for r, label in enumerate(grid.rows):
        if (r, c) not in grid.values or _YEAR.match(label):
            continue
        if not is_total(label):
            leaves.append(r)
            uncovered.append(r)
            continue
        readings = [leaves, subtotals + uncovered, [i for i in range(r) if not is_total(grid.rows[i])]]
        readings = [rows for rows in readings if len(rows) >= 1]
        stated = grid.values[(r, c)]
        if readings and not any(_sum(grid, rows, c) == stated for rows in readings):
            parts = subtotals + uncovered if subtotals and len(leaves) <= 1 else leaves
            out.append(_mismatch(grid, r, c, parts, "row"))
        if subtotals and len(leaves) <= 1:  # a grand total covers everything above it
            uncovered = []
        else:
            uncovered = [i for i in uncovered if i not in leaves]
        subtotals.append(r)
        leaves = []
    return out


def _row_total(grid: Grid, r: int) -> list[Mismatch]:
    out = []
    for c, label in enumerate(grid.cols):
        if not is_total(label) or (r, c) not in grid.values:
            continue
        parts = [
            j
            for j in range(len(grid.cols))
            if j != c and (r, j) in grid.values and not is_total(grid.cols[j]) and not _YEAR.match(grid.cols[j])
        ]
        if len(parts) >= 2 and _sum(grid, parts, r, axis="column") != grid.values[(r, c)]:
            out.append(_mismatch(grid, r, c, parts, "column"))
    return out


def _sum(grid: Grid, items: list[int], fixed: int, axis: str = "row") -> float:
    keys = [(i, fixed) if axis == "row" else (fixed, i) for i in items]
    return sum(grid.values.get(k, 0.0) for k in keys)


def _mismatch(grid: Grid, r: int, c: int, items: list[int], axis: str) -> Mismatch:
    keys = [(i, c) for i in items] if axis == "row" else [(r, j) for j in items]
    labels = [grid.rows[i] for i in items] if axis == "row" else [grid.cols[j] for j in items]
    notes = tuple(sorted({grid.notes[k] for k in keys + [(r, c)] if k in grid.notes}))
    return Mismatch(
        grid.rows[r],
        grid.cols[c],
        grid.values[(r, c)],
        sum(grid.values.get(k, 0.0) for k in keys),
        tuple((label, grid.values.get(k, 0.0)) for label, k in zip(labels, keys)),
        notes,
        axis,
    )


def footnote_texts(page_texts: list[tuple[int, str]], markers: tuple[str, ...]) -> list[tuple[int, str]]:
    """The footnotes with these markers, with their page ("³ Deze melding werd ...").

    >>> footnote_texts([(4, "tekst\\n³ Deze melding werd samen met gemeente Rotterdam gedaan.\\n")], ("3",))
    [(4, '³ Deze melding werd samen met gemeente Rotterdam gedaan.')]
    """
    out = []
    for marker in markers:
        sup = marker.translate(str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹"))
        pattern = re.compile(rf"(?m)^\s*(?:{re.escape(sup)}|{re.escape(marker)}(?=\s+[A-Z]))\s*(\S.*)$")
        for page, text in page_texts:
            match = pattern.search(text or "")
            if match:
                out.append((page, f"{sup} {match.group(1).strip()}"))
                break
    return out

"""Raw tables → Tables with header rows, row labels and labelled cells.  Pure functions.

PDF pages carry ``RawTable``s found by ``ingest``; text documents carry
tab-separated blocks (the monitors' exported text: one row per line, cells
separated by tabs, row labels sometimes in ``<i>`` tags), which become
tables here.

>>> raw = RawTable((("", "2023", "2024"), ("Totaal", "26", "34 ³")))
>>> table = interpret(raw, page=3, seq=0)
>>> table.header, table.row_labels
((('', '2023', '2024'),), ('Totaal',))
>>> [(c.col_label, c.text, c.footnote) for c in table.cells]
[('2023', '26', ''), ('2024', '34', '3')]
"""

from __future__ import annotations

import re

from ingest import Document, Page, RawTable
from ingest.running import is_contents

from .model import Table, TableCell

SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_VALUE = re.compile(r"^[(€]?\s*[-–+]?\d[\d.,]*\s*(%|x)?[)]?$|^[-–]$|^\d+\s*/\s*\d+$|^\d{1,2}-\d{1,2}-\d{2,4}$")
_GLUED_MARK = re.compile(r"^(.*?[\d%)])\s*([¹²³⁴⁵⁶⁷⁸⁹⁰]+)$")
_TAGS = re.compile(r"</?[a-z]+>")
_NUMBERING = re.compile(r"^\d{1,3}[.)]?$")
NUMBER_HEADINGS = {"nr", "no", "nummer", "#", "volgnr"}


def tables(document: Document) -> tuple[Table, ...]:
    """Every table of a document, numbered in reading order."""
    out: list[Table] = []
    for page in document.pages:
        for raw in page.tables or text_tables(page):
            out.append(interpret(raw, page.number, len(out)))
    return tuple(out)


def text_tables(page: Page) -> tuple[RawTable, ...]:
    """Tab-separated blocks of two rows or more in a page's text.

    >>> page = Page(1, "Tabel 1 Hulp\\n\\t2024\\t2025\\n<i>Rotterdam</i>\\t23\\t121\\nNa de tabel.")
    >>> [(t.caption, t.rows) for t in text_tables(page)]
    [('Tabel 1 Hulp', (('', '2024', '2025'), ('Rotterdam', '23', '121')))]
    """
    found: list[RawTable] = []
    block: list[str] = []
    lines = page.text.split("\n") + [""]
    for index, line in enumerate(lines):
        if "\t" in line:
            block.append(line)
            continue
        if len(block) >= 2:
            caption = _line_before(lines, index - len(block))
            rows = tuple(tuple(_TAGS.sub("", cell).strip() for cell in row.split("\t")) for row in block)
            if not is_contents(rows, caption):
                found.append(RawTable(rows, caption=caption))
        block = []
    return tuple(found)


def _line_before(lines: list[str], index: int) -> str:
    for line in reversed(lines[:index]):
        if line.strip():
            return _TAGS.sub("", line).strip()
    return ""


def interpret(raw: RawTable, page: int, seq: int) -> Table:
    """Header rows, row labels and labelled cells of one raw table."""
    width = max((len(r) for r in raw.rows), default=0)
    rows = [tuple(r) + ("",) * (width - len(r)) for r in raw.rows]
    n_header = _header_rows(rows)
    header, body = rows[:n_header], rows[n_header:]
    label_col = label_column(body)
    col_labels = [" ".join(h[c] for h in header if h[c]).strip() for c in range(width)]
    boxes = {(c.row, c.col): c.bbox for c in raw.cells}
    cells = []
    for r, row in enumerate(body, start=n_header):
        label = row[label_col] if label_col is not None else ""
        for c in range(width):
            if not row[c] or c == label_col:
                continue
            text, mark = split_footnote_mark(row[c])
            cells.append(TableCell(r, c, text, label, col_labels[c], boxes.get((r, c)), mark))
    labels = tuple(r[label_col] for r in body) if label_col is not None else ()
    return Table(
        page=page,
        seq=seq,
        header=tuple(header),
        row_labels=labels,
        cells=tuple(cells),
        caption=raw.caption,
        bbox=raw.bbox,
    )


def split_footnote_mark(text: str) -> tuple[str, str]:
    """Separate a footnote marker glued to a value: "1 ³" → ("1", "3"), "70⁶" → ("70", "6").

    >>> split_footnote_mark("1 ³"), split_footnote_mark("70⁶"), split_footnote_mark("12")
    (('1', '3'), ('70', '6'), ('12', ''))
    """
    match = _GLUED_MARK.match(text.strip())
    if not match:
        return text.strip(), ""
    return match.group(1).strip(), match.group(2).translate(SUPERSCRIPTS)


def is_value(text: str) -> bool:
    return bool(_VALUE.match(split_footnote_mark(text)[0]))


def _header_rows(rows: list[tuple[str, ...]]) -> int:
    """Leading rows that label columns: an empty corner cell, a "Nr." corner, or no values where the next row has them."""
    count = 0
    for index, row in enumerate(rows[:2]):
        rest = rows[index + 1 :]
        if not rest or not any(row):
            break
        corner_empty = not row[0] and any(row[1:])
        numbered = row[0].lower().rstrip(".:") in NUMBER_HEADINGS and all(row)
        wordy = not any(is_value(x) for x in row[1:]) and any(is_value(x) for x in rest[0][1:])
        if corner_empty or numbered or wordy:
            count += 1
        else:
            break
    return count


def label_column(body: list[tuple[str, ...]]) -> int | None:
    """The column that names the rows: the first when it holds words, the second when
    the first only numbers the rows ("1.", "2." …), else none.

    >>> label_column([("1.", "Projectnaam", "Abacus"), ("2.", "Opdrachtgever", "Kiesraad")])
    1
    """
    for col in (0, 1):
        cells = [r[col] for r in body if len(r) > col and r[col]]
        if cells and sum(not is_value(x) and not _NUMBERING.match(x) for x in cells) >= 0.6 * len(cells):
            return col
        if col == 0 and not (cells and all(_NUMBERING.match(x) for x in cells)):
            return None
    return None

"""Tables as search units (kind "table"): caption, column headers, row labels and cells.

A search for a row label ("Tosca opvang") or a caption word finds the table's
page, even where the page's passages hold the table only as scattered numbers.

>>> table_text({"caption": "Opvang", "header": '[["", "Seksuele uitbuiting"]]', "row_labels": '["Tosca opvang"]',
...             "cells": '[{"row": 1, "col": 1, "text": "4", "row_label": "Tosca opvang"}]'})
'Opvang\\nSeksuele uitbuiting\\nTosca opvang: 4'
"""

from __future__ import annotations

import json
from typing import Iterator

from search.index.engine import SearchUnit
from search.store.db import Store

PREFIX = "t"


def table_text(row) -> str:
    """The caption, the header rows, then one line per row: its label and its cells."""
    lines = [row["caption"]] if row["caption"] else []
    for header in json.loads(row["header"] or "[]"):
        cells = [str(c).strip() for c in (header if isinstance(header, list) else [header]) if str(c).strip()]
        if cells:
            lines.append(" | ".join(cells))
    by_row: dict[int, list[dict]] = {}
    for cell in json.loads(row["cells"] or "[]"):
        by_row.setdefault(cell["row"], []).append(cell)
    labelled = set()
    for number in sorted(by_row):
        row_cells = sorted(by_row[number], key=lambda c: c["col"])
        label = next((c.get("row_label", "") for c in row_cells if c.get("row_label")), "")
        labelled.add(label)
        values = " ".join(c["text"].strip() for c in row_cells if c.get("text", "").strip())
        lines.append(f"{label}: {values}" if label else values)
    lines += [label for label in json.loads(row["row_labels"] or "[]") if label and label not in labelled]
    return "\n".join(line for line in lines if line.strip())


def table_units(store: Store, doc) -> Iterator[SearchUnit]:
    from search.index.units import years_in  # units imports this module

    for row in store.tables(doc["id"]):
        text = table_text(row)
        if text:
            yield SearchUnit(
                id=f"{PREFIX}{row['id']}",
                doc_id=doc["id"],
                kind="table",
                page=row["page"],
                text=text,
                doctype=doc["doctype"],
                years=years_in(text, doc["year"]),
                facets=(f"file={doc['file']}",),
            )


def table_unit_text(store: Store, unit_id: str) -> tuple[str, str] | None:
    """The text and kind of a table unit, looked up in the store."""
    if not unit_id.startswith(PREFIX):
        return None
    row = store.table(int(unit_id[len(PREFIX) :]))
    return (table_text(row), "table") if row else None

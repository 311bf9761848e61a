"""The projection from store rows to search units (what the index holds).

Every kind of searchable thing has one function here; ``units_for``
combines them.  The index can always be rebuilt from these.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterator

from search.index.engine import SearchUnit
from search.index.letter_units import letter_unit_text, letter_units
from search.index.table_units import table_unit_text, table_units
from search.read.figures import figure_body, figure_units
from search.store.db import Store

_YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")


def years_in(text: str, extra: int | None = None) -> tuple[int, ...]:
    """The years a text mentions, plus ``extra`` (the document's year).

    >>> years_in("In 2023 en 2024", 2025)
    (2023, 2024, 2025)
    """
    found = {int(y) for y in _YEAR.findall(text)}
    if extra:
        found.add(extra)
    return tuple(sorted(found))


def units_for(store: Store, doc_id: int) -> Iterator[SearchUnit]:
    doc = store.document(doc_id)
    if doc is None:
        return
    head = head_text(doc["title"], doc["file"])
    for units in (
        passage_units(store, doc),
        letter_units(store, doc),  # questions with their answers, and the letter header
        figure_units(store, doc),
        table_units(store, doc),
    ):  # caption, labels and cells of each table
        for unit in units:
            yield replace(unit, head=head)


def head_text(title: str, file: str) -> str:
    """What a document is called: its title and its file name without the extension.

    >>> head_text("Kosten", "Woo-besluit_inzake_kosten_Erotisch_Centrum.pdf.ocr")
    'Kosten Woo-besluit_inzake_kosten_Erotisch_Centrum'
    """
    stem = re.sub(r"(\.(pdf|ocr|txt|md|docx?))+$", "", file or "", flags=re.IGNORECASE)
    return f"{title or ''} {stem}".strip()


def passage_units(store: Store, doc) -> Iterator[SearchUnit]:
    for row in store.passages(doc["id"]):
        yield SearchUnit(
            id=f"p{row['id']}",
            doc_id=doc["id"],
            kind="passage",
            page=row["page"],
            text=row["text"],
            doctype=doc["doctype"],
            years=years_in(row["text"], doc["year"]),
            facets=(f"file={doc['file']}",),
        )


def unit_text(store: Store, unit_id: str) -> tuple[str, str] | None:
    """The text and kind of a unit, looked up in the store by its id."""
    if unit_id.startswith("p"):
        row = store.passage(int(unit_id[1:]))
        return (row["text"], "passage") if row else None
    if unit_id.startswith("f"):
        return figure_body(store, unit_id)
    if unit_id.startswith("t"):
        return table_unit_text(store, unit_id)
    return letter_unit_text(store, unit_id)

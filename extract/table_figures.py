"""Figures from tables: a cell's meaning comes from its row and column labels and the caption.

A column labelled with a year gives the year ("2025"), a row labelled with a
municipality gives the place ("Rotterdam"); the other labels make the label
("seksuele uitbuiting 18+").  The caption adds what is counted and who
counted it ("Herkomstgemeente van slachtoffers mensenhandel, per
hulpverleningstraject ESSM" → organisation ESSM).

>>> from extract.model import Table, TableCell
>>> t = Table(page=3, seq=0, header=(("", "2024", "2025"),), row_labels=("Totaal slachtoffers",),
...           cells=(TableCell(0, 1, "167", "Totaal slachtoffers", "2024"), TableCell(0, 2, "208", "Totaal slachtoffers", "2025")))
>>> [(f.value, f.year, f.label, f.source) for f in figures_from_table(t)]
[(167.0, 2024, 'slachtoffers', 'table'), (208.0, 2025, 'slachtoffers', 'table')]
"""

from __future__ import annotations

import re

from .labels import normalise
from .mentions import mentions
from .model import DocumentMeta, Figure, Table, TableCell
from .nlp import entities

_YEAR = re.compile(r"^\s*(19[5-9]\d|20[0-4]\d)(?:\s*[–-]\s*(19[5-9]\d|20[0-4]\d))?\s*$")
_TAGS = re.compile(r"<[^>]+>")
_FOOTNOTE = re.compile(r"[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\s+\d$")


def figures_from_table(table: Table, meta: DocumentMeta | None = None, context: str = "") -> list[Figure]:
    """One Figure per numeric cell of ``table``; ``context`` is the section text before it (for the year)."""
    caption = _clean(table.caption)
    caption_entities = entities([caption + " " + context[-300:]])[0] if (caption or context) else []
    org = next((e.canonical for e in caption_entities if e.label == "ORG"), "")
    caption_place = next((e.canonical for e in caption_entities if e.label == "PLACE"), "")
    default_year = _caption_year(caption) or _caption_year(context[-300:]) or (meta.year if meta else None)
    labels = [(_row_label(table, c), _col_label(table, c)) for c in table.cells]
    places = _places([text for pair in labels for text in pair])
    out = []
    for cell, (row, column) in zip(table.cells, labels):
        figure = _cell_figure(table, cell, row, column, places, default_year, org, caption_place, caption)
        if figure is not None:
            out.append(figure)
    return out


def _cell_figure(table, cell, row, column, places, default_year, org, caption_place, caption) -> Figure | None:
    text = _FOOTNOTE.sub("", _clean(cell.text)) if not cell.footnote else _clean(cell.text)
    if _YEAR.match(text) or text == row or text == column:
        return None  # a header or label cell, not a value
    found = mentions(text, [])
    if len(found) != 1 or found[0].end - found[0].start < len(text.strip()) - 1:
        return None
    mention = found[0]
    year, year_end = _label_year(column) or _label_year(row) or (default_year, None)
    place = places.get(row) or places.get(column) or caption_place
    parts = [p for p in (row, column) if p and not _YEAR.match(p) and p not in places]
    label = normalise(" ".join(parts)) or normalise(caption)
    confidence = 0.9 if parts else 0.6
    return Figure(
        value=mention.value,
        raw=mention.raw,
        unit=mention.unit,
        qualifier=mention.qualifier,
        label=label,
        low=mention.low,
        high=mention.high,
        year=year,
        year_end=year_end,
        place=place,
        organisation=org,
        page=table.page,
        source="table",
        row=row,
        column=column,
        table_seq=table.seq,
        sentence=f"{row} | {column}: {_clean(cell.text)}",
        confidence=confidence,
    )


def _row_label(table: Table, cell: TableCell) -> str:
    if cell.row_label:
        return _clean(cell.row_label)
    return _clean(table.row_labels[cell.row]) if cell.row < len(table.row_labels) else ""


def _col_label(table: Table, cell: TableCell) -> str:
    if cell.col_label:
        return _clean(cell.col_label)
    header = table.header[-1] if table.header else ()
    return _clean(header[cell.col]) if cell.col < len(header) else ""


def _places(texts: list[str]) -> dict[str, str]:
    """Label → canonical municipality, for labels that are just a place name."""
    unique = sorted({t for t in texts if t})
    out = {}
    for text, ents in zip(unique, entities(unique) if unique else []):
        if len(ents) == 1 and ents[0].label == "PLACE" and ents[0].end - ents[0].start >= len(text) - 1:
            out[text] = ents[0].canonical
    return out


def _label_year(text: str) -> tuple[int, int | None] | None:
    match = _YEAR.match(text or "")
    if not match:
        return None
    return int(match.group(1)), (int(match.group(2)) if match.group(2) else None)


def _caption_year(text: str) -> int | None:
    years = re.findall(r"\b(19[5-9]\d|20[0-4]\d)\b", text)
    return int(years[-1]) if years else None


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", _TAGS.sub("", text or "")).strip()

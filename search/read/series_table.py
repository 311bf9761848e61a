"""An indicator's points as table rows: the CSV download and its JSON twin of /indicator/<id>.

One row per point (year): the value shown, its unit in Dutch, the source (file, page,
the sentence or "row | column" of the table cell) and the earlier editions' other
values (revisions) with their sources.

>>> from search.crosscheck.matching import FigureRef
>>> from search.crosscheck.series import Point, Series
>>> old = FigureRef(1, 170.0, file="m2024.pdf", page=3, sentence="In 2023 170 meldingen.")
>>> new = FigureRef(2, 179.0, file="m2025.pdf", page=5, sentence="In 2023 179 meldingen.")
>>> row = series_rows([Series("ab12", "meldingen", "count", "", (Point(2023, 179.0, new, (), (old,)),))])[0]
>>> row["jaar"], row["waarde"], row["eenheid"], row["document"], row["pagina"], row["herzien"]
(2023, 179, 'aantal', 'm2025.pdf', 5, '170 (m2024.pdf, pagina 3)')
"""

from __future__ import annotations

from search.crosscheck.series import Point, Series
from search.read.figures import UNITS_NL, csv_text

FIELDS = ("indicator", "organisatie", "jaar", "waarde", "eenheid", "document", "pagina", "waar", "herzien")
_REVISION_JOIN = " | "  # more than one earlier edition with another value


def series_rows(series: list[Series]) -> list[dict]:
    """One dict per point of each series, keys ``FIELDS`` (plus ``id`` and ``herzien_bronnen`` for JSON)."""
    return [_row(s, p) for s in series for p in s.points]


def series_csv(series: list[Series]) -> str:
    """The rows of :func:`series_rows` as CSV (same dialect as the figure downloads)."""
    return csv_text(series_rows(series), FIELDS)


def _row(series: Series, point: Point) -> dict:
    source = point.source
    return {
        "id": series.id,
        "indicator": series.label,
        "organisatie": series.organisation,
        "jaar": point.year,
        "waarde": plain(point.value),
        "eenheid": UNITS_NL.get(series.unit, series.unit),
        "document": source.file,
        "document_id": source.doc_id,
        "pagina": source.page,
        "waar": source.where(),
        "herzien": _REVISION_JOIN.join(f"{plain(r.value)} ({r.file}, pagina {r.page})" for r in point.revised),
        "herzien_bronnen": [
            {"waarde": plain(r.value), "document": r.file, "document_id": r.doc_id, "pagina": r.page, "waar": r.where()}
            for r in point.revised
        ],
    }


def plain(value: float) -> int | float:
    """A whole number without ".0" (179.0 → 179), others as they are: what a spreadsheet reads back.

    >>> plain(179.0), plain(12.5)
    (179, 12.5)
    """
    return int(value) if float(value).is_integer() else value

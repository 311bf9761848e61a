"""Figure queries over the store: filters, one figure, search units, CSV, and marks in passages.

SQL over the ``figures`` table is the truth; the search units are a
projection (kind "figure", one per page) so that "5.000" and "5000" find
the same figure.

>>> from search.store.db import Store
>>> find(Store(":memory:"), minimum=10, maximum=20)
[]
"""

from __future__ import annotations

import csv
import io
import re
import sqlite3
from dataclasses import dataclass
from typing import Iterable, Iterator

from extract.numbers import render
from search.index.engine import Filters, SearchUnit
from search.index.query import matches, parse
from search.store.db import Store

FIELDS = (
    "id",
    "document",
    "file",
    "page",
    "value",
    "low",
    "high",
    "raw",
    "unit",
    "qualifier",
    "label",
    "year",
    "year_end",
    "period",
    "place",
    "organisation",
    "text",
    "source",
    "row",
    "column",
    "kind",
    "confidence",
    "start",
    "end",
)
# The CLI's --json leaves out the web's internals (ids of other rows, offsets, the score).
BRIEF_FIELDS = tuple(f for f in FIELDS if f not in {"document", "year_end", "period", "confidence", "start", "end"})
SORTABLE = {
    "page": "f.page, f.seq",
    "value": "f.value",
    "label": "f.label",
    "year": "f.year",
    "unit": "f.unit",
    "place": "f.place",
    "organisation": "f.organisation",
    "confidence": "f.confidence",
    "file": "d.file, f.seq",
}
PAGES_PER_ROUND = 20  # figure pages asked of the engine at a time by :func:`search`
_SELECT = """SELECT f.*, d.file AS file, d.title AS title FROM figures f JOIN documents d ON d.id = f.doc_id"""


@dataclass(frozen=True)
class FigureFilter:
    """What ``find`` filters on; every field is optional."""

    doc_id: int | None = None
    label: str | None = None  # words that must all occur in the label (or row/column)
    minimum: float | None = None
    maximum: float | None = None
    year: int | None = None
    unit: str | None = None
    place: str | None = None
    organisation: str | None = None
    source: str | None = None


def find(
    store: Store, *, sort: str = "page", descending: bool = False, limit: int | None = None, **filters
) -> list[sqlite3.Row]:
    """Figures matching the filters (see :class:`FigureFilter`), sorted."""
    where, params = _where(FigureFilter(**filters))
    order = SORTABLE.get(sort, SORTABLE["page"]) + (" DESC" if descending else "")
    sql = f"{_SELECT} {where} ORDER BY {order}, f.id" + (f" LIMIT {int(limit)}" if limit else "")
    return list(store.rows(sql, tuple(params)))


def query_figures(
    archive, query: str | None = None, *, sort: str = "page", descending: bool = False, **filters
) -> list[sqlite3.Row]:
    """The one figure query of the CLI and the web: the filters of :func:`find`, and when ``query`` is
    given only the figures the search engine finds for it (:func:`search`), in the filters' order.

    ``archive`` is a :class:`search.Archive`.
    """
    rows = find(archive.store, sort=sort, descending=descending, **filters)
    if query and query.strip():
        found = {row["id"] for row in search(archive, query, limit=1000)}
        rows = [row for row in rows if row["id"] in found]
    return rows


def _where(spec: FigureFilter) -> tuple[str, list]:
    clauses, params = [], []
    simple = (
        ("f.doc_id = ?", spec.doc_id),
        ("f.value >= ?", spec.minimum),
        ("f.value <= ?", spec.maximum),
        ("f.unit = ?", spec.unit),
        ("f.source = ?", spec.source),
    )
    for clause, value in simple:
        if value is not None:
            clauses.append(clause)
            params.append(value)
    if spec.year is not None:
        clauses.append("(f.year = ? OR (f.year <= ? AND f.year_end >= ?))")
        params.extend([spec.year] * 3)
    for column, value in (("f.place", spec.place), ("f.organisation", spec.organisation)):
        if value:
            clauses.append(f"lower({column}) = lower(?)")
            params.append(value)
    for word in (spec.label or "").lower().split():
        clauses.append("(lower(f.label) LIKE ? OR lower(f.row_label) LIKE ? OR lower(f.col_label) LIKE ?)")
        params.extend([f"%{word}%"] * 3)
    return ("WHERE " + " AND ".join(clauses)) if clauses else "", params


def figure(store: Store, figure_id: int) -> sqlite3.Row | None:
    rows = list(store.rows(f"{_SELECT} WHERE f.id = ?", (figure_id,)))
    return rows[0] if rows else None


def to_json(row: sqlite3.Row) -> dict:
    """A figure as the CLI and the API show it (the fields of ``FIELDS``)."""
    return {
        "id": row["id"],
        "document": row["doc_id"],
        "file": row["file"],
        "page": row["page"],
        "value": row["value"],
        "low": row["low"],
        "high": row["high"],
        "raw": row["raw"],
        "unit": row["unit"],
        "qualifier": row["qualifier"],
        "label": row["label"],
        "year": row["year"],
        "year_end": row["year_end"],
        "period": row["period"],
        "place": row["place"],
        "organisation": row["organisation"],
        "text": row["sentence"],
        "source": row["source"],
        "row": row["row_label"],
        "column": row["col_label"],
        "kind": row["kind"],
        "confidence": row["confidence"],
        "start": row["start"],
        "end": row["end"],
    }


def to_csv(rows: list[sqlite3.Row]) -> str:
    """The figures as CSV (UTF-8, comma separated, header row)."""
    return csv_text((to_json(row) for row in rows), FIELDS)


def csv_text(records: Iterable[dict], fields: tuple[str, ...]) -> str:
    """Records as the CSV every raadslens download uses: UTF-8, comma separated, one header row.

    >>> csv_text([{"jaar": 2024, "waarde": 179}], ("jaar", "waarde")).splitlines()
    ['jaar,waarde', '2024,179']
    """
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=fields, extrasaction="ignore")
    writer.writeheader()
    writer.writerows(records)
    return out.getvalue()


def figure_units(store: Store, doc) -> Iterator[SearchUnit]:
    """One search unit per page with figures: each figure's number in every Dutch form plus what it counts.

    A unit per figure made the index pay its per-document overhead for
    every number (37 per page in a dense monitor); :func:`search` finds the
    pages and then keeps the figures that match on their own.
    """
    by_page: dict[int, list[sqlite3.Row]] = {}
    for row in find(store, doc_id=doc["id"]):
        by_page.setdefault(row["page"], []).append(row)
    for page, rows in by_page.items():
        years = {y for row in rows for y in (row["year"], row["year_end"]) if y}
        yield SearchUnit(
            id=page_unit_id(doc["id"], page),
            doc_id=doc["id"],
            kind="figure",
            page=page,
            text="\n".join(unit_text(row) for row in rows),
            doctype=doc["doctype"],
            years=tuple(sorted(years)),
            facets=(f"file={doc['file']}",),
        )


def page_unit_id(doc_id: int, page: int) -> str:
    """The search unit id of a page's figures: ``page_unit_id(3, 12) == "f3.12"``."""
    return f"f{doc_id}.{page}"


def on_page(store: Store, unit_id: str) -> list[sqlite3.Row]:
    """The figures behind a page unit id, in reading order."""
    doc_id, page = (int(part) for part in unit_id[1:].split("."))
    return list(store.rows(f"{_SELECT} WHERE f.doc_id = ? AND f.page = ? ORDER BY f.seq", (doc_id, page)))


def unit_text(row) -> str:
    """The indexed text of a figure: its number in every form, what it counts, where, who and when.

    >>> unit_text({"value": 5000.0, "raw": "5.000", "label": "slachtoffers", "place": "Nederland",
    ...            "organisation": "NRM", "row_label": None, "col_label": None, "year": 2024, "year_end": None})
    '5.000 5000 slachtoffers Nederland NRM 2024'
    """
    value = row["value"]
    forms = {row["raw"], render(value)}
    if float(value).is_integer():
        forms.add(str(int(value)))
    years = [str(y) for y in (row["year"], row["year_end"]) if y]
    parts = sorted(forms) + [row["label"], row["place"], row["organisation"], row["row_label"], row["col_label"]]
    return " ".join(p for p in parts + years if p)


def figure_body(store: Store, unit_id: str) -> tuple[str, str] | None:
    """The text shown for a figure page hit: the sentences (or table cells) of its figures."""
    rows = on_page(store, unit_id)
    texts = dict.fromkeys(row["sentence"] or unit_text(row) for row in rows)
    return ("\n".join(texts), "figure") if rows else None


def passage_marks(store: Store, doc_id: int) -> dict[int, list[tuple[int, int, int]]]:
    """passage id → [(start, end, figure id)] in the passage's own (cleaned) text.

    Figures and passages both know their offsets in the page text; the
    passage text is the cleaned page slice, so the figure's raw text is
    looked up near its expected place.
    """
    pages = {
        (p["number"], kind): p[column]
        for p in store.pages(doc_id)
        for kind, column in (("text", "text"), ("footnote", "footnotes"))
    }
    by_page: dict[tuple[int, str], list[sqlite3.Row]] = {}
    for source in ("text", "footnote"):
        for row in find(store, doc_id=doc_id, source=source):
            by_page.setdefault((row["page"], source), []).append(row)
    marks: dict[int, list[tuple[int, int, int]]] = {}
    for passage in store.passages(doc_id):
        key = (passage["page"], "footnote" if passage["kind"] == "footnote" else "text")
        inside = [f for f in by_page.get(key, []) if passage["start"] <= f["start"] < passage["end"]]
        spans = _spans_in(passage, pages.get(key, ""), inside)
        if spans:
            marks[passage["id"]] = spans
    return marks


def _spans_in(passage, page_text: str, figures: list) -> list[tuple[int, int, int]]:
    text, out, cursor = passage["text"], [], 0
    for fig in sorted(figures, key=lambda f: f["start"]):
        raw = re.sub(r"\s+", " ", fig["raw"]).strip()
        expected = len(re.sub(r"\s+", " ", page_text[passage["start"] : fig["start"]]).lstrip())
        at = text.find(raw, max(cursor, expected - 20))
        if at < 0:
            at = text.find(raw, cursor)
        if at >= 0:
            out.append((at, at + len(raw), fig["id"]))
            cursor = at + len(raw)
    return out


def marked_html(text: str, spans: list[tuple[int, int, int]], href, cited: int | None = None, plain=None) -> str:
    """``text`` as HTML with every figure span a ``<mark class="cijfer">`` link (``href(id)``).

    ``plain`` renders the text between figures as HTML (default: escaped), e.g. with search words marked.

    The ``cited`` figure's mark also gets the class ``cited`` and the id ``cijfer-<id>`` (a page cites it).

    >>> marked_html("er zijn 15", [(8, 10, 7)], lambda i: f"/cijfer/{i}", cited=7)
    'er zijn <a class="cijfer" href="/cijfer/7"><mark class="cijfer cited" id="cijfer-7">15</mark></a>'
    """
    from html import escape

    plain = plain or escape
    out, pos = [], 0
    for start, end, figure_id in spans:
        out.append(str(plain(text[pos:start])))
        mark = f'cijfer cited" id="cijfer-{figure_id}' if figure_id == cited else "cijfer"
        out.append(
            f'<a class="cijfer" href="{escape(href(figure_id))}"><mark class="{mark}">'
            f"{escape(text[start:end])}</mark></a>"
        )
        pos = end
    out.append(str(plain(text[pos:])))
    return "".join(out)


def related(store: Store, row: sqlite3.Row, limit: int = 10) -> list[sqlite3.Row]:
    """Figures elsewhere that count the same thing (same label by lemma, rapidfuzz)."""
    from extract.labels import same_label

    if not row["label"]:
        return []
    head = max(row["label"].split(), key=len)
    candidates = find(store, label=head[:6], unit=row["unit"])
    return [c for c in candidates if c["id"] != row["id"] and same_label(c["label"], row["label"])][:limit]


UNITS_NL = {
    "count": "aantal",
    "percent": "procent",
    "percentage_points": "procentpunten",
    "eur": "euro",
    "times": "keer",
    "times_per_period": "keer per periode",
    "years_of_age": "jaar oud",
    "years": "jaar",
    "km_per_hour": "km/uur",
    "ratio": "verhouding",
    "fraction": "deel",
    "days": "dagen",
    "weeks": "weken",
    "months": "maanden",
    "hours": "uur",
    "quarters": "kwartalen",
    "minutes": "minuten",
    "m": "meter",
    "m2": "m²",
    "km": "km",
    "cm": "cm",
    "mm": "mm",
    "kg": "kg",
}
QUALIFIERS_NL = {"exact": "precies", "approx": "ongeveer", "lower_bound": "minstens", "upper_bound": "hooguit"}
KINDS_NL = {"figure": "cijfer", "change": "verandering", "implied": "afgeleid"}


def describe(row: sqlite3.Row) -> dict:
    """Dutch words for a figure's unit, qualifier and kind, for pages people read."""
    return {
        "unit": UNITS_NL.get(row["unit"], row["unit"]),
        "qualifier": QUALIFIERS_NL.get(row["qualifier"], row["qualifier"]),
        "kind": KINDS_NL.get(row["kind"], row["kind"]),
        "value": render(row["value"]),
    }


def search(archive, text: str, limit: int = 50) -> list[sqlite3.Row]:
    """Figures whose number or label matches a search string ("5.000" = "5000"), best first.

    ``archive`` is a :class:`search.Archive`.  The engine ranks the pages
    (one unit per page's figures); of each page, the figures that match the
    query on their own are kept, in reading order.
    """
    query = parse(text).strict()  # a figure matches every word (ranked optional words are for passages)
    found: list[sqlite3.Row] = []
    offset = 0
    while len(found) < limit:
        pages = archive.engine.search(query, Filters(kinds=("figure",)), PAGES_PER_ROUND, offset)
        for hit in pages.hits:
            found.extend(row for row in on_page(archive.store, hit.unit_id) if matches(query, unit_text(row)))
        offset += PAGES_PER_ROUND
        if offset >= pages.total:
            break
    return found[:limit]

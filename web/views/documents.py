"""Documenten: the list (paged, filtered, sorted, with facet counts), a document with its passages by page,
and the original file."""

from __future__ import annotations

import io
import json
from itertools import groupby

from flask import Blueprint, abort, current_app, request, send_file
from markupsafe import Markup, escape

from search import PageImageError, figure_row, has_page_images, highlight, original_file, page_image
from search import parse_query as parse

from ..context import get_archive
from ..listing import counts, page_number, paged, per_page, sort_choice
from ..pages import page
from ..safety import MAX_ID

bp = Blueprint("documents", __name__)
PAGE_SIZE = 50
INDEX_FROM = 4  # documents with at least this many pages get a page index at the top
# sort key → (row key, natural direction descending?)
SORTS = {"datum": True, "titel": False, "type": False, "paginas": True, "bestand": False}
FACETS = (("type", "type"), ("jaar", "year"), ("organisatie", "organisation"), ("gemeente", "municipality"))


def _document_or_404(doc_id: int):
    doc = get_archive().store.document(doc_id)
    if doc is None:
        abort(404, f"Document {doc_id} bestaat niet (meer); zoek het opnieuw op via Zoeken.")
    return doc


def _doc_json(doc) -> dict:
    return {
        "id": doc["id"],
        "file": doc["file"],
        "title": doc["title"],
        "type": doc["doctype"],
        "type_confidence": doc["doctype_confidence"],
        "type_evidence": doc["doctype_evidence"],
        "type_uncertain": doc["doctype_confidence"] < 0.5,
        "year": doc["year"],
        "date": doc["date"],
        "organisation": doc["organisation"],
        "municipality": doc["municipality"],
        "pages": doc["n_pages"],
    }


def _sort_key(key: str):
    return {
        "datum": lambda d: (d["date"] or (str(d["year"]) if d["year"] else ""), d["id"]),
        "titel": lambda d: (d["title"].lower(), d["id"]),
        "type": lambda d: (d["type"], d["title"].lower()),
        "paginas": lambda d: (d["pages"], d["id"]),
        "bestand": lambda d: (d["file"].lower(), d["id"]),
    }[key]


def _matches(doc: dict, filters: dict, words: list[str]) -> bool:
    for name, key in FACETS:
        wanted = filters.get(name)
        if wanted and str(doc[key] or "").lower() != wanted.lower():
            return False
    text = f"{doc['title']} {doc['file']}".lower()
    return all(word in text for word in words)


@page(bp, "/documenten", "documenten.html")
def listing() -> dict:
    """Every document, newest first; filters ``type``, ``jaar``, ``organisatie``, ``gemeente``, ``q`` (title)."""
    every = [_doc_json(d) for d in get_archive().store.documents()]
    filters = {name: request.args.get(name, "").strip() for name, _ in FACETS}
    words = request.args.get("q", "").lower().split()
    chosen = [d for d in every if _matches(d, filters, words)]
    sort, descending = sort_choice(SORTS, "datum")
    chosen.sort(key=_sort_key(sort), reverse=descending)
    shown, numbering = paged(chosen, page_number(), per_page(PAGE_SIZE))
    facets = {name: counts(chosen, key) for name, key in FACETS}
    return {
        "documents": shown,
        **numbering,
        "sort": sort,
        "order": "af" if descending else "op",
        "filters": {**filters, "q": request.args.get("q", "").strip()},
        "facets": facets,
        "archive_total": len(every),
    }


def _pages(doc_id: int):
    store = get_archive().store
    passages = store.passages(doc_id)
    by_page = {n: list(items) for n, items in groupby(passages, key=lambda p: p["page"])}
    return [(page, by_page.get(page["number"], [])) for page in store.pages(doc_id)]


def _table_json(row) -> dict:
    """A stored table with its cells, plus ``grid``: the rows as printed (header rows first)."""
    header = json.loads(row["header"])
    cells = json.loads(row["cells"])
    labels = json.loads(row["row_labels"])
    width = max([len(h) for h in header] + [c["col"] + 1 for c in cells] + [1 if labels else 0])
    used = {c["col"] for c in cells}
    label_col = min((c for c in range(width) if c not in used), default=None) if labels else None
    body: dict[int, list[str]] = {}
    for cell in cells:
        line = body.setdefault(cell["row"], [""] * width)
        if label_col is not None:
            line[label_col] = cell["row_label"]
        mark = f" [{cell['footnote']}]" if cell["footnote"] else ""
        line[cell["col"]] = cell["text"] + mark
    return {
        "page": row["page"],
        "seq": row["seq"],
        "caption": row["caption"],
        "bbox": json.loads(row["bbox"]),
        "header": header,
        "row_labels": labels,
        "cells": cells,
        "grid": [list(h) + [""] * (width - len(h)) for h in header] + [body[r] for r in sorted(body)],
        "header_rows": len(header),
    }


def _tables(doc_id: int) -> list[dict]:
    return [_table_json(row) for row in get_archive().store.tables(doc_id)]


def _warnings(doc) -> list[str]:
    """What reading the file warned about (damaged, incomplete, XFA form, no text, ...), Dutch."""
    return json.loads(doc["warnings"] or "[]")


def _marker(query: str):
    """Passage text as HTML with the words of the search that led here marked."""
    if not query:
        return escape
    parsed = parse(query)
    return lambda text: Markup(highlight(text, parsed))


def _page_list(pages) -> list[dict]:
    return [
        {
            "number": page["number"],
            "ocr": bool(page["ocr"]),
            "ocr_confidence": page["ocr_confidence"],
            "needs_ocr": bool(page["needs_ocr"]),
            "passages": [{"seq": p["seq"], "kind": p["kind"], "text": p["text"]} for p in passages],
            "header": page["header"],
            "footer": page["footer"],
            "footnotes": page["footnotes"],
            "quality": page["quality"],
        }
        for page, passages in pages
    ]


def _cited(doc_id: int, tables: list[dict]) -> dict | None:
    """The figure named by ``?cijfer=`` when it is one of this document's: its page, and for a table cell
    its box on the page (``box``, PDF points from the top left) and its place in the shown grid (``cell``)."""
    wanted = request.args.get("cijfer", "")
    if not wanted.isdigit() or int(wanted) > MAX_ID:
        return None
    fig = figure_row(get_archive().store, int(wanted))
    if fig is None or fig["doc_id"] != doc_id:
        return None
    cited = {"figure": fig["id"], "page": fig["page"], "raw": fig["raw"], "source": fig["source"]}
    cited.update(table=None, cell=None, box=None)
    table = next((t for t in tables if fig["source"] == "table" and t["seq"] == fig["table_seq"]), None)
    cell = _cell_of(fig, table) if table else None
    if table and cell:
        rows = sorted({c["row"] for c in table["cells"]})
        cited.update(table=table["seq"], cell=[table["header_rows"] + rows.index(cell["row"]), cell["col"]])
        cited["box"] = cell["bbox"]
    return cited


def _cell_of(fig, table: dict) -> dict | None:
    """The table cell a figure was read from: same row and column labels, holding the figure's text."""
    same = [c for c in table["cells"] if c["row_label"] == fig["row_label"] and c["col_label"] == fig["col_label"]]
    return next((c for c in same if fig["raw"] in c["text"]), same[0] if same else None)


def _index(pages, tables_by_page: dict) -> list[dict]:
    """The page index of a long document: number, first heading, low quality, tables on the page."""
    out = []
    for sheet, passages in pages:
        heading = next((p["text"] for p in passages if p["kind"] == "heading"), "")
        first = heading or next((p["text"] for p in passages), "")
        out.append(
            {
                "number": sheet["number"],
                "heading": first[:80] + ("…" if len(first) > 80 else ""),
                "low_quality": sheet["quality"] == "low",
                "tables": len(tables_by_page.get(sheet["number"], [])),
            }
        )
    return out


def table_lines(passages, tables: list[dict], share: float = 0.8) -> set[int]:
    """Seqs of the passages that are a detected table flattened into the text (shown once, as the table).

    A passage counts when it has at least two words and ``share`` of them are words of the page's tables.

    >>> table = {"grid": [["Jaar", "Aantal"], ["2024", "115"]]}
    >>> sorted(table_lines([{"seq": 1, "text": "2024 115"}, {"seq": 2, "text": "In 2024 waren het er 115."}], [table]))
    [1]
    """
    words = {w.lower() for t in tables for row in t["grid"] for value in row for w in str(value).split()}
    found = set()
    for p in passages:
        own = [w.lower() for w in p["text"].split()]
        if words and len(own) >= 2 and sum(w in words for w in own) >= share * len(own):
            found.add(p["seq"])
    return found


def _document_data(doc_id: int) -> dict:
    """One document: its facts, its pages with passages and its tables (``q`` marks search words,
    ``cijfer`` highlights one figure: its passage or its table cell, and its box on the page image)."""
    doc = _document_or_404(doc_id)
    tables = _tables(doc_id)
    pages = _pages(doc_id)
    query = request.args.get("q", "").strip()
    by_page = {n: list(t) for n, t in groupby(tables, key=lambda t: t["page"])}
    index = _index(pages, by_page)
    data = _doc_json(doc)
    data.update(page_list=_page_list(pages), tables=tables, warnings=_warnings(doc))
    data.update(
        page_images=has_page_images(doc),
        low_quality_pages=[entry["number"] for entry in index if entry["low_quality"]],
        cited=_cited(doc_id, tables),
    )
    data.update(
        _doc=doc,
        _pages=pages,
        _tables_by_page=by_page,
        _index=index if len(pages) >= INDEX_FROM else [],
        _query=query,
        _mark=_marker(query),
        _in_table={page["number"]: table_lines(passages, by_page.get(page["number"], [])) for page, passages in pages},
    )
    return data


page(bp, "/document/<int:doc_id>", "document.html", endpoint="page")(_document_data)


@bp.get("/document/<int:doc_id>/bestand")
def original(doc_id: int):
    doc = _document_or_404(doc_id)
    found = original_file(doc["path"])
    if found is None:
        abort(
            404,
            f"Het bestand {doc['file']} staat niet meer op de plek waar het is ingelezen; "
            f"lees het opnieuw in met raadslens ingest.",
        )
    if isinstance(found, bytes):  # a PDF embedded in another, read again from its parent
        return send_file(io.BytesIO(found), download_name=doc["file"], mimetype="application/pdf")
    return send_file(found, download_name=doc["file"])


@bp.get("/document/<int:doc_id>/pagina/<int:number>.png")
def page_png(doc_id: int, number: int):
    """Page ``number`` of the original PDF as an image (rendered once, then from the cache)."""
    doc = _document_or_404(doc_id)
    try:
        path = page_image(current_app.config["DATA_DIR"], doc, number)
    except PageImageError as err:
        abort(err.status, str(err))
    return send_file(io.BytesIO(path.read_bytes()), mimetype="image/png", max_age=86400)

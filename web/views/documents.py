"""Documenten: the list, a document with its passages by page, and the original file."""
from __future__ import annotations

import json
from itertools import groupby
from pathlib import Path

from flask import Blueprint, abort, jsonify, render_template, request, send_file
from markupsafe import Markup, escape

from search.index.query import parse
from search.index.snippets import highlight

from ..app import get_archive

bp = Blueprint("documents", __name__)


def _document_or_404(doc_id: int):
    doc = get_archive().store.document(doc_id)
    if doc is None:
        abort(404, f"Document {doc_id} bestaat niet (meer); zoek het opnieuw op via Zoeken.")
    return doc


def _doc_json(doc) -> dict:
    return {"id": doc["id"], "file": doc["file"], "title": doc["title"], "type": doc["doctype"],
            "type_confidence": doc["doctype_confidence"], "type_evidence": doc["doctype_evidence"],
            "type_uncertain": doc["doctype_confidence"] < 0.5, "year": doc["year"], "date": doc["date"],
            "pages": doc["n_pages"]}


@bp.get("/documenten")
def listing():
    docs = get_archive().store.documents()
    return render_template("documenten.html", documents=docs)


@bp.get("/api/documenten")
def listing_api():
    return jsonify([_doc_json(d) for d in get_archive().store.documents()])


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
    return {"page": row["page"], "seq": row["seq"], "caption": row["caption"], "bbox": json.loads(row["bbox"]),
            "header": header, "row_labels": labels, "cells": cells,
            "grid": [list(h) + [""] * (width - len(h)) for h in header] + [body[r] for r in sorted(body)],
            "header_rows": len(header)}


def _tables(doc_id: int) -> list[dict]:
    return [_table_json(row) for row in get_archive().store.tables(doc_id)]


@bp.get("/document/<int:doc_id>")
def page(doc_id: int):
    doc = _document_or_404(doc_id)
    tables = _tables(doc_id)
    by_page = {n: list(items) for n, items in groupby(tables, key=lambda t: t["page"])}
    query = request.args.get("q", "").strip()
    return render_template("document.html", doc=doc, pages=_pages(doc_id), tables_by_page=by_page,
                           query=query, mark=_marker(query), warnings=_warnings(doc))


def _warnings(doc) -> list[str]:
    """What reading the file warned about (damaged, incomplete, XFA form, no text, ...), Dutch."""
    return json.loads(doc["warnings"] or "[]")


def _marker(query: str):
    """Passage text as HTML with the words of the search that led here marked."""
    if not query:
        return escape
    parsed = parse(query)
    return lambda text: Markup(highlight(text, parsed))


@bp.get("/api/document/<int:doc_id>")
def api(doc_id: int):
    doc = _document_or_404(doc_id)
    data = _doc_json(doc)
    data["page_list"] = [
        {"number": page["number"], "ocr": bool(page["ocr"]), "ocr_confidence": page["ocr_confidence"],
         "needs_ocr": bool(page["needs_ocr"]),
         "passages": [{"seq": p["seq"], "kind": p["kind"], "text": p["text"]} for p in passages],
         "header": page["header"], "footer": page["footer"], "footnotes": page["footnotes"],
         "quality": page["quality"]}
        for page, passages in _pages(doc_id)
    ]
    data["tables"] = _tables(doc_id)
    data["warnings"] = _warnings(doc)
    return jsonify(data)


@bp.get("/document/<int:doc_id>/bestand")
def original(doc_id: int):
    doc = _document_or_404(doc_id)
    path = Path(doc["path"])
    if not path.exists():
        abort(404, f"Het bestand {doc['file']} staat niet meer op {path.parent}; lees het opnieuw in.")
    return send_file(path, download_name=doc["file"])

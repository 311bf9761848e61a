"""Documenten: the list, a document with its passages by page, and the original file."""
from __future__ import annotations

from itertools import groupby
from pathlib import Path

from flask import Blueprint, abort, jsonify, render_template, request, send_file
from markupsafe import Markup, escape

from search.query import parse
from search.snippets import highlight

from ..app import get_archive

bp = Blueprint("documents", __name__)


def _document_or_404(doc_id: int):
    doc = get_archive().store.document(doc_id)
    if doc is None:
        abort(404, f"Document {doc_id} bestaat niet (meer); zoek het opnieuw op via Zoeken.")
    return doc


def _doc_json(doc) -> dict:
    return {"id": doc["id"], "file": doc["file"], "title": doc["title"], "type": doc["doctype"],
            "type_confidence": doc["doctype_confidence"], "year": doc["year"], "date": doc["date"],
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


@bp.get("/document/<int:doc_id>")
def page(doc_id: int):
    doc = _document_or_404(doc_id)
    query = request.args.get("q", "").strip()
    return render_template("document.html", doc=doc, pages=_pages(doc_id), query=query,
                           mark=_marker(query))


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
        {"number": page["number"], "ocr": bool(page["ocr"]), "needs_ocr": bool(page["needs_ocr"]),
         "passages": [{"seq": p["seq"], "kind": p["kind"], "text": p["text"]} for p in passages]}
        for page, passages in _pages(doc_id)
    ]
    return jsonify(data)


@bp.get("/document/<int:doc_id>/bestand")
def original(doc_id: int):
    doc = _document_or_404(doc_id)
    path = Path(doc["path"])
    if not path.exists():
        abort(404, f"Het bestand {doc['file']} staat niet meer op {path.parent}; lees het opnieuw in.")
    return send_file(path, download_name=doc["file"])
